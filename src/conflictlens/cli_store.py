"""The database commands: ingest, incidents (list, merge, split, correct), show, resolve, export.

Thin wrappers over conflictlens.store; `conflictlens.cli` registers them.
"""
from __future__ import annotations

import argparse
import itertools
import json
import sys
from contextlib import ExitStack
from typing import Any

INGEST_EPILOG = """\
examples:
  conflictlens ingest reports/*.txt --published 2025-04-04
  conflictlens ingest feed.jsonl --db postgresql://localhost/conflict
A document whose text is already stored changes nothing; another text under an id
already stored (every stdin document is "stdin") is stored as a new version,
ID#HASH8. A killed ingest run again ends as one clean run would.
"""
INCIDENTS_EPILOG = """\
examples:
  conflictlens incidents --country Ukraine --since 2025-04-01 --min-fatalities 1
  conflictlens incidents --format jsonl > incidents.jsonl
  conflictlens incidents merge I3f2a... I9c1d... --author analyst1
  conflictlens incidents split I3f2a... --mentions 8532dbba34d1141e
  conflictlens incidents correct I3f2a... fatalities 15 --author analyst1
"""
INCIDENTS_USAGE = """conflictlens incidents [--db PATH_OR_URL] [--country C] [--admin1 A] [--since DATE] [--until DATE]
                              [--type TYPE] [--min-fatalities N] [--format table|jsonl|csv] [--limit N]
       conflictlens incidents merge A B | split INCIDENT --mentions EVENT_ID... | correct INCIDENT FIELD VALUE
                              [--author NAME] [--db PATH_OR_URL]"""
MERGE_EPILOG = """\
example:
  conflictlens incidents merge I3f2a... I9c1d... --author analyst1
Prints the incident kept on stdout and a confirmation on stderr.
"""
SPLIT_EPILOG = """\
example:
  conflictlens incidents split I3f2a... --mentions 8532dbba34d1141e
Prints the new incident on stdout and a confirmation on stderr.
"""


def correct_epilog() -> str:
    """The fields `correct` takes, by kind (from store.edits, so help and checks agree)."""
    from conflictlens.store.edits import CHOICES, COUNT_FIELDS, INT_RANGES, NUMBER_RANGES, TEXT_FIELDS

    def wrap(head: str, items) -> str:
        """Items after a heading, wrapped between items (never inside one) at 90 columns."""
        lines, line = [], f"  {head}"
        for k, item in enumerate(items):
            piece = item + ("," if k < len(items) - 1 else "")
            if len(line) + len(piece) > 90 and line.strip() != head.strip():
                lines.append(line.rstrip())
                line = " " * (len(head) + 2)
            line += piece + " "
        return "\n".join([*lines, line.rstrip()])
    ranges = [f"{f} {lo:g}..{hi:g}" for f, (lo, hi) in {**INT_RANGES, **NUMBER_RANGES}.items()]
    free = [f for f in TEXT_FIELDS if f not in CHOICES]
    return "\n".join([
        "examples:",
        "  conflictlens incidents correct I3f2a... fatalities 15 --author analyst1",
        "  conflictlens incidents correct I3f2a... event_date 2025-04-03",
        "  conflictlens incidents correct I3f2a... location null",
        "",
        "fields and values (null clears any of them):",
        wrap("counts, whole numbers >= 0:  ", COUNT_FIELDS),
        wrap("numbers in a range:  ", ranges),
        "  event_date: an ISO date, YYYY-MM-DD;  civilian_targeting: true or false",
        "  sources: a JSON list of strings, or text with the sources separated by ';'",
        wrap("text:  ", free),
        "  one of a list (anything else is refused, with the list):",
        *(wrap(f"  {f}:  ", ["ACLED's sub-event types, e.g. Air/drone strike, Armed clash, Attack, Other"]
               if f == "sub_event_type" else list(CHOICES[f])) for f in CHOICES),
        "Correcting fatalities or injured moves its low or high to the new value when needed,",
        "so that low <= best <= high. Prints a confirmation on stderr.",
        ""])


SHOW_EPILOG = """\
example:
  conflictlens show I8532dbba34d1141e
"""
RESOLVE_EPILOG = """\
example:
  conflictlens resolve --rebuild      # recompute every incident, then replay analysts' edits
"""
EXPORT_EPILOG = """\
examples:
  conflictlens export --format acled --output acled.csv --country Ukraine
  conflictlens export --format ucdp --output ged.csv
  conflictlens export --format geojson --output incidents.geojson --since 2025-01-01
  conflictlens export --format parquet --output incidents.parquet
"""
EXPORT_FORMATS = ("acled", "ucdp", "geojson", "parquet", "jsonl", "csv")


def day_bound(value: str, last: bool) -> str:
    """An ISO day from YYYY-MM-DD, YYYY-MM or YYYY: the first day of a month or year for
    --since, its last for --until. Anything else is a usage error, not an empty result."""
    import calendar
    import re
    from datetime import date

    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", value.strip())
    try:
        if not m:
            raise ValueError
        year, month, day = int(m[1]), int(m[2] or (12 if last else 1)), m[3]
        if day is None:
            day = calendar.monthrange(year, month)[1] if last else 1
        return date(year, month, int(day)).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{value!r} is not a date: give YYYY-MM-DD, YYYY-MM or YYYY (e.g. 2025-05-01)") from None


def since_date(value: str) -> str:
    """argparse type of --since: the first day the value names."""
    return day_bound(value, last=False)


def until_date(value: str) -> str:
    """argparse type of --until: the last day the value names."""
    return day_bound(value, last=True)


def _filters(p: argparse.ArgumentParser) -> None:
    p.add_argument("--country", help="country name, e.g. Ukraine")
    p.add_argument("--admin1", help="first-level region, e.g. Donetsk")
    p.add_argument("--since", type=since_date, metavar="DATE",
                   help="incidents on or after this date: YYYY-MM-DD, or YYYY-MM / YYYY for its first day")
    p.add_argument("--until", type=until_date, metavar="DATE",
                   help="incidents on or before this date: YYYY-MM-DD, or YYYY-MM / YYYY for its last day")
    p.add_argument("--type", help="event type, sub-event type or PLOVER code, any case, e.g. 'Air/drone strike', "
                                    "Battles, THREATEN")
    p.add_argument("--min-fatalities", type=int, metavar="N", help="at least N killed")


def _db_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", metavar="PATH_OR_URL",
                   help="SQLite file or postgresql:// URL (default: $CONFLICTLENS_DB or ./conflictlens.db)")


def register(commands: Any, subparser) -> None:
    """Add the database commands to the main parser."""
    from conflictlens.cli import FOCUS_HELP, focus_spec, positive_int, published_date

    p = subparser(commands, "ingest", "Extract reports and store them with their incidents.", INGEST_EPILOG)
    p.add_argument("inputs", nargs="+", metavar="INPUT",
                   help=".txt, .jsonl, .html or Telegram result.json file, folder, http(s):// page, or - for stdin")
    _db_arg(p)
    p.add_argument("--published", type=published_date, metavar="YYYY-MM-DD",
                   help="publication date for documents that carry none")
    p.add_argument("--max-bytes", type=positive_int, default=1_000_000, metavar="N",
                   help="reject documents larger than N bytes (default: 1000000)")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress and no summary")
    p.add_argument("--focus", type=focus_spec, metavar="SPEC", help=FOCUS_HELP + " (default: none)")
    from conflictlens.cli_feeds import add_feed_option
    add_feed_option(p)
    p.set_defaults(func=cmd_ingest)

    p = subparser(commands, "incidents", "List incidents, or merge, split and correct them.", INCIDENTS_EPILOG)
    _db_arg(p)
    _filters(p)
    p.add_argument("--format", choices=("table", "jsonl", "csv"), default="table", help="output format")
    p.add_argument("--limit", type=positive_int, metavar="N", help="at most N incidents")
    p.usage = INCIDENTS_USAGE
    edits = p.add_subparsers(dest="edit", metavar="EDIT", title="edits (optional; each has its own --help)")

    def edit(name: str, text: str, epilog: str) -> argparse.ArgumentParser:
        return edits.add_parser(name, help=text, description=text, epilog=epilog, prog=f"conflictlens incidents {name}",
                                formatter_class=argparse.RawDescriptionHelpFormatter)

    m = edit("merge", "Put every mention of incident B into incident A; B is gone afterwards.", MERGE_EPILOG)
    m.add_argument("a", metavar="A", help="incident to keep")
    m.add_argument("b", metavar="B", help="incident merged into it")
    s = edit("split", "Take mentions out of an incident into a new incident of their own.", SPLIT_EPILOG)
    s.add_argument("incident", metavar="INCIDENT", help="incident to take the mentions from")
    s.add_argument("--mentions", nargs="+", required=True, metavar="EVENT_ID",
                   help="the mentions to take out (their event ids, listed by `show`)")
    c = edit("correct", "Set one field of an incident by hand; the correction wins over the reports "
                        "and is kept through re-ingest and rebuild.", correct_epilog())
    c.add_argument("incident", metavar="INCIDENT", help="incident to correct")
    c.add_argument("field", metavar="FIELD", help="a field listed below")
    c.add_argument("value", metavar="VALUE", help="its new value, or null to clear it")
    for e in (m, s, c):
        e.add_argument("--author", help="who made the edit (default: the login name)")
        e.add_argument("--db", metavar="PATH_OR_URL", default=argparse.SUPPRESS,
                       help="SQLite file or postgresql:// URL (default: $CONFLICTLENS_DB or ./conflictlens.db); "
                            "may come before or after the edit name")
    p.set_defaults(func=cmd_incidents)

    p = subparser(commands, "show", "One incident with its reports, sources, revisions and evidence.", SHOW_EPILOG)
    p.add_argument("incident", help="incident id (I…)")
    _db_arg(p)
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_show)

    p = subparser(commands, "resolve", "Recompute incidents from the stored mentions.", RESOLVE_EPILOG)
    _db_arg(p)
    p.add_argument("--rebuild", action="store_true", required=True, help="recompute every incident")
    p.set_defaults(func=cmd_resolve)

    p = subparser(commands, "export", "Export incidents as ACLED or UCDP CSV, GeoJSON, Parquet, JSONL or CSV.", EXPORT_EPILOG)
    _db_arg(p)
    _filters(p)
    p.add_argument("--format", choices=EXPORT_FORMATS, required=True)
    p.add_argument("--output", "-o", required=True, metavar="PATH", help="file to write (- for stdout)")
    p.set_defaults(func=cmd_export)


def _open(args, must_exist: bool = True) -> Any:
    """The database of --db. Only `ingest` may create it: for the others a missing SQLite file
    is a typo, refused (store.db.NoDatabase) rather than created empty. An error opening it
    (store.db.CannotOpen) is reported by cli.main."""
    from conflictlens.store.db import connect
    return connect(args.db, must_exist=must_exist)


def _filter_values(args):
    from conflictlens.store.queries import Filters
    return Filters(args.country, args.admin1, args.since, args.until, args.type, args.min_fatalities)


def focus_for(db, spec: str | None):
    """The --focus of an ingest: what it learns ("auto"; the regions of a given "UA") starts
    from the places already stored."""
    from conflictlens.geo.focus import make
    from conflictlens.store import repository
    focus = make(spec)
    if focus is not None and focus.learning:
        focus.learn(reversed(repository.recent_records(db)))     # oldest first: recent places weigh more
    return focus


def cmd_ingest(args: argparse.Namespace) -> int:
    from conflictlens.api import document_extractor
    from conflictlens.cli import EXIT_OK, EXIT_REJECTED, PROG, Progress, Stats
    from conflictlens.ingest import read_inputs
    from conflictlens.store import repository

    from conflictlens.cli_feeds import feed_items, missing_inputs
    if missing_inputs(args):
        from conflictlens.cli import EXIT_USAGE, _error
        _error("give at least one INPUT or --feed")
        return EXIT_USAGE
    db = _open(args, must_exist=False)
    progress = None if args.quiet else Progress(sys.stderr)
    stats = Stats()

    def tick(s) -> None:
        stats.read, stats.processed, stats.rejected, stats.events = s.read, s.stored + s.duplicates, s.rejected, s.mentions
        if progress:
            progress.update(stats)

    items = itertools.chain(read_inputs(args.inputs, published=args.published, max_bytes=args.max_bytes),
                            feed_items(args))
    focus = focus_for(db, getattr(args, "focus", None))
    summary = repository.ingest(db, items, document_extractor(focus), tick)
    if progress:
        progress.clear()
    for rej in summary.rejections:
        sys.stderr.write(f"{PROG}: rejected {rej.describe() if hasattr(rej, 'describe') else rej}\n")
    if not args.quiet:
        sys.stderr.write(f"{PROG}: {plural(summary.read, 'document')} read, {stored_phrase(summary)}, "
                         f"{summary.duplicates} already stored, {summary.rejected} rejected, "
                         f"{plural(summary.mentions, 'mention')}, {incidents_phrase(summary.new_incidents)} "
                         f"({db.url})\n")
    db.close()
    return EXIT_REJECTED if summary.rejected else EXIT_OK


def incidents_phrase(net: int) -> str:
    """The change in the number of incidents: new ones, or fewer where lone reports joined older ones."""
    return plural(net, "new incident") if net >= 0 else f"{plural(-net, 'incident')} fewer (lone reports joined others)"


def stored_phrase(summary: Any) -> str:
    """`3 stored`, and how many of them are new texts under an id already stored, so that a
    reused id (stdin, report.txt in two folders) is visible."""
    versions = getattr(summary, "versions", 0)
    if not versions:
        return f"{summary.stored} stored"
    return (f"{summary.stored} stored ({versions} as a new version of an id already stored)" if versions == 1
            else f"{summary.stored} stored ({versions} as new versions of ids already stored)")


def cmd_incidents(args: argparse.Namespace) -> int:
    from conflictlens.cli import EXIT_OK, EXIT_USAGE, _error
    from conflictlens.store import edits, queries

    db = _open(args)
    try:
        if args.edit == "merge":
            moved = len(edits.mentions_of(db, edits.incident_id(db, args.b)))
            kept = edits.merge(db, args.a, args.b, args.author)
            print(kept)
            _confirm(db, f"merged {args.b} into {kept}, {plural(moved, 'mention')} moved")
            return EXIT_OK
        if args.edit == "split":
            new = edits.split(db, args.incident, args.mentions, args.author)
            print(new)
            n = len(set(args.mentions))
            _confirm(db, f"split {plural(n, 'mention')} out of {args.incident} into {new}")
            return EXIT_OK
        if args.edit == "correct":
            done = edits.correct(db, args.incident, args.field, edits.parse_value(args.field, args.value),
                                 args.author)
            _confirm(db, _correction_line(done))
            return EXIT_OK
    except edits.EditError as exc:
        _error(str(exc))
        return EXIT_USAGE
    rows = queries.incidents(db, _filter_values(args), args.limit)
    if args.format == "jsonl":
        from conflictlens.export import write_jsonl
        write_jsonl(rows, sys.stdout)
    elif args.format == "csv":
        from conflictlens.export.incidents import write_incidents_csv
        write_incidents_csv(rows, sys.stdout)
    else:
        write_incident_table(rows, sys.stdout)
        sys.stderr.write(f"{plural(len(rows), 'incident')}\n")
    return EXIT_OK


# (record key, header, width): `sources` is number_of_sources, the reports behind the incident
INCIDENT_TABLE = (("incident_id", "incident_id", 17), ("event_date", "event_date", 10),
                  ("sub_event_type", "sub_event_type", 33), ("plover", "plover", 8), ("location", "location", 20),
                  ("admin1", "admin1", 14), ("fatalities", "fatalities", 10), ("injured", "injured", 7),
                  ("number_of_sources", "sources", 7))


def write_incident_table(rows: list[dict], out) -> None:
    """The incidents as a fixed-width table; a cell too long for its column ends with `…`."""
    from conflictlens.cli import _fit

    def line(cells) -> str:
        return "  ".join(_fit(c, w) for c, (_, _, w) in zip(cells, INCIDENT_TABLE)).rstrip() + "\n"

    out.write(line(header for _, header, _ in INCIDENT_TABLE))
    for r in rows:
        out.write(line(_shown(r.get(key)) for key, _, _ in INCIDENT_TABLE))


def _shown(value: Any) -> str:
    return "-" if value is None else json.dumps(value, ensure_ascii=False) if isinstance(value, (list, bool)) \
        else str(value)


def _correction_line(done: dict) -> str:
    """`I… fatalities: 6 -> 15`, and the low or high moved with it."""
    line = f"{done['incident']} {done['field']}: {_shown(done['old'])} -> {_shown(done['new'])}"
    if done["adjusted"]:
        moved = ", ".join(f"{name} {_shown(old)} -> {_shown(new)}" for name, old, new in done["adjusted"])
        line += f", {moved} with it"
    return line


def _confirm(db, what: str) -> None:
    """One line on stderr saying what an edit did and how it was recorded (the last edit's row)."""
    author, at = db.one("SELECT author, at FROM edits ORDER BY id DESC LIMIT 1")
    sys.stderr.write(f"{what} (recorded by {author} at {at[:19].replace('T', ' ')} UTC)\n")


def cmd_show(args: argparse.Namespace) -> int:
    from conflictlens.cli import EXIT_OK, EXIT_USAGE, _error
    from conflictlens.store import queries

    rec = queries.incident(_open(args), args.incident)
    if rec is None:
        _error(f"no incident {args.incident}")
        return EXIT_USAGE
    if args.json:
        sys.stdout.write(json.dumps(rec, indent=2, ensure_ascii=False, default=str) + "\n")
        return EXIT_OK
    v = {k: _shown(x) for k, x in rec.items()}       # every null shown as "-"
    kind = " / ".join(x for x in (rec.get("event_type"), rec.get("sub_event_type"), rec.get("plover")) if x) or "-"
    print(f"{rec['incident_id']}  {v.get('event_date', '-')}  {kind}")
    print(f"  where:   {v.get('location', '-')} ({v.get('admin1', '-')}, {v.get('country', '-')}) "
          f"{v.get('latitude', '-')}, {v.get('longitude', '-')} precision {v.get('geo_precision', '-')}")
    print(f"  who:     {v.get('actor1', '-')} -> {v.get('actor2', '-')}; weapon {v.get('weapon', '-')}")
    for field in ("fatalities", "injured"):
        print(f"  {field}: best {v.get(field, '-')}, low {v.get(field + '_low', '-')}, "
              f"high {v.get(field + '_high', '-')}")
    print(f"  sources: {'; '.join(rec.get('sources') or []) or '-'}")
    print("  revisions:")
    for r in rec.get("revisions") or []:
        print(f"    {r.get('published') or '-'}  {r['field']}: {_shown(r['best'])} ({r.get('qualifier') or '-'}) "
              f"from {r.get('document')}, {r.get('source') or 'no source named'}: {r.get('text') or ''}")
    print("  reports:")
    for m in rec["mention_records"]:
        print(f"    {m['event_id']}  {m.get('doc_id')}  {m.get('published') or '-'}")
        for ev in m.get("evidence") or []:
            print(f"      {ev['field']}: {ev['text']!r} [{ev['start']}:{ev['end']}]")
    for c in rec.get("corrections") or []:
        print(f"  corrected: {c['field']} = {c['value']!r}")
    return EXIT_OK


def cmd_resolve(args: argparse.Namespace) -> int:
    from conflictlens.cli import EXIT_OK
    from conflictlens.store import edits

    n = edits.rebuild(_open(args))
    sys.stderr.write(f"{plural(n, 'incident')} after rebuilding\n")
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from conflictlens.cli import EXIT_OK, EXIT_USAGE, _error, open_output
    from conflictlens.export import get_writer
    from conflictlens.export.incidents import export_note, write_geojson, write_incidents_csv, write_ucdp
    from conflictlens.store import queries

    if args.format == "parquet" and args.output == "-":
        _error("Parquet is a binary format: give --output a file")
        return EXIT_USAGE
    rows = queries.incidents(_open(args), _filter_values(args))
    try:
        if args.format == "parquet":
            from conflictlens.export.incidents import write_parquet
            n = write_parquet(rows, args.output)
        else:
            writer = ({"ucdp": write_ucdp, "geojson": write_geojson, "csv": write_incidents_csv}.get(args.format)
                      or get_writer(args.format))
            with ExitStack() as stack:
                out = open_output(stack, None if args.output == "-" else args.output, sys.stdout)
                n = writer(rows, out)
    except (RuntimeError, ValueError) as exc:         # Parquet without pyarrow, or a value it cannot type
        _error(str(exc))
        return EXIT_USAGE
    except OSError as exc:
        if isinstance(exc, BrokenPipeError):
            raise
        _error(f"cannot write {args.output}: {exc.strerror or exc}")
        return EXIT_USAGE
    note = export_note(args.format, rows)
    where = "standard output" if args.output == "-" else args.output
    sys.stderr.write(f"{plural(n, 'incident')} written to {where}{f' ({note})' if note else ''}\n")
    return EXIT_OK


def plural(n: int, noun: str) -> str:
    """`1 incident`, `2 incidents`."""
    return f"{n} {noun}{'s' * (n != 1)}"
