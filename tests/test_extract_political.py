"""Political interactions: Strategic developments with a PLOVER code, and no casualty figures."""
from __future__ import annotations

import pytest

from conflictlens import extract
from extract_helpers import describe, only_political, political, violent

PUB = "2025-07-17"  # a Thursday


def _no_casualties(e):
    assert e.fatalities in (None, 0)
    assert e.injured in (None, 0)
    assert e.children_killed is None
    assert e.civilians_killed is None


@pytest.mark.parametrize(
    "text, plover",
    [
        ("The European Union warned on Thursday it could impose sanctions on Belarus if Minsk allowed "
         "Russian troops to use its territory for a new offensive.", "THREATEN"),
        ("Moscow threatened to expel Western diplomats if its frozen assets were handed to Kyiv, "
         "a foreign ministry spokeswoman said.", "THREATEN"),
        ("The Kremlin rejected a proposal from European leaders for a 30-day ceasefire, calling it "
         "unacceptable.", "REJECT"),
        ("Kyiv accused Moscow of deliberately targeting energy infrastructure ahead of the winter.",
         "ACCUSE"),
        ("Britain imposed sanctions on 20 Russian shipping companies on Thursday, the foreign office said.",
         "SANCTION"),
    ],
)
def test_plover_code_and_acled_type(text, plover):
    e = only_political(text, published=PUB, plover=plover)
    assert e.event_type == "Strategic developments"
    assert e.sub_event_type == "Other"
    _no_casualties(e)


def test_agreement():
    e = only_political(
        "Ukraine and Russia agreed on Wednesday to exchange 150 prisoners of war each, "
        "mediators in Abu Dhabi said.",
        published=PUB,
        plover="AGREE",
    )
    assert e.event_type == "Strategic developments"
    assert e.sub_event_type in ("Agreement", "Other")
    _no_casualties(e)


@pytest.mark.parametrize(
    "text",
    [
        "The European Union warned on Thursday it could impose sanctions on Belarus over its support "
        "for Moscow.",
        "The Kremlin rejected a European proposal for a 30-day truce.",
        "Kyiv accused Moscow of stalling the talks.",
    ],
)
def test_political_statement_is_not_an_incident(text):
    events = extract(text, published=PUB)
    assert violent(events) == [], describe(events)
    assert len(political(events)) == 1, describe(events)


def test_threat_actors():
    e = only_political(
        "Washington warned on Thursday that the United States could ramp up sanctions on Russia "
        "unless the Kremlin agreed to a ceasefire.",
        published=PUB,
        plover="THREATEN",
    )
    assert e.actor1 is not None and "United States" in e.actor1
    assert e.actor2 is not None and "Russia" in e.actor2
    assert e.event_date == PUB


def test_rejection_actor_and_undated():
    e = only_political(
        "Moscow has rejected a joint European plan for a full halt to air strikes.",
        published=PUB,
        plover="REJECT",
    )
    assert e.actor1 is not None and "Russia" in e.actor1
    assert e.event_date is None


def test_accusation_actors():
    e = only_political(
        "Ukraine's foreign ministry accused Russia of using the negotiations as cover for a new offensive.",
        published=PUB,
        plover="ACCUSE",
    )
    assert e.actor1 is not None and "Ukraine" in e.actor1
    assert e.actor2 is not None and "Russia" in e.actor2


def test_strike_and_accusation_in_one_report():
    text = (
        "A Russian missile hit an apartment block in Kremenchuk on Wednesday, killing five people. "
        "Kyiv accused Moscow of deliberately striking homes while claiming to want peace."
    )
    events = extract(text, published=PUB)
    assert len(violent(events)) == 1, describe(events)
    accusations = [e for e in political(events) if e.plover == "ACCUSE"]
    assert len(accusations) == 1, describe(events)
    assert accusations[0].fatalities in (None, 0)
    assert violent(events)[0].fatalities == 5


def test_quoted_statement_within_a_threat_is_not_another_event():
    text = (
        "The US secretary of state warned on Thursday that Washington could tighten sanctions on Russia. "
        "\u201cLawmakers are already drafting new measures,\u201d he told reporters."
    )
    events = extract(text, published=PUB)
    assert len(political(events)) == 1, describe(events)
    assert political(events)[0].plover == "THREATEN"


@pytest.mark.parametrize("text, actor1", [
    ("Germany condemned Russia's drone attack on Odesa.", "Germany"),
    ("The United Nations denounced the bombing of a market in El Fasher.", "United Nations"),
])
def test_a_condemnation_is_an_accusation_not_the_attack(text, actor1):
    # the attack it names is reported elsewhere; the statement itself is a political interaction
    events = extract(text, published="2024-05-10")
    assert [(e.plover, e.actor1) for e in events] == [("ACCUSE", actor1)]


def test_a_condemnation_after_the_report_leaves_the_toll_alone():
    events = extract("A guided bomb hit a shop in Kharkiv on Friday, killing three people. Germany condemned the "
                     "attack.", published="2024-05-10")
    assert [e.fatalities for e in events if e.plover is None] == [3]
    assert [e.plover for e in events if e.plover] == ["ACCUSE"]


def test_a_court_that_condemns_to_death_is_no_accusation():
    events = extract("A military court in Kinshasa on Tuesday condemned 12 soldiers to death for killing civilians.",
                     published="2024-05-10")
    assert not [e for e in events if e.plover == "ACCUSE"]
