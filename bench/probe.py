"""Score conflictlens on the project's own probe sets (bench/probes/NAME/).

The dev sets under ../shared are real text labelled by others; probe sets are reports the
team wrote itself, each in styles the dev sets lack, with a gold key written before any run.
A new probe set is held out for one session (its totals are recorded, its misses unread),
then becomes a dev set like the others.

    python bench/probe.py extract bench/probes/45a            # totals
    python bench/probe.py extract bench/probes/45a --misses   # each gold incident that is not all right
    python bench/probe.py resolve bench/probes/45b            # pairwise P/R/F1, traps, hard joins
    python bench/probe.py resolve bench/probes/45b --misses   # the traps merged and the joins missed

An extraction set holds reports.jsonl ({id, text, published, source}) and gold.jsonl (one
line per incident: doc_id, event_type, fatalities, injured, event_date, country, admin1 and
location as lists of accepted spellings). A resolution set holds reports.jsonl, gold.jsonl
(one line per report: doc_id, cluster) and pairs.jsonl (kind "hard": two report ids of one
cluster; kind "trap": two cluster ids that must stay apart).
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from itertools import combinations
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from conflictlens.evaluate.metrics import admin1_match, fold, same_country  # noqa: E402

FIELDS = ("event_type", "fatalities", "injured", "event_date", "country", "admin1", "location")


def read_jsonl(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _names(value) -> list[str]:
    if value is None:
        return []
    return [value] if isinstance(value, str) else list(value)


def location_right(gold, got: str | None) -> bool:
    """One of the accepted names, alone or before a district in brackets ("Kharkiv (Saltivskyi district)")."""
    names = _names(gold)
    if not names:
        return not got
    head = fold((got or "").split(" (")[0])
    return any(fold(n) == head for n in names)


def admin1_right(gold, got: str | None) -> bool:
    names = _names(gold)
    if not names:
        return not got
    return any(admin1_match(n, got) for n in names)


def verdicts(gold: dict, event: dict | None) -> dict[str, bool]:
    if event is None:
        return {f: False for f in FIELDS}
    return {
        "event_type": gold.get("event_type") == event.get("event_type"),
        "fatalities": gold.get("fatalities") == event.get("fatalities"),
        "injured": gold.get("injured") == event.get("injured"),
        "event_date": gold.get("event_date") == event.get("event_date"),
        "country": bool(gold.get("country")) and same_country(gold.get("country"), event.get("country"))
        if gold.get("country") else not event.get("country"),
        "admin1": admin1_right(gold.get("admin1"), event.get("admin1")),
        "location": location_right(gold.get("location"), event.get("location")),
    }


def _agreement(gold: dict, event: dict) -> int | None:
    """How many of the fields the gold gives a value the event agrees on; None where it agrees on neither the day nor
    the place (an event of another incident, however alike its type and country)."""
    v = verdicts(gold, event)
    if not (gold.get("event_date") and v["event_date"] or _names(gold.get("location")) and v["location"]):
        return None
    return sum(ok for f, ok in v.items() if gold.get(f) is not None)


def match(golds: list[dict], events: list[dict]) -> list[dict | None]:
    """Pair each gold incident with a distinct event, the one agreeing on most fields first (the day or the place
    among them)."""
    scored = sorted((-a, gi, ei) for gi, g in enumerate(golds) for ei, e in enumerate(events)
                    if (a := _agreement(g, e)) is not None)
    chosen: list[dict | None] = [None] * len(golds)
    used: set[int] = set()
    for _cost, gi, ei in scored:
        if chosen[gi] is None and ei not in used:
            chosen[gi] = events[ei]
            used.add(ei)
    return chosen


def score_extract(folder: Path, misses: bool) -> dict:
    from conflictlens.api import extract_document
    from conflictlens.model import Document

    reports = read_jsonl(folder / "reports.jsonl")
    gold_by_doc: dict[str, list[dict]] = defaultdict(list)
    for g in read_jsonl(folder / "gold.jsonl"):
        gold_by_doc[g["doc_id"]].append(g)
    n_gold = all_right = found = extra = 0
    field_right = dict.fromkeys(FIELDS, 0)
    lines = []
    for r in reports:
        # (as `conflictlens extract` reads a JSONL line: its source too)
        events = [e.to_dict() for e in extract_document(Document(r["id"], r["text"], r.get("published"), r.get("source")))]
        events = [e for e in events if not e.get("plover")]
        golds = gold_by_doc.get(r["id"], [])
        chosen = match(golds, events)
        extra += len(events) - sum(c is not None for c in chosen)
        for g, e in zip(golds, chosen):
            n_gold += 1
            found += e is not None
            v = verdicts(g, e)
            for f, ok in v.items():
                field_right[f] += ok
            all_right += all(v.values())
            if misses and not all(v.values()):
                wrong = [f for f, ok in v.items() if not ok]
                got = {f: (e or {}).get(f) for f in wrong}
                want = {f: g.get(f) for f in wrong}
                lines.append(f"{r['id']}: {'unmatched' if e is None else ', '.join(wrong)}\n  want {want}\n  got  {got}")
        if misses:
            for e in events:
                if not any(e is c for c in chosen):
                    lines.append(f"{r['id']}: extra {e.get('event_type')} {e.get('event_date')} {e.get('location')} "
                                 f"k={e.get('fatalities')} i={e.get('injured')}")
    for line in lines:
        print(line)
    return {"set": folder.name, "reports": len(reports), "incidents": n_gold, "all_right": all_right,
            "fields_right": sum(field_right.values()), "fields": n_gold * len(FIELDS), "found": found,
            "extra": extra, "by_field": field_right}


def score_resolve(folder: Path, misses: bool) -> dict:
    from conflictlens.evaluate.resolution import incidents_of
    from conflictlens.model import Document

    reports = read_jsonl(folder / "reports.jsonl")
    cluster = {g["doc_id"]: g["cluster"] for g in read_jsonl(folder / "gold.jsonl")}
    pairs = read_jsonl(folder / "pairs.jsonl") if (folder / "pairs.jsonl").exists() else []
    incidents_of_doc = incidents_of([Document(id=r["id"], text=r["text"], published=r.get("published"),
                                              source=r.get("source")) for r in reports])
    ids = sorted(cluster)
    together = {(a, b) for a, b in combinations(ids, 2) if incidents_of_doc[a] & incidents_of_doc[b]}
    gold = {(a, b) for a, b in combinations(ids, 2) if cluster[a] == cluster[b]}
    tp = len(together & gold)
    p = tp / len(together) if together else 0.0
    r = tp / len(gold) if gold else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    members: dict[str, list[str]] = defaultdict(list)
    for d, c in cluster.items():
        members[c].append(d)
    traps = [x for x in pairs if x.get("kind") == "trap"]
    hards = [x for x in pairs if x.get("kind") == "hard"]
    traps_kept = hard_joined = 0
    for t in traps:
        merged = [(a, b) for a in members[t["a"]] for b in members[t["b"]] if incidents_of_doc[a] & incidents_of_doc[b]]
        traps_kept += not merged
        if misses and merged:
            print(f"trap merged {t['a']}/{t['b']}: {merged[:3]} ({t.get('why', '')})")
    for h in hards:
        ok = bool(incidents_of_doc[h["a"]] & incidents_of_doc[h["b"]])
        hard_joined += ok
        if misses and not ok:
            print(f"join missed {h['a']} + {h['b']}: {h.get('why', '')}")
    if misses:
        for a, b in sorted(together - gold):
            print(f"false pair {a} ({cluster[a]}) + {b} ({cluster[b]})")
        none = [d for d in ids if not incidents_of_doc[d]]
        if none:
            print("no incident:", " ".join(none))
    return {"set": folder.name, "reports": len(reports), "clusters": len(members), "precision": round(p, 3),
            "recall": round(r, 3), "f1": round(f1, 3), "traps_kept": traps_kept, "traps": len(traps),
            "hard_joined": hard_joined, "hard": len(hards), "incidents": len({i for s in incidents_of_doc.values() for i in s})}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("kind", choices=("extract", "resolve"))
    ap.add_argument("folders", nargs="+", type=Path)
    ap.add_argument("--misses", action="store_true", help="print what is wrong, item by item")
    args = ap.parse_args(argv)
    for folder in args.folders:
        if not (folder / "reports.jsonl").exists():
            print(f"probe: no reports.jsonl in {folder}", file=sys.stderr)
            return 2
        result = (score_extract if args.kind == "extract" else score_resolve)(folder, args.misses)
        print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
