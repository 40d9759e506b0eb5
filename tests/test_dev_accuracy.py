"""Accuracy floors on the externally labelled dev sets (../shared/data/dev).

The floors sit a little under what extraction reaches today (docs/ACCURACY.md),
so a change that makes extraction worse fails here. The sets are read from
the shared folder beside the project and never copied into the repo; the
tests skip when it is absent.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from conflictlens.evaluate import score_files


def _dev_dir() -> Path | None:
    candidates = [Path(__file__).resolve().parents[2] / "shared"]
    if os.environ.get("CONFLICTLENS_SHARED"):
        candidates.append(Path(os.environ["CONFLICTLENS_SHARED"]))
    for c in candidates:
        if (c / "data" / "dev").is_dir():
            return c / "data" / "dev"
    return None


DEV = _dev_dir()
pytestmark = pytest.mark.skipif(DEV is None, reason="shared dev sets are absent")

# (set, metric) -> floor; measured values are in docs/ACCURACY.md.
FLOORS = {
    ("wikipedia", "fatalities_exact"): 0.878,
    ("wikipedia", "injured_exact"): 0.775,
    ("wikipedia", "event_date"): 0.96,
    ("isaf", "fatalities_exact"): 0.91,
    ("isaf", "event_date"): 0.765,
    ("isaf", "admin1"): 0.958,
    ("ucdp_ukraine", "event_date"): 0.74,
    ("ucdp_ukraine", "event_date_events"): 0.22,
    ("ucdp_ukraine", "admin1"): 0.57,
    ("ucdp_ukraine", "geo_25km"): 0.47,
    ("ucdp_ukraine", "country"): 0.75,
    ("wikipedia", "country"): 0.770,
    # (villages the gazetteer lacks stay the location where the gold codes their district: docs/ACCURACY.md)
    ("wikipedia", "location"): 0.570,
}


@pytest.fixture(scope="module")
def result():
    return score_files([str(DEV / f"{name}.jsonl") for name in ("wikipedia", "isaf", "ucdp_ukraine")],
                       progress=False)


@pytest.mark.parametrize("key", sorted(FLOORS), ids=lambda k: f"{k[0]}-{k[1]}")
def test_accuracy_floor(result, key):
    name, metric = key
    cell = result["sets"][name]["metrics"][metric]
    assert cell["n"] > 0
    assert cell["accuracy"] >= FLOORS[key], f"{name} {metric}: {cell['accuracy']:.3f} < {FLOORS[key]}"


def test_no_document_crashes_extraction(result):
    for name, info in result["sets"].items():
        assert info["errors"] == 0, info["error_example"]


def test_resolution_floor():
    from conflictlens.evaluate.gold import read_gold
    from conflictlens.evaluate.resolution import score_resolution
    scored = score_resolution(read_gold(DEV / "ucdp_ukraine.jsonl"))
    assert scored["f1"] >= 0.245 and scored["precision"] >= 0.68, scored
