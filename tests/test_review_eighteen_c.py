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


def test_reports_that_tell_the_deed_decide_the_incidents_type():
    from conflictlens.resolve.incident import build
    bombing = rec(event_type="Explosions/Remote violence", sub_event_type="Suicide bomb", weapon="suicide bomb",
                  fatalities=9, doc_id="a")
    condemned = [rec(weapon=None, fatalities=None, doc_id=d) for d in ("b", "c")]
    assert build("I1", [bombing, *condemned])["sub_event_type"] == "Suicide bomb"
