"""Analysts' control over incidents: merge, split, correct a field, and rebuild.

Every edit is recorded (time, author, what) and written in terms of mentions'
event ids, which never change, so it can be replayed after `--rebuild` and
survives re-ingesting the same documents.
"""
from __future__ import annotations

import getpass
import json

from conflictlens.store.db import Database
from conflictlens.store.repository import assign, mentions_of, now, refresh


class EditError(ValueError):
    pass


def _author(author: str | None) -> str:
    if author:
        return author
    try:
        return getpass.getuser()
    except Exception:   # no login name in a container
        return "unknown"


def _record(db: Database, action: str, payload: dict, author: str | None) -> None:
    db.execute("INSERT INTO edits (at, author, action, payload) VALUES (?, ?, ?, ?)",
               (now(), _author(author), action,
                json.dumps(payload, ensure_ascii=False)))
    db.in_transaction.pop("corrections", None)      # the refresh that follows must see this edit


def incident_id(db: Database, ref: str | int) -> int:
    """An incident by its key ("I…") or numeric id."""
    row = db.one("SELECT id FROM incidents WHERE incident_key = ?", (str(ref),))
    if row is None and str(ref).isdigit():
        row = db.one("SELECT id FROM incidents WHERE id = ?", (int(ref),))
    if row is None:
        raise EditError(f"no incident {ref}")
    return row[0]


def _key(db: Database, pk: int) -> str:
    return db.one("SELECT incident_key FROM incidents WHERE id = ?", (pk,))[0]


def _move(db: Database, event_ids: list[str], target: int) -> set[int]:
    old = set()
    for eid in event_ids:
        row = db.one("SELECT incident_id FROM mentions WHERE event_id = ?", (eid,))
        if row is None:
            raise EditError(f"no mention {eid}")
        old.add(row[0])
        db.execute("UPDATE mentions SET incident_id = ?, pinned = 1 WHERE event_id = ?", (target, eid))
    return old - {target}


def merge(db: Database, a: str | int, b: str | int, author: str | None = None, record: bool = True) -> str:
    """Put every mention of incident B into incident A."""
    with db.transaction():
        ia, ib = incident_id(db, a), incident_id(db, b)
        if ia == ib:
            raise EditError("an incident cannot be merged with itself")
        anchor = mentions_of(db, ia)[0]["event_id"]
        moved = [m["event_id"] for m in mentions_of(db, ib)]
        _move(db, moved, ia)
        refresh(db, ib)
        refresh(db, ia)
        if record:
            _record(db, "merge", {"anchor": anchor, "mentions": moved}, author)
        return _key(db, ia)


def split(db: Database, ref: str | int, event_ids: list[str], author: str | None = None, record: bool = True) -> str:
    """Take the given mentions out of an incident into a new one of their own."""
    with db.transaction():
        source = incident_id(db, ref)
        inside = {m["event_id"] for m in mentions_of(db, source)}
        missing = [e for e in event_ids if e not in inside]
        if missing:
            raise EditError(f"not mentions of {ref}: {', '.join(missing)}")
        if set(event_ids) == inside:
            raise EditError("a split must leave at least one mention behind")
        key, n = f"I{event_ids[0]}", 1
        while db.one("SELECT 1 FROM incidents WHERE incident_key = ?", (key,)):
            n += 1
            key = f"I{event_ids[0]}-{n}"     # the mention that named the source incident
        new = db.insert("INSERT INTO incidents (incident_key, record, updated_at) VALUES (?, ?, ?)",
                        (key, "{}", now()))
        _move(db, event_ids, new)
        refresh(db, source)
        refresh(db, new)
        if record:
            _record(db, "split", {"mentions": event_ids}, author)
        return _key(db, new)


def correct(db: Database, ref: str | int, field: str, value, author: str | None = None) -> None:
    """Set a field of an incident by hand; the correction wins over the reports from now on."""
    with db.transaction():
        pk = incident_id(db, ref)
        _record(db, "correct", {"incident": _key(db, pk), "field": field, "value": value}, author)
        refresh(db, pk)


def rebuild(db: Database) -> int:
    """Recompute every incident from the stored mentions, replaying the analysts' merges and
    splits at the point in the history where they were made, so a rebuild reproduces what
    incremental ingest built."""
    with db.transaction():
        db.execute("UPDATE mentions SET incident_id = NULL, pinned = 0")
        db.execute("DELETE FROM revisions")
        db.execute("DELETE FROM incidents")
        history = [(at, 0, pk) for pk, at in db.all("SELECT id, ingested_at FROM documents")]
        history += [(at, 1, pk) for pk, at in db.all(
            "SELECT id, at FROM edits WHERE action IN ('merge', 'split')")]
        for _at, kind, pk in sorted(history):
            if kind == 0:
                rows = db.all("SELECT m.id, m.record, d.doc_id, d.published FROM mentions m JOIN documents d "
                              "ON d.id = m.document_id WHERE d.id = ? ORDER BY m.id", (pk,))
                for mpk, rec, doc_id, published in rows:
                    r = json.loads(rec)
                    r["_seq"], r["doc_id"], r["_published"] = mpk, doc_id, published
                    assign(db, mpk, r)
            else:
                _replay(db, pk)
        return db.one("SELECT COUNT(*) FROM incidents")[0]


def _replay(db: Database, edit_pk: int) -> None:
    """Apply one recorded merge or split again (skipped when its mentions are gone)."""
    action, payload = db.one("SELECT action, payload FROM edits WHERE id = ?", (edit_pk,))
    p = json.loads(payload)
    try:
        if action == "merge":
            target = db.one("SELECT incident_id FROM mentions WHERE event_id = ?", (p["anchor"],))[0]
            sources = {db.one("SELECT incident_id FROM mentions WHERE event_id = ?", (e,))[0] for e in p["mentions"]}
            _move(db, p["mentions"], target)
            for s in sources - {target}:
                refresh(db, s)
            refresh(db, target)
        else:
            holder = db.one("SELECT incident_id FROM mentions WHERE event_id = ?", (p["mentions"][0],))[0]
            inside = {m["event_id"] for m in mentions_of(db, holder)}
            if set(p["mentions"]) < inside:
                split(db, holder, p["mentions"], record=False)
    except (EditError, TypeError):
        pass            # an edit whose mentions are gone no longer applies
