"""Shared helpers for the geocoding tests: distances, a one-incident report, and an
explanation of where an event landed for failing assertions."""
from __future__ import annotations

import math

from conflictlens import extract

PUBLISHED = "2024-03-11"


def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 12742 * math.asin(min(1.0, math.sqrt(h)))


def one(text: str, published: str = PUBLISHED):
    """The (first) event of a one-incident report."""
    events = extract(text, published=published)
    assert events, f"no event found in {text!r}"
    return events[0]


def where(e) -> str:
    """An event's (or a flat record's) place fields, for assertion messages."""
    get = e.get if isinstance(e, dict) else lambda k: getattr(e, k, None)
    return " ".join(f"{k}={get(k)!r}" for k in ("location", "country", "iso", "admin1", "admin2", "latitude",
                                                 "longitude", "geo_precision", "where_prec"))


def near(e, ref: tuple[float, float], tolerance_km: float = 25) -> None:
    """The event (or flat record) lies within `tolerance_km` of `ref`."""
    get = e.get if isinstance(e, dict) else lambda k: getattr(e, k, None)
    lat, lon = get("latitude"), get("longitude")
    assert lat is not None and lon is not None, where(e)
    d = km((lat, lon), ref)
    assert d <= tolerance_km, f"{d:.0f} km from {ref}: {where(e)}"
