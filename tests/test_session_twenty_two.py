"""The twenty-second session's rules: each input a short report in our own words. Most assertions are
what the code before the session got wrong; those marked "guard" keep a new rule from reaching too far."""
from __future__ import annotations

import pytest

from conflictlens import extract
from conflictlens.extract import tables

PUB = "2026-06-12"      # a Friday


def violent(text: str, published: str = PUB) -> list:
    return [e for e in extract(text, published=published) if e.plover is None]


# --- incident tables --------------------------------------------------------------------------------

PIPE_TABLE = """Security incidents reported in Yemen, week 23.
| No. | Date | Governorate | District | Incident | Killed | Injured |
|-----|------|-------------|----------|----------|--------|---------|
| 1 | 8 June | Taiz | Sabir al-Mawadim | Sniper fire on a water queue | 1 | 2 |
| 2 | 9 June | Marib | Sirwah | Artillery shelling of houses | 4 | 6 |
| 3 | 10 June | Al Hudaydah | Hays | Landmine under a farm track | 2 | - |
Compiled by the field office."""


def test_each_row_of_a_pipe_table_is_its_own_incident():
    evs = violent(PIPE_TABLE)
    assert [(e.event_date, e.admin1, e.fatalities) for e in evs] == [
        ("2026-06-08", "Taiz", 1), ("2026-06-09", "Marib", 4), ("2026-06-10", "Al Hudaydah", 2)]
    assert [e.injured for e in evs] == [2, 6, None]
    assert all(e.country == "Yemen" for e in evs)      # (the one country the report names)
    assert evs[1].sub_event_type == "Shelling/artillery/missile attack"


def test_a_rows_evidence_points_at_its_cells():
    e = violent(PIPE_TABLE)[1]
    spans = {s.field: s for s in e.evidence}
    assert spans["fatalities"].text == "4" and PIPE_TABLE[spans["fatalities"].start:spans["fatalities"].end] == "4"
    assert spans["event_date"].text == "9 June"
    assert spans["location"].text == "Sirwah"


def test_tab_and_semicolon_rows():
    tab = "Weekly log, Burkina Faso\nDate\tProvince\tLocality\tEvent\tDead\n" \
          "7 June\tSoum\tDjibo\tAmbush on an army convoy\t6\n9 June\tGourma\tFada N'Gourma\tBomb hit a bus\t3\n"
    assert [(e.event_date, e.location, e.fatalities) for e in violent(tab)] == [
        ("2026-06-07", "Djibo", 6), ("2026-06-09", "Fada N'Gourma", 3)]
    semi = "Attacks on villages logged this week\ndate; region; town; fatalities\n2026-06-05; Mopti; Bandiagara; 11\n" \
           "2026-06-06; Segou; Niono; 4\n"
    assert [(e.admin1, e.fatalities) for e in violent(semi)] == [("Mopti", 11), ("Segou", 4)]


@pytest.mark.parametrize("text", [
    "Cholera update\n| State | Locality | Cases | Deaths |\n|---|---|---|---|\n| Khartoum | Omdurman | 340 | 12 |\n",
    "Road accidents over the holiday\nDate\tCounty\tAccidents\tKilled\n24 Dec\tNakuru\t4\t3\n",
    "Deadliest attacks since 2010\n| Year | City | Killed |\n|---|---|---|\n| 2014 | Peshawar | 149 |\n",
    "Civilian deaths by region since February\n| Region | Killed |\n|---|---|\n| Donetsk | 4512 |\n",
])
def test_tables_of_other_deaths_are_no_incidents(text):
    # guard: no column tells what happened, and no day with violence around it
    assert violent(text, published="2026-06-12") == []


def test_a_total_row_and_a_row_the_prose_tells_are_left_out():
    text = ("Three people were killed on 8 June when shelling hit a market in Sirwah, Marib, officials said.\n"
            "| Date | Governorate | District | Event | Killed |\n|---|---|---|---|---|\n"
            "| 8 June | Marib | Sirwah | Shelling of a market | 3 |\n| 9 June | Taiz | Maqbanah | Sniper fire | 1 |\n"
            "| Total | | | | 4 |\n")
    assert sorted((e.event_date, e.fatalities) for e in violent(text)) == [("2026-06-08", 3), ("2026-06-09", 1)]


def test_a_rows_description_of_two_sentences_keeps_its_place_and_day():
    text = ("| Date | Oblast | Settlement | Description | Killed |\n|---|---|---|---|---|\n"
            "| 4 June | Sumy | Sumy | A drone hit a house. A man and his son were among the dead. | 2 |\n")
    (e,) = violent(text)
    assert (e.event_date, e.location) == ("2026-06-04", "Sumy") and e.fatalities == 2


def test_prose_with_semicolons_is_no_table():
    # guard: a sentence of clauses is read as ever
    text = "Gunmen killed three people in Kaduna; police said two were wounded; the state governor condemned it."
    assert tables.find_tables(text) == []
    assert tables.find_tables("Date; place; killed\nno rows follow here") == []
    (e,) = violent(text)
    assert (e.location, e.fatalities) == ("Kaduna", 3)


# --- rival sources' counts ------------------------------------------------------------------------------

def test_counts_of_several_sources_in_one_sentence_are_not_summed():
    (e,) = violent("Shelling hit a market in Kadugli, South Kordofan, on Wednesday. A doctors' network said 21 people were "
                   "killed and more than 40 injured; a medical source said 18 had died; the state news agency reported "
                   "14 dead and 37 wounded.")
    assert (e.fatalities_low, e.fatalities, e.fatalities_high) == (14, 14, 21)
    assert e.injured == 37


def test_paired_counts_of_two_officials():
    (e,) = violent("A drone hit central Sumy on Thursday. The mayor reported two dead and 18 wounded; the regional "
                   "governor put the toll at three dead and 21 injured.")
    assert (e.fatalities, e.fatalities_high, e.injured) == (2, 3, 18)


def test_further_victims_in_a_later_clause_still_add():
    # guard: a clause of more dead, or of another scene, is no rival count
    (e,) = violent("Gunmen killed four villagers in Tsafe on Tuesday, police said; two more died in hospital, a "
                   "doctor said.")
    assert e.fatalities == 6


# --- places ---------------------------------------------------------------------------------------------

def test_a_division_the_gazetteer_lacks_stays_in_the_armys_country():
    for text in ("Cameroon's army said troops killed six separatists in a raid in the Momo division on Thursday.",
                 "Cameroonian soldiers killed six separatists in a raid in the Momo division on Thursday."):
        (e,) = violent(text)
        assert e.country == "Cameroon"


def test_a_unit_only_one_country_has_names_it():
    for text, country in [("Gunmen killed three people in Kurfa LGA on Monday.", "Nigeria"),
                          ("Raiders killed 11 herders in Walgak payam on Monday.", "South Sudan"),
                          ("Gunmen shot dead a farmer in Barangay Tumahubong on Monday.", "Philippines")]:
        (e,) = violent(text)
        assert e.country == country


def test_a_hospitals_town_is_not_the_scene_told_after_it():
    (e,) = violent("Our surgical centre in Lashkar Gah admitted 12 patients on Sunday, all wounded by a roadside bomb "
                   "that hit a minibus near Gereshk.")
    assert e.location == "Gereshk"
    # guard: a hospital's town stands in where nothing else is named
    (e,) = violent("The hospital in Kherson treated four people wounded by shelling on Monday.")
    assert e.location == "Kherson"


def test_a_broadcaster_is_no_place():
    evs = violent("Al-Shabaab fighters attacked an army base near Baidoa on Friday. The militants claimed on Radio "
                  "Andalus to have killed 15 soldiers; the army said three soldiers died.")
    assert [e.location for e in evs] == ["Baidoa"]


def test_numbered_rows_of_a_digest_keep_their_places():
    evs = violent("Iraq weekly.\n1) 8 Jun - Kirkuk, Hawija: 2 soldiers killed in an ambush\n"
                  "2) 9 Jun - Diyala, Khanaqin: 1 civilian killed, 3 injured by a roadside bomb")
    assert [(e.event_date, e.location, e.admin1) for e in evs] == [
        ("2026-06-08", "Hawija", "Kirkuk"), ("2026-06-09", "Khanaqin", "Diyala")]


# --- what is no new incident --------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "A court in Nairobi on Monday jailed two men over a grenade attack on a bar in Garissa town that killed three.",
    "The court heard that on 3 March 2025 the accused opened fire at a bus stop in Kitengela, killing two commuters.",
    "A man accused of killing two people at a bus stop in Kitengela went on trial on Tuesday.",
    "An anti-terrorism court on Tuesday sentenced three men to death for the bombing of a seminary in Quetta in "
    "November 2024 that killed 14 students.",
    "Families of the 32 people killed in attacks on villages in Mangu in July 2025 gathered on Sunday to demand justice.",
    "Relatives of the nine people killed during a police raid in a favela in January held a vigil on Monday.",
    "The chehlum of the eight policemen martyred in an attack on a checkpoint forty days ago was observed in Bannu on "
    "Wednesday.",
])
def test_a_trial_or_a_memorial_of_a_past_deed_is_no_incident(text):
    assert violent(text) == []


def test_a_deed_told_beside_a_court_or_a_funeral_stays():
    # guards: the court's deed as the time of the sentence's own, a funeral the day after, mourners attacked
    (e,) = violent("A series of car bombs shook Baghdad on Sunday night, killing 32, hours after a court sentenced "
                   "the fugitive vice president to death.")
    assert e.fatalities == 32
    (e,) = violent("Funeral prayers of the five policemen martyred in an attack on a checkpost in Tank on Monday were "
                   "offered on Tuesday.")
    assert e.fatalities == 5
    (e,) = violent("Mourners at the funeral of a village chief in Gwoza came under attack on Thursday when a suicide "
                   "bomber blew herself up, killing 12 people.")
    assert e.fatalities == 12


def test_a_reports_past_incidents_each_their_own():
    evs = violent("A rights group said in a report published on Thursday that soldiers killed 11 civilians in the "
                  "village of Gubta in Ethiopia on 4 February 2026. The report also documents a drone strike on a "
                  "minibus near Debre Markos on 2 March 2026 that killed seven passengers. It further documents an "
                  "attack on 20 March 2026 in which militiamen killed two women in Dangila.")
    assert [(e.event_date, e.fatalities) for e in evs] == [("2026-02-04", 11), ("2026-03-02", 7), ("2026-03-20", 2)]


def test_tally_lines_of_a_digest_are_no_incidents():
    evs = violent("Somalia weekly security digest.\nOverview: 41 security incidents were recorded this week, with 52 "
                  "fatalities across all regions.\nLower Shabelle: Al-Shabaab fighters attacked an army base near "
                  "Afgoye on 10 June, killing four soldiers.\nTotals this week: 5 killed, 4 injured.")
    assert [(e.location, e.fatalities) for e in evs] == [("Afgoye", 4)]
    # guard: a headline's own toll before its count of attacks stays
    (e,) = violent("Two soldiers killed, four wounded in Donbas on June 6, 13 attacks recorded")
    assert e.fatalities == 2


# --- crowds' justice ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, killed", [
    ("Two men suspected of stealing a goat were lynched by a mob in Kisii on Wednesday.", 2),
    ("A man suspected to be a thief was beaten to death by a mob in Kampala on Monday.", 1),
    ("Residents of a village in Katsina State lynched nine suspected kidnappers on Sunday, police said.", 9),
    ("A woman accused of witchcraft was burnt alive by villagers in Kilifi on Monday.", 1),
])
def test_mob_justice_is_mob_violence_with_its_dead(text, killed):
    (e,) = violent(text)
    assert (e.event_type, e.sub_event_type, e.fatalities) == ("Riots", "Mob violence", killed)


def test_armed_men_lynching_is_no_crowd():
    # guard
    (e,) = violent("Gunmen lynched two traders in Kilifi on Monday.")
    assert e.event_type == "Violence against civilians"


def test_a_suspect_named_inside_the_phrase_is_not_counted_twice():
    # guard: "suspected of ... an Abu Sayyaf member" names someone of its own
    (e,) = violent("A man suspected of helping in the arrest of an Abu Sayyaf member was shot and later beheaded on "
                   "Monday.")
    assert e.fatalities == 1


# --- Cameroon's departments, regions named "Central", a city's countryside ---------------------------------

@pytest.mark.parametrize("text, admin1, location", [
    ("Separatist fighters killed three soldiers at a checkpoint in the Bui division on Wednesday.", "North-West", "Bui"),
    ("Separatist fighters attacked a checkpoint in Bali, in the Mezam division, on Saturday, killing one soldier.",
     "North-West", "Bali"),
    # (the village the gazetteer lacks keeps its name, at its department's point: twenty-fourth session)
    ("A suicide bomber blew herself up at a market in Mozogo, Mayo-Tsanaga, on Monday, killing three people.",
     "Far North", "Mozogo"),
    ("A female suicide bomber killed four worshippers at a mosque in Fotokol, in the Logone-et-Chari division of the "
     "Far North region, on Friday.", "Far North", "Fotokol"),
])
def test_a_department_of_cameroon_places_its_villages(text, admin1, location):
    (e,) = violent(text)
    assert (e.country, e.admin1, e.location) == ("Cameroon", admin1, location)


def test_a_town_of_the_units_own_country_stays():
    # guard: a unit's seat spelt otherwise ("Bogura district" is Bogra's) is no town abroad
    (e,) = violent("A bomb killed three people in Bogura district on Tuesday.")
    assert e.country == "Bangladesh" and e.geo_precision == 2


@pytest.mark.parametrize("text, country, admin1", [
    ("In Central Equatoria, soldiers shot dead two civilians at a checkpoint on Sunday evening.", "South Sudan",
     "Central Equatoria"),
    ("Gunmen shot dead three men in Deir ez-Zor's eastern countryside on Sunday.", "Syria", "Deir ez-Zor"),
])
def test_regions_told_by_their_side_or_their_countryside(text, country, admin1):
    (e,) = violent(text)
    assert (e.country, e.admin1) == (country, admin1)


def test_the_central_bank_is_no_region():
    # guard
    (e,) = violent("Gunmen shot dead a guard outside the Central Bank in Khartoum on Sunday.")
    assert e.location == "Khartoum"


def test_a_village_the_gazetteer_lacks_takes_the_country_of_the_reports_other_incidents():
    evs = violent("Rebel fighters overran a military outpost near Hpakant on Sunday, killing nine soldiers.\n\n"
                  "Artillery fire hit a camp for displaced people in Waingmaw township on Monday, killing two civilians.")
    assert [(e.country, e.place_basis) for e in evs] == [("Myanmar", "text"), ("Myanmar", "report")]


def test_a_country_named_whole_is_not_split_at_its_adjective():
    (e,) = violent("Two migrants were killed when border guards opened fire on a group trying to cross into Saudi Arabia "
                   "near Al-Raqw in the Monabbih district of Saada province on Sunday.")
    assert (e.country, e.admin1) == ("Yemen", "Saada") and e.location != "Arabia"


def test_wounded_told_after_a_list_of_the_dead_are_wounded():
    (e,) = violent("The hospital said it had received the bodies of nine people, including three children, killed in a "
                   "strike on a house in Nuseirat on Sunday, as well as 16 wounded.")
    assert (e.fatalities, e.injured) == (9, 16)


# --- the first review's near-misses (guards) -------------------------------------------------------------

@pytest.mark.parametrize("text, field, value", [
    ("A soldier sentenced to death for murder shot dead two guards while escaping from a prison in Kinshasa on Monday.",
     "fatalities", 2),
    ("Supporters of an opposition leader who was jailed over the deaths of protesters clashed with police in Conakry on "
     "Tuesday, leaving three people dead.", "fatalities", 3),
    ("Three police officers were jailed on Monday for the killing of a protester in 2023, and protesters outside the "
     "court were tear-gassed; two were injured.", "injured", 2),
    ("A memorial service for the 14 soldiers killed in 2019 was held at the base in Mopti on Sunday, when a rocket "
     "struck, injuring three.", "injured", 3),
    ("Residents of Kauru said gunmen killed 14 people in the village on 2 June and called on the government to deploy "
     "troops.", "fatalities", 14),
    ("Overview: Gunmen killed seven people in an attack on a village in Plateau state on Sunday.", "fatalities", 7),
])
def test_a_new_deed_beside_a_frame_stays(text, field, value):
    evs = violent(text)
    assert evs and getattr(evs[0], field) == value


def test_a_recalled_incident_is_no_documented_one():
    evs = violent("Gunmen killed nine people in Kambari on 2 June 2026. It was the second attack on the village this "
                  "year: on 12 January 2026 gunmen killed 14 people there.", published="2026-06-20")
    assert [(e.event_date, e.fatalities) for e in evs] == [("2026-06-02", 9)]


@pytest.mark.parametrize("text, sub", [
    ("Bandits stormed a village, rounded up villagers and burned three men alive in a hut on Monday.", "Attack"),
    ("Residents said militiamen lynched three men accused of spying in Djugu on Monday.", "Attack"),
    ("Kidnappers seized 12 herders in the Vina division on Monday.", "Abduction/forced disappearance"),
])
def test_no_crowd_where_armed_men_did_it(text, sub):
    (e,) = violent(text)
    assert e.sub_event_type == sub


def test_anti_lynching_law_is_no_lynching():
    assert violent("An anti-lynching bill was passed on Monday, after dozens of lynchings last year.") == []


@pytest.mark.parametrize("text, country, precision", [
    ("Azerbaijani forces shelled the Jermuk region on Monday, killing two soldiers.", "Armenia", None),
    ("RSF fighters stormed the hospital in El Fasher and killed patients on Tuesday.", "Sudan", 1),
    ("Two people were shot dead in Newport News on Saturday night.", "United States", 1),
])
def test_places_the_first_review_found_moved(text, country, precision):
    (e,) = violent(text)
    assert e.country == country and (precision is None or e.geo_precision == precision)


def test_a_side_of_a_country_is_no_region():
    (e,) = violent("In Central Sudan, RSF fighters killed 40 villagers in Wad al-Noura on Monday.")
    assert e.location != "Central Sudan" and e.country == "Sudan"


@pytest.mark.parametrize("text, killed", [
    ("Four people died at the scene, police said; six died in hospital, doctors said.", 10),
    ("Two people were killed in the morning, the governor said; in the evening, another strike killed three people, "
     "officials said.", 5),
    ("The army said four soldiers were killed; civil society leaders said the rebels killed seven villagers in "
     "Mutwanga.", 11),
    ("Rescuers said four bodies were pulled from the rubble on Monday; on Tuesday, they said they found two bodies.", 6),
    ("Police said four officers were killed in Mogadishu on Saturday; a local outlet reported six deaths.", 4),
])
def test_clauses_of_more_dead_still_add(text, killed):
    assert violent(text)[0].fatalities == killed


def test_protesters_petrol_bombs_are_a_riot_even_where_troops_answer():
    (e,) = violent("In Nasiriyah, protesters threw stones and petrol bombs at security forces guarding a bridge on "
                   "Monday, and troops opened fire.")
    assert (e.event_type, e.sub_event_type) == ("Riots", "Violent demonstration")
    # guard: an armed group's petrol bomb is its attack
    (e,) = violent("Militants hurled a petrol bomb at a lawmaker's house in Shopian on Monday. No one was hurt.")
    assert e.event_type == "Explosions/Remote violence"


# --- the second review's near-misses (guards) -------------------------------------------------------------

@pytest.mark.parametrize("text, killed", [
    ("Lawyers inside the Peshawar district court heard a loud explosion outside the main gate, where a suicide bomber "
     "killed four policemen on Monday.", 4),
    ("Three men were jailed for life on Monday for a church bombing in Owo in 2022, hours before gunmen killed five "
     "worshippers at a church in Kogi state.", 5),
    ("Key figures: Bandits killed nine people in Tsafe on Sunday; police said 14 attacks were recorded this week.", 9),
    ("Police said 12 attacks were recorded in the state since January, including Sunday's raid on Kurmin Masara that "
     "killed 11 villagers.", 11),
    ("The army said five soldiers were killed in the ambush near Tillaberi on Monday; residents said two people "
     "travelling with the convoy died.", 7),
])
def test_the_deed_beside_a_frame_a_tally_or_a_rival_clause_stays(text, killed):
    assert violent(text)[0].fatalities == killed


def test_soldiers_stationed_in_a_town_were_attacked_there():
    (e,) = violent("Insurgents attacked troops based in Damboa, Borno state, on Monday, killing three.")
    assert e.location == "Damboa"


def test_a_recalled_or_condemned_lynching_is_no_incident():
    assert violent("Lawmakers cited the lynching of two traders in Kano last year as they debated the bill on Monday.") == []


def test_an_armed_group_stoning_is_its_attack():
    (e,) = violent("Residents said al-Shabaab stoned a woman to death in Jilib on Monday.")
    assert e.event_type == "Violence against civilians"


def test_a_tables_rows_of_floods_weeks_or_totals_and_its_two_toll_columns():
    text = ("Burkina Faso incident log\n| Date | Province | Locality | Event | Civilians killed | Soldiers killed |\n"
            "|---|---|---|---|---|---|\n| 3 June | Soum | Djibo | Attack on a market | 12 | 4 |\n"
            "| 5 June | Seno | Dori | Flash flood swept away houses | 6 | 0 |\n"
            "| 1-7 June | Sahel | Several villages | Several attacks | 35 | - |\n| Week total | | | | 53 | 4 |\n")
    evs = violent(text)
    assert [(e.location, e.fatalities) for e in evs] == [("Djibo", 16)]


@pytest.mark.parametrize("text, killed", [
    ("Colleagues of the three journalists killed in Gaza last month held a vigil in Khan Younis on Friday, where an "
     "Israeli drone killed two people.", None),
    ("Parents of the 15 schoolchildren killed in last year's massacre gathered in Mubi on Monday after gunmen killed a "
     "teacher there.", None),
    ("Police said 12 attacks were recorded in Zamfara on Monday, in which bandits killed 30 people.", 30),
    ("Russian shelling killed two people in Nikopol on Monday, the governor said; a drone attack killed four people, "
     "regional officials reported.", 6),
])
def test_the_third_reviews_fresh_deeds_stay(text, killed):
    evs = violent(text)
    assert evs and (killed is None or sum(e.fatalities or 0 for e in evs) == killed)


def test_villagers_attacked_are_no_crowd():
    (e,) = violent("Militants who attacked villagers in Gwoza on Monday burned two men to death, residents said.")
    assert e.event_type == "Violence against civilians"


def test_another_gangs_deed_is_no_rival_count():
    # (the two deeds are not summed either: the "while" clause is read as the same incident's; the rival rule must not
    # cut the first toll to the second's)
    (e,) = violent("Bandits killed four people in Tsafe, residents said, while a gang of kidnappers killed two people, "
                   "police said.")
    assert e.fatalities >= 4


# --- after reading the held-out sets' misses (their totals were taken before these) -------------------------------

@pytest.mark.parametrize("text, killed, injured", [
    ("Paramedics said a man in his 40s was lightly hurt by shrapnel in Kiryat Shmona on Monday.", None, 1),
    ("Two women in their 30s were killed in a strike on Kherson on Monday.", 2, None),
    ("A woman in her early 60s was wounded in shelling of Nikopol on Monday.", None, 1),
])
def test_a_decade_of_age_is_no_count(text, killed, injured):
    (e,) = violent(text)
    assert (e.fatalities, e.injured) == (killed, injured)


def test_a_security_alerts_situation_label_is_no_place():
    (e,) = violent("Situation: armed men entered Solino from the Delmas 24 side on Monday, shooting at houses and killing two.")
    assert e.location != "Situation"


def test_an_alerts_zone_field_places_it():
    (e,) = violent("SECURITY ALERT\nZone: Solino / Delmas 24, Port-au-Prince\nTime: since 05h\nSituation: armed men entered "
                   "the area shooting at houses; residents report five civilians killed.")
    assert (e.country, e.location) == ("Haiti", "Port-au-Prince (Solino district)")     # (a district since session 23)


def test_a_township_named_like_a_village_abroad_stays_in_the_armys_country():
    (e,) = violent("Myanmar junta troops raided a village in Bilin township on Monday, shooting dead two farmers.")
    assert e.country == "Myanmar"
    # guard: a neighbour's district stays where it is
    (e,) = violent("Russian forces shelled the Polohy district on Monday, killing two.")
    assert e.country == "Ukraine"
