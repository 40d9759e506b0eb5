"""The collection's focus (geo.focus), Russian-style spellings of Ukrainian places, and the
region names of the self-proclaimed republics."""
from __future__ import annotations

import pytest

import conflictlens
from conflictlens.api import geocode_text
from conflictlens.cli import main
from conflictlens.geo.focus import MIN_EVIDENCE, Focus, make
from conflictlens.geo.names import russian_forms


def choices(text: str, focus: Focus | None = None) -> list[tuple[str, str | None, str]]:
    return [(r.best.place.name, r.best.place.admin1, r.best.place.iso) for r in geocode_text(text, focus) if r.best]


# --------------------------------------------------------------------------- the Focus object

def test_parse_countries_and_regions():
    one = Focus.parse("UA")
    assert one.fixed and one.active() and one.country_share("UA") == 1.0
    two = Focus.parse("ua, ru")
    assert two.country_share("UA") == pytest.approx(0.5) and two.country_share("RU") == pytest.approx(0.5)
    regions = Focus.parse("UA:Donetsk oblast,Luhansk")
    assert regions.region_share("UA", "Donetsk") == pytest.approx(0.5)
    assert regions.region_share("UA", "Kharkiv") == 0.0


@pytest.mark.parametrize("spec", ["Atlantis", "UA,Nowhereland", ""])
def test_unknown_country_is_a_clear_error(spec):
    with pytest.raises(ValueError):
        Focus.parse(spec)


def test_make_reads_the_option_values():
    assert make(None) is None and make("none") is None and make("off") is None
    learnt = make("auto")
    assert isinstance(learnt, Focus) and not learnt.fixed and not learnt.active()
    assert make("AF").country_share("AF") == 1.0


def test_a_learnt_focus_says_nothing_until_it_has_seen_enough():
    focus = Focus()
    for _ in range(int(MIN_EVIDENCE) - 1):
        focus.add("UA", "Donetsk")
    assert focus.points("UA", "Donetsk") == 0.0
    focus.add("UA", "Donetsk")
    assert focus.points("UA", "Donetsk") > focus.points("UA", "Lviv") > focus.points("RU", None) == 0.0


def test_a_given_focus_does_not_learn():
    focus = Focus.parse("UA")
    focus.add("RU", "Belgorod", 100)
    assert focus.country_share("RU") == 0.0


# --------------------------------------------------------------------------- geocoding with it

def test_focus_decides_between_namesakes_in_two_countries():
    assert choices("Uglegorsk")[0][2] == "RU"                      # the bigger namesake, on Sakhalin
    assert choices("Uglegorsk", Focus.parse("UA"))[0][1:] == ("Donetsk", "UA")


def test_region_focus_decides_between_namesakes_in_one_country():
    plain = choices("Pisky")[0]
    focused = choices("Pisky", Focus.parse("UA:Donetsk"))[0]
    assert focused[1:] == ("Donetsk", "UA")
    assert plain[1] != "Donetsk"


def test_a_region_the_report_names_beats_the_focus():
    picked = choices("Shelling near Uglegorsk in the Sakhalin region", Focus.parse("UA"))
    assert all(iso == "RU" for _name, _admin1, iso in picked)


def test_a_focus_learns_from_the_reports_it_reads():
    focus = Focus()
    towns = ["Kharkiv", "Sumy", "Kramatorsk", "Sloviansk", "Pokrovsk", "Kherson", "Nikopol", "Izium"]
    for k in range(int(MIN_EVIDENCE) + 4):
        conflictlens.extract(f"A drone strike on {towns[k % len(towns)]} killed two people on Monday.",
                             published="2024-05-06", focus=focus)
    assert focus.active() and focus.top(1)[0][0] == "UA"
    events = conflictlens.extract("Shelling killed two people in Uglegorsk on Monday.", published="2016-03-07",
                                  focus=focus)
    assert [(e.iso, e.admin1) for e in events] == [("UA", "Donetsk")]


def test_without_focus_extract_is_unchanged():
    text = "Shelling killed two people in Uglegorsk on Monday."
    assert [e.iso for e in conflictlens.extract(text, published="2016-03-07")] == ["RU"]


# --------------------------------------------------------------------------- spellings and regions

@pytest.mark.parametrize("ukrainian, expected", [
    ("Піски", "Peski"),                  # і from old ѣ reads e
    ("Водяне", "Vodyanoe"),              # neuter adjective ending
    ("Петрівське", "Petrovskoe"),        # -ів- in a closed syllable reads -ов-
    ("Степанівка", "Stepanovka"),
    ("Андріївка", "Andreevka"),
    ("Польове", "Polevoe"),
    ("Новоазовськ", "Novoazovsk"),
    ("Новогригорівка", "Novogrigoryevka"),  # -рів- of a name in -ий reads -рьев-
    ("Славне", "Slavnoye"),               # final -ое written -oye
])
def test_russian_style_forms_of_ukrainian_names(ukrainian, expected):
    assert expected in russian_forms(ukrainian)


def test_russian_spelling_finds_the_ukrainian_village():
    assert choices("Stepanovka", Focus.parse("UA:Donetsk"))[0][1:] == ("Donetsk", "UA")


@pytest.mark.parametrize("text, admin1", [
    ("One LPR serviceman was killed by shelling, the militia said.", "Luhansk"),
    ("Shelling of the Donetsk People's Republic killed a woman.", "Donetsk"),
    ("Two militiamen died in the Lugansk People’s Republic overnight.", "Luhansk"),
])
def test_the_republics_are_their_oblasts_at_region_precision(text, admin1):
    events = conflictlens.extract(text, published="2016-03-07")
    assert [(e.admin1, e.geo_precision) for e in events] == [(admin1, 3)]


def test_a_city_named_as_an_army_is_not_the_place():
    events = conflictlens.extract("A woman was killed in Kiev forces' shelling of the Donetsk republic.",
                                  published="2016-03-07")
    assert [e.admin1 for e in events] == ["Donetsk"]


def test_an_airport_is_near_its_city():
    events = conflictlens.extract("Two soldiers were killed near Donetsk airport on Tuesday.", published="2016-03-09")
    assert [(e.admin1, e.geo_precision) for e in events] == [("Donetsk", 2)]


# --------------------------------------------------------------------------- CLI

def test_cli_rejects_a_bad_focus(capsys):
    assert main(["geocode", "Uglegorsk", "--focus", "Atlantis"]) == 2
    assert "unknown country" in capsys.readouterr().err


def test_cli_geocode_with_focus(capsys):
    assert main(["geocode", "Uglegorsk", "--focus", "UA"]) == 0
    out = capsys.readouterr().out
    first_choice = next(line for line in out.splitlines() if "->" in line)
    assert "Donetsk, Ukraine" in first_choice and "focus" in first_choice


def test_cli_extract_with_focus(tmp_path, capsys):
    report = tmp_path / "note.txt"
    report.write_text("Shelling killed two people in Uglegorsk on Monday.", encoding="utf-8")
    assert main(["extract", str(report), "--published", "2016-03-07", "--focus", "UA", "-q"]) == 0
    assert '"admin1": "Donetsk"' in capsys.readouterr().out


# --------------------------------------------------------------------------- the focus's country

def test_an_unplaced_incident_takes_the_focus_country_at_country_precision():
    text = "Three soldiers were killed in clashes with rebels in the east on Monday."
    assert [e.iso for e in conflictlens.extract(text, published="2015-02-02")] == [None]
    events = conflictlens.extract(text, published="2015-02-02", focus=Focus.parse("UA"))
    assert [(e.iso, e.location, e.geo_precision, e.where_prec, e.place_basis) for e in events] == [
        ("UA", None, 3, 6, "focus")]
    placed = conflictlens.extract("A drone strike on Sumy killed two people.", published="2025-05-05",
                                  focus=Focus.parse("UA"))
    assert [e.place_basis for e in placed] == ["text"]


def test_no_focus_country_without_one_given_country():
    text = "Three soldiers were killed in clashes with rebels in the east on Monday."
    assert [e.iso for e in conflictlens.extract(text, published="2015-02-02", focus=Focus.parse("UA,RU"))] == [None]
    learnt = Focus()
    for _ in range(int(MIN_EVIDENCE) * 2):
        learnt.add("UA", "Donetsk")
    assert learnt.active() and learnt.country() is None       # a statistic is no evidence
    assert [e.iso for e in conflictlens.extract(text, published="2015-02-02", focus=learnt)] == [None]
    assert Focus.parse("UA:Donetsk").country() == "UA"


def test_a_learnt_focus_skips_country_level_records():
    focus = Focus()
    focus.learn([{"plover": None, "iso": "UA", "admin1": None, "geo_precision": 3, "where_prec": 6},
                 {"plover": None, "iso": "UA", "admin1": "Sumy", "geo_precision": 1, "where_prec": 1},
                 {"plover": None, "iso": "UA", "admin1": None, "geo_precision": 3, "where_prec": 6,
                  "place_basis": "focus"}])
    assert focus.evidence == 1


def test_regions_are_checked_and_read_in_any_spelling():
    assert Focus.parse("UA:Lugansk oblast").region_share("UA", "Luhansk") == 1.0
    with pytest.raises(ValueError, match="no region of UA"):
        Focus.parse("UA:Donetsk,Luhanks")
    with pytest.raises(ValueError, match="empty"):
        Focus.parse(",")


def test_geocode_refuses_a_learnt_focus(capsys):
    assert main(["geocode", "Pisky", "--focus", "auto"]) == 2
    assert "one text" in capsys.readouterr().err


def test_a_given_country_learns_its_regions_but_given_regions_stay():
    focus = Focus.parse("UA")
    focus.add("UA", "Donetsk")
    assert focus.region_share("UA", "Donetsk") == 0.0          # too little seen yet
    for _ in range(int(MIN_EVIDENCE)):
        focus.add("UA", "Donetsk")
    assert focus.region_share("UA", "Donetsk") == 1.0 and focus.country_share("UA") == 1.0
    assert choices("Pisky", focus)[0][1:] == ("Donetsk", "UA")
    kharkiv = Focus.parse("UA:Kharkiv")
    for _ in range(int(MIN_EVIDENCE)):
        kharkiv.add("UA", "Donetsk")
    assert kharkiv.region_share("UA", "Kharkiv") == 1.0


def test_a_russian_spelling_counts_as_the_current_name():
    why = next(r for r in geocode_text("Slavnoye", Focus.parse("UA:Donetsk"))).candidates[0].why
    assert "current name" in why


def test_a_spelling_a_city_abroad_bears_is_not_the_ukrainian_villages_current_name():
    # "Voronezh" is also a Russian-style spelling of Voronizh (Sumy oblast); the Russian city
    # bears the name as its own, so only it gets the current-name credit
    best = next(r for r in geocode_text("Voronezh", Focus.parse("UA"))).candidates[0]
    assert best.place.iso == "RU"


def test_a_region_named_twice_is_one_region():
    assert Focus.parse("UA:Donetsk,Donetsk Oblast").region_share("UA", "Donetsk") == 1.0


def test_recent_places_weigh_more():
    focus = Focus()
    for _ in range(60):
        focus.add("UA", "Kharkiv")
    for _ in range(60):
        focus.add("UA", "Donetsk")
    assert focus.region_share("UA", "Donetsk") > 0.6 > 0.4 > focus.region_share("UA", "Kharkiv") > 0.0


@pytest.mark.parametrize("ukrainian, expected", [
    ("Біла Кам'янка", "Belaya Kamyanka"),     # an adjective before its noun takes the full ending
    ("Цвітні Піски", "Tsvetnye Peski"),       # plural adjective -і reads -ые
    ("Нижня Кринка", "Nizhnyaya Krinka"),
    ("Нижнє Лозове", "Nizhnee Lozovoe"),
    ("Кремінна", "Kremennaya"),               # a lone adjective in -нна
    ("Шишкове", "Shishkovo"),                 # possessive -ове reads -ово
    ("Нікішине", "Nikishino"),
    ("Підгородне", "Podgorodnoe"),            # the prefix під- reads под-
    ("Оріхів", "Orekhov"),                    # final -ів reads -ов
])
def test_russian_forms_of_adjectives_and_possessives(ukrainian, expected):
    assert expected in russian_forms(ukrainian)


def test_plain_names_get_no_adjective_or_possessive_forms():
    assert russian_forms("Піски") == {"Peski", "Piski"}
    assert not any(f.endswith("aya") for f in russian_forms("Новоселівка"))


@pytest.mark.parametrize("name, admin1", [
    ("Tsvetnye Peski", "Luhansk"), ("Belaya Kamyanka", "Donetsk"), ("Shishkovo", "Luhansk"),
    ("Nizhnee Lozovoe", "Donetsk"),
])
def test_russian_adjective_forms_find_the_ukrainian_town(name, admin1):
    assert choices(name, Focus.parse("UA"))[0][1:] == (admin1, "UA")


def test_direction_names():
    from conflictlens.geo.names import direction_names
    assert direction_names("Yuzhno-Donetsk")[0] == "Donetsk"
    assert direction_names("Nikolaev-Kryvyi Rih")[:2] == ["Nikolaev-Kryvyi Rih".split("-")[0], "Kryvyi Rih"]
    assert "Krasnyi Liman" in direction_names("Krasnolimansky")
    assert direction_names("Kupyansk")[0] != "Kupyansk"


def test_a_multi_oblast_region_is_not_learnt_by_the_focus():
    focus = Focus()
    focus.learn([{"iso": "UA", "admin1": "Donetsk", "geo_precision": 3, "where_prec": 5}])
    assert focus.seen == 0
    focus.learn([{"iso": "UA", "admin1": "Donetsk", "geo_precision": 3, "where_prec": 4}])
    assert focus.seen == 1
