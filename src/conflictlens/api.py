"""The public per-document API: extraction composed with the gazetteer.

`extract` (extract/) and `geo` know nothing of each other; this module joins
them, so `conflictlens.extract(text)` codes a report with places resolved.
"""
from __future__ import annotations

from conflictlens.extract import pipeline
from conflictlens.geo.gazetteer import find_town
from conflictlens.model import Document, Event


def place_country(name: str) -> str | None:
    town = find_town(name)
    return town.country if town else None


def extract_document(doc: Document) -> list[Event]:
    """All events of one document, in document order, each with evidence spans."""
    return pipeline.extract_document(doc, place_country)


def extract(text: str, published: str | None = None, doc_id: str | None = None) -> list[Event]:
    """Code one report: the events it reports, each with evidence spans.

    `published` (YYYY-MM-DD) anchors relative dates ("on Friday"); without it
    and without a dateline, relative dates stay unresolved.
    """
    return extract_document(Document(id=doc_id or "doc", text=text, published=published))
