"""Dates as news reports write them, resolved against a reference date.

Explicit dates ("4 April 2025", "Jan. 25, 2013", "2025-04-04"), datelines
("KABUL, Afghanistan (Jan. 25, 2013)"), and relative ones ("on Friday",
"yesterday", "overnight", "on the night of 3 to 4 April", "earlier this
week") against the publication date. With no reference date a relative
expression stays unresolved rather than guessed.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
            "saturday": 5, "sunday": 6}

_MON = r"(?P<mon>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_NIGHT = re.compile(
    r"\bnight of (?:the )?(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?(?: (?P<m1>[A-Za-z]+)\.?)? (?:to|into|and|-|–) (?:the )?(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?,? (?P<m2>[A-Za-z]+)\.?(?:,? (?P<y>(?:19|20)\d\d))?"
    r"|\bnight of (?P<m3>[A-Za-z]+)\.? (?P<d3>[0-3]?\d)(?:st|nd|rd|th)?\s?(?:-|–|to|and|into) ?(?P<d4>[0-3]?\d)(?:,? (?P<y2>(?:19|20)\d\d))?",
    re.IGNORECASE)
_PATTERNS = [
    ("iso", re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)\b")),
    ("dmy", re.compile(rf"\b{_DAY}(?: of)? {_MON},? {_YEAR}\b", re.IGNORECASE)),
    ("mdy", re.compile(rf"\b{_MON} {_DAY},? {_YEAR}\b", re.IGNORECASE)),
    ("dm", re.compile(rf"\b(?:on |the )?{_DAY}(?: of)? {_MON}(?![a-z])", re.IGNORECASE)),
    ("md", re.compile(rf"\b{_MON} {_DAY}\b(?!,? (?:19|20)\d\d)(?!\d)", re.IGNORECASE)),
    ("my", re.compile(rf"\b(?:in |early |late |mid-)?{_MON} {_YEAR}\b", re.IGNORECASE)),
]
_RELATIVE = re.compile(
    r"\b(?P<rel>yesterday|today|tonight|this (?:morning|afternoon|evening)|earlier (?:today|this week|this month)"
    r"|last (?:night|week|month|weekend)|overnight|on (?:the )?(?:previous|preceding) (?:day|night)"
    r"|the day before|(?P<n>\w+) days? (?:ago|earlier)|this week|this month"
    r"|(?:in|over|during) (?:the )?(?:past|last|previous) (?:24 hours|day)|in (?:a|one|the past) day|in 24 hours|per day|at night"
    r"|(?:on |late |early |last |this )?(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?"
    r"(?: (?:morning|afternoon|evening|night))?)\b",
    re.IGNORECASE)
_DATELINE = re.compile(
    rf"^(?:[^\n]{{0,160}}?)\b[A-Z][A-Za-z .'-]+,(?: [A-Z][A-Za-z .'-]+)?\s*\(\s*(?i:{_MON}) {_DAY}(?:,? {_YEAR})?\s*\)",
    re.MULTILINE)
_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}


@dataclass(slots=True)
class DateMention:
    date: str | None        # ISO, None when it cannot be resolved
    precision: int          # ACLED time_precision: 1 day, 2 week, 3 month
    start: int
    end: int
    text: str
    kind: str               # explicit | relative | night | dateline


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _infer_year(m: int, d: int, ref: date | None) -> date | None:
    """A day and month without a year: the latest such date not long after the reference."""
    if ref is None:
        return None
    for y in (ref.year, ref.year - 1):
        cand = _safe_date(y, m, d)
        if cand and cand <= ref + timedelta(days=2):
            return cand
    return None


_HEADER_DATE = re.compile(rf"\s*(?i:{_MON}) {_DAY}\s*[:–—-]\s")
_YEAR_HINT = re.compile(r"(?<!\d)((?:19|20)\d\d)(?:-(\d\d)-)?")


def _year_hint(head: str, month: int) -> int | None:
    """A year for a dateline that omits it ("(Dec. 5)"), from a release number or date in the header."""
    best = None
    for m in _YEAR_HINT.finditer(head):
        year = int(m.group(1))
        if m.group(2):
            rel_month = int(m.group(2))
            # a release numbered in December may carry a January dateline
            return year + 1 if rel_month == 12 and month == 1 else year
        best = best or year
    return best


def find_dateline(text: str) -> DateMention | None:
    """The dateline's date near the top of a press release or wire report."""
    head = text[:600]
    m = _DATELINE.search(head)
    if m:
        mon = MONTHS[m.group("mon").lower().rstrip(".")]
        year = m.group("year")
        day = int(m.group("day"))
        y = int(year) if year else _year_hint(head[:m.start("mon")] + " " + head[m.end():m.end() + 200], mon)
        d = _safe_date(y, mon, day) if y else None
        return DateMention(d.isoformat() if d else None, 1, m.start(), m.end(), text[m.start("mon"):m.end()], "dateline")
    hm = _HEADER_DATE.match(head)
    if hm:   # "Dec. 6: Operations in ..." with the year from a release number
        mon = MONTHS[hm.group("mon").lower().rstrip(".")]
        y = _year_hint(head[:400], mon)
        d = _safe_date(y, mon, int(hm.group("day"))) if y else None
        if d:
            return DateMention(d.isoformat(), 1, hm.start(), hm.end(), hm.group(), "dateline")
    for kind in ("mdy", "dmy"):
        pm = _PATTERNS[1 if kind == "dmy" else 2][1].search(head[:250])
        if pm and _is_header(head, pm.start(), pm.end()):
            d = _from_match(kind, pm, None)
            if d:
                return DateMention(d.isoformat(), 1, pm.start(), pm.end(), pm.group(), "dateline")
    return None


def _is_header(text: str, start: int, end: int) -> bool:
    """A date standing in a header line ("Operational Update, Jan. 10, 2011"), not in a sentence."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    after = text[end:end + 3].lstrip(" ")
    return len(line.split()) <= 10 or after[:1] in ("", "\n", "–", "—", "-", ")", "|")


def _from_match(kind: str, m: re.Match[str], ref: date | None) -> date | None:
    g = m.groupdict()
    if kind == "iso":
        return _safe_date(int(g["year"]), int(g["mnum"]), int(g["day"]))
    mon = MONTHS.get((g.get("mon") or "").lower().rstrip("."))
    if mon is None:
        return None
    if kind in ("dmy", "mdy"):
        return _safe_date(int(g["year"]), mon, int(g["day"]))
    if kind in ("dm", "md"):
        return _infer_year(mon, int(g["day"]), ref)
    return None


_MAYBE_DATE = re.compile(
    r"\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|yesterday|today|tonight|this|earlier|last|overnight"
    r"|previous|preceding|day|days|week|month|night|mon|tues|wednes|thurs|fri|satur|sun)")


def find_dates(sentence: str, offset: int, ref: date | None) -> list[DateMention]:
    """Date mentions in one sentence, in order, resolved against `ref` where relative."""
    out: list[DateMention] = []
    if not _MAYBE_DATE.search(sentence.lower()):
        return out
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    for m in _NIGHT.finditer(sentence):
        g = m.groupdict()
        if g["d1"]:
            mon = MONTHS.get((g["m2"] or "").lower().rstrip("."))
            d1, year = int(g["d1"]), g["y"]
        else:
            mon = MONTHS.get((g["m3"] or "").lower().rstrip("."))
            d1, year = int(g["d3"]), g["y2"]
        if mon is None:
            continue
        d = _safe_date(int(year), mon, d1) if year else _infer_year(mon, d1, ref)
        out.append(DateMention(d.isoformat() if d else None, 1, m.start() + offset, m.end() + offset, m.group(), "night"))
        taken.append(m.span())
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(sentence):
            if not free(*m.span()):
                continue
            if kind in ("dm", "md") and m.group("mon").lower() in ("may", "mar") and not m.group("mon")[0].isupper():
                continue
            if kind == "my":
                mon = MONTHS[m.group("mon").lower().rstrip(".")]
                d = _safe_date(int(m.group("year")), mon, 1)
                out.append(DateMention(d.isoformat() if d else None, 3, m.start() + offset, m.end() + offset, m.group(), "explicit"))
            else:
                d = _from_match(kind, m, ref)
                if kind in ("dm", "md") and d is None and ref is not None:
                    continue
                out.append(DateMention(d.isoformat() if d else None, 1, m.start() + offset, m.end() + offset, m.group(), "explicit"))
            taken.append(m.span())
    for m in _RELATIVE.finditer(sentence):
        if not free(*m.span()):
            continue
        if m.group("wd") and not m.group("wd")[0].isupper():
            continue
        d, prec = _relative(m, ref)
        if m.group("n") and m.group("n").lower() not in _NUMBER_WORDS and not m.group("n").isdigit():
            continue
        out.append(DateMention(d.isoformat() if d else None, prec, m.start() + offset, m.end() + offset, m.group(), "relative"))
        taken.append(m.span())
    out.sort(key=lambda x: x.start)
    return out


def _relative(m: re.Match[str], ref: date | None) -> tuple[date | None, int]:
    rel = m.group("rel").lower()
    if m.group("wd"):
        if ref is None:
            return None, 1
        wd = WEEKDAYS[m.group("wd").lower()]
        back = (ref.weekday() - wd) % 7
        if rel.startswith("last ") and back == 0:
            back = 7
        return ref - timedelta(days=back), 1
    if ref is None:
        return None, 1
    if rel.startswith(("yesterday", "on the previous", "on the preceding", "the day before")) or rel.endswith((" day", "24 hours")) and not rel.startswith("on the"):
        return ref - timedelta(days=1), 1
    if rel in ("last week",):
        return ref - timedelta(days=7), 2
    if rel in ("last weekend",):
        back = (ref.weekday() - 5) % 7 or 7
        return ref - timedelta(days=back), 2
    if rel in ("last month",):
        first = ref.replace(day=1) - timedelta(days=1)
        return first.replace(day=1), 3
    if rel in ("this week", "earlier this week"):
        return ref, 2
    if rel in ("this month", "earlier this month"):
        return ref, 3
    n = m.group("n")
    if n:
        k = int(n) if n.isdigit() else _NUMBER_WORDS.get(n.lower(), 0)
        return ref - timedelta(days=k), 1
    if rel in ("last night", "overnight", "at night"):
        return ref - timedelta(days=1), 1   # the night began the evening before the report
    # today, tonight, this morning
    return ref, 1


def parse_iso(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def document_date(text: str, published: str | None) -> str | None:
    """The date a report is about when no event in it is dated: its first resolved
    date mention after the dateline, else the dateline's date, else the publication date."""
    dl = find_dateline(text)
    ref = parse_iso(published) or (parse_iso(dl.date) if dl else None)
    skip_to = dl.end if dl else 0
    for m in find_dates(text[skip_to:], skip_to, ref):
        if m.date and m.precision == 1:
            return m.date
    return ref.isoformat() if ref else None
