"""An RSS or Atom feed pasted as a report's text (an archive's dump, a monitoring tool's export): its items are
separate reports, each with its own publication day, and their words are escaped twice (the XML's "&amp;#8217;",
the description's "&lt;p&gt;" markup).

`feed_items` reads each item's title and description into plain text and keeps, for each character of it, where
that character was in the feed, so spans read from an item can be put back on the feed's text. (The ingest layer
reads live feeds item by item; this reads one that arrived as a single text.)
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass
from email.utils import parsedate_to_datetime

_FEED_START = re.compile(r"\s*(?:<\?xml[^>]*>\s*)?<(?:rss|feed|rdf:RDF)\b")
_ITEM = re.compile(r"<(item|entry)\b[^>]*>(.*?)</\1>", re.DOTALL)
_TITLE = re.compile(r"<title\b[^>]*>(.*?)</title>", re.DOTALL)
_BODY = re.compile(r"<(description|summary|content(?::encoded)?)\b[^>]*>(.*?)</\1>", re.DOTALL)
_DAY = re.compile(r"<(pubDate|published|updated|dc:date)\b[^>]*>(.*?)</\1>", re.DOTALL)
_ENTITY = re.compile(r"&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_TAG = re.compile(r"<[^<>]{0,400}>")
_BLOCK_TAG = re.compile(r"</?(?:p|br|div|li|ul|ol|h\d|tr|table|blockquote)\b", re.IGNORECASE)
_CDATA = ("<![CDATA[", "]]>")


@dataclass(slots=True)
class FeedItem:
    text: str               # the item's title, a blank line, then its description, in plain text
    where: list[int]        # for each character of `text`, its offset in the feed
    published: str | None   # the item's own day (ISO), where it gives one


def feed_items(text: str) -> list[FeedItem] | None:
    """The items of a feed given as text; None where the text is no feed."""
    if "<item" not in text and "<entry" not in text or _FEED_START.match(text) is None:
        return None
    items = []
    for m in _ITEM.finditer(text):
        inner, at = m.group(2), m.start(2)
        parts: list[tuple[str, list[int]]] = []
        for found in (_TITLE.search(inner), *_BODY.finditer(inner)):     # (a summary, then the full content)
            if found is not None:
                body = found.lastindex
                parts.append(_plain(text, at + found.start(body), at + found.end(body)))
        parts = [(t.strip(), w[len(t) - len(t.lstrip()):len(w) - (len(t) - len(t.rstrip()))]) for t, w in parts if t.strip()]
        parts = [p for k, p in enumerate(parts) if not any(p[0] in q[0] for q in parts[:k])]    # (a body that repeats)
        if not parts:
            continue
        joined, where = parts[0]
        for t, w in parts[1:]:
            gap = w[0] if w else (where[-1] if where else at)
            joined, where = joined + "\n\n" + t, where + [gap, gap] + w
        day = _DAY.search(inner)
        items.append(FeedItem(joined, where, _iso_day(html.unescape(day.group(2)).strip()) if day else None))
    return items or None


def _plain(text: str, start: int, end: int) -> tuple[str, list[int]]:
    """text[start:end] unescaped twice over (the XML's entities, then the markup's tags and entities), with where
    each character was."""
    chars: list[str] = []
    where: list[int] = []
    i = start
    while i < end:
        if text.startswith(_CDATA[0], i):
            i += len(_CDATA[0])
            continue
        if text.startswith(_CDATA[1], i):
            i += len(_CDATA[1])
            continue
        e = _ENTITY.match(text, i, end) if text[i] == "&" else None
        if e is not None:
            for c in html.unescape(e.group()):
                chars.append(c)
                where.append(i)
            i = e.end()
            continue
        chars.append(text[i])
        where.append(i)
        i += 1
    once = "".join(chars)
    # the markup inside: its tags out (a paragraph's a line break), its entities read
    out: list[str] = []
    out_where: list[int] = []
    j = 0
    while j < len(once):
        if once[j] == "<" and (t := _TAG.match(once, j)) is not None:
            if _BLOCK_TAG.match(t.group()) is not None and out and out[-1] != "\n":
                out.append("\n")
                out_where.append(where[j])
            j = t.end()
            continue
        if once[j] == "&" and (e := _ENTITY.match(once, j)) is not None:
            for c in html.unescape(e.group()).replace("\xa0", " "):
                out.append(c)
                out_where.append(where[j])
            j = e.end()
            continue
        out.append(once[j])
        out_where.append(where[j])
        j += 1
    return "".join(out), out_where


def _iso_day(value: str) -> str | None:
    """An item's date as the feed gives it (RFC 822 in RSS, ISO 8601 in Atom): its day."""
    if re.match(r"\d{4}-\d{2}-\d{2}", value):
        return value[:10]
    try:
        return parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return None
