"""Poll a list of feeds and hand each new item to a store, once, across restarts.

The state file (JSON) remembers, per feed, the ids and links of the items
already handed over, the HTTP validators (ETag, Last-Modified) for conditional
requests, and the run of consecutive failures with the time before which the
feed is not asked again (exponential backoff, capped). It is written atomically
after each feed, and only once that feed's new items are stored, so a watcher
killed at any point and started again neither skips an item nor stores one twice
(the store itself keeps a document once by id and content).

This module knows nothing of the database: the caller passes `store`, a function
that takes an iterable of Documents/Rejections and stores them.
"""
from __future__ import annotations

import json
import os
import re
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from conflictlens.ingest.feeds import FeedEntry, FeedError, Fetcher, feed_documents, load_feed, parse_feed
from conflictlens.ingest.html import FETCH_TIMEOUT, fetch
from conflictlens.ingest.readers import MAX_DOC_BYTES, Item

STATE_VERSION = 1
MAX_SEEN = 20_000
"""Ids and links remembered per feed; the oldest are forgotten first (the store still keeps them once)."""
DEFAULT_INTERVAL = 600.0
DEFAULT_MAX_BACKOFF = 6 * 3600.0
_DURATION = re.compile(r"(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?", re.I)
_UNIT = {"ms": 0.001, "s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_duration(text: str) -> float:
    """Seconds in "10m", "90s", "1h30m", "2d" or a bare number of seconds; ValueError otherwise."""
    cleaned = text.strip().lower()
    pos, total = 0, 0.0
    while pos < len(cleaned):
        match = _DURATION.match(cleaned, pos)
        if not match or match.end() == pos:
            raise ValueError(f"{text!r} is not a duration such as 30s, 10m, 1h")
        total += float(match.group(1)) * _UNIT[match.group(2) or "s"]
        pos = match.end()
        while pos < len(cleaned) and cleaned[pos] == " ":
            pos += 1
    if not cleaned:
        raise ValueError("empty duration")
    return total


def read_feed_list(path: str | Path) -> list[str]:
    """The feeds named in a file: one URL or path a line; blank lines and `#` comments skipped.

    A relative path is taken relative to the file's folder.
    """
    path = Path(path)
    feeds: list[str] = []
    for line in path.read_text(encoding="utf-8-sig").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.lower().startswith(("http://", "https://")) or Path(line).is_absolute():
            feeds.append(line)
        else:
            feeds.append(str(path.parent / line))
    return list(dict.fromkeys(feeds))


# --------------------------------------------------------------------------- state

def _iso(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).isoformat(timespec="seconds")


def _utcnow() -> datetime:
    return datetime.now(timezone.utc)


@dataclass(slots=True)
class FeedState:
    seen: list[str] = field(default_factory=list)
    etag: str | None = None
    last_modified: str | None = None
    failures: int = 0
    next_try: str | None = None
    last_error: str | None = None
    last_status: int | None = None
    last_checked: str | None = None
    last_success: str | None = None

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> FeedState:
        known = {k: data[k] for k in cls.__slots__ if k in data}   # type: ignore[attr-defined]
        state = cls(**known)
        state.seen = [str(s) for s in state.seen or []]
        return state

    def has_seen(self, entry: FeedEntry, seen: set[str]) -> bool:
        return entry.key in seen or (entry.link is not None and entry.link in seen)

    def remember(self, entries: Iterable[FeedEntry]) -> None:
        keys = dict.fromkeys(self.seen)
        for entry in entries:
            keys[entry.key] = None
            if entry.link:
                keys[entry.link] = None
        self.seen = list(keys)[-MAX_SEEN:]

    def backing_off(self, now: datetime) -> bool:
        if not self.next_try:
            return False
        try:
            until = datetime.fromisoformat(self.next_try)
        except ValueError:          # a hand-edited state file: ask now
            return False
        if until.tzinfo is None:
            until = until.replace(tzinfo=timezone.utc)
        return now < until


@dataclass(slots=True)
class WatchState:
    feeds: dict[str, FeedState] = field(default_factory=dict)

    def feed(self, source: str) -> FeedState:
        return self.feeds.setdefault(source, FeedState())

    @classmethod
    def load(cls, path: str | Path) -> WatchState:
        """The saved state, or an empty one if the file does not exist; ValueError if it is unreadable."""
        path = Path(path)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return cls()
        except (OSError, ValueError) as exc:
            raise ValueError(f"cannot read the state file {path}: {exc}") from None
        if not isinstance(data, dict) or not isinstance(data.get("feeds"), dict):
            raise ValueError(f"{path} is not a conflictlens watch state file")
        return cls({k: FeedState.from_dict(v) for k, v in data["feeds"].items() if isinstance(v, dict)})

    def save(self, path: str | Path) -> None:
        """Write atomically (a temporary file beside it, then rename)."""
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        data = {"version": STATE_VERSION, "feeds": {k: asdict(v) for k, v in self.feeds.items()}}
        fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                json.dump(data, out, indent=1, ensure_ascii=False)
                out.flush()
                os.fsync(out.fileno())
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise


def default_state_path(feeds_file: str | Path) -> Path:
    return Path(str(feeds_file) + ".state.json")


# --------------------------------------------------------------------------- polling

@dataclass(slots=True)
class PollResult:
    """What one poll of one feed did: status is "new", "unchanged", "not modified", "error" or "waiting"."""

    source: str
    status: str
    new_items: int = 0
    stored: int = 0
    versions: int = 0       # of `stored`: new texts under an item id already stored
    duplicates: int = 0
    rejected: int = 0
    error: str | None = None
    next_try: str | None = None
    rejections: list[Any] = field(default_factory=list)

    def describe(self) -> str:
        if self.status == "error":
            return f"{self.source}: error: {self.error}; next try after {self.next_try}"
        if self.status == "waiting":
            return f"{self.source}: backing off until {self.next_try}"
        if self.status == "new":
            from conflictlens.cli_store import plural, stored_phrase
            return (f"{self.source}: {plural(self.new_items, 'new item')}, {stored_phrase(self)}, "
                    f"{self.duplicates} already stored, {self.rejected} rejected")
        return f"{self.source}: {self.status}"


@dataclass(slots=True)
class Options:
    interval: float = DEFAULT_INTERVAL
    max_backoff: float = DEFAULT_MAX_BACKOFF
    fetch_pages: bool = True
    max_bytes: int = MAX_DOC_BYTES
    timeout: float = FETCH_TIMEOUT
    fetcher: Fetcher = fetch


def backoff_delay(failures: int, interval: float, max_backoff: float) -> float:
    """interval × 2^(failures-1), at most max_backoff (and never less than one second)."""
    return max(1.0, min(interval * 2 ** max(failures - 1, 0), max_backoff))


def poll_feed(source: str, fs: FeedState, store: Callable[[Iterable[Item]], Any], options: Options,
              now: datetime | None = None) -> PollResult:
    """Poll one feed: skip it while backing off; else fetch conditionally and store its new items."""
    now = now or _utcnow()
    if fs.backing_off(now):
        return PollResult(source, "waiting", next_try=fs.next_try)
    fs.last_checked = _iso(now)
    try:
        loaded = load_feed(source, etag=fs.etag, last_modified=fs.last_modified, max_bytes=options.max_bytes,
                           timeout=options.timeout, fetcher=options.fetcher)
        feed = parse_feed(loaded.body, source) if loaded.status != 304 else None
    except FeedError as exc:
        fs.failures += 1
        fs.last_error, fs.last_status = str(exc), exc.status
        fs.next_try = _iso(now + timedelta(seconds=backoff_delay(fs.failures, options.interval, options.max_backoff)))
        return PollResult(source, "error", error=fs.last_error, next_try=fs.next_try)
    fs.failures, fs.next_try, fs.last_error = 0, None, None
    fs.last_status, fs.last_success = loaded.status, _iso(now)
    if feed is None:
        return PollResult(source, "not modified")
    seen = set(fs.seen)
    new = [e for e in feed.entries if not fs.has_seen(e, seen)]
    result = PollResult(source, "new" if new else "unchanged", new_items=len(new))
    if new:
        items = feed_documents(feed, new, fetch_pages=options.fetch_pages, max_bytes=options.max_bytes,
                               timeout=options.timeout, fetcher=options.fetcher)
        summary = store(items)
        result.stored = getattr(summary, "stored", 0)
        result.versions = getattr(summary, "versions", 0)
        result.duplicates = getattr(summary, "duplicates", 0)
        result.rejected = getattr(summary, "rejected", 0)
        result.rejections = list(getattr(summary, "rejections", []))
        fs.remember(new)
    # validators only once the items they vouch for are stored
    fs.etag, fs.last_modified = loaded.etag, loaded.last_modified
    return result


def poll_all(sources: Iterable[str], state: WatchState, state_path: str | Path,
             store: Callable[[Iterable[Item]], Any], options: Options,
             now: datetime | None = None) -> list[PollResult]:
    """Poll each feed once, saving the state after each. One `now` for the round keeps backoff in step
    with the polling interval."""
    now = now or _utcnow()
    results = []
    for source in sources:
        results.append(poll_feed(source, state.feed(source), store, options, now))
        state.save(state_path)
    return results


def watch(feeds_file: str | Path, state_path: str | Path, store: Callable[[Iterable[Item]], Any],
          options: Options, *, once: bool = False, max_polls: int | None = None,
          sleep: Callable[[float], None] = time.sleep) -> Iterator[list[PollResult]]:
    """Poll every `options.interval` seconds (once with `once`; at most `max_polls` rounds).

    The feed list is read again before each round, so feeds can be added
    without a restart. Yields each round's results.
    """
    state = WatchState.load(state_path)
    rounds = 0
    while True:
        started = time.monotonic()
        yield poll_all(read_feed_list(feeds_file), state, state_path, store, options)
        rounds += 1
        if once or (max_polls is not None and rounds >= max_polls):
            return
        sleep(max(0.0, options.interval - (time.monotonic() - started)))
