"""The dashboard end to end, in a real headless Chromium (Debian's), against the real app.

The app (`conflictlens.web.api.create_app`) serves a SQLite database ingested from the
reports below and the static dashboard; uvicorn runs it on 127.0.0.1 in a thread and
Playwright drives Debian's chromium (never a browser Playwright downloads itself).
Every request the page makes to anywhere but the app is refused and recorded: the
dashboard must work with no internet.

The screenshots in docs/img/ come from here:

    CONFLICTLENS_SCREENSHOTS=docs/img .venv/bin/pytest tests/test_web_e2e.py

Without that variable they go to a temporary folder. Chromium is found at
$CONFLICTLENS_CHROMIUM or /usr/bin/chromium (`bash .ci/browser.sh` installs it); with
no browser, or without playwright / fastapi / uvicorn, the browser tests skip and say why.
"""
from __future__ import annotations

import json
import os
import re
import socket
import threading
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from conflictlens import Document, extract_document
from conflictlens.store import repository
from conflictlens.store.db import connect

CHROMIUM = os.environ.get("CONFLICTLENS_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


def _need(module: str, why: str):
    try:
        return __import__(module, fromlist=["_"])
    except ImportError:
        pytest.skip(f"{why}: pip install {module.split('.')[0]}")

# --------------------------------------------------------------------------- the reports
# Written for this test: the towns and offices are real, the events and figures are not.

PAYLOAD_TEXT = '<script>window.__pwned = 1</script>'
PAYLOAD_IMG = '<img src=x onerror="window.__pwned = 1">'
PAYLOAD_SOURCE = 'Reader <img src=x onerror="window.__pwned = 2">'


def _doc(doc_id: str, text: str, published: str, source: str) -> Document:
    return Document(id=doc_id, text=text, published=published, source=source)


REPORTS = [
    _doc("kh-evening", "Two people were killed and nine were injured when Russian glide bombs hit a residential "
         "street in Kharkiv's Industrialnyi district on Thursday evening, regional governor Oleh Syniehubov "
         "said.", "2025-04-03", "Wire A"),
    _doc("kh-update", "The number of people killed by Thursday's glide bomb attack on Kharkiv's Industrialnyi "
         "district has risen to three, governor Oleh Syniehubov said on Friday, adding that 12 people were "
         "being treated in hospital.", "2025-04-04", "Daily B"),
    _doc("kupiansk-shop", "A Russian artillery shell hit a grocery shop in Kupiansk on Sunday morning, killing "
         "one woman and wounding two men, the regional prosecutor's office said.", "2025-04-06", "Radio C"),
    _doc("izium-march", "Four people were killed when a Russian missile struck an office building in Izium on "
         "Thursday, the regional police said.", "2025-03-20", "Wire A"),
    _doc("kh-later", "A Russian drone hit a petrol station in Kharkiv on Saturday night, killing two people "
         "and injuring six, mayor Ihor Terekhov said.", "2025-04-12", "Daily B"),
    _doc("odesa-port", "Russian drones struck port facilities in Odesa overnight, killing a security guard and "
         "injuring five other workers, regional governor Oleh Kiper said on Saturday.", "2025-04-05",
         "Channel D"),
    _doc("dnipro-plant", "A Russian ballistic missile struck an industrial site in Dnipro on Wednesday "
         "afternoon, killing four people and injuring 21, regional governor Serhiy Lysak said.", "2025-04-02",
         "Wire A"),
    _doc("zp-market", "Five people were wounded when a Russian guided bomb hit a market in Zaporizhzhia on "
         "Tuesday, regional governor Ivan Fedorov said. Nobody was killed.", "2025-04-08", "Radio C"),
    _doc("kherson-bus", "Russian artillery shelled a bus stop in Kherson on Monday morning, killing two "
         "passengers and injuring four, regional head Oleksandr Prokudin said.", "2025-04-07", "Daily B"),
    _doc("kramatorsk-yard", "A Russian missile hit a courtyard in Kramatorsk on Tuesday, killing three "
         "civilians including a child, Donetsk regional governor Vadym Filashkin said.", "2025-04-01", "Wire A"),
    # untrusted text: markup in the report and in the outlet's name must be shown, never run
    _doc("sumy-payload", "A Russian drone hit a garage in Sumy on Wednesday, killing one man, the regional "
         f"military administration said. {PAYLOAD_TEXT} {PAYLOAD_IMG}", "2025-04-09", PAYLOAD_SOURCE),
]

SINCE, UNTIL, OBLAST = "2025-04-01", "2025-04-10", "Kharkiv"


# --------------------------------------------------------------------------- the app and the browser

def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    uvicorn = _need("uvicorn", "the browser tests serve the app with uvicorn")
    _need("fastapi", "the browser tests need the HTTP API (fastapi)")
    from conflictlens.web.api import create_app

    path = tmp_path_factory.mktemp("web") / "incidents.db"
    db = connect(str(path))
    summary = repository.ingest(db, iter(REPORTS), extract_document)
    db.close()
    assert summary.stored == len(REPORTS), summary

    app = create_app(str(path), token=None)
    port = _free_port()
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", access_log=False)
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, name="conflictlens-uvicorn", daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            with urllib.request.urlopen(base + "/api/status", timeout=2) as r:
                if r.status == 200:
                    break
        except OSError:
            pass
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the app did not start")
        time.sleep(0.1)
    yield base
    srv.should_exit = True
    thread.join(timeout=10)


def api(base: str, path: str):
    with urllib.request.urlopen(base + path, timeout=10) as r:
        return json.loads(r.read().decode("utf-8"))


@pytest.fixture(scope="module")
def browser():
    sync_api = _need("playwright.sync_api", "the browser tests drive Chromium with playwright")
    if not (os.path.isfile(CHROMIUM) and os.access(CHROMIUM, os.X_OK)):
        pytest.skip(f"no Chromium at {CHROMIUM}: run `bash .ci/browser.sh` to install Debian's chromium, "
                    "or set CONFLICTLENS_CHROMIUM")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield b
        b.close()


class Page:
    """A page in a fresh context, with what it asked of the outside world and any script errors."""

    def __init__(self, browser, base: str, bypass_csp: bool = False):
        self.base = base
        self.context = browser.new_context(viewport={"width": 1400, "height": 900}, device_scale_factor=1,
                                           bypass_csp=bypass_csp)
        self.outside: list[str] = []
        self.errors: list[str] = []
        self.requests: list[str] = []
        own = urlsplit(base).netloc

        def gate(route):
            url = route.request.url
            if url.startswith("data:") or urlsplit(url).netloc == own:
                route.continue_()
            else:                       # no internet: refuse, and remember that it was tried
                self.outside.append(url)
                route.abort()

        self.context.route("**/*", gate)
        self.page = self.context.new_page()
        self.page.on("pageerror", lambda exc: self.errors.append(f"pageerror: {exc}"))
        self.page.on("console", lambda msg: msg.type == "error" and self.errors.append(f"console: {msg.text}"))
        self.page.on("request", lambda req: self.requests.append(req.url))

    def open(self, fragment: str = "#/"):
        self.page.goto(self.base + "/" + fragment)
        return self

    def wait_dashboard(self):
        self.page.wait_for_selector('#dashboard[data-ready="1"]', state="attached", timeout=20000)

    def wait_incident(self):
        self.page.wait_for_selector('#incident[data-ready="1"]', state="attached", timeout=20000)

    def rows(self) -> list[dict[str, str]]:
        return self.page.eval_on_selector_all("#incidents-table tbody tr[data-id]", """rows => rows.map(r => {
            const c = Array.from(r.cells).map(td => td.textContent.trim());
            return {id: r.dataset.id, date: c[0], place: c[1], region: c[2], country: c[3], type: c[4],
                    weapon: c[5], killed: c[6], injured: c[7]};
        })""")

    def close(self):
        self.context.close()


@pytest.fixture
def page(browser, server):
    p = Page(browser, server)
    yield p
    p.close()


@pytest.fixture(scope="module")
def shots(tmp_path_factory) -> Path:
    where = os.environ.get("CONFLICTLENS_SCREENSHOTS")
    folder = Path(where) if where else tmp_path_factory.mktemp("screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def assert_offline_and_clean(p: Page):
    assert p.outside == [], f"the page tried to reach the internet: {p.outside}"
    assert p.errors == [], f"script errors: {p.errors}"


# --------------------------------------------------------------------------- the tests

def test_dashboard_loads_offline_with_map_timeline_and_table(page, shots):
    page.open()
    page.wait_dashboard()
    pg = page.page
    rows = page.rows()
    assert len(rows) == 10                      # eleven reports, two of them about one incident
    # newest first by default
    dates = [r["date"] for r in rows]
    assert dates == sorted(dates, reverse=True)
    # the map: Natural Earth outlines from the app itself, a graticule, every placed incident
    pg.wait_for_function("() => document.querySelectorAll('.leaflet-countries-pane path').length > 100", timeout=20000)
    assert int(pg.get_attribute("#map", "data-markers")) == 10
    assert pg.locator(".leaflet-marker-pane .cluster, .leaflet-overlay-pane path.leaflet-interactive").count() > 0
    assert pg.locator(".legend").inner_text().count("\n") >= 2
    # the timeline: one group of bars per day with incidents
    days = pg.eval_on_selector_all("#timeline g[data-day]", "gs => gs.map(g => g.dataset.day)")
    assert "2025-04-03" in days and "2025-03-20" in days
    assert pg.locator("#timeline rect.bar-killed").count() == len(days)
    assert pg.locator("#summary").inner_text().startswith("10")
    # filter choices come from the database
    assert "Kharkiv" in pg.eval_on_selector_all("#f-admin1 option", "os => os.map(o => o.value)")
    assert "Air/drone strike" in pg.eval_on_selector_all("#f-type option", "os => os.map(o => o.value)")
    pg.screenshot(path=str(shots / "dashboard.png"))
    # online tiles are off until asked for; asking for them is the only way out
    assert not pg.is_checked("#tiles-toggle")
    assert_offline_and_clean(page)
    pg.check("#tiles-toggle")
    pg.wait_for_timeout(500)
    assert page.outside and all("tile.openstreetmap.org" in u for u in page.outside)
    pg.uncheck("#tiles-toggle")


def test_filter_by_dates_and_oblast(page, server, shots):
    page.open()
    page.wait_dashboard()
    pg = page.page
    pg.fill("#f-since", SINCE)
    pg.fill("#f-until", UNTIL)
    pg.select_option("#f-admin1", OBLAST)
    pg.wait_for_function(
        "() => location.hash.includes('admin1=Kharkiv') && location.hash.includes('since=2025-04-01') "
        "&& location.hash.includes('until=2025-04-10') && document.querySelector('#dashboard').dataset.ready === '1'",
        timeout=20000)
    rows = page.rows()
    want = api(server, f"/api/incidents?since={SINCE}&until={UNTIL}&admin1={OBLAST}&limit=500")["items"]
    assert sorted(r["id"] for r in rows) == sorted(i["incident_id"] for i in want)
    assert len(rows) == 2                       # Kharkiv city (two reports) and Kupiansk; not Izium in March
    assert {r["region"] for r in rows} == {OBLAST}
    assert all(SINCE <= r["date"] <= UNTIL for r in rows)
    assert any("Industrialnyi" in r["place"] for r in rows) and any("Kupiansk" in r["place"] for r in rows)
    assert int(pg.get_attribute("#map", "data-markers")) == 2
    # the timeline keeps every day and shows the chosen range on it
    assert pg.locator("#timeline rect.selection").get_attribute("visibility") == "visible"
    assert pg.locator("#summary").inner_text().startswith("2")
    pg.evaluate("() => document.activeElement && document.activeElement.blur()")
    pg.screenshot(path=str(shots / "dashboard-filtered.png"))
    # a reload keeps the filters (they live in the address)
    pg.reload()
    page.wait_dashboard()
    assert pg.input_value("#f-admin1") == OBLAST and pg.input_value("#f-since") == SINCE
    assert len(page.rows()) == 2
    pg.click("#f-reset")
    pg.wait_for_function("() => document.querySelector('#dashboard').dataset.ready === '1' && !location.hash.includes('admin1')")
    assert len(page.rows()) == 10
    assert_offline_and_clean(page)


def test_timeline_brush_sets_the_dates(page):
    page.open()
    page.wait_dashboard()
    pg = page.page
    box = pg.locator("#timeline rect.brush").bounding_box()
    bars = {d: pg.locator(f'#timeline g[data-day="{d}"] rect.bar-killed').bounding_box()
            for d in ("2025-04-02", "2025-04-07")}
    y = box["y"] + box["height"] / 2
    pg.mouse.move(bars["2025-04-02"]["x"] + 1, y)
    pg.mouse.down()
    pg.mouse.move(bars["2025-04-07"]["x"] + 1, y, steps=5)
    pg.mouse.up()
    pg.wait_for_function("() => location.hash.includes('since=') && document.querySelector('#dashboard').dataset.ready === '1'")
    assert pg.input_value("#f-since") == "2025-04-02"
    assert pg.input_value("#f-until") == "2025-04-07"
    rows = page.rows()
    assert rows and all("2025-04-02" <= r["date"] <= "2025-04-07" for r in rows)
    assert len(rows) == 5       # Dnipro, Kharkiv, Odesa, Kupiansk, Kherson (Kramatorsk is on 04-01)
    pg.click("#tl-clear")
    pg.wait_for_function("() => !location.hash.includes('since=') && document.querySelector('#dashboard').dataset.ready === '1'")
    assert len(page.rows()) == 10
    assert_offline_and_clean(page)


def test_region_bars_filter_by_region(page):
    page.open()
    page.wait_dashboard()
    pg = page.page
    regions = pg.eval_on_selector_all("#regions button.region", "bs => bs.map(b => b.dataset.admin1)")
    assert regions[0] == "Kharkiv"              # the most killed: Kharkiv city, Kupiansk, Izium, later strike
    assert {"Odesa", "Sumy", "Donetsk", "Dnipropetrovsk"} <= set(regions)
    pg.click('#regions button.region[data-admin1="Odesa"]')
    pg.wait_for_function("() => location.hash.includes('admin1=Odesa') && document.querySelector('#dashboard').dataset.ready === '1'")
    assert [r["region"] for r in page.rows()] == ["Odesa"]
    assert pg.input_value("#f-admin1") == "Odesa" and pg.input_value("#f-country") == "Ukraine"
    # the other choices filter too: weapon, type, and at least N killed
    pg.goto(f"{page.base}/#/?weapon=drone")
    page.wait_dashboard()
    assert sorted(r["place"] for r in page.rows()) == ["Kharkiv", "Odesa", "Sumy"]
    pg.select_option("#f-weapon", "")
    pg.select_option("#f-type", "Shelling/artillery/missile attack")
    pg.wait_for_function("() => location.hash.includes('type=') && !location.hash.includes('weapon=') "
                         "&& document.querySelector('#dashboard').dataset.ready === '1'")
    rows = page.rows()
    assert len(rows) == 5 and {r["type"] for r in rows} == {"Shelling/artillery/missile attack"}
    pg.fill("#f-min", "3")
    pg.press("#f-min", "Enter")
    pg.wait_for_function("() => location.hash.includes('min_fatalities=3') && document.querySelector('#dashboard').dataset.ready === '1'")
    assert sorted(r["place"] for r in page.rows()) == ["Dnipro", "Izium", "Kramatorsk"]
    assert_offline_and_clean(page)


def test_table_sorts_by_column(page):
    page.open()
    page.wait_dashboard()
    pg = page.page
    pg.click('#incidents-table th[data-key="fatalities"] button')
    killed = [r["killed"] for r in page.rows()]
    assert pg.get_attribute('#incidents-table th[data-key="fatalities"]', "aria-sort") == "descending"
    assert [int(k) for k in killed] == sorted((int(k) for k in killed), reverse=True)
    pg.click('#incidents-table th[data-key="fatalities"] button')
    assert pg.get_attribute('#incidents-table th[data-key="fatalities"]', "aria-sort") == "ascending"
    killed = [int(r["killed"]) for r in page.rows()]
    assert killed == sorted(killed)
    pg.click('#incidents-table th[data-key="location"] button')
    places = [r["place"] for r in page.rows()]
    assert places == sorted(places, key=str.lower) or places == sorted(places)
    # unknown injured figures go last whichever way the column is sorted
    pg.click('#incidents-table th[data-key="injured"] button')
    injured = [r["injured"] for r in page.rows()]
    assert "–" in injured and injured[-1] == "–" and injured[0] != "–"
    assert_offline_and_clean(page)


def _marks(pg, doc_id: str, field: str, start: int) -> str:
    """The text of the highlight(s) of one evidence span (a span split around another is in pieces)."""
    return pg.evaluate("""([doc, field, start]) => {
        const art = Array.from(document.querySelectorAll('article.document')).find(a => a.dataset.docId === doc);
        if (!art) return null;
        return Array.from(art.querySelectorAll('mark'))
          .filter(m => m.dataset.field.split(' ').includes(field) && m.dataset.start === String(start))
          .map(m => m.textContent).join('');
    }""", [doc_id, field, start])


def test_incident_page_shows_evidence_reports_and_revisions(page, server, shots):
    page.open(f"#/?since={SINCE}&until={UNTIL}&admin1={OBLAST}")
    page.wait_dashboard()
    pg = page.page
    pg.click("#incidents-table tbody tr[data-id] a:has-text('Industrialnyi')")
    page.wait_incident()
    incident_id = pg.evaluate("() => decodeURIComponent(location.hash.split('/').pop())")
    rec = api(server, f"/api/incidents/{incident_id}")
    assert rec["fatalities"] == 3
    assert "Industrialnyi" in pg.locator("#incident h1").inner_text()
    # both reports, each with its text and its evidence highlighted where the extractor read it
    docs = pg.eval_on_selector_all("article.document", "as => as.map(a => a.dataset.docId)")
    assert sorted(docs) == ["kh-evening", "kh-update"]
    checked = 0
    for m in rec["mention_records"]:
        for ev in m["evidence"]:
            if ev["field"] in ("fatalities", "injured", "location", "event_date", "weapon"):
                assert _marks(pg, m["doc_id"], ev["field"], ev["start"]) == ev["text"], ev
                assert m["document"]["text"][ev["start"]:ev["end"]] == ev["text"]
                checked += 1
    assert checked >= 6
    update_fatalities = [ev for m in rec["mention_records"] if m["doc_id"] == "kh-update"
                         for ev in m["evidence"] if ev["field"] == "fatalities"]
    assert update_fatalities and "three" in _marks(pg, "kh-update", "fatalities", update_fatalities[0]["start"])
    # the whole text is there, as text
    text = pg.locator('article.document[data-doc-id="kh-update"] .doc-text').inner_text()
    assert text == REPORTS[1].text
    # who reported what
    reports = pg.locator("table.reports").inner_text()
    assert "Oleh Syniehubov" in reports and "Wire A" in reports and "Daily B" in reports
    # the killed figure's history: 2 then 3, as a chart with a point per report
    fig = pg.locator('figure.revision[data-field="fatalities"]')
    assert re.search(r"2\s*→\s*3", fig.locator("figcaption").inner_text())
    assert fig.locator("svg circle.dot").count() == 2
    assert pg.locator('figure.revision[data-field="injured"] svg circle.dot').count() == 2
    pg.screenshot(path=str(shots / "incident.png"), full_page=True)
    # back to the filtered dashboard
    pg.click("#back-link")
    page.wait_dashboard()
    assert len(page.rows()) == 2
    assert_offline_and_clean(page)


@pytest.fixture
def page_without_csp(browser, server):
    p = Page(browser, server, bypass_csp=True)
    yield p
    p.close()


def test_untrusted_document_text_is_shown_and_never_run(page_without_csp, server, shots):
    """Escaping alone keeps the payloads inert: the page's Content-Security-Policy (which would
    also block them) is switched off for this test, so only the way the text is written counts."""
    page = page_without_csp
    sumy = [i for i in api(server, "/api/incidents?admin1=Sumy&limit=50")["items"] if "sumy-payload" in i["doc_ids"]]
    assert len(sumy) == 1
    page.open()
    page.wait_dashboard()
    pg = page.page
    pg.goto(f"{server}/#/incident/{sumy[0]['incident_id']}")
    page.wait_incident()
    pg.wait_for_timeout(500)                     # time for an onerror to fire, if an <img> had been made
    assert pg.evaluate("() => typeof window.__pwned") == "undefined"
    body = pg.locator("#incident-body")
    shown = pg.locator('article.document[data-doc-id="sumy-payload"] .doc-text').inner_text()
    assert PAYLOAD_TEXT in shown and PAYLOAD_IMG in shown and "onerror=" in shown
    assert PAYLOAD_SOURCE in body.inner_text()  # the outlet's name, shown as it was given
    assert body.locator("script, img, iframe, object, embed").count() == 0
    assert pg.locator("img[src='x'], img[onerror]").count() == 0
    assert not [u for u in page.requests if urlsplit(u).path.endswith("/x")]
    pg.locator('article.document[data-doc-id="sumy-payload"]').screenshot(path=str(shots / "untrusted-text.png"))
    # the dashboard shows the same incident safely too (popups, table, filters)
    pg.goto(f"{server}/#/?q=garage")
    page.wait_dashboard()
    assert [r["place"] for r in page.rows()] == ["Sumy"]
    pg.click("#incidents-table tbody tr[data-id]")       # a row opens its incident
    page.wait_incident()
    assert pg.evaluate("() => typeof window.__pwned") == "undefined"
    assert_offline_and_clean(page)


def test_unknown_incident_says_so(page):
    page.open("#/incident/Inot-there")
    page.page.wait_for_selector('#incident[data-ready="error"]', state="attached", timeout=20000)
    assert "No incident" in page.page.locator("#incident-body").inner_text()
    page.errors = [e for e in page.errors if "404" not in e]    # the browser logs the API's 404 itself
    assert_offline_and_clean(page)


def test_static_files_are_all_local():
    """index.html names no outside script, style or font; the vendored libraries carry their licences."""
    static = Path(__file__).resolve().parents[1] / "src" / "conflictlens" / "web" / "static"
    html = (static / "index.html").read_text(encoding="utf-8")
    assert re.search(r'http-equiv="Content-Security-Policy"\s+content="[^"]*script-src \'self\';', html)
    for ref in re.findall(r'(?:src|href)="([^"]+)"', html):
        assert not re.match(r"^(https?:)?//", ref), ref
        if not ref.startswith(("#", "data:", "api/")):
            assert (static / ref).is_file(), ref
    for lib in ("leaflet", "leaflet.markercluster", "topojson-client", "world-atlas"):
        assert any(p.name.upper().startswith(("LICENSE", "MIT-LICEN")) for p in (static / "vendor" / lib).iterdir()), lib
    js = (static / "app.js").read_text(encoding="utf-8")
    assert not re.search(r"\.(innerHTML|outerHTML)\s*\+?=|insertAdjacentHTML|document\.write|\beval\(|new Function", js)
