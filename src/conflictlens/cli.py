"""The `conflictlens` command: thin subcommands over the library.

Heavy modules are imported inside the command functions so that
`conflictlens --help` answers at once.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from conflictlens import __version__
from conflictlens.cli_store import plural

PROG = "conflictlens"
FORMATS = ("jsonl", "csv", "acled")
EXIT_OK, EXIT_REJECTED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130

EXTRACT_EPILOG = """\
examples:
  conflictlens extract report.txt
  conflictlens extract news.jsonl --published 2025-04-05 --format acled --output events.csv
  cat report.txt | conflictlens extract - --rejects rejected.jsonl

INPUT is a .txt file (one document, its id is the file name), a .jsonl file (one
{"id", "text", "published", "source", "url"} object a line), a folder of them, or
- for stdin (JSONL if it starts with "{", else plain text).
Exit status: 0 if every document was processed, 1 if any was rejected, 2 on usage errors.
"""
EVAL_EPILOG = """\
example:
  conflictlens eval gold/dev.jsonl --json
"""
DEMO_EPILOG = """\
examples:
  conflictlens demo
  conflictlens demo --table
"""


# --------------------------------------------------------------------------- parser

def build_parser() -> argparse.ArgumentParser:
    """The argument parser, with one subparser per command."""
    parser = argparse.ArgumentParser(
        prog=PROG, description="Turn reporting about armed conflict into an event dataset, offline.",
        epilog="example:\n  conflictlens extract report.txt --format acled --output events.csv",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    _add_extract(commands)
    _add_eval(commands)
    _add_demo(commands)
    _add_gazetteer(commands)
    _add_geocode(commands)
    from conflictlens import cli_store, cli_web
    cli_store.register(commands, _subparser)
    cli_web.register(commands, _subparser)
    from conflictlens import cli_batch, cli_feeds
    cli_feeds.register(commands, _subparser)
    cli_batch.register(commands, _subparser)
    return parser


def _subparser(commands: Any, name: str, help_text: str, epilog: str) -> argparse.ArgumentParser:
    return commands.add_parser(name, help=help_text, description=help_text, epilog=epilog,
                               formatter_class=argparse.RawDescriptionHelpFormatter)


def _add_extract(commands: Any) -> None:
    p = _subparser(commands, "extract", "Extract events from reports, one record per line.", EXTRACT_EPILOG)
    p.add_argument("inputs", nargs="+", metavar="INPUT", help=".txt or .jsonl file, folder, or - for stdin")
    p.add_argument("-o", "--output", metavar="PATH", help="write records here instead of stdout")
    p.add_argument("-f", "--format", choices=FORMATS, default="jsonl", help="output format (default: jsonl)")
    p.add_argument("--published", type=published_date, metavar="YYYY-MM-DD",
                   help="publication date for documents that carry none")
    p.add_argument("--rejects", metavar="PATH", help="also write the rejected inputs here, as JSONL")
    p.add_argument("--max-bytes", type=positive_int, default=1_000_000, metavar="N",
                   help="reject documents larger than N bytes (default: 1000000)")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no summary")
    p.add_argument("--focus", type=focus_spec, metavar="SPEC", help=FOCUS_HELP + " (default: none)")
    p.set_defaults(func=cmd_extract)


def _add_eval(commands: Any) -> None:
    p = _subparser(commands, "eval", "Score extraction against gold-coded reports.", EVAL_EPILOG)
    p.add_argument("gold", nargs="+", metavar="GOLD",
                   help="gold file(s): .jsonl, .gold.json, or a folder standing for those inside it")
    p.add_argument("--json", action="store_true", help="print the scores as JSON")
    p.add_argument("--resolve", action="store_true", help="score incidents after cross-document resolution")
    p.add_argument("--focus", type=focus_spec, default="auto", metavar="SPEC",
                   help=FOCUS_HELP + "; learnt per set by default (auto)")
    p.set_defaults(func=cmd_eval)


def _add_demo(commands: Any) -> None:
    p = _subparser(commands, "demo", "Extract the bundled sample reports and print the records.", DEMO_EPILOG)
    p.add_argument("--table", action="store_true", help="print a compact table instead of JSONL")
    p.set_defaults(func=cmd_demo)


GAZETTEER_EPILOG = """\
examples:
  conflictlens gazetteer build     # compile (or recompile) the cache from the packaged data
  conflictlens gazetteer info      # places per country, sources and versions, cache path
"""
GEOCODE_EPILOG = """\
examples:
  conflictlens geocode "Shelling hit Pokrovsk, Donetsk oblast, on Monday."
  conflictlens geocode "Kharkiv's Novobavarskyi district" --json
"""


def _add_gazetteer(commands: Any) -> None:
    p = _subparser(commands, "gazetteer", "Build or describe the offline gazetteer.", GAZETTEER_EPILOG)
    p.add_argument("action", choices=("build", "info"), help="build the cache, or describe it")
    p.add_argument("--json", action="store_true", help="print info as JSON")
    p.set_defaults(func=cmd_gazetteer)


def _add_geocode(commands: Any) -> None:
    p = _subparser(commands, "geocode", "Show each place a text names, its candidates and the choice.",
                   GEOCODE_EPILOG)
    p.add_argument("text", help="the text (or - to read it from stdin)")
    p.add_argument("--candidates", type=positive_int, default=5, metavar="N", help="candidates shown per place")
    p.add_argument("--focus", type=focus_spec, metavar="SPEC", help="where the text is about: ISO codes (UA) or "
                   "a country and its regions ('UA:Donetsk,Luhansk')")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_geocode)


def cmd_gazetteer(args: argparse.Namespace) -> int:
    """Compile the gazetteer cache, or say what it holds."""
    from conflictlens.geo import gazetteer
    if args.action == "build":
        try:
            path = gazetteer.build_and_save(progress=lambda msg: print(msg, file=sys.stderr))
        except OSError as exc:
            _error(f"cannot write the gazetteer cache ({exc}); set CONFLICTLENS_CACHE to a writable folder")
            return EXIT_USAGE
        gazetteer.load.cache_clear()
        print(f"gazetteer written to {path}")
        return EXIT_OK
    info = gazetteer.load().info()
    if args.json:
        sys.stdout.write(json.dumps(info, indent=2, ensure_ascii=False) + "\n")
        return EXIT_OK
    print(f"cache:   {_cache_line(info)}")
    print(f"places:  {info['places']:,} under {info['names']:,} names")
    print("kinds:   " + ", ".join(f"{k} {v:,}" for k, v in sorted(info["kinds"].items())))
    print("sources: " + ", ".join(f"{k} {v}" for k, v in info["sources"].items()))
    print("places per country (top 15): " + ", ".join(
        f"{iso} {n:,}" for iso, n in list(info["per_country"].items())[:15]))
    return EXIT_OK


def _cache_line(info: dict) -> str:
    """Where the gazetteer came from; without a cache file, why, in plain words."""
    if info["cache"] != "memory":
        return f"{info['cache']} (loaded in {info['load_seconds']} s)"
    from conflictlens.geo.gazetteer import cache_path
    return (f"none: the cache folder {cache_path().parent} is not writable, so the gazetteer was built in memory "
            f"for this run only ({info['load_seconds']} s); set CONFLICTLENS_CACHE to a writable folder to keep it")


def cmd_geocode(args: argparse.Namespace) -> int:
    """Explain the geocoding of a text: every place name, its candidates, the choice."""
    from conflictlens.api import geocode_text
    from conflictlens.geo.focus import make
    focus = make(getattr(args, "focus", None))
    if focus is not None and not focus.fixed:
        _error("--focus auto learns from a collection of reports; geocode reads one text: "
               "give ISO codes (UA) or a country and its regions ('UA:Donetsk')")
        return EXIT_USAGE
    text = sys.stdin.read() if args.text == "-" else args.text
    results = geocode_text(text, focus)
    rows = []
    for r in results:
        cands = [{"name": c.place.name, "kind": c.place.kind, "country": c.place.country,
                  "admin1": c.place.admin1, "admin2": c.place.admin2, "latitude": c.place.latitude,
                  "longitude": c.place.longitude, "population": c.place.population,
                  "source": c.place.source, "score": c.score, "why": c.why} for c in r.candidates[:args.candidates]]
        rows.append({"mention": r.mention.name, "kind": r.mention.kind, "qualifier": r.mention.qualifier,
                     "start": r.mention.start, "end": r.mention.end, "candidates": cands,
                     "choice": cands[0] if cands else None, "total_candidates": len(r.candidates)})
    if args.json:
        sys.stdout.write(json.dumps(rows, indent=2, ensure_ascii=False) + "\n")
        return EXIT_OK
    if not rows:
        print("no place names found")
        return EXIT_OK
    for row in rows:
        q = f", {row['qualifier']}" if row["qualifier"] else ""
        print(f"{row['mention']!r} ({row['kind']}{q}, chars {row['start']}-{row['end']}): "
              f"{plural(row['total_candidates'], 'candidate')}")
        for k, c in enumerate(row["candidates"]):
            mark = "->" if k == 0 else "  "
            where = ", ".join(x for x in (c["admin1"], c["country"]) if x)
            print(f"  {mark} {c['score']:6.2f}  {c['name']} [{c['kind']}] {where} "
                  f"({c['latitude']}, {c['longitude']}); {'; '.join(c['why'])}")
        if not row["candidates"]:
            print("     not in the gazetteer")
    return EXIT_OK


def published_date(value: str) -> str:
    """argparse type: a YYYY-MM-DD date (or ISO datetime, of which the date is kept)."""
    from conflictlens.ingest import normalize_published
    try:
        return normalize_published(value) or ""
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


FOCUS_HELP = ("where the reports are about, for place names they leave open: ISO codes (UA, 'UA,RU'), "
              "a country and its regions ('UA:Donetsk,Luhansk'), 'auto' (learnt from the reports "
              "as they are read) or 'none'")


def focus_spec(value: str) -> str:
    """argparse type: a --focus value geo.focus.make accepts."""
    from conflictlens.geo.focus import make
    try:
        make(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    return value


def positive_int(value: str) -> int:
    """argparse type: an integer above zero."""
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not an integer") from None
    if number <= 0:
        raise argparse.ArgumentTypeError(f"{value} must be above zero")
    return number


# --------------------------------------------------------------------------- running documents

@dataclass(slots=True)
class Stats:
    """Counts for the closing summary line."""

    read: int = 0
    processed: int = 0
    rejected: int = 0
    events: int = 0

    def summary(self) -> str:
        return (f"{PROG}: {plural(self.read, 'document')} read, {self.processed} processed, "
                f"{self.rejected} rejected, {plural(self.events, 'event')} found")


class Progress:
    """A one-line progress display on a TTY stream; silent elsewhere and for a handful of documents."""

    def __init__(self, stream: TextIO, *, enabled: bool | None = None, min_docs: int = 5,
                 interval: float = 0.2) -> None:
        self.stream = stream
        self.enabled = _isatty(stream) if enabled is None else enabled
        self.min_docs = min_docs
        self.interval = interval
        self.started = time.monotonic()
        self.last_draw: float | None = None
        self.shown = False

    def update(self, stats: Stats) -> None:
        """Redraw at most every `interval` seconds, once there are more than `min_docs` documents."""
        now = time.monotonic()
        if not self.enabled or stats.read <= self.min_docs or not self._due(now):
            return
        rate = stats.read / max(now - self.started, 1e-9)
        self.stream.write(f"\r{plural(stats.read, 'document')}, {rate:.1f} docs/s, {plural(stats.events, 'event')}\x1b[K")
        self.stream.flush()
        self.last_draw, self.shown = now, True

    def _due(self, now: float) -> bool:
        return self.last_draw is None or now - self.last_draw >= self.interval

    def clear(self) -> None:
        """Wipe the line so that a message can be printed cleanly."""
        if self.shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self.shown = False


def _isatty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def run_documents(items: Iterable[Any], stats: Stats, on_reject: Callable[[Any], None],
                  progress: Progress | None = None, focus: Any = None) -> Iterator[dict[str, Any]]:
    """Extract each Document and yield its flat records; hand each Rejection to `on_reject`.

    A document the extractor fails on becomes a rejection too, so one bad
    document never stops a long run and never disappears. `focus` is a
    geo.focus.Focus (or None) shared by all the documents.
    """
    from conflictlens import extract_document
    from conflictlens.ingest import Rejection

    for item in items:
        stats.read += 1
        if isinstance(item, Rejection):
            stats.rejected += 1
            on_reject(item)
        else:
            try:
                events = extract_document(item) if focus is None else extract_document(item, focus)
            except Exception as exc:  # noqa: BLE001 - recorded, not swallowed
                stats.rejected += 1
                on_reject(Rejection(item.id, item.id, None, f"extraction failed: {type(exc).__name__}: {exc}"))
            else:
                stats.processed += 1
                for event in events:
                    stats.events += 1
                    yield event.to_dict()
        if progress:
            progress.update(stats)


def rejection_reporter(stderr: TextIO, rejects: TextIO | None, progress: Progress | None) -> Callable[[Any], None]:
    """A callback listing each rejection on stderr (and in the --rejects file) as it happens."""
    def report(rejection: Any) -> None:
        if progress:
            progress.clear()
        stderr.write(f"{PROG}: rejected {rejection.describe()}\n")
        if rejects is not None:
            rejects.write(json.dumps(rejection.to_dict(), ensure_ascii=False) + "\n")
    return report


def open_output(stack: ExitStack, path: str | None, stdout: TextIO) -> TextIO:
    """The output stream: a UTF-8 file (newline="" for CSV) or stdout."""
    if path is None or path == "-":
        return stdout
    return stack.enter_context(open(path, "w", encoding="utf-8", newline=""))


# --------------------------------------------------------------------------- commands

def cmd_extract(args: argparse.Namespace) -> int:
    """Read every input, extract, write records; list rejections; exit 1 if any."""
    from conflictlens.export import get_writer
    from conflictlens.ingest import read_inputs

    stats = Stats()
    progress = None if args.quiet else Progress(sys.stderr)
    try:
        with ExitStack() as stack:
            out = open_output(stack, args.output, sys.stdout)
            rejects = open_output(stack, args.rejects, sys.stdout) if args.rejects else None
            items = read_inputs(args.inputs, published=args.published, max_bytes=args.max_bytes)
            from conflictlens.geo.focus import make
            records = run_documents(items, stats, rejection_reporter(sys.stderr, rejects, progress), progress,
                                    make(args.focus))
            get_writer(args.format)(records, out)
            out.flush()
    except OSError as exc:
        if isinstance(exc, BrokenPipeError):
            raise
        _error(f"cannot write {exc.filename or 'output'}: {exc.strerror or exc}")
        return EXIT_USAGE
    if progress:
        progress.clear()
    if not args.quiet:
        sys.stderr.write(stats.summary() + "\n")
    return EXIT_REJECTED if stats.rejected else EXIT_OK


def cmd_eval(args: argparse.Namespace) -> int:
    """Score gold files with `conflictlens.evaluate` and print a table or JSON."""
    import inspect
    try:
        from conflictlens import evaluate
        score_files, format_table = evaluate.score_files, evaluate.format_table
    except (ImportError, AttributeError) as exc:
        _error(f"evaluation is not available in this build ({exc})")
        return EXIT_REJECTED
    problem = _gold_path_problem(args.gold)
    if problem:
        _error(problem)
        return EXIT_USAGE
    kwargs: dict[str, Any] = {}
    if "focus" in inspect.signature(score_files).parameters:
        kwargs["focus"] = args.focus
    if args.resolve:
        if "resolve" not in inspect.signature(score_files).parameters:
            _error("--resolve is not supported by this build's evaluator")
            return EXIT_USAGE
        kwargs["resolve"] = True
    try:
        result = score_files(list(args.gold), **kwargs)
    except (ValueError, KeyError, TypeError) as exc:   # malformed gold: say which, no traceback
        _error(f"cannot read gold file: {exc}")
        return EXIT_USAGE
    if args.json:
        sys.stdout.write(json.dumps(result, indent=2, ensure_ascii=False, default=str) + "\n")
    else:
        sys.stdout.write(str(format_table(result)).rstrip("\n") + "\n")
    return EXIT_OK


def _gold_path_problem(paths: list[str]) -> str | None:
    """Why the GOLD arguments cannot be read, or None. A folder stands for its *.jsonl and
    *.gold.json files (evaluate.expand_paths), so it must hold some."""
    missing = [p for p in paths if not Path(p).exists()]
    if missing:
        return "gold file not found: " + ", ".join(missing)
    empty = [p for p in paths if Path(p).is_dir()
             and not any(q.is_file() and q.name.endswith((".jsonl", ".gold.json")) for q in Path(p).iterdir())]
    if empty:
        return ("folder holds no .jsonl or .gold.json gold files: " + ", ".join(empty)
                + " (pass the gold files, or a folder of them)")
    return None


def cmd_demo(args: argparse.Namespace) -> int:
    """Extract the bundled samples, so a new user sees output without data of their own."""
    from conflictlens.export import write_jsonl
    from conflictlens.ingest import read_inputs
    from conflictlens.samples import samples_jsonl_path

    stats = Stats()
    items = read_inputs([samples_jsonl_path()])
    records = run_documents(items, stats, rejection_reporter(sys.stderr, None, None))
    if args.table:
        write_table(records, sys.stdout)
    else:
        write_jsonl(records, sys.stdout)
    sys.stderr.write(stats.summary() + "\n")
    if not stats.events:
        sys.stderr.write(f"{PROG}: the extractor found no events in the samples\n")
    return EXIT_REJECTED if stats.rejected else EXIT_OK


# --------------------------------------------------------------------------- table

TABLE_COLUMNS = (("doc_id", 26), ("event_date", 10), ("type", 34), ("location", 18),
                 ("killed", 6), ("injured", 7))


def table_cells(record: dict[str, Any]) -> list[str]:
    """The compact-table cells of one record."""
    kind = record.get("sub_event_type") or record.get("plover") or record.get("event_type")
    values = [record.get("doc_id"), record.get("event_date"), kind, record.get("location"),
              record.get("fatalities"), record.get("injured")]
    return ["-" if v is None else str(v) for v in values]


def write_table(records: Iterable[dict[str, Any]], out: TextIO) -> int:
    """A fixed-width table, one event a line, for reading in a terminal."""
    def line(cells: Iterable[str]) -> str:
        return "  ".join(_fit(c, w) for c, (_, w) in zip(cells, TABLE_COLUMNS)).rstrip() + "\n"

    out.write(line(name for name, _ in TABLE_COLUMNS))
    count = 0
    for record in records:
        out.write(line(table_cells(record)))
        count += 1
    return count


def _fit(text: str, width: int) -> str:
    return (text[: width - 1] + "…" if len(text) > width else text).ljust(width)


# --------------------------------------------------------------------------- entry point

def _error(message: str) -> None:
    sys.stderr.write(f"{PROG}: error: {message}\n")


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit status (0 ok, 1 rejections, 2 usage error)."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits on --help, --version and usage errors
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    if args.command is None:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        return args.func(args)
    except KeyboardInterrupt:
        sys.stderr.write("\n")
        return EXIT_INTERRUPTED
    except RuntimeError as exc:
        from conflictlens.store.db import CannotOpen
        if not isinstance(exc, CannotOpen):
            raise
        _error(str(exc))        # every command that opens the database: its reason, not a traceback
        return EXIT_USAGE
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_REJECTED


def _silence_stdout() -> None:
    """After the reader of our output went away (`| head`), stop Python's exit-time flush error."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


if __name__ == "__main__":
    sys.exit(main())
