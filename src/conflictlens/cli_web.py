"""The `serve` command: the HTTP API (and the dashboard, when its files are there) with uvicorn.

`conflictlens.cli` registers it; FastAPI and uvicorn are imported only when it runs.
"""
from __future__ import annotations

import argparse
import ipaddress
import os
import re
import sys
from typing import Any

SERVE_EPILOG = """\
examples:
  conflictlens serve                                  # http://127.0.0.1:8000/docs
  conflictlens serve --db incidents.db --port 8080
  CONFLICTLENS_TOKEN=$(openssl rand -hex 16) conflictlens serve --db postgresql://localhost/conflict

The read API is open; the write API (ingest, merge, split, correct) needs
'Authorization: Bearer <token>' and is off unless $CONFLICTLENS_TOKEN is set.
It listens on 127.0.0.1 (this machine only) unless --host says otherwise.
"""


def register(commands: Any, subparser) -> None:
    """Add `serve` to the main parser (`subparser(commands, name, help, epilog)` as in conflictlens.cli)."""
    p = subparser(commands, "serve", "Serve the HTTP API (OpenAPI at /docs) over the incident database.",
                  SERVE_EPILOG)
    p.add_argument("--db", metavar="PATH_OR_URL",
                   help="SQLite file or postgresql:// URL (default: $CONFLICTLENS_DB or ./conflictlens.db)")
    p.add_argument("--host", default="127.0.0.1",
                   help="address to listen on (default: 127.0.0.1, this machine only)")
    p.add_argument("--port", type=port_number, default=8000, help="port (default: 8000)")
    p.set_defaults(func=cmd_serve)


def port_number(value: str) -> int:
    """argparse type: a TCP port, 0-65535 (0: any free port)."""
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a port number") from None
    if not 0 <= number <= 65535:
        raise argparse.ArgumentTypeError(f"{value} is not a port number (0-65535)")
    return number


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def cmd_serve(args: argparse.Namespace) -> int:
    from conflictlens.cli import EXIT_OK, EXIT_USAGE, _error

    try:
        import uvicorn

        from conflictlens.web.api import TOKEN_ENV, create_app
    except ImportError as exc:
        _error(f"serving needs FastAPI and uvicorn ({exc.name} is missing): pip install fastapi uvicorn")
        return EXIT_USAGE
    from conflictlens.store.db import CannotOpen
    try:
        app = create_app(args.db)
    except CannotOpen as exc:
        _error(f"cannot open the database {exc.url}: {exc.reason}")
        return EXIT_USAGE
    except Exception as exc:   # a database that cannot be opened: say so and stop
        _error(f"cannot open the database: {exc}")
        return EXIT_USAGE
    token = os.environ.get(TOKEN_ENV)
    write = "on (bearer token)" if token else f"off (set ${TOKEN_ENV} to enable it)"
    shown = re.sub(r"(://[^:/@]*:)[^@]*@", r"\1***@", app.state.db_url)    # no password on screen
    sys.stderr.write(f"conflictlens: serving {shown} on http://{args.host}:{args.port}/ "
                     f"(docs at /docs); write API {write}\n")
    if not _is_loopback(args.host):
        sys.stderr.write(f"conflictlens: warning: listening on {args.host}, reachable from other machines\n")
    uvicorn.run(app, host=args.host, port=args.port, log_level="info")
    return EXIT_OK
