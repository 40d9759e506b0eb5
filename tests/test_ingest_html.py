"""Web pages: saved .html files and http(s) URLs become documents with the main text and the page's date.

The pages here are written for these tests; URLs are served on 127.0.0.1 only.
"""
from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from conflictlens.cli import main
from conflictlens.ingest import Rejection, read_inputs
from conflictlens.ingest.html import decode_html, document_from_html, html_to_text
from conflictlens.model import Document

ARTICLE_1 = ("Rescue crews in Sumy worked through the night after a guided bomb hit a two-storey school "
             "building on the northern edge of the city on Tuesday evening.")
ARTICLE_2 = ("Three people were killed and nine were injured, among them two teenagers, the regional "
             "military administration said in a statement on Wednesday morning.")
ARTICLE_3 = ("Firefighters said the blaze that followed the strike spread to a neighbouring workshop "
             "before it was brought under control shortly after midnight.")


def page(*, date_meta: str | None = '<meta property="article:published_time" content="2025-05-13T21:40:00+03:00">',
         charset: str = "utf-8", body_extra: str = "") -> str:
    return f"""<!DOCTYPE html>
<html lang="en"><head>
<meta charset="{charset}">
<title>Bomb hits school building in Sumy - Northern Courier</title>
<meta property="og:site_name" content="Northern Courier">
{date_meta or ''}
<script>var trackingCampaign = "subscribe-now-banner"; function popup() {{ return 1; }}</script>
<style>.nav {{ color: red; }}</style>
</head><body>
<header><nav class="nav"><a href="/">Home</a> | <a href="/world">World</a> | <a href="/sport">Sport</a>
| <a href="/login">Log in to your account</a></nav></header>
<main><article>
<h1>Bomb hits school building in Sumy</h1>
<p>{ARTICLE_1}</p>
<p>{ARTICLE_2}</p>
<script>document.write("Advertisement: buy a subscription today");</script>
<p>{ARTICLE_3}</p>
{body_extra}
</article></main>
<aside><h3>Most read</h3><ul><li><a href="/a">Weather warning for the weekend</a></li>
<li><a href="/b">Local team wins the cup final</a></li></ul></aside>
<footer><p>Copyright 2025 Northern Courier. All rights reserved. Cookie settings. Privacy policy.</p></footer>
</body></html>
"""


def write(tmp_path: Path, name: str, data: str | bytes, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode(encoding))
    return path


def assert_main_text(text: str) -> None:
    for sentence in (ARTICLE_1, ARTICLE_2, ARTICLE_3):
        assert sentence in text
    for noise in ("trackingCampaign", "Advertisement", "Log in to your account", "Copyright 2025",
                  "Weather warning", "color: red", "Sport"):
        assert noise not in text


# --------------------------------------------------------------------------- files

def test_html_file_gives_main_text_and_metadata_date(tmp_path):
    path = write(tmp_path, "sumy.html", page())
    [doc] = list(read_inputs([path]))
    assert isinstance(doc, Document), doc
    assert doc.id == "sumy.html"
    assert_main_text(doc.text)
    assert doc.text.startswith("Bomb hits school building in Sumy")
    assert doc.published == "2025-05-13"           # the page's own date, in its own time zone
    assert doc.source == "Northern Courier"
    assert doc.url is None


def test_page_date_wins_over_default_and_default_fills_a_gap(tmp_path):
    dated = write(tmp_path, "dated.htm", page())
    undated = write(tmp_path, "undated.htm", page(date_meta=None))
    docs = list(read_inputs([dated, undated], published="2025-06-01"))
    assert [d.published for d in docs] == ["2025-05-13", "2025-06-01"]
    [plain] = list(read_inputs([undated]))
    assert plain.published is None                  # no date in the page: unknown, not guessed


def test_declared_charset_is_honoured(tmp_path):
    extra = "<p>Мешканці району розповіли, що вибух було чути в сусідньому селищі за кілька кілометрів.</p>"
    path = write(tmp_path, "cp1251.html", page(charset="windows-1251", body_extra=extra), encoding="cp1251")
    [doc] = list(read_inputs([path]))
    assert isinstance(doc, Document), doc
    assert "Мешканці району" in doc.text


@pytest.mark.parametrize(("data", "reason"), [
    (b"", "empty"),
    (b"   \n  ", "empty"),
    (b"<html>\x00\x01\x02\x03binary</html>", "binary"),
    (b"<html><body><p>caf\xe9 au lait</p></body></html>", "not UTF-8"),
    ('<html><head><meta charset="no-such-charset"></head><body><p>x</p></body></html>'.encode(), "unknown charset"),
    (b"<html><head><script>var a = 'only a script';</script></head><body><nav><a href='/'>Home</a></nav>"
     b"</body></html>", "no main text"),
])
def test_bad_pages_are_rejected_with_a_reason(tmp_path, data, reason):
    path = write(tmp_path, "bad.html", data)
    [item] = list(read_inputs([path]))
    assert isinstance(item, Rejection)
    assert reason in item.reason
    assert item.doc_id == "bad.html" and item.input == str(path)


def test_huge_page_is_rejected_unparsed(tmp_path):
    path = write(tmp_path, "huge.html", page(body_extra="<p>" + "word " * 3000 + "</p>"))
    [item] = list(read_inputs([path], max_bytes=1000))
    assert isinstance(item, Rejection) and "too large" in item.reason


def test_folder_includes_html_pages(tmp_path):
    write(tmp_path, "a.txt", ARTICLE_2 + "\n")
    write(tmp_path, "b.html", page())
    write(tmp_path, "notes.json", json.dumps({"kind": "settings"}))     # not a Telegram export: left alone
    items = list(read_inputs([tmp_path]))
    assert [i.id for i in items] == ["a.txt", "b.html"]
    assert all(isinstance(i, Document) for i in items)


def test_decode_html_and_fragment_text():
    assert decode_html("\ufeff<p>ok</p>".encode()) == "<p>ok</p>"
    assert decode_html("<p>é</p>".encode("latin-1"), "latin-1") == "<p>é</p>"
    assert html_to_text("<p>One.</p><script>bad()</script><p>Two &amp; three.</p>") == "One.\nTwo & three."
    item = document_from_html(page(), "x", "<test>", url="https://example.org/x")
    assert isinstance(item, Document) and item.url == "https://example.org/x"


def test_extract_command_takes_html(tmp_path, capsys):
    path = write(tmp_path, "sumy.html", page())
    code = main(["extract", str(path), "-q"])
    out, err = capsys.readouterr()
    assert code == 0, err
    records = [json.loads(line) for line in out.splitlines()]
    assert records and {r["doc_id"] for r in records} == {"sumy.html"}


# --------------------------------------------------------------------------- URLs

class _Pages(BaseHTTPRequestHandler):
    routes: dict[str, tuple[int, str, bytes]] = {}

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        status, ctype, body = self.routes.get(self.path, (404, "text/plain", b"not found"))
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args) -> None:
        pass


@pytest.fixture
def server():
    _Pages.routes = {}
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Pages)
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}", _Pages.routes
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)


def test_url_inputs(server):
    base, routes = server
    routes["/news/sumy"] = (200, "text/html; charset=utf-8", page().encode())
    routes["/cp"] = (200, "text/html; charset=windows-1251",
                     page(body_extra="<p>Вибух пошкодив дах лікарні та кілька приватних будинків.</p>")
                     .replace('charset="utf-8"', "").encode("cp1251"))
    routes["/feed.xml"] = (200, "application/rss+xml", b'<?xml version="1.0"?><rss version="2.0"><channel>'
                                                       b"<title>x</title></channel></rss>")
    routes["/logo.png"] = (200, "image/png", b"\x89PNG\r\n\x1a\n")
    items = list(read_inputs([f"{base}/news/sumy", f"{base}/cp", f"{base}/missing", f"{base}/feed.xml",
                              f"{base}/logo.png"]))
    doc, cp, missing, feed, image = items
    assert isinstance(doc, Document)
    assert doc.id == doc.url == f"{base}/news/sumy"
    assert_main_text(doc.text)
    assert doc.published == "2025-05-13"
    assert isinstance(cp, Document) and "лікарні" in cp.text
    assert isinstance(missing, Rejection) and "HTTP 404" in missing.reason
    assert isinstance(feed, Rejection) and "--feed" in feed.reason
    assert isinstance(image, Rejection) and "not a web page" in image.reason


def test_unreachable_url_is_a_rejection():
    import socket
    with socket.socket() as sock:               # a port nothing listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    [item] = list(read_inputs([f"http://127.0.0.1:{port}/x"]))
    assert isinstance(item, Rejection) and "cannot fetch" in item.reason
