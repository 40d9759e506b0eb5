"""Political interactions (threats, rejections, accusations, sanctions, agreements).

Each becomes a "Strategic developments" event with a PLOVER code. A cue needs
a state or organisation as its actor ("Moscow has rejected", "the US could
ramp up sanctions"), which keeps "the governor warned residents" out.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from conflictlens.extract import countries
from conflictlens.text.alternation import ascii_only, by_first_letter, top_alternatives

_CUES = [
    ("SANCTION", re.compile(r"\b(?:imposed|imposes|imposing|announced|introduced|slapped|levied|adopted|approved) (?:new |fresh |further |additional |sweeping |tougher )?(?:[\w-]+ ){0,2}sanctions\b|\bsanctioned\b|\bexpelled\b(?= \w+ diplomats?)", re.I)),
    ("THREATEN", re.compile(r"\b(?:could|would|will|may|might|threatens? to|threatened to) (?:[\w-]+ ){0,3}(?:impose|ramp up|tighten|expand|introduce|step up|increase|slap|extend|toughen) (?:[\w-]+ ){0,4}sanctions\b|\bthreaten(?:ed|s|ing)?\b|\b(?:warn(?:ed|s)?|warning (?:that|of))\b(?! (?:residents|people|civilians|citizens|the public|of (?:more|further|possible|new|an?) (?:strikes|attacks|shelling|air)))", re.I)),
    ("REJECT", re.compile(r"\b(?:rejected|rejects|rejecting|refused|refuses|dismissed|turned down|ruled out|vetoed|spurned)\b", re.I)),
    ("ACCUSE", re.compile(r"\b(?:accused|accuses|accusing|blamed|blames|blaming|condemned|condemns|condemning|denounced"
                          r"|denounces|denouncing)\b(?!(?: [\w-]+){0,4} to (?:death|life|prison|jail|\d+ years))", re.I)),
    ("AGREE", re.compile(r"\b(?:agreed (?:to|on)|agree (?:to|on)|signed (?:an? |the )?(?:[\w-]+ ){0,2}(?:agreement|deal|accord|ceasefire|truce|memorandum|treaty)|reached (?:an? )?(?:[\w-]+ )?(?:agreement|deal|truce)|struck a deal)\b", re.I)),
]
_ANY_CUE = re.compile(r"\b(?:sanction|threat|warn|reject|refus|dismiss|turned down|ruled out|veto|spurn|accus|blam|condemn|denounc|agree|signed|reached|struck a deal|expelled)")
# _ANY_CUE over " " + text, one branch per first letter (conflictlens.text.alternation)
_ANY_CUE_FAST = re.compile(r"\W" + by_first_letter(top_alternatives(_ANY_CUE.pattern[len(r"\b(?:"):-1])))
_ANY_CUE_ASCII = ascii_only(_ANY_CUE_FAST.pattern)     # the same, faster, for ASCII text


def _led(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`\\bA|\\bB|...` as `\\W(?:A|B|...)`, searched over " " + text (conflictlens.text.alternation):
    the same matches, scanned faster. Every alternative of _CUES starts with a word character
    after its \\b, and every match ends with one, so no match takes the \\W of the next."""
    alternatives = top_alternatives(pattern.pattern)
    if not all(a.startswith("\\b") for a in alternatives):
        raise ValueError(f"{pattern.pattern!r}: every alternative must start with \\b")
    return re.compile(r"\W(?:" + "|".join(a[2:] for a in alternatives) + ")", pattern.flags)


_CUES_LED = [(plover, _led(pattern)) for plover, pattern in _CUES]
_TARGET_REACH = 60   # characters after a cue in which its target is named
_CLAUSE = re.compile(r",? while |; |, whereas |, but |, as ")


@dataclass(slots=True)
class PoliticalMention:
    plover: str
    actor1: str
    actor2: list[str] = field(default_factory=list)
    start: int = 0          # cue span
    end: int = 0
    clause_start: int = 0
    clause_end: int = 0
    actor1_span: tuple[int, int] = (0, 0)
    sentence: int = 0


def _clauses(sentence: str) -> list[tuple[int, int]]:
    spans, cut = [], 0
    for m in _CLAUSE.finditer(sentence):
        spans.append((cut, m.start()))
        cut = m.end()
    spans.append((cut, len(sentence)))
    return spans


def find_political(sentence: str, offset: int, index: int) -> list[PoliticalMention]:
    """Political cues in one sentence with their state actors."""
    out: list[PoliticalMention] = []
    low = sentence.lower()
    if not (_ANY_CUE_ASCII if low.isascii() else _ANY_CUE_FAST).search(" " + low):   # _ANY_CUE.search(low)
        return out
    for c0, c1 in _clauses(sentence):
        clause = sentence[c0:c1]
        mentions = countries.find_countries(clause)
        if not mentions:
            continue                           # every cue needs a country as its actor
        padded = " " + clause
        # (start, end, plover) of each _CUES match in the clause (_CUES_LED over " " + clause)
        hits = sorted(((m.start(), m.end() - 1, plover) for plover, pattern in _CUES_LED
                       for m in pattern.finditer(padded)), key=lambda h: h[0])
        kept: list[tuple[int, int, str]] = []
        for h in hits:                         # one cue per stretch of text: the first one wins
            if not kept or h[0] >= kept[-1][1]:
                kept.append(h)
        actor = None
        for k, (m_start, m_end, plover) in enumerate(kept):
            floor = kept[k - 1][1] if k else 0
            before = [x for x in mentions if floor <= x[3] and x[4] <= m_start]
            reach = min(kept[k + 1][0] if k + 1 < len(kept) else len(clause), m_end + _TARGET_REACH)
            after = [x for x in mentions if m_end <= x[3] < reach]
            if before:
                actor = before[-1]
            elif actor is None and after and plover == "THREATEN":
                actor, after = after[0], after[1:]
            if actor is None:
                continue
            targets: list[str] = []
            for x in after:
                if x[0] != actor[0] and x[0] not in targets:
                    targets.append(x[0])
            out.append(PoliticalMention(
                plover, actor[0], targets[:2], m_start + c0 + offset, m_end + c0 + offset,
                c0 + offset, c1 + offset, (actor[3] + c0 + offset, actor[4] + c0 + offset), index))
    return out
