#!/usr/bin/env python3
"""Throughput of `conflictlens batch` on a local Dask cluster with one and with two workers.

    python bench/bench_batch.py            # 1,200 news-length reports, about a minute
    python bench/bench_batch.py --quick    # 240 reports, about 20 seconds
    python bench/bench_batch.py --json out.json

Prints markdown rows: documents/s with 1 and 2 worker processes (one thread each), the scaling
efficiency (rate with 2 / twice the rate with 1), peak resident memory per worker, and, from the
measured CPU time per document, how many such workers code one day of world news (250,000
articles) in 15 minutes. The reports are generated here (invented towns' news in this script's
own words, about 600 words each), so the numbers need nothing from ../shared.
"""
from __future__ import annotations

import argparse
import json
import math
import os
import platform
import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

DAY_OF_NEWS = 250_000
BUDGET_S = 15 * 60

TOWNS = ("Kharkiv", "Zaporizhzhia", "Dnipro", "Odesa", "Sumy", "Kherson", "Mykolaiv", "Poltava", "Chernihiv",
         "Nikopol", "Kramatorsk", "Sloviansk", "Izium", "Kupiansk", "Zhytomyr")
WEAPONS = ("drone", "missile", "glide bomb", "ballistic missile", "rocket")
FILLER = (
    "Residents said the sirens sounded for more than an hour before the first blast was heard.",
    "Emergency crews worked through the night to clear the debris and restore power to nearby streets.",
    "Local officials urged people to stay in shelters until the all-clear was given.",
    "The attack came as diplomats met abroad to discuss a possible pause in the fighting.",
    "Several buildings nearby had their windows blown out, and a school was damaged.",
    "Volunteers handed out water and blankets to families whose flats were left without heating.",
    "Analysts said strikes on the region had intensified over the previous weeks.",
    "Footage shared online showed thick smoke rising over the district after the impact.",
)


def article(rng: random.Random, k: int) -> dict:
    day = date(2025, 3, 3) + timedelta(days=rng.randrange(60))
    town, weapon = rng.choice(TOWNS), rng.choice(WEAPONS)
    killed, hurt = rng.randint(1, 12), rng.randint(0, 30)
    lead = (f"{killed} people were killed and {hurt} injured when a Russian {weapon} struck a residential "
            f"area of {town} on {day.strftime('%A')}, the regional governor said.")
    paras = [lead]
    while sum(len(p.split()) for p in paras) < 600:
        paras.append(" ".join(rng.sample(FILLER, 4)))
    return {"id": f"bench-{k:06d}", "text": "\n\n".join(paras), "published": day.isoformat(), "source": "Bench"}


def measure(path: Path, workers: int, docs_per_partition: int) -> dict:
    from conflictlens.batch.runner import connect, run

    client, cluster = connect(None, workers)
    try:
        # Start-up (worker processes, gazetteer load) happens once per worker; warm it before timing.
        client.run(lambda: __import__("conflictlens").extract("A drone hit Kharkiv on Monday, killing two."))
        with tempfile.TemporaryDirectory() as out:
            t0 = time.monotonic()
            s = run([str(path)], out, client=client, docs_per_partition=docs_per_partition, progress=None)
            wall = time.monotonic() - t0
        rss = client.run(_peak_rss_mb)
    finally:
        client.close()
        cluster.close()
    return {"workers": workers, "documents": s.documents, "mentions": s.mentions, "incidents": s.incidents,
            "extract_s": s.extract_seconds, "resolve_s": s.resolve_seconds, "wall_s": wall,
            "docs_per_s": s.documents / s.extract_seconds, "peak_rss_mb": max(rss.values())}


def _peak_rss_mb() -> float:
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--docs", type=int)
    ap.add_argument("--json", metavar="PATH")
    a = ap.parse_args()
    n = a.docs or (240 if a.quick else 1200)
    rng = random.Random(20250404)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "news.jsonl"
        with path.open("w", encoding="utf-8") as fh:
            for k in range(n):
                fh.write(json.dumps(article(rng, k)) + "\n")
        per_part = max(10, n // 24)
        one = measure(path, 1, per_part)
        two = measure(path, 2, per_part)
    cpu_per_doc = 1 / one["docs_per_s"]                    # seconds of one worker per document
    efficiency = two["docs_per_s"] / (2 * one["docs_per_s"])
    workers_needed = math.ceil(DAY_OF_NEWS * cpu_per_doc / BUDGET_S / min(1.0, efficiency))
    cores = os.cpu_count()
    print(f"\n### `conflictlens batch` ({n} news-length reports, ~600 words; {platform.processor() or platform.machine()}, "
          f"{cores} cores)\n")
    print("| measure | value |")
    print("| --- | --- |")
    for r in (one, two):
        print(f"| throughput, {r['workers']} worker{'s' if r['workers'] > 1 else ''} | {r['docs_per_s']:.1f} docs/s "
              f"(extract {r['extract_s']:.1f} s, resolve {r['resolve_s']:.2f} s, {r['incidents']} incidents) |")
    print(f"| scaling efficiency, 2 workers vs 1 | {efficiency:.0%} |")
    print(f"| peak memory per worker | {max(one['peak_rss_mb'], two['peak_rss_mb']):.0f} MB |")
    print(f"| cost per document (one worker) | {cpu_per_doc * 1000:.1f} ms |")
    print(f"| workers for 250,000 articles in 15 min | {workers_needed} (one core each, at the measured "
          f"efficiency; plus the scheduler) |")
    if a.json:
        Path(a.json).write_text(json.dumps({"one": one, "two": two, "efficiency": efficiency,
                                            "cpu_per_doc_s": cpu_per_doc, "workers_needed": workers_needed},
                                           indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
