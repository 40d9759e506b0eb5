"""The records conflictlens emits: typed, I/O-free, shared by every layer.

`Event.to_dict()` is the flat record of docs/RECORD.md; its field names are a
contract with users' scripts, so fields may be added but never renamed.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, fields
from typing import Any


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the document that is the evidence for one field."""

    field: str
    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"field": self.field, "start": self.start, "end": self.end, "text": self.text}


@dataclass(slots=True)
class Figure:
    """One reported casualty figure, as written ("at least four people killed").

    `status` is "killed" or "injured"; `role` is who was counted ("people",
    "children", "civilians", "soldiers", "attackers", ...); `low`/`best`/`high`
    follow UCDP's convention; `part_of` points to the index of the figure this
    one is a sub-count of ("including six children").
    """

    status: str
    low: int | None
    best: int | None
    high: int | None
    role: str
    start: int
    end: int
    text: str
    qualifier: str = "exact"
    part_of: int | None = None
    sentence: int = 0
    revision: bool = False
    source: str | None = None
    alternative: bool = False   # another report's figure for the same count ("though some said 200")
    adds: bool = False          # told as further victims ("In addition, ...", "also executed 15")
    breakdown: bool = False     # an item of "Among the dead were ...": who the dead were, not more of them
    town: str | None = None     # an item of a toll told town by town ("4 killed: 3 in Kherson and 1 in Beryslav")
    nth: bool = False           # the n-th to die ("a third died later"): the toll is at least n, never cut to it
    combined: int | None = None  # a share of one count of both ("five killed and wounded"): that count
    rival: bool = False         # another source's count of the same dead, told beside the first ("...; SUNA said 14")
    recovered: bool = False     # bodies found since a toll was told ("pulled two more bodies from the rubble"): how it rose
    field: bool = False         # a form's field ("Deaths: 1"): the record's count, which its narrative may tell again

    def to_dict(self) -> dict[str, Any]:
        out = {k: getattr(self, k) for k in
               ("status", "role", "low", "best", "high", "qualifier", "text", "start", "end", "revision")}
        out["source"] = self.source
        return out


@dataclass(slots=True)
class Source:
    """Who reported something: a named person, their role, an office, a channel."""

    name: str | None
    role: str | None = None
    channel: str | None = None
    start: int = 0
    end: int = 0
    text: str = ""

    def label(self) -> str:
        role = self.role
        if role and self.name and role.startswith(("The ", "A ", "An ")):
            role = role[0].lower() + role[1:]       # "Ivan Fedorov, the head of ..." (the role opened the sentence)
        parts = [p for p in (self.name, role) if p]
        label = ", ".join(parts) if parts else self.text
        if not self.channel:
            return label
        if self.channel.startswith(("in ", "at ", "on ")):
            return f"{label} ({self.channel})"      # "... (in a statement)", "(at a press conference)"
        return f"{label} (via {self.channel})"      # "... (via Telegram)"

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "role": self.role, "channel": self.channel,
                "label": self.label(), "start": self.start, "end": self.end}


@dataclass(slots=True)
class Place:
    """A place named in the text, before or after resolution to coordinates."""

    name: str
    start: int
    end: int
    kind: str = "place"          # place | district | region | country
    qualifier: str | None = None  # "near", "outskirts", "direction", "settlement" ("the city of X"), ...
    parent: str | None = None    # "Kharkiv" in "Kharkiv's Novobavarskyi district"


@dataclass(slots=True)
class Document:
    """An input document: its id, text and (optional) publication date."""

    id: str
    text: str
    published: str | None = None
    source: str | None = None
    url: str | None = None

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8", "surrogatepass")).hexdigest()


_PLACE_FIELDS = tuple(f.name for f in fields(Place))   # asdict's deep copy is slow in the hot path

RECORD_FIELDS = (
    "doc_id", "event_id", "event_type", "sub_event_type", "plover", "weapon",
    "actor1", "actor2", "civilian_targeting", "event_date", "time_precision",
    "country", "iso", "admin1", "admin2", "location", "latitude", "longitude",
    "geo_precision", "fatalities", "fatalities_low", "fatalities_high",
    "injured", "injured_low", "injured_high", "children_killed",
    "children_injured", "civilians_killed", "sources", "evidence", "confidence",
)


@dataclass(slots=True)
class Event:
    """One event mention coded from one document (an incident or a political interaction)."""

    doc_id: str | None = None
    event_id: str = ""
    event_type: str | None = None
    sub_event_type: str | None = None
    plover: str | None = None
    weapon: str | None = None
    actor1: str | None = None
    actor2: str | None = None
    civilian_targeting: bool | None = None
    event_date: str | None = None
    time_precision: int | None = None
    country: str | None = None
    iso: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    location: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None
    fatalities: int | None = None
    fatalities_low: int | None = None
    fatalities_high: int | None = None
    injured: int | None = None
    injured_low: int | None = None
    injured_high: int | None = None
    children_killed: int | None = None
    children_injured: int | None = None
    civilians_killed: int | None = None
    sources: list[str] = field(default_factory=list)
    evidence: list[Span] = field(default_factory=list)
    confidence: float = 0.0
    # Extensions beyond the contract fields.
    attackers_killed: int | None = None
    soldiers_killed: int | None = None
    fatalities_status: str | None = None   # "preliminary" | "rising" | None
    injured_status: str | None = None
    date_basis: str | None = None          # "text" | "published" | "dateline"
    where_prec: int | None = None          # UCDP's location precision (1 exact .. 6 country)
    place_basis: str | None = None         # "text" | "dateline" | "focus" | "source" | "actor" | "report" (docs/RECORD.md)
    places: list[Place] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    source_details: list[Source] = field(default_factory=list)
    sentences: list[int] = field(default_factory=list)
    notes: str | None = None

    def stable_id(self) -> str:
        """An id that is the same whenever the same document is coded the same way. The words
        at the anchor are part of it: two texts read under one document id (two `report.txt`,
        every `stdin`) must not give their events the same id."""
        anchor = min((s.start for s in self.evidence), default=0)
        words = next((s.text for s in self.evidence if s.start == anchor), None)
        if words is None:
            words = self.notes or ""
        key = f"{self.doc_id}|{anchor}|{words[:40]}|{self.event_type}|{self.plover}"
        return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]

    def to_dict(self) -> dict[str, Any]:
        """The flat record: the contract fields first, then the extensions."""
        out: dict[str, Any] = {}
        for name in RECORD_FIELDS:
            value = getattr(self, name)
            if name == "evidence":
                value = [s.to_dict() for s in value]
            out[name] = value
        out["attackers_killed"] = self.attackers_killed
        out["soldiers_killed"] = self.soldiers_killed
        out["fatalities_status"] = self.fatalities_status
        out["injured_status"] = self.injured_status
        out["date_basis"] = self.date_basis
        out["where_prec"] = self.where_prec
        out["place_basis"] = self.place_basis
        out["places"] = [{k: getattr(p, k) for k in _PLACE_FIELDS} for p in self.places]
        out["figures"] = [f.to_dict() for f in self.figures]
        out["source_details"] = [s.to_dict() for s in self.source_details]
        out["notes"] = self.notes
        return out


def event_field_names() -> list[str]:
    """Every key of `Event.to_dict()`, in order (for CSV headers)."""
    names = list(RECORD_FIELDS)
    names += [f.name for f in fields(Event) if f.name not in RECORD_FIELDS and f.name != "sentences"]
    return names
