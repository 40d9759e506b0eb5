"""Twenty-ninth session: police logs' numbered entries, a bulletin's poster, languages, a monitor's air date."""
from __future__ import annotations

from conflictlens import extract
from conflictlens.extract.countries import find_countries

PUB = "2025-03-14"      # a Friday


def violent(text: str, published: str = PUB, source: str | None = None) -> list:
    return [e for e in extract(text, published=published, source=source) if e.event_type != "Strategic developments"]


def one(text: str, published: str = PUB, source: str | None = None):
    events = violent(text, published, source)
    assert len(events) == 1, [(e.location, e.fatalities, e.injured) for e in events]
    return events[0]


def test_a_road_accident_in_a_police_log_is_no_incident():
    events = violent("MUNICIPAL POLICE - SHIFT REPORT\n\n1. 03:10 - Gunmen shot dead a shopkeeper in Maiduguri's Gwange "
                     "ward.\n\n2. 08:45 - Road accident on the Damboa road: a tanker collided with a minibus; six injured "
                     "taken to the state hospital.")
    assert [(e.location, e.fatalities, e.injured) for e in events] == [("Maiduguri", 1, None)]


def test_guard_a_bus_overturned_in_an_attack_is_an_incident():
    e = one("A bus overturned on the Maiduguri road after gunmen opened fire on it on Thursday; three passengers were "
            "killed.")
    assert e.fatalities == 3


def test_a_language_is_no_country():
    assert find_countries("[Unofficial translation from Spanish]") == []
    assert find_countries("(Translated from the French original)") == []
    assert find_countries("Arabic-language channels showed the wreckage") == []


def test_guard_a_peoples_forces_are_still_their_country():
    assert [c[0] for c in find_countries("French troops and Spanish engineers were at the base")] == ["France", "Spain"]


HAITI_LOG = ("HAITIAN NATIONAL POLICE - WEST DEPARTMENT\nDaily summary, Thursday 13 March 2025\n\n"
             "1. Carrefour-Feuilles - Around 09:00, gang members opened fire on residents of the upper district and burned "
             "a dozen houses. Four people were killed.\n\n"
             "2. Croix-des-Bouquets - A lorry driver was kidnapped by armed men on the main road in the afternoon.\n\n"
             "3. Bel-Air - In the evening, police units exchanged fire with gang members; one gang member was killed and "
             "two officers were wounded.")


def test_a_neighbourhood_named_like_a_suburb_abroad_stays_in_the_logs_country():
    events = violent(HAITI_LOG)
    assert {e.country for e in events} == {"Haiti"}
    bel_air = next(e for e in events if "Bel-Air" in (e.location or ""))
    assert bel_air.admin1 == "Ouest"


CELAYA_LOG = ("DAILY INCIDENT REPORT\nPeriod: 00:00-23:59 h, Thursday 13 March 2025\n[Translated from Spanish]\n\n"
              "1.\nHomicide by firearm.\n01:15 h, Col. Las Insurgentes.\nA man aged about 35 was found dead on the "
              "pavement with gunshot wounds.\n\n"
              "2.\nTraffic accident.\n09:30 h, Av. Constituyentes.\nA pick-up collided with a motorcycle; the rider was "
              "taken to hospital with minor injuries.\n\n"
              "3.\nArmed attack.\n19:40 h, Col. Santa Rita.\nArmed men fired on two brothers outside their home; both "
              "were killed and a neighbour was wounded.\n")


def test_a_police_logs_numbered_entries_under_their_categories_are_incidents_of_their_own():
    events = violent(CELAYA_LOG, source="Municipal Police of Celaya (daily report)")
    assert sorted((e.fatalities, e.injured) for e in events) == [(1, None), (2, 1)]


def test_the_bulletins_poster_places_its_neighbourhoods():
    events = violent(CELAYA_LOG, source="Secretaría de Seguridad Ciudadana de Celaya (daily report)")
    assert {(e.country, e.admin1) for e in events} == {("Mexico", "Guanajuato")}


def test_a_monitors_note_of_the_day_aired_dates_its_today():
    e = one("UKRAINE: DRONE HITS SUMY SUBURB - REGIONAL RADIO\n\nText of report by Ukrainian regional radio Sumy Hromada "
            "on 12 March\n\n[Presenter] A Russian drone struck a petrol station on the edge of Sumy this morning. One "
            "employee was killed and two customers were injured, the regional administration said.",
            published="2025-03-14")
    assert (e.event_date, e.fatalities, e.injured) == ("2025-03-12", 1, 2)


THREAD = ("Olena Kravets @kravets_reports · Wed 12 March 2025\n\n"
          "1/ Morning in Zaporizhzhia oblast: Orikhiv hit by guided bombs at about 09:40. Local authorities say 4 killed. "
          "Thread below.\n\n"
          "2/ For the record, Huliaipole was hit too last night - a shell landed on a garage in the town centre. A 60-year-old "
          "man was killed and his son injured.\n\n"
          "3/ Correction to 1/: the Orikhiv toll is 3 killed, not 4. The figure I quoted counted a man who died of a heart "
          "attack during the alert. Orikhiv: 3 dead, 9 wounded. Sorry.\n\n"
          "4/ The regional governor says 7 civilians were killed across Zaporizhzhia oblast in the past 24h.")


def test_a_threads_correction_by_post_number_revises_that_posts_incident():
    events = sorted(violent(THREAD, published="2025-03-12"), key=lambda e: e.location)
    assert [(e.location, e.fatalities, e.injured, e.event_date) for e in events] == [
        ("Huliaipole", 1, 1, "2025-03-11"), ("Orikhiv", 3, 9, "2025-03-12")]


def test_an_age_told_roughly_is_no_count():
    e = one("A man aged about 35 was found shot dead outside a bar in Kano on Thursday, police said.")
    assert e.fatalities == 1


def test_both_after_a_semicolon_counts_the_two_just_told():
    e = one("Gunmen fired on two farmers near Gusau on Thursday; both were killed and a passer-by was wounded.")
    assert (e.fatalities, e.injured) == (2, 1)


def test_a_countrys_hospital_in_lower_case_names_no_country_of_the_incident():
    assert find_countries("medics at the Saudi hospital said") == []


def test_extract_takes_the_source_as_the_cli_reads_it():
    text = "Shelling hit the Dniprovskyi district overnight. Two people were injured."
    e = one(text, source="Kherson Regional Military Administration (Telegram)")
    assert e.admin1 == "Kherson"


def test_a_memos_subject_places_a_body_that_names_no_place():
    e = one("From: Field Security Officer\nTo: All programme staff\nSubject: Shooting at checkpoint near Bentiu\n\nColleagues,\n\n"
            "At around 16:00 yesterday gunmen opened fire on our vehicle at a checkpoint. One driver was killed and a "
            "guard was wounded. All movement is suspended until further notice.\n\nRegards")
    assert (e.location, e.fatalities, e.injured) == ("Bentiu", 1, 1)


BORDER_SUMMARY = ("BORDER GUARD SERVICE - KHARKIV DETACHMENT\nSummary as of 08:00, 12.03.2025\n\n"
                  "Over the past 24 hours the enemy carried out 41 attacks on border communities of Kharkiv region.\n\n"
                  "Means used:\n- artillery - 17 attacks\n- FPV drones - 12\n- guided bombs - 4\n\n"
                  "Significant incidents:\n"
                  "1) 11.03, 10:15 - Vovchansk: a drone dropped a grenade on a car; the driver was wounded.\n"
                  "2) 11.03, 23:50 - near Kozacha Lopan: a patrol clashed with a Russian sabotage group; two attackers were "
                  "killed, no losses among the guards.\n"
                  "3) 12.03, 04:10 - Zolochiv: a guided bomb hit a warehouse; no casualties.")


def test_a_border_summarys_dated_entries_are_incidents_and_its_tallies_none():
    events = sorted(violent(BORDER_SUMMARY, published="2025-03-12"), key=lambda e: e.event_date + (e.location or ""))
    assert [(e.location, e.event_date, e.fatalities, e.injured) for e in events] == [
        ("Kozacha Lopan", "2025-03-11", 2, None), ("Vovchansk", "2025-03-11", None, 1), ("Zolochiv", "2025-03-12", 0, 0)]


def test_guard_a_live_blogs_dotted_clock_is_no_day():
    e = one("Live coverage\n\n09.40 – Kherson: A shell hit a bus stop, wounding three people.", published="2025-03-12")
    assert e.event_date == "2025-03-12"


def test_a_country_named_as_its_force_is_not_where_it_happened():
    e = one("PRESS NOTE\n\n(a) At about 2300 hrs on 11 March 2025, Pakistan Rangers fired mortar shells on villages in the "
            "R.S. Pura sector of Jammu district. Two civilians were injured.", published="2025-03-12")
    assert (e.country, e.admin1) == ("India", "Jammu and Kashmir")


def test_a_press_notes_lettered_items_are_incidents_and_advice_in_case_of_shelling_none():
    events = violent("PRESS NOTE\n\n2. Details are as under:\n\n(a) At about 2300 hrs on 11 March 2025, mortar shells landed "
                     "in Kathua town; two civilians were injured.\n\n(b) At about 0400 hrs on 12 March 2025, troops near "
                     "Samba observed an armed intruder at the fence. On being challenged, he opened fire. Troops "
                     "retaliated and neutralised the intruder.\n\n3. Residents of border villages have been advised to "
                     "move to bunkers in case of shelling.", published="2025-03-12")
    assert sorted((e.location, e.fatalities, e.injured) for e in events) == [("Kathua", None, 2), ("Samba", 1, None)]


def test_places_told_quiet_are_no_scene():
    e = one("Nikopol district. In the morning the occupiers shelled the district centre with artillery. A 64-year-old woman "
            "was wounded.\n\nPokrovska and Myrivska hromadas were quiet during the day.", published="2025-03-12")
    assert e.location is None or "Pokrov" not in e.location and "Myriv" not in e.location


def test_a_neighbourhood_named_like_another_citys_district_stays_in_the_town_named():
    e = one("Russian artillery shelled Nikopol again on Tuesday morning. A 66-year-old man was killed in the Pivdennyi "
            "neighbourhood, the city council said.", published="2025-03-12")
    assert e.location.startswith("Nikopol") and e.admin1 == "Dnipropetrovsk"


def test_guard_a_city_district_of_a_city_the_report_names_elsewhere_stays():
    events = violent("In Baghdad a car bomb killed six people on Monday. A bombing in Fallujah killed a soldier, while gunmen "
                     "shot dead a shopkeeper in the city's Karrada district.", published="2025-03-12")
    assert any((e.location or "").startswith("Baghdad") for e in events)


def test_an_authority_named_after_its_region_is_whose_word_not_where():
    e = one("In Beryslav two residents died in shelling on Sunday. According to the Kherson regional administration, the "
            "army first dropped a grenade from a drone and then fired artillery at the street. Five people were injured.",
            published="2025-03-10")
    assert (e.location, e.fatalities, e.injured) == ("Beryslav", 2, 5)


def test_a_report_naming_both_weapons_joins_one_that_names_the_other():
    from conflictlens.resolve.match import score
    base = dict(event_id="e", event_type="Explosions/Remote violence", sub_event_type="Shelling/artillery/missile attack",
                plover=None, actor1="Military Forces of Russia", event_date="2025-03-09", time_precision=1,
                country="Ukraine", iso="UA", admin1="Kherson", location="Beryslav", geo_precision=1, where_prec=1,
                fatalities=2, latitude=46.84, longitude=33.43)
    shelled = dict(base, weapon="artillery", notes="the army first dropped a grenade from a drone and then fired artillery")
    droned = dict(base, weapon="drone", sub_event_type="Air/drone strike", notes="A drone attack on Beryslav killed two.")
    assert score(shelled, droned) is not None
    assert score(dict(shelled, notes="artillery fire hit the street"), droned) is None     # (guard: two weapons, two strikes)


def test_a_military_administration_by_its_initials_is_the_posts_region():
    from conflictlens.authority import source_place
    assert source_place("Kharkiv RMA head (Telegram)").admin1 == "Kharkiv"
    assert source_place("Kryvyi Rih MVA").name == "Kryvyi Rih"


def test_a_posts_first_line_of_its_town_alone_places_it_over_a_hospital_elsewhere():
    e = one("Velyka Pysarivka. Around 11:40 an enemy drone hit a tractor on the edge of the village. The tractor driver "
            "was wounded and taken to hospital in Sumy.", published="2025-03-12")
    assert e.location == "Velyka Pysarivka"


def test_a_night_then_a_small_hour_in_the_next_sentence_is_the_day_after_midnight():
    e = one("Overnight the enemy attacked the port of Reni with drones. At about 02:40 a warehouse was hit and caught "
            "fire. One worker was injured.", published="2025-03-12")
    assert e.event_date == "2025-03-12"


def test_guard_a_night_then_an_evening_hour_stays_the_night_before():
    e = one("Overnight the enemy attacked the port of Reni with drones. At about 23:40 a warehouse was hit and caught "
            "fire. One worker was injured.", published="2025-03-12")
    assert e.event_date == "2025-03-11"


def test_an_insurers_note_dates_its_loss_and_its_labels_are_no_places():
    e = one("CLAIM NOTE MU/25/0311-04\n\nLocation: Port of Reni, Danube, Odesa Oblast, Ukraine\nDate/time of loss: "
            "11.03.2025, approx. 02:40 LT\nNature: UAV attack on port area\nShore: warehouse at berth 4 struck; one "
            "stevedore injured.\nStatus: surveyor appointed.", published="2025-03-13")
    assert (e.location, e.event_date) == ("Reni", "2025-03-11")


# --- guards from the review of this session's rules --------------------------------------------------------------

def test_guard_strikes_on_positions_with_a_toll_are_an_incident_not_a_tally():
    e = one("Jets carried out 12 strikes on militant positions near Nabatieh on Tuesday, killing three fighters.")
    assert (e.location, e.fatalities) == ("Nabatieh", 3)


def test_guard_troops_sent_to_protect_civilians_from_attacks_and_attacked_are_an_incident():
    e = one("Peacekeepers deployed to protect civilians from militia attacks came under fire near Djugu on Sunday.")
    assert e.location == "Djugu"


def test_guard_a_press_releases_short_numbered_paragraph_opens_no_second_incident():
    events = violent("PRESS RELEASE\n\n1. Terrorists attacked a post in North Waziristan on Monday night; two soldiers were "
                     "martyred.\n\n2. Security forces responded effectively.\nFour terrorists were killed in the exchange "
                     "of fire.")
    assert len(events) == 1 and events[0].location == "North Waziristan"


def test_guard_a_logs_days_are_no_thread_posts():
    events = violent("Daily log\n\n10/03 Kharkiv: a drone hit a car, two killed.\n\n11/03 Sumy: shelling wounded three.\n\n"
                     "12/03 Update on 10/03: the Kharkiv toll rose to three.")
    assert sorted(e.location for e in events) == ["Kharkiv", "Sumy"]


def test_guard_a_correction_post_that_tells_another_strike_keeps_it_apart():
    events = violent("1/ Morning: guided bombs on Orikhiv at 09:40. 3 killed.\n\n2/ Nothing else yet.\n\n3/ Update on 1/: "
                     "the Orikhiv toll is now 5. Separately, a drone hit a bus in Zaporizhzhia city, killing 2 and wounding 6.")
    assert sorted((e.location, e.fatalities) for e in events) == [("Orikhiv", 5), ("Zaporizhzhia", 2)]


def test_guard_a_casualty_lists_rows_are_counts_not_tallies():
    e = one("Missile strike on a shopping centre in Kharkiv on 11 March.\n\nCasualties:\n- Killed: 4\n- Injured: 11")
    assert (e.fatalities, e.injured) == (4, 11)


def test_guard_a_country_named_as_its_army_that_lost_soldiers_is_where():
    e = one("Mali Army soldiers were killed in an ambush near Boni on Tuesday; four died.")
    assert e.country == "Mali"


def test_guard_a_sizeable_town_abroad_near_the_reports_country_stays():
    events = violent("A blast at an arms plant in Zelenodolsk killed three workers on Tuesday. Shelling hit Kupiansk and "
                     "Izium in Kharkiv oblast, killing two.")
    assert ("Zelenodolsk", "Russia") in [(e.location, e.country) for e in events]


def test_guard_a_district_of_the_regional_centre_of_a_region_named_stays():
    e = one("Russian drones struck the Kharkiv region overnight. In Chuhuiv a house was damaged. In the regional centre, "
            "a drone hit the Kyivskyi district, injuring two people.")
    assert e.location.startswith("Kharkiv")


def test_guard_a_person_struck_by_fragments_is_no_place_and_a_national_police_no_town():
    from conflictlens.authority import source_place
    e = one("Shevchenko struck by shell fragments\n\nA Ukrainian officer, Ivan Shevchenko, was wounded by shelling near "
            "Pokrovsk on Tuesday.")
    assert e.location == "Pokrovsk"
    assert source_place("Policía Nacional (Colombia)") is None and source_place("Radio Station Kyiv") is None


def test_guard_both_after_a_toll_is_no_more_victims():
    e = one("Shelling wounded two people in Nikopol on Tuesday; both were injured by shrapnel, the governor said.")
    assert e.injured == 2


def test_guard_a_report_that_names_drones_shot_down_is_no_drone_strike_to_join():
    from conflictlens.resolve.match import score
    base = dict(event_id="e", event_type="Explosions/Remote violence", sub_event_type="Shelling/artillery/missile attack",
                plover=None, actor1="Military Forces of Russia", event_date="2025-03-09", time_precision=1,
                country="Ukraine", iso="UA", admin1="Odesa", location="Odesa", geo_precision=1, where_prec=1,
                latitude=46.48, longitude=30.73)
    missile = dict(base, weapon="missile", fatalities=4, notes="A missile hit the port. Air defence shot down 12 drones.")
    drone = dict(base, weapon="drone", sub_event_type="Air/drone strike", fatalities=4, notes="A drone hit a house.")
    assert score(missile, drone) is None


def test_a_correction_posts_aside_about_another_post_is_that_posts():
    events = violent("1/ Morning in Donetsk oblast: Kostiantynivka hit by guided bombs at about 08:15. The city says 3 killed.\n\n"
                     "2/ And an FPV drone hit a car just outside Druzhkivka at ~10:30 today. The driver was killed.\n\n"
                     "3/ Correction to 1/: the Kostiantynivka toll is 2 killed, not 3. The summary I quoted counted the man "
                     "killed by the FPV near Druzhkivka (see 2/). Kostiantynivka: 2 dead, 5 wounded.", published="2025-03-12")
    assert sorted((e.location, e.fatalities, e.injured) for e in events) == [("Druzhkivka", 1, None), ("Kostiantynivka", 2, 5)]


def test_a_condemnation_that_tells_the_attacks_place_and_day_sets_the_scene_of_the_toll_told_next():
    events = violent("PRESS RELEASE\n\nJUBA, 12 March 2025 - The Mission strongly condemns the attack by armed youth on "
                     "Pieri, in Uror County, Jonglei State, on Sunday.\n\nAccording to figures confirmed by local authorities, "
                     "16 people were killed and 9 others were wounded.", published="2025-03-12")
    assert [(e.location, e.event_date, e.fatalities, e.injured) for e in events if e.fatalities] == [
        ("Pieri", "2025-03-09", 16, 9)]


def test_where_blasts_were_heard_from_across_a_border_is_not_where_they_struck():
    e = one("Blasts heard in Palanca as drones hit Ukrainian port of Izmail\n\nResidents of Palanca in Moldova said they "
            "were woken shortly after 3 a.m. on Tuesday by explosions across the river, where Russian drones struck the "
            "Ukrainian port of Izmail. Ukrainian officials said two workers were injured.", published="2025-03-12")
    assert (e.country, e.location) == ("Ukraine", "Izmail")


def test_an_earlier_attack_recalled_in_passing_without_a_toll_is_no_incident():
    events = violent("Drones struck the port of Reni overnight; one worker was injured, the regional governor said on "
                     "Tuesday. A day earlier, drones hit the port of Izmail, further down the Danube.", published="2025-03-12")
    assert [e.location for e in events] == ["Reni"]


def test_the_place_of_the_attack_an_incident_came_after_is_not_its_place():
    e = one("Suspected rebels killed four farmers near Eringeti on Monday, a civil society group said, a day after at "
            "least 11 people were killed in an attack on the nearby village of Mamove.", published="2025-03-12")
    assert (e.location, e.fatalities) == ("Eringeti", 4)


def test_two_tolls_far_apart_on_two_days_are_two_attacks():
    from conflictlens.resolve.match import score
    base = dict(event_id="e", event_type="Violence against civilians", sub_event_type="Attack", plover=None,
                actor1="ADF: Allied Democratic Forces", country="Democratic Republic of the Congo", iso="CD",
                admin1="North Kivu", location="Beni", geo_precision=2, where_prec=2, latitude=0.49, longitude=29.47,
                time_precision=1, date_basis="text")
    sunday = dict(base, event_date="2025-03-09", fatalities=14, published="2025-03-10")
    monday = dict(base, event_date="2025-03-10", fatalities=5, published="2025-03-11")
    assert score(sunday, monday) is None


def test_the_attack_a_report_says_its_own_came_after_is_recalled():
    events = violent("Gunmen killed four farmers on the outskirts of Bama on Tuesday, residents said.\n\nThe killings came a "
                     "day after a suicide bomber killed six people at a market in Dikwa.", published="2025-03-12")
    assert [(e.location, e.fatalities) for e in events] == [("Bama", 4)]
    events = violent("A drone hit a warehouse in Odesa's Kyivskyi district early on Tuesday, killing a watchman. It was the "
                     "second night in a row that the city was attacked: on Monday, missiles hit the port, killing two.",
                     published="2025-03-12")
    assert [e.fatalities for e in events] == [1]


def test_a_day_of_attacks_the_strike_came_at_the_end_of_and_a_days_missiles_told_after_are_recalled():
    events = violent("Three people were killed on Tuesday afternoon when a missile hit the central square of Sloviansk, "
                     "regional officials said. The strike came at the end of a day of heavy attacks on cities in the east; "
                     "glide bombs had killed two people in Kostiantynivka that morning.", published="2025-03-12")
    assert [(e.location, e.fatalities) for e in events] == [("Sloviansk", 3)]
    events = violent("Forum: Kherson residents\n\nanna_k: Rockets hit the river port last night, two wounded, the mayor "
                     "wrote.\n\nivan_p: After Monday's drones on Korabelnyi I thought we'd get one quiet night.",
                     published="2025-03-12")
    assert [e.injured for e in events] == [2]


def test_an_earlier_attack_told_in_the_pluperfect_is_recalled():
    events = violent("A third person has died after Friday evening's guided-bomb strike on the centre of Kupiansk, the city "
                     "administration said on Saturday. Earlier the same day, a man had been killed when rockets hit the "
                     "nearby village of Petropavlivka.", published="2025-03-15")
    assert [e.location for e in events] == ["Kupiansk"]


def test_no_casualty_in_the_singular_is_none_killed_or_hurt_but_no_casualty_figures_is_unknown():
    e = one("Gunmen opened fire on a border patrol near Samba on Monday. No casualty to troops or civilians has been "
            "reported.", published="2025-03-12")
    assert (e.fatalities, e.injured) == (0, 0)
    e = one("A shell hit a house in Kherson on Monday. No casualty figures were given.", published="2025-03-12")
    assert (e.fatalities, e.injured) == (None, None)
