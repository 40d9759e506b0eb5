"""Incident exports in the formats users already load: UCDP GED-style CSV and GeoJSON.

(ACLED CSV, JSONL and CSV of the flat record are in `writers`; they take
incident records as they are.)
"""
from __future__ import annotations

import csv
import json
from typing import Any, Iterable, TextIO

from conflictlens.export.writers import csv_cell
from conflictlens.model import event_field_names

UCDP_COLUMNS = (
    "id", "relid", "year", "active_year", "type_of_violence", "side_a", "side_b", "number_of_sources",
    "source_article", "source_headline", "where_prec", "where_coordinates", "adm_1", "adm_2",
    "latitude", "longitude", "geom_wkt", "country", "event_clarity", "date_prec", "date_start", "date_end",
    "deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown", "best", "high", "low",
)
_DATE_PREC = {1: 1, 2: 3, 3: 4}   # ACLED time_precision -> UCDP date_prec


def type_of_violence(r: dict[str, Any]) -> int | None:
    """UCDP's 1 state-based, 2 non-state, 3 one-sided (violence against civilians)."""
    if r.get("event_type") not in ("Explosions/Remote violence", "Battles", "Violence against civilians"):
        return None
    if r.get("civilian_targeting"):
        return 3
    sides = [a or "" for a in (r.get("actor1"), r.get("actor2"))]
    if any(s.startswith(("Military Forces", "Police Forces")) for s in sides):
        return 1
    return 2


def ucdp_row(r: dict[str, Any]) -> dict[str, Any]:
    best = r.get("fatalities")
    low = r.get("fatalities_low") if r.get("fatalities_low") is not None else best
    high = r.get("fatalities_high") if r.get("fatalities_high") is not None else best
    civ = r.get("civilians_killed") if r.get("civilians_killed") is not None else (best if r.get("civilian_targeting") else None)
    lat, lon = r.get("latitude"), r.get("longitude")
    notes = [e.get("text") for e in r.get("evidence") or [] if e.get("field") == "event"]
    return {
        "id": r.get("event_id"), "relid": r.get("event_id"),
        "year": (r.get("event_date") or "")[:4] or None, "active_year": None,
        "type_of_violence": type_of_violence(r), "side_a": r.get("actor1"), "side_b": r.get("actor2"),
        "number_of_sources": r.get("number_of_sources") or len(r.get("doc_ids") or []) or 1,
        "source_article": "; ".join(r.get("doc_ids") or ([r["doc_id"]] if r.get("doc_id") else [])),
        "source_headline": notes[0] if notes else None,
        "where_prec": r.get("where_prec"), "where_coordinates": r.get("location"),
        "adm_1": r.get("admin1"), "adm_2": r.get("admin2"), "latitude": lat, "longitude": lon,
        "geom_wkt": f"POINT ({lon} {lat})" if lat is not None else None,
        "country": r.get("country"), "event_clarity": 1 if len(r.get("doc_ids") or []) > 1 else 2,
        "date_prec": _DATE_PREC.get(r.get("time_precision")), "date_start": r.get("event_date"),
        "date_end": r.get("event_date"), "deaths_a": None, "deaths_b": None, "deaths_civilians": civ,
        "deaths_unknown": None, "best": best, "high": high, "low": low,
    }


def in_ucdp(r: dict[str, Any]) -> bool:
    """UCDP GED codes organised violence only: a political interaction (a PLOVER code) is no GED event."""
    return not r.get("plover")


def has_point(r: dict[str, Any]) -> bool:
    return r.get("latitude") is not None and r.get("longitude") is not None


def write_ucdp(records: Iterable[dict[str, Any]], out: TextIO) -> int:
    """UCDP GED-style CSV: the GED's column names, best/low/high, where_prec and date_prec.
    Political interactions are left out (see `export_note`)."""
    writer = csv.DictWriter(out, fieldnames=UCDP_COLUMNS, lineterminator="\n")
    writer.writeheader()
    n = 0
    for r in records:
        if not in_ucdp(r):
            continue
        writer.writerow({k: "" if v is None else v for k, v in ucdp_row(r).items()})
        n += 1
    return n


def write_geojson(records: Iterable[dict[str, Any]], out: TextIO) -> int:
    """A FeatureCollection with the flat record as properties: every record, a point where it has
    one and `"geometry": null` where it has none (RFC 7946, 3.2), so that no incident goes missing."""
    out.write('{"type": "FeatureCollection", "features": [')
    n = 0
    for r in records:
        props = {k: v for k, v in r.items() if k not in ("evidence", "revisions", "figures", "places", "source_details")}
        geometry = {"type": "Point", "coordinates": [r["longitude"], r["latitude"]]} if has_point(r) else None
        feature = {"type": "Feature", "geometry": geometry, "properties": props}
        out.write(("," if n else "") + "\n" + json.dumps(feature, ensure_ascii=False, default=str))
        n += 1
    out.write("\n]}\n")
    return n


def export_note(fmt: str, records: list[dict[str, Any]]) -> str:
    """What the export summary must add so that nothing is left out unsaid: the incidents a format
    cannot hold, or holds without a point."""
    if fmt == "ucdp":
        out = sum(not in_ucdp(r) for r in records)
        return f"{out} political interaction{'s' * (out != 1)} left out: UCDP GED has no such events" if out else ""
    if fmt == "geojson":
        bare = sum(not has_point(r) for r in records)
        return f"{bare} without a point: \"geometry\": null" if bare else ""
    return ""


INCIDENT_OWN_COLUMNS = ("doc_ids", "number_of_sources", "mentions", "revisions", "corrections")
"""What an incident record has beyond the flat record of one report (docs/DATABASE.md)."""


def incident_csv_columns() -> list[str]:
    """incident_id, the flat record's fields (but doc_id, which an incident has many of: doc_ids),
    then the incident's own columns. The same every time, whatever the data."""
    return ["incident_id", *(f for f in event_field_names() if f != "doc_id"), *INCIDENT_OWN_COLUMNS]


def _incident_cell(name: str, value: Any) -> Any:
    """A CSV cell: the incident's lists of ids joined with `;`, the rest as the record CSV writes it."""
    if name in ("doc_ids", "mentions") and isinstance(value, list):
        return ";".join(str(v) for v in value)
    return csv_cell(value)


def write_incidents_csv(records: Iterable[dict[str, Any]], out: TextIO) -> int:
    """Incident records as CSV: `incident_csv_columns()` as header."""
    header = incident_csv_columns()
    writer = csv.DictWriter(out, fieldnames=header, lineterminator="\n")
    writer.writeheader()
    n = 0
    for r in records:
        writer.writerow({name: _incident_cell(name, r.get(name)) for name in header})
        n += 1
    return n


# Parquet column types: everything else is text; lists and objects are stored as JSON text.
_PARQUET_INT = ("time_precision", "geo_precision", "where_prec", "fatalities", "fatalities_low", "fatalities_high",
                "injured", "injured_low", "injured_high", "children_killed", "children_injured",
                "civilians_killed", "attackers_killed", "soldiers_killed", "number_of_sources")
_PARQUET_FLOAT = ("latitude", "longitude", "confidence")
_PARQUET_BOOL = ("civilian_targeting",)


def parquet_schema() -> Any:
    """The Parquet columns: those of the incident CSV, typed, the same whatever the data (an empty
    export has them too, so a script that reads one file reads every file)."""
    import pyarrow as pa

    def kind(name: str) -> Any:
        return pa.int64() if name in _PARQUET_INT else pa.float64() if name in _PARQUET_FLOAT else \
            pa.bool_() if name in _PARQUET_BOOL else pa.string()
    return pa.schema([pa.field(name, kind(name)) for name in incident_csv_columns()])


_FITS = {"int64": lambda v: isinstance(v, int) and not isinstance(v, bool),
         "double": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
         "bool": lambda v: isinstance(v, bool)}


def _parquet_cell(kind: str, name: str, r: dict[str, Any]) -> Any:
    """One value for its column; a value of another type (stored by an unchecked correction of an
    older release) is an error that names the incident, not a pyarrow crash."""
    value = r.get(name)
    if value is None:
        return None
    if kind == "string":
        return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, default=str)
    if not _FITS[kind](value):
        what = {"int64": "a whole number", "double": "a number", "bool": "true or false"}[kind]
        raise ValueError(f"incident {r.get('incident_id')}: {name} {value!r} is not {what}, which Parquet's "
                         f"{name} column needs; correct it with `conflictlens incidents correct`")
    return value


def write_parquet(records: Iterable[dict[str, Any]], path: str) -> int:
    """A Parquet file with typed columns (integers, floats, booleans, dates as text, lists as JSON)."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:   # pragma: no cover - depends on the install
        raise RuntimeError("Parquet export needs pyarrow: pip install 'conflictlens[parquet]'") from exc
    rows = list(records)
    schema = parquet_schema()
    columns = {f.name: [_parquet_cell(str(f.type), f.name, r) for r in rows] for f in schema}
    table = pa.table(columns, schema=schema)
    with open(path, "wb") as out:        # Python's own error (and message) for a path it cannot write
        pq.write_table(table, out)
    return len(rows)
