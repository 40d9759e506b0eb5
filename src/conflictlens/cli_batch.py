"""The `batch` command: code a large corpus on a Dask cluster (docs/BATCH.md).

Thin wrapper over conflictlens.batch; `conflictlens.cli` registers it.
"""
from __future__ import annotations

import argparse
import sys
from typing import Any

BATCH_EPILOG = """\
examples:
  conflictlens batch news/*.jsonl.gz --out run1 --workers 4
  conflictlens batch corpus.parquet --out run1 --scheduler tcp://scheduler:8786
  conflictlens batch feed.jsonl --out run1 --db incidents.db
Partitions already written in --out are skipped, so a killed run resumes where it stopped.
As with ingest, the same text again is a duplicate, and another text under an id
already kept is kept as a new version, ID#HASH8.
Output: OUT/mentions/*.parquet (one file per input partition) and OUT/incidents/*.parquet.
"""


def register(commands: Any, subparser) -> None:
    """Add the batch command to the main parser."""
    from conflictlens.cli import positive_int

    p = subparser(commands, "batch", "Extract and resolve a large corpus on a Dask cluster.", BATCH_EPILOG)
    p.add_argument("inputs", nargs="+", metavar="INPUT", help=".jsonl, .jsonl.gz or .parquet file, or a folder of them")
    p.add_argument("--out", required=True, metavar="DIR", help="output folder (Parquet); re-use it to resume")
    p.add_argument("--scheduler", default="local", metavar="local|tcp://HOST:8786",
                   help="a running Dask scheduler, or 'local' for a cluster on this machine (default)")
    p.add_argument("--workers", type=positive_int, default=2, metavar="N",
                   help="local worker processes, one thread each (default: 2; ignored with tcp://)")
    p.add_argument("--db", metavar="PATH_OR_URL", help="also store the result in this (empty) database")
    p.add_argument("--partition-docs", type=positive_int, default=2000, metavar="N",
                   help="documents per partition of a .jsonl file (default: 2000)")
    p.add_argument("--max-bytes", type=positive_int, default=1_000_000, metavar="N",
                   help="reject documents larger than N bytes (default: 1000000)")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress lines")
    p.set_defaults(func=cmd_batch)


def cmd_batch(args: argparse.Namespace) -> int:
    prog = "conflictlens"
    try:
        import distributed  # noqa: F401
        import pyarrow  # noqa: F401
    except ImportError as exc:
        sys.stderr.write(f"{prog} batch: error: {exc.name} is missing; install the extra: "
                         "pip install 'conflictlens[batch]'\n")
        return 2
    from conflictlens.batch import run
    from conflictlens.cli_store import plural
    from conflictlens.store.db import CannotOpen, connect

    if args.db is not None:
        try:                    # before the run, not after an hour of it
            connect(args.db).close()
        except CannotOpen as exc:
            sys.stderr.write(f"{prog}: error: {exc}\n")
            return 2
    try:
        s = run(args.inputs, args.out, scheduler=args.scheduler, workers=args.workers, db_url=args.db,
                docs_per_partition=args.partition_docs, max_bytes=args.max_bytes,
                progress=None if args.quiet else sys.stderr)
    except (ValueError, OSError, CannotOpen) as exc:
        sys.stderr.write(f"{prog} batch: error: {exc}\n")
        return 2
    for rej in s.rejections[:20]:
        where = f"{rej['input']}:{rej['line']}" if rej["line"] is not None else rej["input"]
        sys.stderr.write(f"{prog}: rejected {where} [{rej['doc_id']}]: {rej['reason']}\n")
    if len(s.rejections) > 20:
        sys.stderr.write(f"{prog}: ... {len(s.rejections) - 20} more rejections in {args.out}/documents\n")
    if not args.quiet:
        sys.stderr.write(f"{prog}: {plural(s.partitions, 'partition')} ({s.skipped} already done), "
                         f"{documents_phrase(s)}, {plural(s.duplicates, 'duplicate')}, {s.rejected} rejected, "
                         f"{plural(s.mentions, 'mention')}, {plural(s.incidents, 'incident')} ({args.out})\n")
    return 1 if s.rejected else 0


def documents_phrase(s: Any) -> str:
    """`12 documents`, and how many of them are new texts under an id already kept (as ingest says it)."""
    from conflictlens.cli_store import plural
    if not s.versions:
        return plural(s.documents, "document")
    return (f"{plural(s.documents, 'document')} ({s.versions} as "
            + ("a new version of an id already kept)" if s.versions == 1 else "new versions of ids already kept)"))


def main(argv: list[str] | None = None) -> int:
    """`python -m conflictlens.cli_batch ...`: the command on its own (before and besides cli.py)."""
    parser = argparse.ArgumentParser(prog="conflictlens")
    commands = parser.add_subparsers(dest="command", required=True)

    def subparser(cmds, name, help_text, epilog):
        return cmds.add_parser(name, help=help_text, description=help_text, epilog=epilog,
                               formatter_class=argparse.RawDescriptionHelpFormatter)

    register(commands, subparser)
    args = parser.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
