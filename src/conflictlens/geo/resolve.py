"""Put an incident on the map: choose among the places its names can mean.

Each place name of an incident gets its gazetteer candidates, scored by
population, by the countries the document names, by the region named with it
("Pokrovsk, Donetsk oblast" must land in Donetsk oblast), and by closeness
to the incident's other places. The most specific resolved name locates the
incident, with ACLED's geo_precision and UCDP's where_prec.
"""
from __future__ import annotations

import math
import re
import weakref
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from conflictlens.geo.focus import Focus
from conflictlens.geo.gazetteer import LOOSE_MIN_POPULATION, Gazetteer, Place, country_place, load
from conflictlens.geo.names import MULTI_REGION_KEYS, SIDE_NAME, direction_names, fold, plain_name, skeleton, strip_admin_words

# ACLED geo_precision / UCDP where_prec by what the chosen place is.
_PRECISION = {"town": (1, 1), "city_district": (1, 1), "near": (2, 2), "centre": (2, 2),
              "area": (2, 3), "dateline": (2, 3), "hromada": (2, 3), "district": (2, 3),
              "region": (3, 4), "regions": (3, 5), "country": (3, 6)}
_NEAR = frozenset({"near", "direction", "outskirts", "road", "reference"})
# How fine each kind of place is (lower: finer). A hromada lies inside a raion, so it ranks just
# before it: "In the Chuhuiv district, ... in Vovchansk hromada" is the hromada.
_SPECIFIC = {"city_district": 0, "town": 1, "hromada": 2, "district": 2.2, "region": 3, "country": 4}


@dataclass(slots=True)
class Mention:
    """A place name as the text gives it (see conflictlens.model.Place)."""

    name: str
    kind: str = "place"            # place | district | region | country | dateline
    qualifier: str | None = None
    parent: str | None = None
    start: int = 0
    end: int = 0


@dataclass(slots=True)
class Scored:
    pid: int
    place: Place
    score: float
    why: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Resolution:
    mention: Mention
    candidates: list[Scored]

    @property
    def best(self) -> Scored | None:
        return self.candidates[0] if self.candidates else None


@dataclass(slots=True)
class Location:
    country: str | None = None
    iso: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    location: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None
    where_prec: int | None = None
    mention: Mention | None = None


# How far a named part of a town ("the Brooklyn area of Cite Soleil") may lie from the town
_PART_OF_TOWN_KM = 100
# The smallest town abroad, in a country the report never names, still read as meant
_ABROAD_MIN_POPULATION = 20_000
_ASTRAY_KM = 100        # a village this far from the town told as holding it is a namesake


def km(a: Place, b: Place) -> float:
    """Great-circle distance between two places (a huge number where either has no point)."""
    if a.latitude is None or b.latitude is None:
        return 1e9
    lat1, lon1, lat2, lon2 = map(math.radians, (a.latitude, a.longitude, b.latitude, b.longitude))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 12742 * math.asin(min(1.0, math.sqrt(h)))


# An airport named after the town it serves ("Erbil International Airport"); the town must be a
# city's size, or the name is a person's (Jinnah, El Dorado)
_AIRPORT_TAIL = re.compile(r" International(?: Airport)?$| Airport$")
AIRPORT_TOWN_MIN = 50_000


def airport_town(name: str) -> str | None:
    """The town an airport's name names ("Erbil" of "Erbil International"), else None."""
    tail = _AIRPORT_TAIL.search(name) if " International" in name or name.endswith(" Airport") else None
    return name[:tail.start()] if tail is not None and tail.start() > 0 else None


_NUMBERED_TAIL = re.compile(r" (?:I{1,3}|IV|V|VI{1,3}|IX|X)$")
_COMPASS_TAIL = re.compile(r" (?:North|South|East|West|Central)$")


_TAIL_TOWN_MIN = 50_000    # how large a town must be to be read at the end of a longer name the gazetteer lacks
_SETTLEMENT_HEADS = frozenset("colonia ejido barrio villa vila fraccionamiento residencial asentamiento comunidad aldea caserio "
                              "kampung desa barangay sitio camp kibbutz moshav".split())
_SIDE_HEADS = frozenset("north south east west northern southern eastern western central upper lower greater old new".split())
_CONTINENTS = frozenset("africa asia europe america americas oceania arabia".split())


def _town_at_end(g: Gazetteer, name: str, pid: int) -> str:
    """The name, or its end where only its end names the town read (_lookup's fallback: "Mawasi Khan Yunis")."""
    if any(q == pid for q, _p in g.candidates(strip_admin_words(name))):
        return name
    words = name.split(" ")
    return next((" ".join(words[k:]) for k in range(1, len(words)) if any(q == pid for q, _p in g.candidates(" ".join(words[k:])))),
                name)


def _lookup(g: Gazetteer, m: Mention) -> list[tuple[int, Place]]:
    town = airport_town(m.name)
    if town is not None:
        return [(pid, p) for pid, p in g.candidates(town)
                if p.kind == "country" or p.kind == "town" and p.population >= AIRPORT_TOWN_MIN]
    names = [m.name]
    plain = strip_admin_words(m.name)
    if plain != m.name:
        names.append(plain)
    seen: dict[int, Place] = {}
    whole = bool(plain != m.name and g.named(m.name))
    for k, n in enumerate(names):
        for pid, p in g.candidates(n):
            if k and whole and p.kind == "country":
                continue    # "Mexico City" is the city its whole name names, not the country its first word does
            seen.setdefault(pid, p)
    if not seen and (side := _COMPASS_TAIL.search(plain)) is not None:
        # "Lamu West", "Rumbek East (County)": a part of the unit the gazetteer knows by the first word
        first = g.candidates(plain[:side.start()])
        if not any(p.kind == "country" for _pid, p in first):      # (not "Sudan South": a country's side)
            seen = {pid: p for pid, p in first}
    if not seen and (numbered := _NUMBERED_TAIL.search(plain)) is not None:
        # "Bamenda II", "Douala V", "Yaoundé VI": a town's numbered subdivision, in the town
        seen = {pid: p for pid, p in g.candidates(plain[:numbered.start()]) if p.kind == "town"}
    if not seen and m.kind == "place" and " " in plain:
        # "Mawasi Khan Yunis", "Shati camp Gaza": an area the gazetteer lacks, run together with the town it belongs to
        # (two words at least, or one after a side or a country: "West Kirkuk", "Afghanistan Kunduz"; not "Elim
        # Mission", "West Africa", nor a neighbourhood named after a town elsewhere, "Colonia La Ceiba")
        words = plain.split(" ")
        for k in range(1, len(words)):
            tail = " ".join(words[k:])
            head = " ".join(words[:k])
            if len(tail) < 6:
                break
            if words[0].lower() in _SETTLEMENT_HEADS:
                break       # ("Colonia La Ceiba", "Ejido San Pedro": a neighbourhood named after a town elsewhere)
            if k == len(words) - 1 and not (head.lower() in _SIDE_HEADS or any(p.kind == "country" for _pid, p in g.candidates(head))):
                break       # (one word after a side or a country: "West Kirkuk", "Afghanistan Kunduz")
            if tail.lower() in _CONTINENTS or any(p.kind == "country" for _pid, p in g.candidates(tail)):
                break
            towns = [(pid, p) for pid, p in g.candidates(tail) if p.kind == "town" and p.population >= _TAIL_TOWN_MIN]
            if towns:
                seen = dict(towns)
                break
    out = list(seen.items())
    countries = [(pid, p) for pid, p in out if p.kind == "country" and fold(p.name) == fold(m.name)]
    if countries:
        return countries            # "Ukraine" is the country, not a town that once bore the name
    if m.kind == "region" and m.name.endswith(" City") and (cities := [(pid, p) for pid, p in out if p.kind == "town"]) \
            and not any(p.kind == "region" and p.iso == c.iso for _pid, p in out for _cid, c in cities):
        return cities   # "in al-Tuffah, Gaza City": the city told after its district, not Mozambique's Gaza province
        #                 (where the city's own country has a region of the name, "Davao City", that region as before)
    if m.kind == "region":
        regions = [(pid, p) for pid, p in out if p.kind == "region"]
        if regions:
            return regions
        # a province or district of that name ("Soum province") before a small town of it abroad
        units = [(pid, p) for pid, p in out if p.kind == "district"]
        unit_isos = {p.iso for _pid, p in units}
        return units + [(pid, p) for pid, p in out if p.kind == "town" and (
            not units or p.iso in unit_isos or p.population >= REGION_AS_TOWN_MIN)]
    if m.kind == "district":
        # Ukraine's raions, hromadas and city districts; an ISO unit abroad (Spain's provinces, Bangladesh's
        # districts) is one reading among the towns of its name ("Zamora municipality", "Bogura district")
        return [(pid, p) for pid, p in out if p.kind in ("city_district", "district", "hromada")
                and not p.source.startswith("iso3166")] or out
    # a name told as a town's: an ISO unit only where nothing else answers to it
    return [(pid, p) for pid, p in out if not p.source.startswith("iso3166")] or out


# Per gazetteer, per (name, kind) of a mention: its candidates and the parts of their scores
# that depend on nothing else (reports name the same places again and again).
_STATIC: "weakref.WeakKeyDictionary[Gazetteer, dict]" = weakref.WeakKeyDictionary()
_STATIC_MAX = 16384


class _Cand(NamedTuple):
    """A candidate with what its score owes to the mention's name and kind alone."""

    pid: int
    place: Place
    population: float               # 1.5 * log10(population + 10)
    population_why: str
    current_name: bool              # the place bears the mention's name (or it without admin words)
    city: str | None                # a city district's city, and its folded name
    city_folded: str | None
    centre: bool                    # katottg-centre: no point of its own
    kind_match: bool
    point: tuple[float, float, float] | None    # radians and the latitude's cosine, for km
    holds_namesake: bool            # a region with a town of the same name in it (Nabatieh)


REGION_AS_TOWN_MIN = 50_000     # a region-named mention with no region of the name reads as a town this large


def _point(p: Place) -> tuple[float, float, float] | None:
    """A place's latitude and longitude in radians and the latitude's cosine, for km."""
    if p.latitude is None:
        return None
    lat = math.radians(p.latitude)
    return lat, math.radians(p.longitude), math.cos(lat)


def _static(g: Gazetteer, m: Mention) -> tuple[_Cand, ...]:
    """_lookup(g, m) with the static parts of each candidate's score, remembered per gazetteer."""
    try:
        memo = _STATIC[g]
    except KeyError:
        memo = _STATIC[g] = {}
    except TypeError:               # a gazetteer that cannot be weakly referenced: no memory
        memo = {}
    direction = m.qualifier == "direction"
    k = (m.name, m.kind, direction)
    found = memo.get(k)
    if found is not None:
        return found
    key = (fold(m.name), fold(strip_admin_words(m.name)))
    spelt = {skeleton(m.name), skeleton(strip_admin_words(m.name))}
    out = []
    looked = _lookup(g, m)
    if not looked and direction:
        # "the Krasnolimansk direction", "Yuzhno-Donetsk direction": the town it is named after
        for name in direction_names(m.name):
            looked = _lookup(g, Mention(name, m.kind, m.qualifier, m.parent))
            if looked:
                break
    town_areas = {(p.iso, p.admin1) for _pid, p in looked if p.kind == "town"}
    for pid, p in looked:
        city = g.place(p.parent) if p.kind == "city_district" and p.parent >= 0 else None
        name = fold(p.name)
        current = name == key[0] or name == key[1] or not spelt.isdisjoint(g.spellings.get(pid, ()))
        out.append(_Cand(pid, p, 1.5 * math.log10(p.population + 10), f"population {p.population:,}",
                         current, city.name if city else None,
                         fold(city.name) if city else None, p.source == "katottg-centre",
                         m.kind == "place" and p.kind == "town" or m.kind == p.kind, _point(p),
                         p.kind == "region" and (p.iso, p.admin1) in town_areas))
    found = tuple(out)
    if len(memo) >= _STATIC_MAX:
        memo.clear()
    memo[k] = found
    return found


def _by_consonants(g: Gazetteer, m: Mention, known: set[str]) -> tuple[_Cand, ...]:
    """The gazetteer's consonant fallback for a name it holds in no spelling, in the countries known only."""
    return tuple(_Cand(pid, p, 1.5 * math.log10(p.population + 10), f"population {p.population:,}; same consonants",
                       False, None, None, p.source == "katottg-centre", m.kind == "place" and p.kind == "town" or m.kind == p.kind,
                       _point(p), False)
                 for pid, p in g.by_consonants(m.name) if p.iso in known and p.kind in ("town", "region"))


def _one_country(looked) -> set[str]:
    """The one country the report's other places all lie in, each by its likeliest (most populous, current-named)
    candidate; none where they differ."""
    isos = {max(cands, key=lambda c: (c.current_name, c.population)).place.iso for _m, cands in looked if cands}
    return isos if len(isos) == 1 else set()


def resolve_mentions(mentions: list[Mention], countries: set[str] | None = None,
                     g: Gazetteer | None = None, home: str | None = None,
                     focus: Focus | None = None, doc_regions: frozenset = frozenset(),
                     doc_towns: frozenset = frozenset(), hinted: frozenset = frozenset()) -> list[Resolution]:
    """Scored candidates for every mention, best first (two passes: alone, then together).

    `countries` are the ISO codes the report names; `home` the one the incident is in
    as far as the text says (e.g. the victims' country); `focus` where the collection
    the report belongs to is about (geo.focus), for what the report leaves open.
    `doc_regions` are the (iso, admin1) of regions the report names elsewhere (region_keys);
    `doc_towns` the folded names of the towns it names elsewhere ("Russian drones attacked
    Zaporizhzhia. ... in the Shevchenkivskyi district of the city": Zaporizhzhia's district).
    Each candidate says why it scored as it did (`Scored.why`).
    """
    return _resolve(mentions, countries, g, home, focus, True, doc_regions, doc_towns, hinted)


def region_keys(mentions: list[Mention], g: Gazetteer | None = None) -> frozenset:
    """(iso, admin1) of the regions among the mentions ("the Chernihiv region"): a report that
    opens with its oblast places the hromadas and villages of its later lines there."""
    g = g or load()
    return frozenset((c.place.iso, c.place.admin1) for m in mentions if m.kind == "region"
                     for c in _static(g, m) if c.place.kind == "region"
                     or c.place.kind == "district" and c.place.admin1 and c.place.source.startswith("iso3166"))
    # (a province under the first level, "Maguindanao del Sur": its region's)


def _skip(_reason: str) -> None:
    """Where no reasons are asked for (locate), they are dropped."""


def _in_country_told_after(g: Gazetteer, m: Mention, known: set[str]) -> tuple[_Cand, ...]:
    """A province read only abroad, told with one of the report's countries right after it (its parent), as a town
    of that country: "the municipality of Mataje, San Lorenzo, Ecuador" is Ecuador's San Lorenzo, no municipality of
    Puerto Rico (not "three civilians of Donetsk region" in a report that names Russia: no country follows it)."""
    if not m.parent:
        return ()
    isos = {c.place.iso for c in _static(g, Mention(m.parent)) if c.place.kind == "country"} & known
    if len(isos) != 1:
        return ()
    return tuple(c for c in _static(g, Mention(m.name, "place", m.qualifier, m.parent)) if c.place.iso in isos)


def _loose_village(c: _Cand) -> bool:
    """A Ukrainian or Russian village below the size a loose match abroad needs, matched by another spelling."""
    return c.place.iso in ("UA", "RU") and not c.current_name and c.place.population < LOOSE_MIN_POPULATION


def _alias_far_away(g: Gazetteer, c: _Cand, named: set[str]) -> bool:
    """A town matched by none of its own names or spellings, more than ALIAS_REACH_KM from every country named."""
    if c.current_name or c.place.kind != "town" or c.place.iso in named or c.place.latitude is None:
        return False
    points = [p for p in (country_place(iso) for iso in named) if p is not None]
    return bool(points) and all(km(c.place, p) > ALIAS_REACH_KM for p in points)


# how far from every country a report names a town read only by an alias may lie (farther: another continent's)
ALIAS_REACH_KM = 3000


def _in_parent_countries(g: Gazetteer, m: Mention, cands: tuple[_Cand, ...]) -> tuple[_Cand, ...]:
    isos = {c.place.iso for c in _static(g, Mention(m.parent, "region")) if c.place.kind == "region"}
    if isos and any(c.place.kind == "city_district" for c in cands):
        # ... or a city of that name, whose district it is ("the al-Tuffah neighbourhood of Gaza": Gaza City's, not a
        # district of Mozambique's Gaza province)
        isos |= {c.place.iso for c in _static(g, Mention(m.parent, "place")) if c.place.kind == "town"
                 and c.place.population >= _PARENT_CITY_MIN}
    kept = tuple(c for c in cands if c.place.iso in isos) if isos else cands
    own = tuple(c for c in kept if c.place.kind == "city_district" and c.city_folded == fold(m.parent))
    return own or kept      # (the district of the city told: "Kherson's Dniprovskyi district", not Dnipro's)


_PARENT_CITY_MIN = 50_000     # a city whose districts the gazetteer holds is at least this large


def _compass_region(cands: tuple[_Cand, ...], told: set[str]) -> tuple[_Cand, ...]:
    """The readings of a side-named region in the countries the report tells of, where they are one country's
    ("Egyptian workers ... in the Eastern Province, Saudi authorities said": two countries' Eastern Province, no telling)."""
    regions = [c for c in cands if c.place.kind == "region" and (not told or c.place.iso in told)]
    return tuple(regions) if len({c.place.iso for c in regions}) == 1 else ()


def _units_first(m: Mention, cands: tuple) -> tuple:
    """A unit-named mention's candidates without the towns abroad read only by another of their names, where a district
    or region bears the name itself."""
    key = skeleton(m.name)
    units = {c.place.iso for c in cands if c.place.kind in ("district", "region") and skeleton(c.place.name) == key}
    if not units:
        return cands
    # (a town of the unit's own country stays: "Bogura district" is Bogra's)
    return tuple(c for c in cands if c.place.kind != "town" or skeleton(c.place.name) == key or c.place.iso in units)


def _resolve(mentions: list[Mention], countries: set[str] | None, g: Gazetteer | None,
             home: str | None, focus: Focus | None, explain: bool,
             doc_regions: frozenset = frozenset(), doc_towns: frozenset = frozenset(),
             hinted: frozenset = frozenset()) -> list[Resolution]:
    """resolve_mentions; without `explain`, only the best candidate of each mention (the first
    of the highest score, as the stable sort puts first), with no reasons (`why` empty):
    the same choice, at less cost (locate needs nothing more)."""
    if focus is not None and not focus.active():
        focus = None
    g = g or load()
    countries = countries or set()
    looked = [(m, _static(g, m)) for m in mentions]
    known = countries | ({home} if home else set())
    if known and any(m.kind == "region" and cands and all(c.place.iso not in known for c in cands) for m, cands in looked):
        looked = [(m, _in_country_told_after(g, m, known) or cands)
                  if m.kind == "region" and cands and all(c.place.iso not in known for c in cands) else (m, cands)
                  for m, cands in looked]
    if (known | hinted) and not ({"UA", "RU"} & (known | hinted)) and any(_loose_village(c) for _m, cands in looked for c in cands):
        # a Ukrainian or Russian village read only in another romanisation (the gazetteer keeps every village of theirs
        # among loose matches), in a report that tells of other countries and neither of theirs: "Limani" in a report of
        # Cameroonian soldiers is no Lymany
        looked = [(m, tuple(c for c in cands if not _loose_village(c))) for m, cands in looked]
    if countries and any(_alias_far_away(g, c, countries) for _m, cands in looked for c in cands):
        # a town abroad read only by an alias, on another continent from every country the report names: "near Boni" in
        # a report on Mali is no Bonn (left unplaced, for the report's other names to place)
        looked = [(m, tuple(c for c in cands if not _alias_far_away(g, c, countries))) for m, cands in looked]
    if any(m.kind == "district" and m.parent for m in mentions):
        # a district told with the region it is in ("Bui division of the North West Region") is in a country that has a
        # region of that name: no Bhuj in India
        looked = [(m, _in_parent_countries(g, m, cands)) if m.kind == "district" and m.parent else (m, cands)
                  for m, cands in looked]
    if any(m.kind == "region" and SIDE_NAME.fullmatch(m.name) for m in mentions):
        # a region named by a side alone ("the Northern Province", "North West Region") is one of the report's own
        # countries', where it names any: Afghanistan's "Northern Province" is no region of Ghana; else of the country
        # its people are ("Zambian police"), or the one country that has all the sides it names ("West Region, close to
        # the border with Northwest Region"); with none, only where one country alone has a region of the name
        sides = [{c.place.iso for c in cands if c.place.kind == "region"} for m, cands in looked
                 if m.kind == "region" and SIDE_NAME.fullmatch(m.name)]
        shared = set.intersection(*sides) if len(sides) > 1 else set()
        told = countries | hinted | (shared if len(shared) == 1 else set())     # (not the incident's country as its victims'
        #                                                                          nationality set it: "Egyptian workers")
        looked = [(m, _compass_region(cands, told))
                  if m.kind == "region" and SIDE_NAME.fullmatch(m.name) else (m, cands) for m, cands in looked]
    own = known or _one_country(looked)
    if own and any(not cands and m.kind in ("place", "district", "region") for m, cands in looked):
        # a name the gazetteer holds in no spelling: a town or region of the report's own country with the
        # same consonants ("Baladweyne" in a report from Somalia: Beledweyne), never one abroad (where the report
        # names no country, the one its other places all lie in: "in the town Tafs in the western countryside of Daraa")
        looked = [(m, _by_consonants(g, m, own)) if not cands and m.kind in ("place", "district", "region") else (m, cands)
                  for m, cands in looked]
    # A province or a state named as one is no small town of the name in a country that neither the
    # report nor the incident's other places are in ("Djibo, in Soum province": not Soum in Senegal);
    # in their country it may be the town the region is named after ("the Menaka region": Menaka).
    if any(m.kind == "region" for m in mentions):
        near_isos = {c.place.iso for m, cands in looked if m.kind != "region" for c in cands} | countries | ({home} if home else set())
        looked = [(m, tuple(c for c in cands if c.place.kind != "town" or c.place.population >= REGION_AS_TOWN_MIN
                            or c.place.iso in near_isos))
                  if m.kind == "region" and near_isos and not any(c.place.kind == "region" for c in cands) else (m, cands)
                  for m, cands in looked]
    # A district named with a village, read in one country only, confines the village to it: "the village
    # of Dubovoye in the Belgorod district" is no Dubove in Zakarpattia (a sizeable town abroad may stay)
    if any(m.kind in ("region", "district") for m in mentions):
        # a unit told as one ("the Bui division") is the unit of that name where the gazetteer holds one, not a town
        # read by another of its names (Bhuj, also written "Bui")
        looked = [(m, _units_first(m, cands)) if m.kind in ("region", "district") else (m, cands) for m, cands in looked]
    district_isos = {c.place.iso for m, cands in looked if m.kind == "district" for c in cands}
    if not district_isos:
        # (or a unit told as a region that only a district bears: "In Tonga, in the Nde division")
        district_isos = {c.place.iso for m, cands in looked if m.kind == "region" and cands
                         and all(c.place.kind == "district" for c in cands) for c in cands}
    if len(district_isos) == 1:
        # (not a town told with its own country: "... and another 2 in Madagali, Nigeria")
        looked = [(m, tuple(c for c in cands if c.place.iso in district_isos or c.place.kind != "town"
                            or c.place.population >= _ABROAD_MIN_POPULATION))
                  if m.kind == "place" and not (m.parent and any(p.kind == "country" for _pid, p in g.candidates(m.parent)))
                  else (m, cands) for m, cands in looked]
    regions = {(c.place.iso, c.place.admin1) for m, cands in looked if m.kind == "region" or m.qualifier == "label"
               for c in cands if c.place.kind == "region"}
    # (and the area a sentence or a post's line is led by, "In Cauca, ...", "Kherson region: ...": its towns')
    # a province that ISO 3166-2 lists and GeoNames' towns do not carry holds the towns of its region:
    # "Santa Rosa, Nueva Ecija" is Central Luzon's Santa Rosa, not Laguna's
    regions |= {(c.place.iso, c.place.admin1) for m, cands in looked if m.kind in ("region", "district")
                for c in cands if c.place.kind == "district" and c.place.source.startswith("iso3166-2")}
    # the raions (or districts) named: "the village of Hrakove in the Chuhuiv district" is that raion's Hrakove
    named_raions = {(c.place.iso, c.place.admin1, c.place.name) for m, cands in looked if m.kind == "district"
              for c in cands if c.place.kind == "district"}
    # the areas of every reading of the towns named: a region named with a town is likelier the one
    # that town is in ("Buea, Southwest Region": Cameroon's South-West, not Burkina Faso's Southwest)
    town_areas = {(c.place.iso, c.place.admin1) for m, cands in looked if m.kind == "place"
                  for c in cands if c.place.kind == "town"} if regions else set()
    parents = {fold(m.parent) for m in mentions if m.parent}
    towns_named = {fold(m.name) for m in mentions if m.kind in ("place", "dateline")}
    named_with = parents | towns_named | doc_towns
    if any(c.city is not None for _m, cands in looked for c in cands):
        # ... by any name of theirs: "the Kievsky district of Kharkov" is Kharkiv's
        named_with = named_with | {fold(p.name) for n in [m.parent for m in mentions if m.parent]
                                   + [m.name for m in mentions if m.kind in ("place", "dateline")]
                                   for _pid, p in g.candidates(n) if p.kind == "town"}

    # a town entered twice, a few km apart, in two regions (GeoNames' Karak City and Qir Moav)
    twinned = {id(m) for m, cands in looked if m.kind == "place" and len(cands) > 1 and _bare(m.name) in _region_keys(g)
               and _twin_towns([c.place for c in cands], _bare(m.name))}     # (asked only of a region's name)

    def base(m: Mention, c: _Cand) -> tuple[float, list[str]]:
        """A candidate's score alone (before closeness to the incident's other places), and why.
        The terms are added in one fixed order (the same floats every time)."""
        p = c.place
        s = c.population
        why: list[str] = []
        note = why.append if explain else _skip
        note(c.population_why)
        if home and p.iso == home:
            s += 8
            note("the incident's country")
        elif home and p.kind != "country":
            s -= 4
            note("outside the incident's country")
        elif p.iso in countries:
            s += 2
            note("country named in the report")
        if focus is not None and p.kind != "country":
            pts = focus.points(p.iso, p.admin1, country=not home)
            if pts >= 0.05:
                s += pts
                if explain:
                    note(f"the collection's focus (+{pts:.1f})")
        if c.current_name:
            s += 2
            note("current name")
        if m.qualifier == "settlement" and p.kind in ("region", "country"):
            s -= 4      # "the city of Kirovohrad": Kropyvnytskyi, not the oblast that bears the name
            note("told as a city, town or village")
        elif m.kind == "place" and p.kind == "region" and c.holds_namesake:
            s -= 2      # "near Nabatieh", "in Basra": the town, rather than the governorate named after it
            note("told as a town, which the region is named after")
        if p.kind == "region" and (p.iso, p.admin1) in town_areas:
            s += 3
            if explain:
                note("a town named with it is in it")
        if p.kind != "region" and (p.iso, p.admin1) in regions:
            s += 10
            if explain:
                note(f"in {p.admin1}, named with it")
        elif doc_regions and p.kind != "region" and (p.iso, p.admin1) in doc_regions:
            s += 4
            if explain:
                note(f"in {p.admin1}, which the report names")
        if named_raions and p.kind == "town" and (p.iso, p.admin1, p.admin2) in named_raions:
            s += 6
            if explain:
                note(f"in {p.admin2}, named with it")
        if c.city is not None and c.city_folded in named_with:
            s += 8
            if explain:
                note(f"district of {c.city}, named with it")
        elif c.city is not None and m.parent == "":
            s += 4      # "the city's Kyivskyi district" with no city named: some city's district
            if explain:
                note("a city's district")
        if id(m) in twinned and p.kind == "town" and p.admin1 and _bare(p.admin1) == _bare(m.name):
            s += 1      # "Al-Karak": the town in the governorate named after it, not its twin entry filed in the next one
            note("in the region named after it, of two entries for one town")
        if c.centre:
            s -= 1
            note("no point of its own")
        if c.kind_match:
            s += 1
        return s, why

    if home:
        # A region named in a report about one country is in that country: "Nineveh province,
        # Iraq" must not become a town in Ohio that once bore the name. Nor is a village abroad,
        # in a country the report never names, the reading of a local name ("Andar" in a report
        # from Ghazni is not Andard in France); a town of some size abroad may still be meant
        # ("Belgorod" in a report from Kharkiv names no Russia).
        looked = [(m, [c for c in cands if c.place.iso == home or c.place.kind == "region"]
                   if m.kind == "region" else
                   [c for c in cands if c.place.iso == home or c.place.iso in countries
                    or m.kind != "district" and (c.place.kind != "town" or c.place.population >= _ABROAD_MIN_POPULATION)])
                  for m, cands in looked]
        # (a district is a part of the country the report is about: "the Safi tehsil of Mohmand
        # Agency" is no town of Morocco, however large, nor a region of Malta)
    elif countries:
        # With no home but countries named ("in Bara, in Pakistan's Khyber district"), a village in
        # a country the report never names (Bara in Nigeria) is no reading, as above, unless the
        # collection's focus is on it.
        looked = [(m, [c for c in cands if c.place.iso in countries
                       or m.kind != "district" and (c.place.kind != "town" or c.place.population >= _ABROAD_MIN_POPULATION)
                       or focus is not None and focus.points(c.place.iso, c.place.admin1) >= 0.05])
                  for m, cands in looked]
    # A country named as a town's parent ("near Boni, Mali") confines it: a namesake abroad
    # (Bonn) is no reading of it. (A town only abroad is then left unresolved, and the incident
    # falls back to the named country.)
    parent_isos = {fold(m.name): c.place.iso for m, cands in looked if fold(m.name) in parents
                   for c in cands[:1] if c.place.kind == "country"
                   and not any(p.kind == "region" for _pid, p in g.candidates(m.name))}
    # (not a state that shares a country's name: "Atlanta, Georgia"); a country that owns the place in a
    # possessive is its parent though not a mention of its own ("Yemen's Red Sea port")
    for par in parents - set(parent_isos):
        owners = [p for _pid, p in g.candidates(par)]
        if any(p.kind == "country" and fold(p.name) == par for p in owners) and not any(p.kind == "region" for p in owners):
            parent_isos[par] = next(p.iso for p in owners if p.kind == "country" and fold(p.name) == par)
    # A part of a town named with it ("the Brooklyn area of Cite Soleil", "the Jani Khel area of Bannu") lies near
    # that town: a namesake far from it is no reading
    town_parents = {fold(m.parent) for m, _c in looked if m.parent and m.qualifier == "part"}
    if town_parents:
        held: dict[str, list[Place]] = {}
        for m, cands in looked:
            if fold(m.name) in town_parents:
                # (not a region's: "the Tadmur area of Homs" is the governorate's, 150 km from its city)
                held.setdefault(fold(m.name), []).extend(c.place for c in cands if c.place.kind in ("town", "district")
                                                          and c.place.latitude is not None
                                                          and not any(o.place.kind == "region" for o in cands))
        known = set(countries)
        looked = [(m, [c for c in cands if c.place.kind != "town" or c.place.latitude is None
                       or any(km(c.place, q) <= _PART_OF_TOWN_KM for q in held[fold(m.parent)])])
                  if m.qualifier == "part" and m.parent and held.get(fold(m.parent)) else
                  # (a town the gazetteer lacks: the part is in the country the report names, "PORT-AU-PRINCE, Haiti -
                  # ... the Brooklyn area of Cite Soleil" is no New York borough)
                  (m, [c for c in cands if c.place.iso in known or c.place.kind != "town"])
                  if m.qualifier == "part" and m.parent and not held.get(fold(m.parent)) and known
                  else (m, cands) for m, cands in looked]
    # A region named as a part of another region ("the Montaña region of Guerrero") lies in that
    # region's country, where the other is read in one country only (not Montana, USA)
    for m, cands in looked:
        if m.kind == "region" and m.parent and fold(m.parent) not in parent_isos:
            isos = {c.place.iso for o, ocands in looked if o is not m and fold(o.name) == fold(m.parent)
                    for c in ocands if c.place.kind == "region"}
            if len(isos) == 1:
                parent_isos[fold(m.parent)] = isos.pop()
    if parent_isos:
        looked = [(m, [c for c in cands if c.place.iso == parent_isos[fold(m.parent)] or c.place.kind == "country"]
                   if m.parent and fold(m.parent) in parent_isos else cands)
                  for m, cands in looked]
    # A site told in apposition to a town as near it ("San Francisco, a village south of Maracaibo": extract.places
    # marks the town "reference", where no distance of hundreds of km is told) is no namesake abroad far from that
    # town: such readings go, and a site left with none is a place the gazetteer lacks, near the town (a reading in
    # the town's own country stays, however far: wire copy puts "Maiduguri, north-east of Abuja").
    refs = [(o, ocands) for o, ocands in looked if o.qualifier == "reference" and o.start > 0
            and any(c.place.kind == "town" and c.place.latitude is not None for c in ocands)]
    if refs:
        looked = [(m, _near_the_reference(m, cands, refs)) if m.kind == "place" and m.qualifier in (None, "settlement")
                  and m.end > 0 and cands else (m, cands) for m, cands in looked]
    # Two passes: each candidate alone, then with the bonus for the incident's other places
    # (the best of each mention alone) nearby. The score alone is computed once for both.
    alone = [(m, [(c,) + base(m, c) for c in cands]) for m, cands in looked]
    # Each score alone rounded, as it is compared, and kept where no other place is near.
    rounded = [[round(s, 2) for _c, s, _w in scored] for _m, scored in alone]
    # The best of each mention alone: the first of the highest rounded score (as a stable sort
    # by score would put first), and its point.
    anchors = [(j, scored[r.index(max(r))][0].point) for j, ((_m, scored), r) in enumerate(zip(alone, rounded)) if r
               and scored[r.index(max(r))][0].place.kind != "country"]
    #   (not a country's point, its capital: "in Khorramabad, Iran" is no village near Tehran)
    best_kind = {j: scored[r.index(max(r))][0].place.kind for j, ((_m, scored), r) in enumerate(zip(alone, rounded)) if r}
    out = []
    for j, (m, scored) in enumerate(alone):
        # the best of every other mention (not one of the same name: "Bishnupur" in the headline
        # and "Bishnupur district" in the body place neither namesake near the other)
        own = fold(strip_admin_words(m.name))
        others = [ta for i, ta in anchors if i != j and ta is not None and fold(strip_admin_words(alone[i][0].name)) != own]
        # ... and of those told as near the incident ("Andriivka, a village south of Bakhmut")
        # or as a hromada it is in ("Zelene, a village in the Lyptsi hromada")
        near_others = [ta for i, ta in anchors if i != j and ta is not None and (
            alone[i][0].qualifier in _NEAR or alone[i][0].kind == "district" and best_kind[i] == "hromada")]
        together = []
        for (c, s, why), r in zip(scored, rounded[j]):
            near = _near(c.point, others, count=explain) if c.point is not None and others else 0
            if near:
                r = round(s + 3, 2)
                note = why.append if explain else _skip
                note(f"{near} other place(s) of the incident within 150 km")
                if near_others and _close(c.point, near_others):
                    # of namesakes, the one close to the town the report says it is near ("Andriivka,
                    # a village south of Bakhmut": Bakhmut's Andriivka, not a larger one 100 km away)
                    r = round(r + 6, 2)
                    note(f"within {_CLOSE_KM} km of a town it is told to be near, or of its hromada")
            together.append((c, r, why))
        if m.kind == "district" and not m.parent and len(together) > 1 and (alike := _several_cities_alike(together)):
            # "the Kyivskyi district" of no city the report names, with Kharkiv, Odesa, Donetsk and Poltava each having
            # one: no telling which, only the country they are all in (not a guess at one city)
            land = next(((pid, p) for pid, p in g.candidates(alike[0].place.country) if p.kind == "country"), None) \
                if len({c.place.iso for c in alike}) == 1 else None
            # (under the district's own name, which a report naming its city matches: "Odesa (Kyivskyi district)"; and no
            # point, which would be the capital's, hundreds of km from it)
            out.append(Resolution(m, [Scored(land[0], land[1]._replace(name=m.name, latitude=None, longitude=None), 0.0, [
                "a district of several cities, none named: the country they are in"])] if land else []))
            continue
        if explain:
            out.append(Resolution(m, sorted((Scored(c.pid, c.place, s, why) for c, s, why in together),
                                            key=lambda x: -x.score)))
        elif together:  # the first of the highest, as the stable sort has it (one Scored made)
            c, s, why = max(together, key=lambda x: x[1])
            out.append(Resolution(m, [Scored(c.pid, c.place, s, why)]))
        else:
            out.append(Resolution(m, []))
    return out


def _several_cities_alike(together: list) -> list:
    """The best readings of a district where they are districts of two cities or more, scored alike (within a point);
    else none."""
    top = max(r for _c, r, _w in together)
    best = [c for c, r, _w in together if r >= top - 1]
    alike = len(best) > 1 and all(c.city is not None for c in best) and len({c.city for c in best}) > 1
    return best if alike else []


_LABEL_ROAD_KM = 60          # a road's end town this near a label's town: the label's road
REFERENCE_GAP = 45          # characters between a site and the town it is told to be near
REFERENCE_ABROAD_KM = 500


def _near_the_reference(m: Mention, cands, refs):
    """A site's readings that can be near the town told right after it (see _resolve)."""
    for o, ocands in refs:
        if 0 <= o.start - m.end <= REFERENCE_GAP:
            towns = [c.place for c in ocands if c.place.kind == "town" and c.place.latitude is not None]
            isos = {p.iso for p in towns}
            return [c for c in cands if c.place.iso in isos or c.place.latitude is None
                    or any(km(c.place, p) <= REFERENCE_ABROAD_KM for p in towns)]
    return cands


def _km_under_150(h: float) -> bool:
    """km < 150 from the haversine term h of two points (radians and cosines computed once)."""
    return 12742 * math.asin(min(1.0, math.sqrt(h))) < 150


# That test is monotone in h: well inside these bounds its answer is known without asin.
_H150 = math.sin(150 / 12742) ** 2
_H_NEAR, _H_FAR = _H150 * (1 - 1e-6), _H150 * (1 + 1e-6)
assert _km_under_150(_H_NEAR) and not _km_under_150(_H_FAR)


_CLOSE_KM = 30
_H_CLOSE = math.sin(_CLOSE_KM / 12742) ** 2


def _close(tp: tuple[float, float, float], others: list[tuple[float, float, float]]) -> bool:
    """Whether one of the other points lies within _CLOSE_KM of tp."""
    sin = math.sin
    return any(sin((tp[0] - ta[0]) / 2) ** 2 + ta[2] * tp[2] * sin((tp[1] - ta[1]) / 2) ** 2 < _H_CLOSE for ta in others)


def _near(tp: tuple[float, float, float], others: list[tuple[float, float, float]], count: bool) -> int:
    """How many of the other points lie within 150 km of tp (with `count` false: 1 at the first)."""
    sin = math.sin
    n = 0
    for ta in others:
        h = sin((tp[0] - ta[0]) / 2) ** 2 + ta[2] * tp[2] * sin((tp[1] - ta[1]) / 2) ** 2
        if h < _H_NEAR or (h <= _H_FAR and _km_under_150(h)):
            n += 1
            if not count:
                break
    return n


_REGION_KEYS: "weakref.WeakKeyDictionary[Gazetteer, frozenset]" = weakref.WeakKeyDictionary()


def _region_keys(g: Gazetteer) -> frozenset:
    """_bare of every region's name, once per gazetteer."""
    keys = _REGION_KEYS.get(g)
    if keys is None:
        keys = _REGION_KEYS[g] = frozenset(_bare(row[4]) for row in g.rows if row[1] == "region" and row[4])
    return keys


def _twin_towns(places: list[Place], key: str) -> bool:
    """A town among a name's readings, in the region of that name (`key`), and another within 15 km of
    it filed in a different region."""
    inside = [p for p in places if p.kind == "town" and p.latitude is not None and p.admin1 and _bare(p.admin1) == key]
    return bool(inside) and any(b.kind == "town" and b.admin1 != a.admin1 and km(a, b) <= 15 for a in inside for b in places)


@lru_cache(maxsize=4096)
def _bare(name: str) -> str:
    """A name's key without a leading Arabic article: "Al-Karak" and "Karak" alike."""
    f = fold(name)
    return f[3:] if f.startswith(("al ", "el ")) else f


def _latin(name: str) -> bool:
    """Written in Latin letters, accents allowed ("Durán", "Ségou"): a reporter's spelling a reader can use."""
    return name.isascii() or all(ord(c) < 0x250 for c in name if c.isalpha())


def _multi_region(m: Mention) -> bool:
    """A name of several oblasts together ("Donbas")."""
    return fold(strip_admin_words(m.name)) in MULTI_REGION_KEYS


def _city_named(district: Place, g: Gazetteer, doc_towns: frozenset) -> bool:
    """The report names the city a district is of, anywhere ("In Baghdad ... in the city's Karrada district")."""
    return district.parent is not None and district.parent >= 0 and fold(g.place(district.parent).name) in doc_towns


_OTHER_CITY_DISTRICT_KM = 30     # how far a city's district may lie from the town its incident names and still be that town's


def locate(mentions: list[Mention], countries: set[str] | None = None, main: Mention | None = None,
           g: Gazetteer | None = None, home: str | None = None, focus: Focus | None = None,
           doc_regions: frozenset = frozenset(), doc_towns: frozenset = frozenset(),
           hinted: frozenset = frozenset()) -> Location:
    """Where an incident happened: the most specific name that resolves (the main one first). `hinted`: the
    countries the report tells only by their people ("Zambian police"), which place a region named by its side."""
    resolutions = [r for r in _resolve(mentions, countries, g, home, focus, False, doc_regions, doc_towns, hinted) if r.best]
    # "Donbas" is one of two oblasts: it neither confines the incident's towns nor beats an
    # oblast named with it ("in Donbass - LPR")
    multi = {id(r) for r in resolutions if r.best.place.kind == "region" and _multi_region(r.mention)}
    # (a bulletin's or a tracker's label confines its text's towns to its country only: "Lower Shabelle | Afgooye |
    # ... a base in Mogadishu's Daynile district" is Mogadishu's)
    regions = [r.best.place for r in resolutions if r.best.place.kind == "region" and id(r) not in multi]
    told = {(r.best.place.iso, r.best.place.admin1) for r in resolutions if r.best.place.kind == "region"
            and r.mention.qualifier != "label" and id(r) not in multi}
    if regions:
        # "Argo district, Badakhshan province": a town abroad cannot sit in the province named
        # with it; "Hrushivka in the Sumy region": nor can a namesake in another province.
        isos = {p.iso for p in regions}
        areas = {(p.iso, p.admin1) for p in regions}
        if not told:
            areas = {(r.best.place.iso, r.best.place.admin1) for r in resolutions if r.best.place.iso in isos}
        resolutions = [r for r in resolutions if r.best.place.iso in isos and (
            r.best.place.kind in ("region", "country") or (r.best.place.iso, r.best.place.admin1) in areas
            or not any(p.iso == r.best.place.iso for p in regions))]
    elsewhere = bool(countries) and any(c != home for c in countries) or any(
        r.mention.kind != "dateline" and r.best.place.kind in ("region", "country") and r.best.place.iso != home for r in resolutions)
    if home and any(r.best.place.iso == home and r.best.place.kind != "country"
                    and (r.mention.kind != "dateline" or not elsewhere) for r in resolutions):
        # "outside Ber, a town 60 km east of Timbuktu" in a report of Malian soldiers: Ber is not in
        # the gazetteer but Berlin answers to it; a place of the incident's country wins over one
        # in a country the report never names. A dateline in that country counts only where the
        # incident names no other country or region ("BAMAKO -- ... in Boni" stays in Mali).
        countries = countries or set()
        resolutions = [r for r in resolutions if r.best.place.iso == home or r.best.place.iso in countries
                       or r.best.place.kind == "country"]
    if home and any(r.best.place.kind == "country" and r.best.place.iso == home and r.mention.kind != "dateline"
                    for r in resolutions):
        # the incident names its own country ("near Boni in central Mali"): a town abroad that answers to the
        # name only as another of its names (Bonn) is no reading, and a town the gazetteer lacks leaves the
        # incident in the country (a town abroad by its own name stays: "rockets fired from Syria hit Kilis")
        resolutions = [r for r in resolutions if r.best.place.iso == home or fold(r.best.place.name) == fold(r.mention.name)]
    # a village far from the town the report says holds it ("the corregimiento of Las Mercedes, Sardinata": no
    # Honduran village; "the community of El Guayabo, in the municipality of Tepalcatepec": not the El Guayabo 700 km
    # away; "vereda Santa Rosa, Tumaco"): the namesake yields to the town
    def astray(r: Resolution) -> bool:
        p, holder = r.best.place, fold(r.mention.parent or "")
        return bool(holder) and r.mention.qualifier == "settlement" and p.kind == "town" and p.latitude is not None and any(
            fold(o.mention.name) == holder and o.best.place.kind == "town" and o.best.place.latitude is not None
            and km(p, o.best.place) > _ASTRAY_KM
            # (a vast municipality's own village may lie far off: "the locality of Castelo dos Sonhos, Altamira")
            and (p.iso, p.admin1) != (o.best.place.iso, o.best.place.admin1)
            for o in resolutions if o is not r and o.mention.kind != "dateline")
    if len(resolutions) > 1:
        kept = [r for r in resolutions if not astray(r)]
        if len(kept) < len(resolutions):
            resolutions = kept
    if len(resolutions) > 1 and any(r.best.place.kind == "city_district" for r in resolutions):
        # a neighbourhood named like another city's district, in an incident of a town the report names ("shelled
        # Nikopol ... a resident of the Pivdennyi neighbourhood": no district of Kamianske's 100 km away)
        named_towns = [r.best.place for r in resolutions if r.best.place.kind == "town" and r.mention.kind != "dateline"
                       and r.mention.qualifier not in ("origin", "road") and r.best.place.latitude is not None]
        if named_towns:
            kept = [r for r in resolutions if not (
                r.best.place.kind == "city_district" and r.best.place.latitude is not None
                and any(t.iso == r.best.place.iso for t in named_towns)
                and all(km(r.best.place, t) > _OTHER_CITY_DISTRICT_KM for t in named_towns)
                and not _city_named(r.best.place, g or load(), doc_towns)
                # (nor where the report names the region the district's city heads: "struck the Kharkiv region ... in the
                # regional centre, a drone hit the Kyivskyi district")
                and (r.best.place.iso, r.best.place.admin1) not in doc_regions)]
            if kept:
                resolutions = kept
    if home and any(r.best.place.source.startswith("iso3166") and r.best.place.iso != home for r in resolutions):
        # a province's name read as another country's ISO unit ("the Gourma area of central Mali": no Burkinabe province)
        resolutions = [r for r in resolutions if not (r.best.place.source.startswith("iso3166") and r.best.place.iso != home)]
    if not resolutions:
        return Location()

    # a bulletin item's label ("• Basilan: A grenade ... in Lamitan City", "Raipur: ... in Bijapur district")
    # yields to a town its text names (not to its own region: "• Tumaco (Narino): ...")
    # (not to a road's end town near the label's own: "- Navolato, 17 Aug: ... on the road to Altata" is Navolato's; but
    # "• Raipur: an IED on the Bijapur-Awapalli road" is no Raipur's)
    label_towns = [r.best.place for r in resolutions if r.mention.qualifier == "label" and r.best.place.kind == "town"]
    label_yields = any(r.best.place.kind in ("town", "city_district") and r.mention.qualifier != "label"
                       and r.mention.kind != "dateline"
                       and not (r.mention.qualifier == "road" and any(km(r.best.place, t) <= _LABEL_ROAD_KM for t in label_towns))
                       for r in resolutions)

    # a name the incident also tells as a district ("Manipur's Bishnupur" over "near Moirang in Bishnupur district"):
    # the district's, an area, not a town the incident is at
    district_named = {fold(r.mention.name) for r in resolutions if r.mention.kind == "district"}
    as_district = {id(r) for r in resolutions if r.mention.kind == "place" and fold(r.mention.name) in district_named
                   and r.best.place.kind == "town"}

    def rank(r: Resolution) -> tuple[int, int, int]:
        p = r.best.place
        is_main = 0 if main is not None and r.mention is main else 1
        return (r.mention.kind == "dateline" or label_yields and r.mention.qualifier == "label", _SPECIFIC.get(p.kind, 5) + (id(r) in multi) * 0.5 + (id(r) in reference) * 0.3
                - (id(r) in parts) * 0.5 + (id(r) in as_district) * 0.6, is_main)

    # a named part of a town named with it ("Baghdad's Sadr City"): finer than the town
    towns = {fold(r.mention.name) for r in resolutions if r.best.place.kind == "town"}
    parts = {id(r) for r in resolutions if r.best.place.kind == "town" and r.mention.kind == "place" and r.mention.parent
             and fold(r.mention.parent) in towns and fold(r.mention.parent) != fold(r.mention.name)}
    # A town given as a reference point after the site ("in Daquq district, south of Kirkuk", "in
    # the village of A, near B") yields to the site; one named first keeps its place ("near
    # Markada in southern Al-Hasakah": the second name holds the first).
    first_site = min((r.mention.start for r in resolutions if r.best.place.kind == "town" and r.mention.kind != "dateline"
                      and r.mention.qualifier not in _NEAR and r.mention.qualifier not in ("attributive", "label", "heading")
                      and id(r) not in as_district),
                     default=None)
    reference = {id(r) for r in resolutions if first_site is not None and r.best.place.kind == "town"
                 and r.mention.qualifier in _NEAR and first_site < r.mention.start}
    # a road's towns ("along the Dikwa-Ngala road in the Ngala LGA") yield to any other place named
    # (not to the region both ends are in: "the Beni-Butembo axis in North Kivu")
    reference |= {id(r) for r in resolutions if r.mention.qualifier == "road"
                  and any(o.mention.qualifier != "road" and o.mention.kind != "dateline" and o.best.place.kind != "country"
                          and not (o.best.place.kind == "region" and (o.best.place.iso, o.best.place.admin1)
                                   == (r.best.place.iso, r.best.place.admin1))
                          for o in resolutions)}

    chosen = min(resolutions, key=rank)
    p = chosen.best.place
    m = chosen.mention
    level = p.kind
    if m.kind == "dateline":
        level = "dateline"      # where the report was filed: the incident is somewhere around it
    elif p.kind == "town" and (m.qualifier in _NEAR):
        level = "near"
    elif p.kind == "town" and m.kind in ("district", "region"):
        level = "area"          # "the Nikopol raion", "Bilopillia community", "Beni territory": the area around the town
    elif p.kind == "town" and p.source == "katottg-centre":
        level = "centre"
    elif p.kind == "region" and _multi_region(m):
        level = "regions"       # "in Donbas": one of its oblasts, the likelier, at a larger area's precision
    elif p.source == "iso3166-2-region":
        level = "region"        # a province the gazetteer knows only by its region ("Soum province")
    geo, where = _PRECISION.get(level, (3, 6))
    name = p.name
    if p.kind == "city_district":
        city = (g or load()).place(p.parent)
        own = m.name if p.source == "divisions" and _latin(m.name) and (m.name[:1].isupper() or m.name.startswith(("al-", "el-"))) \
            and not m.name.isupper() else p.name     # (the report's spelling, not a headline's capitals)
        city_as_told = next((r.mention.name for r in resolutions if r.best.pid == p.parent and _latin(r.mention.name)
                             and r.mention.name[:1].isupper() and not r.mention.name.isupper()), None)
        # (the city as the report spells it where it names it, "Khan Younis"; else GeoNames' name in plain letters,
        # "Khan Yunis" for Khān Yūnis; Ukraine's cities in their official spelling)
        name = f"{city.name if city.iso == 'UA' else city_as_told or plain_name(city.name)} ({own} district)"
    elif p.kind == "town" and p.source == "katottg-centre" or level == "regions" or p.source == "iso3166-2-region":
        name = m.name           # the text's name: a village placed at its centre, "Donbas"
    elif p.kind in ("town", "region") and p.iso != "UA" and m.kind != "dateline" and _latin(m.name) \
            and (m.name[:1].isupper() or m.name.startswith(("al-", "el-"))):     # (and "al-Bureij")
        # Outside Ukraine (whose official KMU spellings the record keeps) GeoNames' name is often a
        # local transliteration ("I‘zāz", "Doğubayazıt", "Salah ad Din"); the report's English
        # spelling reads better (the admin1 field keeps the gazetteer's)
        name = m.name.title() if m.name.isupper() else m.name     # (a headline's "QUETTA": "Quetta")
        name = airport_town(name) or name
        if p.kind == "town" and " " in name:
            whole = name
            name = _town_at_end(g or load(), name, chosen.best.pid)     # ("Venezuela Caracas": Caracas)
            if name != whole and whole.split(" ", 1)[0].lower() in _SIDE_HEADS and level == "town":
                geo, where = _PRECISION["near"]     # ("Southern Kaduna", "West Kirkuk": a part of the town or around it)
        if name.startswith(("al-", "el-")):
            name = name[0].upper() + name[1:]       # ("al-Bureij" as a name of its own: "Al-Bureij")
    return Location(p.country, p.iso, p.admin1, p.admin2, name, p.latitude, p.longitude, geo, where, m)
