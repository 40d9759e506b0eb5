"""Evidence spans: every span slices the document exactly, and filled figures have evidence."""
from __future__ import annotations

import pytest

from conflictlens import extract
from extract_helpers import assert_spans_match, incident_at, only_incident, spans_of

PUB = "2025-05-02"

REPORTS = [
    # plain wire copy
    "A Russian missile struck a residential block in Zaporizhzhia on Thursday, killing at least four "
    "people and wounding 22, the regional governor said.",
    # curly quotes, an en dash and an apostrophe before the figures
    "\u201cThe enemy hit a five-storey building \u2013 three people are dead,\u201d the mayor of "
    "Kharkiv\u2019s Saltivskyi district wrote on Telegram on Friday. Eleven more were injured.",
    # a Telegram post with emoji and line breaks
    "\u26a1\ufe0f Sumy region, overnight:\n\U0001f4cd Shostka \u2014 drone attack, 2 killed, 5 injured.\n"
    "\U0001f4cd Konotop \u2014 shelling, no casualties.",
    # Cyrillic mixed in
    "A Russian glide bomb hit Kostiantynivka (\u041a\u043e\u0441\u0442\u044f\u043d\u0442\u0438\u043d\u0456"
    "\u0432\u043a\u0430) on Wednesday, killing six people including a child.",
    # a dateline and number words
    "KANDAHAR, Afghanistan (Feb. 6, 2012) - Twelve insurgents were killed and fourteen detained in a "
    "joint operation in Arghandab district, a coalition press release said.",
    # several paragraphs with a revision
    "A drone struck a minibus in Nikopol on Tuesday morning, killing two passengers.\n\n"
    "By the afternoon the regional administration said the toll had risen to five.",
]


@pytest.mark.parametrize("text", REPORTS)
def test_every_span_slices_the_document(text):
    events = extract(text, published=PUB, doc_id="ev")
    assert events, "expected at least one event"
    assert_spans_match(text, events)


@pytest.mark.parametrize("text", REPORTS)
def test_filled_fatalities_have_fatalities_evidence(text):
    events = extract(text, published=PUB)
    assert any(e.fatalities for e in events), "expected a filled fatalities figure"
    for e in events:
        if e.fatalities:
            assert spans_of(e, "fatalities"), f"no fatalities evidence for {e.fatalities}"


@pytest.mark.parametrize(
    "text, number",
    [
        ("Russian shelling killed at least 4 people in Huliaipole on Thursday, the governor said.", "4"),
        ("Fourteen people were killed when a missile hit an apartment block in Dnipro on Friday.", "Fourteen"),
        ("A drone strike on Kherson killed twenty-three people at a bus station on Wednesday.", "twenty-three"),
    ],
)
def test_fatalities_span_covers_the_number(text, number):
    e = only_incident(text, published=PUB)
    at = text.index(number)
    covering = [s for s in spans_of(e, "fatalities") if s.start <= at and at + len(number) <= s.end]
    assert covering, f"no fatalities span covers {number!r}: {e.evidence}"


def test_revised_fatalities_span_covers_the_final_figure():
    text = (
        "A Russian missile hit a block of flats in Uman on Friday, killing 12 people. "
        "By the evening the toll had risen to 18."
    )
    e = only_incident(text, published=PUB)
    assert e.fatalities == 18
    at = text.index("18")
    assert any(s.start <= at < s.end for s in spans_of(e, "fatalities")), e.evidence


def test_injured_span_covers_the_number():
    text = "A Russian drone attack on Odesa overnight injured 31 people, the mayor said."
    e = only_incident(text, published=PUB)
    assert e.injured == 31
    at = text.index("31")
    assert any(s.start <= at < s.end for s in spans_of(e, "injured")), e.evidence


def test_no_fatalities_span_when_no_figure():
    text = "Russian forces fired a missile at the port of Izmail on Sunday, damaging a grain terminal."
    e = only_incident(text, published=PUB)
    assert e.fatalities is None
    assert not spans_of(e, "fatalities")


def test_figure_spans_belong_to_their_own_incident():
    text = (
        "A Russian drone hit a bus stop in Sumy on Thursday, killing two people. "
        "Separately, shelling in Nikopol killed seven."
    )
    events = extract(text, published=PUB)
    assert {incident_at(events, "Sumy").fatalities, incident_at(events, "Nikopol").fatalities} == {2, 7}
    boundary = text.index("Separately")
    for e in events:
        for s in spans_of(e, "fatalities"):
            if e.fatalities == 2:
                assert s.end <= boundary, s
            elif e.fatalities == 7:
                assert s.start >= boundary, s


def test_weapon_and_date_have_evidence():
    text = "A Russian cruise missile struck a power plant in Burshtyn on 12 March 2024, injuring two workers."
    e = only_incident(text)
    weapon_spans = spans_of(e, "weapon")
    assert any("missile" in s.text for s in weapon_spans), e.evidence
    date_spans = spans_of(e, "event_date")
    assert any("12 March 2024" in s.text for s in date_spans), e.evidence


def test_doc_id_and_event_ids():
    text = (
        "A Russian drone hit a bus stop in Sumy on Thursday, killing two people. "
        "Separately, shelling in Nikopol wounded seven."
    )
    first = extract(text, published=PUB, doc_id="report-42")
    second = extract(text, published=PUB, doc_id="report-42")
    assert first
    assert all(e.doc_id == "report-42" for e in first)
    ids = [e.event_id for e in first]
    assert all(ids) and len(set(ids)) == len(ids)
    assert ids == [e.event_id for e in second]


def test_extraction_is_deterministic():
    text = REPORTS[0]
    assert extract(text, published=PUB)
    assert [e.to_dict() for e in extract(text, published=PUB)] == [
        e.to_dict() for e in extract(text, published=PUB)
    ]
