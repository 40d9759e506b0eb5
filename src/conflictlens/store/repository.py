"""Reading and writing the incident database: documents, rejects, mentions,
incidents, revisions and analysts' edits.

Each document is stored in one transaction with its mentions and the incidents
they join, so an ingest killed at any point and run again ends in exactly the
state of one clean run; a document already stored (same content) changes
nothing, and another text under an id already stored is kept as a new version
of that id (`ID#HASH8`) instead of being lost.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta, timezone
from typing import Any, Callable, Iterable

import orjson

from conflictlens.model import Document, Event
from conflictlens.resolve import incident as incident_record
from conflictlens.resolve.match import MAX_STRAYS, choose, stray_may_join, violent, window_days
from conflictlens.store.db import Database

MENTION_COLUMNS = ("event_type", "sub_event_type", "plover", "weapon", "event_date", "country", "admin1",
                    "location", "latitude", "longitude", "geo_precision", "fatalities", "injured")
_INCIDENT_COLUMNS = ("event_type", "sub_event_type", "weapon", "event_date", "country", "admin1", "location",
                     "latitude", "longitude", "fatalities", "injured", "plover")


_UPDATE_INCIDENT = ("UPDATE incidents SET record = ?, updated_at = ?, " + ", ".join(f"{c} = ?" for c in _INCIDENT_COLUMNS)
                    + " WHERE id = ?")
def _to_json(record: dict) -> str:
    """A record as JSON text (orjson: JSON encoding and decoding were a fifth of the store time;
    the standard library for what orjson refuses, such as integers beyond 64 bits)."""
    try:
        return orjson.dumps(record).decode("utf-8")
    except TypeError:
        return json.dumps(record, ensure_ascii=False)


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="microseconds")


@dataclass(slots=True)
class IngestSummary:
    read: int = 0
    stored: int = 0
    duplicates: int = 0
    rejected: int = 0
    mentions: int = 0
    new_incidents: int = 0      # the change in the number of incidents (lone reports joining others lower it)
    versions: int = 0           # of `stored`: new texts under an id already stored, kept as ID#HASH8
    rejections: list[Any] = field(default_factory=list)


def ingest(db: Database, items: Iterable[Any], extract: Callable[[Document], list[Event]],
           progress: Callable[[IngestSummary], None] | None = None) -> IngestSummary:
    """Store documents (and rejections) and resolve their mentions into incidents."""
    summary = IngestSummary()
    for item in items:
        summary.read += 1
        if not isinstance(item, Document):
            record_reject(db, item)
            summary.rejected += 1
            summary.rejections.append(item)
        elif has_document(db, item):
            summary.duplicates += 1
        else:
            stored_as = versioned_id(db, item)
            is_version = stored_as != item.id
            if is_version:
                item = replace(item, id=stored_as)
            try:
                events = extract(item)
            except Exception as exc:    # one bad document must not end the run
                from conflictlens.ingest import Rejection
                rej = Rejection(item.id, None, None, f"extraction failed: {type(exc).__name__}: {exc}")
                record_reject(db, rej)
                summary.rejected += 1
                summary.rejections.append(rej)
            else:
                try:
                    with db.transaction():
                        created = store_document(db, item, events)
                except (OverflowError, TypeError, ValueError) as exc:
                    # a value the database cannot hold (a 30-digit "toll"): the document is
                    # rejected with the reason, the run goes on
                    from conflictlens.ingest import Rejection
                    rej = Rejection(item.id, None, None, f"storage failed: {type(exc).__name__}: {exc}")
                    record_reject(db, rej)
                    summary.rejected += 1
                    summary.rejections.append(rej)
                else:
                    summary.stored += 1
                    summary.versions += is_version
                    summary.mentions += len(events)
                    summary.new_incidents += created
        if progress:
            progress(summary)
    return summary


def has_document(db: Database, doc: Document) -> bool:
    """Already stored: the same text is (under this id or another). The same id alone is not
    enough: stdin documents are all `stdin`, `a/report.txt` and `b/report.txt` both `report.txt`."""
    return db.one("SELECT 1 FROM documents WHERE content_hash = ?", (doc.content_hash,)) is not None


def versioned_id(db: Database, doc: Document) -> str:
    """The id to store a new text under: its own, or `ID#` and the start of its content hash
    when another text already holds the id (doc_id stays unique, nothing is dropped)."""
    if db.one("SELECT 1 FROM documents WHERE doc_id = ?", (doc.id,)) is None:
        return doc.id
    digest = doc.content_hash
    for size in (8, 16, 64):         # a longer hash only if two texts share the first 8 hex digits
        candidate = f"{doc.id}#{digest[:size]}"
        if db.one("SELECT 1 FROM documents WHERE doc_id = ?", (candidate,)) is None:
            return candidate
    return candidate


def record_reject(db: Database, rej: Any) -> None:
    with db.transaction():
        exists = db.one("SELECT 1 FROM rejects WHERE input IS ? AND line IS ? AND doc_id IS ? AND reason = ?"
                        if db.dialect == "sqlite" else
                        "SELECT 1 FROM rejects WHERE input IS NOT DISTINCT FROM ? AND line IS NOT DISTINCT FROM ? "
                        "AND doc_id IS NOT DISTINCT FROM ? AND reason = ?",
                        (rej.input, rej.line, rej.doc_id, rej.reason))
        if not exists:
            db.execute("INSERT INTO rejects (input, line, doc_id, reason, at) VALUES (?, ?, ?, ?, ?)",
                       (rej.input, rej.line, rej.doc_id, rej.reason, now()))


def store_document(db: Database, doc: Document, events: list[Event]) -> int:
    """Insert one document and its mentions, and resolve them; returns how many incidents it created."""
    doc_pk = db.insert("INSERT INTO documents (doc_id, content_hash, published, source, url, text, ingested_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?)",
                       (doc.id, doc.content_hash, doc.published, doc.source, doc.url, doc.text, now()))
    created = 0
    for event in events:
        record = event.to_dict()
        record["_published"] = doc.published
        mention_pk = db.insert(
            "INSERT INTO mentions (document_id, event_id, record, " + ", ".join(MENTION_COLUMNS) + ") VALUES ("
            + ", ".join("?" * (3 + len(MENTION_COLUMNS))) + ")",
            (doc_pk, unique_event_id(db, record["event_id"]), _to_json(record),
             *(record.get(c) for c in MENTION_COLUMNS)))
        record["_seq"] = mention_pk
        created += assign(db, mention_pk, record)
    return created


def unique_event_id(db: Database, event_id: str) -> str:
    candidate, n = event_id, 1
    while db.one("SELECT 1 FROM mentions WHERE event_id = ?", (candidate,)):
        n += 1
        candidate = f"{event_id}-{n}"
    return candidate


def _candidates(db: Database, record: dict) -> list[tuple[int, dict]]:
    """Incidents a mention could join: within a day of it, or (undated) named alike (by date, then id:
    the order `choose` breaks ties by, the same on SQLite and PostgreSQL and in `batch.resolve`)."""
    day = record.get("event_date")
    if day:
        d, reach = date.fromisoformat(day[:10]), window_days(record)
        rows = db.all("SELECT id, record FROM incidents WHERE event_date BETWEEN ? AND ? ORDER BY event_date, id",
                      ((d - timedelta(days=reach)).isoformat(), (d + timedelta(days=reach)).isoformat()))
    elif record.get("location"):
        rows = db.all("SELECT id, record FROM incidents WHERE event_date IS NULL AND location = ?",
                      (record["location"],))
    else:
        rows = []
    return [(r[0], _parsed(db, "incident", r[0], r[1])) for r in rows]


def _parsed(db: Database, kind: str, pk: int, text: str) -> dict:
    """A stored record's JSON, parsed once per version: an ingest compares each mention with the
    same incidents again and again, and parsing their records was a quarter of its store time.
    Callers must not change the dict they get (copy it first)."""
    cache = db.parsed
    hit = cache.get((kind, pk))
    if hit is not None and hit[0] == text:
        return hit[1]
    if len(cache) > 4_000:           # a parsed record is a few times its text: keep this small
        cache.clear()
    value = orjson.loads(text)
    cache[(kind, pk)] = (text, value)
    return value


def recent_records(db: Database, limit: int = 5000) -> list[dict]:
    """The flat records of the latest stored violent mentions that have a place (newest first),
    e.g. to start a learnt geographic focus (geo.focus) from what the database already holds."""
    rows = db.all("SELECT record FROM mentions WHERE plover IS NULL AND geo_precision IS NOT NULL "
                  "ORDER BY id DESC LIMIT ?", (limit,))
    return [json.loads(r[0]) for r in rows]


def assign(db: Database, mention_pk: int, record: dict) -> int:
    """Join the mention to its incident (or open one); returns how many incidents that adds: 1 when
    it opened one, less any it took in (_take_strays)."""
    incident_id = choose(record, _candidates(db, record))
    created = 0
    if incident_id is None:
        incident_id = db.insert("INSERT INTO incidents (incident_key, record, updated_at) VALUES (?, ?, ?)",
                                (f"I{record['event_id']}", "{}", now()))
        created = 1
    db.execute("UPDATE mentions SET incident_id = ? WHERE id = ?", (incident_id, mention_pk))
    refresh(db, incident_id)
    if not created:
        return -_take_strays(db, incident_id)
    return created


def _take_strays(db: Database, incident_id: int) -> int:
    """A report left on its own because the incident it tells did not fit it yet (the toll or the
    place that matches it came in a later report) joins that incident once it does: an incident of
    one report, in the grown incident's country, whose report would now choose the grown one among
    all the others. One at a time, in candidate order, as long as one joins (batch.resolve does the
    same). Analysts' pinned mentions stay where they are. Returns how many joined."""
    taken = 0
    for _ in range(MAX_STRAYS):
        row = db.one("SELECT record FROM incidents WHERE id = ?", (incident_id,))
        rec = _parsed(db, "incident", incident_id, row[0]) if row else None
        if not rec or not rec.get("event_date") or not rec.get("iso") or not violent(rec):
            break
        docs = set(rec.get("doc_ids") or ())
        for oid, orec in _candidates(db, rec):
            if oid == incident_id or not stray_may_join(orec, rec, docs):
                continue
            rows = db.all("SELECT id, record, pinned FROM mentions WHERE incident_id = ?", (oid,))
            if len(rows) != 1 or rows[0][2] or orec.get("corrections"):
                continue        # (an incident an analyst split off or corrected stays as it is)
            stray = _parsed(db, "mention", rows[0][0], rows[0][1])
            if choose(stray, [(i, r) for i, r in _candidates(db, stray) if i != oid]) == incident_id:
                db.execute("UPDATE mentions SET incident_id = ? WHERE id = ?", (incident_id, rows[0][0]))
                refresh(db, oid)
                refresh(db, incident_id)
                taken += 1
                break       # (the grown record changed: look again)
        else:
            break
    return taken



def mentions_of(db: Database, incident_id: int) -> list[dict]:
    rows = db.all("SELECT m.id, m.record, d.doc_id, d.published FROM mentions m JOIN documents d "
                  "ON d.id = m.document_id WHERE m.incident_id = ? ORDER BY m.id", (incident_id,))
    out = []
    for pk, rec, doc_id, published in rows:
        r = dict(_parsed(db, "mention", pk, rec))
        r["_seq"], r["doc_id"], r["_published"] = pk, doc_id, published
        out.append(r)
    return out


def refresh(db: Database, incident_id: int) -> None:
    """Recompute an incident's record and revisions from its mentions (or drop it if it has none)."""
    mentions = mentions_of(db, incident_id)
    db.execute("DELETE FROM revisions WHERE incident_id = ?", (incident_id,))
    if not mentions:
        db.execute("DELETE FROM incidents WHERE id = ?", (incident_id,))
        return
    key = db.one("SELECT incident_key FROM incidents WHERE id = ?", (incident_id,))[0]
    rec = incident_record.build(key, mentions)
    rec = _apply_corrections(db, key, rec)
    by_event = {m["event_id"]: m["_seq"] for m in mentions}
    db.executemany("INSERT INTO revisions (incident_id, mention_id, field, low, best, high, qualifier, status, "
                   "source, published, document, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                   [(incident_id, by_event.get(r["event_id"]), r["field"], r["low"], r["best"], r["high"],
                     r["qualifier"], r["status"], r["source"], r["published"], r["document"], r["text"])
                    for r in rec["revisions"]])
    db.execute(_UPDATE_INCIDENT, (_to_json(rec), now(), *(rec.get(c) for c in _INCIDENT_COLUMNS), incident_id))


def _apply_corrections(db: Database, key: str, rec: dict) -> dict:
    """Analysts' field corrections win over what the reports say, and survive rebuilds."""
    # (read once per SQLite transaction: BEGIN IMMEDIATE keeps other writers out until it ends;
    # PostgreSQL sees other sessions' commits statement by statement, so it reads every time)
    cache = db.transacting and db.dialect == "sqlite"
    edits = db.in_transaction.get("corrections") if cache else None
    if edits is None:
        edits = [json.loads(payload) for (payload,) in db.all("SELECT payload FROM edits WHERE action = 'correct' ORDER BY id")]
        if cache:
            db.in_transaction["corrections"] = edits
    corrected = set()
    for edit in edits:
        if edit.get("incident") == key:
            rec[edit["field"]] = edit["value"]
            rec.setdefault("corrections", []).append(edit)
            corrected.add(edit["field"])
    if corrected:
        keep_bounds(rec, corrected)
    return rec


FIGURE_BOUNDS = {"fatalities": ("fatalities_low", "fatalities_high"), "injured": ("injured_low", "injured_high")}


def keep_bounds(rec: dict, corrected: set[str]) -> None:
    """After a best figure was corrected, lower its low and raise its high to it, so that
    low <= best <= high holds for every export."""
    for best, (low, high) in FIGURE_BOUNDS.items():
        value = rec.get(best)
        if best not in corrected or not isinstance(value, int):
            continue
        if isinstance(rec.get(low), int) and rec[low] > value:
            rec[low] = value
        if isinstance(rec.get(high), int) and rec[high] < value:
            rec[high] = value
