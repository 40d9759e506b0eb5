"""Scoring rules of `conflictlens.evaluate`, on small gold rows written for these tests.

Every test injects a fake extractor (text -> canned events), so these tests do
not depend on how good extraction is today.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from conflictlens.evaluate import format_table, score_files, score_rows
from conflictlens.evaluate import metrics as M
from conflictlens.model import Event, Span

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def fake(mapping: dict[str, list]):
    """An extractor that answers from a dict keyed by text (unknown text: no events)."""
    def extractor(text, published=None, doc_id=None):
        return mapping.get(text, [])
    return extractor


def row(text, gold, set_name="notes", published=None, id=None):
    return {"id": id or text[:20], "set": set_name, "text": text, "published": published, "gold": gold}


def metric(result, set_name, name):
    cell = result["sets"][set_name]["metrics"][name]
    return cell["right"], cell["n"]


# --------------------------------------------------------------------------- fatalities / injured

def test_fatalities_sum_over_events_none_counts_zero_and_political_ignored():
    text = "Shelling hit two villages; three died in one and two in the other."
    events = [
        Event(event_type="Explosions/Remote violence", fatalities=3),
        Event(event_type="Explosions/Remote violence", fatalities=2),
        Event(event_type="Explosions/Remote violence", fatalities=None),
        # a political interaction carrying a stray figure must not be added
        Event(event_type="Strategic developments", plover="THREATEN", fatalities=40),
    ]
    rows = [row(text, {"fatalities": 5})]
    assert metric(score_rows(rows, fake({text: events})), "notes", "fatalities_exact") == (1, 1)
    rows = [row(text, {"fatalities": 45})]
    assert metric(score_rows(rows, fake({text: events})), "notes", "fatalities_exact") == (0, 1)


def test_strategic_development_without_plover_is_counted():
    text = "Looting at the depot left one guard dead."
    events = [Event(event_type="Strategic developments", sub_event_type="Looting/property destruction", fatalities=1)]
    rows = [row(text, {"fatalities": 1})]
    assert metric(score_rows(rows, fake({text: events})), "notes", "fatalities_exact") == (1, 1)


def test_no_events_means_zero_which_is_right_for_a_zero_gold():
    rows = [row("A quiet day at the checkpoint.", {"fatalities": 0, "injured": 0}),
            row("A raid left seven dead.", {"fatalities": 7})]
    result = score_rows(rows, fake({}))
    assert metric(result, "notes", "fatalities_exact") == (1, 2)
    assert metric(result, "notes", "injured_exact") == (1, 1)
    assert metric(result, "notes", "has_event") == (0, 2)


def test_injured_sum():
    text = "Two blasts wounded four and six people."
    events = [Event(event_type="Explosions/Remote violence", injured=4),
              {"event_type": "Explosions/Remote violence", "injured": 6}]  # flat dicts work too
    result = score_rows([row(text, {"injured": 10})], fake({text: events}))
    assert metric(result, "notes", "injured_exact") == (1, 1)
    result = score_rows([row(text, {"injured": 6})], fake({text: events}))
    assert metric(result, "notes", "injured_exact") == (0, 1)


def test_ucdp_range_low_high():
    text = "Fighting near the river crossing, casualties reported."
    gold = {"fatalities": 5, "fatalities_low": 3, "fatalities_high": 9}
    for got, ok in ((3, 1), (5, 1), (9, 1), (2, 0), (10, 0)):
        events = [Event(event_type="Battles", fatalities=got)]
        result = score_rows([row(text, gold, "ucdp_ukraine")], fake({text: events}))
        assert metric(result, "ucdp_ukraine", "fatalities_exact") == (ok, 1), got


def test_ucdp_range_uses_min_max_when_low_exceeds_best():
    text = "An artillery duel outside the town."
    gold = {"fatalities": 2, "fatalities_low": 4, "fatalities_high": 3}  # low > best > ... as in some rows
    for got, ok in ((2, 1), (3, 1), (4, 1), (1, 0), (5, 0)):
        events = [Event(event_type="Battles", fatalities=got)]
        result = score_rows([row(text, gold, "ucdp_ukraine")], fake({text: events}))
        assert metric(result, "ucdp_ukraine", "fatalities_exact") == (ok, 1), got


def test_wikipedia_accepts_total_including_perpetrators():
    text = "Gunmen opened fire at a market, killing six before two of them were shot dead."
    gold = {"fatalities": 6, "fatalities_incl_perpetrators": 8}
    for got, ok in ((6, 1), (8, 1), (7, 0)):
        events = [Event(event_type="Violence against civilians", fatalities=got)]
        result = score_rows([row(text, gold, "wikipedia")], fake({text: events}))
        assert metric(result, "wikipedia", "fatalities_exact") == (ok, 1), got


def test_null_and_blank_gold_are_left_out_of_the_denominator():
    rows = [
        row("first note", {"fatalities": None, "injured": None, "admin1": "", "location": "  ",
                           "event_date": None, "country": None}),
        row("second note", {"fatalities": 1}),
        row("third note", {}),
    ]
    ev = [Event(event_type="Battles", fatalities=1, admin1="Somewhere", location="Somewhere",
                event_date="2020-01-01", country="Somewhere")]
    result = score_rows(rows, fake({"first note": ev, "second note": ev, "third note": ev}))
    assert metric(result, "notes", "fatalities_exact") == (1, 1)
    for name in ("injured_exact", "admin1", "location", "event_date", "country", "geo_25km"):
        assert metric(result, "notes", name) == (0, 0), name
    assert metric(result, "notes", "has_event") == (3, 3)
    assert result["sets"]["notes"]["n"] == 3


# --------------------------------------------------------------------------- dates

def test_event_date_is_that_of_the_first_violent_event():
    text = "The minister warned on Monday; a strike on Tuesday killed one; a clash followed on Wednesday."
    events = [
        Event(event_type="Strategic developments", plover="THREATEN", event_date="2024-03-04"),
        Event(event_type="Explosions/Remote violence", event_date="2024-03-05"),
        Event(event_type="Battles", event_date="2024-03-06"),
    ]
    ex = fake({text: events})
    assert metric(score_rows([row(text, {"event_date": "2024-03-05"})], ex), "notes", "event_date") == (1, 1)
    assert metric(score_rows([row(text, {"event_date": "2024-03-04"})], ex), "notes", "event_date") == (0, 1)


def test_event_date_skips_violent_events_without_a_date_and_follows_document_order():
    text = "A clash, then a bombing, then an arrest."
    events = [  # returned out of order; the evidence spans give the order in the text
        Event(event_type="Explosions/Remote violence", event_date="2022-07-02", evidence=[Span("event_type", 20, 28, "bombing")]),
        Event(event_type="Battles", event_date=None, evidence=[Span("event_type", 2, 7, "clash")]),
        Event(event_type="Strategic developments", sub_event_type="Arrests", event_date="2022-07-09",
              evidence=[Span("event_type", 35, 41, "arrest")]),
    ]
    ex = fake({text: events})
    assert metric(score_rows([row(text, {"event_date": "2022-07-02"})], ex), "notes", "event_date") == (1, 1)
    # a later violent event listed first does not win over an earlier one in the text
    later_first = [Event(event_type="Battles", event_date="2022-07-05", evidence=[Span("event_type", 50, 55, "clash")]),
                   Event(event_type="Battles", event_date="2022-07-01", evidence=[Span("event_type", 3, 8, "fight")])]
    ex = fake({text: later_first})
    assert metric(score_rows([row(text, {"event_date": "2022-07-01"})], ex), "notes", "event_date") == (1, 1)


def test_event_date_falls_back_to_first_dated_event_of_any_kind():
    text = "Talks broke down and the delegation left."
    events = [Event(event_type="Strategic developments", plover="REJECT", event_date="2019-11-20T10:00"),
              Event(event_type="Strategic developments", plover="ACCUSE", event_date="2019-11-21")]
    ex = fake({text: events})
    assert metric(score_rows([row(text, {"event_date": "2019-11-20"})], ex), "notes", "event_date") == (1, 1)
    assert metric(score_rows([row(text, {"event_date": "2019-11-21"})], ex), "notes", "event_date") == (0, 1)
    # no dated event at all: wrong, not skipped
    assert metric(score_rows([row(text, {"event_date": "2019-11-20"})], fake({text: [Event()]})),
                  "notes", "event_date") == (0, 1)


def test_event_date_gold_list_accepts_either_day():
    ev = Event(event_type="Explosions/Remote violence", event_date="2023-05-07")
    assert M.score_document({"event_date": ["2023-05-06", "2023-05-07"]}, [ev])["event_date"] is True
    assert M.score_document({"event_date": ["2023-05-05", "2023-05-06"]}, [ev])["event_date"] is False


# --------------------------------------------------------------------------- places

@pytest.mark.parametrize("gold, predicted, ok", [
    ("Kharkiv Oblast", "Kharkiv", True),
    ("kharkiv oblast", "KHARKIV REGION", True),
    ("Kiev Special Republican city", "Kyiv", True),
    ("Zaporizhzhya oblast", "Zaporizhzhia", True),
    ("Nineveh Governorate", "Nineveh", True),
    ("Helmand Province", "helmand", True),
    ("Dnipropetrovsk oblast", "Dnipropetrovs'k", True),
    ("Sar-e Pul", "sar e pul", True),
    ("Ninawā Governorate", "NINAWA", True),     # diacritics do not matter
    ("Kherson oblast", "Kharkiv oblast", False),
    ("Donetsk oblast", None, False),
    ("Donetsk oblast", "", False),
])
def test_admin1_normalisation(gold, predicted, ok):
    assert M.admin1_match(gold, predicted) is ok


def test_admin1_right_if_any_event_matches():
    text = "Strikes on two regions overnight."
    events = [Event(event_type="Explosions/Remote violence", admin1="Sumska"),
              Event(event_type="Explosions/Remote violence", admin1="Kharkiv Oblast")]
    ex = fake({text: events})
    assert metric(score_rows([row(text, {"admin1": "kharkiv"})], ex), "notes", "admin1") == (1, 1)
    assert metric(score_rows([row(text, {"admin1": "odesa"})], ex), "notes", "admin1") == (0, 1)


def test_location_and_country_containment_either_way_on_whole_words():
    ev = Event(event_type="Battles", location="Pisky", country="Somalia")
    assert M.score_document({"location": "near Pisky village, Yasynuvata district"}, [ev])["location"] is True
    ev2 = Event(event_type="Battles", location="Donetsk airport area")
    assert M.score_document({"location": "DONETSK"}, [ev2])["location"] is True
    assert M.score_document({"location": "Luhansk"}, [ev2])["location"] is False
    assert M.score_document({"country": "somalia"}, [ev])["country"] is True
    assert M.score_document({"country": "Mali"}, [ev])["country"] is False   # not a substring match
    assert M.score_document({"country": "Côte d'Ivoire"}, [Event(country="Cote dIvoire")])["country"] is True


def test_country_by_another_of_its_names():
    drc = Event(event_type="Battles", country="Democratic Republic of the Congo")
    assert M.score_document({"country": "Democratic Republic of Congo"}, [drc])["country"] is True
    assert M.score_document({"country": "Republic of the Congo"}, [drc])["country"] is False    # another country
    assert M.score_document({"country": "West Bank"}, [Event(country="Palestinian Territory")])["country"] is True
    assert M.score_document({"country": "South Sudan"}, [Event(country="Sudan")])["country"] is False


def test_haversine_km_known_distance():
    # one degree of latitude is about 111.2 km anywhere
    assert M.haversine_km(10.0, 20.0, 11.0, 20.0) == pytest.approx(111.2, abs=0.2)
    assert M.haversine_km(48.0, 37.0, 48.0, 37.0) == 0.0


def test_geo_25km_rule():
    gold_town = {"lat": 48.0, "lon": 37.8, "where_prec": 2}
    near = Event(event_type="Battles", latitude=48.2, longitude=37.8)     # about 22 km north
    far = Event(event_type="Battles", latitude=48.3, longitude=37.8)      # about 33 km north
    no_coords = Event(event_type="Battles", location="somewhere")
    assert M.score_document(gold_town, [near])["geo_25km"] is True
    assert M.score_document(gold_town, [far])["geo_25km"] is False
    assert M.score_document(gold_town, [no_coords])["geo_25km"] is False
    assert M.score_document(gold_town, [])["geo_25km"] is False
    assert M.score_document(gold_town, [far, near])["geo_25km"] is True
    # UCDP precision coarser than a town: not scored
    assert M.score_document({**gold_town, "where_prec": 4}, [near])["geo_25km"] is None
    assert M.score_document({**gold_town, "where_prec": 1}, [near])["geo_25km"] is True
    # other sets: any gold point counts
    assert M.score_document({"lat": 48.0, "lon": 37.8}, [far])["geo_25km"] is False
    assert M.score_document({"lat": 48.0, "lon": 37.8}, [near])["geo_25km"] is True
    # no gold point: not scored
    assert M.score_document({"where_prec": 1}, [near])["geo_25km"] is None


def test_geo_denominator_counts_only_town_level_cases():
    rows = [row("a", {"lat": 47.0, "lon": 35.0, "where_prec": 1}, "ucdp_ukraine"),
            row("b", {"lat": 47.0, "lon": 35.0, "where_prec": 5}, "ucdp_ukraine"),
            row("c", {"lat": 47.0, "lon": 35.0, "where_prec": 2}, "ucdp_ukraine")]
    ev = [Event(event_type="Battles", latitude=47.01, longitude=35.01)]
    result = score_rows(rows, fake({"a": ev, "b": ev}))
    assert metric(result, "ucdp_ukraine", "geo_25km") == (1, 2)


# --------------------------------------------------------------------------- runner behaviour

def test_sets_are_kept_apart_and_identical_texts_extracted_once():
    calls = []

    def extractor(text, published=None, doc_id=None):
        calls.append(text)
        return [Event(event_type="Battles", fatalities=2)]

    rows = [row("same headline", {"fatalities": 2}, "ucdp_ukraine", published="2015-01-01", id="u1"),
            row("same headline", {"fatalities": 3}, "ucdp_ukraine", published="2015-01-01", id="u2"),
            row("other", {"fatalities": 2}, "wikipedia")]
    result = score_rows(rows, extractor)
    assert sorted(result["sets"]) == ["ucdp_ukraine", "wikipedia"]
    assert metric(result, "ucdp_ukraine", "fatalities_exact") == (1, 2)
    assert metric(result, "wikipedia", "fatalities_exact") == (1, 1)
    assert calls == ["same headline", "other"]
    assert result["documents"] == 3


def test_extractor_failure_is_recorded_not_raised():
    def extractor(text, published=None, doc_id=None):
        if "bad" in text:
            raise RuntimeError("boom")
        return [Event(event_type="Battles", fatalities=1)]

    rows = [row("bad text", {"fatalities": 0}), row("good text", {"fatalities": 1})]
    result = score_rows(rows, extractor)
    info = result["sets"]["notes"]
    assert info["errors"] == 1 and "boom" in info["error_example"]
    assert metric(result, "notes", "fatalities_exact") == (2, 2)
    assert "failed on 1 document" in format_table(result)


def test_progress_goes_to_stderr_only_when_asked(capsys):
    rows = [row("x", {"fatalities": 0})]
    score_rows(rows, fake({}), progress=False)
    assert capsys.readouterr().err == ""
    score_rows(rows, fake({}), progress=True, total=1)
    assert "eval: 1/1" in capsys.readouterr().err


# --------------------------------------------------------------------------- files and table

def write_jsonl(path: Path, rows: list[dict]) -> None:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


def test_score_files_reads_jsonl_set_names_limit_and_resolve(tmp_path):
    write_jsonl(tmp_path / "harbour.jsonl", [
        {"id": "h1", "text": "Mortar fire on the harbour killed two.", "published": None, "gold": {"fatalities": 2}},
        {"id": "h2", "text": "A patrol was ambushed; one soldier died.", "published": None, "gold": {"fatalities": 1}},
        {"id": "h3", "text": "Nothing happened.", "published": None, "gold": {"fatalities": 0}},
    ])
    write_jsonl(tmp_path / "mixed.jsonl", [
        {"id": "m1", "set": "hills", "text": "Raid in the hills.", "published": "2021-02-02", "gold": {"fatalities": 4}},
    ])
    ex = fake({"Mortar fire on the harbour killed two.": [Event(event_type="Explosions/Remote violence", fatalities=2)],
               "Raid in the hills.": [Event(event_type="Battles", fatalities=4)]})
    result = score_files([str(tmp_path / "harbour.jsonl"), str(tmp_path / "mixed.jsonl")], limit=2,
                         extractor=ex, progress=False)
    assert result["sets"]["harbour"]["n"] == 2          # the file stem, capped by limit
    assert metric(result, "harbour", "fatalities_exact") == (1, 2)
    assert metric(result, "hills", "fatalities_exact") == (1, 1)
    assert result["resolve"] is None

    resolved = score_files([str(tmp_path)], resolve=True, extractor=ex, progress=False)  # a directory works
    assert resolved["resolve"]["status"] == "ok"
    assert resolved["resolve"]["gold_pairs"] == 0        # these rows carry no gold cluster
    assert [resolved["resolve"][k] for k in ("precision", "recall", "f1")] == [None, None, None]   # not 0.0
    assert resolved["sets"]["harbour"]["n"] == 3
    table = format_table(resolved)
    assert "resolution: n/a (no gold clusters)" in table        # not "precision 0.000"
    assert "precision 0.000" not in table
    lines = table.splitlines()
    assert lines[0].split()[:3] == ["set", "n", "has_event"]
    assert any(line.startswith("harbour") and "33.3% (3)" in line for line in lines)
    assert any(line.startswith("all ") for line in lines)


def test_resolution_without_system_pairs_has_no_precision():
    table = format_table({"sets": {}, "metrics": [], "resolve": {
        "status": "ok", "texts": 3, "gold_pairs": 1, "system_pairs": 0, "true_pairs": 0, "precision": None,
        "recall": 0.0, "f1": None, "incidents": 3}})
    assert ("resolution (pairs over 3 distinct texts, 3 incidents): precision n/a, recall 0.000, F1 n/a "
            "(0 of 1 gold pair; 0 system pairs)") in table


def test_resolution_without_a_pair_in_any_gold_cluster_is_not_a_score():
    table = format_table({"sets": {}, "metrics": [], "resolve": {
        "status": "ok", "texts": 2, "gold_pairs": 0, "system_pairs": 1, "true_pairs": 0, "precision": 0.0,
        "recall": 0.0, "f1": 0.0, "incidents": 1}})
    assert "resolution: n/a (no two of the 2 clustered texts share a gold cluster)" in table


def test_malformed_jsonl_names_file_and_line(tmp_path):
    path = tmp_path / "broken.jsonl"
    path.write_text('{"text": "fine", "gold": {}}\n{not json\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"broken\.jsonl:2"):
        score_files([str(path)], extractor=fake({}), progress=False)


def test_format_table_shows_dash_for_empty_denominators():
    result = score_rows([row("x", {"fatalities": 1})], fake({}))
    table = format_table(result)
    header, rule, body = table.splitlines()[:3]
    assert len(header) == len(rule) or len(rule) >= len(header.rstrip())
    assert body.split()[:4] == ["notes", "1", "0.0%", "(1)"]
    assert " - " in body + " "


# --------------------------------------------------------------------------- seed format

SEED_TEXT = (
    "Rockets struck the river port of Alderton on Sunday, killing nine people, the governor said. "
    "Separately, a drone hit a depot near Brookfield overnight; two workers died and five were hurt. "
    "The foreign ministry threatened a response."
)

SEED_GOLD = {
    "document": {"id": "test:seed", "file": "port.txt", "published": "2024-09-02"},
    "events": [
        {"tier": "core", "event_type": "Explosions/Remote violence",
         "sub_event_type": "Shelling/artillery/missile attack", "weapon": "rocket",
         "event_date": "2024-09-01", "country": "Freedonia", "admin1": "Alder Province",
         "location": "Alderton", "latitude": 45.0, "longitude": 30.0, "coordinate_tolerance_km": 10,
         "fatalities": {"best": 9, "low": 9}},
        {"tier": "core", "event_type": "Explosions/Remote violence", "sub_event_type": "Air/drone strike",
         "weapon": "drone", "event_date": ["2024-09-01", "2024-09-02"], "country": "Freedonia",
         "location": "Brookfield", "latitude": 46.0, "longitude": 31.0,
         "fatalities": {"best": 2}, "injured": {"best": 5}},
        {"tier": "extended", "event_type": "Strategic developments", "sub_event_type": "Other",
         "plover": "THREATEN", "fatalities": {"best": 0}},
    ],
}


def write_seed(tmp_path: Path) -> Path:
    (tmp_path / "port.txt").write_text(SEED_TEXT, encoding="utf-8")
    path = tmp_path / "port.gold.json"
    path.write_text(json.dumps(SEED_GOLD), encoding="utf-8")
    return path


def test_seed_core_events_are_matched_by_place_and_scored_field_by_field(tmp_path):
    path = write_seed(tmp_path)
    events = [  # returned in the "wrong" order on purpose, plus a political event
        Event(event_type="Strategic developments", plover="THREATEN", event_date="2024-09-02"),
        Event(event_type="Explosions/Remote violence", sub_event_type="Air/drone strike", weapon="drone",
              event_date="2024-09-02", country="Freedonia", location="Brookfield",
              latitude=46.01, longitude=31.0, fatalities=2, injured=4),            # injured wrong
        Event(event_type="Explosions/Remote violence", sub_event_type="Shelling/artillery/missile attack",
              weapon="rocket", event_date="2024-09-01", country="Freedonia", admin1="Alder",
              location="Alderton", latitude=45.3, longitude=30.0,                 # ~33 km: outside 10 km
              fatalities=9, fatalities_low=9),
    ]
    result = score_files([str(path)], extractor=fake({SEED_TEXT: events}), progress=False)
    seed = result["sets"]["seed"]
    assert seed["n"] == 1
    core = seed["core_fields"]
    by = {f: (c["right"], c["n"]) for f, c in core["by_field"].items()}
    assert by["coordinates"] == (1, 2)
    assert by["injured"] == (0, 1)
    assert by["fatalities"] == (2, 2)
    assert by["fatalities_low"] == (1, 1)
    assert by["event_date"] == (2, 2)
    assert by["admin1"] == (1, 1)
    assert by["weapon"] == (2, 2)
    assert (core["right"], core["n"]) == (sum(r for r, _ in by.values()), sum(n for _, n in by.values()))
    assert core["n"] - core["right"] == 2
    # document-level figures derived from the coded events: 9 + 2 killed, 5 injured
    assert metric(result, "seed", "fatalities_exact") == (1, 1)
    assert metric(result, "seed", "injured_exact") == (0, 1)
    assert "core fields" in format_table(result)


def test_seed_with_no_extracted_events_scores_every_core_field_wrong(tmp_path):
    path = write_seed(tmp_path)
    core = score_files([str(path)], extractor=fake({}), progress=False)["sets"]["seed"]["core_fields"]
    assert core["right"] == 0 and core["n"] > 10


def test_seed_missing_text_is_a_clear_error(tmp_path):
    path = tmp_path / "lonely.gold.json"
    path.write_text(json.dumps(SEED_GOLD), encoding="utf-8")
    with pytest.raises(ValueError, match="port.txt"):
        score_files([str(path)], extractor=fake({}), progress=False)


# --------------------------------------------------------------------------- the real sets (when present)

DEV = SHARED / "data" / "dev"


@pytest.mark.skipif(not DEV.is_dir(), reason="../shared/data/dev is not present")
def test_dev_sets_score_perfectly_for_an_oracle_extractor():
    """Reading the real formats: an extractor echoing each row's gold gets every metric right."""
    from conflictlens.evaluate.gold import read_gold

    for name in ("isaf", "wikipedia"):
        rows = read_gold(DEV / f"{name}.jsonl", limit=300)
        by_text = {r["text"]: [Event(event_type="Battles", fatalities=r["gold"].get("fatalities"),
                                     injured=r["gold"].get("injured"), event_date=r["gold"].get("event_date"),
                                     admin1=r["gold"].get("admin1"), country=r["gold"].get("country"),
                                     location=r["gold"].get("location"))] for r in rows}
        result = score_rows(rows, fake(by_text), progress=False)
        for m, cell in result["sets"][name]["metrics"].items():
            assert cell["right"] == cell["n"], (name, m, cell)
        assert result["sets"][name]["metrics"]["fatalities_exact"]["n"] > 250


@pytest.mark.skipif(not (SHARED / "seed").is_dir(), reason="../shared/seed is not present")
def test_seed_file_reads_with_its_text():
    from conflictlens.evaluate.gold import read_gold

    (path,) = sorted((SHARED / "seed").glob("*.gold.json"))[:1]
    (r,) = read_gold(path)
    assert r["set"] == "seed" and len(r["text"]) > 500
    assert len(r["core_events"]) == 2
    assert r["gold"]["fatalities"] > 0
