"""Thirtieth session: factbox entries led by a shouted town, claims and recalls that carry no toll, a town's other
districts, weapons that "visit", rumours in a chat, a monitor's follow-up visits."""
from __future__ import annotations

from conflictlens import extract
from conflictlens.extract.countries import find_countries
from conflictlens.extract.places import find_places

PUB = "2025-05-23"      # a Friday


def violent(text: str, published: str = PUB, source: str | None = None) -> list:
    return [e for e in extract(text, published=published, source=source) if e.event_type != "Strategic developments"]


def one(text: str, published: str = PUB, source: str | None = None):
    events = violent(text, published, source)
    assert len(events) == 1, [(e.location, e.fatalities, e.injured) for e in events]
    return events[0]


def names(sentence: str) -> list[tuple[str, str | None]]:
    return [(p.name, p.qualifier) for p in find_places(sentence, 0)]


# --- factbox entries led by their town in capitals

FACTBOX = ("FACTBOX-Attacks reported on Thursday\n\n"
           "May 23 (Desk) - Regional officials reported the following attacks.\n\n"
           "* SUMY - A drone hit a minibus on the edge of the city on Thursday morning, killing two passengers.\n\n"
           "* MARHANETS, Dnipropetrovsk region - Shelling on Thursday evening wounded a woman in her garden.\n\n"
           "* NATIONWIDE - The air force said it had downed 40 of 55 drones launched overnight.\n")


def test_a_factbox_entry_is_placed_at_its_shouted_town():
    events = violent(FACTBOX)
    assert [(e.location, e.fatalities, e.injured) for e in events] == [("Sumy", 2, None), ("Marhanets", None, 1)]


def test_guard_a_factbox_label_in_capitals_is_no_place():
    assert names("* WHEN: About 9 a.m. on Thursday, May 22.") == []
    assert names("* NATIONWIDE - The air force said it had downed 40 drones.") == []


def test_an_unbulleted_entry_is_placed_by_its_town_and_region():
    assert names("TURBAT (Balochistan) - Gunmen shot dead two labourers at a quarry.")[0] == ("Turbat", "label")
    assert names("MIR ALI, North Waziristan (Khyber Pakhtunkhwa) - Militants raided a checkpoint.")[0] == ("Mir Ali", "label")


def test_guard_a_datelines_town_is_no_entry_place():
    assert names("KABUL, Afghanistan (Sept. 13, 2010) - Security forces detained a bomb maker.") == []
    assert names("KYIV (Reuters) - Drones struck Odesa overnight.") == [("Odesa", None)]
    assert names("Kharkiv - a strike hit the city") == []


# --- counts that belong to no one in the report's incident

def test_a_claimants_passive_count_is_not_the_toll():
    e = one("A car bomb exploded at a checkpoint in Baidoa on Thursday. Police said nine people were killed. "
            "The militants claimed 25 soldiers were killed.")
    assert e.fatalities == 9


def test_a_massacre_named_by_its_noun_is_an_earlier_one():
    e = one("Five villagers were hacked to death on Friday in Mamove, in Beni territory, less than 24 hours after the "
            "killing of 14 people in Mabalako.")
    assert e.fatalities == 5


def test_the_second_attack_after_another_keeps_its_own_toll():
    e = one("A drone struck a tractor near Bilopillia on Thursday afternoon, killing the driver. It was the second "
            "deadly attack in the district that day, after a guided bomb killed three people in Vorozhba.")
    assert e.fatalities == 1


def test_an_attack_dated_after_the_count_of_attacks_is_recalled():
    events = violent("Two people were killed in a drone attack on Nikopol on Saturday morning, the governor said.\n\n"
                     "It is the third deadly attack on the town in ten days. On May 14, a ballistic missile hit a "
                     "dormitory in the town's Pivdennyi district, killing nine people.", "2025-05-24")
    assert [(e.location, e.fatalities, e.event_date) for e in events] == [("Nikopol", 2, "2025-05-24")]


# --- weapons

def test_a_hyphenated_glide_bomb_is_one():
    assert one("A Russian glide-bomb attack on Kupiansk killed two people on Thursday.").weapon == "glide bomb"


def test_an_armys_guided_aerial_munitions_are_glide_bombs():
    e = one("On 22 May, aviation struck a temporary deployment point in Vovchansk with guided aerial munitions.")
    assert e.weapon == "glide bomb"


def test_drones_shot_down_by_the_hundred_are_no_incident():
    events = violent("On 22 May, aviation struck a deployment point in Vovchansk with guided aerial munitions.\n\n"
                     "Air defence means shot down 31 fixed-wing unmanned aerial vehicles over the past day.")
    assert [e.weapon for e in events] == ["glide bomb"]


def test_drones_that_visited_a_town_struck_it():
    assert names("Overnight our Geran-2s once again visited Kherson.") == [("Kherson", None)]
    assert names("The minister visited Kherson on Thursday.") == [("Kherson", "speaker")]


# --- a town's streets and its other districts

def test_a_street_of_the_town_is_no_second_incident():
    e = one("Two drones hit Kharkiv on Thursday morning, killing one woman and injuring nine. One struck the facade of "
            "a block on Akademika Pavlova Street, the other exploded in the courtyard of a school.")
    assert (e.fatalities, e.injured) == (1, 9)


def test_guard_a_street_with_a_day_of_its_own_is_another_bombing():
    events = extract("A man set off three nail bombs in London in April 2001. The first bombing took place on 7 April "
                     "in Brixton. 30 people were injured. The second bombing, on April 14, targeted shoppers on Petticoat "
                     "Lane and wounded 9.")
    assert [(e.location, e.injured) for e in events if e.injured] == [("Brixton", 30), ("Petticoat Lane", 9)]


def test_another_part_of_the_city_is_the_same_city():
    events = violent("Russian drones hit a school yard in Zaporizhzhia on Thursday morning, wounding three people.\n\n"
                     "Later on Thursday, guided bombs struck a different part of the city, killing two.")
    assert [(e.location, e.fatalities, e.injured) for e in events] == [("Zaporizhzhia", None, 3),
                                                                       ("Zaporizhzhia", 2, None)]


def test_an_earlier_attack_on_another_district_is_its_own_incident():
    events = violent("Four people were killed in a glide-bomb attack on Kharkiv's Industrialnyi district on Thursday "
                     "evening, the governor said. Earlier on Thursday, a drone attack on the Shevchenkivskyi district "
                     "killed one man and wounded six.")
    assert sorted((e.weapon, e.fatalities, e.injured) for e in events) == [("drone", 1, 6), ("glide bomb", 4, None)]


# --- headlines, places told with a reference, markets

def test_a_headlines_one_man_is_the_bodys():
    e = one("Rockets hit Kramatorsk yard, killing a man\n\nA man was killed and four people were injured when "
            "rockets hit a courtyard in Kramatorsk on Thursday afternoon, the regional administration said.")
    assert (e.fatalities, e.injured) == (1, 4)


def test_a_town_told_in_hyphenated_control_is_found():
    assert ("Horlivka", None) in names("Monitors visited a hospital in non-government-controlled Horlivka on Thursday.")


def test_a_town_told_with_its_distance_from_a_city_is_the_scene():
    places = names("On 13 May, monitors followed up on reports of a casualty in Toretsk (40km north of Donetsk).")
    assert places == [("Toretsk", None), ("Donetsk", "reference")]


def test_a_monitors_visit_to_a_casualty_sets_a_new_scene():
    text = ("Monitors heard 40 explosions near Donetsk city on the night of 12-13 May.\n\n"
            "On 13 May, the mission followed up on reports of a civilian casualty in government-controlled Toretsk "
            "(40km north of Donetsk). Medical staff told the mission that a man had been admitted with shrapnel "
            "wounds after a shell exploded near his house.")
    events = violent(text, "2025-05-14")
    assert any(e.location == "Toretsk" and e.injured == 1 for e in events), [(e.location, e.injured) for e in events]


def test_a_market_named_after_a_country_is_no_country():
    assert find_countries("shells fell near Souq Libya in Omdurman") == []
    assert [c[0] for c in find_countries("refugees from Libya crossed at dawn")] == ["Libya"]


def test_gezira_is_sudans_al_jazirah():
    e = one("Paramilitary fighters stormed villages in eastern Gezira on Saturday, killing six.", "2025-01-20")
    assert e.country == "Sudan" and e.admin1 == "Al Jazirah"


# --- a chat's rumour, a hospital the wounded are in

def test_a_rumoured_toll_gives_way_to_the_confirmed_one():
    e = one("[14/05/2024, 07:43] Taras: channels saying Orikhiv hit, 6 dead. not confirmed\n"
            "[14/05/2024, 08:20] Olena: So confirmed: a missile hit Orikhiv this morning, 1 killed 2 wounded.",
            "2024-05-14")
    assert (e.fatalities, e.injured) == (1, 2)


def test_guard_a_toll_that_is_only_rumoured_is_told():
    assert one("Residents say a drone hit the market in Orikhiv this morning; 3 dead, not confirmed yet.",
               "2024-05-14").fatalities == 3


def test_the_hospital_a_wounded_woman_is_in_is_no_scene():
    assert ("Zaporizhzhia", "speaker") in names("Huliaipole was shelled last night, a woman was injured, she's in "
                                                 "hospital in Zaporizhzhia.")


# --- incident records: unit fields, counts by sex and age, the form's title

MINE_FORM = ("MINE ACTION WORKING GROUP - NORTH HUB\n"
             "UXO INCIDENT NOTIFICATION (Initial)\n\n"
             "Report date: 14.06.2024\n"
             "DATE/TIME OF INCIDENT : 12.06.2024, approx. 17:10\n"
             "OBLAST               : Chernihiv\n"
             "HROMADA              : Snovsk\n"
             "SETTLEMENT           : Shchors (pasture 2 km south of the settlement)\n"
             "DEVICE               : anti-personnel landmine, PFM-1 type\n\n"
             "CASUALTIES\n"
             "                 Men   Women   Boys   Girls   TOTAL\n"
             "Killed            0      0       1      0       1\n"
             "Injured           1      0       1      0       2\n\n"
             "Killed: herder boy (M, 14).\n"
             "Injured: his father (M, 44); a cousin (M, 12).\n")


def test_a_records_unit_fields_are_places_and_its_labels_none():
    assert names("Oblast: Kharkiv") == [("Kharkiv", None)]
    assert names("Province: Kunar          District: Asadabad          Village: Shigal") \
        == [("Kunar", None), ("Asadabad", None), ("Shigal", "label")]
    assert names("Device: anti-tank mine TM-62") == []
    assert names("Remarks: second incident in the hromada this month") == []


def test_a_mine_action_form_is_one_incident_counted_by_its_total_column():
    e = one(MINE_FORM, "2024-06-14")
    assert (e.fatalities, e.injured, e.event_date) == (1, 2, "2024-06-12")
    assert (e.country, e.admin1) == ("Ukraine", "Chernihiv")


def test_a_row_of_counts_with_no_total_column_is_summed():
    e = one("A landmine blew up under a tractor near Hays on Saturday.\n"
            "                 Men   Women   Boys\n"
            "Killed            1      1       0\n"
            "Injured           0      2       1\n", "2022-07-11")
    assert (e.fatalities, e.injured) == (2, 3)


def test_a_victims_sex_and_age_is_no_count():
    e = one("A roadside bomb hit a minibus near Hays on Saturday, killing two women (F, 35 and F, 52).", "2022-07-11")
    assert e.fatalities == 2


def test_a_records_day_and_settlement_fields_date_and_place_it():
    e = one("Report date: 14.06.2024\nDate/time of incident: 12.06.2024, approx. 17:10\nSettlement: Snovsk\n"
            "Device: anti-personnel landmine\nVictims: a shepherd was killed.\nRemarks: the second incident in the "
            "hromada this month.", "2024-06-15")
    assert (e.event_date, e.location, e.fatalities) == ("2024-06-12", "Snovsk", 1)


def test_a_members_written_question_is_no_incident():
    events = violent("Question UIN 2231, tabled on 3 March 2025\n\nTo ask the Secretary of State what assessment he has "
                     "made of Russian drone attacks on Kharkiv oblast.\n\nAnswered on 10 March 2025\n\nOn 6 March a "
                     "missile struck a hospital in Kupiansk, injuring four staff.", "2025-03-10")
    assert [(e.location, e.injured, e.event_date) for e in events] == [("Kupiansk", 4, "2025-03-06")]


def test_a_charge_of_abuses_over_years_is_no_incident():
    events = violent("Both sides have been responsible for serious abuses, including killings and abductions. On 3 "
                     "September, gunmen attacked the market in Kumbo, killing two traders.", "2023-09-12")
    assert [(e.location, e.fatalities) for e in events] == [("Kumbo", 2)]


def test_a_generic_region_picks_the_namesake_town_inside_it():
    e = one("On 3 September, armed separatists attacked the weekly market in Bali, in the North-West region, killing "
            "four traders.", "2023-09-12")
    assert (e.country, e.admin1) == ("Cameroon", "North-West")


def test_an_unseparated_tally_is_two_counts():
    e = one("A missile hit Orikhiv this morning: 2 killed 3 wounded.", "2024-05-14")
    assert (e.fatalities, e.injured) == (2, 3)


def test_one_admitted_with_wounds_is_injured():
    e = one("In Toretsk, a man had been admitted with shrapnel wounds after shelling on Thursday.")
    assert e.injured == 1


# --- guards from the review: what the new rules must leave alone

def test_guard_another_strike_after_midnight_keeps_its_toll():
    assert one("Another strike after midnight killed two people in Nikopol, the governor said.").fatalities == 2


def test_guard_a_double_tap_strike_keeps_its_toll():
    events = violent("A Russian missile hit a residential building in Kharkiv on Thursday. The second strike came 10 "
                     "minutes after the first and killed two rescuers.")
    assert sum(e.fatalities or 0 for e in events) == 2


def test_guard_a_massacre_that_is_the_news_is_told():
    e = one("Hundreds of residents fled Mamove on Friday after the massacre of 20 villagers by rebels on Thursday night, "
            "local officials said.")
    assert e.fatalities == 20


def test_guard_a_datelines_outlet_in_brackets_is_no_region():
    assert names("MOGADISHU (Garowe Online) - Militants attacked a military base in Lower Shabelle.") \
        == [("Lower Shabelle", None)]


def test_guard_a_factbox_topic_in_capitals_is_no_place():
    e = one("FACTBOX-What we know about the Sumy strike\n\n* KEY FACTS - A Russian ballistic missile struck a bus in "
            "Sumy on Thursday, killing nine passengers.\n\n* REACTION - The president called for more air defence.")
    assert (e.location, e.fatalities) == ("Sumy", 9)


def test_guard_an_unconfirmed_detail_leaves_the_toll():
    e = one("A missile struck Odesa on Thursday, killing eight people, the governor said, adding that the type of "
            "missile was not yet confirmed. Rescuers pulled five bodies from the rubble overnight.")
    assert e.fatalities == 8


def test_guard_a_ministers_visit_after_a_strike_is_no_incident():
    events = violent("Two people were killed when a missile hit a shop in Kharkiv on Thursday. A day after the missile "
                     "strike, the prime minister visited Sumy to discuss air defences.")
    assert [e.location for e in events] == ["Kharkiv"]


def test_guard_reports_of_casualties_denied_open_no_incident():
    events = violent("Two people were killed by shelling in Kherson on 12 May, the governor said. On 13 May, local media "
                     "carried reports of casualties in Mykolaiv, which officials denied.")
    assert [e.location for e in events] == ["Kherson"]


def test_a_souk_al_named_after_a_country_is_no_country():
    assert find_countries("shells fell near Souk al-Libya in Omdurman") == []


# --- totals over a period, a victim's nationality, a briefing's country sections

def test_a_toll_over_that_period_is_no_incident():
    events = violent("A drone struck a car in Bint Jbeil on Sunday, killing two men. Exchanges of fire have continued "
                     "almost daily since October. More than 300 people have been killed in Lebanon over that period, "
                     "according to a tally by this newspaper.", "2024-06-25")
    assert [(e.location, e.fatalities) for e in events] == [("Bint Jbeil", 2)]


def test_a_toll_since_the_fighting_escalated_is_no_incident():
    events = violent("On Sunday, shelling hit a camp on the edge of El Fasher, in North Darfur, killing 11 people. Since "
                     "fighting escalated in mid-May, we have received reports of hundreds of civilians killed in and "
                     "around El Fasher.", "2024-06-18")
    assert [e.fatalities for e in events] == [11]


def test_a_victims_nationality_is_not_the_incidents_country():
    events = violent("An Israeli drone struck a motorcycle in Bint Jbeil, in southern Lebanon, on Sunday, killing two "
                     "men.\n\nOn Monday, Israeli artillery shells fell on the outskirts of Khiam, wounding three "
                     "civilians, among them a Syrian farm worker.", "2024-06-25")
    assert [e.country for e in events] == ["Lebanon", "Lebanon"]


def test_a_briefings_country_heading_places_its_section():
    text = ("Noon briefing\n\n**Ukraine**\nYesterday a missile struck a clinic in Dnipro, killing seven people.\n\n"
            "**Sudan**\nOn Sunday, shelling hit the Zamzam camp on the edge of the city, killing 11 people.")
    events = violent(text, "2024-06-18")
    assert [e.country for e in events] == ["Ukraine", "Sudan"]


# --- resolution: one town in two spellings, one of them unknown to the gazetteer

def _record(**kw) -> dict:
    base = dict(event_id="e", event_type="Explosions/Remote violence", sub_event_type="Air/drone strike", plover=None,
                weapon="airstrike", actor1=None, event_date="2019-06-04", time_precision=1, country="Syria", iso="SY",
                admin1="Idlib", location="Ariha", geo_precision=1, where_prec=1, fatalities=10, injured=None,
                latitude=35.81, longitude=36.61, date_basis="text")
    base.update(kw)
    return base


def test_a_town_spelt_otherwise_and_placed_by_its_region_joins_the_town():
    from conflictlens.resolve.match import choose
    town = _record(notes="Air strikes hit the market in Ariha on Tuesday, killing 10.")
    other = _record(location="Areeha", geo_precision=3, where_prec=4, latitude=35.93, longitude=36.63, fatalities=13,
                    notes="Air strikes on the market of Areeha in Idlib province on Tuesday killed 13.")
    assert choose(other, [(1, town)]) == 1


def test_guard_a_town_spelt_unlike_stays_apart():
    from conflictlens.resolve.match import choose
    town = _record(notes="Air strikes hit the market in Ariha on Tuesday, killing 10.")
    other = _record(location="Kafranbel", geo_precision=3, where_prec=4, latitude=35.93, longitude=36.63, fatalities=13,
                    notes="Air strikes on the market of Kafranbel in Idlib province on Tuesday killed 13.")
    assert choose(other, [(1, town)]) is None


def test_a_registers_victims_field_is_counted_and_a_cross_reference_is_not():
    e = one("Date/time of incident: 26.09.2023, approx. 11:20\nSettlement: Balakliia\nDevice: anti-tank mine TM-62M\n"
            "Victims: 1 - male, 39, tractor operator - killed\nRemarks: second incident in the hromada this month (see "
            "KH-2023-0911-02, livestock loss, no human casualties).", "2023-09-27")
    assert (e.fatalities, e.injured) == (1, None)
    assert e.figures[0].text.startswith("1 - male, 39")    # the evidence is the report's own words


# --- a source by its initials, a lead region below a header, the overnight attack told before

def test_a_security_secretariat_by_its_initials_places_its_log():
    from conflictlens.authority import source_place
    assert source_place("SSP Culiacán shift report (translated)").name == "Culiacán"
    e = one("Shift report, Monday 9 September 2024\n23:10 h - Col. Infonavit Barrancos: homicide by firearm. One "
            "male dead on the public road.", "2024-09-10", source="SSP Culiacán shift report")
    assert (e.country, e.admin1) == ("Mexico", "Sinaloa")


def test_a_lead_region_below_a_header_and_its_date_line_places_the_villages():
    e = one("Border detachment (State Border Guard Service)\nMonday, 29 April 2024 | 09:12\n\nOver the past 24 hours "
            "the Russians attacked the border areas of Kharkiv region 28 times.\n\n🔹 Yesterday at about 17:50 the enemy "
            "dropped a guided aerial bomb on Zolochiv. A 45-year-old woman was injured.", "2024-04-29")
    assert (e.admin1, e.location) == ("Kharkiv", "Zolochiv")


def test_the_overnight_attack_named_again_is_the_one_told():
    e = one("The insured reports that at about 03:45 on Saturday, 23 August 2025, a drone shot down over Kyiv fell on "
            "the roof of a warehouse, causing a fire.\n\nAccording to the city administration, the overnight attack "
            "killed two residents and injured nine people in the Darnytskyi district.", "2025-08-26")
    assert (e.event_date, e.fatalities, e.injured) == ("2025-08-23", 2, 9)


# --- an advisory's level, a trial's explainer, numbered picture captions

def test_an_advisorys_level_is_no_place():
    assert names("The Travel Advisory for Haiti remains at Level 4: Do Not Travel.") == []


def test_an_explainer_on_a_trial_tells_no_incident():
    events = violent("EXPLAINER: What we know about the Marawi bus bombing trial\n\nTwo years after a bomb tore through a "
                     "bus terminal in Marawi, the trial of four men accused over the attack resumed on Monday.\n\nWhat is "
                     "the case about?\nOn the morning of 3 March 2022, a bomb hidden in a bag exploded at the terminal. "
                     "Eleven people were killed and 20 wounded.", "2024-05-20")
    assert events == []


def test_a_numbered_caption_is_placed_at_its_town():
    e = one("3/5 SAKE, NORTH KIVU, DEMOCRATIC REPUBLIC OF CONGO – FEBRUARY 8, 2024: Soldiers take positions on the road "
            "leading west out of the town, about 25 km from Goma, during fighting with rebels on Thursday. At least "
            "six combatants were killed.", "2024-02-09")
    assert e.location == "Sake"


def test_a_logs_weekday_and_day_slash_month_date_its_entry():
    from datetime import date

    from conflictlens.extract.dates import find_dates
    found = find_dates("Mon 20/11 approx. 22:00 - gunmen entered the village and attacked residents.", 0, date(2023, 11, 22))
    assert [d.date for d in found] == ["2023-11-20"]
    assert find_dates("Sat 20/11: shelling hit the town.", 0, date(2023, 11, 22)) == []   # (20 November was a Monday)
    assert [d.date for d in find_dates("Monday 20/11: gunmen attacked the village.", 0, date(2023, 11, 29))] \
        == ["2023-11-20"]       # (not the Monday before the report)


def test_a_summary_row_of_labelled_cells_is_summed():
    e = one("A landmine exploded under a tractor near Verbivka on Saturday.\nSummary:    Killed – Men: 1  Women: 0  "
            "Boys: 0  Girls: 0\n            Injured – Men: 1  Women: 0  Boys: 1  Girls: 0", "2023-08-15")
    assert (e.fatalities, e.injured) == (1, 2)


def test_a_warning_of_drones_on_their_way_is_no_incident():
    events = violent("23:48 - The Air Force warns of Shahed-type drones moving from Chernihiv region towards the capital.\n"
                     "01:45 - A missile hits a nine-storey residential building in Kyiv's Sviatoshynskyi district.",
                     "2025-04-24")
    assert [e.weapon for e in events] == ["missile"]


def test_guard_a_warning_beside_a_hit_is_the_hit():
    assert [e.location for e in violent("Air raid alert declared in Sumy; minutes later a drone hit a school.",
                                        "2025-04-24")] == ["Sumy"]
    assert [e.location for e in violent("A Russian drone heading towards Odesa attacked a port facility on Thursday.",
                                        "2025-04-24")] == ["Odesa"]
    assert [e.weapon for e in violent("Minutes after the air force warned of ballistic missiles, two Iskanders slammed "
                                      "into an industrial site in Kharkiv on Thursday.", "2025-04-24")] \
        == ["ballistic missile"]


def test_guard_fighters_moving_towards_a_position_are_the_scene():
    e = one("An air weapons team observed two insurgents moving towards a fighting position in Lashkar Gah district and "
            "engaged them, killing both.", "2011-01-15")
    assert e.admin1 == "Helmand"


def test_an_armys_own_strike_then_the_enemys_are_two():
    events = violent("Our missile and artillery units struck an ammunition depot on the left bank of the Dnipro.\n\nYesterday "
                     "a Russian drone dropped an explosive device on a city bus in Kherson's Korabelnyi district, killing the "
                     "driver.", "2024-09-03")
    assert len(events) == 2
    bus = next(e for e in events if e.fatalities == 1)
    assert (bus.weapon, bus.location) == ("drone", "Kherson (Korabelnyi district)")


def test_a_day_of_the_enemys_losses_is_no_incident():
    events = violent("Over the past day the enemy lost 61 personnel killed and wounded, two tanks and nine artillery systems. "
                     "Over the day it dropped twenty-three KABs on our positions.", "2024-09-03")
    assert events == []


def test_a_weapons_carrier_at_sea_is_no_attack():
    assert violent("At sea, the enemy keeps one ship on combat duty in the Black Sea, with no Kalibr carriers among them.",
                   "2024-09-03") == []


def test_a_town_in_the_same_letters_placed_nowhere_joins_it_a_night_apart():
    from conflictlens.resolve.match import choose
    placed = _record(event_type="Violence against civilians", sub_event_type="Attack", weapon="melee weapon",
                     country="Democratic Republic of the Congo", iso="CD", admin1="Nord-Kivu", location="Mayi-Moya",
                     geo_precision=2, where_prec=2, latitude=0.70, longitude=29.33, fatalities=21, event_date="2025-09-08",
                     notes="Rebels killed 21 civilians in Mayi-Moya on Monday night.",
                     evidence=[{"field": "event_date", "start": 39, "end": 51, "text": "Monday night"}])
    unplaced = _record(event_type="Violence against civilians", sub_event_type="Attack", weapon="melee weapon",
                       country=None, iso=None, admin1=None, location="Mayimoya", geo_precision=None, where_prec=None,
                       latitude=None, longitude=None, fatalities=14, event_date="2025-09-09",
                       notes="Fourteen villagers were hacked to death in Mayimoya last night.")
    assert choose(unplaced, [(1, placed)]) == 1


# --- guards from the second review

def test_guard_a_days_strike_told_over_the_past_day_keeps_its_toll():
    assert one("Over the past 24 hours, Russian troops fired 12 shells at Nikopol, killing one man and injuring two "
               "women.").fatalities == 1
    assert one("Over the past day, Russian aircraft dropped guided aerial bombs on Zolochiv, injuring two women.").injured == 2


def test_guard_a_battles_losses_told_by_a_brigade_are_its_toll():
    assert one("On Thursday, the enemy lost 40 soldiers in a failed assault on Pokrovsk, the brigade said.").fatalities == 40


def test_guard_a_toll_since_the_fighting_began_this_week_is_the_incidents():
    e = one("Since the fighting erupted in Tripoli on Monday night, at least 27 people have been killed and 106 wounded, "
            "the health ministry said.")
    assert (e.fatalities, e.injured) == (27, 106)


def test_guard_a_toll_by_a_tally_of_officials_is_the_incidents():
    e = one("A car bomb exploded at a busy market in Mogadishu on Saturday. At least 12 people have been killed, "
            "according to a tally by hospital officials.")
    assert e.fatalities == 12


def test_guard_a_days_shelling_during_that_period_is_the_incidents():
    e = one("Russian forces shelled Nikopol throughout Sunday. Three civilians have been wounded in the city during that "
            "period, the governor said.")
    assert e.injured == 3


def test_guard_an_attack_during_a_hearing_is_news():
    e = one("During the hearing of witnesses, which began on Thursday, a bomb exploded outside the court in Quetta, killing "
            "three policemen.")
    assert (e.location, e.fatalities) == ("Quetta", 3)


def test_guard_our_units_and_the_enemys_answer_are_one_battle():
    events = violent("Our units engaged the enemy near Chasiv Yar on Thursday. Russian troops attacked with armoured vehicles "
                     "and artillery; three of our soldiers were killed and five wounded.")
    assert [(e.location, e.fatalities, e.injured) for e in events] == [("Chasiv Yar", 3, 5)]


def test_guard_a_total_cell_is_not_summed_with_its_parts():
    e = one("A landmine exploded under a minibus near Hays on Saturday.\nKilled – Total: 3  Children: 1\n"
            "Injured – Total: 2  Children: 0", "2022-07-11")
    assert (e.fatalities, e.injured) == (3, 2)


def test_guard_a_victims_field_of_two_statuses_is_not_read_as_one():
    e = one("Date/time of incident: 26.09.2023\nSettlement: Balakliia\nDevice: anti-tank mine\n"
            "Victims: 2 - male, 39 - killed; female, 35 - injured", "2023-09-27")
    assert e.fatalities != 2


def test_guard_two_villages_spelt_somewhat_alike_stay_apart():
    from conflictlens.resolve.match import choose
    town = _record(location="Haish", weapon="artillery", fatalities=2,
                   notes="Shelling hit Haish on Tuesday, killing two.")
    other = _record(location="Hass", geo_precision=3, where_prec=4, latitude=35.93, longitude=36.63, weapon="artillery",
                    fatalities=3, notes="Shelling hit Hass in Idlib province on Tuesday, killing three.")
    assert choose(other, [(1, town)]) is None


def test_a_victim_among_whom_is_no_country_either():
    events = violent("An Israeli drone struck a motorcycle in Bint Jbeil, in southern Lebanon, on Sunday, killing two "
                     "men.\n\nOn Monday, Israeli artillery shells fell on the outskirts of Khiam, wounding three "
                     "civilians, among whom two Syrian farm workers.", "2024-06-25")
    assert [e.country for e in events] == ["Lebanon", "Lebanon"]


def test_a_newsletters_week_in_numbers_is_no_incident():
    events = violent("THIS WEEK IN NUMBERS\n61   civilians killed nationwide, by our tally of official statements (last "
                     "week: 54)\n1,240 drones launched at Ukraine over the week, per air force daily reports\n\nDONETSK\n"
                     "A Russian FPV drone struck a car in Kramatorsk on Monday (10 March), killing the driver.", "2025-03-14")
    assert [(e.location, e.fatalities) for e in events] == [("Kramatorsk", 1)]


def test_guard_an_attack_called_the_deadliest_nationwide_keeps_its_toll():
    assert one("A missile strike killed 14 people in Kryvyi Rih on Friday, the deadliest attack nationwide this month.",
               "2025-04-05").fatalities == 14
    assert one("Russian troops fired 12 shells at Nikopol over the past day, killing one man.").fatalities == 1


def test_a_one_country_groups_town_in_a_spelling_the_gazetteer_lacks_is_read_by_its_consonants():
    e = one("A martyrdom-seeking brother of al-Shabaab carried out a blessed operation yesterday in the city of "
            "Baladweyne, killing 15 apostates.", "2024-02-15")
    assert (e.country, e.admin1) == ("Somalia", "Hiiraan")
