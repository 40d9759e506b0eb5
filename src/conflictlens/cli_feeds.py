"""The feed commands: `watch`, and the `--feed` option of `ingest`.

Thin wrappers over conflictlens.ingest.feeds and conflictlens.ingest.watch;
`conflictlens.cli` registers `watch`, and `cli_store`'s ingest calls
`add_feed_option` and `feed_items`.
"""
from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from typing import Any

WATCH_EPILOG = """\
examples:
  conflictlens watch feeds.txt --interval 10m --db events.db
  conflictlens watch feeds.txt --once --state /var/lib/conflictlens/feeds.state.json   # from cron

FEEDS_FILE names one feed a line (an RSS/Atom URL or a feed file; # starts a comment).
Each new item is stored once: the page it links to (main text) or, when that cannot
be fetched, its summary. The state file (default: FEEDS_FILE.state.json) keeps the
items seen, the ETag/Last-Modified of each feed and its backoff after errors
(interval x 2^(failures-1), at most --max-backoff), so a restart neither stores an
item twice nor skips one. Only the feeds' URLs and their items' links are fetched.
Exit status with --once: 0 if every feed was read and every item stored, else 1.
"""


def _duration(value: str) -> float:
    from conflictlens.ingest.watch import parse_duration
    try:
        seconds = parse_duration(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    if seconds <= 0:
        raise argparse.ArgumentTypeError(f"{value} must be above zero")
    return seconds


def register(commands: Any, subparser) -> None:
    """Add the `watch` command to the main parser."""
    from conflictlens.cli import positive_int

    p = subparser(commands, "watch", "Poll RSS/Atom feeds and store their new items.", WATCH_EPILOG)
    p.add_argument("feeds_file", metavar="FEEDS_FILE", help="file with one feed URL or path a line")
    p.add_argument("--interval", type=_duration, default=600.0, metavar="DURATION",
                   help="time between polls, e.g. 30s, 10m, 1h (default: 10m)")
    p.add_argument("--db", metavar="PATH_OR_URL",
                   help="SQLite file or postgresql:// URL (default: $CONFLICTLENS_DB or ./conflictlens.db)")
    p.add_argument("--state", metavar="PATH", help="state file (default: FEEDS_FILE.state.json)")
    p.add_argument("--once", action="store_true", help="poll every feed once and exit")
    p.add_argument("--max-backoff", type=_duration, default=6 * 3600.0, metavar="DURATION",
                   help="longest wait before asking a failing feed again (default: 6h)")
    p.add_argument("--no-fetch", action="store_true",
                   help="store each item's summary; do not fetch the pages items link to")
    p.add_argument("--max-bytes", type=positive_int, default=1_000_000, metavar="N",
                   help="reject documents larger than N bytes (default: 1000000)")
    p.add_argument("-q", "--quiet", action="store_true", help="print only errors and rejections")
    from conflictlens.cli import FOCUS_HELP, focus_spec
    p.add_argument("--focus", type=focus_spec, metavar="SPEC", help=FOCUS_HELP + " (default: none)")
    p.set_defaults(func=cmd_watch)


def add_feed_option(ingest_parser: argparse.ArgumentParser) -> None:
    """Give `ingest` the `--feed URL_OR_FILE` option (repeatable) and `--no-fetch`; INPUT becomes optional."""
    ingest_parser.add_argument("--feed", action="append", default=[], metavar="URL_OR_FILE",
                               help="an RSS/Atom feed (URL or file): store each item's page, or its summary "
                                    "when the page cannot be fetched (repeatable)")
    ingest_parser.add_argument("--no-fetch", action="store_true",
                               help="with --feed: store items' summaries, do not fetch their pages")
    for action in ingest_parser._actions:     # INPUT may now be left out when --feed is given
        if action.dest == "inputs" and action.nargs == "+":
            action.nargs = "*"
            action.required = False


def missing_inputs(args: argparse.Namespace) -> bool:
    """True when `ingest` was given neither an INPUT nor a --feed."""
    return not getattr(args, "inputs", None) and not getattr(args, "feed", None)


def feed_items(args: argparse.Namespace) -> Iterator[Any]:
    """The Documents and Rejections of every `--feed`, in the order given."""
    from conflictlens.ingest.feeds import read_feed
    from conflictlens.ingest.readers import MAX_DOC_BYTES

    for source in getattr(args, "feed", None) or []:
        yield from read_feed(source, fetch_pages=not getattr(args, "no_fetch", False),
                             published=getattr(args, "published", None),
                             max_bytes=getattr(args, "max_bytes", MAX_DOC_BYTES))


def cmd_watch(args: argparse.Namespace) -> int:
    from conflictlens.api import document_extractor
    from conflictlens.cli import EXIT_OK, EXIT_REJECTED, EXIT_USAGE, PROG, _error
    from conflictlens.ingest.watch import Options, WatchState, default_state_path, read_feed_list, watch
    from conflictlens.cli_store import focus_for
    from conflictlens.store import repository
    from conflictlens.store.db import connect

    state_path = args.state or default_state_path(args.feeds_file)
    try:
        if not read_feed_list(args.feeds_file):
            _error(f"{args.feeds_file} names no feeds")
            return EXIT_USAGE
        WatchState.load(state_path)
    except OSError as exc:
        _error(f"cannot read {args.feeds_file}: {exc.strerror or exc}")
        return EXIT_USAGE
    except ValueError as exc:
        _error(str(exc))
        return EXIT_USAGE
    db = connect(args.db)
    options = Options(interval=args.interval, max_backoff=args.max_backoff, fetch_pages=not args.no_fetch,
                      max_bytes=args.max_bytes)
    failed = False
    focus = focus_for(db, getattr(args, "focus", None))
    extractor = document_extractor(focus)
    try:
        for results in watch(args.feeds_file, state_path, lambda items: repository.ingest(db, items, extractor),
                             options, once=args.once):
            for result in results:
                for rej in result.rejections:
                    sys.stderr.write(f"{PROG}: rejected {rej.describe()}\n")
                if result.status == "error" or result.rejected:
                    failed = True
                if result.status == "error" or not args.quiet:
                    sys.stderr.write(f"{PROG}: watch: {result.describe()}\n")
    finally:
        db.close()
    return EXIT_REJECTED if failed else EXIT_OK
