"""Thirty-first session: surveillance records of attacks on health care, cables that tell an incident twice, pages cut
by a PDF's footers, feeds and subtitle files given as text, machine translation's word order, think tanks' footnotes,
and the places and days such texts tell in their own ways."""
from __future__ import annotations

from datetime import date

from conflictlens import extract
from conflictlens.api import extract_document
from conflictlens.extract.dates import find_dates
from conflictlens.extract.places import find_places
from conflictlens.model import Document
from conflictlens.text.wrapping import close_up, unwrap

PUB = "2024-05-22"      # a Wednesday


def events(text: str, published: str = PUB) -> list:
    return [e for e in extract_document(Document("t", text, published)) if e.plover is None]


def one(text: str, published: str = PUB):
    found = events(text, published)
    assert len(found) == 1, [(e.location, e.event_date, e.fatalities, e.injured) for e in found]
    return found[0]


def names(sentence: str) -> list[tuple[str, str | None]]:
    return [(p.name, p.qualifier) for p in find_places(sentence, 0)]


# --- records of attacks on health care: an id line opens each, labels joined by slashes

RECORDS = ("ATTACKS ON HEALTH CARE - WEEKLY EXPORT\n"
           "Rows: 2\n\n"
           "Attack ID: HC-24-0511-03\n"
           "Date of attack: 11/05/2024\n"
           "Country / Admin 1 / Location: Ukraine / Sumska / Okhtyrka\n"
           "Type of attack: Heavy weapons (drone)\n"
           "Deaths: 0\n"
           "Injuries: 3\n"
           "Summary: A drone hit the yard of the town's maternity hospital. Two midwives and a patient were hurt.\n"
           "--------------------------------\n"
           "Attack ID: HC-24-0512-07\n"
           "Date of attack: 12/05/2024\n"
           "Country / Admin 1 / Location: Ukraine / Kharkivska / Chuhuiv\n"
           "Type of attack: Heavy weapons (missile)\n"
           "Deaths: 1\n"
           "Injuries: 4\n"
           "Summary: A missile struck near the polyclinic. A security guard was killed and four visitors were injured.\n")


def test_each_health_care_record_is_its_own_incident_placed_by_its_slash_fields():
    found = events(RECORDS)
    assert [(e.location, e.admin1, e.event_date, e.fatalities, e.injured) for e in found] == [
        ("Okhtyrka", "Sumy", "2024-05-11", 0, 3), ("Chuhuiv", "Kharkiv", "2024-05-12", 1, 4)]


def test_guard_a_records_code_is_no_place():
    assert names("Attack ID: HC-24-0511-03") == []
    assert names("Case No.: 114/2024") == []


def test_a_form_count_with_its_breakdown_in_brackets():
    e = one("Date of attack: 16 May 2024\nLocation: Kherson\nType of attack: shelling\n"
            "Deaths: 3 (1 nurse, 2 patients). Injuries: 6\nSummary: Shells hit the regional hospital.")
    assert (e.fatalities, e.injured) == (3, 6)


def test_a_records_day_and_a_later_death_of_the_wounded():
    e = one("Attack ID: HC-24-0514-02\nDate of attack: 14 May 2024\n"
            "Country / Admin 1 / Location: Ukraine / Dnipropetrovska / Nikopol\nType of attack: Heavy weapons (drone)\n"
            "Deaths: 1 (1 patient). One injured patient died on 16 May.\nInjuries: 8\n")
    assert (e.location, e.admin1, e.event_date, e.fatalities, e.injured) == ("Nikopol", "Dnipropetrovsk", "2024-05-14", 1, 8)


# --- a cable: its subject twice, a summary and the paragraph that tells the incident again

CABLE = ("Subject: UKRAINE: BUDGET TALKS STALL AS SHELLING HITS TORETSK\n"
         "Date: 2024 May 21\n\n"
         "E.O. 13526: DECL: 05/21/2039\n"
         "SUBJECT: UKRAINE: BUDGET TALKS STALL AS SHELLING HITS TORETSK\n\n"
         "1. (C) SUMMARY: The Rada failed again to pass the budget amendments. Meanwhile an artillery strike on May 19 "
         "killed three residents of Toretsk. END SUMMARY.\n\n"
         "2. (C) The Speaker's office said a vote was unlikely before June.\n\n"
         "3. (SBU) TORETSK: On May 19, shells struck a queue outside a water distribution point in Toretsk. Three "
         "residents died at the scene and five others were taken to hospital in Kostiantynivka.\n")


def test_a_cables_summary_and_its_paragraph_are_one_incident():
    e = one(CABLE)
    assert (e.location, e.event_date, e.fatalities, e.injured) == ("Toretsk", "2024-05-19", 3, 5)


def test_guard_a_second_strike_in_the_same_town_stays_its_own():
    found = events("A Russian drone strike killed two people in Kharkiv on Monday, the governor said. "
                   "A second drone strike hit Kharkiv on Monday evening, killing three people.")
    assert sorted(e.fatalities for e in found) == [2, 3]


def test_a_day_years_after_the_report_dates_nothing():
    e = one("Subject: MALI: GUNMEN KILL FOUR FARMERS NEAR DJIBO\n\nE.O. 13526: DECL: 05/21/2039\n\n"
            "1. (C) Gunmen killed four farmers near Djibo, the prefect said.\n")
    assert e.event_date <= PUB


def test_the_day_one_told_another_is_not_the_deeds():
    e = one("Armed men attacked the market in Tillaberi on 15 May, the prefect said. On 17 May the prefect told "
            "reporters by telephone that seven traders were killed.")
    assert (e.event_date, e.fatalities) == ("2024-05-15", 7)


def test_a_sentence_of_two_days_deeds_is_cut_in_two():
    found = events("In the centre, gunmen attacked the cattle market in Dori on 12 May, and an IED hit a convoy near "
                   "Gorom-Gorom the following day.")
    assert [(e.location, e.event_date) for e in found] == [("Dori", "2024-05-12"), ("Gorom-Gorom", "2024-05-13")]


# --- spans of days: a period's tally, no day's incident

def test_a_span_of_days_is_a_period():
    (d,) = find_dates("Between 1 and 14 May 2024, the mission recorded 88 civilian casualties.", 0, date(2024, 5, 22))
    assert (d.date, d.precision) == ("2024-05-01", 2)
    assert events("Between 1 and 14 May 2024, the mission recorded 88 civilian casualties: 20 killed and 68 injured.") == []


def test_guard_may_the_verb_and_two_days_with_and_are_no_span():
    assert [d.text for d in find_dates("Officials said between 20 and 30 may have been killed.", 0, date(2024, 5, 22))] == []
    assert [(d.date, d.precision) for d in find_dates("Gunmen attacked Oicha on 5 and 7 May.", 0, date(2024, 5, 22))] == [
        ("2024-05-05", 1), ("2024-05-07", 1)]


def test_a_share_of_a_periods_casualties_is_no_incident():
    assert events("Artillery and rockets caused 61 per cent of all casualties in the period, mainly in Donetsk "
                  "and Kherson regions.") == []


# --- PDF text: running footers inside a paragraph, words hyphenated across lines

PAGED = ("On 9 May 2024, at about 07:40, a guided bomb struck a warehouse on the edge of Kupiansk. Two men were\n"
         "killed. Six workers were in-\n\n"
         "Protection Update - Ukraine | 1-15 May 2024              Page 3 of 9\n\n"
         "jured, two of them seriously. The monitors visited the site on 10 May.\n")


def test_a_page_footer_inside_a_paragraph_is_read_past():
    from conflictlens.text.pages import without_page_lines
    text, where = without_page_lines(PAGED)
    assert "Six workers were injured" in text and "Page 3" not in text and len(where) == len(text)
    e = one(PAGED)
    assert (e.location, e.fatalities, e.injured) == ("Kupiansk", 2, 6)


def test_guard_a_sentence_that_names_a_page_is_no_footer():
    from conflictlens.text.pages import without_page_lines
    assert without_page_lines("Gunmen killed five people in Oicha on 12 May. See the map on page 4\nMore text.\n") is None


def test_guard_a_compounds_hyphen_is_kept_across_a_wrap():
    text = ("On 14 May Russian artillery shelled the centre of Kherson and killed twenty-\n"
            "three civilians, the head of the regional military administration said in the evening.\n")
    closed = close_up(text, unwrap(text))
    assert closed is None or "twenty-three" in closed[0]


# --- a feed pasted whole, and a subtitle file

FEED = ('<?xml version="1.0"?><rss version="2.0"><channel><title>Oblast News</title>\n'
        "<item><title>Toll from Kramatorsk strike rises to four</title>"
        "<pubDate>Wed, 22 May 2024 09:00:00 +0300</pubDate>"
        "<description>&lt;p&gt;A man wounded in Monday&amp;#8217;s missile strike on Kramatorsk died in hospital. "
        "Four people have now been killed and 19 injured.&lt;/p&gt;</description></item>\n"
        "<item><title>Missile hits Kramatorsk: three killed</title>"
        "<pubDate>Mon, 20 May 2024 18:10:00 +0300</pubDate>"
        "<description>A Russian missile struck Kramatorsk this afternoon, killing three people and injuring 15.</description></item>\n"
        "<item><title>Drone hits car near Kupiansk</title>"
        "<pubDate>Sun, 19 May 2024 20:00:00 +0300</pubDate>"
        "<description>A drone struck a car near Kupiansk on Sunday morning, wounding the driver.</description></item>\n"
        "</channel></rss>")


def test_a_pasted_feed_is_read_item_by_item_the_later_item_standing():
    found = events(FEED)
    assert [(e.location, e.event_date, e.fatalities, e.injured) for e in found] == [
        ("Kramatorsk", "2024-05-20", 4, 19), ("Kupiansk", "2024-05-19", None, 1)]


SUBTITLES = ("1\n00:00:00,000 --> 00:00:03,000\nPRESENTER: On Tuesday evening, an airstrike\n\n"
             "2\n00:00:03,100 --> 00:00:06,000\nhit a market in the village of Kyaukhmaw,\n\n"
             "3\n00:00:06,200 --> 00:00:09,000\nin Sagaing Region. Nine people were killed\n\n"
             "4\n00:00:09,100 --> 00:00:12,000\nand fourteen were wounded.\n")


def test_a_subtitle_files_sentences_run_on_over_its_cues():
    from conflictlens.text.subtitles import without_cue_lines
    text, where = without_cue_lines(SUBTITLES)
    assert "an airstrike hit a market in the village of Kyaukhmaw, in Sagaing Region." in text
    e = one(SUBTITLES)
    assert (e.event_date, e.fatalities, e.injured, e.admin1) == ("2024-05-21", 9, 14, "Sagaing")


# --- machine translation's word order

def test_counts_told_verb_first():
    e = one("Again under the fire Pokrovsk\n\nThis morning the occupiers struck on Pokrovsk by the rockets. "
            "In the result perished the man 67 years. Are wounded 3 persons - the woman and two children.")
    assert (e.fatalities, e.injured) == (1, 3)


def test_no_one_suffered_and_none_perished():
    e = one("In the night the enemy has attacked Nikopol by the drones. The people are not suffered, damaged is the "
            "garage.")
    assert (e.fatalities, e.injured) == (0, 0)


def test_a_count_that_got_its_injuries():
    e = one("On Monday the unmanned flying machine has dropped the bomb on the bus near Dangila. Seven persons have "
            "lost their life. More than 12 persons have got the injury.")
    assert (e.weapon, e.fatalities, e.injured) == ("drone", 7, 13)


def test_a_count_a_source_gave_in_quotation_marks():
    e = one('Clashes broke out between two militias in Zintan on Sunday. Both sides say "about a dozen" were wounded.')
    assert e.injured == 12


# --- think tanks' updates: footnote marks, takeaways, strikes "against" a town

UPDATE = ("Campaign Assessment, May 21, 2024\n\n"
          "Key Takeaways:\n"
          "- Russian forces struck Sumy with a ballistic missile.\n"
          "- Russian forces continued glide bomb strikes against Vovchansk.\n\n"
          "Russian forces struck Sumy, Sumy Oblast, with an Iskander missile on May 21, killing two civilians and "
          "injuring nine.[1] The head of the oblast military administration reported that the missile hit a "
          "school.[2] Russian forces also conducted glide bomb strikes against Vovchansk, Kharkiv Oblast, on May 21. "
          "Kharkiv Oblast Military Administration head reported that a strike killed one civilian.(3)\n")


def test_a_think_tanks_update_its_takeaways_and_footnotes():
    found = events(UPDATE)
    assert [(e.location, e.fatalities, e.injured) for e in found] == [("Sumy", 2, 9), ("Vovchansk", 1, None)]


def test_guard_strikes_against_a_side_or_a_group_name_no_place():
    assert names("The cell carried out bomb attacks against Afghan National Security Forces in the area.") == []
    assert names("The brigade carried out a raid against Sultan Murad fighters near Basouta village.") == [("Basouta", "near")]


def test_a_sides_forces_that_struck_a_depot():
    e = one("Ukrainian forces struck a fuel depot near Kropotkin, Krasnodar Krai, early on May 21.")
    assert (e.location, e.event_type) == ("Kropotkin", "Explosions/Remote violence")


# --- places told in their own ways

def test_a_village_in_its_lga_places_it_there():
    e = one("Bandits on Sunday night invaded Gidan Wawa in Maru Local Government Area of Zamfara State, killing three "
            "residents.")
    assert (e.location, e.admin1) == ("Gidan Wawa", "Zamfara")


def test_a_displacement_site_near_a_town_is_the_site():
    e = one("On 18 May, militiamen attacked the Plaine Savo displacement site, some 40 km north of Bunia, killing six "
            "displaced people.")
    assert e.location == "Plaine Savo"


def test_a_regions_heading_with_a_dash_before_its_territory():
    assert [(p.name, p.kind) for p in find_places("North Kivu – Lubero and Beni territories", 0, alone=True)] == [
        ("North Kivu", "region"), ("Lubero", "district")]


def test_guard_a_sections_heading_with_a_dash_is_no_place():
    assert find_places("Section B – Casualties", 0, alone=True) == []


def test_a_market_told_with_its_town_in_the_possessive():
    assert [(p.name, p.kind, p.parent) for p in find_places("A drone hit Souq Sabreen, one of Omdurman's busiest "
                                                            "markets.", 0)][:1] == [("Souq Sabreen", "district", "Omdurman")]


def test_a_town_its_residents_tell_of_before_one_south_of_it():
    e = one("North of Wad Madani, in Gezira state, residents of the town of Hasaheisa say RSF fighters stormed the town "
            "on Monday and killed eight people.")
    assert e.location == "Hasaheisa"


def test_a_citys_side_outskirts_in_the_possessive():
    assert names("A car bomb exploded on Mogadishu's southern outskirts.") == [("Mogadishu", "near")]


def test_a_post_named_for_its_town():
    assert names("Militants attacked Police Station Daraban with heavy weapons.")[0] == ("Daraban", None)


def test_a_barangay_of_its_city():
    assert names("The clash took place in a remote barangay of Kabankalan City.") == [("Kabankalan City", None)]


def test_a_water_point_of_a_village():
    assert names("Gunmen surrounded the water point of Tawori where herders had gathered.") == [("Tawori", None)]


def test_where_witnesses_arrived_and_told_it_is_not_the_scene():
    assert names("According to witnesses interviewed by the team after they arrived in Dori, the men were executed.") == [
        ("Dori", "origin")]


def test_a_possessive_authority_is_a_speaker():
    assert names("Two men were wounded, Zacatecas's state prosecutor's office said.") == [("Zacatecas", "speaker")]


def test_a_road_towards_a_town_is_its_direction_the_headline_placing():
    e = one("In Yunakivka, a Russian drone killed a driver\n\nA resident of Yunakivka died yesterday evening after a "
            "Russian kamikaze drone struck his car on the road out of the village towards Sumy. His wife was wounded.")
    assert e.location == "Yunakivka"


def test_a_french_transliteration_of_a_ukrainian_town():
    e = one("Ukraine : deux morts à Droujkivka\n\nTwo people were killed on Tuesday by a Russian missile in Droujkivka, "
            "the authorities said.")
    assert (e.location, e.admin1) == ("Druzhkivka", "Donetsk")


def test_a_three_word_citys_dateline_with_a_colon():
    e = one("Police foil attack\n\nDERA ISMAIL KHAN, May 22 (APNS): Militants attacked a police checkpost in Paharpur last "
            "night, killing two constables.")
    assert e.event_date == "2024-05-21"


# --- what a report tells in passing

def test_a_recall_opened_as_such_is_background():
    e = one("Yesterday at 03:20 a Shahed hit a house in Odesa, injuring four people.\n\n"
            "We will remind, on May 12 the Russians struck the port, then two workers died.")
    assert (e.event_date, e.injured) == ("2024-05-21", 4)


def test_a_table_caption_and_column_heads_are_no_incident():
    e = one("3. Arson and arrests in Budalin\nOn 5 March 2024, soldiers entered Budalin town, set fire to 30 houses and "
            "detained 14 men. No deaths were reported.\n\nTable 1.\nTownship Airstrikes Shelling Arson Killed Injured\n"
            "Budalin 0 0 1 0 0\nPale 2 1 0 6 11\n")
    assert (e.location, e.event_type, e.fatalities) == ("Budalin", "Strategic developments", 0)


def test_guard_a_title_case_headline_is_no_column_heads():
    e = one("Twelve Killed In Russian Missile Strike On Odesa\n\nThe attack hit the port area on Monday morning, "
            "regional officials said.")
    assert e.fatalities == 12


def test_after_midnight_is_the_night_after():
    e = one("Last night, shortly after midnight, drones attacked Kharkiv, injuring two people.")
    assert e.event_date == "2024-05-22"


def test_one_of_the_dead_named_again_is_no_more_dead():
    e = one("An Israeli drone struck a car near Bint Jbeil on Tuesday, killing the two men inside. Hezbollah later "
            'mourned one of them as a fighter "martyred on the road to Jerusalem".')
    assert (e.location, e.fatalities) == ("Bint Jbeil", 2)


def test_exchanges_of_small_arms_and_mortar_fire_are_a_clash():
    e = one("Late on Sunday, a dispute escalated into exchanges of small-arms and mortar fire between two militias in "
            "Tawergha. One fighter was killed.")
    assert e.event_type == "Battles"


def test_combatants_killed_in_a_clash_are_fighters():
    e = one("Fighters of the ELN and a FARC dissident front clashed on Friday in a rural area of Tame, leaving at least "
            "four combatants dead, according to the ombudsman's office.")
    assert (e.event_type, e.fatalities) == ("Battles", 4)


# --- late in the session: protests, threads, verdicts, alerts, nations, cables

def test_a_crowd_gathered_demanding_then_fired_on_is_force_against_a_protest():
    e = one("On Friday a crowd of opposition supporters gathered peacefully outside the tabulation centre in Nampula, "
            "singing and demanding access. Police fired tear gas and then live ammunition to disperse them, killing "
            "one young man.")
    assert (e.event_type, e.sub_event_type) == ("Protests", "Excessive force against protesters")


def test_a_threads_unplaced_toll_update_is_its_strikes():
    e = one("1. Two ballistic missiles hit the centre of Sumy at 10:12 this morning, as people were on their way to church.\n\n"
            "2. First official figures from the regional military administration: 5 killed, more than 20 injured.\n\n"
            "3. [Photo: a city bus with its windows blown out]\n\n"
            "4. Update 11:40 - now 7 killed, including a child. 31 wounded taken to hospitals.\n\n"
            "5. Acting mayor: one missile landed at a street crossing near the university, the second in the yard of a "
            "college.\n\n"
            "6. Update 14:05 - toll is 9 killed, incl. 2 children. 37 injured, 11 of them in serious condition.\n",
            published="2025-05-18")
    assert (e.location, e.fatalities, e.injured) == ("Sumy", 9, 37)


def test_a_verdict_over_a_past_years_month_keeps_no_incident():
    assert events("COURT JAILS OFFICER IN ABSENTIA OVER 2022 CHERNIHIV STRIKE\n\n"
                  "[Presenter] The Desnianskyi District Court of Chernihiv has today sentenced a Russian artillery officer "
                  "in absentia to 15 years in prison. The court found him guilty of ordering the shelling of a residential "
                  "quarter in the city's Novozavodskyi District in early March 2022.\n\n"
                  "[Correspondent] According to the prosecution, the strike on the quarter killed nine civilians, among "
                  "them a family of four.\n", published="2025-03-06") == []


def test_an_alerts_place_field_before_its_event_field():
    e = one("Security Alert\nMay 21, 2024\n\nLocation: Hayatabad and University Road, Peshawar, Khyber Pakhtunkhwa\n\n"
            "Event: Local media report that an explosion occurred at a police checkpoint this morning. At least four "
            "people were killed.")
    assert (e.admin1, e.fatalities) == ("Khyber Pakhtunkhwa", 4)


def test_a_town_with_its_nations_adjective():
    assert [(p.name, p.parent) for p in find_places("A sticky bomb detonated in the Afghan city of Jalalabad.", 0)] == [
        ("Jalalabad", "Afghanistan")]


def test_guard_a_nations_adjective_where_the_sentence_names_the_country():
    assert [(p.name, p.parent) for p in find_places("MAIDUGURI, Nigeria - A bomb hit the northeastern Nigerian town of "
                                                    "Bama.", 0)][-1] == ("Bama", None)


def test_a_cables_numbered_paragraphs_are_no_new_incidents():
    e = one("TAGS: PGOV, PTER, AF\nSUBJECT: NANGARHAR: STICKY BOMB KILLS EDUCATION STAFF\n\n"
            "3. (SBU) At about 0745 on June 10, a magnetic IED attached to a minibus detonated in Police District 4 of "
            "Jalalabad city. The Ministry of Interior gave four killed and 11 wounded. Doctors at Nangarhar Regional "
            "Hospital told a local staff member that two of the wounded remain in critical condition.\n\n"
            "4. (C) ISKP claimed the attack through its Amaq outlet on June 11, describing the victims as employees of "
            "the government.\n", published="2019-06-12")
    assert (e.location, e.event_date, e.fatalities, e.injured) == ("Jalalabad", "2019-06-10", 4, 11)


def test_a_vehicle_carrying_people_counts_none_of_them():
    e = one("On Monday a magnetic IED destroyed a minibus carrying provincial education staff in Jalalabad.")
    assert e.fatalities is None


def test_fire_from_the_direction_of_a_town_came_from_there():
    assert names("Six shells were fired at the district from the direction of Krasnogorovka.") == [("Krasnogorovka", "origin")]


def test_an_anniversary_of_an_attack_years_ago_is_no_incident():
    assert events("In Pervomaiskyi the memory of those who perished in the rocket hit two years ago was honoured\n\n"
                  "Today residents laid flowers near the five-storey house. Exactly two years ago on this day an enemy "
                  "rocket hit the house.") == []


# --- the third review's inputs: ordinary copy the late rules must leave alone

def test_guard_an_attack_years_ago_named_beside_todays():
    e = one("Militants ambushed a police convoy in Tank district on Sunday, killing six officers, in revenge for a "
            "military raid two years ago.")
    assert e.fatalities == 6
    e = one("Two years ago the army drove the militants out of Palma, but militants stormed the town again on Sunday, "
            "killing 15 people, residents said.")
    assert e.fatalities == 15


def test_guard_a_place_field_after_an_open_incident_adds_none():
    e = one("Incident: Armed men attacked a market on 18 May in Tawila, North Darfur, killing three traders.\n"
            "Location: Tawila, North Darfur\nDetails: Two of the wounded died later in hospital.\n")
    assert e.fatalities == 3


def test_guard_column_heads_with_acronyms_are_no_incident():
    e = one("Monthly report, Sagaing Region\n\nTownship Airstrikes Shelling IEDs Killed Injured\n\n"
            "On 12 May, a junta airstrike killed five villagers in Depayin township.")
    assert (e.location, e.fatalities) == ("Depayin", 5)


def test_guard_a_blogs_tag_line_is_no_cable():
    found = events("Daily report\nTags: UKR, Kherson\n\n1.\nA drone strike killed three people in Kherson on Tuesday "
                   "morning.\n\n2.\nShelling killed two people in Kherson on Tuesday evening.")
    assert sorted(e.fatalities for e in found) == [2, 3]


def test_guard_a_named_station_in_another_town_is_its_own_incident():
    found = events("A Russian missile hit an apartment block in Kharkiv on Sunday, killing three people. Hours later, a "
                   "drone struck near Sumy central station, killing two people.")
    assert [(e.location, e.fatalities) for e in found] == [("Kharkiv", 3), ("Sumy", 2)]


def test_guard_a_vehicle_told_with_a_toll_and_day_of_its_own():
    found = events("A roadside bomb killed four policemen in Kabul on Sunday. The bus was travelling through Jalalabad on "
                   "Monday when the bomb exploded, killing nine passengers.")
    assert sorted(e.fatalities for e in found) == [4, 9]


def test_a_suspicion_notice_over_a_past_strike_keeps_no_incident():
    assert events("REGIONAL PROSECUTOR'S OFFICE\n22.07.2025 | 11:30\n\n"
                  "Commander of Russian missile unit notified in absentia of suspicion over 2024 strike on Sumy\n\n"
                  "According to the investigation, on 3 October 2024 the suspect gave the order to launch a ballistic "
                  "missile at the city of Sumy.\n\nThe missile hit a residential area in the Kovpakivskyi district, "
                  "killing two civilians and injuring eleven.\n", published="2025-07-22") == []


def test_a_day_that_marks_a_year_since_an_attack_is_no_incident():
    assert events("Kharkiv City Council\n14 March 2025\n\nONE YEAR AGO\n\nToday marks one year since the Russian missile "
                  "strike on a residential building in the Saltivskyi district, which took the lives of 11 Kharkiv "
                  "residents.\n\nAt 11:00 a minute of silence was held near the rebuilt building.\n",
                  published="2025-03-14") == []
