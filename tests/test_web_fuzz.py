"""Schemathesis against the API's own OpenAPI schema: generated requests to every operation
(read, and write with the token) must never get a server error, and every answer must match
what the schema documents (status codes, content types, headers, bodies), on SQLite and, where
$CONFLICTLENS_TEST_PG names a test server, on PostgreSQL.

Every default check runs except `positive_data_acceptance`: a schema-valid request can still be
rightly refused with a 422 (a cursor this server did not make, mentions that are not the
incident's, a report that is all control characters), which the schema cannot express.

Bounded: a few examples per operation, derandomized; about 10-15 s a backend.
"""
from __future__ import annotations

import atexit
import itertools
import os
import tempfile
import warnings

import pytest

pytest.importorskip("schemathesis")
pytest.importorskip("fastapi")

import schemathesis   # noqa: E402
from hypothesis import HealthCheck, settings   # noqa: E402
from schemathesis.specs.openapi import checks   # noqa: E402

from conflictlens.store.db import connect   # noqa: E402
from conflictlens.web import create_app   # noqa: E402
from store_fixtures import PG_URL, drop_pg_database, ingest, pg_database   # noqa: E402
from test_web_api import REPORTS   # noqa: E402

TOKEN = "fuzz-token-9d2e"
MAX_EXAMPLES = 12
SETTINGS = settings(max_examples=MAX_EXAMPLES, deadline=None, derandomize=True, database=None,
                    suppress_health_check=list(HealthCheck))

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


# The schemas are loaded when the module is (schemathesis' lazy fixture loader does not work with
# this pytest): each app's database starts empty and the fixture below fills it before any test.
_FOLDER = tempfile.TemporaryDirectory(prefix="conflictlens-fuzz-")
SQLITE_URL = os.path.join(_FOLDER.name, "fuzz.db")
PG_DB_URL = pg_database() if PG_URL else None
if PG_DB_URL:
    atexit.register(drop_pg_database, PG_DB_URL)     # also when the tests are deselected


def _schema(url: str):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        app = create_app(url, token=TOKEN, static_dir="/nonexistent")
    return schemathesis.openapi.from_asgi("/openapi.json", app)


sqlite_schema = _schema(SQLITE_URL)
pg_schema = _schema(PG_DB_URL) if PG_DB_URL else None
_TURN = itertools.count()


@pytest.fixture(scope="module", autouse=True)
def reports_in_the_databases():
    for url in filter(None, (SQLITE_URL, PG_DB_URL)):
        db = connect(url)
        if db.one("SELECT COUNT(*) FROM documents")[0] == 0:
            ingest(db, REPORTS)
        db.close()
    yield
    _FOLDER.cleanup()


def aim_at_stored_records(case) -> None:
    """Random ids name nothing; every other case names a stored incident (by numeric id, some of
    them gone after a merge) or document instead, so that the 200 paths and the edits run too.
    Only a schema-valid value is replaced, so a negative case stays negative."""
    params = case.path_parameters or {}
    turn = next(_TURN)
    if turn % 2:
        return
    if isinstance(params.get("ref"), str) and len(params["ref"]) <= 200:
        params["ref"] = str(1 + (turn // 2) % (len(REPORTS) + 2))
    if isinstance(params.get("doc_id"), str) and len(params["doc_id"]) <= 300:
        params["doc_id"] = REPORTS[(turn // 2) % len(REPORTS)].id
    body = case.body if isinstance(case.body, dict) else {}
    if isinstance(body.get("other"), str) and 1 <= len(body["other"]) <= 200:
        body["other"] = str(1 + (turn // 4) % (len(REPORTS) + 2))


def check(case) -> None:
    aim_at_stored_records(case)
    case.call_and_validate(headers={"Authorization": f"Bearer {TOKEN}"},
                           excluded_checks=[checks.positive_data_acceptance])


@sqlite_schema.parametrize()
@SETTINGS
def test_api_conforms_to_its_schema(case):
    check(case)


if pg_schema is not None:
    @pg_schema.parametrize()
    @SETTINGS
    def test_api_conforms_to_its_schema_on_postgresql(case):
        check(case)
