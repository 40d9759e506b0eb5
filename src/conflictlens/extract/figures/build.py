"""One Figure from a number phrase read in a sentence, shared by every reader that finds one."""
from __future__ import annotations

from conflictlens.model import Figure


_COMPARED_WITH = frozenset(("twice", "double", "triple", "thrice", "times", "than", "from", "versus", "vs"))


def _make(num, role, status, tokens, end_tok, text, sent_index, part_of=None) -> Figure:
    first = num.start
    if first > 0 and (tokens[first - 1].low in ("further", "additional", "other", "remaining")
                      or tokens[first - 1].low == "another" and tokens[first].low != "one") and tokens[first].low not in ("a", "an"):
        first -= 2 if first > 1 and tokens[first - 2].low in ("a", "an") else 1   # "a further 12", "another five": more victims
    if status == "killed" and any(t.low in ("survivors", "survivor") for t in tokens[num.end:min(len(tokens), num.end + 3)]):
        status = None       # "interviewed 41 survivors and ... the names of all the dead": they lived
    elif status and num.start >= 2 and tokens[num.start - 1].low == "the" and (
            tokens[num.start - 2].low in _COMPARED_WITH
            or num.start >= 3 and tokens[num.start - 2].low in ("with", "to") and tokens[num.start - 3].low in ("compared", "comparison")):
        status = None       # "27 died, more than twice the 12 deaths acknowledged at the time": a figure compared, not added
    start = tokens[first].start
    end = tokens[max(end_tok, num.end) - 1].end
    return Figure(status=status, low=num.low, best=num.best, high=num.high, role=role,
                  start=start, end=end, text=text[start:end], qualifier=num.qualifier,
                  part_of=part_of, sentence=sent_index)
