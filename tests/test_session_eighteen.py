"""The eighteenth session's rules: each input a short report in our own words; each assertion is
what the code before the session got wrong on it."""
from __future__ import annotations

import pytest

from conflictlens import extract

PUB = "2026-03-03"


def violent(text: str, published: str = PUB) -> list:
    return [e for e in extract(text, published=published) if e.plover is None]


@pytest.mark.parametrize("text, country, admin1, location", [
    # a province under a region, which GeoNames' towns lack: its region's point, not a namesake abroad
    ("Gunmen shot dead eleven herders in Soum province on Sunday, a local official said.",
     "Burkina Faso", "Sahel", "Soum"),
    ("Jihadists ambushed a supply convoy in the province of Sanmatenga on Sunday, killing six soldiers.",
     "Burkina Faso", "Centre-Nord", "Sanmatenga"),
    # a village the gazetteer lacks, in such a province: the village's name, the province's region
    ("Armed men raided the hamlet of Tangaye-Peulh in Kouritenga province on Sunday and killed four men.",
     "Burkina Faso", "Centre-Est", "Tangaye-Peulh"),
])
def test_a_second_level_unit_places_the_incident_in_its_region(text, country, admin1, location):
    [e] = violent(text)
    assert (e.country, e.admin1, e.location) == (country, admin1, location)
    assert e.geo_precision == 3          # the region's point: no closer than the region


def test_a_district_named_after_its_seat_is_at_the_seat():
    [e] = violent("Rebels killed three traders in Kasese district on Sunday, Ugandan police said.")
    assert (e.country, e.location) == ("Uganda", "Kasese")
    assert e.geo_precision == 2


@pytest.mark.parametrize("text", [
    "Two camp guards were shot dead in Cox's Bazar on Sunday.",
    "Two camp guards were shot dead in Cox’s Bazar district on Sunday.",
])
def test_a_place_whose_name_holds_a_possessive_is_read_whole(text):
    [e] = violent(text)
    assert (e.country, e.location) == ("Bangladesh", "Cox's Bazar" if "'" in text else "Cox’s Bazar")


def test_an_owner_and_its_district_stay_two_names():
    [e] = violent("A drone hit an apartment block in Kharkiv's Saltivskyi district on Sunday, wounding two.")
    assert e.location == "Kharkiv (Saltivskyi district)"
