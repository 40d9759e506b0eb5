"""Analysts' control over incidents: merge, split, correct a field, and rebuild.

Every edit is recorded (time, author, what) and written in terms of mentions'
event ids, which never change, so it can be replayed after `--rebuild` and
survives re-ingesting the same documents.
"""
from __future__ import annotations

import getpass
import json
import math
import re
from datetime import date
from typing import Any

from conflictlens.store.db import Database
from conflictlens.store.repository import FIGURE_BOUNDS as _FIGURES, assign, mentions_of, now, refresh


_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


class EditError(ValueError):
    pass


# The fields of the flat record an analyst may correct, by kind (the web API accepts the same).
# Everything else (ids, evidence, revisions, doc_ids, places, figures) follows from the reports.
COUNT_FIELDS = ("fatalities", "fatalities_low", "fatalities_high", "injured", "injured_low", "injured_high",
                "children_killed", "children_injured", "civilians_killed", "attackers_killed", "soldiers_killed")
INT_RANGES = {"time_precision": (1, 3), "geo_precision": (1, 3), "where_prec": (1, 7)}
NUMBER_RANGES = {"latitude": (-90.0, 90.0), "longitude": (-180.0, 180.0), "confidence": (0.0, 1.0)}
TEXT_FIELDS = ("event_type", "sub_event_type", "plover", "weapon", "actor1", "actor2", "country", "iso",
               "admin1", "admin2", "location", "notes", "fatalities_status", "injured_status", "date_basis")
CORRECTABLE = (*COUNT_FIELDS, *INT_RANGES, *NUMBER_RANGES, *TEXT_FIELDS, "event_date", "civilian_targeting",
               "sources")
MAX_COUNT = 10_000_000
# Closed vocabularies (ACLED's codebook, the PLOVER codes conflictlens writes, RECORD.md's statuses).
CHOICES = {
    "event_type": ("Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots",
                   "Strategic developments"),
    "sub_event_type": (
        "Government regains territory", "Non-state actor overtakes territory", "Armed clash",
        "Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED", "Grenade", "Sexual violence", "Attack", "Abduction/forced disappearance",
        "Peaceful protest", "Protest with intervention", "Excessive force against protesters",
        "Violent demonstration", "Mob violence", "Agreement", "Arrests", "Change to group/activity",
        "Disrupted weapons use", "Headquarters or base established", "Looting/property destruction",
        "Non-violent transfer of territory", "Other"),
    "plover": ("THREATEN", "REJECT", "ACCUSE", "SANCTION", "AGREE"),
    "fatalities_status": ("preliminary", "rising"),
    "injured_status": ("preliminary", "rising"),
    "date_basis": ("text", "published", "dateline"),
}


def check_value(field: str, value: Any) -> Any:
    """A corrected value checked against its field's type and range (EditError when it does not fit):
    a wrong type stored here would break every later export."""
    def bad(why: str) -> EditError:
        return EditError(f"{field} {value!r} {why}")

    if field not in CORRECTABLE:
        raise EditError(f"{field!r} cannot be corrected; the fields that can are listed by "
                        f"`conflictlens incidents correct --help`: {', '.join(CORRECTABLE)}")
    if value is None:
        return None
    if field in COUNT_FIELDS or field in INT_RANGES:
        low, high = INT_RANGES.get(field, (0, MAX_COUNT))
        if isinstance(value, bool) or not isinstance(value, int):
            raise bad("is not a whole number")
        if field in COUNT_FIELDS and not 0 <= value <= MAX_COUNT:
            raise bad(f"is not a count: it must be 0 or more (at most {MAX_COUNT:,})")
        if not low <= value <= high:
            raise bad(f"is out of range: it must be {low} to {high}")
        return value
    if field in NUMBER_RANGES:
        low, high = NUMBER_RANGES[field]
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
            raise bad("is not a number")
        if not low <= value <= high:
            raise bad(f"is out of range: it must be {low:g} to {high:g}")
        return float(value)
    if field == "civilian_targeting":
        if not isinstance(value, bool):
            raise bad("is not true or false")
        return value
    if field == "event_date":
        if not isinstance(value, str) or not _ISO_DAY.fullmatch(value):
            raise bad("is not a date written YYYY-MM-DD")
        try:
            return date.fromisoformat(value).isoformat()
        except ValueError:
            raise bad("is not a valid date (YYYY-MM-DD)") from None
    if field == "sources":
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise bad("is not a list of strings")
        return value
    if not isinstance(value, str):
        raise bad("is not text")
    return value


def parse_value(field: str, text: str) -> Any:
    """The value of `incidents correct INCIDENT FIELD VALUE`, read from the command line for its
    field: `null` clears it, counts are whole numbers, dates ISO, and the closed vocabularies
    (event types, PLOVER codes, statuses) take only their own values."""
    if field not in CORRECTABLE:
        check_value(field, None)
    if text == "null":
        return None
    if field in COUNT_FIELDS or field in INT_RANGES:
        if not re.fullmatch(r"-?\d+", text.strip()):
            raise EditError(f"{field} {text!r} is not a whole number (or null)")
        value: Any = int(text)
    elif field in NUMBER_RANGES:
        try:
            value = float(text)
        except ValueError:
            raise EditError(f"{field} {text!r} is not a number (or null)") from None
    elif field == "civilian_targeting":
        if text.lower() not in ("true", "false"):
            raise EditError(f"{field} {text!r} is not true or false (or null)")
        value = text.lower() == "true"
    elif field == "sources":
        value = _text_list(text)
    else:
        value = json.loads(text) if len(text) > 1 and text[0] == text[-1] == '"' else text
        choices = CHOICES.get(field)
        if choices and value not in choices:
            raise EditError(f"{field} {value!r} is not one of: {', '.join(choices)}")
        if field == "iso":
            if not re.fullmatch(r"[A-Za-z]{2}", value):
                raise EditError(f"iso {value!r} is not an ISO 3166-1 alpha-2 code such as UA")
            value = value.upper()
    return check_value(field, value)


def _text_list(text: str) -> list:
    """A JSON list of strings, or text split at `;`."""
    if text.lstrip().startswith("["):
        try:
            return json.loads(text)
        except ValueError:
            raise EditError(f"sources {text!r} is not a JSON list") from None
    return [part.strip() for part in text.split(";") if part.strip()]


def _author(author: str | None) -> str:
    if author:
        return author
    try:
        return getpass.getuser()
    except Exception:   # no login name in a container
        return "unknown"


def _record(db: Database, action: str, payload: dict, author: str | None) -> dict:
    """Write the edit down; returns who and when, for the confirmation the user sees."""
    entry = {"at": now(), "author": _author(author)}
    db.execute("INSERT INTO edits (at, author, action, payload) VALUES (?, ?, ?, ?)",
               (entry["at"], entry["author"], action,
                json.dumps(payload, ensure_ascii=False)))
    db.in_transaction.pop("corrections", None)      # the refresh that follows must see this edit
    return entry


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


def correct(db: Database, ref: str | int, field: str, value, author: str | None = None) -> dict:
    """Set a field of an incident by hand; the correction wins over the reports from now on.
    Returns what changed: {incident, field, old, new, adjusted, author, at}, where `adjusted`
    lists the low/high moved to keep low <= best <= high."""
    value = check_value(field, value)
    with db.transaction():
        pk = incident_id(db, ref)
        before = _stored_record(db, pk)
        _check_bounds(field, value, before)
        entry = _record(db, "correct", {"incident": _key(db, pk), "field": field, "value": value}, author)
        refresh(db, pk)
        after = _stored_record(db, pk)
    adjusted = [(f, before.get(f), after.get(f)) for f in _FIGURES.get(field, ())
                if before.get(f) != after.get(f)]
    return {"incident": _key(db, pk), "field": field, "old": before.get(field), "new": after.get(field),
            "adjusted": adjusted, **entry}


def _stored_record(db: Database, pk: int) -> dict:
    return json.loads(db.one("SELECT record FROM incidents WHERE id = ?", (pk,))[0])


def _check_bounds(field: str, value: Any, rec: dict) -> None:
    """A low above the best figure, or a high below it, would contradict it: correct the best first."""
    if value is None:
        return
    for best, (low, high) in _FIGURES.items():
        current = rec.get(best)
        if current is None:
            continue
        if field == low and value > current:
            raise EditError(f"{low} {value} is above the best figure ({best} {current}); correct {best} first")
        if field == high and value < current:
            raise EditError(f"{high} {value} is below the best figure ({best} {current}); correct {best} first")


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
