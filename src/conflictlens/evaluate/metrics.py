"""Per-document scoring rules of the dev sets (see ../shared/data/dev/README.md).

Everything here is pure: a gold dict and a list of extracted events in, a verdict
out. A verdict is True (right), False (wrong) or None (not applicable: the gold
key is missing, null or blank, so the case is left out of that metric's
denominator). Events may be `conflictlens.model.Event` objects or their flat
dicts (`Event.to_dict()`), so that recorded JSONL output can be scored too.
"""
from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable, Sequence
from typing import Any

#: The document-level metrics, in the order they are reported.
DOC_METRICS = (
    "has_event", "fatalities_exact", "injured_exact", "event_date", "event_date_events",
    "admin1", "admin1_events", "country", "location", "geo_25km",
)

#: ACLED's event types that are political violence (used to pick the event whose date counts).
VIOLENT_TYPES = frozenset({
    "Battles", "Explosions/Remote violence", "Violence against civilians", "Riots",
})

GEO_RADIUS_KM = 25.0

#: UCDP `where_prec` codes that mean the point is a town or closer.
TOWN_LEVEL_WHERE_PREC = frozenset({1, 2})


# --------------------------------------------------------------------------- access

def get(event: Any, name: str) -> Any:
    """A field of an event given either as an `Event` or as its flat dict."""
    if isinstance(event, dict):
        return event.get(name)
    return getattr(event, name, None)


def labelled(gold: dict[str, Any], key: str) -> bool:
    """True when the gold row carries a usable value for `key` (present, not null, not blank)."""
    value = gold.get(key)
    if value is None:
        return False
    if isinstance(value, str) and not value.strip():
        return False
    if isinstance(value, (list, tuple)) and not value:
        return False
    return True


def is_political(event: Any) -> bool:
    """A political interaction ("Strategic developments" with a PLOVER code): carries no casualties."""
    return get(event, "event_type") == "Strategic developments" and bool(get(event, "plover"))


def _as_int(value: Any) -> int | None:
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, dict):  # seed gold: {"best": 14, "low": 14}
        value = value.get("best")
        return _as_int(value)
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


# --------------------------------------------------------------------------- text folding

_APOSTROPHES = re.compile(r"['\u2018\u2019\u02bc\u02b9`\u00b4]")
_NON_ALNUM = re.compile(r"[^0-9a-z]+")


def fold(text: str | None) -> str:
    """Lower case, no diacritics, no apostrophes, other punctuation as single spaces."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKD", str(text))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _APOSTROPHES.sub("", text.casefold())
    return _NON_ALNUM.sub(" ", text).strip()


def tokens(text: str | None) -> tuple[str, ...]:
    return tuple(fold(text).split())


def _contains_run(hay: Sequence[str], needle: Sequence[str]) -> bool:
    n = len(needle)
    if n == 0 or n > len(hay):
        return False
    first = needle[0]
    for i in range(len(hay) - n + 1):
        if hay[i] == first and tuple(hay[i:i + n]) == tuple(needle):
            return True
    return False


def country_iso(name: str | None) -> str | None:
    """The ISO code of a country's name, as the country table or GeoNames writes it."""
    if not name:
        return None
    from conflictlens.extract import countries
    from conflictlens.geo import gazetteer
    iso = countries.iso_of(name)
    if iso is None:
        iso = next((p.iso for _pid, p in gazetteer.load().candidates(name) if p.kind == "country"), None)
    return iso


def same_country(gold: str | None, got: str | None) -> bool:
    """One country, by its ISO code where both names have one ("Democratic Republic of Congo" is
    "Democratic Republic of the Congo"; "South Sudan" is not "Sudan"), else by names_overlap."""
    a, b = country_iso(gold), country_iso(got)
    if a is not None and b is not None:
        return a == b
    return names_overlap(gold, got)


def names_overlap(a: str | None, b: str | None) -> bool:
    """Case- and diacritic-insensitive containment either way, on whole words.

    Whole words, so that "Mali" is not found inside "Somalia", but "Donetsk" is
    found inside "near Donetsk airport". An empty name matches nothing.
    """
    ta, tb = tokens(a), tokens(b)
    if not ta or not tb:
        return False
    return _contains_run(ta, tb) or _contains_run(tb, ta)


# Words that name the kind of first-level unit rather than the unit itself.
_ADMIN1_PHRASES = (
    ("special", "republican", "city"),
    ("autonomous", "republic", "of"),
    ("autonomous", "republic"),
    ("oblast",), ("oblasts",), ("province",), ("provinces",), ("region",), ("governorate",),
    ("wilayat",), ("state",), ("prefecture",), ("city",), ("the",),
)

# A few spellings of the same first-level unit (official transliteration first,
# old or foreign spellings as aliases), for the regions the dev sets cover.
_ADMIN1_ALIASES = {
    "kiev": "kyiv", "kyyiv": "kyiv",
    "zaporizhzhya": "zaporizhzhia", "zaporozhye": "zaporizhzhia", "zaporozhe": "zaporizhzhia",
    "mykolayiv": "mykolaiv", "nikolaev": "mykolaiv", "nikolayev": "mykolaiv",
    "odessa": "odesa",
    "lugansk": "luhansk",
    "kharkov": "kharkiv",
    "dnepropetrovsk": "dnipropetrovsk", "dnipro": "dnipropetrovsk",
    "chernigov": "chernihiv",
    "sumi": "sumy",
    "paktya": "paktia", "paktiya": "paktia",
    "khowst": "khost", "lowgar": "logar",
    "sar e pul": "sar i pul", "sari pul": "sar i pul", "sar e pol": "sar i pul", "sar i pol": "sar i pul",
    "oruzgan": "uruzgan", "urozgan": "uruzgan",
    "nimruz": "nimroz",
    "konar": "kunar",
    "maidan wardak": "wardak", "wardag": "wardak",
    "hilmand": "helmand",
}


def normalise_admin1(name: str | None) -> str:
    """'Kharkiv Oblast' -> 'kharkiv'; 'Kiev Special Republican city' -> 'kyiv'; 'Sar-e Pul' -> 'sar i pul'."""
    toks = list(tokens(name))
    for phrase in _ADMIN1_PHRASES:
        n = len(phrase)
        i = 0
        while i + n <= len(toks):
            if tuple(toks[i:i + n]) == phrase and len(toks) > n:
                del toks[i:i + n]
            else:
                i += 1
    key = " ".join(toks)
    return _ADMIN1_ALIASES.get(key, key)


def admin1_match(gold: str | None, predicted: str | None) -> bool:
    g, p = normalise_admin1(gold), normalise_admin1(predicted)
    return bool(g) and g == p


# --------------------------------------------------------------------------- geography

def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    r = 6371.0088
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp = p2 - p1
    dl = math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(min(1.0, math.sqrt(a)))


def _coords(event: Any) -> tuple[float, float] | None:
    lat, lon = get(event, "latitude"), get(event, "longitude")
    try:
        if lat is None or lon is None:
            return None
        return float(lat), float(lon)
    except (TypeError, ValueError):
        return None


def gold_point(gold: dict[str, Any]) -> tuple[float, float] | None:
    lat = gold.get("lat", gold.get("latitude"))
    lon = gold.get("lon", gold.get("longitude"))
    if lat is None or lon is None:
        return None
    try:
        return float(lat), float(lon)
    except (TypeError, ValueError):
        return None


def gold_is_town_level(gold: dict[str, Any]) -> bool:
    """UCDP rows: where_prec 1 or 2; rows of other sets: any gold point."""
    if gold_point(gold) is None:
        return False
    if "where_prec" in gold:
        try:
            return int(gold["where_prec"]) in TOWN_LEVEL_WHERE_PREC
        except (TypeError, ValueError):
            return False
    return True


# --------------------------------------------------------------------------- document-level rules

def total(events: Iterable[Any], name: str) -> int:
    """Sum of a count over the document's events; None counts 0; political interactions are left out."""
    out = 0
    for ev in events:
        if is_political(ev):
            continue
        value = _as_int(get(ev, name))
        if value is not None:
            out += value
    return out


def count_right(gold: dict[str, Any], events: Sequence[Any], name: str) -> bool | None:
    """Exact-count rule for `name` ("fatalities" or "injured").

    Right when the document total equals the gold value; also right when it equals
    `<name>_incl_perpetrators` (Wikipedia) or lies in the range spanned by
    `<name>_low`, the gold value and `<name>_high` (UCDP; min/max because a few
    UCDP rows have low > best).
    """
    if not labelled(gold, name):
        return None
    best = _as_int(gold[name])
    if best is None:
        return None
    got = total(events, name)
    if got == best:
        return True
    incl = _as_int(gold.get(f"{name}_incl_perpetrators"))
    if incl is not None and got == incl:
        return True
    low, high = _as_int(gold.get(f"{name}_low")), _as_int(gold.get(f"{name}_high"))
    if low is not None and high is not None:
        values = (low, best, high)
        if min(values) <= got <= max(values):
            return True
    return False


def _anchor(event: Any) -> int | None:
    spans = get(event, "evidence") or []
    starts = []
    for s in spans:
        start = s.get("start") if isinstance(s, dict) else getattr(s, "start", None)
        if isinstance(start, int):
            starts.append(start)
    return min(starts) if starts else None


def in_document_order(events: Sequence[Any]) -> list[Any]:
    """Events ordered by their first evidence span when all have one, else as given."""
    anchors = [_anchor(ev) for ev in events]
    if events and all(a is not None for a in anchors):
        order = sorted(range(len(events)), key=lambda i: (anchors[i], i))
        return [events[i] for i in order]
    return list(events)


def document_date(events: Sequence[Any]) -> str | None:
    """The date of the first violent event with a date; failing that, of the first dated event."""
    ordered = in_document_order(events)
    for ev in ordered:
        if get(ev, "event_type") in VIOLENT_TYPES and get(ev, "event_date"):
            return str(get(ev, "event_date"))[:10]
    for ev in ordered:
        if get(ev, "event_date"):
            return str(get(ev, "event_date"))[:10]
    return None


def date_right(gold_date: Any, predicted: str | None) -> bool:
    if not predicted:
        return False
    accepted = gold_date if isinstance(gold_date, (list, tuple)) else [gold_date]
    return any(predicted[:10] == str(g)[:10] for g in accepted if g)


def score_document(gold: dict[str, Any], events: Sequence[Any],
                   fallback: dict[str, Any] | None = None) -> dict[str, bool | None]:
    """Every document-level metric of one case: True, False, or None (not applicable).

    `fallback` is the document's own date and place (conflictlens.api.document_record),
    scored where no extracted event carries the field: `event_date` and `admin1`
    use it, `event_date_events` and `admin1_events` count events only.
    """
    fallback = fallback or {}
    out: dict[str, bool | None] = {"has_event": bool(events)}
    out["fatalities_exact"] = count_right(gold, events, "fatalities")
    out["injured_exact"] = count_right(gold, events, "injured")

    if labelled(gold, "event_date"):
        own = document_date(events)
        out["event_date"] = date_right(gold["event_date"], own or fallback.get("event_date"))
        out["event_date_events"] = date_right(gold["event_date"], own)
    else:
        out["event_date"] = out["event_date_events"] = None

    placed = [ev for ev in events if get(ev, "admin1") or get(ev, "latitude") is not None]
    pool = placed or ([fallback] if fallback.get("admin1") or fallback.get("latitude") is not None else [])
    if labelled(gold, "admin1"):
        out["admin1"] = any(admin1_match(gold["admin1"], get(ev, "admin1")) for ev in pool)
        out["admin1_events"] = any(admin1_match(gold["admin1"], get(ev, "admin1")) for ev in events)
    else:
        out["admin1"] = out["admin1_events"] = None

    for key in ("country", "location"):
        if labelled(gold, key):
            out[key] = any((same_country if key == "country" else names_overlap)(gold[key], get(ev, key))
                           for ev in (events or pool))
        else:
            out[key] = None

    point = gold_point(gold)
    if point is not None and gold_is_town_level(gold):
        out["geo_25km"] = any(
            c is not None and haversine_km(point[0], point[1], c[0], c[1]) <= GEO_RADIUS_KM
            for c in (_coords(ev) for ev in pool)
        )
    else:
        out["geo_25km"] = None
    return out


# --------------------------------------------------------------------------- seed: core-event agreement

_EQUAL_FIELDS = ("event_type", "sub_event_type", "plover", "actor1", "actor2")
_OVERLAP_FIELDS = ("weapon", "country", "location")
_INT_FIELDS = ("time_precision", "geo_precision", "children_killed", "children_injured", "civilians_killed")
_FIGURE_FIELDS = ("fatalities", "injured")


def core_field_verdicts(gold_event: dict[str, Any], event: Any | None) -> dict[str, bool]:
    """Field-by-field agreement of one gold core event with one extracted event (None: missing)."""
    out: dict[str, bool] = {}

    def val(name: str) -> Any:
        return None if event is None else get(event, name)

    for name in _EQUAL_FIELDS:
        if labelled(gold_event, name):
            out[name] = fold(gold_event[name]) == fold(val(name)) and bool(fold(val(name)))
    for name in _OVERLAP_FIELDS:
        if labelled(gold_event, name):
            out[name] = names_overlap(gold_event[name], val(name))
    if labelled(gold_event, "admin1"):
        out["admin1"] = admin1_match(gold_event["admin1"], val("admin1"))
    if "civilian_targeting" in gold_event and gold_event["civilian_targeting"] is not None:
        got = val("civilian_targeting")
        out["civilian_targeting"] = got is not None and bool(got) == bool(gold_event["civilian_targeting"])
    if labelled(gold_event, "event_date"):
        out["event_date"] = date_right(gold_event["event_date"], val("event_date"))
    for name in _INT_FIELDS:
        if labelled(gold_event, name):
            out[name] = _as_int(val(name)) == _as_int(gold_event[name])
    for name in _FIGURE_FIELDS:
        g = gold_event.get(name)
        if isinstance(g, dict):
            for part, suffix in (("best", ""), ("low", "_low"), ("high", "_high")):
                if g.get(part) is not None:
                    out[name + suffix] = _as_int(val(name + suffix)) == int(g[part])
        elif g is not None:
            out[name] = _as_int(val(name)) == _as_int(g)
    point = gold_point(gold_event)
    if point is not None:
        tol = float(gold_event.get("coordinate_tolerance_km") or GEO_RADIUS_KM)
        c = None if event is None else _coords(event)
        out["coordinates"] = c is not None and haversine_km(point[0], point[1], c[0], c[1]) <= tol
    return out


def _match_cost(gold_event: dict[str, Any], event: Any) -> tuple[int, float, float]:
    """Lower is nearer: (place agrees? 0 : 1, |fatalities difference|, km apart)."""
    point = gold_point(gold_event)
    c = _coords(event)
    km = haversine_km(point[0], point[1], c[0], c[1]) if point and c else 1e6
    tol = float(gold_event.get("coordinate_tolerance_km") or GEO_RADIUS_KM)
    place_ok = km <= tol or names_overlap(gold_event.get("location"), get(event, "location"))
    g_fat = _as_int(gold_event.get("fatalities"))
    e_fat = _as_int(get(event, "fatalities"))
    fat = abs(g_fat - e_fat) if g_fat is not None and e_fat is not None else 1e6
    return (0 if place_ok else 1, fat, km)


def match_core_events(gold_events: Sequence[dict[str, Any]], events: Sequence[Any]) -> list[Any | None]:
    """Pair each gold core event with a distinct extracted event, nearest place/fatalities first."""
    candidates = [ev for ev in events if not is_political(ev)] or list(events)
    pairs = sorted(
        (_match_cost(g, ev), gi, ei)
        for gi, g in enumerate(gold_events) for ei, ev in enumerate(candidates)
    )
    chosen: list[Any | None] = [None] * len(gold_events)
    used: set[int] = set()
    for _, gi, ei in pairs:
        if chosen[gi] is None and ei not in used:
            chosen[gi] = candidates[ei]
            used.add(ei)
    return chosen


def score_core_events(gold_events: Sequence[dict[str, Any]], events: Sequence[Any]) -> dict[str, list[int]]:
    """{field: [right, total]} over the gold core events of one document."""
    out: dict[str, list[int]] = {}
    for gold_event, event in zip(gold_events, match_core_events(gold_events, events)):
        for name, ok in core_field_verdicts(gold_event, event).items():
            cell = out.setdefault(name, [0, 0])
            cell[0] += int(ok)
            cell[1] += 1
    return out
