"""The Dask batch runner: extract per partition on workers, then resolve incidents by blocks.

Output folder layout (all Parquet, written by pyarrow):

    OUT/manifest.json                 inputs and partition size (a re-run must match)
    OUT/documents/<partition>.parquet one row per input line or row: stored, rejected or failed
    OUT/mentions/<partition>.parquet  one row per mention, in document order; the partition's checkpoint
    OUT/incidents/part-<n>.parquet    one row per incident (flat columns and the full record as JSON)

Every file is written under a temporary name and renamed, so a file that exists is complete;
a partition whose mentions file exists is done and is skipped on a re-run. A task run twice
(a lost worker, Dask's retry) writes the same bytes to the same name: one copy, never two.

The documents and mentions files hold each document under the id it was read with. Which
documents are kept, and under which id, is decided by the driver over all partitions in
document order, as `ingest` decides it: the same text again is a duplicate; another text under
an id already kept is kept as a new version, `ID#HASH8` (`stored_id`), and its mentions are
re-keyed to that id (`as_stored`) where incidents are resolved and where the database is loaded.
"""
from __future__ import annotations

import json
import os
import sys
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, TextIO

from conflictlens.batch.partitions import DEFAULT_PARTITION_DOCS, Partition, plan, read_partition
from conflictlens.batch.resolve import block_keys, resolve_block
from conflictlens.cli_store import plural
from conflictlens.ingest.readers import MAX_DOC_BYTES

SEQ_SHIFT = 1 << 32          # a mention's global order: partition index * SEQ_SHIFT + row in its file
FAULT_ENV = "CONFLICTLENS_BATCH_FAULT"   # "PARTITION:MARKER": the worker dies once, before the rename (tests)


@dataclass(slots=True)
class BatchSummary:
    partitions: int = 0
    skipped: int = 0
    documents: int = 0
    versions: int = 0           # of `documents`: new texts under an id already kept, stored as ID#HASH8
    duplicates: int = 0
    rejected: int = 0
    mentions: int = 0
    blocks: int = 0
    largest_block: int = 0
    incidents: int = 0
    extract_seconds: float = 0.0
    resolve_seconds: float = 0.0
    rejections: list[dict] = field(default_factory=list)


# --------------------------------------------------------------------------- schemas

def _schemas():
    import pyarrow as pa
    documents = pa.schema([
        ("doc_ord", pa.int32()), ("status", pa.string()), ("doc_id", pa.string()), ("content_hash", pa.string()),
        ("published", pa.string()), ("source", pa.string()), ("url", pa.string()), ("text", pa.string()),
        ("input", pa.string()), ("line", pa.int64()), ("reason", pa.string()), ("mentions", pa.int32()),
    ])
    mentions = pa.schema([
        ("doc_ord", pa.int32()), ("doc_id", pa.string()), ("event_id", pa.string()),
        ("event_type", pa.string()), ("sub_event_type", pa.string()), ("plover", pa.string()),
        ("event_date", pa.string()), ("country", pa.string()), ("iso", pa.string()), ("admin1", pa.string()),
        ("location", pa.string()), ("latitude", pa.float64()), ("longitude", pa.float64()),
        ("fatalities", pa.int64()), ("injured", pa.int64()), ("published", pa.string()), ("record", pa.string()),
    ])
    incidents = pa.schema([
        ("incident_key", pa.string()), ("event_type", pa.string()), ("sub_event_type", pa.string()),
        ("weapon", pa.string()), ("event_date", pa.string()), ("country", pa.string()), ("iso", pa.string()),
        ("admin1", pa.string()), ("location", pa.string()), ("latitude", pa.float64()),
        ("longitude", pa.float64()), ("fatalities", pa.int64()), ("fatalities_low", pa.int64()),
        ("fatalities_high", pa.int64()), ("injured", pa.int64()), ("number_of_sources", pa.int64()),
        ("mention_seqs", pa.list_(pa.int64())), ("record", pa.string()),
    ])
    return documents, mentions, incidents


def _int(v: Any) -> int | None:
    return v if isinstance(v, int) and not isinstance(v, bool) else None


def _float(v: Any) -> float | None:
    return float(v) if isinstance(v, (int, float)) and not isinstance(v, bool) else None


def _write_atomic(table, path: Path, fault: str | None = None) -> None:
    import pyarrow.parquet as pq
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp-{uuid.uuid4().hex}")
    pq.write_table(table, tmp, compression="zstd")
    if fault:
        _maybe_fail(fault)
    os.replace(tmp, path)


def _maybe_fail(name: str) -> None:
    spec = os.environ.get(FAULT_ENV, "")
    if spec and ":" in spec:
        target, marker = spec.split(":", 1)
        if target == name and not os.path.exists(marker):
            Path(marker).write_text("crashed once\n")
            os._exit(17)         # a worker lost mid-task, its output half written


# --------------------------------------------------------------------------- worker tasks

def extract_partition(part: Partition, out: str, max_bytes: int = MAX_DOC_BYTES) -> dict:
    """Extract one partition and write its documents and mentions files (mentions last: the checkpoint)."""
    import pyarrow as pa

    from conflictlens import extract_document
    from conflictlens.model import Document

    doc_schema, mention_schema, _ = _schemas()
    docs: list[dict] = []
    mentions: list[dict] = []
    for ord_, item in enumerate(read_partition(part, max_bytes)):
        if not isinstance(item, Document):
            docs.append({"doc_ord": ord_, "status": "rejected", "doc_id": item.doc_id, "input": item.input,
                         "line": item.line, "reason": item.reason, "mentions": 0})
            continue
        row = {"doc_ord": ord_, "doc_id": item.id, "content_hash": item.content_hash, "published": item.published,
               "source": item.source, "url": item.url, "text": item.text, "input": part.path}
        try:
            events = extract_document(item)
        except Exception as exc:     # one bad document must not end the run (as ingest)
            docs.append(row | {"status": "failed", "reason": f"extraction failed: {type(exc).__name__}: {exc}",
                               "mentions": 0})
            continue
        docs.append(row | {"status": "ok", "mentions": len(events)})
        for event in events:
            rec = event.to_dict()
            rec["_published"] = item.published
            mentions.append({
                "doc_ord": ord_, "doc_id": item.id, "event_id": rec["event_id"],
                **{k: rec.get(k) for k in ("event_type", "sub_event_type", "plover", "event_date", "country",
                                           "iso", "admin1", "location")},
                "latitude": _float(rec.get("latitude")), "longitude": _float(rec.get("longitude")),
                "fatalities": _int(rec.get("fatalities")), "injured": _int(rec.get("injured")),
                "published": item.published, "record": json.dumps(rec, ensure_ascii=False),
            })
    root = Path(out)
    _write_atomic(pa.Table.from_pylist(docs, schema=doc_schema), root / "documents" / f"{part.name}.parquet")
    _write_atomic(pa.Table.from_pylist(mentions, schema=mention_schema), root / "mentions" / f"{part.name}.parquet",
                  fault=part.name)
    return {"partition": part.name, "documents": sum(d["status"] == "ok" for d in docs),
            "rejected": sum(d["status"] != "ok" for d in docs), "mentions": len(mentions)}


def as_stored(rec: dict, doc_id: str) -> dict:
    """A mention record extracted under its document's input id, re-keyed to the id the document
    is stored under (a new version, `ID#HASH8`), as `ingest` codes it: `ingest` extracts the
    document under that id, and an event id hashes the document id (`Event.stable_id`)."""
    from conflictlens.model import Event, Span

    def stable_id(owner: str) -> str:
        return Event(doc_id=owner, event_type=rec.get("event_type"), plover=rec.get("plover"), notes=rec.get("notes"),
                     evidence=[Span(s["field"], s["start"], s["end"], s["text"]) for s in rec.get("evidence") or ()]
                     ).stable_id()

    old = stable_id(rec["doc_id"])
    if not rec["event_id"].startswith(old):
        raise ValueError(f"cannot re-key mention {rec['event_id']} of {rec['doc_id']}: its id is not derived "
                         "from its record (a mentions file from another version of conflictlens?)")
    rec["event_id"] = stable_id(doc_id) + rec["event_id"][len(old):]     # keeps the "-2" of a repeat
    rec["doc_id"] = doc_id
    return rec


def resolve_task(n: int, blocks: list[list[tuple[str, int, list[int]]]], out: str,
                 renamed: dict[tuple[str, int], str] | None = None) -> int:
    """Resolve some blocks and write their incidents to incidents/part-<n>.parquet.

    Each block is a list of (partition name, partition index, rows of its mentions file), in
    document order. `renamed` maps (partition name, row) of the mentions of a document kept as
    a new version to the id it is stored under.
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    root = Path(out)
    _, _, incident_schema = _schemas()
    rows: list[dict] = []
    cache: dict[str, Any] = {}
    for block in blocks:
        mentions = []
        for name, pidx, wanted in block:
            if name not in cache:
                cache[name] = pq.read_table(root / "mentions" / f"{name}.parquet",
                                            columns=["doc_id", "published", "record"]).to_pylist()
            table = cache[name]
            for r in wanted:
                m = json.loads(table[r]["record"])
                stored_as = renamed.get((name, r)) if renamed else None
                if stored_as is not None:
                    as_stored(m, stored_as)
                m["doc_id"] = stored_as or table[r]["doc_id"]
                m["_published"], m["_seq"] = table[r]["published"], pidx * SEQ_SHIFT + r
                mentions.append(m)
        for key, ms in resolve_block(mentions):
            from conflictlens.resolve import incident as incident_record
            rec = json.loads(json.dumps(incident_record.build(key, ms), ensure_ascii=False))
            rows.append({
                "incident_key": key,
                **{k: rec.get(k) for k in ("event_type", "sub_event_type", "weapon", "event_date", "country", "iso",
                                           "admin1", "location")},
                "latitude": _float(rec.get("latitude")), "longitude": _float(rec.get("longitude")),
                **{k: _int(rec.get(k)) for k in ("fatalities", "fatalities_low", "fatalities_high", "injured",
                                                 "number_of_sources")},
                "mention_seqs": [m["_seq"] for m in ms], "record": json.dumps(rec, ensure_ascii=False),
            })
    _write_atomic(pa.Table.from_pylist(rows, schema=incident_schema), root / "incidents" / f"part-{n:05d}.parquet")
    return len(rows)


# --------------------------------------------------------------------------- driver

def _manifest(out: Path, inputs: list[str], docs_per_partition: int, parts: list[Partition]) -> None:
    want = {"inputs": [str(Path(i).resolve()) for i in inputs], "docs_per_partition": docs_per_partition,
            "partitions": [p.name for p in parts]}
    path = out / "manifest.json"
    if path.exists():
        have = json.loads(path.read_text())
        if have != want:
            raise ValueError(f"{out} holds a run over other inputs or another partition size; "
                             "use a new --out folder")
        return
    out.mkdir(parents=True, exist_ok=True)
    tmp = out / f".manifest.json.tmp-{uuid.uuid4().hex}"
    tmp.write_text(json.dumps(want, indent=1))
    os.replace(tmp, path)


def _clean_temps(out: Path) -> None:
    for sub in ("documents", "mentions", "incidents"):
        for p in (out / sub).glob(".*.tmp-*"):
            p.unlink(missing_ok=True)


def connect(scheduler: str | None, workers: int):
    """A Dask client: the cluster at `scheduler` (tcp://...), or a LocalCluster of processes."""
    from distributed import Client, LocalCluster
    if scheduler and scheduler != "local":
        return Client(scheduler), None
    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                           dashboard_address=None, silence_logs=40)
    return Client(cluster), cluster


def run(inputs: list[str], out: str | Path, *, scheduler: str | None = None, workers: int = 2,
        db_url: str | None = None, docs_per_partition: int = DEFAULT_PARTITION_DOCS,
        max_bytes: int = MAX_DOC_BYTES, blocks_per_task_mentions: int = 20000,
        progress: TextIO | None = sys.stderr, client: Any = None) -> BatchSummary:
    """Run the whole batch; returns its summary. `client` reuses an open Dask client."""
    from distributed import as_completed

    out = Path(out)
    parts = plan(inputs, docs_per_partition)
    _manifest(out, inputs, docs_per_partition, parts)
    _clean_temps(out)
    summary = BatchSummary(partitions=len(parts))
    say: Callable[[str], None] = (lambda s: (progress.write(f"conflictlens batch: {s}\n"), progress.flush())) \
        if progress else (lambda s: None)

    own = client is None
    cluster = None
    if own:
        client, cluster = connect(scheduler, workers)
    try:
        todo = [p for p in parts if not (out / "mentions" / f"{p.name}.parquet").exists()]
        summary.skipped = len(parts) - len(todo)
        if summary.skipped:
            say(f"{summary.skipped} of {len(parts)} partitions already done, skipped")
        t0 = time.monotonic()
        futures = [client.submit(extract_partition, p, str(out), max_bytes, key=f"extract-{p.name}-{uuid.uuid4().hex[:8]}",
                                 retries=3, pure=False) for p in todo]
        done = summary.skipped
        for fut in as_completed(futures):
            r = fut.result()
            done += 1
            say(f"[{done}/{len(parts)}] {r['partition']}: {plural(r['documents'], 'document')}, "
                f"{plural(r['mentions'], 'mention')}, {r['rejected']} rejected ({time.monotonic() - t0:.1f}s)")
        summary.extract_seconds = time.monotonic() - t0
        _clean_temps(out)        # what a lost worker left half written (its task ran again)

        t1 = time.monotonic()
        tasks = _plan_resolution(out, parts, summary, blocks_per_task_mentions)
        for old in (out / "incidents").glob("part-*.parquet"):
            old.unlink()
        futures = [client.submit(resolve_task, n, t, str(out), renamed, key=f"resolve-{n}-{uuid.uuid4().hex[:8]}",
                                 retries=3, pure=False) for n, (t, renamed) in enumerate(tasks)]
        summary.incidents = sum(client.gather(futures))
        if not tasks:
            resolve_task(0, [], str(out))     # an empty incidents file, so readers find the table
        summary.resolve_seconds = time.monotonic() - t1
        say(f"{plural(summary.incidents, 'incident')} from {plural(summary.mentions, 'mention')} in "
            f"{plural(summary.blocks, 'block')} (largest {plural(summary.largest_block, 'mention')}), "
            f"{summary.resolve_seconds:.1f}s")
    finally:
        if own:
            client.close()
            if cluster is not None:
                cluster.close()
    if db_url is not None:
        load_database(out, parts, db_url)
        say(f"incidents loaded into {db_url}")
    return summary


def _plan_resolution(out: Path, parts: list[Partition], summary: BatchSummary, target: int) -> list:
    """Drop duplicate documents (first wins, as ingest), block the mentions, pack blocks into tasks:
    a list of (blocks, the mentions of new versions in them and their documents' stored ids)."""
    import pyarrow.parquet as pq
    kept = _kept_documents(out, parts, summary)
    rows, where = [], []
    renamed: dict[tuple[str, int], str] = {}
    for p in parts:
        t = pq.read_table(out / "mentions" / f"{p.name}.parquet",
                          columns=["doc_ord", "iso", "event_date", "event_type", "plover", "fatalities",
                                   "location"]).to_pylist()
        for r, row in enumerate(t):
            doc = (p.index, row["doc_ord"])
            if doc in kept:
                rows.append(row)
                where.append((p.name, p.index, r))
                if kept[doc] is not None:
                    renamed[(p.name, r)] = kept[doc]
    summary.mentions = len(rows)
    blocks: dict[tuple, list] = {}
    for key, w in zip(block_keys(rows), where):
        blocks.setdefault(key, []).append(w)
    summary.blocks = len(blocks)
    summary.largest_block = max((len(b) for b in blocks.values()), default=0)
    tasks, current, size = [], [], 0
    for key in sorted(blocks, key=lambda k: tuple(str(x) for x in k)):
        by_part: list[tuple[str, int, list[int]]] = []
        for name, pidx, r in blocks[key]:          # already in document order
            if by_part and by_part[-1][0] == name:
                by_part[-1][2].append(r)
            else:
                by_part.append((name, pidx, [r]))
        current.append(by_part)
        size += len(blocks[key])
        if size >= target:
            tasks.append(current)
            current, size = [], 0
    if current:
        tasks.append(current)
    if not renamed:
        return [(t, None) for t in tasks]
    return [(t, {(name, r): renamed[(name, r)] for block in t for name, _, rs in block for r in rs
                 if (name, r) in renamed} or None) for t in tasks]


def stored_id(doc_id: str, content_hash: str, ids: set[str]) -> str:
    """The id a new text is kept under, given the ids kept before it: its own, or `ID#` and the
    start of its content hash when another text holds the id (`store.repository.versioned_id`)."""
    if doc_id not in ids:
        return doc_id
    for size in (8, 16, 64):         # a longer hash only if two texts share the first 8 hex digits
        candidate = f"{doc_id}#{content_hash[:size]}"
        if candidate not in ids:
            return candidate
    return candidate


def _kept_documents(out: Path, parts: list[Partition], summary: BatchSummary) -> dict[tuple[int, int], str | None]:
    """The documents kept, (partition index, doc_ord), in document order, as `ingest` keeps them: a
    text already kept is a duplicate; another text under an id already kept is kept as a new
    version. The value is the id a new version is stored under (None: its own id)."""
    import pyarrow.parquet as pq
    ids: set[str] = set()
    hashes: set[str] = set()
    kept: dict[tuple[int, int], str | None] = {}
    for p in parts:
        t = pq.read_table(out / "documents" / f"{p.name}.parquet",
                          columns=["doc_ord", "status", "doc_id", "content_hash", "input", "line", "reason"])
        for row in t.to_pylist():
            if row["status"] != "ok":
                summary.rejected += 1
                summary.rejections.append({k: row[k] for k in ("doc_id", "input", "line", "reason")})
            elif row["content_hash"] in hashes:
                summary.duplicates += 1
            else:
                doc_id = stored_id(row["doc_id"], row["content_hash"], ids)
                ids.add(doc_id)
                hashes.add(row["content_hash"])
                kept[(p.index, row["doc_ord"])] = None if doc_id == row["doc_id"] else doc_id
                summary.documents += 1
                summary.versions += doc_id != row["doc_id"]
    return kept


# --------------------------------------------------------------------------- reading the output

def read_incidents(out: str | Path) -> list[dict]:
    """Every incident record of a finished run."""
    import pyarrow.parquet as pq
    recs = []
    for f in sorted((Path(out) / "incidents").glob("part-*.parquet")):
        recs += [json.loads(r) for r in pq.read_table(f, columns=["record"]).column("record").to_pylist()]
    return recs


def load_database(out: Path, parts: list[Partition], db_url: str) -> None:
    """Store documents, rejections, mentions and incidents of a finished run into a database, via the store.

    The database must be empty, or already hold exactly this run (then nothing changes):
    incidents resolved here know nothing of documents stored before.
    """
    import pyarrow.parquet as pq

    from conflictlens.ingest.readers import Rejection
    from conflictlens.store import repository
    from conflictlens.store.db import connect as db_connect

    db = db_connect(db_url)
    try:
        summary = BatchSummary()
        kept = _kept_documents(out, parts, summary)
        stored = db.one("SELECT COUNT(*) FROM documents")[0]
        if stored:
            if stored == summary.documents and db.one("SELECT COUNT(*) FROM incidents")[0]:
                return            # this run was loaded before
            raise ValueError(f"{db_url} already holds other documents; batch loads into an empty database "
                             "(use `conflictlens ingest` to add to one)")
        cols = repository.MENTION_COLUMNS
        now = repository.now()
        with db.transaction():
            mention_pk: dict[int, int] = {}
            for p in parts:
                docs = pq.read_table(out / "documents" / f"{p.name}.parquet").to_pylist()
                mentions = pq.read_table(out / "mentions" / f"{p.name}.parquet",
                                         columns=["doc_ord", "event_id", "record"]).to_pylist()
                doc_pk: dict[int, int] = {}
                for d in docs:
                    if d["status"] != "ok":
                        repository.record_reject(db, Rejection(d["doc_id"], d["input"], d["line"], d["reason"]))
                    elif (p.index, d["doc_ord"]) in kept:
                        doc_id = kept[(p.index, d["doc_ord"])] or d["doc_id"]
                        doc_pk[d["doc_ord"]] = db.insert(
                            "INSERT INTO documents (doc_id, content_hash, published, source, url, text, ingested_at) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?)", (doc_id, d["content_hash"], d["published"],
                                                             d["source"], d["url"], d["text"], now))
                for r, m in enumerate(mentions):
                    if m["doc_ord"] not in doc_pk:
                        continue
                    rec, text, event_id = json.loads(m["record"]), m["record"], m["event_id"]
                    stored_as = kept[(p.index, m["doc_ord"])]
                    if stored_as is not None:           # a new version: keyed as ingest keys it
                        as_stored(rec, stored_as)
                        text, event_id = json.dumps(rec, ensure_ascii=False), rec["event_id"]
                    mention_pk[p.index * SEQ_SHIFT + r] = db.insert(
                        "INSERT INTO mentions (document_id, event_id, record, " + ", ".join(cols) + ") VALUES ("
                        + ", ".join("?" * (3 + len(cols))) + ")",
                        (doc_pk[m["doc_ord"]], repository.unique_event_id(db, event_id), text,
                         *(rec.get(c) for c in cols)))
            incidents = []
            for f in sorted((out / "incidents").glob("part-*.parquet")):
                incidents += pq.read_table(f, columns=["incident_key", "mention_seqs"]).to_pylist()
            incidents.sort(key=lambda i: min(i["mention_seqs"]))     # the order ingest opened them in
            for inc in incidents:
                pk = db.insert("INSERT INTO incidents (incident_key, record, updated_at) VALUES (?, ?, ?)",
                               (inc["incident_key"], "{}", now))
                for seq in inc["mention_seqs"]:
                    db.execute("UPDATE mentions SET incident_id = ? WHERE id = ?", (pk, mention_pk[seq]))
                repository.refresh(db, pk)
    finally:
        db.close()
