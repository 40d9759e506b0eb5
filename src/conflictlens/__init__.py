"""conflictlens: reporting about armed conflict in, an event dataset out.

    >>> import conflictlens
    >>> events = conflictlens.extract("A drone strike on Sumy killed two people.", published="2025-05-01")
    >>> events[0].fatalities
    2
"""
from conflictlens.model import Document, Event, Figure, Place, Source, Span
from conflictlens.api import extract, extract_document

__version__ = "0.1.0"
__all__ = ["extract", "extract_document", "Document", "Event", "Figure", "Place", "Source", "Span", "__version__"]
