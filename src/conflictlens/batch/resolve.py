"""Incident resolution over blocks of mentions, in memory, exactly as `store.repository.ingest` does it.

`ingest` takes mentions one at a time in document order; each is matched (`resolve.match.choose`)
against the incidents whose current date is within a day of its own (an undated mention: the
undated incidents named alike), joins the best one or opens `I<event_id>`, and the incident is
rebuilt (`resolve.incident.build`). `resolve_block` replays that loop over one block.

Blocking (docs/BATCH.md explains why it is exact):

- violent (`resolve.match.violent`: a violent type, or a toll told with no attack word), dated
  mentions: by country (`iso`) and by *run of days*: a country's dates are cut
  wherever WEEK_WINDOW_DAYS whole days in a row have no violent mention of that country. A
  mention sees only incidents dated within `window_days` of it (WINDOW_DAYS, or
  WEEK_WINDOW_DAYS for one dated only to a week), and an incident's date is
  always one of its mentions' dates, so nothing on one side of such a gap can reach the other. ISO weeks are the unit we
  report blocks in; a week boundary is cut only where it is such a gap, because incidents of
  Sunday and Monday that `choose` would join must join.
- violent, undated mentions: by country and location (the only candidates `ingest` offers them);
- political interactions (non-violent): by event date (they join only on the same date,
  whatever the country), undated ones by location.
"""
from __future__ import annotations

import json
from datetime import date, timedelta
from typing import Any

from conflictlens.resolve import incident as incident_record
from conflictlens.resolve.match import MAX_STRAYS, WEEK_WINDOW_DAYS, choose, stray_may_join, violent, window_days


def block_keys(rows: list[dict]) -> list[tuple]:
    """The block of each mention; rows carry iso, event_date, event_type, plover, fatalities, location."""
    days: dict[str, set[date]] = {}
    for r in rows:
        if violent(r) and r["event_date"]:
            days.setdefault(r["iso"] or "", set()).add(date.fromisoformat(r["event_date"][:10]))
    run_of: dict[tuple[str, date], str] = {}
    for iso, ds in days.items():
        start = prev = None
        for d in sorted(ds):
            if prev is None or d - prev > timedelta(days=WEEK_WINDOW_DAYS):
                start = d
            run_of[(iso, d)] = start.isoformat()
            prev = d
    keys = []
    for r in rows:
        iso, day = r["iso"] or "", r["event_date"]
        if violent(r):
            keys.append(("V", iso, run_of[(iso, date.fromisoformat(day[:10]))]) if day
                        else ("VU", iso, r["location"] or ""))
        else:
            keys.append(("P", day[:10]) if day else ("PU", r["location"] or ""))
    return keys


def resolve_block(mentions: list[dict]) -> list[tuple[str, list[dict]]]:
    """(incident key, its mentions) for one block; `mentions` in document order, each with `_seq`."""
    incidents: list[dict[str, Any]] = []      # id = position, in creation order (the database's id order)
    by_day: dict[str, set[int]] = {}          # incidents by their current date (first 10 characters)
    undated: dict[str, set[int]] = {}         # undated incidents by location
    def candidates(rec: dict) -> list[tuple[int, dict]]:
        day = rec.get("event_date")
        if day:
            d, reach = date.fromisoformat(day[:10]), window_days(rec)
            lo, hi = (d - timedelta(days=reach)).isoformat(), (d + timedelta(days=reach)).isoformat()
            ids = set().union(*(by_day.get((d + timedelta(days=k)).isoformat(), ())
                                for k in range(-reach, reach + 1)))
            cands = [(i, incidents[i]) for i in ids if lo <= incidents[i]["date"] <= hi]
        elif rec.get("location"):
            cands = [(i, incidents[i]) for i in undated.get(rec["location"], ())]
        else:
            cands = []
        # The database returns candidates by date, then id.
        cands.sort(key=lambda c: (c[1]["date"] or "", c[0]))
        return cands

    def add(i: int, m: dict | None, drop: dict | None = None) -> None:
        inc = incidents[i]
        if inc["mentions"]:
            _index(by_day, undated, inc, i, remove=True)
        if m is not None:
            inc["mentions"].append(m)
        if drop is not None:
            inc["mentions"].remove(drop)
        inc["mentions"].sort(key=lambda x: x["_seq"])      # (as `mentions_of` reads them: by mention id)
        if not inc["mentions"]:
            inc["record"], inc["date"] = {}, None
            return
        # What `refresh` stores and `_candidates` reads back: the record through JSON.
        inc["record"] = json.loads(json.dumps(incident_record.build(inc["key"], inc["mentions"]), ensure_ascii=False))
        inc["date"] = inc["record"].get("event_date")
        _index(by_day, undated, inc, i)

    for m in mentions:
        chosen = choose(m, [(i, inc["record"]) for i, inc in candidates(m)])
        created = chosen is None
        if created:
            incidents.append({"key": f"I{m['event_id']}", "mentions": [], "record": {}, "date": None})
            chosen = len(incidents) - 1
        add(chosen, m)
        if not created:
            _take_strays(chosen, incidents, candidates, add)
    return [(inc["key"], inc["mentions"]) for inc in incidents if inc["mentions"]]


def _take_strays(grown: int, incidents: list[dict], candidates, add) -> None:
    """`store.repository._take_strays`, in memory: a one-report incident of the grown incident's
    country whose report would now choose the grown one joins it, one at a time."""
    for _ in range(MAX_STRAYS):
        rec = incidents[grown]["record"]
        if not rec.get("event_date") or not rec.get("iso") or not violent(rec):
            return
        docs = set(rec.get("doc_ids") or ())
        for oid, other in candidates(rec):
            orec = other["record"]
            if oid == grown or len(other["mentions"]) != 1 or not stray_may_join(orec, rec, docs):
                continue
            stray = other["mentions"][0]
            if choose(stray, [(i, inc["record"]) for i, inc in candidates(stray) if i != oid]) == grown:
                add(oid, None, drop=stray)
                add(grown, stray)
                break
        else:
            return


def _index(by_day: dict, undated: dict, inc: dict, i: int, remove: bool = False) -> None:
    if inc["date"] is not None:
        bucket = by_day.setdefault(inc["date"][:10], set())
    elif inc["record"].get("location"):
        bucket = undated.setdefault(inc["record"]["location"], set())
    else:
        return
    (bucket.discard if remove else bucket.add)(i)
