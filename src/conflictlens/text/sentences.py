"""Split a document into sentences with character offsets into the original text.

Newlines are hard boundaries (headlines, datelines, Telegram posts are lines);
inside a line we split after . ! ? unless the dot ends a known abbreviation or
sits inside an open quotation, so a quote and its "he said" stay together.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_ABBREV = frozenset(
    "mr mrs ms dr st jan feb mar apr jun jul aug sep sept oct nov dec gen col lt sgt "
    "capt maj cpl pvt gov sen rep prof no vs etc inc ltd co corp u.s u.k u.n e.g i.e "
    "approx est dept adm brig cmdr rev jr sr fr hon insp supt msgr "
    "reg mil incl obl mt ft ste".split()     # (an alert string's "Chernihiv reg.", "Regional mil. admin", "incl. 1 child")
)
_LINE = re.compile(r"[^\n]+")
_INITIALS = re.compile(r"[A-Z]\.[A-Z]")     # two initials, a place's ("D.I. Khan"; not an agency's "A.F.P." ending a sentence)
# what goes on after a clock's "a.m." in the same sentence: a time zone, a dash, a lower-case word
_AFTER_CLOCK = re.compile(r"\s*(?:[A-Z]{2,4}\b|[-–—]|[a-z(,;])")
_END = re.compile(r"[.!?]+[\"'”’»)]*(?:\[\d{1,3}\]|\(\d{1,2}\)|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3})*(?=\s+|$)")     # (a footnote's mark after it: ".[1] ", ".(4) ")
_NEXT = re.compile(r"\s*(\S)")
# A wire service's slug before the headline ("UPDATE 2-", "WRAPUP 1-", "REFILE-", "BREAKING: "):
# about the copy, not the story, and its number is no count ("UPDATE 1-Five soldiers killed").
_WIRE_SLUG = re.compile(r"\s*(?:(?:UPDATE|WRAPUP|WRAP|REFILE|CORRECTED|CORRECTION|RPT|REPEAT|EXCLUSIVE|ANALYSIS|INSIGHT|FACTBOX"
                        r"|TIMELINE|NEWSMAKER|PREVIEW|RECAST|URGENT|BREAKING)(?: \d{1,2})? ?[-:–] ?)+(?=\S)")
_OPEN_Q = "“«"
_CLOSE_Q = "”»"


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str
    clause: int | None = None    # a piece of the sentence that starts here, which told several attacks
    #                              (conflictlens.extract.clauses)


def _quote_depth(segment: str) -> int:
    """Open curly quotes minus closed ones, plus straight quotes counted for parity."""
    depth = sum(segment.count(c) for c in _OPEN_Q) - sum(segment.count(c) for c in _CLOSE_Q)
    return depth + (segment.count('"') % 2)


def _is_abbreviation(line: str, dot: int) -> bool:
    j = dot
    while j > 0 and (line[j - 1].isalpha() or line[j - 1] == "."):
        j -= 1
    word = line[j:dot].lower()
    if word in _ABBREV:
        return True
    if word in ("a.m", "p.m"):
        return _AFTER_CLOCK.match(line, dot + 1) is not None    # "10:02 a.m. ET - ...", "at 9 a.m. local time"
    return len(word) == 1 and line[j:dot].isupper() or _INITIALS.fullmatch(line, j, dot) is not None   # ("D.I. Khan")


# A field of an alert written on one line: "Date: 12 Aug 2025 / Location: Maiduguri / Incident: ... / Casualties: ..."
FIELD_LABELS = ("Date", "Time", "Location", "Area", "Place", "Incident", "Event", "Details", "Summary", "Casualties",
                "Fatalities", "Injuries", "Assessment", "Impact", "Source")
PLACE_FIELD_LABELS = ("Location", "Area", "Place", "Zone")       # the fields that place an alert's incident
_CUT_BEFORE = ("Date", "Time", "Location", "Area", "Place", "Zone", "Incident", "Casualties", "Fatalities", "Injuries",
               "Assessment", "Situation", "Impact", "Source")     # (not "Details", "Summary": a line's own words may follow them)
_FIELD_SEP = re.compile(r"\s+[/|]\s+(?=(?:" + "|".join(_CUT_BEFORE) + r"):\s)")
_FIELD_START = re.compile(r"\s*(?:" + "|".join(_CUT_BEFORE) + r"):\s")    # (a line of fields, not a headline with one)


def _segments(text: str):
    """The lines of `text`, a line of fields cut at each field ("... / Location: ..."): (start, text) pairs."""
    for line in _LINE.finditer(text):
        s, base = line.group(), line.start()
        if " / " not in s and " | " not in s or ":" not in s or not _FIELD_START.match(s):
            yield base, s
            continue
        at = 0
        for m in _FIELD_SEP.finditer(s):
            yield base + at, s[at:m.start()]
            at = m.end()
        yield base + at, s[at:]


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of `text`; each has its span and text (text == document[start:end])."""
    out: list[Sentence] = []
    slug = _WIRE_SLUG.match(text)
    for base, s in _segments(text):
        cut = slug.end() - base if slug is not None and not out and base < slug.end() <= base + len(s) else 0
        quoted = '"' in s or "“" in s or "«" in s     # else no segment of the line is inside a quotation
        for m in _END.finditer(s):
            end = m.end()
            if s[m.start()] == "." and (m.end() - m.start() == 1 or s[m.start() + 1:m.end()] == ")") \
                    and _is_abbreviation(s, m.start()):     # (also "(Dnipropetrovsk reg.)")
                continue
            if s[m.start()] == "." and m.start() > 0 and s[m.start() - 1].isdigit() and end < len(s) and s[end:end + 2].strip()[:1].isdigit():
                continue
            if quoted and _quote_depth(s[cut:end]) > 0 and end < len(s):
                continue
            after = _NEXT.match(s, end)     # s[end:].lstrip()[:1]
            nxt = after.group(1) if after else ""
            if nxt and (nxt.islower() or nxt in ",;:"):
                continue
            _emit(out, text, base + cut, base + end)
            cut = end
        _emit(out, text, base + cut, base + len(s))
    return out


# A digest's one-line item, opening a paragraph: its bullet, its label and its title, a dash, then its story
_ITEM_TITLE = re.compile(r"\s*(?:[-•*>]\s*)?[A-Z][\w'’ -]{2,30}:\s+(?P<title>[A-Z][^.!?\n]{10,140}?)\s[-–]\s(?=[A-Z])")


# A second incident told in the same sentence: "a drone strike near Tyre killed two, and a
# separate strike on Nabatieh killed three more". The clause is a sentence of its own.
_SEPARATE = re.compile(r"[,;]\s+(?:and\s+)?(?=(?:in\s+)?(?:a|another)\s+separate\s+(?:\w+\s+)?(?:strike|attack|incident|raid"
                       r"|bombing|shelling|explosion|blast|ambush|shooting)s?\b)", re.IGNORECASE)
# ... and only where the new clause names its own place ("a separate strike on Nabatieh")
_OWN_PLACE = re.compile(r"\b(?:in|on|near|at|outside|hit|struck)\s+[A-Z]")


def _emit(out: list[Sentence], text: str, start: int, end: int) -> None:
    if text.find(" - ", start, end) >= 0 or text.find(" – ", start, end) >= 0:
        item = _ITEM_TITLE.match(text, start, end) if start == 0 or text[max(0, start - 2):start] == "\n\n" else None
        if item is not None:
            _emit(out, text, start, item.end("title"))   # "* Mexico: Eight killed in attack on a home - Gunmen burst into
            start = item.end()                          # a house ...": a digest item's title, then its story
    if text.find("separate", start, end) >= 0:
        m = _SEPARATE.search(text, start, end)
        if m is not None and m.start() - start > 20 and _OWN_PLACE.search(text, m.end(), end):
            _emit(out, text, start, m.start() + 1)
            start = m.end()
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(len(out), start, end, text[start:end]))
