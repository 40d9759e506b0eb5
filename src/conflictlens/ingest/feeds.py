"""RSS and Atom feeds (a URL or a file) into Documents, one per item.

Each item becomes the main text of the page it links to (fetched, boilerplate
removed, see `conflictlens.ingest.html`) or, when that page cannot be fetched or
holds no text, the item's own title and summary. The document carries the item's
publication date, the feed's title as its source and the item's link as its url
and id (the same id a page given by URL gets, so both are stored once).
"""
from __future__ import annotations

import dataclasses
import hashlib
import logging
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any

from conflictlens.ingest.html import (
    FETCH_TIMEOUT, FetchError, Response, charset_of, document_from_html, fetch, html_cap,
    html_to_text, is_url,
)
from conflictlens.ingest.readers import MAX_DOC_BYTES, Item, Rejection, read_capped, text_reason, too_large
from conflictlens.model import Document

log = logging.getLogger(__name__)

Fetcher = Callable[..., Response]


class FeedError(Exception):
    """A feed that could not be read or parsed; `status` is the HTTP status when there was one."""

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


@dataclass(slots=True)
class FeedEntry:
    """One item of a feed. `key` is its guid, else its link, else a hash of its title and summary."""

    key: str
    link: str | None = None
    title: str | None = None
    summary: str | None = None
    published: str | None = None

    @property
    def doc_id(self) -> str:
        return self.link or self.key


@dataclass(slots=True)
class Feed:
    source: str                      # the URL or path it was read from
    title: str | None
    entries: list[FeedEntry] = field(default_factory=list)


@dataclass(slots=True)
class Loaded:
    """The raw bytes of a feed with its HTTP status and validators (a file: 200, none)."""

    status: int
    body: bytes
    etag: str | None = None
    last_modified: str | None = None


# --------------------------------------------------------------------------- loading and parsing

def load_feed(source: str, *, etag: str | None = None, last_modified: str | None = None,
              max_bytes: int = MAX_DOC_BYTES, timeout: float = FETCH_TIMEOUT, fetcher: Fetcher = fetch) -> Loaded:
    """Fetch a feed URL (conditionally, when validators are given) or read a feed file.

    Raises FeedError on a network error, an HTTP error status or a missing file;
    a 304 comes back as `Loaded(304, b"")`.
    """
    cap = html_cap(max_bytes)
    if is_url(source):
        headers = {"Accept": "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5"}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        try:
            resp = fetcher(source, headers=headers, timeout=timeout, max_bytes=cap)
        except FetchError as exc:
            raise FeedError(str(exc), exc.status) from None
        return Loaded(resp.status, resp.body, resp.header("ETag") or etag, resp.header("Last-Modified") or last_modified)
    path = Path(source)
    try:
        with path.open("rb") as stream:
            raw, size = read_capped(stream, cap)
    except OSError as exc:
        raise FeedError("file not found" if isinstance(exc, FileNotFoundError)
                        else f"cannot read: {exc.strerror or exc}") from None
    if raw is None:
        raise FeedError(too_large(size, cap))
    return Loaded(200, raw)


def parse_feed(data: bytes | str, source: str) -> Feed:
    """Parse RSS/Atom bytes with feedparser; raise FeedError if they are not a feed."""
    import feedparser

    headers = {"content-location": source} if is_url(source) else {}
    parsed = feedparser.parse(data, response_headers=headers)
    if not parsed.get("version") and not parsed.entries:
        why = parsed.get("bozo_exception")
        raise FeedError(f"not an RSS or Atom feed{f' ({why})' if why else ''}")
    title = (parsed.feed.get("title") or "").strip() or None
    return Feed(source, title, [_entry(e) for e in parsed.entries])


def _entry(raw: Mapping[str, Any]) -> FeedEntry:
    link = (raw.get("link") or "").strip() or None
    if link and not is_url(link):       # feedparser lends an entry its id (a urn:...) as its link
        link = None
    title = (raw.get("title") or "").strip() or None
    summary = raw.get("summary") or None
    if not summary and raw.get("content"):
        summary = raw["content"][0].get("value") or None
    key = (raw.get("id") or "").strip() or link
    if not key:
        key = "sha256:" + hashlib.sha256(f"{title}\n{summary}".encode("utf-8", "surrogatepass")).hexdigest()[:32]
    return FeedEntry(key, link, title, summary, entry_date(raw))


def entry_date(raw: Mapping[str, Any]) -> str | None:
    """The item's publication day as written (its own time zone), else as feedparser parsed it (UTC)."""
    for name in ("published", "updated", "created"):
        text = raw.get(name)
        if isinstance(text, str) and text.strip():
            day = _parse_day(text.strip())
            if day:
                return day
        parsed = raw.get(f"{name}_parsed")
        if isinstance(parsed, time.struct_time):
            return date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday).isoformat()
    return None


def _parse_day(text: str) -> str | None:
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(text).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return None


# --------------------------------------------------------------------------- documents

def entry_document(entry: FeedEntry, feed: Feed, *, fetch_pages: bool = True, published: str | None = None,
                   max_bytes: int = MAX_DOC_BYTES, timeout: float = FETCH_TIMEOUT,
                   fetcher: Fetcher = fetch) -> Item:
    """The linked page's main text, or else the item's title and summary, as one Document."""
    doc_id = entry.doc_id
    day = entry.published or published
    why_not_page = "not fetched (--no-fetch)" if not fetch_pages else "no link"
    if fetch_pages and entry.link and is_url(entry.link):
        try:
            resp = fetcher(entry.link, timeout=timeout, max_bytes=html_cap(max_bytes))
        except FetchError as exc:
            why_not_page = str(exc)
        else:
            item = document_from_html(resp.body, doc_id, feed.source, url=entry.link,
                                      charset=charset_of(resp.header("Content-Type")),
                                      published=day, source=feed.title, max_bytes=max_bytes)
            if isinstance(item, Document):
                return dataclasses.replace(item, published=entry.published or item.published)
            why_not_page = item.reason
        log.info("%s: page %s: %s; using the feed's summary", feed.source, entry.link, why_not_page)
    return summary_document(entry, feed, day, max_bytes, why_not_page)


def summary_document(entry: FeedEntry, feed: Feed, day: str | None, max_bytes: int, why_not_page: str) -> Item:
    """The item's title and summary as a Document, or a Rejection naming both failures."""
    body = html_to_text(entry.summary) if entry.summary else ""
    title = html_to_text(entry.title) if entry.title else ""
    if not body.strip():
        return Rejection(entry.doc_id, feed.source, None, f"feed item has no summary and its page: {why_not_page}")
    text = body if not title or body.startswith(title) else f"{title}\n\n{body}"
    reason = text_reason(text, max_bytes)
    if reason:
        return Rejection(entry.doc_id, feed.source, None, reason)
    return Document(id=entry.doc_id, text=text, published=day, source=feed.title, url=entry.link)


def feed_documents(feed: Feed, entries: Iterable[FeedEntry] | None = None, **options: Any) -> Iterator[Item]:
    """One Document (or Rejection) per entry, oldest first (feeds list the newest first)."""
    for entry in reversed(list(feed.entries if entries is None else entries)):
        yield entry_document(entry, feed, **options)


def read_feed(source: str, *, fetch_pages: bool = True, published: str | None = None,
              max_bytes: int = MAX_DOC_BYTES, timeout: float = FETCH_TIMEOUT,
              fetcher: Fetcher = fetch) -> Iterator[Item]:
    """Every item of a feed (URL or file) as a Document; a feed that cannot be read is one Rejection."""
    try:
        loaded = load_feed(source, max_bytes=max_bytes, timeout=timeout, fetcher=fetcher)
        feed = parse_feed(loaded.body, source)
    except FeedError as exc:
        yield Rejection(None, source, None, f"feed: {exc}")
        return
    yield from feed_documents(feed, fetch_pages=fetch_pages, published=published, max_bytes=max_bytes,
                              timeout=timeout, fetcher=fetcher)
