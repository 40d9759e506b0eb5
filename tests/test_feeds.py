"""RSS/Atom feeds: `ingest --feed` and `watch`.

Feeds, pages and reports are written for these tests and served on 127.0.0.1 only.
`watch` is run through `cli_feeds.register` on a parser of our own, so these tests
do not depend on how `conflictlens.cli` wires it.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sqlite3
import threading
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

from conflictlens import cli, cli_feeds
from conflictlens.ingest import Rejection
from conflictlens.ingest.feeds import FeedError, load_feed, parse_feed, read_feed
from conflictlens.ingest.html import FetchError
from conflictlens.ingest.watch import (
    FeedState, Options, WatchState, backoff_delay, parse_duration, poll_feed, read_feed_list, watch,
)
from conflictlens.model import Document

FEED_TITLE = "Eastern Desk Wire"

REPORTS = {
    1: ("Drone strike damages power line near Pavlohrad",
        "A drone struck a power line outside Pavlohrad on Thursday night, leaving several villages without "
        "electricity; no one was hurt, the district administration said.",
        "Thu, 03 Apr 2025 22:10:00 +0300"),
    2: ("Shelling wounds two in Beryslav",
        "Two women were wounded when shells hit a street in the centre of Beryslav on Friday afternoon, "
        "the regional prosecutor's office said in a statement.",
        "Sat, 05 Apr 2025 00:30:00 +0300"),       # the 5th where it was written, the 4th in UTC
    3: ("Missile hits warehouse in Zaporizhzhia",
        "A missile hit a warehouse on the outskirts of Zaporizhzhia early on Saturday, killing one "
        "security guard and injuring three workers, the regional governor said.",
        "Sat, 05 Apr 2025 06:45:00 +0300"),
}


def article(n: int) -> str:
    title, text, _ = REPORTS[n]
    filler = ("Residents described hearing a loud blast followed by a fire that lasted for about an hour. "
              "Emergency services cleared the debris and checked nearby buildings for damage.")
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title>
<meta property="article:published_time" content="2025-03-01T10:00:00+00:00">
<script>window.adSlots = ["top-banner-sponsored"];</script></head><body>
<nav><a href="/">Front page</a> <a href="/sections">All sections</a> <a href="/subscribe">Subscribe</a></nav>
<article><h1>{title}</h1><p>{text}</p><p>{filler}</p></article>
<footer>Eastern Desk Wire. Terms of use. Contact the newsroom.</footer></body></html>"""


def rss(base: str, numbers: list[int], *, missing_page: int | None = None, title: str = FEED_TITLE) -> str:
    items = []
    for n in reversed(numbers):                 # newest first, as feeds list them
        head, text, date = REPORTS[n]
        link = f"{base}/gone/{n}" if n == missing_page else f"{base}/articles/{n}"
        items.append(f"""<item><title>{escape(head)}</title><link>{link}</link>
<guid isPermaLink="false">wire-{n}</guid><pubDate>{date}</pubDate>
<description>{escape(f"<p>{text}</p><script>alert('x')</script>")}</description></item>""")
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>{title}</title>'
            f"<link>{base}/</link><description>Wire copy</description>{''.join(items)}</channel></rss>\n")


ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Frontline Notes</title>
  <id>urn:example:frontline-notes</id>
  <updated>2025-04-06T09:00:00+02:00</updated>
  <entry>
    <title>Clash reported near a border village</title>
    <id>urn:example:frontline-notes:17</id>
    <link href="https://example.org/notes/17"/>
    <updated>2025-04-06T01:15:00+02:00</updated>
    <summary type="html">&lt;p&gt;Local officials reported an exchange of fire near the village overnight.&lt;/p&gt;</summary>
  </entry>
  <entry>
    <title>Curfew extended</title>
    <id>urn:example:frontline-notes:16</id>
    <published>2025-04-04T23:50:00-05:00</published>
    <content type="text">The city council extended the night curfew by one hour.</content>
  </entry>
</feed>
"""


# --------------------------------------------------------------------------- the test server

class FeedServer:
    """Serves /feed.xml (with ETag/Last-Modified and 304s), /articles/N pages, and scripted failures."""

    def __init__(self) -> None:
        self.feed_body = ""
        self.fail_next: list[int] = []        # statuses to answer /feed.xml with before serving it
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802
                with server.lock:
                    server.requests.append((self.path, dict(self.headers.items())))
                status, headers, body = server.answer(self.path, self.headers)
                self.send_response(status)
                for key, value in headers.items():
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    def answer(self, path: str, headers) -> tuple[int, dict[str, str], bytes]:
        if path == "/feed.xml":
            with self.lock:
                if self.fail_next:
                    return self.fail_next.pop(0), {"Content-Type": "text/plain"}, b"server error"
            body = self.feed_body.encode()
            etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
            modified = "Sat, 05 Apr 2025 04:00:00 GMT"
            if headers.get("If-None-Match") == etag:
                return 304, {"ETag": etag}, b""
            return 200, {"Content-Type": "application/rss+xml", "ETag": etag, "Last-Modified": modified}, body
        if path.startswith("/articles/"):
            n = int(path.rsplit("/", 1)[1])
            return 200, {"Content-Type": "text/html; charset=utf-8"}, article(n).encode()
        return 404, {"Content-Type": "text/plain"}, b"not found"

    def paths(self) -> list[str]:
        with self.lock:
            return [p for p, _ in self.requests]

    def set_feed(self, numbers: list[int], **kwargs) -> None:
        self.feed_body = rss(self.base, numbers, **kwargs)


@pytest.fixture
def server():
    srv = FeedServer()
    srv.thread.start()
    try:
        yield srv
    finally:
        srv.httpd.shutdown()
        srv.httpd.server_close()
        srv.thread.join(timeout=5)


@pytest.fixture(autouse=True)
def _isolated(monkeypatch, tmp_path):
    monkeypatch.delenv("CONFLICTLENS_DB", raising=False)
    monkeypatch.chdir(tmp_path)


def run_watch(capsys, *argv: str) -> tuple[int, str]:
    """`conflictlens watch ...` through cli_feeds.register on a parser of our own."""
    parser = argparse.ArgumentParser(prog="conflictlens")
    commands = parser.add_subparsers(dest="command")
    cli_feeds.register(commands, cli._subparser)
    args = parser.parse_args(["watch", *argv])
    code = args.func(args)
    return code, capsys.readouterr().err


def stored(db: Path) -> list[tuple]:
    with sqlite3.connect(db) as con:
        return con.execute("SELECT doc_id, source, published FROM documents ORDER BY doc_id").fetchall()


# --------------------------------------------------------------------------- parsing

def test_parse_rss_file(tmp_path):
    path = tmp_path / "wire.xml"
    path.write_text(rss("https://wire.example", [1, 2, 3]), encoding="utf-8")
    feed = parse_feed(load_feed(str(path)).body, str(path))
    assert feed.title == FEED_TITLE
    assert [e.key for e in feed.entries] == ["wire-3", "wire-2", "wire-1"]
    assert [e.link for e in feed.entries] == [f"https://wire.example/articles/{n}" for n in (3, 2, 1)]
    assert [e.published for e in feed.entries] == ["2025-04-05", "2025-04-05", "2025-04-03"]   # the day as written


def test_parse_atom_and_summaries_without_fetching(tmp_path):
    path = tmp_path / "notes.atom"
    path.write_text(ATOM, encoding="utf-8")
    items = list(read_feed(str(path), fetch_pages=False))
    assert all(isinstance(i, Document) for i in items), items
    old, new = items                                        # oldest first
    assert old.id == "urn:example:frontline-notes:16" and old.url is None
    assert old.text == "Curfew extended\n\nThe city council extended the night curfew by one hour."
    assert old.published == "2025-04-04"
    assert new.id == new.url == "https://example.org/notes/17"
    assert new.text == ("Clash reported near a border village\n\n"
                        "Local officials reported an exchange of fire near the village overnight.")
    assert new.published == "2025-04-06"
    assert {old.source, new.source} == {"Frontline Notes"}


def test_bad_feeds_are_rejections(tmp_path, server):
    (tmp_path / "broken.xml").write_text("<rss><channel><title>x</title><item><title>a", encoding="utf-8")
    (tmp_path / "page.xml").write_text("just some words, not a feed at all", encoding="utf-8")
    server.fail_next = [503]
    for source, reason in ((str(tmp_path / "missing.xml"), "file not found"),
                           (str(tmp_path / "page.xml"), "not an RSS or Atom feed"),
                           (f"{server.base}/feed.xml", "HTTP 503")):
        [item] = list(read_feed(source))
        assert isinstance(item, Rejection) and reason in item.reason, item
        assert item.input == source
    with pytest.raises(FeedError):
        parse_feed(b"", "empty")


# --------------------------------------------------------------------------- pages and summaries

def test_items_become_their_pages_or_their_summaries(server):
    server.set_feed([1, 2, 3], missing_page=2)
    items = list(read_feed(f"{server.base}/feed.xml"))
    assert all(isinstance(i, Document) for i in items), items
    one, two, three = items
    assert one.id == one.url == f"{server.base}/articles/1"
    assert REPORTS[1][1] in one.text and "Residents described" in one.text      # the page's main text
    assert "adSlots" not in one.text and "Subscribe" not in one.text and "Terms of use" not in one.text
    assert one.published == "2025-04-03"                    # the item's date, not the page's
    assert {d.source for d in items} == {FEED_TITLE}
    assert two.id == f"{server.base}/gone/2"                # page 404: the summary, scripts removed
    assert two.text == f"{REPORTS[2][0]}\n\n{REPORTS[2][1]}"
    assert two.published == "2025-04-05"
    assert REPORTS[3][1] in three.text and "Residents described" in three.text


def test_no_fetch_asks_only_for_the_feed(server):
    server.set_feed([1, 2])
    items = list(read_feed(f"{server.base}/feed.xml", fetch_pages=False))
    assert [d.text.split("\n\n")[1] for d in items] == [REPORTS[1][1], REPORTS[2][1]]
    assert server.paths() == ["/feed.xml"]


def test_item_without_any_text_is_rejected(tmp_path):
    path = tmp_path / "bare.xml"
    path.write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
                    "<item><title>Headline only</title><guid>g1</guid></item></channel></rss>", encoding="utf-8")
    [item] = list(read_feed(str(path)))
    assert isinstance(item, Rejection) and item.doc_id == "g1" and "no summary" in item.reason


def test_feed_option_for_ingest(server, capsys, tmp_path):
    server.set_feed([1, 2])
    parser = argparse.ArgumentParser()
    parser.add_argument("inputs", nargs="+")
    parser.add_argument("--published")
    parser.add_argument("--max-bytes", type=int, default=1_000_000)
    cli_feeds.add_feed_option(parser)
    args = parser.parse_args(["--feed", f"{server.base}/feed.xml", "--no-fetch"])
    assert args.inputs == [] and not cli_feeds.missing_inputs(args)
    assert cli_feeds.missing_inputs(parser.parse_args([]))
    docs = list(cli_feeds.feed_items(args))
    assert [d.id for d in docs] == [f"{server.base}/articles/1", f"{server.base}/articles/2"]
    assert server.paths() == ["/feed.xml"]


def test_ingest_command_with_feed_when_wired(server, capsys, tmp_path):
    parser = cli.build_parser()
    ingest = parser._subparsers._group_actions[0].choices["ingest"]
    if not any("--feed" in a.option_strings for a in ingest._actions):
        pytest.skip("`ingest --feed` is not wired into cli_store yet")
    server.set_feed([1, 2, 3])
    db = tmp_path / "feed.db"
    assert cli.main(["ingest", "--feed", f"{server.base}/feed.xml", "--db", str(db)]) == 0
    assert len(stored(db)) == 3


# --------------------------------------------------------------------------- watch

def feeds_file(tmp_path: Path, server: FeedServer) -> Path:
    path = tmp_path / "feeds.txt"
    path.write_text(f"# wire copy\n\n{server.base}/feed.xml\n", encoding="utf-8")
    return path


def test_watch_ingests_each_item_once_across_restarts(tmp_path, server, capsys):
    feeds, db, state = feeds_file(tmp_path, server), tmp_path / "w.db", tmp_path / "state.json"
    common = ("--once", "--db", str(db), "--state", str(state))
    server.set_feed([1, 2])
    code, err = run_watch(capsys, str(feeds), *common)
    assert code == 0, err
    assert "2 new items, 2 stored" in err
    assert [r[0] for r in stored(db)] == [f"{server.base}/articles/{n}" for n in (1, 2)]
    saved = json.loads(state.read_text())["feeds"][f"{server.base}/feed.xml"]
    assert {"wire-1", "wire-2", f"{server.base}/articles/1"} <= set(saved["seen"])
    assert saved["etag"] and saved["last_modified"] == "Sat, 05 Apr 2025 04:00:00 GMT"
    assert saved["failures"] == 0 and saved["next_try"] is None

    # a restart with nothing new: a conditional request, answered 304, nothing fetched or stored
    server.requests.clear()
    code, err = run_watch(capsys, str(feeds), *common)
    assert code == 0 and "not modified" in err
    assert server.paths() == ["/feed.xml"]
    assert server.requests[0][1].get("If-None-Match") == saved["etag"]
    assert server.requests[0][1].get("If-Modified-Since") == saved["last_modified"]

    # an item is added: only it is fetched and stored
    snapshot = state.read_text()
    server.set_feed([1, 2, 3])
    server.requests.clear()
    code, err = run_watch(capsys, str(feeds), *common)
    assert code == 0 and "1 new item, 1 stored" in err
    assert server.paths() == ["/feed.xml", "/articles/3"]
    assert len(stored(db)) == 3

    # killed after storing but before saving its state: the rerun finds the item stored, adds nothing
    state.write_text(snapshot)
    code, err = run_watch(capsys, str(feeds), *common)
    assert code == 0 and "1 new item, 0 stored, 1 already stored" in err
    docs = stored(db)
    assert len(docs) == 3 and len({d[0] for d in docs}) == 3
    assert {d[1] for d in docs} == {FEED_TITLE}
    assert [d[2] for d in docs] == ["2025-04-03", "2025-04-05", "2025-04-05"]


def test_watch_backs_off_on_server_error_and_loses_nothing(tmp_path, server, capsys):
    feeds, db, state = feeds_file(tmp_path, server), tmp_path / "b.db", tmp_path / "state.json"
    common = ("--once", "--db", str(db), "--state", str(state), "--interval", "10m")
    server.set_feed([1, 2, 3])
    server.fail_next = [500]
    before = datetime.now(timezone.utc)
    code, err = run_watch(capsys, str(feeds), *common)
    assert code == 1 and "HTTP 500" in err
    record = json.loads(state.read_text())["feeds"][f"{server.base}/feed.xml"]
    assert record["failures"] == 1 and record["last_status"] == 500 and "HTTP 500" in record["last_error"]
    assert record["seen"] == [] and record["etag"] is None
    wait = datetime.fromisoformat(record["next_try"]) - before
    assert timedelta(seconds=595) <= wait <= timedelta(seconds=605)          # one interval
    assert not Path(db).exists() or stored(db) == []

    # restarted at once: the feed is still backing off and is not asked
    server.requests.clear()
    code, err = run_watch(capsys, str(feeds), *common)
    assert code == 0 and "backing off" in err
    assert server.paths() == []

    # the wait is over (time passes): the server answers 200 and every item is stored
    record["next_try"] = (datetime.now(timezone.utc) - timedelta(seconds=1)).isoformat(timespec="seconds")
    state.write_text(json.dumps({"version": 1, "feeds": {f"{server.base}/feed.xml": record}}))
    code, err = run_watch(capsys, str(feeds), *common)
    assert code == 0 and "3 new items, 3 stored" in err
    assert len(stored(db)) == 3
    record = json.loads(state.read_text())["feeds"][f"{server.base}/feed.xml"]
    assert record["failures"] == 0 and record["next_try"] is None and record["last_error"] is None
    assert record["last_status"] == 200


def test_backoff_doubles_per_feed_and_is_capped():
    calls = []

    def failing(url, **kwargs):
        calls.append(url)
        raise FetchError("HTTP 502 Bad Gateway", 502)

    options = Options(interval=60, max_backoff=300, fetcher=failing)
    fs = FeedState()
    now = datetime(2025, 4, 5, 12, 0, tzinfo=timezone.utc)
    waits = []
    for _ in range(5):
        result = poll_feed("https://feeds.example/x", fs, lambda items: None, options, now)
        assert result.status == "error"
        waits.append((datetime.fromisoformat(fs.next_try) - now).total_seconds())
        assert poll_feed("https://feeds.example/x", fs, lambda items: None, options, now).status == "waiting"
        now = datetime.fromisoformat(fs.next_try)
    assert waits == [60, 120, 240, 300, 300]
    assert fs.failures == 5 and len(calls) == 5
    assert backoff_delay(1, 0.01, 10) == 1.0


def test_watch_loop_is_bounded_and_rereads_the_list(tmp_path, server):
    server.set_feed([1])
    feeds = feeds_file(tmp_path, server)
    state = tmp_path / "loop.json"
    batches: list[list] = []
    sleeps: list[float] = []
    rounds = watch(feeds, state, lambda items: batches.append(list(items)), Options(interval=30, fetch_pages=False),
                   max_polls=3, sleep=sleeps.append)
    results = [next(rounds)]
    server.set_feed([1, 2])
    results.extend(rounds)
    assert [r[0].status for r in results] == ["new", "new", "not modified"]
    assert [[d.id for d in b] for b in batches] == [[f"{server.base}/articles/1"], [f"{server.base}/articles/2"]]
    assert len(sleeps) == 2 and all(0 < s <= 30 for s in sleeps)
    assert set(WatchState.load(state).feeds) == {f"{server.base}/feed.xml"}


def test_feed_list_and_durations(tmp_path):
    (tmp_path / "local.xml").write_text(ATOM, encoding="utf-8")
    path = tmp_path / "feeds.txt"
    path.write_text("# comment\nhttps://a.example/rss\n\n  local.xml  \nhttps://a.example/rss\n", encoding="utf-8")
    assert read_feed_list(path) == ["https://a.example/rss", str(tmp_path / "local.xml")]
    assert [parse_duration(t) for t in ("10m", "90s", "1h30m", "2d", "45", "1.5h")] == [
        600, 90, 5400, 172800, 45, 5400]
    for bad in ("", "ten minutes", "10x"):
        with pytest.raises(ValueError):
            parse_duration(bad)


def test_watch_file_feed_and_bad_state(tmp_path, capsys):
    (tmp_path / "notes.atom").write_text(ATOM, encoding="utf-8")
    (tmp_path / "feeds.txt").write_text("notes.atom\n", encoding="utf-8")
    db = tmp_path / "f.db"
    code, err = run_watch(capsys, str(tmp_path / "feeds.txt"), "--once", "--no-fetch", "--db", str(db))
    assert code == 0 and "2 new items, 2 stored" in err
    assert (tmp_path / "feeds.txt.state.json").exists()
    code, err = run_watch(capsys, str(tmp_path / "feeds.txt"), "--once", "--no-fetch", "--db", str(db))
    assert code == 0 and "unchanged" in err
    (tmp_path / "feeds.txt.state.json").write_text("{oops", encoding="utf-8")
    code, err = run_watch(capsys, str(tmp_path / "feeds.txt"), "--once", "--db", str(db))
    assert code == 2 and "state file" in err
    (tmp_path / "empty.txt").write_text("# nothing\n", encoding="utf-8")
    code, err = run_watch(capsys, str(tmp_path / "empty.txt"), "--once", "--db", str(db))
    assert code == 2 and "names no feeds" in err
