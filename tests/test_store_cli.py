"""The database commands of `conflictlens`: ingest, incidents, show, resolve, export.

Run in-process through `conflictlens.cli.main`, except the crash test, which kills a
real `python -m conflictlens ingest` part-way and runs it again.
"""
from __future__ import annotations

import io
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

from conflictlens.cli import main
from conflictlens.export import ACLED_COLUMNS
from conflictlens.export.incidents import UCDP_COLUMNS, incident_csv_columns
from conflictlens.model import event_field_names
from conflictlens.store import queries
from conflictlens.store.db import connect

from store_fixtures import (KHARKIV_DRONE, KHARKIV_MISSILE, KOSTIANTYNIVKA, QUERY_SET, TOLL, TOLL_CORRECTION,
                            by_doc, corpus, write_jsonl)

TABLES = ("documents", "mentions", "incidents", "revisions")


@pytest.fixture(autouse=True)
def _no_db_from_the_environment(monkeypatch, tmp_path):
    """No test may write ./conflictlens.db in the repository or read the user's $CONFLICTLENS_DB."""
    monkeypatch.delenv("CONFLICTLENS_DB", raising=False)
    monkeypatch.chdir(tmp_path)


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def feed(tmp_path) -> Path:
    return write_jsonl(tmp_path / "feed.jsonl", QUERY_SET)


@pytest.fixture
def loaded(tmp_path, feed, capsys) -> str:
    path = str(tmp_path / "cli.db")
    code, _out, err = run(capsys, "ingest", str(feed), "--db", path, "-q")
    assert code == 0, err
    return path


def keys(path: str) -> dict[str, str]:
    db = connect(path)
    try:
        return {d: by_doc(db, d)[0] for (d,) in db.all("SELECT doc_id FROM documents")}
    finally:
        db.close()


def event_ids(path: str, doc_id: str) -> list[str]:
    con = sqlite3.connect(path)
    try:
        return [r[0] for r in con.execute("SELECT m.event_id FROM mentions m JOIN documents d "
                                          "ON d.id = m.document_id WHERE d.doc_id = ?", (doc_id,))]
    finally:
        con.close()


def table_counts(path: str) -> dict[str, int]:
    con = sqlite3.connect(path)
    try:
        return {t: con.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in TABLES}
    finally:
        con.close()


# --------------------------------------------------------------------------- ingest

def test_ingest_prints_a_summary_and_a_second_run_says_already_stored(tmp_path, feed, capsys):
    path = str(tmp_path / "cli.db")
    code, _out, err = run(capsys, "ingest", str(feed), "--db", path)
    assert code == 0, err
    assert "11 documents read, 11 stored, 0 already stored, 0 rejected, 11 mentions, 8 new incidents" in err
    first = table_counts(path)
    code, _out, err = run(capsys, "ingest", str(feed), "--db", path)
    assert code == 0, err
    assert "11 documents read, 0 stored, 11 already stored" in err
    assert "0 new incidents" in err
    assert table_counts(path) == first


def test_ingest_the_same_text_under_other_ids(tmp_path, feed, capsys):
    path = str(tmp_path / "cli.db")
    assert run(capsys, "ingest", str(feed), "--db", path, "-q")[0] == 0
    first = table_counts(path)
    renamed = tmp_path / "renamed.jsonl"
    renamed.write_text("".join(json.dumps(dict(json.loads(line), id="other-" + json.loads(line)["id"])) + "\n"
                               for line in feed.read_text().splitlines()), encoding="utf-8")
    code, _out, err = run(capsys, "ingest", str(renamed), "--db", path)
    assert code == 0
    assert "0 stored, 11 already stored" in err
    assert table_counts(path) == first


def test_two_stdin_texts_are_both_stored_and_the_summary_says_one_is_a_new_version(tmp_path, capsys, monkeypatch):
    path = str(tmp_path / "stdin.db")
    for text in ("A Russian glide bomb hit a market in Kupiansk on Sunday, killing two traders.",
                 "Shelling of Kherson on Monday wounded six people, regional head Oleksandr Prokudin said."):
        monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(text.encode())))
        code, _out, err = run(capsys, "ingest", "-", "--db", path, "--published", "2025-06-02")
        assert code == 0, err
    assert "1 document read, 1 stored (1 as a new version of an id already stored), 0 already stored" in err
    assert table_counts(path)["documents"] == 2


def test_report_txt_in_two_folders_is_not_taken_for_one_document(tmp_path, capsys):
    for folder, text in (("a", "A drone hit a petrol station in Sumy on Friday, killing one man."),
                         ("b", "Two civilians were killed when a missile hit Odesa on Friday.")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "report.txt").write_text(text, encoding="utf-8")
    path = str(tmp_path / "two.db")
    code, _out, err = run(capsys, "ingest", "a/report.txt", "b/report.txt", "--db", path, "--published", "2025-06-07")
    assert code == 0, err
    assert "2 stored (1 as a new version of an id already stored), 0 already stored" in err
    code, _out, err = run(capsys, "ingest", "a/report.txt", "b/report.txt", "--db", path)
    assert "0 stored, 2 already stored" in err


def test_ingest_text_files_with_published(tmp_path, capsys):
    (tmp_path / "reports").mkdir()
    for d in TOLL:
        (tmp_path / "reports" / f"{d.id}.txt").write_text(d.text, encoding="utf-8")
    path = str(tmp_path / "txt.db")
    code, _out, err = run(capsys, "ingest", str(tmp_path / "reports"), "--db", path, "--published", "2025-03-11")
    assert code == 0, err
    assert "3 stored" in err
    assert table_counts(path)["incidents"] == 1


def test_ingest_records_rejections_and_exits_1(tmp_path, capsys):
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps({"id": "ok", "text": KHARKIV_DRONE.text, "published": "2025-05-08"}) + "\n"
                   + "{not json\n" + json.dumps({"id": "nodate", "text": "x", "published": "May 8"}) + "\n",
                   encoding="utf-8")
    path = str(tmp_path / "rej.db")
    code, _out, err = run(capsys, "ingest", str(bad), "--db", path)
    assert code == 1
    assert "1 stored" in err and "2 rejected" in err
    con = sqlite3.connect(path)
    assert con.execute("SELECT COUNT(*) FROM rejects").fetchone()[0] == 2
    con.close()
    # a second run records the same rejections once
    assert run(capsys, "ingest", str(bad), "--db", path)[0] == 1
    con = sqlite3.connect(path)
    assert con.execute("SELECT COUNT(*) FROM rejects").fetchone()[0] == 2
    con.close()


def test_database_from_the_environment(tmp_path, feed, capsys, monkeypatch):
    path = tmp_path / "from_env.db"
    monkeypatch.setenv("CONFLICTLENS_DB", str(path))
    code, _out, err = run(capsys, "ingest", str(feed), "-q")
    assert code == 0, err
    assert path.exists()
    assert not (tmp_path / "conflictlens.db").exists()
    code, out, err = run(capsys, "incidents", "--format", "jsonl")
    assert code == 0
    assert len(out.splitlines()) == 8
    # --db wins over the environment
    other = tmp_path / "other.db"
    assert run(capsys, "ingest", str(feed), "-q", "--db", str(other))[0] == 0
    assert table_counts(str(other))["documents"] == 11
    assert table_counts(str(path))["documents"] == 11


def test_default_database_in_the_current_folder(tmp_path, feed, capsys):
    assert run(capsys, "ingest", str(feed), "-q")[0] == 0
    assert (tmp_path / "conflictlens.db").exists()
    code, out, _err = run(capsys, "incidents", "--format", "jsonl")
    assert code == 0 and len(out.splitlines()) == 8


def test_sqlite_url(tmp_path, feed, capsys):
    path = tmp_path / "url.db"
    assert run(capsys, "ingest", str(feed), "-q", "--db", f"sqlite:///{path}")[0] == 0
    assert table_counts(str(path))["documents"] == 11


# --------------------------------------------------------------------------- 2. crash and resume

def _count_documents(path: Path) -> int:
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=0.2)
        try:
            return con.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
        finally:
            con.close()
    except sqlite3.Error:
        return 0


def _ingest_cmd(feed: Path, db: Path) -> list[str]:
    return [sys.executable, "-m", "conflictlens", "ingest", str(feed), "--db", str(db), "-q"]


def _state(path: Path) -> tuple[dict, list, list]:
    con = sqlite3.connect(path)
    try:
        counts = {t: con.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in TABLES}
        recs = sorted(con.execute("SELECT incident_key, record FROM incidents").fetchall())
        revs = sorted(con.execute("SELECT i.incident_key, r.field, r.low, r.best, r.high, r.document, r.published "
                                  "FROM revisions r JOIN incidents i ON i.id = r.incident_id").fetchall())
        return counts, recs, revs
    finally:
        con.close()


def test_a_killed_ingest_run_again_ends_as_one_clean_run(tmp_path):
    docs = corpus(200)
    feed = write_jsonl(tmp_path / "corpus.jsonl", docs)
    env = dict(os.environ)
    env.pop("CONFLICTLENS_DB", None)

    clean = tmp_path / "clean.db"
    done = subprocess.run(_ingest_cmd(feed, clean), capture_output=True, text=True, timeout=60, env=env)
    assert done.returncode == 0, done.stderr

    # Kill it three times at random points (right after a document was committed, or a little later,
    # in the middle of the next one), then let it finish.
    crashed = tmp_path / "crashed.db"
    rng = random.Random()
    stored = 0
    for target in sorted(rng.sample(range(10, 170), 3)):
        proc = subprocess.Popen(_ingest_cmd(feed, crashed), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                env=env)
        deadline = time.monotonic() + 30
        try:
            while proc.poll() is None and time.monotonic() < deadline:
                if _count_documents(crashed) >= target:
                    time.sleep(rng.uniform(0, 0.004))
                    proc.send_signal(signal.SIGKILL)
                    break
                time.sleep(0.001)
        finally:
            if proc.poll() is None:
                proc.kill()
            proc.wait(timeout=30)
        assert proc.returncode == -signal.SIGKILL, f"ingest ended before it could be killed (at {target})"
        assert stored <= _count_documents(crashed) < 200
        stored = _count_documents(crashed)
    assert stored > 0

    done = subprocess.run(_ingest_cmd(feed, crashed)[:-1], capture_output=True, text=True, timeout=60, env=env)
    assert done.returncode == 0, done.stderr
    assert f"200 documents read, {200 - stored} stored, {stored} already stored" in done.stderr

    clean_state, crashed_state = _state(clean), _state(crashed)
    assert crashed_state[0] == clean_state[0]                      # table counts
    assert crashed_state[0]["documents"] == 200
    assert crashed_state[1] == clean_state[1]                      # incident records (and their ids)
    assert crashed_state[2] == clean_state[2]                      # revisions
    con = sqlite3.connect(crashed)
    assert con.execute("SELECT COUNT(*) FROM mentions WHERE incident_id IS NULL").fetchone()[0] == 0
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.close()


# --------------------------------------------------------------------------- incidents

def test_incidents_table(loaded, capsys):
    code, out, err = run(capsys, "incidents", "--db", loaded)
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split()[:3] == ["incident_id", "event_date", "sub_event_type"]
    assert len(lines) == 1 + 8
    assert "8 incidents" in err
    assert any("Zaporizhzhia" in line and " 11 " in f" {line} " for line in lines)


def test_the_table_shows_the_sub_event_type_and_the_plover_code_apart(mixed, capsys):
    code, out, err = run(capsys, "incidents", "--db", mixed)
    header, *rows = out.splitlines()
    assert header.split() == ["incident_id", "event_date", "sub_event_type", "plover", "location", "admin1",
                              "fatalities", "injured", "sources"]
    threat = next(r for r in rows if "THREATEN" in r)
    assert threat.split()[2:4] == ["Other", "THREATEN"]          # the real sub-event type, then the code
    strike = next(r for r in rows if "Poltava" in r)
    assert strike.split()[2:4] == ["Air/drone", "strike"] and strike.split()[4] == "-"


def test_type_finds_plover_codes_and_one_incident_is_singular(mixed, capsys):
    code, out, err = run(capsys, "incidents", "--db", mixed, "--type", "threaten", "--format", "jsonl")
    found = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and [r["plover"] for r in found] == ["THREATEN"]
    code, out, err = run(capsys, "incidents", "--db", mixed, "--type", "Air/drone strike")
    assert err.strip() == "1 incident"


def test_show_prints_a_dash_for_what_is_unknown(mixed, capsys):
    rows = [json.loads(line) for line in run(capsys, "incidents", "--db", mixed, "--format", "jsonl")[1].splitlines()]
    threat = next(r for r in rows if r.get("plover") == "THREATEN")
    code, out, _err = run(capsys, "show", threat["incident_id"], "--db", mixed)
    assert code == 0
    assert "None" not in out
    assert "injured: best -, low -, high -" in out
    assert "Strategic developments / Other / THREATEN" in out


def test_incidents_jsonl_with_filters(loaded, capsys):
    code, out, _err = run(capsys, "incidents", "--db", loaded, "--format", "jsonl", "--country", "Ukraine",
                          "--admin1", "Donetsk")
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert sorted(tuple(r["doc_ids"]) for r in rows) == [("chy",), ("kst-daily", "kst-wire")]
    code, out, _err = run(capsys, "incidents", "--db", loaded, "--format", "jsonl", "--type", "Air/drone strike",
                          "--since", "2025-04-16", "--until", "2025-04-30", "--min-fatalities", "1")
    assert sorted(tuple(json.loads(line)["doc_ids"]) for line in out.splitlines()) == [("blg",), ("nkp",)]
    code, out, _err = run(capsys, "incidents", "--db", loaded, "--format", "jsonl", "--limit", "2")
    assert len(out.splitlines()) == 2


def test_incidents_csv_has_the_incident_columns_and_no_empty_doc_id(loaded, capsys):
    code, out, _err = run(capsys, "incidents", "--db", loaded, "--format", "csv")
    assert code == 0
    df = pd.read_csv(io.StringIO(out), dtype=str, keep_default_na=False)
    assert list(df.columns) == incident_csv_columns()
    assert list(df.columns)[0] == "incident_id" and "doc_id" not in df.columns
    assert len(df) == 8
    k = keys(loaded)
    toll = df.set_index("incident_id").loc[k["toll-1"]]
    assert toll["doc_ids"] == "toll-1;toll-2;toll-3"
    assert toll["number_of_sources"] == "3"
    assert toll["mentions"].split(";") == [e for d in ("toll-1", "toll-2", "toll-3") for e in event_ids(loaded, d)]
    assert [r["best"] for r in json.loads(toll["revisions"]) if r["field"] == "fatalities"] == [3, 7, 11]
    assert (df["doc_ids"] != "").all()


# --------------------------------------------------------------------------- show

def test_show(loaded, capsys):
    key = keys(loaded)["toll-1"]
    code, out, _err = run(capsys, "show", key, "--db", loaded)
    assert code == 0
    assert out.startswith(key)
    assert "fatalities: best 11, low 3, high 11" in out
    for d in ("toll-1", "toll-2", "toll-3"):
        assert d in out
    assert "Ivan Fedorov" in out
    code, out, _err = run(capsys, "show", key, "--db", loaded, "--json")
    assert code == 0
    rec = json.loads(out)
    assert rec["incident_id"] == key
    assert [m["doc_id"] for m in rec["mention_records"]] == ["toll-1", "toll-2", "toll-3"]
    assert [r["best"] for r in rec["revisions"] if r["field"] == "fatalities"] == [3, 7, 11]
    assert rec["evidence"]


def test_show_unknown_incident_exits_2(loaded, capsys):
    code, _out, err = run(capsys, "show", "Inope", "--db", loaded)
    assert code == 2
    assert "Inope" in err


@pytest.mark.parametrize("command", [["incidents"], ["export", "--format", "csv", "-o", "dates.csv"]])
@pytest.mark.parametrize("option, value", [("--since", "2025-13-01"), ("--since", "2025-5-1"),
                                           ("--until", "yesterday"), ("--until", "2025-02-30")])
def test_a_date_filter_that_is_not_an_iso_date_is_a_usage_error(loaded, capsys, command, option, value):
    code, out, err = run(capsys, *command, option, value, "--db", loaded)
    assert code == 2 and out == ""
    assert f"argument {option}: {value!r} is not a date: give YYYY-MM-DD, YYYY-MM or YYYY" in err
    assert not Path("dates.csv").exists()


def test_a_month_or_a_year_stands_for_its_first_or_last_day(loaded, capsys):
    def dates(*extra: str) -> list[str]:
        out = run(capsys, "incidents", "--db", loaded, "--format", "jsonl", *extra)[1]
        return sorted(json.loads(line)["event_date"] for line in out.splitlines())

    every = dates()
    month = every[0][:7]
    assert dates("--since", month, "--until", month) == [d for d in every if d.startswith(month)]
    assert dates("--until", month) == [d for d in every if d[:7] <= month]
    assert dates("--since", every[0][:4]) == every
    assert dates("--until", str(int(every[0][:4]) - 1)) == []


# --------------------------------------------------------------------------- edits

def test_merge_split_correct_through_the_cli(loaded, capsys):
    k = keys(loaded)
    code, out, err = run(capsys, "incidents", "merge", k["khk-drone"], k["khk-missile"], "--author", "ana",
                         "--db", loaded)
    assert code == 0, err
    assert out.strip() == k["khk-drone"]
    code, out, err = run(capsys, "incidents", "split", k["toll-1"], "--mentions", *event_ids(loaded, "toll-3"),
                         "--author", "ben", "--db", loaded)
    assert code == 0, err
    split_key = out.strip()
    assert split_key and split_key != k["toll-1"]
    code, _out, err = run(capsys, "incidents", "correct", k["nkp"], "injured", "8", "--author", "cy",
                          "--db", loaded)
    assert code == 0, err
    code, _out, err = run(capsys, "incidents", "correct", k["nkp"], "notes", "bus route 12", "--db", loaded)
    assert code == 0, err

    def state():
        out = run(capsys, "incidents", "--db", loaded, "--format", "jsonl")[1]
        return {r["incident_id"]: r for r in map(json.loads, out.splitlines())}

    before = state()
    assert before[k["khk-drone"]]["doc_ids"] == ["khk-drone", "khk-missile"]
    assert before[split_key]["doc_ids"] == ["toll-3"]
    assert before[k["toll-1"]]["doc_ids"] == ["toll-1", "toll-2"]
    assert before[k["nkp"]]["injured"] == 8
    assert before[k["nkp"]]["notes"] == "bus route 12"
    con = sqlite3.connect(loaded)
    rows = con.execute("SELECT action, author, at FROM edits ORDER BY id").fetchall()
    assert [r[0] for r in rows] == ["merge", "split", "correct", "correct"]
    assert [r[1] for r in rows[:3]] == ["ana", "ben", "cy"]
    assert all(r[1] and r[2] for r in rows)
    con.close()

    code, _out, err = run(capsys, "resolve", "--rebuild", "--db", loaded)
    assert code == 0
    assert "8 incidents after rebuilding" in err
    assert state() == before


@pytest.mark.parametrize("field, value, message", [
    ("fatalities", "banana", "not a whole number"),
    ("fatalities", "-1", "0 or more"),
    ("event_date", "2025-13-45", "not a valid date"),
    ("event_date", "3 May", "YYYY-MM-DD"),
    ("nosuchfield", "3", "cannot be corrected"),
    ("latitude", "91.5", "-90 to 90"),
    ("longitude", "east", "not a number"),
    ("geo_precision", "4", "1 to 3"),
    ("event_type", "Skirmish", "Battles"),
    ("plover", "praise", "THREATEN"),
])
def test_correct_refuses_a_value_that_does_not_fit(loaded, capsys, field, value, message):
    k = keys(loaded)
    before = table_counts(loaded)
    code, out, err = run(capsys, "incidents", "correct", k["nkp"], field, value, "--db", loaded)
    assert code == 2 and out == ""
    assert message in err and "Traceback" not in err
    assert table_counts(loaded) == before
    assert sqlite3.connect(loaded).execute("SELECT COUNT(*) FROM edits").fetchone()[0] == 0


def test_correct_confirms_the_change_and_a_parquet_export_still_works(loaded, capsys, tmp_path):
    k = keys(loaded)
    code, _out, err = run(capsys, "incidents", "correct", k["nkp"], "fatalities", "3", "--author", "dana",
                          "--db", loaded)
    assert code == 0, err
    line = err.strip()
    assert line.startswith(f"{k['nkp']} fatalities: 1 -> 3, fatalities_high 1 -> 3 with it (recorded by dana at ")
    code, _out, err = run(capsys, "incidents", "correct", k["nkp"], "weapon", "null", "--db", loaded)
    assert code == 0 and f"{k['nkp']} weapon: drone -> -" in err
    code, _out, err = run(capsys, "export", "--format", "parquet", "-o", str(tmp_path / "x.parquet"), "--db", loaded)
    assert code == 0, err
    row = pd.read_parquet(tmp_path / "x.parquet").set_index("incident_id").loc[k["nkp"]]
    assert (row["fatalities_low"], row["fatalities"], row["fatalities_high"]) == (1, 3, 3)


def test_merge_and_split_confirm_on_stderr(loaded, capsys):
    k = keys(loaded)
    code, out, err = run(capsys, "incidents", "merge", k["khk-drone"], k["khk-missile"], "--author", "eve",
                         "--db", loaded)
    assert out.strip() == k["khk-drone"]
    assert f"merged {k['khk-missile']} into {k['khk-drone']}, 1 mention moved (recorded by eve at " in err
    moved = event_ids(loaded, "toll-3")
    code, out, err = run(capsys, "incidents", "split", k["toll-1"], "--mentions", *moved, "--db", loaded)
    assert code == 0
    assert f"split 1 mention out of {k['toll-1']} into {out.strip()} (recorded by " in err


def test_correct_help_lists_the_fields_it_takes(capsys):
    code, out, _err = run(capsys, "incidents", "correct", "--help")
    assert code == 0
    for field in ("fatalities", "event_date", "latitude -90..90", "geo_precision 1..3", "civilian_targeting",
                  "event_type", "THREATEN"):
        assert field in out
    assert "usage: conflictlens incidents correct" in out


def test_edits_with_db_before_the_edit_name(loaded, capsys):
    # `incidents --db PATH merge A B` must edit PATH, not ./conflictlens.db
    k = keys(loaded)
    code, out, err = run(capsys, "incidents", "--db", loaded, "merge", k["khk-drone"], k["khk-missile"])
    assert code == 0, err
    assert out.strip() == k["khk-drone"]
    assert table_counts(loaded)["incidents"] == 7
    assert not Path("conflictlens.db").exists()


def test_edit_errors_exit_2(loaded, capsys):
    k = keys(loaded)
    before = table_counts(loaded)
    code, _out, err = run(capsys, "incidents", "merge", k["toll-1"], "Inope", "--db", loaded)
    assert code == 2 and "Inope" in err
    every = [e for d in ("toll-1", "toll-2", "toll-3") for e in event_ids(loaded, d)]
    code, _out, err = run(capsys, "incidents", "split", k["toll-1"], "--mentions", *every, "--db", loaded)
    assert code == 2 and "error" in err
    code, _out, err = run(capsys, "incidents", "split", k["toll-1"], "--mentions", "ffffffffffffffff",
                          "--db", loaded)
    assert code == 2
    code, _out, err = run(capsys, "incidents", "correct", "Inope", "fatalities", "3", "--db", loaded)
    assert code == 2
    code, _out, err = run(capsys, "incidents", "split", k["toll-1"], "--db", loaded)   # --mentions missing
    assert code == 2
    assert table_counts(loaded) == before


# --------------------------------------------------------------------------- databases that cannot be opened

def _one_report(tmp_path: Path) -> str:
    path = tmp_path / "lviv.txt"
    path.write_text("A missile struck a warehouse in Lviv on Tuesday, killing one guard.", encoding="utf-8")
    return str(path)


def test_a_database_in_a_folder_that_does_not_exist_is_a_message_not_a_traceback(tmp_path, capsys):
    target = tmp_path / "no-such-folder" / "x.db"
    code, _out, err = run(capsys, "ingest", _one_report(tmp_path), "--db", str(target))
    assert code == 2
    assert f"cannot open database {target}: no such folder {target.parent}" in err
    assert "Traceback" not in err


def test_an_existing_database_that_cannot_be_opened_is_refused_by_every_command(tmp_path, capsys):
    folder = tmp_path / "a-folder.db"
    folder.mkdir()
    for command in (["incidents"], ["show", "I0"], ["resolve", "--rebuild"],
                    ["export", "--format", "csv", "-o", "out.csv"], ["incidents", "split", "I0", "--mentions", "e"]):
        code, _out, err = run(capsys, *command, "--db", str(folder))
        assert code == 2, command
        assert f"cannot open database {folder}: it is a folder" in err


def test_a_file_that_is_not_a_database(tmp_path, capsys):
    notes = tmp_path / "notes.txt"
    notes.write_text("Shopping list: bread, tea, batteries.\n" * 40, encoding="utf-8")
    code, _out, err = run(capsys, "ingest", _one_report(tmp_path), "--db", str(notes))
    assert code == 2
    assert f"cannot open database {notes}: not a SQLite database" in err
    assert notes.read_text(encoding="utf-8").startswith("Shopping list")


def test_a_postgresql_server_that_refuses_hides_the_password(tmp_path, capsys):
    pytest.importorskip("psycopg")
    url = "postgresql://nobody:hunter2@127.0.0.1:1/conflict"
    code, _out, err = run(capsys, "incidents", "--db", url)
    assert code == 2
    assert "cannot open database postgresql://nobody:***@127.0.0.1:1/conflict:" in err
    assert "hunter2" not in err and "Traceback" not in err


@pytest.mark.parametrize("command", [
    ["incidents"], ["show", "I0"], ["resolve", "--rebuild"], ["export", "--format", "jsonl", "-o", "out.jsonl"],
    ["incidents", "merge", "I0", "I1"],
])
def test_commands_that_read_do_not_create_a_missing_database(tmp_path, capsys, command):
    code, _out, err = run(capsys, *command, "--db", "nothere.db")
    assert code == 2
    assert "no database at nothere.db (run conflictlens ingest first)" in err
    assert not (tmp_path / "nothere.db").exists()
    assert not (tmp_path / "out.jsonl").exists()


def test_a_database_from_a_newer_release_is_refused(loaded, capsys):
    con = sqlite3.connect(loaded)
    con.execute("UPDATE schema_version SET version = 99")
    con.commit()
    con.close()
    code, _out, err = run(capsys, "incidents", "--db", loaded)
    assert code == 2
    assert "its schema version 99 is newer than this conflictlens" in err


def test_export_to_a_folder_that_does_not_exist(loaded, capsys, tmp_path):
    for fmt in ("csv", "geojson", "parquet"):
        target = tmp_path / "gone" / f"x.{fmt}"
        code, _out, err = run(capsys, "export", "--format", fmt, "-o", str(target), "--db", loaded)
        assert code == 2
        assert f"cannot write {target}: No such file or directory" in err and "Traceback" not in err


# --------------------------------------------------------------------------- resolve

def test_resolve_rebuild(loaded, capsys):
    before = run(capsys, "incidents", "--db", loaded, "--format", "jsonl")[1]
    code, _out, err = run(capsys, "resolve", "--rebuild", "--db", loaded)
    assert code == 0
    assert "8 incidents after rebuilding" in err
    after = run(capsys, "incidents", "--db", loaded, "--format", "jsonl")[1]
    assert sorted(after.splitlines()) == sorted(before.splitlines())
    assert run(capsys, "resolve", "--db", loaded)[0] == 2     # --rebuild is required


# --------------------------------------------------------------------------- export

def export(capsys, loaded: str, fmt: str, path: Path, *extra: str) -> str:
    code, _out, err = run(capsys, "export", "--format", fmt, "--output", str(path), "--db", loaded, *extra)
    assert code == 0, err
    return err


def test_export_acled(loaded, capsys, tmp_path):
    err = export(capsys, loaded, "acled", tmp_path / "acled.csv")
    assert "8 incidents written" in err
    df = pd.read_csv(tmp_path / "acled.csv")
    assert tuple(df.columns) == ACLED_COLUMNS
    assert len(df) == 8
    assert set(df["event_id_cnty"]) == set(keys(loaded).values())
    export(capsys, loaded, "acled", tmp_path / "ua.csv", "--country", "Russia")
    assert pd.read_csv(tmp_path / "ua.csv")["location"].tolist() == ["Belgorod"]


def test_export_ucdp(loaded, capsys, tmp_path):
    export(capsys, loaded, "ucdp", tmp_path / "ged.csv")
    df = pd.read_csv(tmp_path / "ged.csv")
    assert tuple(df.columns) == UCDP_COLUMNS
    assert len(df) == 8
    for col in ("best", "low", "high", "where_prec", "date_prec", "number_of_sources"):
        assert df[col].notna().all(), col
    row = df[df["id"] == keys(loaded)["toll-1"]].iloc[0]
    assert (row["best"], row["low"], row["high"], row["number_of_sources"]) == (11, 3, 11, 3)


def test_export_geojson(loaded, capsys, tmp_path):
    export(capsys, loaded, "geojson", tmp_path / "inc.geojson", "--since", "2025-04-16")
    fc = json.loads((tmp_path / "inc.geojson").read_text(encoding="utf-8"))
    assert fc["type"] == "FeatureCollection"
    assert len(fc["features"]) == 6
    for f in fc["features"]:
        assert f["geometry"]["type"] == "Point"
        assert f["geometry"]["coordinates"] == [f["properties"]["longitude"], f["properties"]["latitude"]]
        assert f["properties"]["event_date"] >= "2025-04-16"
        assert f["properties"]["incident_id"]


@pytest.fixture
def mixed(tmp_path, capsys) -> str:
    """Incidents with and without a point, and political interactions (which have none)."""
    docs = [
        {"id": "mix-strike", "published": "2025-08-05",
         "text": "A Russian drone struck a bakery in Poltava on Monday, killing two workers, regional "
                 "governor Volodymyr Kohut said."},
        {"id": "mix-threat", "published": "2025-08-05",
         "text": "The European Union threatened on Monday to impose new sanctions on Belarus over the "
                 "detention of journalists."},
    ]
    feed = tmp_path / "mixed.jsonl"
    feed.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    path = str(tmp_path / "mixed.db")
    assert run(capsys, "ingest", str(feed), "--db", path, "-q")[0] == 0
    return path


def test_geojson_writes_every_incident_and_says_how_many_have_no_point(mixed, capsys, tmp_path):
    err = export(capsys, mixed, "geojson", tmp_path / "all.geojson")
    fc = json.loads((tmp_path / "all.geojson").read_text(encoding="utf-8"))
    rows = [json.loads(line) for line in run(capsys, "incidents", "--db", mixed, "--format", "jsonl")[1].splitlines()]
    assert len(fc["features"]) == len(rows) >= 2
    bare = [f for f in fc["features"] if f["geometry"] is None]
    assert bare and all(f["properties"]["latitude"] is None for f in bare)
    assert any(f["geometry"] == {"type": "Point", "coordinates": [f["properties"]["longitude"],
                                                                   f["properties"]["latitude"]]}
               for f in fc["features"])
    assert f"{len(rows)} incidents written to {tmp_path / 'all.geojson'} ({len(bare)} without a point" in err


def test_ucdp_says_how_many_political_interactions_it_leaves_out(mixed, capsys, tmp_path):
    err = export(capsys, mixed, "ucdp", tmp_path / "ged.csv")
    rows = [json.loads(line) for line in run(capsys, "incidents", "--db", mixed, "--format", "jsonl")[1].splitlines()]
    political = [r for r in rows if r.get("plover")]
    assert political
    written = len(pd.read_csv(tmp_path / "ged.csv"))
    assert written == len(rows) - len(political)
    noun = "interaction" if len(political) == 1 else "interactions"
    assert (f"{written} incident{'s' * (written != 1)} written to {tmp_path / 'ged.csv'} "
            f"({len(political)} political {noun} left out: UCDP GED has no such events)") in err


def test_export_to_standard_output_says_so(loaded, capsys):
    code, _out, err = run(capsys, "export", "--format", "jsonl", "-o", "-", "--db", loaded)
    assert code == 0
    assert "8 incidents written to standard output" in err and "written to -" not in err


def test_export_jsonl_and_csv(loaded, capsys, tmp_path):
    export(capsys, loaded, "jsonl", tmp_path / "inc.jsonl")
    rows = [json.loads(line) for line in (tmp_path / "inc.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 8 and all(r["doc_ids"] for r in rows)
    export(capsys, loaded, "csv", tmp_path / "inc.csv", "--min-fatalities", "4")
    df = pd.read_csv(tmp_path / "inc.csv")
    assert list(df.columns) == incident_csv_columns()
    assert len(df) == 3
    assert df["incident_id"].notna().all() and df["doc_ids"].notna().all()


def test_export_to_stdout(loaded, capsys):
    code, out, _err = run(capsys, "export", "--format", "ucdp", "--output", "-", "--db", loaded)
    assert code == 0
    assert len(pd.read_csv(io.StringIO(out))) == 8


def test_export_needs_format_and_output(loaded, capsys):
    assert run(capsys, "export", "--db", loaded, "--output", "x.csv")[0] == 2
    assert run(capsys, "export", "--db", loaded, "--format", "acled")[0] == 2
    assert run(capsys, "export", "--db", loaded, "--format", "xml", "--output", "x")[0] == 2


def test_help_of_each_store_command(capsys):
    for command in ("ingest", "incidents", "show", "resolve", "export"):
        code, out, _err = run(capsys, command, "--help")
        assert code == 0
        assert "example" in out and "--db" in out


def test_incidents_help_shows_the_edits_as_optional_and_each_edit_explains_itself(capsys):
    code, out, _err = run(capsys, "incidents", "--help")
    usage = out.split("\n\n")[0]
    assert code == 0 and "EDIT ..." not in usage
    assert usage.startswith("usage: conflictlens incidents [--db PATH_OR_URL]")
    for edit, words in (("merge", "Put every mention of incident B into incident A"),
                        ("split", "Take mentions out of an incident"),
                        ("correct", "Set one field of an incident by hand")):
        code, out, _err = run(capsys, "incidents", edit, "--help")
        assert code == 0 and words in out, edit
        assert out.startswith(f"usage: conflictlens incidents {edit} ")
        assert "as above" not in out and "$CONFLICTLENS_DB or ./conflictlens.db" in out


def test_parquet_export_has_typed_columns(tmp_path, feed, capsys):
    pq = pytest.importorskip("pyarrow.parquet")
    db = str(tmp_path / "p.db")
    assert run(capsys, "ingest", str(feed), "-q", "--db", db)[0] == 0
    out = tmp_path / "incidents.parquet"
    assert run(capsys, "export", "--db", db, "--format", "parquet", "--output", str(out))[0] == 0
    table = pq.read_table(out)
    types = {f.name: str(f.type) for f in table.schema}
    assert types["fatalities"] == "int64" and types["latitude"] == "double" and types["event_date"] == "string"
    assert types["civilian_targeting"] == "bool"
    assert table.num_rows == table_counts(db)["incidents"]
    import pandas as pd
    frame = pd.read_parquet(out)
    assert set(frame["incident_id"]) == {r for r in frame["incident_id"]}
    assert run(capsys, "export", "--db", db, "--format", "parquet", "--output", "-")[0] == 2


def test_parquet_has_the_same_columns_whether_empty_or_not(loaded, capsys, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    full, empty = tmp_path / "full.parquet", tmp_path / "empty.parquet"
    assert run(capsys, "export", "--db", loaded, "--format", "parquet", "-o", str(full))[0] == 0
    code, _out, err = run(capsys, "export", "--db", loaded, "--format", "parquet", "-o", str(empty),
                          "--country", "Atlantis")
    assert code == 0 and "0 incidents written" in err
    a, b = pq.read_schema(full), pq.read_schema(empty)
    assert a.equals(b, check_metadata=False)
    assert pq.read_table(empty).num_rows == 0
    assert a.names == incident_csv_columns()
    assert {"incident_id", "doc_ids", "corrections", "fatalities"} <= set(b.names)
    assert str(b.field("fatalities").type) == "int64" and str(b.field("corrections").type) == "string"


def test_parquet_names_an_incident_whose_stored_value_does_not_fit_its_column(loaded, capsys, tmp_path):
    pytest.importorskip("pyarrow")
    con = sqlite3.connect(loaded)      # a correction stored by a release that did not check values
    key = keys(loaded)["nkp"]
    con.execute("INSERT INTO edits (at, author, action, payload) VALUES (?, ?, ?, ?)",
                ("2025-01-01T00:00:00+00:00", "old", "correct",
                 json.dumps({"incident": key, "field": "fatalities", "value": "banana"})))
    con.commit()
    con.close()
    assert run(capsys, "resolve", "--rebuild", "--db", loaded)[0] == 0
    code, _out, err = run(capsys, "export", "--db", loaded, "--format", "parquet", "-o", str(tmp_path / "x.parquet"))
    assert code == 2
    assert f"incident {key}: fatalities 'banana' is not a whole number" in err and "Traceback" not in err


def test_ingest_focus_auto_starts_from_the_stored_places(tmp_path, capsys):
    towns = ["Kharkiv", "Sumy", "Kramatorsk", "Sloviansk", "Pokrovsk", "Kherson", "Nikopol", "Izium"]
    first = tmp_path / "first.jsonl"
    first.write_text("".join(json.dumps({"id": f"ua{k}", "published": "2024-05-06",
                                         "text": f"A drone strike on {towns[k % 8]} killed {k % 3 + 1} people on Monday."})
                             + "\n" for k in range(24)), encoding="utf-8")
    later = tmp_path / "later.jsonl"
    later.write_text(json.dumps({"id": "bare", "published": "2016-03-07",
                                 "text": "Shelling killed two people in Uglegorsk on Monday."}) + "\n", encoding="utf-8")
    db = str(tmp_path / "focus.db")
    assert main(["ingest", str(first), "--db", db, "-q"]) == 0
    # a second run, on its own, learns from what the database holds
    assert main(["ingest", str(later), "--db", db, "-q", "--focus", "auto"]) == 0
    con = sqlite3.connect(db)
    (record,) = con.execute("SELECT m.record FROM mentions m JOIN documents d ON d.id = m.document_id "
                            "WHERE d.doc_id = 'bare'").fetchone()
    con.close()
    assert json.loads(record)["admin1"] == "Donetsk"
    # without the focus the bigger namesake, on Sakhalin, is taken
    other = str(tmp_path / "plain.db")
    assert main(["ingest", str(later), "--db", other, "-q"]) == 0
    con = sqlite3.connect(other)
    (record,) = con.execute("SELECT record FROM mentions").fetchone()
    con.close()
    assert json.loads(record)["iso"] == "RU"


def test_ingest_rejects_a_bad_focus(tmp_path, capsys):
    report = tmp_path / "r.txt"
    report.write_text("A drone strike on Sumy killed two people.", encoding="utf-8")
    assert main(["ingest", str(report), "--db", str(tmp_path / "x.db"), "--focus", "Narnia"]) == 2
    assert "unknown country" in capsys.readouterr().err


def test_a_value_the_database_cannot_hold_rejects_that_document_only(tmp_path, capsys):
    docs = tmp_path / "odd.jsonl"
    docs.write_text(
        json.dumps({"id": "huge", "published": "2025-05-01",
                    "text": "A blast in Sumy killed 100000000000000000000 people, a prankster wrote."}) + "\n"
        + json.dumps({"id": "fine", "published": "2025-05-01",
                      "text": "A drone strike on Sumy killed two people."}) + "\n", encoding="utf-8")
    db = str(tmp_path / "odd.db")
    assert main(["ingest", str(docs), "--db", db, "-q"]) == 1
    con = sqlite3.connect(db)
    stored = {r[0] for r in con.execute("SELECT doc_id FROM documents")}
    reasons = [r[0] for r in con.execute("SELECT reason FROM rejects")]
    con.close()
    assert stored == {"fine"}
    assert any("storage failed" in r for r in reasons)      # rejected with its reason, not lost
