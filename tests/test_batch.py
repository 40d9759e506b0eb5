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
from conflictlens.batch.runner import FAULT_ENV, BatchSummary, as_stored, stored_id  # noqa: E402
from conflictlens.model import Document  # noqa: E402
from store_fixtures import (  # noqa: E402
    AMBUSH, KHARKIV_DRONE, KHARKIV_MISSILE, LONE_REPORT, POLTAVA, QUERY_SET, SUMY_BOMB, SUMY_DRONE, TOLL_CORRECTION, corpus, doc, fresh_db,
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


# Another text under an id already read: kept as "<id>#<hash8>", as ingest keeps it. The first
# reuses an id of the same partition, the second an id three partitions back (and the same day,
# so that it is resolved in the same block as the report whose id it reuses).
REUSED_IDS = [
    doc("wk-sun", "A second drone attack on Poltava on Sunday night set fire to a grain store; one guard was "
                  "killed, governor Volodymyr Kohut said.", "2025-03-09", "Radio C"),
    doc("gen-0003", "Shelling damaged a water tower in Nikopol on Friday, wounding a pump operator, the "
                    "district head said.", None, "Radio C"),
]


def _docs():
    gen = corpus(150)
    dup = gen[3].__class__(id="dup-of-3", text=gen[3].text, published=gen[3].published)   # same text: stored once
    return gen[:80] + QUERY_SET + WEEKEND + [REUSED_IDS[0]] + POLTAVA + AMBUSH + [
        TOLL_CORRECTION, KHARKIV_DRONE, KHARKIV_MISSILE, SUMY_DRONE, SUMY_BOMB, dup, REUSED_IDS[1]] + gen[80:]


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
            for d in ("2025-03-09", "2025-03-10", "2025-03-18", "2025-03-19")]
    rows += [{"iso": "RU", "event_date": "2025-03-10", "event_type": v, "location": "Y"},
             {"iso": "UA", "event_date": None, "event_type": v, "location": "X"},
             {"iso": "RU", "event_date": "2025-03-10", "event_type": "Strategic developments", "location": None},
             {"iso": "UA", "event_date": "2025-03-10", "event_type": "Strategic developments", "location": None}]
    k = block_keys(rows)
    assert k[0] == k[1] != k[2] == k[3]          # Sunday and Monday together; the empty 11th to 17th cut
    # (seven empty days: a mention dated only to a week reaches six days: resolve.match.WEEK_WINDOW_DAYS)
    near = [dict(r, event_date=d) for r, d in zip(rows[:4], ("2025-03-09", "2025-03-10", "2025-03-16", "2025-03-17"))]
    assert len(set(block_keys(near))) == 1       # five empty days do not cut
    assert k[4] != k[1] and k[5] != k[1]         # another country; undated
    assert k[6] == k[7]                          # political interactions: by date, whatever the country
    # a toll with no attack word and no political code is compared with violent incidents
    toll = {"iso": "UA", "event_date": "2025-03-19", "event_type": None, "plover": None, "fatalities": 1,
            "location": "X"}
    assert block_keys(rows + [toll])[-1] == k[3]
    assert block_keys(rows + [dict(toll, fatalities=None)])[-1] != k[3]


def test_stored_id_keeps_a_new_text_under_a_reused_id_as_ingest_does(tmp_path):
    texts = ["Mortars hit a school yard in Kupiansk on Monday, wounding a teacher, police said.",
             "A guided bomb destroyed a shop in Kupiansk on Monday evening, the governor said.",
             "Kupiansk was shelled again on Tuesday morning; two houses burned, officials said."]
    hashes = [Document(id="", text=t).content_hash for t in texts]
    # the third text's short version id is taken by a document that was sent under that very id
    docs = [doc("kup", texts[0], "2025-03-10"), doc(f"kup#{hashes[2][:8]}", texts[1], "2025-03-10"),
            doc("kup", texts[2], "2025-03-11")]
    kept: set[str] = set()
    for d in docs:
        kept.add(stored_id(d.id, d.content_hash, kept))
    assert kept == {"kup", f"kup#{hashes[2][:8]}", f"kup#{hashes[2][:16]}"}
    db = fresh_db(tmp_path)
    ingest(db, docs)
    assert {r[0] for r in db.all("SELECT doc_id FROM documents")} == kept
    db.close()


def test_a_mention_rekeyed_to_its_version_id_is_the_mention_ingest_extracts():
    from conflictlens import extract_document
    text = ("A drone hit a bus in Nikopol on Thursday, killing one man. Separately, shelling wounded two "
            "women in Marhanets on Thursday, the district head said.")
    read = extract_document(Document(id="nkp", text=text, published="2025-05-08"))
    stored = extract_document(Document(id="nkp#0a1b2c3d", text=text, published="2025-05-08"))
    assert len(read) == len(stored) >= 2
    for a, b in zip(read, stored):
        want = json.loads(json.dumps(b.to_dict()))
        got = as_stored(json.loads(json.dumps(a.to_dict())), "nkp#0a1b2c3d")
        assert a.event_id != b.event_id and got == want


def test_the_batch_summary_says_one_in_the_singular(capsys, monkeypatch):
    import conflictlens.batch as batch
    from conflictlens.cli_batch import main as batch_main
    one = BatchSummary(partitions=1, documents=1, versions=1, duplicates=1, mentions=1, incidents=1)
    monkeypatch.setattr(batch, "run", lambda *a, **k: one)
    assert batch_main(["batch", "in.jsonl", "--out", "o"]) == 0
    err = capsys.readouterr().err
    assert ("1 partition (0 already done), 1 document (1 as a new version of an id already kept), "
            "1 duplicate, 0 rejected, 1 mention, 1 incident (o)") in err


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
    assert s.versions == expected.versions == 2
    got = {r["event_id"]: r for r in read_incidents(out)}
    assert set(got) == set(want)                 # the same I<event_id> keys
    for key, rec in want.items():
        assert got[key] == rec, key
    # the texts under a reused id are kept as new versions
    versions = {d.id: f"{d.id}#{d.content_hash[:8]}" for d in REUSED_IDS}
    doc_ids = {i for r in got.values() for i in r["doc_ids"]}
    assert set(versions) | set(versions.values()) <= doc_ids
    # The week-boundary reports are one incident.
    assert sum(1 for r in got.values() if {"wk-sun", "wk-mon"} <= set(r["doc_ids"])) == 1
    _check_one_copy(out)

    from conflictlens.store.db import connect
    loaded = connect(str(tmp_path / "batch.db"))
    assert records(loaded) == want               # --db stores the same incidents
    # ... and each version under its own id, with its own event ids
    events = {}
    for doc_id, event_id in loaded.all("SELECT d.doc_id, m.event_id FROM mentions m JOIN documents d "
                                       "ON d.id = m.document_id"):
        events.setdefault(doc_id, set()).add(event_id)
    for first, second in versions.items():
        assert events[first] and events[second] and not events[first] & events[second], second
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
    # ids read again in later partitions, with other texts: new versions, decided across the resume
    for k, first in ((12, 3), (95, 40), (151, 3)):
        docs[k] = docs[k].__class__(id=docs[first].id, text=docs[k].text, published=docs[k].published,
                                    source=docs[k].source)
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
    assert "160 documents (3 as new versions of ids already kept), 0 duplicates" in r.stderr
    assert len(list((out / "mentions").glob("*.parquet"))) == 16
    _check_one_copy(out)
    db = fresh_db(tmp_path)
    assert ingest(db, docs).versions == 3
    assert {r["event_id"]: r for r in read_incidents(out)} == records(db)
    db.close()


def test_a_block_takes_in_a_lone_report_as_ingest_does(tmp_path):
    from conflictlens import extract
    from conflictlens.batch.resolve import resolve_block
    docs = LONE_REPORT
    db = fresh_db(tmp_path)
    ingest(db, docs)
    want = {rec["event_id"]: sorted(rec["doc_ids"]) for rec in records(db).values()}
    db.close()
    mentions = []
    for d in docs:
        for e in extract(d.text, published=d.published, doc_id=d.id):
            m = e.to_dict()
            m["doc_id"], m["_published"], m["_seq"] = d.id, d.published, len(mentions) + 1
            mentions.append(m)
    got = {key[1:]: sorted({m["doc_id"] for m in ms}) for key, ms in resolve_block(mentions)}
    assert len(got) == 1 and list(got.values()) == list(want.values())
