"""The second review of the eighteenth session: inputs a reviewer wrote against the new figure, date and
type rules, each one the session's first version got wrong (our own words, after the reviewer's)."""
from __future__ import annotations

import pytest

from conflictlens import extract

PUB = "2024-06-12"


def violent(text: str) -> list:
    return [e for e in extract(text, published=PUB) if e.plover is None]


@pytest.mark.parametrize("text, killed", [
    # the attack a count starts from is this incident's own: its toll stays
    ("Schools have stayed shut in Kisoro since the attack, which killed 12 villagers on Sunday night.", 12),
    # a flare-up counted since an earlier, dated event: today's toll, not the earlier one's
    ("Two people were killed in renewed clashes in Tripoli on Tuesday, the 21st such flare-up since the July clashes, "
     "which left more than 1,600 people dead.", 2),
    # the first of twin strikes is no earlier incident
    ("Russian forces struck Kharkiv twice on Tuesday. The earlier strike killed three people and the second wounded 11.", 3),
])
def test_since_and_earlier_keep_the_incidents_own_toll(text, killed):
    [e] = violent(text)
    assert e.fatalities == killed


@pytest.mark.parametrize("text, killed", [
    # a force's own dated statement is its report, not a claim
    ("The army said on Tuesday it had killed 11 militants near Mir Ali, and that two soldiers were killed.", 13),
])
def test_a_forces_dated_statement_is_no_claim(text, killed):
    [e] = violent(text)
    assert e.fatalities == killed


@pytest.mark.parametrize("text, killed", [
    ("Bandits killed 14 villagers in Kadisau on Tuesday, a leader said. Police said eight people died at the scene "
     "and six others in hospital.", 14),
    ("A car bomb killed 16 people in Kaya on Tuesday, officials said. Doctors said six people died after being admitted.", 16),
])
def test_a_part_of_the_dead_told_by_another_source_is_no_lower_toll(text, killed):
    [e] = violent(text)
    assert e.fatalities == killed


@pytest.mark.parametrize("text, killed, injured", [
    ("Gunmen killed 15 mourners gathered at a funeral in Kajuru on Tuesday.", 15, None),
    ("Police shot dead 12 protesters gathered outside parliament in Nairobi on Tuesday.", 12, None),
    ("A blast wounded 40 mourners gathered at a cemetery in Quetta on Tuesday.", None, 40),
    ("Police killed three youths on Tuesday who blocked a road in Kisumu.", 3, None),
])
def test_a_crowd_that_was_attacked_is_counted(text, killed, injured):
    [e] = violent(text)
    assert (e.fatalities, e.injured) == (killed, injured)


@pytest.mark.parametrize("text, day", [
    ("A roadside bomb went off in Bannu on Tuesday, two days after the attack on a police station there, wounding two.",
     "2024-06-11"),
    ("Gunmen abducted 20 students in Kuriga on Tuesday, two days after the raid on a nearby village.", "2024-06-11"),
])
def test_a_deed_of_its_own_keeps_its_day_after_another_attack(text, day):
    [e] = violent(text)
    assert e.event_date == day


@pytest.mark.parametrize("text, weapon", [
    ("Missiles struck a plant that produced tank parts with precision in Dnipro on Tuesday, wounding four.", "missile"),
    ("HIMARS rockets hit a warehouse where troops stored ammunition near Tokmak on Tuesday.", "MLRS"),
])
def test_the_strikes_own_weapon_after_a_target_that_makes_things(text, weapon):
    [e] = violent(text)
    assert e.weapon == weapon


def test_civil_aviation_is_no_air_strike():
    [e] = violent("A Houthi missile aimed at Israeli civil aviation hit a field near Haifa on Tuesday.")
    assert e.weapon == "missile"


def test_troops_backed_by_an_air_operation_fight_a_battle():
    [e] = violent("Troops backed by an air operation against Boko Haram killed 15 fighters near Bama on Tuesday.")
    assert e.sub_event_type == "Armed clash"


@pytest.mark.parametrize("text", [
    "The union condemns yesterday's attack on press freedom in Bamako, saying civilians deserve better.",
    "The bishop condemned Sunday's attack on worshippers in Owo in 2022, two years on.",
])
def test_an_abstract_or_old_attack_condemned_is_no_incident(text):
    assert violent(text) == []


def test_children_among_those_killed_after_a_burial_are_the_incidents():
    events = violent("Gunmen killed 11 villagers in Kaleri on Tuesday. Mourners gathered in Jere on Wednesday to bury the "
                     "victims. Five children were among those killed.")
    assert [(e.location, e.fatalities, e.children_killed) for e in events] == [("Kaleri", 11, 5)]


def test_a_drone_shot_down_is_no_attack():
    events = violent("The army said its aviation struck rebel convoys near El Obeid on Tuesday. The rebels said they had "
                     "shot down a drone over Kordofan.")
    assert [e.weapon for e in events] == ["airstrike"]


def test_mourners_killed_at_a_funeral_were_killed_at_the_funeral():
    [e] = violent("Gunmen killed 11 mourners attending a funeral in Tarin Kowt on Tuesday.")
    assert (e.location, e.geo_precision) == ("Tarin Kowt", 1)
