"""Telegram Desktop channel exports (`result.json`) into one Document per message.

An export is `{"name", "type", "id", "messages": [...]}`; each message has an
`id`, a `type` ("message" or "service"), a `date` and a `text` that is either a
string or a list of strings and `{"type", "text"}` entities. Service messages
and messages without text (a photo with no caption) are not documents and are
skipped; a message whose fields are malformed is rejected with the reason.
"""
from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from conflictlens.ingest.readers import (
    BOM, MAX_DOC_BYTES, Item, Rejection, decode_strict, normalize_published, read_capped, text_reason, too_large,
)
from conflictlens.model import Document

EXPORT_BYTES_FACTOR = 256
"""An export (many messages) may weigh this many times the per-document cap."""
SNIFF_BYTES = 4096


def export_cap(max_bytes: int) -> int:
    return max_bytes * EXPORT_BYTES_FACTOR


def flatten_text(value: Any) -> str:
    """The plain text of a message's `text`: a string, or a list of strings and entities."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        parts = []
        for part in value:
            if isinstance(part, str):
                parts.append(part)
            elif isinstance(part, dict) and isinstance(part.get("text"), str):
                parts.append(part["text"])
            else:
                raise ValueError(f"'text' entity must be a string or an object with 'text', got {part!r:.60}")
        return "".join(parts)
    raise ValueError(f"'text' must be a string or a list, got {type(value).__name__}")


def is_export(obj: Any) -> bool:
    """A Telegram export is a JSON object with a top-level "messages" list."""
    return isinstance(obj, dict) and isinstance(obj.get("messages"), list)


def maybe_export(path: Path) -> bool:
    """Cheap test for folder scans: does the start of this `.json` file name a "messages" key?"""
    try:
        with path.open("rb") as stream:
            head = stream.read(SNIFF_BYTES)
    except OSError:
        return False
    return head.removeprefix(BOM).lstrip()[:1] == b"{" and b'"messages"' in head


def documents_from_export(obj: dict[str, Any], input_name: str, *, published: str | None = None,
                          max_bytes: int = MAX_DOC_BYTES) -> Iterator[Item]:
    """One Document per text message of a parsed export, in the export's order."""
    name = obj.get("name")
    source = name.strip() if isinstance(name, str) and name.strip() else None
    channel = obj.get("id")
    if isinstance(channel, bool) or not isinstance(channel, (int, str)) or channel == "":
        yield Rejection(None, input_name, None, "Telegram export without a channel 'id'")
        return
    for index, message in enumerate(obj["messages"]):
        item = document_from_message(message, index, str(channel), source, input_name, published, max_bytes)
        if item is not None:
            yield item


def document_from_message(message: Any, index: int, channel: str, source: str | None, input_name: str,
                          published: str | None, max_bytes: int) -> Item | None:
    """The Document of one message; None for a service or empty message; a Rejection if malformed."""
    where = f"{input_name}#messages[{index}]"
    if not isinstance(message, dict):
        return Rejection(None, where, None, f"message is not an object (got {type(message).__name__})")
    msg_id = message.get("id")
    if isinstance(msg_id, bool) or not isinstance(msg_id, (int, str)) or msg_id == "":
        return Rejection(None, where, None, "message without an 'id'")
    doc_id = f"telegram:{channel}:{msg_id}"
    if message.get("type", "message") != "message":
        return None
    try:
        text = flatten_text(message["text"] if "text" in message else message.get("text_entities"))
    except ValueError as exc:
        return Rejection(doc_id, where, None, str(exc))
    if not text.strip():
        return None
    try:
        day = normalize_published(message.get("date")) or published
    except ValueError as exc:
        return Rejection(doc_id, where, None, str(exc))
    reason = text_reason(text, max_bytes)
    if reason:
        return Rejection(doc_id, where, None, reason)
    return Document(id=doc_id, text=text, published=day, source=source)


def load_json(path: Path, max_bytes: int) -> Any:
    """Parse a JSON file of at most `export_cap(max_bytes)` bytes; raise ValueError with the reason."""
    with path.open("rb") as stream:
        raw, size = read_capped(stream, export_cap(max_bytes))
    if raw is None:
        raise ValueError(too_large(size, export_cap(max_bytes)))
    offset = len(BOM) if raw.startswith(BOM) else 0
    text = decode_strict(raw[offset:], offset)
    if not text.strip():
        raise ValueError("empty")
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValueError(f"malformed JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})") from None


def read_json_file(path: str | Path, *, published: str | None = None,
                   max_bytes: int = MAX_DOC_BYTES) -> Iterator[Item]:
    """A `.json` file: a Telegram export gives one document per message; any other JSON is rejected."""
    path = Path(path)
    try:
        obj = load_json(path, max_bytes)
    except OSError as exc:
        reason = "file not found" if isinstance(exc, FileNotFoundError) else f"cannot read: {exc.strerror or exc}"
        yield Rejection(path.name, str(path), None, reason)
        return
    except ValueError as exc:
        yield Rejection(path.name, str(path), None, str(exc))
        return
    if not is_export(obj):
        yield Rejection(path.name, str(path), None,
                        "JSON is not a Telegram export (no top-level \"messages\" list); "
                        "give documents as .jsonl, one object a line")
        return
    yield from documents_from_export(obj, str(path), published=published, max_bytes=max_bytes)


read_telegram_export = read_json_file
