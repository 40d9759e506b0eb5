"""Incident tables in a report's text: rows under a header that names dates, places and tolls.

Situation reports and digests list incidents as pipe (markdown), tab-, semicolon- or comma-separated rows
("| 4 May | Marib | Sirwah | 3 |", a spreadsheet's export "12.08.2024,Bilozerka,artillery,1,2"). A row has no verb for the sentence reader to find, so each row is
told again as one sentence from its cells and the header's words ("Shelling in Sirwah district, Marib
governorate, on 4 May killed 3 people"); the events read from it point back to the row's cells.

Not every table of deaths is one of incidents (cholera deaths by state, road accidents by county, a
war's toll by region): a table is read only where its rows tell what happened (an event, weapon, actor
or target column) or, with a day in each row, where the text around it tells of violence.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# What a header cell says its column holds (the first that matches wins; read lower-cased)
_COLUMNS = (
    # a column headed as a count of incidents ("Incidents", "Attacks"): a tally's where its cells are numbers, else what
    # happened (read as "event" then)
    ("incidents", re.compile(r"^\s*(?:no\.? of |number of |# ?)?(?:incidents|attacks|events|security incidents)\s*$")),
    ("killed", re.compile(r"\b(?:killed|dead|deaths?|fatalities|fatal|died|killings?)\b")),
    ("injured", re.compile(r"\b(?:injured|wounded|injuries|hurt)\b")),
    # a column of tolls in words ("1 killed, 4 injured", "None"): read as the row's own words
    ("casualties", re.compile(r"\b(?:casualties|toll)\b")),
    ("date", re.compile(r"\b(?:date|day|when)\b")),
    ("country", re.compile(r"\bcountry\b")),
    ("region", re.compile(r"\b(?:governorate|province|state|region|oblast|department|prefecture|admin ?1|zone)\b")),
    ("district", re.compile(r"\b(?:district|county|lga|territory|cercle|township|woreda|raion|upazila|commune|municipality"
                            r"|admin ?2|tehsil|division|hromada)\b")),
    ("place", re.compile(r"\b(?:location|locality|village|town|city|place|site|area|settlement|where)\b")),
    ("event", re.compile(r"\b(?:event|incident|type|description|what|details|summary|weapon|attack|notes?)\b")),
    ("actor", re.compile(r"\b(?:perpetrators?|actors?|attackers?|responsible|armed group|by)\b")),
    ("target", re.compile(r"\b(?:target|facility|victims?|building|object)\b")),
)
# How a unit is told after its name in the sentence ("Sirwah district"); a place column adds no word
_UNIT_WORDS = re.compile(r"\b(governorate|province|state|region|oblast|department|prefecture|district|county|lga|territory"
                         r"|cercle|township|woreda|raion|upazila|commune|municipality|tehsil|division|hromada)\b")
# who the toll column counts, by its header ("Militants killed", "Civilians dead"): said in the sentence
_COUNTED = re.compile(r"\b(militants|terrorists|insurgents|fighters|attackers|soldiers|troops|police(?:men)?|officers|civilians"
                      r"|children|women|people|persons)\b")
_SEPARATORS = ("|", "\t", ";")
# a spreadsheet's header line, comma-separated, that names a toll: the cheap test for a comma table in a text
_CSV_HEAD = re.compile(r"(?:^|,)[^,\n]{0,25}\b(?i:killed|dead|deaths|fatalities|injured|wounded|casualties)\b[^,\n]{0,25}(?:,|\r?$)",
                       re.MULTILINE)
_RULE = re.compile(r"^[\s|:+-]*-{3,}[\s|:+-]*$")      # "|---|:---|" under a markdown header
_NUMBER = re.compile(r"^\s*(?:(?:at least|about|around|over|more than|up to|some|~|c\.)\s*)?(\d{1,5})\s*\+?\s*$", re.IGNORECASE)
# a description that tells its own toll ("Gunmen shot dead two men on the road"): its words count, not the column's too
_KILLED_TOLD = re.compile(r"\b(?:killed|killing|dead|died|deaths?|bodies)\b")
_INJURED_TOLD = re.compile(r"\b(?:wounded|wounding|injured|injuring|injuries|hurt)\b")
# a row whose description says it sums the others: "(monthly running total - Sagaing)"
_TOTAL_EVENT = re.compile(r"\b(?:running|monthly|weekly|cumulative|grand) totals?\b|^\W*totals?\b", re.IGNORECASE)
_COUNT_TOLD = re.compile(r"\d|\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|several|many"
                         r"|scores|hundreds)\b")
_NONE = re.compile(r"^\s*(?:-|–|—|n/?a|unknown|\?|)\s*$", re.IGNORECASE)
_PLACE_PREPOSITIONS = frozenset("outside near inside around at in on off behind beside opposite".split())
_NO_CASUALTIES = re.compile(r"^\s*(?:none|nil|no casualties|0)\s*\.?\s*$", re.IGNORECASE)
_TOTAL_ROW = re.compile(r"\b(?:total|totals|sum|overall|cumulative|to date|since|all (?:regions|provinces|districts))\b"
                        r"|^\s*all\s*$", re.IGNORECASE)
# a day in a date cell: "4 May", "May 4", "04/05/2026", "2026-05-04", "Mon 4"
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_DAY_CELL = re.compile(rf"^\W*(?:[a-z]{{3}}\w*,? )?(?:\d{{1,2}}(?:st|nd|rd|th)?\s*{_MONTH}(?:\s*\d{{4}})?|{_MONTH}\s*\d{{1,2}}(?:,?\s*\d{{4}})?"
                       r"|\d{1,4}[./-]\d{1,2}(?:[./-]\d{2,4})?)"
                       # (and its time: "08 Feb, ~13:30", "09 Feb, 09:00-12:00")
                       r"(?:,?\s*~?\d{1,2}[:.]\d{2}(?:\s*[-–]\s*\d{1,2}[:.]\d{2})?)?\W*$", re.IGNORECASE)
# the text about a table that says it is one of violent incidents (its caption, the lines above it)
VIOLENT_CONTEXT = re.compile(r"\b(?:attacks?|strikes?|airstrikes?|shelling|bombings?|clash(?:es)?|fighting|security incidents?"
                             r"|incidents?|violence|violent|armed|conflict|ambush(?:es)?|raids?|drones?|missiles?|explosions?"
                             r"|casualt(?:y|ies)|civilian harm)\b", re.IGNORECASE)
# the text before a table that says its rows are sums
_AGGREGATE = re.compile(r"\b(?:compiled|figures|totals?|statistics|aggregated?|cumulative|per day|daily casualt\w*"
                        r"|by (?:province|region|state|governorate|district|oblast|month|week))\b", re.IGNORECASE)
# a toll column's header that says its dead were killed ("Killed", "Fatalities"; not "Deaths", which disease and roads have)
_KILLED_HEADER = re.compile(r"\b(?:killed|killings|fatalities)\b", re.IGNORECASE)
# ... and what else kills: a table of these is no table of incidents
_NOT_VIOLENCE = re.compile(r"\b(?:accidents?|crash(?:es)?|collisions?|traffic|road deaths|floods?|flooding|earthquakes?|quakes?"
                           r"|storms?|cyclones?|landslides?|heat|drowning|cholera|measles|disease|outbreak|epidemic|cases"
                           r"|malnutrition|famine|hunger|wildfires?|house fires?|overdoses?|suicides)\b", re.IGNORECASE)
_SITE_NOUNS = frozenset("clinic hospital school market house home mosque church camp bus car truck checkpoint shop office "
                        "bakery well water farm village monastery pagoda temple shrine convoy warehouse depot bridge "
                        "station".split())
# a sentence's end inside a description cell ("A drone hit a house. Two children were among the dead.")
_SENTENCE_INSIDE = re.compile(r"[.;!?]\s+\S")


@dataclass(frozen=True, slots=True)
class Cell:
    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Row:
    start: int
    end: int
    cells: dict[str, Cell]      # column kind -> its cell (only filled cells)


@dataclass(frozen=True, slots=True)
class Table:
    start: int      # the header line's start
    end: int        # the last row's end
    rows: tuple[Row, ...]
    kinds: tuple[str | None, ...]       # each column's kind
    header: tuple[str, ...]             # each column's header text


def _csv_parts(line: str) -> list[str]:
    """A comma-separated line's parts, a quoted part's commas kept inside it ('3,"Kherson, Korabelnyi",1'); the
    quotes stay in the part (stripped from its cell's text), so the parts still add up to the line. (A line with
    an unpaired quote is split at every comma.)"""
    if line.count('"') % 2:
        return line.split(",")
    parts, start, quoted = [], 0, False
    for k, ch in enumerate(line):
        if ch == '"':
            quoted = not quoted
        elif ch == "," and not quoted:
            parts.append(line[start:k])
            start = k + 1
    parts.append(line[start:])
    return parts


def _sep_of(line: str) -> str | None:
    """The line's separator: a pipe, tab or semicolon used twice, or commas used three times in a line that is no
    prose (short, no sentence's end inside it)."""
    sep = next((s for s in _SEPARATORS if line.count(s) >= 2), None)
    if sep is None and line.count(",") >= 2 and len(line) <= 300 and ". " not in line:
        sep = ","
    return sep


def _cells(line: str, offset: int, sep: str) -> list[Cell]:
    """A line's cells, each with its stripped text and where it is in the document."""
    if sep == ",":
        cells, pos = [], 0
        for part in _csv_parts(line):
            lead = len(part) - len(part.lstrip(' "'))
            text = part.strip(' "\r')
            cells.append(Cell(text, offset + pos + lead, offset + pos + lead + len(text)))
            pos += len(part) + 1
        return cells
    body_start, body_end = 0, len(line)
    if sep == "|":
        stripped = line.strip()
        if stripped.startswith("|"):
            body_start = line.index("|") + 1
        if stripped.endswith("|"):
            body_end = line.rindex("|")
    cells, pos = [], body_start
    for part in line[body_start:body_end].split(sep):
        lead = len(part) - len(part.lstrip())
        text = part.strip()
        cells.append(Cell(text, offset + pos + lead, offset + pos + lead + len(text)))
        pos += len(part) + 1
    return cells


def _header(cells: list[Cell]) -> list[str | None] | None:
    """The kind of each column, where the header names a toll and a date or a place."""
    if any(len(c.text) > 30 or c.text.count(" ") > 3 or any(ch.isdigit() and c.text != "#" for ch in c.text)
           for c in cells):
        return None     # (a line of prose with semicolons, or a row, is no header: a header's cells are a few words)
    kinds: list[str | None] = []
    for c in cells:
        low = c.text.lower().replace("_", " ")      # (an export's "weapon_reported", "city_district")
        kind = next((kind for kind, pattern in _COLUMNS if pattern.search(low)), None)
        if kind in ("killed", "injured") and kind in kinds:
            kind += "2"         # ("Civilians killed", "Soldiers killed": a second group's toll)
        kinds.append(kind)
    if kinds.count("killed") + kinds.count("injured") + kinds.count("casualties") == 0:
        return None
    if not {"date", "region", "district", "place"} & set(kinds):
        return None
    return kinds


def find_tables(text: str) -> list[Table]:
    """Every table of the text with a header of tolls and dates or places: a header line, then rows with as many
    cells (rows that total the others are left out)."""
    if "|" not in text and "\t" not in text and ";" not in text and not _CSV_HEAD.search(text):
        return []
    lines, pos = [], 0
    for line in text.split("\n"):
        lines.append((line, pos))
        pos += len(line) + 1
    tables: list[Table] = []
    k = 0
    while k < len(lines):
        line, offset = lines[k]
        sep = _sep_of(line)
        head = _cells(line, offset, sep) if sep else []
        kinds = _header(head) if sep else None
        if kinds is None:
            k += 1
            continue
        rows: list[Row] = []
        j = k + 1
        while j < len(lines):
            row_line, row_offset = lines[j]
            if _RULE.match(row_line) and not rows:
                j += 1
                continue
            cells = _cells(row_line, row_offset, sep) if row_line.count(sep) >= 2 else []
            if sep in (",", ";") and len(cells) > len(kinds) and kinds[-1] in (None, "event", "target"):
                # (a last column of notes with commas of its own, unquoted: "houses hit, man killed in yard")
                cells = cells[:len(kinds) - 1] + [Cell(row_line[cells[len(kinds) - 1].start - row_offset:].strip(' "\r'),
                                                       cells[len(kinds) - 1].start, cells[-1].end)]
            if len(cells) != len(kinds):
                break
            filled = {kind: c for kind, c in zip(kinds, cells) if kind and c.text and not _NONE.match(c.text)}
            if (filled.get("killed") or filled.get("injured") or filled.get("casualties") and filled.get("event")) \
                    and not any(_TOTAL_ROW.search(c.text) for c in cells[:2]) \
                    and not (filled.get("event") and _TOTAL_EVENT.search(filled["event"].text)) \
                    and not (filled.get("date") and not _DAY_CELL.search(filled["date"].text)) \
                    and not (filled.get("event") and _NOT_VIOLENCE.search(filled["event"].text)):
                # (not a row that totals the others, one of a week's or a month's, nor a flood's or a crash's)
                rows.append(Row(row_offset, row_offset + len(row_line.rstrip()), filled))
            j += 1
        if rows:
            if "incidents" in kinds and not all(_NUMBER.match(r.cells["incidents"].text) for r in rows if "incidents" in r.cells):
                # ("Attacks: Ambush on army convoy"): the deed of each row
                kinds = ["event" if k == "incidents" and "event" not in kinds else k for k in kinds]
                rows = [Row(r.start, r.end, {("event" if k == "incidents" else k): c for k, c in r.cells.items()}) for r in rows]
            tables.append(Table(offset, rows[-1].end, tuple(rows), tuple(kinds), tuple(c.text for c in head)))
        k = j
    return tables


def of_incidents(table: Table, before: str) -> bool:
    """The table lists incidents: its rows tell what happened, or each tells its day and the text before the table
    (`before`: its caption and the lines above) or its toll's header ("Killed", not "Deaths") tells of violence, and
    neither tells of accidents, disasters or disease."""
    if _NOT_VIOLENCE.search(before + " " + " ".join(table.header)):
        return False
    if "incidents" in table.kinds:
        return False        # ("Territory | Incidents | Victims | of which killed": each row sums a territory's incidents; not
        #                     a column "Attacks" that tells each row's deed, "Ambush on army convoy")
    if {"event", "actor", "target"} & set(table.kinds):
        return True
    if _AGGREGATE.search(before):
        return False        # ("Daily casualty figures compiled from provincial health directorates": sums, no incidents)
    toll = " ".join(h for k, h in zip(table.kinds, table.header) if k in ("killed", "injured"))
    days = [r.cells["date"].text for r in table.rows if r.cells.get("date")]
    return bool(days) and all(_DAY_CELL.search(d) for d in days) \
        and (VIOLENT_CONTEXT.search(before) is not None or _KILLED_HEADER.search(toll) is not None)


_CASUALTY_WORDS = re.compile(r"\b(?:deaths?|killed|dead|casualt(?:y|ies)|injur\w*|wounded|fatalit\w*)\b", re.IGNORECASE)


def caption(before: str) -> str | None:
    """The table's caption, where its last line above says what the rows are ("Table 2: Shelling"): the words after
    its label, as a row's deed where the table has no column for it."""
    line = before.rstrip().rsplit("\n", 1)[-1].strip()
    line = re.sub(r"^(?:table|annex|figure)\s*\d*[.:]?\s*", "", line, flags=re.IGNORECASE).strip(" :.-")
    return line if 0 < len(line) <= 40 and VIOLENT_CONTEXT.search(line) and not _CASUALTY_WORDS.search(line) else None
    #   (not a caption of the dead, "Civilian deaths recorded after shelling": the rows' tolls, no deed of theirs)


def mask(text: str, tables: list[Table]) -> str:
    """The text with its tables blanked (same length, so every other span stays where it was)."""
    if not tables:
        return text
    parts, pos = [], 0
    for t in tables:
        parts.append(text[pos:t.start])
        parts.append(re.sub(r"[^\n]", " ", text[t.start:t.end]))
        pos = t.end
    parts.append(text[pos:])
    return "".join(parts)


def _count(cell: Cell | None) -> str | None:
    if cell is None:
        return None
    m = _NUMBER.match(cell.text)
    return m.group(1) if m else cell.text if len(cell.text) <= 20 else None


def row_sentence(row: Row, header: dict[str, str], country: str | None, day: str | None = None,
                 deed: str | None = None) -> tuple[str, list[tuple[int, Cell]]]:
    """The row told as a sentence (two where its description holds sentences of its own), and where each cell's words
    are in it ([(sentence offset, cell)]).

    `header`: each column kind's header text (its unit word: "district", "LGA"); `country`: the one country the report
    names, where the table has no column for it; `day`: the day the report gives its rows, where they give none;
    `deed`: what the caption says the rows are ("Shelling"), where no column says."""
    parts: list[str] = []
    placed: list[tuple[int, Cell]] = []

    def add(s: str, cell: Cell | None = None) -> None:
        if cell is not None:
            placed.append((sum(map(len, parts)), cell))
        parts.append(s)

    cells = row.cells
    event = cells.get("event")
    told_apart = event is not None and _SENTENCE_INSIDE.search(event.text) is not None

    def where_and_when(lead: str = " in ", on: str = " on ") -> None:
        where = [k for k in ("place", "district", "region", "country") if k in cells]
        if where:
            add(lead)
            for n, kind in enumerate(where):
                if n:
                    add(", ")
                said = cells[kind].text
                if said.split(" ", 1)[0].lower() in _PLACE_PREPOSITIONS:
                    said = said[:1].lower() + said[1:]      # ("Outside the Returning Officer's office": no place "Outside")
                add(said, cells[kind])
                unit = _UNIT_WORDS.search(header.get(kind, "").lower())
                if kind in ("district", "region") and unit and not _UNIT_WORDS.search(cells[kind].text.lower()):
                    add(" " + unit.group(1).replace("lga", "LGA"))
            if "country" not in cells and country:
                add(", " + country)
        said_on = on if where or not lead[:1].isupper() else on.strip().capitalize() + " "
        if (date := cells.get("date")) is not None:
            add(said_on)
            add(date.text, date)
        elif day:
            add(said_on + day)

    told = event.text.lower() if event is not None else ""
    # (a description that tells its own dead or wounded, "Gunmen shot dead two men", is not counted twice; told in
    # sentences of their own before the tolls, the columns' counts restate them)
    counted = _COUNT_TOLD.search(told) is not None     # (a description's own count: "killed two men"; not "man killed")
    dead = [] if _KILLED_TOLD.search(told) and counted and not told_apart else _dead(cells, header)
    injured = None if _INJURED_TOLD.search(told) and counted and not told_apart else _count(cells.get("injured"))

    def tolls(passive: bool) -> None:
        """The tolls: "killed 12 civilians and 4 soldiers and wounded 9", or told apart "12 civilians and 4 soldiers were
        killed and 9 wounded"."""
        for k, (count, cell, noun) in enumerate(dead):
            add((" " if passive else " killed ") if k == 0 else " and ")
            add(count, cell)
            add(" " + noun)
        if dead and passive:
            add(" were killed")
        if injured is not None:
            add(" and " if dead and passive else " and wounded " if dead else " " if passive else " wounded ")
            add(injured, cells["injured"])
            add(" wounded" if dead and passive else " were wounded" if passive else "" if dead else " people")

    casualties = cells.get("casualties")

    def casualties_told() -> None:
        """A casualties column's words: "1 killed, 4 injured" as they are; "None" as no one hurt."""
        if casualties is None or dead or injured is not None:
            return
        if _NO_CASUALTIES.match(casualties.text):
            add(" No one was killed or injured.")
        else:
            add(" Casualties: ")
            add(casualties.text, casualties)
            add(".")

    if told_apart:
        # "In Sumy on 4 March: A drone hit a house. Two children were among the dead." (the description's sentences
        # kept whole, the row's place and day before them, its tolls after them: "2 people were killed.")
        where_and_when("In ")
        add(": ")
        add(event.text, event)
        if not event.text.rstrip().endswith((".", "!", "?")):
            add(".")
        if dead or injured is not None:
            tolls(passive=True)
            add(".")
        casualties_told()
        return "".join(parts), placed
    if event is not None:
        add(event.text, event)
    else:
        add(deed or "An attack")
    if (actor := cells.get("actor")) is not None:
        add(" by ")
        add(actor.text, actor)
    if (target := cells.get("target")) is not None:
        add(" on ")
        first = target.text.split(" ", 1)[0]
        # ("Clinic hit by airstrike": a site, not a place named Clinic)
        add(target.text[:1].lower() + target.text[1:] if first.lower() in _SITE_NOUNS else target.text, target)
    where_and_when()
    tolls(passive=False)
    add(".")
    casualties_told()
    return "".join(parts), placed


def _dead(cells: dict[str, Cell], header: dict[str, str]) -> list[tuple[str, Cell, str]]:
    """The row's dead, a count for each toll column with the group its header names ("Civilians killed", "Soldiers
    killed": "killed 12 civilians and 4 soldiers"; an unnamed second group is "others")."""
    out = []
    for kind in ("killed", "killed2"):
        count = _count(cells.get(kind))
        if count is not None:
            who = _COUNTED.search(header.get(kind, "").lower())
            out.append((count, cells[kind], who.group(1) if who else "people" if not out else "others"))
    return out


def headers(table: Table) -> dict[str, str]:
    """Each column kind's header text."""
    return {kind: text for kind, text in zip(table.kinds, table.header) if kind}


def to_document(placed: list[tuple[int, Cell]], row: Row):
    """A function that moves a span of the row's sentence back to the document: within the cell it lies in, onto
    the one cell it overlaps ("killed 3 people": the toll's cell), else onto the whole row."""
    def move(start: int, end: int) -> tuple[int, int]:
        over = [(at, cell) for at, cell in placed if start < at + len(cell.text) and at < end]
        if len(over) != 1:
            return row.start, row.end
        at, cell = over[0]
        if at <= start and end <= at + len(cell.text):
            return cell.start + start - at, cell.start + end - at
        return cell.start, cell.end
    return move
