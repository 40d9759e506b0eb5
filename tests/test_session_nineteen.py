"""The nineteenth session's rules: each input a short report in our own words; each assertion is
what the code before the session got wrong on it."""
from __future__ import annotations

import pytest

from conflictlens import extract
from conflictlens.extract.figures import sentence_figures
from conflictlens.extract.places import find_dateline_place, find_places
from conflictlens.text.tokens import tokenize

PUB = "2026-03-03"


def violent(text: str, published: str = PUB) -> list:
    return [e for e in extract(text, published=published) if e.plover is None]


def figures(sentence: str) -> list[tuple]:
    return [(f.status, f.best, f.role) for f in sentence_figures(tokenize(sentence), sentence, 0, 0) if f.status]


# --- figures ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, want", [
    ("Early reports from the town speak of one martyr and three wounded.", [("killed", 1, "people"), ("injured", 3, "people")]),
    ("The raid on the house left two martyrs, both of them brothers.", [("killed", 2, "people")]),
])
def test_martyrs_counted_beside_the_wounded_are_dead(sentence, want):
    assert figures(sentence) == want


def test_a_square_named_after_martyrs_counts_no_one():
    assert figures("Hundreds marched to Martyrs Square on Friday.") == []


@pytest.mark.parametrize("text, toll", [
    ("Army says troops repulse raid on border base, neutralise 27\n\nSoldiers beat back an attack on their base near "
     "Baga, Borno State, on Monday. 27 terrorists were neutralised, while one soldier was killed, the army said.", 28),
    ("Navy repels pirate assault, kills more than 40\n\nMarines repelled an assault on a patrol boat off Kismayo on "
     "Sunday, killing more than 40 of the attackers. Two marines died in the fighting, an officer said.", 43),
])
def test_a_headline_bare_count_is_the_bodys_count_of_attackers_not_more(text, toll):
    [e] = violent(text)
    assert e.fatalities == toll


def test_a_group_name_with_a_number_is_no_count():
    assert figures("Five M23 fighters were killed near the hill.") == [("killed", 5, "attackers")]


def test_cattle_counted_by_the_head_are_no_dead():
    assert figures("Two of the raiders were killed and 60 head of cattle recovered.") == [("killed", 2, "attackers")]


def test_a_year_before_a_noun_is_no_count():
    assert figures("A man who had signed the 2016 accord was shot dead at his farm.") == [("killed", 1, "people")]


@pytest.mark.parametrize("text", [
    "A community leader was shot dead on Monday night in Tierralta, Colombia.",
    "A social leader was gunned down on Monday in Tumaco, Colombia.",
])
def test_a_civic_leader_killed_is_a_civilian(text):
    [e] = violent(text)
    assert e.event_type == "Violence against civilians"


# --- weapons ---------------------------------------------------------------------------------------

def test_live_fire_is_small_arms_over_stones_thrown_before_it():
    [e] = violent("Stones were thrown and property was set on fire near the village of Burin on Tuesday. "
                  "A Palestinian man was killed by live fire, the ministry said.")
    assert e.weapon == "small arms"


# --- places and countries ---------------------------------------------------------------------------

def test_the_islamic_states_province_is_no_region():
    assert find_places("The Islamic State's Sahel Province said its fighters ambushed a convoy.", 0) == []


def test_a_region_cut_from_another_is_its_own_admin1():
    [e] = violent("Islamic State fighters killed 12 herders in the Ménaka region of Mali on Sunday.")
    assert (e.country, e.admin1) == ("Mali", "Menaka")


@pytest.mark.parametrize("text, name", [
    ("LOMÉ — Two soldiers were killed on Sunday.", "Lomé"),
    ("GOMA, Nov 3 (Reuters) - Police said two men were shot dead.", "Goma"),
])
def test_a_dateline_with_accented_capitals(text, name):
    assert find_dateline_place(text).name == name


def test_a_dateline_with_accented_capitals_dates_the_weekday_from_it():
    [e] = violent("BOGOTÁ, Nov 27 — A farmer was shot dead on Monday night in Tierralta, Córdoba.", published="2025-11-27")
    assert e.event_date == "2025-11-24"


def test_a_region_of_two_countries_is_the_one_of_the_dateline():
    [e] = violent("LOMÉ — Three gendarmes were killed by a roadside bomb in the Kpendjal prefecture, in the Savanes "
                  "region, on Sunday, the army said.")
    assert e.country == "Togo"


def test_cameroons_regions_by_their_french_names():
    [e] = violent("Cameroon: gunmen shot dead two herders near Batouri, in the Est region, on Sunday.")
    assert (e.country, e.admin1) == ("Cameroon", "East")



def test_a_people_before_a_camp_is_no_place():
    [e] = violent("Gunmen attacked a Tuareg camp in the Menaka region on Sunday, killing seven herders.")
    assert e.location != "Tuareg"


# --- incidents ----------------------------------------------------------------------------------------

def test_another_town_in_the_same_department_is_another_incident():
    evs = violent("Dissidents attacked a police post in Argelia, in southern Cauca, on Saturday, killing an officer.\n\n"
                  "A day earlier, a former fighter was shot dead in Suárez, in northern Cauca, the UN mission said.",
                  published="2025-11-30")
    assert sorted((e.location, e.event_date) for e in evs) == [("Argelia", "2025-11-29"), ("Suárez", "2025-11-28")]


def test_a_body_that_names_no_place_yet_keeps_the_headlines():
    evs = violent("Air strikes in Sambisa, attack on Chadian post\n\nMAIDUGURI — Jets struck militant camps on Thursday, "
                  "killing dozens of fighters, the air force said.\n\nIn Chad, militants attacked an army post in the Lac "
                  "province overnight, killing four soldiers, the army said.", published="2025-11-22")
    assert len(evs) == 2


def test_a_settlement_in_the_same_region_later_that_day_is_another_incident():
    evs = violent("Also on Sunday, in the Belgorod region, a drone hit a car in Novaya Tavolzhanka, killing the driver, "
                  "the governor said. On Sunday evening, a drone attack on the settlement of Oktyabrsky in the Belgorod "
                  "district injured a woman, he added.", published="2025-11-24")
    assert sorted(e.location for e in evs) == ["Novaya Tavolzhanka", "Oktyabrsky"]


# --- round-ups ---------------------------------------------------------------------------------------

def test_a_round_ups_heading_lines_place_the_paragraphs_under_them():
    text = ("CENTRAL MALI - WEEKLY SECURITY NOTES\n\nMOPTI REGION.\nOn Monday, a roadside bomb hit a minibus near Sofara. "
            "Six passengers were killed.\n\n- Ituri / Djugu territory -\nOn Sunday, militiamen and a self-defence group "
            "fought near Fataki. Four fighters were reported killed.")
    evs = violent(text, published="2025-11-20")
    assert [(e.location, e.admin1) for e in evs] == [("Sofara", "Mopti"), ("Fataki", "Ituri")]


def test_a_line_led_by_a_day_is_no_place():
    evs = violent("KP security notes\n\n17 Nov: Militants attacked a police post in Bannu; two constables were killed.\n"
                  "Yesterday: Troops killed four militants in a raid in Mir Ali, North Waziristan.", published="2025-11-21")
    assert [e.location for e in evs] == ["Bannu", "Mir Ali"]
    assert evs[1].country == "Pakistan"      # (an unknown town: the country of the digest's incident before it)


def test_a_bullet_town_of_the_country_the_notes_are_about():
    [e] = violent("Yemen - field notes, week 46\n\n* Hays: Artillery shells hit farmland on 10 Nov, wounding two boys.",
                  published="2025-11-12")
    assert (e.country, e.admin1) == ("Yemen", "Al Hudaydah")


# --- statements and claims that resolution needs as records --------------------------------------------

@pytest.mark.parametrize("text", [
    "The IDF said it struck a bulldozer vehicle in the area of Yaroun on Wednesday that Hezbollah was using.",
    "The IDF overnight struck a Hezbollah weapons storage facility in the area of Aitaroun, in southern Lebanon.",
    "The IDF and Shin Bet said on Saturday they had struck a Hamas operative in the area of Rafah.",
])
def test_an_army_statement_of_a_strike_on_a_thing_is_an_air_strike(text):
    [e] = violent(text, published="2025-10-11")
    assert (e.event_type, e.sub_event_type) == ("Explosions/Remote violence", "Air/drone strike")


def test_a_ship_struck_by_an_unknown_projectile_is_an_attack():
    [e] = violent("UKMTO has received a report of an incident 30 nautical miles west of Hodeidah, Yemen. The vessel was "
                  "struck by an unknown projectile, causing a small fire. The crew are safe.", published="2025-10-13")
    assert e.event_type == "Explosions/Remote violence"


def test_early_in_the_week_dates_a_round_ups_raid_to_the_weeks_start():
    [e] = violent("In northern Borno, jihadists attacked a military base early in the week; the army said its troops killed "
                  "31 attackers.", published="2025-10-11")        # a Saturday
    assert e.event_date == "2025-10-07" and e.time_precision == 2


def test_a_past_event_someone_took_part_in_does_not_date_the_strike():
    [e] = violent("IDF says it struck Hamas commander in Khan Yunis\n\nThe IDF said on Saturday it had struck a Hamas "
                  "commander who took part in the October 7 massacre, in the area of Khan Yunis.", published="2025-10-11")
    assert e.event_date == "2025-10-11"


@pytest.mark.parametrize("text, country", [
    ("Fighters attacked a Nigerian army base in Malam-Fatori, near the shores of Lake Chad, killing 15 soldiers.", "Nigeria"),
    ("Gunmen killed six soldiers near the Malian border in Tillaberi region on Friday.", "Niger"),
])
def test_a_lake_or_a_border_named_after_a_country_is_not_that_country(text, country):
    [e] = violent(text, published="2025-10-11")
    assert e.country == country


def test_a_name_the_gazetteer_lacks_run_together_with_its_town():
    [e] = violent("An Israeli strike killed eight people in a tent in Mawasi Khan Yunis on Saturday.", published="2025-10-11")
    assert (e.country, e.admin1, e.location) == ("Palestinian Territory", "Gaza Strip", "Khan Yunis")


def test_a_country_run_together_with_its_town_is_not_the_location():
    [e] = violent("Gunmen shot dead two guards in Afghanistan Kunduz on Saturday.", published="2025-10-11")
    assert (e.admin1, e.location) == ("Kunduz", "Kunduz")


# --- resolution -----------------------------------------------------------------------------------------

def _record(**kw) -> dict:
    base = dict(event_id="e", event_type="Battles", sub_event_type="Armed clash", plover=None, weapon="small arms",
                actor1=None, event_date="2025-10-10", time_precision=1, country="Niger", iso="NE", admin1="Tillaberi",
                location="Banibangou", geo_precision=3, where_prec=4, fatalities=10, injured=None, latitude=14.2,
                longitude=1.45, date_basis="text")
    base.update(kw)
    return base


def test_a_town_the_gazetteer_lacks_joins_the_same_town_in_a_report_that_names_no_country():
    from conflictlens.resolve.match import choose
    placed = _record()
    unplaced = _record(country=None, iso=None, admin1=None, geo_precision=None, where_prec=None, latitude=None,
                       longitude=None, fatalities=8)
    assert choose(unplaced, [(1, placed)]) == 1


def test_a_mine_and_a_bomb_with_the_same_toll_are_one_blast():
    from conflictlens.resolve.match import choose
    bomb = _record(event_type="Explosions/Remote violence", sub_event_type="Remote explosive/landmine/IED", weapon="IED",
                   country="Burkina Faso", iso="BF", admin1="Centre-Nord", location="Kaya", geo_precision=1, where_prec=1,
                   fatalities=4, latitude=13.09, longitude=-1.08, notes="A bomb hit a truck on the road near Kaya, killing four.")
    mine = dict(bomb, weapon="landmine", injured=3, notes="A truck hit a mine near Kaya; four passengers died.")
    assert choose(mine, [(1, bomb)]) == 1


# --- earlier incidents recalled in a long story ----------------------------------------------------------

STORY = ("Missile kills three in Pavlohrad\n\nPAVLOHRAD, Ukraine - A Russian missile struck a street in the city on Sunday "
         "evening, killing three people and wounding 20, the regional governor said. {recall} Investigators were "
         "collecting fragments of the missile. The mayor declared Monday a day of mourning in Pavlohrad.")


@pytest.mark.parametrize("recall", [
    "In the spring, a strike on an office block in Dnipro killed eight people and wounded 30.",
    "And in October, four people were killed when a drone hit a house in Nikopol.",
    "A month earlier, five people were killed in a strike on Synelnykove.",
])
def test_an_earlier_incident_recalled_is_no_incident_and_adds_nothing(recall):
    [e] = violent(STORY.format(recall=recall), published="2025-11-24")
    assert (e.location, e.fatalities, e.injured) == ("Pavlohrad", 3, 20)


def test_a_funeral_for_some_of_the_victims_is_no_new_incident():
    evs = violent("TURBAT: Three people were killed and 15 injured when a bomb exploded in the main market on Wednesday "
                  "evening, police said. Funeral prayers for two of the victims were offered on Thursday morning.",
                  published="2025-12-04")
    assert len(evs) == 1 and evs[0].fatalities == 3


# --- villages told with the unit that holds them ----------------------------------------------------------

@pytest.mark.parametrize("text, location, admin1", [
    ("Armed men killed seven civilians in Mubambiro, in the Bwito chiefdom of Rutshuru territory, on Monday.",
     "Mubambiro", "Nord-Kivu"),
    ("RSF shelling hit homes in the Tabarak locality, in North Kordofan, on Friday, killing four civilians.",
     "Tabarak", "North Kordofan"),
    ("Gunmen shot dead three herders at a cattle camp in the boma of Mathiang, Uror County, on Monday.", "Mathiang", None),
])
def test_a_village_told_with_its_unit_keeps_its_name(text, location, admin1):
    [e] = violent(text, published="2025-11-25")
    assert e.location == location
    if admin1:
        assert e.admin1 == admin1


def test_a_green_zone_is_no_town():
    evs = violent("Two rockets landed near the Green Zone in Baghdad on Monday, wounding three guards.", published="2025-11-25")
    assert [e.location for e in evs] == ["Baghdad"]


# --- attacks at sea -------------------------------------------------------------------------------------

def test_a_ships_crew_and_destination_name_no_country_and_the_sea_is_no_state():
    [e] = violent("The Liberia-flagged bulk carrier Coral Wind was struck by a missile on Monday while transiting the "
                  "southern Red Sea, its manager said. Its 19 crew are Filipino nationals.", published="2025-10-13")
    assert e.country is None and e.admin1 is None


def test_a_ship_named_with_its_kind_is_no_place():
    assert [p.name for p in find_places("One missile struck M/V Coral Wind, causing minor damage.", 0)] == []


def test_two_accounts_naming_one_ship_are_one_incident():
    from conflictlens.resolve.match import choose
    owner = dict(event_id="a", event_type="Explosions/Remote violence", sub_event_type="Shelling/artillery/missile attack",
                 plover=None, weapon="missile", event_date="2025-10-13", time_precision=1, country=None, iso=None,
                 location=None, fatalities=None, injured=1, date_basis="text",
                 notes="The bulk carrier Coral Wind was struck by a missile on Monday in the southern Red Sea.")
    claim = dict(owner, event_id="b", weapon="ballistic missile", country="Yemen", iso="YE", injured=None,
                 notes="The Houthis said they targeted the ship CORAL WIND in the Red Sea with ballistic missiles.")
    other = dict(claim, event_id="c", notes="The Houthis said they targeted the ship ORION STAR in the Gulf of Aden.")
    assert choose(owner, [(1, other), (2, claim)]) == 2


@pytest.mark.parametrize("text, location, admin1", [
    ("Gunmen shot dead two farmers in their orchard in Abu Khamis, north-east of Baquba, on Friday evening.",
     "Abu Khamis", "Diyala"),
    ("Armed youth attacked cattle camps in Pakeer Payam of Akobo County, Jonglei State, on Wednesday, killing nine.",
     "Pakeer", "Jonglei"),
    ("Militiamen attacked the displaced persons' camp of Largu, in the Walendu Pitsi chiefdom, Djugu territory, killing six.",
     "Largu", "Ituri"),
])
def test_a_village_told_from_a_town_near_it_or_with_its_unit(text, location, admin1):
    [e] = violent(text, published="2025-11-25")
    assert (e.location, e.admin1) == (location, admin1)


def test_a_town_far_from_the_one_it_is_told_from_is_not_placed_there():
    [e] = violent("Militants attacked a village near the town of Qayyarah Junction, some 280 km north of the capital "
                  "Baghdad, killing one villager.", published="2025-11-25")
    assert not (e.location == "Qayyarah Junction" and e.admin1 == "Baghdad")     # (the village is not kept at Baghdad's point)


def test_a_shop_in_a_district_is_no_village():
    [e] = violent("Two bombs went off at the Lotus Supercenter in Muang district of Pattani on Tuesday, wounding 20.",
                  published="2025-11-25")
    assert e.location != "Lotus Supercenter"


def test_another_spelling_of_suwayda():
    [e] = violent("Four gunmen were killed in clashes in Al-Mazraa village in the western countryside of Al-Suwaidaa on "
                  "Monday night.", published="2025-11-25")
    assert e.admin1 == "As-Suwayda"


def test_a_part_of_a_town_the_gazetteer_lacks_is_in_the_country_the_report_names():
    [e] = violent("PORT-AU-PRINCE, Haiti - Gang members stormed the Brooklyn area of Cite Soleil on Sunday, killing nine "
                  "residents.")
    assert e.country == "Haiti"


def test_a_village_chief_of_a_town_names_the_town():
    [e] = violent("SEGOU REGION.\nArmed men on motorbikes killed the village chief of Sokolo in front of his home on "
                  "Wednesday evening.", published="2025-11-20")
    assert e.location == "Sokolo"


def test_a_side_of_a_town_read_at_the_town_is_near_it():
    [e] = violent("Gunmen killed 20 villagers in Southern Kaduna on Sunday.", published="2025-11-25")
    assert (e.admin1, e.geo_precision) == ("Kaduna", 2)
