"""Twenty-ninth session: police logs' numbered entries, a bulletin's poster, languages, a monitor's air date."""
from __future__ import annotations

from conflictlens import extract
from conflictlens.extract.countries import find_countries

PUB = "2025-03-14"      # a Friday


def violent(text: str, published: str = PUB, source: str | None = None) -> list:
    return [e for e in extract(text, published=published, source=source) if e.event_type != "Strategic developments"]


def one(text: str, published: str = PUB, source: str | None = None):
    events = violent(text, published, source)
    assert len(events) == 1, [(e.location, e.fatalities, e.injured) for e in events]
    return events[0]


def test_a_road_accident_in_a_police_log_is_no_incident():
    events = violent("MUNICIPAL POLICE - SHIFT REPORT\n\n1. 03:10 - Gunmen shot dead a shopkeeper in Maiduguri's Gwange "
                     "ward.\n\n2. 08:45 - Road accident on the Damboa road: a tanker collided with a minibus; six injured "
                     "taken to the state hospital.")
    assert [(e.location, e.fatalities, e.injured) for e in events] == [("Maiduguri", 1, None)]


def test_guard_a_bus_overturned_in_an_attack_is_an_incident():
    e = one("A bus overturned on the Maiduguri road after gunmen opened fire on it on Thursday; three passengers were "
            "killed.")
    assert e.fatalities == 3


def test_a_language_is_no_country():
    assert find_countries("[Unofficial translation from Spanish]") == []
    assert find_countries("(Translated from the French original)") == []
    assert find_countries("Arabic-language channels showed the wreckage") == []


def test_guard_a_peoples_forces_are_still_their_country():
    assert [c[0] for c in find_countries("French troops and Spanish engineers were at the base")] == ["France", "Spain"]


HAITI_LOG = ("HAITIAN NATIONAL POLICE - WEST DEPARTMENT\nDaily summary, Thursday 13 March 2025\n\n"
             "1. Carrefour-Feuilles - Around 09:00, gang members opened fire on residents of the upper district and burned "
             "a dozen houses. Four people were killed.\n\n"
             "2. Croix-des-Bouquets - A lorry driver was kidnapped by armed men on the main road in the afternoon.\n\n"
             "3. Bel-Air - In the evening, police units exchanged fire with gang members; one gang member was killed and "
             "two officers were wounded.")


def test_a_neighbourhood_named_like_a_suburb_abroad_stays_in_the_logs_country():
    events = violent(HAITI_LOG)
    assert {e.country for e in events} == {"Haiti"}
    bel_air = next(e for e in events if "Bel-Air" in (e.location or ""))
    assert bel_air.admin1 == "Ouest"


CELAYA_LOG = ("DAILY INCIDENT REPORT\nPeriod: 00:00-23:59 h, Thursday 13 March 2025\n[Translated from Spanish]\n\n"
              "1.\nHomicide by firearm.\n01:15 h, Col. Las Insurgentes.\nA man aged about 35 was found dead on the "
              "pavement with gunshot wounds.\n\n"
              "2.\nTraffic accident.\n09:30 h, Av. Constituyentes.\nA pick-up collided with a motorcycle; the rider was "
              "taken to hospital with minor injuries.\n\n"
              "3.\nArmed attack.\n19:40 h, Col. Santa Rita.\nArmed men fired on two brothers outside their home; both "
              "were killed and a neighbour was wounded.\n")


def test_a_police_logs_numbered_entries_under_their_categories_are_incidents_of_their_own():
    events = violent(CELAYA_LOG, source="Municipal Police of Celaya (daily report)")
    assert sorted((e.fatalities, e.injured) for e in events) == [(1, None), (2, 1)]


def test_the_bulletins_poster_places_its_neighbourhoods():
    events = violent(CELAYA_LOG, source="Secretaría de Seguridad Ciudadana de Celaya (daily report)")
    assert {(e.country, e.admin1) for e in events} == {("Mexico", "Guanajuato")}


def test_a_monitors_note_of_the_day_aired_dates_its_today():
    e = one("UKRAINE: DRONE HITS SUMY SUBURB - REGIONAL RADIO\n\nText of report by Ukrainian regional radio Sumy Hromada "
            "on 12 March\n\n[Presenter] A Russian drone struck a petrol station on the edge of Sumy this morning. One "
            "employee was killed and two customers were injured, the regional administration said.",
            published="2025-03-14")
    assert (e.event_date, e.fatalities, e.injured) == ("2025-03-12", 1, 2)


THREAD = ("Olena Kravets @kravets_reports · Wed 12 March 2025\n\n"
          "1/ Morning in Zaporizhzhia oblast: Orikhiv hit by guided bombs at about 09:40. Local authorities say 4 killed. "
          "Thread below.\n\n"
          "2/ For the record, Huliaipole was hit too last night - a shell landed on a garage in the town centre. A 60-year-old "
          "man was killed and his son injured.\n\n"
          "3/ Correction to 1/: the Orikhiv toll is 3 killed, not 4. The figure I quoted counted a man who died of a heart "
          "attack during the alert. Orikhiv: 3 dead, 9 wounded. Sorry.\n\n"
          "4/ The regional governor says 7 civilians were killed across Zaporizhzhia oblast in the past 24h.")


def test_a_threads_correction_by_post_number_revises_that_posts_incident():
    events = sorted(violent(THREAD, published="2025-03-12"), key=lambda e: e.location)
    assert [(e.location, e.fatalities, e.injured, e.event_date) for e in events] == [
        ("Huliaipole", 1, 1, "2025-03-11"), ("Orikhiv", 3, 9, "2025-03-12")]


def test_an_age_told_roughly_is_no_count():
    e = one("A man aged about 35 was found shot dead outside a bar in Kano on Thursday, police said.")
    assert e.fatalities == 1


def test_both_after_a_semicolon_counts_the_two_just_told():
    e = one("Gunmen fired on two farmers near Gusau on Thursday; both were killed and a passer-by was wounded.")
    assert (e.fatalities, e.injured) == (2, 1)


def test_a_countrys_hospital_in_lower_case_names_no_country_of_the_incident():
    assert find_countries("medics at the Saudi hospital said") == []


def test_extract_takes_the_source_as_the_cli_reads_it():
    text = "Shelling hit the Dniprovskyi district overnight. Two people were injured."
    e = one(text, source="Kherson Regional Military Administration (Telegram)")
    assert e.admin1 == "Kherson"
