"""The twenty-first session's rules: each input a short report in our own words. Most assertions are
what the code before the session got wrong; those marked "guard" keep a new rule from reaching too far."""
from __future__ import annotations

import pytest

from conflictlens import extract
from conflictlens.geo.gazetteer import load

PUB = "2026-03-06"      # a Friday


def violent(text: str, published: str = PUB) -> list:
    return [e for e in extract(text, published=published) if e.plover is None]


# --- places ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("code, town", [("NDU", "Rundu"), ("TEE", "Tébessa"), ("BHJ", "Bhuj")])
def test_an_airport_code_is_no_name_of_its_town(code, town):
    # GeoNames lists airports' codes among towns' alternate names: a village abroad spelt alike is no such town
    assert town not in {p.name for _pid, p in load().candidates(code)}


def test_a_two_letter_syllable_is_no_name_of_a_city():
    # ("Te" is among Dezhou's old names: a village called "Tee" is not in China)
    assert "Dezhou" not in {p.name for _pid, p in load().candidates("Tee")}


@pytest.mark.parametrize("text, admin1", [
    ("Separatists killed two teachers in Mbiame, a village in Bui division of the North West Region, on Tuesday.",
     "North-West"),
    ("Rebels killed four civilians in the South West Region of Cameroon on Tuesday.", "South-West"),
])
def test_a_region_named_by_its_side_alone(text, admin1):
    (e,) = violent(text)
    assert (e.country, e.admin1) == ("Cameroon", admin1)


def test_a_side_named_region_is_one_of_the_reports_own_country():
    # guard: Ghana's Northern region is the likeliest "Northern" where no country is told
    (e,) = violent("Taliban fighters attacked a checkpoint in the Imam Sahib district of the Northern Province of "
                   "Afghanistan Kunduz, killing four policemen.")
    assert e.country == "Afghanistan"


def test_an_army_division_is_no_district():
    # guard: "division" names Cameroon's and Bangladesh's units, and armies' formations
    (e,) = violent("The 5th Infantry division shelled rebel positions near Kumbo on Tuesday, killing six fighters.")
    assert e.location == "Kumbo"


def test_a_village_its_town_and_its_province():
    (e,) = violent("Soldiers killed two rebels in Sitio Kabulnan, Guindulungan, Maguindanao del Sur, on Thursday.")
    assert e.country == "Philippines" and e.admin1


# --- incidents -------------------------------------------------------------------------------------

def test_another_town_in_the_same_division_is_another_incident():
    # guard: the division, now read in both, joined the two
    evs = violent("Two gendarmes were killed at a checkpoint near Ndop in the Ngoketunjia division of the North West "
                  "Region on Monday. In Babessi subdivision, also in Ngoketunjia, soldiers shot dead three young men in "
                  "the village of Bamali on Wednesday.")
    assert [(e.location, e.fatalities) for e in evs] == [("Ndop", 2), ("Bamali", 3)]
