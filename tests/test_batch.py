"""`conflictlens batch` on a local Dask cluster: same incidents as `ingest`, and exactly one copy
of every output after a lost worker or a killed run."""
from __future__ import annotations

import gzip
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytest.importorskip("distributed")
pa = pytest.importorskip("pyarrow")
import pyarrow.parquet as pq  # noqa: E402

from conflictlens.batch import read_incidents, run  # noqa: E402
from conflictlens.batch.resolve import block_keys  # noqa: E402
from conflictlens.batch.runner import FAULT_ENV  # noqa: E402
from store_fixtures import (  # noqa: E402
    AMBUSH, KHARKIV_DRONE, KHARKIV_MISSILE, POLTAVA, QUERY_SET, SUMY_BOMB, SUMY_DRONE, TOLL_CORRECTION, corpus, doc, fresh_db,
    ingest, records, write_jsonl,
)

# One incident reported on both sides of an ISO week boundary (Sunday 9 / Monday 10 March 2025).
WEEKEND = [
    doc("wk-sun", "A Russian drone hit a petrol station in Poltava on Sunday night, killing two people, "
                  "regional governor Volodymyr Kohut said.", "2025-03-09", "Wire A"),
    doc("wk-mon", "Two people died when a drone struck a petrol station in Poltava late on Sunday, the "
                  "governor Volodymyr Kohut said on Monday.", "2025-03-10", "Daily B"),
]
FAULT_PARTITION = "0000-fault.jsonl-00001"


def _docs():
    gen = corpus(150)
    dup = gen[3].__class__(id="dup-of-3", text=gen[3].text, published=gen[3].published)   # same text: stored once
    return gen[:80] + QUERY_SET + WEEKEND + POLTAVA + AMBUSH + [TOLL_CORRECTION, KHARKIV_DRONE, KHARKIV_MISSILE, SUMY_DRONE,
                                             SUMY_BOMB, dup] + gen[80:]


@pytest.fixture(scope="module")
def cluster(tmp_path_factory):
    from distributed import Client, LocalCluster
    marker = tmp_path_factory.mktemp("fault") / "crashed"
    os.environ[FAULT_ENV] = f"{FAULT_PARTITION}:{marker}"      # inherited by the worker processes
    try:
        lc = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=40)
        client = Client(lc)
        yield client, marker
        client.close()
        lc.close()
    finally:
        os.environ.pop(FAULT_ENV, None)


def _check_one_copy(out: Path) -> None:
    """Every partition's mentions file holds exactly the mentions its documents file counts, once."""
    seen: set[str] = set()
    for f in sorted((out / "mentions").glob("*.parquet")):
        docs = pq.read_table(out / "documents" / f.name).to_pylist()
        ids = pq.read_table(f, columns=["event_id"]).column("event_id").to_pylist()
        assert len(ids) == sum(d["mentions"] for d in docs), f.name
        assert not seen & set(ids), f"duplicate mentions in {f.name}"
        seen |= set(ids)
    assert not list(out.rglob(".*.tmp-*")), "a temporary file was left behind"
    keys = [r["event_id"] for r in read_incidents(out)]
    assert len(keys) == len(set(keys))


def test_blocks_join_across_the_week_boundary_and_split_at_empty_days():
    v = "Explosions/Remote violence"
    rows = [{"iso": "UA", "event_date": d, "event_type": v, "location": "X"}
            for d in ("2025-03-09", "2025-03-10", "2025-03-12", "2025-03-13")]
    rows += [{"iso": "RU", "event_date": "2025-03-10", "event_type": v, "location": "Y"},
             {"iso": "UA", "event_date": None, "event_type": v, "location": "X"},
             {"iso": "RU", "event_date": "2025-03-10", "event_type": "Strategic developments", "location": None},
             {"iso": "UA", "event_date": "2025-03-10", "event_type": "Strategic developments", "location": None}]
    k = block_keys(rows)
    assert k[0] == k[1] != k[2] == k[3]          # Sunday and Monday together; the empty 11th cuts
    assert k[4] != k[1] and k[5] != k[1]         # another country; undated
    assert k[6] == k[7]                          # political interactions: by date, whatever the country
    # a toll with no attack word and no political code is compared with violent incidents
    toll = {"iso": "UA", "event_date": "2025-03-13", "event_type": None, "plover": None, "fatalities": 1,
            "location": "X"}
    assert block_keys(rows + [toll])[-1] == k[3]
    assert block_keys(rows + [dict(toll, fatalities=None)])[-1] != k[3]


def test_batch_equals_ingest_on_two_workers(tmp_path, cluster):
    client, _ = cluster
    docs = _docs()
    db = fresh_db(tmp_path)
    expected = ingest(db, docs)
    want = records(db)
    db.close()

    # The same documents, in the same order, as JSONL, JSONL.gz and Parquet (two row groups).
    a, b, c = docs[:70], docs[70:120], docs[120:]
    write_jsonl(tmp_path / "a.jsonl", a)
    write_jsonl(tmp_path / "b.jsonl", b)
    with open(tmp_path / "b.jsonl", "rb") as src, gzip.open(tmp_path / "b.jsonl.gz", "wb") as dst:
        dst.write(src.read())
    table = pa.Table.from_pylist([{"id": d.id, "text": d.text, "published": d.published, "source": d.source}
                                  for d in c])
    pq.write_table(table, tmp_path / "c.parquet", row_group_size=30)

    out = tmp_path / "out"
    s = run([str(tmp_path / "a.jsonl"), str(tmp_path / "b.jsonl.gz"), str(tmp_path / "c.parquet")], out,
            client=client, docs_per_partition=25, db_url=str(tmp_path / "batch.db"), progress=None)
    assert s.partitions == 3 + 1 + 2 and s.rejected == 0
    assert (s.documents, s.duplicates, s.mentions) == (expected.stored, expected.duplicates, expected.mentions)
    got = {r["event_id"]: r for r in read_incidents(out)}
    assert set(got) == set(want)                 # the same I<event_id> keys
    for key, rec in want.items():
        assert got[key] == rec, key
    # The week-boundary reports are one incident.
    assert sum(1 for r in got.values() if {"wk-sun", "wk-mon"} <= set(r["doc_ids"])) == 1
    _check_one_copy(out)

    from conflictlens.store.db import connect
    loaded = connect(str(tmp_path / "batch.db"))
    assert records(loaded) == want               # --db stores the same incidents
    loaded.close()


def test_lost_worker_mid_partition_is_retried_without_loss_or_duplicates(tmp_path, cluster):
    client, marker = cluster
    docs = corpus(120, seed=7)
    write_jsonl(tmp_path / "fault.jsonl", docs)
    out = tmp_path / "out"
    s = run([str(tmp_path / "fault.jsonl")], out, client=client, docs_per_partition=30, progress=None)
    assert marker.exists(), "the worker did not crash: the test proved nothing"
    assert s.partitions == 4 and s.documents == 120
    _check_one_copy(out)
    db = fresh_db(tmp_path)
    ingest(db, docs)
    assert {r["event_id"]: r for r in read_incidents(out)} == records(db)
    db.close()


def test_killed_run_resumes_with_one_copy_of_each_output(tmp_path):
    docs = corpus(160, seed=11)
    write_jsonl(tmp_path / "in.jsonl", docs)
    out = tmp_path / "out"
    cmd = [sys.executable, "-m", "conflictlens.cli_batch", "batch", str(tmp_path / "in.jsonl"), "--out", str(out),
           "--workers", "1", "--partition-docs", "10"]
    env = {k: v for k, v in os.environ.items() if k != FAULT_ENV}
    proc = subprocess.Popen(cmd, stderr=subprocess.PIPE, text=True, start_new_session=True, env=env)
    try:
        deadline = time.monotonic() + 40
        while time.monotonic() < deadline:
            line = proc.stderr.readline()
            if "[2/16]" in line or not line:
                break
        os.killpg(proc.pid, signal.SIGKILL)      # the batch process and its local workers
    finally:
        proc.wait(timeout=20)
    done = list((out / "mentions").glob("*.parquet"))
    assert 0 < len(done) < 16, "the run was not interrupted mid-way"

    r = subprocess.run(cmd, capture_output=True, text=True, timeout=60, env=env)
    assert r.returncode == 0, r.stderr
    assert "already done, skipped" in r.stderr
    assert len(list((out / "mentions").glob("*.parquet"))) == 16
    _check_one_copy(out)
    db = fresh_db(tmp_path)
    ingest(db, docs)
    assert {r["event_id"]: r for r in read_incidents(out)} == records(db)
    db.close()
