"""The twenty-first session's rules: each input a short report in our own words. Most assertions are
what the code before the session got wrong; those marked "guard" keep a new rule from reaching too far."""
from __future__ import annotations

import pytest

from conflictlens import extract
from conflictlens.extract import countries
from conflictlens.geo.gazetteer import load

PUB = "2026-03-06"      # a Friday


def violent(text: str, published: str = PUB) -> list:
    return [e for e in extract(text, published=published) if e.plover is None]


# --- places ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("code, town", [("NDU", "Rundu"), ("TEE", "Tébessa"), ("BHJ", "Bhuj")])
def test_an_airport_code_is_no_name_of_its_town(code, town):
    # GeoNames lists airports' codes among towns' alternate names: a village abroad spelt alike is no such town
    assert town not in {p.name for _pid, p in load().candidates(code)}


def test_a_two_letter_syllable_is_no_name_of_a_city():
    # ("Te" is among Dezhou's old names: a village called "Tee" is not in China)
    assert "Dezhou" not in {p.name for _pid, p in load().candidates("Tee")}


@pytest.mark.parametrize("text, admin1", [
    ("Cameroonian soldiers killed two separatists in Mbiame, a village in Bui division of the North West Region, on "
     "Tuesday.", "North-West"),
    ("Rebels killed four civilians in the South West Region of Cameroon on Tuesday.", "South-West"),
])
def test_a_region_named_by_its_side_alone(text, admin1):
    (e,) = violent(text)
    assert (e.country, e.admin1) == ("Cameroon", admin1)


def test_a_side_named_region_is_one_of_the_reports_own_country():
    # guard: Ghana's Northern region is the likeliest "Northern" where no country is told
    (e,) = violent("Taliban fighters attacked a checkpoint in the Imam Sahib district of the Northern Province of "
                   "Afghanistan Kunduz, killing four policemen.")
    assert e.country == "Afghanistan"


def test_an_army_division_is_no_district():
    # guard: "division" names Cameroon's and Bangladesh's units, and armies' formations
    (e,) = violent("The 5th Infantry division shelled rebel positions near Kumbo on Tuesday, killing six fighters.")
    assert e.location == "Kumbo"


def test_a_village_its_town_and_its_province():
    (e,) = violent("Soldiers killed two rebels in Sitio Kabulnan, Guindulungan, Maguindanao del Sur, on Thursday.")
    assert e.country == "Philippines" and e.admin1


# --- incidents -------------------------------------------------------------------------------------

def test_another_town_in_the_same_division_is_another_incident():
    # guard: the division, now read in both, joined the two
    evs = violent("Two gendarmes were killed at a checkpoint near Ndop in the Ngoketunjia division of the North West "
                  "Region on Monday. In Babessi subdivision, also in Ngoketunjia, soldiers shot dead three young men in "
                  "the village of Bamali on Wednesday.")
    assert [(e.location, e.fatalities) for e in evs] == [("Ndop", 2), ("Bamali", 3)]


@pytest.mark.parametrize("text, admin1", [
    ("RSF fighters shelled residential areas of Babanusa on Monday, killing seven civilians.", "West Kordofan"),
    ("Gunmen killed four traders on the road out of Zalingei on Monday.", "Central Darfur"),
    ("A drone strike hit a market in El Geneina on Monday, killing five people.", "West Darfur"),
])
def test_sudans_newer_states_hold_their_towns(text, admin1):
    (e,) = violent(text)
    assert (e.country, e.admin1) == ("Sudan", admin1)


def test_burkina_fasos_regions_by_their_english_names():
    (e,) = violent("Jihadists killed 12 volunteers in a village of the Centre-North region on Monday.")
    assert (e.country, e.admin1) == ("Burkina Faso", "Centre-Nord")


def test_a_town_with_its_article_run_together():
    (e,) = violent("Militants attacked a police camp in Elwak on Monday, killing three officers.")
    assert (e.country, e.admin1) == ("Kenya", "Mandera")


@pytest.mark.parametrize("text", ["Troops recovered two rifles and a stock of Indian hemp.",
                                  "Pirates attacked a fishing boat in the Indian Ocean."])
def test_a_commodity_or_a_sea_named_after_a_country_names_no_country(text):
    assert not countries.find_countries(text)


# --- types -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "A suspected pickpocket was lynched by a mob at a bus park in Onitsha on Monday.",
    "Two men were killed when supporters of two rival candidates chased each other with sticks and machetes at a rally "
    "in Bogra on Sunday.",
    "Four people died when residents of two neighbouring villages attacked each other with arrows and stones near "
    "Kisumu on Friday.",
])
def test_a_crowds_fight_is_a_riot(text):
    (e,) = violent(text)
    assert (e.event_type, e.sub_event_type) == ("Riots", "Mob violence")


def test_rival_armed_factions_are_no_crowd():
    # guard: "rival factions" of a cartel or an army fight battles
    (e,) = violent("Gunmen of two rival factions of the cartel fought with rifles in Culiacan on Monday, leaving six dead.")
    assert e.event_type != "Riots"


@pytest.mark.parametrize("text, weapon", [
    ("Troops killed three separatists in a raid on a camp near Kumbo on Tuesday. Two rifles and a grenade launcher "
     "were seized.", None),
    ("Police killed two robbers in a shootout in Davao City on Monday. Two pistols and a hand grenade were recovered "
     "from the slain suspects.", "small arms"),      # (guard: the shootout's own weapon stays)
    ("Police fired rubber bullets and tear gas shells at protesters in Dhaka on Sunday, injuring 12.", None),
])
def test_weapons_seized_after_or_fired_at_a_crowd_are_no_weapon_of_the_attack(text, weapon):
    (e,) = violent(text)
    assert e.weapon == weapon


# --- figures ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, killed", [
    ("Eleven people were killed in a missile strike on Zaporizhzhia on Friday morning, officials said. Correction: "
     "the toll is seven, not eleven, the governor said.", 7),
    ("A drone strike on a market in Sumy on Friday killed 16 people, the mayor said. He later said six people were "
     "killed, not 16 as reported earlier.", 6),
    ("Twelve people were killed in a strike on Kherson on Friday. The governor later corrected the figure: eight people "
     "were killed.", 8),
])
def test_a_corrected_toll_replaces_the_first(text, killed):
    (e,) = violent(text)
    assert e.fatalities == killed


# --- army statements and resolution ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Earlier today, the IDF struck a Hamas command centre in the area of Deir al-Balah that was used to plan attacks.",
    "Overnight, the IDF conducted a precise strike on Hamas terrorists operating inside a compound in Gaza City.",
    "On 3 March, security forces learnt that armed terrorists were gathering near Monywa and conducted an air attack, "
    "clearing the terrorists.",
])
def test_an_armys_strike_told_without_a_toll_is_an_incident(text):
    (e,) = violent(text)
    assert e.event_type == "Explosions/Remote violence"


def test_two_unplaced_strikes_at_two_named_villages_stay_apart(tmp_path):
    from store_fixtures import doc, grouped
    docs = [doc("a", "The IDF struck and eliminated a Hezbollah operative in the area of Khirbet Selmoun in southern "
                     "Lebanon.", "2026-03-04"),
            doc("b", "The IDF struck a Hezbollah weapons storage facility in the area of Deir Mimess in southern "
                     "Lebanon.", "2026-03-04")]
    assert grouped(tmp_path, docs) == [{"a"}, {"b"}]


# --- posts, datelines, bodies ---------------------------------------------------------------------

def test_a_digest_of_posts_each_under_its_title_line():
    evs = violent("Valuyki urban district.\nIn the town, a drone hit a car near the market this morning. The driver was "
                  "killed.\n\nAlekseyevka urban district.\nIn the village of Ilovka, a drone dropped a charge on a yard. A "
                  "woman was wounded.", "2026-03-06")
    assert [(e.country, e.fatalities, e.injured) for e in evs] == [("Russia", 1, None), ("Russia", None, 1)]


def test_posts_headed_by_a_town_and_a_bar():
    evs = violent("Saraqib, eastern Idlib countryside |\n📍 Shelling hit the town's market this morning, killing two "
                  "civilians.\n\nDarkush |\n📍 A drone struck a car near the bridge this afternoon, wounding three men.")
    assert [(e.location, e.fatalities, e.injured) for e in evs] == [("Saraqib", 2, None), ("Darkush", None, 3)]


def test_a_body_recovered_later_raises_the_toll():
    (e,) = violent("Shelling hit a house in Ariha on Friday, killing three civilians. Rescuers later recovered a fourth "
                   "body from under the rubble.")
    assert e.fatalities == 4


def test_the_city_of_the_dateline_and_another_town_the_same_day():
    evs = violent("Shelling kills 4 at Sudan market\n\nNYALA, Sudan, March 7 (AFP) - Shells struck a market in the city on "
                  "Saturday, killing four people, a medical group said.\n\nAlso on Saturday, a drone hit a house in Kas, "
                  "killing a child, residents said.", "2026-03-07")
    assert [(e.location, e.fatalities) for e in evs] == [("Nyala", 4), ("Kas", 1)]


# --- communiqués ----------------------------------------------------------------------------------

def test_the_dead_a_toll_update_brings_are_no_wounded():
    (e,) = violent("Gunmen opened fire on customers in a bar in Celaya on Saturday night, killing five people and "
                   "wounding six. On Sunday prosecutors updated the toll, saying two of the wounded had died, bringing "
                   "the number of dead to seven.", "2026-03-08")
    assert (e.fatalities, e.injured) == (7, 6)


def test_captives_rescued_are_no_abduction():
    evs = violent("Troops killed four bandits in a gunfight near Gusau on Monday. In a related development, troops "
                  "rescued 11 kidnapped travellers at a forest camp near Tsafe on Tuesday.")
    assert [e.location for e in evs] == ["Gusau"]


def test_a_lead_that_totals_the_operations_told_below_is_no_incident_of_its_own():
    evs = violent("RAWALPINDI: Security forces killed 14 terrorists in three separate operations in Khyber Pakhtunkhwa, "
                  "the military said on Sunday.\n\nIn the first, five terrorists were killed in the Spinwam area of North "
                  "Waziristan District on Saturday.\n\nIn the second, four were killed near Tank on Saturday.\n\n"
                  "In the third, five terrorists were killed in Bannu District on Saturday night.", "2026-03-08")
    assert sorted(e.fatalities for e in evs) == [4, 5, 5]


@pytest.mark.parametrize("text, country, admin1", [
    ("Gunmen killed three farmers in the town of Santa Rosa, Nueva Ecija, on Sunday.", "Philippines", "Central Luzon"),
    ("A bomb went off beside an army truck in the municipality of Mataje, San Lorenzo, Ecuador, on Sunday, wounding "
     "two soldiers.", "Ecuador", "Esmeraldas"),
    ("Gunmen killed three farmers in the city of Kherson, the governor said on Sunday.", "Ukraine", "Kherson"),
])
def test_a_town_told_with_what_holds_it(text, country, admin1):
    (e,) = violent(text)
    assert (e.country, e.admin1) == (country, admin1)


# --- guards from the session's reviews -------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "A reputed mob boss was shot dead outside his home in Culiacan on Monday.",
    "Bandits killed 15 villagers of two neighbouring communities in Zamfara on Monday.",
    "A mob of armed bandits stormed a village in Sokoto State on Sunday and killed 20 people.",
])
def test_no_riot_where_no_crowd_fought(text):
    evs = violent(text)
    assert evs and all(e.event_type != "Riots" for e in evs)


@pytest.mark.parametrize("text, killed", [
    ("A suicide bomber killed 12 people at a market in Mogadishu on Monday. Two more people were killed, not 20 minutes "
     "later, when a second device went off nearby.", 14),
    ("Residents said 17 people were killed in the raid on Kwall on Monday, not seven as police claimed.", 17),
    ("Gunmen killed five inmates in a prison riot in Port-au-Prince on Monday; a correction officer said two guards "
     "were also killed.", 7),
])
def test_a_number_after_not_is_a_correction_only_when_told_as_one(text, killed):
    assert sum(e.fatalities or 0 for e in violent(text)) == killed


@pytest.mark.parametrize("text, weapon", [
    ("The bodies of five people killed in an airstrike on a market in Saada were recovered on Monday.", "airstrike"),
    ("Russian forces launched an air attack with missiles on Odesa overnight, killing two people.", "missile"),
    ("The IDF conducted an airstrike on a Hezbollah position near Khiam on Monday, killing two operatives.", "airstrike"),
])
def test_a_weapon_used_stays_the_weapon(text, weapon):
    (e,) = violent(text)
    assert e.weapon == weapon


@pytest.mark.parametrize("text", [
    "Kyiv accused Russia of having launched air attacks on civilian targets in the past.",
    "The air force conducted an air attack drill near Lahore on Monday.",
])
def test_an_air_attack_not_told_as_done_is_no_incident(text):
    assert not violent(text)


def test_a_commodity_that_is_no_drug_keeps_its_country():
    (e,) = violent("Gunmen killed two workers on a Kenyan tea estate on Monday.")
    assert e.country == "Kenya"


def test_a_dateline_city_is_no_scene_told_elsewhere_in_the_country():
    (e,) = violent("PESHAWAR, Pakistan (AP) - Gunmen attacked a police post in northwest Pakistan on Friday, killing four "
                   "officers, police in the town said.")
    assert e.location != "Peshawar"


def test_an_army_division_named_after_a_town_is_no_place():
    evs = violent("Paratroopers of the Pskov division were killed in the fighting, relatives said on Tuesday.")
    assert all(e.location != "Pskov" for e in evs)


def test_a_side_named_region_of_the_country_its_people_are_from():
    (e,) = violent("Soldiers killed three suspected rebels in the Eastern Province on Monday, the Rwandan army said.")
    assert e.country == "Rwanda"


def test_a_place_line_inside_a_paragraph_heads_nothing():
    evs = violent("Russian troops attacked the village of Hlushkivka with drones on Friday. Kupiansk district, Kharkiv "
                  "region. One man was wounded.")
    assert [(e.location, e.injured) for e in evs] == [("Hlushkivka", 1)]


def test_a_short_form_of_a_village_name_is_the_same_village(tmp_path):
    from store_fixtures import doc, grouped
    docs = [doc("a", "The IDF struck a Hezbollah weapons depot in Zawtar al-Sharqiya in southern Lebanon, killing two.",
                "2026-03-04"),
            doc("b", "Two people were killed when an Israeli strike hit Zawtar in southern Lebanon on Wednesday.",
                "2026-03-04")]
    assert grouped(tmp_path, docs) == [{"a", "b"}]


def test_two_unknown_villages_placed_at_one_province_stay_apart(tmp_path):
    from store_fixtures import doc, grouped
    docs = [doc("a", "Two soldiers were killed when gunmen ambushed a patrol in Barangay Lagunde, Datu Piang, Maguindanao "
                     "del Sur on Sunday.", "2026-03-08"),
            doc("b", "Two soldiers were wounded in a clash with militants in Shariff Saydona, Maguindanao del Sur, on "
                     "Sunday.", "2026-03-08")]
    assert grouped(tmp_path, docs) == [{"a"}, {"b"}]


# --- second round -----------------------------------------------------------------------------------

def test_the_one_region_a_report_names_places_its_unknown_village():
    evs = violent("Jihadists killed seven villagers near Kolba in Ada'a Berga woreda, West Shewa zone, Oromia region, on "
                  "Monday. On Tuesday, a drone strike hit a market in Gindeberet woreda, killing 12 people.")
    assert [e.admin1 for e in evs] == ["Oromia", "Oromia"]


def test_shells_fired_across_the_border_land_where_they_land():
    (e,) = violent("Stray shells fired during fighting across the border in Sudan's West Darfur landed in Adre on Monday, "
                   "killing two refugees, Chadian officials said.")
    assert (e.country, e.location) == ("Chad", "Adre")


def test_an_axis_is_its_end_towns():
    (e,) = violent("An improvised explosive device hit a bus along the Gao-Ansongo axis in northern Mali on Wednesday, "
                   "killing five passengers.")
    assert (e.country, e.admin1) == ("Mali", "Gao")


def test_dar_es_salaam_by_its_short_name():
    (e,) = violent("A bomb exploded near a bus station in Dar on Monday, killing two people.")
    assert e.country == "Tanzania"


def test_a_lead_with_its_own_town_is_no_round_up():
    evs = violent("Protests erupted across the country on Tuesday after police shot dead a protester in Nairobi. In "
                  "Kisumu, three people were injured. In Mombasa, two were wounded by rubber bullets.", "2026-03-04")
    assert [e.location for e in evs] == ["Nairobi", "Kisumu", "Mombasa"]


def test_a_toll_less_air_strike_claim_joins_no_other_kind_of_incident_in_its_region(tmp_path):
    from store_fixtures import doc, grouped
    docs = [doc("a", "The air force conducted an air attack on a terrorists' hideout in Borno State on Monday.", "2026-03-02"),
            doc("b", "Bandits killed eight farmers in Borno State on Monday, residents said.", "2026-03-02")]
    assert grouped(tmp_path, docs) == [{"a"}, {"b"}]


# --- third round --------------------------------------------------------------------------------------

def test_a_body_not_recovered_adds_no_death():
    (e,) = violent("Shelling hit a house in Ariha on Friday, killing three civilians. Rescuers have not yet recovered a "
                   "fourth body from the rubble.")
    assert e.fatalities == 3


def test_a_toll_doubted_is_no_strike_denied():
    (e,) = violent("It was unclear whether the Israeli strike on a car near Nabatieh on Monday killed a Hezbollah "
                   "commander.")
    assert e.sub_event_type == "Air/drone strike"


def test_a_lead_whose_parts_do_not_add_up_is_its_own_incident():
    evs = violent("Militants killed nine soldiers in two separate attacks in Tillaberi region on Monday. A week earlier, "
                  "15 civilians were killed in Banibangou, and four in Abala.", "2026-03-04")
    assert any(e.fatalities == 9 for e in evs)


def test_an_axis_in_the_region_it_runs_through():
    (e,) = violent("An IED hit a military vehicle on the Beni-Butembo axis in North Kivu on Monday, killing two soldiers.")
    assert (e.country, e.admin1) == ("Democratic Republic of the Congo", "Nord-Kivu")


def test_troops_across_the_border_fight_where_they_went():
    (e,) = violent("Nigerian troops killed 15 Boko Haram fighters across the border in Niger's Diffa region on Monday.")
    assert e.country == "Niger"


def test_a_toll_less_strike_claim_is_no_shooting_in_its_town(tmp_path):
    from store_fixtures import doc, grouped
    docs = [doc("a", "Earlier today, the IDF struck a Hamas command centre in Gaza City that was used to plan attacks.",
                "2026-03-04"),
            doc("b", "Israeli gunfire killed three people near an aid distribution point in Gaza City on Wednesday, medics "
                     "said.", "2026-03-04")]
    assert grouped(tmp_path, docs) == [{"a"}, {"b"}]
