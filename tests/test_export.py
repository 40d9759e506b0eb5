"""Writers: JSONL, CSV and ACLED-format CSV from flat records built here by hand."""
from __future__ import annotations

import csv
import io
import json

import pytest

from conflictlens.export import ACLED_COLUMNS, FORMATS, acled_row, get_writer, write_acled, write_csv, write_jsonl
from conflictlens.export.writers import inter_code, interaction_code
from conflictlens.model import Event, Span, event_field_names

CODEBOOK_COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp",
]

TEXT = ("A guided bomb hit a school gym in Kostiantynivka, killing three people, "
        "among them a boy of nine, the regional governor said. Eleven were hurt.")


def span(name: str, phrase: str) -> Span:
    start = TEXT.index(phrase)
    return Span(name, start, start + len(phrase), phrase)


EVIDENCE = [span("event_type", "A guided bomb hit a school gym in Kostiantynivka"),
            span("fatalities", "killing three people"), span("injured", "Eleven were hurt.")]


def strike() -> Event:
    return Event(
        doc_id="kostiantynivka.txt", event_id="e1", event_type="Explosions/Remote violence",
        sub_event_type="Air/drone strike", weapon="glide bomb", actor1="Military Forces of Russia",
        actor2="Civilians (Ukraine)", civilian_targeting=True, event_date="2025-02-14", time_precision=1,
        country="Ukraine", iso="UA", admin1="Donetsk", location="Kostiantynivka",
        latitude=48.5277, longitude=37.7069, geo_precision=1, fatalities=3, fatalities_low=3,
        injured=11, children_killed=1, sources=["Vadym Filashkin, governor (via Telegram)", "Suspilne"],
        evidence=list(EVIDENCE),
        confidence=0.8,
    )


def threat() -> Event:
    return Event(doc_id="minister.txt", event_id="e2", event_type="Strategic developments",
                 sub_event_type="Other", plover="THREATEN", actor1="Government of the Netherlands",
                 country="Belgium", event_date="2025-03-10")


def records() -> list[dict]:
    return [strike().to_dict(), threat().to_dict()]


def test_jsonl_writes_one_object_a_line_keeping_unicode():
    out = io.StringIO()
    record = strike().to_dict() | {"location": "Костянтинівка"}
    assert write_jsonl([record, threat().to_dict()], out) == 2
    lines = out.getvalue().splitlines()
    assert len(lines) == 2
    assert "Костянтинівка" in lines[0]
    assert json.loads(lines[0]) == json.loads(json.dumps(record))
    assert list(json.loads(lines[1])) == event_field_names()


def test_jsonl_of_nothing_is_empty():
    out = io.StringIO()
    assert write_jsonl([], out) == 0
    assert out.getvalue() == ""


def test_csv_header_is_the_record_field_names_and_cells_round_trip():
    out = io.StringIO()
    assert write_csv(records(), out) == 2
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert list(rows[0]) == event_field_names()
    first = rows[0]
    assert first["fatalities"] == "3"
    assert first["fatalities_high"] == ""          # null stays empty, not 0
    assert first["civilian_targeting"] == "true"
    assert json.loads(first["sources"]) == strike().sources
    assert json.loads(first["evidence"])[1]["text"] == "killing three people"
    assert rows[1]["plover"] == "THREATEN"


def test_csv_with_no_records_still_has_a_header():
    out = io.StringIO()
    write_csv([], out)
    assert out.getvalue().strip() == ",".join(event_field_names())


def test_acled_has_exactly_the_codebook_columns():
    assert list(ACLED_COLUMNS) == CODEBOOK_COLUMNS
    out = io.StringIO()
    assert write_acled(records(), out, timestamp=1_740_000_000) == 2
    reader = csv.DictReader(io.StringIO(out.getvalue()))
    rows = list(reader)
    assert reader.fieldnames == CODEBOOK_COLUMNS
    assert len(rows) == 2


def test_acled_row_for_a_strike():
    row = acled_row(strike().to_dict(), 1_740_000_000)
    assert row["event_id_cnty"] == "e1"
    assert row["event_date"] == "2025-02-14" and row["year"] == "2025"
    assert row["disorder_type"] == "Political violence"
    assert row["sub_event_type"] == "Air/drone strike"
    assert (row["inter1"], row["inter2"], row["interaction"]) == (8, 7, 78)
    assert row["civilian_targeting"] == "Civilian targeting"
    assert row["iso"] == "UA" and row["admin3"] == ""
    assert row["source"] == "Vadym Filashkin, governor (via Telegram); Suspilne"
    assert row["fatalities"] == 3
    assert row["timestamp"] == 1_740_000_000
    assert row["notes"] == " ".join(s.text for s in EVIDENCE)


def test_acled_conventions_for_unknowns():
    row = acled_row(threat().to_dict(), 0)
    assert row["fatalities"] == 0                   # ACLED writes 0 where nothing is reported
    assert row["civilian_targeting"] == ""
    assert row["disorder_type"] == "Strategic developments"
    assert row["latitude"] == "" and row["notes"] == "" and row["source"] == ""
    assert (row["inter1"], row["interaction"]) == (1, 10)


def test_acled_fatalities_take_the_current_best_figure():
    # best is already the conservative reading of a report ("at least 12" is 12) and, for an
    # incident, the latest toll; low keeps superseded partial counts (a toll that rose 10 -> 12).
    record = strike().to_dict() | {"fatalities": 12, "fatalities_low": 10, "fatalities_high": 15}
    assert acled_row(record, 0)["fatalities"] == 12
    assert acled_row(strike().to_dict() | {"fatalities": None, "fatalities_low": None}, 0)["fatalities"] == 0


def test_acled_notes_skip_evidence_already_quoted():
    record = strike().to_dict()
    record["evidence"].append(span("children_killed", "three people").to_dict())
    record["notes"] = "Glide bomb strike on a school gym."
    notes = acled_row(record, 0)["notes"]
    assert notes.startswith("Glide bomb strike on a school gym. ")
    assert notes.count("three people") == 1


def test_acled_timestamp_defaults_to_now():
    out = io.StringIO()
    write_acled([threat().to_dict()], out)
    stamp = int(next(csv.DictReader(io.StringIO(out.getvalue())))["timestamp"])
    assert stamp > 1_700_000_000


@pytest.mark.parametrize("fmt", FORMATS)
def test_get_writer_knows_every_format(fmt):
    out = io.StringIO()
    assert get_writer(fmt)(records(), out) == 2


def test_get_writer_rejects_unknown_formats():
    with pytest.raises(ValueError, match="jsonl"):
        get_writer("xlsx")


@pytest.mark.parametrize("actor, country, code", [
    ("Military Forces of Ukraine", "Ukraine", 1),
    ("Military Forces of Russia", "Ukraine", 8),
    ("Police Forces of Afghanistan", None, 1),
    ("Civilians (Mali)", "Mali", 7),
    ("Protesters (Kenya)", "Kenya", 6),
    ("Taliban", "Afghanistan", None),
    (None, "Mali", None),
])
def test_acled_actor_type_codes(actor, country, code):
    assert inter_code(actor, country) == code


def test_acled_interaction_puts_the_lower_code_first():
    assert interaction_code(7, 1) == 17
    assert interaction_code(None, None) is None
