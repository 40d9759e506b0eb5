"""Counts told as a form's fields: "Killed: 2", "Dead: a man aged 44 and a woman aged 70", "Civilians injured: 4".

Situation reports, alerts and administrations' posts list a toll under a label instead of a verb;
the label is the status, what follows the count or the victims one by one.
"""
from __future__ import annotations

from conflictlens.extract.figures.build import _make
from conflictlens.extract.figures.lexicon import ROLES
from conflictlens.extract.figures.phrases import _noun_after
from conflictlens.model import Figure
from conflictlens.text.numbers import NumberPhrase, read_number
from conflictlens.text.tokens import Token

FIELD_STATUS = {"killed": "killed", "dead": "killed", "deaths": "killed", "fatalities": "killed", "died": "killed",
                "kia": "killed", "injured": "injured", "wounded": "injured", "injuries": "injured", "wia": "injured",
                "hurt": "injured"}
_NONE = frozenset(("none", "nil", "no", "nobody", "zero", "0"))
_ITEM_BREAKS = frozenset(("and", ",", ";"))
_ONE = frozenset(("a", "an", "one"))
_SEPARATORS = frozenset(("|", ";", ".", ",", "-", "–", "—", "/", ":"))     # (":": "Casualties: Killed: 2, ...")


def may_have_fields(tokens: list[Token]) -> bool:
    return any(t.text == ":" for t in tokens)


def field_figures(tokens: list[Token], text: str, sent_index: int) -> list[Figure]:
    """The figures of every status label in the sentence that opens it or follows a separator."""
    out: list[Figure] = []
    n = len(tokens)
    for k in range(1, n - 1):
        if tokens[k].text != ":" or tokens[k - 1].low not in FIELD_STATUS:
            continue
        label = k - 1
        role = None
        if label > 0 and tokens[label - 1].low in ROLES:
            label -= 1          # "Civilians killed: 3"
            role = ROLES[tokens[label].low]
        if label > 0 and tokens[label - 1].text not in _SEPARATORS:
            continue            # (a label opens the line or a cell, not "the report says killed: ...")
        status = FIELD_STATUS[tokens[k - 1].low]
        end = _value_end(tokens, k + 1)
        while end > k + 1 and tokens[end - 1].text in ".,;":
            end -= 1            # ("Killed: one.")
        fig = _value(tokens, k + 1, end, status, role, text, sent_index)
        if fig is not None:
            fig.field = True
            out.append(fig)
    return out


def _value_end(tokens: list[Token], i: int) -> int:
    """Where the field's value ends: before the next label ("Killed: 2 | Injured: 4")."""
    for j in range(i, len(tokens)):
        if tokens[j].text in ("|", ";") or tokens[j].text == ":" and j > i:
            return j - 1 if tokens[j].text == ":" and tokens[j - 1].low in FIELD_STATUS else j
    return len(tokens)


def _value(tokens: list[Token], i: int, end: int, status: str, role: str | None, text: str, sent_index: int) -> Figure | None:
    if i >= end:
        return None
    if tokens[i].low in _NONE and (i + 1 >= end or not tokens[i + 1].low[:1].isalpha() or tokens[i + 1].low in ("one", "reported")):
        num = NumberPhrase(0, 0, 0, "exact", i, i + 1)
        return _make(num, role or "people", status, tokens, i + 1, text, sent_index)
    count, last, noun = _counted(tokens, i, end)
    if not count:
        return None
    num = NumberPhrase(count, count, count, "exact", i, last)
    return _make(num, noun or role or "people", status, tokens, last, text, sent_index)


def _counted(tokens: list[Token], i: int, end: int) -> tuple[int, int, str | None]:
    """ "2 soldiers and 3 civilians", "a man aged 44 and a woman aged 70", "two soldiers and a medic", "one": how many,
    the token after the list and the role where one is told; (0, i, None) where an item is no count of people ("2025
    total", "5 houses destroyed", "12 hours later", "14:00 update")."""
    count, k, role = 0, i, None
    while k < end:
        j = k
        while j < end and tokens[j].text not in _ITEM_BREAKS:
            j += 1
        if j > k:
            head = tokens[k]
            num = read_number(tokens, k) if head.low not in _ONE else None
            if num is not None and num.end <= j:
                if head.text.isdigit() and (len(head.text) == 4 or num.end + 1 < len(tokens) and tokens[num.end].text in ":."
                                            and tokens[num.end + 1].text.isdigit()):
                    return 0, i, None       # a year, a clock's hour
                if k == i and num.end < end and tokens[num.end].text == "(":
                    return num.best or 0, num.end, None     # "Deaths: 4 (2 patients, 1 nurse, 1 visitor)": its breakdown
                noun, after = _noun_after(tokens, num.end)
                if noun is None and num.end < j and tokens[num.end].text[:1].isalpha():
                    return 0, i, None       # a count of things or of time
                count += num.best or 0
                role = role or noun
            elif any(t.low in ROLES or t.low.endswith("-year-old") for t in tokens[k:j]):
                count += 1                  # "a man aged 44", "the driver"
            elif j == k + 1 and head.low in _ONE:
                count += 1                  # "Killed: one."
            else:
                return 0, i, None
        k = j + 1
    return count, end, role
