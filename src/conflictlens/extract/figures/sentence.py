"""All casualty figures in one sentence: the gate and the token loop that runs every reader."""
from __future__ import annotations

import re

from conflictlens.extract.figures.build import _make
from conflictlens.extract.figures.lexicon import (
    INJURED_AFTER, INJURE_VERBS, KILLED_AFTER, KILL_VERBS, ROLES, STATUS_NOUNS, VEHICLE_OCCUPANTS, VEHICLES, _AFTER_BARE, _BE, _DETERMINERS,
    _INJURY_NOUNS, _KILL_PHRASES, _MONTHS, _NAME_STOP, _NOT_CASUALTY_VERBS, _NOT_PERSON, _PLACE_NOUNS,
    _PRONOUN_OBJECTS, _SEVERITY, _TO_DEATH_STEMS, _VAGUE_WORDS)
from conflictlens.extract.figures import inverted
from conflictlens.extract.figures.fields import field_figures, may_have_fields
from conflictlens.extract.figures.lists import (
    _after_participle, _cannot_include, _contrasts_earlier, _coordinated_status, _generic_noun_status,
    _inside_including, _is_sub_marker, _own_verb_after, _root, _short_phrase_between)
from conflictlens.extract.figures.passes import (
    _among_counted, _attacked_then_split, _breakdowns_inside, _recalled_and_claimed, _restated_in_clause, _rival_sources,
    _settle_appositions, _split_combined, _town_breakdown, _wounded_who_died, _kin_asides)
from conflictlens.extract.figures.phrases import (
    _NP_PREPS, _apposition_end, _continues_list, _named_object, _noun_after, _plain_plural, _role_after_be,
    _singular_at, _skip_parenthetical, names_a_medium, num_end_index, skip_ages)
from conflictlens.extract.figures.status import (
    CROWD_VERBS, SUFFER_VERBS, _BODY_NOUNS, _DEAD_GROUPS, _HANDOVER, _HELD_THEN, _PLAIN_INJURE, _PLAIN_KILL, _among_the_dead, _handed_over, _handed_over_after, _plain_kill,
    _status_after, _suffered, _verb_before, habitual, losing_troops)
from conflictlens.extract.figures.subjects import (
    _CLAUSE_START, _NATURAL_DEATH, _clause_subject_start, _coordinated_subject, _count_of_people, _name_before_and, _named_subject,
    _one_dead, _opens_with_name, _person_before_and, _singular_subject)
from conflictlens.extract.figures.tolls import (
    _bare_object_victim, _casualties_split, _headline_victim, _named_killing, _negative_figures, _self_killed, _toll_figures)
from conflictlens.model import Figure
from conflictlens.text.alternation import ascii_only, by_first_letter, contains_any, top_alternatives
from conflictlens.text.numbers import NUMBER_START, UNITS, NumberPhrase, TENS, read_number
from conflictlens.text.tokens import Token

_CASUALTY_WORD = re.compile(
    r"\b(?:kill|dead|die|death|fatal|injur|wound|hurt|casualt|toll|shot|shoot|stabb|gunned|murder|execut|behead|massacr|slain|slew|slay|perish"
    r"|lives|harm|victim|hospital|eliminat|liquidat|neutrali|destroy|kia\b|wia\b|no one|nobody|without incident|treated|treatment"
    r"|assassin|slaughter|butcher|lynch|strangl|decapitat|crucif|succumb|alive|bodies|body|corpse|remains|throats|suicide|lost |losing |medical"
    r"|martyr|shahad|hell\b|fell |deprived of|losses|loss of li|no loss|supreme price|ultimate price|ultimate sacrifice|supreme sacrifice|laid down|burns\b|life\b|fallen |abated|shrapnel|stray bullet|on admission)")


# _CASUALTY_WORD led by the non-word character before its word, one branch per first letter,
# over " " + text (conflictlens.text.alternation): a match where the original has one, found
# faster (only whether there is one is asked, so no match's end matters).
_CASUALTY_WORD_LED = re.compile(r"\W" + by_first_letter(top_alternatives(_CASUALTY_WORD.pattern[len(r"\b(?:"):-1])))
_CASUALTY_WORD_ASCII = ascii_only(_CASUALTY_WORD_LED.pattern)     # the same, faster, for ASCII text



_OF_THINGS = re.compile(r" of (?:the |their |its |his |her |our )?(?:\w+ )??(\w+)")
# ... unless the crowd is what was done to ("killed 15 mourners gathered at a funeral", "opened fire on hundreds of ...")
_DONE_TO = re.compile(r"\b(?:killed|killing|kills|shot|shooting|wounded|wounding|injured|injuring|executed|massacred|attacked"
                      r"|fire on|fired on|fired at|struck|hit|targeted|targeting|among)\b[^.;]{0,30}$", re.IGNORECASE)
# A crowd's noun ending a count, and an active verb of its own after it (an adverbial between)
_CROWD = re.compile(r"\b(?:mourners|protesters|protestors|demonstrators|marchers|relatives|residents|supporters|youths)$",
                    re.IGNORECASE)
_CROWD_DID = re.compile(r"(?:,? (?:on|in|at|from|across|outside|near) (?:(?!who\b|that\b|which\b)[\w' -]){1,20}?,?"
                        r"| (?:on )?(?:monday|tuesday|wednesday|thursday"
                        r"|friday|saturday|sunday|yesterday|today)(?: (?:morning|afternoon|evening))?)? (?:also |again |later )?"
                        r"(?:laid|buried|attended|gathered|marched|protested|rallied|demonstrated|blocked|chanted|thronged"
                        r"|lined|joined|took to|turned out|converged|mourned|prayed|staged|poured|fled|returned)\b", re.IGNORECASE)

_YEAR = re.compile(r"(?:19|20)\d\d")     # a year, where it stands as one

def may_have_figures(sentence: str) -> bool:
    """Cheap gate: a sentence without any casualty word has no figure to find."""
    low = sentence.lower()
    return (_CASUALTY_WORD_ASCII if low.isascii() else _CASUALTY_WORD_LED).search(" " + low) is not None \
        or " not suffered" in low     # (machine translation's "The people are not suffered": no one hurt)


_STATUS_ADJ = {"dead": "killed", "wounded": "injured", "injured": "injured"}     # "the Taliban": a group, not one person

_ANAPHORIC_BEFORE = frozenset("the these those its their his her our all both".split())
_INJURY_ADJ = frozenset("minor serious critical severe light slight grave".split())
# status nouns that can be followed by the next count ("21 dead, 15 injured"), unlike the verbs
_NOUN_STATUS = frozenset("dead deaths fatalities bodies corpses injuries".split())
_SINGULAR_STATUS = frozenset("death fatality".split())


# A lower-case token that is none of these (nor a digit or a hyphenated tens word such as
# "twenty-one") starts no figure in sentence_figures: read_number, the vague words, "another" /
# "a second", _singular_at, the pronoun objects, _named_object and _named_subject all need one
# (or a capitalised token).
_LATE_TRIGGERS = frozenset("were are he she body them has".split())
_NEAR_STATUS = KILLED_AFTER | INJURED_AFTER | frozenset("shot gunned beaten stabbed hacked burned burnt hit struck".split())


# "Both were injured", "Both later died", "Both were later found dead" (not "Both had been shot", told dead before)
_BOTH_TOLD = re.compile(r"(?:later |also )?(?:died|succumbed)\b|were (?:later |also )?(?:injured|wounded|hurt|killed|found dead)\b")


def _late_trigger_may_fire(tokens: list[Token], i: int, low: str) -> bool:
    """A cheap look ahead for the rules that start at "were"/"he"/"body"/"them"/"has"."""
    n = len(tokens)
    if low == "them":
        return i + 1 < n and tokens[i + 1].low == "both"
    if low == "has":
        return i + 1 < n and tokens[i + 1].low == "been"
    if low == "body":
        return True
    return any(tokens[k].low in _NEAR_STATUS or tokens[k].low in _HELD_THEN for k in range(i + 1, min(n, i + 6)))


# Words that may open a named victim after the verb: "murdered former minister X".
_PRE_TITLE = frozenset("former ex late prominent senior local top deputy retired veteran well-known outspoken".split())
_MAY_START = _PRE_TITLE | frozenset(("other", "both")) | frozenset(NUMBER_START) | frozenset(_VAGUE_WORDS) | frozenset(ROLES) | frozenset(_PRONOUN_OBJECTS) \
    | _DETERMINERS | frozenset(("a", "an", "one", "the", "another", "was", "is", "has", "he", "she", "body", "them", "were", "are",
                                "died", "dies"))


# A token whose lower-cased form is none of these, and that has no hyphen, starts with no digit
# and no capital, neither sets the last verb nor starts a figure: the loop steps over it at once.
_DIES = frozenset(("died", "dies"))
# Verbs of a soldier's death that take a named subject with no "was" ("Sepoy Naveed Khan embraced
# shahadat", "Constable Ramesh Kumar laid down his life").
_IDIOM_VERBS = frozenset("embraced attained laid paid made lost gave sacrificed".split())
# ... and verbs a named person undergoes with no "was" ("Constable Arjun Singh sustained injuries",
# "Soldier Juan Mena died")
_DIED_VERBS = frozenset(("died", "succumbed", "dies", "succumbs"))
_THEN_ADVERBS = frozenset(("later", "subsequently", "then", "also", "since"))
_NAMED_VERBS = _IDIOM_VERBS | SUFFER_VERBS - {"escaped"} | _DIED_VERBS
# ... "died" only of a soldier's or policeman's rank, and not in a crash or an illness
_RANKS = frozenset("soldier soldiers constable sepoy private corporal sergeant havildar naik lance subedar patrolman "
                   "policeman officer guard trooper rifleman gunner professional head assistant sub-inspector inspector "
                   "agent militiaman".split())
# ... or of anyone in a sentence of violence ("died from wounds", "died as a result of shelling")
_OF_VIOLENCE = frozenset("wounds wound injuries shelling shelled strike strikes attack attacks fighting battle battles combat "
                         "shot mine blast explosion bombing svo hostilities drone drones missile artillery ambush encounter "
                         "firefight sniper mortar".split())
_NOT_IN_ACTION = frozenset("crash crashed aircraft plane helicopter accident illness cancer natural".split())
_MAY_MATTER = _MAY_START | KILL_VERBS | INJURE_VERBS | frozenset(w for _a, w in _KILL_PHRASES) | {"death", "lost", "losing", "included", "include", "includes", "life"} \
    | _NAMED_VERBS


_IN_TOTAL = re.compile(r"\s*(?:in total|in all|altogether|all told)\b")


def _numbered_aside(tokens: list[Token], k: int, past: int, num: NumberPhrase) -> bool:
    """Tokens k to past - 1 are an aside between commas or dashes that starts with a count,
    after a count of three or more, and the verb comes next: who they were ("Twelve people,
    nine VDP and three soldiers, were killed"; not the list "Nine pilgrims, one soldier, and
    two gunmen were killed")."""
    return k + 1 < past < len(tokens) and tokens[k].text in (",", "–", "—") and tokens[past - 1].text == tokens[k].text \
        and (num.best or 0) >= 3 and read_number(tokens, k + 1) is not None and tokens[past].low not in ("and", "or", "as") \
        and any(t.low == "and" for t in tokens[k + 1:past - 1])     # (not "Ten soldiers, three policemen, were killed")


# What is done with the dead, who were counted as killed: "buried four of the eight people killed"
_HANDLED_DEAD = frozenset("buried identified named recovered repatriated returned retrieved".split())
_BURIED = frozenset("buried interred laid".split())     # "Several bodies were buried on Sunday": no new dead
# The n-th to die (from the third on: "a second" victim is as often another incident's)
_LATER_ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}
_TOOK_LIVES = frozenset("claim claims claimed claiming cost costs costing took take takes taking".split())


_ROUGHLY = frozenset("about around approximately approx roughly some nearly almost circa ca".split())
_AGE_WORDS = frozenset("b born aged age years year old yrs".split())


_DASHES = frozenset(("—", "–", "-", "--"))
_ADDED = frozenset(("and", "plus", "or", "as", "along", "together"))    # (an aside that adds: "— and a civilian —")
_TAIL_VERBS = frozenset("lost died had has have was were is are perished succumbed".split())


_BELT_NUMBER = re.compile(r"(?:\b[Nn][Oo][Ss]?\.?|#) ?\d")
_NUMBERED_BY = frozenset("belt badge service id personal army".split())
# a count told as the toll now: "The municipality now reports three dead", "the ministry now puts the number ..."
_NOW_REPORTS = re.compile(r"\bnow (?:reports?|says|counts|lists|confirms|gives|records)\b", re.IGNORECASE)
# ... not of another deed: "now reports two killed in a separate strike", "a second strike ... left two more bodies"
_OTHER_DEED = re.compile(r"\b(?:separate|another|second|third|new|further|additional|other) (?:\w+ )?(?:strike|attack|blast"
                         r"|explosion|shelling|bombing|raid|incident|shell|missile|drone)s?\b")
# bodies found since the first count: "pulled two more bodies from the rubble", "the bodies of two more were recovered"
_RECOVERED = re.compile(r"\b(?:pulled|recovered|retrieved|found|removed|dug|extracted|brought out)\b")


def _without_dashed_aside(tokens: list[Token]) -> list[Token]:
    """The tokens without a dashed aside between a counted noun and its verb: "Two civilians — a man and a woman
    who had come to collect water — were killed" (who they were, not more victims)."""
    for a, t in enumerate(tokens):
        if t.text in _DASHES and 0 < a < len(tokens) - 1 and tokens[a + 1].low in ("a", "an") and any(
                tokens[x].low in KILLED_AFTER or tokens[x].low in INJURED_AFTER for x in range(max(0, a - 4), a)) \
                and any(read_number(tokens, k) is not None for k in range(max(0, a - 9), a)):
            # (the verb right before the dash, or a place or day between: "killed in Kupiansk - a man, his wife and ...")
            # "two people were killed — a man aged 60 and a woman aged 37 — and ten wounded": who the two were
            b = next((k for k in range(a + 2, min(len(tokens), a + 20)) if tokens[k].text in _DASHES), None)
            if b is not None and not any(x.low in KILL_VERBS or x.low in KILLED_AFTER or x.low in INJURED_AFTER
                                         for x in tokens[a + 1:b]):
                return tokens[:a] + tokens[b + 1:]
            head = next((k for k in range(a + 2, len(tokens)) if tokens[k].low in ("who", "whom", "that", "which")),
                        len(tokens))
            if b is None and not any(x.low in KILL_VERBS or x.low in KILLED_AFTER or x.low in INJURED_AFTER
                                     or x.low in INJURE_VERBS or read_number(tokens, k) is not None
                                     and tokens[k - 1].low not in ("of", "aged", "age")
                                     for k, x in enumerate(tokens[a + 2:], a + 2)) \
                    and not any(x.low in _BE or x.low in _TAIL_VERBS for x in tokens[a + 2:head]):
                return tokens[:a]       # "Two people were killed - a woman of 52 and a man of 70 who had come ...": who
                #                         (not "- a civilian lost his life when ...": a verb of its own, more dead)
        if t.text not in _DASHES or a == 0 or tokens[a - 1].low not in ROLES or a + 1 >= len(tokens) \
                or tokens[a + 1].low in _ADDED:
            continue
        b = next((k for k in range(a + 2, min(len(tokens), a + 25)) if tokens[k].text in _DASHES), None)
        if b is None or b + 1 >= len(tokens):
            continue
        inside = tokens[a + 1:b]
        nxt = tokens[b + 1].low
        if (nxt in _BE or nxt in KILLED_AFTER or nxt in INJURED_AFTER) and not any(
                x.low in KILLED_AFTER or x.low in INJURED_AFTER or x.low in KILL_VERBS or x.text[:1].isdigit() for x in inside) \
                and not any(read_number(tokens, k) is not None for k in range(a + 1, b)):
            # (not a breakdown of the count: "seven troops – four police personnel and three army soldiers – were injured")
            return tokens[:a] + tokens[b + 1:]
    return tokens


# a person counted, then an aside in brackets before the verb: "one crew member (AB, Filipino national) sustained ..."
_PERSON_NOUNS_BEFORE_ASIDE = frozenset("member members man men woman women person people civilian civilians soldier soldiers "
                                       "worker workers employee employees guard guards officer officers driver drivers "
                                       "passenger passengers resident residents child children boy boys girl girls".split())
_SUFFERED_OR_DIED = frozenset("sustained suffered received died succumbed perished".split())


def _without_asides(tokens: list[Token]) -> list[Token]:
    """The tokens without asides that tell a person's age or repeat a number in digits, which
    would break the phrase around them: "Constables Imran Khan (27) and Sajid Ali (30) were injured",
    "Four (4) of the bandits", "a man (b. 1974)", "Juan Mena, 24 years old, died"."""
    out: list[Token] = []
    n = len(tokens)
    i = 0
    aside_closed = False
    while i < n:
        t = tokens[i]
        if t.text == "(" and out and i + 2 < n:
            j = i + 1
            while j < n and j - i <= 5 and (tokens[j].low in _AGE_WORDS or tokens[j].text[:1].isdigit() or tokens[j].text == "."):
                j += 1
            if j < n and tokens[j].text == ")" and j > i + 1 and any(tokens[k].text[:1].isdigit() for k in range(i + 1, j)) \
                    and (out[-1].is_cap or out[-1].low in NUMBER_START or out[-1].low in ("man", "woman", "boy", "girl")):
                i = j + 1       # "(27)", "(b. 1974)", "(4)"
                continue
            close = next((k for k in range(i + 1, min(n, i + 9)) if tokens[k].text == ")"), None)
            if close is not None and close + 1 < n and out[-1].low in _PERSON_NOUNS_BEFORE_ASIDE and tokens[i + 1].low not in _ADDED \
                    and (tokens[close + 1].low in _BE or tokens[close + 1].low in _SUFFERED_OR_DIED) \
                    and not any(tk.text[:1].isdigit() or tk.low in KILLED_AFTER or tk.low in INJURED_AFTER
                                for tk in tokens[i + 1:close]):
                i = close + 1   # "One crew member (AB, Filipino national) sustained shrapnel wounds": who, told aside
                continue
        if t.text == "," and out and i + 4 < n and tokens[i + 1].low == "who" and tokens[i + 2].low in ("was", "is") \
                and tokens[i + 3].text.isdigit() and len(tokens[i + 3].text) <= 2 and (
                    tokens[i + 4].text == "," or i + 6 < n and tokens[i + 4].low == "years" and tokens[i + 6].text == ","):
            i += 5 if tokens[i + 4].text == "," else 7     # "his son, who was 24, were killed": an age, told aside
            continue
        if t.text == "," and out and out[-1].is_cap and i + 4 < n and tokens[i + 1].text.isdigit() \
                and tokens[i + 2].low in ("years", "year") and tokens[i + 3].low == "old" and tokens[i + 4].text == ",":
            i += 5              # ", 24 years old,"
            continue
        # (a bare number only after a name of two words or a rank: not "In Kherson, 14, including ...")
        named = bool(out) and out[-1].is_cap and (i + 1 < n and not tokens[i + 1].text.isdigit()
                                                  or len(out) > 1 and (out[-2].is_cap and out[-2].low not in _PLACE_PREPOSITIONS
                                                                       or out[-2].low in _RANKS))
        if t.text == "," and (aside_closed or named) and (close := _person_aside_end(tokens, i)):
            i, aside_closed = close, True       # ", 24,", ", age 31 years,", ", resident of Kohat,"
            continue
        if t.text == "," and (aside_closed or named) and i + 2 < n and tokens[i + 1].low in ("a", "an"):
            # ", an anti-tank gunner of a mechanised brigade, died": who the named person was, before the verb
            close = next((k for k in range(i + 2, min(n, i + 11)) if tokens[k].text == ","), None)
            if close is not None and close + 1 < n and tokens[close + 1].low in _NAMED_VERBS \
                    and all(not tk.is_cap and tk.text[:1].isalpha() for tk in tokens[i + 2:close]):
                i, aside_closed = close, True
                continue
        if aside_closed and t.text == "," and i + 2 < n and tokens[i + 1].low == "of" and tokens[i + 2].low == "the":
            # ", 29, of the 20th Infantry Battalion, who was killed": the named person's unit
            close = next((k for k in range(i + 3, min(n, i + 10)) if tokens[k].text == ","), None)
            if close is not None and close + 1 < n and tokens[close + 1].low == "who" \
                    and all(tk.text[:1].isalnum() for tk in tokens[i + 3:close]):
                i = close
                continue
        if aside_closed and t.text == "," and i + 3 < n and tokens[i + 1].low == "who" \
                and (tokens[i + 2].low in _NAMED_VERBS or tokens[i + 2].low == "was" and tokens[i + 3].low in _NEAR_STATUS):
            i += 2              # ("Corporal Rey Abucay, 29, who was killed": the name and its verb; not "who had been
            continue            # kidnapped on Monday, was found dead": that clause tells of something else)
        if aside_closed and t.text == "," and i + 1 < n and (tokens[i + 1].low in _NAMED_VERBS or tokens[i + 1].low == "and"):
            i += 1              # ("Naik Ahmed Ali, age 31 years, embraced shahadat": the name and its verb)
            continue
        aside_closed = False
        out.append(t)
        i += 1
    return out


def _person_aside_end(tokens: list[Token], c: int) -> int | None:
    """Where an aside about a named person that opens with the comma at c closes (at its own comma):
    an age (", 24,", ", age 31 years,", ", aged 31,") or a home (", resident of Kohat,")."""
    n = len(tokens)
    k = c + 1
    if k < n and tokens[k].low in ("age", "aged"):
        k += 1
    if k + 1 < n and tokens[k].low == "born":
        k += 2 if tokens[k + 1].low == "in" else 1     # ", born in 1991,": a year of birth
        return k + 1 if k + 1 < n and tokens[k].text.isdigit() and len(tokens[k].text) == 4 and tokens[k + 1].text == "," else None
    if k < n and tokens[k].text.isdigit() and len(tokens[k].text) <= 2:
        k += 1
        if k < n and tokens[k].low in ("years", "year", "yrs"):
            k += 1
            if k < n and tokens[k].low == "old":
                k += 1
    elif k + 2 < n and tokens[k].low in ("resident", "native") and tokens[k + 1].low == "of" and tokens[k + 2].is_cap:
        k += 3
        while k < n and tokens[k].is_cap and k - c < 8:
            k += 1
    else:
        return None
    return k if k < n and tokens[k].text == "," else None


_SAID = frozenset(("said", "says", "reported", "told"))
# a named person's age or home between commas: the gate of _person_aside_end
_PERSON_ASIDE = re.compile(r"[A-Z][\w'’-]*, (?:aged? )?\d{1,2}(?: years?| yrs)?(?: old)?,|, (?:resident|native) of [A-Z]"
                           r"|, who (?:was|is) \d{1,2}(?: years old)?,"
                           r"|[A-Z][\w'’-]*, born (?:in )?\d{4},|[A-Z][\w'’-]*, an? [a-z][a-z -]{3,60}, (?:died|was|lost|embraced)\b")


def _without_closing_attribution(tokens: list[Token]) -> list[Token]:
    """The tokens without a closing ", a militia leader and a resident said": those who told the
    toll, not more of its victims."""
    end = len(tokens) - (1 if tokens[-1].low not in _SAID else 0)
    for c in range(end - 2, max(0, end - 12), -1):
        if tokens[c].text == ",":
            clause = tokens[c + 1:end - 1]
            if clause and clause[0].low in ("a", "an", "the") and not any(
                    t.low in KILL_VERBS or t.low in INJURE_VERBS or t.low in KILLED_AFTER or t.low in INJURED_AFTER
                    or t.text[:1].isdigit() for t in clause):
                return tokens[:c]
            return tokens
    return tokens


_ARMY_NOUNS = frozenset("fighters rebels troops soldiers members militia positions commander commanders forces units "
                        "brigade battalion spokesman".split())
_QUOTE_MARKS = frozenset(("“", "”", '"', "«", "»", "‘", "’"))


def _counts(tokens: list[Token], k: int) -> bool:
    """The token is a number or a vague count ("several", "dozens")."""
    return tokens[k].low in _VAGUE_WORDS or read_number(tokens, k) is not None


# the words between a count and an "a"-phrase that is its participle's object: " employed by ", " assigned to "
_PARTICIPLE_PHRASE = re.compile(r"\s+[a-z]+(?:ed|ing)\s+(?:by|to|for|with|from)\s+")
_PER_SOURCES = frozenset("police officials sources authorities reports residents witnesses medics the local military army".split())


# A count's last word that says nothing of who was counted: "two dead, a man and a woman, ..." tells who they were
_GENERIC_COUNTED = frozenset("people persons dead killed wounded injured civilians residents".split())
_ONE_OF_AGE = frozenset("man woman boy girl child person pensioner resident driver teenager".split())


def _age_of(tokens: list[Token], k: int) -> bool:
    """Token k, "of", tells a person's age: "a man of 60" (not "a group of 12 men"; nor in a list after a verb, "killing a
    man of 60 and a woman of 37", which reads as written, unless it is a dashed aside)."""
    n = len(tokens)
    return tokens[k - 1].low in _ONE_OF_AGE and _an_age(tokens[k + 1]) \
        and not (k + 2 < n and (tokens[k + 2].low in ROLES or tokens[k + 2].low in STATUS_NOUNS)) \
        and (_in_aside(tokens, k) or not (k + 2 < n and tokens[k + 2].low in ("and", ","))
             and not (k > 2 and tokens[k - 3].low in ("and", ",")))


def _an_age(t: Token) -> bool:
    """ "60", "nine": a number a person's age may be (not "a group of 1,200")."""
    if t.text.isdigit():
        return len(t.text) <= 2
    return t.low in UNITS or t.low in TENS or "-" in t.low and t.low.split("-", 1)[0] in TENS


def _in_aside(tokens: list[Token], k: int) -> bool:
    """Token k is inside a dashed aside: a dash before it, no verb of harm between."""
    for x in range(k - 1, max(-1, k - 10), -1):
        low = tokens[x].low
        if tokens[x].text in ("—", "–", "-"):
            return True
        if low in KILL_VERBS or low in INJURE_VERBS or low in KILLED_AFTER or low in INJURED_AFTER:
            return False
    return False


_QUOTES = frozenset(('"', "“", "”"))
_HEDGES = frozenset(("about", "around", "some", "nearly", "almost", "over", "at", "more", "up", "roughly", "approximately"))


def _unquoted_counts(tokens: list[Token]) -> list[Token]:
    """The tokens without the quotation marks round a count that a status follows: both sides say "about a dozen" were
    wounded (the words a source gave, counted as the report's)."""
    drop = set()
    for k, t in enumerate(tokens):
        if t.text not in _QUOTES or k + 1 >= len(tokens):
            continue
        close = next((j for j in range(k + 1, min(len(tokens), k + 7)) if tokens[j].text in _QUOTES), None)
        if close is None or close + 1 >= len(tokens) or close == k + 1:
            continue
        first = tokens[k + 1]
        if (first.low in _HEDGES or read_number(tokens, k + 1) is not None or first.low in ("a", "one")) \
                and read_number(tokens, k + 1 + (first.low in _HEDGES)) is not None \
                and (tokens[close + 1].low in _BE or tokens[close + 1].low in KILLED_AFTER
                     or tokens[close + 1].low in INJURED_AFTER):
            drop.update((k, close))
    return [t for k, t in enumerate(tokens) if k not in drop] if drop else tokens


def sentence_figures(tokens: list[Token], text: str, sent_index: int, sent_start: int) -> list[Figure]:
    """All casualty figures in one sentence (`text` is the whole document)."""
    if tokens and any(t.text == "KIA" for t in tokens):
        # "3 KIA fighters": the Kachin Independence Army, not killed in action
        tokens = [Token(t.text, "kia-army", t.start, t.end) if t.text == "KIA" and (
            k + 1 < len(tokens) and tokens[k + 1].low in _ARMY_NOUNS or k > 0 and tokens[k - 1].low == "the") else t
            for k, t in enumerate(tokens)]
    if tokens and ('"' in (said := text[tokens[0].start:tokens[-1].end]) or "“" in said or "”" in said):
        tokens = _unquoted_counts(tokens)
    if tokens and _BELT_NUMBER.search(text, tokens[0].start, tokens[-1].end):
        # "Constable Muhammad Nawaz No. 1123 and Constable Gul Zaman No. 884 embraced shahadat", "belt no. 1123", "#1123":
        # a service number, no count
        drop = set()
        for k in range(1, len(tokens) - 1):
            if tokens[k].low in ("no", "nos", "#") and (tokens[k - 1].is_cap or tokens[k - 1].low in _NUMBERED_BY):
                j = k + 1 + (tokens[k + 1].text == ".")
                if j < len(tokens) and tokens[j].text.isdigit():
                    drop.update(range(k, j + 1))
        if drop:
            tokens = [t for k, t in enumerate(tokens) if k not in drop]
    if tokens and any(t.low == "per" for t in tokens):
        # "3 dead per police", "19 WIA per OVA": "per" its source, no rate (not "50 per cent", "two per day")
        tokens = [Token(t.text, "per-source", t.start, t.end) if t.low == "per" and k + 1 < len(tokens)
                  and (tokens[k + 1].text[:1].isupper() or tokens[k + 1].low in _PER_SOURCES) else t
                  for k, t in enumerate(tokens)]
    if tokens and any(t.text in _QUOTE_MARKS for t in tokens):
        # a quoted count reads as one unquoted: killing “several” soldiers, "dozens of apostate soldiers"
        # ... and a status in scare quotes as one without: four assailants were "neutralised"
        tokens = [t for k, t in enumerate(tokens) if not (t.text in _QUOTE_MARKS and (
            k + 1 < len(tokens) and (_counts(tokens, k + 1) or tokens[k + 1].low in KILLED_AFTER)
            or k > 0 and (_counts(tokens, k - 1) or tokens[k - 1].low in KILLED_AFTER)))]
    if tokens and " of " in text[tokens[0].start:tokens[-1].end] \
            and (ages := {k for k in range(1, len(tokens) - 1) if tokens[k].low == "of" and _age_of(tokens, k)}):
        # "two people were killed — a man of 60 and a woman of 37 —", "a boy of nine was shot": ages, read as "aged 60" is
        tokens = [Token(t.text, "aged", t.start, t.end) if k in ages else t for k, t in enumerate(tokens)]
    if " aged " in text or " age " in text:
        # "a man aged about 35", "aged approximately 40": an age told roughly, read as "aged 35" is
        tokens = [t for k, t in enumerate(tokens) if not (
            t.low in _ROUGHLY and 0 < k < len(tokens) - 1 and tokens[k - 1].low in ("aged", "age") and tokens[k + 1].low[:1].isdigit())]
    if len(tokens) > 5 and any(t.text in _DASHES for t in tokens):
        tokens = _without_dashed_aside(tokens)
    if tokens and (text.find("(", tokens[0].start, tokens[-1].end) >= 0
                   or text.find(" years old,", tokens[0].start, tokens[-1].end) >= 0
                   or _PERSON_ASIDE.search(text, tokens[0].start, tokens[-1].end)):
        tokens = _without_asides(tokens)
    if len(tokens) > 4 and (tokens[-1].low in _SAID or tokens[-2].low in _SAID):
        tokens = _without_closing_attribution(tokens)
    figures: list[Figure] = []
    n = len(tokens)
    i = 0
    last_verb: str | None = None
    last_verb_at = -10
    last_item_at = -10      # the last item of a list the verb was carried to
    appositions: set[int] = set()
    beside: set[int] = set()       # figures that left an "including" list: the rest of the list goes beside them too
    bracket: tuple[int, int] | None = None      # (index of a figure, where its bracketed breakdown ends)
    bracketed: set[int] = set()                 # figures with a bracketed breakdown
    skip_to = 0                                 # read on from here after a figure whose verb came after a phrase
    while i < n:
        t = tokens[i]
        low = t.low
        if low == "aged" and i + 1 < n and (tokens[i + 1].low[:1].isdigit() or tokens[i + 1].low == "between"):
            i = max(i + 1, skip_ages(tokens, i))
            continue        # "three women aged 39 to 72", "aged between 20 and 35": ages, not counts
        if low not in _MAY_MATTER and "-" not in low and not low[:1].isdigit() and not t.text[:1].isupper() \
                and not (low == "as" and i + 1 < n and tokens[i + 1].low == "many"):
            i += 1          # neither a verb nor a possible start (the checks below, in one set)
            continue
        prev = tokens[i - 1] if i > 0 else None
        if low in KILL_VERBS or prev is not None and (prev.low, low) in _KILL_PHRASES \
                and not (prev.low in _BODY_NOUNS and _handed_over(tokens, i - 1)):
            last_verb, last_verb_at = "killed", i
        elif low in ("were", "was", "are", "is", "included", "include", "includes") and prev is not None and prev.low in _DEAD_GROUPS \
                and (among := _among_the_dead(tokens, i)):
            last_verb, last_verb_at = among, i
        elif (low == "lost" or low == "losing" and losing_troops(tokens, i)) and prev is not None and prev.low not in _BE:
            last_verb, last_verb_at = "killed", i       # "lost 1 officer and 3 soldiers", "..., losing three soldiers"
        elif low in ("life", "lives") and i > 1 and prev.low == "of" and tokens[i - 2].low == "deprived":
            last_verb, last_verb_at = "killed", i       # "deprived of life five persons" (a translation's active)
        elif low == "death" and i > 1 and prev.low == "to" and tokens[i - 2].low.startswith(_TO_DEATH_STEMS):
            last_verb, last_verb_at = "killed", i       # "hacked to death 182 civilians, twelve policemen and ..."
        elif low in INJURE_VERBS:
            last_verb, last_verb_at = "injured", i
        if prev is not None and (prev.low in ("no", "not", "none", "if", "unless", "whether")
                                 or prev.low in _NOT_CASUALTY_VERBS or prev.text == "-" and prev.start == t.start - 1
                                 or prev.text == "Rescue" and low.isdigit()):
            i += 1          # "no one", "kidnapped 5 people", "Mi-8", "if the commander was killed", "Rescue 1122 shifted
            continue        # the injured" (Pakistan's emergency service, by its number)
        if low not in _MAY_START and not low[:1].isdigit() and not t.text[:1].isupper() and low != "as" and low not in _NAMED_VERBS \
                and not ("-" in low and low.split("-", 1)[0] in TENS):
            i += 1          # nothing below can start at this token (a fast path; see _MAY_START)
            continue
        if low in _LATE_TRIGGERS and not _late_trigger_may_fire(tokens, i, low):
            i += 1          # "were", "he", "body", "them" matter only with a status close after them
            continue
        num = read_number(tokens, i) if not low.endswith("-old") and not _is_age(tokens, i) \
            and not (i > 1 and tokens[i - 1].text == ":" and tokens[i - 1].end == t.start and tokens[i - 2].end == tokens[i - 1].start
                     and tokens[i - 2].text.isdigit()) else None     # ("said at 07:15 that six people ...": a clock's minutes)
        if num is not None and num.end < n and tokens[num.end].low in ("hrs", "hr", "h", "hours", "gmt", "utc", "lt") \
                and len(digits := tokens[num.end - 1].text) == 4 and digits.isdigit() and int(digits[:2]) < 24:
            num = None      # "At about 2210hrs", "at 0130 hours": a clock, no count
        if num is None and low in _DETERMINERS and i + 1 < n and tokens[i + 1].low == "parents":
            num = NumberPhrase(2, 2, 2, "exact", i, i + 1)     # "a child and her parents": two
        if num is None and low == "as" and i + 2 < n and tokens[i + 1].low == "many" and tokens[i - 1].low == "and" \
                and figures and figures[-1].best and figures[-1].part_of is None and figures[-1].end >= tokens[i - 1].start - 2:
            same = figures[-1].best     # "two police officers and as many civilians": the same number again
            num = NumberPhrase(same, same, same, "exact", i, i + 2)
        if num is None and low in ("the", "a", "as") and figures and i + 1 < n \
                and tokens[i + 1].low in ("same", "similar", "comparable", "many") \
                and (same_at := _same_number(tokens, i, figures[-1])):
            figures.append(_make(same_at[0], same_at[1], same_at[2], tokens, same_at[3], text, sent_index))
            i = same_at[3]
            continue        # "killing ten and injuring around the same number", "... and wounded as many"
        if num is None and low == "both" and i + 1 < n and not (i > 0 and tokens[i - 1].text == "," and figures and figures[-1].best == 2) \
                and ((tokens[i + 1].low in ROLES or tokens[i + 1].low in VEHICLE_OCCUPANTS and any(x.low in VEHICLES for x in tokens))
                     and not (i + 2 < n and tokens[i + 2].low == "and")
                     or tokens[i + 1].low == "of" and i + 2 < n and tokens[i + 2].low in ("the", "them", "these")):
            num = NumberPhrase(2, 2, 2, "exact", i, i + 1)     # "both soldiers", "kill both of the attackers" (not
            #                                                    "its two occupants, both civilians": the two, described)
            if tokens[i + 1].low == "of":
                num.end = i + 3 if tokens[i + 2].low == "the" else i + 2
        if num is None and low == "both" and (i == 0 or tokens[i - 1].text == ";" and not any(f.status for f in figures)) \
                and n > i + 2 \
                and _BOTH_TOLD.match(" ".join(t.low for t in tokens[i + 1:i + 5])):
            num = NumberPhrase(2, 2, 2, "exact", i, i + 1)     # "Both were injured and evacuated": the two just told of
            #                                                    (or after a semicolon: "... fired on two brothers; both
            #                                                    were killed")
        if num is None and t.low in _VAGUE_WORDS and not (i + 1 < n and tokens[i + 1].low in _INJURY_NOUNS):
            num = NumberPhrase(_VAGUE_WORDS[t.low], _VAGUE_WORDS[t.low], None, "at least", i, i + 1, True)
            if i + 2 < n and tokens[i + 1].low == "of" and tokens[i + 2].low == "the":
                num.end = i + 3     # "several of the attackers" (the noun comes next; "several of them" is read as
                #                     "two of them" is: a share of a count told, "more than 30 injured, several of them children")
        if num is not None and num.vague and num.end < n and tokens[num.end].low in CROWD_VERBS:
            i = num.end     # "Thousands mourn three men killed in the raid": a crowd, no count of the dead
            continue
        role: str | None
        single = None
        person = False
        if num is None and (low in ("a", "the") and i + 2 < n and tokens[i + 1].low in _LATER_ORDINALS
                            or i == 0 and low in _LATER_ORDINALS and n > 2):
            k1 = i + 2 if low in ("a", "the") else i + 1
            if tokens[k1].low in ("person", "victim", "casualty") or i == 0 and low not in ("a", "the") and tokens[k1].low in ROLES:
                k1 += 1     # (not "a third civilian", "a third policeman": one group's, beside others counted; but a
                #             headline's "Third officer dies of wounds after ... attack" is the toll)
            if k1 + 1 < n and tokens[k1].low in _THEN_ADVERBS:
                k1 += 1     # "A third later died of his wounds"
            if k1 < n and tokens[k1].low in _DIED_VERBS and not any(tk.low in _NATURAL_DEATH for tk in tokens[k1:]):
                # "a sixth died later in hospital", "A third person died from his injuries": the toll is now six, three
                nth = _LATER_ORDINALS[tokens[i + 1].low if low in ("a", "the") else low]
                fig = _make(NumberPhrase(nth, nth, nth, "exact", i, k1), "people", "killed", tokens, k1 + 1, text, sent_index)
                fig.revision = fig.nth = True   # (at least n: "Five were killed ... a second died" is no cut to two)
                figures.append(fig)
                i = k1 + 1
                continue
        if num is None and i + 1 < n and (t.low == "another" or t.low == "a" and tokens[i + 1].low in ("second", "third", "fourth")
                                          or t.low == "other" and i > 0 and tokens[i - 1].low == "and"):
            k1 = i + 1 if t.low in ("another", "other") else i + 2
            if t.low == "other" and (k1 >= n or tokens[k1].low not in _BE):
                k1 = n      # "and other was injured", not "the dead and other injured"
            if k1 < n and tokens[k1].low == "one":
                k1 += 1         # "and another one ..."
            if t.low == "another" and k1 + 1 < n and tokens[k1].low in _THEN_ADVERBS and tokens[k1 + 1].low in _DIED_VERBS:
                k1 += 1         # "one died at the scene and another later died of his wounds"
            if t.low == "another" and k1 < n and tokens[k1].low in _DIED_VERBS and any(tk.low in _NATURAL_DEATH for tk in tokens[k1:]):
                k1 = n          # ("another later died of a heart attack": no casualty)
            while k1 < n and tokens[k1].low in _SEVERITY:
                k1 += 1         # "and another seriously injured"
            if k1 + 1 < n and tokens[k1].low == "with" and (tokens[k1 + 1].low in _INJURY_NOUNS or k1 + 2 < n
                                                             and tokens[k1 + 2].low in _INJURY_NOUNS):
                figures.append(_make(NumberPhrase(1, 1, 1, "exact", i, k1), "people", "injured", tokens, k1, text, sent_index))
                i = k1 + 2
                continue        # "an army man dead and another one with minor injuries"
            nx = tokens[k1].low if k1 < n else "."
            if nx in INJURED_AFTER or nx in KILLED_AFTER or nx in _BE or nx in ("sustained", "suffered", "received") \
                    or t.low in ("another", "a") and _verb_before(tokens, i) and (nx in _AFTER_BARE or not nx[:1].isalnum()):
                # "one was killed and another injured", "killing two and injuring another", "a third was hurt"
                num = NumberPhrase(1, 1, 1, "exact", i, k1)
        if num is None and low in ("a", "an", "one") and i > 0 and i + 2 < n and tokens[i + 1].low in _STATUS_ADJ \
                and (tokens[i - 1].low in ("left", "leaving", "leaves", "leave") or tokens[i - 1].low == "in" and i > 1
                     and tokens[i - 2].low in ("resulting", "resulted")):
            r_adj, a_adj = _noun_after(tokens, i + 2)
            if r_adj is not None and not tokens[a_adj - 1].low.endswith("s"):
                # "the clashes left a dead soldier", "resulting in one wounded policeman"
                figures.append(_make(NumberPhrase(1, 1, 1, "exact", i, i + 1), r_adj, _STATUS_ADJ[tokens[i + 1].low],
                                     tokens, a_adj, text, sent_index))
                i = a_adj
                continue
        if num is None:
            if low == "the" and i + 1 < n and tokens[i + 1].low == "same":
                # "wounded the same soldier": someone counted already; "wounded a soldier and later
                # killed the same soldier": the one wounded died
                if _verb_before(tokens, i) == "killed" and not any(f.status == "killed" for f in figures):
                    hurt = [f for f in figures if f.status == "injured" and f.best == 1 and f.part_of is None]
                    if len(hurt) == 1:
                        hurt[0].status = "killed"
                i += 2
                continue
            single = _singular_at(tokens, i) if not (i > 0 and tokens[i - 1].low in ("be", "been", "being", "become", "became")) \
                else None       # ("a woman suspected to be an informer": what she was said to be, no one more)
            if single is None and t.low in _PRONOUN_OBJECTS and _verb_before(tokens, i) and not (
                    t.low in ("him", "her") and any(f.best == 1 and f.status == _verb_before(tokens, i) for f in figures)
                    and (i + 1 >= n or tokens[i + 1].low not in ("and", "along"))):
                # "killing him and six others" (but "A woman was killed when a shell hit her house, killing her": the same one)
                single = (i, _PRONOUN_OBJECTS[t.low], i + 1)
            if single is None and t.low in ("him", "her") and i + 1 < n and tokens[i + 1].low == "dead" and i > 0 \
                    and tokens[i - 1].low in ("shot", "shoot", "shoots", "shooting") and not figures:
                # "abducted a teenager and later shot him dead": the one death of the sentence
                figures.append(_make(NumberPhrase(1, 1, 1, "exact", i, i + 1), "people", "killed", tokens, i + 2, text, sent_index))
                i += 2
                continue
            if single is None and t.low == "them" and i + 1 < n and tokens[i + 1].low == "both" and _verb_before(tokens, i):
                figures.append(_make(NumberPhrase(2, 2, 2, "exact", i, i + 2), "people", _verb_before(tokens, i),
                                     tokens, i + 2, text, sent_index))
                i += 2              # "killing them both"
                continue
            if single is None and (t.is_cap or t.low in ("the", "his", "her", "their", "its", "a", "an") or t.low in _PRE_TITLE
                                   or low.endswith("-old") or i >= 2 and tokens[i - 1].low == "of"
                                   and tokens[i - 2].low in ("death", "deaths", "killing", "murder", "assassination")):
                single = _named_object(tokens, i) if not names_a_medium(tokens, i) \
                    else None       # ("..., the National News Agency reported": a medium, no one hurt)
                if single is None and t.is_cap and i > 1 and tokens[i - 1].low == "and" and figures and figures[-1].best == 1 \
                        and figures[-1].end == tokens[i - 2].end and figures[-1].text[:1].isupper() and figures[-1].part_of is None:
                    single = _named_object(tokens, i, conjunct=True)    # "killed Eitam and Naama Henkin": two
            if single is None and (t.low in ("was", "is") or t.low == "has" and i + 1 < n and tokens[i + 1].low == "been"
                                   or t.low in _NAMED_VERBS and i > 1 and tokens[i - 1].is_cap and tokens[i - 1].text[0].isalpha()
                                   and not (t.low in _DIED_VERBS and any(tk.low in _NATURAL_DEATH for tk in tokens))) \
                    and not (figures and figures[-1].end >= t.start - 2) or t.low in ("he", "she", "body", "were", "are"):
                named = _named_subject(tokens, i) if t.low not in ("he", "she", "body", "were", "are", "has") else None
                if named is not None and figures and figures[-1].status == named[1] and not any(
                        tk.text in (",", ";", ":", ".") or tk.low in _CLAUSE_START
                        for tk in tokens[num_end_index(tokens, figures[-1].end):named[0]]):
                    named = None    # "A leader of the battalion Ali Khan was killed": the same person
                if named is None and t.low not in ("he", "she", "body", "were", "are") \
                        and not (figures and figures[-1].end > tokens[_clause_subject_start(tokens, i)].start):
                    named = _singular_subject(tokens, i)
                if named is None and (t.low in ("were", "are") or t.low in SUFFER_VERBS and t.low != "escaped"
                                      and not (i + 1 < n and tokens[i + 1].low == "no")     # ("who suffered no injuries")
                                      or t.low in _IDIOM_VERBS) \
                        and not (figures and figures[-1].end > tokens[_clause_subject_start(tokens, i)].start):
                    many = _coordinated_subject(tokens, i)
                    if many is not None:
                        figures.append(_count_of_people(many, tokens, text, sent_index))
                        figures[-1].breakdown = t.low in _NAMED_VERBS
                        i = many[3]
                        continue
                if named is None and t.low in ("he", "she", "body"):
                    named = _one_dead(tokens, i, figures)
                if named is not None and tokens[named[0]].low in ("he", "she") \
                        and any(f.best == 1 and f.status == named[1] for f in figures):
                    i += 1      # "a woman aged 60 was wounded, she is hospitalized": the same one
                    continue
                if named is not None:
                    k0, st, end = named
                    if t.low in _DIED_VERBS and (tokens[k0].low not in _RANKS and not any(tk.low in _OF_VIOLENCE for tk in tokens)
                                                 or any(tk.low in _NOT_IN_ACTION for tk in tokens)):
                        i += 1      # a named person who died, not a soldier or policeman killed in action: no casualty
                        continue
                    figures.append(_make(NumberPhrase(1, 1, 1, "exact", k0, k0 + 1), _one_persons_role(tokens, k0, end),
                                         st, tokens, end, text, sent_index))
                    if t.low in _NAMED_VERBS and t.low not in _IDIOM_VERBS:
                        figures[-1].breakdown = True    # (one of those counted before, if any: "Two policemen were
                        #                                 wounded ... Constable Arjun Singh sustained injuries")
                    if any(tk.low in ("along", "together") for tk in tokens[end:end + 8]):
                        last_verb, last_verb_at = st, end - 1   # "X was killed along with his aide, ... and his driver"
                    i = end
                    continue
            if single is None and low in _DIES and not figures and not any(tk.low in _NATURAL_DEATH for tk in tokens):
                # "The commandant of the town, wounded in an attack last week, died": a person with no "was"
                found = _singular_subject(tokens, i, person_only=True) or _named_died_of_wounds(tokens, i)
                if found is not None:
                    k0, st, end = found
                    figures.append(_make(NumberPhrase(1, 1, 1, "exact", k0, k0 + 1), "people", st, tokens, end, text, sent_index))
                    i = end
                    continue
            if single is None:
                i += 1
                continue
            _, role, after = single
            if t.low in ("a", "an") and i > 1 and tokens[i - 1].text == "," and figures and (figures[-1].best or 0) >= 2 \
                    and figures[-1].status and figures[-1].part_of is None and tokens[i - 2].end == figures[-1].end \
                    and figures[-1].text.split()[-1].lower() in _GENERIC_COUNTED \
                    and (close := next((m for m in range(after, min(n, i + 14)) if tokens[m].text in (",", ";", ".")), None)) \
                    is not None and tokens[close].text == "," and close + 1 < n and tokens[close + 1].low == "and":
                i = close           # "two dead, a man and a woman, and six wounded": who the two were, not more of the six
                continue
            if t.low in ("a", "an", "the") and i > 1 and tokens[i - 1].text == "," and figures and figures[-1].best == 1 \
                    and figures[-1].part_of is None and tokens[i - 2].end == figures[-1].end \
                    and (figures[-1].text[:1].isupper() and figures[-1].text.split()[0].lower() not in _NAME_STOP
                         or t.low in ("a", "an") and figures[-1].text.lower().startswith("the ")
                         and (after >= n or tokens[after].text in (".", ";", "!")
                              or tokens[after].text == "," and after + 1 < n and tokens[after + 1].low != "and")):
                # "killing Ali Khan, a British national", "killing the driver, a 47-year-old woman.": the
                # same person again (not "killing the driver, a woman and two children")
                i = after
                continue
            if i > 0 and tokens[i - 1].low == "and" and not (figures and figures[-1].sentence == sent_index
                                                            and figures[-1].end > tokens[_clause_subject_start(tokens, i)].start):
                verb_at = next((m for m in range(after, min(n, after + 12)) if tokens[m].low in ("were", "are")), None)
                many = _coordinated_subject(tokens, verb_at) if verb_at is not None else None
                if many is not None and many[0] < i:
                    # "A campaigner for the mayor and an aide were killed": two
                    figures.append(_count_of_people(many, tokens, text, sent_index))
                    i = many[3]
                    continue
            if (t.low in ("a", "an") or t.low in _DETERMINERS) and i > 1 and tokens[i - 1].text == "," and _opens_with_name(tokens, i - 1):
                i = after           # "Ana Ruiz, a judge, (and ...) were killed": the name is the victim, counted at the verb
                continue
            num = NumberPhrase(1, 1, 1, "exact", i, i + 1)
        else:
            unit = num.end + 1 if num.end < n and tokens[num.end].text == "-" else num.end
            if unit + 1 < n and tokens[unit].low in ("year", "years", "month", "months", "week", "weeks", "day", "days") \
                    and tokens[unit + 1].low in ("old", "-old"):
                i = unit + 2        # "a six year old boy", "a 6-month old baby": an age, not a count
                continue
            if num.end < n and tokens[num.end].low in _MONTHS or num.start > 0 and tokens[num.start - 1].low in _MONTHS:
                i = num.end         # "on 13 July", "on July 13": a date
                continue
            if num.end < n and tokens[num.end].low in _TIME_UNITS:
                i = num.end         # "four days later", "two hours after": a span of time, nobody counted
                continue
            if num.end == num.start + 1 and _YEAR.fullmatch(tokens[num.start].text) and num.start > 0 \
                    and tokens[num.start - 1].low in ("the", "a", "in", "since", "of", "until", "by", "its", "their") \
                    and num.end < n and tokens[num.end].low not in ROLES:
                i = num.end         # "who had signed the 2016 peace agreement", "in 2019 elections": a year
                continue
            if num.end + 1 < n and tokens[num.end].low == "head" and tokens[num.end + 1].low == "of":
                i = num.end         # "40 head of cattle": beasts counted by the head
                continue
            role, after = _noun_after(tokens, num.end)
        person = role is not None     # counted by a noun of people ("270 servicemen"), not a bare number
        j = num.end
        if figures and j < n and (tokens[j].low in _SEVERITY or tokens[j].low == "by" and j + 1 < n and tokens[j + 1].low != "the") \
                and num.start > 0 and tokens[num.start - 1].text in (",", "–", "—", "(", "and"):
            fig = _make(num, figures[-1].role, figures[-1].status, tokens, j + 1, text, sent_index,
                        part_of=_root(figures, len(figures) - 1))
            figures.append(fig)          # "40 were injured, four seriously": four of the 40
            i = j + 1
            continue
        verb = _verb_before(tokens, num.start)
        if verb is None and single is None and num.start > 0 and tokens[num.start - 1].low == "by" \
                and not _TOLL_WORDS.search(text, tokens[0].start, tokens[-1].end):
            i = max(num.end, i + 1)     # "stopped by two gunmen ... and shot dead": the agents, not the victims
            continue
        status: str | None = None
        end_tok = after
        part_of: int | None = None
        if role is None:
            nxt = tokens[j].low if j < n else "."
            if nxt == "more" and j + 2 < n and tokens[j + 1].low == "of" and tokens[j + 2].low in ("the", "them", "those", "whom"):
                j, nxt = j + 1, "of"    # "two more of the wounded died": two of the wounded, as after them
            if nxt == "lives" and num.start > 0 and tokens[num.start - 1].low in _TOOK_LIVES:
                role, after, end_tok, status = "people", j + 1, j + 1, "killed"    # "claim 23 lives", "cost six lives"
            elif verb and (nxt in _AFTER_BARE or not tokens[j].text[0].isalpha() if j < n else True):
                role, after, end_tok = "people", j, j
                if num.start > 0 and tokens[num.start - 1].low == "all":
                    # "engaged the gunmen, killing all three": the group named before
                    groups = [(tokens[m].low, m + 1 < n and tokens[m + 1].low in _AGENT_VERBS)
                              for m in range(num.start - 2, -1, -1)
                              if tokens[m].low in ROLES and tokens[m].low.endswith(("s", "men"))]
                    # (not those who fired: "The labourers were asleep when the gunmen broke in and opened
                    # fire, killing all six"; "Troops engaged the gunmen, killing all three")
                    named = next((g for g, agent in groups if not agent), groups[0][0] if groups else None)
                    role = ROLES[named] if named else role
            elif nxt == "martyrs" and j + 1 < n and tokens[j + 1].low in ("in", "as", "after", "from"):
                role, after, end_tok, status = "people", j + 1, j + 1, "killed"     # "Two martyrs in Israeli strike on car"
            elif nxt in ("martyr", "martyrs") and (j + 1 >= n or tokens[j + 1].low in ("and", ",", ".", ";", "were")
                                                    or j + 2 < n and tokens[j + 1].low == "so" and tokens[j + 2].low == "far"
                                                    and (j + 3 >= n or tokens[j + 3].low in (",", "and", ".", ";"))) \
                    and not num.vague:
                # a Lebanese or Palestinian count of the dead beside the wounded: "one martyr and four wounded",
                # "left two martyrs, including a child" (not "the Martyrs' Square", "the al-Aqsa Martyrs Brigades")
                role, after, end_tok, status = "people", j + 1, j + 1, "killed"
            elif nxt == "from" and (fam := _one_family_end(tokens, j + 1)) and _status_after(tokens, fam, 3)[0]:
                role, after = "people", fam     # "Six from one family killed in Shujaiya strike"
            elif nxt == "," and j + 1 < n and tokens[j + 1].low in ("including", "among") and not num.vague \
                    and (num.start == 0 or tokens[num.start - 1].low in ("and", "while", "but")
                         or num.start > 1 and tokens[num.start - 1].text == "," and tokens[0].low in ("in", "on", "at")
                         and not any(tk.low in KILL_VERBS or tk.low in INJURE_VERBS for tk in tokens[:num.start])) \
                    and _status_after(tokens, _skip_parenthetical(tokens, j))[0]:
                role, after = "people", j   # "one was killed and 22, including security personnel, were injured"
            elif verb and j < n and tokens[j - 1].low != "of" and _plain_kill(tokens, num.start) and _plain_plural(tokens, j):
                role, after = "people", _plain_plural(tokens, j)    # "killing two vendors", "wounding three local traders"
            elif j + 2 < n and nxt.endswith("s") and nxt.isalpha() and nxt not in _NOT_PERSON \
                    and tokens[j + 1].low == "to" and tokens[j + 2].low == "death":
                role, after = "people", j + 1      # "hack two shopkeepers to death"
            elif nxt in _STATUS_ADJ and j + 1 < n and tokens[j + 1].low in ROLES and tokens[j + 1].low.endswith(("s", "men", "ren", "people")) \
                    and (num.best or 0) >= 2 and not num.vague and not (num.start > 0 and tokens[num.start - 1].low in _ANAPHORIC_BEFORE):
                # "leaving three wounded policemen", "evacuated 12 injured soldiers" (not "the two wounded
                # soldiers", told of already)
                role, after, end_tok, status = ROLES[tokens[j + 1].low], j + 2, j + 2, _STATUS_ADJ[nxt]
            elif nxt in ("die", "dies", "died", "perish", "perished") and (
                    num.start == 0 or not tokens[num.start - 1].text[0].isalnum()
                    or tokens[num.start - 1].low in ("remaining", "further", "additional", "other")
                    or tokens[num.start].low == "another"):
                # ("... and the remaining three died in hospital": further victims)
                role, after, end_tok, status = "people", j + 1, j + 1, "killed"     # "Six die in shelling"
            elif nxt in STATUS_NOUNS and not (nxt in ("bodies", "corpses") and any(
                    tokens[k].low in _BURIED for k in range(j + 1, min(n, j + 4)))) \
                    and (j + 1 >= n or tokens[j + 1].low not in ROLES and tokens[j + 1].low not in _NOT_PERSON and (
                    nxt in _NOUN_STATUS or not read_number(tokens, j + 1))) and (
                    nxt not in _SINGULAR_STATUS or j + 1 >= n or not tokens[j + 1].text[0].isalpha()
                    or tokens[j + 1].low in _AFTER_BARE):
                # "14 fatalities", "21 dead 15 injured", "one death." (not "two death threats")
                role, after, end_tok, status = "people", j + 1, j + 1, STATUS_NOUNS[nxt]
            elif nxt in _BE and _status_after(tokens, j, 4)[0] and (j + 1 >= n or tokens[j + 1].low != "among"):
                role, after = "people", j
            elif nxt in SUFFER_VERBS and _suffered(tokens, j)[0]:
                role, after = "people", j
            elif nxt in ("received", "sought", "needed", "required") and j + 2 < n and tokens[j + 1].low == "medical" \
                    and _status_after(tokens, j, 3)[0] and not habitual(tokens, j + 3):
                role, after = "people", j   # "two died and more than 30 received medical care"
            elif nxt in _INJURY_ADJ and j + 1 < n and tokens[j + 1].low in ("injury", "injuries", "wound", "wounds"):
                role, after, end_tok, status = "people", j + 2, j + 2, "injured"     # "resulted in one minor injury"
            elif nxt == "(" and _status_after(tokens, _skip_parenthetical(tokens, j), 4)[0]:
                role, after = "people", j
            elif nxt in ("others", "more"):
                role, after = "people", j + 1
                if after < n and tokens[after].low in ROLES and tokens[after].low.endswith("s"):
                    role, after = ROLES[tokens[after].low], after + 1     # "10 others civilians"
                elif nxt == "more" and after < n and tokens[after].low in _NOUN_STATUS and tokens[after].low != "injuries":
                    status, after = STATUS_NOUNS[tokens[after].low], after + 1     # "recovered two more bodies"
                end_tok = after
            elif nxt == "of" and j + 2 < n and (read_number(tokens, j + 1) or tokens[j + 1].low == "the" and read_number(tokens, j + 2)) \
                    and _noun_after(tokens, (read_number(tokens, j + 1) or read_number(tokens, j + 2)).end)[0]:
                # "27 of 28 passengers died", "10 of the 18 officers are killed": the first is the count
                whole_num = read_number(tokens, j + 1) or read_number(tokens, j + 2)
                role, after = _noun_after(tokens, whole_num.end)
                if num.start > 0 and tokens[num.start - 1].low in _HANDLED_DEAD and after < n and tokens[after].low in KILLED_AFTER:
                    num = whole_num     # "Relatives buried four of the eight people killed": the eight are the dead
                elif after + 1 < n and tokens[after].low in ("injured", "wounded") and _status_after(tokens, after + 1, 3)[0] == "killed":
                    # "one of four children injured has died": the wounded describe the whole, who
                    # were hurt (four), and the one of them who died is a death
                    figures.append(_make(whole_num, role or "people", "injured", tokens, after + 1, text, sent_index))
                    after += 1
            elif nxt == "of" and j + 1 < n and tokens[j + 1].low in ROLES:
                role, after = ROLES[tokens[j + 1].low], j + 2      # "two of bodyguards"
            elif nxt == "of" and j + 2 < n and (tokens[j + 1].low in _DETERMINERS or tokens[j + 1].low in ("our", "my", "your")) and (
                    verb or _noun_after(tokens, j + 2)[0] or tokens[j + 2].low.endswith("s") and tokens[j + 2].low.isalpha()
                    and tokens[j + 2].low not in _NOT_PERSON and _status_after(tokens, j + 3, 4)[0]):
                # "two of his bodyguards", "three of his companions were killed"
                r2, a2 = _noun_after(tokens, j + 2)
                if r2 is None and _destroy_verb_before(tokens, num.start):
                    i = max(j, i + 1)
                    continue        # "destroyed two of their hideouts": things, not people
                role, after = r2 or "people", a2 if r2 else j + 3
            elif nxt == "of" and j + 1 < n and tokens[j + 1].low == "us" and _status_after(tokens, j + 2, 4)[0]:
                role, after = "people", j + 2      # "Eleven of us were wounded": a witness's own group
            elif nxt == "of" and j + 1 < n and tokens[j + 1].low in ("them", "whom", "those", "the"):
                # "six of them children", "two of the dead"
                k = j + 2 + (1 if tokens[j + 1].low == "the" and j + 2 < n and tokens[j + 2].low in ("dead", "victims", "injured", "wounded") else 0)
                r2, a2 = _noun_after(tokens, k)
                if r2 is None and _destroy_verb_before(tokens, num.start):
                    i = max(j, i + 1)
                    continue        # "Air defence destroyed 26 of them" (the drones)
                group = tokens[j + 2].low if tokens[j + 1].low == "the" and j + 2 < n else ""
                earlier = {"dead": "killed", "victims": "killed", "killed": "killed", "injured": "injured",
                           "wounded": "injured"}.get(group)
                # a share of a count already given ("two of the dead"); "one of the victims died"
                # with no count before it in the sentence is a death of its own
                whole = bool(figures) and not (r2 == "attackers" and figures[-1].role != "attackers" and not _SUB_MARKER_BEFORE.search(
                    text, tokens[max(0, num.start - 3)].start, tokens[num.start].start)
                    and _status_after(tokens, a2 if r2 else k, 4)[0] == "killed"
                    and not (a2 + 1 < n and tokens[a2].low in ("among", "including") or a2 + 1 < n and tokens[a2 + 1].low == "among")) \
                    or earlier is not None and not (group == "victims" and _status_after(tokens, a2 if r2 else k, 4)[0])
                # ("killing three soldiers, and five of the attackers were killed": more dead, of the other side)
                aside_end = None
                at = a2 if r2 else k        # where the noun phrase ends
                if not figures and not earlier:
                    # "killing 4 of them", "26 of the hostages were killed"
                    earlier = _verb_before(tokens, num.start) or _status_after(tokens, at)[0]
                    if earlier is None and at < n and tokens[at].text in ",(–—" \
                            and (past := _skip_parenthetical(tokens, at)) != at:
                        # "Twelve of the defenders, including nine VDP, were killed"; "Twelve of the
                        # defenders, nine VDP and three soldiers, lost their lives"
                        earlier = _status_after(tokens, past)[0]
                        if _numbered_aside(tokens, at, past, num):
                            aside_end = past
                        elif _apposition_end(tokens, at) == past:
                            skip_to = past      # "Two of the hostages, a nurse and her son, were killed": the same two
                head = {"wounded": "injured", "injured": "injured", "dead": "killed"}.get(tokens[num.start - 2].low) \
                    if num.start >= 3 and tokens[num.start - 1].text == "," and tokens[num.start - 3].low == "the" \
                    and tokens[j + 1].low == "them" and r2 is not None else None
                if head is not None and (not figures or figures[-1].status != head):
                    # "The driver was killed; the wounded, three of them children, ...": who the wounded
                    # were, not more of the dead
                    figures.append(_make(num, r2, head, tokens, a2, text, sent_index))
                    i = a2
                    continue
                own_status = _status_after(tokens, _skip_parenthetical(tokens, a2 if r2 else k), 4)[0] \
                    if figures or earlier == "injured" else None     # ("one of the wounded, a police officer, died")
                told_as = earlier if group in ("injured", "wounded") else figures[-1].status if figures else earlier
                if own_status is not None and own_status != told_as:
                    # ("one of the wounded later died": a death, not one more of the wounded)
                    # "Two officers were injured, one of them died in hospital": a death of its own
                    fig = _make(num, r2 or "people", own_status, tokens, a2 if r2 else k, text, sent_index)
                    figures.append(fig)
                    i = a2 if r2 else k
                    continue
                verb_here = _verb_before(tokens, num.start) if figures else None
                if verb_here is not None and _new_clause_since(tokens, figures[-1].end, num.start):
                    # "killing six policemen; security forces killed three of the attackers": a count of its own
                    figures.append(_make(num, r2 or "people", verb_here, tokens, a2 if r2 else k, text, sent_index))
                    i = a2 if r2 else k
                    continue
                if verb_here is not None and verb_here != figures[-1].status and not _SUB_MARKER_BEFORE.search(
                        text, tokens[max(0, num.start - 3)].start, tokens[num.start].start):
                    # "several guards were wounded and the death of two of the attackers": a status of its own
                    figures.append(_make(num, r2 or "people", verb_here, tokens, a2 if r2 else k, text, sent_index))
                    i = a2 if r2 else k
                    continue
                if figures or earlier:
                    status = figures[-1].status if figures else earlier
                    role2 = r2 or _role_after_be(tokens, a2 if r2 else k) or "people"
                    if not figures and role2 == "people" and tokens[j + 1].low == "them":
                        # "exchanged fire with the attackers and killed five of them": the group named before
                        before = next((tokens[m].low for m in range(num.start - 1, -1, -1)
                                       if tokens[m].low in ROLES and tokens[m].low.endswith(("s", "men"))
                                       and not (m + 1 < n and tokens[m + 1].low in _AGENT_VERBS)), None)
                        role2 = ROLES[before] if before else role2
                    fig = _make(num, role2, status, tokens, a2 if r2 else k, text, sent_index,
                                part_of=(_root(figures, len(figures) - 1) if figures else -1) if whole else None)
                    figures.append(fig)
                    if aside_end is not None and earlier is not None:
                        bracket = (len(figures) - 1, tokens[aside_end - 1].start)    # its breakdown, between the commas
                    i, skip_to = max(at, skip_to), 0
                    continue
                i = max(j, i + 1)
                continue
            else:
                generic = _generic_noun_status(tokens, j)
                if generic is None and verb is None and _continues_list(tokens, num.start) and last_verb \
                        and num.start - last_verb_at <= 10 and j < n and tokens[j].text[0].islower() \
                        and not tokens[j].low.endswith(("ed", "ing")) and tokens[j].low not in _BE \
                        and tokens[j].low not in _NOT_PERSON and tokens[j].low not in _PLACE_NOUNS \
                        and tokens[last_verb_at].low in _PLAIN_KILL | INJURE_VERBS:
                    generic = j + 1   # "killing a man and his two sisters"
                if generic is None:
                    i = max(j, i + 1)
                    continue
                role, after = "people", generic
        if status is None and verb:
            status = verb
        if status in (None, "injured") and after + 1 < n and tokens[after].text == "," and verb:
            for past in range(after + 2, min(n - 2, after + 10)):
                if tokens[past].text == ",":
                    if tokens[past + 1].low == "to" and tokens[past + 2].low == "death":
                        after = past + 1    # "stabbed his neighbour, a police officer, to death"
                    break
                if not tokens[past].text[0].isalnum() and tokens[past].text != "-" or tokens[past].low in KILL_VERBS:
                    break
        if status in (None, "injured") and after + 1 < n and tokens[after].low == "to" and tokens[after + 1].low == "death" \
                and num.start > 0 and (verb or tokens[num.start - 1].low.startswith(_TO_DEATH_STEMS)):
            # "hacked four farmers to death", "stabbing two people to death", "hack three soldiers to death"
            status, end_tok = "killed", after + 2
        lives_at = after + 1 if after + 1 < n and tokens[after].low == "their" else after
        if status is None and lives_at < n and tokens[lives_at].low in ("lives", "life") and num.start > 0 \
                and tokens[num.start - 1].low in ("claimed", "claiming", "claims", "claim", "took", "taking", "cost", "costing"):
            status, end_tok = "killed", lives_at + 1    # "claimed seven civilians' lives", "cost 12 soldiers their lives"
        if status is None and after + 1 < n and tokens[after].low == "with" and (
                num.start > 0 and tokens[num.start - 1].low in ("left", "leaving", "leaves", "received", "receiving",
                                                                 "receives", "admitted", "treated", "treating")
                or _cared_for_after(tokens, after + 1)) \
                and any(tk.low in _INJURY_NOUNS for tk in tokens[after + 1:after + 4]):
            status, end_tok = "injured", next(m + 1 for m in range(after + 1, after + 4) if tokens[m].low in _INJURY_NOUNS)
            # "the shelling left two people with shrapnel wounds"
        if status is None and after + 2 < n and tokens[after].low == "and" and tokens[after + 1].low in ROLES \
                and tokens[after + 2].low in _STATUS_ADJ and num.start > 0 \
                and tokens[num.start - 1].low in ("left", "leaving", "leaves"):
            status, end_tok = _STATUS_ADJ[tokens[after + 2].low], after + 3   # "left 45 soldiers and rebels dead"
            role = role if ROLES[tokens[after + 1].low] == role else "people"
        if status is None and after < n and tokens[after].low == "alive" and num.start > 0 \
                and tokens[num.start - 1].low in ("burned", "burnt", "burning", "burn", "burns"):
            status, end_tok = "killed", after + 1    # "burned eight people alive"
        if status is None:
            look = _skip_parenthetical(tokens, after)
            st, end2 = _status_after(tokens, look)
            if st is None and person:
                st, end2 = _destroyed_after(tokens, look)
            if st is None and look + 2 < n and tokens[look].low in ("have", "has", "had") \
                    and tokens[look + 1].low in ("sustained", "suffered", "received"):
                look += 1       # "three family members have sustained wounds"
            if st is None and look + 2 < n and tokens[look].low == "who":
                # "four villagers who tried to resist suffered gunshot wounds": past the relative clause; "a man
                # who suffered burns was flown to Pemba": the clause tells it
                verb = next((m for m in range(look + 1, min(n, look + 9)) if tokens[m].low in ("sustained", "suffered")
                             or not tokens[m].text[:1].isalnum()), None)
                if verb is not None and tokens[verb].text[:1].isalnum():
                    look = verb
            if st is None and look + 1 < n and tokens[look].low in ("sustained", "suffered", "received"):
                st, end2 = _suffered(tokens, look)
            if st is None and look > after + 2 and tokens[after].low == "who" and tokens[after + 1].low in ("sustained", "suffered"):
                st, end2 = _suffered(tokens, after + 1)     # "a man who suffered burns was flown to Pemba"
                look = after if st else look
            if st is None and not (last_verb and after + 1 < n and tokens[after].text == "," and tokens[after + 1].low == "and"
                                   and _continues_list(tokens, num.start) and num.start - last_verb_at <= 10):
                # (not "were 24 soldiers and 4 civilians, and 235 others were wounded": the list had its verb)
                st = _coordinated_status(tokens, after)
                end2 = after
            if st:
                status, end_tok = st, (after if look != after else end2)
                if look != after and tokens[after].text == "," and _apposition_end(tokens, after) == look:
                    after = look    # the apposition names the same victims: read on after it
                if look != after and (tokens[after].text == "(" or _numbered_aside(tokens, after, look, num)
                                      and (bracket is None or bracket[1] < tokens[num.start].start)):
                    # its breakdown follows, inside the brackets or between the commas ("Twelve of the
                    # defenders, nine VDP and three soldiers, lost their lives")
                    bracket = (len(figures), tokens[look - 1].start)
                elif look != after and tokens[after].low in _NP_PREPS \
                        and not any(tk.low in ("and", "or") or tk.text == "," for tk in tokens[after:look]):
                    skip_to = end2      # "a commander of a militia was killed": nobody else in the "of" phrase
                elif look != after and tokens[after].low in _NP_PREPS:
                    comma = next((m for m in range(after + 1, look) if tokens[m].text == ","), None)
                    if comma is not None and not any(tk.low in ("and", "or") for tk in tokens[after:comma]) \
                            and _apposition_end(tokens, comma) == look:
                        skip_to = end2  # "Two members of the family, a father and his son, were killed": the same two
        if status is None and after + 3 < n and tokens[after].low in ("were", "was") and tokens[after + 1].low == "among" \
                and tokens[after + 2].low == "the" and tokens[after + 3].low in _DEAD_GROUPS:
            # "Five children were among the dead": who some of the dead were (a breakdown, see totals)
            fig = _make(num, role, _DEAD_GROUPS[tokens[after + 3].low], tokens, after + 4, text, sent_index)
            fig.breakdown = True
            figures.append(fig)
            i = after + 4
            continue
        if status is None and after + 4 < n and tokens[after].low in ("were", "was") and tokens[after + 1].low == "among" \
                and tokens[after + 2].low in ("those", "the") and tokens[after + 3].low in ("killed", "wounded", "injured", "hurt") \
                or status is None and after + 5 < n and tokens[after].low in ("were", "was") and tokens[after + 1].low == "among" \
                and tokens[after + 2].low == "those" and tokens[after + 3].low in ("who", "that") \
                and tokens[after + 4].low in ("died", "were") and (tokens[after + 4].low == "died" or tokens[after + 5].low in (
                    "killed", "wounded", "injured")):
            # "five children were among those killed", "... among those who died": the same breakdown
            k = after + 3 if tokens[after + 3].low not in ("who", "that") else after + 4 + (tokens[after + 4].low == "were")
            fig = _make(num, role, _DEAD_GROUPS.get(tokens[k].low, "killed"), tokens, k + 1, text, sent_index)
            fig.breakdown = True
            figures.append(fig)
            i = k + 1
            continue
        # "Six children were among 14 people killed": a sub-count of the next figure.
        if status is None and after + 1 < n and (tokens[after].low in ("were", "was") and tokens[after + 1].low == "among"
                                                 or tokens[after].low == "among"):
            # (also a headline's list without a verb: "5 soldiers, 7 civilians among 12 dead")
            nxt_num = read_number(tokens, after + (1 if tokens[after].low == "among" else 2))
            if nxt_num:
                r2, a2 = _noun_after(tokens, nxt_num.end)
                st2, e2 = _status_after(tokens, a2 if r2 else nxt_num.end)
                if st2:
                    whole = _make(nxt_num, r2 or "people", st2, tokens, e2, text, sent_index)
                    sub = _make(num, role, st2, tokens, after, text, sent_index)
                    figures.append(whole)
                    sub.part_of = len(figures) - 1
                    start = tokens[num.start].start
                    for f in reversed(figures[:-1]):
                        if f.sentence != sent_index or f.part_of is not None or text[f.end:start].strip(" ,") not in ("", "and"):
                            break
                        f.part_of, f.status, start = len(figures) - 1, st2, f.start   # the list's earlier items
                    figures.append(sub)
                    i = e2
                    continue
        own = bool(status is not None and figures and status != figures[-1].status
                   and _status_after(tokens, after, 4)[0])     # "...and 32 others were wounded"
        if figures and status and num.start > 0 and tokens[num.start - 1].low == "only" \
                and any(tk.low in _SEVERITY for tk in tokens[num.end:min(n, end_tok + 1)]) \
                and any(f.status == status and f.part_of is None for f in figures):
            part_of = _root(figures, max(x for x, f in enumerate(figures) if f.status == status and f.part_of is None))
            # "17 were injured, although only two were seriously hurt": two of them
        elif figures and status in (None, figures[-1].status) and figures[-1].part_of is None and num.start > 0 \
                and tokens[num.start - 1].text == "," and num.best is not None and num.best < (figures[-1].best or 0) \
                and figures[-1].sentence == sent_index and _in_condition(tokens, num.end):
            part_of = len(figures) - 1  # "Two women injured, one in serious condition": one of the two
            status = figures[part_of].status
        elif bracket is not None and bracket[0] < len(figures) and tokens[num.start].start < bracket[1] \
                and not _cannot_include(figures[_root(figures, bracket[0])].role, role):
            part_of = _root(figures, bracket[0])        # "(2 guards, 2 nurses and 3 civilians)"
            status = figures[part_of].status
            bracketed.add(part_of)
        elif figures and num.start > 0 and tokens[num.start - 1].text == "," and any(
                tokens[x].low == "among" and tokens[x + 1].low in ("them", "whom", "those") for x in range(num.end, min(n - 1, after + 1))):
            part_of = _root(figures, len(figures) - 1)     # "killed 22 people, five children among them"
            status = figures[part_of].status
        elif _is_sub_marker(tokens, num.start) and figures and not (
                tokens[num.start - 1].low == "as" and figures[-1].part_of is None) \
                and not (tokens[num.start - 1].low == "as" and status is not None
                         and status != figures[_root(figures, len(figures) - 1)].status):
            # ("killing two soldiers, as well as two civilians": more victims, unless inside an "including" list; and
            # "the bodies of nine people, including three children, ..., as well as 16 wounded": a count of its own)
            part_of = _root(figures, len(figures) - 1)
            status = figures[part_of].status     # the aside describes the figure it hangs on
        elif figures and not own and (marker := _inside_including(tokens, num.start)) is not None:
            part_of = _root(figures, len(figures) - 1)
            owner = [x for x, f in enumerate(figures) if f.part_of is None and f.end <= tokens[marker].start]
            if owner and owner[-1] != part_of:
                part_of = owner[-1]     # "two civilians, including a nurse, four guards and a soldier": the civilians' list
            status = figures[part_of].status
            if part_of in beside or _cannot_include(figures[part_of].role, role):
                part_of = None      # "three civilians, including a child, three guards and a soldier": more victims
                beside.add(len(figures))

        elif figures and figures[-1].part_of is not None and not own and num.start > 0 and (
                tokens[num.start - 1].low == "and" or tokens[num.start - 1].text == "," and (status is None or status == figures[-1].status)
                and not (after < n and tokens[after].low in _BE)) and (
                tokens[num.start - 1].start - figures[-1].end <= 1 or tokens[num.start - 1].low == "and"
                and _short_phrase_between(tokens, figures[-1].end, num.start - 1)):
            part_of = figures[-1].part_of       # "including two children and three officials", "3 from X and 2 from Y"
            status = figures[-1].status
            if _cannot_include(figures[part_of].role, role):
                part_of = None
                beside.add(len(figures))
        colon = num.start > 0 and tokens[num.start - 1].text in (":", "–", "—") and bool(figures) \
            and tokens[num.start - 1].start <= figures[-1].end + 1 and (figures[-1].best or 0) >= 2 \
            and (tokens[num.start - 1].text == ":" or tokens[num.start - 1].start > figures[-1].end
                 and tokens[num.start].start > tokens[num.start - 1].end)  # "Seven were hurt: six soldiers and a child" (not "40–50")
        if not colon and figures and figures[-1].part_of is not None and num.start > 0 and tokens[num.start - 1].low == "and" \
                and any(tk.text in ("–", "—") for tk in tokens[max(0, num.start - 12):num.start]) and tokens[after:after + 1] \
                and tokens[after].text in ("–", "—"):
            colon = True        # "– two Israelis and three foreign workers –": the aside goes on
        after_aside = num.start > 1 and tokens[num.start - 1].low == "and" and tokens[num.start - 2].text == "," \
            and bool(figures) and (single is None and figures[-1].part_of is not None
                                   or _APPOSITION_START.match(text, figures[-1].end) is not None)
        # ("three civilians, including a child, and 11 soldiers"; "Omar Said, the leader of the cell, and his deputy")
        after_aside = after_aside or num.start > 1 and tokens[num.start - 1].text == "," and tokens[num.start - 2].text == ")" \
            and bool(figures) and figures[-1].part_of is not None     # "182 civilians (171 of them Muslims), twelve policemen"
        if status is None and (_continues_list(tokens, num.start) or colon) and last_verb and (
                num.start - last_verb_at <= 10 or num.start - last_item_at <= 6 or after_aside or _after_participle(tokens, figures, num.start)
                or figures and not any(f.part_of is not None for f in figures)
                and num_end_index(tokens, figures[-1].end) >= num.start - 2) \
                and figures and figures[-1].status == last_verb and not (after < n and (tokens[after].low in _BE
                                                                                       or tokens[after].low.endswith("ed")
                                                                                       and tokens[after].low != "aged"
                                                                                       or tokens[after].low == "born"
                                                                                       or any(tk.low in ("said", "says", "told")
                                                                                              for tk in tokens[after:after + 2]))) \
                and not _own_verb_after(tokens, after) \
                and not (after < n and tokens[after].low.endswith("ing") and tokens[after].low not in _PLAIN_KILL
                         and tokens[after].low not in _PLAIN_INJURE and tokens[after].low not in ROLES
                         and tokens[after].low not in _ING_PREPOSITIONS
                         and (after + 1 >= n or tokens[after + 1].low not in _OBJECT_STARTS)) \
                and not any(tokens[m].low in ("as", "when", "while", "after", "before", "because", "since", "between")
                            and not (tokens[m].low == "as" and "well" in (tokens[m - 1].low, tokens[min(m + 1, n - 1)].low))
                            for m in range(last_verb_at + 1, num.start)):
            status = last_verb   # "killing two soldiers, a policeman and a guard" (not "... was killed as a man and two women attacked")
            last_item_at = num.start     # each item of the list carries the verb on to the next
            prev = figures[-1]
            if tokens[num.start - 1].text in (",", ":", "–", "—") and prev.part_of is None and prev.role in ("people", "civilians", "soldiers") \
                    and (prev.best or 0) >= 2 and num.best is not None and num.best < prev.best \
                    and tokens[num.start - 1].start <= prev.end + 1:
                part_of = len(figures) - 1      # "72 migrants were executed, 58 men and 14 women": who they were
                appositions.add(part_of)
        if status is None and figures and num.start > 0 and tokens[num.start - 1].low == "and" and num.end < n \
                and tokens[num.end].low in ("others", "more") and figures[-1].status and figures[-1].part_of is None \
                and figures[-1].sentence == sent_index and (num.end + 1 >= n or tokens[num.end + 1].low in _ELLIPSIS_NEXT
                                                            or not tokens[num.end + 1].text[0].isalnum()) \
                and not _own_verb_after(tokens, num.end + 1):
            status = figures[-1].status     # "17 soldiers died on the first day and four others the next day"
        if status is None and role is not None and (num.best or 0) >= 2 and (them := _them_after(tokens, num.start, after)) is not None:
            status, end_tok = them      # "opened fire on three farmers, killing them"
        if status is None and role is not None and num.start >= 2 and tokens[num.start - 1].low == "of" \
                and tokens[num.start - 2].low in _BODY_NOUNS and not _handed_over_after(tokens, num.end) \
                and not any(tokens[m].low.startswith(_HANDOVER) for m in range(max(0, num.start - 5), num.start - 2)):
            # (not "Ukraine received the bodies of 212 fallen soldiers in an exchange": a handover; but "received
            # 30 wounded and the bodies of 9 others", a hospital's intake, is a toll)
            status = "killed"   # "received 45 wounded people and the bodies of 12 others": the bodies are dead
        if status is None:
            i = max(after, i + 1)
            continue
        named_first = _name_before_and(tokens, num.start, figures) if part_of is None and num.start > 1 \
            and tokens[num.start - 1].low == "and" else None
        if named_first is None and part_of is None and num.start > 2 and tokens[num.start - 1].low in _DETERMINERS \
                and tokens[num.start - 2].low == "and" and _status_after(tokens, after)[0] == status:
            named_first = _person_before_and(tokens, num.start - 1, figures)
        elif named_first is None and part_of is None and num.start > 2 and tokens[num.start - 1].low == "and" \
                and num.end + 1 < n and tokens[num.end].low == "of" and tokens[num.end + 1].low in ("his", "her", "their") \
                and _status_after(tokens, after)[0] == status:
            named_first = _person_before_and(tokens, num.start, figures)     # "the mayor and two of his guards"
        if role == "people" and _things_after(tokens, num.end):
            i = max(after, i + 1)
            continue            # "2 women were injured and 3 private houses damaged": houses, not people
        if named_first is not None:
            # "Captain Ruiz and nine agents were killed": the named one is a victim too
            figures.append(_make(NumberPhrase(1, 1, 1, "exact", named_first, named_first + 1), "people", status,
                                 tokens, num.start - 1, text, sent_index))
        if (bracket is None or bracket[1] < tokens[num.start].start) and part_of is None and after + 1 < n \
                and tokens[after].text == "(" and read_number(tokens, after + 1):
            close = _skip_parenthetical(tokens, after)
            bracket = (len(figures), tokens[close - 1].start)   # "killing 15 (10 civilians and 5 police)"
        if status == "injured" and num.start >= 2 and tokens[num.start - 1].low == "of" and tokens[num.start - 2].low in _BODY_NOUNS:
            status = "killed"   # "received the bodies of four people and treated 19 wounded": the bodies are dead
        fig = _make(num, role, status, tokens, end_tok, text, sent_index, part_of=part_of)
        if part_of is None and _contrasts_earlier(tokens, figures, status, num.start):
            fig.alternative = True      # "..., though some reported up to 200 dead"
        figures.append(fig)
        i = max(after, num.end, i + 1, skip_to)
        skip_to = 0
    # the sentence lower-cased once: a cheap gate for each pass below (most sentences need none)
    low_sent = text[tokens[0].start:tokens[-1].end].lower() if figures and tokens else ""
    if figures and tokens and (tokens[0].low in _ADDING_OPENERS or tokens[0].low == "in" and len(tokens) > 1 and tokens[1].low == "addition"
                               or ("second" in low_sent or "third" in low_sent) and _ANOTHER_HIT.search(low_sent)):
        for f in figures:
            f.adds = True           # "In addition, a soldier was killed", "a second drone hit rescuers, killing one": more victims
    elif figures and "also" in low_sent:
        for k, t in enumerate(tokens):
            if t.low != "also":
                continue
            # "IS also executed 15 in the city", "IS also kidnapped 300 and executed 15": the count after the verb
            v = next((m for m in range(k + 1, min(len(tokens) - 1, k + 12)) if tokens[m].low in KILL_VERBS or tokens[m].low in _PLAIN_KILL
                      or tokens[m].text in (".", ";", ":")), None)
            if v is None or tokens[v].text in (".", ";", ":") or v > k + 1 and tokens[v - 1].low != "and":
                continue
            for f in figures:
                if f.part_of is None and f.status == "killed" and tokens[v].end < f.start <= tokens[v + 1].start + 12:
                    f.adds = True
    if "among" in low_sent or "includ" in low_sent:
        _among_counted(figures, tokens)
        _breakdowns_inside(figures)
    if "injur" in low_sent or "wound" in low_sent or "hurt" in low_sent:
        _split_combined(figures, text)
    if "stab" in low_sent and len(figures) > 1:
        _attacked_then_split(figures, text)
    if figures and " in " in low_sent and _BREAKDOWN_MARK.search(low_sent):
        figures = _town_breakdown(figures, text)
    if "died" in low_sent or "succumb" in low_sent:
        _wounded_who_died(figures, tokens, text)
    if tokens and text.find("bod", tokens[0].start, tokens[-1].end) >= 0:
        _nth_body(figures, tokens, text, sent_index)
    figures.extend(_toll_figures(tokens, text, sent_index, figures))
    if tokens and text.find("casualt", tokens[0].start, tokens[-1].end) >= 0:
        figures.extend(_casualties_split(tokens, text, sent_index, figures))
    figures.extend(_negative_figures(tokens, text, sent_index, figures))
    if tokens:
        figures.extend(_self_killed(tokens, text, sent_index, figures))
        figures.extend(_named_killing(tokens, text, sent_index, figures))
    if tokens and not figures:
        figures.extend(_headline_victim(tokens, text, sent_index) or _bare_object_victim(tokens, text, sent_index))
    elif tokens and any(t.text == ";" for t in tokens):
        # a headline's second clause with its own bare victim: "Two policemen shot dead in gunfight; militant also killed"
        last = max(f.end for f in figures)
        figures.extend(f for f in _bare_object_victim(tokens, text, sent_index)
                       if f.start > last and ";" in text[last:f.start])
    if appositions:
        _settle_appositions(figures, appositions, text)
    if len(figures) > 1:
        _kin_asides(figures, text)
    for k in bracketed:
        parts = [g for g in figures if g.part_of == k]
        if k >= len(figures) or sum(g.best or 0 for g in parts) <= (figures[k].best or 0):
            continue
        if len(parts) == 1 and _IN_TOTAL.match(text, parts[0].end):
            # "a lawyer, his daughter, his niece and his wife (four people in total)": the list's sum
            parts[0].part_of = None
            whole = figures.index(parts[0])
            listed = [g for g in figures[:whole] if g.part_of is None and g.status == parts[0].status]
            if sum(g.best or 0 for g in listed) <= (parts[0].best or 0):
                for g in listed:
                    g.part_of = whole
        elif text[figures[k].end:parts[0].start].lstrip()[:1] != "(":
            for g in parts:
                g.part_of = None    # more than the count: a list of further victims, not who they were
    if len(figures) > 1:
        _restated_in_clause(figures, text)
    if figures and len(figures) > 1 or figures and tokens and tokens[0].start < figures[0].start:
        figures = _recalled_and_claimed(figures, tokens, text)
    if len(figures) > 1 and (";" in low_sent or " while " in low_sent or " whereas " in low_sent or ", but " in low_sent):
        _rival_sources(figures, text, tokens[0].start, tokens[-1].end)
    if figures and any(f.text.isdigit() for f in figures):
        # "15 fighters were killed and 4 of their posts destroyed": a count of things, not of the dead
        figures = [f for f in figures if not (f.text.isdigit() and (m := _OF_THINGS.match(text, f.end)) is not None
                                              and (m.group(1).lower() in _PLACE_NOUNS or m.group(1).lower() in _NOT_PERSON))]
    if figures and any(_CROWD.search(f.text) for f in figures):
        # "Hundreds of mourners on Monday laid to rest a chief who was shot dead": a crowd doing something
        # is no count of dead (but "gunmen fired on hundreds of mourners, killing 12": victims)
        figures = [f for f in figures if not (_CROWD.search(f.text) and _CROWD_DID.match(text, f.end)
                                              and not _DONE_TO.search(text, max(0, f.start - 40), f.start))]
    if figures and any(" said " in f.text or " says " in f.text for f in figures):
        # "Police said the slain militants were ...": a count never spans a verb of saying
        figures = [f for f in figures if not _SAID_INSIDE.search(f.text)]
    if figures and any(f.role == "attackers" and f.best == 1 and _THE_BOMBER.match(f.text) for f in figures) \
            and "suicide" in text.lower():
        # "The bomber was also killed": a suicide bomber's own death is left out, as reports count it
        # in their toll as often as not (see tolls._SELF_KILLED)
        figures = [f for f in figures if not (f.best == 1 and f.role == "attackers" and _THE_BOMBER.match(f.text))]
    if len(figures) > 1 and any(f.best == 1 and f.text[:2].lower() in ("a ", "an") for f in figures[1:]):
        # "Two drivers employed by a contractor lost their lives": the contractor is the drivers' employer, no third dead
        figures = [f for k, f in enumerate(figures) if not (
            k and f.best == 1 and f.text[:2].lower() in ("a ", "an") and figures[k - 1].status == f.status
            and figures[k - 1].part_of is None and _PARTICIPLE_PHRASE.fullmatch(text, figures[k - 1].end, f.start))]
    if figures and tokens and _CORRECTION_NEEDLE.search(text, tokens[0].start, tokens[-1].end):
        # "Correction: the toll is nine, not nineteen", "nine people were killed, not 19 as reported earlier": the count
        # that replaces the one told before, lower or higher
        for f in figures:
            if f.status and f.best and (_NOT_THAT_MANY.match(text, f.end) or _CORRECTED_BEFORE.search(text, tokens[0].start, f.start)):
                f.revision = True
    if figures and " now " in low_sent and (now := _NOW_REPORTS.search(text, tokens[0].start, tokens[-1].end)) is not None \
            and not _OTHER_DEED.search(low_sent):
        for f in figures:
            if f.status and f.best and f.start >= now.end() and f.start - now.end() < 40:
                f.revision = True   # "The municipality now reports three dead and eight injured": the toll now (not "now
                #                     reports two killed in a separate strike")
    if figures and "bod" in low_sent and _RECOVERED.search(low_sent) and not _OTHER_DEED.search(low_sent):
        for f in figures:
            if f.status == "killed" and "bod" in f.text.lower():
                f.recovered = True  # "Rescuers pulled two more bodies from the rubble": found since, how a toll rose
    if figures and tokens and " and " in low_sent and "the " in low_sent:
        figures = _definite_conjuncts(figures, tokens, text, sent_index)
    if tokens and may_have_fields(tokens):
        # "Killed: 2 | Injured: 4", "Dead: a man aged 44 and a woman aged 70": a form's fields (where no verb read them)
        figures += [f for f in field_figures(tokens, text, sent_index)
                    if not any(g.status == f.status and g.start < f.end and f.start < g.end for g in figures)]
    if tokens and contains_any(text[tokens[0].start:tokens[-1].end], inverted.NEEDLES):
        figures += inverted.inverted_figures(text[tokens[0].start:tokens[-1].end], tokens[0].start, sent_index, figures)
    if len(figures) > 2 and any(t.text in ("–", "—", "-") for t in tokens):
        inverted.dash_breakdowns(text[tokens[0].start:tokens[-1].end], tokens[0].start, figures)
    if figures and " of them as " in low_sent:
        for f in figures:
            if _ONE_OF_THEM_AS.search(text, max(0, f.start - 60), f.start):
                f.breakdown = True  # "... mourned one of them as a fighter martyred": who one of the dead was
    return figures


_ONE_OF_THEM_AS = re.compile(r"\b(?:one|two|three|both|all|some) of them as (?:an? )?$", re.IGNORECASE)


def _definite_conjuncts(figures: list[Figure], tokens: list[Token], text: str, sent_index: int) -> list[Figure]:
    """One more of a count's status told with "the" beside it: "The driver and two passengers were killed",
    "injuring five rangers and the shop owner", "the other man and two police officers were injured"."""
    starts = {t.start: k for k, t in enumerate(tokens)}
    taken = [(f.start, f.end) for f in figures]
    out = list(figures)
    for f in figures:
        if not f.status or not f.best or f.part_of is not None or f.revision or f.role == "attackers":
            continue
        j = starts.get(f.start)
        if j is None:
            continue
        found = None
        if j >= 3 and tokens[j - 1].low == "and":
            found = _the_one(tokens, j - 2, backwards=True)    # "The driver and two passengers were killed"
        if found is None:
            end = next((k for k, t in enumerate(tokens) if t.start >= f.end), None)
            if end is not None and end + 2 < len(tokens) and tokens[end].low == "and" and tokens[end + 1].low == "the":
                found = _the_one(tokens, end + 1, backwards=False)  # "injuring five rangers and the shop owner"
        if found is None:
            continue
        a, b, role = found
        if any(s < tokens[b].end and tokens[a].start < e for s, e in taken):
            continue        # (counted already)
        extra = _make(NumberPhrase(1, 1, 1, "exact", a, a + 1), role, f.status, tokens, b + 1, text, sent_index)
        out.append(extra)
        taken.append((extra.start, extra.end))
    out.sort(key=lambda g: g.start)
    return out


def _the_one(tokens: list[Token], k: int, backwards: bool) -> tuple[int, int, str] | None:
    """"the [one or two words] <person>" ending (backwards) or starting at token k, told as one person, and the role
    its noun has."""
    if backwards:
        for a in range(k, max(-1, k - 4), -1):
            if tokens[a].low == "the":
                noun = tokens[k].low
                if a < k and _one_person(noun) and all(t.text[0].isalpha() for t in tokens[a:k + 1]) \
                        and (a == 0 or not tokens[a - 1].text[0].isalnum()
                             or tokens[a - 1].low in ("and", "including", "said", "says", "that", "reported")):
                    return a, k, ROLES.get(noun, "people")
                return None
        return None
    if tokens[k].low != "the":
        return None
    for b in range(k + 1, min(len(tokens), k + 4)):
        noun = tokens[b].low
        if _one_person(noun) and (b + 1 == len(tokens) or not tokens[b + 1].text[0].isalnum()
                                  or tokens[b + 1].low in ("in", "at", "near", "on")):   # (not "... and the men were taken")
            return k, b, ROLES.get(noun, "people")
        if not tokens[b].text[0].isalpha():
            return None
    return None


def _one_person(noun: str) -> bool:
    """A noun that names one person, not one who attacked ("the bomber", "the gunman")."""
    return (noun in ("man", "woman", "boy", "girl", "owner", "driver", "guard", "child")
            or ROLES.get(noun) in ("people", "soldiers", "children", "civilians")) \
        and not noun.endswith("s") and noun not in _NOT_ONE_PERSON


_NOT_ONE_PERSON = frozenset("men women children people police personnel staff security military army crew youth "
                            "faithful".split())


_CORRECTION_NEEDLE = re.compile(r"\bnot\b|\binstead of\b|\b[Cc]orrect(?:ed|ion|s|ing)\b")
_NUMBER_WORD = (r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
                r"|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred)(?:-\w+)?")
_NOT_THAT_MANY = re.compile(r"(?:\s+[\w-]+){0,4}?\s*,?\s+(?:and\s+)?(?:not|instead of)\s+(?:the\s+)?(?:(?:previously|earlier|initially)\s+"
                            r"(?:reported|announced|stated)\s+)?" + _NUMBER_WORD + r"\b(?!\s+of\b)"
                            # (not a distance or a time, "not 200 metres from", "not 20 minutes later"; nor a count disputed,
                            # "17 were killed, not seven as police claimed")
                            # ... told as a count of people or alone in its clause (not "not 30 seconds after", "not three
                            # doors away")
                            r"(?=\s*(?:[,.;:)]|$|as\b|people\b|persons\b|dead\b|deaths\b|killed\b|injured\b|wounded\b"
                            r"|victims\b|civilians\b|soldiers\b|casualties\b|fatalities\b))"
                            r"(?![^.;]{0,40}\b(?:claimed|alleged|insisted|maintained)\b)",
                            re.IGNORECASE)
_CORRECTED_BEFORE = re.compile(r"\b(?:[Cc]orrection\s*:|CORRECTION\b|corrected (?:the |its |his |her |their )?(?:figure|toll|number|count|report)s?\b)")


_SAID_INSIDE = re.compile(r"\w \b(?:said|says)\b (?!(?:to (?:be|have)|killed|dead|wounded|injured|hurt)\b)\w")   # (not "Two civilians said killed")
_THE_BOMBER = re.compile(r"the (?:suicide )?bomber\b", re.IGNORECASE)


_BREAKDOWN_MARK = re.compile(r"[:(–—]|\s-\s|including")
_APPOSITION_START = re.compile(r",\s+(?:a\s|an\s|the\s|[A-Z])")     # ", the leader of ...", ", J. Christopher Stevens,"
_TIME_UNITS = frozenset("seconds minutes hours days weeks months years decades".split())
_ADDING_OPENERS = frozenset("additionally also moreover furthermore besides separately".split())
_ANOTHER_HIT = re.compile(r"\ba (?:second|third) (?:strike|drone|missile|rocket|shell|blast|explosion|bomb|device|attack)\b")


# ("3 others accompanying him" are victims with him; "2 others fleeing" got away)
_OBJECT_STARTS = frozenset("him her them the a an his their its with".split())
# Words in -ing that are prepositions, not a verb of what the group did ("2 others fleeing")
_ING_PREPOSITIONS = frozenset("during including following regarding concerning according excluding".split())


# What may follow "and four others" when the verb is left out: a time or a place, or the clause's end
_ELLIPSIS_NEXT = frozenset("the on in at during later afterwards overnight near".split())


_DESTROYED = frozenset("destroyed liquidated eliminated neutralized neutralised".split())


_SAME_NUMBER = (("the", "same", "number"), ("a", "similar", "number"), ("a", "comparable", "number"),
                ("the", "same", "amount"), ("as", "many"))
_APPROX_BEFORE = frozenset("around about roughly nearly approximately almost some".split())


def _same_number(tokens: list[Token], i: int, earlier: Figure) -> tuple[NumberPhrase, str, str, int] | None:
    """"the same number", "a similar number", "as many" at token i, right after a verb of the other
    status than the figure before ("killing ten and injuring about the same number"): that
    figure's count again, for the verb's status. (The number phrase, role, status and the token
    after the phrase, over an "of people" that follows.)"""
    words = next((w for w in _SAME_NUMBER if i + len(w) <= len(tokens)
                  and all(tokens[i + k].low == w[k] for k in range(len(w)))), None)
    if words is None or not earlier.best or earlier.part_of is not None:
        return None
    end = i + len(words)
    if words == ("as", "many") and end < len(tokens) and tokens[end].low in ("as", "again"):
        return None         # "as many as 20" is a bound; "as many again" is more
    j = i - 1 if i > 0 and tokens[i - 1].low in _APPROX_BEFORE else i
    status = _verb_before(tokens, j)
    if status is None or status == earlier.status:
        return None
    role = "people"
    if end + 1 < len(tokens) and tokens[end].low == "of" and tokens[end + 1].low in ROLES:
        role, end = ROLES[tokens[end + 1].low], end + 2
    elif end < len(tokens) and tokens[end].low in ROLES:
        role, end = ROLES[tokens[end].low], end + 1
    v = earlier.best
    num = NumberPhrase(None, v, None, "about", j, end) if j < i or words[1] in ("similar", "comparable") \
        else NumberPhrase(earlier.low, v, earlier.high, earlier.qualifier, i, end)
    return num, role, status, end


# Verbs whose subject fired ("the gunmen broke in and opened fire", "Troops engaged")
_AGENT_VERBS = frozenset("broke opened opens fired fire attacked attack stormed storm raided raid ambushed engaged engage "
                         "shot entered arrived came exchanged returned".split())


def _new_clause_since(tokens: list[Token], end: int, k: int) -> bool:
    """A semicolon between the figure that ends at `end` and the count at k: another clause."""
    return any(t.text == ";" for t in tokens[:k] if t.start >= end)


def _named_died_of_wounds(tokens: list[Token], i: int) -> tuple[int, str, int] | None:
    """"Oleksiy Kaydanovych, 30, died from wounds in hospital", "Sergeant Ivan Petrenko died of his
    wounds": a named person (a rank, an age) who died of wounds, opening the sentence."""
    n = len(tokens)
    k = i + 1
    if k < n and tokens[k].low in ("of", "from"):
        k += 1
        if k < n and tokens[k].low in ("his", "her", "their"):
            k += 1
        if k < n and tokens[k].low in ("wounds", "injuries"):
            names = [t for t in tokens[:i] if t.text[0].isalpha()]
            if 2 <= len(names) <= 5 and all(t.is_cap or t.low.endswith(("y.o", "year-old")) for t in names) \
                    and all(t.text in ",." or t.text.isdigit() or t.text[0].isalpha() for t in tokens[:i]):
                return 0, "killed", k + 1
    return None


def _destroy_verb_before(tokens: list[Token], k: int) -> bool:
    """The count at k is the object of "destroyed" ("destroyed 26 of them"), which counts people
    only when it names them ("destroyed up to 30 servicemen")."""
    return k > 0 and (tokens[k - 1].low in ("destroyed", "destroying", "destroy", "destroys", "downed", "intercepted")
                      or k > 1 and tokens[k - 1].low == "down" and tokens[k - 2].low in ("shot", "shooting"))


def _destroyed_after(tokens: list[Token], j: int) -> tuple[str | None, int]:
    """People "destroyed", "liquidated" or "eliminated" (the words of military communiqués) are
    killed: "270 servicemen of the 24th brigade were destroyed", "about 60 invaders liquidated in
    the south". Only after a noun of people ("two tanks were destroyed" is no one's death) and only
    passive: after "were"/"been", or a headline's bare participle with nothing after it but a
    preposition ("Two soldiers destroyed a tank" is their deed, not their death). Reads past an
    "of ..." phrase to the verb."""
    n = len(tokens)
    k = j
    in_of = False
    while k < n and k - j <= 10:
        w = tokens[k].low
        if w in _DESTROYED:
            passive = tokens[k - 1].low in ("were", "was", "been") if k > j else False
            bare = k + 1 >= n or not tokens[k + 1].text[0].isalnum() or tokens[k + 1].low in _PLACE_PREPOSITIONS
            return ("killed", k + 1) if passive or bare else (None, j)
        if w == "of":
            in_of = True
        elif not (w in ("the", "were", "was", "have", "had", "been", "also", "reportedly") or tokens[k].is_cap
                  or w[:1].isdigit() or w in ("st", "nd", "rd", "th") and tokens[k - 1].low.isdigit()
                  or in_of and w.isalpha() and w not in _CLAUSE_WORDS):
            break
        k += 1
    return None, j


_PLACE_PREPOSITIONS = frozenset("in near at on during over around outside inside along across".split())
_CLAUSE_WORDS = frozenset("and or but who which that when while after because as if to".split())


def _things_after(tokens: list[Token], k: int) -> bool:
    """The count at k counts things: its head noun (after at most one adjective) is no person's,
    the last noun of its phrase ("3 private houses damaged"; not "3 cattle rustlers", "two car
    dealers", "two villages chiefs": a noun follows the thing)."""
    n = len(tokens)
    if any(tokens[m].low in ROLES for m in range(k, min(n, k + 3))):
        return False
    if k < n and tokens[k].low in _NOT_PERSON:
        head = k
    elif k + 1 < n and tokens[k].text.isalpha() and tokens[k].text.islower() \
            and tokens[k].low not in _NP_PREPS and tokens[k].low not in _BE \
            and tokens[k].low not in KILLED_AFTER and tokens[k].low not in INJURED_AFTER and tokens[k + 1].low in _NOT_PERSON:
        head = k + 1
    else:
        return False
    nxt = tokens[head + 1] if head + 1 < n else None
    return nxt is None or not nxt.text.isalpha() or not nxt.text.islower() or nxt.low in _BE or nxt.low.endswith("ed") \
        or nxt.low in _NP_PREPS or nxt.low in ("and", "or", "were", "was")


_NTH_BODY = re.compile(r"(?<!for )(?<!searching for )\b(?:the )?body of (?:a|the) (?P<a>third|fourth|fifth|sixth|seventh|eighth|ninth"
                       r"|tenth) (?:victim|person|man|woman|worker|resident|casualty)\b(?=[^.;]{0,80}\b(?:was|were|has been|had been) "
                       r"(?:recovered|found|pulled|retrieved|discovered|removed)\b)"
                       r"|\b(?:a|the) (?P<b>third|fourth|fifth|sixth|seventh|eighth"
                       r"|ninth|tenth) body\b(?=[^.;]{0,30}\b(?:recovered|found|pulled|retrieved|discovered)\b)"
                       # ("rescuers recovered a fourth body from the rubble")
                       r"|(?<!not )(?<!yet to )(?<!to )(?<!never )(?<!not yet )(?<!had )\b(?:recovered|found|pulled out|pulled|retrieved) (?:a|the) (?P<c>third|fourth"
                       r"|fifth|sixth|seventh|eighth|ninth|tenth) body from (?:under )?the (?:rubble|debris|ruins|wreckage)",
                       re.IGNORECASE)


_NOT_RECOVERED_BEFORE = re.compile(r"\b(?:not|never|denied|denies|deny|yet to|failed to|unable to|no)\b", re.IGNORECASE)


def _nth_body(figures: list[Figure], tokens: list[Token], text: str, sent_index: int) -> None:
    """"The body of a fourth victim was recovered from the rubble", "a fifth body was found": the
    toll is now that many (a revision, as "a sixth died later in hospital")."""
    m = _NTH_BODY.search(text, tokens[0].start, tokens[-1].end)
    if m is None or m.group("c") and _NOT_RECOVERED_BEFORE.search(text, max(tokens[0].start, m.start() - 40), m.start()):
        return      # ("Rescuers have not yet recovered a fourth body", "Police denied that rescuers had recovered ...")
    nth = _LATER_ORDINALS[(m.group("a") or m.group("b") or m.group("c")).lower()]
    one = next((f for f in figures if f.status == "killed" and f.best == 1 and m.start() <= f.start < m.end()), None)
    if one is None:
        one = Figure(status="killed", low=1, best=1, high=1, role="people", start=m.start(), end=m.end(),
                     text=m.group(), sentence=sent_index)
        figures.append(one)
    one.low = one.best = one.high = nth
    one.revision = one.nth = True


def _one_family_end(tokens: list[Token], k: int) -> int | None:
    """Past "one family", "the same family", "a single household" at k: who the counted are, no count."""
    n = len(tokens)
    if k < n and tokens[k].low in ("one", "a", "the"):
        k += 1
    if k < n and tokens[k].low in ("same", "single"):
        k += 1
    return k + 1 if k < n and tokens[k].low in ("family", "household", "clan") else None


def _is_age(tokens: list[Token], i: int) -> bool:
    """Token i is an age, not a count: "a man aged 70", "two women aged 54 and 61", "aged 30, 41 and 52";
    or a year of birth: "a man born in 1968", "women born in 1950 and 1957"."""
    k = i - 1
    while k >= 1 and tokens[k].low in ("and", ",", "&") and tokens[k - 1].low[:1].isdigit():
        k -= 2      # back over the earlier ages of a list
    if k >= 0 and tokens[k].low == "in" and k >= 1 and tokens[k - 1].low == "born":
        return True
    return k >= 0 and tokens[k].low in ("aged", "age", "ages", "born")


def _them_after(tokens: list[Token], num_start: int, after: int) -> tuple[str, int] | None:
    """A counted group with no status of its own that the clause's verb takes up again as "them"
    ("opened fire on three farmers, killing them"; "cornered four fighters and killed all of
    them"): the verb's status and the index after "them". Only for a count that is an object
    (after a verb or a preposition, not the sentence's subject), and only where no other group,
    no "to" and no new clause comes between ("two soldiers chased the gunmen, killing them")."""
    n = len(tokens)
    if num_start == 0 or not tokens[num_start - 1].text.isalpha() or tokens[num_start - 1].is_cap \
            or tokens[num_start - 1].low in ("and", "that", "said", "says", "say"):
        return None
    for m in range(after, min(n - 1, after + 10)):
        tk = tokens[m]
        w = tk.low
        if w in (".", ";", ":") or w[:1].isdigit() or w in NUMBER_START and read_number(tokens, m) is not None:
            return None
        if w in _PLAIN_KILL or w in _PLAIN_INJURE:
            k = m + 1
            if k + 2 < n and tokens[k].low in ("all", "both") and tokens[k + 1].low == "of":
                k += 2      # "killing all of them"
            if tokens[k].low != "them" or k + 1 < n and tokens[k + 1].low == "both":
                return None     # ("killing them both" counts two by itself)
            return ("killed" if w in _PLAIN_KILL else "injured"), k + 1
        if w in ROLES or w in _CLAUSE_WORDS and w not in ("and",) or w.endswith("s") and len(w) > 3 and tk.text[0].islower() \
                and w not in ("was", "is", "has", "as", "this", "its", "his", "us"):
            return None     # another group, an infinitive or a new clause before the verb
    return None


_SUB_MARKER_BEFORE = re.compile(r"\b(?:including|among|of whom|of them)\b", re.IGNORECASE)
_TOLL_WORDS = re.compile(r"\b(?:toll|rose|risen|increased|climbed|jumped|up|down)\b", re.IGNORECASE)


def _one_persons_role(tokens: list[Token], k0: int, end: int) -> str:
    """The role of one person told as a clause's subject: a rank's soldier ("Captain Khan was killed"),
    else a soldier or a child by the head noun ("As a result, a serviceman of the army was wounded",
    "a boy was killed"), else a person."""
    if tokens[k0].low in _RANKS:
        return "soldiers"
    for tk in tokens[k0:min(end, k0 + 4)]:
        if tk.low == "of":
            break
        if tk.low in ROLES and tk.low not in ("security", "police", "army", "military", "forces"):
            return ROLES[tk.low] if ROLES[tk.low] in ("soldiers", "children") else "people"
    return "people"


_CONDITIONS = frozenset("serious critical grave stable severe satisfactory".split())


def _in_condition(tokens: list[Token], k: int) -> bool:
    """Tokens from k say how one already counted fares: "(one) in serious condition", "(one) critically"."""
    return k < len(tokens) and (tokens[k].low in _SEVERITY or tokens[k].low == "in" and k + 1 < len(tokens)
                                and tokens[k + 1].low in _CONDITIONS)


_CARED_VERBS = frozenset(("treated", "admitted", "hospitalised", "hospitalized", "taken", "evacuated", "brought", "rushed",
                          "airlifted"))


def _cared_for_after(tokens: list[Token], k: int) -> bool:
    """The wounds are followed by their care: "Seven people with machete wounds were being treated at the hospital"."""
    m = next((m for m in range(k, min(len(tokens), k + 4)) if tokens[m].low in _INJURY_NOUNS), None)
    if m is None or m + 2 >= len(tokens) or tokens[m + 1].low not in ("were", "was", "are", "is", "have", "had"):
        return False
    m += 2
    if m < len(tokens) and tokens[m].low in ("being", "been"):
        m += 1
    return m < len(tokens) and tokens[m].low in _CARED_VERBS
