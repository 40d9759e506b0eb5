"""Which town or region the authority a document's source names governs: "Zaporizhzhia City Council", "Kharkiv
Regional Military Administration (Telegram)", "Governor of Belgorod Region". Telegram posts and press releases of a
town's or a region's authority name their districts and villages without it ("The enemy shelled the Dniprovskyi
district"); the source tells whose they are. Outlets named after a town ("Kyiv Independent"), national bodies and
countries ("Kenya Police") govern no one town or region here."""
from __future__ import annotations

import re
from functools import lru_cache

from conflictlens.extract import countries
from conflictlens.geo import gazetteer

_SOURCE_NAME = r"[A-Z][\w’'-]+(?: (?:(?:de|del|do|da|al|el) )?[A-Z][\w’'-]+)??"
# The authority a source is named after, in the order tried: "Zaporizhzhia City Council", "Kharkiv Regional Military
# Administration", "Sumy Oblast Police"; "Governor of Belgorod Region", "Head of the Kyiv City Military Administration";
# "Main Directorate of the National Police in Kharkiv region" (not an outlet: "Kyiv Independent", "Times of Israel")
_SOURCE_AUTHORITIES = (
    re.compile(rf"\b(?P<name>{_SOURCE_NAME}) (?P<level>(?i:city|regional|oblast|region|provincial|province|state|district"
               r"|municipal|governorate))?\s*(?i:(?:military |state |civil |police |prosecutor['’]?s? )*(?:administration|council"
               r"|police|prosecutor['’]?s? office|governor|government|emergency service|emergency (?:response )?rooms?|resistance committees?"
               r"|secretariat|department|directorate))\b"),
    # (the whole name, up to the source's end or a bracket: not "Deir" of "Deir ez-Zor", "Rapid" of "Rapid Support Forces")
    re.compile(rf"\b(?:Governor|Mayor|Head) of (?:the )?(?P<name>{_SOURCE_NAME})(?P<level> (?i:region|oblast|province|state))?"
               r"(?=\s*(?:$|[,;(]| (?i:city|military)\b))"),
    re.compile(rf"(?i:police|administration|directorate|prosecutor['’]?s? office)\b[\w ]{{0,30}}? in (?:the )?(?P<name>{_SOURCE_NAME})"
               r"(?P<level> (?i:region|oblast|province|state|city))?(?=\s*(?:$|[,;(]))"),
    # a military administration by its initials: "Mykolaiv RMA head Oleksandr Kravets", "Kharkiv OVA", "Sumy MVA"
    re.compile(rf"\b(?P<name>{_SOURCE_NAME}) (?P<level>RMA|OVA|ODA|OMA|MVA|CMA|KMVA)\b"),
    # a local office named in its own language, or "of" its town: "Policía Metropolitana de Santiago de Cali",
    # "Secretaría de Seguridad Ciudadana de Celaya", "Municipal Police of Celaya"
    re.compile(rf"(?i:polic[ií]a|police|secretar[ií]a|alcald[ií]a|prefeitura|mairie)\b[\w ]{{0,40}}? (?:de|of|do|da) "
               rf"(?P<name>{_SOURCE_NAME})(?P<level>)(?=\s*(?:$|[,;(]))"),
    # ... or by its initials: a Mexican public-security secretariat's or prosecutor's, "SSP Culiacán", "SSPC de Celaya"
    re.compile(rf"\b(?:SSP|SSPC|SSPM|SSPE|SSC|FGE|PGJE)\s+(?:de\s+)?(?P<name>{_SOURCE_NAME})(?P<level>)"),
)
_SOURCE_NOT_NAMES = frozenset("The National State Ministry General Central Joint Federal Main Supreme Atlantic Pacific Arab "
                              "African European International United Global Security Border North South East West Far "
                              "Upper Lower Republic Islamic Democratic People's Interim Transitional Nacional Nationale "
                              "Centrale Central Federal Metropolitana Municipal".split())
_SOURCE_TOWN_MIN = 15_000       # a town whose authority posts: no hamlet that shares a word with an organisation's name


@lru_cache(maxsize=1024)
def source_place(source: str):
    """The town or region a source's authority governs, where the gazetteer reads its name one way: by its own name
    (or a current spelling of it), of some size, with no namesake a tenth as large; never a country ("Kenya Police")."""
    for k, pattern in enumerate(_SOURCE_AUTHORITIES):
        for m in pattern.finditer(source):
            if k == 0 and (before := source[:m.start("name")].rstrip().rsplit(" ", 1)[-1])[:1].isupper() and before != "The":
                continue    # ("Western Bahr el Ghazal State Government": not Chad's Bahr el Ghazal)
            name, level = m.group("name"), (m.group("level") or "").strip().title()
            if name.startswith("The "):
                name = name[4:]     # ("The Kharkiv Regional ...")
            if source[m.end():m.end() + 5] == " City":
                level = "City"      # ("Head of the Kyiv City Military Administration": the city, told after the name)
            if level in ("Rma", "Ova", "Oda", "Oma"):
                level = "Regional"      # (the regional military or state administration's initials)
            elif level in ("Mva", "Cma", "Kmva"):
                level = "City"
            if level in ("Regional", "Oblast", "Region", "Provincial", "Province", "State", "Governorate") \
                    or k == 0 and not level and m.group().lower().endswith("governor") \
                    or k == 1 and m.group().startswith(("Governor", "Head")) and level != "City":
                kinds = ("region",)             # (a governor's is his region)
            elif level in ("City", "Municipal") or m.group().startswith("Mayor"):
                kinds = ("town",)
            else:
                kinds = ("region", "town")      # ("Police in Borno", "Zolochiv Military Administration")
            # the name of two words where the source has them ("Governor of North Kivu", "Police in Cabo Delgado")
            two = _TWO_WORDS.match(source, m.start("name") + (4 if m.group("name").startswith("The ") else 0))
            names = [two.group()] if two is not None and two.group().split(" ")[1] not in _SOURCE_LEVEL_WORDS else [name]
            if " de " in name:
                names.append(name.rsplit(" de ", 1)[1])     # ("Santiago de Cali": Cali; "Ciudadana de Celaya": Celaya)
            for words in names:
                for kind in kinds:
                    found = _source_reading(words, kind)
                    if found is not None:
                        return found
    return None


_TWO_WORDS = re.compile(r"[A-Z][\w’'-]+ (?:(?:de|del|do|da|al|el) )?[A-Z][\w’'-]+")     # ("Norte de Santander")
_SOURCE_LEVEL_WORDS = frozenset("City Regional Oblast Region Provincial Province State District Municipal Governorate "
                                "Military Civil Police Prosecutor Administration Council Governor Government Emergency "
                                "RMA OVA ODA OMA MVA CMA KMVA".split())


def _source_reading(name: str, kind: str):
    """_source_place's one name: the town or region (`kind`) it reads as, or None."""
    if (countries.lookup(name) or ("", "", ""))[2] in ("name", "adjective") or name in _SOURCE_NOT_NAMES:
        return None         # ("Kenya Police", "Chad Government": a country's)
    # (by a name of its own, not a spelling merely like it: "Hamas" is no Hamm)
    every = [p for _pid, p in gazetteer.load().named(name) if p.kind == kind]
    if not every:
        return None
    alike = [p for p in every if gazetteer.fold(p.name) == gazetteer.fold(name) or gazetteer.spelt_as(p, name)] or (
        every if len(every) == 1 and kind == "region" else [])     # (or the one region of the name: "North Kivu")
    if not alike:
        return None
    top = max(alike, key=lambda p: p.population)
    if any(p.population >= 10 * top.population for p in every):
        return None         # (a name a much larger place goes by: "Artemovsk", Bakhmut's old name)
    if kind == "town" and top.population < _SOURCE_TOWN_MIN:
        return None
    if any(p is not top and p.population * 10 >= top.population for p in alike):
        return None         # (two places of the name, near enough in size: no telling whose authority)
    return top


# A log's or a bulletin's heading, not a news headline: "Upper Nile oilfields - security incident log", "National Police -
# San Pedro Sula - events of the day", "Concession area: Kamituga / Luhwindja, South Kivu - Week 05/2026"
_LOG_HEADING = re.compile(r"\b(?i:log|logs|bulletin|digest|round-?up|events of the day|incident (?:log|report|summary)s?"
                          r"|sitrep|situation report|security (?:notes|update|report|brief)|tracker|week \d{1,2}(?:/\d{4})?)\b")
_HEADING_BLOCK = re.compile(r"\A\s*((?:[^\n]{3,160}\n){1,3})[ \t]*\n")
_NAME_RUN = re.compile(r"\b[A-Z][a-z][\w’'-]*(?: (?:(?:de|del|do|da|al|el) )?[A-Z][a-z][\w’'-]*){0,3}")


def heading_place(text: str):
    """The one region or city a log's heading names (the lines above its first blank line, where they call it a log,
    a bulletin or a day's events): its entries name villages and neighbourhoods without it. None for a news headline,
    for a heading naming none or several, and for a name the gazetteer reads more than one way."""
    m = _HEADING_BLOCK.match(text)
    if m is None or not _LOG_HEADING.search(m.group(1)) or m.group(1).rstrip().endswith((".", "!", "?")):
        return None         # (a lead paragraph that tells an incident is no heading)
    found = []
    for run in _NAME_RUN.finditer(m.group(1)):
        name = run.group()
        hit = _reading(name)
        words = name.split(" ")
        level = next((k for k, w in enumerate(words) if k and w in _HEADING_LEVELS), None)
        if hit is None and level is not None:
            hit = _reading(" ".join(words[:level]))     # ("Kherson Oblast - incident log", "Guanajuato State Security
            #                                             Coordination - Daily incident report": the area by its name)
        if hit is not None:
            found.append(hit)           # (a whole name only: "San Jose incident report" is no Malian San)
    return found[0] if len({(p.kind, p.iso, p.admin1, p.name) for p in found}) == 1 else None


_HEADING_LEVELS = _SOURCE_LEVEL_WORDS | {"County", "Department"}


def _reading(name: str):
    """A heading's name as a region, else as a city (of some size, read one way)."""
    if name in _SOURCE_NOT_NAMES or name.split(" ")[-1] in _SOURCE_LEVEL_WORDS:
        return None
    return _source_reading(name, "region") or _source_reading(name, "town")
