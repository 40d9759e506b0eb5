"""Cross-document resolution on flat records: matching (score/choose), reconciling figures
(revisions/reconcile/build), and the pairwise resolution score against gold clusters.
"""
from __future__ import annotations

import itertools

import pytest

from conflictlens.evaluate.resolution import score_resolution
from conflictlens.resolve.incident import build, reconcile, revisions
from conflictlens.resolve.match import THRESHOLD, choose, score

from store_fixtures import (KHARKIV_DRONE, KHARKIV_MISSILE, KOSTIANTYNIVKA, SUMY_BOMB, SUMY_DRONE, TOLL,
                            TOLL_CORRECTION)

KHARKIV = dict(latitude=49.9935, longitude=36.2304)
SALTIVKA = dict(latitude=50.0261, longitude=36.3436)      # a few km north-east of the centre
KRAMATORSK = dict(latitude=48.7233, longitude=37.5564)
DONETSK_OBLAST = dict(latitude=48.0, longitude=37.8)
BELGOROD = dict(latitude=50.5955, longitude=36.5873)


def rec(**kw) -> dict:
    """A flat record of a drone strike on central Kharkiv on 8 May 2025, with overrides."""
    base = dict(event_id="e", event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
                plover=None, weapon="drone", actor1="Military Forces of Russia", event_date="2025-05-08",
                time_precision=1, country="Ukraine", iso="UA", admin1="Kharkiv", location="Kharkiv",
                geo_precision=1, where_prec=1, fatalities=2, **KHARKIV)
    base.update(kw)
    return base


def joins(a: dict, b: dict) -> bool:
    return choose(a, [(1, b)]) == 1


# --------------------------------------------------------------------------- joined

def test_same_place_day_and_weapon_join():
    assert joins(rec(event_id="a"), rec(event_id="b"))
    assert score(rec(), rec()) >= THRESHOLD


def test_a_report_a_day_later_with_a_higher_toll_joins():
    assert joins(rec(event_date="2025-05-09", fatalities=5), rec())


def test_missile_and_ballistic_missile_are_compatible():
    a = rec(weapon="missile", sub_event_type="Shelling/artillery/missile attack")
    b = rec(weapon="ballistic missile", sub_event_type="Shelling/artillery/missile attack")
    assert joins(a, b)


def test_unplaced_by_coordinates_but_same_town_name_joins():
    a = rec(latitude=None, longitude=None)
    b = rec(latitude=None, longitude=None)
    assert joins(a, b)


def test_same_district_joins():
    a = rec(location="Kharkiv (Kyivskyi district)")
    b = rec(location="Kharkiv (Kyivskyi district)", fatalities=3)
    assert joins(a, b)


# --------------------------------------------------------------------------- kept apart

def test_different_countries_stay_apart():
    # Same coordinates, to make sure the country alone decides.
    assert not joins(rec(iso="RU", country="Russia"), rec())
    # And the real neighbours across the border.
    assert not joins(rec(iso="RU", country="Russia", admin1="Belgorod", location="Belgorod", **BELGOROD), rec())


def test_dates_more_than_a_day_apart_stay_apart():
    assert not joins(rec(event_date="2025-05-10"), rec())
    assert not joins(rec(event_date="2025-05-06"), rec())
    assert score(rec(event_date="2025-05-10"), rec()) is None


def test_two_districts_of_one_city_stay_apart():
    a = rec(location="Kharkiv (Kyivskyi district)")
    b = rec(location="Kharkiv (Saltivskyi district)", **SALTIVKA)
    assert score(a, b) is None
    # even with the same coordinates (the city's point) for both
    b = rec(location="Kharkiv (Saltivskyi district)")
    assert score(a, b) is None


def test_one_district_in_two_transliterations_joins_and_two_districts_do_not():
    a = rec(location="Donetsk (Kirovsky district)")
    assert joins(rec(location="Donetsk (Kirovskyi district)"), a)
    assert score(rec(location="Donetsk (Kuibyshevsky district)"), a) is None


def test_two_towns_each_named_as_the_place_stay_apart_even_when_close():
    # Derhachi is some 13 km from central Kharkiv: "in Derhachi" and "in Kharkiv" are two places,
    # though "near Kharkiv" may be either
    derhachi = dict(latitude=50.1092, longitude=36.1197, location="Derhachi")
    assert score(rec(**derhachi), rec()) is None
    assert joins(rec(**derhachi, where_prec=2, geo_precision=2), rec())


def test_different_weapons_stay_apart():
    a = rec(weapon="drone")
    for other in ("missile", "glide bomb", "artillery", "ballistic missile"):
        b = rec(weapon=other, sub_event_type="Shelling/artillery/missile attack")
        assert score(a, b) is None, other


def test_coarse_places_with_different_names_stay_apart():
    # "in Donetsk oblast" (region-level) vs a strike on Kramatorsk (a town in that region)
    oblast = rec(location="Donetsk", admin1="Donetsk", geo_precision=3, where_prec=4, **DONETSK_OBLAST)
    town = rec(location="Kramatorsk", admin1="Donetsk", **KRAMATORSK)
    assert score(oblast, town) is None
    assert score(town, oblast) is None
    # two regions, both coarse
    other = rec(location="Zaporizhzhia", admin1="Zaporizhzhia", geo_precision=3, where_prec=4,
                latitude=47.5, longitude=35.5)
    assert score(oblast, other) is None
    # country-level vs a town, with another toll (the same toll: see below)
    country = rec(location="Ukraine", admin1=None, geo_precision=3, where_prec=6, latitude=50.45, longitude=30.52,
                  fatalities=3)
    assert score(country, town) is None


UNPLACED = dict(latitude=None, longitude=None, location=None, admin1=None, geo_precision=None, where_prec=None)


def test_unplaced_reports_of_one_day_join_on_kind_or_toll():
    # "Two soldiers killed in the east" and its update: no town, the same day, kind and toll.
    assert joins(rec(**UNPLACED), rec(**UNPLACED))
    # a country-level place counts as none
    country = dict(UNPLACED, location="Ukraine", geo_precision=3, where_prec=6, latitude=50.45, longitude=30.52)
    assert joins(rec(**country), rec(**UNPLACED))
    assert joins(rec(**UNPLACED, sub_event_type="Shelling/artillery/missile attack", weapon=None),
                 rec(**UNPLACED))                                   # same toll
    assert joins(rec(**UNPLACED, fatalities=5), rec(**UNPLACED))   # same kind


def test_unplaced_reports_with_far_apart_tolls_or_no_country_stay_apart():
    country = dict(UNPLACED, location="Ukraine", geo_precision=3, where_prec=6, latitude=50.45, longitude=30.52)
    assert not joins(rec(**country, fatalities=2), rec(**country, fatalities=30))
    nowhere = dict(UNPLACED, iso=None, country=None)
    assert not joins(rec(**nowhere, fatalities=1), rec(**nowhere, fatalities=1))   # one death: too common
    assert not joins(rec(**nowhere, fatalities=None), rec(**nowhere, fatalities=None))
    # two towns the gazetteer could not resolve are compared by name, not as "unplaced"
    zzyx = dict(UNPLACED, location="Zzyxtown")
    qwerty = dict(UNPLACED, location="Qwertyville")
    assert not joins(rec(**zzyx, fatalities=3), rec(**qwerty, fatalities=10))
    assert joins(rec(**zzyx), rec(**zzyx))


NOWHERE = dict(UNPLACED, iso=None, country=None, weapon=None)


def test_reports_naming_no_country_join_on_the_same_toll_of_several_and_kind():
    # "Eight soldiers killed in an ambush" and "An ambush left eight soldiers dead": no town, no country
    clash = dict(NOWHERE, event_type="Battles", sub_event_type="Armed clash", fatalities=8)
    assert joins(rec(**clash, notes="Eight soldiers killed in an ambush in the hills"),
                 rec(**clash, notes="An ambush in the hills left eight soldiers dead, officials said"))
    two = dict(clash, fatalities=2)
    assert joins(rec(**two), rec(**two))
    # another kind of violence: only a toll too large to be a coincidence still joins
    attack = dict(event_type="Violence against civilians", sub_event_type="Attack")
    assert joins(rec(**clash), rec(**dict(clash, **attack)))
    assert not joins(rec(**two), rec(**dict(two, **attack)))
    # another toll, another day, two weapons
    assert not joins(rec(**clash), rec(**dict(clash, fatalities=7)))
    assert not joins(rec(**clash, event_date="2025-05-09"), rec(**clash))
    assert not joins(rec(**dict(clash, weapon="mortar")), rec(**dict(clash, weapon="drone")))
    # one side names a country, the other none ("Seven Ukraine troops killed in the east" and
    # "Seven soldiers killed in eastern regions"): the same evidence as where neither names one
    in_ukraine = dict(clash, iso="UA", country="Ukraine")
    assert joins(rec(**in_ukraine), rec(**clash))
    # ... but a toll of two is too common a coincidence across the world's reports
    assert not joins(rec(**dict(in_ukraine, fatalities=2)), rec(**two))
    assert not joins(rec(**dict(in_ukraine, fatalities=2)), rec(**dict(two, **attack)))
    assert not joins(rec(**in_ukraine), rec(**dict(clash, fatalities=7)))


def test_reports_naming_no_country_in_nearly_the_same_words_join():
    # wire copy and its update ("UPDATE 1-..."), the update with another toll
    words = "Fresh fighting erupts in the east, three soldiers killed"
    a = rec(**NOWHERE, fatalities=3, notes=words)
    b = rec(**NOWHERE, fatalities=1, notes="UPDATE 1-" + words, sub_event_type="Attack")
    assert joins(b, a)
    assert not joins(rec(**NOWHERE, fatalities=1, notes="A soldier died of wounds", sub_event_type="Attack"), a)


def test_a_toll_told_with_no_attack_word_joins_a_violent_incident_in_the_same_town():
    # "Rescuers found the body of another victim in Kharkiv" after a strike on Kharkiv
    body = rec(event_type=None, sub_event_type=None, weapon=None, actor1=None, fatalities=1,
               event_date="2025-05-09")
    assert joins(body, rec())
    assert joins(rec(), body)                                     # and the other way round
    assert joins(body, dict(body, event_id="other"))              # two such tolls in one town
    # "near" a town (or "in the X direction") is not enough for a toll that names no attack
    assert not joins(dict(body, where_prec=2), rec())
    assert not joins(body, rec(where_prec=2))
    # with no toll it reports nothing violent; with a political code it is not a toll
    assert not joins(dict(body, fatalities=None), rec())
    assert not joins(dict(body, plover="ACCUSE"), rec())


def test_a_country_level_report_joins_a_placed_one_only_on_the_same_toll():
    country = dict(UNPLACED, location="Ukraine", geo_precision=3, where_prec=6, latitude=50.45, longitude=30.52)
    assert joins(rec(**country, fatalities=10), rec(fatalities=10))
    assert not joins(rec(**country, fatalities=10), rec(fatalities=9))
    assert not joins(rec(**country, fatalities=1), rec(fatalities=1))      # one death: too common to tell
    assert not joins(rec(**country, fatalities=10, event_date="2025-05-09"), rec(fatalities=10))
    assert not joins(rec(**country, fatalities=10, weapon="ballistic missile"), rec(fatalities=10))


def test_a_country_level_report_joins_on_a_toll_an_earlier_report_of_the_incident_gave():
    # the incident's best toll was lowered to 1 by a later report; a country-level report of 2 still matches the first
    country = dict(UNPLACED, location="Lebanon", geo_precision=3, where_prec=6, latitude=33.89, longitude=35.5)
    incident = rec(fatalities=1, revisions=[{"field": "fatalities", "best": 2}, {"field": "fatalities", "best": 1}])
    assert joins(rec(**country, fatalities=2), incident)
    assert not joins(rec(**country, fatalities=3), incident)


def test_nothing_to_place_them_together_stays_apart():
    a = rec(**UNPLACED)
    # another day
    assert score(rec(**UNPLACED, event_date="2025-05-09"), a) is None
    # another country
    assert score(rec(**UNPLACED, iso="RU", country="Russia"), a) is None
    # another weapon
    assert score(rec(**UNPLACED, weapon="ballistic missile"), a) is None
    # another kind of violence and another toll, in other words
    other = rec(**UNPLACED, event_type="Battles", sub_event_type="Armed clash", weapon=None, fatalities=7,
                notes="Fighting near the front line.")
    assert score(other, rec(**UNPLACED, weapon=None, notes="A strike on a market.")) is None


def test_far_apart_towns_stay_apart():
    assert not joins(rec(location="Kramatorsk", admin1="Donetsk", **KRAMATORSK), rec())


def test_violence_and_a_political_statement_stay_apart():
    statement = rec(event_type="Strategic developments", sub_event_type="Other", plover="THREATEN", weapon=None,
                    fatalities=None)
    assert score(statement, rec()) is None
    assert score(rec(), statement) is None


def test_political_interactions_join_only_on_same_code_actor_and_date():
    a = rec(event_type="Strategic developments", sub_event_type="Other", plover="REJECT", weapon=None)
    assert joins(a, dict(a))
    assert not joins(a, dict(a, plover="ACCUSE"))
    assert not joins(a, dict(a, actor1="Government of Ukraine"))
    assert not joins(a, dict(a, event_date="2025-05-09"))


def test_score_is_symmetric_about_what_cannot_be_one():
    variants = [
        rec(), rec(event_date="2025-05-09"), rec(event_date="2025-05-11"), rec(weapon="missile"),
        rec(location="Kharkiv (Kyivskyi district)"), rec(location="Kharkiv (Saltivskyi district)", **SALTIVKA),
        rec(iso="RU", country="Russia"), rec(location="Kramatorsk", admin1="Donetsk", **KRAMATORSK),
        rec(location="Donetsk", admin1="Donetsk", geo_precision=3, where_prec=4, **DONETSK_OBLAST),
    ]
    for a, b in itertools.combinations(variants, 2):
        assert (score(a, b) is None) == (score(b, a) is None), (a["location"], b["location"])


# --------------------------------------------------------------------------- choose

def test_choose_picks_the_right_incident_among_several():
    mention = rec(location="Kharkiv (Saltivskyi district)", weapon="missile",
                  sub_event_type="Shelling/artillery/missile attack", fatalities=4, **SALTIVKA)
    candidates = [
        (10, rec(location="Kharkiv (Kyivskyi district)")),                                   # other district
        (11, rec(location="Kharkiv (Saltivskyi district)", weapon="drone", **SALTIVKA)),       # other weapon
        (12, rec(location="Kharkiv (Saltivskyi district)", weapon="missile",
                 sub_event_type="Shelling/artillery/missile attack", fatalities=4, **SALTIVKA)),
        (13, rec(location="Kharkiv (Saltivskyi district)", weapon="missile", event_date="2025-05-01",
                 **SALTIVKA)),                                                                # other week
    ]
    assert choose(mention, candidates) == 12
    assert choose(mention, [c for c in candidates if c[0] != 12]) is None
    assert choose(mention, []) is None


def test_choose_prefers_the_same_day_to_the_next():
    mention = rec()
    assert choose(mention, [(1, rec(event_date="2025-05-09")), (2, rec())]) == 2
    assert choose(mention, [(2, rec()), (1, rec(event_date="2025-05-09"))]) == 2


def test_a_claim_that_fits_two_incidents_equally_joins_the_one_its_group_did():
    # a group's claim names no weapon and an inflated toll: it scores the same against the morning's
    # mortar fire and the group's car bomb of that day; the group decides, not the order they were opened
    mogadishu = dict(country="Somalia", iso="SO", admin1="Banaadir", location="Mogadishu", latitude=2.0371, longitude=45.3438)
    claim = rec(weapon=None, sub_event_type="Armed clash", event_type="Battles", actor1="Al Shabaab", fatalities=25, **mogadishu)
    mortars = rec(weapon=None, sub_event_type="Armed clash", event_type="Battles", actor1=None, fatalities=3, **mogadishu)
    car_bomb = rec(weapon=None, sub_event_type="Armed clash", event_type="Battles", actor1="Al Shabaab", fatalities=9, **mogadishu)
    assert score(claim, mortars) == score(claim, car_bomb)
    assert choose(claim, [(1, mortars), (2, car_bomb)]) == 2
    assert choose(claim, [(2, car_bomb), (1, mortars)]) == 2
    # an unnamed attacker decides nothing: the first opened keeps the tie
    unnamed = rec(weapon=None, sub_event_type="Armed clash", event_type="Battles", actor1="Unidentified Armed Group (Somalia)",
                  fatalities=25, **mogadishu)
    other = dict(mortars, actor1="Unidentified Armed Group (Somalia)")
    assert choose(unnamed, [(1, other), (2, dict(car_bomb, actor1="Unidentified Armed Group (Somalia)"))]) == 1


def test_a_groups_claim_decides_a_tie_whatever_order_the_incidents_were_opened_in():
    base = dict(weapon=None, sub_event_type="Armed clash", event_type="Battles", country="Mali", iso="ML",
                admin1="Mopti", location=None, latitude=None, longitude=None, geo_precision=3, where_prec=6)
    claim = rec(actor1="JNIM", fatalities=5, **base)
    unnamed = rec(actor1="Unidentified Armed Group (Mali)", fatalities=5, **base)
    jnim = rec(actor1="JNIM", fatalities=5, **base)
    if score(claim, unnamed) is not None and score(claim, unnamed) == score(claim, jnim):
        assert choose(claim, [(1, unnamed), (2, jnim)]) == 2
        assert choose(claim, [(2, jnim), (1, unnamed)]) == 2


# --------------------------------------------------------------------------- reconciling figures

def mention(doc_id: str, published: str, seq: int, killed: int | None, **kw) -> dict:
    return rec(event_id=f"e-{doc_id}", doc_id=doc_id, _published=published, _seq=seq, fatalities=killed,
               fatalities_low=kw.pop("low", None), fatalities_high=kw.pop("high", None),
               sources=kw.pop("sources", [f"official of {doc_id}"]), evidence=[], figures=[], confidence=0.8,
               **kw)


def test_revisions_are_in_publication_order_then_ingest_order():
    ms = [mention("c", "2025-05-09", 1, 11), mention("a", "2025-05-08", 2, 3), mention("b", "2025-05-08", 3, 7)]
    revs = revisions(ms)
    assert [(r["document"], r["best"], r["published"]) for r in revs] == [
        ("a", 3, "2025-05-08"), ("b", 7, "2025-05-08"), ("c", 11, "2025-05-09")]
    assert reconcile(revs, "fatalities") == (3, 11, 11)


def test_reconcile_a_correction_downwards_and_ranges():
    ms = [mention("a", "2025-05-08", 1, 3), mention("b", "2025-05-09", 2, 11, high=14),
          mention("c", "2025-05-10", 3, 9)]
    assert reconcile(revisions(ms), "fatalities") == (3, 9, 14)
    assert reconcile(revisions(ms), "injured") == (None, None, None)
    # "at least 5" style: low given, best 5
    ms = [mention("a", "2025-05-08", 1, 5, low=5)]
    assert reconcile(revisions(ms), "fatalities") == (5, 5, 5)


def test_a_later_count_of_some_of_the_dead_does_not_lower_the_toll():
    # a strike killing 3, then "the body of another victim was found" (no attack word): still 3
    strike = mention("a", "2025-05-08", 1, 3)
    body = mention("b", "2025-05-09", 2, 1, event_type=None, sub_event_type=None)
    assert reconcile(revisions([strike, body]), "fatalities")[1] == 3
    # ...but a toll that rises, or a typed report's lower figure, still counts
    assert reconcile(revisions([strike, dict(body, fatalities=5)]), "fatalities")[1] == 5
    assert reconcile(revisions([strike, mention("c", "2025-05-09", 3, 1)]), "fatalities")[1] == 1
    # and so does a correction downwards told with no attack word ("the toll was revised down to 2")
    revised = dict(body, fatalities=2, figures=[{"status": "killed", "best": 2, "revision": True}])
    assert reconcile(revisions([strike, revised]), "fatalities")[1] == 2


def test_unknown_figures_are_not_revisions():
    ms = [mention("a", "2025-05-08", 1, None), mention("b", "2025-05-08", 2, 4)]
    revs = revisions(ms)
    assert [r["document"] for r in revs if r["field"] == "fatalities"] == ["b"]
    assert reconcile(revs, "fatalities") == (4, 4, 4)


def test_build_an_incident_record():
    ms = [mention("b", "2025-05-09", 2, 7, sources=["mayor Ihor Terekhov", "Wire A"]),
          mention("a", "2025-05-08", 1, 2, sources=["mayor Ihor Terekhov"]),
          mention("c", "2025-05-09", 3, 7, sources=["regional police"], event_date="2025-05-09", time_precision=2)]
    r = build("Ie-a", ms)
    assert r["event_id"] == "Ie-a"
    assert r["doc_ids"] == ["a", "b", "c"]
    assert r["number_of_sources"] == 3
    assert r["sources"] == ["mayor Ihor Terekhov", "Wire A", "regional police"]
    assert (r["fatalities_low"], r["fatalities"], r["fatalities_high"]) == (2, 7, 7)
    assert r["event_date"] == "2025-05-08"
    assert r["mentions"] == ["e-a", "e-b", "e-c"]
    assert "doc_id" not in r
    assert 0 < r["confidence"] <= 0.99
    assert r["location"] == "Kharkiv" and r["weapon"] == "drone"


def test_build_takes_the_place_from_the_most_precise_report():
    vague = mention("a", "2025-05-08", 1, 2, location="Kharkiv", geo_precision=3, where_prec=4)
    exact = mention("b", "2025-05-09", 2, 2, location="Kharkiv (Kyivskyi district)", geo_precision=1, where_prec=3)
    r = build("I1", [vague, exact])
    assert r["location"] == "Kharkiv (Kyivskyi district)"
    assert r["where_prec"] == 3


# --------------------------------------------------------------------------- pairwise resolution score

def gold_rows(clusters: list[tuple[str, list]]) -> list[dict]:
    return [{"text": d.text, "published": d.published, "gold": {"cluster": name}}
            for name, docs in clusters for d in docs]


def test_score_resolution_perfect_on_clear_cases():
    rows = gold_rows([("zap", TOLL + [TOLL_CORRECTION]), ("kst", KOSTIANTYNIVKA), ("khk-d", [KHARKIV_DRONE]),
                      ("khk-m", [KHARKIV_MISSILE]), ("sumy-d", [SUMY_DRONE]), ("sumy-b", [SUMY_BOMB])])
    rows.append({"text": "An unrelated note without a gold cluster.", "published": "2025-05-08", "gold": {}})
    s = score_resolution(rows)
    assert s["texts"] == 10
    assert s["gold_pairs"] == 6 + 1
    assert s["system_pairs"] == 7 and s["true_pairs"] == 7
    assert (s["precision"], s["recall"], s["f1"]) == (1.0, 1.0, 1.0)
    assert s["incidents"] == 6


def test_score_resolution_counts_a_missed_join_against_recall():
    # The gold (wrongly, on purpose) says the two Kharkiv strikes are one incident: the system keeps
    # them apart, so one gold pair is missed and precision stays perfect.
    rows = gold_rows([("zap", TOLL), ("kst", KOSTIANTYNIVKA), ("khk", [KHARKIV_DRONE, KHARKIV_MISSILE])])
    s = score_resolution(rows)
    assert s["gold_pairs"] == 3 + 1 + 1
    assert s["true_pairs"] == 4
    assert s["precision"] == 1.0
    assert s["recall"] == pytest.approx(0.8)
    assert s["f1"] == pytest.approx(2 * 0.8 / 1.8, abs=1e-4)


def test_score_resolution_counts_a_wrong_join_against_precision():
    # The gold (again on purpose) splits the rising toll into two incidents.
    rows = gold_rows([("zap-1", TOLL[:2]), ("zap-2", TOLL[2:]), ("kst", KOSTIANTYNIVKA)])
    s = score_resolution(rows)
    assert s["gold_pairs"] == 2
    assert s["system_pairs"] == 4
    assert s["true_pairs"] == 2
    assert (s["precision"], s["recall"]) == (0.5, 1.0)


def test_score_resolution_without_clusters():
    s = score_resolution([{"text": TOLL[0].text, "published": TOLL[0].published, "gold": {}}])
    assert s["gold_pairs"] == 0 and s["texts"] == 0
    assert (s["precision"], s["recall"], s["f1"]) == (None, None, None)     # no pairs: no score, not 0.0


def test_score_resolution_with_one_text_per_cluster_is_no_score():
    rows = gold_rows([("khk-d", [KHARKIV_DRONE]), ("khk-m", [KHARKIV_MISSILE])])
    s = score_resolution(rows)
    assert (s["gold_pairs"], s["system_pairs"]) == (0, 0)
    assert (s["precision"], s["recall"], s["f1"]) == (None, None, None)


def test_events_without_a_type_or_code_never_join_on_the_day_alone():
    a = rec(event_type=None, sub_event_type=None, weapon=None, location="Lagos", iso="NG", country="Nigeria",
            latitude=6.45, longitude=3.39, fatalities=2)
    b = rec(event_type=None, sub_event_type=None, weapon=None, fatalities=14)
    assert score(a, b) is None and score(b, a) is None
    protest = rec(event_type="Protests", sub_event_type="Peaceful protest", weapon=None, fatalities=None)
    assert score(protest, dict(protest)) is None


def test_an_undated_toll_update_two_days_on_joins_but_no_other_report_does():
    revised = [dict(status="killed", best=3, revision=True)]
    update = rec(event_date="2025-05-10", date_basis="published", fatalities=3, figures=revised)
    assert joins(update, rec(date_basis="text"))
    # the same update dated in its text, or an undated report that revises nothing, stays apart
    assert not joins(rec(event_date="2025-05-10", date_basis="text", fatalities=3, figures=revised), rec())
    assert not joins(rec(event_date="2025-05-10", date_basis="published", fatalities=3, figures=[]), rec())
    # and three days on is too late for anything
    assert not joins(rec(event_date="2025-05-11", date_basis="published", fatalities=3, figures=revised), rec())


def test_unplaced_reports_of_rocket_fire_and_mlrs_fire_can_be_one():
    a = rec(**UNPLACED, weapon="rocket", sub_event_type="Shelling/artillery/missile attack", fatalities=2)
    b = rec(**UNPLACED, weapon="MLRS", sub_event_type="Shelling/artillery/missile attack", fatalities=2)
    assert joins(a, b)
    assert not joins(rec(**UNPLACED, weapon="drone", fatalities=2), b)


def test_an_unplaced_report_that_fits_two_incidents_equally_joins_neither():
    unplaced = rec(**UNPLACED, fatalities=2, weapon="artillery", sub_event_type="Shelling/artillery/missile attack")
    pokrovsk = rec(location="Pokrovsk", fatalities=2, weapon="artillery", sub_event_type="Shelling/artillery/missile attack",
                   latitude=48.28, longitude=37.18)
    toretsk = dict(pokrovsk, location="Toretsk", latitude=48.40, longitude=37.85)
    assert choose(unplaced, [(1, pokrovsk)]) == 1
    assert choose(unplaced, [(1, pokrovsk), (2, toretsk)]) is None


def test_a_regions_day_of_battles_is_not_a_citys_shelling_of_civilians():
    region = dict(location="Donetsk", admin1="Donetsk", geo_precision=3, where_prec=4, **DONETSK_OBLAST)
    battles = rec(**region, event_type="Battles", sub_event_type="Armed clash", weapon=None, fatalities=None,
                  actor2="Military Forces of Ukraine", civilian_targeting=False)
    market = rec(**region, event_type="Explosions/Remote violence", sub_event_type="Shelling/artillery/missile attack",
                 weapon="artillery", fatalities=None, actor2="Civilians (Ukraine)", civilian_targeting=True)
    assert score(battles, market) is None and score(market, battles) is None
    # soldiers shelled and soldiers killed in fighting that day may be one report's two tellings
    shelled = dict(market, actor2="Military Forces of Ukraine", civilian_targeting=False)
    assert score(battles, shelled) is not None


def test_two_region_level_reports_compare_by_region_and_an_update_does_not_fall():
    region = dict(geo_precision=3, where_prec=4, admin1="Ninawa", country="Iraq", iso="IQ", latitude=36.34, longitude=43.13)
    assert joins(rec(**region, location="Nineveh"), rec(**region, location="Ninewa"))
    revised = [dict(status="killed", best=4, revision=True)]
    assert not joins(rec(event_date="2025-05-10", date_basis="published", fatalities=4, figures=revised),
                     rec(fatalities=6))


def test_mortar_fire_and_shelling_can_be_one_but_not_a_mortar_and_a_missile():
    a = rec(weapon="mortar", sub_event_type="Shelling/artillery/missile attack")
    assert joins(rec(weapon="artillery", sub_event_type="Shelling/artillery/missile attack"), a)
    assert score(rec(weapon="missile", sub_event_type="Shelling/artillery/missile attack"), a) is None


def test_a_district_under_its_own_name_and_the_city_with_that_district():
    sadr = rec(location="Sadr City", latitude=33.39, longitude=44.46, fatalities=9)
    city = rec(location="Baghdad (Sadr City district)", latitude=33.31, longitude=44.37, fatalities=9)
    assert joins(sadr, city)


def test_a_region_level_report_joins_a_town_in_it_on_the_same_toll_of_several():
    region = dict(location="Kharkiv region", geo_precision=3, where_prec=4, latitude=49.99, longitude=36.23)
    assert joins(rec(**region, fatalities=7), rec(fatalities=7))
    assert not joins(rec(**region, fatalities=2), rec(fatalities=2))      # single figures are too common
    assert not joins(rec(**region, fatalities=7, admin1="Sumy"), rec(fatalities=7))


def test_a_region_level_report_joins_a_town_named_as_near_on_the_same_toll():
    region = dict(location="Kharkiv region", geo_precision=3, where_prec=4, latitude=49.99, longitude=36.23)
    near = dict(geo_precision=2, where_prec=2)
    assert joins(rec(**region, fatalities=7), rec(**near, fatalities=7))


def _told(day: str, words: str, **kw) -> dict:
    return rec(event_date=day, date_basis="text",
               evidence=[{"field": "event_date", "start": 0, "end": len(words), "text": words}], **kw)


def test_the_same_town_on_two_named_days_stays_apart():
    # "a drone hit Kharkiv on Tuesday" and "... on Wednesday": two strikes
    assert not joins(_told("2025-05-07", "on Wednesday"), _told("2025-05-06", "on Tuesday"))
    # but a night spans two days, a day's round-up is a period, and an undated report may be late
    assert joins(_told("2025-05-07", "overnight"), _told("2025-05-06", "on Tuesday"))
    assert joins(_told("2025-05-07", "during the day"), _told("2025-05-06", "on Tuesday"))
    assert joins(rec(event_date="2025-05-07", date_basis="published"), _told("2025-05-06", "on Tuesday"))


def test_a_statements_day_is_no_day_told_of_the_attack():
    from conflictlens import extract
    a = extract("The army said on Friday that jihadists killed 9 soldiers near Gao.", published="2024-05-10")[0].to_dict()
    b = extract("Jihadists killed 9 soldiers near Gao on Thursday, the army said.", published="2024-05-10")[0].to_dict()
    assert joins(a, b)


def test_one_city_district_in_russian_and_ukrainian_spelling_joins():
    from conflictlens.resolve.match import _district_key
    assert _district_key("Kievsky district") == _district_key("Kyivskyi")
    assert _district_key("Shevchenkovsky") == _district_key("Shevchenkivskyi")
    assert _district_key("Kirovsky") != _district_key("Kyivskyi")


def test_an_unplaced_district_joins_the_city_named_with_it():
    district = dict(location="Dasht-e-Barchi", latitude=None, longitude=None, geo_precision=None, where_prec=None)
    city = dict(location="Kabul (Dasht-e-Barchi district)", latitude=None, longitude=None)
    assert score(rec(**district), rec(**city)) is not None


def test_a_report_cannot_tell_of_a_strike_the_day_after_it_came_out():
    # a post dated only by its publication (the 8th) and a strike its text dates to the 9th: two strikes
    post = rec(event_id="post", date_basis="published", time_precision=2)
    later = rec(event_id="later", event_date="2025-05-09", date_basis="text")
    assert not joins(later, post) and not joins(post, later)
    # ... while the text's own day before the post's publication may well be the post's strike
    earlier = rec(event_id="earlier", event_date="2025-05-07", date_basis="text")
    assert joins(earlier, post)


def test_a_glide_bomb_and_an_air_strike_are_one_kind_of_fire():
    assert joins(rec(weapon="glide bomb", sub_event_type="Air/drone strike"), rec(weapon="airstrike"))
    assert not joins(rec(weapon="glide bomb"), rec(weapon="IED", sub_event_type="Remote explosive/landmine/IED"))


def _x(text: str, published: str) -> dict:
    from conflictlens import extract
    return [e for e in extract(text, published=published) if e.plover is None][0].to_dict()


def test_a_toll_told_as_risen_is_not_held_against_the_incident_it_updates():
    first = _x("Airstrikes on Taiz kill eight\nAirstrikes hit a market in Taiz on Monday, killing eight people.", "2025-03-03")
    update = _x("Taiz airstrike death toll rises to 14, health officials say", "2025-03-04")
    assert joins(update, first)


def test_a_regions_risen_toll_joins_the_towns_report_of_the_same_attack():
    town = _x("Suicide bomber kills 9 at Gwoza market\nA suicide bomber attacked a market in Gwoza, Borno State, "
              "on Monday, killing at least nine people.", "2025-03-03")
    region = _x("The death toll from Monday's suicide attack on a market in Borno State has risen to 15.", "2025-03-04")
    assert joins(region, town)
    # ... but not a town's update with a region's report of another kind of attack
    other = _x("Gunmen kill four in Borno village\nGunmen killed four villagers in Borno State on Monday.", "2025-03-03")
    assert not joins(_x("The toll from Monday's shelling of Bama has risen to 9.", "2025-03-04"), other)


def test_an_update_that_names_the_attacks_day_keeps_the_next_days_strike_apart():
    update = _x("Sumy. The number of dead after yesterday's missile strike has risen to 6.", "2025-03-05")
    fresh = _x("A Russian missile strike on Wednesday killed two people in Sumy.", "2025-03-05")
    assert not joins(fresh, update)


def test_a_regions_risen_toll_of_another_day_is_another_incident():
    town = _x("Russian artillery shelling killed two people in Nikopol in the Dnipropetrovsk region on Monday.", "2024-05-01")
    region = _x("The number killed by Russian artillery shelling in the Dnipropetrovsk region on Tuesday has risen to five.",
                "2024-05-01")
    assert not joins(region, town)


# ------------------------------------------- a town the gazetteer lacks; "near" one town, "in" another

def _unresolved_village(**kw) -> dict:
    """An ambush near a village the gazetteer lacks, placed at its region's point."""
    base = dict(event_type="Battles", sub_event_type="Armed clash", weapon=None, actor1=None, country="Niger", iso="NE",
                admin1="Tillaberi", location="Tinkoura", geo_precision=3, where_prec=4, latitude=14.2, longitude=1.45,
                event_date="2026-06-02", fatalities=11)
    base.update(kw)
    return rec(**base)


def test_two_reports_of_one_town_the_gazetteer_lacks_join_though_their_tolls_differ():
    assert joins(_unresolved_village(fatalities=12), _unresolved_village())


def test_two_region_level_reports_with_different_tolls_stay_apart():
    a = _unresolved_village(location="Tillaberi")
    b = _unresolved_village(location="Tillaberi", fatalities=12)
    assert not joins(a, b)


def test_a_town_named_as_the_place_is_not_near_another_town_30_km_off():
    in_town = rec(location="Slatyne", where_prec=1, latitude=50.2650, longitude=36.2100)      # ~30 km from Kharkiv
    near_town = rec(where_prec=2, geo_precision=2)
    assert not joins(in_town, near_town)
    close = rec(location="Pisochyn", where_prec=1, latitude=49.9536, longitude=36.1000)          # ~10 km
    assert joins(close, near_town)


def test_two_region_level_reports_spelt_unlike_the_region_stay_apart():
    a = _unresolved_village(location="Tillabery")
    b = _unresolved_village(location="Tillabery", fatalities=15)
    assert not joins(a, b)


def test_a_region_level_report_joins_on_a_toll_the_incident_had_before_a_revision():
    town = rec(location="Marib", admin1="Ma'rib", country="Yemen", iso="YE", latitude=15.46, longitude=45.33,
               weapon="missile", sub_event_type="Shelling/artillery/missile attack", event_date="2026-02-20",
               fatalities=9, revisions=[{"field": "fatalities", "best": 7}, {"field": "fatalities", "best": 9}])
    region = rec(location="Ma'rib", admin1="Ma'rib", country="Yemen", iso="YE", latitude=15.5, longitude=45.5,
                 geo_precision=3, where_prec=4, weapon=None, sub_event_type="Attack", event_date="2026-02-20", fatalities=7)
    assert joins(region, town)
    assert not joins(region, dict(town, revisions=[{"field": "fatalities", "best": 9}]))


def test_a_district_told_in_english_is_its_transliteration():
    a = rec(location="Kharkiv (Industrialnyi district)", weapon="ballistic missile", sub_event_type="Shelling/artillery/missile attack")
    assert joins(rec(location="Kharkiv (Industrial district)", weapon="ballistic missile",
                     sub_event_type="Shelling/artillery/missile attack"), a)
    assert score(rec(location="Kharkiv (Kyivskyi district)", weapon="ballistic missile",
                     sub_event_type="Shelling/artillery/missile attack"), a) is None


def test_a_countrys_report_of_the_next_morning_joins_the_told_day_on_its_toll():
    town = rec(location="Dikwa", country="Nigeria", iso="NG", admin1="Borno", event_date="2025-03-17", date_basis="text",
               sub_event_type="Attack", event_type="Violence against civilians", weapon="small arms", fatalities=7,
               latitude=12.03, longitude=13.92)
    country = dict(town, location="Nigeria", admin1=None, geo_precision=3, where_prec=6, event_date="2025-03-18",
                   date_basis="published", latitude=9.08, longitude=7.53)
    assert joins(country, town)
    assert not joins(dict(country, fatalities=4), town)                  # another toll: another incident
    assert not joins(dict(country, date_basis="text"), town)             # told as the next day: the next day's
    assert not joins(dict(country, event_date="2025-03-19"), town)       # two days on


def test_a_region_report_naming_its_own_village_or_other_victims_stays_apart():
    town = rec(location="Bilopillia", admin1="Sumy", fatalities=3, weapon="drone", civilian_targeting=True,
               latitude=51.15, longitude=34.31)
    village = rec(location="Zelena Poliana", admin1="Sumy", fatalities=3, weapon="drone", geo_precision=3, where_prec=4,
                  latitude=50.9, longitude=34.8, places=[{"name": "Zelena Poliana", "kind": "place"},
                                                         {"name": "Sumy", "kind": "region"}])
    soldiers = dict(village, location="Sumy", civilian_targeting=False, places=[{"name": "Sumy", "kind": "region"}])
    assert not joins(village, town)
    assert not joins(soldiers, town)
    assert joins(dict(soldiers, civilian_targeting=True), town)


def test_a_region_told_by_its_english_name_joins_a_town_in_it():
    town = rec(location="Sinjar", country="Iraq", iso="IQ", admin1="Ninawa", fatalities=4, weapon="IED",
               sub_event_type="Remote explosive/landmine/IED", latitude=36.32, longitude=41.87)
    region = dict(town, location="Nineveh", geo_precision=3, where_prec=4, latitude=36.34, longitude=43.13,
                  places=[{"name": "Nineveh", "kind": "region"}])
    assert joins(region, town)


def test_one_bomb_told_as_a_car_bomb_and_a_suicide_car_bomb_joins():
    town = rec(location="Mogadishu", country="Somalia", iso="SO", admin1="Banaadir", latitude=2.04, longitude=45.34,
               weapon="car bomb", sub_event_type="Remote explosive/landmine/IED", fatalities=8)
    assert joins(dict(town, weapon="suicide bomb", sub_event_type="Suicide bomb"), town)
    assert joins(dict(town, weapon="IED"), town)
    assert not joins(dict(town, weapon="mortar", sub_event_type="Shelling/artillery/missile attack"), town)


def test_one_assault_told_by_its_rifles_or_its_grenades_joins():
    post = rec(location="Bannu", country="Pakistan", iso="PK", admin1="Khyber Pakhtunkhwa", latitude=32.99,
               longitude=70.6, weapon="small arms", sub_event_type="Armed clash", event_type="Battles", fatalities=4)
    assert joins(dict(post, weapon="grenade", sub_event_type="Grenade"), post)
    assert not joins(dict(post, weapon="drone", sub_event_type="Air/drone strike"), post)


def test_a_report_dated_only_to_this_week_joins_an_earlier_day_of_it():
    strike = rec(location="Kramatorsk", admin1="Donetsk", event_date="2026-02-10", date_basis="text", **KRAMATORSK)
    week = dict(strike, event_date="2026-02-12", time_precision=2)
    assert joins(week, strike)
    assert not joins(dict(week, time_precision=1), strike)                   # a day told: two days apart
    assert not joins(dict(week, date_basis="published"), strike)             # no day told at all: as before
    assert not joins(dict(week, event_date="2026-02-13"), strike)            # past the window
    # ... unless its text tells the week: "a strike on Kramatorsk this week", told on Friday, is Tuesday's
    told = [{"field": "event_date", "start": 30, "end": 39, "text": "this week"}]
    assert joins(dict(week, event_date="2026-02-13", evidence=told), strike)
    assert not joins(dict(week, event_date="2026-02-17", evidence=told), strike)     # next week's


def _update_said_on(day_text: str, start: int) -> dict:
    sentence = f"The death toll from the attack near Oicha has risen to 24, a local official said {day_text}."
    return dict(event_date="2025-09-07", date_basis="text", time_precision=1, fatalities=24,
                figures=[{"status": "killed", "best": 24, "revision": True}],
                evidence=[{"field": "event", "start": 0, "end": len(sentence), "text": sentence},
                          {"field": "event_date", "start": start, "end": start + len(day_text), "text": day_text}])


def test_a_toll_update_dated_by_the_day_it_was_told_joins_the_attack_two_days_before():
    attack = rec(location="Oicha", country="Democratic Republic of the Congo", iso="CD", admin1="North Kivu",
                 latitude=0.7, longitude=29.52, weapon="melee weapon", sub_event_type="Attack",
                 event_type="Violence against civilians", event_date="2025-09-05", date_basis="text", fatalities=18)
    text = "The death toll from the attack near Oicha has risen to 24, a local official said on Sunday."
    update = dict(attack, **_update_said_on("on Sunday", text.index("on Sunday")))
    assert joins(update, attack)
    assert not joins(dict(update, figures=[{"status": "killed", "best": 24}]), attack)    # not told as risen


def test_a_suicide_bombing_and_a_roadside_bomb_with_tolls_far_apart_stay_apart():
    mosque = rec(location="Peshawar", country="Pakistan", iso="PK", admin1="Khyber Pakhtunkhwa", latitude=34.01,
                 longitude=71.58, weapon="suicide bomb", sub_event_type="Suicide bomb", fatalities=20)
    roadside = dict(mosque, weapon="IED", sub_event_type="Remote explosive/landmine/IED", fatalities=2)
    assert not joins(roadside, mosque)
    assert joins(dict(roadside, fatalities=18), mosque)


def test_a_post_headed_by_its_town_stays_apart_from_another_towns_incident():
    shebekino = rec(location="Shebekino", country="Russia", iso="RU", admin1="Belgorod", latitude=50.41,
                    longitude=36.89, where_prec=1, geo_precision=1, fatalities=1)
    belgorod_post = rec(location="Belgorod", country="Russia", iso="RU", admin1="Belgorod", latitude=50.6,
                        longitude=36.59, where_prec=3, geo_precision=2, place_basis="dateline", fatalities=1)
    assert not joins(belgorod_post, shebekino)
    assert joins(dict(belgorod_post, latitude=50.42, longitude=36.9, location="Shebekino"), shebekino)


def test_a_rise_joins_the_incident_whose_toll_it_continues():
    oicha = rec(location="Oicha", country="Democratic Republic of the Congo", iso="CD", admin1="North Kivu",
                latitude=0.7, longitude=29.52, weapon=None, sub_event_type="Attack",
                event_type="Violence against civilians", fatalities=18)
    mangina = dict(oicha, location="Mangina", latitude=0.55, longitude=29.33, fatalities=6)
    update = dict(oicha, location="Beni", latitude=0.5, longitude=29.47, geo_precision=2, where_prec=2, fatalities=22,
                  figures=[{"status": "killed", "best": 22, "revision": True}])
    assert choose(update, [(1, mangina), (2, oicha)]) == 2
