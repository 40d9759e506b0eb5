"""The twentieth session's rules: each input a short report in our own words; each assertion is
what the code before the session got wrong on it."""
from __future__ import annotations

import pytest

from conflictlens import extract
from conflictlens.extract.figures import sentence_figures
from conflictlens.text.tokens import tokenize

PUB = "2026-03-06"      # a Friday


def violent(text: str, published: str = PUB) -> list:
    return [e for e in extract(text, published=published) if e.plover is None]


def figures(sentence: str) -> list[tuple]:
    return [(f.status, f.best, f.role) for f in sentence_figures(tokenize(sentence), sentence, 0, 0) if f.status]


# --- places ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, admin1", [
    ("Troops clashed with rebels in a village in Nueva Ecija on Friday, killing two rebels.", "Central Luzon"),
    ("Gunmen killed four farmers in Santa Rosa, Nueva Ecija, on Tuesday.", "Central Luzon"),
    ("A grenade thrown at a chapel in a town of Sarangani province wounded six people on Sunday.", "Soccsksargen"),
    ("Gunmen killed a village chief in Kapatagan, Lanao del Norte, on Friday.", "Northern Mindanao"),
    ("Three soldiers died in an ambush in Besao, Mountain Province, on Monday.", "Cordillera"),
])
def test_the_philippines_provinces_place_their_towns_in_their_region(text, admin1):
    (e,) = violent(text)
    assert (e.country, e.admin1) == ("Philippines", admin1)


@pytest.mark.parametrize("text, country, admin1, location", [
    ("Gunmen killed three farmers in San Francisco, south of Maracaibo, on Tuesday.", "Venezuela", "Zulia", "San Francisco"),
    ("Militants killed five soldiers in Balad city, 30 km southwest of Mogadishu, on Tuesday.", "Somalia", "Banadir", "Balad"),
])
def test_a_town_told_near_a_reference_point_is_no_namesake_far_away(text, country, admin1, location):
    (e,) = violent(text)
    assert (e.country, e.admin1, e.location) == (country, admin1, location)


@pytest.mark.parametrize("text", [
    "Gunmen attacked the village of Kouakourou on Monday, killing four people. Three wounded were evacuated to "
    "the CSRef in Djenné.",
    "Gunmen attacked the village of Kouakourou on Monday, killing four people. The bodies were taken to the morgue "
    "in Mopti.",
])
def test_the_health_centre_or_morgue_the_victims_were_taken_to_is_no_second_incident(text):
    (e,) = violent(text)
    assert e.location == "Kouakourou"


# --- dates -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, day", [
    ("The day before yesterday, a patrol hit a roadside bomb near Gao, killing two soldiers.", "2026-03-04"),
    ("On the evening of the day before yesterday, a drone hit a car in Bilozerka, killing one man.", "2026-03-04"),
    ("Gunmen killed three villagers in Gwoza the night before last.", "2026-03-04"),
    ("On the 2nd of this month gunmen opened fire on a checkpoint in Tarmiyah, killing two policemen.", "2026-03-02"),
])
def test_days_told_against_the_report_date(text, day):
    (e,) = violent(text)
    assert e.event_date == day


@pytest.mark.parametrize("text, day", [
    ("Troops of the 4th Brigade came under fire in Tarmiyah on Tuesday, losing two soldiers.", "2026-03-03"),
    ("On the 5th day of the offensive, shelling killed two civilians in Tarmiyah.", PUB),
])
def test_an_ordinal_that_is_no_day_of_the_month_dates_nothing(text, day):
    (e,) = violent(text)
    assert e.event_date == day


# --- figures ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, toll", [
    ("Strike on car near Tyre kills one\n\nA man was killed when a drone struck a car near Tyre on Monday.", 1),
    ("Drone attack kills one in Kherson\n\nAn elderly woman was killed when a drone hit her house in Kherson on "
     "Thursday, the regional governor said.", 1),
])
def test_a_headlines_one_dead_is_the_bodys_one(text, toll):
    (e,) = violent(text)
    assert e.fatalities == toll


def test_a_further_victim_after_a_headlines_one_is_still_counted():
    evs = violent("Strike on car near Tyre kills one\n\nA man was killed when a drone struck a car near Tyre on "
                  "Monday. A second strike killed a woman in Qana.")
    assert [(e.location, e.fatalities) for e in evs] == [("Tyre", 1), ("Qana", 1)]


@pytest.mark.parametrize("text", [
    "Shelling of the Abu Shouk displacement camp on Tuesday killed 15 people and injured 26, bringing the number of "
    "casualties in the camp since the start of August to more than 200.",
    "Shelling of the Abu Shouk displacement camp on Tuesday killed 15 people and injured 26, bringing the death toll "
    "in the camp since August to 200.",
])
def test_a_running_total_after_the_days_toll_keeps_the_incident(text):
    (e,) = violent(text)
    assert (e.fatalities, e.injured) == (15, 26)


@pytest.mark.parametrize("sentence", [
    "A man riding a bicycle was killed when a drone struck Kherson on Monday.",
    "A 60-year-old farmer driving a tractor was killed by a mine near Izium.",
])
def test_what_the_victim_was_riding_is_no_second_victim(sentence):
    assert [f for f in figures(sentence) if f[0] == "killed"] == [("killed", 1, "people")]


# --- a tracker's rows: day, region, district or town -----------------------------------------------

@pytest.mark.parametrize("text, published, want", [
    ("NE Nigeria incident log\n\n12/12 - Borno - Gwoza: Fighters attacked a military post at Pulka; 6 insurgents "
     "killed.\n13/12 - Yobe - Gujba: Gunmen on motorcycles killed 3 traders on the Buni Yadi road.", "2025-12-16",
     [("2025-12-12", "Borno", "Gwoza"), ("2025-12-13", "Yobe", "Gujba")]),
    ("SOMALIA WEEKLY SECURITY TABLE\nDate | Region | District | Incident\nMon 1 Dec | Sool | Las Anod | Clashes east of "
     "the town; 7 fighters killed.\nTue 2 Dec | Lower Shabelle | Marka | Mortar rounds hit near the district office; "
     "1 civilian killed.", "2025-12-04", [("2025-12-01", "Sool", "Las Anod"), ("2025-12-02", "Lower Shabelle", "Marka")]),
    ("Sudan: daily summary\n\nSun 7 Dec / North Kordofan / Bara – Clashes on the road to El Obeid; 4 killed.",
     "2025-12-08", [("2025-12-07", "North Kordofan", "Bara")]),
])
def test_a_trackers_rows_are_placed_by_their_columns(text, published, want):
    got = [(e.event_date, e.admin1, e.location) for e in violent(text, published)]
    assert got == want


# --- resolution ------------------------------------------------------------------------------------

def _incidents(tmp_path, docs) -> list[set]:
    from store_fixtures import grouped
    return grouped(tmp_path, docs)


def test_a_raid_told_overnight_friday_joins_its_report_dated_saturday(tmp_path):
    from store_fixtures import doc
    docs = [doc("a", "Gunmen attacked the village of Tinfoul in the Douentza cercle overnight Friday, killing seven "
                     "villagers, local officials said.", "2025-11-08"),
            doc("b", "Seven villagers were killed when gunmen stormed Tinfoul, in the Douentza cercle, on Saturday, a "
                     "local official said.", "2025-11-09")]
    assert _incidents(tmp_path, docs) == [{"a", "b"}]


@pytest.mark.parametrize("source, text, admin1, location", [
    ("Zaporizhzhia City Council", "A missile hit an apartment block in the Shevchenkivskyi district on Sunday "
     "morning. Two people were killed and nine injured.", "Zaporizhzhia", "Zaporizhzhia (Shevchenkivskyi district)"),
    ("Sloviansk city military administration (Telegram)", "Shelling of the city centre. Two dead and four wounded, all "
     "civilians. Please stay in shelters!", "Donetsk", "Sloviansk"),
    ("Kherson Regional Military Administration", "The enemy shelled the Dniprovskyi district with artillery. A man "
     "was killed and two women were injured.", "Kherson", None),
])
def test_the_authority_that_posted_a_report_places_what_it_leaves_unnamed(source, text, admin1, location):
    from conflictlens.api import extract_document
    from conflictlens.model import Document
    (e,) = [e for e in extract_document(Document("t", text, "2025-11-09", source)) if e.plover is None]
    assert e.admin1 == admin1
    if location:
        assert e.location == location


@pytest.mark.parametrize("source", ["Kyiv Independent", "Ukrinform", "State Emergency Service of Ukraine",
                                    "General Staff of the Armed Forces of Ukraine", "Reuters"])
def test_an_outlet_or_a_national_body_places_nothing(source):
    from conflictlens.authority import source_place as _source_place
    assert _source_place(source) is None


# --- more place forms, and one person told twice ---------------------------------------------------

@pytest.mark.parametrize("text, location", [
    ("Three suspected rebels were killed in a firefight with troops in the hinterlands of Magpet, Cotabato, on Monday.",
     "Magpet"),
    ("Clashes continued on Wednesday in the hills above Minova, killing four fighters.", "Minova"),
    ("The enemy launched a massive attack with Grad rockets on the central part of Kherson. A woman was killed.",
     "Kherson"),
])
def test_the_hinterland_hills_or_part_of_a_town_name_it(text, location):
    (e,) = violent(text)
    assert e.location == location


@pytest.mark.parametrize("text", [
    "Part of the battle for Mosul: five soldiers were killed in a suicide car bombing.",
    "Two soldiers serving as part of MINUSMA were killed when their convoy hit a mine.",
])
def test_part_of_a_battle_or_a_mission_is_no_place(text):
    (e,) = violent(text)
    assert e.location not in ("Battle", "MINUSMA")


def test_a_victim_told_again_with_the_is_the_same_one():
    (e,) = violent("Unknown gunmen assassinated a former opposition commander in Daraa on Monday. The commander was "
                   "shot dead outside his home in the city.")
    assert (e.fatalities, e.event_type) == (1, "Violence against civilians")


@pytest.mark.parametrize("sentence, want", [
    ("Artillery fire on Sunday left 30 casualties, of them 8 dead.", [("injured", 22, "people"), ("killed", 8, "people")]),
    ("The blast caused 12 casualties, among them three dead.", [("injured", 9, "people"), ("killed", 3, "people")]),
    ("The shelling caused 30 casualties, including 8 killed.", [("injured", 22, "people"), ("killed", 8, "people")]),
])
def test_casualties_with_their_dead_told_are_the_dead_and_the_hurt(sentence, want):
    assert figures(sentence) == want


def test_nobody_of_two_groups_hurt_is_no_one_hurt():
    assert figures("No Afghan civilians or members of the security force were injured in the operation.") == [
        ("injured", 0, "people")]


def test_an_idf_strike_that_eliminated_someone_is_a_strike():
    (e,) = violent("The IDF struck and eliminated a Hezbollah terrorist in the area of Bint Jbeil in southern Lebanon on "
                   "Wednesday.")
    assert e.event_type == "Explosions/Remote violence"


def test_a_headlines_totals_that_the_later_incidents_make_up_are_not_the_firsts():
    evs = violent("Sumy region: one killed, three injured in drone and bomb attacks\n\nA drone hit a car in Bilopillia on "
                  "Wednesday morning, killing the driver. In the afternoon, a guided bomb struck a house in Krasnopillia, "
                  "injuring three people.")
    assert [(e.location, e.fatalities, e.injured) for e in evs] == [("Bilopillia", 1, None), ("Krasnopillia", None, 3)]


def test_another_engagement_told_with_its_day_and_place_is_an_incident_of_its_own():
    evs = violent("RAWALPINDI, April 18: During the early morning hours, security forces conducted an intelligence-based "
                  "operation in Mir Ali, North Waziristan District. Troops engaged the militants' hideout and six militants "
                  "were killed. Two soldiers embraced shahadat.\n\nIn another engagement on 16 April, security forces "
                  "intercepted a group of militants in Tank District. Three militants were killed, while one soldier was "
                  "injured.", "2025-04-18")
    assert [(e.location, e.fatalities, e.event_date) for e in evs] == [("Mir Ali", 8, "2025-04-18"),
                                                                        ("Tank", 3, "2025-04-16")]


def test_a_label_keeps_its_town_over_a_road_to_a_town_near_it():
    (e,) = violent("SINALOA\n- Navolato, 17 Aug: Army troops clashed with armed men on the road to Altata; five attackers "
                   "and one soldier were killed.", "2025-08-18")
    assert (e.admin1, e.location) == ("Sinaloa", "Navolato")


def test_a_home_and_a_tent_struck_the_same_day_nearby_are_two_strikes(tmp_path):
    from store_fixtures import doc
    docs = [doc("a", "An Israeli airstrike on a house in Bani Suheila killed nine members of one family on Wednesday, "
                     "the civil defence said.", "2025-11-05"),
            doc("b", "An Israeli airstrike hit tents sheltering displaced people in Khan Younis on Wednesday evening, "
                     "killing four people, medics said.", "2025-11-05"),
            doc("c", "Nine members of a family were killed when an airstrike destroyed their home in Bani Suheila, east "
                     "of Khan Younis, on Wednesday.", "2025-11-06")]
    assert _incidents(tmp_path, docs) == [{"a", "c"}, {"b"}]


def test_a_sunday_night_attack_and_a_monday_reprisal_with_other_tolls_are_two(tmp_path):
    from store_fixtures import doc
    docs = [doc("a", "Gunmen killed twelve villagers in an attack on Daffo, in Bokkos local government area, Plateau State, "
                     "on Sunday night, police said.", "2025-11-10"),
            doc("b", "A mob attacked a Fulani settlement at Manguna, in Bokkos local government area, Plateau State, on "
                     "Monday, killing four people, police said.", "2025-11-11")]
    assert _incidents(tmp_path, docs) == [{"a"}, {"b"}]
