"""The incident database through the library: ingest, resolution into incidents,
revisions of figures, analysts' edits, queries and exports.

Every report is written for these tests (see store_fixtures.py); databases live in tmp_path.
"""
from __future__ import annotations

import csv
import io
import json
import sqlite3
from dataclasses import replace
from datetime import datetime, timezone

import pandas as pd
import pytest

from conflictlens import Document, extract_document
from conflictlens.export import ACLED_COLUMNS, write_acled, write_csv, write_jsonl
from conflictlens.export.incidents import UCDP_COLUMNS, write_geojson, write_ucdp
from conflictlens.model import event_field_names
from conflictlens.store import edits, queries, repository
from conflictlens.store.db import connect
from conflictlens.store.edits import EditError
from conflictlens.store.queries import Filters

from store_fixtures import (AMBUSH, BELGOROD, CHASIV_YAR, KHARKIV_DRONE, KHARKIV_MISSILE, KHERSON, KOSTIANTYNIVKA,
                            LONE_REPORT, NIKOPOL, POLTAVA, QUERY_SET, SUMY_BOMB, SUMY_DRONE, TOLL, TOLL_CORRECTION, by_doc, corpus,
                            doc, fresh_db, ingest, records)
from store_fixtures import BACKENDS, drop_pg_database, pg_database


@pytest.fixture(params=BACKENDS)
def db(request, tmp_path):
    """Each test that takes `db` runs on SQLite, and on PostgreSQL where a test server is set."""
    if request.param == "postgresql":
        url = pg_database()
        database = connect(url)
        yield database
        database.close()
        drop_pg_database(url)
    else:
        database = fresh_db(tmp_path)
        yield database
        database.close()


def only_incident(db) -> dict:
    rows = queries.incidents(db)
    assert len(rows) == 1, [(r["incident_id"], r.get("location"), r.get("doc_ids")) for r in rows]
    return rows[0]


def recent(stamp: str) -> bool:
    """An ISO time with its zone, within the last hour."""
    at = datetime.fromisoformat(stamp)
    return at.tzinfo is not None and abs((datetime.now(timezone.utc) - at).total_seconds()) < 3600


def snapshot(db) -> dict:
    """Everything a re-run must leave as it was."""
    return {"counts": queries.counts(db), "records": records(db),
            "revisions": sorted(db.all("SELECT i.incident_key, r.field, r.best, r.document, r.published "
                                       "FROM revisions r JOIN incidents i ON i.id = r.incident_id"))}


# --------------------------------------------------------------------------- 1. idempotent re-ingest

def test_the_same_documents_twice_change_nothing(db):
    docs = corpus(40)
    first = ingest(db, docs)
    assert first.stored == 40 and first.duplicates == 0
    before = snapshot(db)
    again = ingest(db, docs)
    assert (again.read, again.stored, again.duplicates, again.mentions, again.new_incidents) == (40, 0, 40, 0, 0)
    assert snapshot(db) == before


def test_the_same_text_under_another_id_is_stored_once(db):
    docs = corpus(25)
    ingest(db, docs)
    before = snapshot(db)
    renamed = [replace(d, id="copy-" + d.id, source="Another outlet") for d in docs]
    again = ingest(db, renamed)
    assert again.stored == 0 and again.duplicates == 25
    assert snapshot(db) == before
    assert db.one("SELECT COUNT(*) FROM documents WHERE doc_id LIKE 'copy-%'")[0] == 0


def test_a_duplicate_inside_one_batch_is_stored_once(db):
    d = KHARKIV_DRONE
    s = ingest(db, [d, d, replace(d, id="khk-drone-copy")])
    assert (s.stored, s.duplicates) == (1, 2)
    assert queries.counts(db)["documents"] == 1
    assert queries.counts(db)["incidents"] == 1


def test_another_text_under_a_stored_id_is_kept_as_a_new_version(db):
    first = doc("wire-report", "A Russian drone hit a warehouse in Poltava on Monday, killing two workers, "
                "regional governor Volodymyr Kohut said.", "2025-03-04")
    second = doc("wire-report", "Shelling of Nikopol on Tuesday wounded four residents, district head "
                 "Yevhen Yevtushenko said.", "2025-03-05")
    ingest(db, [first])
    s = ingest(db, [second])
    assert (s.stored, s.versions, s.duplicates) == (1, 1, 0)
    version = "wire-report#" + second.content_hash[:8]
    stored = sorted(d for (d,) in db.all("SELECT doc_id FROM documents"))
    assert stored == ["wire-report", version]
    assert by_doc(db, version), "the new version's events must be stored too"
    assert set(by_doc(db, version)).isdisjoint(by_doc(db, "wire-report"))
    again = ingest(db, [first, second])          # both texts are now stored: a no-op
    assert (again.stored, again.versions, again.duplicates) == (0, 0, 2)


def test_one_id_with_two_texts_gives_two_different_event_ids():
    a = extract_document(Document("stdin", "A drone struck a bus depot in Sumy on Friday, killing one driver.",
                                  "2025-02-08"))
    b = extract_document(Document("stdin", "A missile struck a school in Dnipro on Friday, killing three "
                                  "teachers.", "2025-02-08"))
    assert a and b
    assert {e.event_id for e in a}.isdisjoint(e.event_id for e in b)


def test_reopening_the_database_keeps_everything(tmp_path):
    path = str(tmp_path / "reopen.db")
    db = connect(path)
    ingest(db, TOLL)
    before = snapshot(db)
    db.close()
    db = connect(path)
    assert snapshot(db) == before
    assert ingest(db, TOLL).duplicates == 3
    assert snapshot(db) == before
    db.close()


# --------------------------------------------------------------------------- 3. a rising toll

def test_a_rising_toll_is_one_incident_with_every_revision(db):
    ingest(db, TOLL)
    inc = only_incident(db)
    assert inc["location"] == "Zaporizhzhia" and inc["event_date"] == "2025-03-10"
    assert inc["doc_ids"] == ["toll-1", "toll-2", "toll-3"]
    assert (inc["fatalities_low"], inc["fatalities"], inc["fatalities_high"]) == (3, 11, 11)
    revs = [r for r in inc["revisions"] if r["field"] == "fatalities"]
    assert [(r["best"], r["document"], r["published"]) for r in revs] == [
        (3, "toll-1", "2025-03-10"), (7, "toll-2", "2025-03-10"), (11, "toll-3", "2025-03-11")]
    assert all(r["source"] for r in revs)
    # The revisions table holds the same, tied to the mentions.
    rows = db.all("SELECT r.best, r.document, r.published, m.event_id FROM revisions r "
                  "JOIN mentions m ON m.id = r.mention_id WHERE r.field = 'fatalities' ORDER BY r.published, r.id")
    assert [(b, d, p) for b, d, p, _ in rows] == [(3, "toll-1", "2025-03-10"), (7, "toll-2", "2025-03-10"),
                                                  (11, "toll-3", "2025-03-11")]
    # The column the queries filter on follows the record.
    assert db.one("SELECT fatalities FROM incidents")[0] == 11


def test_an_official_correction_downwards_becomes_best(db):
    ingest(db, TOLL + [TOLL_CORRECTION])
    inc = only_incident(db)
    assert inc["fatalities"] == 9
    assert inc["fatalities_low"] == 3
    assert inc["doc_ids"] == ["toll-1", "toll-2", "toll-3", "toll-4"]
    assert [r["best"] for r in inc["revisions"] if r["field"] == "fatalities"] == [3, 7, 11, 9]
    assert queries.incidents(db, Filters(min_fatalities=10)) == []
    assert len(queries.incidents(db, Filters(min_fatalities=9))) == 1


def test_the_latest_published_report_wins_whatever_the_ingest_order(db):
    # The Tuesday report arrives first, Monday's two reports later (a backfill).
    ingest(db, [TOLL[2], TOLL[0], TOLL[1]])
    inc = only_incident(db)
    assert inc["fatalities"] == 11
    assert (inc["fatalities_low"], inc["fatalities_high"]) == (3, 11)
    assert [r["document"] for r in inc["revisions"] if r["field"] == "fatalities"] == ["toll-1", "toll-2", "toll-3"]


def test_the_incident_is_dated_by_the_event_not_by_the_reports(db):
    ingest(db, TOLL + [TOLL_CORRECTION])
    assert only_incident(db)["event_date"] == "2025-03-10"
    assert len(queries.incidents(db, Filters(since="2025-03-10", until="2025-03-10"))) == 1
    assert queries.incidents(db, Filters(since="2025-03-11")) == []


# --------------------------------------------------------------------------- 4. two incidents stay apart

def test_two_districts_and_two_weapons_on_one_day_are_two_incidents(db):
    ingest(db, [KHARKIV_DRONE, KHARKIV_MISSILE])
    rows = queries.incidents(db)
    assert len(rows) == 2
    got = sorted((r["location"], r["weapon"], r["fatalities"], tuple(r["doc_ids"])) for r in rows)
    assert got == [("Kharkiv (Kyivskyi district)", "drone", 2, ("khk-drone",)),
                   ("Kharkiv (Saltivskyi district)", "missile", 4, ("khk-missile",))]
    assert by_doc(db, "khk-drone") != by_doc(db, "khk-missile")


def test_two_districts_stay_apart_in_either_order(db):
    ingest(db, [KHARKIV_MISSILE, KHARKIV_DRONE])
    assert queries.counts(db)["incidents"] == 2


def test_a_drone_and_a_glide_bomb_on_one_town_and_day_are_two_incidents(db):
    ingest(db, [SUMY_DRONE, SUMY_BOMB])
    rows = queries.incidents(db)
    assert sorted((r["weapon"], r["fatalities"]) for r in rows) == [("drone", 1), ("glide bomb", 3)]


def test_two_strikes_in_one_report_are_two_incidents(db):
    text = ("A Russian drone hit a tram depot in Kharkiv's Kyivskyi district on Thursday morning, killing two "
            "people. Hours later a missile struck a clinic in the Saltivskyi district of the city, killing four "
            "more, mayor Ihor Terekhov said.")
    ingest(db, [doc("khk-both", text, "2025-05-08")])
    assert len(extract_document(doc("khk-both", text, "2025-05-08"))) == 2
    assert sorted(r["fatalities"] for r in queries.incidents(db)) == [2, 4]


def test_the_same_strike_on_different_days_is_two_incidents(db):
    later = doc("sumy-drone-2", "A Russian drone slammed into a garage in Sumy on Sunday, killing one man, "
                                "the regional military administration said.", "2025-05-11")
    ingest(db, [SUMY_DRONE, later])
    assert queries.counts(db)["incidents"] == 2


# --------------------------------------------------------------------------- 5. one incident, two outlets

def test_two_outlets_reporting_one_incident_make_one_incident(db):
    ingest(db, KOSTIANTYNIVKA)
    inc = only_incident(db)
    assert inc["doc_ids"] == ["kst-daily", "kst-wire"]
    assert inc["number_of_sources"] == 2
    assert inc["event_date"] == "2025-04-15" and inc["fatalities"] == 4
    assert any("Vadym Filashkin" in s for s in inc["sources"]), inc["sources"]
    assert any("police" in s for s in inc["sources"]), inc["sources"]
    full = queries.incident(db, inc["incident_id"])
    assert sorted(m["document_source"] for m in full["mention_records"]) == ["Daily B", "Wire A"]
    assert sorted(m["published"] for m in full["mention_records"]) == ["2025-04-15", "2025-04-16"]


def test_a_toll_with_no_attack_word_joins_the_strike_on_its_town(db):
    ingest(db, POLTAVA)
    inc = only_incident(db)
    assert inc["doc_ids"] == ["plt-body", "plt-strike"]
    assert inc["fatalities"] == 3           # the body found later is one of the dead, not a new toll


def test_two_reports_naming_no_country_with_one_toll_make_one_incident(db):
    ingest(db, AMBUSH)
    assert only_incident(db)["doc_ids"] == ["amb-daily", "amb-wire"]


def test_an_unrelated_report_does_not_join(db):
    ingest(db, KOSTIANTYNIVKA + [NIKOPOL, BELGOROD])
    assert queries.counts(db)["incidents"] == 3
    assert {tuple(r["doc_ids"]) for r in queries.incidents(db)} == {("kst-daily", "kst-wire"), ("nkp",), ("blg",)}


def _mention(doc_id: str, published: str, seq: int, **fields) -> dict:
    """A stored mention record as resolution sees it (only what a test needs)."""
    return {"doc_id": doc_id, "event_id": f"e-{doc_id}", "_published": published, "_seq": seq,
            "event_type": "Battles", "sub_event_type": "Armed clash", "places": [], "figures": [],
            "source_details": [], **fields}


def test_an_incident_record_carries_the_extension_fields_across_its_reports():
    from conflictlens.resolve.incident import build
    first = _mention("chk-1", "2025-09-07", 1, event_date="2025-09-07", date_basis="text",
                     fatalities=4, soldiers_killed=4, attackers_killed=2, fatalities_status="preliminary",
                     places=[{"name": "Kupiansk", "kind": "place", "qualifier": "near", "parent": None,
                              "start": 48, "end": 56}],
                     figures=[{"status": "killed", "role": "soldiers", "low": 4, "best": 4, "high": 4,
                               "qualifier": "exact", "text": "Four soldiers", "start": 0, "end": 13,
                               "source": "the army"}],
                     source_details=[{"name": None, "role": "the army", "label": "the army", "start": 80, "end": 88}])
    second = _mention("chk-2", "2025-09-08", 2, event_date="2025-09-07", date_basis="published",
                      fatalities=6, soldiers_killed=6, fatalities_status="rising",
                      places=[{"name": "Kupiansk", "kind": "place", "qualifier": "near", "parent": None,
                               "start": 30, "end": 38},
                              {"name": "Kharkiv", "kind": "region", "qualifier": None, "parent": None,
                               "start": 60, "end": 67}],
                      figures=[{"status": "killed", "role": "soldiers", "low": 6, "best": 6, "high": 6,
                                "qualifier": "exact", "text": "six soldiers", "start": 10, "end": 22,
                                "source": "the army"}],
                      source_details=[{"name": None, "role": "the army", "label": "the army", "start": 5, "end": 13}])
    rec = build("Ichk", [second, first])
    assert (rec["fatalities"], rec["soldiers_killed"], rec["attackers_killed"]) == (6, 6, 2)
    assert rec["fatalities_status"] == "rising"          # of the report whose toll is the best figure
    assert rec["injured_status"] is None
    assert rec["date_basis"] == "text"                   # of the report the date came from (the earliest)
    assert [(p["name"], p["kind"], p["doc_id"], p["start"]) for p in rec["places"]] == [
        ("Kupiansk", "place", "chk-1", 48), ("Kharkiv", "region", "chk-2", 60)]
    assert [(f["best"], f["doc_id"]) for f in rec["figures"]] == [(4, "chk-1"), (6, "chk-2")]
    assert [(d["label"], d["doc_id"]) for d in rec["source_details"]] == [("the army", "chk-1")]
    assert "doc_id" not in rec and rec["doc_ids"] == ["chk-1", "chk-2"]


def test_stored_incidents_have_every_field_of_the_flat_record(db):
    ingest(db, TOLL)
    inc = only_incident(db)
    assert set(event_field_names()) - {"doc_id"} <= set(inc)
    assert inc["places"] and {p["doc_id"] for p in inc["places"]} <= set(inc["doc_ids"])
    assert {f["best"] for f in inc["figures"] if f["status"] == "killed"} >= {3, 7, 11}
    first_doc = {}
    for d in inc["source_details"]:                    # a label another report gave is not repeated
        assert first_doc.setdefault(d["label"], d["doc_id"]) == d["doc_id"]


# --------------------------------------------------------------------------- 6. merge, split, correct, rebuild

def keys_of(db) -> dict[str, str]:
    """doc_id -> incident key, for documents with one mention."""
    return {d: by_doc(db, d)[0] for (d,) in db.all("SELECT doc_id FROM documents")}


def event_ids_of(db, doc_id: str) -> list[str]:
    return [r[0] for r in db.all("SELECT m.event_id FROM mentions m JOIN documents d ON d.id = m.document_id "
                                 "WHERE d.doc_id = ?", (doc_id,))]


def test_merge_survives_reingest_and_rebuild(db):
    docs = [KHARKIV_DRONE, KHARKIV_MISSILE]
    ingest(db, docs)
    k = keys_of(db)
    kept = edits.merge(db, k["khk-drone"], k["khk-missile"], author="analyst1")
    assert kept == k["khk-drone"]
    inc = only_incident(db)
    assert inc["doc_ids"] == ["khk-drone", "khk-missile"]
    assert queries.incident(db, k["khk-missile"]) is None
    row = db.one("SELECT at, author, action, payload FROM edits")
    assert row[1] == "analyst1" and row[2] == "merge"
    assert recent(row[0])
    assert set(json.loads(row[3])["mentions"]) == set(event_ids_of(db, "khk-missile"))
    ingest(db, docs)
    assert only_incident(db)["doc_ids"] == ["khk-drone", "khk-missile"]
    assert edits.rebuild(db) == 1
    assert only_incident(db)["doc_ids"] == ["khk-drone", "khk-missile"]
    assert only_incident(db)["incident_id"] == kept


def test_split_survives_reingest_and_rebuild(db):
    ingest(db, TOLL)
    key = only_incident(db)["incident_id"]
    moved = event_ids_of(db, "toll-2")
    new = edits.split(db, key, moved, author="analyst2")
    assert new != key
    by_key = {r["incident_id"]: r for r in queries.incidents(db)}
    assert set(by_key) == {key, new}
    assert by_key[new]["doc_ids"] == ["toll-2"] and by_key[new]["fatalities"] == 7
    assert by_key[key]["doc_ids"] == ["toll-1", "toll-3"] and by_key[key]["fatalities"] == 11
    assert [r["best"] for r in by_key[key]["revisions"] if r["field"] == "fatalities"] == [3, 11]
    at, author, action = db.one("SELECT at, author, action FROM edits")
    assert (author, action) == ("analyst2", "split") and recent(at)
    before = records(db)
    ingest(db, TOLL)
    assert records(db) == before
    assert edits.rebuild(db) == 2
    after = {r["incident_id"]: r for r in queries.incidents(db)}
    assert set(after) == {key, new}
    assert after[new]["doc_ids"] == ["toll-2"] and after[key]["doc_ids"] == ["toll-1", "toll-3"]


def test_a_new_report_of_a_split_incident_does_not_undo_the_split(db):
    ingest(db, TOLL)
    key = only_incident(db)["incident_id"]
    new = edits.split(db, key, event_ids_of(db, "toll-2"), author="analyst2")
    ingest(db, [TOLL_CORRECTION])
    assert queries.counts(db)["incidents"] == 2
    assert by_doc(db, "toll-2") == [new]


def test_correct_sets_a_field_that_survives_rebuild_and_new_reports(db):
    ingest(db, TOLL)
    key = only_incident(db)["incident_id"]
    edits.correct(db, key, "fatalities", 15, author="analyst1")
    inc = only_incident(db)
    assert inc["fatalities"] == 15
    assert len(queries.incidents(db, Filters(min_fatalities=15))) == 1
    at, author, action, payload = db.one("SELECT at, author, action, payload FROM edits")
    assert (author, action) == ("analyst1", "correct") and recent(at)
    assert json.loads(payload) == {"incident": key, "field": "fatalities", "value": 15}
    edits.rebuild(db)
    assert only_incident(db)["fatalities"] == 15
    ingest(db, [TOLL_CORRECTION])
    assert only_incident(db)["fatalities"] == 15
    assert len(queries.incidents(db, Filters(min_fatalities=15))) == 1
    edits.correct(db, key, "location", "Zaporizhzhia (Oleksandrivskyi district)", author="analyst1")
    edits.rebuild(db)
    assert only_incident(db)["location"] == "Zaporizhzhia (Oleksandrivskyi district)"
    assert db.one("SELECT location FROM incidents")[0] == "Zaporizhzhia (Oleksandrivskyi district)"


def test_a_corrected_best_figure_moves_low_and_high_with_it_through_rebuild(db):
    ingest(db, [NIKOPOL])
    key = only_incident(db)["incident_id"]
    done = edits.correct(db, key, "fatalities", 4, author="analyst2")
    assert (done["old"], done["new"], done["author"]) == (1, 4, "analyst2")
    inc = only_incident(db)
    assert (inc["fatalities_low"], inc["fatalities"], inc["fatalities_high"]) == (1, 4, 4)
    edits.correct(db, key, "fatalities", 0, author="analyst2")
    inc = only_incident(db)
    assert (inc["fatalities_low"], inc["fatalities"], inc["fatalities_high"]) == (0, 0, 1)
    edits.rebuild(db)
    assert only_incident(db) == inc


@pytest.mark.parametrize("field, value", [
    ("fatalities", "banana"), ("fatalities", -3), ("fatalities", 2.5), ("fatalities", True),
    ("event_date", "2025-13-45"), ("event_date", "yesterday"), ("latitude", 91.5), ("longitude", -181.0),
    ("geo_precision", 0), ("civilian_targeting", "yes"), ("nosuchfield", 3), ("evidence", []),
])
def test_a_correction_that_does_not_fit_its_field_is_refused_and_not_recorded(db, field, value):
    ingest(db, [NIKOPOL])
    key = only_incident(db)["incident_id"]
    with pytest.raises(EditError):
        edits.correct(db, key, field, value)
    assert queries.counts(db)["edits"] == 0


def test_a_low_above_the_best_figure_is_refused(db):
    ingest(db, [NIKOPOL])
    key = only_incident(db)["incident_id"]
    with pytest.raises(EditError, match="above the best"):
        edits.correct(db, key, "injured_low", 9)
    with pytest.raises(EditError, match="below the best"):
        edits.correct(db, key, "injured_high", 2)


def test_rebuild_without_edits_reproduces_the_incidents(db):
    ingest(db, corpus(80) + QUERY_SET)
    before = snapshot(db)
    edits.rebuild(db)
    assert snapshot(db) == before


def test_rebuild_after_edits_reproduces_the_edited_incidents(db):
    ingest(db, QUERY_SET)
    k = keys_of(db)
    edits.merge(db, k["khk-drone"], k["khk-missile"], author="a")
    edits.split(db, k["toll-1"], event_ids_of(db, "toll-3"), author="b")
    edits.correct(db, k["nkp"], "injured", 8, author="c")
    before = snapshot(db)
    edits.rebuild(db)
    after = snapshot(db)
    assert after["counts"] == before["counts"]
    assert after["records"] == before["records"]
    assert after["revisions"] == before["revisions"]


def test_edits_without_author_name_someone(db):
    ingest(db, [KHARKIV_DRONE, KHARKIV_MISSILE])
    k = keys_of(db)
    edits.merge(db, k["khk-drone"], k["khk-missile"])
    assert db.one("SELECT author FROM edits")[0]


def test_edit_errors(db):
    ingest(db, TOLL + [NIKOPOL])
    k = keys_of(db)
    before = snapshot(db)
    with pytest.raises(EditError):
        edits.merge(db, k["toll-1"], "Inope")
    with pytest.raises(EditError):
        edits.merge(db, "Inope", k["toll-1"])
    with pytest.raises(EditError):
        edits.merge(db, k["toll-1"], k["toll-1"])
    every = [e for d in ("toll-1", "toll-2", "toll-3") for e in event_ids_of(db, d)]
    with pytest.raises(EditError):
        edits.split(db, k["toll-1"], every)
    with pytest.raises(EditError):
        edits.split(db, k["toll-1"], event_ids_of(db, "nkp"))     # not a mention of that incident
    with pytest.raises(EditError):
        edits.split(db, k["toll-1"], ["0000000000000000"])
    with pytest.raises(EditError):
        edits.split(db, "Inope", every[:1])
    with pytest.raises(EditError):
        edits.correct(db, "Inope", "fatalities", 1)
    assert snapshot(db) == before      # a refused edit leaves nothing behind
    assert isinstance(EditError("x"), ValueError)


# --------------------------------------------------------------------------- 7. queries

@pytest.fixture
def loaded(db):
    ingest(db, QUERY_SET)
    return db


def doc_sets(rows) -> set[tuple[str, ...]]:
    return {tuple(r["doc_ids"]) for r in rows}


def test_every_report_is_in_one_incident(loaded):
    assert queries.counts(loaded) == {"documents": 11, "rejects": 0, "mentions": 11, "incidents": 8,
                                      "revisions": queries.counts(loaded)["revisions"], "edits": 0}
    assert loaded.one("SELECT COUNT(*) FROM mentions WHERE incident_id IS NULL")[0] == 0


def test_filter_by_country(loaded):
    assert doc_sets(queries.incidents(loaded, Filters(country="Russia"))) == {("blg",)}
    assert doc_sets(queries.incidents(loaded, Filters(country="ukraine"))) == {
        ("toll-1", "toll-2", "toll-3"), ("khk-drone",), ("khk-missile",), ("kst-daily", "kst-wire"), ("chy",),
        ("khs",), ("nkp",)}
    assert queries.incidents(loaded, Filters(country="Moldova")) == []


def test_filter_by_admin1(loaded):
    assert doc_sets(queries.incidents(loaded, Filters(admin1="Kharkiv"))) == {("khk-drone",), ("khk-missile",)}
    assert doc_sets(queries.incidents(loaded, Filters(admin1="donetsk"))) == {("kst-daily", "kst-wire"), ("chy",)}


def test_filter_by_dates(loaded):
    assert doc_sets(queries.incidents(loaded, Filters(since="2025-04-16", until="2025-04-16"))) == {
        ("blg",), ("chy",), ("khs",)}
    assert doc_sets(queries.incidents(loaded, Filters(since="2025-05-01"))) == {("khk-drone",), ("khk-missile",)}
    assert doc_sets(queries.incidents(loaded, Filters(until="2025-04-15"))) == {
        ("toll-1", "toll-2", "toll-3"), ("kst-daily", "kst-wire")}


def test_filter_by_type(loaded):
    assert doc_sets(queries.incidents(loaded, Filters(type="Battles"))) == {("chy",)}
    assert doc_sets(queries.incidents(loaded, Filters(type="air/drone strike"))) == {
        ("khk-drone",), ("kst-daily", "kst-wire"), ("blg",), ("nkp",)}
    assert len(queries.incidents(loaded, Filters(type="Explosions/Remote violence"))) == 7


def test_filter_by_fatalities_and_combined(loaded):
    assert doc_sets(queries.incidents(loaded, Filters(min_fatalities=4))) == {
        ("toll-1", "toll-2", "toll-3"), ("khk-missile",), ("kst-daily", "kst-wire")}
    # Kherson: "no one was killed" is 0, which is a figure, not unknown.
    assert ("khs",) in doc_sets(queries.incidents(loaded, Filters(min_fatalities=0)))
    assert doc_sets(queries.incidents(loaded, Filters(country="Ukraine", admin1="Donetsk", type="Battles",
                                                      since="2025-04-01", min_fatalities=1))) == {("chy",)}


def test_incidents_are_newest_first_and_limited(loaded):
    rows = queries.incidents(loaded)
    dates = [r["event_date"] for r in rows]
    assert dates == sorted(dates, reverse=True)
    assert len(queries.incidents(loaded, limit=3)) == 3
    assert [r["incident_id"] for r in queries.incidents(loaded, limit=3)] == [r["incident_id"] for r in rows[:3]]


def test_one_incident_with_mentions_revisions_and_evidence(loaded):
    key = by_doc(loaded, "toll-1")[0]
    inc = queries.incident(loaded, key)
    assert inc["incident_id"] == key
    assert [m["doc_id"] for m in inc["mention_records"]] == ["toll-1", "toll-2", "toll-3"]
    assert all(m["event_id"] for m in inc["mention_records"])
    assert all(m["sentences_text"] for m in inc["mention_records"])
    assert [r["best"] for r in inc["revisions"] if r["field"] == "fatalities"] == [3, 7, 11]
    texts = {d.id: d.text for d in TOLL}
    assert inc["evidence"]
    for span in inc["evidence"]:
        assert texts[span["doc_id"]][span["start"]:span["end"]] == span["text"]
    assert {"fatalities", "location"} <= {span["field"] for span in inc["evidence"]}
    # by numeric id too; unknown ones are None
    pk = loaded.one("SELECT id FROM incidents WHERE incident_key = ?", (key,))[0]
    assert queries.incident(loaded, pk)["incident_id"] == key
    assert queries.incident(loaded, "Inope") is None


# --------------------------------------------------------------------------- 8. exports

def test_acled_export_of_incidents(loaded):
    out = io.StringIO()
    rows = queries.incidents(loaded)
    assert write_acled(rows, out, timestamp=1_700_000_000) == len(rows)
    df = pd.read_csv(io.StringIO(out.getvalue()))
    assert tuple(df.columns) == ACLED_COLUMNS
    assert len(df) == 8
    assert set(df["event_id_cnty"]) == {r["incident_id"] for r in rows}
    assert set(df["country"]) == {"Ukraine", "Russia"}
    assert df["fatalities"].dtype.kind == "i"
    kherson = df[df["location"] == "Kherson"].iloc[0]
    assert kherson["fatalities"] == 0


def test_acled_export_counts_the_final_toll_of_a_rising_one(db):
    # ACLED's "most conservative figure" picks between conflicting reports; a toll that rose
    # from 3 to 11 as bodies were found is 11 dead, not 3.
    ingest(db, TOLL)
    out = io.StringIO()
    write_acled(queries.incidents(db), out, timestamp=0)
    df = pd.read_csv(io.StringIO(out.getvalue()))
    assert df["fatalities"].tolist() == [11]


def test_ucdp_export_of_incidents(loaded):
    out = io.StringIO()
    n = write_ucdp(queries.incidents(loaded), out)
    df = pd.read_csv(io.StringIO(out.getvalue()))
    assert tuple(df.columns) == UCDP_COLUMNS
    assert n == len(df) == 8
    for col in ("best", "low", "high", "where_prec", "date_prec", "number_of_sources"):
        assert col in df.columns
    toll = df[df["id"] == by_doc(loaded, "toll-1")[0]].iloc[0]
    assert (toll["best"], toll["low"], toll["high"]) == (11, 3, 11)
    assert toll["number_of_sources"] == 3
    assert toll["where_prec"] == 1
    assert toll["date_prec"] == 1
    assert toll["date_start"] == "2025-03-10"
    kst = df[df["id"] == by_doc(loaded, "kst-wire")[0]].iloc[0]
    assert kst["number_of_sources"] == 2
    assert df["where_prec"].notna().all()
    assert df["date_prec"].notna().all()
    assert set(df["type_of_violence"].dropna().astype(int)) <= {1, 2, 3}


def test_geojson_export_of_incidents(loaded):
    out = io.StringIO()
    n = write_geojson(queries.incidents(loaded), out)
    fc = json.loads(out.getvalue())
    assert fc["type"] == "FeatureCollection"
    assert n == len(fc["features"]) == 8
    for f in fc["features"]:
        assert f["type"] == "Feature"
        assert f["geometry"]["type"] == "Point"
        lon, lat = f["geometry"]["coordinates"]
        assert (lon, lat) == (f["properties"]["longitude"], f["properties"]["latitude"])
        assert 20 < lon < 45 and 44 < lat < 53
        assert f["properties"]["incident_id"] and f["properties"]["doc_ids"]
    toll = next(f for f in fc["features"] if f["properties"]["doc_ids"] == ["toll-1", "toll-2", "toll-3"])
    assert toll["properties"]["fatalities"] == 11
    assert toll["properties"]["location"] == "Zaporizhzhia"


def test_jsonl_and_csv_exports_of_incidents(loaded):
    rows = queries.incidents(loaded)
    out = io.StringIO()
    assert write_jsonl(rows, out) == 8
    parsed = [json.loads(line) for line in out.getvalue().splitlines()]
    assert {p["incident_id"] for p in parsed} == {r["incident_id"] for r in rows}
    assert all(isinstance(p["doc_ids"], list) for p in parsed)
    out = io.StringIO()
    assert write_csv(rows, out) == 8
    df = pd.read_csv(io.StringIO(out.getvalue()))
    assert len(df) == 8
    assert list(df.columns) == event_field_names()
    table = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert {r["event_id"] for r in table} == {r["incident_id"] for r in rows}


# --------------------------------------------------------------------------- the database file

def test_schema_version_and_tables(tmp_path):
    db = fresh_db(tmp_path)
    db.close()
    con = sqlite3.connect(tmp_path / "incidents.db")
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"documents", "rejects", "mentions", "incidents", "revisions", "edits", "schema_version"} <= tables
    assert con.execute("SELECT version FROM schema_version").fetchone()[0] >= 1
    con.close()


def test_a_version_1_database_gets_the_plover_column_filled_from_its_records(tmp_path):
    from conflictlens.store import schema
    path = tmp_path / "old.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)")
    con.execute("INSERT INTO schema_version (version) VALUES (1)")
    for stmt in schema.statements(1, "sqlite"):
        con.execute(stmt)
    con.execute("INSERT INTO incidents (incident_key, record, updated_at) VALUES (?, ?, ?)",
                ("Iold", json.dumps({"event_type": "Strategic developments", "plover": "SANCTION"}), "2025-01-01"))
    con.commit()
    con.close()
    db = connect(str(path))
    assert db.one("SELECT version FROM schema_version")[0] == schema.LATEST
    assert db.one("SELECT plover FROM incidents WHERE incident_key = 'Iold'")[0] == "SANCTION"
    assert [r["incident_id"] for r in queries.incidents(db, Filters(type="sanction"))] == ["Iold"]
    db.close()


def test_a_failed_document_leaves_no_trace(db, monkeypatch):
    """A write that fails half-way through one document rolls back that whole document."""
    calls = {"n": 0}
    real = repository.assign

    def flaky(database, mention_pk, record):
        calls["n"] += 1
        if calls["n"] == 2:
            raise RuntimeError("disk full")
        return real(database, mention_pk, record)

    text = ("A Russian drone hit a tram depot in Kharkiv's Kyivskyi district on Thursday morning, killing two "
            "people. Hours later a missile struck a clinic in the Saltivskyi district of the city, killing four "
            "more, mayor Ihor Terekhov said.")
    monkeypatch.setattr(repository, "assign", flaky)
    with pytest.raises(RuntimeError):
        ingest(db, [doc("khk-both", text, "2025-05-08")])
    monkeypatch.setattr(repository, "assign", real)
    assert queries.counts(db) == {"documents": 0, "rejects": 0, "mentions": 0, "incidents": 0,
                                  "revisions": 0, "edits": 0}
    assert ingest(db, [doc("khk-both", text, "2025-05-08")]).stored == 1
    assert queries.counts(db)["incidents"] == 2


def test_an_extractor_failure_is_recorded_as_a_rejection(db):
    def broken(d: Document):
        if d.id == "nkp":
            raise ValueError("boom")
        return extract_document(d)

    s = repository.ingest(db, iter([KHERSON, NIKOPOL, CHASIV_YAR]), broken)
    assert (s.stored, s.rejected) == (2, 1)
    assert db.one("SELECT doc_id, reason FROM rejects")[0] == "nkp"
    assert "boom" in db.one("SELECT reason FROM rejects")[0]


# --------------------------------------------------------------------------- edits: harder cases

def test_splitting_out_the_mention_that_named_the_incident(db):
    # The incident's key comes from its first mention; taking that very mention out must still work
    # and give two distinct incidents.
    ingest(db, TOLL)
    key = only_incident(db)["incident_id"]
    first = event_ids_of(db, "toll-1")
    new = edits.split(db, key, first, author="analyst2")
    rows = {r["incident_id"]: r["doc_ids"] for r in queries.incidents(db)}
    assert len(rows) == 2 and new in rows
    assert rows[new] == ["toll-1"]
    assert sorted(rows.values()) == [["toll-1"], ["toll-2", "toll-3"]]
    edits.rebuild(db)
    assert sorted(r["doc_ids"] for r in queries.incidents(db)) == [["toll-1"], ["toll-2", "toll-3"]]


def test_a_new_report_after_a_merge_then_rebuild_changes_nothing(db):
    ingest(db, [KHARKIV_DRONE, KHARKIV_MISSILE])
    k = keys_of(db)
    edits.merge(db, k["khk-drone"], k["khk-missile"], author="analyst1")
    follow_up = doc("khk-missile-2", "Four people died and 17 were hurt when a Russian missile hit a clinic in "
                                     "the Saltivskyi district of Kharkiv on Thursday, the regional prosecutor's "
                                     "office said on Friday.", "2025-05-09", "Radio C")
    ingest(db, [follow_up])
    before = snapshot(db)
    edits.rebuild(db)
    assert snapshot(db) == before


def test_correcting_a_merged_incident_keeps_the_correction(db):
    ingest(db, [KHARKIV_DRONE, KHARKIV_MISSILE])
    k = keys_of(db)
    kept = edits.merge(db, k["khk-drone"], k["khk-missile"], author="analyst1")
    edits.correct(db, kept, "fatalities", 6, author="analyst1")
    edits.rebuild(db)
    assert only_incident(db)["fatalities"] == 6
    assert only_incident(db)["incident_id"] == kept


def test_a_read_of_one_row_does_not_hold_an_old_snapshot(tmp_path):
    """Another connection's insert is seen after a one-row read whose query matched several rows."""
    from conflictlens.store.db import connect
    path = str(tmp_path / "snap.db")
    a, b = connect(path), connect(path)
    with a.transaction():
        a.execute("CREATE TABLE t (x INTEGER)")
        a.executemany("INSERT INTO t (x) VALUES (?)", [(1,), (2,)])
    assert a.one("SELECT x FROM t ORDER BY x") == (1,)
    with b.transaction():
        b.execute("INSERT INTO t (x) VALUES (3)")
    assert a.execute("SELECT count(*) FROM t").fetchall() == [(3,)]
    with a.transaction():       # and a can still write
        a.execute("INSERT INTO t (x) VALUES (4)")
    a.close()
    b.close()


def test_a_report_left_alone_joins_the_incident_a_later_report_ties_it_to(db):
    # the region-level report of 16 dead matches no incident of nine when it comes; the town's rising toll of 16 then
    # ties the two, and the lone report joins (one incident, three reports), in any database
    summary = ingest(db, LONE_REPORT)
    rec = only_incident(db)
    assert sorted(rec["doc_ids"]) == ["market-1", "market-2", "region-1"] and rec["fatalities"] == 16
    assert summary.new_incidents == 1
    before = records(db)
    assert edits.rebuild(db) == 1 and records(db) == before


def test_a_lone_report_that_an_analyst_corrected_or_its_own_document_told_apart_stays(db):
    ingest(db, LONE_REPORT[:2])
    lone = next(r for r in queries.incidents(db) if r["doc_ids"] == ["region-1"])
    edits.correct(db, lone["incident_id"], "location", "Bara", author="analyst")
    ingest(db, LONE_REPORT[2:])
    kept = {r["incident_id"]: r for r in queries.incidents(db)}
    assert lone["incident_id"] in kept and kept[lone["incident_id"]]["location"] == "Bara"
    assert edits.rebuild(db) == 2
