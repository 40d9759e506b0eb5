"""Page furniture of text extracted from PDF reports: a running footer or header ("DRC: North Kivu & Ituri |
Situation Report No. 14 | 20 June 2023      Page 2 of 7") lands in the middle of the paragraph a page break cut,
so "Seven civilians were in-" and "jured, including a boy" end up apart, with the footer between them.

`without_page_lines` takes those lines out (and the blank or stray-mark lines round them) and joins the paragraph
again: a word hyphenated across the break is made whole (the newline of the line above moved after it). It returns the
new text and, for each of its characters, where that character was in the original, so the spans read from it can be
put back.
"""
from __future__ import annotations

import re

from conflictlens.text.wrapping import kept_hyphen

# a line that ends with its page's number, "Page 2 of 7", or with "Page 3" after a running head's gap or bar ("... | 20 June
# 2023      Page 3"): not a sentence's "See the map on page 4"
_PAGE_LINE = re.compile(r"^(?:[^\n]{0,160}?\b(?:Page|PAGE) \d{1,3} (?:of|/) \d{1,3}"
                        r"|(?:[^\n]{0,160}?(?:[ \t]{2,}|\t|[|•·–—][ \t]*))?(?:Page|PAGE) \d{1,3})[ \t]*$", re.MULTILINE)
_SENTENCE_IN = re.compile(r"[a-z][.!?] [A-Z]")      # (a line of prose, not a running head)
# a line with no letter or digit on it ("■", "'", "•"): a scan's stray mark, or an empty line
_MARK_LINE = re.compile(r"[^\w\n]{0,6}")


def _last_mark(text: str, end: int) -> str:
    """The last character before `end` that is not white space ("" where there is none)."""
    k = end - 1
    while k >= 0 and text[k].isspace():
        k -= 1
    return text[k] if k >= 0 else ""


def without_page_lines(text: str) -> tuple[str, list[int]] | None:
    """The text without its page lines, each cut paragraph joined, and where each kept character was; None where the
    text has no page line inside a paragraph's run (a last page's footer is left as it is)."""
    if "Page " not in text and "PAGE " not in text:
        return None
    drop: list[tuple[int, int, list[int]]] = []     # (from, to, the characters read in their place)
    for m in _PAGE_LINE.finditer(text):
        a, b = m.start(), m.end()
        if _SENTENCE_IN.search(text, a, b):
            continue
        line = (a, b)
        # widen over the blank and stray-mark lines on both sides
        while a > 0:
            prev_start = text.rfind("\n", 0, a - 1) + 1
            if _MARK_LINE.fullmatch(text, prev_start, a - 1) is None:
                break
            a = prev_start
        while b < len(text):
            nxt_end = text.find("\n", b + 1)
            nxt_end = len(text) if nxt_end < 0 else nxt_end
            if _MARK_LINE.fullmatch(text, b + 1, nxt_end) is None:
                break
            b = nxt_end
        if a == 0 or b >= len(text):
            continue        # (a page line at the top or the bottom of the text: nothing cut)
        before, after = a - 1, b + 1        # the newline that ends the line above; the first character below
        if before >= 2 and text[before - 1] == "-" and text[before - 2].islower() and text[after].islower():
            # "in-" ... "jured, including": one word again, the line above's newline after it (the lines as wide as
            # before, which unwrapping reads the wrap width from); a compound's own hyphen kept ("twenty-" "three")
            end = after
            while end < len(text) and (text[end].isalnum() or text[end] in "'’"):
                end += 1
            drop.append((before - 1 + kept_hyphen(text, before - 1, after), end, list(range(after, end)) + [before]))
        elif _last_mark(text, before) in ".!?:" and (line[0] > a or line[1] < b):
            drop.append((line[0], min(line[1] + 1, len(text)), []))    # (between two paragraphs: their blank lines kept)
        else:
            drop.append((a, after, []))        # (the line above keeps its newline)
    if not drop:
        return None
    kept: list[int] = []
    at = 0
    for a, b, moved in drop:
        kept.extend(range(at, a))
        kept.extend(moved)
        at = max(at, b)
    kept.extend(range(at, len(text)))
    return "".join(text[i] for i in kept), kept
