"""Undo hard wrapping: plain-text copy (wire feeds, e-mails, bulletins pasted from PDF) breaks its
paragraphs into lines of one width, and sentence splitting takes every newline for a boundary, so
"killing\\na man and his wife" would lose its count and "in the\\nRahimawa neighbourhood" its place.

`unwrap` replaces each newline that only wraps a paragraph with a space. It keeps the text's length,
so every offset into the unwrapped text is an offset into the original.
"""
from __future__ import annotations

import re

# the widest a hard-wrapped line is (terminals and e-mail wrap at 70-80, some pasted copy at 100-130)
_MAX_WIDTH = 160
# a wrapped line fills most of that width; the last line of a paragraph, a heading or a list item need not
_FULL = 0.7
# ... and a line that fills nearly all of it runs on, unless it ends a sentence or a label
_BRIMFUL = 0.85
# a line led by a four-figure clock ("1015 M23 shelling hits ..."): an item of a log, where no other join tells wrapping
_CLOCK4 = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d\s")
# a line that stops on a word no sentence ends with: "... a hand grenade was thrown at the team bus in the city's"
_OPEN_END = re.compile(r"(?:\b(?:the|a|an|of|in|on|at|to|by|for|from|with|and|or|near|into|onto|between|after|before|was|were"
                       r"|is|are|had|has|have|been|that|who|which|its|their|his|her|against|towards?|among|amid|including"
                       r"|killing|wounding|injuring)|['’]s|,)$", re.IGNORECASE)
# ... and words a sentence may end with but a wrapped line more often does: "... in and around\nEl Fasher" (read as the
# line that fills the width, below: only inside a paragraph already shown to be wrapped, never a text's first line)
_OPEN_END_MAYBE = re.compile(r"\b(?:around|across|along|inside|outside|through|within)$", re.IGNORECASE)
# a line that opens an item of its own: a bullet, a number, a clock, a date, a label ("Location: ...", "Deir ez-Zor: ...")
_ITEM = re.compile(r"\s*(?:[-–—•*▪►●·➡🔴🔸🔹⚡✅❗]|\d{1,2}[.)] |\d{1,2}[:.h]\d\d|\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?\b"
                   r"|\d{1,2}[ -](?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\[|\(?[a-z]\) "
                   r"|[A-Z][\w ,'’()-]{0,40}:\s|[A-Z][A-Z .'’-]{2,}\s[-–—]\s)")
# a date cut between its day and its month: "... in Djugu territory, on 30\nJanuary."
_DAY_THEN_MONTH = re.compile(r"\b(?:on|of|since|from|until) (?:the )?\d{1,2}(?:st|nd|rd|th)?$")
_MONTH_FIRST = re.compile(r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\b")
_LOWER_LABEL = re.compile(r"[a-z]+(?: \d{1,2}[:.]\d\d)?:\s")
_TABLE_ROW = re.compile(r"[|\t]| {3,}\S")


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line, its newline excluded and its trailing spaces and carriage return stripped."""
    out, at = [], 0
    for line in text.split("\n"):
        end = at + len(line.rstrip(" \t\r"))
        out.append((at, end))
        at += len(line) + 1
    return out


def unwrap(text: str) -> str:
    """`text` with the newlines inside hard-wrapped paragraphs made spaces (same length, same offsets).

    A document is taken as wrapped where no line is wider than a wrap width (160). A newline there only
    wraps where the line before fills most of the widest line's width and the sentence plainly goes on:
    the next line opens in lower case ("... killing\\na man and his wife"), or the line stops on a word no
    sentence ends with ("... in the\\nRahimawa neighbourhood", "... a comma,\\n"). Inside a paragraph one of those
    joins shows wrapped, a line that fills nearly all the width and stops on no punctuation runs on too ("... the ELN
    and the 33rd\\nFront of the FARC"), except the text's first line (a title). A next line that opens an item (a
    bullet, a clock, a day, a label) and a table's row keep their newline; so does every line that may end a title,
    a post's line or a bulletin's item, whatever follows it.
    """
    if "\n" not in text:
        return text
    lines = _lines(text)
    width = max(e - s for s, e in lines)
    if width > _MAX_WIDTH or width < 40:
        return text
    cuts: list[tuple[int, int]] = []
    brimfuls: list[tuple[int, int]] = []
    paragraph, at = [], 0       # each line's paragraph (a blank line ends one)
    for s, e in lines:
        paragraph.append(at)
        at += e == s
    first = next((k for k, (s, e) in enumerate(lines) if e > s), 0)     # (the text's first line: its title, if any)
    for i in range(len(lines) - 1):
        s, e = lines[i]
        ns, ne = lines[i + 1]
        if e - s < 40 or ne == ns:
            continue        # a short line, or a blank one after it: a paragraph ends
        line, nxt = text[s:e], text[ns:ne].lstrip()
        if not nxt or _TABLE_ROW.search(line.lstrip()) or _TABLE_ROW.search(nxt):
            continue        # (a table's row; not a line only indented, as an e-mail's list item goes on)
        lower = nxt[0].islower() or _DAY_THEN_MONTH.search(line) is not None and _MONTH_FIRST.match(nxt) is not None
        full = e - s >= _FULL * width and _OPEN_END.search(line) is not None
        brimful = not (lower or full) and i > first and line[-1:].isalnum() and not line.isupper() and (
            e - s >= _BRIMFUL * width or e - s >= _FULL * width and _OPEN_END_MAYBE.search(line) is not None)
        if not (lower or full or brimful) or not lower and (_ITEM.match(text, ns) or brimful and _CLOCK4.match(nxt)) \
                or lower and _LOWER_LABEL.match(nxt):
            continue        # (a post's "update 16:05: ..." line)
        (brimfuls if brimful else cuts).append((paragraph[i], e))
    # (a line that fills the width runs on only in a paragraph with a join of its own: not a post's lines with no
    # full stops, "... on Monday\nIn Marhanets ...", nor a list of items none of which is wrapped)
    wrapped = {p for p, _e in cuts}
    cuts = sorted([e for _p, e in cuts] + [e for p, e in brimfuls if p in wrapped])
    if not cuts:
        return text
    chars = list(text)
    for e in cuts:
        j = e
        while j < len(chars) and chars[j] != "\n":
            j += 1          # (the trailing spaces and a carriage return before it stay)
        if chars[j - 1] == "\r":
            chars[j - 1] = " "
        chars[j] = " "
    return "".join(chars)


def close_up(text: str, unwrapped: str) -> tuple[str, list[int]] | None:
    """The unwrapped text with each joined line's indentation taken out ("struck a car on the outskirts of\\n
    Shebekino" read as "... of Shebekino", which patterns spelt with one space can match) and each word hyphenated
    across a joined line made whole ("nine others were in-\\njured"), and where each of its characters was in `text`;
    None where no joined line was indented or hyphenated.

    `unwrap` keeps offsets by turning a newline into a space, so a hanging indent ("1) On Sunday ... of\\n   Shebekino")
    would leave a run of spaces inside the sentence.
    """
    if unwrapped is text:
        return None
    drop: list[tuple[int, int]] = []
    n = len(text)
    for i in (m.start() for m in _NEWLINE.finditer(text)):
        if unwrapped[i] != " ":
            continue        # (a newline kept)
        a, b = i, i + 1
        while a > 0 and unwrapped[a - 1] in " \t\r":
            a -= 1
        while b < n and unwrapped[b] in " \t":
            b += 1
        if a > 1 and text[a - 1] == "-" and text[a - 2].islower() and b < n and text[b].islower():
            # a word hyphenated across the wrap, "were in-\njured": one word again (a compound's hyphen kept:
            # "twenty-\nthree", "Russian-\nbacked", "so-\ncalled")
            drop.append((a - 1 + kept_hyphen(text, a - 1, b), b))
        elif b - a > 1:
            drop.append((a, i))
            drop.append((i + 1, b))
    if not drop:
        return None
    kept: list[int] = []
    at = 0
    for a, b in drop:
        kept.extend(range(at, a))
        at = max(at, b)
    kept.extend(range(at, n))
    return "".join(unwrapped[i] for i in kept), kept


_NEWLINE = re.compile("\n")
# the parts of compounds whose hyphen a wrap falls after but is the word's own: a number's tens and its units
# ("twenty-\nthree"), a prefix that keeps its hyphen ("so-\ncalled", "self-\ndefence"), a name before what it did
# ("Russian-\nbacked", "Houthi-\ncontrolled"); any other hyphen is the wrap's ("Kram-\natorsk", "four-\nteen")
_TENS = frozenset("twenty thirty forty fifty sixty seventy eighty ninety".split())
_UNITS = frozenset("one two three four five six seven eight nine".split())
_PREFIXES = frozenset("anti self non so well semi counter cross multi half full long short high low".split())
_AFTER_NAME = frozenset("backed led based controlled held run made born linked affiliated aligned occupied installed "
                        "owned allied bound speaking style era era's".split())
_WORD_BEFORE = re.compile(r"[\w'’]+$")
_WORD_AT = re.compile(r"[\w'’]+")


def kept_hyphen(text: str, hyphen: int, after: int | None = None) -> bool:
    """The hyphen at text[hyphen], ending a line, is the compound's own ("twenty-" "three", "Russian-" "backed",
    "so-" "called"), not the wrap's; `after` is where the next line's first word begins."""
    word = _WORD_BEFORE.search(text, max(0, hyphen - 30), hyphen)
    nxt = _WORD_AT.match(text, after) if after is not None else None
    if word is None or nxt is None:
        return False
    left, right = word.group(), nxt.group().lower()
    return left.lower() in _TENS and right in _UNITS or left.lower() in _PREFIXES \
        or left[:1].isupper() and right in _AFTER_NAME
