"""Searching the incident database for the HTTP API: filters with text search and a
weapon filter, keyset (cursor) pagination, aggregates, documents and GeoJSON.

Every query is written once with `?` placeholders and runs on SQLite and on
PostgreSQL through `Database`; the few differences (JSON access, case-insensitive
LIKE) are spelled per dialect here.

Incidents are ordered event_date descending, then id descending, with undated
incidents last. A page is read in (at most) two index-ordered queries, dated rows
first and undated rows after, so a page costs the same wherever it starts.
A cursor is opaque to clients: base64url JSON of the last row's (event_date, id)
and a fingerprint of the filters it was made under.
"""
from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
from dataclasses import asdict, dataclass
from typing import Any

from conflictlens.store.db import Database

# Fields of the flat record too heavy for a list or a map (they stay in one incident's view).
HEAVY_FIELDS = ("evidence", "revisions", "figures", "places", "source_details")


class CursorError(ValueError):
    """A cursor that this server did not make, or made for other filters."""


@dataclass(slots=True)
class SearchFilters:
    """What the incident list, the aggregates and the map are filtered by (all optional, ANDed)."""

    since: str | None = None            # event_date >= since (YYYY-MM-DD)
    until: str | None = None            # event_date <= until
    country: str | None = None          # case-insensitive equality
    admin1: str | None = None
    type: str | None = None             # event_type, sub_event_type or plover, case-insensitive
    weapon: str | None = None           # case-insensitive equality, e.g. "drone"
    min_fatalities: int | None = None   # fatalities (best) >= N
    q: str | None = None                # every word in location, notes or sources

    def fingerprint(self) -> str:
        raw = json.dumps(asdict(self), sort_keys=True, ensure_ascii=True)
        return hashlib.sha256(raw.encode()).hexdigest()[:12]


def _like(db: Database) -> str:
    return "ILIKE" if db.dialect == "postgresql" else "LIKE"


def _escape_like(word: str) -> str:
    return "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _text_fields(db: Database) -> tuple[str, str, str]:
    """SQL for the searched fields: location (a column), notes and sources (in the JSON record)."""
    if db.dialect == "postgresql":
        return "location", "(record::jsonb ->> 'notes')", "((record::jsonb -> 'sources')::text)"
    return "location", "json_extract(record, '$.notes')", "json_extract(record, '$.sources')"


def where(db: Database, f: SearchFilters) -> tuple[list[str], list[Any]]:
    """The WHERE clauses (ANDed) and their parameters for a set of filters."""
    clauses: list[str] = []
    params: list[Any] = []
    if f.since:
        clauses.append("event_date >= ?")
        params.append(f.since)
    if f.until:
        clauses.append("event_date <= ?")
        params.append(f.until)
    if f.country:
        clauses.append("LOWER(country) = LOWER(?)")
        params.append(f.country)
    if f.admin1:
        clauses.append("LOWER(admin1) = LOWER(?)")
        params.append(f.admin1)
    if f.type:
        clauses.append("(LOWER(event_type) = LOWER(?) OR LOWER(sub_event_type) = LOWER(?) OR LOWER(plover) = LOWER(?))")
        params += [f.type, f.type, f.type]
    if f.weapon:
        clauses.append("LOWER(weapon) = LOWER(?)")
        params.append(f.weapon)
    if f.min_fatalities is not None:
        clauses.append("fatalities >= ?")
        params.append(int(f.min_fatalities))
    if f.q:
        like = _like(db)
        fields = _text_fields(db)
        for word in f.q.split():
            pattern = _escape_like(word)
            test = "(" + " OR ".join(f"{col} {like} ? ESCAPE '\\'" for col in fields) + ")"
            # A cheap necessary condition first: the word, as JSON writes it, is somewhere in the
            # record's text, so most rows skip the JSON parsing. (Records are stored as
            # store.repository writes them, json.dumps(..., ensure_ascii=False): only '"', '\\'
            # and control characters are escaped.)
            spelled = json.dumps(word, ensure_ascii=False)[1:-1]
            clauses.append(f"(record {like} ? ESCAPE '\\' AND {test})")
            params += [_escape_like(spelled)] + [pattern] * len(fields)
    return clauses, params


def _and(clauses: list[str]) -> str:
    return (" WHERE " + " AND ".join(clauses)) if clauses else ""


# --------------------------------------------------------------------------- cursors

def encode_cursor(payload: dict[str, Any]) -> str:
    raw = json.dumps(payload, separators=(",", ":"), ensure_ascii=True).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str, kind: str, fingerprint: str | None = None) -> dict[str, Any]:
    """The position a cursor holds; CursorError if it is not one of ours for this list and these filters."""
    try:
        if len(cursor) > 400 or not re.fullmatch(r"[A-Za-z0-9_-]+", cursor):
            raise ValueError
        payload = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
    except (ValueError, binascii.Error, UnicodeDecodeError):
        raise CursorError("invalid cursor") from None
    if not isinstance(payload, dict) or payload.get("k") != kind:
        raise CursorError("invalid cursor")
    pk = payload.get("i")
    if isinstance(pk, bool) or not isinstance(pk, int) or not 0 <= pk < 2 ** 62:
        raise CursorError("invalid cursor")
    day = payload.get("d")
    if day is not None and (not isinstance(day, str) or len(day) > 40):
        raise CursorError("invalid cursor")
    if fingerprint is not None and payload.get("f") != fingerprint:
        raise CursorError("this cursor was made for other filters; start again without it")
    return payload


# --------------------------------------------------------------------------- incidents

def _record(key: str, rec: str, slim: bool = False) -> dict[str, Any]:
    r = json.loads(rec)
    r["incident_id"] = key
    if slim:
        for k in HEAVY_FIELDS:
            r.pop(k, None)
    return r


# A filtered page looks for its rows in stages along the list's order (the date index): the first
# STAGES[0] rows, then up to STAGES[1], and only then every remaining row (SQLite: a table scan,
# which beats following the index row by row through a large table). A common filter is done in
# the first stage; a rare one pays for the scan.
STAGES = (4000, 32000)


def _page_rows(db: Database, columns: str, clauses: list[str], params: list[Any], limit: int,
               after: dict[str, Any] | None, ranged: bool = False) -> list[tuple]:
    """Up to `limit` rows after a position, ordered event_date DESC, id DESC, undated last.

    `columns` must start with id, event_date; `ranged` says that `clauses` bound event_date."""
    rows: list[tuple] = []
    order = "ORDER BY event_date DESC, id DESC"
    if after is None or after.get("d") is not None:
        position: list[str] = ["event_date IS NOT NULL"]
        pp: list[Any] = []
        if after is not None:
            # (event_date, id) < (d, i), spelled so that the date index bounds the scan
            position += ["event_date <= ?", "(event_date < ? OR id < ?)"]
            pp += [after["d"], after["d"], after["i"]]
        stages = STAGES if clauses and not ranged else ()
        edge: tuple | None = None        # the last row of the previous stage
        for size in stages:
            # the size-th row from the position on (an index-only walk); None when fewer are left
            nxt = db.one(f"SELECT event_date, id FROM incidents{_and(position)} {order} "
                         f"LIMIT 1 OFFSET {int(size) - 1}", pp)
            if nxt is None:
                break
            bounds, bp = _between(edge, nxt)
            rows += db.all(f"SELECT {columns} FROM incidents{_and(position + bounds + clauses)} {order} "
                           f"LIMIT {int(limit - len(rows))}", pp + bp + list(params))
            edge = nxt
            if len(rows) >= limit:
                return rows
        bounds, bp = _between(edge, None)
        scan = " NOT INDEXED" if edge is not None and db.dialect == "sqlite" else ""
        rows += db.all(f"SELECT {columns} FROM incidents{scan}{_and(position + bounds + clauses)} {order} "
                       f"LIMIT {int(limit - len(rows))}", pp + bp + list(params))
    if len(rows) < limit:
        undated = clauses + ["event_date IS NULL"]
        p = list(params)
        if after is not None and after.get("d") is None:
            undated.append("id < ?")
            p.append(after["i"])
        rows += db.all(f"SELECT {columns} FROM incidents{_and(undated)} ORDER BY id DESC "
                       f"LIMIT {int(limit - len(rows))}", p)
    return rows


def _between(newer: tuple | None, older: tuple | None) -> tuple[list[str], list[Any]]:
    """Clauses for the rows after `newer` (exclusive) down to `older` (inclusive), in list order."""
    clauses: list[str] = []
    params: list[Any] = []
    if newer is not None:
        clauses += ["event_date <= ?", "(event_date < ? OR id < ?)"]
        params += [newer[0], newer[0], newer[1]]
    if older is not None:
        clauses += ["event_date >= ?", "(event_date > ? OR id >= ?)"]
        params += [older[0], older[0], older[1]]
    return clauses, params


def _paginate(db: Database, f: SearchFilters, limit: int, cursor: str | None, kind: str,
              columns: str, extra: list[str] | None = None) -> tuple[list[tuple], str | None]:
    fp = f.fingerprint()
    after = decode_cursor(cursor, kind, fp) if cursor else None
    clauses, params = where(db, f)
    rows = _page_rows(db, columns, clauses + (extra or []), params, limit + 1, after,
                      ranged=bool(f.since or f.until))
    more = len(rows) > limit
    rows = rows[:limit]
    nxt = encode_cursor({"k": kind, "d": rows[-1][1], "i": rows[-1][0], "f": fp}) if more and rows else None
    return rows, nxt


def incident_page(db: Database, f: SearchFilters | None = None, limit: int = 50,
                  cursor: str | None = None, slim: bool = False) -> tuple[list[dict[str, Any]], str | None]:
    """One page of incident records and the cursor of the next page (None on the last)."""
    rows, nxt = _paginate(db, f or SearchFilters(), limit, cursor, "incidents",
                          "id, event_date, incident_key, record")
    return [_record(key, rec, slim) for _pk, _d, key, rec in rows], nxt


def geojson_page(db: Database, f: SearchFilters | None = None, limit: int = 1000,
                 cursor: str | None = None) -> dict[str, Any]:
    """A GeoJSON FeatureCollection of the placed incidents (slim properties), with `next_cursor`."""
    rows, nxt = _paginate(db, f or SearchFilters(), limit, cursor, "geojson",
                          "id, event_date, incident_key, record",
                          ["latitude IS NOT NULL", "longitude IS NOT NULL"])
    features = []
    for _pk, _d, key, rec in rows:
        r = _record(key, rec, slim=True)
        features.append({"type": "Feature", "id": key,
                         "geometry": {"type": "Point", "coordinates": [r.get("longitude"), r.get("latitude")]},
                         "properties": r})
    return {"type": "FeatureCollection", "features": features, "next_cursor": nxt}


def find_incident(db: Database, ref: str) -> tuple[int, str] | None:
    """(id, key) of an incident by its key ("I…") or its numeric id; None when there is none."""
    if "\x00" in ref:      # no key holds one (and PostgreSQL refuses it in a parameter)
        return None
    row = db.one("SELECT id, incident_key FROM incidents WHERE incident_key = ?", (ref,))
    if row is None and re.fullmatch(r"[0-9]{1,18}", ref):
        row = db.one("SELECT id, incident_key FROM incidents WHERE id = ?", (int(ref),))
    return (row[0], row[1]) if row else None


def _public(rec: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in rec.items() if not k.startswith("_")}


def incident_detail(db: Database, ref: str) -> dict[str, Any] | None:
    """One incident: its record (sources, revisions, evidence), each mention with its document
    (text included, so a page can highlight the evidence spans), and the edits made to it."""
    found = find_incident(db, ref)
    if found is None:
        return None
    pk, key = found
    rec = _record(key, db.one("SELECT record FROM incidents WHERE id = ?", (pk,))[0])
    mentions = []
    for event_id, mrec, doc_id, published, source, url, text in db.all(
            "SELECT m.event_id, m.record, d.doc_id, d.published, d.source, d.url, d.text FROM mentions m "
            "JOIN documents d ON d.id = m.document_id WHERE m.incident_id = ? ORDER BY m.id", (pk,)):
        m = _public(json.loads(mrec))
        m["event_id"] = event_id
        m["doc_id"] = doc_id
        m["document"] = {"doc_id": doc_id, "published": published, "source": source, "url": url, "text": text}
        mentions.append(m)
    rec["mention_records"] = mentions
    rec["edits"] = edits_of(db, key, {m["event_id"] for m in mentions})
    return rec


def edits_of(db: Database, key: str, event_ids: set[str]) -> list[dict[str, Any]]:
    """The recorded edits that touched an incident (by its key or any of its mentions)."""
    out = []
    for at, author, action, payload in db.all(
            "SELECT at, author, action, payload FROM edits WHERE action IN ('merge', 'split', 'correct') "
            "ORDER BY id"):
        p = json.loads(payload)
        touched = set(p.get("mentions") or []) | {p.get("anchor")}
        if p.get("incident") == key or touched & event_ids:
            out.append({"at": at, "author": author, "action": action, "payload": p})
    return out


def incident_keys_of_document(db: Database, doc_id: str) -> list[str]:
    """The incidents the mentions of one document went to, in mention order."""
    keys: list[str] = []
    for (key,) in db.all("SELECT i.incident_key FROM mentions m JOIN documents d ON d.id = m.document_id "
                         "JOIN incidents i ON i.id = m.incident_id WHERE d.doc_id = ? ORDER BY m.id", (doc_id,)):
        if key not in keys:
            keys.append(key)
    return keys


# --------------------------------------------------------------------------- aggregates

_GROUPS: dict[str, tuple[tuple[str, ...], str, list[str]]] = {
    # by: (key columns, ORDER BY, extra WHERE)
    "day": (("event_date",), "event_date", ["event_date IS NOT NULL"]),
    "admin1": (("country", "admin1"),
               "incidents DESC, country IS NULL, country, admin1 IS NULL, admin1", []),
    "type": (("event_type", "sub_event_type"),
             "incidents DESC, event_type IS NULL, event_type, sub_event_type IS NULL, sub_event_type", []),
    "weapon": (("weapon",), "incidents DESC, weapon IS NULL, weapon", []),
}
AGGREGATES = tuple(_GROUPS)


def aggregate(db: Database, by: str, f: SearchFilters | None = None) -> list[dict[str, Any]]:
    """Incident counts and killed / injured sums (of the best figures) per day, admin1, type or weapon."""
    if by not in _GROUPS:
        raise ValueError(f"unknown aggregate {by!r} (one of {', '.join(_GROUPS)})")
    keys, order, extra = _GROUPS[by]
    f = f or SearchFilters()
    clauses, params = where(db, f)
    cols = ", ".join(keys)
    # every row is read: SQLite scans the table faster than it follows an index through it
    scan = " NOT INDEXED" if db.dialect == "sqlite" and not (f.since or f.until) else ""
    sql = (f"SELECT {cols}, COUNT(*) AS incidents, COALESCE(SUM(fatalities), 0), COALESCE(SUM(injured), 0) "
           f"FROM incidents{scan}{_and(clauses + extra)} GROUP BY {cols} ORDER BY {order}")
    out = []
    for row in db.all(sql, params):
        item: dict[str, Any] = dict(zip(("date" if k == "event_date" else k for k in keys), row[:len(keys)]))
        item.update(incidents=int(row[-3]), killed=int(row[-2]), injured=int(row[-1]))
        out.append(item)
    return out


# --------------------------------------------------------------------------- documents

def document_page(db: Database, limit: int = 50, cursor: str | None = None) -> tuple[list[dict[str, Any]], str | None]:
    """Stored documents, most recently ingested first: metadata and a snippet (no full text)."""
    after = decode_cursor(cursor, "documents") if cursor else None
    sql = ("SELECT d.id, d.doc_id, d.published, d.source, d.url, d.ingested_at, d.content_hash, "
           "LENGTH(d.text), SUBSTR(d.text, 1, 200), "
           "(SELECT COUNT(*) FROM mentions m WHERE m.document_id = d.id) FROM documents d")
    params: list[Any] = []
    if after is not None:
        sql += " WHERE d.id < ?"
        params.append(after["i"])
    sql += f" ORDER BY d.id DESC LIMIT {int(limit) + 1}"
    rows = db.all(sql, params)
    more = len(rows) > limit
    rows = rows[:limit]
    items = [{"doc_id": doc_id, "published": published, "source": source, "url": url, "ingested_at": at,
              "content_hash": h, "chars": int(n or 0), "snippet": snippet, "mentions": int(mentions)}
             for _pk, doc_id, published, source, url, at, h, n, snippet, mentions in rows]
    nxt = encode_cursor({"k": "documents", "d": None, "i": rows[-1][0]}) if more and rows else None
    return items, nxt


def document(db: Database, doc_id: str) -> dict[str, Any] | None:
    """One document with its text, and its mentions (event id, incident, type, evidence spans)."""
    if "\x00" in doc_id:
        return None
    row = db.one("SELECT id, doc_id, published, source, url, ingested_at, content_hash, text FROM documents "
                 "WHERE doc_id = ?", (doc_id,))
    if row is None:
        return None
    pk, doc_id, published, source, url, at, h, text = row
    mentions = []
    for event_id, mrec, key in db.all(
            "SELECT m.event_id, m.record, i.incident_key FROM mentions m LEFT JOIN incidents i "
            "ON i.id = m.incident_id WHERE m.document_id = ? ORDER BY m.id", (pk,)):
        m = json.loads(mrec)
        mentions.append({"event_id": event_id, "incident_id": key, "event_type": m.get("event_type"),
                         "sub_event_type": m.get("sub_event_type"), "plover": m.get("plover"),
                         "event_date": m.get("event_date"), "location": m.get("location"),
                         "fatalities": m.get("fatalities"), "injured": m.get("injured"),
                         "evidence": m.get("evidence") or []})
    return {"doc_id": doc_id, "published": published, "source": source, "url": url, "ingested_at": at,
            "content_hash": h, "text": text, "mentions": mentions}


def find_document(db: Database, doc_id: str, content_hash: str) -> tuple[str, str] | None:
    """(doc_id, content_hash) of a stored document with this id or this text."""
    row = db.one("SELECT doc_id, content_hash FROM documents WHERE doc_id = ?", (doc_id,))
    if row is None:
        row = db.one("SELECT doc_id, content_hash FROM documents WHERE content_hash = ?", (content_hash,))
    return (row[0], row[1]) if row else None
