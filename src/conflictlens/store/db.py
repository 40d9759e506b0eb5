"""One small wrapper over DB-API connections: SQLite (a file) or PostgreSQL (a URL).

Queries are written once with `?` placeholders; for PostgreSQL they become
`%s`. Every write happens inside `transaction()`, so a process killed half-way
leaves the database as it was before that document.
"""
from __future__ import annotations

import os
import re
import sqlite3
from contextlib import contextmanager
from typing import Any, Iterator

from conflictlens.store import schema

DEFAULT_DB = "conflictlens.db"


class Database:
    def __init__(self, conn: Any, dialect: str, url: str) -> None:
        self.conn = conn
        self.dialect = dialect
        self.url = url
        self._depth = 0
        # (kind, primary key) -> (stored JSON text, parsed record): see repository._parsed
        self.parsed: dict[tuple[str, int], tuple[str, Any]] = {}
        self._cursor: Any = None
        # what one transaction reads more than once and nobody else can change under it
        # (SQLite's BEGIN IMMEDIATE holds the write lock); emptied when the transaction ends
        self.in_transaction: dict[str, Any] = {}

    def _sql(self, sql: str) -> str:
        # psycopg's placeholder is %s, and a literal % must be doubled
        return sql.replace("%", "%%").replace("?", "%s") if self.dialect == "postgresql" else sql

    def execute(self, sql: str, params: tuple | list = ()) -> Any:
        cur = self.conn.cursor()
        cur.execute(self._sql(sql), tuple(params))
        return cur

    def executemany(self, sql: str, rows: list[tuple]) -> None:
        if rows:
            self.conn.cursor().executemany(self._sql(sql), rows)

    @property
    def transacting(self) -> bool:
        """Inside transaction() (at any depth)."""
        return self._depth > 0

    def _shared(self) -> Any:
        """One cursor reused by the calls that read their whole result at once (all, insert):
        SQLite makes a new cursor object per call otherwise, a measurable share of ingest."""
        if self._cursor is None:
            self._cursor = self.conn.cursor()
        return self._cursor

    def all(self, sql: str, params: tuple | list = ()) -> list[tuple]:
        if self.dialect == "sqlite":
            return self._shared().execute(sql, tuple(params)).fetchall()
        return self.execute(sql, params).fetchall()

    def one(self, sql: str, params: tuple | list = ()) -> tuple | None:
        # (a cursor of its own: a statement left with unread rows on the shared cursor would
        # hold SQLite's read snapshot open past the next commit)
        return self.execute(sql, params).fetchone()

    def insert(self, sql: str, params: tuple | list = ()) -> int:
        """Run an INSERT and return the new row's id."""
        if self.dialect == "postgresql":
            return self.execute(sql + " RETURNING id", params).fetchone()[0]
        return self._shared().execute(sql, tuple(params)).lastrowid

    @contextmanager
    def transaction(self) -> Iterator["Database"]:
        """All or nothing: nested uses join the outer transaction."""
        self._depth += 1
        try:
            if self._depth == 1 and self.dialect == "sqlite":
                self.conn.execute("BEGIN IMMEDIATE")
            yield self
            if self._depth == 1:
                self.conn.commit()
        except BaseException:
            if self._depth == 1:
                self.conn.rollback()
            raise
        finally:
            self._depth -= 1
            if self._depth == 0:
                self.in_transaction.clear()

    def version(self) -> int:
        try:
            row = self.one("SELECT version FROM schema_version")
        except Exception:
            self.conn.rollback()
            return 0
        return row[0] if row else 0

    def migrate(self) -> int:
        """Apply the migrations this database lacks; refuse one from a newer release."""
        current = self.version()
        if current > schema.LATEST:
            raise CannotOpen(self.url, f"its schema version {current} is newer than this conflictlens ({schema.LATEST})")
        for version in range(current + 1, schema.LATEST + 1):
            with self.transaction():
                if version == 1:
                    self.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)")
                    self.execute("INSERT INTO schema_version (version) VALUES (0)")
                for stmt in schema.statements(version, self.dialect):
                    self.execute(stmt)
                self.execute("UPDATE schema_version SET version = ?", (version,))
        return schema.LATEST

    def close(self) -> None:
        self.conn.close()


def resolve_url(url: str | None) -> str:
    """--db, else $CONFLICTLENS_DB, else conflictlens.db in the current folder."""
    return url or os.environ.get("CONFLICTLENS_DB") or DEFAULT_DB


class CannotOpen(RuntimeError):
    """The database cannot be opened: no such folder, not a database, a server that refuses.
    The message names it (without a password) and says why, for the user to read."""

    def __init__(self, url: str, reason: str, message: str | None = None) -> None:
        self.url, self.reason = shown_url(url), reason
        super().__init__(message or f"cannot open database {self.url}: {reason}")


class NoDatabase(CannotOpen):
    """A command that only reads found no SQLite file: it must not create an empty one."""


def shown_url(url: str) -> str:
    """A database URL fit to print: no password."""
    return re.sub(r"(://[^:/@]*:)[^@]*@", r"\1***@", url)


def _is_postgres(url: str) -> bool:
    return url.startswith(("postgresql://", "postgres://", "postgresql+psycopg://"))


def sqlite_path(url: str) -> str:
    return url.removeprefix("sqlite:///").removeprefix("sqlite://")


def connect(url: str | None = None, *, must_exist: bool = False) -> Database:
    """Open (and migrate) the database at a path, sqlite:///path, or postgresql://...

    Raises CannotOpen with the reason instead of the driver's own errors, and, with
    `must_exist`, NoDatabase rather than creating a SQLite file that is not there."""
    url = resolve_url(url)
    if must_exist and not _is_postgres(url):
        path = sqlite_path(url)
        if path != ":memory:" and not os.path.exists(path):
            raise NoDatabase(url, "no such file", f"no database at {path} (run conflictlens ingest first)")
    try:
        return _connect(url)
    except CannotOpen:
        raise
    except (sqlite3.Error, OSError) as exc:
        raise CannotOpen(url, _reason(url, exc)) from exc
    except Exception as exc:
        if type(exc).__module__.split(".")[0] != "psycopg":
            raise
        raise CannotOpen(url, _reason(url, exc)) from exc


def _reason(url: str, exc: BaseException) -> str:
    """The driver's complaint on one line, and a plainer one where SQLite's is vague."""
    if not _is_postgres(url):
        folder = os.path.dirname(os.path.abspath(sqlite_path(url)))
        if not os.path.isdir(folder):
            return f"no such folder {folder}"
        if os.path.isdir(sqlite_path(url)):
            return "it is a folder"
        if "not a database" in str(exc):
            return "not a SQLite database"
    return "; ".join(" ".join(line.split()) for line in str(exc).splitlines() if line.strip()) or type(exc).__name__


def _connect(url: str) -> Database:
    if _is_postgres(url):
        try:
            import psycopg
        except ImportError as exc:   # pragma: no cover - depends on the install
            raise CannotOpen(url, "PostgreSQL needs the 'psycopg' package: pip install 'conflictlens[postgres]'") from exc
        conn = psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://"))
        db = Database(conn, "postgresql", url)
    else:
        path = sqlite_path(url)
        conn = sqlite3.connect(path, isolation_level=None, timeout=30)
        try:
            conn.execute("PRAGMA journal_mode=WAL")
        except sqlite3.Error:
            conn.close()
            raise
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("PRAGMA cache_size=-32768")      # 32 MB of page cache: resolution rereads recent incidents
        conn.execute("PRAGMA temp_store=MEMORY")
        conn.isolation_level = None
        db = Database(_AutoCommitSqlite(conn), "sqlite", path)
    try:
        db.migrate()
    except BaseException:
        db.close()
        raise
    return db


class _AutoCommitSqlite:
    """sqlite3 in autocommit mode with explicit BEGIN/COMMIT, behind the DB-API calls used here."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def cursor(self) -> sqlite3.Cursor:
        return self._conn.cursor()

    def execute(self, sql: str, params: tuple = ()) -> sqlite3.Cursor:
        return self._conn.execute(sql, params)

    def commit(self) -> None:
        if self._conn.in_transaction:
            self._conn.execute("COMMIT")

    def rollback(self) -> None:
        if self._conn.in_transaction:
            self._conn.execute("ROLLBACK")

    def close(self) -> None:
        self._conn.close()
