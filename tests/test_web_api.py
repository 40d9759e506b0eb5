"""The HTTP API through FastAPI's TestClient: every endpoint, filter and error, the token
rules of the write API, concurrent requests, the static-files hook and the `serve` command.

The reports below were written for these tests (the towns are real, the events, figures
and quotes are not). Read tests share one database per backend (SQLite, and PostgreSQL
where $CONFLICTLENS_TEST_PG names a test server); write tests each get a fresh one.
"""
from __future__ import annotations

import argparse
import json
import threading
import warnings
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import quote

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("httpx")

with warnings.catch_warnings():    # starlette would rather have httpx2; httpx works
    warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient`")
    from fastapi.testclient import TestClient   # noqa: E402

from conflictlens import Document   # noqa: E402
from conflictlens.store import search   # noqa: E402
from conflictlens.store.db import connect   # noqa: E402
from conflictlens.web import create_app   # noqa: E402
from store_fixtures import BACKENDS, drop_pg_database, ingest, pg_database   # noqa: E402

pytestmark = pytest.mark.filterwarnings("ignore:Using `httpx` with `starlette.testclient`")

TOKEN = "test-token-5f1c"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


def report(doc_id: str, text: str, published: str | None, source: str) -> Document:
    return Document(id=doc_id, text=text, published=published, source=source)


REPORTS = [
    report("web-poltava-1", "A Russian ballistic missile struck a college dormitory in Poltava on Tuesday morning, "
                            "killing six people and injuring 23 others, regional governor Volodymyr Kohut said.",
           "2025-02-04", "Wire A"),
    report("web-poltava-2", "The number of dead after Tuesday's missile strike on a dormitory in Poltava has risen "
                            "to eight, governor Volodymyr Kohut said on Wednesday, adding that 23 people remained "
                            "in hospital.", "2025-02-05", "Daily B"),
    report("web-sumy", "A Russian drone hit a minibus on the outskirts of Sumy on Saturday, killing two passengers "
                       "and wounding five, the regional military administration said on Telegram.",
           "2025-03-15", "Radio C"),
    report("web-kherson", "Artillery shelling of a residential street in Kherson on Thursday afternoon wounded four "
                          "people, regional head Oleksandr Prokudin said. No one was killed.", "2025-03-20",
           "Channel D"),
    report("web-odesa", "Two port workers were killed and seven were injured when Russian drones attacked port "
                        "infrastructure in Odesa overnight on Monday, regional governor Oleh Kiper said.",
           "2025-03-24", "Wire A"),
    report("web-threat", "The Kremlin threatened on Friday to retaliate against any new European sanctions, "
                         "spokesman Dmitry Peskov told reporters in Moscow.", "2025-03-28", "Daily B"),
    report("web-nikopol", "Russian shelling killed three people in Nikopol, district head Yevhen Yevtushenko said.",
           None, "Radio C"),
    report("web-kandahar", "A roadside bomb exploded near a police checkpoint in Kandahār on Sunday, killing three "
                           "police officers and wounding two, a provincial spokesman said.", "2025-04-06", "Wire A"),
]
# Not in the shared database: sent through the write API.
EXTRA = {"id": "feeds/wire-a/0001",
         "text": "A glide bomb hit a warehouse in Kostiantynivka on Wednesday, killing one worker and injuring "
                 "three, Donetsk regional governor Vadym Filashkin said.",
         "published": "2025-04-09", "source": "Wire A", "url": "https://example.org/wire-a/0001"}


def _database_url(backend: str, tmp_path_factory) -> str:
    if backend == "postgresql":
        return pg_database()
    return str(tmp_path_factory.mktemp("web") / "api.db")


def _cleanup(backend: str, url: str) -> None:
    if backend == "postgresql":
        drop_pg_database(url)


@pytest.fixture(scope="module", params=BACKENDS)
def loaded_url(request, tmp_path_factory):
    url = _database_url(request.param, tmp_path_factory)
    db = connect(url)
    summary = ingest(db, REPORTS)
    db.close()
    assert summary.stored == len(REPORTS), summary
    yield url
    _cleanup(request.param, url)


@pytest.fixture(scope="module")
def client(loaded_url):
    """A read-only view of the shared database (no token configured)."""
    with TestClient(create_app(loaded_url, token="", static_dir="/nonexistent")) as c:
        yield c


@pytest.fixture(params=BACKENDS)
def writable(request, tmp_path_factory):
    """A fresh database with the reports, and a client whose server has a token."""
    url = _database_url(request.param, tmp_path_factory)
    db = connect(url)
    ingest(db, REPORTS)
    db.close()
    with TestClient(create_app(url, token=TOKEN, static_dir="/nonexistent")) as c:
        c.db_url = url
        yield c
    _cleanup(request.param, url)


def items(c: TestClient, **params) -> list[dict]:
    r = c.get("/api/incidents", params={"limit": 500, **params})
    assert r.status_code == 200, r.text
    return r.json()["items"]


def ids(rows: list[dict]) -> list[str]:
    return [r["incident_id"] for r in rows]


def locations(rows: list[dict]) -> set[str]:
    return {r["location"] for r in rows}


def by_location(c: TestClient, location: str) -> dict:
    return next(r for r in items(c) if r.get("location") == location)


def assert_error(r, status: int, contains: str = "") -> None:
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith("application/json")
    body = r.json()
    assert set(body) == {"error"} and set(body["error"]) == {"status", "message"}, body
    assert body["error"]["status"] == status
    assert contains.lower() in body["error"]["message"].lower(), body


# --------------------------------------------------------------------------- schema, docs, status

def test_openapi_schema_lists_every_endpoint(client):
    r = client.get("/openapi.json")
    assert r.status_code == 200
    schema = r.json()
    paths = set(schema["paths"])
    assert {"/api/status", "/api/incidents", "/api/incidents.geojson", "/api/incidents/{ref}",
            "/api/documents", "/api/documents/{doc_id}", "/api/aggregates/day", "/api/aggregates/admin1",
            "/api/aggregates/type", "/api/aggregates/weapon", "/api/incidents/{ref}/merge",
            "/api/incidents/{ref}/split", "/api/incidents/{ref}/correct"} <= paths
    params = {p["name"] for p in schema["paths"]["/api/incidents"]["get"]["parameters"]}
    assert params == {"since", "until", "country", "admin1", "type", "weapon", "min_fatalities", "q",
                      "cursor", "limit"}
    # the write API declares its bearer token; the read API needs none
    assert schema["paths"]["/api/documents"]["post"]["security"] == [{"token": []}]
    assert "security" not in schema["paths"]["/api/incidents"]["get"]
    assert schema["components"]["securitySchemes"]["token"]["scheme"].lower() == "bearer"
    # errors are documented in the API's own format
    err = schema["paths"]["/api/incidents/{ref}"]["get"]["responses"]["404"]
    assert err["content"]["application/json"]["schema"]["$ref"].endswith("/ErrorResponse")


def test_docs_page(client):
    r = client.get("/docs")
    assert r.status_code == 200 and "text/html" in r.headers["content-type"]
    assert "/openapi.json" in r.text


def test_status(client):
    body = client.get("/api/status").json()
    assert body["name"] == "conflictlens" and body["write_api"] is False
    assert body["counts"]["documents"] == len(REPORTS)
    assert body["counts"]["incidents"] == 7
    assert body["database"] in ("sqlite", "postgresql")


# --------------------------------------------------------------------------- incidents: order, pages, filters

def test_incidents_newest_first_undated_last(client):
    rows = items(client)
    assert len(rows) == 7
    dates = [r["event_date"] for r in rows]
    assert dates[-1] is None and None not in dates[:-1]
    assert dates[:-1] == sorted(dates[:-1], reverse=True)
    assert [r["location"] for r in rows][:2] == ["Kandahār", None]     # 6 April, then the 28 March threat
    assert rows[-1]["location"] == "Nikopol"
    assert all(r["incident_id"].startswith("I") for r in rows)
    poltava = by_location(client, "Poltava")
    assert poltava["fatalities"] == 8 and poltava["fatalities_low"] == 6 and poltava["injured"] == 23
    assert poltava["doc_ids"] == ["web-poltava-1", "web-poltava-2"]


def test_same_event_date_is_ordered_by_id_descending(writable):
    # two incidents a day apart become the same day by correction: the later-created one comes first
    sumy, kherson = by_location(writable, "Sumy"), by_location(writable, "Kherson")
    r = writable.post(f"/api/incidents/{sumy['incident_id']}/correct", headers=AUTH,
                      json={"field": "event_date", "value": "2025-03-20"})
    assert r.status_code == 200, r.text
    db = connect(writable.db_url)
    pk = {key: n for n, key in db.all("SELECT id, incident_key FROM incidents")}
    db.close()
    same_day = [r for r in items(writable, since="2025-03-20", until="2025-03-20")]
    expected = sorted([sumy["incident_id"], kherson["incident_id"]], key=lambda k: -pk[k])
    assert ids(same_day) == expected


@pytest.mark.parametrize("limit", [1, 2, 3, 7])
def test_cursor_pages_walk_the_whole_list_once(client, limit):
    full = ids(items(client))
    seen, cursor, pages = [], None, 0
    while True:
        params = {"limit": limit} | ({"cursor": cursor} if cursor else {})
        body = client.get("/api/incidents", params=params).json()
        assert body["limit"] == limit and len(body["items"]) <= limit
        seen += ids(body["items"])
        cursor = body["next_cursor"]
        pages += 1
        if cursor is None:
            break
        assert isinstance(cursor, str) and cursor
    assert seen == full
    assert pages == -(-len(full) // limit) or (len(full) % limit == 0 and pages == len(full) // limit)


def test_cursor_pages_with_filters(client):
    params = {"country": "Ukraine", "limit": 2}
    first = client.get("/api/incidents", params=params).json()
    second = client.get("/api/incidents", params=params | {"cursor": first["next_cursor"]}).json()
    assert ids(first["items"] + second["items"]) == ids(items(client, country="Ukraine"))[:4]


def walk(c: TestClient, limit: int, **params) -> list[str]:
    seen, cursor = [], None
    while True:
        body = c.get("/api/incidents", params={"limit": limit, **params} | ({"cursor": cursor} if cursor else {}))
        assert body.status_code == 200, body.text
        seen += ids(body.json()["items"])
        cursor = body.json()["next_cursor"]
        if cursor is None:
            return seen


@pytest.mark.parametrize("params", [
    {}, {"country": "Ukraine"}, {"weapon": "drone"}, {"min_fatalities": 3}, {"q": "Kohut"}, {"q": "said"},
    {"admin1": "Nowhere"}, {"type": "Explosions/Remote violence", "since": "2025-03-01"},
])
def test_pages_are_the_same_through_the_stages_and_the_full_scan(client, monkeypatch, params):
    # a large table is searched in stages along the list (search.STAGES rows), then in full
    expected = walk(client, 500, **params)
    for stages in ((1,), (2,), (1, 3), (2, 4), (3, 6)):
        monkeypatch.setattr(search, "STAGES", stages)
        for limit in (1, 2, 3):
            assert walk(client, limit, **params) == expected, (stages, limit)


def test_bad_cursors_are_422(client):
    assert_error(client.get("/api/incidents", params={"cursor": "bm90LWEtY3Vyc29y"}), 422, "cursor")
    assert_error(client.get("/api/incidents", params={"cursor": "!!"}), 422)
    first = client.get("/api/incidents", params={"limit": 1}).json()
    # a cursor belongs to the filters it was made under
    assert_error(client.get("/api/incidents", params={"limit": 1, "cursor": first["next_cursor"],
                                                      "country": "Ukraine"}), 422, "other filters")
    # and to its own list
    docs = client.get("/api/documents", params={"limit": 1}).json()
    assert_error(client.get("/api/incidents", params={"cursor": docs["next_cursor"]}), 422, "cursor")
    assert_error(client.get("/api/documents", params={"cursor": first["next_cursor"]}), 422, "cursor")
    forged = search.encode_cursor({"k": "incidents", "d": None, "i": "1; DROP TABLE incidents", "f": "x"})
    assert_error(client.get("/api/incidents", params={"cursor": forged}), 422, "cursor")


def test_filter_dates(client):
    assert locations(items(client, since="2025-03-20")) == {"Kherson", "Odesa", None, "Kandahār"}
    assert locations(items(client, until="2025-03-15")) == {"Poltava", "Sumy"}
    assert locations(items(client, since="2025-03-15", until="2025-03-20")) == {"Sumy", "Kherson"}
    assert items(client, since="2026-01-01") == []


def test_filter_country_admin1_case_insensitive(client):
    assert locations(items(client, country="afghanistan")) == {"Kandahār"}
    assert len(items(client, country="UKRAINE")) == 5
    assert locations(items(client, admin1="dnipropetrovsk")) == {"Nikopol"}
    assert locations(items(client, country="Ukraine", admin1="Odesa")) == {"Odesa"}
    assert items(client, country="Atlantis") == []


def test_filter_type_and_sub_event_type(client):
    assert locations(items(client, type="Air/drone strike")) == {"Sumy", "Odesa"}
    assert len(items(client, type="explosions/remote violence")) == 6
    assert locations(items(client, type="Strategic developments")) == {None}


def test_filter_type_takes_a_plover_code_in_any_case(client):
    threat = items(client, type="threaten")
    assert [r["plover"] for r in threat] == ["THREATEN"] and items(client, type="AGREE") == []
    described = client.get("/openapi.json").json()["paths"]["/api/incidents"]["get"]["parameters"]
    assert "PLOVER" in next(p for p in described if p["name"] == "type")["description"]


def test_filter_weapon(client):
    assert locations(items(client, weapon="drone")) == {"Sumy", "Odesa"}
    assert locations(items(client, weapon="ARTILLERY")) == {"Kherson", "Nikopol"}
    assert locations(items(client, weapon="ballistic missile")) == {"Poltava"}
    assert items(client, weapon="missile") == []       # the weapon is matched whole


def test_filter_min_fatalities(client):
    assert locations(items(client, min_fatalities=3)) == {"Poltava", "Nikopol", "Kandahār"}
    assert locations(items(client, min_fatalities=8)) == {"Poltava"}
    assert len(items(client, min_fatalities=0)) == 7 - 0     # unknown counts are null; 0 >= 0 holds
    assert items(client, min_fatalities=9) == []


def test_text_search_over_location_notes_and_sources(client):
    assert locations(items(client, q="Kiper")) == {"Odesa"}                 # a source
    assert locations(items(client, q="dormitory")) == {"Poltava"}           # the notes (the report's sentence)
    assert locations(items(client, q="nikopol")) == {"Nikopol"}             # the location, any case
    assert locations(items(client, q="kandahār")) == {"Kandahār"}           # beyond ASCII
    assert locations(items(client, q="port workers")) == {"Odesa"}          # every word must match
    assert items(client, q="port dormitory") == []
    assert locations(items(client, q="Radio C")) == {"Sumy", "Nikopol"}     # the outlet is a source too
    # LIKE's wildcards are matched literally
    assert items(client, q="%") == [] and items(client, q="_") == []
    assert items(client, q='"') == [] and items(client, q="\\") == []
    assert len(items(client, q="   ")) == 7


def test_filters_combine(client):
    rows = items(client, country="Ukraine", weapon="drone", min_fatalities=2, since="2025-03-20", q="Kiper")
    assert locations(rows) == {"Odesa"}


@pytest.mark.parametrize("params, field", [
    ({"since": "yesterday"}, "since"), ({"until": "2025-13-01"}, "until"), ({"until": "0"}, "until"),
    ({"since": "2025-02-30"}, "since"), ({"min_fatalities": -1}, "min_fatalities"),
    ({"min_fatalities": "many"}, "min_fatalities"), ({"limit": 0}, "limit"), ({"limit": 501}, "limit"),
    ({"country": "x" * 201}, "country"), ({"q": "a\x00b"}, "q"), ({"cursor": "a b"}, "cursor"),
])
def test_bad_parameters_are_422(client, params, field):
    assert_error(client.get("/api/incidents", params=params), 422, field)


# --------------------------------------------------------------------------- one incident

def test_one_incident_with_mentions_documents_revisions_and_evidence(client):
    key = by_location(client, "Poltava")["incident_id"]
    r = client.get(f"/api/incidents/{key}")
    assert r.status_code == 200
    rec = r.json()
    assert rec["incident_id"] == key and rec["fatalities"] == 8
    assert [(v["document"], v["best"]) for v in rec["revisions"] if v["field"] == "fatalities"] == \
        [("web-poltava-1", 6), ("web-poltava-2", 8)]
    assert any("Kohut" in s for s in rec["sources"])
    assert {e["doc_id"] for e in rec["evidence"]} == {"web-poltava-1", "web-poltava-2"}
    mentions = rec["mention_records"]
    assert [m["doc_id"] for m in mentions] == ["web-poltava-1", "web-poltava-2"]
    texts = {d.id: d.text for d in REPORTS}
    for m in mentions:
        doc = m["document"]
        assert doc["text"] == texts[m["doc_id"]] and doc["source"] in ("Wire A", "Daily B")
        assert m["evidence"], m
        for span in m["evidence"]:        # a page can highlight each span in the text
            assert doc["text"][span["start"]:span["end"]] == span["text"]
        assert not any(k.startswith("_") for k in m)
    assert rec["edits"] == []


def test_one_incident_by_numeric_id(client):
    key = by_location(client, "Sumy")["incident_id"]
    db = connect(client.app.state.db_url)
    pk = db.one("SELECT id FROM incidents WHERE incident_key = ?", (key,))[0]
    db.close()
    assert client.get(f"/api/incidents/{pk}").json()["incident_id"] == key


@pytest.mark.parametrize("ref", ["Inope", "999999999", "99999999999999999999999", "²", "I%00"])
def test_unknown_incident_is_404(client, ref):
    assert_error(client.get(f"/api/incidents/{ref}"), 404, "no incident")


# --------------------------------------------------------------------------- documents

def test_documents_list_and_pages(client):
    body = client.get("/api/documents", params={"limit": 500}).json()
    assert [d["doc_id"] for d in body["items"]] == [d.id for d in reversed(REPORTS)]   # newest ingest first
    assert body["next_cursor"] is None
    first = body["items"][-1]
    assert first["doc_id"] == "web-poltava-1" and first["published"] == "2025-02-04" and first["source"] == "Wire A"
    assert first["chars"] == len(REPORTS[0].text) and REPORTS[0].text.startswith(first["snippet"])
    assert first["mentions"] == 1 and "text" not in first
    seen, cursor = [], None
    while True:
        page = client.get("/api/documents", params={"limit": 3} | ({"cursor": cursor} if cursor else {})).json()
        seen += [d["doc_id"] for d in page["items"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert seen == [d["doc_id"] for d in body["items"]]


def test_one_document_with_text_and_mentions(client):
    r = client.get("/api/documents/web-kandahar")
    assert r.status_code == 200
    doc = r.json()
    assert doc["text"] == REPORTS[-1].text and doc["published"] == "2025-04-06"
    (m,) = doc["mentions"]
    assert m["incident_id"] == by_location(client, "Kandahār")["incident_id"]
    assert m["fatalities"] == 3 and m["sub_event_type"] == "Remote explosive/landmine/IED"
    for span in m["evidence"]:
        assert doc["text"][span["start"]:span["end"]] == span["text"]


def test_unknown_document_is_404(client):
    assert_error(client.get("/api/documents/no-such-report"), 404, "no document")


# --------------------------------------------------------------------------- aggregates

def test_aggregate_per_day(client):
    body = client.get("/api/aggregates/day").json()
    assert body["by"] == "day"
    rows = body["items"]
    assert [r["date"] for r in rows] == ["2025-02-04", "2025-03-15", "2025-03-20", "2025-03-23", "2025-03-28",
                                         "2025-04-06"]
    assert rows[0] == {"date": "2025-02-04", "incidents": 1, "killed": 8, "injured": 23}
    assert rows[2] == {"date": "2025-03-20", "incidents": 1, "killed": 0, "injured": 4}


def test_aggregates_per_admin1_type_weapon(client):
    admin1 = {(r["country"], r["admin1"]): r for r in client.get("/api/aggregates/admin1").json()["items"]}
    assert admin1[("Ukraine", "Poltava")] == {"country": "Ukraine", "admin1": "Poltava", "incidents": 1,
                                              "killed": 8, "injured": 23}
    assert admin1[("Afghanistan", "Kandahar")]["killed"] == 3
    assert sum(r["incidents"] for r in admin1.values()) == 7
    types = {(r["event_type"], r["sub_event_type"]): r for r in client.get("/api/aggregates/type").json()["items"]}
    drone = types[("Explosions/Remote violence", "Air/drone strike")]
    assert (drone["incidents"], drone["killed"], drone["injured"]) == (2, 4, 12)
    weapons = client.get("/api/aggregates/weapon").json()["items"]
    assert weapons[0]["incidents"] == 2          # most incidents first
    by_weapon = {r["weapon"]: r for r in weapons}
    assert by_weapon["artillery"] == {"weapon": "artillery", "incidents": 2, "killed": 3, "injured": 4}
    assert by_weapon[None]["incidents"] == 1     # the political threat has none


def test_aggregates_honour_the_filters(client):
    params = {"country": "Ukraine", "since": "2025-03-01", "weapon": "drone"}
    rows = client.get("/api/aggregates/day", params=params).json()["items"]
    assert [(r["date"], r["killed"]) for r in rows] == [("2025-03-15", 2), ("2025-03-23", 2)]
    listed = items(client, **params)
    for by in ("admin1", "type", "weapon"):
        rows = client.get(f"/api/aggregates/{by}", params=params).json()["items"]
        assert sum(r["incidents"] for r in rows) == len(listed)
        assert sum(r["killed"] for r in rows) == sum(r["fatalities"] or 0 for r in listed)
    assert client.get("/api/aggregates/weapon", params={"q": "Kiper"}).json()["items"] == \
        [{"weapon": "drone", "incidents": 1, "killed": 2, "injured": 7}]
    assert_error(client.get("/api/aggregates/admin1", params={"since": "soon"}), 422, "since")
    assert_error(client.get("/api/aggregates/month"), 404)


# --------------------------------------------------------------------------- GeoJSON

def test_geojson(client):
    r = client.get("/api/incidents.geojson")
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/geo+json")
    fc = r.json()
    assert fc["type"] == "FeatureCollection" and fc["next_cursor"] is None
    assert len(fc["features"]) == 6              # the threat has no place
    odesa = next(f for f in fc["features"] if f["properties"]["location"] == "Odesa")
    lon, lat = odesa["geometry"]["coordinates"]
    assert odesa["geometry"]["type"] == "Point" and 30 < lon < 31 and 46 < lat < 47
    assert odesa["id"] == odesa["properties"]["incident_id"]
    assert "evidence" not in odesa["properties"] and "revisions" not in odesa["properties"]


def test_geojson_filters_and_pages(client):
    fc = client.get("/api/incidents.geojson", params={"weapon": "drone"}).json()
    assert {f["properties"]["location"] for f in fc["features"]} == {"Sumy", "Odesa"}
    first = client.get("/api/incidents.geojson", params={"limit": 4}).json()
    rest = client.get("/api/incidents.geojson", params={"limit": 4, "cursor": first["next_cursor"]}).json()
    assert len(first["features"]) == 4 and len(rest["features"]) == 2 and rest["next_cursor"] is None
    assert_error(client.get("/api/incidents.geojson", params={"limit": 10_001}), 422, "limit")


# --------------------------------------------------------------------------- errors

def test_unknown_route_and_wrong_method_answer_json_errors(client):
    assert_error(client.get("/api/nothing-here"), 404)
    assert_error(client.delete("/api/incidents"), 405)
    r = client.put("/api/documents")
    assert_error(r, 405)
    assert r.headers["allow"] == "GET, POST"     # every method of the path, not one route's


def test_an_unexpected_failure_is_a_json_500(loaded_url, monkeypatch):
    app = create_app(loaded_url, static_dir="/nonexistent")

    def boom(*_a, **_k):
        raise RuntimeError("database on fire")
    monkeypatch.setattr(search, "incident_page", boom)
    with TestClient(app, raise_server_exceptions=False) as c:
        r = c.get("/api/incidents")
    assert_error(r, 500, "internal server error")
    assert "fire" not in r.text


# --------------------------------------------------------------------------- the write API: the token

WRITES = [
    ("/api/documents", lambda key: EXTRA),
    ("/api/incidents/{key}/merge", lambda key: {"other": key}),
    ("/api/incidents/{key}/split", lambda key: {"mentions": ["x"]}),
    ("/api/incidents/{key}/correct", lambda key: {"field": "fatalities", "value": 1}),
]


@pytest.mark.parametrize("path, body", WRITES)
def test_writes_are_off_without_a_configured_token(client, path, body):
    key = by_location(client, "Sumy")["incident_id"]
    before = client.get("/api/status").json()["counts"]
    for headers in ({}, {"Authorization": "Bearer anything"}):
        assert_error(client.post(path.format(key=key), json=body(key), headers=headers), 403, "write API is off")
    assert client.get("/api/status").json()["counts"] == before


@pytest.mark.parametrize("path, body", WRITES)
def test_writes_need_the_right_token(writable, path, body):
    key = by_location(writable, "Sumy")["incident_id"]
    url, payload = path.format(key=key), body(key)
    before = writable.get("/api/status").json()["counts"]
    r = writable.post(url, json=payload)
    assert_error(r, 401, "token")
    assert r.headers["www-authenticate"] == "Bearer"
    assert_error(writable.post(url, json=payload, headers={"Authorization": f"Basic {TOKEN}"}), 401)
    assert_error(writable.post(url, json=payload, headers={"Authorization": "Bearer"}), 401)
    assert_error(writable.post(url, json=payload, headers={"Authorization": "Bearer wrong"}), 403, "wrong token")
    assert_error(writable.post(url, json=payload, headers={"Authorization": f"Bearer {TOKEN}x"}), 403)
    # the token is checked before the body: a bad body without a token is still 401
    assert_error(writable.post(url, content=b"{not json", headers={"Content-Type": "application/json"}), 401)
    assert_error(writable.post(url, json={"nonsense": True}, headers={"Authorization": "Bearer wrong"}), 403)
    assert writable.get("/api/status").json()["counts"] == before


def test_the_token_comes_from_the_environment(loaded_url, monkeypatch):
    monkeypatch.setenv("CONFLICTLENS_TOKEN", "from-env")
    with TestClient(create_app(loaded_url, static_dir="/nonexistent")) as c:
        assert c.get("/api/status").json()["write_api"] is True
        r = c.post("/api/incidents/Inope/merge", json={"other": "Inope2"}, headers={"Authorization": "Bearer from-env"})
        assert_error(r, 404, "no incident")
    monkeypatch.delenv("CONFLICTLENS_TOKEN")
    with TestClient(create_app(loaded_url, static_dir="/nonexistent")) as c:
        assert c.get("/api/status").json()["write_api"] is False


# --------------------------------------------------------------------------- the write API: ingest

def edits_table(c: TestClient) -> list[tuple]:
    db = connect(c.db_url)
    try:
        return [(a, author, json.loads(p)) for a, author, p in
                db.all("SELECT action, author, payload FROM edits ORDER BY id")]
    finally:
        db.close()


def test_ingest_a_document(writable):
    r = writable.post("/api/documents", json=EXTRA, headers=AUTH | {"X-Author": "desk editor"})
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["doc_id"] == EXTRA["id"] and body["status"] == "stored" and body["mentions"] == 1
    (key,) = body["incidents"]
    rec = writable.get(f"/api/incidents/{key}").json()
    assert rec["location"] == "Kostiantynivka" and rec["fatalities"] == 1 and rec["injured"] == 3
    assert rec["mention_records"][0]["document"]["url"] == EXTRA["url"]
    doc = writable.get("/api/documents/" + EXTRA["id"]).json()     # an id with slashes
    assert doc["text"] == EXTRA["text"] and doc["mentions"][0]["incident_id"] == key
    assert edits_table(writable) == [("ingest", "desk editor", {"doc_id": EXTRA["id"]})]
    assert body["stored_as"] == EXTRA["id"] and body["new_version"] is False
    # the same document again, or the same text under another id, changes nothing
    for again in (EXTRA, dict(EXTRA, id="another-id")):
        r = writable.post("/api/documents", json=again, headers=AUTH)
        assert r.status_code == 200 and r.json() == {"doc_id": again["id"], "stored_as": EXTRA["id"],
                                                     "status": "duplicate", "new_version": False,
                                                     "mentions": 1, "incidents": [key]}
    assert writable.get("/api/status").json()["counts"]["documents"] == len(REPORTS) + 1
    assert len(edits_table(writable)) == 1


def test_another_text_under_a_stored_id_is_stored_as_a_new_version(writable):
    first = writable.post("/api/documents", json=EXTRA, headers=AUTH).json()
    later = dict(EXTRA, text="Rescuers found a second body under the rubble of the Kostiantynivka warehouse hit "
                             "by a glide bomb on Wednesday, the regional governor said on Thursday.",
                 published="2025-04-10")
    version = f"{EXTRA['id']}#{Document(id='', text=later['text']).content_hash[:8]}"
    r = writable.post("/api/documents", json=later, headers=AUTH | {"X-Author": "night desk"})
    assert r.status_code == 201, r.text
    body = r.json()
    assert (body["doc_id"], body["stored_as"], body["status"], body["new_version"]) == (
        EXTRA["id"], version, "stored", True)
    assert body["mentions"] >= 1 and body["incidents"]
    # both texts are kept, each under its own id; the first is untouched
    assert writable.get("/api/documents/" + EXTRA["id"]).json()["text"] == EXTRA["text"]
    # (in a URL the "#" of the id is sent as %23: a bare "#" starts the fragment)
    assert writable.get("/api/documents/" + quote(version, safe="/")).json()["text"] == later["text"]
    assert writable.get("/api/status").json()["counts"]["documents"] == len(REPORTS) + 2
    assert edits_table(writable)[-1] == ("ingest", "night desk", {"doc_id": version})
    # the second text sent again is a duplicate of the version
    again = writable.post("/api/documents", json=later, headers=AUTH)
    assert again.status_code == 200
    assert (again.json()["stored_as"], again.json()["status"]) == (version, "duplicate")
    # a third text under the id is a version of its own
    third = dict(EXTRA, text="Kostiantynivka's water supply was cut after Wednesday's strike, city officials said.")
    r = writable.post("/api/documents", json=third, headers=AUTH)
    assert r.status_code == 201
    assert r.json()["stored_as"] == f"{EXTRA['id']}#{Document(id='', text=third['text']).content_hash[:8]}"
    assert r.json()["stored_as"] not in (EXTRA["id"], version) and first["stored_as"] == EXTRA["id"]
    assert writable.get("/api/status").json()["counts"]["documents"] == len(REPORTS) + 3


def test_ingest_without_an_id_uses_the_text(writable):
    r = writable.post("/api/documents", json={"text": EXTRA["text"], "published": "2025-04-09"}, headers=AUTH)
    assert r.status_code == 201 and r.json()["doc_id"].startswith("api-")
    assert edits_table(writable)[-1][1] == "api"     # the default author


@pytest.mark.parametrize("body, message, recorded", [
    ({"id": "empty", "text": "   "}, "empty", True),
    ({"id": "nul", "text": "abc\x00def"}, "binary", True),
    ({"id": "big", "text": "x" * 1_000_001}, "too large", True),
    ({"id": "date", "text": "Shelling hit Kherson.", "published": "last week"}, "published", True),
    ({"id": "no-text"}, "text", False),
    ({"id": "typed", "text": 42}, "text", False),
    ({"id": "x" * 301, "text": "Shelling hit Kherson."}, "id", False),
    ({"id": "nul\x00id", "text": "Shelling hit Kherson."}, "id", False),
])
def test_ingest_rejections(writable, body, message, recorded):
    r = writable.post("/api/documents", json=body, headers=AUTH)
    assert_error(r, 422, message)
    counts = writable.get("/api/status").json()["counts"]
    assert counts["documents"] == len(REPORTS)
    assert counts["rejects"] == (1 if recorded else 0)     # a bad document is listed with its reason


def test_ingest_a_lone_surrogate_is_rejected_not_a_crash(writable):
    raw = b'{"id": "sur", "text": "Shelling hit Kherson \\ud800 today."}'
    r = writable.post("/api/documents", content=raw, headers=AUTH | {"Content-Type": "application/json"})
    assert r.status_code == 422, r.text


@pytest.mark.parametrize("raw", [b"{not json", b'{"id": "x", "text": "caf\xe9"}', b"\xff\xfe"])
def test_ingest_malformed_json_is_422(writable, raw):
    r = writable.post("/api/documents", content=raw, headers=AUTH | {"Content-Type": "application/json"})
    assert_error(r, 422, "json")
    r = writable.post("/api/documents", content=raw, headers={"Content-Type": "application/json"})
    assert_error(r, 401)


# --------------------------------------------------------------------------- the write API: edits

def test_merge(writable):
    sumy, odesa = by_location(writable, "Sumy"), by_location(writable, "Odesa")
    r = writable.post(f"/api/incidents/{sumy['incident_id']}/merge", json={"other": odesa["incident_id"]},
                      headers=AUTH | {"X-Author": "analyst1"})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["incident_id"] == sumy["incident_id"]
    assert body["record"]["doc_ids"] == ["web-odesa", "web-sumy"]
    assert odesa["incident_id"] not in ids(items(writable))
    assert_error(writable.get(f"/api/incidents/{odesa['incident_id']}"), 404)
    (edit,) = edits_table(writable)
    assert edit[0] == "merge" and edit[1] == "analyst1"
    detail = writable.get(f"/api/incidents/{sumy['incident_id']}").json()
    assert [e["action"] for e in detail["edits"]] == ["merge"] and detail["edits"][0]["author"] == "analyst1"


def test_merge_errors(writable):
    key = by_location(writable, "Sumy")["incident_id"]
    assert_error(writable.post(f"/api/incidents/{key}/merge", json={"other": key}, headers=AUTH), 422, "itself")
    assert_error(writable.post(f"/api/incidents/{key}/merge", json={"other": "Inope"}, headers=AUTH), 422, "Inope")
    assert_error(writable.post("/api/incidents/Inope/merge", json={"other": key}, headers=AUTH), 404, "Inope")
    assert_error(writable.post(f"/api/incidents/{key}/merge", json={}, headers=AUTH), 422, "other")
    assert edits_table(writable) == []


def test_split(writable):
    poltava = by_location(writable, "Poltava")
    detail = writable.get(f"/api/incidents/{poltava['incident_id']}").json()
    second = detail["mention_records"][1]["event_id"]
    r = writable.post(f"/api/incidents/{poltava['incident_id']}/split", json={"mentions": [second]},
                      headers=AUTH | {"X-Author": "analyst2"})
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["source_incident_id"] == poltava["incident_id"] and body["incident_id"] != poltava["incident_id"]
    assert body["record"]["doc_ids"] == ["web-poltava-2"]
    assert writable.get(f"/api/incidents/{poltava['incident_id']}").json()["fatalities"] == 6
    assert len(items(writable)) == 8
    assert edits_table(writable) == [("split", "analyst2", {"mentions": [second]})]


def test_split_errors(writable):
    poltava = by_location(writable, "Poltava")["incident_id"]
    sumy = by_location(writable, "Sumy")["incident_id"]
    mentions = [m["event_id"] for m in writable.get(f"/api/incidents/{poltava}").json()["mention_records"]]
    assert_error(writable.post(f"/api/incidents/{poltava}/split", json={"mentions": ["nope"]}, headers=AUTH),
                 422, "not mentions")
    assert_error(writable.post(f"/api/incidents/{poltava}/split", json={"mentions": mentions}, headers=AUTH),
                 422, "at least one")
    assert_error(writable.post(f"/api/incidents/{sumy}/split", json={"mentions": mentions[:1]}, headers=AUTH), 422)
    assert_error(writable.post(f"/api/incidents/{poltava}/split", json={"mentions": []}, headers=AUTH),
                 422, "mentions")
    assert_error(writable.post("/api/incidents/Inope/split", json={"mentions": ["x"]}, headers=AUTH), 404)
    assert edits_table(writable) == []


def test_correct(writable):
    key = by_location(writable, "Kherson")["incident_id"]
    r = writable.post(f"/api/incidents/{key}/correct", json={"field": "fatalities", "value": 2},
                      headers=AUTH | {"X-Author": "analyst3"})
    assert r.status_code == 200, r.text
    assert r.json()["record"]["fatalities"] == 2
    assert "Kherson" in locations(items(writable, min_fatalities=2))     # the indexed column follows
    r = writable.post(f"/api/incidents/{key}/correct", json={"field": "weapon", "value": "drone"}, headers=AUTH)
    assert r.status_code == 200
    assert "Kherson" in locations(items(writable, weapon="drone"))
    r = writable.post(f"/api/incidents/{key}/correct", json={"field": "notes", "value": None}, headers=AUTH)
    assert r.status_code == 200 and r.json()["record"]["notes"] is None
    assert [(a, who, p["field"]) for a, who, p in edits_table(writable)] == \
        [("correct", "analyst3", "fatalities"), ("correct", "api", "weapon"), ("correct", "api", "notes")]
    rec = writable.get(f"/api/incidents/{key}").json()
    assert [c["field"] for c in rec["corrections"]] == ["fatalities", "weapon", "notes"]
    assert len(rec["edits"]) == 3


@pytest.mark.parametrize("body, message", [
    ({"field": "fatalities", "value": -1}, "between"),
    ({"field": "fatalities", "value": "many"}, "whole number"),
    ({"field": "fatalities", "value": True}, "whole number"),
    ({"field": "fatalities", "value": 2.5}, "whole number"),
    ({"field": "latitude", "value": 123.0}, "between"),
    ({"field": "event_date", "value": "Friday"}, "date"),
    ({"field": "event_date", "value": "2025-02-30"}, "date"),
    ({"field": "civilian_targeting", "value": "yes"}, "true, false"),
    ({"field": "sources", "value": "one"}, "list"),
    ({"field": "geo_precision", "value": 4}, "between"),
    ({"field": "location", "value": ["a"]}, "string"),
    ({"field": "notes", "value": {"a": 1}}, "value"),
    ({"field": "incident_id", "value": "I1"}, "field"),
    ({"field": "revisions", "value": []}, "field"),
    ({"value": 1}, "field"),
])
def test_correct_checks_the_field_and_its_value(writable, body, message):
    key = by_location(writable, "Kherson")["incident_id"]
    assert_error(writable.post(f"/api/incidents/{key}/correct", json=body, headers=AUTH), 422, message)
    assert edits_table(writable) == []


def test_correct_unknown_incident_is_404(writable):
    r = writable.post("/api/incidents/Inope/correct", json={"field": "fatalities", "value": 1}, headers=AUTH)
    assert_error(r, 404, "no incident")


def test_bad_author_header_is_422(writable):
    key = by_location(writable, "Kherson")["incident_id"]
    r = writable.post(f"/api/incidents/{key}/correct", json={"field": "fatalities", "value": 1},
                      headers=AUTH | {"X-Author": "x" * 101})
    assert_error(r, 422, "x-author")


# --------------------------------------------------------------------------- concurrency

def test_concurrent_reads_and_writes(writable):
    keys = ids(items(writable))
    placed = [k for k in keys if writable.get(f"/api/incidents/{k}").json().get("location")]

    def read(n: int) -> int:
        k = keys[n % len(keys)]
        codes = {writable.get("/api/incidents", params={"limit": 3}).status_code,
                 writable.get(f"/api/incidents/{k}").status_code,
                 writable.get("/api/aggregates/day").status_code}
        return max(codes)

    def correct(n: int) -> int:
        k = placed[n % len(placed)]
        return writable.post(f"/api/incidents/{k}/correct", json={"field": "confidence", "value": 0.5},
                             headers=AUTH).status_code

    with ThreadPoolExecutor(max_workers=8) as pool:
        reads = [pool.submit(read, n) for n in range(24)]
        writes = [pool.submit(correct, n) for n in range(12)]
        assert {f.result() for f in reads} == {200}
        assert {f.result() for f in writes} == {200}
    assert len([e for e in edits_table(writable) if e[0] == "correct"]) == 12


def test_the_same_document_sent_concurrently_is_stored_once(writable):
    barrier = threading.Barrier(6)

    def send(_n: int) -> int:
        barrier.wait()
        return writable.post("/api/documents", json=EXTRA, headers=AUTH).status_code

    with ThreadPoolExecutor(max_workers=6) as pool:
        codes = sorted(pool.map(send, range(6)))
    assert codes == [200] * 5 + [201]
    assert writable.get("/api/status").json()["counts"]["documents"] == len(REPORTS) + 1


# --------------------------------------------------------------------------- the dashboard hook

def test_static_files_are_served_at_the_root_after_the_api(loaded_url, tmp_path):
    (tmp_path / "index.html").write_text("<!doctype html><title>dashboard</title>", encoding="utf-8")
    (tmp_path / "app.js").write_text("console.log('hi');", encoding="utf-8")
    with TestClient(create_app(loaded_url, static_dir=tmp_path)) as c:
        r = c.get("/")
        assert r.status_code == 200 and "dashboard" in r.text
        assert c.get("/app.js").status_code == 200
        assert c.get("/api/status").status_code == 200          # the API still wins
        assert c.get("/openapi.json").status_code == 200 and c.get("/docs").status_code == 200
        assert_error(c.get("/api/nothing-here"), 404)
        assert c.get("/missing.js").status_code == 404


def test_without_static_files_the_root_is_404(client):
    assert_error(client.get("/"), 404)


# --------------------------------------------------------------------------- the serve command

def _parser():
    from conflictlens import cli_web
    parser = argparse.ArgumentParser(prog="conflictlens")
    commands = parser.add_subparsers(dest="command")
    cli_web.register(commands, lambda cmds, name, help_text, epilog: cmds.add_parser(
        name, help=help_text, description=help_text, epilog=epilog))
    return parser


def test_serve_arguments():
    args = _parser().parse_args(["serve"])
    assert (args.db, args.host, args.port) == (None, "127.0.0.1", 8000)
    args = _parser().parse_args(["serve", "--db", "x.db", "--host", "0.0.0.0", "--port", "9000"])
    assert (args.db, args.host, args.port) == ("x.db", "0.0.0.0", 9000)
    for bad in ("70000", "-1", "http"):
        with pytest.raises(SystemExit):
            _parser().parse_args(["serve", "--port", bad])


def test_serve_runs_uvicorn_on_localhost(tmp_path, monkeypatch, capsys):
    import uvicorn
    calls = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: calls.update(kw, app=app))
    monkeypatch.delenv("CONFLICTLENS_TOKEN", raising=False)
    args = _parser().parse_args(["serve", "--db", str(tmp_path / "serve.db")])
    assert args.func(args) == 0
    assert calls["host"] == "127.0.0.1" and calls["port"] == 8000
    assert calls["app"].state.db_url == str(tmp_path / "serve.db")
    err = capsys.readouterr().err
    assert "127.0.0.1:8000" in err and "write API off" in err


def test_serve_warns_when_listening_beyond_this_machine(tmp_path, monkeypatch, capsys):
    import uvicorn
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: None)
    monkeypatch.setenv("CONFLICTLENS_TOKEN", "t")
    args = _parser().parse_args(["serve", "--db", str(tmp_path / "serve.db"), "--host", "0.0.0.0"])
    assert args.func(args) == 0
    err = capsys.readouterr().err
    assert "warning" in err and "write API on" in err


def test_serve_with_a_database_that_cannot_be_opened(tmp_path, capsys):
    args = _parser().parse_args(["serve", "--db", str(tmp_path / "missing-folder" / "x.db")])
    assert args.func(args) == 2
    assert "cannot open the database" in capsys.readouterr().err


# --------------------------------------------------------------------------- the benchmark script runs

def test_bench_api_quick_run(tmp_path):
    import subprocess
    import sys
    from pathlib import Path
    out = tmp_path / "bench_api.json"
    script = Path(__file__).resolve().parents[1] / "bench" / "bench_api.py"
    proc = subprocess.run([sys.executable, str(script), "--quick", "--incidents", "600", "--requests", "2",
                           "--json", str(out)], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["incidents"] == 600 and data["requests"] > 0 and data["p95_ms"] >= data["p50_ms"] > 0
    assert {s["shape"] for s in data["shapes"]} >= {"first page", "following next_cursor", "filters combined"}
    assert all(s["rows_last_page"] > 0 for s in data["shapes"] if s["shape"] in ("first page", "country"))
    assert proc.stdout.startswith("| HTTP API `GET /api/incidents`, 600 incidents in SQLite")
