"""Number phrases in news English: digits, words, vague quantities, qualifiers.

`read_number(tokens, i)` reads the phrase starting at token i ("at least
four", "more than 50", "between 5 and 7", "dozens") and returns low/best/high
per UCDP's convention plus the qualifier, or None when no number starts there.
"""
from __future__ import annotations

from dataclasses import dataclass

from conflictlens.text.tokens import Token

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90}
SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
# Vague quantities, per ACLED's conventions where it has one ("dozens" = 12).
VAGUE = {"dozens": 12, "tens": 10, "hundreds": 100, "scores": 20, "thousands": 1000}
COUNT_WORDS = {"dozen": 12, "couple": 2, "pair": 2, "score": 20}

# qualifier -> kind: low (at least), above (more than), high (up to), below, approx
QUALIFIERS: dict[tuple[str, ...], str] = {
    ("at", "least"): "low", ("no", "fewer", "than"): "low", ("no", "less", "than"): "low",
    ("a", "minimum", "of"): "low", ("at", "minimum"): "low",
    ("more", "than"): "above", ("over",): "above", ("upwards", "of"): "above",
    ("in", "excess", "of"): "above",
    ("up", "to"): "high", ("as", "many", "as"): "high", ("at", "most"): "high",
    ("no", "more", "than"): "high", ("a", "maximum", "of"): "high",
    ("less", "than"): "below", ("fewer", "than"): "below", ("under",): "below",
    ("nearly",): "approx", ("almost",): "approx", ("about",): "approx", ("around",): "approx",
    ("approximately",): "approx", ("roughly",): "approx", ("some",): "approx",
    ("an", "estimated"): "approx", ("estimated",): "approx", ("close", "to"): "approx",
}
_QUAL_FIRST = {k[0] for k in QUALIFIERS}
_QUAL_BY_FIRST: dict[str, list[tuple[tuple[str, ...], str]]] = {}
assert all(1 <= len(_words) <= 3 for _words in QUALIFIERS)     # read_number compares up to three words
for _words, _kind in QUALIFIERS.items():
    _QUAL_BY_FIRST.setdefault(_words[0], []).append((_words, _kind))


@dataclass(slots=True)
class NumberPhrase:
    low: int | None
    best: int | None
    high: int | None
    qualifier: str
    start: int   # token index of the first token
    end: int     # token index after the last token
    vague: bool = False


def _digits(tok: str) -> int | None:
    if tok.replace(",", "").isdigit():
        return int(tok.replace(",", ""))
    return None


def _word_value(tokens: list[Token], i: int) -> tuple[int, int, bool] | None:
    """A bare count at i: (value, next index, vague)."""
    if i >= len(tokens):
        return None
    t = tokens[i].low
    d = _digits(t)
    if d is not None:
        j = i + 1
        if j < len(tokens) and tokens[j].low == "s" and tokens[j].start == tokens[i].end:
            return None     # a decade, no count: "a man in his 40s", "the 1990s"
        if j < len(tokens) and tokens[j].low in SCALES:
            return d * SCALES[tokens[j].low], j + 1, False
        return d, j, False
    if t in VAGUE:
        j = i + 1
        if j < len(tokens) and tokens[j].low == "of":
            j += 1
        return VAGUE[t], j, True
    if t in ("a", "an") and i + 2 < len(tokens) and tokens[i + 2].low == "couple" and tokens[i + 1].low.isalpha() \
            and tokens[i + 1].low not in COUNT_WORDS and (i + 3 >= len(tokens) or tokens[i + 3].low != "of"):
        return 2, i + 3, False      # "killing an elderly couple", "a Palestinian couple": two people
    if t in ("a", "an") and i + 1 < len(tokens) and tokens[i + 1].low in COUNT_WORDS:
        j = i + 2
        if j < len(tokens) and tokens[j].low == "of":
            j += 1
        return COUNT_WORDS[tokens[i + 1].low], j, tokens[i + 1].low == "couple"
    total, cur, j, seen = 0, 0, i, False
    if t in ("a", "an") and i + 1 < len(tokens) and tokens[i + 1].low in SCALES:
        cur, j, seen = 1, i + 1, True   # "a hundred", "a thousand"
    elif "-" not in t and t not in UNITS and t not in TENS:
        return None     # no number word here: the loop below would stop at once ("a", "in", "at")
    while j < len(tokens):
        w = tokens[j].low
        parts = w.split("-") if "-" in w else [w]
        if all(p in UNITS or p in TENS for p in parts) and len(parts) <= 2:
            cur += sum(UNITS.get(p, TENS.get(p, 0)) for p in parts)
            seen = True
        elif w in SCALES and seen:
            cur = max(cur, 1) * SCALES[w]
            if SCALES[w] >= 1000:
                total, cur = total + cur, 0
        elif w == "and" and seen and j + 1 < len(tokens) and (tokens[j + 1].low in UNITS or tokens[j + 1].low in TENS or "-" in tokens[j + 1].low and tokens[j + 1].low.split("-")[0] in TENS) and j > i and tokens[j - 1].low in SCALES:
            pass
        elif w in ("dozen", "dozens") and seen:
            cur *= 12       # "two dozen", and the slip "two dozens"
        else:
            break
        j += 1
    if not seen:
        return None
    return total + cur, j, False


_ORDINAL_ENDINGS = frozenset(("st", "nd", "rd", "th"))


def ordinal_end(tokens: list[Token], k: int) -> bool:
    """Token k is the "th" of "14th" (the tokenizer splits it from its digits)."""
    return 0 < k < len(tokens) and tokens[k].low in _ORDINAL_ENDINGS and tokens[k].start == tokens[k - 1].end
# Words a number phrase can start with; anything else is rejected at once (hot loop).
NUMBER_START = frozenset(UNITS) | frozenset(TENS) | frozenset(VAGUE) | _QUAL_FIRST | {"a", "an", "between"}


def read_number(tokens: list[Token], i: int) -> NumberPhrase | None:
    """The number phrase starting at token i, qualifiers included, or None."""
    low = tokens[i].low if i < len(tokens) else ""
    if not (low[:1].isdigit() or low in NUMBER_START or "-" in low and low.split("-", 1)[0] in TENS):
        return None
    start = i
    kind = "exact"
    for words, k in _QUAL_BY_FIRST.get(low, ()):
        n = len(words)      # (a qualifier has one to three words; the first is `low`)
        if n == 1 or i + n <= len(tokens) and tokens[i + 1].low == words[1] and (n == 2 or tokens[i + 2].low == words[2]):
            kind, i = k, i + n
            break
    if i < len(tokens) and tokens[i].low == "between":
        a = _word_value(tokens, i + 1)
        if a and a[1] < len(tokens) and tokens[a[1]].low == "and":
            b = _word_value(tokens, a[1] + 1)
            if b:
                return NumberPhrase(a[0], a[0], b[0], "range", start, b[1])
        return None
    tok = tokens[i].text if i < len(tokens) else ""
    if "-" in tok and tok.replace("-", "").isdigit():  # "5-7" as one token
        a, b = (int(x) for x in tok.split("-", 1))
        if a < b:
            return NumberPhrase(a, a, b, "range", start, i + 1)
        return None
    first = _word_value(tokens, i)
    if first is None:
        return None
    value, j, vague = first
    if j < len(tokens) and tokens[j].text == "+" and tokens[j].start == tokens[j - 1].end:
        j += 1      # "20+ wounded": at least 20
        if kind == "exact":
            kind = "low"
    if ordinal_end(tokens, j):
        return None     # "the 14th brigade", "the 3rd": an ordinal, no count
    if j + 1 < len(tokens) and tokens[j].low in ("to", "or") and kind in ("exact", "low"):   # "(at least) 64 to 101"
        second = _word_value(tokens, j + 1)
        if second and second[0] > value:
            return NumberPhrase(value, value, second[0], "range", start, second[1])
    if vague and kind == "exact":
        kind = "low"
    return _qualified(value, kind, start, j, vague)


def _qualified(v: int, kind: str, start: int, end: int, vague: bool) -> NumberPhrase:
    if kind == "low":
        return NumberPhrase(v, v, None, "at least", start, end, vague)
    if kind == "above":
        return NumberPhrase(v + 1, v + 1, None, "more than", start, end, vague)
    if kind == "high":
        return NumberPhrase(None, v, v, "up to", start, end, vague)
    if kind == "below":
        return NumberPhrase(None, max(v - 1, 0), max(v - 1, 0), "fewer than", start, end, vague)
    if kind == "approx":
        return NumberPhrase(None, v, None, "about", start, end, vague)
    return NumberPhrase(v, v, v, "exact", start, end, vague)
