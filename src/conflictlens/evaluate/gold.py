"""Read gold sets, run an extractor over them and score it (`conflictlens eval`).

Two gold formats are read:

- JSONL, one case a line: {"id", "set", "text", "published", "gold": {...}}
  (the dev sets of ../shared/data/dev). A row without "set" takes the file stem.
- The seed format, `NAME.gold.json`: {"document": {"id", "file", "published"},
  "events": [...]}, whose text lives beside it in `document.file`. Seed files
  are scored as their own set, "seed": the document-level metrics on figures
  derived from the coded events, and the field-by-field agreement of the
  events marked `"tier": "core"`.

The extractor is any callable `extractor(text, published=..., doc_id=...)`
returning a list of events (`Event` objects or flat dicts); it defaults to
`conflictlens.extract`. An extractor that raises on a document is recorded as an
error for that document, which is then scored as having no events.
"""
from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any, TextIO

from conflictlens.cli_store import plural
from conflictlens.evaluate import metrics as M

Extractor = Callable[..., Sequence[Any]]


SEED_SET = "seed"


# --------------------------------------------------------------------------- reading

def expand_paths(paths: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """Files as given; a directory stands for its *.jsonl and *.gold.json files, sorted."""
    out: list[Path] = []
    for p in paths:
        path = Path(p)
        if path.is_dir():
            out += sorted(q for q in path.iterdir()
                          if q.is_file() and (q.name.endswith(".jsonl") or q.name.endswith(".gold.json")))
        else:
            out.append(path)
    return out


def set_name_for(path: Path) -> str:
    name = path.name
    for suffix in (".gold.json", ".jsonl", ".json"):
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return path.stem


def read_jsonl_gold(path: str | os.PathLike[str], limit: int | None = None) -> list[dict[str, Any]]:
    """The cases of a gold JSONL file (at most `limit`); a bad line is a ValueError naming file and line."""
    path = Path(path)
    default_set = set_name_for(path)
    rows: list[dict[str, Any]] = []
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if limit is not None and len(rows) >= limit:
                break
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{lineno}: not valid JSON ({exc.msg})") from None
            if not isinstance(row, dict) or not isinstance(row.get("text"), str):
                raise ValueError(f"{path}:{lineno}: expected an object with a 'text' string")
            gold = row.get("gold")
            if gold is None:
                gold = {}
            if not isinstance(gold, dict):
                raise ValueError(f"{path}:{lineno}: 'gold' must be an object")
            rows.append({
                "id": str(row.get("id") if row.get("id") is not None else f"{default_set}:{lineno}"),
                "set": str(row.get("set") or default_set),
                "text": row["text"],
                "published": row.get("published"),
                "gold": gold,
            })
    return rows


def _seed_document_gold(events: list[dict[str, Any]]) -> dict[str, Any]:
    """Document-level gold derived from the coded events of a seed file."""
    gold: dict[str, Any] = {}
    counted = [e for e in events if not (e.get("event_type") == "Strategic developments" and e.get("plover"))]
    for name in ("fatalities", "injured"):
        values = [M._as_int(e.get(name)) for e in counted if e.get(name) is not None]
        values = [v for v in values if v is not None]
        if values:
            gold[name] = sum(values)
    core = [e for e in events if e.get("tier") == "core"] or counted
    if core:
        first = core[0]
        for key in ("event_date", "country", "admin1", "location"):
            if M.labelled(first, key):
                gold[key] = first[key]
        if M.gold_point(first) is not None:
            gold["lat"], gold["lon"] = M.gold_point(first)
    return gold


def read_seed_gold(path: str | os.PathLike[str]) -> list[dict[str, Any]]:
    """One case from a seed `.gold.json`; its text is read from `document.file` beside it."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise ValueError(f"{path}: not valid JSON ({exc.msg})") from None
    doc = data.get("document") if isinstance(data, dict) else None
    events = data.get("events") if isinstance(data, dict) else None
    if not isinstance(doc, dict) or not isinstance(events, list):
        raise ValueError(f"{path}: expected the seed format with 'document' and 'events'")
    text_name = doc.get("file") or (set_name_for(path) + ".txt")
    text_path = path.parent / text_name
    if not text_path.is_file():
        raise ValueError(f"{path}: its text {text_path} is missing")
    events = [e for e in events if isinstance(e, dict)]
    return [{
        "id": str(doc.get("id") or set_name_for(path)),
        "set": SEED_SET,
        "text": text_path.read_text(encoding="utf-8"),
        "published": doc.get("published"),
        "gold": _seed_document_gold(events),
        "core_events": [e for e in events if e.get("tier") == "core"],
    }]


def read_gold(path: str | os.PathLike[str], limit: int | None = None) -> list[dict[str, Any]]:
    """The cases of one gold file, whichever of the two formats it is in."""
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"gold file not found: {path}")
    if path.name.endswith(".jsonl"):
        return read_jsonl_gold(path, limit)
    if path.name.endswith(".json"):
        rows = read_seed_gold(path)
        return rows[:limit] if limit is not None else rows
    raise ValueError(f"{path}: not a gold file (expected .jsonl or .gold.json)")


# --------------------------------------------------------------------------- scoring

def _default_extractor() -> Extractor:
    from conflictlens import extract
    return extract


class _Progress:
    """A one-line counter on stderr, redrawn at most five times a second; silent when off."""

    def __init__(self, total: int | None, stream: TextIO | None, enabled: bool) -> None:
        self.total, self.stream, self.enabled = total, stream or sys.stderr, enabled
        self._last = 0.0

    def update(self, done: int, label: str) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self._last < 0.2 and done != self.total:
            return
        self._last = now
        counted = f"{done}/{plural(self.total, 'document')}" if self.total else plural(done, "document")
        self.stream.write(f"\reval: {counted} ({label})\x1b[K")
        self.stream.flush()

    def close(self) -> None:
        if self.enabled:
            self.stream.write("\r\x1b[K")
            self.stream.flush()


def _stderr_is_tty() -> bool:
    try:
        return sys.stderr.isatty()
    except (AttributeError, ValueError):
        return False


def _cell(right: int, n: int) -> dict[str, Any]:
    return {"right": right, "n": n, "accuracy": (right / n) if n else None}


def score_rows(
    rows: Iterable[dict[str, Any]],
    extractor: Extractor | None = None,
    *,
    progress: bool | None = None,
    total: int | None = None,
    focus: str | None = "auto",
) -> dict[str, Any]:
    """Run `extractor` over gold rows and score every set they belong to.

    `focus` (the default extractor only) is the geographic focus of each set, as
    `--focus` gives it to `extract` and `ingest`: "auto" learns one per set from
    the set's own reports, in order (geo.focus); None turns it off.

    Returns {"metrics": [...], "sets": {name: {"n", "errors", "error_example",
    "metrics": {metric: {"right", "n", "accuracy"}}, ["core_fields": {...}]}},
    "seconds"}. Identical (text, published) pairs of one set are extracted once.
    """
    extract_fn = extractor or _default_extractor()
    fallback_fn = None
    focuses: dict[str, Any] = {}
    if extractor is None:
        from conflictlens.api import document_record as fallback_fn
        from conflictlens.geo import focus as focus_mod
    show = _stderr_is_tty() if progress is None else progress
    bar = _Progress(total, sys.stderr, show)
    tallies: dict[str, dict[str, list[int]]] = {}
    sets: dict[str, dict[str, Any]] = {}
    cache: dict[tuple[str, Any], list[Any]] = {}
    started = time.perf_counter()
    done = 0
    try:
        for row in rows:
            name = str(row.get("set") or "default")
            info = sets.get(name)
            if info is None:
                info = sets[name] = {"n": 0, "errors": 0, "error_example": None}
                tallies[name] = {m: [0, 0] for m in M.DOC_METRICS}
            info["n"] += 1
            text, published = row.get("text") or "", row.get("published")
            key = (name, text, published)     # each set has its own focus
            events = cache.get(key)
            set_focus = None
            if extractor is None:
                if name not in focuses:
                    focuses[name] = focus_mod.make(focus)
                set_focus = focuses[name]
            if events is None:
                try:
                    if set_focus is not None:
                        events = list(extract_fn(text, published=published, doc_id=row.get("id"), focus=set_focus) or [])
                    else:
                        events = list(extract_fn(text, published=published, doc_id=row.get("id")) or [])
                except Exception as exc:  # one bad document must not end the run
                    info["errors"] += 1
                    if info["error_example"] is None:
                        info["error_example"] = f"{row.get('id')}: {type(exc).__name__}: {exc}"
                    events = []
                cache[key] = events
            fallback = fallback_fn(text, published, set_focus) if fallback_fn else None
            verdicts = M.score_document(row.get("gold") or {}, events, fallback)
            tally = tallies[name]
            for metric, ok in verdicts.items():
                if ok is not None:
                    tally[metric][0] += int(ok)
                    tally[metric][1] += 1
            core = row.get("core_events")
            if core:
                fields = info.setdefault("_core", {})
                for field, (right, n) in M.score_core_events(core, events).items():
                    cell = fields.setdefault(field, [0, 0])
                    cell[0] += right
                    cell[1] += n
            done += 1
            bar.update(done, name)
    finally:
        bar.close()

    for name, info in sets.items():
        info["metrics"] = {m: _cell(*tallies[name][m]) for m in M.DOC_METRICS}
        core_fields = info.pop("_core", None)
        if core_fields is not None:
            right = sum(c[0] for c in core_fields.values())
            n = sum(c[1] for c in core_fields.values())
            info["core_fields"] = {**_cell(right, n),
                                   "by_field": {f: _cell(*c) for f, c in sorted(core_fields.items())}}
    return {
        "metrics": list(M.DOC_METRICS),
        "sets": sets,
        "documents": done,
        "seconds": round(time.perf_counter() - started, 3),
    }


def score_files(
    paths: list[str],
    resolve: bool = False,
    limit: int | None = None,
    *,
    extractor: Extractor | None = None,
    progress: bool | None = None,
    focus: str | None = "auto",
) -> dict[str, Any]:
    """Score the extractor on gold files (JSONL dev sets, seed .gold.json, or directories of them).

    `limit` caps the cases read from each file. With `resolve=True` the rows that
    carry a gold `cluster` are also ingested into a scratch database and the
    incidents scored pairwise against the clusters (result["resolve"]).
    """
    files = expand_paths(paths)
    rows: list[dict[str, Any]] = []
    for path in files:
        rows += read_gold(path, limit)
    result = score_rows(rows, extractor, progress=progress, total=len(rows), focus=focus)
    result["focus"] = focus
    result["files"] = [str(p) for p in files]
    result["limit"] = limit
    result["resolve"] = None
    if resolve:
        from conflictlens.evaluate.resolution import score_resolution
        result["resolve"] = score_resolution(rows, focus=focus)
    return result


# --------------------------------------------------------------------------- table

_HEADERS = {
    "has_event": "has_event", "fatalities_exact": "fatalities", "injured_exact": "injured",
    "event_date": "date", "event_date_events": "date(ev)", "admin1_events": "admin1(ev)", "admin1": "admin1", "country": "country", "location": "location",
    "geo_25km": "geo_25km",
}


def _fmt_cell(cell: dict[str, Any] | None) -> str:
    if not cell or not cell.get("n"):
        return "-"
    return f"{100.0 * cell['right'] / cell['n']:.1f}% ({cell['n']})"


def format_table(result: dict[str, Any]) -> str:
    """A fixed-width table: one row a set, one column a metric, each cell 'accuracy% (n)'."""
    metric_names = list(result.get("metrics") or M.DOC_METRICS)
    sets: dict[str, Any] = result.get("sets") or {}
    has_core = any("core_fields" in info for info in sets.values())
    headers = ["set", "n"] + [_HEADERS.get(m, m) for m in metric_names] + (["core fields"] if has_core else [])

    body: list[list[str]] = []
    for name, info in sets.items():
        row = [name, str(info.get("n", 0))]
        row += [_fmt_cell(info.get("metrics", {}).get(m)) for m in metric_names]
        if has_core:
            core = info.get("core_fields")
            row.append(f"{core['right']}/{core['n']}" if core else "-")
        body.append(row)
    if len(sets) > 1:
        row = ["all", str(sum(info.get("n", 0) for info in sets.values()))]
        for m in metric_names:
            right = sum(info.get("metrics", {}).get(m, {}).get("right", 0) for info in sets.values())
            n = sum(info.get("metrics", {}).get(m, {}).get("n", 0) for info in sets.values())
            row.append(_fmt_cell({"right": right, "n": n}))
        if has_core:
            row.append("")
        body.append(row)

    widths = [max(len(r[i]) for r in [headers] + body) for i in range(len(headers))]

    def line(cells: list[str]) -> str:
        parts = [cells[0].ljust(widths[0])] + [c.rjust(w) for c, w in zip(cells[1:], widths[1:])]
        return "  ".join(parts).rstrip()

    out = [line(headers), line(["-" * w for w in widths])]
    out += [line(r) for r in body]
    if not sets:
        out.append("(no documents)")

    notes: list[str] = []
    for name, info in sets.items():
        core = info.get("core_fields")
        if core and core.get("by_field"):
            cells = ", ".join(f"{f} {c['right']}/{c['n']}" for f, c in core["by_field"].items())
            notes.append(f"{name} core events, by field: {cells}")
        if info.get("errors"):
            notes.append(f"{name}: the extractor failed on {plural(info['errors'], 'document')}, scored as empty;"
                         f" first: {info.get('error_example')}")
    resolve = result.get("resolve")
    if resolve and resolve.get("status") == "ok" and not resolve.get("texts"):
        notes.append("resolution: n/a (no gold clusters)")
    elif resolve and resolve.get("status") == "ok" and not resolve.get("gold_pairs"):
        notes.append(f"resolution: n/a (no two of the {resolve['texts']} clustered texts share a gold cluster)")
    elif resolve and resolve.get("status") == "ok":
        def score(name: str) -> str:
            return "n/a" if resolve.get(name) is None else f"{resolve[name]:.3f}"
        notes.append(f"resolution (pairs over {plural(resolve['texts'], 'distinct text')}, "
                     f"{plural(resolve['incidents'], 'incident')}): "
                     f"precision {score('precision')}, recall {score('recall')}, F1 {score('f1')} "
                     f"({resolve['true_pairs']} of {plural(resolve['gold_pairs'], 'gold pair')}; "
                     f"{plural(resolve['system_pairs'], 'system pair')})")
    elif resolve:
        notes.append(f"resolve: {resolve.get('message')}")
    if "documents" in result and "seconds" in result:
        notes.append(f"{plural(result['documents'], 'document')} in {result['seconds']:.1f} s")
    return "\n".join(out + ([""] + notes if notes else [])) + "\n"
