"""Event dates: explicit, dateline, relative to the publication date, and unresolved."""
from __future__ import annotations

import pytest

from extract_helpers import date_between, days_before, only_incident, only_political

# --- explicit dates ----------------------------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "Russian forces shelled the town of Huliaipole on 12 March 2024, killing two civilians, "
        "the regional administration said.",
        "On March 12, 2024, Russian artillery hit a residential street in Huliaipole, killing two civilians.",
        "Two civilians were killed in Huliaipole on Tuesday, 12 March 2024, when Russian shells struck "
        "their homes.",
    ],
)
def test_explicit_full_dates(text):
    e = only_incident(text)
    assert e.event_date == "2024-03-12"
    assert e.time_precision == 1


def test_explicit_date_wins_over_publication_date():
    e = only_incident(
        "A drone struck a fuel depot in Kropyvnytskyi on 2 June 2025, injuring a guard, "
        "the regional governor said in a statement released on Thursday.",
        published="2025-06-05",
    )
    assert e.event_date == "2025-06-02"
    assert e.date_basis == "text"


def test_day_and_month_take_the_year_of_publication():
    e = only_incident(
        "Russian missiles hit the port of Pivdennyi on 12 March, wounding four dockworkers, "
        "the company said.",
        published="2024-03-14",
    )
    assert e.event_date == "2024-03-12"


def test_day_and_month_after_publication_belong_to_the_previous_year():
    e = only_incident(
        "Prosecutors said Russian shelling on 30 December killed a teacher in the village of Tiahynka.",
        published="2025-01-03",
    )
    assert e.event_date == "2024-12-30"


def test_month_only_has_month_precision():
    e = only_incident(
        "The United Nations mission said a landmine explosion in March 2024 killed two farmers "
        "in a field near Izium.",
    )
    assert e.event_date is not None and e.event_date.startswith("2024-03")
    assert e.time_precision == 3


# --- dateline ----------------------------------------------------------------------

@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "KANDAHAR, Afghanistan (Feb. 6, 2012) - An improvised explosive device struck a joint patrol "
            "in Zhari district, killing two Afghan policemen, coalition officials said.",
            "2012-02-06",
        ),
        (
            "LASHKAR GAH, Afghanistan (Sept. 3, 2011) - Insurgents fired mortar rounds at a district "
            "centre in Nad Ali, wounding three civilians, according to a press release from the "
            "provincial governor's office.",
            "2011-09-03",
        ),
    ],
)
def test_dateline_gives_the_reference_date(text, expected):
    e = only_incident(text, published=None)
    assert e.event_date == expected
    assert e.date_basis == "dateline"


def test_yesterday_in_a_dateline_story_counts_from_the_dateline():
    e = only_incident(
        "KABUL, Afghanistan (March 19, 2012) - A roadside bomb killed four civilians in Paktika province "
        "yesterday, the Afghan interior ministry said.",
    )
    assert e.event_date == "2012-03-18"


# --- relative to the publication date ---------------------------------------------

@pytest.mark.parametrize(
    "published, expected",
    [
        ("2025-04-04", "2025-04-04"),  # published on a Friday: the same day
        ("2025-04-06", "2025-04-04"),  # published on a Sunday: two days before
        ("2025-04-09", "2025-04-04"),  # published on a Wednesday: the previous Friday
    ],
)
def test_on_friday_is_the_latest_friday_on_or_before_publication(published, expected):
    e = only_incident(
        "A Russian cruise missile struck an energy facility in Burshtyn on Friday, "
        "injuring two workers, the regional governor said.",
        published=published,
    )
    assert e.event_date == expected
    assert e.time_precision == 1


def test_yesterday():
    e = only_incident(
        "Russian forces dropped a glide bomb on the village of Yunakivka yesterday, killing a man, "
        "the regional military administration said.",
        published="2025-06-10",
    )
    assert e.event_date == "2025-06-09"


@pytest.mark.parametrize("when", ["last night", "overnight"])
def test_last_night_and_overnight(when):
    published = "2025-06-10"
    e = only_incident(
        f"Russian drones attacked Kyiv {when}, injuring nine people in the Solomianskyi district, "
        f"the head of the city military administration wrote on Telegram.",
        published=published,
    )
    assert e.event_date in (published, days_before(published, 1))


def test_today_is_the_publication_date():
    e = only_incident(
        "A Russian missile hit an apartment building in Kharkiv today, wounding six residents, "
        "the mayor said.",
        published="2025-07-17",
    )
    assert e.event_date == "2025-07-17"


def test_night_of_two_days_accepts_either_day():
    e = only_incident(
        "On the night of 3 to 4 April, Russian drones struck Odesa, injuring seven people, "
        "the regional administration said.",
        published="2025-04-05",
    )
    assert e.event_date in ("2025-04-03", "2025-04-04")


def test_earlier_this_week_is_a_week_precision_date():
    published = "2025-07-17"
    e = only_incident(
        "A ballistic missile struck a training ground in Dnipropetrovsk oblast earlier this week, "
        "killing three servicemen, the army said.",
        published=published,
    )
    assert date_between(e.event_date, days_before(published, 7), published), e.event_date
    assert e.time_precision == 2


def test_background_year_is_not_the_event_date():
    e = only_incident(
        "A drone struck a bakery in Kherson on Sunday, wounding a baker. The city has been under fire "
        "since November 2022.",
        published="2025-02-11",
    )
    assert e.event_date == "2025-02-09"


# --- unresolved --------------------------------------------------------------------

def test_no_publication_date_and_no_absolute_date_stays_unresolved():
    e = only_incident(
        "Russian artillery shelled Kupiansk on Friday, killing an elderly woman, the governor said.",
        published=None,
    )
    assert e.event_date is None


def test_no_date_words_and_no_publication_date_stays_unresolved():
    e = only_incident(
        "A drone attack on a hospital in Sumy wounded a nurse, local officials said.",
        published=None,
    )
    assert e.event_date is None


def test_no_date_words_with_publication_date_is_unresolved_or_the_publication_day():
    published = "2025-07-17"
    e = only_incident(
        "A drone attack on a hospital in Sumy wounded a nurse, local officials said.",
        published=published,
    )
    assert e.event_date in (None, published)
    if e.event_date == published:
        assert e.date_basis == "published"


# --- political events are dated the same way ---------------------------------------

def test_political_event_relative_date():
    e = only_political(
        "On Tuesday, the European Union warned it could impose further sanctions on Minsk "
        "if Belarus keeps hosting Russian troops.",
        published="2025-07-17",
        plover="THREATEN",
    )
    assert e.event_date == "2025-07-15"
