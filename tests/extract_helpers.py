"""Shared helpers for the per-document extraction tests.

The tests in `test_extract_*.py` are the behavioural specification of
`conflictlens.extract`. Every fixture is a short report written for these
tests, in the style of wire copy, official statements and Telegram posts.
"""
from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable

from conflictlens import Event, extract

# ACLED event types that describe violence (as opposed to strategic developments,
# protests or riots). Each one is an "incident" for these tests.
VIOLENT_TYPES = frozenset({
    "Battles",
    "Explosions/Remote violence",
    "Violence against civilians",
})

# Event types that carry a PLOVER code for a political interaction.
POLITICAL_CODES = frozenset({
    "ACCUSE", "AGREE", "AID", "ASSAULT", "COERCE", "CONCEDE", "CONSULT", "COOPERATE",
    "MOBILIZE", "PROTEST", "REJECT", "REQUEST", "RETREAT", "SANCTION", "SUPPORT", "THREATEN",
})

SHELLING = ("Explosions/Remote violence", "Shelling/artillery/missile attack")
AIR = ("Explosions/Remote violence", "Air/drone strike")
IED = ("Explosions/Remote violence", "Remote explosive/landmine/IED")
SUICIDE = ("Explosions/Remote violence", "Suicide bomb")
GRENADE = ("Explosions/Remote violence", "Grenade")
CLASH = ("Battles", "Armed clash")
VAC_ATTACK = ("Violence against civilians", "Attack")
ARRESTS = ("Strategic developments", "Arrests")

RUSSIA = "Military Forces of Russia"
UKRAINE = "Military Forces of Ukraine"
CIV_UA = "Civilians (Ukraine)"


def is_violent(event: Event) -> bool:
    return event.event_type in VIOLENT_TYPES


def is_political(event: Event) -> bool:
    return event.event_type == "Strategic developments" and event.plover is not None


def violent(events: Iterable[Event]) -> list[Event]:
    return [e for e in events if is_violent(e)]


def political(events: Iterable[Event]) -> list[Event]:
    return [e for e in events if is_political(e)]


def describe(events: Iterable[Event]) -> str:
    """A compact description of events for assertion messages."""
    rows = []
    for e in events:
        rows.append(
            f"<{e.event_type}/{e.sub_event_type} plover={e.plover} loc={e.location!r} "
            f"date={e.event_date} k={e.fatalities} i={e.injured} weapon={e.weapon}>"
        )
    return "[" + ", ".join(rows) + "]"


def incidents(text: str, published: str | None = None, doc_id: str | None = None) -> list[Event]:
    """The violent events extracted from `text`."""
    return violent(extract(text, published=published, doc_id=doc_id))


def only_incident(text: str, published: str | None = None, doc_id: str | None = None, **kw) -> Event:
    """Extract `text` and assert it reports exactly one violent event; return it."""
    events = extract(text, published=published, doc_id=doc_id, **kw)
    found = violent(events)
    assert len(found) == 1, f"expected exactly one violent event, got {len(found)}: {describe(events)}"
    return found[0]


def only_political(text: str, published: str | None = None, plover: str | None = None) -> Event:
    """Extract `text` and assert exactly one political interaction (optionally of one code)."""
    events = extract(text, published=published)
    found = political(events)
    if plover is not None:
        found = [e for e in found if e.plover == plover]
    assert len(found) == 1, (
        f"expected exactly one political event{' ' + plover if plover else ''}, "
        f"got {len(found)}: {describe(events)}"
    )
    return found[0]


def place_names(event: Event) -> list[str]:
    return [p.name for p in event.places]


def mentions_place(event: Event, place_substring: str) -> bool:
    """True when the event's location or one of its places names `place_substring`."""
    needle = place_substring.casefold()
    hay = [event.location or ""] + place_names(event)
    return any(needle in h.casefold() for h in hay)


def incident_at(events: Iterable[Event], place_substring: str) -> Event:
    """The one violent event located at `place_substring` (by location or places)."""
    events = list(events)
    found = [e for e in violent(events) if mentions_place(e, place_substring)]
    assert len(found) == 1, (
        f"expected one violent event at {place_substring!r}, got {len(found)}: {describe(events)}"
    )
    return found[0]


def source_text(event: Event) -> str:
    """Every source label and detail of an event, joined, for substring checks."""
    parts = list(event.sources)
    for s in event.source_details:
        parts.extend(x for x in (s.name, s.role, s.channel, s.text, s.label()) if x)
    return " | ".join(parts)


def has_source(event: Event, substring: str) -> bool:
    return substring.casefold() in source_text(event).casefold()


def days_before(published: str, days: int) -> str:
    return (_dt.date.fromisoformat(published) - _dt.timedelta(days=days)).isoformat()


def date_between(value: str | None, earliest: str, latest: str) -> bool:
    if value is None:
        return False
    d = _dt.date.fromisoformat(value)
    return _dt.date.fromisoformat(earliest) <= d <= _dt.date.fromisoformat(latest)


def spans_of(event: Event, field: str):
    return [s for s in event.evidence if s.field == field]


def assert_spans_match(text: str, events: Iterable[Event]) -> None:
    """Every evidence span, place, figure and source offset slices the document exactly."""
    for e in events:
        for s in e.evidence:
            assert 0 <= s.start <= s.end <= len(text), f"span out of range: {s}"
            assert text[s.start:s.end] == s.text, f"evidence span does not match the document: {s}"
        for f in e.figures:
            assert text[f.start:f.end] == f.text, f"figure span does not match the document: {f}"
        for p in e.places:
            assert 0 <= p.start <= p.end <= len(text), f"place span out of range: {p}"
        for s in e.source_details:
            if s.text:
                assert text[s.start:s.end] == s.text, f"source span does not match the document: {s}"
