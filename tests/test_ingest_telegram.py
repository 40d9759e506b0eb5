"""Telegram Desktop channel exports: one document per text message.

The channel and its posts are invented for these tests.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from conflictlens.cli import main
from conflictlens.ingest import Rejection, read_inputs
from conflictlens.ingest.telegram import flatten_text
from conflictlens.model import Document

POST_1 = ("Overnight the enemy launched drones at Dnipro. Two houses were damaged in the "
          "Samarskyi district and one man, 58, was injured. He is in hospital.")
POST_3_PARTS = [
    "Update on the strike in ",
    {"type": "bold", "text": "Nikopol"},
    ": the number of injured has risen to ",
    {"type": "bold", "text": "four"},
    ". Details: ",
    {"type": "link", "text": "https://example.org/update"},
    "\nStay in shelters during alerts. ",
    {"type": "hashtag", "text": "#Nikopol"},
]
POST_3 = ("Update on the strike in Nikopol: the number of injured has risen to four. Details: "
          "https://example.org/update\nStay in shelters during alerts. #Nikopol")


def export(**overrides) -> dict:
    data = {
        "name": "Riverside Regional Administration",
        "type": "public_channel",
        "id": 1987654321,
        "messages": [
            {"id": 101, "type": "service", "date": "2025-04-03T20:00:00", "actor": "Riverside",
             "action": "pin_message", "text": ""},
            {"id": 102, "type": "message", "date": "2025-04-04T08:15:00", "date_unixtime": "1743754500",
             "from": "Riverside Regional Administration", "text": POST_1,
             "text_entities": [{"type": "plain", "text": POST_1}]},
            {"id": 103, "type": "message", "date": "2025-04-04T09:02:11", "photo": "photos/photo_1.jpg",
             "text": ""},                                                     # a photo with no caption
            {"id": 104, "type": "message", "date": "2025-04-05T00:30:00", "text": POST_3_PARTS},
            {"id": 105, "type": "message", "date": "2025-04-05T07:00:00", "text": 42},   # malformed
            {"id": 106, "type": "message", "date": "yesterday", "text": "A post with a broken date."},
            {"id": 107, "type": "message", "date": "2025-04-06T10:00:00", "text": "   \n "},
        ],
    }
    data.update(overrides)
    return data


def write_json(path: Path, obj: object) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(obj, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def test_one_document_per_text_message(tmp_path):
    path = write_json(tmp_path / "ChatExport_2025-04-06" / "result.json", export())
    items = list(read_inputs([path]))
    docs = [i for i in items if isinstance(i, Document)]
    rejected = [i for i in items if isinstance(i, Rejection)]
    assert [d.id for d in docs] == ["telegram:1987654321:102", "telegram:1987654321:104"]
    first, third = docs
    assert first.text == POST_1
    assert first.published == "2025-04-04"
    assert first.source == "Riverside Regional Administration"
    assert third.text == POST_3                    # entities flattened, in order
    assert third.published == "2025-04-05"
    # malformed messages are rejected by id, never dropped; service and empty ones are not documents
    assert {(r.doc_id, r.reason.split(" ")[0]) for r in rejected} == {
        ("telegram:1987654321:105", "'text'"), ("telegram:1987654321:106", "published")}
    assert all(r.input.startswith(str(path)) for r in rejected)


def test_flatten_text():
    assert flatten_text("plain") == "plain"
    assert flatten_text(["a ", {"type": "italic", "text": "b"}, " c"]) == "a b c"
    assert flatten_text(None) == ""
    with pytest.raises(ValueError):
        flatten_text([{"type": "bold"}])
    with pytest.raises(ValueError):
        flatten_text(3.5)


def test_text_entities_when_text_is_missing(tmp_path):
    messages = [{"id": 1, "type": "message", "date": "2025-04-04T08:15:00",
                 "text_entities": [{"type": "plain", "text": "Shelling of "}, {"type": "bold", "text": "Kherson"}]}]
    path = write_json(tmp_path / "result.json", export(messages=messages))
    [doc] = list(read_inputs([path], published="2025-01-01"))
    assert doc.text == "Shelling of Kherson" and doc.published == "2025-04-04"


@pytest.mark.parametrize(("content", "reason"), [
    ("{not json", "malformed JSON"),
    ("", "empty"),
    (json.dumps({"name": "x", "type": "public_channel"}), "not a Telegram export"),
    (json.dumps([{"id": 1, "text": "a list"}]), "not a Telegram export"),
    (json.dumps({"name": "x", "messages": []}), "without a channel 'id'"),
])
def test_bad_json_files_are_rejected(tmp_path, content, reason):
    path = tmp_path / "input.json"
    path.write_text(content, encoding="utf-8")
    items = list(read_inputs([path]))
    assert len(items) == 1 and isinstance(items[0], Rejection)
    assert reason in items[0].reason


def test_too_large_export_and_message(tmp_path):
    path = write_json(tmp_path / "result.json", export())
    [item] = list(read_inputs([path], max_bytes=2))    # the export cap is 256 x the text cap
    assert isinstance(item, Rejection) and "too large" in item.reason
    big = export(messages=[{"id": 1, "type": "message", "date": "2025-04-04T08:15:00", "text": "x" * 5000}])
    path = write_json(tmp_path / "big" / "result.json", big)
    [item] = list(read_inputs([path], max_bytes=4000))
    assert isinstance(item, Rejection) and item.doc_id == "telegram:1987654321:1" and "too large" in item.reason


def test_folder_picks_up_exports_and_leaves_other_json(tmp_path):
    write_json(tmp_path / "channel" / "result.json", export())
    write_json(tmp_path / "report.gold.json", {"events": [{"messages": "not an export"}]})
    (tmp_path / "report.txt").write_text(POST_1 + "\n", encoding="utf-8")
    ids = [i.id if isinstance(i, Document) else i.doc_id for i in read_inputs([tmp_path])]
    assert ids[:3] == ["telegram:1987654321:102", "telegram:1987654321:104", "telegram:1987654321:105"]
    assert ids[-1] == "report.txt"


def test_ingest_command_stores_each_message_once(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("CONFLICTLENS_DB", raising=False)
    monkeypatch.chdir(tmp_path)
    path = write_json(tmp_path / "result.json", export(messages=export()["messages"][:4]))
    db = str(tmp_path / "tg.db")
    assert main(["ingest", str(path), "--db", db]) == 0
    err = capsys.readouterr().err
    assert "2 documents read, 2 stored" in err
    assert main(["ingest", str(path), "--db", db]) == 0
    assert "0 stored, 2 already stored" in capsys.readouterr().err
    import sqlite3
    with sqlite3.connect(db) as con:
        rows = con.execute("SELECT doc_id, source, published FROM documents ORDER BY doc_id").fetchall()
    assert rows == [("telegram:1987654321:102", "Riverside Regional Administration", "2025-04-04"),
                    ("telegram:1987654321:104", "Riverside Regional Administration", "2025-04-05")]
