"""Victims named, singular or listed as the subject before "was killed" / "were killed"."""
from __future__ import annotations

from conflictlens.extract.figures.build import _make
from conflictlens.extract.figures.lexicon import (
    INJURE_VERBS, KILLED_AFTER, KILL_VERBS, ROLES, UNITS_OR_TENS, _BE, _CALENDAR, _DETERMINERS, _MONTHS, _NAME_STOP,
    _NOT_PERSON, _PLACE_NOUNS, _TITLES)
from conflictlens.extract.figures.phrases import (
    _NOT_ONE_PERSON, _PLURAL_WITHOUT_S, _abbrev_dot, _apposition_end, _person_noun, _plain_noun, said_to_be)
from conflictlens.extract.figures.status import _BODY_FOUND, _DENIED, _PLURAL_HEADS, _status_after
from conflictlens.model import Figure
from conflictlens.text.numbers import NumberPhrase
from conflictlens.text.tokens import Token

_NOT_TITLE = frozenset("the a an this that these those his her its their our my your some any no every each".split())

_CLAUSE_START = frozenset("and but when after while as then later where before".split())



def _sure_status(tokens: list[Token], i: int, limit: int) -> tuple[str | None, int]:
    """The status after a subject's verb, unless it is a bare "was shot" / "stabbed" (fatal or not)."""
    st, end = _status_after(tokens, i, limit)
    if st == "injured" and tokens[end - 1].low in ("shot", "stabbed"):
        return None, end
    return st, end

def _named_before_apposition(tokens: list[Token], i: int, st: str, end: int) -> tuple[int, str, int] | None:
    """"Luis Campos, a councillor in the town, was murdered": a name that opens the sentence
    (or follows a colon), an apposition between commas, then "was" and a status."""
    for c in range(i - 2, max(0, i - 27), -1):
        if tokens[c].text != ",":
            continue
        s = c - 1
        while s >= 0 and (tokens[s].is_cap and tokens[s].text[0].isalpha() or _abbrev_dot(tokens, s)) \
                and tokens[s].low not in _NAME_STOP and tokens[s].low not in _CALENDAR and tokens[s].low not in _NOT_TITLE \
                and not (tokens[s].low in ROLES and tokens[s].low.endswith("s") and len(tokens[s].low) > 4):
            s -= 1      # (a capitalised title may lead: "Police Constable John Smith"; not "Soldiers")
        s += 1
        if s >= c or c - s > 6 or not (s == 0 or tokens[s - 1].text == ":"):
            continue
        if _apposition_end(tokens, c) == i:
            return s, st, end
    return None


def _named_subject(tokens: list[Token], i: int) -> tuple[int, str, int] | None:
    """"Sergio Castillo is killed", "Hansda was fatally wounded", "He was shot dead": one person.

    Token i is "was"/"is"; the word before is a name (capitalised) or "he"/"she".
    """
    if i == 0:
        return None
    st, end = _sure_status(tokens, i, 6)
    if st is None:
        return None
    if tokens[i - 1].text == ",":
        return _named_before_apposition(tokens, i, st, end)
    k = i - 1
    if tokens[k].low in ("he", "she") and (k == 0 or tokens[k - 1].text in (",", ";", ":") or tokens[k - 1].low in _CLAUSE_START):
        return k, st, end
    while k >= 0 and (tokens[k].is_cap and tokens[k].text[0].isalpha() or _abbrev_dot(tokens, k)) \
            and tokens[k].low not in _NAME_STOP and tokens[k].low not in ROLES and tokens[k].low not in _CALENDAR \
            and tokens[k].low not in ("no", "nobody", "none", "noone", "no-one"):
        k -= 1
    k += 1
    if k >= i:
        return None
    if k > 0 and tokens[k - 1].is_cap and tokens[k - 1].low in ROLES and not tokens[k - 1].low.endswith("s"):
        k -= 1      # a rank before the name: "Sepoy Naveed Khan was martyred"
    if tokens[k].low in ("no", "nobody", "none", "noone", "no-one") or tokens[i - 1].low in ("nobody", "none"):
        return None
    if k > 0:
        prev = tokens[k - 1]
        if prev.low in ("and", "or") and k > 1 and (tokens[k - 2].is_cap or tokens[k - 2].low in ROLES):
            return None     # "X and Y was ...": leave coordinated subjects to the count rules
        if not (prev.text in (",", ";", ":", "–", "—") or prev.low in _CLAUSE_START
                or _plain_noun(prev) and not prev.low.endswith("s") and prev.low not in _NOT_TITLE):
            return None     # "a member of the SDF was", "the Taliban was"
    return k, st, end


# Words that end the head of a subject noun phrase ("the head of the council", "a man who ...").
_HEAD_STOP = frozenset(
    "of who whom whose which that from in at on with to for near called named known identified "
    "working serving belonging hostile loyal close , ( – —".split())


def _clause_subject_start(tokens: list[Token], i: int) -> int:
    """Where the clause that ends at token i starts: the sentence start, or after a colon or
    semicolon; an opening adverbial ("In Belo, ...") is stepped over."""
    s = 0
    for k in range(i - 1, -1, -1):
        if tokens[k].text in (":", ";"):
            s = k + 1
            break
    if s < i and not tokens[s].is_cap and tokens[s].low not in ("a", "an", "the"):
        return s
    if s < i and tokens[s].low in ("in", "on", "at", "during", "near", "after", "outside", "earlier", "later", "meanwhile", "as",
                                   "consequently", "subsequently"):
        # (also "As a result, a serviceman ... was wounded")
        for k in range(s + 1, i):
            if tokens[k].text == "," and not (k + 1 < i and tokens[k + 1].text[:1].isdigit()):
                return k + 1    # (past "On October 24, 2018," as a whole)
    return s


_DIED = frozenset("died succumbed perished".split())
# Verbs that only people undergo ("the proposal was killed", "the ceasefire is dead" are not deaths).
_ONLY_PEOPLE = frozenset("murdered assassinated beheaded executed butchered slain lynched gunned stabbed shot massacred "
                         "strangled decapitated crucified wounded injured".split())
_NATURAL_DEATH = frozenset("illness heart natural cancer disease age stroke covid peacefully accident crash ill sick "
                           "sickness overdose".split())


def _one_dead(tokens: list[Token], i: int, figures: list[Figure]) -> tuple[int, str, int] | None:
    """"Later he died of his injuries", "His body was found": one person dead.

    Both refer back to someone the report has named, so they count only when no
    killed figure stands before them in the sentence (across sentences a restatement
    of "people" keeps the larger count, so they never add to a named victim).
    """
    if any(f.status == "killed" for f in figures):
        return None
    n = len(tokens)
    if tokens[i].low in ("he", "she"):
        k = i + 1
        while k < n and k - i <= 3 and (tokens[k].low.endswith("ly") or tokens[k].low in ("later", "then", "also", "had", "has")):
            if tokens[k].low in _DENIED:
                return None     # "he nearly died"
            k += 1
        if k < n and tokens[k].low in _DIED and not (i > 0 and tokens[i - 1].low in ("if", "whether", "unless")) \
                and not any(t.low in _NATURAL_DEATH for t in tokens[k + 1:k + 7]):
            return i, "killed", k + 1
        return None
    # "body": one, not "bodies"; "his body", "the body of", "a dead body"; found, recovered or dumped
    # within the sentence (not "body armour", "the world body", "body parts")
    if i == 0 or tokens[i - 1].low not in ("his", "her", "the", "a", "dead", "lifeless", "mutilated", "charred",
                                           "headless", "decapitated", "bullet-riddled", "bullet-ridden") \
            and not (tokens[i - 1].low.endswith(("'s", "’s")) and _person_noun(tokens[i - 1].low[:-2])):
        return None     # (also "a woman's body", "the soldier's body")
    possessive = tokens[i - 1].low.endswith(("'s", "’s"))
    if possessive and i + 1 < n and tokens[i + 1].text[0].isalpha() \
            and tokens[i + 1].low not in ("was", "of", "had", "has", "is", "were") and tokens[i + 1].low not in _BODY_FOUND:
        return None     # "the soldier's body armour", "the officer's body camera"
    if i + 1 < n and tokens[i + 1].text[0].isalpha() and tokens[i + 1].low not in ("was", "of", "had", "has", "is", "were") \
            and tokens[i - 1].low not in ("his", "her") and not possessive:
        return None     # ("body armour", "body parts"; but "dumped his body on a road")
    if tokens[i - 1].low == "the" and not (i + 1 < n and tokens[i + 1].low == "of"):
        return None     # "the body": which body? only "the body of ..."
    if not any(t.low in _BODY_FOUND for t in tokens[max(0, i - 6):min(n, i + 12)]):
        return None
    return i, "killed", i + 1


def _name_before_and(tokens: list[Token], k: int, figures: list[Figure]) -> int | None:
    """Start of a personal name that opens the clause and is joined by "and" (token k - 1) to a count."""
    m = k - 2
    while m >= 0 and (tokens[m].is_cap and tokens[m].text[0].isalpha() or _abbrev_dot(tokens, m)) \
            and tokens[m].low not in _NAME_STOP and tokens[m].low not in _CALENDAR and tokens[m].low not in _NOT_TITLE \
            and tokens[m].low not in UNITS_OR_TENS and not (tokens[m].low in ROLES and tokens[m].low.endswith("s")):
        m -= 1
    start = m + 1
    if start >= k - 1 or k - 1 - start > 6 or k - 1 - start < 2:
        return None     # a name has two words at least ("Captain Ruiz", "Ali Khan")
    if not (start == 0 or tokens[start - 1].text in (":", ";")):
        return None
    if figures and figures[-1].end > tokens[start].start:
        return None
    if any(tokens[x].low in _MONTHS for x in range(start, k - 1)):
        return None
    return start


def _person_before_and(tokens: list[Token], k: int, figures: list[Figure]) -> int | None:
    """Start of "the deputy governor (of X)" that opens the clause and is joined by "and" (token k - 1)
    to "his two bodyguards": one person more."""
    start = next((x for x in range(k - 2, max(-1, k - 14), -1)
                  if x == 0 or tokens[x - 1].text in (":", ";", ",") or tokens[x - 1].low in _CLAUSE_START), None)
    if start is None or tokens[start].low not in ("the", "a", "an") or figures and figures[-1].end > tokens[start].start:
        return None
    m = start + 1
    while m < k - 1 and m - start <= 4 and tokens[m].low != "of":
        m += 1
    if not _person_noun(tokens[m - 1].low) or tokens[m - 1].low.endswith(("s", "men")) and tokens[m - 1].low not in _TITLES:
        return None     # "the convoy and its two escorts": not a person
    if m < k - 1 and not all(t.text.isalpha() and t.low not in _BE and t.low not in KILLED_AFTER for t in tokens[m:k - 1]):
        return None
    return start


def _opens_with_name(tokens: list[Token], c: int) -> bool:
    """The clause opens with a capitalised name that runs up to the comma at token c."""
    m = c - 1
    while m >= 0 and (tokens[m].is_cap and tokens[m].text[0].isalpha() or _abbrev_dot(tokens, m)) \
            and tokens[m].low not in _NAME_STOP and tokens[m].low not in _CALENDAR and tokens[m].low not in UNITS_OR_TENS \
            and tokens[m].low not in _OPENING_ADVERBS and not tokens[m].low.endswith("ly") \
            and not (tokens[m].low in ROLES and tokens[m].low.endswith("s")):
        m -= 1
    return m < c - 1 and (m < 0 or tokens[m].text in (":", ";") or tokens[m].low == "and" and _opens_with_name(tokens, _comma_before(tokens, m)))


def _comma_before(tokens: list[Token], m: int) -> int:
    """Index of the comma that ends the apposition before token m ("Ana Ruiz, a judge, and"), or -1."""
    for k in range(m - 1, max(-1, m - 12), -1):
        if tokens[k].text == ",":
            for j in range(k - 1, max(-1, k - 12), -1):
                if tokens[j].text == ",":
                    return j
            return -1
    return -1


def _coordinated_subject(tokens: list[Token], i: int) -> tuple[int, int, str, int] | None:
    """"Ann Lee, a nurse, and Tom Reyes, her driver, were killed": one victim per conjunct.

    Token i is "were"/"are" followed by a status; the subject opens its clause and is a
    list of persons (names, or "his son ...") joined by commas and one "and"; pieces that
    start with "a"/"the"/"aged"/"both"/a lower-case word or a number are appositions.
    Returns (start, count, status, end).
    """
    st, end = _sure_status(tokens, i, 4)
    if st is None:
        return None
    s = _clause_subject_start(tokens, i)
    if i - s < 3 or i - s > 30:
        return None
    pieces: list[list[Token]] = [[]]
    after_and: list[bool] = [False]
    ands = 0
    for k in range(s, i):
        t = tokens[k]
        if t.text == "," or t.low == "and":
            if pieces[-1]:
                pieces.append([])
                after_and.append(False)
            ands += t.low == "and"
            after_and[-1] = after_and[-1] or t.low == "and"
            continue
        if t.low[:1].isdigit() and not (k > s and tokens[k - 1].low in ("aged", "age")) and not (
                k > s and tokens[k - 1].text == "," and k + 1 < i and tokens[k + 1].text == ","):
            return None     # a count: the number rules read it
        if t.low in UNITS_OR_TENS or t.low in ("or", "who", "which", "that") or t.low in KILL_VERBS or t.low in _BE:
            return None
        pieces[-1].append(t)
    if not pieces[-1]:
        pieces.pop()        # the comma that closes the last apposition
    if ands != 1 or not pieces:
        return None
    persons = 0
    kind = ""       # what the last counted conjunct was: a "name" or a noun "phrase"
    for p, (piece, joined) in enumerate(zip(pieces, after_and)):
        first = piece[0]
        last = piece[-1]
        if (p == 0 or joined) and first.low in ("a", "an", "the") or joined and first.low in _DETERMINERS:
            # a conjunct of its own: "A campaigner for the mayor and an aide were killed", "X and his son"
            head = next((x for x in piece if x.low in _HEAD_STOP), None)
            head_tok = piece[piece.index(head) - 1] if head is not None and piece.index(head) > 0 else last
            if head_tok.low.endswith("s") and not head_tok.is_cap or head_tok.low in _NOT_ONE_PERSON \
                    or head_tok.low in _PLURAL_WITHOUT_S and not head_tok.is_cap \
                    or head_tok.low in _NOT_PERSON or head_tok.low in _PLACE_NOUNS:
                return None
            persons += 1
            kind = "phrase"
            continue
        if first.low in _DETERMINERS:
            continue        # "Pedro Sol, her clerk,": an apposition
        if first.low in ("a", "an", "the", "aged", "age", "both", "all", "each", "jr", "sr", "jnr", "snr", "ii", "iii") \
                or first.low[:1].isdigit():
            continue        # an apposition: "a British engineer", "aged 67", "both doctors"
        if p > 0 and not joined and kind == "phrase":
            continue        # "her driver, Anderson Gomes": the name of the one just counted
        if not first.is_cap or first.low in _NAME_STOP or first.low in _CALENDAR or first.low in _NOT_ONE_PERSON:
            return None
        if last.low.endswith("s") and not last.is_cap or last.low in ROLES and ROLES[last.low] != "people" and last.low.endswith("s"):
            return None     # "Afghan soldiers": a group of unknown size
        if any(x.low in _NOT_PERSON or x.low in _PLACE_NOUNS for x in piece):
            return None
        if len(piece) == 1 and not (p + 1 < len(pieces) and (
                after_and[p + 1] and len(pieces[p + 1]) >= 2 and pieces[p + 1][0].is_cap
                or not after_and[p + 1] and pieces[p + 1][0].low in ("a", "an", "aged"))):
            return None     # "Russia and Ukraine were hurt": one word is no one's full name (but "Howie, a teacher,")
        persons += 1
        kind = "name"
    if persons < 2:
        return None
    return s, persons, st, end


def _count_of_people(found: tuple[int, int, str, int], tokens: list[Token], text: str, sent_index: int) -> Figure:
    """The figure for a counted list of people found by _coordinated_subject."""
    k0, count, status, end = found
    return _make(NumberPhrase(count, count, count, "exact", k0, k0 + 1), "people", status, tokens, end, text, sent_index)


def _singular_subject(tokens: list[Token], i: int, person_only: bool = False) -> tuple[int, str, int] | None:
    """"A local village chief was killed", "The head of the council, Gul Khan, was gunned down":
    a singular subject that opens its clause, then "was"/"is" and a status, is one person.

    Token i is "was"/"is"; "was" itself says the subject is one. Heads that are no one
    person ("the convoy", "a family") and subjects with a count or a list are left alone.
    With `person_only` (token i is "died", which says nothing of number) the head must be a
    singular noun of a person ("The head of the village council died").
    """
    st, end = _sure_status(tokens, i, 3)
    if st is None:
        return None
    s = _clause_subject_start(tokens, i)
    if i - s < 1 or i - s > 25:
        return None
    first = tokens[s]
    if first.low not in ("a", "an", "the") and not (
            first.is_cap and first.text[0].isalpha() and first.low not in _NAME_STOP and first.low not in UNITS_OR_TENS
            and first.low not in _CALENDAR and first.low not in _NOT_TITLE and first.low not in _NOT_ONE_PERSON):
        return None
    head_at = None
    relative = False
    for k in range(s, i):
        t = tokens[k]
        if head_at is None:
            if t.low in ("on", "off") and k + 1 < i and tokens[k + 1].low == "duty":
                continue        # "an on duty cop"
            if t.low in _HEAD_STOP or t.text in _HEAD_STOP:
                head_at = k - 1
                relative = t.low in ("who", "whom", "whose", "which", "that")
                continue
            if k > s and said_to_be(tokens, k, i):
                head_at, relative = k - 1, True     # "A man suspected to be a thief was beaten to death": what he was said to be
                continue
            if t.low in ("and", "or", "&") or t.low in UNITS_OR_TENS or t.low[:1].isdigit() and not t.low.endswith("-old")                     or t.low in KILL_VERBS or t.low in INJURE_VERBS or t.low in _BE:
                return None     # a list, a count or a verb of its own: not one noun phrase
            if t.low.endswith("ed") and k > s and not (tokens[k - 1].low in ("a", "an", "the") or tokens[k - 1].low.endswith(("ed", "ly"))):
                return None     # "Militants attacked a post and a guard was killed": a clause of its own
        elif t.low in ("was", "is", "were", "are") and not relative:
            return None
    if head_at is None:
        head_at = i - 1
    if head_at < s:
        return None
    head = tokens[head_at]
    if not head.text[0].isalpha() or head.low in _NOT_ONE_PERSON or head.low in _NOT_PERSON:
        return None
    named = any(tokens[k].is_cap and k > s and tokens[k].low not in _NAME_STOP for k in range(s, i))
    only_people = any(tokens[k].low in _ONLY_PEOPLE for k in range(i + 1, end))    # "was found butchered"
    if not (_person_noun(head.low) or (named or only_people) and not person_only):
        return None     # "the economy was hurt", "the proposal was killed": no person
    if head.low.endswith("s") and not head.low.endswith(("ss", "us", "is")) and not head.is_cap:
        return None     # "the soldiers was": a plural head, whatever the verb says
    if person_only and (head.low.endswith(("s", "men")) and not head.low.endswith(("ss", "us", "is"))
                        or head.low in _PLURAL_HEADS or head.low in _PLURAL_WITHOUT_S):
        return None     # with no "was" to say it is one: "The men of the patrol died", "Soldiers of the brigade died"
    if head_at - s > 8:
        return None
    return s, st, end


_OPENING_ADVERBS = frozenset("meanwhile separately later earlier elsewhere however also additionally then afterwards "
                              "overnight yesterday today moreover furthermore nevertheless still".split())
