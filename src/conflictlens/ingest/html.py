"""Web pages (saved `.html` files or `http(s)://` URLs) into Documents.

The main text is taken with trafilatura (navigation, boilerplate, scripts and
styles removed) and the publication date from the page's own metadata with
htmldate (no guessing from the body text). Anything that yields no text becomes
a `Rejection` with the reason, never a crash (docs/DESIGN.md, "Bad input").

`fetch` is the one place this package talks to the network: it only ever opens
the URL it is given (http or https), with a timeout and a byte cap.
"""
from __future__ import annotations

import codecs
import logging
import re
import urllib.error
import urllib.request
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from conflictlens.ingest.readers import (
    BOM, HTML_SUFFIXES, MAX_DOC_BYTES, Item, Rejection, decode_strict, normalize_published, read_capped, text_reason,
    too_large,
)
from conflictlens.model import Document

HTML_BYTES_FACTOR = 10
"""A page may weigh this many times the text cap (markup, scripts) before it is refused unread."""
FETCH_TIMEOUT = 20.0
MIN_FALLBACK_WORDS = 8
"""Below this many words, extracted text must survive trafilatura's precise mode (a bare menu does not)."""
USER_AGENT = "conflictlens"
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)

logging.getLogger("trafilatura").setLevel(logging.ERROR)
logging.getLogger("htmldate").setLevel(logging.ERROR)


def is_url(name: str | Path) -> bool:
    return isinstance(name, str) and name.lower().startswith(("http://", "https://"))


def html_cap(max_bytes: int) -> int:
    return max_bytes * HTML_BYTES_FACTOR


# --------------------------------------------------------------------------- fetching

class FetchError(Exception):
    """A URL that could not be fetched (network error, HTTP error status, too large)."""

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


@dataclass(slots=True)
class Response:
    url: str
    status: int
    body: bytes
    headers: Mapping[str, str] = field(default_factory=dict)

    def header(self, name: str) -> str | None:
        for key, value in self.headers.items():
            if key.lower() == name.lower():
                return value
        return None


def fetch(url: str, *, headers: Mapping[str, str] | None = None, timeout: float = FETCH_TIMEOUT,
          max_bytes: int = html_cap(MAX_DOC_BYTES)) -> Response:
    """GET `url` (http/https only). A 304 is returned as a Response; other errors raise FetchError."""
    if not is_url(url):
        raise FetchError(f"not an http(s) URL: {url!r}")
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, **(headers or {})})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as resp:  # noqa: S310 - scheme checked above
            body, size = read_capped(resp, max_bytes)
            if body is None:
                raise FetchError(too_large(size, max_bytes), resp.status)
            return Response(resp.geturl() or url, resp.status, body, dict(resp.headers.items()))
    except urllib.error.HTTPError as exc:
        if exc.code == 304:
            return Response(url, 304, b"", dict(exc.headers.items()) if exc.headers else {})
        raise FetchError(f"HTTP {exc.code} {exc.reason}", exc.code) from None
    except urllib.error.URLError as exc:
        raise FetchError(f"cannot fetch: {exc.reason}") from None
    except (OSError, ValueError) as exc:     # timeouts, resets, bad URLs
        raise FetchError(f"cannot fetch: {exc}") from None


# --------------------------------------------------------------------------- decoding

def charset_of(content_type: str | None) -> str | None:
    if not content_type:
        return None
    match = re.search(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", content_type, re.I)
    return match.group(1) if match else None


def decode_html(raw: bytes, declared: str | None = None) -> str:
    """Decode a page by its BOM, its HTTP charset or its `<meta charset>`, else strict UTF-8.

    Raises ValueError with the reason (binary data, undecodable bytes, unknown charset).
    """
    if raw.startswith(BOM):
        return decode_strict(raw[len(BOM):], len(BOM))
    if b"\x00" in raw:
        raise ValueError("binary (contains NUL bytes)")
    match = _META_CHARSET.search(raw[:4096])
    charset = declared or (match.group(1).decode("ascii") if match else None)
    if charset:
        try:
            codecs.lookup(charset)
        except LookupError:
            raise ValueError(f"unknown charset {charset!r}") from None
        try:
            return raw.decode(charset)
        except UnicodeDecodeError as exc:
            raise ValueError(f"not {charset} at byte {exc.start}") from None
    return decode_strict(raw)


# --------------------------------------------------------------------------- extraction

@dataclass(slots=True)
class Page:
    """What a page yields: its main text, title, date (YYYY-MM-DD) and site name, any of them absent."""

    text: str | None
    title: str | None = None
    published: str | None = None
    sitename: str | None = None


def extract_page(html: str, url: str | None = None) -> Page:
    """Main text (trafilatura) and metadata date (htmldate) of one page."""
    import trafilatura
    from htmldate import find_date

    common = dict(url=url, include_comments=False, include_tables=True, include_images=False,
                  include_links=False, deduplicate=False)
    # a very short result may be a menu that the fallback extractors took for text: keep it only
    # if trafilatura's own, stricter algorithm finds it too
    text = trafilatura.extract(html, **common)
    if text and len(text.split()) < MIN_FALLBACK_WORDS:
        text = trafilatura.extract(html, fast=True, favor_precision=True, **common)
    meta = trafilatura.extract_metadata(html, default_url=url)
    title = (meta.title or "").strip() or None if meta else None
    sitename = (meta.sitename or "").strip() or None if meta else None
    try:
        day = find_date(html, url=url, original_date=True, extensive_search=False, outputformat="%Y-%m-%d")
    except Exception:   # noqa: BLE001 - htmldate on odd markup; a missing date is not an error
        day = None
    text = (text or "").strip() or None
    if text and title and not text.startswith(title):
        text = f"{title}\n\n{text}"
    return Page(text, title, day, sitename)


def document_from_html(raw: bytes | str, doc_id: str, input_name: str, *, url: str | None = None,
                       charset: str | None = None, published: str | None = None,
                       source: str | None = None, max_bytes: int = MAX_DOC_BYTES) -> Item:
    """One Document (or the Rejection saying why not) from the bytes or text of one page.

    The page's own date wins over `published` (the caller's default); the site
    name from the page's metadata is the source unless `source` is given.
    """
    def reject(reason: str) -> Rejection:
        return Rejection(doc_id, input_name, None, reason)

    if isinstance(raw, bytes):
        if len(raw) > html_cap(max_bytes):
            return reject(too_large(len(raw), html_cap(max_bytes)))
        try:
            html = decode_html(raw, charset)
        except ValueError as exc:
            return reject(str(exc))
    else:
        html = raw
    if not html.strip():
        return reject("empty")
    try:
        page = extract_page(html, url)
    except Exception as exc:  # noqa: BLE001 - a parser failure is this page's rejection, not a crash
        return reject(f"cannot parse HTML: {type(exc).__name__}: {exc}")
    if not page.text:
        return reject("no main text found in the HTML")
    reason = text_reason(page.text, max_bytes)
    if reason:
        return reject(reason)
    try:
        day = normalize_published(page.published) if page.published else published
    except ValueError:
        day = published
    return Document(id=doc_id, text=page.text, published=day, source=source or page.sitename, url=url)


def read_html_file(path: str | Path, *, published: str | None = None,
                   max_bytes: int = MAX_DOC_BYTES) -> Iterator[Item]:
    """A saved page (`.html`/`.htm`) is one document whose id is the file name."""
    path = Path(path)
    try:
        with path.open("rb") as stream:
            raw, size = read_capped(stream, html_cap(max_bytes))
    except OSError as exc:
        reason = "file not found" if isinstance(exc, FileNotFoundError) else f"cannot read: {exc.strerror or exc}"
        yield Rejection(path.name, str(path), None, reason)
        return
    if raw is None:
        yield Rejection(path.name, str(path), None, too_large(size, html_cap(max_bytes)))
        return
    yield document_from_html(raw, path.name, str(path), published=published, max_bytes=max_bytes)


def looks_like_feed(body: bytes, content_type: str | None) -> bool:
    kind = (content_type or "").lower()
    if any(k in kind for k in ("rss", "atom")):
        return True
    head = body[:1024].lstrip(BOM).lstrip().lower()
    return head.startswith(b"<?xml") and (b"<rss" in head or b"<feed" in head or b"<rdf" in head)


def read_url(url: str, *, published: str | None = None, max_bytes: int = MAX_DOC_BYTES,
             timeout: float = FETCH_TIMEOUT) -> Iterator[Item]:
    """Fetch one web page and make it a document whose id is its URL."""
    try:
        resp = fetch(url, timeout=timeout, max_bytes=html_cap(max_bytes))
    except FetchError as exc:
        yield Rejection(url, url, None, str(exc))
        return
    content_type = resp.header("Content-Type")
    if looks_like_feed(resp.body, content_type):
        yield Rejection(url, url, None, "this is an RSS/Atom feed: give it with --feed")
        return
    if content_type and not any(k in content_type.lower() for k in ("html", "xml", "text/plain")):
        yield Rejection(url, url, None, f"not a web page (Content-Type {content_type})")
        return
    yield document_from_html(resp.body, url, url, url=url, charset=charset_of(content_type),
                             published=published, max_bytes=max_bytes)


def html_to_text(fragment: str) -> str:
    """Plain text of a small HTML fragment (a feed item's summary): tags dropped, scripts removed."""
    if "<" not in fragment:
        return fragment.strip()
    import lxml.html
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except Exception:  # noqa: BLE001 - unparsable markup: drop the tags crudely
        return re.sub(r"<[^>]+>", " ", fragment).strip()
    for bad in root.xpath(".//script|.//style|.//noscript"):
        bad.drop_tree()
    for block in root.xpath(".//p|.//br|.//div|.//li|.//h1|.//h2|.//h3|.//h4"):
        block.tail = "\n" + (block.tail or "")
    text = root.text_content()
    lines = (re.sub(r"[ \t\r\f\v]+", " ", line).strip() for line in text.splitlines())
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
