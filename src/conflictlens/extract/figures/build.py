"""One Figure from a number phrase read in a sentence, shared by every reader that finds one."""
from __future__ import annotations

from conflictlens.model import Figure


def _make(num, role, status, tokens, end_tok, text, sent_index, part_of=None) -> Figure:
    first = num.start
    if first > 0 and (tokens[first - 1].low in ("further", "additional", "other", "remaining")
                      or tokens[first - 1].low == "another" and tokens[first].low != "one") and tokens[first].low not in ("a", "an"):
        first -= 2 if first > 1 and tokens[first - 2].low in ("a", "an") else 1   # "a further 12", "another five": more victims
    start = tokens[first].start
    end = tokens[max(end_tok, num.end) - 1].end
    return Figure(status=status, low=num.low, best=num.best, high=num.high, role=role,
                  start=start, end=end, text=text[start:end], qualifier=num.qualifier,
                  part_of=part_of, sentence=sent_index)
