"""Word tokens with offsets: the unit every rule-based extractor walks over."""
from __future__ import annotations

import re
from typing import NamedTuple

_TOKEN = re.compile(
    r"\d+-(?:years?|months?|weeks?|days?)-olds?\b"   # an age, not a count: "a 68-year-old"
    r"|\d+-y\.o\."                       # ... as terse posts write it: "a 58-y.o. man" (read as "58-year-old")
    r"|[A-Za-z]+\d[A-Za-z\d]*\b"           # a name with a number in it, no count: "M23", "F16", "T72", "G5"
    r"|[A-Z][A-Za-z]{0,3}-\d+[A-Za-z\d]*\b"  # ... or after a hyphen: "Su-25", "Mi-8", "S-300", "Kh-101", "MH-17"
    r"|\d+(?:[.,]\d+)*(?:-\d+)?"          # 14, 1,200, 3.5, 5-7
    r"|[A-Za-zÀ-ÖØ-öø-ɏЀ-ӿ]+(?:[-'’][A-Za-zÀ-ÖØ-öø-ɏЀ-ӿ]+)*"  # words, hyphenated, o'clock
    r"|[^\w\s]"
)


# Misspellings common enough in hand-written reports to read as the word meant ("eight
# others were injuried"); the token's text keeps the spelling, its `low` the word.
_SPELLING = {"injuried": "injured", "injurid": "injured", "injuired": "injured", "injurred": "injured", "deads": "dead"}


class Token(NamedTuple):
    text: str
    low: str
    start: int
    end: int

    @property
    def is_cap(self) -> bool:
        return self.text[:1].isupper()


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Tokens of `text`, their offsets shifted by `offset` (the sentence start)."""
    new = tuple.__new__        # Token(...) without its Python-level __new__ (hot loop)
    out = []
    append = out.append
    for m in _TOKEN.finditer(text):
        word = m.group()
        start, end = m.span()
        low = word.lower()
        append(new(Token, (word, _SPELLING.get(low, low), start + offset, end + offset)))
    if "y.o." in text:      # "a 58-y.o. man": an age, read as "58-year-old"
        out = [new(Token, (t.text, t.low[:-5] + "-year-old", t.start, t.end)) if t.low.endswith("-y.o.") else t for t in out]
    return out


def strip_possessive(word: str) -> tuple[str, bool]:
    """("Kharkiv", True) for "Kharkiv's" / "Kharkiv’s"."""
    for suffix in ("'s", "’s", "s'", "s’"):
        if word.endswith(suffix) and len(word) > 2:
            return (word[:-2] if suffix[0] in "'’" else word[:-1]), True
    return word, False
