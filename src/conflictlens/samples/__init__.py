"""Short fictional news reports, written for this project, to try conflictlens on.

Each report is a `.txt` file; `samples.jsonl` holds the same texts with ids and
publication dates (so relative dates such as "on Tuesday" can resolve).
"""
from __future__ import annotations

from pathlib import Path

SAMPLES_DIR = Path(__file__).resolve().parent


def sample_paths() -> list[Path]:
    """The bundled `.txt` reports, sorted by name."""
    return sorted(SAMPLES_DIR.glob("*.txt"))


def samples_jsonl_path() -> Path:
    """The JSONL file with every sample report, its id and its publication date."""
    return SAMPLES_DIR / "samples.jsonl"
