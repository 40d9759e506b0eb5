"""Thirty-second session: news pages scraped with their menus and link lists, presidents' nightly addresses, air
forces' launch and shoot-down summaries, partisan channels' posts, lists of the named dead, spreadsheet rows, articles
with correction notes, and agency reports dated by the Hijri and Solar Hijri calendars."""
from __future__ import annotations

from datetime import date

from conflictlens.api import extract_document, place_country
from conflictlens.extract.dates import find_dates
from conflictlens.extract.places import find_dateline_place, find_places
from conflictlens.model import Document

PUB = "2025-03-04"      # a Tuesday


def events(text: str, published: str = PUB) -> list:
    return [e for e in extract_document(Document("t", text, published)) if e.plover is None]


def one(text: str, published: str = PUB):
    found = events(text, published)
    assert len(found) == 1, [(e.location, e.event_date, e.fatalities, e.injured) for e in found]
    return found[0]


def summary(found: list) -> list[tuple]:
    return [(e.location, e.fatalities, e.injured, e.event_date) for e in found]


# --- spreadsheet rows pasted as comma-separated text

SHEET = ("Shelling log kept by a volunteer group, Kherson region\n\n"
         "date,settlement,raion,weapon,killed,injured,comment\n"
         "03.02.2025,Bilozerka,Khersonskyi,artillery,1,2,house hit; man killed in his yard\n"
         "2025-02-03,\"Kherson, Korabelnyi district\",Khersonskyi,FPV drone,0,1,bus driver hurt\n"
         "2025/02/04,Beryslav,Beryslavskyi,guided bomb,2,,injured count pending\n"
         ",TOTAL 3-4.02,,,3,3,\n")


def test_a_pasted_spreadsheet_is_read_row_by_row():
    found = events(SHEET)
    assert [(e.location.split(" (")[0], e.fatalities, e.injured, e.event_date) for e in found] == [
        ("Bilozerka", 1, 2, "2025-02-03"), ("Kherson", 0, 1, "2025-02-03"), ("Beryslav", 2, None, "2025-02-04")]


def test_a_sheet_of_three_columns_with_windows_line_ends():
    text = "Civilian deaths recorded after shelling:\r\n\r\nDate,Village,Civilians killed\r\n" \
           "12.02.2025,Antonivka,1\r\n13.02.2025,Tiahynka,2\r\n"
    assert [(e.location, e.fatalities, e.event_date) for e in events(text)] == [
        ("Antonivka", 1, "2025-02-12"), ("Tiahynka", 2, "2025-02-13")]


def test_guard_prose_with_commas_is_no_table():
    e = one("Drones, missiles and glide bombs hit Sumy, Bilopillia and Vorozhba, killing one man, the governor said "
            "on Monday.")
    assert e.fatalities == 1


def test_a_tables_caption_is_no_incident_of_its_own():
    text = ("Shelling incidents recorded by the monitoring group:\n\n"
            "Date,Settlement,Killed\n12.02.2025,Bilozerka,1\n13.02.2025,Antonivka,2\n")
    assert [e.location for e in events(text)] == ["Bilozerka", "Antonivka"]


# --- news pages with their menus, link lists and titles

PAGE = ("Skip to content\nHome | News | War | Opinion\nAccept all cookies\n\nWAR > SUMY REGION\n\n"
        "Drone hits bus stop in Sumy, two dead\n\n04.03.2025 08:31 | Views: 9 120\n\n"
        "A Russian drone struck a bus stop in Sumy at about 7:40 p.m. on Monday, killing two people and injuring "
        "six, the head of the city military administration said.\n\n"
        "READ ALSO:\n▸ Shelling of Krasnopillia community: one injured\n▸ Kherson: three killed in Sunday's strike\n\n"
        "Most read\n1. New mobilisation rules explained\n2. Two killed as artillery hits Nikopol\n\n"
        "Tags: #Sumy #drone\n")


def test_a_pages_link_lists_tell_no_incidents():
    assert summary(events(PAGE)) == [("Sumy", 2, 6, "2025-03-03")]


def test_guard_a_link_list_ends_where_the_story_goes_on():
    text = ("Read also:\nPartners discuss air defence\n\n"
            "Governor Oleh Syniehubov said a missile hit a shopping centre in Kharkiv on Monday: \"Three people were "
            "killed and nine were injured.\"\nRescue work continues.")
    assert summary(events(text)) == [("Kharkiv", 3, 9, "2025-03-03")]


def test_a_spanish_pages_link_list_too():
    text = ("Armed men opened fire in a bar in Salamanca on Saturday night, killing five people, prosecutors said.\n\n"
            "TE PUEDE INTERESAR:\n> Celaya: attack on family leaves four dead\n> Police officer killed in Irapuato\n")
    assert [(e.location, e.fatalities) for e in events(text, "2024-05-12")] == [("Salamanca", 5)]


def test_a_titles_camp_and_town_are_the_first_storys():
    text = ("NILE MONITOR\nSections  Sudan  Chad\n\nSUDAN | DARFUR\n\n"
            "RSF shelling kills 9 in El Fasher camp; jets strike Nyala market\n\n"
            "4 March 2025 | staff\n\n"
            "Shells fired by the RSF hit the Abu Shouk camp on the northern edge of El Fasher on Monday, killing nine "
            "people.\n\nSeparately, army warplanes bombed the livestock market in Nyala on Sunday, killing five.")
    assert [(e.location, e.fatalities) for e in events(text)] == [("El Fasher", 9), ("Nyala", 5)]


def test_a_titles_toll_over_two_incidents_is_theirs():
    text = ("UKRAINE | WAR\n\nRussian strikes kill five in Donetsk region\n\n4 March 2025\n\n"
            "A Russian missile hit a hotel in Kramatorsk on Monday, killing three people. In Sloviansk, a glide bomb "
            "killed two men.")
    assert [(e.location, e.fatalities) for e in events(text)] == [("Kramatorsk", 3), ("Sloviansk", 2)]


# --- a president's nightly address

ADDRESS = ("Fellow Ukrainians!\n\nA very difficult day. Dnipro. This morning a Russian missile hit an apartment block in "
           "the city, killing four people. Eleven people were wounded.\n\n"
           "And yesterday evening - Sumy region, Shostka. A Russian drone hit a city bus at a stop, wounding nine "
           "people.\n\nOver this week alone, Russia has launched more than 600 attack drones and 40 missiles against "
           "our people. Today I spoke with our partners about air defence and about missiles for our systems. "
           "Separately - the reports on the supply of ammunition and drones to the brigades.\n\nGlory to Ukraine!")


def test_an_address_tells_its_incidents_and_not_its_tallies():
    found = events(ADDRESS)
    assert [(e.location, e.fatalities, e.injured, e.event_date) for e in found] == [
        ("Dnipro", 4, 11, "2025-03-04"), ("Shostka", None, 9, "2025-03-03")]


def test_guard_an_eyewitness_i_keeps_the_scene():
    e = one("I had just stepped outside when a Russian drone hit our apartment block in Kharkiv on Monday evening. "
            "My neighbour was killed, and two children were injured.")
    assert (e.location, e.fatalities, e.injured, e.event_date) == ("Kharkiv", 1, 2, "2025-03-03")


# --- air forces' summaries: launches and shoot-downs are no incidents

SUMMARY = ("On the night of 4 March (from 19:00 on 3 March), the enemy attacked with 74 air attack assets:\n"
           "- 2 Iskander-M ballistic missiles (from Kursk region - RF);\n"
           "- 72 Shahed-type attack UAVs (directions: Oryol, Kursk - RF).\n\n"
           "As of 09:00, 1 ballistic missile and 51 attack UAVs were confirmed shot down in Poltava, Sumy and Kyiv "
           "regions.\n\n"
           "Hits were recorded in Odesa region: at about 02:30 an attack UAV hit a warehouse in Izmail. Two workers "
           "were injured.")


def test_a_launch_and_shoot_down_summary_keeps_only_its_hits():
    assert [(e.location, e.injured) for e in events(SUMMARY)] == [("Izmail", 2)]


def test_guard_a_tally_that_tells_a_hit_keeps_its_town():
    e = one("Over the past day, Russia launched 145 drones at Ukraine, hitting a hospital in Kharkiv. Two patients "
            "were injured, the governor said.")
    assert (e.country, e.location, e.injured) == ("Ukraine", "Kharkiv", 2)


def test_guard_a_downing_whose_debris_fell_keeps_its_weapon():
    e = one("Early this morning air defence destroyed 9 UAVs over Voronezh and the region. In the Levoberezhny district "
            "of Voronezh, debris fell on the roof of a residential building. Two residents were slightly injured.")
    assert (e.event_type, e.weapon, e.injured) == ("Explosions/Remote violence", "drone", 2)


def test_settlements_counted_over_a_day_are_no_incident():
    assert events("Over the past day, Russian troops attacked 12 settlements in the Kharkiv region, the regional "
                  "military administration said.") == []


# --- a partisan channel's posts

POSTS = ("FRONT CHRONICLE Z\n\n—————\n03.03.2025, 07:58\nOur assault groups yesterday completed the liberation of the "
         "settlement of Zverevo (Ukr. Zvirove). Glory to our drone operators!\n\n"
         "—————\n04.03.2025, 16:05\nUkrainian formations again terrorise Gorlovka\n\n"
         "Today at about 14:20 a drone dropped an explosive device on a minibus in the Nikitovsky district of the city. "
         "Two civilians were killed.\n")


def test_a_channels_posts_are_apart_and_the_other_sides_names_read():
    found = events(POSTS)
    assert [(e.event_type, e.location, e.admin1, e.fatalities) for e in found] == [
        ("Battles", "Zvirove", "Donetsk", None), ("Explosions/Remote violence", "Horlivka", "Donetsk", 2)]


def test_guard_operators_beside_another_deed_keep_the_weapon():
    e = one("Russian drone operators targeted an ambulance in Kherson on Monday, wounding two paramedics.")
    assert (e.weapon, e.injured) == ("drone", 2)


def test_nova_and_novaya_are_one_village():
    assert place_country("Nova Tavolzhanka") == place_country("Novaya Tavolzhanka") == "Russia"


# --- lists of the named dead

def test_a_list_of_the_named_dead_counts_them_and_their_villages_are_no_scene():
    text = ("The city council publishes the names of our fellow residents who were killed in the missile strike on "
            "the market of Balakliia on Monday, 3 March 2025:\n\n"
            "1. KOVALENKO Hanna, 71 - village of Verbivka\n2. SYDORENKO Mykola, 63 - Balakliia\n"
            "3. LYSENKO Iryna, 45 - village of Savyntsi (died on 4 March in hospital)\n\n"
            "Eighteen people were injured in the attack.")
    e = one(text)
    assert (e.location, e.fatalities, e.injured, e.event_date) == ("Balakliia", 3, 18, "2025-03-03")


def test_guard_witnesses_with_ages_are_no_list_of_the_dead():
    e = one("Two people were injured when a Russian drone hit a bus in Kherson on Monday. Nobody was killed. Olena "
            "Shevchenko, 52, a passenger, said the windows shattered. Petro Bondarenko, 60, the driver, said he saw "
            "the drone.\n\nThe route was suspended.")
    assert (e.fatalities, e.injured) == (0, 2)


def test_a_list_that_tells_each_fate_counts_only_the_dead():
    e = one("Police named the victims of Monday's shelling of Kherson:\n- Oleh Marchenko, 45, killed\n"
            "- Hanna Kovalenko, 71, injured\n- Petro Savchuk, 38, injured")
    assert e.fatalities == 1


def test_a_press_releases_numbered_victims_and_a_later_protest():
    text = ("PRESS RELEASE\n\nArmed militia attacked Daffo community in Bokkos Local Government Area at about 10pm on Sunday, 2nd March, "
            "2025. The attackers shot sporadically and killed the following persons:\n\n"
            "1. Mr. Daniel Gyang - 54yrs - Daffo\n2. Mrs. Rahila Daniel - 47yrs - Daffo\n"
            "3. Mr. Ezekiel Nanle - 29yrs - Mangor\n\n"
            "On Monday, 3rd March, women of Daffo held a peaceful protest at the council secretariat in Bokkos.")
    found = events(text)
    assert [(e.event_type, e.location, e.fatalities, e.event_date) for e in found] == [
        ("Violence against civilians", "Daffo", 3, "2025-03-02"), ("Protests", "Bokkos", None, "2025-03-03")]


# --- translated agency reports and their calendars

def test_a_hijri_dateline_with_its_gregorian_day():
    e = one("Damascus, 3 Ramadan 1446 AH, corresponding to 3 March 2025 (SNA) - Two soldiers were martyred and three "
            "others injured when an Israeli aggression targeted points near al-Kiswah last night.")
    assert (e.fatalities, e.injured, e.event_date) == (2, 3, "2025-03-02")


def test_solar_hijri_days_are_gregorian_days():
    ref = date(2025, 5, 12)
    assert [(d.text, d.date) for d in find_dates("A mine exploded on Sunday, 21 Sawr, in Kabul.", 0, ref)] == [
        ("21 Sawr", "2025-05-11")]
    assert [d.date for d in find_dates("Zahedan, 26 Shahrivar 1404", 0, ref)] == ["2025-09-17"]
    assert [d.date for d in find_dates("on 1 Farvardin 1403", 0, ref)] == ["2024-03-20"]


def test_a_district_told_near_a_citys_bearing_is_the_place():
    e = one("Two fighters were martyred when an explosive device targeted their patrol near the Tarmiyah district, north "
            "of the capital, Baghdad, yesterday evening.", "2024-12-15")
    assert (e.location, e.admin1, e.fatalities) == ("Tarmiyah", "Baghdad", 2)


def test_guard_a_body_mourning_its_dead_adds_none():
    e = one("Two fighters of the brigade were killed by a roadside bomb near Samarra on Sunday. The brigade mourned its "
            "two martyrs in a statement on Monday.")
    assert e.fatalities == 2


def test_coalition_raids_on_an_area_are_air_strikes():
    e = one("In Hodeidah, the coalition of aggression launched yesterday three raids on Ras Isa area in Al-Salif "
            "district, a local source said.")
    assert (e.event_type, e.weapon, e.event_date) == ("Explosions/Remote violence", "airstrike", "2025-03-03")


def test_a_dateline_town_before_a_weekday_and_a_local_day():
    text = "[Machine translation from Arabic]\n\nIdlib — Wednesday 1 Ramadan 1446 AH\n\nTwo civilians were killed."
    assert find_dateline_place(text).name == "Idlib"


def test_iran_and_afghanistan_regions_by_their_english_names():
    e = one("Two police officers were killed when gunmen attacked a police station in Saravan in Sistan and "
            "Baluchestan province on Monday.")
    assert e.admin1 == "Sistan and Baluchestan"


# --- where and when, as reports in these styles tell it

def test_a_bulletins_bullet_label_names_the_city():
    assert [(p.name, p.parent) for p in find_places("🔸 Kyiv, Darnytskyi district: at 01:40, debris fell.", 0)] == [
        ("Kyiv", None), ("Darnytskyi", "Kyiv")]


def test_a_scene_line_whose_town_the_deed_calls_the_town():
    text = ("On Monday a drone struck a van on the edge of Orikhiv, killing the driver.\n\n"
            "About fifty kilometres to the east, in Huliaipole, the morning had already been bad. At around 6:30 a.m. "
            "on the same day, Russian shells hit a house on the eastern side of the town, killing an elderly couple.")
    assert [(e.location, e.fatalities) for e in events(text)] == [("Orikhiv", 1), ("Huliaipole", 2)]


def test_where_someone_lives_is_no_country_of_the_report():
    e = one("A drone struck a van near Orikhiv on Monday, killing the driver. His son, who lives in Poland, "
            "calls when he can.")
    assert e.country == "Ukraine"


def test_overnight_into_a_day_with_a_small_hour_next():
    e = one("Russian drones struck Kharkiv overnight into Tuesday, injuring two women. The first explosions were heard "
            "at about 02:15.")
    assert e.event_date == "2025-03-04"


def test_guard_a_floor_is_no_day_and_a_day_of_mourning_dates_nothing():
    e = one("A missile hit a nine-storey building in Kryvyi Rih on Monday, starting a fire on the 6th–7th floors and "
            "killing nine people. The mayor declared 5 March a day of mourning.")
    assert (e.event_date, e.fatalities) == ("2025-03-03", 9)


def test_a_timed_post_that_tells_the_toll_now_goes_on_with_the_strike():
    text = ("07:41 - the enemy attacked the Kyivskyi district of Kharkiv with a Shahed.\n\n"
            "08:05 - as of now 6 people are injured.\n\n"
            "09:37 - Sadly, a 67-year-old woman has died. The number of injured has risen to 9.")
    assert summary(events(text)) == [("Kharkiv (Kyivskyi district)", 1, 9, "2025-03-04")]


def test_the_fire_came_from_a_russian_region():
    e = one("A ballistic missile launched from Russia's Belgorod region hit an enterprise in Kharkiv on Monday, "
            "killing four.")
    assert (e.country, e.location) == ("Ukraine", "Kharkiv")


def test_a_point_a_few_kilometres_before_a_town():
    e = one("A minibus struck a mine on the road between Fada N'Gourma and Matiacoali, a few kilometres before "
            "Matiacoali, in the Est region, on Sunday. Six passengers were killed.", "2024-09-16")
    assert e.location == "Matiacoali"


def test_the_wounded_with_machete_wounds_being_treated():
    e = one("Rebels killed 12 villagers in a raid on Mamove on Monday. Seven people with machete wounds were being "
            "treated at the Oicha hospital.")
    assert (e.fatalities, e.injured) == (12, 7)


def test_a_crowds_riot_after_an_attack_is_its_own():
    text = ("Gang members attacked Arcahaie in the early hours of Monday, killing 15 people. On Monday afternoon, angry "
            "residents ransacked and set fire to a police substation in Arcahaie. No one was hurt in the unrest.")
    assert [e.event_type for e in events(text)] == ["Violence against civilians", "Riots"]


def test_weapons_recovered_along_with_the_dead_were_not_used():
    e = one("Five Maoists were killed in an encounter with security forces near Gangaloor on Saturday. The bodies were "
            "recovered along with two rifles and a large quantity of explosives.", "2025-03-23")
    assert e.event_type == "Battles"


def test_a_fights_artillery_heard_is_no_shelling():
    e = one("On Monday heavy fighting was reported between the army and Fano fighters on the outskirts of Debre Markos; "
            "residents said gunfire and artillery could be heard in the town.")
    assert e.event_type == "Battles"


def test_a_past_years_memorial_tells_no_incident():
    assert events("Residents held a memorial Mass to remember the 11 people killed five years ago when gunmen opened "
                  "fire at a cockfight in Suarez.", "2025-08-16") == []


def test_a_countrys_side_after_its_town_opens_nothing():
    e = one("An Israeli drone strike on a car in Bint Jbeil on Monday killed one person. The Israeli military said it "
            "had struck an operative in southern Lebanon.")
    assert e.location == "Bint Jbeil"


def test_north_of_the_capital_is_a_bearing():
    assert ("Baghdad", "near") in [(p.name, p.qualifier) for p in find_places(
        "A bomb went off north of the capital, Baghdad, on Sunday.", 0)]


# --- the second review's findings

def test_guard_a_side_clauses_years_ago_dates_nothing():
    e = one("The man, who fled Aleppo 10 years ago, was killed by a shell in Idlib on Monday.")
    assert e.event_date == "2025-03-03"


def test_a_recalled_attacks_town_is_the_news_towns():
    e = one("Five years ago, gunmen killed 11 people at a cockfight in Suarez. On Monday, gunmen killed three farmers in "
            "the town.")
    assert (e.location, e.fatalities, e.event_date) == ("Suarez", 3, "2025-03-03")


def test_guard_solar_month_words_that_name_no_day():
    for text in ("A bomb exploded on 10 Tir street in Kabul on Monday, killing two.",
                 "Gunmen shot dead 2 Mehr reporters in Zahedan on Monday."):
        assert one(text).event_date == "2025-03-03", text
    assert find_dates("on 30 Esfand 1402", 0, date(2025, 1, 1)) == []


def test_guard_ground_raids_are_no_air_strikes():
    e = one("Police launched raids on suspected gang hideouts in Port-au-Prince on Monday, killing four gang members.")
    assert e.event_type != "Explosions/Remote violence"


def test_guard_shells_heard_landing_are_a_shelling():
    e = one("Fighting between the army and the RSF raged in El Fasher on Monday; artillery shells could be heard landing "
            "on the Abu Shouk camp, killing six displaced people.")
    assert e.event_type == "Explosions/Remote violence"


def test_an_indented_list_of_the_dead():
    e = one("Relatives named those killed in the attack on Dembecha on Monday:\n  Yohannes Tadesse, 24\n"
            "  Getachew Mulat, 31\n  Dawit Ayalew, 19\n")
    assert e.fatalities == 3


def test_guard_a_blank_line_under_read_also_keeps_the_list():
    text = ("A missile hit a mall in Kharkiv on Monday, killing three people.\n\nRead also:\n\n"
            "Russian drone attack kills two in Sumy\nShelling injures four in Kherson\n\nRescue work continues.")
    assert summary(events(text)) == [("Kharkiv", 3, None, "2025-03-03")]


def test_a_riot_later_that_day_is_at_the_attacks_town():
    found = events("Gunmen killed 15 villagers in Bokkos on Sunday night. On Monday morning, angry youths blocked the "
                   "highway and burned tyres in protest.")
    assert [(e.location, e.event_date) for e in found] == [("Bokkos", "2025-03-02"), ("Bokkos", "2025-03-03")]


def test_irans_provinces_of_two_names_told_alone():
    e = one("Five police officers were killed in an attack in Sistan and Baluchestan province on Monday.")
    assert (e.country, e.admin1) == ("Iran", "Sistan and Baluchestan")


def test_a_hijri_dateline_without_its_era():
    e = one("Sanaa, 3 Ramadan 1446 corresponding to 3 March 2025 (Saba) - Two civilians were killed by shelling on "
            "Sunday.", "2025-03-03")
    assert e.event_date == "2025-03-02"


def test_a_sheet_rows_notes_that_tell_no_count_keep_the_rows_count():
    text = ("Shelling log:\n\nDate,Settlement,Killed,Notes\n12.02.2025,Bilozerka,1,\"house hit, man killed\"\n"
            "13.02.2025,Antonivka,2,\n")
    assert [(e.location, e.fatalities) for e in events(text)] == [("Bilozerka", 1), ("Antonivka", 2)]


def test_an_exports_underscored_heads_and_a_notes_cell_with_its_own_semicolon():
    text = ("date;oblast;settlement;city_district;weapon_reported;killed;injured;source_ref\n"
            "15.02.2025;Zaporizka;Zaporizhzhia;Khortytskyi;missile;1;5;governor's post 05:12; local media\n")
    assert [(e.location.split(" (")[0], e.fatalities, e.injured, e.event_date) for e in events(text)] == [
        ("Zaporizhzhia", 1, 5, "2025-02-15")]


def test_the_city_of_an_earlier_strike_not_the_dateline():
    text = ("KYIV, March 4 (Wire) - Russian missiles hit an energy facility in the southern city of Zaporizhzhia before "
            "dawn on Tuesday, killing one worker.\n\n"
            "On Monday, two glide bombs struck a residential neighbourhood of the city, killing two people.")
    assert [(e.location, e.event_date) for e in events(text)] == [
        ("Zaporizhzhia", "2025-03-04"), ("Zaporizhzhia", "2025-03-03")]


def test_a_town_told_with_its_country_is_not_a_namesake_near_the_capital():
    e = one("Gunmen killed three people in Khorramabad, Iran, on Monday.")
    assert e.admin1 == "Lorestan"


def test_solar_months_in_other_spellings_and_orders():
    ref = date(2025, 5, 12)
    assert [d.date for d in find_dates("clashes on Saur 20 in Paryan", 0, ref)] == ["2025-05-10"]
    assert [d.date for d in find_dates("the blast (Hoot 12) in Kabul", 0, ref)] == ["2025-03-02"]
    assert [d.date for d in find_dates("on the 21st of Sawr in Kabul", 0, ref)] == ["2025-05-11"]


def test_a_list_that_tells_each_fate_counts_its_wounded_too():
    e = one("Police named the victims of Monday's shelling of Kherson:\n- Oleh Marchenko, 45, killed\n"
            "- Hanna Kovalenko, 71, injured\n- Petro Savchuk, 38, injured")
    assert (e.fatalities, e.injured) == (1, 2)


def test_a_nights_bullet_past_midnight_after_an_evening_one():
    text = ("Overnight, the enemy attacked with drones and missiles.\n"
            "▪️ Odesa region: at about 23:10 on 3 March an attack UAV hit a warehouse in Izmail. Two workers were injured.\n"
            "▪️ Dnipropetrovsk region: at 05:40 a ballistic missile struck Kryvyi Rih. One person was killed.")
    assert [(e.location, e.event_date) for e in events(text)] == [("Izmail", "2025-03-03"), ("Kryvyi Rih", "2025-03-04")]
