"""Edges of the seventeenth session's place and resolution rules, found by a second review.

Each input is a short report in our own words; the assertion is what the rule, misfiring, got wrong.
"""
from __future__ import annotations

import pytest

from conflictlens import extract
from conflictlens.resolve.match import choose

PUB = "2026-03-03"


def violent(text: str, published: str = PUB) -> list:
    return [e for e in extract(text, published=published) if e.plover is None]


@pytest.mark.parametrize("text, country", [
    ("Two deminers of the NPA aid group were killed when their car hit a landmine near Tabqa on Saturday.", "Syria"),
    ("A former FARC commander was shot dead in Madrid on Saturday, Spanish police said.", "Spain"),
    ("Two men linked to the PKK were shot dead outside a cafe in Toronto on Saturday.", "Canada"),
    ("A photographer was killed by a drone in Kherson on Saturday, RSF reported.", "Ukraine"),
])
def test_a_groups_name_does_not_move_an_incident_placed_in_a_real_town_abroad(text, country):
    [e] = violent(text)
    assert e.country == country


def test_an_lga_named_without_area_is_no_town_called_local():
    [e] = violent("Gunmen shot dead a shopkeeper near Galkayo Local Government offices on Friday.")
    assert "Local" not in (e.location or "")


def test_a_states_nickname_is_no_state():
    events = violent("A gunman shot three shoppers at a mall in the Garden State on Saturday.")
    assert all(e.admin1 != "Garden" and e.location != "Garden" for e in events)


def _rec(**kw) -> dict:
    base = dict(event_id="e", event_type="Explosions/Remote violence", sub_event_type="Air/drone strike", plover=None,
                weapon="drone", actor1="Military Forces of Ukraine", event_date="2026-02-13", time_precision=1,
                country="Russia", iso="RU", admin1="Belgorod", location="Shebekino", geo_precision=1, where_prec=1,
                fatalities=1, injured=1, latitude=50.41, longitude=36.89, date_basis="text")
    base.update(kw)
    return base


def test_a_regions_one_dead_and_one_wounded_is_too_common_a_toll_to_join_a_town():
    town = _rec()
    region = dict(town, location="Belgorod", geo_precision=3, where_prec=4, latitude=50.6, longitude=36.6,
                  places=[{"name": "Belgorod", "kind": "region"}])
    assert choose(region, [(1, town)]) is None


def test_a_landmine_and_a_market_bomb_in_one_town_stay_apart():
    mine = _rec(country="Afghanistan", iso="AF", admin1="Helmand", location="Nawa", weapon="landmine",
                sub_event_type="Remote explosive/landmine/IED", fatalities=2, injured=None, latitude=31.4, longitude=64.3)
    bomb = dict(mine, weapon="IED", fatalities=3)
    assert choose(bomb, [(1, mine)]) is None
