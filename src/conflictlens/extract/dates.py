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

from conflictlens.text.alternation import ascii_only, by_first_letter, contains_any, top_alternatives

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}
# A time of day as live blogs and bulletins stamp their entries: "13:05", "3:30pm", "14:52 EEST"
CLOCK = r"\d{1,2}[:.]\d{2}(?: ?[ap]\.?m\.?)?(?: [A-Z]{2,4})?"
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
            "saturday": 5, "sunday": 6}

_MON = r"(?P<mon>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_NIGHT = re.compile(
    r"\bnight of (?:the )?(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?(?: (?P<m1>[A-Za-z]+)\.?)?(?: (?:to|into|and) |\s?[-–/]\s?)(?:the )?(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?,? (?P<m2>[A-Za-z]+)\.?(?:,? (?P<y>(?:19|20)\d\d))?"
    r"|\bnight of (?P<m3>[A-Za-z]+)\.? (?P<d3>[0-3]?\d)(?:st|nd|rd|th)?\s?(?:-|–|/|to|and|into) ?(?P<d4>[0-3]?\d)(?:,? (?P<y2>(?:19|20)\d\d))?",
    re.IGNORECASE)
# A span of days, no one day's: "Between 1 and 14 September 2023", "from 3 to 9 May", "1-14 Sep 2023" (a night's two days
# are _NIGHT's)
_DAY_SPAN = re.compile(r"\b(?:(?P<lead>(?i:between|from)) )?(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?(?: (?P<mon1>[A-Z][a-z]{2,8}|[A-Z]{3,9})\.?)?"
                       r"(?: (?P<sep>and|to|until) |\s?[-–]\s?)(?P<d2>[0-3]?\d)"
                       r"(?:st|nd|rd|th)? (?P<mon>[A-Z][a-z]{2,8}|[A-Z]{3,9})\.?(?:,? (?P<y>(?:19|20)\d\d))?\b")
#                      (a month capitalised: not "between 20 and 30 may have been killed")
_OVERNIGHT_DEED = re.compile(r"\b(?:overnight|night[- ]time|nighttime|at night|night (?:attack|raid|assault|strike|ambush)s?)\b",
                             re.IGNORECASE)
_OTHER_TIME = re.compile(r"\b(?:after|before|since|ahead of|during)\b", re.IGNORECASE)
# a night told in brackets after the deed: "an overnight attack on Kairu (6-7 December)": its first day
_NIGHT_BRACKET = re.compile(r"\((?P<d1>[0-3]?\d)\s?[-–/]\s?(?P<d2>[0-3]?\d) (?P<mon>[A-Za-z]+)\.?(?:,? (?P<y>(?:19|20)\d\d))?\)")
_PATTERNS = [
    ("iso", re.compile(r"\b(?P<year>(?:19|20)\d\d)(?P<isep>[-/])(?P<mnum>[01]\d)(?P=isep)(?P<day>[0-3]\d)\b")),
    #   (and a sheet's "2024/03/07", year first with slashes)
    # "11.03.2025", "11/03/2025": day first as most of the world writes it (a month first only
    # where the day-first reading is no date, or lies after the reference and it does not)
    ("numeric", re.compile(r"(?<![\d.,/-])(?P<a>[0-3]?\d)(?P<sep>[./-])(?P<b>[0-3]?\d)(?P=sep)(?P<year>(?:19|20)\d\d)\b(?![.,/-]\d)")),
    # ("05-Feb-2026", "05-Feb 14:22": a log's day, its month after a hyphen)
    ("dmy", re.compile(rf"\b{_DAY}(?:(?: of)? |-){_MON}(?:,? |-){_YEAR}\b", re.IGNORECASE)),
    ("mdy", re.compile(rf"\b{_MON} {_DAY},? {_YEAR}\b", re.IGNORECASE)),
    ("dm", re.compile(rf"\b(?:on |the )?{_DAY}(?:(?: of)? |-){_MON}(?![a-z])", re.IGNORECASE)),
    ("md", re.compile(rf"\b{_MON} {_DAY}\b(?!,? (?:19|20)\d\d)(?!\d)(?!:\d)", re.IGNORECASE)),     # (not "05-Feb 14:22": a clock)
    ("my", re.compile(rf"\b(?:in |early |late |mid-)?{_MON} {_YEAR}\b", re.IGNORECASE)),
]
_PATTERN_OF = dict(_PATTERNS)
_NUMERIC_GATE = re.compile(r"\d[./-]\d\d?[./-](?:19|20)\d\d")     # what every "numeric" match holds
_RELATIVE = re.compile(
    r"\b(?P<rel>yesterday|today|tonight|this (?:morning|afternoon|evening)|earlier (?:today|this week|this month)"
    r"|(?<!the )last (?:night|evening|week|month|weekend)(?! of\b)|(?:at|over|during) the weekend|the weekend(?=[^\w ]s\b)|overnight|(?:on )?the (?:previous|preceding) day(?!'s)|(?:on )?the (?:previous|preceding) (?:night|evening|morning|afternoon)"
    r"|(?:the )?day before yesterday|the night before last(?=[,.;:)]| (?:in|at|on|near|when|while|as|and|killing|after|before|by|from|with)\b|$)|the day before|(?P<n>\w+) days? (?:ago|earlier)|this week|this month|early (?:in )?(?:the|this) week(?![-\w]| of\b)"
    r"|(?:in|over|during) (?:the )?(?:past|last|previous) (?:24 hours|day)|in (?:a|one|the past) day|in 24 hours|per day|at night"
    r"|(?:during|within|over) (?:the|a|one) day|within 24 hours"
    # "on the 2nd of this month": a day of the month the report is in
    r"|on the (?P<od>[1-3]?\d)(?:st|nd|rd|th) of (?:this|the current) month"
    r"|(?:on |late |early |last |this )?(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?!s? (?:market|bazaar)s?\b)s?"
    r"(?: (?:morning|afternoon|evening|night))?)\b",     # (not "the Monday Market", a place named for its day)
    re.IGNORECASE)
# accented capitals and small letters of town names ("BOGOTÁ, Nov 27 —", "SÃO PAULO", "Ségou, 3 May –")
_UP, _LO = "À-ÖØ-Þ", "ß-öø-ÿ"
_DATELINE = re.compile(
    rf"^(?:[^\n]{{0,160}}?)\b[A-Z{_UP}][A-Za-z{_UP}{_LO} .'-]+,(?: [A-Z{_UP}][A-Za-z{_UP}{_LO} .'-]+)?\s*\(\s*(?i:{_MON})\s?{_DAY}(?:[,.]?\s*{_YEAR})?\s*\)",
    re.MULTILINE)
# The same without brackets, after a capitalised city: "SRINAGAR, May 21 –", "KABUL, Afghanistan,
# Nov. 13 –", "RAWALPINDI, 14 March 2023:", "DERA ISMAIL KHAN, Jan 15 (APNS):".
_BARE_CITY = rf"\s*[A-Z][A-Z{_UP}'-]+(?:[ /][A-Z{_UP}][A-Z{_UP}'-]+){{0,2}},(?: [A-Z{_UP}][A-Za-z{_UP}{_LO} .'-]+,)?\s*"
_AGENCY = r"(?:\s*\((?:[A-Z][A-Za-z./ ]{1,30}|translated from [A-Z][a-z]+)\))?"     # "MOGADISHU, Dec. 1 (Xinhua) --", "(translated from French)"
# (ends in a dash or a colon, or in a full stop before the story, as TASS writes: "BELGOROD, August 19. /TASS/. ...")
_DATELINE_END = r"(?:\s*[:–—-]+\s|\.(?:\s*/[A-Z][A-Za-z-]{1,12}/\.?)?\s+(?=[A-Z\"“]))"
_WIRE_TAG_END = r"\s*\([A-Z][A-Za-z./ ]{1,30}\)\s*[–—-]+\s"
# ... or the agency's bracket and straight on to the story, as Indian wires write it: "IMPHAL, Dec 9 (PTI) Two ..."
_AGENCY_END = rf"(?:{_AGENCY}{_DATELINE_END}|\s*\([A-Z][A-Za-z./ ]{{1,30}}\)\s+(?=[A-Z]))"
# a title-case town and its day before a dash: "Goma, 16 October — ...", "Port Sudan, July 27 - ..."
_TOWN_DAY_DASH = re.compile(rf"\s*[A-Z{_UP}][a-z{_LO}]+(?:[ -][A-Z{_UP}][a-z{_LO}]+)?, {_DAY} (?i:{_MON})(?:,? {_YEAR})?{_AGENCY} (?:[–—]|-) ")
_TOWN_MON_DASH = re.compile(rf"\s*[A-Z{_UP}][a-z{_LO}]+(?:[ -][A-Z{_UP}][a-z{_LO}]+)?, (?i:{_MON})\.? {_DAY}(?:,? {_YEAR})?{_AGENCY} (?:[–—]|-) ")
_DATELINE_BARE = (
    re.compile(rf"{_BARE_CITY}(?i:{_MON})\s?{_DAY}(?:,?\s*{_YEAR})?{_AGENCY_END}"),
    re.compile(rf"{_BARE_CITY}{_DAY} (?i:{_MON})(?:,?\s*{_YEAR})?{_AGENCY_END}"),
    # a title-case town and a date before a colon, as South Asian dailies write it: "Kupwara, Sep 14: ..."
    re.compile(rf"\s*[A-Z][a-z]+(?: [A-Z][a-z]+)?, (?i:{_MON})\.? ?{_DAY}(?:,? {_YEAR})?:\s"),
    # ... or before a dash, day first or month first: "Goma, 16 October — ...", "Port Sudan, 27 July - ..."
    _TOWN_DAY_DASH,
    _TOWN_MON_DASH,
    # a wire tag with no city, the agency's name in brackets: "Feb 8 (Reuters) - ", "8 February (AFP) -"
    re.compile(rf"\s*(?i:{_MON})\s?{_DAY}(?:,?\s*{_YEAR})?{_WIRE_TAG_END}"),
    re.compile(rf"\s*{_DAY} (?i:{_MON})(?:,?\s*{_YEAR})?{_WIRE_TAG_END}"),
)
_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
# A dateline further down the text: a second release pasted after the first ("... | KABUL,
# Afghanistan (Aug. 20, 2012) | Forces confirmed today ..."). Its date dates that release, not an event.
_INLINE_DATELINE = re.compile(
    rf"\b[A-Z][A-Za-z'-]+(?: [A-Z][A-Za-z'-]+)*,(?: [A-Z][A-Za-z'-]+(?: [A-Z][A-Za-z'-]+)*)?\s*"
    rf"\(\s*(?i:{_MON})\s?{_DAY}(?:[,.]?\s*{_YEAR})?\s*\)")
# "overnight on Monday", "overnight into Sunday": the night before that day, as "overnight" is.
_NIGHT_BEFORE_WD = re.compile(
    r"\b(?:overnight|last night),?\s+(?:on|into)\s+(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b",
    re.IGNORECASE)
# The parts of the report's own day that a verb of telling may date: "the mayor said this morning".
_TELLING_DAYS = frozenset(("this morning", "this afternoon", "this evening", "today", "tonight"))
# "today" that dates the telling, not the deed: "forces confirmed today that ...", "Today, officials announced".
_REPORT_VERB = re.compile(
    r"\b(?:confirm|announc|report|said\b|say|stat(?:ed|es)\b|disclos|reveal|releas|acknowledg|verif)\w*", re.IGNORECASE)
_REPORT_BEFORE = re.compile(
    r"\b(?:said|says|announced|confirmed|reported|stated|claimed(?: responsibility)?|denied|admitted)(?: (?:in|on) (?:a |an )?\w+)?,? (?:on )?$"
    r"|\btold (?:reporters|journalists|the press|a news conference|a press conference|\w+ (?:TV|television|radio)) (?:late |early )?(?:on )?$",
    re.IGNORECASE)
# The day of a telling or of a toll's update, farther from its verb: "said in a statement read on state
# television late on Tuesday", "the death toll ... rose to 12 on Thursday"
_TOLD_LATER_BEFORE = re.compile(
    r"\b(?:said|announced|confirmed|reported|stated|claimed(?: (?:the |an? )?[\w-]+){0,4}) in (?:a |an |its |their |his |her )?(?:\w+ )?(?:statement|post|video|message|briefing"
    r"|interview|summary|update|report|claim|communiqu\w+|bulletin)\b[^.;,]{0,50}?(?:late |early )?(?:on )?$"
    r"|\b(?:rose|risen|climbed|increased|jumped|grew|reached|rises|climbs) to (?:at least )?[\w,]+(?: people| dead)?"
    r",? (?:late |early )?(?:on )?$", re.IGNORECASE)
# A date naming another incident: "Wednesday's attack", "the Aug. 7 bombing".
# A day of the month with no month: "on the 14th" (not "the 14th brigade", "on the 14th of May": explicit)
_ORDINAL_DAY = re.compile(r"\bon the ([1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b(?![-–]| (?:of|day|brigade|battalion|regiment|division|corps"
                          r"|army|floors?|storeys?|stor(?:y|ies)|century|anniversary|round|time|attempt|convoy|edition|session"
                          r"|and \d{1,2}(?:st|nd|rd|th) floors?)\b)")     # (not "fire on the 6th–7th floors")
_ARTICLE_BEFORE = re.compile(r"\b(?:an|the)\s+$", re.IGNORECASE)
_POSSESSIVE = re.compile(r"^(?:'|’)s\b")
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
_NOUN_AFTER = re.compile(r"^\s+(?!and\b|or\b|in\b|at\b|on\b|to\b|when\b|while\b|after\b|before\b|near\b)[a-z]")
# Expressions that name a day outright rank before vague ones ("today", "overnight") in one sentence:
# "confirmed the capture, during an overnight raid, of a leader Monday" happened on Monday.
_VAGUE = re.compile(
    r"\b(?:today|tonight|this (?:morning|afternoon|evening)|earlier today|overnight|at night|this week|this month"
    r"|earlier this (?:week|month)|last (?:week|month|weekend)|(?:at|over|during) the weekend|(?:in|over|during) (?:the )?(?:past|last|previous) (?:24 hours|day)"
    r"|in (?:a|one|the past) day|in 24 hours|per day|(?:during|within|over) (?:the|a|one) day|within 24 hours)$",
    re.IGNORECASE)


@dataclass(slots=True)
class DateMention:
    date: str | None        # ISO, None when it cannot be resolved
    precision: int          # ACLED time_precision: 1 day, 2 week, 3 month
    start: int
    end: int
    text: str
    kind: str               # explicit | relative | night | dateline
    role: str = "event"     # event | report ("confirmed today") | attributive ("Monday's attack")


_AGO_DEED_BEFORE = re.compile(r"\b(?:killed|died|perished|lost their lives|massacred|murdered|struck|hit|bombed|attacked)\s+$")
_UNITS_AGO = re.compile(r"\b(?P<n>a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})"
                        r" (?P<unit>years?|months?|weeks) ago\b")
# The Solar Hijri months (Afghan Dari names, then Iranian), in order
_SOLAR_MONTHS = {name: k + 1 for names in (
    ("hamal", "sawr", "jawza", "saratan", "asad", "sunbula", "mizan", "aqrab", "qaws", "jadi", "dalw", "hut"),
    ("farvardin", "ordibehesht", "khordad", "tir", "mordad", "shahrivar", "mehr", "aban", "azar", "dey", "bahman", "esfand"),
    # (and the other spellings of English reporting: "Saur", "Hoot", "Jaddi", "Amordad", "Shahrivar" as "Shahriwar")
    ("haml", "saur", "jauza", "sartan", "assad", "sonbola", "meezan", "akrab", "qaus", "jaddi", "dalwa", "hoot"),
    ("farwardin", "urdibehesht", "khurdad", "teer", "amordad", "shahriwar", "mihr", "aaban", "azer", "day", "bahmun",
     "esfand"))
    for k, name in enumerate(names) if name not in ("day",)}
_SOLAR_NEEDLE = re.compile(r"\d(?:st|nd|rd|th)?(?: of)? (?:" + "|".join(_SOLAR_MONTHS) + r")\b|\b(?:"
                           + "|".join(_SOLAR_MONTHS) + r") \d")
_SOLAR_NAMES = "|".join(sorted((name.capitalize() for name in _SOLAR_MONTHS), key=len, reverse=True))
_SOLAR_DAY = re.compile(r"\b(?:(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?: of)? (?P<smon>" + _SOLAR_NAMES + r")"
                        r"|(?P<smon2>" + _SOLAR_NAMES + r") (?P<day2>[0-3]?\d)(?:st|nd|rd|th)?)\b"
                        r"(?:,? (?P<year>1[34]\d\d)(?: ?(?:SH|AHS|H\.?Sh\.?|solar hijri))?)?")
#   ("21 Sawr", "21st of Sawr", "Saur 21", "(Hoot 12)", "26 Shahrivar 1404")
# a Solar Hijri day with no year told as a day: after "on", a weekday or a bracket, and before punctuation, "in" or the end
# (not "10 Tir street", "4 Asad opponents", "15 Khordad Hospital")
_SOLAR_BEFORE = re.compile(r"(?:\bon(?: the)?|day|[(,;—–-])\s*$", re.IGNORECASE)
_SOLAR_AFTER = re.compile(r"\s*(?:[,.;:)]|$|(?:in|at|near|when|while|as|and)\b)")


def solar_hijri_day(m: re.Match[str], ref: date | None) -> date | None:
    """The Gregorian day of a Solar Hijri "21 Sawr [1404]" (its year, where not told, the one that puts the day on or
    before the report's). The year begins at the March equinox: 20 March in a Gregorian leap year, else 21 March
    (exact for 1375-1407, 1996-2028)."""
    month = _SOLAR_MONTHS[(m.group("smon") or m.group("smon2")).lower()]
    day = int(m.group("day") or m.group("day2"))
    if not 1 <= day <= (31 if month <= 6 else 30):
        return None

    offset = ((month - 1) * 31 if month <= 7 else 186 + (month - 7) * 30) + day - 1

    def real(year: int) -> date | None:     # (no "30 Esfand" in a common year: that is the next year's first day)
        d = _nowruz(year) + timedelta(days=offset)
        return d if d < _nowruz(year + 1) else None

    if m.group("year"):
        return real(int(m.group("year")))
    if ref is None:
        return None
    year = ref.year - 621
    while _nowruz(year) + timedelta(days=offset) > ref:
        year -= 1
    return real(year)


def _nowruz(year: int) -> date:
    """The first day of a Solar Hijri year: 20 March in a Gregorian leap year, else 21 March."""
    g = year + 621
    return date(g, 3, 20 if g % 4 == 0 else 21)


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


# (a log's entry: the day, a dash, a capitalised place and a colon; not "24/7 - that is how", "9/11: ...")
# A log entry's day before its place: "- 3 June - ", "14 Jan - ", "12/11 - " (places.py reads the place after
# it, incidents.py makes the entry an incident of its own)
LOG_ENTRY_LEAD = (r"\s*(?:[-•*–—]\s*|\(?\d{1,2}[.)]\s+)?(?:\d{1,2} [A-Z][a-z]{2,8}\.?|\d{1,2}/\d{1,2}(?:/\d{2,4})?"
                  # ... or its day and month with a dot, and its time: "1) 27.01, 14:20 - Velyka Pysarivka community: ..."
                  r"|[0-3]?\d\.[01]\d(?:\.(?:19|20)\d\d)?,?\s*[0-2]?\d[:.][0-5]\d)\s*[-–—]\s*")
_DAY_MONTH_LABEL = re.compile(r"\s*(?:[-•*]\s*)?(?P<dm>(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d))\s*[-–—]\s*[A-Z][^:\n]{1,70}:\s")
# ... and a digest's bullet led by its day, with its place or not: "- 23/09, Bamenda: ...", "- 18/09: Bandits killed ..."
BULLET_DAY_MONTH = re.compile(r"\s*[-•*]\s*(?P<dm>(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d))(?:,\s*[A-Z][^:\n]{1,70})?:\s")
# ... and a numbered row's day in its column: "#1 | 10/03 | Ouest | Delmas | VAC"
# (with its time, or after its entry's number: "07.10 – Khan Younis: ..." alone is a live blog's clock)
_DOTTED_DAY_MONTH = re.compile(r"\s*(?P<num>\(?\d{1,2}[.)]\s+)?(?:[-•*]\s*)?(?P<dm>(?P<a>[0-3]?\d)\.(?P<b>[01]\d)),?"
                               r"(?P<clock>\s*[0-2]?\d[:.][0-5]\d)?\s*[-–—]\s*(?:(?:near|outside|in|at|around) )?[A-Z]")
_NUMBERED_DAY_MONTH = re.compile(r"\s*#?\d{1,3}\.?\s*\|\s*(?P<dm>(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d))\s*\|")
_HEADER_DATE = re.compile(rf"\s*(?i:{_MON}) {_DAY}\s*[:–—-]\s")
_YEAR_HINT = re.compile(r"(?<!\d)((?:19|20)\d\d)(?:-(\d\d)-)?")


def _year_hint(head: str, month: int, ref: date | None = None) -> int | None:
    """A year for a dateline that omits it ("(Dec. 5)"), from a release number or date in the header.
    With a publication date, a bare year in the text is only a hint where it is that year or the one
    before ("since 2019" in the lead's background is no year of the dateline)."""
    best = None
    for m in _YEAR_HINT.finditer(head):
        year = int(m.group(1))
        if m.group(2):
            rel_month = int(m.group(2))
            # a release numbered in December may carry a January dateline
            return year + 1 if rel_month == 12 and month == 1 else year
        if ref is None or year in (ref.year, ref.year - 1):
            best = best or year
    return best


_HEADLINE_THEN = re.compile(r"[^\n]{8,200}\n\s*")     # a headline line, then the body's first line
_NOTE_LINE = re.compile(r"(?:\([^\n()]{3,200}\)|By [A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3}(?:(?: and|,) [A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3})*)"
                        r"[ \t]*\n\s*")


def _bare_dateline(head: str) -> re.Match[str] | None:
    """A dateline without brackets at the top ("MOGADISHU, Dec. 1 (Xinhua) --"), or at the start of
    the body under a one-line headline ("Two killed in drone attack // MOSCOW, Feb 8 (Reuters) -")."""
    m = next(filter(None, (p.match(head) for p in _DATELINE_BARE)), None)
    if m is None and "\n" in head:
        below = _HEADLINE_THEN.match(head)
        if below:
            at = below.end()
            slug = True     # (a wire slug over the headline: "UKRAINE-CRISIS/KRYVYI RIH (2ND UPDATE) // Death toll ...")
            for _ in range(4):      # past an editor's note and a byline ("(Adds toll, details)", "By Jane Roe")
                note = _NOTE_LINE.match(head, at)
                if note is None and slug and not any(p.match(head, at) for p in _DATELINE_BARE):
                    note, slug = _HEADLINE_THEN.match(head, at), False
                if note is None:
                    break
                at = note.end()
            m = next(filter(None, (p.match(head, at) for p in _DATELINE_BARE)), None)
    if m is not None and m.re in (_TOWN_DAY_DASH, _TOWN_MON_DASH) \
            and any(m.re.match(line) for line in head[m.end():].split("\n")[1:]):
        return None     # a digest's entries, each led by its town and day ("Beni, 14 May – ... // Beni, 17 May – ..."): no dateline
    return m


def bare_dateline_span(text: str) -> tuple[int, int] | None:
    """Where a dateline without brackets stands (_bare_dateline): its day number is no count of anyone (nor a local
    calendar's day and year told before the Gregorian one: "Damascus, 20 Muharram 1445 AH, corresponding to ...")."""
    hijri = _hijri_dateline(text[:600])
    if hijri is not None:
        return hijri[1], hijri[2]
    m = _bare_dateline(text[:600])
    return m.span() if m else None


# a dateline that tells a local calendar's day first and the Gregorian day it corresponds to: "Damascus, 20 Muharram
# 1445 AH, corresponding to 7 August 2023 (SNA) -", "Saada, 9 Sha'ban 1445 AH corresponding to 19 February 2024 (YNA) -"
_LOCAL_CALENDAR_THEN = re.compile(r"^[^\n]{0,80}?\b\d{1,2} [A-Z][\w'’ -]{2,24}? 1[34]\d\d(?: ?(?:AH|A\.H\.|AHS|SH|H\.?Sh\.?|H)\b)?,?\s+"
                                  r"(?:corresponding to|which corresponds to|corresponds to|coinciding with|equivalent to)\s+",
                                  re.MULTILINE)
_AGENCY_TAIL = re.compile(r"\s*(?:\([^()\n]{1,30}\))?\s*[-–—:]+\s*")


def _hijri_dateline(head: str) -> tuple[date, int, int] | None:
    """The Gregorian day of a dateline that tells a local calendar's day first, and the dateline's span."""
    lm = _LOCAL_CALENDAR_THEN.search(head)
    if lm is None:
        return None
    for kind in ("dmy", "mdy"):
        pm = _PATTERN_OF[kind].match(head, lm.end())
        d = _from_match(kind, pm, None) if pm else None
        if d is not None:
            tail = _AGENCY_TAIL.match(head, pm.end())
            return d, lm.start(), tail.end() if tail else pm.end()
    return None


def find_dateline(text: str, ref: date | None = None) -> DateMention | None:
    """The dateline's date near the top of a press release or wire report (a day and month
    without a year take their year from a release number, else from `ref`, the publication date)."""
    head = text[:600]
    if "Text of" in head or "Transcript of" in head or "Excerpt" in head or "Translation of" in head:
        tm = _MONITORED.search(head)
        if tm is not None:
            for kind in ("dmy", "mdy", "dm", "md"):
                pm = _PATTERN_OF[kind].fullmatch(tm.group("when"))
                d = _from_match(kind, pm, ref) if pm else None
                if d:   # "Text of report by Slobidskyi Kanal TV on 14 May": the day it was aired, its "today"
                    return DateMention(d.isoformat(), 1, tm.start("when"), tm.end("when"), tm.group("when"), "dateline")
    hijri = _hijri_dateline(head)
    if hijri is not None:
        d, a, b = hijri
        return DateMention(d.isoformat(), 1, a, b, text[a:b], "dateline")
    m = _DATELINE.search(head) or _bare_dateline(head)
    if m:
        mon = MONTHS[m.group("mon").lower().rstrip(".")]
        year = m.group("year")
        day = int(m.group("day"))
        y = int(year) if year else _year_hint(head[:m.start("mon")] + " " + head[m.end():m.end() + 200], mon, ref)
        d = _safe_date(y, mon, day) if y else _infer_year(mon, day, ref)
        first = min(m.start("mon"), m.start("day"))
        return DateMention(d.isoformat() if d else None, 1, m.start(), m.end(), text[first:m.end()], "dateline")
    hm = _HEADER_DATE.match(head)
    if hm:   # "Dec. 6: Operations in ..." with the year from a release number
        mon = MONTHS[hm.group("mon").lower().rstrip(".")]
        y = _year_hint(head[:400], mon, ref)
        d = _safe_date(y, mon, int(hm.group("day"))) if y else None
        if d:
            return DateMention(d.isoformat(), 1, hm.start(), hm.end(), hm.group(), "dateline")
    for kind in ("mdy", "dmy"):
        pm = next((x for x in _PATTERN_OF[kind].finditer(head[:250])
                   if not _TABLED_BEFORE.search(head, max(0, x.start() - 20), x.start())
                   and not _INCIDENT_DAY_BEFORE.search(head, max(0, x.start() - 40), x.start())), None)
        #   (not the day a member's question was tabled: "Question HL9954, tabled 30 August 2023", nor a record's day of
        #   its incident: "Date of attack: 14 May 2024")
        if pm and _is_header(head, pm.start(), pm.end()) and not _RANGE_AFTER.match(head, pm.end()):
            d = _from_match(kind, pm, None)
            if d and _WEEK_OF.search(head, max(0, pm.start() - 30), pm.start()):
                d += timedelta(days=6)      # "Note No. 7 (week of 2 February 2026)": written by the week's end at most
            if d:
                return DateMention(d.isoformat(), 1, pm.start(), pm.end(), pm.group(), "dateline")
    dm = _DATED_LINE.search(head[:400])
    if dm:      # a press note's "Dated: 14-06-2018" line: day first, unless the second number cannot be a month
        a, b, y = int(dm.group(1)), int(dm.group(2)), int(dm.group(3))
        d = _safe_date(y, b, a) if b <= 12 else _safe_date(y, a, b)
        if d:
            return DateMention(d.isoformat(), 1, dm.start(1), dm.end(3), dm.group(0).strip(), "dateline")
    return None


# a media monitor's note of what it translates and when it was aired: "Text of report by Ukrainian regional TV channel
# Slobidskyi Kanal on 14 May", "Excerpt from report by ... radio on 3 March 2024"
_MONITORED = re.compile(r"^\W*(?:\(?(?:Text|Excerpts?|Transcript|Translation) (?:of|from) )[^\n]{0,100}?\b(?:report|broadcast|programme"
                        r"|program|bulletin|interview|news|radio|TV|television)\b[^\n]{0,80}? (?:on|dated) "
                        r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? )?(?P<when>(?:\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]{2,8}\.?|[A-Z][a-z]{2,8}\.? \d{1,2}(?:st|nd|rd|th)?)(?:,? (?:19|20)\d\d)?)\b",
                        re.MULTILINE)

# "(1 January 2025 - 31 March 2025)": a title's span, no dateline (not "3 March 2026 – 14 soldiers were killed")
_RANGE_AFTER = re.compile(r"\s*[-–—]\s*(?:\d{1,2} [A-Z][a-z]+|[A-Z][a-z]+\.? \d{1,2}\b|(?:19|20)\d\d\b)")
_REPORT_DATE_FIELD = re.compile(r"\s*(?:report(?:ing)? date|date of (?:the )?(?:report|notification)|notification date|date reported|reported on|report issued"
                                r"|issued(?: on)?|date issued|date of issue|published|posted|released|last updated|updated)\s*:",
                                re.IGNORECASE)
_DATED_LINE = re.compile(r"^[ \t]*(?:dated?|issued(?: on)?)[ \t]*[:.-]?[ \t]*(\d{1,2})[./-](\d{1,2})[./-]((?:19|20)\d\d)[ \t]*$",
                         re.IGNORECASE | re.MULTILINE)


_RELATIVE_DAY = re.compile(r"\b(?:on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|yesterday|today"
                           r"|this morning)\b", re.IGNORECASE)


_INCIDENT_DAY_BEFORE = re.compile(r"\b(?:date(?:/time)? of (?:the )?(?:attack|incident|event|accident|explosion|loss|occurrence"
                                  r"|strike)|(?:incident|attack|accident) date|date/time)\s*:\s*$", re.IGNORECASE)
_WEEK_OF = re.compile(r"\b(?:week|period|fortnight) (?:of|beginning|starting|commencing|from)\s+$", re.IGNORECASE)


# a log's day by its weekday and a day and month with no year: "Mon 20/11", "Tue 21/11", "Sat. 3/8"
_WEEKDAY_SLASH = re.compile(r"\b(?P<wd>Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|sday|nesday|rsday|urday)?\.?,? "
                            r"(?P<a>[0-3]?\d)/(?P<b>[01]?\d)\b(?!/\d)", re.IGNORECASE)


def _weekday_slash_day(m: re.Match[str], ref: date) -> date | None:
    """The one day, day first or month first, in the 60 days up to the report (a day after it at most), whose weekday
    is the one named; None where neither or both fit."""
    a, b = int(m.group("a")), int(m.group("b"))
    want = next(n for name, n in WEEKDAYS.items() if name.startswith(m.group("wd")[:3].lower()))
    fits = set()
    for y in (ref.year, ref.year - 1):
        for month, day in ((b, a), (a, b)):
            d = _safe_date(y, month, day)
            if d is not None and d.weekday() == want and -1 <= (ref - d).days <= 60:
                fits.add(d)
    return fits.pop() if len(fits) == 1 else None


_ATTACK_AFTER = re.compile(r" (?:\w+ )?(?:attack|attacks|strike|strikes|shelling|bombardment|barrage|raid)\b")
_TABLED_BEFORE = re.compile(r"\b(?:tabled|asked|submitted|lodged|received|due)(?: on)?\s+$", re.IGNORECASE)


def _is_header(text: str, start: int, end: int) -> bool:
    """A date standing in a header line ("Operational Update, Jan. 10, 2011"), not in a sentence."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    after = text[end:end + 3].lstrip(" ")
    if len(line.split()) > 10 and not text[line_start:start].strip() and after[:1] in ("–", "—", "-") \
            and not _RELATIVE_DAY.search(line):
        return False    # "3 August 2016 – Gunmen attacked ...": a chronology's lead, the event's own date
        # (unless the line dates the event itself: "5 May 2025 - Gunmen killed three on Sunday" is a dateline)
    return len(line.split()) <= 10 or after[:1] in ("", "\n", "–", "—", "-", ")", "|")


def _from_match(kind: str, m: re.Match[str], ref: date | None) -> date | None:
    g = m.groupdict()
    if kind == "iso":
        return _safe_date(int(g["year"]), int(g["mnum"]), int(g["day"]))
    if kind == "numeric":
        a, b, y = int(g["a"]), int(g["b"]), int(g["year"])
        day_first, month_first = _safe_date(y, b, a), _safe_date(y, a, b)
        if day_first is None or (g["sep"] == "/" and month_first is not None and ref is not None
                                 and day_first > ref + timedelta(days=2) >= month_first):
            return month_first
        return day_first
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


# Cheap necessary conditions of the pattern families (over the lower-cased sentence). They are
# exact only where no character that IGNORECASE matches to an ASCII letter but lower() does not
# turn into one occurs (dotless i, dotted capital I, long s, Kelvin sign): there every family runs.
# _MAYBE_DATE's words over " " + text, one branch per first letter (conflictlens.text.alternation)
_MAYBE_DATE_WORD = re.compile(r"\W" + by_first_letter(top_alternatives(_MAYBE_DATE.pattern[len(r"\d|\b(?:"):-1])))
_MAYBE_DATE_ASCII = ascii_only(_MAYBE_DATE_WORD.pattern)     # the same, faster, for ASCII text
_ODD_CASE = re.compile("[\u0130\u0131\u017f\u212a]")
_DIGIT = re.compile(r"\d")
# Every match of the explicit families but "iso" has a month name and a digit side by side
# (lower-cased): "5 april", "4th of april", "apr. 5", "april 2025". A sentence without one
# is not searched with them. (Two patterns, each led by a letter or a digit: the engine skips
# ahead to a character that can start a match, as it cannot for one alternation of both.)
_MONTH_THEN_DIGIT = re.compile(r"(?:j(?:an|un|ul)|feb|m(?:ar|ay)|a(?:pr|ug)|sep|oct|nov|dec)[a-z]*\.? \d")
_DIGIT_THEN_MONTH = re.compile(r"\d(?:st|nd|rd|th)?(?:(?: of)? |-)(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)")
_RELATIVE_WORDS = ("day", "night", "this ", "week", "month", "hour", "last evening")          # one is in every _RELATIVE match
_ON_THE_ORDINAL = re.compile(r"on the [1-3]?\d(?:st|nd|rd|th) of")     # ... or this ("on the 2nd of this month")


# _RELATIVE led by the non-word character before its first word, over " " + sentence
# (conflictlens.text.alternation): the same matches, scanned faster. Every alternative starts
# with a word character and every match ends with one, so the \b before it is the \W here.
_RELATIVE_LED = re.compile(r"\W" + _RELATIVE.pattern[len(r"\b"):], re.IGNORECASE)
# The same over an ASCII sentence lower-cased, without IGNORECASE and under re.ASCII (both faster):
# lower() keeps an ASCII text's offsets and word characters, and the pattern's words are lower-case.
_RELATIVE_LOWER = ascii_only(_RELATIVE_LED.pattern)


def find_dates(sentence: str, offset: int, ref: date | None, basis: str = "published") -> list[DateMention]:
    """Date mentions in one sentence, resolved against `ref` where relative.

    Mentions that name the day of the deed come first, in order; vague ones ("today",
    "overnight") follow them, and a "today" that dates a report ("confirmed today") or a
    date that names another incident ("Monday's attack") come last, marked by `role`.
    `basis` says what `ref` is: "published" (when the text was put out) or "dateline"
    (the date a release gives itself), which decides "in the past 24 hours" (see _relative).
    """
    out: list[DateMention] = []
    low = sentence.lower()
    # _MAYBE_DATE.search(low), in two faster parts
    has_digit = _DIGIT.search(low) is not None
    if not has_digit and (_MAYBE_DATE_ASCII if low.isascii() else _MAYBE_DATE_WORD).search(" " + low) is None:
        return out
    odd = _ODD_CASE.search(sentence) is not None
    digit = odd or has_digit
    explicit = digit and (odd or _MONTH_THEN_DIGIT.search(low) is not None
                          or _DIGIT_THEN_MONTH.search(low) is not None)
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    if has_digit and "Z " in sentence:
        taken.extend(m.span() for m in _DTG.finditer(sentence))     # a signal's date-time group: its issue, no day told
    # A later release's dateline inside the text: not an event date, and the reference
    # for the relative words after it.
    local_ref, local_from = ref, len(sentence)
    if "(" in sentence:
        for m in _INLINE_DATELINE.finditer(sentence):
            taken.append(m.span())
            mon, day = MONTHS[m.group("mon").lower().rstrip(".")], int(m.group("day"))
            d = _safe_date(int(m.group("year")), mon, day) if m.group("year") else _infer_year(mon, day, ref)
            if d and local_from == len(sentence):
                local_ref, local_from = d, m.end()

    def ref_at(pos: int) -> date | None:
        return local_ref if pos >= local_from else ref

    def night(m: re.Match, mon: int, d1: int, year: str | None) -> None:
        """A night told by its two days: the first day's date (the second's where an hour after midnight
        follows: "on the night of 3 to 4 May, at about 2 a.m.")."""
        d = _safe_date(int(year), mon, d1) if year else _infer_year(mon, d1, ref_at(m.start()))
        if d is not None and _SMALL_HOURS.match(sentence, m.end()):
            d += timedelta(days=1)
        out.append(DateMention(d.isoformat() if d else None, 1, m.start() + offset, m.end() + offset, m.group(), "night"))
        taken.append(m.span())

    for m in (_NIGHT.finditer(sentence) if odd or "night of" in low else ()):
        if not free(*m.span()):
            continue
        g = m.groupdict()
        if g["d1"]:
            # "the night of 3 to 4 May"; "the night of 31 May to 1 June": the first day's month
            mon = MONTHS.get((g["m1"] or "").lower().rstrip(".")) or MONTHS.get((g["m2"] or "").lower().rstrip("."))
            d1, year = int(g["d1"]), g["y"]
        else:
            mon = MONTHS.get((g["m3"] or "").lower().rstrip("."))
            d1, year = int(g["d3"]), g["y2"]
        if mon is not None:
            night(m, mon, d1, year)
    if "night" in low and "(" in sentence:
        for m in _NIGHT_BRACKET.finditer(sentence):
            mon = MONTHS.get(m.group("mon").lower())
            d1, d2 = int(m.group("d1")), int(m.group("d2"))
            if mon is None or not free(*m.span()) or not (d2 == d1 + 1 or d2 == 1 and d1 >= 28) \
                    or not _OVERNIGHT_DEED.search(sentence, max(0, m.start() - 50), m.start()) \
                    or _OTHER_TIME.search(sentence, max(0, m.start() - 50), m.start()):
                continue        # (not "the two-night festival (14-15 June)")
            night(m, mon, d1, m.group("y"))
    if explicit:
        for m in _DAY_SPAN.finditer(sentence):
            mon = MONTHS.get(m.group("mon").lower())
            first = MONTHS.get((m.group("mon1") or m.group("mon")).lower())
            d1, d2 = int(m.group("d1")), int(m.group("d2"))
            if m.group("sep") == "and" and (m.group("lead") or "").lower() != "between":
                # ("on 5 and 7 May": two days, each its own, the first told without its month)
                d = None if mon is None else \
                    _safe_date(int(m.group("y")), mon, d1) if m.group("y") else _infer_year(mon, d1, ref_at(m.start()))
                if d is not None and free(m.start("d1"), m.end("d1")):
                    out.append(DateMention(d.isoformat(), 1, m.start("d1") + offset, m.end("d1") + offset, m.group("d1"),
                                           "explicit"))
                    taken.append((m.start("d1"), m.end("d1")))
                continue
            if mon is None or first is None or not free(*m.span()) \
                    or not (1 <= d1 < d2 - 1 <= 30 if first == mon else (mon - first) % 12 == 1 and d2 + 28 - d1 >= 2):
                continue        # (not a night's "3-4 May", nor "in 2 to 3 May" as two mentions; "25 February – 8 March")
            year = int(m.group("y")) - (first > mon) if m.group("y") else None     # (the year told is the span's end's)
            mon = first
            d = _safe_date(year, mon, d1) if year else _infer_year(mon, d1, ref_at(m.start()))
            out.append(DateMention(d.isoformat() if d else None, 2, m.start() + offset, m.end() + offset, m.group(),
                                   "explicit"))
            taken.append(m.span())  # (its first day, told as a span: a period's tally, not a day's incident)
    for kind, pattern in _PATTERNS:
        if not (explicit or kind == "iso" and digit and ("-" in sentence or "/" in sentence)
                or kind == "numeric" and digit and _NUMERIC_GATE.search(sentence) is not None):
            continue
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
                d = _from_match(kind, m, ref_at(m.start()))
                if kind in ("dm", "md") and d is None and ref is not None:
                    continue
                out.append(DateMention(d.isoformat() if d else None, 1, m.start() + offset, m.end() + offset, m.group(), "explicit",
                                       _attributive(sentence, m.start(), m.end())))
            taken.append(m.span())
    if has_digit and " the " in sentence:
        for m in _ORDINAL_DAY.finditer(sentence):
            r = ref_at(m.start())
            if not free(*m.span()) or r is None:
                continue
            # "on the 14th": a day of the reference's month, or of the month before when it is still to come
            day = int(m.group(1))
            d = _safe_date(r.year, r.month, day) if day <= r.day else (
                _safe_date(r.year - (r.month == 1), 12 if r.month == 1 else r.month - 1, day))
            if d is not None:
                out.append(DateMention(d.isoformat(), 1, m.start() + offset, m.end() + offset, m.group(), "explicit"))
                taken.append(m.span())
    if has_digit and ("/" in sentence[:14] and (m := _DAY_MONTH_LABEL.match(sentence) or BULLET_DAY_MONTH.match(sentence)
                                                or _NUMBERED_DAY_MONTH.match(sentence)) is not None
                      or "." in sentence[:10] and (m := _DOTTED_DAY_MONTH.match(sentence)) is not None
                      and m.group("clock")) \
            and free(*m.span("dm")):
        # a log entry's "12/11 - ...": day and month, or month and day, whichever is the closer past day
        r = ref_at(m.start())
        a, b = int(m.group("a")), int(m.group("b"))
        readings = [d for d in (_infer_year(b, a, r) if b <= 12 else None, _infer_year(a, b, r) if a <= 12 else None) if d]
        if readings and r is not None:
            d = min(readings, key=lambda x: abs((r - x).days))
            out.append(DateMention(d.isoformat(), 1, m.start("dm") + offset, m.end("dm") + offset, m.group("dm"), "explicit"))
            taken.append(m.span("dm"))
    if "night" in sentence:
        for m in _NIGHT_BEFORE_WD.finditer(sentence):
            r = ref_at(m.start())
            d = None
            if r is not None:
                d = r - timedelta(days=(r.weekday() - WEEKDAYS[m.group("wd").lower()]) % 7 + 1)
            out.append(DateMention(d.isoformat() if d else None, 1, m.start() + offset, m.end() + offset, m.group(),
                                   "relative"))
            taken.append(m.span())
    relative = odd or contains_any(low, _RELATIVE_WORDS) or "on the " in low and _ON_THE_ORDINAL.search(low) is not None
    if not relative:
        matches = ()
    elif sentence.isascii():      # the groups are lower-cased: case is read from the sentence
        matches = _RELATIVE_LOWER.finditer(" " + low)
    else:
        matches = _RELATIVE_LED.finditer(" " + sentence)
    for m in matches:
        a, b = m.start(), m.end() - 1         # the span of _RELATIVE's match in the sentence
        if not free(a, b):
            continue
        if m.group("wd") and not sentence[m.start("wd") - 1].isupper():
            continue
        if m.group("n") and m.group("n").lower() not in _NUMBER_WORDS and not m.group("n").isdigit():
            continue
        d, prec = _relative(m, ref_at(a), basis)
        role = "event"
        if m.group("wd") or m.group("rel").lower() == "the weekend":     # ("the weekend's bombing")
            role = _attributive(sentence, a, b)
            if role == "event" and (_REPORT_BEFORE.search(sentence, max(0, a - 24), a) or _REPORT_AFTER.match(sentence, b)
                                    or _TOLD_LATER_BEFORE.search(sentence, max(0, a - 90), a)):
                role = "report"    # "said in a statement Tuesday", "Officials on Monday released new figures",
                #                    "said in a statement read on state television late on Tuesday", "rose to 12 on Thursday"
        elif m.group("rel").lower() == "today" and _reporting(sentence, a, b):
            role = "report"
        elif m.group("rel").lower() == "overnight" and low[max(0, a - 5):a].endswith("the ") \
                and _ATTACK_AFTER.match(low, b):
            role = "attributive"   # "the overnight attack killed two residents": the attack told before, named so
        elif m.group("rel").lower() in _TELLING_DAYS and _REPORT_BEFORE.search(sentence, max(0, a - 24), a):
            role = "report"        # "Twenty-one were wounded, the mayor said this morning": when it was told
        out.append(DateMention(d.isoformat() if d else None, prec, a + offset, b + offset, sentence[a:b],
                               "relative", role))
        taken.append((a, b))
    if out and ("died" in low or "succumbed" in low) and ("injured" in low or "wounded" in low):
        for m in out:
            if m.role == "event" and _WOUNDED_DIED_BEFORE.search(sentence, max(0, m.start - offset - 60), m.start - offset):
                m.role = "aftermath"    # "one injured patient died on 17 Nov.": a later death of the attack's wounded
    if len(out) > 1 or out and out[0].role == "event" and contains_any(low, _AFTERMATH_NEEDLES):
        for m in out:
            if m.role == "event" and (_AFTERMATH_BEFORE.search(sentence, max(0, m.start - offset - 50), m.start - offset)
                                      or _AFTERMATH_AFTER.match(sentence, m.end - offset)):
                m.role = "aftermath"    # "Residents laid flowers on Thursday ... where a missile killed five on Tuesday"
            elif m.role == "event" and any(o.role == "attributive" for o in out) and (
                    _DIED_BEFORE.search(sentence, max(0, m.start - offset - 30), m.start - offset)
                    and _OF_WOUNDS_AFTER.match(sentence, m.end - offset)
                    or _DIED_OF_WOUNDS_BEFORE.search(sentence, max(0, m.start - offset - 50), m.start - offset)):
                m.role = "aftermath"    # "A third man died on Tuesday of wounds from Monday's attack"
    if len(out) > 1 and any(m.text.lower() == "overnight" for m in out):
        # "stormed an overnight prayer vigil ... early on Thursday": the vigil's kind, not last night,
        # where the sentence names the day
        adjectival = [m for m in out if m.text.lower() == "overnight" and _ARTICLE_BEFORE.search(sentence, 0, m.start - offset)
                      and _NOUN_AFTER.match(sentence[m.end - offset:m.end - offset + 24])]
        if adjectival and any((m.kind == "relative" and WEEKDAYS.get(m.text.lower().split()[-1]) is not None
                               or m.kind != "relative") and m.role != "report" for m in out
                              if m not in adjectival and m.start > adjectival[0].start):
            # (a day told after it: not a dateline's before it, "JOS, May 12 (Reuters) - ... in an overnight raid")
            out = [m for m in out if m not in adjectival]
            for m in out:
                if m.role == "aftermath":
                    m.role = "event"
    if len(out) > 1 and any(m.role == "event" for m in out):
        _other_deeds_aftermath(sentence, offset, out)
    told = next((m for m in out if m.role == "report" and m.date), None) if out else None
    if told is None and out:
        # a day something was found at the scene, told as a day after the attack: that day is aftermath
        found = next((m for m in out if m.role == "event" and m.date and m.precision == 1
                      and _FOUND_BEFORE.search(sentence, 0, m.start - offset)
                      and _DAYS_AFTER_ANY_ATTACK.match(sentence, m.end - offset)), None)
        if found is not None:
            found.role = "report"
            told = found
            after = _DAYS_AFTER_ANY_ATTACK.match(sentence, found.end - offset)
            back = _NUMBER_WORDS.get(after.group("n").lower(), 1)
            out.append(DateMention((date.fromisoformat(found.date) - timedelta(days=back)).isoformat(), found.precision,
                                   after.start() + offset, after.end() + offset, after.group(), "relative", "event"))
            out.sort(key=_rank)
            told = None
    for m in list(out):
        if m.role in ("event", "aftermath") and m.date and m.precision == 1 \
                and (deed := _deed_days_before(sentence, m.start - offset, m.end - offset, m.role)) is not None:
            # "The governor arrived in Bunia on Wednesday, three days after militiamen killed 16 villagers": the day is
            # the visit's, the killing three days before it (not "Gunmen killed two in Beni on Wednesday, three days
            # after ...": that day's own deed)
            m.role = "report"
            back = _NUMBER_WORDS.get(deed.group("n").lower(), 1)
            out.append(DateMention((date.fromisoformat(m.date) - timedelta(days=back)).isoformat(), m.precision,
                                   deed.start() + offset, deed.end() + offset, deed.group(), "relative", "event"))
            out.sort(key=_rank)
    if told is not None and (after := _DAYS_AFTER_ATTACK.match(sentence, told.end - offset)):
        # "..., an official said on Saturday, a day after the attack": the attack's day
        back = _NUMBER_WORDS.get(after.group("n").lower(), 1)
        out.append(DateMention((date.fromisoformat(told.date) - timedelta(days=back)).isoformat(), told.precision,
                               after.start() + offset, after.end() + offset, after.group(), "relative", "event"))
        out.sort(key=_rank)
    if len(out) > 1:
        told = next((m for m in out if m.role == "report" and m.date), None)
        if told is not None:
            # "said on Tuesday that a drone had hit a car the previous evening": the day before the telling
            for m in out:
                if m.role == "event" and m.kind == "relative" and (
                        _DAY_BEFORE.match(m.text) or m.text.lower() == "overnight" and told.kind == "relative"
                        and told.start > m.start and told.date < (ref.isoformat() if ref else "")):
                    # ("... in an overnight raid, residents said on Sunday": the night before the Sunday told,
                    # where that is a day before the report's)
                    m.date = (date.fromisoformat(told.date) - timedelta(days=1)).isoformat()
        out.sort(key=_rank)
    if out and any(m.text.lower().startswith(("the previous day", "the preceding day")) for m in out):
        # a bare "the previous day" counts only from a telling's day ("claimed responsibility on Monday for an
        # attack the previous day"), and not for what answered another deed ("in retaliation for an ambush the
        # previous day")
        told_day = any(m.role == "report" and m.date for m in out)
        out = [m for m in out if not m.text.lower().startswith(("the previous day", "the preceding day"))
               or told_day and not _ANSWERED_BEFORE.search(sentence, max(0, m.start - offset - 50), m.start - offset)]
    if ref is not None and " ago" in low and (" year" in low or " month" in low or " weeks" in low):
        # "the 11 people killed five years ago": a day long past, of another incident (its year or month, as told)
        for m in _UNITS_AGO.finditer(low):
            n = 1 if m.group("n") in ("a", "one") else _NUMBER_WORDS.get(m.group("n"), int(m.group("n")) if m.group("n").isdigit() else 0)
            # (only where it dates a deed or opens the sentence, and no other day is told: not "The man, who fled Aleppo 10
            # years ago, was killed ... on Monday", "a school that had reopened two years ago")
            if n and free(*m.span()) and (m.start() == 0 or _AGO_DEED_BEFORE.search(low, max(0, m.start() - 30), m.start())) \
                    and not any(o.role == "event" and o.date for o in out):
                unit = m.group("unit")
                days = n * (365 if unit.startswith("year") else 30 if unit.startswith("month") else 7)
                out.append(DateMention((ref - timedelta(days=days)).isoformat(), 2 if unit == "weeks" else 3,
                                       m.start() + offset, m.end() + offset, sentence[m.start():m.end()], "explicit"))
        out.sort(key=_rank)
    if has_digit and _SOLAR_NEEDLE.search(low) is not None:
        # the Solar Hijri calendar's day, as Afghan and Iranian reports give it: "on Sunday, 21 Sawr", "26 Shahrivar 1404"
        for m in _SOLAR_DAY.finditer(sentence):
            if not free(*m.span()):
                continue
            if not m.group("year") and not (_SOLAR_BEFORE.search(sentence, max(0, m.start() - 12), m.start())
                                            and _SOLAR_AFTER.match(sentence, m.end())):
                continue
            d = solar_hijri_day(m, ref)
            if d is not None:
                out.append(DateMention(d.isoformat(), 1, m.start() + offset, m.end() + offset, m.group(), "explicit"))
                taken.append(m.span())
        out.sort(key=_rank)
    if len(out) > 1 and any(m.kind == "relative" for m in out):
        # "On Monday, 9 June 2025, ...", "on Monday (9 June)": the weekday the date names, not the Monday before the report
        out = [m for m in out if not (m.kind == "relative" and WEEKDAYS.get(m.text.lower().split()[-1]) is not None
                                      and any(n.kind == "explicit" and n.date and 0 <= n.start - m.end <= 2
                                              and sentence[m.end - offset:n.start - offset] in (", ", " ", ",", " (")
                                              for n in out))]
    if out and " had " in low and out[0].kind == "relative" and out[0].role == "event" and out[0].start - offset <= 3 \
            and _TOLD_HAD_BEEN.match(sentence, out[0].end - offset):
        out[0].role = "report"      # "On Tuesday morning the health ministry said at least 28 people had been killed":
        #                             the day it was told, of deaths before it
    elif out and " told " in low and out[0].role == "event" and out[0].start - offset <= 3 \
            and _TOLD_SOMEONE_THAT.match(sentence, out[0].end - offset):
        out[0].role = "report"      # "On February 17 the Koro prefect told PolOff by telephone that nine civilians were
        #                             killed": the day one told another, not the deed's
    if out and " told " in low and " that" in low:
        for m in out:
            if m.role == "event" and _TOLD_ON_BEFORE.search(sentence, max(0, m.start - offset - 40), m.start - offset) \
                    and _THAT_AFTER.match(sentence, m.end - offset):
                m.role = "report"   # "contacts told PolOff on February 14 that ...": the day of the telling
    if out and "by " in low:
        for m in out:
            if m.role == "event" and _BY_THE_DAY.search(sentence, max(0, m.start - offset - 20), m.start - offset):
                m.role = "report"   # "By 25 October, monitors had verified 14 dead": the day of the count, not the deed's
    if out and "night" in low and (_SMALL_HOURS_LATER.search(sentence) is not None or "midnight" in low):
        for m in out:
            if m.kind == "relative" and m.date and m.text.lower().startswith(("overnight", "last night")) \
                    and ((hour := _SMALL_HOURS_LATER.search(sentence, m.end - offset, m.end - offset + 120)) is not None
                         and not _EVENING_HOUR.search(sentence, m.end - offset, hour.start())
                         or _AFTER_MIDNIGHT_RIGHT.match(sentence, m.end - offset)):
                # "overnight, at about 01:30", "overnight into Tuesday, at around 2 a.m.": the day after midnight
                m.date = (date.fromisoformat(m.date) + timedelta(days=1)).isoformat()
    if ref is not None and "/" in sentence and _WEEKDAY_SLASH.search(sentence) is not None:
        for m in _WEEKDAY_SLASH.finditer(sentence):
            d = _weekday_slash_day(m, ref)
            if d is not None and not any(o.start - offset <= m.start() < o.end - offset and o.kind != "relative" for o in out):
                # "Mon 20/11 approx. 22:00 - ...", "Monday 20/11": the day whose weekday the line names, day or month
                # first (over the weekday read alone, the Monday before the report)
                out = [o for o in out if not (o.kind == "relative" and m.start() <= o.start - offset < m.end())]
                out.append(DateMention(d.isoformat(), 1, m.start() + offset, m.end() + offset, m.group(), "explicit"))
        out.sort(key=_rank)
    if out and ":" in sentence[:30] and (field := _REPORT_DATE_FIELD.match(sentence)) is not None:
        for m in out:
            if m.start - offset <= field.end() + 3:
                m.role = "report"   # "Report date: 27.09.2023", "Issued: 11 OCT 2024": when the record was written
    if len(out) > 1 and any(m.text.lower() in _DAY_BESIDE for m in out):
        # "The day before, Saturday, ...": the weekday beside it names the day (the day before the incident told, not
        # before the report)
        out = [m for m in out if not (m.text.lower() in _DAY_BESIDE and any(
            n is not m and n.kind == "relative" and n.date and 0 <= n.start - m.end <= 3
            and "," in sentence[m.end - offset:n.start - offset] for n in out))]
    return out


_DAY_BESIDE = frozenset(("the day before", "the previous day", "the preceding day", "the day after", "the next day",
                         "the following day", "a day earlier", "a day later"))


_ANSWERED_BEFORE = re.compile(r"\b(?:retaliation|revenge|reprisal|response|reply|avenge|after|following|since)\b[^.;]{0,45}$",
                             re.IGNORECASE)
# an hour after midnight, right after a night's two days ("..., at about 2 a.m.", "at 01:30")
_HOUR_AFTER_MIDNIGHT = r"(?:0?[0-4](?::[0-5]\d)? ?(?:a\.?m\.?|am\b|h\b)|0[0-4][:h][0-5]\d\b|0[0-4]\.[0-5]\d(?! ?\d)(?!\.\d)|0[0-4][0-5]\d ?(?:hrs|hours)\b)"
# ... or told right after the night's word: "Last night, shortly after midnight, drones attacked" (not "overnight ... the
# alert ended after midnight")
_AFTER_MIDNIGHT_RIGHT = re.compile(r",? (?:shortly |just |soon )?after midnight\b", re.IGNORECASE)
_SMALL_HOURS = re.compile(r",? (?:at )?(?:about |around |approximately |roughly )?" + _HOUR_AFTER_MIDNIGHT, re.IGNORECASE)
# a military message's date-time group: "160905Z AUG 23" (day, hour and minute in Zulu time, month, year)
_DTG = re.compile(r"\b[0-3]\d[0-2]\d[0-5]\dZ\s+(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\s+\d{2}\b")
_TOLD_HAD_BEEN = re.compile(r"(?: (?:morning|afternoon|evening))?,? (?:the |a |an )?(?:[A-Z][\w'’-]*\s|[a-z][\w'’-]*\s){0,6}?"
                            r"(?:said|reported|announced|confirmed|stated)(?: that)? [^.;]{0,80}?\bhad (?:been )?"
                            r"(?:killed|died|wounded|injured|hurt)\b")
_TOLD_SOMEONE_THAT = re.compile(r"(?: (?:morning|afternoon|evening))?,? (?:the |a |an )?(?:(?!and\b|[a-z]+ed\b)[\w'’-]+\s){0,6}?"
                                r"told (?:[\w'’-]+ ){1,6}?that\b")     # (the teller its subject: no verb or "and" before)
_TOLD_ON_BEFORE = re.compile(r"\btold (?:[\w'’-]+ ){1,4}(?:on |in )?$")
_THAT_AFTER = re.compile(r",? that\b")
_BY_THE_DAY = re.compile(r"(?:^|[,;:]\s*|\band\s+)[Bb]y (?:the (?:end|morning|evening|afternoon) of |(?:midday|noon|nightfall|evening|morning) )?"
                         r"(?:(?:late |early )?on )?$")
# ... anywhere after a night's word: "overnight, at about 01:30 and again at 03:00", "overnight ... at 0215 hrs" (not an
# end: "from 11 p.m. until 2 a.m."; nor after an hour before midnight, "the alert that began at 22:10 was lifted at 04:30")
_SMALL_HOURS_LATER = re.compile(r"(?<!until )(?<!till )(?<!to )(?<!lifted at )\b" + _HOUR_AFTER_MIDNIGHT, re.IGNORECASE)
_EVENING_HOUR = re.compile(r"\b(?:(?:1[0-2]|[6-9])(?::[0-5]\d)? ?p\.?m\.?|(?:1[89]|2[0-3])[:.h][0-5]\d)", re.IGNORECASE)
_DAY_BEFORE = re.compile(r"(?:on )?the (?:previous|preceding) |the day before", re.IGNORECASE)
_REPORT_AFTER = re.compile(r",? (?:said|says|announced|confirmed|reported|released|told|stated|gave|issued|revised|raised)\b")


# What is done after an incident, on a day of its own: mourning, burying, laying flowers, visiting.
_AFTERMATH_BEFORE = re.compile(r"\b(?:laid (?:flowers|wreaths)|lay (?:flowers|wreaths)|mourn\w*|buried|bury|burials?|funerals?|vigils?"
                               r"|commemorat\w*|paid (?:their |his |her )?(?:respects|tribute)|declared|visited|rallied|protested"
                               r"|(?:necrological |funeral |last )?rites|(?:funeral |memorial |farewell )ceremon(?:y|ies))"
                               # (not past the deed's own verb: "to bury six men killed at a car wash on Sunday night")
                               r"\b(?:(?!\b(?:killed|died|shot|slain|murdered|gunned)\b)[^,;.]){0,50}$", re.IGNORECASE)
# ... told after the day: "The governor on Wednesday visited the wounded", "took part on Saturday in the funerals"
# (the verbs of those who attend: "A car bomb on Wednesday hit a funeral" is an attack on a funeral)
_AFTERMATH_AFTER = re.compile(r"[^,;.]{0,25}?\b(?:visited|buried|mourned|attended|to bury|to mourn|laid to rest|took part (?:\w+ ){0,2}in (?:the )?(?:funerals?|burials?|vigils?)"
                              r"|held (?:a |the )?(?:funerals?|vigils?|memorial)|paid (?:their |his |her )?(?:respects|tribute)"
                              r"|laid (?:flowers|wreaths))\b", re.IGNORECASE)
# A death of wounds on a day of its own, after the attack that a date names ("died on Tuesday from
# injuries sustained in Monday's attack")
_DIED_BEFORE = re.compile(r"\b(?:died|succumbed)\b[^,;.]{0,12}$", re.IGNORECASE)
# ... or of one the attack wounded: "one injured patient died on 17 Nov.", "One of the wounded died on Tuesday"
_WOUNDED_DIED_BEFORE = re.compile(r"\b(?:injured|wounded)(?: (?:patient|man|woman|soldier|civilian|person|child|boy|girl"
                                  r"|resident|victim|policeman|passenger)s?)? (?:later |also )?(?:died|succumbed)\b[^,;.]{0,12}$",
                                  re.IGNORECASE)    # (not "Five were wounded and two died on Monday")
# ... or told with its wounds before the day: "Two more people died of their wounds on Wednesday"
_DIED_OF_WOUNDS_BEFORE = re.compile(r"\b(?:died|succumbed) (?:of|from|to) (?:his |her |their |the )?(?:injuries|wounds)"
                                    r"(?: in (?:a |the )?hospital)?(?: late| early)?(?: on)? ?$", re.IGNORECASE)
_OF_WOUNDS_AFTER = re.compile(r",?\s*(?:in (?:a |the )?hospital\s+)?(?:from|of|to) (?:his |her |their |the )?(?:injuries|wounds)\b",
                              re.IGNORECASE)
# Words of the deed itself, and of what people did about it, to tell which of a sentence's days is the
# attack's: "Traders kept their shops closed on Monday to protest against Saturday's grenade attack",
# "Residents fled on Saturday after gangs killed 14 people on Friday".
# a deed of the day's own before it ("Gunmen fired on the funeral procession in Kuje on Friday, ...", "soldiers arrested
# 12 suspects on Friday, two days after the raid")
_OWN_DEED_BEFORE = re.compile(r"\b(?:fired|firing|opened fire|stormed|attacked|killed|shot|bombed|struck|ambushed|raided|abducted"
                              r"|arrested|detained|captured)\b", re.IGNORECASE)
_NEW_CLAUSE = re.compile(r"[,;] (?:as|while|and|but|when|where)\b|;")
_RELATIVE_BEFORE = re.compile(r"\b(?:that|which|who)\s+(?:\w+\s+)?$")
_DEED_WORDS = re.compile(
    r"\b(?:(?P<v>killed|killing|kills|attacked|attacks?|struck|strikes?|shelled|shelling|bombed|bombing|exploded|explosion"
    r"|blasts?|ambush(?:ed)?|gunfight|clash(?:ed|es)?|fighting|raid(?:ed)?|shot|died|massacre|stormed|opened fire|hit)"
    r"|(?P<o>fled|protest(?:ed|ing)?|blamed|warned|condemned|vow(?:ed|s)|pledged|promised|arrested|visited|buried|mourned|gathered|demanded|launched"
    r"|continued|returned|pulled|recovered|retrieved|sentenced|convicted|acquitted|jailed|postponed|scheduled|cancell?ed"
    r"|offered|suspended|claimed|posted|published|released))\b",
    re.IGNORECASE)
# (not the verbs of telling: "killed ... on Monday night, police said" is the deed's day; the telling's
# day is a report's role already)


_OTHER_CLAUSE = re.compile(r"\b(?:after|before|following|when|since|because|as|to protest|against)\b", re.IGNORECASE)


def _deed_kind(sentence: str, start: int, end: int) -> str | None:
    """Whether the day at sentence[start:end] dates the deed ("v") or what others did ("o"): the
    nearest such word before it in its clause, else the first just after it."""
    window = sentence[end:end + 25]
    if (cut := _OTHER_CLAUSE.search(window)) is not None:
        window = window[:cut.start()]       # ("fled on Saturday after gangs killed ...": the killing is another clause's)
    soon = _DEED_WORDS.search(window)
    if soon is not None and soon.group("v"):
        return "v"      # "launched an operation in Jenin on Tuesday, killing five": the day's own deed
    before = sentence[max(0, start - 60):start]
    cut = max(before.rfind(","), before.rfind(";"))
    found = list(_DEED_WORDS.finditer(before[cut + 1:]))
    if found:
        return "v" if found[-1].group("v") else "o"
    after = _DEED_WORDS.search(sentence, end, end + 20)
    return None if after is None else "v" if after.group("v") else "o"


def _other_deeds_aftermath(sentence: str, offset: int, out: list[DateMention]) -> None:
    """Where one of a sentence's days dates the attack and another what people did about it (fled,
    protested, blamed, warned), the other is aftermath: "closed on Monday to protest against
    Saturday's grenade attack", "blamed on Monday ... an attack that killed two officers on Sunday"."""
    kinds = []
    for m in out:
        a, b = m.start - offset, m.end - offset
        if m.role == "attributive":
            kinds.append("v" if _DEED_WORDS.match(sentence, b + 3) or (hit := _DEED_WORDS.search(sentence, b, b + 30))
                         and hit.group("v") else None)
        elif m.role == "event":
            kinds.append(_deed_kind(sentence, a, b))
        else:
            kinds.append(None)
    if "v" in kinds:
        for m, kind in zip(out, kinds):
            if m.role == "event" and kind == "o":
                m.role = "aftermath"


def _deed_days_before(sentence: str, start: int, end: int, role: str) -> re.Match[str] | None:
    """", three days after militiamen killed 16 villagers" after a day (at start..end of the sentence) that is
    no deed's own: the match that tells how many days before it the deed was, else None."""
    visit = role == "aftermath" and _VISITED_BEFORE.search(sentence, 0, start) is not None
    deed = _DAYS_AFTER_DEED.match(sentence, end) or (_DAYS_AFTER_ATTACK_NOUN.match(sentence, end) if visit else None)
    if deed is None or any(d.group("v") for d in _DEED_WORDS.finditer(sentence, 0, start)) \
            or _OWN_DEED_BEFORE.search(sentence, 0, start):
        return None
    for d in _DEED_WORDS.finditer(sentence, deed.end()):
        if not d.group("v") or _RELATIVE_BEFORE.search(sentence, max(0, d.start() - 12), d.start()) \
                or sentence.endswith("had ", 0, d.start()):
            continue    # (the attack's relative clause: "... the drone attack on the base that killed two soldiers")
        if visit and not _NEW_CLAUSE.search(sentence, deed.end(), d.start()):
            continue    # (a visit's: the attack's own words run on, "two days after gunmen stormed the town and killed nine")
        return None     # the sentence's own deed follows: "discovered a hideout on Wednesday, a day after a deadly
        #                 ambush, and killed three Maoists"; "..., as gunmen killed three more"
    return deed


# "..., a day after the attack", "two days after the bombing": the attack's day, told from the telling's
# (the attack, told no further: not "two days after the attack on a police station in Bannu", another one)
_DAYS_AFTER_ATTACK = re.compile(r",?\s*(?P<n>a|one|two|three) days? after (?:(?:the|that|this) (?:\w+ ){0,2}?"
                                r"(?:attack|attacks|bombing|blast|explosion|strike|strikes|shooting|raid|ambush|massacre|assault)"
                                r"(?=\s*(?:[.;]|$))"
                                r"|it (?:took place|happened|occurred)(?=\s*(?:[.;,]|$)))",    # ("in a statement on Wednesday, two days
                                re.IGNORECASE)                                                  # after it took place, saying ...")
# ... or after a day of something else, the deed told by its doers and verb: "arrived on Wednesday, three days
# after militiamen killed 16 villagers"
_DAYS_AFTER_DEED = re.compile(r",?\s*(?P<n>a|one|two|three|four|five) days? after (?:[\w-]+ ){1,4}?"
                              r"(?:killed|attacked|stormed|raided|massacred|ambushed|shelled|bombed|struck|abducted|thrown|exploded"
                              r"|detonated|went off|blew up)\b", re.IGNORECASE)     # ("a day after a hand grenade was thrown")
# ... or by its noun, after a day that is not a deed's (a visit's, a funeral's): "visited Saravena on Wednesday, two days
# after the ELN's drone attack on the base" (not "A bomb went off on Tuesday, two days after the attack on ...")
_VISITED_BEFORE = re.compile(r"\b(?:visit\w*|toured|attended|gathered|buried|mourned|arrived|travell?ed|went to|laid to rest"
                             r"|paid (?:tribute|respects|a visit))\b", re.IGNORECASE)
_DAYS_AFTER_ATTACK_NOUN = re.compile(r",?\s*(?P<n>a|one|two|three|four|five) days? after (?:the|a|an|[\w-]+['’]s) "
                                     r"(?:[\w'’-]+ ){0,3}?(?:attack|strike|bombing|ambush|raid|massacre|assault|shelling|killings?)\b",
                                     re.IGNORECASE)
# ... and the same after a day something was found at the scene: "The body of a fourth victim was recovered
# on Wednesday, a day after a Russian missile attack on the city": the attack's day (no other town told)
_DAYS_AFTER_ANY_ATTACK = re.compile(r",?\s*(?P<n>a|one|two|three) days? after (?:the|that|this|a|an) (?:[\w-]+ ){0,3}?"
                                    r"(?:attack|bombing|blast|explosion|strike|shelling|raid|ambush|massacre|assault)"
                                    r"(?: on (?:the|this|that) (?:city|town|village|area|district|building|market|site))?"
                                    r"(?=\s*(?:[.;,]|$))", re.IGNORECASE)
_FOUND_BEFORE = re.compile(r"\b(?:bod(?:y|ies)|remains|victims?)\b[^,;]{0,60}\b(?:recovered|found|pulled out|retrieved|discovered"
                           r"|identified|buried)\b[^,;]{0,80}$"
                           r"|\b(?:recovered|found|pulled out|retrieved|discovered|buried)\b (?:the )?(?:bod(?:y|ies)|remains)\b[^,;]{0,80}$",
                           re.IGNORECASE)
_AFTERMATH_NEEDLES = ("laid ", "lay ", "mourn", "buri", "bury", "funeral", "vigil", "commemorat", "paid ", "declared", "visited",
                      "rites", "ceremon", "rallied", "protested")


def _attributive(sentence: str, start: int, end: int) -> str:
    """ "Saturday's election", "the Aug. 7 attack": a date used to name another incident."""
    after = sentence[end:end + 24]
    if _POSSESSIVE.match(after):
        return "attributive"
    if _THE_BEFORE.search(sentence[max(0, start - 6):start]) and _NOUN_AFTER.match(after):
        if _PAST_PART_BEFORE.search(sentence, max(0, start - 45), start):
            return "past"       # "a terrorist who took part in the October 7 massacre": someone's past, no incident's name
        return "attributive"
    return "event"


# What someone once did in an event the date names: not the report's incident
_PAST_PART_BEFORE = re.compile(r"\b(?:took part|taken part|participated|participating|survivor|survivors"
                               r"|since|anniversary|commemorat\w+|remembrance)\b[^.;,]{0,14}$", re.IGNORECASE)


def _reporting(sentence: str, start: int, end: int) -> bool:
    """ "confirmed today", "today announced", "Today, officials said": the day of the report."""
    return bool(_REPORT_VERB.search(sentence, max(0, start - 30), start)
                or _REPORT_VERB.search(sentence, end, end + 60))


def _rank(m: DateMention) -> tuple[int, int]:
    if m.role != "event":
        return 2, m.start
    return (1 if m.kind == "relative" and _VAGUE.search(m.text) else 0), m.start


def event_date(mentions: list[DateMention]) -> DateMention | None:
    """The mention that dates an incident: the first resolved one that names the deed's day,
    else one that names an incident ("Monday's roadside bomb attack", over the "said on
    Tuesday" of the report), else the first resolved one of any role."""
    first = named = None
    for m in mentions:
        if m.date:
            if m.role == "event":
                return m
            if named is None and m.role == "attributive":
                named = m
            if first is None:
                first = m
    return named or first


def _relative(m: re.Match[str], ref: date | None, basis: str = "published") -> tuple[date | None, int]:
    if basis == "heading":
        return None, 1      # a chronology's year dates its entries' days, not "yesterday"
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
    if m.group("od"):
        day, month = int(m.group("od")), ref.replace(day=1)
        if day > ref.day:
            return None, 1      # "on the 24th of this month", told on the 9th: a day to come
        try:
            return month.replace(day=day), 1
        except ValueError:
            return None, 1
    if rel.endswith(("before yesterday", "before last")):
        return ref - timedelta(days=2), 1
    if rel.startswith(("yesterday", "on the previous", "on the preceding", "the previous", "the preceding", "the day before")):
        return ref - timedelta(days=1), 1
    if rel.endswith((" day", "24 hours")) and not rel.startswith("on the"):
        # A period ending at the reference. A summary published on a date (a morning
        # roundup, a headline) is coded to the day before; a release that dates itself in
        # its dateline ("KABUL (Jan. 5) - ... over the past 24 hours") to that date.
        return ref - timedelta(days=0 if basis == "dateline" else 1), 1
    if rel in ("last week",):
        return ref - timedelta(days=7), 2
    if rel in ("last weekend",):
        back = (ref.weekday() - 5) % 7 or 7
        return ref - timedelta(days=back), 2
    if rel.endswith("the weekend"):
        # "at the weekend": the Sunday last past (or the Saturday it is told on), a day from either
        return ref - timedelta(days=0 if ref.weekday() == 5 else (ref.weekday() - 6) % 7), 2
    if rel in ("last month",):
        first = ref.replace(day=1) - timedelta(days=1)
        return first.replace(day=1), 3
    if rel in ("this week", "earlier this week"):
        return ref, 2
    if rel.startswith("early") and rel.endswith("week"):
        return ref - timedelta(days=min(ref.weekday(), 1) if ref.weekday() < 2 else ref.weekday() - 1), 2     # its Tuesday
        # ("early in the week" in a Saturday round-up: Monday or Tuesday; told on a Monday or Tuesday, that day or the one
        # before)
    if rel in ("this month", "earlier this month"):
        return ref, 3
    n = m.group("n")
    if n:
        k = int(n) if n.isdigit() else _NUMBER_WORDS.get(n.lower(), 0)
        return ref - timedelta(days=k), 1
    if rel in ("last night", "last evening", "overnight", "at night"):
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
    ref = parse_iso(published)
    dl = find_dateline(text, ref)
    basis = "published"
    if ref is None and dl:
        ref, basis = parse_iso(dl.date), "dateline"
    skip_to = dl.end if dl else 0
    found = sorted((m for m in find_dates(text[skip_to:], skip_to, ref, basis) if m.date and m.precision == 1),
                   key=lambda m: m.start)
    m = next((m for m in found if m.role == "event"), found[0] if found else None)
    if m:
        return m.date
    return ref.isoformat() if ref else None


def heading_year(text: str) -> int | None:
    """The year of a chronology's title ("2023 in Burkina Faso", "Attacks on aid convoys, 2021", "Timeline of
    the war (1 January 2025 - 31 March 2025)", "Myanmar civil war – 2024"), or of a line that is only a year
    under a chronology's title ("Insurgency in Cabo Delgado — chronology // 2023"), else None: the title is the
    first line, short and with no full stop; of a range of years, the last. Its entries' days ("On 8
    February, ...") fall in it. A headline with a year in it is no such title ("2026's worst raid so far",
    "Police link Kajuru killings to 2019 incidents"); one whose year is in a final bracket ("... massacre
    (2023)") counts only over two entries or more led by their own days."""
    lines = [ln.strip() for ln in text.lstrip()[:400].split("\n")]
    first = lines[0] if lines else ""
    if not first or len(first) > 120 or first.endswith(".") or len(lines) < 2 or not _CHRONOLOGY_TITLE.search(first):
        return None
    if not _STRONG_TITLE.search(first) and sum(1 for piece in _PIECES.split(text[:6000]) if DATE_LED.match(piece.strip())) < 2:
        return None
    years = re.findall(r"\b((?:19|20)\d\d)\b", first)
    if years:
        return int(years[-1])
    below = next((ln for ln in lines[1:5] if ln), "")
    return int(below) if _YEAR_LINE.fullmatch(below) else None


_STRONG_TITLE = re.compile(
    r"^(?:19|20)\d\d in [A-Z]|\b(?:timeline|chronology|list of)\b"
    r"|[,:–—-] (?:(?:january|february|march|april|may|june|july|august|september|october|november|december) )?(?:19|20)\d\d"
    r"(?: \([^()]*\))?$", re.IGNORECASE)
# ... and a weaker one, a year in a final bracket ("... massacre (2023)"), that needs entries under it
_CHRONOLOGY_TITLE = re.compile(_STRONG_TITLE.pattern + r"|\((?:[^()]*[-–—] ?)?[^()]*\b(?:19|20)\d\d\)$", re.IGNORECASE)
_YEAR_LINE = re.compile(r"(?:19|20)\d\d")
_PIECES = re.compile(r"(?<=[.!?])\s+|\n")
# A sentence led by its own day, as a chronology's entries are: "On 8 February, ...", "16 April – ...", "March 3: ...",
# "On Friday 14 March", "20 and 21 April", "Feb. 21 - ..."
DATE_LED = re.compile(r"^(?:[-•*]\s*)?(?:on )?(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),? )?"
                      r"(?:\d{1,2}(?:st|nd|rd|th)?(?: (?:and|to|-|–) \d{1,2})? (?:of )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct"
                      r"|nov|dec)[a-z]*\.?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?)\b",
                      re.IGNORECASE)
