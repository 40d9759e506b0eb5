#!/usr/bin/env python3
"""Latency of the HTTP API's incident list on a large database.

    python bench/bench_api.py                  # 100,000 synthetic incidents, about a minute
    python bench/bench_api.py --quick          # 5,000 incidents, a few seconds
    python bench/bench_api.py --detail         # also a row per query shape
    python bench/bench_api.py --json out.json  # also write every number as JSON

Generates N synthetic incidents (this script's own generator: places, types, weapons,
figures, sources and a sentence of notes, with evidence spans and revisions in the
record, as ingest stores them) straight into a fresh SQLite file with plain SQL, then
times GET /api/incidents through FastAPI's TestClient (in process: the app, the query
and the JSON, not the network) over a mix of query shapes: the first page, following
`next_cursor`, a cursor deep in the list, each filter (country, admin1, type, weapon,
minimum fatalities, a date range, text search in sources, location and notes) and
filters combined. Prints a markdown row (`| measure | result |`, as bench/bench.py's
table) with p50 and p95 over every request, and a second row for filters that few or no
incidents meet (the worst case: every row is read). Runs pinned to one CPU core where the
platform allows, like bench/bench.py; uses the working tree's src/. Nothing is
asserted: the target is p95 under 100 ms.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
import warnings
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

# --------------------------------------------------------------------------- the generator

# country, iso, weight, {admin1: [(town, lat, lon), ...]}
PLACES = [
    ("Ukraine", "UA", 70, {
        "Kharkiv": [("Kharkiv", 49.99, 36.23), ("Kupiansk", 49.71, 37.61), ("Izium", 49.21, 37.26),
                    ("Chuhuiv", 49.84, 36.69)],
        "Donetsk": [("Kramatorsk", 48.72, 37.56), ("Sloviansk", 48.85, 37.60), ("Pokrovsk", 48.28, 37.18),
                    ("Kostiantynivka", 48.53, 37.71), ("Druzhkivka", 48.63, 37.55)],
        "Zaporizhzhia": [("Zaporizhzhia", 47.84, 35.14), ("Orikhiv", 47.57, 35.79), ("Huliaipole", 47.66, 36.26)],
        "Kherson": [("Kherson", 46.64, 32.61), ("Beryslav", 46.84, 33.43), ("Bilozerka", 46.64, 32.38)],
        "Dnipropetrovsk": [("Dnipro", 48.46, 35.05), ("Nikopol", 47.57, 34.40), ("Kryvyi Rih", 47.91, 33.39),
                           ("Marhanets", 47.64, 34.63)],
        "Sumy": [("Sumy", 50.91, 34.80), ("Shostka", 51.86, 33.48), ("Okhtyrka", 50.31, 34.90)],
        "Odesa": [("Odesa", 46.48, 30.72), ("Izmail", 45.35, 28.84), ("Chornomorsk", 46.30, 30.65)],
        "Mykolaiv": [("Mykolaiv", 46.97, 31.99), ("Ochakiv", 46.61, 31.55)],
        "Kyiv City": [("Kyiv", 50.45, 30.52)],
        "Chernihiv": [("Chernihiv", 51.49, 31.29), ("Novhorod-Siverskyi", 52.01, 33.26)],
    }),
    ("Russia", "RU", 10, {
        "Belgorod": [("Belgorod", 50.60, 36.59), ("Shebekino", 50.41, 36.89), ("Grayvoron", 50.48, 35.68)],
        "Kursk": [("Kursk", 51.73, 36.19), ("Sudzha", 51.19, 35.27), ("Rylsk", 51.57, 34.68)],
        "Bryansk": [("Bryansk", 53.24, 34.36), ("Klintsy", 52.76, 32.24)],
    }),
    ("Syria", "SY", 6, {
        "Idlib": [("Idlib", 35.93, 36.63), ("Maarrat al-Numan", 35.65, 36.67)],
        "Aleppo": [("Aleppo", 36.20, 37.13), ("Al-Bab", 36.37, 37.52)],
    }),
    ("Sudan", "SD", 6, {
        "Khartoum": [("Khartoum", 15.50, 32.56), ("Omdurman", 15.64, 32.48)],
        "North Darfur": [("El Fasher", 13.63, 25.35)],
    }),
    ("Myanmar", "MM", 4, {"Sagaing": [("Sagaing", 21.88, 95.98), ("Monywa", 22.11, 95.13)]}),
    ("Mali", "ML", 4, {"Mopti": [("Mopti", 14.49, -4.20), ("Djenne", 13.91, -4.55)]}),
]
# event_type, sub_event_type, weight, weapons (None: no weapon named)
TYPES = [
    ("Explosions/Remote violence", "Shelling/artillery/missile attack", 40,
     ["artillery", "missile", "ballistic missile", "rocket", "cruise missile", None]),
    ("Explosions/Remote violence", "Air/drone strike", 30, ["drone", "glide bomb", "airstrike", None]),
    ("Explosions/Remote violence", "Remote explosive/landmine/IED", 5, ["IED", "landmine"]),
    ("Battles", "Armed clash", 12, ["small arms", None]),
    ("Violence against civilians", "Attack", 5, ["small arms", None]),
    ("Strategic developments", "Other", 5, [None]),
    ("Protests", "Peaceful protest", 3, [None]),
]
TARGETS = ["an apartment block", "a private house", "a bus stop", "a market", "a school", "a hospital",
           "a power substation", "a grain warehouse", "a railway depot", "a petrol station", "a café",
           "a checkpoint", "a field of farmland", "a factory"]
SPEAKERS = ["the regional governor", "the city's mayor", "the district head", "the regional police",
            "the emergency service", "the defence ministry", "a local official", "the military administration",
            "the prosecutor's office", "a hospital spokesperson"]
SURNAMES = ["Kovalenko", "Bondarenko", "Tkachenko", "Shevchuk", "Melnyk", "Kravets", "Hrytsenko", "Savchuk",
            "Petrenko", "Lysenko", "Morozov", "Volkov", "Haddad", "Osman", "Aung", "Traore"]
OUTLETS = ["Wire A", "Daily B", "Radio C", "Channel D", "Telegram E"]


def _figure(rng: random.Random, p_unknown: float, scale: float) -> int | None:
    if rng.random() < p_unknown:
        return None
    return min(int(rng.expovariate(1 / scale)), 300)


def _record(rng: random.Random, n: int, start: date, days: int) -> dict[str, Any]:
    country, iso, _w, regions = rng.choices(PLACES, weights=[p[2] for p in PLACES])[0]
    admin1 = rng.choice(sorted(regions))
    town, lat, lon = rng.choice(regions[admin1])
    event_type, sub_type, _w, weapons = rng.choices(TYPES, weights=[t[2] for t in TYPES])[0]
    weapon = rng.choice(weapons)
    day = None if rng.random() < 0.01 else (start + timedelta(days=rng.randrange(days))).isoformat()
    killed, hurt = _figure(rng, 0.3, 3), _figure(rng, 0.4, 6)
    speaker = rng.choice(SPEAKERS)
    person = f"{rng.choice(['Olena', 'Ivan', 'Serhiy', 'Maria', 'Ahmed', 'Min', 'Amadou'])} {rng.choice(SURNAMES)}"
    target = rng.choice(TARGETS)
    means = f"a {weapon}" if weapon else "an attack"
    notes = (f"{means.capitalize()} hit {target} in {town}, {admin1}, "
             f"{'killing ' + str(killed) if killed else 'killing nobody'}"
             f"{' and injuring ' + str(hurt) if hurt else ''}, {speaker} said.")
    sources = [f"{person}, {speaker}"] + rng.sample(OUTLETS, rng.randint(1, 2))
    doc = f"synth-{n:06d}"
    loc_at = notes.index(town)
    evidence = [{"field": "event", "start": 0, "end": len(notes), "text": notes, "doc_id": doc},
                {"field": "location", "start": loc_at, "end": loc_at + len(town), "text": town, "doc_id": doc}]
    if weapon:
        evidence.append({"field": "weapon", "start": 2, "end": 2 + len(weapon), "text": weapon, "doc_id": doc})
    revisions = []
    if killed is not None:
        revisions.append({"field": "fatalities", "low": killed, "best": killed, "high": killed,
                          "qualifier": "exact", "status": None, "source": sources[0], "published": day,
                          "document": doc, "event_id": f"{n:016x}", "text": f"killing {killed}"})
    return {
        "event_id": f"I{n:016x}", "event_type": event_type, "sub_event_type": sub_type,
        "plover": "THREATEN" if event_type == "Strategic developments" and rng.random() < 0.5 else None,
        "weapon": weapon, "actor1": "Military Forces of Russia" if country in ("Ukraine", "Russia") else None,
        "actor2": "Civilians (Ukraine)" if country == "Ukraine" else None,
        "civilian_targeting": rng.random() < 0.5, "event_date": day, "time_precision": 1,
        "country": country, "iso": iso, "admin1": admin1, "admin2": None, "location": town,
        "latitude": round(lat + rng.uniform(-0.05, 0.05), 5), "longitude": round(lon + rng.uniform(-0.05, 0.05), 5),
        "geo_precision": 1, "fatalities": killed, "fatalities_low": killed, "fatalities_high": killed,
        "injured": hurt, "injured_low": hurt, "injured_high": hurt, "children_killed": None,
        "children_injured": None, "civilians_killed": None, "sources": sources, "evidence": evidence,
        "confidence": round(rng.uniform(0.5, 0.95), 2), "doc_ids": [doc], "revisions": revisions,
        "mentions": [f"{n:016x}"], "number_of_sources": 1, "where_prec": 1, "notes": notes,
    }


def generate(path: str, n: int, seed: int = 7) -> float:
    """Create the schema (through conflictlens) and insert n incidents with plain SQL; returns seconds."""
    from conflictlens.store.db import connect
    connect(path).close()
    t0 = time.perf_counter()
    rng = random.Random(seed)
    start, days = date(2022, 2, 24), 1250
    now = datetime.now(timezone.utc).isoformat()
    con = sqlite3.connect(path)
    cols = ("event_type", "sub_event_type", "weapon", "event_date", "country", "admin1", "location",
            "latitude", "longitude", "fatalities", "injured")

    def rows():
        for k in range(n):
            rec = _record(rng, k, start, days)
            yield (rec["event_id"], *(rec[c] for c in cols), json.dumps(rec, ensure_ascii=False), now)

    with con:
        con.executemany(f"INSERT INTO incidents (incident_key, {', '.join(cols)}, record, updated_at) "
                        f"VALUES ({', '.join('?' * (len(cols) + 3))})", rows())
    con.close()
    return time.perf_counter() - t0


# --------------------------------------------------------------------------- the timing

def shapes(mid_cursor: str) -> list[tuple[str, dict[str, Any]]]:
    return [
        ("first page", {}),
        ("cursor deep in the list", {"cursor": mid_cursor}),
        ("country", {"country": "Ukraine"}),
        ("admin1", {"admin1": "Kursk"}),
        ("type", {"type": "Air/drone strike"}),
        ("weapon", {"weapon": "glide bomb"}),
        ("min fatalities", {"min_fatalities": 10}),
        ("a month", {"since": "2024-03-01", "until": "2024-03-31"}),
        ("text: a source", {"q": "Kravets"}),
        ("text: a place", {"q": "Sudzha"}),
        ("text: notes, two words", {"q": "grain warehouse"}),
        ("filters combined", {"country": "Ukraine", "weapon": "drone", "min_fatalities": 1, "since": "2024-01-01"}),
    ]


# Filters that few or no incidents meet: every row is read (reported apart, as the worst case).
RARE = [
    ("rare: no such admin1", {"admin1": "Nowhere"}),
    ("rare: text that matches nothing", {"q": "zzzz"}),
    ("rare: text beyond ASCII, no match", {"q": "Київ"}),
    ("rare: a combination met 20 times", {"country": "Sudan", "weapon": "landmine"}),
]


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, int(round(q * (len(ordered) - 1)))))]


def measure(path: str, requests: int, limit: int) -> dict[str, Any]:
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=".*httpx.*")     # starlette would rather have httpx2
        from fastapi.testclient import TestClient
    from conflictlens.store import search
    from conflictlens.web import create_app

    con = sqlite3.connect(path)
    total = con.execute("SELECT COUNT(*) FROM incidents").fetchone()[0]
    mid_date, mid_id = con.execute("SELECT event_date, id FROM incidents WHERE event_date IS NOT NULL "
                                   "ORDER BY event_date DESC, id DESC LIMIT 1 OFFSET ?", (total // 2,)).fetchone()
    con.close()
    mid = search.encode_cursor({"k": "incidents", "d": mid_date, "i": mid_id, "f": search.SearchFilters().fingerprint()})
    out: dict[str, Any] = {"shapes": []}
    everything: list[float] = []
    with TestClient(create_app(path, token="", static_dir="/nonexistent")) as client:
        def timed(params: dict[str, Any]) -> tuple[float, dict]:
            t0 = time.perf_counter()
            r = client.get("/api/incidents", params={"limit": limit, **params})
            dt = (time.perf_counter() - t0) * 1000
            if r.status_code != 200:
                raise SystemExit(f"GET /api/incidents {params}: {r.status_code} {r.text[:300]}")
            return dt, r.json()

        for _ in range(3):
            timed({})       # warm-up: imports, first connection, page cache
        # following next_cursor page after page
        times, body, pages = [], timed({})[1], 0
        while body["next_cursor"] and pages < requests:
            dt, body = timed({"cursor": body["next_cursor"]})
            times.append(dt)
            pages += 1
        out["shapes"].append(_summary("following next_cursor", {}, times, len(body["items"])))
        everything += times
        for name, params in shapes(mid):
            times, rows = [], 0
            for _ in range(requests):
                dt, body = timed(params)
                times.append(dt)
                rows = len(body["items"])
            out["shapes"].append(_summary(name, params, times, rows))
            everything += times
        rare: list[float] = []
        out["rare"] = []
        for name, params in RARE:
            times, rows = [], 0
            for _ in range(max(3, requests // 3)):
                dt, body = timed(params)
                times.append(dt)
                rows = len(body["items"])
            out["rare"].append(_summary(name, params, times, rows))
            rare += times
    out.update(requests=len(everything), p50_ms=round(_pct(everything, 0.5), 2),
               p95_ms=round(_pct(everything, 0.95), 2), max_ms=round(max(everything), 2),
               mean_ms=round(statistics.fmean(everything), 2),
               rare_requests=len(rare), rare_p50_ms=round(_pct(rare, 0.5), 2), rare_p95_ms=round(_pct(rare, 0.95), 2))
    return out


def _summary(name: str, params: dict[str, Any], times: list[float], rows: int) -> dict[str, Any]:
    return {"shape": name, "params": params, "requests": len(times), "rows_last_page": rows,
            "p50_ms": round(_pct(times, 0.5), 2), "p95_ms": round(_pct(times, 0.95), 2)}


def pin_one_core() -> str:
    try:
        core = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {core})
        return f"pinned to core {core}"
    except (AttributeError, OSError):
        return "not pinned"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--incidents", type=int, default=100_000, metavar="N", help="incidents to generate (100,000)")
    ap.add_argument("--requests", type=int, default=30, metavar="N", help="requests per query shape (30)")
    ap.add_argument("--limit", type=int, default=50, help="page size asked for (50, the API's default)")
    ap.add_argument("--quick", action="store_true", help="5,000 incidents, 5 requests a shape")
    ap.add_argument("--db", metavar="PATH", help="keep the generated database here (default: a temporary file)")
    ap.add_argument("--detail", action="store_true", help="also print a row per query shape")
    ap.add_argument("--json", metavar="PATH", help="also write the results as JSON to PATH")
    args = ap.parse_args(argv)
    if args.quick:
        args.incidents, args.requests = min(args.incidents, 5_000), min(args.requests, 5)
    pinned = pin_one_core()
    with tempfile.TemporaryDirectory(prefix="conflictlens-bench-api-") as tmp:
        path = args.db or os.path.join(tmp, "bench_api.db")
        if args.db and os.path.exists(path):
            os.remove(path)
        print(f"[bench_api] generating {args.incidents:,} incidents into {path} ...", file=sys.stderr, flush=True)
        gen_s = generate(path, args.incidents)
        size_mb = os.path.getsize(path) / 1e6
        print(f"[bench_api] {gen_s:.1f} s, {size_mb:.0f} MB; timing GET /api/incidents ({pinned}) ...",
              file=sys.stderr, flush=True)
        res = measure(path, args.requests, args.limit)
    res.update(incidents=args.incidents, generate_s=round(gen_s, 2), db_mb=round(size_mb, 1), limit=args.limit,
               pinned=pinned, python=sys.version.split()[0])
    shapes_n = len(res["shapes"])
    row = (f"| HTTP API `GET /api/incidents`, {args.incidents:,} incidents in SQLite, limit {args.limit}, "
           f"{shapes_n} query shapes (filters, text search, cursors), in-process TestClient | "
           f"p50 {res['p50_ms']:.1f} ms, p95 {res['p95_ms']:.1f} ms ({res['requests']} requests; "
           f"max {res['max_ms']:.0f} ms) |")
    rare_row = (f"| HTTP API `GET /api/incidents`, the same, filters met by few or no incidents (every row read) | "
                f"p50 {res['rare_p50_ms']:.1f} ms, p95 {res['rare_p95_ms']:.1f} ms ({res['rare_requests']} requests) |")
    res["markdown"] = row + "\n" + rare_row
    if args.detail:
        print("| query shape | p50 | p95 |")
        print("| --- | ---: | ---: |")
        for s in res["shapes"] + res["rare"]:
            params = json.dumps(s["params"], ensure_ascii=False)
            if len(params) > 60:
                params = params[:57] + "..."
            print(f"| {s['shape']} `{params}` | {s['p50_ms']:.1f} ms | {s['p95_ms']:.1f} ms |")
        print()
    print(row)
    print(rare_row)
    if args.json:
        Path(args.json).write_text(json.dumps(res, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
