"""The storage path on a real PostgreSQL server: CLI ingest, crash and resume, edits, exports.

Runs where $CONFLICTLENS_TEST_PG names a server the tests may create databases on
(`.ci/run` starts one with `.ci/postgres.sh`); the library-level storage tests in
test_store.py also run on it through their `db` fixture.
"""
from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time

import pytest

from conflictlens.cli import main
from conflictlens.store import queries
from conflictlens.store.db import connect
from store_fixtures import PG_URL, corpus, drop_pg_database, pg_database, write_jsonl

pytestmark = pytest.mark.skipif(not PG_URL, reason="no PostgreSQL test server ($CONFLICTLENS_TEST_PG)")


@pytest.fixture
def pg():
    url = pg_database()
    yield url
    drop_pg_database(url)


def _count(url: str, table: str = "documents") -> int:
    try:
        db = connect(url)
    except Exception:
        return 0
    try:
        return db.one(f"SELECT COUNT(*) FROM {table}")[0]
    except Exception:
        return 0
    finally:
        db.close()


def _state(url: str) -> tuple[dict, list, list]:
    db = connect(url)
    try:
        counts = queries.counts(db)
        recs = sorted(db.all("SELECT incident_key, record FROM incidents"))
        revs = sorted(db.all("SELECT i.incident_key, r.field, r.low, r.best, r.high, r.document, r.published "
                             "FROM revisions r JOIN incidents i ON i.id = r.incident_id"))
        return counts, recs, revs
    finally:
        db.close()


def _cmd(feed, url: str) -> list[str]:
    return [sys.executable, "-m", "conflictlens", "ingest", str(feed), "--db", url, "-q"]


def test_cli_round_trip_on_postgresql(tmp_path, pg, capsys):
    feed = write_jsonl(tmp_path / "feed.jsonl", corpus(12))
    assert main(["ingest", str(feed), "--db", pg, "-q"]) == 0
    first = _state(pg)
    assert first[0]["documents"] == 12 and first[0]["incidents"] >= 1
    assert main(["ingest", str(feed), "--db", pg, "-q"]) == 0          # nothing changes
    assert _state(pg) == first
    assert main(["incidents", "--db", pg, "--format", "jsonl"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(rows) == first[0]["incidents"]
    a, b = rows[0]["incident_id"], rows[1]["incident_id"]
    assert main(["incidents", "merge", a, b, "--db", pg, "--author", "tester"]) == 0
    merged = _state(pg)
    assert merged[0]["incidents"] == first[0]["incidents"] - 1
    assert main(["resolve", "--rebuild", "--db", pg]) == 0
    assert _state(pg) == merged                                      # the merge survives a rebuild
    out = tmp_path / "ged.csv"
    assert main(["export", "--db", pg, "--format", "ucdp", "--output", str(out)]) == 0
    import pandas as pd
    assert {"best", "low", "high", "where_prec", "date_prec"} <= set(pd.read_csv(out).columns)


def test_a_killed_ingest_run_again_ends_as_one_clean_run(tmp_path):
    feed = write_jsonl(tmp_path / "corpus.jsonl", corpus(120))
    env = {k: v for k, v in os.environ.items() if k != "CONFLICTLENS_DB"}
    clean, crashed = pg_database(), pg_database()
    try:
        done = subprocess.run(_cmd(feed, clean), capture_output=True, text=True, timeout=120, env=env)
        assert done.returncode == 0, done.stderr
        rng = random.Random()
        stored = 0
        for target in sorted(rng.sample(range(5, 100), 2)):
            proc = subprocess.Popen(_cmd(feed, crashed), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
            deadline = time.monotonic() + 60
            try:
                while proc.poll() is None and time.monotonic() < deadline:
                    if _count(crashed) >= target:
                        time.sleep(rng.uniform(0, 0.01))
                        proc.send_signal(signal.SIGKILL)
                        break
                    time.sleep(0.005)
            finally:
                if proc.poll() is None:
                    proc.kill()
                proc.wait(timeout=30)
            assert proc.returncode == -signal.SIGKILL, f"ingest ended before it could be killed (at {target})"
            stored = _count(crashed)
            assert 0 < stored < 120
        done = subprocess.run(_cmd(feed, crashed), capture_output=True, text=True, timeout=120, env=env)
        assert done.returncode == 0, done.stderr
        assert _state(crashed) == _state(clean)
        assert _count(crashed, "documents") == 120
    finally:
        drop_pg_database(clean)
        drop_pg_database(crashed)
