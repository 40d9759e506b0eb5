"""Who reported it: named officials, offices, channels, and figures attributed to them."""
from __future__ import annotations

import pytest

from conflictlens import extract
from extract_helpers import has_source, incident_at, only_incident, source_text

PUB = "2025-05-02"


def test_named_governor_on_telegram():
    e = only_incident(
        "Russian drones struck the town of Shostka overnight, injuring three people, "
        "the regional governor, Petro Example, said on Telegram.",
        published=PUB,
    )
    assert any("Petro Example" in label for label in e.sources), e.sources
    detail = next(s for s in e.source_details if s.name and "Petro Example" in s.name)
    assert detail.channel == "Telegram"
    assert detail.role is not None and "governor" in detail.role.lower()


@pytest.mark.parametrize(
    "text",
    [
        "Mykola Hnatiuk, the mayor of Zhytomyr, wrote on Telegram that a Russian missile had damaged "
        "a heating plant and wounded two workers on Thursday.",
        "A Russian missile damaged a heating plant in Zhytomyr on Thursday and wounded two workers, "
        "Mayor Mykola Hnatiuk posted on his Telegram channel.",
        "Two workers were wounded when a Russian missile hit a heating plant in Zhytomyr on Thursday, "
        "Mykola Hnatiuk, the city's mayor, reported via Telegram.",
    ],
)
def test_person_and_channel_in_varied_phrasing(text):
    e = only_incident(text, published=PUB)
    assert any("Mykola Hnatiuk" in label for label in e.sources), e.sources
    assert any(s.channel == "Telegram" for s in e.source_details if s.name and "Hnatiuk" in s.name)


def test_according_to_the_health_ministry():
    e = only_incident(
        "An airstrike on a displacement camp in southern Gaza on Tuesday killed 17 people, "
        "according to the health ministry.",
        published=PUB,
    )
    assert has_source(e, "health ministry"), source_text(e)


def test_office_as_source():
    e = only_incident(
        "Russian shelling of Kherson's Korabelnyi district on Monday killed a 45-year-old man, "
        "the State Emergency Service said.",
        published=PUB,
    )
    assert has_source(e, "State Emergency Service"), source_text(e)


def test_head_of_military_administration_with_role():
    e = only_incident(
        "Olena Bereza, head of the city military administration, said a Russian glide bomb had killed "
        "two people in Kupiansk on Wednesday.",
        published=PUB,
    )
    assert any("Olena Bereza" in label for label in e.sources), e.sources
    detail = next(s for s in e.source_details if s.name and "Olena Bereza" in s.name)
    assert detail.role is not None and "military administration" in detail.role.lower()


def test_several_sources_are_all_kept():
    e = only_incident(
        "A Russian ballistic missile hit a hotel in Kharkiv on Thursday, killing three guests, "
        "governor Andrii Vasylenko said. Dmytro Lukash, the city's mayor, said 12 people were wounded.",
        published=PUB,
    )
    assert has_source(e, "Andrii Vasylenko"), source_text(e)
    assert has_source(e, "Dmytro Lukash"), source_text(e)


def test_figures_are_attributed_to_the_person_who_gave_them():
    e = only_incident(
        "Governor Andrii Vasylenko said a Russian missile strike on Chuhuiv on Thursday killed three people. "
        "Later, the town's mayor, Dmytro Lukash, said 12 people had been wounded.",
        published=PUB,
    )
    killed = [f for f in e.figures if f.status == "killed" and f.best == 3]
    injured = [f for f in e.figures if f.status == "injured" and f.best == 12]
    assert killed and injured, [f.to_dict() for f in e.figures]
    assert killed[0].source is not None and "Vasylenko" in killed[0].source
    assert injured[0].source is not None and "Lukash" in injured[0].source


def test_sources_do_not_cross_between_incidents():
    text = (
        "A Russian drone killed a cyclist in Sumy on Thursday, the regional governor, Taras Melnyk, said. "
        "In Kherson, artillery fire wounded two women, Roman Kovtun, head of the city administration, "
        "wrote on Telegram."
    )
    events = extract(text, published=PUB)
    sumy = incident_at(events, "Sumy")
    kherson = incident_at(events, "Kherson")
    assert has_source(sumy, "Taras Melnyk") and not has_source(sumy, "Roman Kovtun")
    assert has_source(kherson, "Roman Kovtun") and not has_source(kherson, "Taras Melnyk")


def test_victim_is_not_a_source():
    e = only_incident(
        "A Russian shell killed Hanna Savchuk, 71, in her garden in the village of Ivanivka on Tuesday, "
        "the district police said.",
        published=PUB,
    )
    assert not has_source(e, "Hanna Savchuk"), source_text(e)
    assert has_source(e, "police"), source_text(e)


def test_wire_service_in_dateline_is_a_source():
    e = only_incident(
        "KYIV, May 2 (Reuters) - A Russian drone attack on the capital overnight injured five people, "
        "city officials said on Friday.",
        published=PUB,
    )
    assert has_source(e, "Reuters"), source_text(e)


def test_a_statement_is_said_in_and_nobody_is_no_source():
    from conflictlens.extract.sources import find_people_and_sources
    [src] = find_people_and_sources("The governor said in a statement that two were killed.", 0, [], [])
    assert src.label() == "The governor (in a statement)"
    assert find_people_and_sources("No group has claimed responsibility.", 0, [], []) == []


def test_a_surname_said_after_the_full_name_and_a_long_role_before_a_name():
    from conflictlens import extract
    text = ("Gunmen killed 17 farmers near Maiduguri on Saturday, said Babagana Zulum, the Borno state governor. "
            "Zulum said the death toll could rise.")
    [e] = extract(text, published="2025-05-08")
    assert e.fatalities_status == "rising"
    from conflictlens.extract.sources import find_people_and_sources
    [src] = find_people_and_sources("A bomb hit a school, the head of the regional military administration Ivan "
                                    "Fedorov said.", 0, [], [])
    assert src.label() == "Ivan Fedorov, the head of the regional military administration"


def test_a_place_that_opens_the_sentence_is_no_persons_name():
    from conflictlens.extract.sources import find_people_and_sources
    [src] = find_people_and_sources("In Bila Tserkva, a drone hit a house, the governor said.", 0, [], [])
    assert src.label() == "the governor"


@pytest.mark.parametrize("text,label", [
    # wire agencies in a dateline
    ("KABUL (Xinhua) -- A roadside bomb killed three policemen in Kabul on Sunday.", "Xinhua"),
    ("SRINAGAR (PTI) - Two militants were killed in an encounter in Shopian on Tuesday.", "PTI"),
    # collective attributions
    ("Gunmen killed four villagers in Katsina on Monday, security sources said.", "security sources"),
    # "said" + title + name
    ("Gunmen shot dead six labourers in Turbat on Sunday, said provincial government spokesman Ali Khan.",
     "Ali Khan, provincial government spokesman"),
    # an office's whole name, and a person named after a role "of" something
    ("Two civilians were killed in Maarat al-Numan, the Syrian Observatory for Human Rights reported.",
     "the Syrian Observatory for Human Rights"),
    ("The Prosecutor General's Office said two people were killed in Kherson.", "The Prosecutor General's Office"),
    ("Shelling killed a man in Oleshky, the head of the town, Petro Example, said.", "Petro Example, the head of the town"),
    # a clause before the role is not part of it
    ("Two insurgents died in the village where intelligence sources said they were hiding.", "intelligence sources"),
])
def test_agencies_collective_sources_and_offices(text, label):
    from conflictlens import extract
    [e] = extract(text, published="2025-03-04")
    assert label in e.sources


def test_preliminary_data_is_no_source():
    from conflictlens import extract
    [e] = extract("According to preliminary data, two people were killed in the strike on Belgorod, the regional "
                  "governor said.", published="2024-03-04")
    assert not any("preliminary" in s for s in e.sources)


@pytest.mark.parametrize("text,label", [
    ("According to preliminary data from the Interior Ministry, five people were killed in Kirkuk.",
     "the Interior Ministry"),
    ("Two civilians were killed in Avdiivka, the Institute for the Study of War reported.",
     "the Institute for the Study of War"),
])
def test_hedged_and_long_office_names(text, label):
    from conflictlens import extract
    [e] = extract(text, published="2024-03-04")
    assert label in e.sources


@pytest.mark.parametrize("text,label", [
    ("According to preliminary data, 7 persons were killed in Belgorod on Sunday, the Ministry of Defence informed.",
     "the Ministry of Defence"),
    ("The Security Media Cell said two soldiers were killed by an explosive device in Tarmiyah on Monday.",
     "The Security Media Cell"),
])
def test_more_verbs_of_saying_and_press_cells(text, label):
    from conflictlens import extract
    [e] = extract(text, published="2024-05-13")
    assert label in e.sources


def test_a_capitalised_office_before_the_name_is_the_role():
    from conflictlens import extract
    [e] = extract("Head of the Kharkiv Regional Military Administration Oleh Syniehubov said two people were killed in "
                  "Kharkiv.", published="2025-03-04")
    assert "Oleh Syniehubov, Head of the Kharkiv Regional Military Administration" in e.sources


@pytest.mark.parametrize("text, role", [
    # the speaker after the verb, without a name
    ("Gunmen killed nine herders near Bankass on Sunday, said a youth association coordinator.", "coordinator"),
    ("A car bomb killed six people in Mogadishu on Sunday, said the mayor.", "the mayor"),
    ("Shelling killed two people in Kherson on Sunday, reported the regional news agency.", "news agency"),
])
def test_speaker_after_the_verb(text, role):
    e = only_incident(text, published=PUB)
    assert any(role in (s.role or "") for s in e.source_details), e.sources


@pytest.mark.parametrize("text", [
    "Gunmen killed nine herders near Bankass on Sunday, a villager told the agency.",
    "Gunmen killed nine herders near Bankass on Sunday, said the report.",
])
def test_a_listener_or_a_document_is_no_speaker(text):
    e = only_incident(text, published=PUB)
    assert not any("agency" in (s.role or "") or "report" in (s.role or "") for s in e.source_details), e.sources


def test_the_accused_after_said_is_no_speaker():
    e = only_incident("Villagers said the army in Beni had killed five civilians on Monday.", published=PUB)
    assert not any((s.role or "").startswith("the army") for s in e.source_details), e.sources
