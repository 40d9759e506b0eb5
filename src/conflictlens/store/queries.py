"""Reading incidents back: filtered lists and one incident with everything behind it."""
from __future__ import annotations

import json
from dataclasses import dataclass

from conflictlens.store import search
from conflictlens.store.db import Database


@dataclass(slots=True)
class Filters:
    country: str | None = None
    admin1: str | None = None
    since: str | None = None
    until: str | None = None
    type: str | None = None
    min_fatalities: int | None = None


def incidents(db: Database, f: Filters | None = None, limit: int | None = None) -> list[dict]:
    """Incident records, newest first, filtered."""
    f = f or Filters()
    where, params = search.where(db, search.SearchFilters(
        since=f.since or None, until=f.until or None, country=f.country or None, admin1=f.admin1 or None,
        type=f.type or None, min_fatalities=f.min_fatalities))
    sql = "SELECT id, incident_key, record FROM incidents"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY event_date IS NULL, event_date DESC, id DESC"
    if limit:
        sql += f" LIMIT {int(limit)}"
    out = []
    for pk, key, rec in db.all(sql, params):
        r = json.loads(rec)
        r["incident_id"] = key
        out.append(r)
    return out


def incident(db: Database, ref: str | int) -> dict | None:
    """One incident: its record, its mentions (with their documents' text), revisions and edits."""
    from conflictlens.store.edits import EditError, incident_id
    try:
        pk = incident_id(db, ref)
    except EditError:
        return None
    key, rec = db.one("SELECT incident_key, record FROM incidents WHERE id = ?", (pk,))
    r = json.loads(rec)
    r["incident_id"] = key
    r["mention_records"] = []
    for mid, mrec, doc_id, published, source, text in db.all(
            "SELECT m.event_id, m.record, d.doc_id, d.published, d.source, d.text FROM mentions m "
            "JOIN documents d ON d.id = m.document_id WHERE m.incident_id = ? ORDER BY m.id", (pk,)):
        m = json.loads(mrec)
        m.update(doc_id=doc_id, published=published, document_source=source)
        m["sentences_text"] = [ev["text"] for ev in m.get("evidence", []) if ev.get("field") == "event"]
        r["mention_records"].append(m)
    return r


def counts(db: Database) -> dict[str, int]:
    return {t: db.one(f"SELECT COUNT(*) FROM {t}")[0]
            for t in ("documents", "rejects", "mentions", "incidents", "revisions", "edits")}
