"""Lists inside a sentence: asides, including-lists, "and four others" and coordinated statuses."""
from __future__ import annotations

from conflictlens.extract.figures.lexicon import (
    INJURED_AFTER, INJURE_VERBS, KILLED_AFTER, KILL_VERBS, ROLES, _BE, _NOT_AFTER_ACTIVE, _NOT_PERSON, _SAID)
from conflictlens.extract.figures.phrases import _abbrev_dot, _apposition_end, _plain_noun, num_end_index
from conflictlens.extract.figures.status import _status_after
from conflictlens.model import Figure
from conflictlens.text.numbers import read_number
from conflictlens.text.tokens import Token

_SUB_MARKERS = (("including",), ("among", "them"), ("among", "whom"), ("of", "whom"),
                ("among", "those"), ("among", "the", "dead"), ("among", "the", "victims"),
                ("incl",), ("as", "well", "as"))


_CONTRAST = frozenset("though although but whereas while however other others some".split())


def _contrasts_earlier(tokens: list[Token], figures: list[Figure], status: str, i: int) -> bool:
    """A second figure for the same count, offered as another report rather than more victims."""
    prev = [f for f in figures if f.status == status and f.part_of is None]
    if not prev:
        return False
    between = [t.low for t in tokens if prev[-1].end <= t.start < tokens[i].start]
    return any(w in _CONTRAST for w in between) and any(w.startswith(("report", "said", "say", "estimat", "put", "claim")) for w in between)


def _short_phrase_between(tokens: list[Token], end_char: int, k: int) -> bool:
    """Up to four words between a figure's end and token k, a phrase with no verb and no
    punctuation ("3 from Afghanistan and 2 ...")."""
    between = [t for t in tokens[:k] if t.start >= end_char]
    return 0 < len(between) <= 4 and all(t.text[0].isalpha() and t.low not in _BE and t.low not in KILL_VERBS
                                         and t.low not in INJURE_VERBS and not t.low.endswith("ed") for t in between)


def _own_verb_after(tokens: list[Token], k: int) -> bool:
    """A "were"/"was" of its own shortly after token k, not in a relative clause: "and two others
    in the hospital were unharmed" (not "two civilians who were in the street")."""
    for m in range(k, min(len(tokens), k + 5)):
        w = tokens[m].low
        if w in ("who", "which", "that", "whom", "before", "after", "when", "while", "as", "until") \
                or tokens[m].text in (",", ";", ".", ":"):
            return False
        if w in _BE:
            return True
    return False


def _after_participle(tokens: list[Token], figures: list[Figure], i: int) -> bool:
    """Token i follows ", " after the last figure and a participle phrase that describes it:
    "killed a candidate running for a seat in the assembly, his driver and a guard"."""
    if not figures or i < 2 or tokens[i - 1].text != ",":
        return False
    end = num_end_index(tokens, figures[-1].end)
    gap = tokens[end:i - 1]
    return 1 < len(gap) <= 12 and gap[0].low.endswith(("ing", "ed")) and gap[0].low not in KILLED_AFTER \
        and gap[0].low not in INJURED_AFTER and all(t.text.isalpha() or t.text == "-" for t in gap)


def _cannot_include(whole: str, part: str | None) -> bool:
    """Civilians do not include soldiers nor soldiers civilians: such a "part" is a further group."""
    return whole == "civilians" and part in ("soldiers", "attackers") or whole == "soldiers" and part in ("civilians", "children")


def _inside_including(tokens: list[Token], i: int) -> int | None:
    """Where the ", including A and B," aside that token i sits in starts (None: not in one)."""
    for k in range(i - 1, max(-1, i - 12), -1):
        w = tokens[k].low
        if w in ("including", "incl"):
            return k
        if w == "," and not (k + 1 < i and (tokens[k + 1].low in ROLES or tokens[k + 1].low in ("a", "an") or _plain_noun(tokens[k + 1])
                                           or tokens[k + 1].is_cap)):
            return None
        if w in (".", ";", "were", "was", "are", "killed", "injured", "wounded", "left", "leaving") or w in _BE \
                or w in KILL_VERBS or w in INJURE_VERBS or w in KILLED_AFTER or w in INJURED_AFTER:
            return None     # "killing 12, including 8 children and wounding another 25": a new count
    return None


def _generic_noun_status(tokens: list[Token], j: int) -> int | None:
    """"three loggers were killed", "two vigilantes died": any noun that is killed is a person.

    Returns the index after the noun, or None when no casualty status follows.
    """
    k = j
    while k < len(tokens) and k - j < 4 and tokens[k].text[0].isalpha() and tokens[k].low not in _BE \
            and tokens[k].low not in ("and", "or", "of", "in", "on", "at", "who", "to", "from", "by", "with") \
            and tokens[k].low not in _SAID and tokens[k].low not in ("the", "a", "an", "that") \
            and tokens[k].low not in KILLED_AFTER and tokens[k].low not in INJURED_AFTER and tokens[k].low not in KILL_VERBS:
        k += 1
    if k == j or any(tokens[m].low in _NOT_PERSON for m in range(j, k)):
        return None
    st, _ = _status_after(tokens, k, 4)
    if st is None and k < len(tokens) and tokens[k].text == ",":
        st = "apposition" if _apposition_end(tokens, k) is not None else None   # "Two cooks, ..., were killed"
    return k if st or _coordinated_status(tokens, k) else None


def _coordinated_status(tokens: list[Token], after: int) -> str | None:
    """"Four soldiers and a police officer were killed": the status after the last conjunct."""
    if after < len(tokens) and tokens[after].text == "(":
        close = next((m for m in range(after + 1, min(len(tokens), after + 12)) if tokens[m].text == ")"), None)
        if close is not None:
            after = close + 1   # "Two policemen (another was hurt) and four rebels died": past the aside
    if after + 1 < len(tokens) and (tokens[after].low in ("of", "from") or tokens[after].low.endswith("ing")
                                    and tokens[after + 1].low in ("for", "at", "in", "on", "with")):
        # "Four members of the border guard and three militants were killed", "two drivers working for
        # a haulier and five guards were killed": past the first group's phrase
        for m in range(after + 1, min(len(tokens), after + 9)):
            w = tokens[m]
            if w.low == "and":
                after = m
                break
            if not w.text[0].isalpha() and w.text != "-" or w.low in _BE or w.low in KILLED_AFTER or w.low in INJURED_AFTER \
                    or read_number(tokens, m):
                return None
    if after >= len(tokens) or tokens[after].low not in ("and", ","):
        return None
    k = after + 1
    while k < len(tokens) and k - after <= 10:
        w = tokens[k].low
        if w in ("which", "who", "that", "whom", "while", "whereas", "but", "although", "after", "before", "when", "because", "since"):
            return None     # "two militants and police officers which left four people dead": the clause's own toll
        if w in _BE or w in ("sacrificed", "lost", "gave", "fell"):
            st, _ = _status_after(tokens, k, 3)     # ("Four soldiers and two volunteers fell on the field of honour")
            return st
        if (w in KILLED_AFTER or w in INJURED_AFTER) and k > after + 2:
            if k + 1 < len(tokens) and (tokens[k + 1].low in _NOT_AFTER_ACTIVE or read_number(tokens, k + 1)):
                return None     # "... and a market killed more than 50": an active verb with its own object
            return "killed" if w in KILLED_AFTER else "injured"
        if w == "(":
            close = next((m for m in range(k + 1, min(len(tokens), k + 20)) if tokens[m].text == ")"), None)
            if close is not None:
                after += close + 1 - k      # the bracket does not count against the reach
                k = close + 1   # "Six militants and 18 soldiers (including an officer) were killed"
                continue
        if tokens[k].text == "," and k > after + 1 and (verb := _apposition_end(tokens, k)) is not None:
            return _status_after(tokens, verb, 3)[0]    # "34 soldiers and members of the VDP, a militia ..., were killed"
        if tokens[k].text == "," and k + 1 < len(tokens) and (tokens[k + 1].low in ("and", "a", "an", "one") or read_number(tokens, k + 1)):
            k += 1          # "Seventeen guests, one soldier, and six militants were killed": a longer list
            continue
        if tokens[k].text in ("–", "—"):
            close = next((m for m in range(k + 1, min(len(tokens), k + 16)) if tokens[m].text == tokens[k].text), None)
            if close is not None:
                after += close + 1 - k      # "four children – including a baby – were killed": the aside is no reach
                k = close + 1
                continue
        if not tokens[k].text[0].isalnum() and tokens[k].text not in "-'’" and not _abbrev_dot(tokens, k):
            return None
        k += 1
    return None


def _root(figures: list[Figure], k: int) -> int:
    while figures[k].part_of is not None and figures[k].part_of >= 0:
        k = figures[k].part_of
    return k


_SUB_MARKER_ENDS = frozenset(marker[-1] for marker in _SUB_MARKERS)


def _is_sub_marker(tokens: list[Token], i: int) -> bool:
    if i == 0 or tokens[i - 1].low not in _SUB_MARKER_ENDS:
        return False
    for marker in _SUB_MARKERS:
        m = len(marker)
        if i - m >= 0 and tuple(t.low for t in tokens[i - m:i]) == marker:
            return True
    return False
