"""bench/bench.py runs end to end in quick mode and writes its JSON (no timing assertions)."""
from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def test_bench_quick_writes_json(tmp_path):
    out = tmp_path / "bench.json"
    proc = subprocess.run(
        [sys.executable, str(REPO / "bench" / "bench.py"), "--quick", "--limit", "3", "--json", str(out)],
        cwd=REPO, capture_output=True, text=True, timeout=180,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    data = json.loads(out.read_text(encoding="utf-8"))
    assert {"meta", "short", "news", "startup", "memory", "stages", "markdown", "command"} <= set(data)
    for key in ("short", "news"):
        assert {"docs", "seconds", "docs_per_s", "mb_per_s", "mean_words", "source"} <= set(data[key])
        assert 1 <= data[key]["docs"] <= 3
    assert data["news"]["mean_words"] >= 600
    assert {"import_extract", "cli_help"} <= set(data["startup"])
    for key in ("import_extract", "cli_help"):
        assert {"median_s", "rc", "ok", "command"} <= set(data["startup"][key])
    assert "maxrss_peak_mb" in data["memory"], data["memory"]
    assert {"docs", "profiled_s", "stages"} <= set(data["stages"])
    for row in data["stages"]["stages"]:
        assert row["stage"].startswith(("conflictlens.extract.", "conflictlens.text.", "conflictlens.geo."))
        assert {"cumulative_pct", "self_pct", "calls"} <= set(row)
    assert data["meta"]["mode"] == "quick"
    # the markdown table is also printed, ready for docs/SPEED.md
    assert "| measure | result |" in proc.stdout
    assert "python bench/bench.py --quick" in proc.stdout


def test_bench_synthetic_corpora_without_shared_data():
    spec = importlib.util.spec_from_file_location("conflictlens_bench", REPO / "bench" / "bench.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    notes = bench.synthetic_short(50)
    assert len(notes) == 50 and all(text and len(text.split()) < 60 for text, _ in notes)
    reports, source = bench.news_reports(5, None)
    assert source == "templates"
    assert len(reports) == 5 and all(len(text.split()) >= 600 for text, _ in reports)
