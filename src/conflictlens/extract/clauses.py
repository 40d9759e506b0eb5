"""Split a sentence that tells two attacks into one piece per attack.

Chronologies and round-ups pack separate attacks into one sentence: "a car bomb killed 11
people in Sadr City; in Kadhimiya, another killed seven", "a suicide bomber killed 14 at a
rally in Kama, while a roadside bomb killed three children in Jalalabad". Incidents are cut
between sentences (conflictlens.extract.incidents), so such a sentence is cut first, where a
clause with its own subject, its own casualty verb and its own place begins. A clause without
a place of its own ("..., and wounded 15 others", "while three others were hurt"), one that points
back to the attack ("and the blast wounded 20 others in the nearby X") and a headline stay whole.
"""
from __future__ import annotations

import re

from conflictlens.extract.places import find_places
from conflictlens.text.sentences import Sentence

# where a second clause can begin: a semicolon, or "while" / "whereas" / "and" after a comma
_BOUNDARY = re.compile(r";\s+(?:and\s+|while\s+)?|,\s+(?:while|whereas|and|and\s+then)\s+|\s+while\s+(?=(?:a|an|the|another)\s)")
_BOUNDARY_NEEDLES = (";", " while ", " whereas ", ", and ")
# a casualty verb of a finite clause or its participle
_CASUALTY = re.compile(r"\b(?:kill(?:ed|ing|s)?|wound(?:ed|ing|s)?|injur(?:ed|ing|es)|shot dead|beheaded|beheading|massacred"
                       r"|hurt|died|dead|(?-i:KIA|WIA))\b", re.IGNORECASE)      # (a log's "9 KIA / 21 WIA")
# every _CASUALTY match holds one of these (lower-cased): fewer than two, and no sentence is cut
_CASUALTY_STEMS = ("kill", "wound", "injur", "shot dead", "behead", "massacred", "hurt", "died", "dead", "kia", "wia")
# what the second clause may open with: a determiner, a number, a capitalised name or an
# attacker, after an optional place phrase ("in Kompienga, gunmen killed six civilians")
_OPENER = re.compile(r"(?:(?:in|near|at|outside|on the outskirts of)\s+[^,;]{2,40},\s+"
                     # "while in a separate ambush near X three gendarmes were killed", "; on the same day a drone ..."
                     r"|in (?:a |an )?(?:separate|another|second|third|different|later|similar) (?:\w+ ){0,2}?(?:\w+)(?: (?:near|in|at|on) [^,;]{2,30}?)?,?\s+"
                     r"|(?:on )?(?:the )?same (?:day|night|morning|evening|afternoon),?\s+|(?:hours|minutes) later,?\s+|later that (?:day|night),?\s+"
                     r"|elsewhere,?\s+|separately,?\s+|meanwhile,?\s+)?"
                     r"(?:a|an|the|another|one|two|three|four|five|six|seven|eight|nine|ten|\d+|[A-Z][\w'’-]*"
                     r"|gunmen|militants|insurgents|jihadists|fighters|attackers|assailants|bandits|rebels|troops|soldiers"
                     r"|police|militiamen|terrorists|suspected|unidentified|unknown|armed|masked"
                     r"|clashes|fighting|shelling|airstrikes?|air strikes?|strikes?|explosions?|bombs?|mortars?|shells|rockets?"
                     r"|drones?|missiles?|gunfire|artillery)\b")
# ... or, with no casualty told, a deed of each clause's own, the second on another day: "gunmen attacked the market in
# Dinangourou on February 15, and an IED hit an army convoy near Boni the following day"
_DEED = re.compile(r"\b(?:attacked|hit|struck|stormed|ambushed|raided|shelled|bombed|overran)\b")
_ANOTHER_DAY = re.compile(r"\b(?:the (?:following|next) (?:day|morning|night)|the day after|a day later|(?:two|three) days later)\b")
# subjects that go on with the victims already told ("while three others were hurt")
_SAME_VICTIMS = re.compile(r"(?:\w+\s+){0,2}(?:others|more|of them|of whom|of the|among them)\b", re.IGNORECASE)
# subjects that point back to the attack told ("and the blast wounded 20 others"), or the next of its
# victims ("while a third died later in hospital")
_NOT_NEW = re.compile(r"(?:the (?:death )?toll|the number|the attackers?|the gunmen|the assailants|the bomber|he|she|they|it"
                      r"|police|troops|soldiers|security forces"
                      r"|the (?:blast|explosion|attack|bombing|strike|shelling|fire)"
                      r"|(?:a|the) (?:second|third|fourth|fifth|sixth) (?!(?:\w+ )?(?:attack|strike|blast|bomb|explosion|raid|ambush|drone"
                      r"|missile|shell|rocket|car|suicide|mortar|grenade|shooting|assault|device|ied|mine|gunman|attacker|bomber)))\b",
                      re.IGNORECASE)
# a clause of where the victims were taken ("while a third died later in hospital")
_IN_HOSPITAL = re.compile(r"\bhospital\b", re.IGNORECASE)


def _place_names(text: str) -> set[tuple[str, bool]]:
    """The places a clause names, a region apart from its town ("Tahoua Region", "near Tahoua")."""
    return {(p.name, p.kind == "region") for p in find_places(text, 0)}


def _cut(text: str) -> list[tuple[int, int]]:
    """Where in `text` a clause ends and the next attack's begins (its conjunction between)."""
    cuts: list[tuple[int, int]] = []
    low = text.lower()
    by_day = _ANOTHER_DAY.search(text) is not None
    if sum(low.count(stem) for stem in _CASUALTY_STEMS) < 2 and not by_day:
        return cuts         # (one casualty verb: one attack told, whatever the commas)
    last = 0
    for m in _BOUNDARY.finditer(text):
        left, right = text[last:m.start()], text[m.end():]
        told = _CASUALTY.search(left) and _CASUALTY.search(right)
        if not told and not (by_day and _DEED.search(left) and _DEED.search(right) and _ANOTHER_DAY.search(right)):
            continue
        if not _OPENER.match(right) or _SAME_VICTIMS.match(right) or _NOT_NEW.match(right):
            continue
        # the next boundary bounds the right clause
        nxt = _BOUNDARY.search(text, m.end())
        right = text[m.end():nxt.start()] if nxt else right
        if not (_CASUALTY.search(right) if told else _DEED.search(right) and _ANOTHER_DAY.search(right)) \
                or _IN_HOSPITAL.search(right):
            continue
        here, there = _place_names(left), _place_names(right)
        if not here or not there or there <= here:
            continue
        cuts.append((m.start() + (text[m.start()] in ";,"), m.end()))
        last = m.end()
    return cuts


def split_attack_clauses(sentences: list[Sentence]) -> list[Sentence]:
    """The sentences, each that tells several attacks cut into one piece per attack (renumbered)."""
    if not any(len(s.text) > 60 and any(n in s.text for n in _BOUNDARY_NEEDLES) for s in sentences):
        return sentences
    out: list[Sentence] = []
    for s in sentences:
        headline = s.index == 0 and not s.text.rstrip().endswith((".", "!", "?"))
        # (a headline that names two attacks is read whole: extract.incidents gives each its figures)
        cuts = _cut(s.text) if not headline and len(s.text) > 60 and any(n in s.text for n in _BOUNDARY_NEEDLES) else []
        if not cuts and len(out) == s.index:
            out.append(s)
            continue
        starts = [0] + [b for _a, b in cuts]
        ends = [a for a, _b in cuts] + [len(s.text)]
        for a, b in zip(starts, ends):
            piece = s.text[a:b]
            lead = len(piece) - len(piece.lstrip())
            piece = piece.strip()
            if piece:
                out.append(Sentence(len(out), s.start + a + lead, s.start + a + lead + len(piece), piece,
                                    clause=s.start if cuts else None))
    return out
