"""Faster forms of word alternations, with the same matches.

Python's regex engine scans a pattern that starts with a word boundary (`\\b(?:said|says|...)`)
by trying every alternative at every position. The same alternation, rewritten as one branch
per first letter and led by the non-word character before the word (`\\W(?:s(?:aid|ays)|...)`,
searched over `" " + text`), is scanned in C up to the next non-word character and rejects a
position on its first letter. Words that start with different letters cannot both match at one
place, and within a letter the alternatives keep their order, so the first listed alternative
that matches still wins.

Over `" " + text`, a match's start is the word's start in `text` and its end is one past the
word's end. The rewrite finds the same matches as the original only if no match can end with a
non-word character (else a word right after it would lose its boundary character): callers
check that of their alternatives.
"""
from __future__ import annotations

import re


def top_alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a pattern: "a|b(?:c|d)|[|]" -> ["a", "b(?:c|d)", "[|]"]."""
    out: list[str] = []
    cur: list[str] = []
    depth, in_class, escaped = 0, False, False
    for ch in pattern:
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch in "()":
            depth += 1 if ch == "(" else -1
        elif ch == "|" and depth == 0:
            out.append("".join(cur))
            cur = []
            continue
        cur.append(ch)
    out.append("".join(cur))
    return out


def by_first_letter(alternatives: list[str], names: list[str] | None = None, ignorecase: bool = False) -> str:
    """`(?:a|b|...)` as one branch per first letter, for use right after a consumed `\\W`.

    Each alternative must start with an ASCII letter that no quantifier follows; a leading
    `\\b` is dropped (after a non-word character, before a letter, it always holds). With
    `names`, an empty named group closes each alternative, so `m.lastgroup` says which one
    matched. Under IGNORECASE (`ignorecase=True`) "P" and "p" are one letter.
    """
    groups: dict[str, list[str]] = {}
    for k, alt in enumerate(alternatives):
        body = alt[2:] if alt.startswith("\\b") else alt
        first, rest = body[:1], body[1:]
        if not (first.isascii() and first.isalpha()) or rest[:1] in ("?", "*", "+", "{"):
            raise ValueError(f"alternative {alt!r} must start with a letter")
        if names is not None:
            rest += f"(?P<{names[k]}>)"
        groups.setdefault(first.lower() if ignorecase else first, []).append(rest)
    return "(?:" + "|".join(f"{c}(?:{'|'.join(rests)})" for c, rests in groups.items()) + ")"


def contains_any(text: str, needles: tuple[str, ...]) -> bool:
    """Whether any of the literal needles occurs in the text. One substring test each (C's fast
    search, no per-position work in Python or the regex engine) beats both a regex alternation of
    the needles, which tries every needle at every position, and any() over a generator."""
    for needle in needles:
        if needle in text:
            return True
    return False


def ascii_only(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`pattern` compiled with re.ASCII, for ASCII text only: there it finds the same matches
    (\\w, \\W, \\b, \\d and IGNORECASE differ only on other characters), scanned faster
    (a non-word character is told by a table, not by Unicode properties).

    The pattern must be ASCII and without \\s or \\S (which differ on ASCII: Unicode counts
    \\x1c-\\x1f as spaces).
    """
    if not pattern.isascii() or "\\s" in pattern or "\\S" in pattern:
        raise ValueError(f"{pattern[:60]!r}...: not the same under re.ASCII on ASCII text")
    return re.compile(pattern, flags | re.ASCII)
