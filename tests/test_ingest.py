"""Readers: every input ends up a Document or a Rejection with a reason."""
from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from conflictlens.ingest import MAX_DOC_BYTES, Rejection, normalize_published, read_inputs, read_path, read_stdin
from conflictlens.ingest.readers import read_capped, read_line_capped
from conflictlens.model import Document

REPORT = ("Two people were wounded when a drone hit a petrol station on the edge of Sumy "
          "on Sunday night, the city council said.\n")


def write(tmp_path: Path, name: str, data: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


def jsonl(*objects: object) -> str:
    return "".join((o if isinstance(o, str) else json.dumps(o)) + "\n" for o in objects)


def only(items: list) -> Document | Rejection:
    assert len(items) == 1, items
    return items[0]


# --------------------------------------------------------------------------- plain text

def test_text_file_is_one_document_named_after_the_file(tmp_path):
    path = write(tmp_path, "sumy_petrol_station.txt", REPORT)
    doc = only(list(read_path(path, published="2025-05-04")))
    assert isinstance(doc, Document)
    assert doc.id == "sumy_petrol_station.txt"
    assert doc.text == REPORT
    assert doc.published == "2025-05-04"


def test_utf8_bom_is_stripped(tmp_path):
    path = write(tmp_path, "bom.txt", b"\xef\xbb\xbf" + "Київ: a strike.".encode())
    assert only(list(read_path(path))).text == "Київ: a strike."


@pytest.mark.parametrize("data", ["", "   \n\t\n", b"\xef\xbb\xbf  \n"])
def test_empty_text_is_rejected(tmp_path, data):
    rejection = only(list(read_path(write(tmp_path, "blank.txt", data))))
    assert isinstance(rejection, Rejection)
    assert rejection.reason == "empty"
    assert rejection.doc_id == "blank.txt"


def test_nul_bytes_mean_binary(tmp_path):
    rejection = only(list(read_path(write(tmp_path, "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"))))
    assert rejection.reason.startswith("binary")


def test_many_control_characters_mean_binary(tmp_path):
    data = bytes(range(1, 32)) * 20 + b"some words"
    rejection = only(list(read_path(write(tmp_path, "noise.txt", data))))
    assert rejection.reason.startswith("binary")


def test_a_few_tabs_and_form_feeds_are_still_text(tmp_path):
    doc = only(list(read_path(write(tmp_path, "tabs.txt", "col\tcol\fnext page\r\n" + REPORT))))
    assert isinstance(doc, Document)


def test_non_utf8_is_rejected_with_the_byte_offset(tmp_path):
    data = "Shelling in Kherson".encode() + b" \xe9t\xe9"   # Latin-1, not UTF-8
    rejection = only(list(read_path(write(tmp_path, "latin1.txt", data))))
    assert rejection.reason == f"not UTF-8 at byte {len('Shelling in Kherson') + 1}"


def test_non_utf8_offset_counts_the_bom(tmp_path):
    rejection = only(list(read_path(write(tmp_path, "x.txt", b"\xef\xbb\xbfab\xff"))))
    assert rejection.reason == "not UTF-8 at byte 5"


def test_oversized_text_is_rejected_with_its_size(tmp_path):
    path = write(tmp_path, "big.txt", "a" * 2500)
    rejection = only(list(read_path(path, max_bytes=1000)))
    assert rejection.reason == "too large (2500 bytes > 1000)"


def test_text_at_the_limit_is_accepted(tmp_path):
    path = write(tmp_path, "edge.txt", b"\xef\xbb\xbf" + b"a" * 1000)
    assert isinstance(only(list(read_path(path, max_bytes=1000))), Document)


def test_default_limit_is_one_megabyte(tmp_path):
    assert MAX_DOC_BYTES == 1_000_000
    path = write(tmp_path, "huge.txt", b"word " * 200_001)
    assert only(list(read_path(path))).reason == "too large (1000005 bytes > 1000000)"


def test_missing_file_is_a_rejection_naming_it(tmp_path):
    rejection = only(list(read_path(tmp_path / "nowhere.txt")))
    assert isinstance(rejection, Rejection)
    assert rejection.input.endswith("nowhere.txt")
    assert "not found" in rejection.reason
    assert "nowhere.txt" in rejection.describe()


def test_unknown_suffix_reads_as_plain_text(tmp_path):
    assert only(list(read_path(write(tmp_path, "note.md", REPORT)))).id == "note.md"


def test_folder_reads_its_txt_and_jsonl_files_in_order(tmp_path):
    write(tmp_path, "b.txt", REPORT)
    write(tmp_path, "a.jsonl", jsonl({"id": "x", "text": REPORT}))
    write(tmp_path, "skip.png", b"\x00")
    assert [d.id for d in read_path(tmp_path)] == ["x", "b.txt"]


# --------------------------------------------------------------------------- JSONL

def test_jsonl_reads_every_field(tmp_path):
    path = write(tmp_path, "feed.jsonl", jsonl(
        {"id": "a1", "text": REPORT, "published": "2025-05-05", "source": "City council", "url": "https://example.org/a1"},
        {"id": 7, "text": "A second report."},
    ))
    first, second = read_path(path, published="2025-01-01")
    assert first == Document("a1", REPORT, "2025-05-05", "City council", "https://example.org/a1")
    assert second.id == "7"
    assert second.published == "2025-01-01"  # the default fills a gap, never overrides


def test_jsonl_id_defaults_to_file_and_line(tmp_path):
    path = write(tmp_path, "feed.jsonl", jsonl({"text": "one"}, {"id": "", "text": "two"}))
    assert [d.id for d in read_path(path)] == ["feed.jsonl:1", "feed.jsonl:2"]


def test_malformed_line_is_named_and_the_rest_is_read(tmp_path):
    path = write(tmp_path, "feed.jsonl", jsonl({"id": "ok1", "text": "one"}, '{"id": "broken", "text": ', {"id": "ok2", "text": "two"}))
    items = list(read_path(path))
    assert [type(i).__name__ for i in items] == ["Document", "Rejection", "Document"]
    bad = items[1]
    assert (bad.input, bad.line) == (str(path), 2)
    assert bad.reason.startswith("malformed JSON")
    assert bad.describe().startswith(f"{path}:2")


def test_blank_lines_and_crlf_are_fine(tmp_path):
    path = write(tmp_path, "feed.jsonl", b'{"id": "a", "text": "one"}\r\n\r\n   \n{"id": "b", "text": "two"}')
    assert [d.id for d in read_path(path)] == ["a", "b"]


def test_bom_on_first_jsonl_line_is_stripped(tmp_path):
    path = write(tmp_path, "feed.jsonl", b"\xef\xbb\xbf" + jsonl({"id": "a", "text": "one"}).encode())
    assert only(list(read_path(path))).id == "a"


@pytest.mark.parametrize("obj, reason", [
    ({"id": "a"}, "missing 'text'"),
    ({"id": "a", "text": 42}, "'text' must be a string, got int"),
    ({"id": "a", "text": None}, "'text' must be a string, got NoneType"),
    ({"id": "a", "text": "  "}, "empty"),
    ({"id": "a", "text": "x\u0000y"}, "binary (contains NUL bytes)"),
    ({"id": ["a"], "text": "x"}, "'id' must be a string, got list"),
    ({"id": "a", "text": "x", "url": 3}, "'url' must be a string, got int"),
    ([1, 2], "not a JSON object (got list)"),
])
def test_bad_json_objects_are_rejected(tmp_path, obj, reason):
    rejection = only(list(read_path(write(tmp_path, "feed.jsonl", jsonl(obj)))))
    assert isinstance(rejection, Rejection)
    assert rejection.reason == reason
    assert rejection.line == 1


@pytest.mark.parametrize("value", ["05/04/2025", "2025-13-01", "2025-02-30", "yesterday", 20250504, "2025-05-04Tnoon"])
def test_bad_published_is_rejected(tmp_path, value):
    rejection = only(list(read_path(write(tmp_path, "feed.jsonl", jsonl({"id": "a", "text": "x", "published": value})))))
    assert isinstance(rejection, Rejection)
    assert "published" in rejection.reason
    assert rejection.doc_id == "a"


@pytest.mark.parametrize("value, day", [
    ("2025-05-04", "2025-05-04"),
    ("2025-05-04T21:15:00Z", "2025-05-04"),
    ("2025-05-04 21:15:00+03:00", "2025-05-04"),
    (None, None),
])
def test_published_keeps_the_date_part(value, day):
    assert normalize_published(value) == day


def test_non_utf8_jsonl_line_is_rejected_by_offset_and_line(tmp_path):
    first = jsonl({"id": "a", "text": "one"}).encode()
    before_bad_byte = b'{"id": "b", "text": "caf'
    path = write(tmp_path, "feed.jsonl", first + before_bad_byte + b'\xe9"}\n' + jsonl({"id": "c", "text": "x"}).encode())
    items = list(read_path(path))
    assert [getattr(i, "id", None) for i in items] == ["a", None, "c"]
    assert items[1].line == 2
    assert items[1].reason == f"not UTF-8 at byte {len(first) + len(before_bad_byte)}"


def test_oversized_jsonl_document_is_rejected_and_reading_goes_on(tmp_path):
    path = write(tmp_path, "feed.jsonl", jsonl({"id": "big", "text": "é" * 600}, {"id": "small", "text": "fine"}))
    big, small = read_path(path, max_bytes=1000)
    assert big.reason == "too large (1200 bytes > 1000)"
    assert small.id == "small"


def test_overlong_jsonl_line_is_skipped_without_holding_it(tmp_path):
    huge_line = '{"id": "x", "text": "' + "a" * 20_000 + '"}'
    path = write(tmp_path, "feed.jsonl", jsonl(huge_line, {"id": "after", "text": "fine"}))
    items = list(read_path(path, max_bytes=100))   # line cap = 6 * 100 + 64 KiB
    assert items[-1].id == "after"
    path = write(tmp_path, "feed2.jsonl", jsonl('{"text": "' + "a" * 70_000 + '"}', {"id": "after", "text": "fine"}))
    first, second = read_path(path, max_bytes=100)
    assert isinstance(first, Rejection) and "too large" in first.reason and first.line == 1
    assert second.id == "after"


def test_capped_reads_measure_what_they_skip():
    assert read_capped(io.BytesIO(b"abc"), 5) == (b"abc", 3)
    assert read_capped(io.BytesIO(b"a" * 100_000), 5) == (None, 100_000)
    stream = io.BytesIO(b"x" * 70_000 + b"\nnext\n")
    assert read_line_capped(stream, 10) == (None, 70_001)
    assert read_line_capped(stream, 10) == (b"next\n", 5)


# --------------------------------------------------------------------------- stdin and lists

def test_stdin_plain_text():
    doc = only(list(read_stdin(io.BytesIO(REPORT.encode()), published="2025-05-04")))
    assert (doc.id, doc.text, doc.published) == ("stdin", REPORT, "2025-05-04")


def test_stdin_that_starts_with_a_brace_is_jsonl():
    data = ("\n  " + jsonl({"id": "s1", "text": "one"}, {"text": "two"}, "{oops")).encode()
    items = list(read_stdin(io.BytesIO(data)))
    assert [getattr(i, "id", None) for i in items] == ["s1", "stdin:3", None]
    assert items[2].input == "stdin" and items[2].line == 4


def test_stdin_bad_input_is_rejected():
    assert only(list(read_stdin(io.BytesIO(b"")))).reason == "empty"
    assert only(list(read_stdin(io.BytesIO(b"\xff\xfeh\x00i\x00")))).reason.startswith("binary")
    assert only(list(read_stdin(io.BytesIO(b"a" * 50), max_bytes=10))).reason == "too large (50 bytes > 10)"


def test_stdin_from_sys_stdin(monkeypatch):
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(REPORT.encode())))
    assert only(list(read_stdin())).text == REPORT


def test_read_inputs_mixes_forms_in_order(tmp_path):
    text = write(tmp_path, "r.txt", REPORT)
    feed = write(tmp_path, "f.jsonl", jsonl({"id": "j", "text": "x"}))
    items = list(read_inputs([text, "-", tmp_path / "gone.txt", feed], stdin=io.BytesIO(b"piped report")))
    assert [getattr(i, "id", None) or i.doc_id for i in items] == ["r.txt", "stdin", "gone.txt", "j"]
    assert isinstance(items[2], Rejection)


def test_rejection_to_dict():
    r = Rejection("feed.jsonl:3", "feed.jsonl", 3, "malformed JSON")
    assert r.to_dict() == {"doc_id": "feed.jsonl:3", "input": "feed.jsonl", "line": 3, "reason": "malformed JSON"}


# --------------------------------------------------------------------------- watch's summary

def test_a_watch_round_says_how_many_items_were_new_texts_under_a_known_id():
    from conflictlens.ingest.watch import PollResult
    line = PollResult("local-feed.xml", "new", new_items=3, stored=3, versions=1).describe()
    assert "3 new items, 3 stored (1 as a new version of an id already stored), 0 already stored" in line
    assert "version" not in PollResult("local-feed.xml", "new", new_items=2, stored=2).describe()
    one = PollResult("local-feed.xml", "new", new_items=1, stored=1).describe()
    assert one.endswith("local-feed.xml: 1 new item, 1 stored, 0 already stored, 0 rejected")


# --------------------------------------------------------------------------- rejection wording

@pytest.mark.parametrize("line, reason", [
    ('{"id": "t1", "text": "Shelling hit\tKherson and a\x01 shop"}',
     "malformed JSON: Invalid control character at line 2, column 35"),          # the tab
    ('{"id": "t2", "text": "A drone struck Sumy', "malformed JSON: Unterminated string starting at line 2, column 22"),
    ('{"id": "t3" "text": "x"}', "malformed JSON: Expecting ',' delimiter at line 2, column 13"),
])
def test_malformed_json_names_the_line_and_the_column_without_a_dangling_at(tmp_path, line, reason):
    path = tmp_path / "wire.jsonl"
    path.write_text('{"id": "ok", "text": "A drone hit Sumy."}\n' + line, encoding="utf-8")   # the last line
    bad = [i for i in read_inputs([path]) if isinstance(i, Rejection)]
    assert [b.reason for b in bad] == [reason]
    assert not bad[0].reason.endswith(" at")


def test_a_rejected_stdin_text_is_named_stdin_like_its_records():
    rej = only(list(read_stdin(io.BytesIO(b"   \n"))))
    assert (rej.doc_id, rej.input) == ("stdin", "stdin")
    assert rej.describe() == "stdin: empty"
