#!/usr/bin/env python3
"""Speed and memory of conflictlens extraction, on one CPU core.

    python bench/bench.py                 # full run, under about two minutes
    python bench/bench.py --quick         # smaller sets, under about 20 seconds
    python bench/bench.py --json out.json # also write every number as JSON

Measures (a) documents/s and MB/s on short notes (the ucdp_ukraine headlines and
wikipedia paragraphs of ../shared/data/dev when present, otherwise synthetic notes)
and on news-length reports (600+ words: ISAF releases when present, padded with
this script's own template paragraphs); (b) start-up time of
`python -c "import conflictlens; conflictlens.extract('x')"` and of
`conflictlens --help`; (c) peak resident memory of a process that extracts the
news-length set; (d) the share of extraction time spent in each pipeline stage
(cProfile, cumulative time aggregated by module under conflictlens.extract.*,
conflictlens.text.* and conflictlens.geo.*). Prints a markdown table for
docs/SPEED.md. Stdlib only.
"""
from __future__ import annotations

import argparse
import cProfile
import datetime as _dt
import json
import os
import platform
import pstats
import random
import resource
import shlex
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
SRC = REPO / "src"
DEFAULT_SHARED = REPO.parent / "shared"
STAGE_PREFIXES = ("conflictlens.extract.", "conflictlens.text.", "conflictlens.geo.")
NEWS_MIN_WORDS = 600

# Per mode: documents in each set, seconds after which a timed loop stops early, start-up repeats.
# Worst case (a slow extractor) is about 4 caps + start-up: under 2 minutes full, 20 s quick.
MODES = {
    "full": {"short_n": 8000, "news_n": 200, "profile_n": 60, "cap_s": 20.0, "profile_cap_s": 15.0,
             "startup_reps": 5},
    "quick": {"short_n": 300, "news_n": 20, "profile_n": 8, "cap_s": 2.0, "profile_cap_s": 2.0,
              "startup_reps": 1},
}


# --------------------------------------------------------------------------- environment

def pin_one_core() -> int | None:
    """Run this process (and every child it starts) on a single CPU."""
    if not hasattr(os, "sched_setaffinity"):
        return None
    try:
        cpu = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {cpu})
        return cpu
    except OSError:
        return None


def child_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(SRC) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    env.setdefault("PYTHONHASHSEED", "0")
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        env[var] = "1"
    return env


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.lower().startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def maxrss_mb() -> float:
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / (1024 * 1024) if sys.platform == "darwin" else rss / 1024  # bytes on macOS, KiB on Linux


# --------------------------------------------------------------------------- corpora

PLACES = [
    ("Kharkiv", "Kharkiv Oblast"), ("Sumy", "Sumy Oblast"), ("Kherson", "Kherson Oblast"),
    ("Zaporizhzhia", "Zaporizhzhia Oblast"), ("Kramatorsk", "Donetsk Oblast"), ("Nikopol", "Dnipropetrovsk Oblast"),
    ("Mykolaiv", "Mykolaiv Oblast"), ("Odesa", "Odesa Oblast"), ("Chernihiv", "Chernihiv Oblast"),
    ("Kostiantynivka", "Donetsk Oblast"), ("Pokrovsk", "Donetsk Oblast"), ("Kupiansk", "Kharkiv Oblast"),
]
OFFICIALS = [
    ("Oleh Marchenko", "the regional governor"), ("Iryna Bondar", "the head of the city military administration"),
    ("Andrii Tkachenko", "the mayor"), ("Svitlana Koval", "a spokeswoman for the emergency service"),
    ("Petro Lysenko", "the regional police chief"),
]
WEAPONS = ["a guided aerial bomb", "two ballistic missiles", "a swarm of attack drones", "artillery fire",
           "multiple rocket launchers", "a cruise missile", "mortar shells"]
TARGETS = ["a five-storey apartment block", "a bus stop near the central market", "a grain warehouse",
           "a children's playground", "the railway station", "a row of private houses", "a power substation"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
NUMBER_WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]

SHORT_TEMPLATES = [
    "{weapon_cap} hit {target} in {place} on {weekday}, killing {n} people, officials said.",
    "{n_word_cap} civilians wounded as shelling strikes {place}",
    "Drone attack on {place} leaves {n} dead and {m} injured, says {role}",
    "Russian forces shell {place} overnight; {n} killed, including a child",
    "Clashes near {place}: {n} soldiers killed, {m} wounded, the general staff reported.",
    "{place}: strike on {target} kills {n_word}, injures {m}",
    "Explosion at {target} in {place}; no casualties reported so far.",
    "Attack on {place} in {region}: death toll rises to {n}",
]

NEWS_PARAGRAPHS = [
    "{weapon_cap} struck {target} in {place} early on {weekday}, killing at least {n} people and wounding {m} "
    "others, {official}, {role}, said in a statement on Telegram. Rescue crews were still searching the rubble "
    "by mid-morning, and {official_short} warned that the number of casualties could rise as the debris was cleared. "
    "Among the dead were {k} children, the youngest of them {age} years old.",

    "Residents described a sudden series of blasts shortly before dawn. \"The windows came in all at once, and then "
    "the stairwell filled with smoke,\" said a woman who lives on the third floor and gave only her first name. "
    "Neighbours carried elderly people down the stairs in blankets while firefighters worked to contain a blaze "
    "that spread to parked cars and a row of garages behind the building.",

    "In a separate attack overnight, {weapon2} hit the outskirts of {place2} in {region2}, where {n2} people were "
    "killed and {m2} injured, according to the regional administration. Several private houses and a shop were "
    "damaged, and power was cut to part of the district for several hours while engineers repaired the lines.",

    "{place} lies roughly {km} kilometres from the front line and has been hit repeatedly since the spring. Local "
    "authorities have opened shelters in schools and libraries, and buses have been laid on to take families with "
    "small children to villages further from the fighting. Many residents say they have nowhere else to go.",

    "The military said air defences had shot down {d} of the {dd} drones launched during the night, but that "
    "several had reached their targets. It did not say what kind of missile had struck {place}. Independent "
    "verification of the figures was not immediately possible, and the defence ministry in Moscow did not comment.",

    "The strike came as diplomats met for another round of talks on a possible ceasefire. A foreign minister "
    "attending the meeting told reporters that pressure on Moscow would increase if it continued to reject proposals "
    "for a truce, and said that new sanctions were being prepared. Kyiv accused Russia of stalling for time while "
    "pressing its offensive in the east.",

    "Hospitals in the region said they had received {m} patients, {k2} of them in a serious condition. Doctors "
    "appealed for blood donors, and volunteers queued outside the regional blood centre for most of the afternoon. "
    "The city council declared {weekday2} a day of mourning, and flags were lowered on public buildings.",

    "Prosecutors opened a criminal investigation into what they described as a deliberate attack on a residential "
    "area. Investigators collected fragments of the weapon at the scene, and officials said the results would be "
    "shared with international partners documenting attacks on civilians. Similar strikes on {place} last month "
    "killed {n3} people.",

    "By evening, {official_short} updated the toll: {n_up} people had been confirmed dead and {m_up} had been treated "
    "for injuries, most of them cuts from broken glass. Emergency workers said they expected to finish clearing the "
    "site the following day. Engineers were inspecting nearby buildings to decide whether residents could return.",

    "Further south, the regional governor reported shelling of {count} settlements during the previous day. One man "
    "was killed in {place3} when a shell hit his yard, and two women were wounded in a neighbouring village. Farm "
    "buildings, a school and a gas pipeline were damaged, he said, without giving further details.",
]


def _fill(template: str, rng: random.Random) -> str:
    place, region = rng.choice(PLACES)
    place2, region2 = rng.choice(PLACES)
    place3, _ = rng.choice(PLACES)
    official, role = rng.choice(OFFICIALS)
    n, m = rng.randint(1, 25), rng.randint(2, 80)
    weapon = rng.choice(WEAPONS)
    values = {
        "place": place, "region": region, "place2": place2, "region2": region2, "place3": place3,
        "official": official, "official_short": official.split()[-1], "role": role,
        "weapon": weapon, "weapon_cap": weapon[0].upper() + weapon[1:], "weapon2": rng.choice(WEAPONS),
        "target": rng.choice(TARGETS), "weekday": rng.choice(WEEKDAYS), "weekday2": rng.choice(WEEKDAYS),
        "n": n, "m": m, "k": rng.randint(1, 4), "k2": rng.randint(1, 9), "age": rng.randint(2, 14),
        "n2": rng.randint(1, 6), "m2": rng.randint(1, 30), "n3": rng.randint(2, 20),
        "n_up": n + rng.randint(0, 5), "m_up": m + rng.randint(0, 20), "km": rng.randint(15, 90),
        "d": rng.randint(20, 60), "dd": rng.randint(61, 120), "count": rng.randint(5, 40),
        "n_word": NUMBER_WORDS[min(n, 12) - 1], "n_word_cap": NUMBER_WORDS[min(n, 12) - 1].capitalize(),
    }
    return template.format(**values)


def synthetic_short(n: int, seed: int = 1) -> list[tuple[str, str | None]]:
    rng = random.Random(seed)
    day = _dt.date(2024, 1, 1)
    out = []
    for i in range(n):
        published = (day + _dt.timedelta(days=i % 365)).isoformat()
        out.append((_fill(rng.choice(SHORT_TEMPLATES), rng), published))
    return out


def news_reports(n: int, dev: Path | None, seed: int = 2) -> tuple[list[tuple[str, str | None]], str]:
    """n reports of NEWS_MIN_WORDS+ words: an ISAF release when available, then template paragraphs."""
    rng = random.Random(seed)
    heads: list[str] = []
    source = "templates"
    if dev is not None and (dev / "isaf.jsonl").is_file():
        with (dev / "isaf.jsonl").open(encoding="utf-8") as fh:
            heads = [json.loads(line)["text"] for line in fh if line.strip()]
        source = "isaf releases + templates"
    day = _dt.date(2024, 3, 1)
    out = []
    for i in range(n):
        paras = [heads[i % len(heads)]] if heads else []
        order = list(range(len(NEWS_PARAGRAPHS)))
        rng.shuffle(order)
        j = 0
        while sum(len(p.split()) for p in paras) < NEWS_MIN_WORDS:
            paras.append(_fill(NEWS_PARAGRAPHS[order[j % len(order)]], rng))
            j += 1
        out.append(("\n\n".join(paras), (day + _dt.timedelta(days=i % 200)).isoformat()))
    return out, source


def short_notes(n: int, dev: Path | None) -> tuple[list[tuple[str, str | None]], str]:
    docs: list[tuple[str, str | None]] = []
    if dev is not None:
        names = [f for f in ("ucdp_ukraine.jsonl", "wikipedia.jsonl") if (dev / f).is_file()]
        per = {}
        for name in names:
            with (dev / name).open(encoding="utf-8") as fh:
                per[name] = [(r["text"], r.get("published")) for r in map(json.loads, filter(str.strip, fh))]
        # interleave the sets so that a time cap does not leave one of them out
        pools = list(per.values())
        for i in range(max((len(p) for p in pools), default=0)):
            for pool in pools:
                if i < len(pool):
                    docs.append(pool[i])
        if docs:
            return docs[:n], " + ".join(n_.removesuffix(".jsonl") for n_ in names) + " (dev)"
    return synthetic_short(n), "synthetic notes"


# --------------------------------------------------------------------------- measurements

def throughput(extract, docs: list[tuple[str, str | None]], cap_s: float) -> dict[str, Any]:
    """Extract documents one after another until all are done or cap_s has passed."""
    if docs:
        extract(docs[0][0], published=docs[0][1], doc_id="warmup")
    # load the gazetteer outside the timed loop (its load time is reported on its own)
    extract("A drone strike on Poltava killed two people.", published="2025-01-01", doc_id="warmup")
    done, nbytes, nwords = 0, 0, 0
    start = time.perf_counter()
    deadline = start + cap_s
    for i, (text, published) in enumerate(docs):
        extract(text, published=published, doc_id=f"b{i}")
        done += 1
        nbytes += len(text.encode("utf-8"))
        nwords += len(text.split())
        if time.perf_counter() > deadline:
            break
    elapsed = time.perf_counter() - start
    return {
        "docs": done,
        "available": len(docs),
        "seconds": round(elapsed, 4),
        "mean_words": round(nwords / done, 1) if done else 0,
        "mb": round(nbytes / 1e6, 4),
        "docs_per_s": round(done / elapsed, 1) if elapsed > 0 else None,
        "mb_per_s": round(nbytes / 1e6 / elapsed, 3) if elapsed > 0 else None,
    }


def ingest_throughput(docs: list[tuple[str, str | None]], cap_s: float, rounds: int = 2) -> dict[str, Any]:
    """Documents per second through extraction, storage and resolution into a fresh SQLite file,
    against extraction alone over the same documents: the best of `rounds` runs of each (disk
    writes make single ingest runs noisy)."""
    import tempfile
    from conflictlens import extract_document
    from conflictlens.model import Document
    from conflictlens.store import repository
    from conflictlens.store.db import connect

    ingest_rate = extract_rate = 0.0
    covered = 0
    for _ in range(rounds):
        with tempfile.TemporaryDirectory() as tmp:
            db = connect(os.path.join(tmp, "bench.db"))
            items = [Document(id=f"b{i}", text=t, published=p) for i, (t, p) in enumerate(docs)]
            start = time.perf_counter()
            deadline = start + cap_s
            n = 0
            for doc in items:
                repository.ingest(db, [doc], extract_document)
                n += 1
                if time.perf_counter() > deadline:
                    break
            elapsed = time.perf_counter() - start
            db.close()
        ingest_rate = max(ingest_rate, n / elapsed if elapsed else 0.0)
        covered = max(covered, n)
        t0 = time.perf_counter()
        for text, published in docs[:n]:
            extract_document(Document(id="x", text=text, published=published))
        extract_s = time.perf_counter() - t0
        extract_rate = max(extract_rate, n / extract_s if extract_s else 0.0)
    return {"docs": covered, "docs_per_s": round(ingest_rate, 1),
            "ratio": (ingest_rate / extract_rate) if extract_rate else 0.0, "rounds": rounds}


def console_command() -> tuple[list[str], str]:
    script = REPO / ".venv" / "bin" / "conflictlens"
    if script.is_file() and os.access(script, os.X_OK):
        return [str(script), "--help"], ".venv/bin/conflictlens --help"
    return [sys.executable, "-m", "conflictlens", "--help"], "python -m conflictlens --help"


def time_command(argv: list[str], reps: int) -> dict[str, Any]:
    times, rc, err = [], 0, ""
    for _ in range(reps):
        t0 = time.perf_counter()
        proc = subprocess.run(argv, env=child_env(), capture_output=True, text=True, cwd=REPO, timeout=120)
        times.append(time.perf_counter() - t0)
        rc = proc.returncode
        if rc != 0:
            err = (proc.stderr.strip().splitlines() or [""])[-1][:200]
    return {"median_s": round(statistics.median(times), 4), "min_s": round(min(times), 4),
            "runs": reps, "rc": rc, "ok": rc == 0, "error": err or None}


def startup(reps: int) -> dict[str, Any]:
    imp = time_command([sys.executable, "-c", "import conflictlens; conflictlens.extract('x')"], reps)
    imp["command"] = "python -c \"import conflictlens; conflictlens.extract('x')\""
    argv, label = console_command()
    cli = time_command(argv, reps)
    cli["command"] = label
    geo = time_command([sys.executable, "-c", "import conflictlens; conflictlens.extract('A drone strike on Poltava killed two people.')"], reps)
    geo["command"] = "python -c \"import conflictlens; conflictlens.extract('A drone strike on Poltava killed two people.')\" (loads the town index from its cache)"
    bare = time_command([sys.executable, "-c", "pass"], reps)
    return {"import_extract": imp, "first_town": geo, "cli_help": cli, "python_bare": bare}


def memory(news_n: int, shared: Path, cap_s: float) -> dict[str, Any]:
    argv = [sys.executable, str(Path(__file__).resolve()), "--memory-child", "--news-n", str(news_n),
            "--shared", str(shared), "--cap", str(cap_s)]
    proc = subprocess.run(argv, env=child_env(), capture_output=True, text=True, cwd=REPO, timeout=600)
    if proc.returncode != 0:
        return {"ok": False, "error": (proc.stderr.strip().splitlines() or ["?"])[-1][:300]}
    out = json.loads(proc.stdout.strip().splitlines()[-1])
    out["ok"] = True
    return out


def memory_child(args: argparse.Namespace) -> None:
    """Run in a fresh process: import, note the peak, extract the news set, note the peak again."""
    sys.path.insert(0, str(SRC))
    base = maxrss_mb()
    import conflictlens
    after_import = maxrss_mb()
    docs, _ = news_reports(args.news_n, dev_dir(Path(args.shared)))
    t0 = time.perf_counter()
    done = 0
    for i, (text, published) in enumerate(docs):
        conflictlens.extract(text, published=published, doc_id=f"m{i}")
        done += 1
        if time.perf_counter() - t0 > args.cap:
            break
    print(json.dumps({"docs": done, "maxrss_start_mb": round(base, 1),
                      "maxrss_after_import_mb": round(after_import, 1), "maxrss_peak_mb": round(maxrss_mb(), 1)}))


def module_of(filename: str, pkg_dir: Path) -> str | None:
    try:
        rel = Path(filename).resolve().relative_to(pkg_dir)
    except (ValueError, OSError):
        return None
    parts = list(rel.with_suffix("").parts)
    if parts and parts[-1] == "__init__":
        parts.pop()
    return ".".join(["conflictlens", *parts])


def stages(extract, docs: list[tuple[str, str | None]], pkg_dir: Path, cap_s: float = 1e9) -> dict[str, Any]:
    """cProfile the extraction of docs (until cap_s has passed); per module: time inside it, callees
    included ("cumulative": the time of calls entering the module from outside it), and its own time."""
    prof = cProfile.Profile()
    done = 0
    deadline = time.perf_counter() + cap_s
    prof.enable()
    for i, (text, published) in enumerate(docs):
        extract(text, published=published, doc_id=f"p{i}")
        done += 1
        if time.perf_counter() > deadline:
            break
    prof.disable()
    st = pstats.Stats(prof)
    raw: dict[Any, Any] = st.stats  # type: ignore[attr-defined]
    total = st.total_tt or 1e-12
    modules: dict[tuple[str, int, str], str | None] = {}

    def mod(func: tuple[str, int, str]) -> str | None:
        if func not in modules:
            modules[func] = module_of(func[0], pkg_dir)
        return modules[func]

    cum: dict[str, float] = {}
    own: dict[str, float] = {}
    calls: dict[str, int] = {}
    for func, (cc, nc, tt, ct, callers) in raw.items():
        m = mod(func)
        if m is None or not m.startswith(STAGE_PREFIXES):
            continue
        own[m] = own.get(m, 0.0) + tt
        calls[m] = calls.get(m, 0) + nc
        # time entering this module from outside it: calls from other modules, callees included
        entered = sum(v[3] for caller, v in callers.items() if mod(caller) != m)
        if not callers:
            entered = ct
        cum[m] = cum.get(m, 0.0) + entered
    rows = [{"stage": m, "cumulative_s": round(cum[m], 4), "cumulative_pct": round(100 * cum[m] / total, 1),
             "self_s": round(own[m], 4), "self_pct": round(100 * own[m] / total, 1), "calls": calls[m]}
            for m in cum]
    rows.sort(key=lambda r: (-r["cumulative_s"], r["stage"]))
    return {"docs": done, "profiled_s": round(total, 4), "stages": rows}


# --------------------------------------------------------------------------- report

def _rate(r: dict[str, Any]) -> str:
    if not r.get("docs"):
        return "n/a"
    return f"{r['docs_per_s']:,.1f} docs/s, {r['mb_per_s']:.3f} MB/s"


def _startup_cell(r: dict[str, Any]) -> str:
    cell = f"{r['median_s'] * 1000:.0f} ms"
    if r["runs"] > 1:
        cell += f" (median of {r['runs']}; min {r['min_s'] * 1000:.0f} ms)"
    if not r["ok"]:
        cell += f" - FAILED, exit {r['rc']}: {r['error'] or ''}".rstrip()
    return cell


def markdown(res: dict[str, Any]) -> str:
    meta, short, news, up, mem, stg = (res[k] for k in ("meta", "short", "news", "startup", "memory", "stages"))
    lines = [
        f"Measured {meta['date']} on {meta['cpu']} (one core), Python {meta['python']}, "
        f"{meta['platform']}, conflictlens {meta['version']}, mode {meta['mode']}.",
        "",
        "| measure | result |",
        "| --- | --- |",
        f"| short notes: {short['docs']} docs, mean {short['mean_words']} words ({short['source']}) | {_rate(short)} |",
        f"| news-length reports: {news['docs']} docs, mean {news['mean_words']} words ({news['source']}) | {_rate(news)} |",
        f"| news-length reports, extraction alone (no geocoding) | {res['geo']['news_without_geocoding_docs_per_s']:,} docs/s |",
        f"| gazetteer load from its cache (in this process) | {int(res['geo']['load_seconds'] * 1000)} ms |",
        f"| ingest into SQLite (extract, store, resolve), news-length reports | {res['ingest']['docs_per_s']:,} docs/s "
        f"({res['ingest']['docs']} docs; {res['ingest']['ratio']:.0%} of extraction alone; best of {res['ingest']['rounds']} runs each) |",
        f"| start-up: `{up['import_extract']['command']}` | {_startup_cell(up['import_extract'])} |",
        f"| start-up: `{up['cli_help']['command']}` | {_startup_cell(up['cli_help'])} |",
        f"| start-up, first report naming a town: `{up['first_town']['command']}` | {_startup_cell(up['first_town'])} |",
        f"| start-up: bare `python -c pass`, for reference | {_startup_cell(up['python_bare'])} |",
    ]
    if mem.get("ok"):
        lines.append(f"| peak memory (ru_maxrss), extracting {mem['docs']} news-length reports | "
                     f"{mem['maxrss_peak_mb']:.1f} MB (after import: {mem['maxrss_after_import_mb']:.1f} MB) |")
    else:
        lines.append(f"| peak memory, news-length reports | FAILED: {mem.get('error')} |")
    lines += [
        "",
        f"Share of extraction time by stage (cProfile over {stg['docs']} news-length reports, "
        f"{stg['profiled_s']:.2f} s profiled; cumulative = time inside the module, callees included):",
        "",
        "| stage | cumulative | self | calls |",
        "| --- | ---: | ---: | ---: |",
    ]
    top = stg["stages"][:12]
    if not top:
        lines.append("| (no time recorded in conflictlens.extract.* / text.* / geo.*) | | | |")
    for r in top:
        lines.append(f"| `{r['stage']}` | {r['cumulative_pct']:.1f}% | {r['self_pct']:.1f}% | {r['calls']:,} |")
    lines += ["", f"Command: `{res['command']}`"]
    return "\n".join(lines)


def dev_dir(shared: Path) -> Path | None:
    dev = shared / "data" / "dev"
    return dev if dev.is_dir() else None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="small sets and short time caps (about 20 s)")
    ap.add_argument("--json", metavar="PATH", help="also write the results as JSON to PATH")
    ap.add_argument("--limit", type=int, metavar="N", help="at most N documents in each set")
    ap.add_argument("--shared", default=str(DEFAULT_SHARED), metavar="DIR",
                    help="the shared folder with data/dev (default: ../shared beside the repository)")
    ap.add_argument("--memory-child", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--news-n", type=int, default=0, help=argparse.SUPPRESS)
    ap.add_argument("--cap", type=float, default=30.0, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)

    cpu = pin_one_core()
    if args.memory_child:
        memory_child(args)
        return 0

    sys.path.insert(0, str(SRC))
    mode = "quick" if args.quick else "full"
    cfg = dict(MODES[mode])
    if args.limit is not None:
        for key in ("short_n", "news_n", "profile_n"):
            cfg[key] = max(1, min(cfg[key], args.limit))
    shared = Path(args.shared)
    dev = dev_dir(shared)

    command = "python bench/bench.py" + (" --quick" if args.quick else "")
    if args.limit is not None:
        command += f" --limit {args.limit}"

    t_all = time.perf_counter()
    import conflictlens
    from conflictlens import extract
    pkg_dir = Path(conflictlens.__file__).resolve().parent

    def say(msg: str) -> None:
        print(f"[bench] {msg}", file=sys.stderr, flush=True)

    short_docs, short_src = short_notes(cfg["short_n"], dev)
    news_docs, news_src = news_reports(cfg["news_n"], dev)

    say(f"short notes: {len(short_docs)} available ({short_src})")
    short = throughput(extract, short_docs, cfg["cap_s"])
    short["source"] = short_src
    say(f"news-length reports: {len(news_docs)} ({news_src})")
    news = throughput(extract, news_docs, cfg["cap_s"])
    news["source"] = news_src
    say("news-length reports without geocoding")
    from conflictlens.extract import pipeline as _pipeline
    bare = throughput(_pipeline.extract, news_docs, cfg["cap_s"])
    say("ingest into SQLite (news-length reports)")
    ingest = ingest_throughput(news_docs, cfg["cap_s"])
    from conflictlens.geo import gazetteer as _gazetteer
    geo = {"load_seconds": round(_gazetteer.load().load_seconds, 3),
           "news_without_geocoding_docs_per_s": bare["docs_per_s"]}
    say("start-up")
    up = startup(cfg["startup_reps"])
    say("peak memory (child process)")
    mem = memory(cfg["news_n"], shared, cfg["cap_s"])
    say("profile by stage")
    stg = stages(extract, news_docs[: cfg["profile_n"]], pkg_dir, cfg["profile_cap_s"])

    res: dict[str, Any] = {
        "meta": {
            "date": _dt.date.today().isoformat(), "python": platform.python_version(),
            "platform": f"{platform.system()} {platform.machine()}", "cpu": cpu_model(), "pinned_cpu": cpu,
            "version": getattr(conflictlens, "__version__", "?"), "mode": mode, "limit": args.limit,
            "shared": str(shared) if dev else None,
        },
        "short": short, "news": news, "geo": geo, "ingest": ingest, "startup": up, "memory": mem, "stages": stg,
        "command": command,
    }
    res["meta"]["total_s"] = round(time.perf_counter() - t_all, 2)
    res["markdown"] = markdown(res)
    print(res["markdown"])
    if args.json:
        Path(args.json).write_text(json.dumps(res, indent=2) + "\n", encoding="utf-8")
        say(f"wrote {args.json}")
    say(f"done in {res['meta']['total_s']:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
