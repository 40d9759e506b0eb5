"""Writers for a stream of flat records (`Event.to_dict()`): JSONL, CSV and ACLED-format CSV.

Each writer takes an iterable of records and an open text stream, writes as it
goes (so output streams while extraction runs) and returns how many records it
wrote. Open files for the CSV writers with `newline=""`.
"""
from __future__ import annotations

import csv
import json
import time
from collections.abc import Callable, Iterable, Mapping
from typing import Any, TextIO

from conflictlens.model import event_field_names

Record = Mapping[str, Any]
Writer = Callable[[Iterable[Record], TextIO], int]

ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp",
)
"""The columns of an ACLED export, spelled and ordered as in the ACLED codebook."""

_DISORDER_BY_TYPE = {
    "Battles": "Political violence",
    "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence",
    "Protests": "Demonstrations",
    "Riots": "Demonstrations",
    "Strategic developments": "Strategic developments",
}
_DISORDER_BY_SUB_TYPE = {
    "Mob violence": "Political violence",
    "Excessive force against protesters": "Political violence; Demonstrations",
}
# ACLED's numeric actor-type codes (inter1/inter2), matched on the start of the actor name.
_INTER_PREFIXES = (
    ("Military Forces of", 1), ("Police Forces of", 1), ("Government of", 1),
    ("Rioters", 5), ("Protesters", 6), ("Civilians", 7),
)
_EXTERNAL_FORCES = 8
_CSV_OPTIONS: dict[str, Any] = {"lineterminator": "\n"}


def write_jsonl(records: Iterable[Record], out: TextIO) -> int:
    """One JSON object per line, non-ASCII kept readable (place names, quotes)."""
    count = 0
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False, default=str))
        out.write("\n")
        count += 1
    return count


def csv_cell(value: Any) -> Any:
    """A flat record value as a CSV cell: null empty, booleans as JSON, lists/dicts as JSON."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple, dict)):
        return json.dumps(value, ensure_ascii=False, default=str)
    return value


def write_csv(records: Iterable[Record], out: TextIO) -> int:
    """A CSV with the record's own field names as header (see `event_field_names()`)."""
    header = event_field_names()
    writer = csv.DictWriter(out, fieldnames=header, extrasaction="ignore", **_CSV_OPTIONS)
    writer.writeheader()
    count = 0
    for record in records:
        writer.writerow({name: csv_cell(record.get(name)) for name in header})
        count += 1
    return count


def write_acled(records: Iterable[Record], out: TextIO, *, timestamp: int | None = None) -> int:
    """An ACLED-format CSV, loadable by scripts written for ACLED downloads.

    `timestamp` (ACLED's last-modified epoch) is the same for every row of one
    export; pass it to make the output reproducible.
    """
    stamp = int(time.time()) if timestamp is None else timestamp
    writer = csv.DictWriter(out, fieldnames=ACLED_COLUMNS, **_CSV_OPTIONS)
    writer.writeheader()
    count = 0
    for record in records:
        writer.writerow(acled_row(record, stamp))
        count += 1
    return count


def acled_row(record: Record, timestamp: int) -> dict[str, Any]:
    """Map one flat record onto the ACLED columns."""
    inter1 = inter_code(record.get("actor1"), record.get("country"))
    inter2 = inter_code(record.get("actor2"), record.get("country"))
    event_date = record.get("event_date") or ""
    row = {
        "event_id_cnty": record.get("event_id") or "",
        "event_date": event_date,
        "year": event_date[:4] if event_date[:4].isdigit() else "",
        "time_precision": record.get("time_precision"),
        "disorder_type": disorder_type(record.get("event_type"), record.get("sub_event_type")),
        "event_type": record.get("event_type"),
        "sub_event_type": record.get("sub_event_type"),
        "actor1": record.get("actor1"),
        "assoc_actor_1": _joined(record.get("assoc_actor_1")),
        "inter1": inter1,
        "actor2": record.get("actor2"),
        "assoc_actor_2": _joined(record.get("assoc_actor_2")),
        "inter2": inter2,
        "interaction": interaction_code(inter1, inter2),
        "civilian_targeting": "Civilian targeting" if record.get("civilian_targeting") else "",
        "iso": record.get("iso"),
        "region": record.get("region"),
        "country": record.get("country"),
        "admin1": record.get("admin1"),
        "admin2": record.get("admin2"),
        "admin3": record.get("admin3"),
        "location": record.get("location"),
        "latitude": record.get("latitude"),
        "longitude": record.get("longitude"),
        "geo_precision": record.get("geo_precision"),
        "source": _joined(record.get("sources")),
        "source_scale": record.get("source_scale"),
        "notes": acled_notes(record),
        "fatalities": acled_fatalities(record),
        "tags": _joined(record.get("tags")),
        "timestamp": timestamp,
    }
    return {key: "" if value is None else value for key, value in row.items()}


def acled_fatalities(record: Record) -> int:
    """ACLED's figure, 0 when none is reported. `fatalities` is already the conservative
    reading of each report ("at least 4" is 4) and, for an incident, the latest toll: a
    toll that rose from 3 to 11 is 11, not the superseded 3 that `fatalities_low` keeps."""
    for key in ("fatalities", "fatalities_low"):
        value = record.get(key)
        if isinstance(value, int) and not isinstance(value, bool):
            return value
    return 0


def acled_notes(record: Record) -> str:
    """A notes cell from the record's own notes and its evidence sentences, without repeats."""
    parts: list[str] = []
    if record.get("notes"):
        parts.append(str(record["notes"]).strip())
    spans = sorted(record.get("evidence") or [], key=lambda s: (s.get("start", 0), -s.get("end", 0)))
    for span in spans:
        text = " ".join(str(span.get("text") or "").split())
        if text and not any(text in kept for kept in parts):
            parts.append(text)
    return " ".join(parts)


def disorder_type(event_type: str | None, sub_event_type: str | None) -> str:
    """ACLED's disorder_type, which follows from the (sub-)event type."""
    if sub_event_type in _DISORDER_BY_SUB_TYPE:
        return _DISORDER_BY_SUB_TYPE[sub_event_type]
    return _DISORDER_BY_TYPE.get(event_type or "", "")


def inter_code(actor: str | None, country: str | None) -> int | None:
    """ACLED's actor-type code for well-known actor name patterns, else None.

    Military or police forces acting outside their own country are "external
    forces" (8), as ACLED codes e.g. Russia's military in Ukraine.
    """
    if not actor:
        return None
    for prefix, code in _INTER_PREFIXES:
        if actor.startswith(prefix):
            if prefix.endswith("Forces of") and country and country not in actor:
                return _EXTERNAL_FORCES
            return code
    return None


def interaction_code(inter1: int | None, inter2: int | None) -> int | None:
    """ACLED's two-digit interaction: the two actor codes, lower first; X0 for a sole actor."""
    if inter1 is None and inter2 is None:
        return None
    codes = sorted(c for c in (inter1, inter2) if c is not None)
    return codes[0] * 10 + (codes[1] if len(codes) > 1 else 0)


def _joined(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return "; ".join(str(v) for v in value if v)
    return str(value)


WRITERS: dict[str, Writer] = {"jsonl": write_jsonl, "csv": write_csv, "acled": write_acled}
FORMATS = tuple(WRITERS)


def get_writer(fmt: str) -> Writer:
    """The writer for a format name; ValueError names the known ones."""
    try:
        return WRITERS[fmt]
    except KeyError:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}") from None
