"""Which incident does a new mention report? Near in place, same or adjacent day,
compatible type and weapon; figures and place names as supporting evidence.

Works on flat records only (dicts as `Event.to_dict()` gives them), so it runs
the same over a database, a Dask partition or a list in a test.
"""
from __future__ import annotations

import math
import re
import unicodedata
from difflib import SequenceMatcher
from datetime import date, timedelta
from conflictlens.text.alternation import contains_any

VIOLENT = frozenset({"Explosions/Remote violence", "Battles", "Violence against civilians", "Riots"})
# How far apart two reports of one incident may place it, by the coarser precision of the two.
RADIUS_KM = {1: 15.0, 2: 35.0, 3: 150.0}
THRESHOLD = 3.0
# How far from a town a report of another town may put an incident it tells as "near" the first.
_NEAR_TOWN_KM = 25.0
# A toll this large on one day is rare enough to tell an incident apart by itself.
DISTINCT_TOLL = 5
# How many days apart two mentions may be dated and still be compared at all (the database's
# candidate query and the batch runner's blocks use it too).
WINDOW_DAYS = 2
# ... and a mention dated only to a week ("last week's ambush", "earlier this week") reaches this far:
# its date is a week before the telling or the telling's own, the attack any day of the calendar week
# it names (blocks of the batch runner break only at gaps longer than this)
WEEK_WINDOW_DAYS = 6


def window_days(record: dict) -> int:
    """How many days either side of its date a mention's candidate incidents may be dated."""
    return WEEK_WINDOW_DAYS if _week_told(record) is not None else WINDOW_DAYS


def _week_told(record: dict) -> str | None:
    """"last" or "this": the week the record's date was told by ("last week's ambush", "earlier this week")."""
    if record.get("time_precision") != 2 or record.get("date_basis") != "text":
        return None
    told = " ".join(e.get("text", "") for e in record.get("evidence") or () if e.get("field") == "event_date").lower()
    week = _WEEK_WORDS.search(told)
    return week.group(1) if week else None


_WEEK_WORDS = re.compile(r"\b(last|this) week\b(?!end)|\bearly in (the) week\b")
# One-report incidents a grown incident may take in at once, when its report would now choose it
# (store.repository._take_strays, batch.resolve._take_strays)
MAX_STRAYS = 8
# An update the text does not date (dated by its publication: "Toll from Sumy strike rises to nine")
# may come two days after the strike; other reports of one incident are at most a day apart.
_DATED_GAP = 1


def violent(record: dict) -> bool:
    """Reports violence: a violent type, or a death toll told with no attack word and no political
    code ("the body of another victim was found", "the toll rose to five"), which can only be
    the toll of some violent incident."""
    t = record.get("event_type")
    return t in VIOLENT or record.get("sub_event_type") == "Excessive force against protesters" \
        or (t is None and record.get("plover") is None and record.get("fatalities") is not None)


def _later_undated(mention: dict, incident: dict, d1: date, d2: date) -> bool:
    """The later of the two is a toll's update dated only by its publication ("Toll from Sumy
    strike rises to nine", two days on): the text gives no day, and the toll is told as risen."""
    later, earlier = (mention, incident) if d1 > d2 else (incident, mention)
    f_late, f_early = later.get("fatalities"), earlier.get("fatalities")
    return (later.get("date_basis") == "published" or _dated_by_its_telling(later)) and _revised(later) \
        and not (f_late is not None and f_early is not None and f_late < f_early)     # ("rose to 4" is no update of 6)


_SAID_BEFORE = re.compile(r"\b(?:said|told|announced|reported|confirmed|added|stated|wrote|posted|says)\s+(?:\w+\s+)?$")


def _dated_by_its_telling(record: dict) -> bool:
    """The record's only day is the day its toll was told ("has risen to 24, a local official said
    on Sunday"): the day of the telling, not of the attack."""
    evidence = record.get("evidence") or ()
    spans = [e for e in evidence if e.get("field") == "event_date"]
    if record.get("date_basis") != "text" or len(spans) != 1:
        return False
    before = _before_span(record, spans[0])
    return before is not None and _SAID_BEFORE.search(before) is not None


def _before_span(record: dict, span: dict, width: int = 30) -> str | None:
    """The `width` characters of the report before an evidence span: from the incident's sentence that
    holds it, else from the record's notes (the incident's own sentences, where its evidence names only
    the headline's: "Islamic State claims bombing ..." then "The group said on Saturday that ...")."""
    at = span.get("start", 0)
    sentence = next((e for e in record.get("evidence") or () if e.get("field") == "event"
                     and e.get("start", 0) <= at < e.get("end", 0)), None)
    if sentence is not None:
        return sentence.get("text", "")[max(0, at - sentence["start"] - width):at - sentence["start"]]
    notes, told = record.get("notes") or "", span.get("text") or ""
    where = notes.find(told) if told else -1
    if where < 0 or notes.find(told, where + 1) >= 0:
        return None     # (told twice: "Police said on Saturday that a bomb exploded ... on Saturday": which one)
    return notes[max(0, where - width):where]


def _post_town(a: dict, b: dict) -> bool:
    """One is placed by the town that heads its post or dateline, the other names its own town: each
    names where it happened."""
    def headed(r: dict) -> bool:
        return r.get("place_basis") == "dateline" and (r.get("where_prec") or 6) <= 3 and bool(r.get("location"))
    return headed(a) and b.get("where_prec") == 1 or headed(b) and a.get("where_prec") == 1


def _later_week(mention: dict, incident: dict, d1: date, d2: date) -> bool:
    """The later of the two is dated only to a week that ends on its day ("a strike on Kramatorsk
    this week killed four", published Thursday): any of the days before fits it."""
    later = mention if d1 > d2 else incident
    return later.get("time_precision") == 2 and later.get("date_basis") == "text" and _week_told(later) != "last"


def _in_week(mention: dict, incident: dict, d_m: date, d_i: date) -> bool:
    """The mention is dated only to a week ("at the funeral of the nine soldiers killed in last week's ambush",
    "earlier this week"), and the incident's day is in that calendar week (Monday to Sunday; "this week": not
    after the day it was told). Its date is the day a week before the telling, or the telling's."""
    week = _week_told(mention)
    f_m, f_i = mention.get("fatalities"), incident.get("fatalities")
    if week is None or f_m is not None and f_i is not None and f_m != f_i and not (_revised(mention) and f_m > f_i):
        return False        # (a farmer shot "earlier this week" is not Tuesday's four traders; a week's 17 dead no day's 9;
        #                     but "the toll of the bombing earlier this week rose to six" is Monday's five, risen)
    monday = d_m - timedelta(days=d_m.weekday())
    return monday <= d_i <= (monday + timedelta(days=6) if week == "last" else d_m)


def _told_before_it_happened(mention: dict, incident: dict, d1: date, d2: date) -> bool:
    """The earlier of the two is dated only by its publication, and the other's text dates its
    incident a day later: a report cannot tell of what happened after it came out (a governor's
    post on the 11th and "On Friday", the 12th, a drone struck a car: two strikes)."""
    earlier, later = (mention, incident) if d1 < d2 else (incident, mention)
    return earlier.get("date_basis") == "published" and later.get("date_basis") == "text" \
        and later.get("time_precision") == 1


_NIGHT_WORDS = ("night", "overnight", "evening", "late", "dawn", "early", "during", "past", "hours", "over the")


def _day_told(record: dict) -> bool:
    """The text names the day itself ("on Tuesday", "on 6 May"), not a night that spans two days
    ("overnight", "late on Tuesday"), a period ("during the day", "in the past 24 hours") nor a
    toll's update told on a later day."""
    if record.get("date_basis") != "text" or record.get("time_precision") != 1 or record.get("event_type") is None:
        return False        # (a toll with no attack word, "the body of another victim was found on Thursday")
    evidence = record.get("evidence") or ()
    spans = [e for e in evidence if e.get("field") == "event_date"]
    span = spans[0] if spans else None
    told = (span or {}).get("text", "")
    if not told or any(w in e.get("text", "").lower() for e in spans for w in _NIGHT_WORDS) \
            and not _WEEKDAY_NIGHT.fullmatch(told.strip().lower()):
        return False        # (a weekday's night, "on Sunday night", is that day's, joined to the next only as _night_told says)
    at = span.get("start", 0)
    sentence = next((e for e in evidence if e.get("field") == "event" and e.get("start", 0) <= at < e.get("end", 0)), None)
    if len(spans) == 1 and _revised(record):
        # a toll's update tells the day of its telling, unless it names the attack's own day
        # ("the toll from yesterday's missile strike has risen to 7", "Tuesday's shelling"); an
        # incident whose reports told its day more than once has its day
        after = span.get("end", 0) - sentence["start"] if sentence is not None else -1
        if not (sentence is not None and sentence.get("text", "")[after:after + 2] in ("'s", "’s")):
            return False
    before = _before_span(record, span)
    if before is not None and _TOLD_BEFORE.search(before):
        return False    # "The army said on Friday that ... near Gao": the day of the telling
    return True


def _night_told(record: dict) -> int:
    """The day the text names is a night's, which another report may date a day on: the day after for an evening's
    ("overnight Friday", "on Sunday night": +1), the day before for a morning's ("in the early hours of Saturday": -1);
    0 where it is no night's."""
    spans = [e for e in record.get("evidence") or () if e.get("field") == "event_date"]
    if spans and _WEEKDAY_NIGHT.fullmatch(spans[0].get("text", "").strip().lower()):
        return 1
    before = _before_span(record, spans[0]) if spans else None
    night = _NIGHT_BEFORE.search(before) if before is not None else None
    return 0 if night is None else -1 if "hours" in night.group() else 1


def _a_night_apart(a: dict, b: dict, d_a: date, d_b: date) -> bool:
    """One of the two tells a night its day and the other the day that night runs into ("overnight Friday" and
    "on Saturday"; "in the early hours of Saturday" and "on Friday"), not a daytime of it ("on Saturday afternoon")."""
    for night, day, d_n, d_d in ((a, b, d_a, d_b), (b, a, d_b, d_a)):
        way = _night_told(night)
        if way and way == (d_d - d_n).days and not _night_told(day) and not _AGAIN.search(_told(day)) \
                and not (_DAYTIME_AFTER if way > 0 else _DAYTIME_BEFORE).search(_day_words(day) + " " + _told(day)):
            return True     # (the day's report a day's, not another night's, nor "at 2 p.m.", "later", "again")
    return False


def _told(record: dict) -> str:
    """The sentence that tells the record's incident."""
    return next((e.get("text", "") for e in record.get("evidence") or () if e.get("field") == "event"), "")


_AGAIN = re.compile(r"\b(?:again|another|later|second)\b", re.IGNORECASE)


def _day_words(record: dict) -> str:
    """The words that tell a record's day ("on Saturday afternoon")."""
    spans = [e for e in record.get("evidence") or () if e.get("field") == "event_date"]
    return (spans[0].get("text") or "").lower() if spans else ""


# the hours of a day a night before it does not run into, and of a day a morning after it is not the night of
_DAYTIME_AFTER = re.compile(r"\b(?:afternoon|noon|midday|evening)\b|\d\s*p\.?m\b|\b(?:1[2-9]|2[0-3])[:.][0-5]\d\b", re.IGNORECASE)
_DAYTIME_BEFORE = re.compile(r"\b(?:morning|afternoon|noon|midday)\b|\d\s*[ap]\.?m\b|\b(?:0?[7-9]|1\d)[:.][0-5]\d\b",
                             re.IGNORECASE)


def _tolls_rise(a: dict, b: dict, d_a: date, d_b: date) -> bool:
    """Someone counted in both, and the later report's dead and hurt no fewer than the earlier's, or a little fewer
    (tolls rise as reports come in: "on Sunday night, 2 killed and 15 hurt", then "on Monday, 3 killed and 21 hurt")."""
    early, late = (a, b) if (d_a, a.get("published") or "") <= (d_b, b.get("published") or "") else (b, a)
    pairs = [(early.get(k), late.get(k)) for k in ("fatalities", "injured")]
    if not any(x and y for x, y in pairs):
        return False
    # (or one source's count a little under another's: "four civilians" and UNICEF's "three children")
    return all(x is None or y is None or y >= x or x - y <= max(1, 0.3 * x) for x, y in pairs)


_WEEKDAY_NIGHT = re.compile(r"(?:on )?(?:late )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday) night")


_CLOCK = re.compile(r"\b(?:[01]?\d|2[0-3])[:.][0-5]\d\b")


def _tolls_agree(a: dict, b: dict, d_a: date | None, d_b: date | None) -> bool:
    """Tolls that rise from one post to the next, someone counted in both, at no two different clock times told: an
    authority's updates of one strike ("three injured", then "four"; 5 killed and 20 hurt, then 6 and 21)."""
    times = [set(_CLOCK.findall(r.get("notes") or "")) for r in (a, b)]
    if all(times) and times[0].isdisjoint(times[1]):
        return False    # ("At 09:40 a drone ..." and "At 16:20 ...": two strikes)
    return d_a is not None and d_b is not None and _tolls_rise(a, b, d_a, d_b)


_TOLD_BEFORE = re.compile(r"\b(?:said|says|announced|reported|confirmed|told|stated|claimed|denied|added)\b[^.;]{0,12}$")
_NIGHT_BEFORE = re.compile(r"\b(?:overnight(?: on)?|(?:small|early) hours of)\s+$", re.IGNORECASE)   # (not "the night into
#                                                                         Saturday", whose weekday is the morning's)


def is_condemnation(record: dict) -> bool:
    """The record is a condemnation's account of an attack ("The ministry condemns yesterday's attack on the
    market in X"): no weapon and no toll, its sentence a condemnation of an attack with no deed told before
    it, and its day the telling's yesterday (not "condemned the attack on a police station on Tuesday")."""
    if record.get("weapon") or record.get("fatalities") is not None or record.get("injured") is not None:
        return False
    days = [e.get("text", "").lower() for e in record.get("evidence") or () if e.get("field") == "event_date"]
    return bool(days) and all(_YESTERDAY.search(d) for d in days) \
        and _CONDEMNS_ATTACK.match(record.get("notes") or "") is not None


_YESTERDAY = re.compile(r"\b(?:yesterday|last night|overnight)")
# ... no deed before the condemning verb ("assailants attacked a church ..., and the bishop condemned the attack")
_CONDEMNS_ATTACK = re.compile(r"(?:(?!\b(?:attack|kill|struck|strike|raid|abduct|storm|shot|fired|opened fire)\w*\b)[^.])*?"
                              r"\b(?:condemn|denounc|deplor)\w*\b[^.]{0,40}?\b(?:attacks?|strikes?|bombings?|shelling|killings?"
                              r"|massacres?|raids?|ambush)\b", re.IGNORECASE)


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def km(a: dict, b: dict) -> float | None:
    if a.get("latitude") is None or b.get("latitude") is None:
        return None
    lat1, lon1, lat2, lon2 = map(math.radians, (a["latitude"], a["longitude"], b["latitude"], b["longitude"]))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 12742 * math.asin(min(1.0, math.sqrt(h)))


# One district's name in two transliterations: "Kirovsky", "Kirovskyi", "Kirovskiy" district.
_ADJ_ENDING = re.compile(r"(?:yi|iy|ij|ii|y|i)$")


def _district_key(name: str) -> str:
    """A district's name as a key that two transliterations of it share ("Kirovsky district" ~ "Kirovskyi",
    the Russian "Kievsky" ~ the Ukrainian "Kyivskyi", "Shevchenkovsky" ~ "Shevchenkivskyi", "Aleksandrovsky" ~
    "Oleksandrivskyi", "Kholodnogorsky" ~ "Kholodnohirskyi", the Somali "Xamar Weyne" ~ "Hamarweyne" ~
    "Hamar-Weyne", "al-Mawasi" ~ "Muwasi"): its consonants, the Russian g as the Ukrainian h, without spaces,
    hyphens or an Arabic article (districts are compared within one city, where two rarely share them)."""
    stem = _ADJ_ENDING.sub("", _NOT_LETTER.sub("", unicodedata.normalize("NFKD", _ANY_ARTICLE.sub(
        " ", name.lower().removesuffix(" district")))))
    if stem.endswith("aln"):
        stem = stem[:-1]    # the English of "-alnyi": "Industrial" ~ "Industrialnyi"
    if stem.startswith("alex"):
        stem = "aleks" + stem[4:]   # (the English "Alexandrovsky": its x is no Somali x)
    if stem.startswith("al"):
        stem = "o" + stem[1:]   # the Russian "Aleksandrovsky" ~ the Ukrainian "Oleksandrivskyi"
    if stem.endswith(("ah", "eh")) and len(stem) > 4:
        stem = stem[:-1]        # the Arabic feminine ending, written or not: "Usayfirah" ~ "Osaifira"
    key = _DOUBLE.sub(r"\1", _VOWELS.sub("", stem.replace("x", "h").translate(_VOWELS_TRADED)))   # (the Somali x: "Kaxda")
    if key.endswith("sk") and len(key) > 4:
        key = key[:-2] + "k"    # a district's adjective and its quarter's noun: "Saltivskyi" ~ "Saltivka", "Slobidka"
    elif key.endswith("ts") and len(key) > 3:
        key = key[:-1] + "k"    # ... and a noun in -tsia: "Darnytskyi" ~ "Darnytsia", "Darnitsa"
    return "a" + key[1:] if key and key[0] in "aeiou" else key     # (an opening vowel, any: "Usayfirah" ~ "Osaifira")


_VOWELS_TRADED = str.maketrans("yjeog", "iiiih")     # (and the Russian g for the Ukrainian h: "Kholodnogorsky")
_NOT_LETTER = re.compile(r"[^a-z0-9]+")     # (a number stays: "Delmas 24" is no "Delmas 33")
_ANY_ARTICLE = re.compile(r"(?:^|(?<=[\s-]))(?:al|el|as|ad|an|ar|at|az|ash)[- ]")     # "Ain el-Hilweh" ~ "Ain al-Hilweh"
_VOWELS = re.compile(r"(?<=.)[aeiouy]")   # (after the first letter: "Mawasi" ~ "Muwasi", "Kirovsky" ~ "Kyrovskyi")
_DOUBLE = re.compile(r"(.)\1+")


def _district(record: dict) -> str | None:
    """The city district of a location written "City (Name district)", as a _district_key."""
    loc = record.get("location") or ""
    if not ("(" in loc and loc.endswith(")")):
        return None
    return _district_key(loc[loc.index("(") + 1: loc.rindex(")")])


def _district_of(a: dict, b: dict) -> bool:
    """a is placed by a district of b's city under its own name ("Sadr City" and "Baghdad (Sadr City district)")."""
    return (_district(b) or "") == _district_key(_town(a)) != ""


def _town(record: dict) -> str:
    """The town of a location, without its district."""
    return (record.get("location") or "").split(" (")[0].lower()


_WORD = re.compile(r"[a-z0-9]+")


def _similar(a: dict, b: dict) -> float:
    """Word overlap (Jaccard) of two records' notes."""
    wa = set(_WORD.findall((a.get("notes") or "").lower()))
    wb = set(_WORD.findall((b.get("notes") or "").lower()))
    return len(wa & wb) / len(wa | wb) if wa and wb else 0.0


def _vague(record: dict) -> bool:
    """Placed by nothing finer than its country ("in eastern Ukraine", or no place at all).
    A place name the gazetteer could not resolve is not vague: it is compared by name."""
    return not record.get("location") or record.get("where_prec") == 6


def _tolls_compatible(f_m: int | None, f_i: int | None) -> bool:
    """Unknown, or close enough to be one toll reported twice (or revised)."""
    return f_m is None or f_i is None or abs(f_m - f_i) <= max(3, 0.5 * max(f_m, f_i))


def _one_day(a: dict, b: dict, d1: date | None, d2: date | None) -> bool:
    """The same day, or a report that names no day, published the day after the other's told day, with
    its toll ("Jihadists kill seven farmers in northeast Nigeria", published the morning after the attack)."""
    if not (d1 and d2):
        return False
    if d1 == d2:
        return True
    for later, earlier, d_l, d_e in ((a, b, d1, d2), (b, a, d2, d1)):
        if (d_l - d_e).days == 1 and later.get("date_basis") == "published" and earlier.get("date_basis") == "text" \
                and not _revised(later) and (later.get("fatalities") or 0) >= 2 \
                and later.get("fatalities") in _tolls_told(earlier) | {earlier.get("fatalities")}:
            return True     # (on the same toll of several: the next day's reports tell many a death)
    return False


def _same_day_same_country(mention: dict, incident: dict, d1: date | None, d2: date | None) -> bool:
    """What two reports placed by no town must share (the batch runner blocks by country too);
    and no two different weapons."""
    return bool(_one_day(mention, incident, d1, d2) and mention.get("iso") and mention.get("iso") == incident.get("iso")
                and _weapons_compatible(mention.get("weapon"), incident.get("weapon")))


# Weapons reports name for one another's strikes ("rockets", "MLRS", "artillery", "a missile"; a
# mortar with shells or rockets, not with missiles).
_FIRE_FAMILY = frozenset({"missile", "ballistic missile", "cruise missile", "rocket", "artillery", "MLRS", "mortar"})
_MISSILES = frozenset({"missile", "ballistic missile", "cruise missile"})


# Bombs from the air: a glide bomb is an air strike, as reports call it either way.
_AIR_FAMILY = frozenset({"airstrike", "glide bomb"})


# One bomb told as a car bomb, a suicide car bomb or an explosive device; one assault told by its
# rifles or its grenades ("stormed the post with rifles and grenades").
_BLAST_FAMILY = frozenset({"IED", "car bomb", "suicide bomb"})
_ASSAULT_FAMILY = frozenset({"small arms", "grenade"})


def _mine_as_bomb(a: dict, b: dict) -> bool:
    """A mine told by one report as an explosive device by the other ("truck hits mine near Kaya", "IED kills four
    near Kaya"): only with the same toll of three or more, a mine and a bomb in one area being common."""
    f = a.get("fatalities")
    return {a.get("weapon"), b.get("weapon")} == {"landmine", "IED"} and f is not None and f >= 3 and f == b.get("fatalities") \
        and bool(a.get("civilian_targeting")) == bool(b.get("civilian_targeting")) \
        and all(_ON_THE_ROAD.search(r.get("notes") or "") for r in (a, b))     # (the same victims, on the road in both)


_ON_THE_ROAD = re.compile(r"\b(?:vehicles?|trucks?|lorr(?:y|ies)|minibus(?:es)?|bus(?:es)?|cars?|convoys?|roads?|highway|motorcycles?"
                          r"|motorbikes?|pick-?ups?|patrols?)\b", re.IGNORECASE)


def _one_fire(w_m: str, w_i: str) -> bool:
    """Two weapons of one family of fire."""
    pair = {w_m, w_i}
    return pair <= _FIRE_FAMILY and not ("mortar" in pair and pair & _MISSILES) or pair <= _AIR_FAMILY \
        or pair <= _BLAST_FAMILY or pair <= _ASSAULT_FAMILY


# A weapon's words in a report's own text: the other weapon an attack told with two was also named
_WEAPON_WORDS = {
    "drone": re.compile(r"\b(?:drones?|UAVs?|Shaheds?|Gerans?|FPVs?|quadcopters?)\b", re.IGNORECASE),
    "artillery": re.compile(r"\b(?:artillery|howitzers?)\b", re.IGNORECASE),
    "mortar": re.compile(r"\bmortars?\b", re.IGNORECASE),
    "MLRS": re.compile(r"\b(?:MLRS|Grads?|Uragan|Smerch|multiple rocket)\b", re.IGNORECASE),
    "glide bomb": re.compile(r"\b(?:glide|guided|aerial) bombs?\b|\bKABs?\b|\bFAB-\d", re.IGNORECASE),
    "airstrike": re.compile(r"\b(?:air ?strikes?|warplanes?)\b", re.IGNORECASE),
}


def _tells_weapon(record: dict, weapon: str | None) -> bool:
    """The record's own words name `weapon` too (its coded weapon being the other one the report told)."""
    words = _WEAPON_WORDS.get(weapon or "")
    notes = record.get("notes") or ""
    return words is not None and any(not _NOT_FIRED_BEFORE.search(notes, max(0, m.start() - 40), m.start())
                                     for m in words.finditer(notes))


# (a weapon stopped or named as a defence: "air defence shot down 12 drones", "anti-aircraft fire")
_NOT_FIRED_BEFORE = re.compile(r"(?:shot down|intercepted|downed|destroyed|repelled|neutrali[sz]ed|anti-|counter-|air defen[cs]e)"
                               r"[^.;]{0,30}$", re.IGNORECASE)


def _weapons_compatible(w_m: str | None, w_i: str | None) -> bool:
    """Unknown, the same, or two of one family of fire."""
    return not w_m or not w_i or w_m == w_i or _one_fire(w_m, w_i)


def _offshore(record: dict) -> bool:
    """The report places its incident at sea by a distance off the coast ("85NM east of Aden", "40 nautical miles
    south-west of Hodeidah")."""
    notes = record.get("notes") or ""
    return "nautical mile" in notes or _NM_OFF.search(notes) is not None


def _sea_words(record: dict) -> bool:
    """The report speaks of the sea at all (a ship, a boat, a port, fishermen, a navy): it may tell the same attack."""
    return _SEA_WORDS.search(record.get("notes") or "") is not None


_NM_OFF = re.compile(r"\b\d+\s?NM\b")
_SEA_WORDS = re.compile(r"\b(?:ships?|vessels?|tankers?|boats?|dhows?|trawlers?|ferr(?:y|ies)|freighters?|carriers?|crew|sailors"
                        r"|seafarers|fishermen|fisherman|port|harbour|harbor|quay|pier|navy|naval|sea|gulf|coast|offshore|nautical"
                        r"|maritime|UKMTO)\b", re.IGNORECASE)


def _score_countryless(mention: dict, incident: dict, d1: date | None, d2: date | None, s: float,
                       one_named: bool = False) -> float | None:
    """Two reports that name neither a town nor a country ("Seven soldiers killed in the east"):
    they could be about anywhere, so besides the same day they need nearly the same words, or
    the same toll of several deaths told as the same kind of violence (or a toll too large to
    be a coincidence). Where one of them names a country (`one_named`), a toll of several is
    not enough: it must be large enough to tell an incident apart, and of the same kind."""
    if not (d1 and d2 and d1 == d2) or not _weapons_compatible(mention.get("weapon"), incident.get("weapon")):
        return None
    f_m, f_i = mention.get("fatalities"), incident.get("fatalities")
    if not _tolls_compatible(f_m, f_i):
        return None
    if _similar(mention, incident) >= 0.5:
        return s + 2.0
    same_kind = mention.get("sub_event_type") == incident.get("sub_event_type")
    if one_named:
        if f_m is not None and f_m == f_i and f_m >= DISTINCT_TOLL and same_kind:
            return s + 1.5
        return None
    if f_m is not None and f_m == f_i and f_m >= 2 and (f_m >= DISTINCT_TOLL or same_kind):
        return s + 1.5
    return None


def _score_unplaced(mention: dict, incident: dict, d1: date | None, d2: date | None, s: float) -> float | None:
    """Two reports that place their incident in no town: the same day and country, tolls that
    can be one, and then nearly the same words, the same toll or the same kind of violence.
    Where only one of them names a country, as where neither does (_score_countryless)."""
    if not mention.get("iso") or not incident.get("iso"):
        # one of the two names no country ("Seven soldiers killed in the east"): it could be
        # anywhere, so the countryless evidence is needed (a country named by one alone is no match)
        return _score_countryless(mention, incident, d1, d2, s, one_named=bool(mention.get("iso") or incident.get("iso")))
    if not _same_day_same_country(mention, incident, d1, d2):
        return None
    f_m, f_i = mention.get("fatalities"), incident.get("fatalities")
    if not _tolls_compatible(f_m, f_i):
        return None
    if _two_unresolved_places(mention, incident):
        return None     # "in the area of Kafr Rumman" and "in the area of Zawtar", neither in the gazetteer: two places
    same_toll = f_m is not None and f_m == f_i and f_m > 0
    same_kind = mention.get("sub_event_type") == incident.get("sub_event_type")
    if _similar(mention, incident) >= 0.5 or same_toll or same_kind:
        return s + 2.0
    return None


def _untold_strike_and_other(a: dict, b: dict) -> bool:
    """One report an air strike with no one told killed or hurt (an army's claim), the other another kind of violence."""
    for x, y in ((a, b), (b, a)):
        if x.get("sub_event_type") == "Air/drone strike" and x.get("fatalities") is None and x.get("injured") is None \
                and y.get("sub_event_type") != "Air/drone strike" and y.get("event_type") != x.get("event_type"):
            return True
    return False


def _untold_strike_and_shooting(a: dict, b: dict) -> bool:
    """One report an air strike with no one told killed or hurt, the other a shooting or a stabbing."""
    return any(x.get("sub_event_type") == "Air/drone strike" and x.get("fatalities") is None and x.get("injured") is None
               and y.get("weapon") in ("small arms", "melee weapon") for x, y in ((a, b), (b, a)))


def _unresolved_name(record: dict) -> bool:
    """The record keeps a place name of its text that the gazetteer lacks, at its country's or region's point."""
    town = record.get("location") or ""
    return len(town) >= 3 and town[:1].isupper() and town != record.get("country") and town != record.get("admin1") \
        and not _REGION_WORDS.search(town) and not _AREA_WORDS.search(town)


# Names of areas, not points: "the Sambisa forest", "Lake Chad", "Wadi Saluki", "Jabal al-Zawiya", "Shebaa Farms"
_AREA_WORDS = re.compile(r"\b(?:forest|lake|wadi|jabal|jebel|valley|farms|mountains?|hills|plains?|desert|area|coast|island"
                         r"|darfur|kordofan|sahel|delta|basin|commune|sector|township|park|reserve|locality)\b", re.IGNORECASE)


def _two_unresolved_places(a: dict, b: dict) -> bool:
    """Two reports that each keep a place name the gazetteer lacks, names of two places: not one spelt otherwise
    ("Um Grifein", "Umm Jurfayn"), a short form of the other ("Zawtar", "Zawtar al-Sharqiya"), nor one the other's
    text names too ("Kansafra in Jabal al-Zawiya")."""
    if not (_unresolved_name(a) and _unresolved_name(b)):
        return False
    x, y = _town(a), _town(b)
    if x == y or _spelt_alike(x, y) or x in y or y in x or x.split(" ")[0] == y.split(" ")[0]:
        return False
    notes_a, notes_b = (a.get("notes") or "").lower(), (b.get("notes") or "").lower()
    if re.search(rf"(?<![\w-]){re.escape(x)}(?![\w-])", notes_b) or re.search(rf"(?<![\w-]){re.escape(y)}(?![\w-])", notes_a):
        return False
    return _skeleton_ratio(x, y) < 0.5


def _skeleton_ratio(x: str, y: str) -> float:
    """How alike two names' consonant skeletons are (transliterations: "jurfayn" ~ "grifein")."""
    sx, sy = re.sub(r"[aeiouy\W]+", "", x), re.sub(r"[aeiouy\W]+", "", y)
    return SequenceMatcher(None, sx, sy).ratio() if sx and sy else 0.0


def _region_and_town_with_one_toll(a: dict, b: dict, d1: date | None, d2: date | None) -> bool:
    """One report placed by its region, the other by a town of that region (in it, near it or its
    district), the same day and the same toll of several (as a country-level report joins on the
    same toll)."""
    precs = {a.get("where_prec"), b.get("where_prec")}
    f_a, f_b = a.get("fatalities"), b.get("fatalities")
    return 4 in precs and len(precs) == 2 and precs <= {1, 2, 3, 4} and _one_day_or_week(a, b, d1, d2) and a.get("admin1") is not None \
        and a.get("admin1") == b.get("admin1") and f_a is not None \
        and _weapons_compatible(a.get("weapon"), b.get("weapon")) \
        and not _own_village(a if a.get("where_prec") == 4 else b) \
        and not (a.get("civilian_targeting") is not None and b.get("civilian_targeting") is not None
                 and a.get("civilian_targeting") != b.get("civilian_targeting")) \
        and (f_a >= DISTINCT_TOLL or f_a >= 3 and a.get("weapon") is not None and a.get("weapon") == b.get("weapon")
             or _small_toll_alike(a, b)) \
        and (f_a == f_b or f_a in _tolls_told(b) or f_b in _tolls_told(a) or _close_distinct_tolls(a, b)) \
        and not _battle_and_civilians(a, b)


def _small_toll_alike(a: dict, b: dict) -> bool:
    """A small toll the two tell alike in more than its number, told as one kind of attack by the same group or
    none: the same dead of a kind more telling than "Attack" (three killed by a roadside bomb in Cameroon's Far North
    and on the road out of Mora), or the same dead and the same wounded ("two killed and four wounded" by a drone in
    the Catatumbo and in Tibu)."""
    f_a, f_b = a.get("fatalities"), b.get("fatalities")
    kind = a.get("sub_event_type")
    if f_a is None or f_a != f_b or f_a < 1 or kind is None or kind != b.get("sub_event_type") or _other_groups(a, b):
        return False
    t_a, t_b = _target(a), _target(b)
    if t_a and t_b and t_a != t_b:
        return False        # (a house and a tent)
    if a.get("injured") is not None and a.get("injured") == b.get("injured") and a["injured"] >= 1 \
            and (f_a >= 2 or a.get("weapon") is not None and a.get("weapon") == b.get("weapon")
                 and t_a is not None and t_b is not None):
        return True         # (one dead and two wounded when a drone hit a motorcycle in Teorama and in Norte de Santander;
        #                     a single death and its wounded alone are too common a toll: tests/test_review_seventeen_b.py)
    return f_a >= 3 and kind != "Attack" and (a.get("injured") is None or b.get("injured") is None)
    # ("Attack" tells no kind: three farmers killed near Konduga and three worshippers at a mosque in Borno State)


def _one_day_or_week(a: dict, b: dict, d1: date | None, d2: date | None) -> bool:
    """The same day (_one_day), or one of the two dated only to the week the other's day falls in ("the drone
    attack on a hospital in North Darfur earlier this week", and Tuesday's strike on El Fasher's)."""
    if _one_day(a, b, d1, d2):
        return True
    return bool(d1 and d2) and (_in_week(a, b, d1, d2) or _in_week(b, a, d2, d1))


def _close_distinct_tolls(a: dict, b: dict) -> bool:
    """Two tolls each large enough to tell an incident apart and close enough to be one count told by two
    sources ("14 killed in Liki", "16 killed in the Sahel region"), or one large count of wounded the same,
    told as one kind of attack (a car bomb that killed nine and a battle that killed 11 are two)."""
    f_a, f_b = a.get("fatalities"), b.get("fatalities")
    if f_a is None or f_b is None or a.get("sub_event_type") != b.get("sub_event_type") \
            or _target(a) != _target(b):
        return False
    i_a, i_b = a.get("injured"), b.get("injured")
    if i_a is not None and i_a == i_b and i_a >= DISTINCT_TOLL and _tolls_compatible(f_a, f_b):
        return True
    return min(f_a, f_b) >= DISTINCT_TOLL and abs(f_a - f_b) <= max(2, 0.15 * max(f_a, f_b))


def _own_village(region: dict) -> bool:
    """A report placed at its region's point by a village of its own the gazetteer lacks ("a minibus hit in
    Zelena Poliana-Druha in the Sumy region"): no report of the region at large ("Nineveh" is Ninawa's)."""
    name, admin1 = region.get("location"), _ARTICLE.sub("", region.get("admin1") or "")
    return any(isinstance(p, dict) and p.get("kind") == "place" and p.get("name") == name
               and not _spelt_alike(_ARTICLE.sub("", name), admin1) for p in region.get("places") or ())


def _tolls_told(record: dict) -> set[int]:
    """Every death toll a record's reports gave (an incident's revisions), with its own."""
    told = {r["best"] for r in record.get("revisions") or () if r.get("field") == "fatalities" and r.get("best") is not None}
    if record.get("fatalities") is not None:
        told.add(record["fatalities"])
    return told


def _spelt_like_town(a: dict, b: dict) -> bool:
    """One report keeps a town name the gazetteer lacks, placed by its region; the other names a town of that region
    the gazetteer knows, spelt nearly alike ("Areeha" and "Ariha" in Idlib), or of the very letters of one the report
    places nowhere ("Mayimoya", "Mayi-Moya"): one town, told in two spellings."""
    coarse = [r for r in (a, b) if (r.get("where_prec") or 6) >= 4]
    if len(coarse) != 1 or not _unresolved_name(coarse[0]):
        return False
    fine = b if coarse[0] is a else a
    x, y = _town(coarse[0]), _town(fine)
    if x and y and _LETTERS.sub("", x.lower()) == _LETTERS.sub("", y.lower()) and (fine.get("where_prec") or 6) <= 2 \
            and coarse[0].get("iso") in (None, fine.get("iso")):
        return True     # "Mayimoya" (placed by nothing) and "Mayi-Moya": one name, its letters the same
    if not a.get("admin1") or a.get("admin1") != b.get("admin1"):
        return False
    return bool(x and y) and x != y and (fine.get("where_prec") or 6) <= 2 and _spelt_alike(x, y) \
        and x[:1].lower() == y[:1].lower() and _skeleton_ratio(x, y) >= 0.8    # (not Hass and Haish, two villages)


def _same_unresolved_town(a: dict, b: dict) -> bool:
    """Both name the same town, which the gazetteer lacks and placed by its region: a place as
    precise as any town's, not the region's many incidents of a day."""
    town = _town(a)
    if not town or town != _town(b) or _REGION_WORDS.search(town):
        return False
    placed = [r for r in (a, b) if r.get("iso")]
    if len(placed) == 1:
        # one of them placed by its region, the other by nothing (its report names no region nor country): the
        # same town, not one of the region's ("an army patrol was attacked near Banibangou" and "... in Banibangou,
        # Tillaberi region")
        r = placed[0]
        return r.get("where_prec") == 4 and a.get("event_type") == b.get("event_type") \
            and not _spelt_alike(town, r.get("admin1") or "") and not _spelt_alike(town, r.get("country") or "")
        # (and told as the same kind of violence: a landmine near the village and a raid on it are two incidents)
    return a.get("where_prec") == 4 and b.get("where_prec") == 4 \
        and a.get("admin1") == b.get("admin1") \
        and not _spelt_alike(town, a.get("admin1") or "") and not _spelt_alike(town, a.get("country") or "")


# What a strike hit, by kind, as the sentence that tells it names it: two reports of one strike name the same kind
# (only kinds no one mistakes for each other: not a market and the bus station beside it)
_TARGETS = (
    ("home", re.compile(r"\b(?:house|houses|home|homes|apartment|apartments|residential (?:building|block))\b(?!-)", re.I)),
    ("tent", re.compile(r"\btents?\b", re.I)),
    ("car", re.compile(r"\b(?:cars?|sedan)\b(?! park| dealership| wash| showroom| market)", re.I)),   # (a vehicle: either)
    ("motorcycle", re.compile(r"\b(?:motorcycles?|motorbikes?|motorcyclist)\b", re.I)),
    ("bus", re.compile(r"\b(?:mini)?bus(?:es)?\b(?! stop| station| terminal| depot)", re.I)),
    ("truck", re.compile(r"\b(?:trucks?|lorry|lorries|tractors?)\b", re.I)),
)


def _target(record: dict) -> str | None:
    """The one kind of target (a home, a tent, a car, a motorcycle) the sentence telling the record's incident names,
    or None where it names none or several."""
    told = _told(record)
    objects = " ".join([m.group("what") for m in _STRUCK.finditer(told) if not _BOMB_AFTER.match(m.group("what"))]
                       + [m.group("what") for m in _STRUCK_BEFORE.finditer(told)])
    kinds = {kind for kind, pattern in _TARGETS if pattern.search(objects)}
    return kinds.pop() if len(kinds) == 1 else None


# ... or before the strike's noun: "four martyrs from tent strike in Mawasi", "a car bombing" (not: a car bomb's car)
_STRUCK_BEFORE = re.compile(r"\b(?P<what>houses?|homes?|tents?|cars?|motorcycles?) (?:air ?)?(?:strikes?|attacks?|shelling)\b",
                            re.IGNORECASE)
_BOMB_AFTER = re.compile(r"[\w-]+ bomb", re.IGNORECASE)     # ("hit by a car bomb": the weapon, no target)
# what the strike hit: the words after its verb or noun ("struck a house", "a strike on tents", "targeted their car";
# not "returned home", "a car bomb", "gunmen on motorcycles")
_STRUCK = re.compile(r"\b(?:struck|hit|hits|shelled|shells?|bombed|bomb|bombs|targeted|targets?|targeting"
                     r"|(?:air ?|drone )?strikes?(?: on| against)?|(?:attacks?|raids?|fire) on|(?:shelling|bombing) of"
                     r"|(?:fired|firing|opened fire)(?: an? [\w-]+)? (?:at|on))"
                     r"(?! (?:near|outside|close|next|in|at|by|from|with)\b)"     # (where it was: "a strike near his home")
                     r" (?:an? |the |their |his |her |its |several |two |three )?(?P<what>(?:[\w-]+ ){0,5}[\w-]+)", re.IGNORECASE)


def _named_by_other(vague: dict, other: dict) -> bool:
    """The vague record's place is a name the gazetteer lacks (kept as its location, at the country's point),
    and the other record, placed finer, names it in its own text."""
    town = vague.get("location") or ""
    if not _vague(vague) or _vague(other) or len(town) < 4 or not town[:1].isupper() or town == vague.get("country"):
        return False
    # (told with the other's own place, as what it is near or in: "the village of Kainama, near Eringeti"; not a
    # raid elsewhere, the health centre the wounded were taken to, the attackers' base, a surname)
    notes, own = other.get("notes") or "", other.get("location") or ""
    at = notes.find(own) if own else -1
    if at < 0:
        return False
    near = notes[max(0, at - 45):at + len(own) + 45]
    return re.search(rf"(?:\b(?:near|outside|in|of|around)\s+(?:the\s+)?|,\s+){re.escape(town)}(?![\w-])"
                     rf"|(?<![\w-])(?<!from ){re.escape(town)},?\s+(?:near|outside|in)\b", near) is not None


def _spelt_alike(a: str, b: str) -> bool:
    """Two spellings of one name ("Tillabery" and "Tillaberi", "North Kivu" and "Nord-Kivu", "Hiran" and
    "Hiiraan"): a region's name as the report spells it is no town."""
    x, y = _LETTERS.sub("", a.lower()), _LETTERS.sub("", b.lower())
    return bool(x and y) and SequenceMatcher(None, x, y).ratio() >= 0.6


_LETTERS = re.compile(r"[^a-z]")
_ARTICLE = re.compile(r"^(?:al|as|ad|an|ar|at|az|ash|el)[- ]", re.IGNORECASE)     # "As-Suwayda" ~ "Sweida"
_REGION_WORDS = re.compile(r"\b(?:region|province|state|governorate|oblast|district|county|department|prefecture)\b")


def _battle_and_civilians(a: dict, b: dict) -> bool:
    """One of the two is a battle, the other an attack on civilians."""
    def one_way(x: dict, y: dict) -> bool:
        return x.get("event_type") == "Battles" and y.get("event_type") != "Battles" and (
            bool(y.get("civilian_targeting")) or (y.get("actor2") or "").startswith("Civilians"))
    return one_way(a, b) or one_way(b, a)


def _typed_or_in_town(mention: dict, incident: dict) -> bool:
    """A toll told with no attack word says only that people died: it joins an incident only
    where both are placed in the town itself (not "near" it, not "in the X direction")."""
    if mention.get("event_type") and incident.get("event_type"):
        return True
    return mention.get("where_prec") == 1 and incident.get("where_prec") == 1


def score(mention: dict, incident: dict) -> float | None:
    """Evidence that `mention` reports `incident` (its current flat record), or None when they cannot be one.

    Hard limits: both violent or both the same political interaction; dates at most a day
    apart; the same country; places within the radius their precision allows.
    """
    m_violent, i_violent = violent(mention), violent(incident)
    if m_violent != i_violent:
        return None
    if not m_violent:
        # Political interactions join on the same code, actor and day. Anything else outside the
        # violent types (a protest, an arrest, an event with no type and no toll) joins nothing:
        # with no place compared, "the same day" alone would merge reports from anywhere.
        if mention.get("plover") is None or incident.get("plover") is None:
            return None
        same = (mention.get("plover"), mention.get("actor1")) == (incident.get("plover"), incident.get("actor1"))
        return 5.0 if same and mention.get("event_date") == incident.get("event_date") else None
    s = 0.0
    d1, d2 = _day(mention.get("event_date")), _day(incident.get("event_date"))
    if d1 and d2:
        gap = abs((d1 - d2).days)
        if gap > _DATED_GAP and not (gap <= WINDOW_DAYS and (_later_undated(mention, incident, d1, d2)
                                                            or _later_week(mention, incident, d1, d2))
                                     or _in_week(mention, incident, d1, d2)):
            return None
        if gap == 1 and _day_told(mention) and _day_told(incident) \
                and not (_a_night_apart(mention, incident, d1, d2) and _tolls_rise(mention, incident, d1, d2)):
            return None     # "a drone hit Sumy on Tuesday" and "... on Wednesday": two days, two strikes (but a strike
            #                 "overnight Friday" told by another as Saturday's, with a toll that rose, is one)
        if gap >= 1 and _told_before_it_happened(mention, incident, d1, d2):
            return None
        if gap == 1 and (mention.get("fatalities") or 0) >= 2 and (incident.get("fatalities") or 0) >= 2 \
                and not _tolls_compatible(mention.get("fatalities"), incident.get("fatalities")) \
                and not _tolls_rise(mention, incident, d1, d2):
            return None     # 14 killed late on Sunday, 5 killed on Monday afternoon nearby: two attacks on two days (a toll
            #                 that rose from one day's report to the next's is one)
        s += 2.0 if gap == 0 else 1.0
    ship = _ship(mention)
    if ship is not None and ship == _ship(incident) and _weapons_compatible(mention.get("weapon"), incident.get("weapon")) \
            and not (mention.get("iso") and incident.get("iso") and mention["iso"] != incident["iso"]
                     and (mention.get("where_prec") or 6) <= 2 and (incident.get("where_prec") or 6) <= 2):
        return s + 5.0      # one ship named in both ("the bulk carrier Aegean Dawn", "M/V AEGEAN DAWN"): its owner's, the
        #                     attackers' and a navy's accounts of one attack at sea, wherever each puts the sea
    if mention.get("iso") and incident.get("iso") and mention["iso"] != incident["iso"]:
        return None
    if _offshore(mention) and incident.get("where_prec") == 1 and not _sea_words(incident) \
            or _offshore(incident) and mention.get("where_prec") == 1 and not _sea_words(mention):
        return None         # a ship hit 40 nautical miles off Aden and a market shelled in Aden: the sea's and the town's
    if not _typed_or_in_town(mention, incident):
        return None
    if mention.get("place_basis") == "source" and incident.get("place_basis") == "source" \
            and not _tolls_agree(mention, incident, d1, d2):
        return None     # two posts an authority placed nowhere but at its own town or region: two of its area's
        #                 incidents, unless their tolls tell one strike's updates
    if (mention.get("place_basis") == "source") != (incident.get("place_basis") == "source"):
        post, other = (mention, incident) if mention.get("place_basis") == "source" else (incident, mention)
        if (post.get("where_prec") or 6) <= 2 and _town(post) != _town(other) and not _district_of(post, other) \
                and not _district_of(other, post):
            return None     # a post placed only at its authority's town is no report of a neighbouring town's strike
        if (post.get("where_prec") or 6) >= 4 and (other.get("where_prec") or 6) <= 2 and _town(post) == _town(other):
            return None     # ... nor one placed only in its authority's region of the capital's that shares its name
    if _untold_strike_and_shooting(mention, incident):
        return None     # the IDF's strike "on a Hamas command centre in Gaza City", no one said hurt, and people shot
        #                 waiting for aid there that day: two incidents
    by_district = _district_of(mention, incident) or _district_of(incident, mention)
    if _vague(mention) and _vague(incident):
        return _score_unplaced(mention, incident, d1, d2, s)
    if (_vague(mention) or _vague(incident)) and not by_district:
        # (but "Kyivskyi", a district of several cities placed only in its country, is "Odesa (Kyivskyi district)")
        # "At least ten killed in Ukraine" and "Ten killed in Donetsk" the same day: only the
        # same toll (of more than one: single deaths are too common to tell apart) joins them.
        f_m, f_i = mention.get("fatalities"), incident.get("fatalities")
        if _same_day_same_country(mention, incident, d1, d2) and f_m is not None and f_m >= 2 \
                and (f_m == f_i or f_m in _tolls_told(incident)):     # (a toll one of the incident's reports gave)
            return 3.5      # (the same day, or the next morning's undated report of it: _one_day)
        if _same_day_same_country(mention, incident, d1, d2) and _tolls_compatible(f_m, f_i) \
                and not _other_groups(mention, incident) and not _battle_and_civilians(mention, incident) \
                and (_named_by_other(mention, incident) or _named_by_other(incident, mention)):
            return 3.0      # "Army pursuing ADF after Eringeti attack" (a town the gazetteer lacks: the country's
            #                 point) and "ADF kill 18 in Kainama, near Eringeti": the other's text names its town
        return None
    dist = km(mention, incident)
    prec = max(mention.get("geo_precision") or 3, incident.get("geo_precision") or 3)
    coarse = [r for r in (mention, incident) if (r.get("where_prec") or 6) >= 4]
    spelt = bool(coarse) and _spelt_like_town(mention, incident)
    if coarse and _region_and_town_with_one_toll(mention, incident, d1, d2):
        return max(s, 2.0) + 1.5    # "11 killed in Borno State" and "11 killed in Konduga" the same day (or the
        #                             next morning's undated report of it: _one_day)
    if coarse:
        if _untold_strike_and_other(mention, incident) and not _same_unresolved_town(mention, incident):
            return None     # an air force's strike "on a terrorists' hideout in Borno State", no one said hurt, and the
            #                 farmers bandits killed there that day: a region sees many incidents a day, of many kinds
        # A report placed only by its region or country says too little to join another on place:
        # only the same place name and the same region will do.
        regions = all((r.get("where_prec") or 6) == 4 for r in (mention, incident)) and mention.get("admin1")
        district = _district_of(mention, incident) or _district_of(incident, mention)    # ("Dasht-e-Barchi", "Kabul (Dasht-e-Barchi district)")
        update = bool(mention.get("admin1")) and mention.get("admin1") == incident.get("admin1") \
            and _risen_to(mention, incident, d1, d2, coarse=True) and not _text_dated_apart(mention, incident, d1, d2) and (
                len(coarse) == 2
                or mention.get("weapon") and mention.get("weapon") == incident.get("weapon")
                or mention.get("sub_event_type") not in (None, "Attack") and mention.get("sub_event_type") == incident.get("sub_event_type"))
        # (with a town's report, told as the same kind of attack: a region sees many a day)
        if not district and not update and not spelt and not _same_unresolved_town(mention, incident) and (
                not regions and (mention.get("location") or "").lower() != (incident.get("location") or "").lower()
                or mention.get("admin1") != incident.get("admin1")):
            return None     # (two region-level reports compare by region: "Nineveh" and "Ninewa" are one;
            #               a toll told as risen in the region of a town's report of fewer dead updates it)
        # ...and, since a region sees many incidents a day, the same day and the same toll, and
        # not a battle with an attack on civilians (a day's battles in a region are not the
        # shelling of a market).
        f1, f2 = mention.get("fatalities"), incident.get("fatalities")
        if f1 is not None and f1 in _tolls_told(incident):
            f2 = f1         # the toll the incident had before a later report revised it ("7 killed" after "9 killed")
        night = spelt and d1 and d2 and abs((d1 - d2).days) == 1 and bool(_night_told(mention) or _night_told(incident))
        #       (one town's night attack, told by one as "last night", by the other as "Monday night")
        if (d1 and d2 and not (_one_day(mention, incident, d1, d2) or night) or f1 is not None and f2 is not None and f1 != f2
                and not ((_same_unresolved_town(mention, incident) or spelt) and _tolls_compatible(f1, f2))) and not update:
            return None     # (but "North Darfur: toll from market shelling climbs to 20" updates the day before's 12;
            #               and two reports of one town the gazetteer lacks, "near Banibangou", tell its toll as
            #               any two reports of a town do: 11 and 12 dead are one ambush)
        if _battle_and_civilians(mention, incident):
            return None
        if spelt:
            dist = None     # (the town's point against its region's: the name joins them, the distance says nothing)
    if coarse and dist is not None and by_district:
        dist = None         # "Kyivskyi" placed only in its country (a district of several cities, none named) and "Odesa
        #                     (Kyivskyi district)": the district's name joins them, the country's point says nothing
    if dist is not None:
        if dist > RADIUS_KM.get(prec, 150.0):
            return None
        if dist > 15 and _post_town(mention, incident) and _town(mention) != _town(incident):
            return None      # a post headed by its town ("Belgorod. In the evening ...") and another town's incident
        if dist > 5 and mention.get("where_prec") == 1 and incident.get("where_prec") == 1 \
                and _town(mention) != _town(incident) and not _district_of(mention, incident) \
                and not _district_of(incident, mention):
            return None      # two towns each named as the place itself ("in Makiivka", "in Donetsk"): two places
        if dist > _NEAR_TOWN_KM and {mention.get("where_prec"), incident.get("where_prec")} == {1, 2} \
                and _town(mention) != _town(incident) and not _district_of(mention, incident) \
                and not _district_of(incident, mention):
            return None      # "in Bint Jbeil" is not "near Nabatieh", 30 km off: near is closer than that
        s += 2.0 if dist < 5 else 1.0
    elif mention.get("location") and incident.get("location"):
        if _town(mention) != _town(incident) and not spelt and not _district_of(mention, incident) \
                and not _district_of(incident, mention):
            return None     # (but "Dasht-e-Barchi" is "Kabul (Dasht-e-Barchi district)"; "Areeha" is Idlib's "Ariha")
        s += 2.0
    elif not mention.get("location") and not incident.get("location") and _similar(mention, incident) >= 0.5:
        s += 2.0             # two unplaced reports in nearly the same words (wire copy and its update)
    else:
        return None          # nothing places them together: keep apart
    if mention.get("admin1") and incident.get("admin1") and mention["admin1"] != incident["admin1"] and prec <= 2:
        return None
    d_m, d_i = _district(mention), _district(incident)
    if d_m and d_i and d_m != d_i:
        return None          # two districts of one city: two incidents
    t_m, t_i = _target(mention), _target(incident)
    if t_m and t_i and t_m != t_i:
        return None          # a home and a tent, a car and a motorcycle struck the same day nearby: two strikes
    w_m, w_i = mention.get("weapon"), incident.get("weapon")
    if w_m and w_i and _mine_as_bomb(mention, incident):
        s += 0.5
    elif w_m and w_i:
        if w_m == w_i:
            s += 1.5
        elif _one_fire(w_m, w_i):
            if {w_m, w_i} <= _BLAST_FAMILY and {w_m, w_i} != {"car bomb", "suicide bomb"} \
                    and not _tolls_compatible(mention.get("fatalities"), incident.get("fatalities")) \
                    and not _risen_to(mention, incident, d1, d2):
                return None     # a suicide bombing that killed 20 and a roadside bomb that killed two: two blasts
            s += 0.5
        elif (_tells_weapon(mention, w_i) or _tells_weapon(incident, w_m)) \
                and (mention.get("fatalities") is None or incident.get("fatalities") is None
                     or mention.get("fatalities") == incident.get("fatalities")):
            s += 0.25       # one report names both ("first dropped an explosive from a drone and then shelled the street")
        else:
            return None      # a drone strike and a missile strike on one town and day are two incidents
    if mention.get("sub_event_type") == incident.get("sub_event_type"):
        s += 1.0
    f_m, f_i = mention.get("fatalities"), incident.get("fatalities")
    if f_m is not None and f_i is not None:
        # ("death toll rises to 12" after "kill eight"; a rise that a closer toll explains better scores less:
        # "has risen to 22" continues 18 more than 6)
        s += 1.0 if f_m == f_i else 0.5 if abs(f_m - f_i) <= max(3, 0.3 * max(f_m, f_i)) \
            else 0.25 if _risen_to(mention, incident, d1, d2) else -1.0
    return s


# A vessel named with its kind: "the bulk carrier Aegean Dawn", "M/V Aegean Dawn", "the ship AEGEAN DAWN", "the tanker Sounion"
# (not "an aircraft carrier", "a personnel carrier", nor the day after the noun: "attacked a ship Tuesday")
_SHIP_NAME = re.compile(r"(?:\b(?:M/?[VT]|MV|MT)\.?|(?<!aircraft )(?<!personnel )(?<!armoured )(?<!armored )"
                        r"\b(?:ship|vessel|tanker|carrier|freighter|dhow|trawler|ferry))\s+"
                        r"(?P<name>(?:[A-Z][A-Za-z'’-]+|[A-Z]{2,})(?:\s+(?:[A-Z][A-Za-z'’-]+|[A-Z]{2,}|\d{1,3})){0,2})")
_VERB_AFTER_NAME = re.compile(r"\s+(?:[a-z]+\s+){0,1}(?:said|says|targeted|hit|struck|had|has|was|were|attacked|claimed|reported"
                              r"|fired|launched|seized|boarded|drones?|rebels|forces|militants|officials)\b")
_NOT_SHIP_WORDS = frozenset("the a an in on at off near was were and that which from to of with mv mt m/v m/t".split())
_CALENDAR_WORDS = frozenset("monday tuesday wednesday thursday friday saturday sunday january february march april may june "
                            "july august september october november december hours days weeks yesterday today overnight".split())


def _ship(record: dict) -> str | None:
    """The name of the one ship a record's report tells of, lower-cased (None where it names none, or two: "Hours
    after the tanker Cordelia Moon was targeted, ..." tells another ship's attack besides its own)."""
    notes = record.get("notes") or ""
    if not contains_any(notes, ("ship", "vessel", "tanker", "carrier", "freighter", "dhow", "trawler", "ferry", "/V", "MV ",
                                "MT ")):
        return None
    names = set()
    for m in _SHIP_NAME.finditer(notes):
        words = [w for w in m.group("name").lower().split() if w not in _NOT_SHIP_WORDS]
        if not words or words[0] in _CALENDAR_WORDS:
            continue
        if len(words) >= 2 or m.group().startswith(("M/", "MV", "MT")) and not _VERB_AFTER_NAME.match(notes, m.end("name")):
            names.add(" ".join(words))      # (a name of two words at least, or one after "M/V"; not the next clause's
            #                                 subject, "a fuel tanker Russian drones hit", "the vessel UKMTO said")
    return names.pop() if len(names) == 1 else None


def _text_dated_apart(a: dict, b: dict, d1: date | None, d2: date | None) -> bool:
    """Both dated by their texts, to different days ("has risen to five" of Tuesday's shelling, and
    Monday's): two incidents, whatever the tolls."""
    return bool(d1 and d2 and d1 != d2) and a.get("date_basis") == "text" and b.get("date_basis") == "text"


def _revised(record: dict) -> bool:
    """The record's toll is told as revised ("rose to", "climbs to", "now stands at")."""
    return any(isinstance(f, dict) and f.get("revision") for f in record.get("figures") or ())


def _risen_to(mention: dict, incident: dict, d1: date | None, d2: date | None, coarse: bool = False) -> bool:
    """One of the two tells its toll as revised up to more than the other's, and is not the earlier:
    a later count of one incident, not a different one. With `coarse`, the revised one is placed
    only by its region (a region's update of a town's report, not a town's of a region's)."""
    for new, old, d_new, d_old in ((mention, incident, d1, d2), (incident, mention, d2, d1)):
        f_new, f_old = new.get("fatalities"), old.get("fatalities")
        if coarse and (new.get("where_prec") or 6) < 4:
            continue
        if _revised(new) and f_new is not None and f_old is not None and f_new > f_old \
                and not (d_new and d_old and d_new < d_old):
            return True
    return False


_GENERIC_ACTORS = ("Unidentified", "Civilians", "Military Forces", "Police Forces", "Government", "Rioters", "Protesters",
                   "Separatists", "Rebels", "Militants", "Insurgents", "Jihadists", "Bandits", "Gunmen", "Militia")


def _other_groups(a: dict, b: dict) -> bool:
    """Each names an armed group as the attacker, and not the same one (Mai-Mai fighters, ADF rebels)."""
    x, y = a.get("actor1") or "", b.get("actor1") or ""
    return bool(x and y) and x != y and not x.startswith(_GENERIC_ACTORS) and not y.startswith(_GENERIC_ACTORS)


def _same_group(a: dict, b: dict) -> bool:
    """Both name the same armed group as the attacker (not an unnamed one, nor a state's forces)."""
    actor = a.get("actor1")
    return bool(actor) and b.get("actor1") == actor and not actor.startswith(_GENERIC_ACTORS)


def stray_may_join(stray: dict, grown: dict, grown_docs: set) -> bool:
    """Whether a one-report incident may be offered again to an incident that grew: of the same country,
    violent, placed at least by its region (a country-wide total, "Russian attacks across Ukraine killed
    two", is no report of one town's strike), and from a document the grown incident's reports are not
    from (a report that told two attacks apart keeps them apart)."""
    return stray.get("iso") == grown.get("iso") and violent(stray) and (stray.get("where_prec") or 7) <= 4 \
        and not set(stray.get("doc_ids") or ()) & grown_docs


def choose(mention: dict, incidents: list[tuple[int, dict]]) -> int | None:
    """The id of the incident the mention joins, or None for a new incident."""
    best, top = THRESHOLD - 1e-9, []
    for incident_id, record in incidents:
        s = score(mention, record)
        if s is not None and s > best:
            best, top = s, [(incident_id, record)]
        elif s is not None and s == best and top:
            top.append((incident_id, record))
    if len(top) > 1:
        # a claim by the group that did one of the tied incidents joins that one
        by_group = [pair for pair in top if _same_group(mention, pair[1])]
        if len(by_group) == 1:
            return by_group[0][0]
        if _vague(mention):
            return None     # a report placed in no town that fits two incidents equally reports neither for sure
        day = _day(mention.get("event_date"))
        if day is not None:
            # of equals, the one dated nearest ("last week's bomb" between the bombs of 2 and 4 days before)
            return min(top, key=lambda pair: abs(((_day(pair[1].get("event_date")) or day) - day).days))[0]
    return top[0][0] if top else None
