"""Read inputs (plain text, JSONL, HTML pages and URLs, Telegram exports, stdin) into
Documents, or Rejections saying why not.

Every input document ends up either as a `Document` or as a `Rejection` with a
reason: nothing is dropped silently (docs/DESIGN.md, "Bad input"). Files are read
streaming with a byte cap, so a huge input never has to fit in memory.
"""
from __future__ import annotations

import io
import json
import re
import sys
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, BinaryIO

from conflictlens.model import Document

MAX_DOC_BYTES = 1_000_000
"""Default cap on one document's size in UTF-8 bytes; larger ones are rejected."""

JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
TEXT_SUFFIXES = frozenset({".txt"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
JSON_SUFFIXES = frozenset({".json"})
BOM = b"\xef\xbb\xbf"
CONTROL_SHARE_LIMIT = 0.10
"""Above this share of control characters a text is taken for binary data."""
_ALLOWED_CONTROLS = frozenset("\t\n\r\f\v")
_CHUNK = 1 << 16
_DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True, slots=True)
class Rejection:
    """An input (or one line of it) that did not become a Document, and why."""

    doc_id: str | None
    input: str
    line: int | None
    reason: str

    def where(self) -> str:
        """`input` or `input:line`, the way compilers name a place."""
        return f"{self.input}:{self.line}" if self.line is not None else self.input

    def describe(self) -> str:
        """One human line for stderr."""
        named = self.line is not None and self.doc_id and not self.doc_id.endswith(f":{self.line}")
        doc = f" [{self.doc_id}]" if named else ""   # a JSONL record's own id helps find it
        return f"{self.where()}{doc}: {self.reason}"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


Item = Document | Rejection


# --------------------------------------------------------------------------- checks

def normalize_published(value: Any) -> str | None:
    """Return the YYYY-MM-DD date of `value` (a date or ISO datetime), or raise ValueError.

    A full datetime is accepted because feeds carry one; only the date is kept
    because relative dates resolve against the day, not the hour.
    """
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValueError(f"published must be a string, got {type(value).__name__}")
    text = value.strip()
    if not _DATE_RE.match(text):
        raise ValueError(f"published {value!r} is not YYYY-MM-DD")
    try:
        if len(text) == 10:
            return date.fromisoformat(text).isoformat()
        return datetime.fromisoformat(text).date().isoformat()
    except ValueError:
        raise ValueError(f"published {value!r} is not a valid ISO date") from None


def binary_reason(text: str) -> str | None:
    """Say why `text` looks like binary data, or None if it looks like text."""
    if "\x00" in text:
        return "binary (contains NUL bytes)"
    if not text:
        return None
    controls = sum(1 for ch in text if ch not in _ALLOWED_CONTROLS and unicodedata.category(ch) == "Cc")
    share = controls / len(text)
    if share > CONTROL_SHARE_LIMIT:
        return f"binary ({share:.0%} control characters)"
    return None


def text_reason(text: str, max_bytes: int) -> str | None:
    """The reason to reject an already-decoded text, or None if it is acceptable."""
    if not text.strip():
        return "empty"
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > max_bytes:
        return too_large(size, max_bytes)
    return binary_reason(text)


def too_large(size: int, max_bytes: int) -> str:
    return f"too large ({size} bytes > {max_bytes})"


def decode_strict(raw: bytes, base_offset: int = 0) -> str:
    """Decode UTF-8 strictly (no guessing); raise ValueError naming the bad byte's offset."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ValueError(f"not UTF-8 at byte {base_offset + exc.start}") from None


def decode_document(raw: bytes, max_bytes: int) -> tuple[str | None, str | None]:
    """Turn the raw bytes of one plain-text document into (text, None) or (None, reason)."""
    offset = 0
    if raw.startswith(BOM):
        raw, offset = raw[len(BOM):], len(BOM)
    if b"\x00" in raw:
        return None, "binary (contains NUL bytes)"
    try:
        text = decode_strict(raw, offset)
    except ValueError as exc:
        return None, str(exc)
    reason = text_reason(text, max_bytes)
    return (None, reason) if reason else (text, None)


# --------------------------------------------------------------------------- streams

def read_capped(stream: BinaryIO, limit: int) -> tuple[bytes | None, int]:
    """Read at most `limit` bytes; if there is more, count the rest without keeping it.

    Returns (data, size) with data None when size > limit, so the caller can
    name the real size in the rejection while memory stays bounded.
    """
    data = stream.read(limit + 1) or b""
    if len(data) <= limit:
        return data, len(data)
    size = len(data)
    while chunk := stream.read(_CHUNK):
        size += len(chunk)
    return None, size


def read_line_capped(stream: BinaryIO, cap: int) -> tuple[bytes | None, int]:
    """Read one line of at most `cap` bytes; a longer one is skipped and only measured."""
    line = stream.readline(cap + 1)
    if len(line) <= cap or line.endswith(b"\n"):
        return line, len(line)
    size = len(line)
    while True:
        part = stream.readline(_CHUNK)
        size += len(part)
        if not part or part.endswith(b"\n"):
            return None, size


class _Prefixed(io.RawIOBase):
    """A binary stream that replays bytes already read (to sniff a format) before the rest."""

    def __init__(self, prefix: bytes, rest: BinaryIO) -> None:
        self._prefix = prefix
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        view = memoryview(buffer)
        if self._prefix:
            n = min(len(view), len(self._prefix))
            view[:n] = self._prefix[:n]
            self._prefix = self._prefix[n:]
            return n
        data = self._rest.read(len(view)) or b""
        view[:len(data)] = data
        return len(data)


# --------------------------------------------------------------------------- readers

def read_text_stream(stream: BinaryIO, doc_id: str, input_name: str, *,
                     published: str | None = None, max_bytes: int = MAX_DOC_BYTES) -> Iterator[Item]:
    """One plain-text document from a binary stream (reads at most max_bytes + a BOM + 1)."""
    raw, size = read_capped(stream, max_bytes + len(BOM))
    if raw is None:
        yield Rejection(doc_id, input_name, None, too_large(size, max_bytes))
        return
    text, reason = decode_document(raw, max_bytes)
    if reason:
        yield Rejection(doc_id, input_name, None, reason)
    else:
        yield Document(id=doc_id, text=text or "", published=published)


def read_text_file(path: str | Path, *, published: str | None = None,
                   max_bytes: int = MAX_DOC_BYTES) -> Iterator[Item]:
    """A `.txt` file is one document whose id is the file name."""
    path = Path(path)
    try:
        with path.open("rb") as stream:
            yield from read_text_stream(stream, path.name, str(path), published=published, max_bytes=max_bytes)
    except OSError as exc:
        yield Rejection(path.name, str(path), None, _os_reason(exc))


def read_jsonl_stream(stream: BinaryIO, input_name: str, *, id_prefix: str,
                      published: str | None = None, max_bytes: int = MAX_DOC_BYTES) -> Iterator[Item]:
    """One document per JSON line; a bad line is rejected by number and reading goes on."""
    cap = line_cap(max_bytes)
    offset = 0
    lineno = 0
    while True:
        raw, size = read_line_capped(stream, cap)
        if size == 0:
            return
        lineno += 1
        start = offset
        offset += size
        if lineno == 1 and raw is not None and raw.startswith(BOM):
            raw, start = raw[len(BOM):], start + len(BOM)
        fallback_id = f"{id_prefix}:{lineno}"
        if raw is None:
            yield Rejection(fallback_id, input_name, lineno, f"line {too_large(size, cap)}")
            continue
        item = parse_jsonl_line(raw, start, fallback_id, input_name, lineno, published, max_bytes)
        if item is not None:
            yield item


def line_cap(max_bytes: int) -> int:
    """Longest JSONL line read in full: JSON escapes may take 6 bytes per text byte."""
    return 6 * max_bytes + _CHUNK


def parse_jsonl_line(raw: bytes, offset: int, fallback_id: str, input_name: str, lineno: int,
                     published: str | None, max_bytes: int) -> Item | None:
    """Turn one JSONL line into a Document or a Rejection; None for a blank line."""
    def reject(reason: str, doc_id: str | None = fallback_id) -> Rejection:
        return Rejection(doc_id, input_name, lineno, reason)

    try:
        line = decode_strict(raw, offset)
    except ValueError as exc:
        return reject(str(exc))
    if not line.strip():
        return None
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        # json's "Invalid control character at" / "Unterminated string starting at" end in "at"
        return reject(f"malformed JSON: {exc.msg.removesuffix(' at')} at line {lineno}, column {exc.colno}")
    if not isinstance(obj, dict):
        return reject(f"not a JSON object (got {type(obj).__name__})")
    return document_from_object(obj, fallback_id, published, max_bytes, reject)


def document_from_object(obj: dict[str, Any], fallback_id: str, published: str | None,
                         max_bytes: int, reject: Any) -> Item:
    """Validate the fields of one JSON object and build its Document."""
    doc_id = obj.get("id")
    if isinstance(doc_id, bool) or not isinstance(doc_id, (str, int, type(None))):
        return reject(f"'id' must be a string, got {type(doc_id).__name__}")
    doc_id = str(doc_id) if doc_id not in (None, "") else fallback_id
    if "text" not in obj:
        return reject("missing 'text'", doc_id)
    text = obj["text"]
    if not isinstance(text, str):
        return reject(f"'text' must be a string, got {type(text).__name__}", doc_id)
    extras: dict[str, str | None] = {}
    for key in ("source", "url"):
        value = obj.get(key)
        if value is not None and not isinstance(value, str):
            return reject(f"'{key}' must be a string, got {type(value).__name__}", doc_id)
        extras[key] = value or None
    try:
        day = normalize_published(obj.get("published")) or published
    except ValueError as exc:
        return reject(str(exc), doc_id)
    text = text.removeprefix("\ufeff")
    reason = text_reason(text, max_bytes)
    if reason:
        return reject(reason, doc_id)
    return Document(id=doc_id, text=text, published=day, **extras)


def read_jsonl_file(path: str | Path, *, published: str | None = None,
                    max_bytes: int = MAX_DOC_BYTES) -> Iterator[Item]:
    """A `.jsonl` file: one document per line, ids defaulting to FILE:LINENO."""
    path = Path(path)
    try:
        with path.open("rb") as stream:
            yield from read_jsonl_stream(stream, str(path), id_prefix=path.name,
                                         published=published, max_bytes=max_bytes)
    except OSError as exc:
        yield Rejection(path.name, str(path), None, _os_reason(exc))


def read_stdin(stream: BinaryIO | None = None, *, published: str | None = None,
               max_bytes: int = MAX_DOC_BYTES) -> Iterator[Item]:
    """Standard input: JSONL if its first non-blank character is `{`, else one text document."""
    stream = stream if stream is not None else stdin_bytes()
    prefix = sniff_prefix(stream, max_bytes + len(BOM) + 1)
    body = io.BufferedReader(_Prefixed(prefix, stream))
    if prefix.removeprefix(BOM).lstrip()[:1] == b"{":
        yield from read_jsonl_stream(body, "stdin", id_prefix="stdin", published=published, max_bytes=max_bytes)
    else:       # input and document id alike "stdin", so that a rejection names what the records name
        yield from read_text_stream(body, "stdin", "stdin", published=published, max_bytes=max_bytes)


def sniff_prefix(stream: BinaryIO, limit: int) -> bytes:
    """Read until the first non-blank byte (or `limit` bytes, or EOF) to tell the format."""
    prefix = b""
    while len(prefix) < limit:
        chunk = stream.read(min(_CHUNK, limit - len(prefix))) or b""
        prefix += chunk
        if not chunk or prefix.removeprefix(BOM).strip():
            break
    return prefix


def stdin_bytes() -> BinaryIO:
    """sys.stdin as bytes, even when a test replaced it with a text-only stream."""
    buffer = getattr(sys.stdin, "buffer", None)
    if buffer is not None:
        return buffer
    return io.BytesIO(sys.stdin.read().encode("utf-8", "surrogateescape"))


def read_path(path: str | Path, *, published: str | None = None,
              max_bytes: int = MAX_DOC_BYTES) -> Iterator[Item]:
    """Dispatch one file (or a folder of them) by its suffix: .jsonl, .html/.htm, .json (a
    Telegram export); anything else is plain text."""
    path = Path(path)
    if path.is_dir():
        yield from read_directory(path, published=published, max_bytes=max_bytes)
    elif not path.exists():
        yield Rejection(path.name, str(path), None, "file not found")
    elif path.suffix.lower() in JSONL_SUFFIXES:
        yield from read_jsonl_file(path, published=published, max_bytes=max_bytes)
    elif path.suffix.lower() in HTML_SUFFIXES:
        from conflictlens.ingest.html import read_html_file
        yield from read_html_file(path, published=published, max_bytes=max_bytes)
    elif path.suffix.lower() in JSON_SUFFIXES:
        from conflictlens.ingest.telegram import read_json_file
        yield from read_json_file(path, published=published, max_bytes=max_bytes)
    else:
        yield from read_text_file(path, published=published, max_bytes=max_bytes)


def read_directory(path: Path, *, published: str | None = None,
                   max_bytes: int = MAX_DOC_BYTES) -> Iterator[Item]:
    """The .txt, .jsonl and .html files (and Telegram exports) under a folder, in a stable (sorted) order.

    A `.json` file is taken only when it looks like a Telegram export, so that
    other JSON lying beside the reports (gold files, settings) is left alone.
    """
    from conflictlens.ingest.telegram import maybe_export

    suffixes = TEXT_SUFFIXES | JSONL_SUFFIXES | HTML_SUFFIXES
    files = sorted(p for p in path.rglob("*") if p.is_file() and (
        p.suffix.lower() in suffixes or (p.suffix.lower() in JSON_SUFFIXES and maybe_export(p))))
    if not files:
        yield Rejection(None, str(path), None, "folder holds no .txt, .jsonl, .html or Telegram export files")
    for file in files:
        yield from read_path(file, published=published, max_bytes=max_bytes)


def read_inputs(inputs: Iterable[str | Path], *, published: str | None = None,
                max_bytes: int = MAX_DOC_BYTES, stdin: BinaryIO | None = None) -> Iterator[Item]:
    """Every document (or rejection) from a list of inputs, in order; `-` means stdin.

    An `http://` or `https://` input is fetched as a web page (its main text).
    """
    for name in inputs:
        if str(name) == "-":
            yield from read_stdin(stdin, published=published, max_bytes=max_bytes)
        elif isinstance(name, str) and name.lower().startswith(("http://", "https://")):
            from conflictlens.ingest.html import read_url
            yield from read_url(name, published=published, max_bytes=max_bytes)
        else:
            yield from read_path(name, published=published, max_bytes=max_bytes)


def _os_reason(exc: OSError) -> str:
    if isinstance(exc, FileNotFoundError):
        return "file not found"
    return f"cannot read: {exc.strerror or exc}"
