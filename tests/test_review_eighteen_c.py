"""The third review of the eighteenth session: resolution sets a reviewer wrote against the week window, the
condemnations and the notes, each one the session's first version got wrong (our own words, after the reviewer's)."""
from __future__ import annotations

import pytest

from conflictlens import extract
from conflictlens.resolve.match import choose, score


def rec(**kw) -> dict:
    base = dict(event_id="e", event_type="Violence against civilians", sub_event_type="Attack", plover=None,
                weapon="small arms", event_date="2025-03-11", time_precision=1, date_basis="text", country="Niger",
                iso="NE", admin1="Tillaberi", location="Tillaberi", geo_precision=1, where_prec=1, fatalities=4,
                latitude=14.21, longitude=1.45)
    base.update(kw)
    return base


def week(text: str, day: str, **kw) -> dict:
    return rec(event_date=day, time_precision=2, evidence=[{"field": "event_date", "start": 40, "end": 40 + len(text),
                                                            "text": text}], **kw)


def test_last_week_is_the_calendar_week_before_the_telling():
    told_friday = week("last week", "2025-03-07")           # told Friday the 14th: the week of the 3rd to the 9th
    assert score(told_friday, rec(event_date="2025-03-11")) is None     # this week's Tuesday
    assert score(told_friday, rec(event_date="2025-03-05")) is not None


def test_earlier_this_week_does_not_reach_the_weekend_before():
    told_tuesday = week("earlier this week", "2025-03-11")
    assert score(told_tuesday, rec(event_date="2025-03-08")) is None    # the Saturday before
    assert score(told_tuesday, rec(event_date="2025-03-10")) is not None


def test_of_equal_incidents_the_nearer_day():
    recalled = week("last week's", "2025-03-10", weapon="IED", sub_event_type="Remote explosive/landmine/IED",
                    event_type="Explosions/Remote violence")
    near = rec(event_date="2025-03-12", weapon="IED", sub_event_type="Remote explosive/landmine/IED",
               event_type="Explosions/Remote violence")
    far = dict(near, event_date="2025-03-06")
    assert choose(recalled, [(1, far), (2, near)]) == 2


def test_two_raids_a_day_apart_stay_two_without_a_condemnation():
    raid = rec(weapon=None, fatalities=None, evidence=[{"field": "event_date", "start": 40, "end": 50, "text": "on Tuesday"}],
               notes="Gunmen raided Gwoza on Tuesday.")
    again = dict(raid, event_date="2025-03-12", evidence=[{"field": "event_date", "start": 40, "end": 52,
                                                           "text": "on Wednesday"}],
                 notes="Gunmen raided Gwoza again on Wednesday.")
    assert score(again, raid) is None


def test_a_saying_day_told_twice_in_the_notes_is_not_taken_for_the_telling():
    from conflictlens.resolve.match import _day_told
    blast = rec(event_date="2025-03-15", evidence=[{"field": "event_date", "start": 80, "end": 91, "text": "on Saturday"},
                                                   {"field": "event", "start": 0, "end": 30, "text": "Blast in Jalalabad"}],
                notes="Police said on Saturday that a bomb exploded at the market on Saturday, killing two.")
    assert _day_told(blast)


@pytest.mark.parametrize("text, day", [
    # an arrest or a patrol fired upon is a deed of its own day, whatever attack it follows
    ("Police arrested two suspects in Owo on Friday, four days after the attack on the church.", "2025-03-14"),
    ("A police patrol came under fire in Saravena on Wednesday, two days after the drone attack on the base.", "2025-03-12"),
])
def test_a_deed_after_an_attack_keeps_its_day(text, day):
    events = extract(text, published="2025-03-14")
    assert events and events[0].event_date == day


def test_condemnations_have_no_vote_on_the_incidents_type():
    from conflictlens.resolve.incident import build
    bombing = rec(event_type="Explosions/Remote violence", sub_event_type="Suicide bomb", weapon="suicide bomb",
                  fatalities=9, doc_id="a")
    condemned = [rec(weapon=None, fatalities=None, doc_id=d, notes="The mission condemns yesterday's attack on worshippers.",
                     evidence=[{"field": "event_date", "start": 30, "end": 41, "text": "yesterday's"}]) for d in ("b", "c")]
    assert build("I1", [bombing, *condemned])["sub_event_type"] == "Suicide bomb"
    # (reports of a battle outvote one of its civilians killed in the crossfire)
    battle = [rec(event_type="Battles", sub_event_type="Armed clash", weapon=None, fatalities=None, doc_id=d,
                  notes="Fighting raged in Sake.") for d in ("d", "e", "f")]
    crossfire = rec(fatalities=2, doc_id="g", notes="Two civilians were killed by stray bullets during the fighting.")
    assert build("I2", [*battle, crossfire])["sub_event_type"] == "Armed clash"


@pytest.mark.parametrize("notes, day", [
    ("Assailants attacked a church in Kidal on Tuesday, and the bishop condemned the attack.", "on Tuesday"),
    ("The governor on Wednesday condemned the attack on a police station in Kadugli on Tuesday.", "on Tuesday"),
    ("Local leaders denounced the abductions of 12 women near Djibo yesterday.", "yesterday"),
])
def test_only_a_condemnation_of_yesterdays_attack_is_one(notes, day):
    from conflictlens.resolve.match import is_condemnation
    assert not is_condemnation(rec(weapon=None, fatalities=None, notes=notes,
                                   evidence=[{"field": "event_date", "start": 0, "end": len(day), "text": day}]))


def test_a_week_told_mention_needs_a_toll_that_could_be_the_same():
    told = week("earlier this week", "2025-03-16", fatalities=2)       # told on Sunday
    assert score(told, rec(event_date="2025-03-10", fatalities=15)) is None
    assert score(week("last weekend", "2025-03-09"), rec(event_date="2025-03-04")) is None     # no week: a weekend


def test_a_town_named_only_in_passing_does_not_join_an_unplaced_report():
    from conflictlens.resolve.match import score as join
    placed = rec(country="Democratic Republic of the Congo", iso="CD", admin1="Nord-Kivu", location="Oicha",
                 fatalities=14, notes="Rebels killed 14 displaced people from Mangodomu in Oicha, a year after the "
                                     "Kalunguta massacre.")
    for town in ("Mangodomu", "Kalunguta"):
        unplaced = dict(placed, location=town, admin1=None, geo_precision=3, where_prec=6, latitude=None, longitude=None,
                        fatalities=None,
                        notes=f"Rebels attacked {town} on Tuesday.")
        assert join(unplaced, placed) is None


def test_the_attackers_base_is_no_scene():
    placed = rec(country="Democratic Republic of the Congo", iso="CD", admin1="Nord-Kivu", location="Oicha",
                 fatalities=None, notes="The army repelled rebels who attacked a position in Oicha and chased them back "
                                        "toward their base in Kalunguta.")
    unplaced = dict(placed, location="Kalunguta", admin1=None, geo_precision=3, where_prec=6, latitude=None,
                    longitude=None, notes="Fighters attacked Kalunguta on Tuesday.")
    assert score(unplaced, placed) is None


def test_a_week_told_mention_joins_only_the_same_toll():
    assert score(week("earlier this week", "2025-03-15", fatalities=1), rec(event_date="2025-03-11", fatalities=4)) is None
    assert score(week("this week", "2025-03-15", fatalities=17), rec(event_date="2025-03-12", fatalities=9)) is None
    assert score(week("earlier this week", "2025-03-15", fatalities=4), rec(event_date="2025-03-11", fatalities=4)) \
        is not None


@pytest.mark.parametrize("notes", [
    "Gunmen killed three traders in Butembo on Tuesday, weeks after a similar raid in Kalembo.",
    "Gunmen killed three traders in Butembo on Tuesday; the wounded were taken to the health centre in Kalembo.",
    "Soldiers killed three fighters near Butembo on Tuesday; the rest fled to their hideouts in Kalembo.",
])
def test_a_town_told_with_another_deed_or_errand_joins_no_unplaced_report(notes):
    placed = rec(country="Democratic Republic of the Congo", iso="CD", admin1="Nord-Kivu", location="Butembo",
                 fatalities=3, notes=notes)
    unplaced = dict(placed, location="Kalembo", admin1=None, geo_precision=3, where_prec=6, latitude=None, longitude=None,
                    fatalities=None, notes="Rebels attacked Kalembo on Tuesday.")
    assert score(unplaced, placed) is None
