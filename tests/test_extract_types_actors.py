"""ACLED event types and sub-types, weapons, actors and civilian targeting."""
from __future__ import annotations

import pytest

from conflictlens import extract
from extract_helpers import (
    AIR,
    ARRESTS,
    CIV_UA,
    CLASH,
    GRENADE,
    IED,
    RUSSIA,
    SHELLING,
    SUICIDE,
    UKRAINE,
    VAC_ATTACK,
    describe,
    only_incident,
)

PUB = "2025-05-02"


# --- type, sub-type and weapon from the means of attack ----------------------------

@pytest.mark.parametrize(
    "text, types, weapon",
    [
        (
            "A Russian ballistic missile hit a residential block in Dnipro on Thursday, killing four people.",
            SHELLING, "ballistic missile",
        ),
        (
            "Russia fired a cruise missile at a thermal power plant in Ladyzhyn overnight, injuring two workers.",
            SHELLING, "cruise missile",
        ),
        (
            "Russian artillery pounded the centre of Kupiansk on Tuesday, killing a pensioner.",
            SHELLING, "artillery",
        ),
        (
            "Russian troops fired Grad multiple rocket launchers at Marhanets on Wednesday, wounding three people.",
            SHELLING, "MLRS",
        ),
        (
            "Mortar fire from Russian positions hit the village of Khotin on Monday, injuring a farmer.",
            SHELLING, "mortar",
        ),
        (
            "Russian Shahed drones struck an apartment building in Odesa overnight, killing two people.",
            AIR, "drone",
        ),
        (
            "Russian aircraft dropped glide bombs on Kostiantynivka on Thursday, killing three residents.",
            AIR, "glide bomb",
        ),
        (
            "A guided aerial bomb hit a school in Sumy oblast on Friday; nobody was hurt, officials said.",
            AIR, "glide bomb",
        ),
        (
            "An airstrike on a market in the town of Mellit in North Darfur killed 12 people on Sunday, "
            "local activists said.",
            AIR, "airstrike",
        ),
        (
            "A roadside bomb exploded next to a police vehicle in Helmand on Monday, killing two officers.",
            IED, "IED",
        ),
        (
            "A car bomb went off outside a government building in Mogadishu on Saturday, killing five people.",
            IED, "car bomb",
        ),
        (
            "An assailant threw a grenade into a cafe in Bujumbura on Friday evening, wounding six customers, "
            "police said.",
            GRENADE, "grenade",
        ),
    ],
)
def test_type_and_weapon(text, types, weapon):
    e = only_incident(text, published=PUB)
    assert (e.event_type, e.sub_event_type) == types
    assert e.weapon == weapon


def test_landmine_is_remote_explosive():
    e = only_incident(
        "A tractor driver was killed when his vehicle hit a landmine in a field near Balakliia on Monday, "
        "the regional police said.",
        published=PUB,
    )
    assert (e.event_type, e.sub_event_type) == IED


def test_suicide_bomber():
    e = only_incident(
        "A suicide bomber blew himself up at the entrance to a mosque in Kunduz during Friday prayers, "
        "killing at least 20 worshippers, a provincial spokesman said.",
        published=PUB,
    )
    assert (e.event_type, e.sub_event_type) == SUICIDE
    assert e.fatalities == 20


def test_armed_clash_between_forces():
    e = only_incident(
        "Ukrainian and Russian forces fought an hours-long battle near the village of Andriivka on Tuesday, "
        "the Ukrainian general staff said, adding that several assaults had been repelled.",
        published=PUB,
    )
    assert (e.event_type, e.sub_event_type) == CLASH
    assert {e.actor1, e.actor2} == {RUSSIA, UKRAINE}
    assert e.civilian_targeting is not True


def test_gunmen_shooting_villagers_is_violence_against_civilians():
    e = only_incident(
        "Unidentified gunmen opened fire on villagers gathered at a well in Plateau State on Wednesday, "
        "killing eight people, police said.",
        published=PUB,
    )
    assert (e.event_type, e.sub_event_type) == VAC_ATTACK
    assert e.civilian_targeting is True
    assert e.weapon == "small arms"
    assert e.fatalities == 8


def test_arrest_is_a_strategic_development():
    events = extract(
        "Ukraine's security service said on Thursday it had detained a man in Zaporizhzhia suspected "
        "of passing the coordinates of air defence positions to Russian intelligence.",
        published=PUB,
    )
    arrests = [e for e in events if (e.event_type, e.sub_event_type) == ARRESTS]
    assert len(arrests) == 1, describe(events)
    assert arrests[0].fatalities in (None, 0)


# --- actors and civilian targeting -------------------------------------------------

def test_russian_strike_on_ukrainian_homes():
    e = only_incident(
        "A Russian missile destroyed a block of flats in Poltava on Saturday, killing seven residents, "
        "the regional governor said.",
        published=PUB,
    )
    assert e.actor1 == RUSSIA
    assert e.actor2 == CIV_UA
    assert e.civilian_targeting is True


def test_russia_as_a_state_is_its_military():
    e = only_incident(
        "Russia launched dozens of drones at Kharkiv overnight, damaging houses in the Kyivskyi district "
        "and injuring four residents, the mayor said.",
        published=PUB,
    )
    assert e.actor1 == RUSSIA
    assert e.actor2 == CIV_UA


def test_residential_area_hit_without_casualties_is_civilian_targeting():
    e = only_incident(
        "Russian shelling hit residential areas of Nikopol on Sunday, damaging six private houses and a "
        "gas pipeline. No casualties were reported.",
        published=PUB,
    )
    assert e.civilian_targeting is True
    assert e.actor1 == RUSSIA


def test_strike_on_military_positions_is_not_civilian_targeting():
    e = only_incident(
        "Russian artillery struck Ukrainian positions near Toretsk on Monday, killing two soldiers, "
        "the brigade said.",
        published=PUB,
    )
    assert e.actor1 == RUSSIA
    assert e.actor2 == UKRAINE
    assert e.civilian_targeting is not True
    assert e.soldiers_killed == 2


def test_ukrainian_drone_on_russian_city():
    e = only_incident(
        "A Ukrainian drone hit a residential building in Belgorod on Thursday, injuring two people, "
        "the Russian regional governor said.",
        published=PUB,
    )
    assert e.actor1 == UKRAINE
    assert e.actor2 == "Civilians (Russia)"
    assert e.civilian_targeting is True
    assert e.weapon == "drone"


def test_unattributed_strike_has_no_invented_actor():
    e = only_incident(
        "An explosion from an unknown device damaged a rail bridge near Kalush on Wednesday night; "
        "nobody was injured, police said.",
        published=PUB,
    )
    assert e.actor1 in (None, "Unidentified Armed Group", "Unidentified Armed Group (Ukraine)")


def test_a_sponsor_country_is_neither_the_place_nor_the_actor():
    import conflictlens
    rebels = conflictlens.extract("About 20 pro-Russia rebels were killed in fighting in east Ukraine, the minister said.",
                                  published="2014-05-09")
    assert [e.country for e in rebels] == ["Ukraine"]
    assert all("Russia" not in (e.actor1 or "") for e in rebels)
    militia = conflictlens.extract("Iranian-backed militias killed four people in Baghdad.", published="2019-01-03")
    assert [(e.country, e.actor1) for e in militia] == [("Iraq", None)]


def test_occupation_and_led_forces_are_the_attacker():
    import conflictlens
    events = conflictlens.extract("Russian-occupation forces shelled positions in Donbas; one Ukrainian soldier "
                                  "was killed.", published="2021-02-22")
    assert [(e.country, e.actor1, e.actor2) for e in events] == [
        ("Ukraine", "Military Forces of Russia", "Military Forces of Ukraine")]
    led = conflictlens.extract("Russia-led forces shelled Kharkiv, killing two.", published="2022-05-02")
    assert [(e.country, e.actor1) for e in led] == [("Ukraine", "Military Forces of Russia")]


@pytest.mark.parametrize("text", [
    "The deputy governor was assassinated outside his home in the provincial capital.",
    "Militants slaughtered nine herders in a village in the north.",
    "A schoolteacher was murdered in the market town on Saturday.",
])
def test_a_killing_word_alone_makes_an_incident(text):
    from conflictlens import extract
    events = [e for e in extract(text, published="2017-06-12") if e.plover is None]
    assert [e.event_type for e in events] == ["Violence against civilians"]


def test_executing_a_warrant_is_no_incident():
    from conflictlens import extract
    assert extract("Police executed a search warrant at the office on Monday.", published="2017-06-12") == []


def test_the_only_country_named_is_the_place_even_when_its_forces_are_a_side():
    import conflictlens
    events = conflictlens.extract("Insurgents shoot down Mali army helicopter, killing 3", published="2019-05-02")
    assert [e.country for e in events] == ["Mali"]


@pytest.mark.parametrize("text,expected", [
    ("Separatist fighters attack Ukrainian border guards near Luhansk", ("Battles", "Armed clash")),
    ("Militants stormed a police checkpoint in Kunar overnight.", ("Battles", "Armed clash")),
    ("Gunmen stormed a wedding party in Kano.", ("Violence against civilians", "Attack")),
    ("'Exchanges of fire' reported at the airport in Donetsk", ("Battles", "Armed clash")),
])
def test_an_armed_group_attacking_is_an_incident_before_any_toll(text, expected):
    import conflictlens
    events = conflictlens.extract(text, published="2014-06-01")
    assert [(e.event_type, e.sub_event_type) for e in events] == [expected]


def test_a_group_attacking_a_proposal_is_no_incident():
    import conflictlens
    assert conflictlens.extract("The opposition attacked the proposal in parliament.", published="2014-06-01") == []


@pytest.mark.parametrize("text", [
    "Border guards repelled an enemy attack near Vovchansk.",
    "The brigade repulsed four assaults on Chasiv Yar overnight.",
    "Marines knocked the enemy out of two trenches near Krynky.",
    "Paratroopers counterattacked south of Kupiansk.",
])
def test_a_fight_told_by_its_outcome_is_an_armed_clash(text):
    e = only_incident(text, PUB)
    assert (e.event_type, e.sub_event_type) == CLASH


@pytest.mark.parametrize("text", [
    "The minister repelled all questions about the budget.",
    "The bank said it had repelled a cyber attack on its servers.",
    "The government repelled attempts to impose new taxes.",
    "The opposition counterattacked in parliament.",
])
def test_a_repelled_argument_is_no_fight(text):
    assert extract(text, published=PUB) == []


def test_a_repelled_drone_attack_stays_a_drone_strike():
    e = only_incident("Air defence forces repelled a drone attack on Belgorod overnight.", PUB)
    assert e.sub_event_type == "Air/drone strike"


@pytest.mark.parametrize("text,country", [
    ("At least nine Malian soldiers were killed when their truck hit a mine near Gao.", "Mali"),
    ("Six Nigerian troops were ambushed and killed by insurgents near Gwoza.", "Nigeria"),
])
def test_a_countrys_forces_that_were_hit_are_its_victims_not_the_attackers(text, country):
    e = only_incident(text, PUB)
    assert e.actor1 != f"Military Forces of {country}"
    assert e.actor2 == f"Military Forces of {country}"
    assert e.country == country


@pytest.mark.parametrize("text,actor1", [
    ("Israeli forces killed two Palestinians in Nablus.", "Military Forces of Israel"),
    ("Russian shelling killed two people in Kherson.", "Military Forces of Russia"),
])
def test_forces_that_killed_are_still_the_attacker(text, actor1):
    assert only_incident(text, PUB).actor1 == actor1


def test_lashkar_gah_and_lashkar_e_jhangvi_are_not_lashkar_e_taiba():
    assert only_incident("Two soldiers were killed in Lashkar Gah when Taliban fighters attacked.", PUB).actor1 == "Taliban"
    assert all(e.actor1 != "Lashkar-e-Taiba" for e in
               extract("Lashkar-e-Jhangvi claimed the bombing that killed 20 worshippers.", published=PUB))


def test_the_type_agrees_with_the_weapon_the_lead_names():
    e = only_incident("Russian troops shelled 14 settlements in the Kherson region over the past day, wounding seven "
                      "people. In Kherson, a drone dropped explosives on a car, wounding its driver.", PUB)
    assert (e.sub_event_type, e.weapon) == (SHELLING[1], "artillery")


def test_killings_with_abductions_are_an_attack_and_airstrikes_name_their_side():
    e = only_incident("Boko Haram insurgents killed 17 farmers in a village in Borno state. Four others were abducted.", PUB)
    assert e.sub_event_type == "Attack"
    e = only_incident("Israeli airstrikes on the Gaza Strip killed at least 27 Palestinians overnight.", PUB)
    assert e.actor1 == "Military Forces of Israel"


@pytest.mark.parametrize("text,actor1", [
    ("The al-Qaida-linked al-Shabab group claimed the attack that killed 10 people in Mogadishu.", "Al Shabaab"),
    ("The paramilitary Rapid Support Forces shelled a displacement camp near El Fasher, killing 14 civilians.",
     "RSF: Rapid Support Forces"),
])
def test_the_group_after_its_affiliation_and_more_groups(text, actor1):
    assert only_incident(text, PUB).actor1 == actor1


def test_seized_weapons_type_nothing_and_aerial_bombs_are_an_air_strike():
    e = only_incident("The force killed two insurgents in a firefight in Helmand province. The security force found "
                      "a cache of rifles and grenades.", PUB)
    assert e.sub_event_type != GRENADE[1]
    e = only_incident("Russian troops dropped aerial bombs on Kostiantynivka, killing two civilians.", PUB)
    assert e.sub_event_type == AIR[1]


@pytest.mark.parametrize("text", [
    "A combined Afghan and coalition security force killed two insurgents and detained a Taliban leader in Helmand.",
    "The force conducted an operation in search of a Haqqani facilitator in Khost, killing one insurgent.",
])
def test_the_group_a_raid_was_after_is_not_its_attacker(text):
    e = only_incident(text, "2012-03-03")
    assert e.actor1 not in ("Taliban", "Haqqani Network")
    assert e.actor1 is None or e.actor1 != e.actor2


@pytest.mark.parametrize("text,sub", [
    ("Insurgents seized a checkpoint after a car bomb attack in Ghazni that killed six police officers.", IED[1]),
])
def test_a_seized_place_does_not_unarm_the_attack_that_took_it(text, sub):
    assert only_incident(text, PUB).sub_event_type == sub


def test_press_freedom_rsf_and_a_lower_case_bla_are_no_armed_groups_and_a_target_group_is_actor2():
    for text in ("A journalist was killed by a drone strike on his car on Monday, press freedom group RSF said.",
                 "Gunmen killed a contractor and his bla driver in Kabul on Monday."):
        assert all(not (e.actor1 or "").startswith(("RSF", "BLA")) for e in extract(text, published=PUB))
    e = only_incident("The army said its troops killed seven Taliban fighters in a clash in Kunduz on Wednesday.", PUB)
    assert e.actor2 == "Taliban"


@pytest.mark.parametrize("text,actor1,actor2", [
    ("A roadside bomb killed two ISAF service members in eastern Afghanistan on Tuesday, the coalition said.",
     None, "Military Forces of NATO (ISAF)"),
    ("Three Turkish soldiers were killed by PKK militants in northern Iraq.",
     "PKK: Kurdistan Workers Party", "Military Forces of Turkey"),
    ("Two soldiers were killed in Kunduz when Taliban fighters attacked.", "Taliban", "Military Forces of Afghanistan"),
])
def test_the_soldiers_own_force_and_who_hit_them(text, actor1, actor2):
    e = only_incident(text, PUB)
    assert (e.actor1, e.actor2) == (actor1, actor2)


@pytest.mark.parametrize("text,actor1,actor2", [
    # a country's own forces acting at home are its actor1
    ("Nigerian troops killed 14 insurgents near Damboa on Monday.", "Military Forces of Nigeria",
     "Unidentified Armed Group (Nigeria)"),
    ("Shelling by Ukrainian Armed Forces killed two residents of Horlivka, the city's mayor said.",
     "Military Forces of Ukraine", "Civilians (Ukraine)"),
    # forces named after a verb of attack are its victims, not its agent
    ("A roadside bomb hit a patrol in Diyala on Sunday, killing three Iraqi soldiers.", None, "Military Forces of Iraq"),
    ("Al-Shabaab fighters attacked Somali troops at a base near Afgooye, killing nine soldiers.", "Al Shabaab",
     "Military Forces of Somalia"),
    # the victims' own state, told in a headline, is no attacker
    ("Four Ukrainian servicemen killed in east - military", None, "Military Forces of Ukraine"),
    # forces named without their state are the forces of the country where it happened
    ("Security forces killed five militants in a raid in Bannu district on Tuesday.", "Military Forces of Pakistan",
     "Unidentified Armed Group (Pakistan)"),
    ("Police in Kano shot dead two suspected kidnappers on Friday.", "Police Forces of Nigeria", None),
    # police victims are police forces
    ("Gunmen killed three policemen at a checkpoint in Zhob on Thursday.", "Unidentified Armed Group (Pakistan)",
     "Police Forces of Pakistan"),
    # "the occupiers" in a report from Ukraine
    ("The occupiers shelled Marhanets overnight, wounding a woman, the regional administration said.",
     "Military Forces of Russia", "Civilians (Ukraine)"),
])
def test_whose_forces_acted_and_whose_were_hit(text, actor1, actor2):
    from conflictlens import extract
    [e] = extract(text, published="2025-02-13")
    assert e.actor1 == actor1
    if actor2 is not None:
        assert e.actor2 == actor2


def test_a_country_named_with_a_town_rules_out_its_namesakes_abroad():
    from conflictlens import extract
    [e] = extract("Malian troops killed 11 militants near Boni, Mali, on Monday.", published="2025-02-13")
    assert (e.country, e.actor1) == ("Mali", "Military Forces of Mali")


@pytest.mark.parametrize("text,weapon,actor1", [
    ("A Russian Iskander-M missile struck Poltava, killing two.", "ballistic missile", "Military Forces of Russia"),
    ("Russian aircraft dropped two FAB-500 bombs on Vovchansk, wounding a man.", "glide bomb", "Military Forces of Russia"),
    ("A Geran-2 drone hit a house in Izmail, injuring one.", "drone", None),
    ("Ukraine fired Storm Shadow missiles at Luhansk, killing three.", "cruise missile", "Military Forces of Ukraine"),
    # a weapon built to a standard names no army
    ("Shelling killed two civilians in Donetsk. The shells were NATO-standard.", "artillery", None),
])
def test_weapon_models_and_states_that_fire_them(text, weapon, actor1):
    from conflictlens import extract
    [e] = extract(text, published="2025-06-03")
    assert (e.weapon, e.actor1) == (weapon, actor1)


@pytest.mark.parametrize("text,actor1,actor2", [
    # a coalition named by its leader, or by where it strikes
    ("A Saudi-led coalition airstrike killed six people in Saada, Yemen, on Monday.", "Military Forces of Saudi Arabia",
     "Civilians (Yemen)"),
    ("Coalition airstrikes killed 12 Islamic State fighters near Raqqa, Syria.", "Military Forces of United States",
     "Islamic State"),
    # militants in a place are no state's forces; armed men and bandits are an armed group
    ("Palestinian militants in Gaza fired rockets at Sderot, wounding two people.", "Unidentified Armed Group (Israel)",
     "Civilians (Israel)"),
    ("Bandits killed 14 people in Bungudu, Zamfara state, on Friday.", "Unidentified Armed Group (Nigeria)",
     "Civilians (Nigeria)"),
    # a group named after "against" is the target
    ("U.S. Africa Command conducted an airstrike against ISIS-Somalia near Bosaso, killing three operatives.",
     "Military Forces of United States", "Islamic State"),
    # the self-proclaimed republics' fighters, and a state's fire named by its adjective
    ("LPR militiaman killed in Ukrainian shelling - people's militia", "Military Forces of Ukraine",
     "LNR: Luhansk People's Republic"),
    ("One militia member killed in Kiev forces' shelling in Donetsk republic", "Military Forces of Ukraine", None),
    # an execution of civilians by soldiers
    ("Soldiers summarily executed 48 civilians in a village near Djibo, a rights group said.",
     "Military Forces of Burkina Faso", "Civilians (Burkina Faso)"),
])
def test_coalitions_armed_groups_republics_and_executions(text, actor1, actor2):
    from conflictlens import extract
    [e] = extract(text, published="2025-03-04")
    assert e.actor1 == actor1
    if actor2 is not None:
        assert e.actor2 == actor2


def test_a_clash_between_two_named_sides_is_a_battle_even_where_civilians_died():
    from conflictlens import extract
    [e] = extract("M23 rebels and the Congolese army clashed near Sake on Tuesday, killing 13 civilians.",
                  published="2025-03-04")
    assert (e.event_type, e.actor1, e.actor2) == ("Battles", "M23: March 23 Movement",
                                                   "Military Forces of Democratic Republic of Congo")
    # a named battle in a title is no clash of this incident
    [e] = extract("Part of the Battle of Marawi: militants shot dead 9 villagers in a school, a day after troops "
                  "entered the town.", published="2017-06-01")
    assert e.event_type == "Violence against civilians"


@pytest.mark.parametrize("text,actor1", [
    # the forces that said it are no attacker; a state that launched an appeal did not attack
    ("Police said gunmen killed two villagers in Zamfara state on Friday.", "Unidentified Armed Group (Nigeria)"),
    ("Ukraine launched an appeal for aid after Russian drones killed 12 people in Odesa on Friday.",
     "Military Forces of Russia"),
    ("Nigerian troops carried the bodies of 20 villagers killed by gunmen to Gusau.", "Unidentified Armed Group (Nigeria)"),
])
def test_saying_and_other_deeds_are_no_attack(text, actor1):
    from conflictlens import extract
    [e] = extract(text, published="2025-03-01")
    assert e.actor1 == actor1


@pytest.mark.parametrize("text,weapon", [
    ("Israeli aerial bombardment killed 12 people in Khan Younis.", "airstrike"),
    ("A study published in The Lancet said 640 people were killed in the strikes on Gaza.", None),
    # ("clashes" name no weapon of their own)
    ("The minister dropped a bombshell: 40 soldiers had been killed in the clashes.", None),
    ("The minister dropped a bombshell: 40 soldiers had been killed in the firefight.", "small arms"),
])
def test_words_that_begin_like_a_weapon(text, weapon):
    from conflictlens import extract
    [e] = extract(text, published="2025-03-01")
    assert e.weapon == weapon


@pytest.mark.parametrize("text,event_type,sub_event_type,actor1", [
    ("Russian glide bombs struck Zaporizhzhia on Friday, killing two people.", "Explosions/Remote violence",
     "Air/drone strike", "Military Forces of Russia"),
    ("A military jet bombed a monastery in Sagaing, killing 12.", "Explosions/Remote violence", "Air/drone strike",
     "Military Forces of Myanmar"),
    ("The confrontation between two criminal cells left five dead in Culiacan.", "Battles", "Armed clash", None),
    # the group a bomb killed is no attacker
    ("Sticky bomb kills two Taliban officials in Khost", "Explosions/Remote violence",
     "Remote explosive/landmine/IED", None),
    # forces named without their state, where only the place tells the country
    ("Security forces killed three militants in a firefight near Marawi on Sunday.", "Battles", "Armed clash",
     "Military Forces of Philippines"),
])
def test_glide_bombs_jets_gang_clashes_and_victim_groups(text, event_type, sub_event_type, actor1):
    from conflictlens import extract
    [e] = extract(text, published="2024-11-12")
    assert (e.event_type, e.sub_event_type, e.actor1) == (event_type, sub_event_type, actor1)


@pytest.mark.parametrize("text,event_type,actor1", [
    # a confrontation of states in words is no clash
    ("The confrontation between Washington and Beijing deepened in Geneva on Monday.", None, None),
    # "Car bombs" name no country's forces; militants named by their nationality keep it
    ("Car bombs killed 12 people in Baghdad on Monday.", "Explosions/Remote violence", None),
    ("Iraqi militants planted a bomb near a market in Tarmiyah, killing two people.", "Explosions/Remote violence",
     "Unidentified Armed Group (Iraq)"),
    # a raid on civilians "before forces fought them" is no battle of two sides
    ("Al-Shabaab militants stormed a hotel in Mogadishu on Sunday, killing 9 civilians before Somali forces fought "
     "them for hours.", "Violence against civilians", "Al Shabaab"),
])
def test_words_that_look_like_sides(text, event_type, actor1):
    from conflictlens import extract
    events = extract(text, published="2025-03-01")
    assert (events[0].event_type if events else None, events[0].actor1 if events else None) == (event_type, actor1)


@pytest.mark.parametrize("text,actor1,location", [
    # ground taken is a battle, not an arrest
    ("Russian forces have captured the village of Stelmakhivka in the Luhansk region, the Defence Ministry said.",
     "Military Forces of Russia", "Stelmakhivka"),
    ("Jihadists seized the town of Boni after clashes with the army that killed 12 soldiers.",
     "Unidentified Armed Group (Mali)", "Boni"),
])
def test_ground_taken_is_a_battle(text, actor1, location):
    from conflictlens import extract
    [e] = extract(text, published="2025-02-20")
    assert (e.event_type, e.sub_event_type) == ("Battles", "Armed clash")
    assert e.location == location
    if "Boni" not in text:
        assert e.actor1 == actor1


def test_people_captured_are_still_an_arrest():
    from conflictlens import extract
    [e] = extract("Police captured two suspected militants in Kano on Monday.", published="2025-02-20")
    assert e.sub_event_type == "Arrests"


@pytest.mark.parametrize("text,actor1", [
    # a state's forces or fire named by their service
    ("Artillery shelling by the regime forces killed three civilians in Sarmin on Monday.", "Military Forces of Syria"),
    ("An army airstrike on a market in Mellit killed 65 people on Monday.", "Military Forces of Sudan"),
    ("CODECO militiamen killed 18 people in Djugu on Sunday night.", "CODECO: Cooperative for the Development of Congo"),
])
def test_forces_named_by_their_service_and_more_groups(text, actor1):
    from conflictlens import extract
    [e] = extract(text, published="2024-12-05")
    assert e.actor1 == actor1


def test_the_speakers_group_is_no_attacker():
    from conflictlens import extract
    [e] = extract('"The plane dropped two bombs on the monastery in Sagaing on Monday," said Ko Zaw, a member of the '
                  "local People's Defence Force.", published="2024-04-10")
    assert e.actor1 != "PDF: People's Defense Force"


def test_the_troops_own_wounded_do_not_make_them_the_other_side():
    [e] = extract("Troops killed 12 terrorists near Gwoza, Borno State, on Sunday. Two soldiers were wounded "
                  "in the exchange of fire.", published="2021-06-15")
    assert e.actor1 == "Military Forces of Nigeria"
    assert e.actor2 == "Unidentified Armed Group (Nigeria)"


@pytest.mark.parametrize("text,sub_event_type,weapon", [
    ("A Malian army convoy hit a mine near Ansongo, killing two soldiers.", "Remote explosive/landmine/IED", "landmine"),
    ("Two civilians were killed as fighting flared in Avdiivka.", "Attack", None),
])
def test_a_mine_hit_and_fighting_that_names_no_weapon(text, sub_event_type, weapon):
    from conflictlens import extract
    [e] = extract(text, published="2023-05-18")
    assert (e.sub_event_type, e.weapon) == (sub_event_type, weapon)


def test_victims_forces_follow_the_place_out_of_a_namesakes_country():
    from conflictlens import extract
    [e] = extract("Gunmen attacked a convoy near Beledweyne, Hiran region, killing two bodyguards.",
                  published="2023-05-18")
    assert (e.country, e.actor2) == ("Somalia", "Military Forces of Somalia")


@pytest.mark.parametrize("text, event_type", [
    # the armed on both sides: an encounter, an engagement, an operation in which fighters fell
    ("Two militants were killed in an encounter with security forces in Shopian district on Tuesday.", "Battles"),
    ("Troops engaged bandits near Tsafe on Monday, killing four of them.", "Battles"),
    ("Soldiers carried out an operation near Bamenda on Friday in which several separatist fighters were neutralised.",
     "Battles"),
    ("Gunmen killed two militia members at a checkpoint near Kaya on Sunday.", "Battles"),
    ("A patrolman was killed by sniper fire near Tibu on Saturday.", "Battles"),
    # an operation that took people away is an arrest, not a fight
    ("Security forces confirmed the capture of a weapons smuggler during a security operation in Kandahar on Monday.",
     "Strategic developments"),
])
def test_armed_victims_and_operations(text, event_type):
    events = [e for e in extract(text, published=PUB) if e.plover is None]
    assert [e.event_type for e in events] == [event_type], [(e.event_type, e.sub_event_type) for e in events]


def test_a_second_strike_repeats_the_weapon_of_the_first():
    events = [e for e in extract("An airstrike near Jilib on Monday killed six fighters. A second strike on Tuesday near "
                                 "Kismayo killed two more fighters.", published=PUB) if e.plover is None]
    assert [(e.location, e.sub_event_type) for e in events] == [("Jilib", "Air/drone strike"), ("Kismayo", "Air/drone strike")]


@pytest.mark.parametrize("text", [
    "Jihadists kill 12 herders near Gossi",
    "ADF rebels kill 20 villagers in Mambasa territory",
])
def test_a_group_that_kills_in_a_headline_is_typed(text):
    events = [e for e in extract(text, published=PUB) if e.plover is None]
    assert [e.event_type for e in events] == ["Violence against civilians"]


@pytest.mark.parametrize("text, event_type", [
    ("Police arrested three suspects during a cordon and search operation in Pulwama on Monday.", "Strategic developments"),
    ("Thousands of supporters, who vowed to stay until the president resigns, held a rally in Nairobi on Monday.", "Protests"),
])
def test_operations_and_vows_keep_their_type(text, event_type):
    events = [e for e in extract(text, published=PUB) if e.plover is None]
    assert [e.event_type for e in events] == [event_type]


@pytest.mark.parametrize("text, event_type", [
    ("Two dead as protesters torch a police post in Eldoret on Tuesday", "Riots"),
    ("Bandits torched homes in a village near Tsafe on Tuesday, killing four.", "Violence against civilians"),
])
def test_a_protest_that_burns_is_a_riot(text, event_type):
    events = [e for e in extract(text, published=PUB) if e.plover is None]
    assert [e.event_type for e in events] == [event_type]


@pytest.mark.parametrize("text", [
    "Fighting between Fano militiamen and federal forces near Bahir Dar on Monday left eight people dead.",
    "A gunfight between rival armed groups near a camp in Ukhiya on Monday left three people dead.",
])
def test_fighting_between_two_armed_sides_is_a_battle(text):
    events = [e for e in extract(text, published="2026-05-20") if e.event_type != "Strategic developments"]
    assert events[0].event_type == "Battles"


@pytest.mark.parametrize("text", [
    "Rebels killed six civilians in an attack on Bambari on Monday, breaking a truce between government forces and rebels.",
    "Militiamen killed eight displaced people at a camp near Djugu on Monday, amid fighting between CODECO militias and "
    "Zaire fighters.",
])
def test_a_background_between_two_sides_leaves_an_attack_on_civilians(text):
    events = [e for e in extract(text, published="2026-05-20") if e.event_type != "Strategic developments"]
    assert events[0].event_type == "Violence against civilians"


def test_a_remote_controlled_bomb_is_an_ied():
    e = [e for e in extract("A remote-controlled bomb struck a Levies vehicle near Surab on Thursday, killing four.",
                            published="2026-05-20") if e.event_type != "Strategic developments"][0]
    assert e.weapon == "IED"


@pytest.mark.parametrize("text, weapon", [
    ("A Russian drone hit a minibus in Nikopol on Monday, killing two people, hours after a glide bomb attack on "
     "another town.", "drone"),
    ("Mortar rounds hit a market in Baidoa on Monday, killing four people, a day after a car bombing elsewhere in "
     "the city.", "mortar"),
    ("Two soldiers died in a gunfight with rebels near Saravena on Sunday, hours after a drone attack on a "
     "police post.", "small arms"),
])
def test_another_attacks_weapon_told_by_its_time_is_not_this_ones(text, weapon):
    assert only_incident(text, published="2025-05-20").weapon == weapon


@pytest.mark.parametrize("text", [
    "ISWAP attacks army base in Damasak, soldiers killed",
    "Al-Shabaab fighters storm military base near Jowhar",
    "JNIM ambushes army convoy near Boulkessi",
])
def test_a_named_group_attacking_a_post_in_a_headline_is_an_incident(text):
    e = only_incident(text, published="2025-05-20")
    assert e.event_type == "Battles" and e.location and e.location in text, (e.event_type, e.location)


def test_a_named_groups_attacks_as_a_noun_are_no_incident():
    events = [e for e in extract("Hamas attacks on army posts have drawn condemnation.", published="2025-05-20")
              if e.plover is None]
    assert not events


def test_a_brawl_of_villagers_with_stones_is_mob_violence():
    events = [e for e in extract("A clash broke out between two groups of villagers in Baramulla over a land dispute "
                                 "on Monday. The mob pelted stones and four people were injured.", published="2025-05-20")
              if e.plover is None]
    assert [(e.event_type, e.sub_event_type, e.injured) for e in events] == [("Riots", "Mob violence", 4)]


def test_clashes_between_gunmen_and_fighters_are_a_battle():
    e = only_incident("Clashes broke out between tribal gunmen and government-backed fighters in Jableh on Sunday, "
                      "killing five.", published="2025-05-20")
    assert e.event_type == "Battles"


def test_an_enemys_strike_names_the_side_not_the_place():
    e = only_incident("The Israeli enemy's strike on a car on the Nabatieh road led to the martyrdom of two citizens.",
                      published="2025-10-25")
    assert (e.country, e.fatalities) == ("Lebanon", 2)


def test_an_armed_groups_offensive_action_against_a_base_is_a_battle():
    e = only_incident("Our units carried out an offensive action against the military base in Saravena, causing "
                      "casualties among the troops of the regime.", published="2026-01-17")
    assert e.event_type == "Battles"


def test_a_clash_of_armed_herders_is_a_battle():
    e = only_incident("A clash broke out between two groups of herders near Kwall on Monday, killing five. Both sides "
                      "used firearms.", published="2025-05-20")
    assert e.event_type == "Battles"


def test_fired_at_a_security_forces_convoy_is_a_shooting():
    e = only_incident("Militants fired at a security forces convoy near Tank on Monday, injuring two soldiers.",
                      published="2025-05-20")
    assert e.weapon == "small arms"


def test_no_one_arrested_is_no_arrest():
    events = extract("Residents found the bodies of three men by the side of the highway near Navolato on Sunday. "
                     "So far no one has been arrested.", published="2025-10-06")
    assert not [e for e in events if e.sub_event_type == "Arrests"]
    assert [e.fatalities for e in events if e.plover is None] == [3]


@pytest.mark.parametrize("text, expected", [
    ("Police fired live rounds at protesters in Nairobi on Tuesday, killing two demonstrators.",
     ("Protests", "Excessive force against protesters")),
    ("Soldiers shot dead three marchers during a demonstration against fuel prices in Kano on Tuesday.",
     ("Protests", "Excessive force against protesters")),
    # not gunmen, and not a riot the police put down
    ("Gunmen opened fire on protesters in Bamako on Tuesday, killing two.", ("Violence against civilians", "Attack")),
    # police as the source of the report, not the shooters
    ("Police said unidentified gunmen shot dead two protesters in Aba on Saturday.",
     ("Violence against civilians", "Attack")),
    ("According to police, armed men killed four demonstrators in Baidoa on Saturday.",
     ("Violence against civilians", "Attack")),
])
def test_state_force_against_a_protest(text, expected):
    events = [e for e in extract(text, published="2025-05-20") if e.plover is None]
    assert [(e.event_type, e.sub_event_type) for e in events] == [expected]


def test_a_man_executed_with_shots_is_an_attack():
    [e] = [x for x in extract("A man was executed with several shots in the Bairro da Paz neighbourhood of Salvador on "
                              "Sunday night.", published="2025-11-25") if x.plover is None]
    assert (e.event_type, e.weapon) == ("Violence against civilians", "small arms")


@pytest.mark.parametrize("text", [
    "Two SDF members were killed when gunmen opened fire on their checkpoint near Hajin on Sunday.",
    "Gunmen shot dead three members of the Syrian Democratic Forces at a checkpoint in Shaddadi on Sunday.",
])
def test_members_of_an_armed_force_shot_by_gunmen_is_a_battle(text):
    [e] = [x for x in extract(text, published="2025-03-03") if x.plover is None]
    assert e.event_type == "Battles", (e.event_type, e.actor1, e.actor2)


def test_hts_is_a_named_group():
    [e] = [x for x in extract("HTS fighters shelled the village of Kafr Nabl on Sunday, killing two civilians.",
                              published="2025-03-03") if x.plover is None]
    assert e.actor1 == "HTS: Hayat Tahrir al-Sham", e.actor1


@pytest.mark.parametrize("text, expected", [
    # deaths in clashes between armed formations, no other deed told
    ("The hospital announced the death of two people and the injury of nine others in the armed clashes that "
     "broke out on Friday night between armed formations in Misrata.", ("Battles", "Armed clash")),
    # a state's strike with no weapon named, damage only
    ("An Israeli strike hit near a school in Khiam on Saturday, damaging its roof. There were no casualties.",
     ("Explosions/Remote violence", "Air/drone strike")),
    # an execution of civilians is an attack on them, whatever fighting is named
    ("The Islamic State executed 12 civilians in Hawija for allegedly fighting against it.",
     ("Violence against civilians", "Attack")),
    # houses blown up, nobody hurt: destruction of property
    ("Israeli troops blew up several houses in the border town of Odaisseh on Monday, the agency said.",
     ("Strategic developments", "Looting/property destruction")),
])
def test_types_of_less_common_phrasings(text, expected):
    [e] = [x for x in extract(text, published="2025-06-10") if x.plover is None]
    assert (e.event_type, e.sub_event_type) == expected


def test_a_pattern_of_attacks_in_passing_is_no_incident():
    events = [x for x in extract("Grain shipments continued despite periodic drone attacks on port infrastructure in "
                                 "the Mykolaiv region.", published="2025-06-10") if x.plover is None]
    assert events == []


@pytest.mark.parametrize("text", [
    # labour strikes and strike groups are no attacks
    "An Israeli strike by doctors closed hospitals in Tel Aviv on Monday.",
    "A nationwide Israeli strike over judicial reform shut the airport on Monday.",
    "A NATO strike group arrived in the Baltic Sea on Monday.",
    # homes razed by nature or demolished by authorities
    "Heavy floods razed 200 homes in Maiduguri on Monday.",
    "Authorities demolished 40 homes in an informal settlement in Lagos on Monday.",
])
def test_strikes_and_demolitions_that_are_no_violence(text):
    assert [e for e in extract(text, published="2025-06-10") if e.plover is None] == []


@pytest.mark.parametrize("text, expected", [
    # a blast that demolished houses is the blast
    ("A bomb exploded near the police station in Bannu on Monday; the blast demolished three houses. No one was hurt.",
     ("Explosions/Remote violence", "Remote explosive/landmine/IED")),
    # armed brigades that clashed fought a battle, whoever died
    ("Two brigades clashed in southern Tripoli overnight, and a passer-by lost his life.", ("Battles", "Armed clash")),
    # a state's judicial execution is no attack on civilians
    ("Iran executed four men convicted of spying, the judiciary said on Monday.", (None, None)),
])
def test_types_next_to_the_new_rules(text, expected):
    [e] = [x for x in extract(text, published="2025-06-10") if x.plover is None]
    assert (e.event_type, e.sub_event_type) == expected


@pytest.mark.parametrize("text, actor1, actor2", [
    ("Unidentified gunmen shot dead two SDF fighters near Hajin on Monday.",
     "Unidentified Armed Group (Syria)", "SDF: Syrian Democratic Forces"),
    ("An SDF spokesman said Turkish drones killed three civilians in Kobani on Monday.",
     "Military Forces of Turkey", "Civilians (Syria)"),
])
def test_a_named_group_that_is_hit_or_speaks_is_not_the_attacker(text, actor1, actor2):
    [e] = [x for x in extract(text, published="2025-06-10") if x.plover is None]
    assert (e.actor1, e.actor2) == (actor1, actor2)


def test_japans_sdf_is_not_the_syrian_democratic_forces():
    from conflictlens.extract.actors import find_group
    assert find_group("Japan's SDF sent helicopters after the earthquake, officials said.") is None


@pytest.mark.parametrize("text, expected", [
    ("In the town of Kindia, young men burned tyres and threw stones at the governor's office on Monday. Eight people "
     "were arrested.", ("Riots", "Violent demonstration")),
    ("In Kangpokpi district, a mob set fire to 12 houses on Monday. No one was injured.", ("Riots", "Mob violence")),
    ("Militants set fire to a primary school in Konduga overnight, police said.",
     ("Strategic developments", "Looting/property destruction")),
    ("Armed pirates hijacked a fishing dhow with nine crew members off the coast of Hobyo on Saturday.",
     ("Violence against civilians", "Abduction/forced disappearance")),
    ("Fighters of an armed group took a 15-year-old boy from his village near Tame for forced recruitment on Monday.",
     ("Violence against civilians", "Abduction/forced disappearance")),
])
def test_riots_arson_and_seizures(text, expected):
    [e] = [x for x in extract(text, published="2026-02-10") if x.plover is None]
    assert (e.event_type, e.sub_event_type) == expected


def test_an_unexploded_shell_is_a_remnant_of_war_not_shelling():
    [e] = [x for x in extract("Three boys were killed when an unexploded mortar shell they found blew up near Idlib on "
                              "Monday.", published="2026-02-10") if x.plover is None]
    assert (e.sub_event_type, e.weapon) == ("Remote explosive/landmine/IED", "unexploded ordnance")


@pytest.mark.parametrize("text", [
    "Two protesters died of gunshot wounds and 15 people were injured, among them four police officers, when police "
    "cleared a road blockade near Juliaca on Monday.",
    "Riot police used batons and tear gas to break up a march by street vendors in central Bulawayo on Monday, "
    "injuring at least nine.",
])
def test_police_breaking_up_a_protest_is_force_against_it(text):
    [e] = [x for x in extract(text, published="2026-01-20") if x.plover is None]
    assert (e.event_type, e.sub_event_type) == ("Protests", "Excessive force against protesters")


@pytest.mark.parametrize("text", [
    "Eight people were killed when two tribes clashed over a land dispute near Parachinar on Monday.",
    "At least nine people were killed in tribal fighting in the highlands of Enga Province on Monday.",
    "Six people were killed when armed youth from two rival cattle camps clashed near Yirol on Monday.",
    "Police freed four fishermen held by pirates near Eyl on Monday after a gunfight in which two pirates were killed.",
])
def test_fights_of_communal_or_criminal_armed_sides_are_battles(text):
    [e] = [x for x in extract(text, published="2026-02-10") if x.plover is None]
    assert e.event_type == "Battles", (e.event_type, e.sub_event_type)


@pytest.mark.parametrize("text", [
    "Lightning set fire to a market in Gao on Tuesday.",
    "The new film set fire to the imagination of a generation, critics said.",
    "Protesters gathered in Lagos on Tuesday and said they would set fire to the new constitution.",
    "Shelling killed two people in Kherson on Tuesday; deminers later removed unexploded shells from the yard.",
])
def test_words_of_riots_and_remnants_that_tell_no_such_thing(text):
    events = [x for x in extract(text, published="2024-05-08") if x.plover is None]
    assert all(e.event_type != "Riots" and e.weapon != "unexploded ordnance" for e in events), \
        [(e.event_type, e.weapon) for e in events]


@pytest.mark.parametrize("text, expected", [
    ("Riot police clashed with fans outside the stadium in Istanbul on Tuesday; twelve people were hurt.",
     ("Riots", "Violent demonstration")),
    ("Militants clashed with police in Kano on Tuesday; two officers were killed.", ("Battles", "Armed clash")),
    ("Police were breaking up the protest in Bamako on Tuesday when gunmen opened fire, killing a police officer and a "
     "protester.", ("Battles", "Armed clash")),
])
def test_crowds_and_armed_men_fighting_police(text, expected):
    [e] = [x for x in extract(text, published="2024-05-08") if x.plover is None]
    assert (e.event_type, e.sub_event_type) == expected


def test_an_incident_told_separately_is_its_own():
    text = ("Jets bombed a market in El Obeid on Tuesday, killing 15. Separately, RSF fighters looted shops in Bara.")
    events = [x for x in extract(text, published="2024-05-08") if x.plover is None]
    assert events[0].actor1 != "RSF: Rapid Support Forces" and len(events) == 2, [(e.location, e.actor1) for e in events]


def test_an_army_that_says_it_struck_is_an_air_strike():
    [e] = [x for x in extract("The Israeli military said it struck a Hezbollah command centre in Nabatieh on Monday; the "
                              "health ministry said five civilians were killed.", published="2025-06-10") if x.plover is None]
    assert (e.event_type, e.sub_event_type) == ("Explosions/Remote violence", "Air/drone strike")


@pytest.mark.parametrize("text, expected", [
    ('The "313 Brigade" clashed with police in Basra on Monday; no one was hurt.', ("Battles", "Armed clash")),
    ("A militia clashed with police in Basra on Monday, leaving two officers wounded.", ("Battles", "Armed clash")),
])
def test_an_armed_group_fighting_police_is_no_riot(text, expected):
    [e] = [x for x in extract(text, published="2025-08-14") if x.plover is None]
    assert (e.event_type, e.sub_event_type) == expected


def test_the_kachin_independence_army_is_no_killed_in_action():
    [e] = [x for x in extract("The KIA said 15 junta troops were killed and 3 KIA fighters wounded in clashes near "
                              "Myitkyina on Sunday.", published="2025-08-14") if x.plover is None]
    assert (e.fatalities, e.injured) == (15, 3)


@pytest.mark.parametrize("text", [
    "Russia's foreign ministry said on Monday it would strike decision-making centres in Kyiv if Ukraine used long-range missiles.",
    "The group threatened to carry out drone strikes on ships in the Red Sea.",
])
def test_an_attack_promised_or_conditional_is_no_incident(text):
    assert [e for e in extract(text, published="2025-11-10") if e.plover is None] == []


def test_a_modal_in_another_clause_leaves_the_attack_told():
    [e] = [e for e in extract("Ukraine says rebels will pay as missiles kill 23 soldiers", published="2025-11-10")
           if e.plover is None]
    assert (e.weapon, e.fatalities) == ("missile", 23)


@pytest.mark.parametrize("text, sub_event, weapon", [
    ("The air vector struck a gathering of terrorists near Diapaga on Sunday, the army said.", "Air/drone strike", "airstrike"),
    ("The group said one of its fighters carried out a martyrdom operation against a base in Jowhar on Sunday, killing "
     "20 soldiers.", "Suicide bomb", "suicide bomb"),
])
def test_a_communiques_and_a_claims_words_for_air_strikes_and_suicide_attacks(text, sub_event, weapon):
    [e] = [x for x in extract(text, published="2025-09-22") if x.plover is None]
    assert (e.sub_event_type, e.weapon) == (sub_event, weapon)


def test_a_bomb_found_and_defused_is_disrupted_weapons_use_not_an_explosion():
    [e] = extract("Police in Bannu said a remote-controlled bomb planted near a school was defused on Sunday.",
                  published="2025-09-22")
    assert (e.event_type, e.sub_event_type) == ("Strategic developments", "Disrupted weapons use")
    told = [x for x in extract("Gunmen killed a policeman at the station in Tunja on Sunday. Later three explosive devices "
                               "were defused at the same place.", published="2025-09-22") if x.plover is None]
    assert len(told) == 1 and told[0].event_type != "Strategic developments" and told[0].fatalities == 1


@pytest.mark.parametrize("text, event_type", [
    ("Inter-communal clashes in Tonj North county killed eight people on Saturday, officials said.", "Battles"),
    ("Clashes between two armed factions in Arauca have left at least nine dead since Friday, officials said.", "Battles"),
    ("Clashes in a village near Tonj killed eight people, including five women, on Saturday.", "Violence against civilians"),
    ("An ambush killed two truck drivers in eastern Colombia on Thursday, the military said.", "Violence against civilians"),
    ("In Zacatecas, an enfrentamiento between gunmen and soldiers left six dead on Sunday.", "Battles"),
    ("An ataque con explosivos against the military base in Tame injured four soldiers on Sunday.",
     "Explosions/Remote violence"),
])
def test_clashes_that_killed_people_no_civilian_said_and_translated_words(text, event_type):
    [e] = [x for x in extract(text, published="2025-11-10") if x.plover is None]
    assert e.event_type == event_type
