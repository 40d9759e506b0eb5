"""Figures outside a counted noun phrase: tolls, negations, self-killed attackers, headline victims, rising tolls."""
from __future__ import annotations

import re

from conflictlens.extract import countries
from conflictlens.extract.figures.build import _make
from conflictlens.extract.figures.lexicon import ROLES, STATUS_NOUNS, _CALENDAR, _FUNCTION, _NAME_STOP
from conflictlens.extract.figures.phrases import _PLURAL_WITHOUT_S, _noun_after, _person_noun
from conflictlens.model import Figure
from conflictlens.text.alternation import contains_any
from conflictlens.text.numbers import NumberPhrase, read_number

# who a number of the dead may be counted as: "bringing the number of soldiers killed to five"
_COUNTED = "(?:people|persons|soldiers|civilians|troops|policemen|police officers|children)"
_TOLL = re.compile(
    r"\b(death toll|toll|number of (?:the )?(dead|deaths|fatalities|killed|victims|martyrs|injured|wounded|casualties)"
    rf"|number of {_COUNTED} (?:confirmed |reported |officially )?(?:killed|injured|wounded)|the number (?:killed|dead))\b"      # ("the number killed ... has risen to 10")
    r"[^.;:]{0,140}?\b(rose|risen|rises|climbed|climbs|increased|jumped|reached|stands|stood|is|was|has|now|revised|grew|lowered|corrected)\b"
    r"(?:[^.;:\d]{0,25}?|[^.;:\d]{0,10}?\bby [\d,]+ )\b(?:to|at)\b"
    rf"|\b(death toll|toll|number of (?:the )?(?:dead|deaths|fatalities|killed|injured|wounded)|number of {_COUNTED} (?:confirmed |reported |officially )?(?:killed|injured|wounded))\b"
    r"[^.;:]{0,60}?\b(?:now |still )?(stands|stood|is|was|reached|reaches|hit|hits|tops|topped|passes|passed|exceeds|exceeded"
    r"|remained|remains|stayed|stays|now)\b(?: now| unchanged)?(?: at)?"
    r"|\b(?:revised?|revises|lowered|lowers?|corrected|corrects?|reduced|reduces?|raised|updated|updates?|adjusted|adjusts?) (?:down |up )?the (?:(?-i:[A-Z])[\w'’-]+ |(?:al|el|ad|as|ash|ar)-[\w'’-]+ )?(death toll|toll|number of (?:people )?(?:killed|dead|deaths|fatalities|injured|wounded|victims|martyrs))\b"
    # (not over another toll told after it: "updated the toll, saying two of the wounded had died, bringing the number of
    # dead to eight")
    r"(?:(?!\b(?:saying|bringing|raising|taking|pushing)\b(?! it\b))[^.;:]){0,80}?\b(?:down|up)? ?to\b"
    r"|\b(?:put|puts|putting|placed|places|placing|set|sets|gave|gives)\s+the (?:overall |total |final |official |death )?"
    r"(death toll|toll|number of (?:the )?(?:dead|deaths|fatalities|killed|victims|injured|wounded)|dead|injured|wounded)(?: (?:higher|lower))?"
    # ("puts the death toll from the overnight strike at 13", "put the toll in the attack at 12", "in Saturday's raid"; not
    # "the toll in Gaza", a place's running count, nor "in the three days of rioting")
    r"(?: (?:from|in|of) (?!(?-i:[A-Z])(?![a-z]+day['’]s))(?![^.;:\d,]{0,50}\b(?:days|weeks|months|years|war|conflict)\b)"
    r"(?:the |a |an |this |that |\w+['’]s )?[^.;:\d,]{1,50}?)?,?\s+at\b"
    # "initially reported eight dead but later corrected the figure to seven", "later revising the toll to seven": the
    # count just told, corrected
    r"|\b(?:revis|lower|correct|reduc|rais|updat|adjust)(?:ed|es|e|s|ing)\b (?:it |them )?(?:down |up )?(?:the |its |their |that |this )?"
    r"(?P<figure>figure|count|tally|death toll|toll)\b(?P<figure_of>[^.;:\d]{0,30}?)\b(?:down |up |downwards? |upwards? )?to\b"
    # "Two of the wounded died later, so now it is fourteen": a witness's toll, risen
    r"|(?<=, )(?:so|and) now (?:it is|it's|they are|the (?:toll|count|number) is)\b"
    # "52 killed, a figure later revised down to 37": a correction of the count just told
    r"|\b(?:a figure|a number|a toll)\s+(?:later |since |subsequently |then )?"
    r"(?:revised|lowered|corrected|reduced|raised|updated|adjusted)\s+(?:down |up |downwards? |upwards? )?to\b"
    # "the dead now number five", "the injured numbered more than 30"
    r"|\bthe (?:dead|injured|wounded) (?:now )?(?:number|numbers|numbered)\b"
    r"|(?<=\d )and the (death toll|toll|number of (?:the )?(?:dead|deaths|fatalities|killed|victims|injured|wounded))\s+at\b"
    r"|\b(?:rais|bring|brought|push|tak|took|lift)\w* the (?:overall |total |final |official )?"
    r"(?:death toll|toll|number of (?:the )?(?:dead|deaths|fatalities|killed|victims|martyrs|injured|wounded"
    rf"|{_COUNTED} (?:killed|dead|injured|wounded)))\b[^.;:\d]{{0,50}}?\bto\b"
    # "raising to 11 the toll from Tuesday's strike": the count before the toll it sets
    r"|\b(?:rais|bring|brought|push|lift)\w* (?P<before>to)(?= (?:at least |more than |over |about )?[\w,]+ the (?:overall |total |final |official )?"
    r"(?:death toll|toll|number of (?:the )?(?:people )?(?:dead|deaths|fatalities|killed|victims))\b)",
    re.IGNORECASE)
# Who "no" can deny a casualty of: "no one else", "no UN peacekeepers", "none of the passengers"
# (a plural of a counted noun, after up to two words: "no Afghan or coalition forces").
_PLURAL_ROLES = "|".join(sorted((w for w in ROLES if w.isalpha() and (w.endswith("s") or w in ("people", "police", "military",
                                                                                               "personnel", "crew"))
                                 or w.endswith("men")), key=len, reverse=True))
_NOBODY = (r"(?:(?:no one|no-one|nobody|none)(?: else)?|no person|none of (?:them|(?:the|those)(?: [\w.'-]+){1,3}?)"
           rf"|no (?:other |more |further )?(?:[\w.'-]+ (?:or |and )?){{0,2}}?(?:{_PLURAL_ROLES})"
           # ("No Afghan civilians or members of the security force were injured")
           r"(?: (?:or|nor) (?:[\w.'-]+ ){0,4}?(?:members|personnel|troops|soldiers|forces|staff|others|residents|people|force))?)")
_NEGATIVE_PATTERN = re.compile(
    rf"\b{_NOBODY} (?:was|were|has been|had been|have been|is|are|got) (?:reportedly )?(?P<a>killed|dead|injured|hurt|harmed|wounded)(?: or (?P<b>killed|injured|hurt|harmed|wounded))?"
    r"|\bno (?:human )?(?P<c>casualties|casualty|victims|deaths|fatalities|injuries|dead|killed)(?: or (?P<d>injuries|injured|wounded|deaths))?\b"
    r"(?! (?:figures?|tolls?|counts?|numbers?|reports?|details|information|estimates?)\b)"
    r"|\bwithout (?:causing |leaving |inflicting |resulting in )?(?:any )?(?:human )?(?P<e>casualties|injuries|injury)\b|\b(?:did )?not cause (?:any )?(?:human )?(?P<f>casualties|injuries)\b|\bcaused no (?:human )?(?P<g>casualties|injuries|deaths)\b"
    rf"|\b(?P<h>without incident)\b|\b{_NOBODY} (?P<i>died|perished)\b"
    # "No loss of life was reported", "no losses were recorded on our side", "without human losses"
    r"|\b(?:no|without(?: any)?)(?: human)? (?P<j>loss(?:es)? of (?:human )?(?:life|lives)|losses|loss)\b(?! of (?!(?:human )?li))",
    re.IGNORECASE)
_NEGATIVE_STATUS = {"killed": ("killed",), "dead": ("killed",), "deaths": ("killed",), "fatalities": ("killed",),
                    "injured": ("injured",), "wounded": ("injured",), "injuries": ("injured",), "injury": ("injured",),
                    "hurt": ("killed", "injured"), "harmed": ("killed", "injured"), "casualties": ("killed", "injured"),
                    "casualty": ("killed", "injured"),
                    "victims": ("killed", "injured"), "without incident": ("killed", "injured"),
                    "died": ("killed",), "perished": ("killed",)}
# Every match of _NEGATIVE_PATTERN or _UNKNOWN contains one of these (lower-cased): an ASCII
# sentence without any has neither, and the case-insensitive patterns are not run.
_NEGATIVE_NEEDLES = ("no ", "no-", "nobody", "none", "without", "not cause", "casualties ")
_UNKNOWN = re.compile(r"\bno (?:immediate )?(?:reports?|information|word|details) (?:of|on|about) (?:casualties|injuries|deaths)|casualties (?:are|were|remain) (?:unknown|unclear|not known)", re.I)


_EARLIER_BEFORE = re.compile(r"\b(?:earlier|initially|first|previously|originally|at first|had)\b[^.;]{0,30}$|^(?:earlier|initial|first|preliminary)\b",
                             re.IGNORECASE)
_LATER_BEFORE = re.compile(r"\b(?:later|since|subsequently|now|then)\s+$", re.IGNORECASE)     # "officials later put the toll at"
_PUT_AT = re.compile(r"(?:put|puts|putting|placed|places|placing|set|sets|gave|gives)\b", re.IGNORECASE)
_BUT = re.compile(r"\b(?:but|however)\b")
_REVISING = re.compile(r"rose|risen|rises|climbed|increased|jumped|revised|grew|now|lowered|corrected|reduced|raised|updated|adjusted"
                       r"|revising|lowering|correcting|reducing|raising|updating|adjusting"
                       r"|later put|later placed"
                       r"|\b(?:rais|bring|brought|push|tak|took|lift)\w* (?:the|to)\b", re.IGNORECASE)


# A toll over a period or a whole war, not over one incident.
_CUMULATIVE = re.compile(
    r"\b(?:this|so far this|last|past|the past|the last) (?:year|month|week|decade)\b|\bso far\b|\bsince\b|\bto date\b"
    # (an area's count: "the number of civilians killed in the region to 40", "the number of martyrs in the town to 24")
    r"|\b(?:killed|dead|martyrs|victims|wounded|injured) (?:in|across|throughout) the (?:region|province|country|town|city"
    r"|state|district|area|county|governorate|oblast)\b"
    r"|\b(?:in|of|during|from) the (?:war|conflict|fighting|insurgency|uprising|offensive|campaign|invasion)\b"
    r"|['’]s (?:civil )?(?:war|conflict|insurgency)\b"       # ("the number dead in Somalia's war")
    r"|\bfrom (?:\w+ )?(?:attacks|violence|clashes|strikes)\b", re.IGNORECASE)


_DEAD_NUMBER = re.compile(r"the (?:dead|injured|wounded) ", re.IGNORECASE)   # "the dead numbered five": the toll now
_RISEN = re.compile(r"\b(?:rose|risen|rises|climbed|increased|jumped|reached|grew)\b", re.IGNORECASE)
_OWN_SIDE = re.compile(r"\b(?:on|from) (?:the )?(?:friendly|our|own) side\b|\bon the side of (?:the )?(?:friendly|our|own|government|army)\b"
                       r"|\bamong (?:our|friendly|the friendly) (?:forces|troops|ranks|soldiers)\b|\bin our ranks\b", re.IGNORECASE)


def _toll_figures(tokens, text, sent_index, existing) -> list[Figure]:
    """"the death toll rose to 18": a figure that replaces earlier ones."""
    out: list[Figure] = []
    if not tokens:
        return out
    s0 = tokens[0].start
    s1 = tokens[-1].end
    sent = text[s0:s1]
    if sent.isascii():
        low = sent.lower()
        if "toll" not in low and "number of" not in low and " the dead at" not in low and " the injured at" not in low \
                and " the wounded at" not in low and "figure " not in low and " number" not in low and "a toll " not in low \
                and " now it" not in low and " now they" not in low and "count" not in low and "tally" not in low:
            return out      # every _TOLL match holds one of them
    for m in _TOLL.finditer(sent):
        abs_end = s0 + m.end()
        k = next((idx for idx, t in enumerate(tokens) if t.start >= abs_end), None)
        if k is None:
            continue
        num = read_number(tokens, k)
        if num is None:
            continue
        if m.group(0).startswith(("so now", "and now")) and ("died" not in sent[:m.start()]
                                                              or not _NOW_IT_IS_DEAD.match(sent, m.end())):
            continue        # (only after deaths told, and only a count of the dead: "..., so now it is fourteen"; not "so now
            #                 it is three attacks this week", "40 people killed there since January")
        if _CUMULATIVE.search(m.group(0)) or m.group("before") and _CUMULATIVE.search(sent, m.end(), m.end() + 90):
            continue        # "bringing the death toll from attacks this year to 300", "bringing to 60 the number of people
            #                 killed in Plateau state this year": a running total, no incident's
        kind = (m.group(2) or "").lower()
        status = "injured" if kind in ("injured", "wounded") or "injured" in m.group(0).lower() or "wounded" in m.group(0).lower() else "killed"
        if m.group("figure") in ("figure", "count", "tally"):
            # (the figure of the count told before it: "reported 14 wounded, later correcting the figure to 12"; or the one
            # it names, "correcting the figure of dead to one")
            named = _FIGURE_OF.search(m.group("figure_of") or "")
            told = [f for f in existing if f.status and f.end <= s0 + m.start()]
            status = ("injured" if named.group(1) in ("wounded", "injured", "hurt") else "killed") if named \
                else told[-1].status if told else status
        st = tokens[num.start].start
        if _PUT_AT.match(m.group(0)) and _EARLIER_BEFORE.search(sent, max(0, m.start() - 40), m.start()):
            continue    # "Earlier, officials put the toll at five", "initially put": a count since replaced
        own_side = _OWN_SIDE.search(sent, 0, m.start()) is not None and not _RISEN.search(m.group(0))
        if any(f.start <= st < f.end for f in existing):
            if own_side:
                # ("On the friendly side, the provisional toll is 5 dead": the army's own losses, beside the enemy's)
                for f in existing:
                    if f.start >= st and f.role == "people" and f.sentence == sent_index:
                        f.role = "own side"
                continue
            put_by_other = _PUT_AT.match(m.group(0)) is not None and not (
                _REVISING.search(m.group(0)) or _LATER_BEFORE.search(sent, 0, m.start()))
            for f in existing:
                if f.start <= st < f.end:
                    if put_by_other:
                        # "Civil society leaders put the toll higher, at 27 dead": another source's count, told
                        # from "put" (reconcile weighs it against the counts before it)
                        f.text = text[s0 + m.start():f.end]
                        f.start = s0 + m.start()
                        if any(g.status == f.status and g.best and g.part_of is None and g.end <= f.start for g in existing):
                            f.alternative = True
                    else:
                        f.revision = True
            continue
        fig = _make(num, "own side" if own_side else "people", status, tokens, num.end, text, sent_index)
        fig.revision = not own_side and bool(_REVISING.search(m.group(0)) or _LATER_BEFORE.search(sent, 0, m.start())
                                             or _DEAD_NUMBER.match(m.group(0)))
        fig.start = s0 + m.start()
        fig.text = text[fig.start:fig.end]
        if not fig.revision and any(f.status == status and f.best and f.part_of is None and f.end <= fig.start
                                    and (_BUT.search(text, f.end, fig.start) or _PUT_AT.match(m.group(0)))
                                    for f in existing):
            # "Police said 14 were injured, but hospital officials put the number at 19"; "six people
            # were killed; a port official put the dead at three": another source's count
            fig.alternative = True
        out.append(fig)
        k = num.end
        if k + 2 < len(tokens) and tokens[k].text == "," and tokens[k + 1].low == "including":
            part = read_number(tokens, k + 2)
            if part is None and tokens[k + 2].low in ("a", "an"):
                part = NumberPhrase(1, 1, 1, "exact", k + 2, k + 3)     # "rose to 11, including a child"
            role, after = _noun_after(tokens, part.end) if part else (None, 0)
            if part and role and part.best and fig.best and part.best <= fig.best:
                # "the toll had reached 23, including six children": who some of them were (a figure
                # read there already, with a status from further on, is this one)
                root = len(existing) + len(out) - 1
                there = next((f for f in existing if f.start == tokens[part.start].start), None)
                if there is not None:
                    there.status, there.part_of = status, root
                else:
                    out.append(_make(part, role, status, tokens, after, text, sent_index, part_of=root))
    return out


# The attacker's own death: "then killed himself", "committed suicide", "turned the gun on himself".
# (A suicide bomber's own death is left out: reports count it in their toll as often as not.)
_SELF_KILLED = re.compile(
    r"\bcommit(?:ted|ting|s)? suicide\b(?! bomb| attack)|\b(?:killed|killing|kills|shot|shooting|shoots) (?:only )?(?:him|her)self\b(?! in the)"
    r"|\btook (?:his|her) own life\b|\bturn(?:ed|ing)? (?:the|his|her) gun on (?:him|her)self\b", re.IGNORECASE)


_ATTEMPT_BEFORE = re.compile(r"\b(?:attempt|tried|try|trying|threat|threaten|failed)\w*\b[^.]{0,20}$", re.IGNORECASE)


_HEADLINE_STATUS = frozenset("killed assassinated murdered executed slain liquidated beheaded lynched".split())
_HEADLINE_AFTER = frozenset("by in at near on outside inside during after while as amid".split())


def _headline_victim(tokens, text, sent_index) -> list[Figure]:
    """A headline's named victim without "was": "Indian prime minister Indira Gandhi assassinated by her bodyguards"."""
    n = len(tokens)
    p = next((x for x in range(2, min(n, 10)) if tokens[x].low in _HEADLINE_STATUS), None)
    if p is None or p + 1 < n and tokens[p + 1].low not in _HEADLINE_AFTER and tokens[p + 1].text[0].isalnum():
        return []       # "... killed two soldiers": an active verb with its object
    if tokens[p].is_cap:
        return []       # A Headline In Title Case: capitals say nothing of names
    k = p - 1
    while k >= 0 and tokens[k].is_cap and tokens[k].text.isalpha() and tokens[k].low not in ROLES \
            and tokens[k].low not in _NAME_STOP and tokens[k].low not in _CALENDAR:
        k -= 1
    start = k + 1
    if p - start < 2:
        return []       # a name is two capitalised words at least
    before = tokens[:start]
    if not (before and before[-1].text == ":" or len(before) <= 4 and all(t.text.isalpha() for t in before)):
        return []
    if countries.lookup(" ".join(t.text for t in tokens[start:p])):
        return []       # "South Sudan killed ...": a country, not a person
    fig = _make(NumberPhrase(1, 1, 1, "exact", start, start + 1), "people", "killed", tokens, p + 1, text, sent_index)
    return [fig]


_COLLECTIVE_FORCES = frozenset("police army military security forces staff crew personnel militia".split())
_HEADLINE_VERBS = {"kills": "killed", "kill": "killed", "wounds": "injured", "injures": "injured", "wound": "injured",
                   "injure": "injured", "killed": "killed", "wounded": "injured", "injured": "injured"}


def _bare_object_victim(tokens, text, sent_index) -> list[Figure]:
    """A headline's victim with no article: "Shelling of Donetsk kills pensioner", "Mortar attack
    on Kadiivka wounds civilian", "LPR says civilian wounded in attack": one person."""
    n = len(tokens)
    for p in range(1, n):
        status = _HEADLINE_VERBS.get(tokens[p].low)
        shot_dead = status is None and p == 1 and p + 1 < n and tokens[p].low in ("shot", "gunned") \
            and tokens[p + 1].low in ("dead", "down")
        if shot_dead:
            status = "killed"       # "Shopkeeper shot dead in western Mosul"
        elif status is None:
            continue
        if tokens[p].low in ("kills", "kill", "wounds", "injures", "wound", "injure"):
            # the noun, after up to two words that modify it ("kills district commissioner", "kill shop owner")
            for q in range(p + 1, min(n, p + 4)):
                w = tokens[q].low
                if not tokens[q].text.isalpha() or not tokens[q].text[0].islower() or w in _FUNCTION or w in STATUS_NOUNS \
                        or w in ("a", "an", "the", "his", "her", "their", "its", "one", "two", "three"):
                    break       # (an article: "to kill a senator" is for the noun phrase readers, not a bare headline)
                if (w in ROLES or q > p + 1 and _person_noun(w)) and not w.endswith(("s", "men")) \
                        and w not in _PLURAL_WITHOUT_S and w not in _COLLECTIVE_FORCES \
                        and (q + 1 >= n or not tokens[q + 1].text[0].isalpha() or tokens[q + 1].low in _HEADLINE_AFTER):
                    return [_make(NumberPhrase(1, 1, 1, "exact", p + 1, p + 2), ROLES.get(w, "people"), status, tokens, q + 1,
                                  text, sent_index)]
        # the noun opens the headline or a clause after its ";" ("...; militant also killed")
        at = p - 1 if tokens[p - 1].low != "also" else p - 2
        opens = at == 0 or at > 0 and tokens[at - 1].text in (";", ":")
        if opens and at >= 0 and (tokens[at].text[1:].islower() or at == 0 and tokens[at].text[:1].isupper()) \
                and (tokens[at].low in ROLES or _person_noun(tokens[at].low)) and not tokens[at].low.endswith(("s", "men")) \
                and tokens[at].low not in _PLURAL_WITHOUT_S and tokens[at].low not in _COLLECTIVE_FORCES \
                and (tokens[p].low in ("killed", "wounded", "injured") or shot_dead) \
                and (p + 1 + shot_dead >= n or tokens[p + 1 + shot_dead].low in _HEADLINE_AFTER
                     or not tokens[p + 1 + shot_dead].text[0].isalpha()):
            # "Shopkeeper killed in western Mosul": a headline's one victim, first and bare
            return [_make(NumberPhrase(1, 1, 1, "exact", at, at + 1), ROLES.get(tokens[at].low, "people"), status, tokens,
                          p + 1 + shot_dead, text, sent_index)]
        if shot_dead:
            continue
        if tokens[p].low in ("killed", "wounded", "injured") and tokens[p - 1].low in ROLES \
                and not tokens[p - 1].low.endswith("s") and p >= 2 and tokens[p - 2].low in ("says", "say", "said"):
            return [_make(NumberPhrase(1, 1, 1, "exact", p - 1, p), ROLES[tokens[p - 1].low], status, tokens, p + 1,
                          text, sent_index)]
    return []


# The killing of one person told by name: "condemns the murder of our colleague Hernan Mosquera", "the killing of broadcaster
# Rodel Baguio", "the assassination of Mayor Juan Reyes"
_NAMED_KILLING = re.compile(r"\b(?:murder|killing|assassination|slaying|shooting death) of (?:(?:our|their|his|her|the|a|an)"
                            r" )?(?:(?!(?:in|by|at|of|from|near|on|and|with|during|after)\b)(?-i:[a-z][\w-]*[a-rt-z]) ){0,3}(?P<name>(?-i:[A-Z][a-z][\w'’-]+(?: (?:de |del |da |dos |van |bin |al-)?"
                            r"[A-Z][a-z][\w'’-]+){1,3}))\b", re.IGNORECASE)


def _named_killing(tokens, text, sent_index, existing) -> list[Figure]:
    """One killed, told as the killing of a person by name, where the sentence counts no dead of its own."""
    s0, s1 = tokens[0].start, tokens[-1].end
    if any(f.status == "killed" for f in existing) or not contains_any(text[s0:s1].lower(), _NAMED_KILLING_NEEDLES):
        return []
    m = _NAMED_KILLING.search(text, s0, s1)
    if m is None or countries.lookup(m.group("name").split(" ", 1)[0]) \
            or any(f.start <= m.start("name") < f.end for f in existing) \
            or _NUMBER_BEFORE.search(text, m.start(), m.start("name")) \
            or _ATTEMPT_BEFORE.search(text[max(s0, m.start() - 25):m.start()]):
        return []       # (not "the killing of two Croatian tourists", "an attempted assassination of the minister")
    return [Figure(status="killed", low=1, best=1, high=1, role="people", start=m.start(), end=m.end(),
                   text=m.group(0), sentence=sent_index)]


_FIGURE_OF = re.compile(r"\bof (?:the )?(dead|killed|deaths|fatalities|wounded|injured|hurt)\b", re.IGNORECASE)
# the dead a witness's "so now it is N" counts, and no more: a number, then "dead"/"people"/"killed" or the sentence's end
_NOW_IT_IS_DEAD = re.compile(r"\s+(?:[\w-]+ ){0,2}?[\w-]+(?: (?:dead|people|killed|victims|of us|of them|martyrs))?\s*(?:[.;!]|$)",
                             re.IGNORECASE)
_NUMBER_BEFORE = re.compile(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+|several|many|dozens)\b", re.IGNORECASE)
_NAMED_KILLING_NEEDLES = ("murder of", "killing of", "assassination of", "slaying of", "shooting death of")


def _self_killed(tokens, text, sent_index, existing) -> list[Figure]:
    """One attacker dead by his own hand, unless the sentence counts the attackers already."""
    s0, s1 = tokens[0].start, tokens[-1].end
    if "self" not in text[s0:s1] and "suicide" not in text[s0:s1]:
        return []
    m = _SELF_KILLED.search(text, s0, s1)
    if m is None or any(f.role == "attackers" and f.status == "killed" for f in existing) \
            or any(f.start <= m.start() < f.end for f in existing):
        return []
    if _ATTEMPT_BEFORE.search(text[s0:m.start()]):
        return []       # "tried to blow himself up": he did not
    return [Figure(status="killed", low=1, best=1, high=1, role="attackers", start=m.start(), end=m.end(),
                   text=m.group(0), sentence=sent_index)]


def _negative_figures(tokens, text, sent_index, existing) -> list[Figure]:
    """"no casualties" is 0 killed and 0 injured; "no reports of casualties" is unknown."""
    if not tokens:
        return []
    s0, s1 = tokens[0].start, tokens[-1].end
    sent = text[s0:s1]
    if sent.isascii():
        low = sent.lower()
        if not contains_any(low, _NEGATIVE_NEEDLES):
            return []
    if _UNKNOWN.search(sent):
        return []
    out = []
    have = {f.status for f in existing}
    for m in _NEGATIVE_PATTERN.finditer(sent):
        statuses: set[str] = set()
        for word in m.groupdict().values():
            if word:
                low_word = word.lower()
                statuses.update(_NEGATIVE_STATUS.get(low_word, ()) if not low_word.startswith("loss") else
                                ("killed",))   # (look-alike letters: no key; "no losses": no dead, say nothing of the hurt)
        for status in ("killed", "injured"):
            if status in statuses and status not in have:
                have.add(status)
                out.append(Figure(status=status, low=0, best=0, high=0, role="people",
                                  start=s0 + m.start(), end=s0 + m.end(), text=m.group(),
                                  qualifier="none", sentence=sent_index))
    return out


_RISING = re.compile(r"\b(constantly |still |continues to be |keeps? )?(increasing|rising|growing)\b|expected to (rise|grow|increase)|(?:may|could|might|will|is likely to|are likely to) (?:still |further )?(rise|grow|increase|climb)")
_PRELIMINARY = re.compile(r"\bpreliminar(?:y|ily)\b|initial reports?|not final|may be higher|could be higher|under the rubble|still being (counted|established)")
# Every match of _RISING / _PRELIMINARY contains one of these: without them the pattern is not run.
_RISING_NEEDLES = ("ris", "grow", "increas", "climb")
_PRELIMINARY_NEEDLES = ("preliminar", "initial report", "not final", "be higher", "under the rubble", "still being ")


def is_rising(sentence: str) -> str | None:
    """"preliminary" / "rising" when the sentence flags a figure as not final."""
    low = sentence.lower()
    if contains_any(low, _RISING_NEEDLES) and _RISING.search(low):
        return "rising"
    if contains_any(low, _PRELIMINARY_NEEDLES) and _PRELIMINARY.search(low):
        return "preliminary"
    return None


def rising_status_target(sentence: str) -> tuple[str, ...]:
    """Which figure a rising/preliminary flag is about."""
    low = sentence.lower()
    inj = bool(re.search(r"wounded|injur|hurt", low))
    kil = bool(re.search(r"dead|death|killed|fatalit|toll|bodies", low))
    if inj and not kil:
        return ("injured",)
    if kil and not inj:
        return ("killed",)
    return ("killed", "injured")


_FATAL_WORDS = frozenset(("fatal", "fatally", "killed", "dead", "died", "deaths", "fatalities"))


def _split_after(tokens: list, c: int, whole, k: int, figures: list[Figure]) -> None:
    """_casualties_split's "N casualties, of them M dead" (the count of dead after "of them", "among them",
    "including"): the figure read for the N casualties as dead becomes the N - M hurt, the M dead a count of their own."""
    part = read_number(tokens, k)
    if part is None or part.vague or part.best is None or part.best >= whole.best or part.end >= len(tokens) \
            or tokens[part.end].low not in _FATAL_WORDS:
        return
    read = next((f for f in figures if f.start <= tokens[c].start < f.end and f.status == "killed" and f.best == whole.best), None)
    dead = next((f for f in figures if tokens[part.start].start <= f.start < tokens[part.end].end and f.status == "killed"
                 and f.best == part.best), None)
    if read is None or dead is None:
        return
    dead.part_of = None
    if any(f.status == "injured" and f.start > dead.start for f in figures):
        read.status = None      # ("40 casualties, of them 10 killed and 30 injured": the two told are the whole)
        return
    rest = whole.best - part.best
    read.status, read.low, read.best, read.high = "injured", rest, rest, rest


def _casualties_split(tokens: list, text: str, sent_index: int, figures: list[Figure]) -> list[Figure]:
    """"counted 23 casualties, six of them fatal": casualties are the dead and the hurt together,
    so the dead are the part told fatal and the hurt the rest."""
    out: list[Figure] = []
    n = len(tokens)
    for c in range(1, n - 4):
        if tokens[c].low not in ("casualties", "casualty"):
            continue
        at = next((k for k in range(c - 1, max(-1, c - 4), -1) if tokens[k].low[:1].isdigit() or read_number(tokens, k)), None)
        whole = read_number(tokens, at) if at is not None else None
        if whole is None or whole.vague or not whole.best or whole.end > c:
            continue
        k = c + 1 + (tokens[c + 1].text == ",")
        if k + 2 < n and (tokens[k].low in ("of", "among") and tokens[k + 1].low in ("them", "whom") or tokens[k].low == "including"):
            # "left 30 casualties, of them 8 dead", "12 casualties, including three killed": the dead, and the rest hurt
            _split_after(tokens, c, whole, k + (1 if tokens[k].low == "including" else 2), figures)
            continue
        part = read_number(tokens, k) if k < n else None
        if part is None and k < n and tokens[k].low == "none":
            part = NumberPhrase(0, 0, 0, "exact", k, k + 1)     # "12 casualties, none of them fatal"
        if part is None or part.best is None or part.best >= whole.best or part.end + 2 >= n \
                or tokens[part.end].low != "of" or tokens[part.end + 1].low not in ("them", "whom"):
            continue
        m = part.end + 2
        if m < n and tokens[m].low in ("were", "was"):
            m += 1
        if m >= n or tokens[m].low not in _FATAL_WORDS:
            continue
        if any(f.start <= tokens[c].start < f.end for f in figures):
            continue
        told = [f for f in figures if tokens[part.start].start <= f.start < tokens[m].end]
        if any(f.status != "killed" or f.best != part.best for f in told):
            continue
        if not told:        # ("40 casualties, 12 of whom died": the dead are read already)
            out.append(_make(part, "people", "killed", tokens, m + 1, text, sent_index))
        rest = whole.best - part.best
        out.append(_make(NumberPhrase(rest, rest, rest, whole.qualifier, whole.start, whole.end),
                         "people", "injured", tokens, c + 1, text, sent_index))
    return out
