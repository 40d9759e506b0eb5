"""The HTTP API: a read API over the incident database, and a write API behind a token.

    from conflictlens.web import create_app
    app = create_app("conflictlens.db")        # or `conflictlens serve --db conflictlens.db`

Everything lives under /api; the OpenAPI schema is at /openapi.json and the
interactive docs at /docs. Errors are JSON: {"error": {"status": 404, "message": "..."}}.

Writes (ingest, merge, split, correct) need `Authorization: Bearer <token>`, the
token being $CONFLICTLENS_TOKEN when the app was created. With no token configured
the write API is off and answers 403; a request without a bearer token gets 401,
a wrong token 403 (compared in constant time). Each write is recorded in the
`edits` table with its author: the X-Author header, else "api".

Connections come from `conflictlens.store.db.connect` (see `Connections`): PostgreSQL,
one per request; SQLite, one per worker thread, reused by that thread's later requests.
No connection is ever shared between threads, so concurrent requests share nothing but
the database; writes in this process are also serialised by a lock (SQLite itself
serialises writers across processes with BEGIN IMMEDIATE).

The dashboard's static files are mounted at "/" (after every API route) when the
folder `conflictlens/web/static/` exists.
"""
from __future__ import annotations

import hmac
import json
import logging
import os
import re
import threading
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Annotated, Any, Iterator, Literal

from fastapi import Depends, FastAPI, Header, Path as PathParam, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, ConfigDict, Field
from starlette.exceptions import HTTPException

from conflictlens import __version__
from conflictlens.store import edits, search
from conflictlens.store.db import Database, connect, resolve_url

log = logging.getLogger("conflictlens.web")

STATIC_DIR = Path(__file__).resolve().parent / "static"
TOKEN_ENV = "CONFLICTLENS_TOKEN"
DEFAULT_AUTHOR = "api"
MAX_LIMIT = 500
MAX_GEOJSON_LIMIT = 10_000

_NO_NUL = r"^[^\x00]*$"
_PRINTABLE = r"^[^\x00-\x1f\x7f]*$"


# --------------------------------------------------------------------------- errors

class ApiError(HTTPException):
    """An error answered as {"error": {"status", "message"}}."""


def _error_body(status: int, message: str) -> dict[str, Any]:
    return {"error": {"status": status, "message": message}}


def _validation_message(exc: RequestValidationError) -> str:
    parts = []
    for err in exc.errors()[:5]:
        where = ".".join(str(x) for x in err.get("loc", ()) if x != "body" or len(err.get("loc", ())) == 1)
        msg = err.get("msg", "invalid")
        if err.get("type") == "json_invalid":
            msg = "the body is not valid JSON"
        parts.append(f"{where}: {msg}" if where else msg)
    return "; ".join(parts) or "invalid request"


# --------------------------------------------------------------------------- response models (for the schema)

class ErrorDetail(BaseModel):
    status: int
    message: str


class ErrorResponse(BaseModel):
    error: ErrorDetail


class IncidentPage(BaseModel):
    items: list[dict[str, Any]] = Field(description="incident records (the flat record, plus incident_id)")
    next_cursor: str | None = Field(description="pass as `cursor` for the next page; null on the last page")
    limit: int


class DocumentPage(BaseModel):
    items: list[dict[str, Any]]
    next_cursor: str | None
    limit: int


class AggregateRow(BaseModel):
    model_config = ConfigDict(extra="allow")
    incidents: int
    killed: int
    injured: int


class AggregateResponse(BaseModel):
    by: str
    items: list[AggregateRow]


class FeatureCollection(BaseModel):
    type: Literal["FeatureCollection"]
    features: list[dict[str, Any]]
    next_cursor: str | None


class IngestResult(BaseModel):
    doc_id: str = Field(description="the document's id as sent (or, sent without one, made from its text's hash)")
    stored_as: str = Field(description="the id the text is stored under: `doc_id`; `doc_id#` and the first 8 hex "
                                       "digits of its content hash when another text was already stored under "
                                       "`doc_id` (a new version); for a duplicate, the id that already holds the text")
    status: Literal["stored", "duplicate"] = Field(description="stored (201), or duplicate (200): the same text "
                                                               "is already stored, and nothing changed")
    new_version: bool = Field(description="stored as a new version of a document id already stored")
    mentions: int
    incidents: list[str]


class EditResult(BaseModel):
    incident_id: str
    record: dict[str, Any]
    source_incident_id: str | None = None


class Status(BaseModel):
    name: str
    version: str
    database: str
    counts: dict[str, int]
    write_api: bool


# --------------------------------------------------------------------------- request bodies

def _check_text(value: str | None, name: str) -> str | None:
    if value is None:
        return None
    if "\x00" in value:
        raise ApiError(422, f"{name}: NUL characters are not allowed")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ApiError(422, f"{name}: not valid Unicode text (lone surrogate)") from None
    return value


class DocumentIn(BaseModel):
    id: str | None = Field(None, max_length=300, description="the document's id (default: from its text's hash)")
    # the limits are checked (and a document that breaks them recorded as rejected) by the
    # ingest readers' own rules, so they are only stated here
    text: str = Field(json_schema_extra={"minLength": 1, "maxLength": 1_000_000, "pattern": r"\S"},
                      description="the report's text (UTF-8, at most 1,000,000 bytes, not blank)")
    published: str | None = Field(None, max_length=40, json_schema_extra={"format": "date"},
                                  description="publication date, YYYY-MM-DD (anchors 'on Friday'); "
                                              "of an ISO datetime the date is kept")
    source: str | None = Field(None, max_length=1000, description="outlet or channel")
    url: str | None = Field(None, max_length=4000)


class MergeIn(BaseModel):
    other: str = Field(min_length=1, max_length=200, description="the incident whose mentions move into this one")


class SplitIn(BaseModel):
    mentions: list[Annotated[str, Field(min_length=1, max_length=200)]] = Field(
        min_length=1, max_length=1000, description="event ids of the mentions that become a new incident")


# The correctable fields and their ranges are the store's (conflictlens.store.edits), so the API
# and `conflictlens incidents correct` accept the same corrections.
CORRECTABLE = edits.CORRECTABLE


class CorrectIn(BaseModel):
    field: Literal[CORRECTABLE] = Field(description="the field of the incident record to set")   # type: ignore[valid-type]
    value: int | float | bool | str | list[str] | None = Field(
        description="its value (null for unknown); checked against the field's type")


def _check_value(field: str, value: Any) -> Any:
    """The corrected value, checked against its field's type (ApiError 422 if it does not fit)."""
    def bad(why: str) -> ApiError:
        return ApiError(422, f"value for {field}: {why}")

    if value is None:
        return None
    if field in edits.COUNT_FIELDS or field in edits.INT_RANGES:
        if isinstance(value, bool) or not isinstance(value, int):
            raise bad("must be a whole number or null")
        low, top = edits.INT_RANGES.get(field, (0, edits.MAX_COUNT))
        if not low <= value <= top:
            raise bad(f"must be between {low} and {top}")
        return value
    if field in edits.NUMBER_RANGES:
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value != value:
            raise bad("must be a number or null")
        low, top = edits.NUMBER_RANGES[field]
        if not low <= value <= top:
            raise bad(f"must be between {low:g} and {top:g}")
        return float(value)
    if field == "civilian_targeting":
        if not isinstance(value, bool):
            raise bad("must be true, false or null")
        return value
    if field == "event_date":
        if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            raise bad("must be a date, YYYY-MM-DD, or null")
        try:
            return date.fromisoformat(value).isoformat()
        except ValueError:
            raise bad("not a valid date") from None
    if field == "sources":
        if not isinstance(value, list) or not all(isinstance(s, str) and len(s) <= 1000 for s in value) \
                or len(value) > 100:
            raise bad("must be a list of strings")
        for s in value:
            _check_text(s, "value")
        return value
    if not isinstance(value, str) or len(value) > (10_000 if field == "notes" else 1000):
        raise bad("must be a string (or null)")
    return _check_text(value, "value")


# --------------------------------------------------------------------------- parameters

_DATE = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"


def _day(value: str | None, name: str) -> str | None:
    """A YYYY-MM-DD query parameter that names a real day (ApiError 422 if not)."""
    if not value:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise ApiError(422, f"query.{name}: {value!r} is not a date (YYYY-MM-DD)") from None


def filters(
    since: Annotated[str | None, Query(pattern=_DATE, json_schema_extra={"format": "date"},
                                       description="incidents on or after this date (YYYY-MM-DD)")] = None,
    until: Annotated[str | None, Query(pattern=_DATE, json_schema_extra={"format": "date"},
                                       description="incidents on or before this date (YYYY-MM-DD)")] = None,
    country: Annotated[str | None, Query(max_length=200, pattern=_NO_NUL,
                                         description="country name, e.g. Ukraine (case-insensitive)")] = None,
    admin1: Annotated[str | None, Query(max_length=200, pattern=_NO_NUL,
                                        description="first-level region, e.g. Kharkiv")] = None,
    type: Annotated[str | None, Query(max_length=200, pattern=_NO_NUL,
                                      description="event type, sub-event type or PLOVER code (of a political "
                                                  "interaction), in any case, e.g. 'Air/drone strike', THREATEN")] = None,
    weapon: Annotated[str | None, Query(max_length=200, pattern=_NO_NUL,
                                        description="weapon, e.g. drone, ballistic missile")] = None,
    min_fatalities: Annotated[int | None, Query(ge=0, le=10_000_000, description="at least N killed")] = None,
    q: Annotated[str | None, Query(max_length=200, pattern=_NO_NUL,
                                   description="text search: every word in location, notes or sources")] = None,
) -> search.SearchFilters:
    return search.SearchFilters(
        since=_day(since, "since"), until=_day(until, "until"),
        country=country or None, admin1=admin1 or None, type=type or None, weapon=weapon or None,
        min_fatalities=min_fatalities, q=(q or "").strip() or None)


Filters = Annotated[search.SearchFilters, Depends(filters)]
Cursor = Annotated[str | None, Query(max_length=400, pattern=r"^[A-Za-z0-9_-]*$",
                                     description="opaque: the `next_cursor` of the previous page")]
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"page size (at most {MAX_LIMIT})")]
IncidentRef = Annotated[str, PathParam(max_length=200, description="incident id (I…) or its numeric id")]
Author = Annotated[str | None, Header(alias="X-Author", max_length=100, pattern=_PRINTABLE,
                                      description=f"who makes the edit (default: {DEFAULT_AUTHOR})")]

_bearer = HTTPBearer(auto_error=False, scheme_name="token",
                     description=f"the server's ${TOKEN_ENV}, as `Authorization: Bearer <token>`")

_R422 = {422: {"model": ErrorResponse, "description": "a bad parameter"}}
_R404 = {404: {"model": ErrorResponse, "description": "not found"}}
_WRITE = {401: {"model": ErrorResponse, "description": "no bearer token"},
          403: {"model": ErrorResponse, "description": "wrong token, or the write API is off (no token configured)"},
          **_R422}


# --------------------------------------------------------------------------- app state helpers

# SQLite reads a large database faster through a memory map than through read() calls.
SQLITE_MMAP_BYTES = 1 << 30


class Connections:
    """Database connections for requests.

    PostgreSQL: one connection per request, closed after it. SQLite: one connection per worker
    thread, opened on the thread's first request and kept for its later ones (a connection is
    only ever used by the thread that opened it, so concurrent requests share none); it keeps
    its memory map and page cache warm, and each request leaves it with no transaction open.
    """

    def __init__(self, url: str, dialect: str) -> None:
        self.url = url
        self.dialect = dialect
        self._local = threading.local()

    @contextmanager
    def __call__(self) -> Iterator[Database]:
        if self.dialect != "sqlite":
            db = connect(self.url)
            try:
                yield db
            finally:
                db.close()
            return
        db = getattr(self._local, "db", None)
        if db is None:
            db = connect(self.url)
            db.execute(f"PRAGMA mmap_size = {SQLITE_MMAP_BYTES}")
            self._local.db = db
        try:
            yield db
        except HTTPException:
            raise
        except BaseException:
            self._local.db = None         # not to be trusted again
            try:
                db.close()
            except Exception:   # pragma: no cover - closing a broken connection
                pass
            raise
        finally:
            if self._local.db is db:
                db.conn.rollback()        # no-op unless something was left open


@contextmanager
def _database(request: Request) -> Iterator[Database]:
    with request.app.state.connections() as db:
        yield db


@contextmanager
def _writing(request: Request) -> Iterator[Database]:
    with request.app.state.write_lock, _database(request) as db:
        yield db


def _auth_failure(request: Request) -> ApiError | None:
    """Why this request may not write, or None when its bearer token is the configured one."""
    token: str | None = request.app.state.token
    if not token:
        return ApiError(403, f"the write API is off: start the server with ${TOKEN_ENV} set to enable it")
    header = request.headers.get("authorization") or ""
    scheme, _, given = header.partition(" ")
    if scheme.lower() != "bearer" or not given.strip():
        return ApiError(401, "this needs a token: send 'Authorization: Bearer <token>'",
                        headers={"WWW-Authenticate": "Bearer"})
    if not hmac.compare_digest(given.strip().encode("utf-8", "surrogateescape"),
                               token.encode("utf-8", "surrogateescape")):
        return ApiError(403, "wrong token")
    return None


def require_token(request: Request,
                  _creds: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)] = None) -> None:
    failure = _auth_failure(request)
    if failure is not None:
        raise failure


def _integrity_errors() -> tuple[type[BaseException], ...]:
    import sqlite3
    errors: list[type[BaseException]] = [sqlite3.IntegrityError]
    try:
        import psycopg
        errors.append(psycopg.IntegrityError)
    except ImportError:     # pragma: no cover - depends on the install
        pass
    return tuple(errors)


class GeoJSONResponse(JSONResponse):
    media_type = "application/geo+json"


def _json(content: Any, status: int = 200) -> JSONResponse:
    return JSONResponse(content, status_code=status)


def _holder(db: Database, content_hash: str) -> str | None:
    """The id of the stored document with this text, if there is one."""
    row = db.one("SELECT doc_id FROM documents WHERE content_hash = ?", (content_hash,))
    return row[0] if row else None


def _author(value: str | None) -> str:
    return (value or "").strip() or DEFAULT_AUTHOR


# --------------------------------------------------------------------------- the app

def create_app(db_url: str | None = None, *, token: str | None = None,
               static_dir: str | Path | None = None) -> FastAPI:
    """The API over the database at `db_url` (a path, sqlite:///path or postgresql://…; default
    $CONFLICTLENS_DB or ./conflictlens.db). `token` defaults to $CONFLICTLENS_TOKEN; `static_dir`
    (default: the package's web/static) is mounted at "/" when it exists."""
    url = resolve_url(db_url)
    first = connect(url)            # create or migrate it once, and fail now if it cannot be opened
    dialect = first.dialect
    first.close()
    app = FastAPI(
        title="conflictlens", version=__version__,
        description="Incidents coded from reporting about armed conflict: filtered lists, one incident "
                    "with its evidence, documents, aggregates and GeoJSON; a token-guarded write API. "
                    "Errors are JSON: `{\"error\": {\"status\", \"message\"}}`.",
        openapi_url="/openapi.json", docs_url="/docs", redoc_url=None)
    app.state.db_url = url
    app.state.connections = Connections(url, dialect)
    app.state.token = token if token is not None else (os.environ.get(TOKEN_ENV) or None)
    app.state.write_lock = threading.Lock()
    _add_error_handlers(app)
    _add_routes(app)
    mount_static(app, Path(static_dir) if static_dir is not None else STATIC_DIR)
    return app


def mount_static(app: FastAPI, folder: Path) -> None:
    """The dashboard hook: serve `folder` at "/" (index.html for "/"), after the API routes."""
    if folder.is_dir():
        from fastapi.staticfiles import StaticFiles
        app.mount("/", StaticFiles(directory=folder, html=True), name="static")


def _add_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> JSONResponse:
        if exc.status_code == 400 and request.method != "GET" and request.url.path.startswith("/api/"):
            # FastAPI's "error parsing the body" (not UTF-8, say): the token is said first, and
            # then, as for malformed JSON, a 422
            failure = _auth_failure(request)
            if failure is not None:
                return await http_error(request, failure)
            return JSONResponse(_error_body(422, f"the body could not be read as JSON ({exc.detail})"),
                                status_code=422)
        headers = dict(getattr(exc, "headers", None) or {})
        if exc.status_code == 405:
            headers["Allow"] = ", ".join(_allowed_methods(request))
        return JSONResponse(_error_body(exc.status_code, str(exc.detail)), status_code=exc.status_code,
                            headers=headers or None)

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> JSONResponse:
        # On the write API, a missing or wrong token is said before anything about the body.
        if request.method != "GET" and request.url.path.startswith("/api/"):
            failure = _auth_failure(request)
            if failure is not None:
                return await http_error(request, failure)
        return JSONResponse(_error_body(422, _validation_message(exc)), status_code=422)

    @app.exception_handler(Exception)
    async def server_error(_request: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error", exc_info=exc)
        return JSONResponse(_error_body(500, "internal server error"), status_code=500)


def _allowed_methods(request: Request) -> list[str]:
    """Every method some route answers on this path (Starlette's 405 names only the first route's)."""
    from starlette.routing import Match, Route
    methods: set[str] = set()
    for route in request.app.routes:
        if isinstance(route, Route) and route.methods and route.matches(request.scope)[0] != Match.NONE:
            methods |= route.methods
    return sorted(methods)


def _add_routes(app: FastAPI) -> None:
    # ----------------------------------------------------------------- read API

    @app.get("/api/status", response_model=None, tags=["read"], responses={200: {"model": Status}},
             summary="Version, table counts and whether the write API is on")
    def status(request: Request) -> JSONResponse:
        from conflictlens.store.queries import counts
        with _database(request) as db:
            return _json({"name": "conflictlens", "version": __version__, "database": db.dialect,
                          "counts": counts(db), "write_api": bool(request.app.state.token)})

    @app.get("/api/incidents", response_model=None, tags=["read"],
             responses={200: {"model": IncidentPage}, **_R422},
             summary="Incidents, filtered, newest first (event_date desc, id desc; undated last)")
    def list_incidents(request: Request, f: Filters, cursor: Cursor = None, limit: Limit = 50) -> JSONResponse:
        with _database(request) as db:
            try:
                items, nxt = search.incident_page(db, f, limit, cursor or None)
            except search.CursorError as exc:
                raise ApiError(422, f"cursor: {exc}") from None
        return _json({"items": items, "next_cursor": nxt, "limit": limit})

    @app.get("/api/incidents.geojson", response_model=None, tags=["read"], response_class=GeoJSONResponse,
             responses={200: {"model": FeatureCollection},
                        422: {**_R422[422], "content": {"application/json": {
                            "schema": {"$ref": "#/components/schemas/ErrorResponse"}}}}},
             summary="Placed incidents as a GeoJSON FeatureCollection (same filters; paged by cursor)")
    def incidents_geojson(request: Request, f: Filters, cursor: Cursor = None,
                          limit: Annotated[int, Query(ge=1, le=MAX_GEOJSON_LIMIT)] = 1000) -> JSONResponse:
        with _database(request) as db:
            try:
                fc = search.geojson_page(db, f, limit, cursor or None)
            except search.CursorError as exc:
                raise ApiError(422, f"cursor: {exc}") from None
        return GeoJSONResponse(fc)

    @app.get("/api/incidents/{ref}", response_model=None, tags=["read"],
             responses={200: {"model": dict[str, Any]}, **_R404, **_R422},
             summary="One incident: record, sources, revisions, evidence, mentions with their documents' text")
    def get_incident(request: Request, ref: IncidentRef) -> JSONResponse:
        with _database(request) as db:
            rec = search.incident_detail(db, ref)
        if rec is None:
            raise ApiError(404, f"no incident {ref}")
        return _json(rec)

    @app.get("/api/documents", response_model=None, tags=["read"],
             responses={200: {"model": DocumentPage}, **_R422},
             summary="Stored documents, most recently ingested first (metadata and a snippet)")
    def list_documents(request: Request, cursor: Cursor = None, limit: Limit = 50) -> JSONResponse:
        with _database(request) as db:
            try:
                items, nxt = search.document_page(db, limit, cursor or None)
            except search.CursorError as exc:
                raise ApiError(422, f"cursor: {exc}") from None
        return _json({"items": items, "next_cursor": nxt, "limit": limit})

    @app.get("/api/documents/{doc_id:path}", response_model=None, tags=["read"],
             responses={200: {"model": dict[str, Any]}, **_R404, **_R422},
             summary="One document with its text and its mentions (evidence spans)")
    def get_document(request: Request,
                     doc_id: Annotated[str, PathParam(max_length=300)]) -> JSONResponse:
        with _database(request) as db:
            doc = search.document(db, doc_id)
        if doc is None:
            raise ApiError(404, f"no document {doc_id}")
        return _json(doc)

    def _aggregate(by: str, summary: str) -> None:
        @app.get(f"/api/aggregates/{by}", response_model=None, tags=["aggregates"], name=f"aggregate_{by}",
                 responses={200: {"model": AggregateResponse}, **_R422}, summary=summary)
        def route(request: Request, f: Filters) -> JSONResponse:
            with _database(request) as db:
                items = search.aggregate(db, by, f)
            return _json({"by": by, "items": items})

    _aggregate("day", "Per day: incidents, killed and injured (dated incidents, oldest day first)")
    _aggregate("admin1", "Per country and admin1: incidents, killed and injured")
    _aggregate("type", "Per event type and sub-event type: incidents, killed and injured")
    _aggregate("weapon", "Per weapon: incidents, killed and injured")

    # ----------------------------------------------------------------- write API

    write = {"tags": ["write"], "dependencies": [Depends(require_token)], "response_model": None}

    @app.post("/api/documents", **write, status_code=201,
              responses={201: {"model": IngestResult,
                               "description": "stored (under `stored_as`: another text under the same id is "
                                              "kept as a new version, ID#HASH8, as `conflictlens ingest` keeps it)"},
                         200: {"model": IngestResult, "description": "already stored (the same text, under any id)"},
                         409: {"model": ErrorResponse,
                               "description": "another server process stored this text or this id at the same "
                                              "moment; send it again"},
                         **_WRITE},
              summary="Ingest one document: extract its events and resolve them into incidents")
    def ingest_document(request: Request, body: DocumentIn, author: Author = None) -> JSONResponse:
        from conflictlens import Document, extract_document
        from conflictlens.ingest import readers
        from conflictlens.store import edits, repository

        for name in ("id", "published", "source", "url"):
            _check_text(getattr(body, name), name)
        obj = body.model_dump()
        fallback = "api-" + Document(id="", text=body.text).content_hash[:16]

        def reject(reason: str, doc_id: str | None = fallback) -> readers.Rejection:
            return readers.Rejection(doc_id, "api", None, reason)

        item = readers.document_from_object(obj, fallback, None, readers.MAX_DOC_BYTES, reject)
        if isinstance(item, Document):
            try:
                item.text.encode("utf-8")
            except UnicodeEncodeError:
                item = reject("not valid Unicode text (lone surrogate)", item.id)

        def result(db: Database, stored_as: str, status: str, new_version: bool = False) -> dict[str, Any]:
            mentions = db.one("SELECT COUNT(*) FROM mentions m JOIN documents d ON d.id = m.document_id "
                              "WHERE d.doc_id = ?", (stored_as,))[0]
            return {"doc_id": item.id, "stored_as": stored_as, "status": status, "new_version": new_version,
                    "mentions": int(mentions), "incidents": search.incident_keys_of_document(db, stored_as)}

        with _writing(request) as db:
            # As `conflictlens ingest`: the same text (under any id) is a duplicate and changes
            # nothing; another text under an id already stored is stored as a new version, ID#HASH8.
            if isinstance(item, Document):
                holder = _holder(db, item.content_hash)
                if holder is not None:
                    return _json(result(db, holder, "duplicate"), status=200)
            try:
                with db.transaction():      # the document and the record of who sent it, or neither
                    summary = repository.ingest(db, iter([item]), extract_document)
                    if summary.stored:
                        stored_as = _holder(db, item.content_hash)
                        edits._record(db, "ingest", {"doc_id": stored_as}, _author(author))
            except _integrity_errors() as exc:
                # another process stored this text, or another text under this id, between our
                # check and our insert
                raise ApiError(409, "another request stored this document, or another one under its id, at the "
                                    "same moment; send it again") from exc
            if summary.rejected:
                raise ApiError(422, f"rejected: {summary.rejections[0].reason}")
            if not summary.stored:          # another process stored the same text since our check
                return _json(result(db, _holder(db, item.content_hash), "duplicate"), status=200)
            return _json(result(db, stored_as, "stored", bool(summary.versions)), status=201)

    def _edit_result(db: Database, key: str, source: str | None = None) -> dict[str, Any]:
        row = db.one("SELECT record FROM incidents WHERE incident_key = ?", (key,))
        record = json.loads(row[0])
        record["incident_id"] = key
        out: dict[str, Any] = {"incident_id": key, "record": record}
        if source is not None:
            out["source_incident_id"] = source
        return out

    def _incident_or_404(db: Database, ref: str) -> str:
        found = search.find_incident(db, ref)
        if found is None:
            raise ApiError(404, f"no incident {ref}")
        return found[1]

    @app.post("/api/incidents/{ref}/merge", **write,
              responses={200: {"model": EditResult}, **_R404, **_WRITE},
              summary="Merge: move every mention of `other` into this incident")
    def merge_incidents(request: Request, ref: IncidentRef, body: MergeIn, author: Author = None) -> JSONResponse:
        from conflictlens.store import edits
        with _writing(request) as db:
            key = _incident_or_404(db, ref)
            other = search.find_incident(db, body.other)
            if other is None:
                raise ApiError(422, f"other: no incident {body.other}")
            try:
                kept = edits.merge(db, key, other[1], _author(author))
            except edits.EditError as exc:
                raise ApiError(422, str(exc)) from None
            return _json(_edit_result(db, kept))

    @app.post("/api/incidents/{ref}/split", **write, status_code=201,
              responses={201: {"model": EditResult}, **_R404, **_WRITE},
              summary="Split: take some mentions out of this incident into a new one")
    def split_incident(request: Request, ref: IncidentRef, body: SplitIn, author: Author = None) -> JSONResponse:
        from conflictlens.store import edits
        with _writing(request) as db:
            key = _incident_or_404(db, ref)
            try:
                new = edits.split(db, key, list(dict.fromkeys(body.mentions)), _author(author))
            except edits.EditError as exc:
                raise ApiError(422, str(exc)) from None
            return _json(_edit_result(db, new, source=key), status=201)

    @app.post("/api/incidents/{ref}/correct", **write,
              responses={200: {"model": EditResult}, **_R404, **_WRITE},
              summary="Correct one field of an incident by hand (kept through re-ingest and rebuild)")
    def correct_incident(request: Request, ref: IncidentRef, body: CorrectIn, author: Author = None) -> JSONResponse:
        value = _check_value(body.field, body.value)
        with _writing(request) as db:
            key = _incident_or_404(db, ref)
            edits.correct(db, key, body.field, value, _author(author))
            return _json(_edit_result(db, key))
