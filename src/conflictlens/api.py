"""The public per-document API: extraction composed with the gazetteer.

`extract` (extract/) and `geo` know nothing of each other; this module joins
them, so `conflictlens.extract(text)` codes a report with its places resolved
to country, admin1, coordinates and precision.
"""
from __future__ import annotations

import datetime as _dt
import re
from difflib import SequenceMatcher
import weakref
from functools import lru_cache, partial

from conflictlens.authority import heading_place, source_place
from conflictlens.extract import actors, countries, pipeline, tables
from conflictlens.extract.dates import document_date, find_dates, parse_iso
from conflictlens.extract.incidents import DEED_IN_THE_CITY
from conflictlens.extract.places import find_dateline_place, find_places, home_before, is_street, taken_for_care
from conflictlens.geo import gazetteer
from conflictlens.geo.focus import Focus
from conflictlens.geo.gazetteer import country_place as _country_place
from conflictlens.geo.names import SIDE_NAME, strip_admin_words
from conflictlens.geo.resolve import (AIRPORT_TOWN_MIN, REFERENCE_ABROAD_KM, REFERENCE_GAP, REGION_AS_TOWN_MIN, Location,
                                      Mention, Resolution, airport_town, km, locate, region_keys, resolve_mentions)
from conflictlens.text.feed_text import feed_items
from conflictlens.text.pages import without_page_lines
from conflictlens.text.sentences import split_sentences
from conflictlens.text.shouting import restore_case
from conflictlens.text.subtitles import without_cue_lines
from conflictlens.text.updates import last_update
from conflictlens.text.wrapping import close_up, unwrap
from conflictlens.model import Document, Event, Place, Span


# Per gazetteer: place_country of each name without a focus (reports name the same places again).
_PLACE_COUNTRY: "weakref.WeakKeyDictionary[gazetteer.Gazetteer, dict[tuple[str, bool, int], str | None]]" = weakref.WeakKeyDictionary()
_PLACE_COUNTRY_MAX = 16384


def place_country(name: str, focus: Focus | None = None, within: str | None = None, region: bool = False,
                  min_population: int = 0, near: str | None = None, larger_than: str | None = None,
                  district_of: str | None = None, any_size: bool = False, in_region: str | None = None) -> str | None:
    """The country of the town or region that bears this name today (not one that bore it once).
    With `within` (a country's name): that country, where a place of the name is in it, else None
    ("Odessa" in a report of "Ukrainian authorities" is Odesa, not Odessa, Texas; with `any_size`, a place of any size
    there will do). With `region`
    (the name was told as a province or state): a region's country, or a city's as large as
    geocoding reads a region-named mention as, not a village's ("Soum province" is no Soum in
    Senegal). With `min_population`: only a town at least that large (or a region) answers. With
    `near` (another town's name): only a town within _NEAR_KM of it ("Solhan" in a report filed from
    Ouagadougou is no Turkish town). With `larger_than` (another name): only a town larger than the town
    of that name. With `district_of` (a town's name): the country where the name is a district of
    that town ("Kyivskyi" of Kharkiv), else None. With `in_region` (a region's name): the country where a town of the
    name lies in a region of that name ("Bali" in "the North-West region" is Cameroon's), else None."""
    served = airport_town(name)
    if served is not None:
        name, min_population = served, max(min_population, AIRPORT_TOWN_MIN)    # "Aleppo International (Airport)"
    if in_region is not None:
        g = gazetteer.load()
        key = gazetteer.fold(in_region)
        areas = {(p.iso, p.admin1) for _pid, p in g.candidates(in_region) if p.kind == "region"
                 and (gazetteer.fold(p.name) == key or gazetteer.spelt_as(p, in_region))}
        return next((p.country for _pid, p in g.candidates(name) if p.kind == "town" and (p.iso, p.admin1) in areas
                     and (gazetteer.fold(p.name) == gazetteer.fold(name) or gazetteer.spelt_as(p, name))), None)
    if district_of is not None:
        g = gazetteer.load()
        cities = {pid for pid, p in g.candidates(district_of) if p.kind == "town"}
        return next((p.country for _pid, p in g.candidates(name) if p.kind == "city_district" and p.parent in cities), None)
    if larger_than is not None:
        found = place_country(name, focus)
        town, other = gazetteer.find_town(name, focus), gazetteer.find_town(larger_than, focus)
        return found if found is not None and town is not None and (other is None or town.population > other.population) \
            else None
    if near is not None:
        # (by any of its names: near where the report was filed, "Afgoye" is Afgooye, not a namesake elsewhere)
        town, there = gazetteer.find_town(name, focus), gazetteer.find_town(near, focus)
        if town is None or there is None:
            return None
        if town.population < _NAMED_OTHERWISE_MIN and gazetteer.fold(town.name) != gazetteer.fold(name) \
                and not gazetteer.spelt_as(town, name):
            return None     # (a hamlet another name of which this is: "Nasir" is no "Nasir Extension")
        return town.country if km(town, there) <= _NEAR_KM else None
    if within is not None:
        iso = countries.iso_of(within)
        kinds = ("region",) if region else ("town", "region", "district", "hromada")    # (with `region`: its regions only)
        places = [p for _pid, p in gazetteer.load().candidates(name) if p.kind in kinds]
        largest = max((p.population for p in places), default=0)
        # (one of some size: Kabul, Missouri is no reading of Kabul for a report that names a US soldier; with
        # `any_size`, any place of the name there)
        return within if iso and any(p.iso == iso and (any_size or p.population * 10 >= largest) for p in places) else None
    if focus is not None and focus.active():
        return _place_country(name, focus, region, min_population)
    g = gazetteer.load()
    try:
        memo = _PLACE_COUNTRY[g]
    except KeyError:
        memo = _PLACE_COUNTRY[g] = {}
    except TypeError:               # a gazetteer that cannot be weakly referenced: no memory
        return _place_country(name, None, region, min_population)
    key = (name, region, min_population)
    try:
        return memo[key]
    except KeyError:
        pass
    found = _place_country(name, None, region, min_population)
    if len(memo) >= _PLACE_COUNTRY_MAX:
        memo.clear()
    memo[key] = found
    return found


# How far from where a report was filed the towns it tells of may lie (a hub's region: Nairobi for Somalia)
_NEAR_KM = 2500
# The smallest town read by a name that is not its own ("Afgoye" for Afgooye)
_NAMED_OTHERWISE_MIN = 20_000


def _bare(name: str) -> str:
    """A name without case, accents, hyphens and spaces ("South-West" ~ "Southwest")."""
    return gazetteer.fold(name).replace("-", "").replace(" ", "")


def _known_as(town, name: str) -> bool:
    """A city of 100,000 or more that GeoNames lists under this name among its own, a romanisation of its name (not a
    namesake matched by its letters alone), where no place of the name bears it as its own ("Khan Younis": Khān Yūnis; not "Ra'anana": London's Maori name)."""
    if town.population < _KNOWN_AS_MIN:
        return False
    x, y = (re.sub(r"[^a-z]", "", _ARTICLE.sub("", gazetteer.fold(n))) for n in (town.name, name))
    if not (x and y and x[:2] == y[:2] and x[-2:] == y[-2:] and SequenceMatcher(None, x, y).ratio() >= 0.92):
        return False    # (another romanisation, not another name: "Killis" is no Kiel, "Saydabad" no Sirjan)
    named = [p for _pid, p in gazetteer.load().named(name)]
    return any(p == town for p in named) and not any(gazetteer.fold(p.name) == gazetteer.fold(name) for p in named)


_KNOWN_AS_MIN = 100_000
_ARTICLE = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|an)[ -]")     # (compared without it: "Al-Baida" is no Libyan Al Bayda)


def _place_country(name: str, focus: Focus | None, region_named: bool = False, min_population: int = 0) -> str | None:
    town = gazetteer.find_town(name, focus)
    if town is not None and gazetteer.fold(town.name) != gazetteer.fold(name) and not gazetteer.spelt_as(town, name) \
            and not _known_as(town, name):
        town = None     # (a current name spelt otherwise stays: "Odessa" is Odesa's; and a city's other romanisation,
        #                 "Khan Younis" for Khān Yūnis; not a hamlet's, nor an alias in another language of a city where
        #                 a place bears the name itself, "Ranana" for London)
    found = [p for _pid, p in gazetteer.load().candidates(name)]
    regions = [p for p in found if p.kind == "region"]
    region = max((p for p in regions if gazetteer.fold(p.name) == gazetteer.fold(name)), key=lambda p: p.population,
                 default=None)
    if SIDE_NAME.fullmatch(gazetteer.fold(name)) and regions:
        # "the Northern Province", "North West Region": a side many countries name a region by (and a town or two)
        return regions[0].country if len({p.iso for p in regions}) == 1 else None
    if region is None and town is None and len({p.iso for p in regions}) == 1:
        region = regions[0]     # a region's other name in one country ("Jammu and Kashmir")
    elif region is not None and any(p.iso != region.iso and p.population > region.population
                                    and _bare(p.name) == _bare(name) for p in regions):
        # a larger region elsewhere goes by the name too ("Southwest": Burkina Faso's by its own
        # name, Cameroon's South-West by another): no telling which
        region = None
    if region is not None and (town is None or region_named or region.population > town.population):
        return region.country   # "Borno" is the Nigerian state, not the Italian village
    if region_named and region is None and not (town is not None and town.population >= REGION_AS_TOWN_MIN):
        # a province under a region ("Soum province": Burkina Faso's, not a village in Senegal; but "Bam county" may
        # be the Iranian city's as well as the Burkinabe province)
        units = {p.country for p in found
                 if p.kind == "district" and p.source.startswith(("iso3166", "divisions"))
                 and gazetteer.fold(p.name) == gazetteer.fold(name)}     # (or Cameroon's "Mezam division")
        if len(units) == 1:
            return units.pop()
    if town is not None and (region_named and town.population < REGION_AS_TOWN_MIN or town.population < min_population):
        return None
    return town.country if town is not None else None


# a part of the country the incident is told in ("in northwest Pakistan"): no scene in the dateline's city
_PART_OF_COUNTRY = re.compile(r"\b(?:north|south|east|west|central|northern|southern|eastern|western|north-?east(?:ern)?"
                              r"|north-?west(?:ern)?|south-?east(?:ern)?|south-?west(?:ern)?) [A-Z][a-z]+")


_CAPITALISED_RUN = re.compile(r"\b[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2}\b")     # (two or three words: "West Darfur")


def _title_regions(text: str) -> list[Place]:
    """The region a report's title names as one of its parts, after a comma, a dash or a colon, in capitals or not
    ("..., NORTH KIVU", "Minutes - ... Council, Datu Piang, Maguindanao del Sur", "...: emergency update - Haut-Mbomou (5
    February 2026)"), where that name is a region's in one country only."""
    line = _TITLE_LINE.match(text)
    if line is None:
        return []
    out = []
    title, at = line.group(), 0
    for sep in [*_TITLE_SEPARATORS.finditer(title), None]:
        end = sep.start() if sep is not None else len(title)
        raw, start, at = title[at:end], at, sep.end() if sep is not None else len(title)
        name = raw.strip()
        if not name or len(name) > 40 or not name[:1].isupper():
            continue
        name = name.title() if name.isupper() else name
        if (countries.lookup(name) or ("", "", ""))[2] == "name":
            continue        # ("Sahel weekly - Niger": the country, no Nigerian state)
        isos = {p.iso for _pid, p in gazetteer.load().candidates(name)
                if p.kind == "region" or p.kind == "district" and p.source.startswith("iso3166")}
        if len(isos) == 1:
            first = start + raw.index(name[:1] if not raw.strip().isupper() else raw.strip()[:1])
            out.append(Place(name, first, first + len(name), "region"))
    return out


_TITLE_LINE = re.compile(r"\A[^\n]{10,200}(?=\n)")
_TITLE_SEPARATORS = re.compile(r"[,:|/()–—]|\s-\s")


# a deed's place told as a part of "the city" or "the town" the report named before
_THE_CITY_REF = re.compile(r"\b(?:of|in|near|outside|around|at) the (?:city|town)\b(?! of\b)(?!['’]s)")
# a site the report names by its own word ("Abu Shouk camp, on the northern edge of the city"): in the city, not it
_SITE_AFTER = re.compile(r" (?:camp|market|hospital|school|neighbou?rhood|district|quarter|base|checkpoint|mosque|church)\b")
# a speaker's seat ("Police in Kaduna said ...", "Officials in Abuja condemned ..."): no city the deed is told in
_SEAT_BEFORE = re.compile(r"\b(?:[Pp]olice|[Oo]fficials|[Aa]uthorities|[Gg]overnor|[Ss]pokes(?:man|woman|person)|[Mm]inistry) in $")
# how far before an incident's first words the city it refers to may be named
_CITY_BEFORE_CHARS = 400


def _size_in(name: str, iso: str | None) -> int:
    """The population of the largest place of the name in the country."""
    return max((p.population or 0 for _pid, p in gazetteer.load().candidates(name) if p.iso == iso and p.kind != "country"),
               default=0)


def _city_told_before(event: Event, text: str) -> Mention | None:
    """The last town named in the few sentences before the incident's first words, as a mention near it."""
    first = min((s.start for s in event.evidence), default=None)
    if first is None:
        return None
    notes = event.notes or ""
    ref = _THE_CITY_REF.search(notes)
    if ref is not None and any(p.kind == "place" and (at := notes.find(p.name)) >= 0 and at < ref.start()
                               and not _SITE_AFTER.match(notes, at + len(p.name)) for p in event.places):
        return None     # ("bandits attacked Unguwan Zakka and killed seven residents in the town": the town is its own)
    at = max(0, first - _CITY_BEFORE_CHARS)
    towns = [m for m in place_mentions(text[at:first]) if m.kind == "place" and m.qualifier != "origin"
             and not _SEAT_BEFORE.search(text, max(0, at + m.start - 30), at + m.start)
             and gazetteer.find_town(m.name) is not None]
    if not towns:
        return None
    m = towns[-1]
    return Mention(m.name, "place", "near", None, m.start + at, m.end + at)


def _a_region(name: str) -> bool:
    """A name told bare that is a region's ("on the Beni-Butembo axis in North Kivu"): no town the gazetteer lacks."""
    return any(p.kind == "region" for _pid, p in gazetteer.load().named(name))


def _district_in_country_of(m: Mention) -> bool:
    """The gazetteer holds a district of the name in the country of its parent town ("the al-Tuffah neighbourhood of
    Gaza"): the resolver places it there, its town no stand-in."""
    g = gazetteer.load()
    isos = {p.iso for _pid, p in g.candidates(m.parent) if p.kind == "town"}
    return any(p.kind == "city_district" and p.iso in isos for _pid, p in g.candidates(m.name))


def geocode_event(event: Event, doc_countries: set[str], dateline: Mention | None = None, text: str = "",
                  focus: Focus | None = None, doc_regions: frozenset = frozenset(),
                  doc_towns: frozenset = frozenset(), lead_regions: list[Mention] | None = None,
                  hinted: frozenset = frozenset()) -> None:
    """Fill an event's place fields from its place names (in place). `lead_regions`: the regions the
    report's title and lead name that no incident holds ("Flash Update on the situation in Rakhine
    State"), where a village the gazetteer lacks is placed when only its country is known."""
    own = [p for p in event.places if not is_street(p.name)]     # (a street places nothing: "on Nagornaya Street")
    if text and any(p.qualifier == "origin" for p in own):
        # (nor a victim's home town or burial place: "was born in Baidoa", "the funeral will take place in Tumaco")
        own = [p for p in own if not (p.qualifier == "origin" and home_before(text, p.start))]
    if not own and dateline is None:
        if event.iso and event.latitude is None and event.plover is None:
            _place_in_country(event, event.iso, "text")    # "Eastern Congo massacre toll climbs to 38": the country only
        return
    mentions = [Mention(p.name, p.kind, p.qualifier, p.parent, p.start, p.end) for p in own
                if p.qualifier != "speaker" or event.plover is not None] or \
        [Mention(p.name, p.kind, None, p.parent, p.start, p.end) for p in own if p.kind == "region"] or \
        [Mention(p.name, p.kind, "near", p.parent, p.start, p.end) for p in own]
    # (a speaker's region, "the head of the Kherson region ... said", stands in where nothing else is named;
    # else the speaker's town, as near it: "Police in Tumaco said gunmen killed three fishermen")
    named = {m.name.lower() for m in mentions}
    if any(m.kind == "district" and m.parent and m.parent.lower() not in named for m in mentions):
        mentions += [Mention(m.parent, "place", None, None, m.start, m.end) for m in mentions
                     if m.kind == "district" and m.parent and m.parent.lower() not in named
                     and not any(n.startswith(m.parent.lower() + " ") for n in named)     # (not "Jammu and Kashmir")
                     and place_country(m.name, district_of=m.parent) is None and not _district_in_country_of(m)]
    # (a district's town, where the incident names none but the district's parent: "the Nikitovsky district of the
    # city", the city told in the post's title, stands in where the gazetteer lacks the district's name)
    if text and " countryside" in text:
        mentions = [_countryside_region(m, text) for m in mentions]
    # (where the dead or wounded were taken, not where victims came from or fire was launched)
    origins = [m for m in mentions if m.qualifier == "origin" and m.kind == "place" and text
               and taken_for_care(text, m.start)]
    if any(m.qualifier != "origin" for m in mentions):
        mentions = [m for m in mentions if m.qualifier != "origin"]    # where the fire came from is not the place
    elif dateline is not None and mentions and len(origins) == len(mentions):
        mentions = []       # ("Krasnopillia. ... taken to hospital in Sumy": the post's town, where the wounded were not)
    if any(m.qualifier == "road" for m in mentions) and any(m.kind == "region" for m in mentions) \
            and any(m.qualifier != "road" and m.kind in ("place", "district") for m in mentions):
        # "on the Damboa-Maiduguri road near Mainok, Borno State": the village, or else its state, not
        # a town at one end of the road 80 km away
        mentions = [m for m in mentions if m.qualifier != "road"]
    if dateline is not None:
        mentions.append(dateline)     # used only when no place of the incident resolves
    anchor = next((s.start for s in event.evidence if s.field == "location"), None)
    main = next((m for m in mentions if m.start == anchor), None)
    # (a statement's actor is no hint of where it was made: the US secretary of state speaks in
    # Brussels, Belgium, not in Brussels, Wisconsin)
    where = locate(mentions, doc_countries, main, home=event.iso if event.plover is None else None, focus=focus,
                   doc_regions=doc_regions, doc_towns=doc_towns, hinted=hinted)
    unplaced = where.latitude is None or where.where_prec == 6
    if text and own and event.notes and _THE_CITY_REF.search(event.notes) \
            and (unplaced or doc_countries and where.iso not in doc_countries and where.location
                 and _size_in(where.location, where.iso) < GROUP_ABROAD_TOWN_MIN) \
            and not any(p.qualifier in ("label", "heading") for p in own) \
            and (city := _city_told_before(event, text)) is not None:
        # "... in and around El Fasher. ... struck Abu Shouk camp, on the northern edge of the city": a camp the gazetteer
        # lacks (or holds only abroad, in a country the report never names), at the city the sentence before named
        again = locate(mentions + [city] if unplaced else [city], doc_countries, main if unplaced else None,
                       home=event.iso if event.plover is None and unplaced else None,
                       focus=focus, doc_regions=doc_regions, doc_towns=doc_towns, hinted=hinted)
        if not unplaced and again.iso not in doc_countries:
            again = Location()
        if again.latitude is not None and again.mention is city and (event.iso in (None, again.iso) or not unplaced) \
                and (not doc_regions or (again.iso, again.admin1) in doc_regions):
            where = again   # (not a town of another region than the report's: "* Barsalogho: ... at the entrance of the
            #                 town" under a Centre-Nord summary is Barsalogho, not Dori of the bullet before)
    filed_city = False
    if dateline is not None and where.mention is not dateline and (where.latitude is None or where.where_prec == 6) \
            and DEED_IN_THE_CITY.search(event.notes or "") and not _PART_OF_COUNTRY.search(event.notes or "") \
            and not any(kind == "name" and (event.notes or "")[max(0, a - 3):a] == "in "
                        for _n, _iso, kind, a, _b in countries.find_countries(event.notes or "")):     # ("an army camp in Mali")
        # "Drone strike kills 5 at Sudan market // EL OBEID, Sudan (AFP) - A drone struck a market in the city": the
        # city is the dateline's, where the incident names only its country
        filed = locate([dateline], doc_countries, None, home=event.iso if event.plover is None else None, focus=focus)
        if filed.latitude is not None and filed.iso == (where.iso or event.iso or filed.iso):
            where, filed_city = filed, True
    if dateline is not None and not filed_city and where.mention is not None and where.mention.kind == "region" \
            and text.startswith(dateline.name + ".") and event.plover is None:
        # a post headed by its town alone ("Kramatorsk. At 11:05 the Russians struck the city centre ... Every strike on
        # Donetsk region is a reminder"): the town, where it lies in the region the post names
        filed = locate([dateline], doc_countries, None, home=event.iso, focus=focus)
        if filed.latitude is not None and filed.admin1 and filed.admin1 == where.admin1:
            where, filed_city = filed, True
    if where.mention is not None and where.iso and not filed_city and (
            where.mention.kind == "dateline" and any(m.kind not in ("dateline", "district") for m in mentions)
            or where.mention.qualifier == "road" and any(m.qualifier != "road" and m.kind in ("place", "district")
                                                         and (countries.lookup(m.name) or ("", "", ""))[2] != "name"
                                                         and not _a_region(m.name) for m in mentions)):
        # The report names the incident's town, which the gazetteer lacks ("DAMASCUS, April 29 – ...
        # in Deir Ezzor", "on the Juba-Nimule road near Pageri"): the dateline, or the road's end towns,
        # tell its country, not its point. (A district the gazetteer lacks is usually one of the
        # dateline's province: "KANDAHAR (...) — ... in Arghandab district".)
        event.iso, event.country = where.iso, where.country
        where = Location()
    if where.latitude is None and lead_regions:
        # a village the gazetteer lacks, in a report about one region: the region's point, at region
        # precision (and its country, where nothing else told it: "Cabo Delgado Flash Update")
        area = locate(lead_regions, doc_countries, None, home=event.iso, focus=focus)
        if area.latitude is not None and area.iso == (event.iso or area.iso) and area.admin1:
            event.iso, event.country = area.iso, area.country
            event.admin1, event.admin2 = area.admin1, area.admin2
            event.latitude, event.longitude = area.latitude, area.longitude
            event.geo_precision, event.where_prec = 3, 4
            event.place_basis = "text"
            event.location = event.location or area.location
            return
    if where.latitude is None and origins and not any(m.qualifier == "origin" for m in mentions):
        # a village nothing else places (nor the report's lead region), whose dead were taken to a town's morgue or
        # hospital ("killed in Eringeti were taken to the morgue at Oicha"): that town's region, at a region's
        # precision (the report's name stays)
        taken = locate([Mention(m.name, m.kind, None, m.parent, m.start, m.end) for m in origins], doc_countries, None,
                       home=event.iso, focus=focus)
        if taken.latitude is not None and taken.admin1 and event.iso in (None, taken.iso):
            event.iso, event.country = taken.iso, taken.country
            event.admin1, event.admin2 = taken.admin1, None
            event.latitude, event.longitude = taken.latitude, taken.longitude
            event.geo_precision, event.where_prec = 3, 4
            event.place_basis = "text"
            event.location = event.location or taken.location
            return
    if where.latitude is None and event.iso:
        # Only the country is known: its capital's point, at country precision; the location
        # stays the name the report gives.
        country = next((p for _pid, p in gazetteer.load().candidates(event.country or "") if p.kind == "country"), None)
        if country is None:
            country = _country_place(event.iso)
        if country is not None:
            # Only the country is known: its capital's point, at country precision, and its
            # GeoNames name as every placed record has it ("Palestinian Territory", not "Palestine").
            _rename_country(event, country.country)
            event.latitude, event.longitude = country.latitude, country.longitude
            event.geo_precision, event.where_prec = 3, 6
            event.place_basis = "text"
        return
    if where.latitude is None and where.country is None:
        return
    if event.country and where.country and where.country != event.country:
        _move_actors(event, event.country, where.country, text)
    elif event.actor2 == "Civilians" and where.country:
        event.actor2 = f"Civilians ({where.country})"   # a country known only from the place
    event.country, event.iso = where.country, where.iso
    event.admin1, event.admin2 = where.admin1, where.admin2
    event.latitude, event.longitude = where.latitude, where.longitude
    event.geo_precision, event.where_prec = where.geo_precision, where.where_prec
    event.place_basis = "dateline" if where.mention is not None and where.mention.kind == "dateline" else "text"
    if where.location:
        # The resolved name, in its official spelling, becomes the location, unless the report's
        # own main place did not resolve and only a coarser one did (a village missing from the
        # gazetteer, placed by its region or country): then the report's name stays, and the
        # precision says the point is approximate.
        coarser = where.geo_precision == 3 and main is not None and where.mention is not main
        if coarser and event.location:
            pass
        elif event.location and _placed_by_container(main, where, text):
            # the same for a village placed by its district or a town near it ("Kairu village in Bungudu
            # LGA"): the village stays the location, at the point of what holds it, approximately
            event.geo_precision, event.where_prec = 2, max(where.where_prec or 2, 2)
        else:
            event.location = where.location + _unresolved_district(event.location, main, where)
    if where.mention is not None and where.mention is not main:
        m = where.mention
        event.evidence.append(Span("location", m.start, m.end, text[m.start:m.end] if text else m.name))


# A name told as a village's after it ("Kairu village", "Okokolo community", "Ségué, a village about 30 km west of
# Bankass"; before it: pipeline.VILLAGE_WORD_BEFORE)
_VILLAGE_AFTER = re.compile(r" (?:village|hamlet|locality|settlement|community|kebele|boma|payam|groupement|sub-county"
                            r"|sector|forest|commune|(?:displacement|idp|IDP) (?:site|camp))\b"
                            r"|,? an? (?:small |remote |farming |fishing |border )?(?:village|hamlet|locality|settlement)\b"
                            # ... or told with the unit that holds it: "in Kikuku, in the Bwito chiefdom of Rutshuru territory",
                            # "in Boni, in the Douentza cercle", "Hawsh al-Sayyed Ali, in Lebanon's Hermel district"
                            # ... or told from a town near it: "in Abu Saida, north-east of Baquba", "Kfar Roummane, east of
                            # Nabatieh"
                            r"|,\s+(?:(?:about|some)\s+)?(?:[1-4]?\d\s*(?:km|kilometres|kilometers|miles)\s+)?(?:north|south|east|west)"
                            r"(?:-?(?:east|west))?(?:ern)?\s+of\s+[A-Z]"
                            # (a site of it first: "the Kolofata market, in the Mayo-Sava department")
                            r"|(?: (?:market|mosque|church|school|hospital|clinic|camp|checkpoint))?"
                            r"(?:,\s+(?:in\s+)?|\s+in\s+)(?:the\s+)?(?:[A-Z][\w'’-]+['’]s\s+)?(?:[A-Z][\w'’-]+\s+){1,3}(?i:chiefdom|territory"
                            r"|cercle|commune|county|district|locality|groupement|sub-county|department|division|municipality|woreda"
                            r"|tehsil|prefecture|LGA|local government area|region|province|state|oblast|governorate)\b",
                            re.IGNORECASE)


_SITES_NOT_VILLAGES = frozenset("supercenter supermarket mall market hotel hospital school university mosque church temple "
                                 "restaurant cafe stadium station airport base barracks prison plaza centre center cathedral "
                                 "complex bakery interchange beach square house park seminary madrasa uloom haqqania bank "
                                 "office compound factory plant depot terminal junction bridge tower building palace".split())


def _told_as_village(name: str, text: str) -> bool:
    """The report calls the name a village somewhere ("attacked the village of Mamove" ... "23 bodies
    have now been recovered in Mamove"), or tells it with the unit that holds it or a town near it (not a site of
    a town, a shop, a hotel, a cathedral: "Big C Supercenter in Muang district")."""
    words = name.lower().split()
    if words[-1] in _SITES_NOT_VILLAGES or words[0] in _SITES_NOT_VILLAGES or any(w in _SITES_NOT_VILLAGES for w in words[1:-1]):
        return False    # ("Hotel Sahafi", "Darul Uloom Haqqania", "Mandera Bus Park")
    at = text.find(name)
    while at >= 0:
        if pipeline.VILLAGE_WORD_BEFORE.search(text, max(0, at - 20), at) or _VILLAGE_AFTER.match(text, at + len(name)):
            return True
        at = text.find(name, at + len(name))
    return False


_VILLAGE_NEAR_KM = 100     # a namesake of the village farther than this from what placed it is another place


def _placed_by_container(main: Mention | None, where: Location, text: str) -> bool:
    """The report's own village (`main`, told as one, or named under a round-up's heading and known nowhere) is not
    in the gazetteer (in the country it was placed in), and another name of its incident, a district or town, placed
    it instead."""
    if main is not None and where.mention is not None and main.kind == "place" and where.mention.qualifier == "reference" \
            and where.mention.kind == "place" and main.end > 0 and 0 <= where.mention.start - main.end <= REFERENCE_GAP \
            and where.latitude is not None and (read := gazetteer.load().candidates(main.name)) \
            and all(p.kind == "town" for _pid, p in read) \
            and (far := max((p for _pid, p in read), key=lambda p: p.population)).latitude is not None \
            and km(far, where) > REFERENCE_ABROAD_KM:
        # a name the gazetteer holds only far away, told right after with the town it is near ("in Balad city,
        # 30 km southwest of Mogadishu": no Iraqi Balad): the report's village, near that town
        return True
    return main is not None and where.mention is not None and where.mention is not main \
        and (main.kind == "place" or main.kind == "district" and where.iso != "UA") \
        and (where.mention.kind in ("place", "district") or where.mention.kind == "region" and where.geo_precision == 2) \
        and (bool(text) and _told_as_village(main.name, text)
             or where.mention.qualifier in ("heading", "label") and not gazetteer.load().candidates(main.name)
             # (or a town the gazetteer lacks, told with the district that holds it: "in Mir Ali, North Waziristan")
             or main.parent is not None and gazetteer.fold(main.parent) == gazetteer.fold(where.mention.name)
             and where.mention.kind in ("district", "region") and not (where.location or "").endswith(" district)")
             and not gazetteer.load().candidates(main.name)) \
        and not any(p.iso == where.iso and (where.latitude is None or p.latitude is None or km(p, where) <= _VILLAGE_NEAR_KM)
                    for _pid, p in gazetteer.load().candidates(main.name))


def _countryside_region(m: Mention, text: str) -> Mention:
    """"the Damascus countryside": the governorate the gazetteer knows by that name (Rural
    Damascus), not the city; other countrysides stay the area around their town."""
    if m.qualifier != "near" or not text.startswith(" countryside", m.end):
        return m
    name = f"{m.name} countryside"
    if any(p.kind == "region" for _pid, p in gazetteer.load().candidates(name)):
        return Mention(name, "region", None, m.parent, m.start, m.end + len(" countryside"))
    return m


_DISTRICT_SUFFIX = re.compile(r" \([^()]+ district\)$")


def _unresolved_district(text_location: str | None, main: Mention | None, where: Location) -> str:
    """" (Kirovsky district)" where the report named a district of its city that the gazetteer
    lacks ("the Kirovsky district of Donetsk"): it stays after the city's official name, since two
    districts of one city are two places. Empty otherwise."""
    if main is None or where.mention is not main or main.kind != "place" or "(" in where.location \
            or not (text_location or "").startswith(main.name + " ("):
        return ""
    kept = _DISTRICT_SUFFIX.search(text_location)
    return kept.group() if kept else ""


def _name_actors_by_country(event: Event, text: str) -> None:
    """Actors the text names only by what they are, now that the place gave the country: an
    unnamed armed group's country, and the forces a sentence names without their state
    ("Security forces killed three militants near Marawi")."""
    suffix = f" ({event.country})"
    for field in ("actor1", "actor2"):
        if getattr(event, field) in ("Unidentified Armed Group", "Civilians"):
            setattr(event, field, getattr(event, field) + suffix)
    lead = next((sp for sp in event.evidence if sp.field == "event"), None)
    if event.actor1 is None and lead is not None:
        sentence = text[lead.start:lead.end] if text else lead.text
        home = actors.home_forces(sentence, lead.start, event.country)
        if home is not None and home[0] != event.actor2:
            event.actor1 = home[0]
            event.evidence.append(Span("actor1", home[1], home[2], text[home[1]:home[2]]))


def _move_actors(event: Event, old: str, new: str, text: str) -> None:
    """The place resolved to another country than the text suggested: the actors named after
    the incident's country follow it ("Civilians (X)", "Unidentified Armed Group (X)", and the
    forces a sentence names without their state, "Security forces killed ..."), not those the
    text names by their state ("Russian troops")."""
    # each actor's words with the word before them ("Iraqi militants", "the Afghan police")
    spans = {sp.field: text[max(0, sp.start - 15):sp.end] if text else sp.text for sp in event.evidence}
    for field in ("actor1", "actor2"):
        actor = getattr(event, field)
        if actor is None:
            continue
        named = field in spans and countries.find_countries(spans[field])     # "Iraqi militants": the text's own word
        if named:
            continue
        if actor.endswith(f" ({old})"):
            setattr(event, field, actor[:-len(old) - 2] + f"({new})")
        elif actor in (f"Military Forces of {old}", f"Police Forces of {old}") and (
                field in spans or not any(c[0] == old for c in countries.find_countries(text))):
            # (also the victims' forces, named after a country the text never names: a place's namesake)
            setattr(event, field, actor[:-len(old)] + new)


def extract_document(doc: Document, focus: Focus | None = None) -> list[Event]:
    """All events of one document, in document order, each with evidence spans and places resolved.

    A `focus` (geo.focus) that learns ("auto", or the regions of a given "UA") learns from the
    events found here.
    """
    if (last := last_update(doc.text)) is not None:
        # a wire series, "URGENT", "1ST UPDATE", "2ND UPDATE": the last update tells the story, read as the report (its
        # spans then moved back onto the series)
        events = extract_document(Document(doc.id, doc.text[last:], doc.published, doc.source, doc.url), focus)
        _spans_put_back(events, doc.text, lambda a, b: (a + last, b + last))
        return events
    if (items := feed_items(doc.text)) is not None:
        # a feed pasted whole: each item a report of its own day, its spans put back on the feed's text
        events, day_of = [], {}
        for k, item in enumerate(items):
            found = extract_document(Document(doc.id, item.text, item.published or doc.published, doc.source, doc.url),
                                     focus)
            _spans_put_back(found, doc.text, _from_map(item.where, item.where[-1] + 1))
            day_of.update((id(e), (item.published or "", k)) for e in found)
            events += found
        events = _latest_of_each(events, day_of)
        pipeline.order_events(events)
        return events
    if (paged := without_page_lines(doc.text) or without_cue_lines(doc.text)) is not None:
        # a PDF's running footers in the middle of its paragraphs, a subtitle file's cue numbers and times between the
        # lines of its sentences: read without them, the spans put back
        text, kept = paged
        events = extract_document(Document(doc.id, text, doc.published, doc.source, doc.url), focus)
        _spans_put_back(events, doc.text, _from_map(kept, len(doc.text)))
        return events
    found = tables.find_tables(doc.text)
    return _with_tables(doc, found, focus) if found else _extract_prose(doc, focus)


def _latest_of_each(events: list[Event], day_of: dict[int, tuple[str, int]]) -> list[Event]:
    """A feed's items that tell one incident (the strike, then its toll risen the next morning): the event of the item
    published last, those of earlier items left out (never two of one item, nor items of one day). One incident: the
    same town, day, kind and weapon."""
    def key(e: Event) -> tuple | None:
        if e.plover or not e.location or not e.event_date or (e.geo_precision or 9) > 2:
            return None
        return e.location.split(" (", 1)[0], e.admin1, e.event_date, e.event_type

    keyed = [(e, k) for e in events if (k := key(e)) is not None]
    dropped: set[int] = set()
    for a, key_a in keyed:
        day_a, item_a = day_of[id(a)]
        for b, key_b in keyed:
            day_b, item_b = day_of[id(b)]
            if item_a != item_b and day_a and day_b and day_a < day_b and key_a == key_b \
                    and (not (a.weapon and b.weapon) or a.weapon == b.weapon):
                dropped.add(id(a))      # (a told again by a later item)
    return [e for e in events if id(e) not in dropped]


def _with_tables(doc: Document, found: list[tables.Table], focus: Focus | None) -> list[Event]:
    """A report with tables: its prose read as ever (the tables blanked), and each row of a table of incidents read as
    the sentence its cells and header tell, its spans moved back onto the row's cells (a row the prose tells already,
    same day, place and toll, is left to the prose)."""
    found = [t for t in found if tables.of_incidents(t, doc.text[max(0, t.start - _TABLE_CONTEXT):t.start])]
    if not found:
        return _extract_prose(doc, focus)   # (cholera deaths by state, a war's toll by region: no incidents, read as text)
    prose = Document(doc.id, tables.mask(doc.text, found), doc.published, doc.source, doc.url)
    events = _extract_prose(prose, focus)
    # (not the table's caption read as an incident of its own, "Shelling incidents recorded by the monitoring group:",
    # "Shelling log kept by a volunteer group, Kherson region": no number, told only on the line above a table)
    captions = [(doc.text.rfind("\n", 0, max(0, s)) + 1, s) for t in found
                for s in [len(doc.text[:t.start].rstrip())]]
    captions = [(a, b) for a, b in captions if not any(ch.isdigit() for ch in doc.text[a:b])]     # (no count in it)
    events = [e for e in events if not e.evidence
              or not all(any(a <= sp.start and sp.end <= b for a, b in captions) for sp in e.evidence)]
    named = named_countries(prose.text)      # (the one country the report names, where a table has no column for it)
    country = next((n for n, iso, _k, _a, _b in countries.find_countries(prose.text) if iso in named), None) \
        if len(named) == 1 else None
    # (the prose's incidents by day, toll and place: its town, its region, or its country where that is all that placed
    # it, "... in Bannu" not resolved)
    told = {key for e in events if e.plover is None for key in _told_keys(e, country_level=not e.admin1
                                                                         and (e.geo_precision or 3) == 3)}
    rows: list[Event] = []
    for table in found:
        before = prose.text[max(0, table.start - _TABLE_CONTEXT):table.start]
        header = tables.headers(table)
        day = _day_before(before, doc.published) if "date" not in table.kinds else None
        deed = tables.caption(before) if "event" not in table.kinds else None
        for row in table.rows:
            sentence, placed = tables.row_sentence(row, header, country, day, deed)
            move = tables.to_document(placed, row)
            for e in _extract_prose(Document(doc.id, sentence, doc.published, doc.source, doc.url), focus):
                if e.plover is not None or not told.isdisjoint(_told_keys(e, country_level=True)):
                    continue
                e.evidence = [Span(s.field, a, b, doc.text[a:b]) for s in e.evidence for a, b in [move(s.start, s.end)]]
                for item in (*e.places, *e.figures, *e.source_details):
                    item.start, item.end = move(item.start, item.end)
                    if hasattr(item, "text"):
                        item.text = doc.text[item.start:item.end]
                # (the country the sentence added is named by no cell of the row)
                e.places = [p for p in e.places if not (p.name == country and doc.text[p.start:p.end] != p.name)]
                e.sentences = []
                rows.append(e)
    events += rows
    pipeline.order_events(events)
    return events


def _told_keys(e: Event, country_level: bool) -> set[tuple]:
    """How an incident is matched against another told of the same day and toll: by its town, its region, and (with
    `country_level`) its country."""
    keys = {(e.event_date, e.location, e.fatalities)}
    if e.admin1:
        keys.add((e.event_date, e.admin1, e.fatalities))
    if country_level and e.fatalities:
        keys.add((e.event_date, e.iso, e.fatalities))
    return keys


# How much of the text before a table is its context (its caption, the lines that say what it lists)
_TABLE_CONTEXT = 400


def _day_before(text: str, published: str | None) -> str | None:
    """The last day the text before a table names ("covering 3 March 2025"), which rows without a date of their own
    were on."""
    days = [d for d in find_dates(text, 0, parse_iso(published)) if d.precision == 1 and d.kind == "explicit" and d.date
            and not _PERIOD_BEFORE.search(text, max(0, d.start - 12), d.start)]     # (not "Since 1 March, ...": a period)
    return days[-1].text if days else None


_PERIOD_BEFORE = re.compile(r"\b(?:since|from|between|until|till|through|as of)\s+$", re.IGNORECASE)


def _extract_prose(doc: Document, focus: Focus | None = None) -> list[Event]:
    """extract_document of a report's running text (its hard-wrapped paragraphs read as one line each, its lines set
    in capitals in ordinary case)."""
    cased = restore_case(doc.text, _a_name)
    if cased is None:
        return _extract_unwrapped(doc, focus)
    events = _extract_unwrapped(Document(doc.id, cased, doc.published, doc.source, doc.url), focus)
    _spans_put_back(events, doc.text)
    return events


def _extract_unwrapped(doc: Document, focus: Focus | None = None) -> list[Event]:
    """_extract_prose of the text in ordinary case."""
    text = unwrap(doc.text)
    closed = close_up(doc.text, text)
    if closed is None:
        return _read_prose(Document(doc.id, text, doc.published, doc.source, doc.url) if text is not doc.text else doc,
                           focus)
    # (a hanging indent taken out of the joined lines: read as one line, every span then put back on the report's text)
    read, at = closed
    events = _read_prose(Document(doc.id, read, doc.published, doc.source, doc.url), focus)
    _spans_put_back(events, text, _from_map(at, len(doc.text)))
    return events


def _from_map(where: list[int], end: int):
    """The `back` of _spans_put_back for a text read through an offset map (`where[i]`: where its character i was;
    `end`: where a span running to the read text's end ends)."""
    where = where + [end]
    return lambda a, b: (where[a], where[max(a, b - 1)] + (b > a))


def _spans_put_back(events: list[Event], text: str, back=None) -> None:
    """Every span of the events moved by `back` (from the offsets of the text read to the report's own; none where they
    are the same) and its words read from `text` (the report's, as written)."""
    moved: set[int] = set()     # (events may share a source or a place object: each is moved once)
    for e in events:
        e.evidence = [Span(s.field, *span, text[span[0]:span[1]])
                      for s in e.evidence for span in [back(s.start, s.end) if back else (s.start, s.end)]]
        for item in (*e.places, *e.figures, *e.source_details):
            if id(item) not in moved:
                moved.add(id(item))
                if back:
                    item.start, item.end = back(item.start, item.end)
                if hasattr(item, "text"):
                    item.text = text[item.start:item.end]


def _a_name(name: str) -> bool:
    """A shouted word to title-case: a country (or its people's adjective), a region or district, or a town of some size
    ("DAWN" is no Dawn in Singapore, "LAKE" no Lake in Ohio, whatever the gazetteer holds)."""
    return countries.lookup(name) is not None or any(
        p.kind != "town" or p.population >= SHOUTED_TOWN_MIN for _pid, p in gazetteer.load().candidates(name))


SHOUTED_TOWN_MIN = 5_000    # the least population of a town read as such in a line set in capitals


def _read_prose(doc: Document, focus: Focus | None = None) -> list[Event]:
    """_extract_prose of the text as unwrapped."""
    lead: list = []
    if focus is not None and focus.active():
        events = pipeline.extract_document(doc, partial(place_country, focus=focus), lead)
    else:
        events = pipeline.extract_document(doc, place_country, lead)
    if events:
        named = named_countries(doc.text)
        # (the countries told by their people alone, "Zambian police": only a region named by its side looks to them)
        hinted = frozenset(iso for _n, iso, kind, _a, _b in countries.find_countries(doc.text) if iso and kind == "adjective")
        if "IL" in named and _PALESTINIAN_PLACES.search(doc.text):
            named = named | {"PS"}      # "the Israel Police ... settlers entered the village of Sinjil": the West Bank's
        dl = find_dateline_place(doc.text)
        if dl is not None and dl.parent and (countries.lookup(dl.parent) or ("", "", ""))[2] != "name" \
                and place_country(dl.name) is None:
            # "Kamituga / Luhwindja, South Kivu - Week 05/2026": a place the gazetteer lacks, told with its region, which
            # stands for the region the report is about
            at = max(doc.text.find(dl.parent, dl.start), dl.start)
            lead.append(Place(dl.parent, at, at + len(dl.parent), "region"))
        if not any(p.kind == "region" for p in lead):
            # "SITUATION UPDATE #7 - RUTSHURU AND MASISI TERRITORIES, NORTH KIVU" (not where the body names a region of
            # another country: "Refugee influx report - Adre, Ouaddai ... militiamen in West Darfur")
            titled = _title_regions(doc.text)
            body = {p.iso for q in (_CAPITALISED_RUN.finditer(doc.text, titled[-1].end) if titled else [])
                    for _pid, p in gazetteer.load().named(q.group()) if p.kind == "region"}
            title_isos = {p.iso for t in titled for _pid, p in gazetteer.load().candidates(t.name)
                          if p.kind in ("region", "district")}
            if not body or body & title_isos:
                lead += titled
        if dl is not None and (filed_in := _dateline_city_country(dl.name)):
            named = named | {filed_in}      # "PEMBA — ... attacked Palma": Mozambique's Palma, not Mallorca's
        dateline = Mention(dl.name, "dateline", None, dl.parent, dl.start, dl.end) if dl else None
        if dl is not None and not dl.parent and doc.source and place_country(dl.name) is None \
                and countries.lookup(dl.name) is None and source_place(doc.source) is not None:
            dl = None       # ("POLICÍA NACIONAL - POLICÍA METROPOLITANA DE ...": an office's name in capitals, no dateline; the
            #                 source may still tell whose bulletin it is)
        titled: list = []       # (the title's town, looked up only for an incident that names no place)
        # the regions the report names anywhere ("The enemy attacked the Chernihiv region 27 times."):
        # the hromadas and villages of its other incidents are likelier there than in a namesake's oblast
        doc_regions = region_keys([Mention(p.name, p.kind, p.qualifier, p.parent) for p in lead] + [
            Mention(p.name, p.kind, p.qualifier, p.parent) for e in events for p in e.places if p.kind == "region"])
        # the towns it names anywhere: "the Shevchenkivskyi district of the city" is one of theirs
        doc_towns = frozenset(gazetteer.fold(p.name) for e in events for p in e.places if p.kind == "place")
        # ... and the town or region whose authority posted it ("Zaporizhzhia City Council", "Kharkiv Regional
        # Military Administration (Telegram)"): its posts name their districts and villages without it
        by = source_place(doc.source) if doc.source and dl is None else None
        if by is None and dl is None and (title := _title(doc.text)):
            by = source_place(title)    # ... or its title names it ("Briefing by the head of the Sumy Regional Military
            #                             Administration"): a statement posted or transcribed as it came
        heading = heading_place(doc.text) if by is None and dl is None else None
        by = by or heading      # ... or a log's heading names its one area ("Upper Nile oilfields - security incident log",
        #                         "National Police - San Pedro Sula - events of the day")
        # ... which places what the report leaves unplaced only where it names no other country and says nothing of
        # its deed being elsewhere ("killed in the special military operation zone", "a strike on the frontline town")
        places_by = by if by is not None and not (named and by.iso not in named) and not _ELSEWHERE.search(doc.text) else None
        told = named     # (the countries the report names by name, before its poster's)
        if by is not None:
            named = named | {by.iso}
            if by.kind == "town":
                doc_towns = doc_towns | {gazetteer.fold(by.name)}
            else:
                doc_regions = doc_regions | {(by.iso, by.admin1)}
        regions_led = [Mention(p.name, "region", None, p.parent, p.start, p.end) for p in lead if p.kind == "region"] or [
            # ... or the one region its incidents name ("Both attacks took place in Burkina Faso's Sahel region", "... in
            # Beni territory of North Kivu province. ... in fighting near Kalunguta on Saturday")
            Mention(p.name, "region", None, p.parent, p.start, p.end) for e in events for p in e.places
            if p.kind == "region" and p.qualifier not in ("origin", "speaker")]
        if len({gazetteer.fold(m.name) for m in regions_led}) != 1 or len(doc_regions) != 1:
            regions_led = []        # (a report about one region only)
        placed: set[str] = set()
        for k, e in enumerate(events):
            # the dateline stands in for an unknown place only for the report's first incident, or
            # one that names no place: "Separately, ... in the Bajaur district" is not in Peshawar
            use_dateline = e.plover is None and (k == 0 or not e.places)
            if heading is not None and places_by is heading and e.plover is None and e.iso not in (None, heading.iso) \
                    and e.iso not in told and not (e.location and (place_country(e.location, min_population=DATELINE_CITY_MIN)
                                                                   or _near_heading(e.location, e.iso, heading))):
                # (not a town of some size abroad, nor one across a border from the heading's area: "Sudzha" under a Sumy
                # oblast log stays Russia's)
                _rename_country(e, heading.country)     # "... at Adar, north of Melut" under an Upper Nile log's heading:
                e.iso = heading.iso                     # South Sudan's, not a Moroccan hamlet's (where no country is named)
            # the countries of the report's incidents placed before count as named: "..., near Piéla" after an
            # ambush in Burkina Faso is Burkina's Piéla, not Piła in Poland
            # (with no dateline, the one town of the report's title stands in for an incident that names no place)
            if dl is None and not e.places and not titled:
                titled.append(_title_town(doc.text))
            stand_in = (dateline if use_dateline else None) if dl is not None else titled[0] if not e.places else None
            if e.plover is None and not named and not hinted and not placed and (home_of := _group_home_reading(e)):
                # "Suspected ISWAP fighters killed 12 farmers outside Mafa", no country named: the group's country's Mafa
                # (Borno's), where it has one of that very name, not a small namesake abroad (Maluku's)
                _rename_country(e, home_of.country)
                e.iso = home_of.iso
            geocode_event(e, named | placed, stand_in, doc.text, focus, doc_regions, doc_towns, regions_led, hinted)
            if e.plover is None and e.iso and e.place_basis == "text" and (e.geo_precision or 3) <= 2:
                placed.add(e.iso)
            if e.plover is None and e.country:
                _name_actors_by_country(e, doc.text)
        home = focus.country() if focus is not None else None
        for e in events:
            if e.plover is None and e.iso is not None and e.iso not in named and _far_from_groups_home(e):
                # a one-country group's attack placed by a small namesake on another continent ("RSF shelling hit the
                # market in Dalang": no Chinese village): placed again in the group's country where a place of
                # the report has that name there (else as it was: "the PKK ... in Toronto")
                _place_at_home(e, named, doc.text, focus, doc_regions, doc_towns, regions_led)
            elif e.plover is None and e.iso is not None and e.iso not in named | hinted \
                    and (e.latitude is None or _small_abroad(e)) \
                    and (home_iso := _report_home(doc.text) or (by.iso if places_by is not None else None)) not in (None, e.iso) \
                    and not _near_home(e, doc.text) \
                    and (e.latitude is None or _size_in(e.location or "", e.iso) < GROUP_ABROAD_TOWN_MIN
                         or _far_from_home(e, doc.text)):
                # (a town abroad of some size stays, unless it is across an ocean from the report's places: "an arms
                # plant in Zelenodolsk" is Tatarstan's in a Ukrainian round-up; "Bel-Air" in a Port-au-Prince log is no
                # Paris suburb)
                # a village named like a small town abroad, in a report whose other places are all in one other country
                # ("clashes around Bambo, in the Bwito chiefdom" under a North Kivu update: no Jamaican Bamboo; or whose
                # poster's town is in it: "barrio Siloé" in the Cali police's bulletin, no Philippine Siloé)
                _place_at_home(e, named, doc.text, focus, doc_regions, doc_towns, regions_led, country=home_iso,
                               at_large=_read_otherwise(e))
                if e.iso is None:
                    _place_in_country(e, home_iso, "report")
            if e.plover is None and places_by is not None \
                    and (e.latitude is None and e.iso in (None, by.iso) or not e.places and e.where_prec == 6 and e.iso not in told
                         and not any(iso == e.iso for _n, iso, _k, _a, _b in countries.find_countries(e.notes or ""))
                         # (a log's entry placed only in its heading's country)
                         or heading is not None and places_by is heading and e.where_prec == 6 and e.iso == by.iso) \
                    and ((group := _one_country_group(e)) is None or actors.GROUP_HOME[group] == by.iso):
                _place_by_source(e, by)     # "The regional centre came under missile fire": the poster's town (not where a
                #                             one-country group's attack, told by a neighbour's police, was)
            if e.plover is None and e.iso is None and e.latitude is None:
                if home is not None:
                    _place_in_country(e, home)
                elif (group := _one_country_group(e)) is not None:
                    # (also where the report names a place the gazetteer does not know: a village of
                    # that country, likelier than not; the report's name stays the location)
                    _place_in_country(e, actors.GROUP_HOME[group], "actor")
                elif e.places and len(placed) == 1:
                    # a place the gazetteer does not know, in a report whose other incidents are all in one country
                    # ("Artillery fire hit a camp in Waingmaw township" after an airstrike on Hpakant): that country's
                    _place_in_country(e, next(iter(placed)), "report")
        if focus is not None and focus.learning:
            focus.learn(events)
    return events


_TITLE = re.compile(r"\A\s*(?P<title>[^\n]{10,160})\n")
_STATEMENT_TITLE = re.compile(r"\b(?i:statement|briefing|press (?:conference|release)|communiqu[eé]|post|announcement"
                              r"|message|address)(?: [\w-]+){0,3}? (?i:by|of|from)\b")     # (whose: not a headline's "update")


def _title(text: str) -> str | None:
    """A report's first line where it is the title of a statement, briefing or post ("Statement by the Kharkiv
    Regional Military Administration", "Briefing by the head of the Sumy ..."), not a headline telling news."""
    m = _TITLE.match(text)
    return m.group("title") if m is not None and _STATEMENT_TITLE.search(m.group("title")) else None


# How large a dateline's town must be, and how many times larger than any namesake abroad, for its country to
# count as named by the report (a city reports are filed from: "LOMÉ —", "PEMBA —", not "VICTORIA")
DATELINE_CITY_MIN = 20_000
DATELINE_CITY_LEAD = 10


_TITLE_WORD = re.compile(r"\b(?:[Aa]n?|[Tt]he|[Ff]rom|[Ii]n|of|at|near) (?P<town>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)")


def _title_town(text: str) -> Mention | None:
    """The one town a report's title line names ("still here - a Sloviansk blog", "Notes from Kherson"), standing in
    for a dateline where there is none: the place of an incident that names no place of its own."""
    end = text.find("\n", 0, 120)
    if end < 0:
        return None
    towns: dict[str, int] = {}
    for m in _TITLE_WORD.finditer(text, 0, end):
        # (two words, else the first: "The Sloviansk Diaries" is Sloviansk's)
        for name in dict.fromkeys((m.group("town"), m.group("town").split(" ", 1)[0])):
            if countries.lookup(name) is None and (town := gazetteer.find_town(name)) is not None \
                    and town.population >= DATELINE_CITY_MIN \
                    and not any(p.kind == "region" for _pid, p in gazetteer.load().candidates(name)):   # (not "the Sahel")
                towns[name] = m.start("town")
                break
    if len(towns) != 1:
        return None
    [(name, at)] = towns.items()
    return Mention(name, "dateline", None, None, at, at + len(name))


@lru_cache(maxsize=4096)
def _dateline_city_country(name: str) -> str | None:
    """The country of the city a report was filed from, where its name is that city's beyond doubt."""
    towns = sorted(((p.population, p.iso) for _pid, p in gazetteer.load().candidates(name) if p.kind == "town"), reverse=True)
    if not towns or towns[0][0] < DATELINE_CITY_MIN:
        return None
    abroad = next((pop for pop, iso in towns if iso != towns[0][1]), 0)
    return towns[0][1] if towns[0][0] >= DATELINE_CITY_LEAD * abroad else None


# How far from its country a one-country group's incident may be placed (farther: a namesake abroad)
GROUP_REACH_KM = 3000


# How large the town abroad may be and still be a namesake where the group's country has no place of
# the name (larger: a town meant, "the PKK ... in Toronto"; smaller, "Dalang" in Guangdong: the group's
# country at large), and how large where it has one ("Madrid" is no village of Cundinamarca)
GROUP_ABROAD_TOWN_MIN = 20_000
GROUP_ABROAD_CITY_MIN = 2_000_000
# How large a town abroad may be and still be taken for a namesake of a village in a report whose places are all in
# one other country, far from it ("Bel-Air" in a Port-au-Prince police summary: not the Paris suburb)
HOME_ABROAD_TOWN_MIN = 100_000


def _group_home_reading(event: Event):
    """The country of the one-country group an incident is about, where the gazetteer holds a town of that country by
    the very name of the incident's place and the name's reading elsewhere is no sizeable town; else None."""
    group = _one_country_group(event)
    if group is None or event.iso == actors.GROUP_HOME[group]:
        return None
    home = actors.GROUP_HOME[group]
    names = [p.name for p in event.places if p.kind in ("place", "district") and p.qualifier not in ("origin", "speaker")]
    if not names:
        return None
    g = gazetteer.load()
    cands = g.candidates(names[0])
    key = gazetteer.fold(names[0])
    if not cands and any(p.iso == home and p.kind == "town" for _pid, p in g.by_consonants(names[0])):
        return _country_place(home)     # "al-Shabaab ... in the city of Baladweyne": a spelling the gazetteer lacks of a
        #                                 town of the group's country (Beledweyne), read by its consonants there
    if not any(p.iso == home and p.kind in ("town", "district") and gazetteer.fold(p.name) == key for _pid, p in cands):
        return None     # (Bosso is Niger's only: a Boko Haram attack there stays in Niger)
    if any(p.iso != home and p.kind == "town" and p.population >= GROUP_ABROAD_TOWN_MIN for _pid, p in cands):
        return None     # (a sizeable town abroad by the name may be meant)
    return _country_place(home)


def _far_from_groups_home(event: Event) -> bool:
    """The incident's attacker is a one-country group whose home is more than GROUP_REACH_KM from
    where the incident was placed."""
    group = _one_country_group(event)      # (its attacker, or the group its report names: "Suspected ISWAP fighters")
    if group is None or event.latitude is None or actors.GROUP_HOME[group] == event.iso:
        return False
    home = _country_place(actors.GROUP_HOME[group])
    if home is None or km(home, event) <= GROUP_REACH_KM:     # (km reads any two things with a point)
        return False
    # (not where the report names a region of the country it was placed in: "PDF militia attacked Um Dorein in
    # South Kordofan" is Sudan's Popular Defence Forces, "ADF special forces ... in Uruzgan province" Australia's)
    # (unless that region is also one of the group's country: Córdoba and Huila are Colombia's too)
    regions = {p.name if p.kind == "region" else p.parent for p in event.places if p.kind == "region" or p.parent}
    for name in filter(None, regions):
        isos = {c.iso for _pid, c in gazetteer.load().candidates(name) if c.kind == "region"}
        if event.iso in isos and actors.GROUP_HOME[group] not in isos:
            return False
    return True


_PLACE_FIELDS = ("country", "iso", "admin1", "admin2", "location", "latitude", "longitude", "geo_precision", "where_prec",
                 "place_basis")


def _place_at_home(event: Event, named: set[str], text: str, *geo, country: str | None = None,
                   at_large: bool = True) -> None:
    """Place the event again in its attacker's country (or `country`): where a place of the report resolves there
    (unless the one abroad is a great city), else in that country at large where the one abroad is a
    small town; otherwise as it was."""
    before = {f: getattr(event, f) for f in _PLACE_FIELDS}
    actors_before = (event.actor1, event.actor2)
    size = _size_in(event.location or "", event.iso)
    country = country or actors.GROUP_HOME[_one_country_group(event)]
    event.admin1 = event.admin2 = event.latitude = event.longitude = None
    event.iso = country
    _rename_country(event, _country_place(country).country)
    geocode_event(event, named | {country}, None, text, *geo)
    found = event.iso == country and event.latitude is not None and not (event.geo_precision == 3 and event.where_prec == 6)
    if found and size < GROUP_ABROAD_CITY_MIN:
        return
    if not found and size < GROUP_ABROAD_TOWN_MIN and at_large:
        event.admin1 = event.admin2 = event.latitude = event.longitude = None
        event.iso = None        # (placed in the country at large by the caller, the report's name kept)
        event.location = before["location"]
        return
    for f, v in before.items():
        setattr(event, f, v)
    event.actor1, event.actor2 = actors_before


def _read_otherwise(event: Event) -> bool:
    """The event's place abroad was read by none of its own names (an alias, a loose spelling), or told as a unit
    ("Kani Township") and read as a town: no strike deep across a border on a town of that name ("Ust-Luga")."""
    name = event.location or ""
    own = [p for _pid, p in gazetteer.load().named(name) if p.iso == event.iso and gazetteer.fold(p.name) == gazetteer.fold(name)]
    return not own or any(p.kind == "district" for p in event.places)


def _small_abroad(event: Event) -> bool:
    """The event's place is a small town (or a unit the report names, "Kani Township", read as a town abroad)."""
    size = _size_in(event.location or "", event.iso)
    return size < HOME_ABROAD_TOWN_MIN or any(p.kind == "district" for p in event.places) and size < GROUP_ABROAD_CITY_MIN


def _report_home(text: str) -> str | None:
    """The one country all of a report's regions and sizeable towns are in, where it names two of them at least and no
    country by name (a North Kivu update naming Rutshuru and Kitchanga: the DR Congo)."""
    found = _report_home_and_places(text)
    return found[0] if found else None


_OVERSEAS_KM = 2_500     # how far from a report's places a town abroad of some size is no place it would name


def _far_from_home(event: Event, text: str) -> bool:
    """The event's place abroad is farther than _OVERSEAS_KM from every place that told the report's home."""
    found = _report_home_and_places(text)
    return found is not None and event.latitude is not None and all(km(p, event) > _OVERSEAS_KM for p in found[1])


def _near_home(event: Event, text: str) -> bool:
    """The event's place is within _HEADING_NEAR_KM of a place that told the report's home ("Sumy oblast - incident log
    ... an oil depot in Sudzha": Russia's, across the border)."""
    found = _report_home_and_places(text)
    return found is not None and event.latitude is not None and any(km(p, event) <= _HEADING_NEAR_KM for p in found[1])


@lru_cache(maxsize=256)
def _report_home_and_places(text: str) -> tuple[str, tuple] | None:
    """_report_home's country, and the regions and towns that told it."""
    votes: dict[str, int] = {}
    told: list = []
    for m in place_mentions(text):
        if m.qualifier == "origin":
            continue
        found = gazetteer.load().candidates(m.name)
        named_as = gazetteer.load().named(m.name) or (gazetteer.load().named(strip_admin_words(m.name)) if m.kind == "region"
                                                      else [])   # (not "Greenwich Village" as London's Greenwich)
        regions = {p.iso for _pid, p in named_as if p.kind == "region"
                   or p.kind == "district" and p.source.startswith("iso3166")}     # (a province: "Maguindanao del Sur")
        if m.kind != "region" and any(p.kind == "town" and p.population >= _TOWN_OVER_REGION for _pid, p in found):
            regions = set()     # ("near San Sebastian": the Basque city, no Puerto Rican municipio of the name)
        if len(regions) == 1:
            iso = regions.pop()
            votes[iso] = votes.get(iso, 0) + 2      # (a region named is worth two towns)
            told += [p for _pid, p in named_as if p.kind in ("region", "district") and p.iso == iso]
        elif not regions and m.kind == "place" and (iso := _dateline_city_country(m.name)) is not None:
            votes[iso] = votes.get(iso, 0) + 1
            told += [max((p for _pid, p in found if p.kind == "town" and p.iso == iso), key=lambda p: p.population)]
        elif not regions and m.kind == "place" and found and all(p.kind == "city_district" for _pid, p in found) \
                and len(isos := {p.iso for _pid, p in found}) == 1:
            iso = isos.pop()        # a city's district known in one country only ("Carrefour-Feuilles"): as its region
            votes[iso] = votes.get(iso, 0) + 2
            told += [p for _pid, p in found]
    for t in _title_regions(text):      # (the region a title names: "Minutes - ... Council, Datu Piang, Maguindanao del Sur")
        isos = {p.iso for _pid, p in gazetteer.load().candidates(t.name) if p.kind in ("region", "district")}
        if len(isos) == 1:
            iso = isos.pop()
            votes[iso] = votes.get(iso, 0) + 2
            told += [p for _pid, p in gazetteer.load().candidates(t.name) if p.kind in ("region", "district") and p.iso == iso]
    if votes:
        for m in _UNIT_WORDS.finditer(text):
            iso = _UNIT_COUNTRY[(m.group("a") or m.group("b")).lower()]
            votes[iso] = votes.get(iso, 0) + 2      # ("in Sitio Manggis, Barangay Tee": a Philippine village; only beside
            #                                         a region or a town that tells the country too)
    return (next(iter(votes)), tuple(told)) if len(votes) == 1 and sum(votes.values()) >= 2 else None


_TOWN_OVER_REGION = 20_000
# the words for a unit of one country's own ("Barangay Tee", "Ullapara upazila", "Pieri payam")
_UNIT_COUNTRY = {"barangay": "PH", "sitio": "PH", "upazila": "BD", "upazilla": "BD", "payam": "SS", "woreda": "ET",
                 "kebele": "ET", "hromada": "UA", "groupement": "CD", "cercle": "ML", "vereda": "CO"}
_UNIT_WORDS = re.compile(r"\b(?P<a>Barangay|Sitio|[Vv]ereda|[Gg]roupement) [A-Z]"
                         r"|[A-Z][\w'’-]+ (?P<b>upazilla?|payam|woreda|kebele|hromada|cercle)\b")


def _one_country_group(event: Event) -> str | None:
    """The one-country armed group an incident is about: its attacker, or one its report names
    as the raid's target ("forces killed ten Taliban fighters")."""
    if event.actor1 in actors.GROUP_HOME:
        return event.actor1
    found = actors.find_group(event.notes or "")
    return found[0] if found and found[0] in actors.GROUP_HOME else None


# what says a report naming Israel tells of the territories it occupies (whose villages are then its own places)
_PALESTINIAN_PLACES = re.compile(r"\b(?:West Bank|settlers?|settlements?|Gaza|Palestinians?|Judea|Samaria|occupied territor)")
_HEADING_NEAR_KM = 500      # how far from a log heading's area a town abroad of an entry's name may still be meant


def _near_heading(name: str, iso: str | None, heading) -> bool:
    """A town of this name in that country lies near the area a log's heading names (a border town across from it)."""
    return any(p.kind == "town" and p.iso == iso and km(p, heading) <= _HEADING_NEAR_KM
               for _pid, p in gazetteer.load().candidates(name))


def _rename_country(event: Event, name: str) -> None:
    """The country by its GeoNames name, as every placed record has it ("Palestinian Territory",
    "Democratic Republic of the Congo"), in the actors named after it too."""
    old, event.country = event.country, name
    if old and old != name:
        for field in ("actor1", "actor2"):
            actor = getattr(event, field)
            if actor and actor.endswith(f"({old})"):
                setattr(event, field, actor[: -len(old) - 2] + f"({name})")


# a report that says its deed was not where its author sits: "killed in the special military operation zone", "a strike
# on the frontline town", "ambushed in the northwest"
_ELSEWHERE = re.compile(r"\b(?:front ?lines?|front-line|(?:operation|combat|conflict) zone|in the (?:north|south|east|west)"
                        r"(?:-?(?:east|west))?(?:ern)?\b(?! of the city)|neighbouring (?:region|oblast|province|district)"
                        r"|abroad|in (?:battle|combat)|liberated territor(?:y|ies))", re.IGNORECASE)


def _place_by_source(event: Event, place) -> None:
    """An incident its report places nowhere, posted by a town's or a region's authority: about that town
    (precision 2, the report's own name kept where it gave one) or that region (precision 3)."""
    _rename_country(event, place.country)
    event.iso, event.admin1, event.admin2 = place.iso, place.admin1, None
    event.latitude, event.longitude = place.latitude, place.longitude
    event.geo_precision, event.where_prec = (2, 2) if place.kind == "town" else (3, 4)
    event.location = event.location or place.name
    event.place_basis = "source"


def _place_in_country(event: Event, iso: str, basis: str = "focus") -> None:
    """An incident whose report names no place and no country, in reports the user says are
    about one country (`--focus UA`, as `--published` gives a date), or by an armed group that
    fights in one country (extract.actors.GROUP_HOME, `basis` "actor"): that country, at country
    precision, marked as the focus's (or the actor's) doing."""
    country = _country_place(iso)
    if country is None:
        return
    _rename_country(event, country.country)
    event.iso = iso
    event.latitude, event.longitude = country.latitude, country.longitude
    event.geo_precision, event.where_prec, event.place_basis = 3, 6, basis


def document_extractor(focus: Focus | None = None):
    """`extract_document` for a run of documents that share one focus (or none)."""
    return extract_document if focus is None else (lambda doc: extract_document(doc, focus))


def extract(text: str, published: str | None = None, doc_id: str | None = None,
            focus: Focus | None = None, source: str | None = None) -> list[Event]:
    """Code one report: the events it reports, each with evidence spans.

    `published` (YYYY-MM-DD) anchors relative dates ("on Friday"); without it
    and without a dateline, relative dates stay unresolved. `focus` (geo.focus)
    says where the collection is about, for place names the report leaves open:
    `Focus.parse("UA")` given, or `Focus()` learnt from the reports passed so far.
    A `date` or `datetime` is taken for `published` too; anything else that is not an ISO
    date raises ValueError (a date silently ignored would leave every event undated).
    `source` (the outlet or channel, as a JSONL line's `source`) tells whose post or bulletin it is: "Kharkiv Regional
    Military Administration" places the districts and villages it names without their oblast.
    """
    return extract_document(Document(id=doc_id or "doc", text=text, published=_published(published), source=source), focus)


def _published(value) -> str | None:
    """`published` as the ISO text the pipeline reads, or ValueError."""
    if value is None or value == "":
        return None
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.isoformat()
    if isinstance(value, str) and parse_iso(value) is not None:
        return value
    raise ValueError(f"published must be an ISO date such as 2025-04-04, not {value!r}")


_BARE_NAME = re.compile(r"^\s*([A-Z][\w’'\-]*(?:[ -][A-Z][\w’'\-]*){0,3})\s*$")


def place_mentions(text: str) -> list[Mention]:
    """Every place name the text gives, in order; a text that is only a name is one."""
    mentions = [Mention(p.name, p.kind, p.qualifier, p.parent, p.start, p.end)
                for s in split_sentences(text) for p in find_places(s.text, s.start, lead=s.index == 0)]
    bare = _BARE_NAME.match(text)
    if not mentions and bare:
        mentions.append(Mention(bare.group(1), "place", None, None, bare.start(1), bare.end(1)))
    return mentions


# A people's adjective before a kind of place names that place's country: "the Philippine province of Kalinga",
# "the Malian town of Boni" (not "a Russian missile")
_ADJECTIVE_PLACE_AFTER = re.compile(r" (?:province|state|region|district|town|city|village|port|county|department|governorate"
                                    r"|capital|border town|border city|hamlet|locality)s? of\b")


def named_countries(text: str) -> set[str]:
    # (not where attackers came from: "armed men who crossed from Chad", "raiders from across the border in South Sudan")
    return {iso for _n, iso, kind, a, b in countries.find_countries(text)
            if iso and (kind == "name" or kind == "adjective" and _ADJECTIVE_PLACE_AFTER.match(text, b))
            and not _CAME_FROM_BEFORE.search(text, max(0, a - 40), a)}



_CAME_FROM_BEFORE = re.compile(r"\b(?:crossed|crossing|came|coming|infiltrated|infiltrating|launched|fired|firing) (?:over |in )?from "
                               r"(?:neighbou?ring |across the (?:border|frontier) in )?$"
                               r"|\bfrom across the (?:border|frontier) in (?:neighbou?ring )?$"
                               r"|\b(?:fighting|clashes) across the (?:border|frontier) in (?:neighbou?ring )?$")



def geocode_text(text: str, focus: Focus | None = None) -> list[Resolution]:
    """Each place name of a text with its scored candidates (what `conflictlens geocode` shows)."""
    return resolve_mentions(place_mentions(text), named_countries(text), focus=focus)


def document_record(text: str, published: str | None = None, focus: Focus | None = None) -> dict:
    """The date and place a document is about, for documents in which no event was found."""
    record: dict = {"event_date": document_date(text, published)}
    mentions = place_mentions(text)
    if mentions:
        where = locate(mentions, named_countries(text), mentions[0], focus=focus)
        record.update(country=where.country, iso=where.iso, admin1=where.admin1, admin2=where.admin2,
                      location=where.location, latitude=where.latitude, longitude=where.longitude,
                      geo_precision=where.geo_precision, where_prec=where.where_prec)
    return record
