"""Name keys and the spelling conventions the gazetteer follows.

Keys are folded (case, accents, apostrophes and hyphens ignored) so that
"Kryvyi Rih", "Kryvyy Rih" and "KRYVYI RIH" meet. Ukrainian oblasts are named
as in English-language news (KMU 2010 transliteration of the city they are
named after), with the old and Russian-based spellings as aliases.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_APOSTROPHES = str.maketrans({"’": "", "'": "", "ʼ": "", "`": "", "‘": "", "ʻ": "", "ʽ": "", "´": "", "′": "",
                               "-": " ", "–": " "})
_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=65536)
def fold(name: str) -> str:
    """The lookup key of a name: lower case, no accents, no apostrophes, hyphens as spaces, an assimilated Arabic
    article inside the name as "al"."""
    key = spelt_key(name)
    return _ASSIMILATED.sub("al ", key) if " " in key else key


def spelt_key(name: str) -> str:
    """fold(name) as the name is spelt, its article as written ("ash"): for comparing two spellings letter by letter."""
    name = unicodedata.normalize("NFKD", name)
    name = "".join(c for c in name if not unicodedata.combining(c))
    return _SPACES.sub(" ", name.translate(_APOSTROPHES).lower()).strip()


# Arabic's article as it is said before a "sun letter", inside a name: "Jisr ash-Shughur" is "Jisr al-Shughur", "Dayr az
# Zawr" is "Dayr al Zawr" (the article's sound taken from the next word's first letter). Not a name's first word: "Az
# Zawiyah" stays Libya's, not met by an Iraqi "al-Zawiya" (a lead article is no part of the name a report keeps).
_ASSIMILATED = re.compile(r"(?<=\w )[ae](sh|th|dh|[tdrzsn])\s(?=\1)")


# KATOTTH top-level names (Ukrainian adjectival forms) -> the oblast as English news names it.
UKRAINE_OBLASTS = {
    "Автономна Республіка Крим": "Crimea",
    "Вінницька": "Vinnytsia", "Волинська": "Volyn", "Дніпропетровська": "Dnipropetrovsk",
    "Донецька": "Donetsk", "Житомирська": "Zhytomyr", "Закарпатська": "Zakarpattia",
    "Запорізька": "Zaporizhzhia", "Івано-Франківська": "Ivano-Frankivsk", "Київська": "Kyiv",
    "Кіровоградська": "Kirovohrad", "Луганська": "Luhansk", "Львівська": "Lviv",
    "Миколаївська": "Mykolaiv", "Одеська": "Odesa", "Полтавська": "Poltava", "Рівненська": "Rivne",
    "Сумська": "Sumy", "Тернопільська": "Ternopil", "Харківська": "Kharkiv", "Херсонська": "Kherson",
    "Хмельницька": "Khmelnytskyi", "Черкаська": "Cherkasy", "Чернівецька": "Chernivtsi",
    "Чернігівська": "Chernihiv", "Київ": "Kyiv City", "Севастополь": "Sevastopol",
}

# Other spellings of the same oblasts (GeoNames' admin1 names, Russian-based, older news usage).
UKRAINE_OBLAST_ALIASES = {
    "Kiev": "Kyiv", "Odessa": "Odesa", "Vinnyts'ka": "Vinnytsia", "Vinnitsa": "Vinnytsia",
    "Zaporizhia": "Zaporizhzhia", "Zaporozhye": "Zaporizhzhia", "Zaporizhzhya": "Zaporizhzhia",
    "Lugansk": "Luhansk", "Dnepropetrovsk": "Dnipropetrovsk", "Nikolaev": "Mykolaiv",
    "Mykolayiv": "Mykolaiv", "Kharkov": "Kharkiv", "Chernigov": "Chernihiv", "Zhitomir": "Zhytomyr",
    "Kirovograd": "Kirovohrad", "Kropyvnytskyi": "Kirovohrad", "Khmelnytskyy": "Khmelnytskyi",
    "Transcarpathia": "Zakarpattia", "Misto Sevastopol'": "Sevastopol", "Kyiv City": "Kyiv City",
    "Ivano-Frankivs'k": "Ivano-Frankivsk", "Dnipro": "Dnipropetrovsk", "Donetsk Oblast": "Donetsk",
    "Kiev City": "Kyiv City",
}

# The self-proclaimed republics of 2014-2022, as Russian and wire reports name them: their
# territory lies in these oblasts, so a report placed only "in the DPR" is in Donetsk oblast.
UKRAINE_REGION_ENTITIES = {
    "Donetsk People's Republic": "Donetsk", "Donetsk Peoples Republic": "Donetsk", "Donetsk republic": "Donetsk",
    "DPR": "Donetsk", "DNR": "Donetsk",
    "Luhansk People's Republic": "Luhansk", "Lugansk People's Republic": "Luhansk", "Luhansk republic": "Luhansk",
    "Lugansk republic": "Luhansk", "LPR": "Luhansk", "LNR": "Luhansk",
}

# Historical regions that span more than one oblast: a report placed only "in Donbas" is in one
# of these oblasts. Each oblast answers to the name; the geocoder chooses between them as between
# namesakes (the collection's focus, else population) and marks the point as a larger area
# (UCDP where_prec 5).
UKRAINE_MULTI_REGIONS = {
    "Donbas": ("Donetsk", "Luhansk"), "Donbass": ("Donetsk", "Luhansk"),
}
MULTI_REGION_KEYS = frozenset(fold(n) for n in UKRAINE_MULTI_REGIONS)

# Words that name an administrative level rather than a place.
ADMIN_WORDS = frozenset(
    "oblast oblasts obl obl. oblt oblt. region regions province provinces governorate governorates state county district "
    "raion rayon hromada community municipality prefecture department territory city town village "
    "settlement area".split())


# The Arabic and Romance words for a province that GeoNames writes before a region's name
# ("Muhafazat Kirkuk", "Mintaqat Tabuk", "Wilaya de M'Sila", "Wilayat-e Baghlan").
ADMIN_PREFIX = re.compile(r"^(?:Muhafazat|Muhafazah|Mintaqat|Sha`biyat|Wilayat-e|Wilayat|Wilayah|Wilaya(?: de)?|Provincia(?: de)?"
                           r"|Departamento(?: de)?|Estado(?: de)?)\s+")


# A region named by a side alone ("Northern", "North West", "Far North", "Centre"): many countries have one
SIDE_NAME = re.compile(r"(?:far |extreme )?(?:north|south|east|west|centre|center|central|northern|southern|eastern|western)"
                       r"(?:[- ]?(?:east|west|eastern|western))?", re.IGNORECASE)


def strip_admin_words(name: str) -> str:
    """"Donetsk oblast" -> "Donetsk"; "the Helmand province" -> "Helmand"; "Muhafazat Kirkuk" ->
    "Kirkuk". Only at either end: "Autonomous Region in Muslim Mindanao" keeps its "Region"."""
    words = ADMIN_PREFIX.sub("", name).split()
    while words and (words[0].lower().strip("'’") in ADMIN_WORDS or words[0].lower() == "the"):
        words.pop(0)
        if words and words[0] == "of" and len(words) > 1:
            words.pop(0)        # "City of Kigali"
    while words and words[-1].lower().strip("'’") in ADMIN_WORDS:
        words.pop()
    return " ".join(words) if words else name


_DOUBLE = re.compile(r"(.)\1+")


def skeleton(name: str) -> str:
    """A looser key for matching one place across romanisations: "Kryvyy Rih" ~ "Kryvyi Rih",
    "Zaporizhzhya" ~ "Zaporizhzhia" (y and i merge, doubled letters collapse)."""
    return _DOUBLE.sub(r"\1", fold(name).replace("y", "i").replace("j", "i"))


# Romanisations of Arabic, Persian and Burmese names that news and GeoNames write differently:
# "Deir"/"Dayr", "Sayyida"/"Sayyidah", "Barsalogho"/"Barsalogo", "Kyaukphyu"/"Kyaukpyu", "Qabatiya"/"Kabatiya".
_ROMANISED = re.compile(r"ei|gh|ph|q|(?<=[a-z])ah\b")
_ROMANISED_AS = {"ei": "ai", "gh": "g", "ph": "p", "q": "k", "ah": "a"}


_NOT_LETTER = re.compile(r"[^a-z]")
_VOWEL = re.compile(r"[aeiouy]")


def consonant_key(name: str) -> str:
    """The consonants of a name, for one spelt with other vowels ("Baladweyne" ~ "Beledweyne") or a
    French "dj" ("Manbidj" ~ "Manbij"): the last fallback, for long names only (gazetteer.candidates)."""
    f = _NOT_LETTER.sub("", spelt_key(name)).replace("dj", "j")     # (as written: "Deirezzor" ~ "Deir ez-Zor")
    return _DOUBLE.sub(r"\1", _VOWEL.sub("", f))


def loose_key(name: str) -> str:
    """skeleton(name) with the romanisations of _ROMANISED merged: "Deir al-Balah" ~ "Dayr al
    Balah". Looser still, so the gazetteer matches it only against places' own current names."""
    key = _ROMANISED.sub(lambda m: _ROMANISED_AS[m.group()], skeleton(name))
    return _DOUBLE.sub(r"\1", key)


_SOFT_H = re.compile(r"(?<![kszcKSZC])h")


def russian_style_variants(name: str) -> set[str]:
    """Spellings Russian-language sources give Ukrainian places: Huliaipole -> Guliaipole,
    Horlivka -> Gorlovka (h as g, -ivka as -ovka)."""
    variants = {_SOFT_H.sub("g", name).replace("H", "G")} if "h" in name.lower() else set()
    for v in list(variants) + [name]:
        if v.endswith("ivka"):
            variants.add(v[:-4] + "ovka")
    variants.discard(name)
    return variants


# Ukrainian place names as Russian-language sources spell them: the regular correspondences
# of the two orthographies (Pisky ~ Peski, Vodiane ~ Vodyanoe, Petrivske ~ Petrovskoe,
# Kamianka-Dniprovska ~ Kamenka-Dneprovskaya is beyond them: only the regular ones are made),
# then a news-style romanisation of the Russian spelling.
_UK_ENDINGS = (("ське", "ское"), ("цьке", "цкое"), ("ська", "ская"), ("цька", "цкая"),
               ("ський", "ский"), ("цький", "цкий"), ("ий", "ый"))
_UK_NEUTER = re.compile(r"(?<=[нтвклр])е$")             # Водяне -> Водяное, Полове -> Полевое
_UK_POSSESSIVE = re.compile(r"(?:ов|ев|ин|ін|їн)е$")
_UK_CLOSED_I = re.compile(r"[іо]в(?=[бвгґджзклмнпрстфхцчшщ])")   # Новоселівка -> Новоселовка
_UK_YI_V = re.compile(r"ї(?=в[бвгґджзклмнпрстфхцчшщ])")            # Миколаївка -> Миколаевка
_RU_LATIN = {"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
             "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
             "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
             "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya", "-": "-", " ": " "}


def _russian_word(word: str, i_as: str, closed_as: str, adjective: bool = False, possessive: bool = False) -> str:
    """One word in Russian spelling. `adjective`: the word is an adjective before a noun (Біла
    Кам'янка, Цвітні Піски, Нижнє Лозове) or a lone one in -нна (Кремінна), which Russian writes
    with its full ending (Белая, Цветные, Нижнее, Кременная). `possessive`: a neuter name in -ове,
    -еве, -ине (Шишкове, Нікішине), which Russian ends in -о (Шишково, Никишино)."""
    if adjective and word.endswith("нє"):
        word = word[:-2] + "нее"                  # Нижнє -> Нижнее
    w = word.replace("ґ", "г").replace("є", "е").replace("ьо", "е").replace("ії", "ее")
    if w.startswith("під") and len(w) > 5:
        w = "под" + w[3:]                       # Підгородне -> Подгородное
    for uk, ru in _UK_ENDINGS:
        if w.endswith(uk):
            w = w[: -len(uk)] + ru
            break
    else:
        if adjective and w.endswith("нее"):
            pass
        elif adjective and w.endswith("ня"):
            w = w + "я"                           # Нижня -> Нижняя
        elif adjective and w.endswith("а") and len(w) > 3:
            w = w + "я"                           # Біла -> Белая, Велика -> Великая
        elif adjective and w.endswith(("ні", "ті", "лі", "рі", "ві")) and len(w) > 3:
            w = w[:-1] + "ые"                     # Цвітні -> Цветные
        elif possessive and _UK_POSSESSIVE.search(w):
            w = w[:-1] + "о"                      # Шишкове -> Шишково
        else:
            w = _UK_NEUTER.sub("ое", w)
    w = _UK_YI_V.sub("е", w)
    w = _UK_CLOSED_I.sub(closed_as, w)
    if possessive and w.endswith("ів") and len(w) > 4:
        w = w[:-2] + "ов"                         # Оріхів -> Орехов (the closed final syllable)
    return w.replace("і", i_as).replace("ї", "и")


def _romanise(russian: str) -> str:
    """News-style romanisation; "ье" reads "ye" (Grigoryevka)."""
    return "".join("ye" if ch == "\x00" else _RU_LATIN.get(ch, "") for ch in russian.replace("ье", "\x00"))


def russian_forms(ukrainian: str) -> set[str]:
    """Russian-style romanisations of a Ukrainian (Cyrillic) place name: "Піски" -> Peski, Piski;
    "Новогригорівка" -> Novogrigorovka, Novogrigoryevka; "Славне" -> Slavnoe, Slavnoye."""
    low = ukrainian.lower().replace("'", "").replace("’", "").replace("ʼ", "")
    out = set()
    # і reads е or и; -ів- before a consonant reads -ов- (Petrovskoe), and -рів- also -рьев-
    # (Grigoryevka, from a name in -ий)
    words = low.split()
    # an adjective: the first of two words, or one word in -нна (Кремінна)
    adjectival = [k == 0 and len(words) > 1 or (len(words) == 1 and w.endswith("нна")) for k, w in enumerate(words)]
    for i_as in ("е", "и"):
        for closed_as in (("ов", "ьев") if "рівк" in low else ("ов",)):
            for full, poss in ((False, False), (True, False), (False, True), (True, True)):
                if full and not any(adjectival) or poss and not _UK_POSSESSIVE.search(low) and not low.endswith("ів"):
                    continue
                ru = " ".join("-".join(_russian_word(part, i_as, closed_as, full and adj, poss)
                                       for part in word.split("-"))
                              for word, adj in zip(words, adjectival))
                latin = _romanise(ru)
                if not latin:
                    continue
                for form in {latin, _OE_END.sub("oye", latin)}:
                    out.add("-".join(" ".join(w.capitalize() for w in part.split(" ")) for part in form.split("-"))
                            .replace("- ", "-"))
    return out


_OE_END = re.compile(r"oe\b")


# Front-line "directions" as Russian military reports name them: a town's adjective
# ("Krasnolimansk(y) direction" for Krasnyi Lyman), a compass part ("Yuzhno-Donetsk", the South
# Donetsk direction), two towns joined ("Nikolaev-Kryvyi Rih"). Tried only when the name as
# written is no place.
_COMPASS = re.compile(r"^(?:yuzhno|severo|zapadno|vostochno|pivdenno|pivnichno|zakhidno|skhidno|"
                      r"south|north|west|east)[\s\-]?(?=[a-z])", re.IGNORECASE)
_ADJ_SUFFIX = re.compile(r"(?<=[a-z]{4})(?:sk(?:iy|yi|yy|ii|y|i|oye|oe|aya|e)?|ske)$", re.IGNORECASE)
_ADJ_PREFIX = re.compile(r"^(krasno|staro|novo)(?=[a-z]{3})", re.IGNORECASE)


def direction_names(name: str) -> list[str]:
    """Names a front-line direction may stand for, in the order to try them (the name itself
    not included): "Yuzhno-Donetsk" -> Donetsk; "Nikolaev-Kryvyi Rih" -> Nikolaev, Kryvyi Rih;
    "Krasnolimansky" -> Krasnoliman, Krasnyi Liman."""
    compass = _COMPASS.match(name)
    if compass:
        rest = name[compass.end():]
        bases = [rest[:1].upper() + rest[1:]]
    elif "-" in name:
        bases = [name] + [part for part in name.split("-") if len(part) > 2]
    else:
        bases = [name]
    out: list[str] = []
    for base in bases:
        stem = _ADJ_SUFFIX.sub("", base)
        out += [base, stem]
        prefix = _ADJ_PREFIX.match(stem)
        if prefix:
            rest = stem[prefix.end():]
            out.append(f"{prefix.group(1).capitalize()[:-1]}yi {rest[:1].upper()}{rest[1:]}")
    return [n for n in dict.fromkeys(out) if n != name]


_MARKS = re.compile(r"[‘’ʻʼ`']")
_LETTERS = str.maketrans({"ı": "i", "ə": "a", "Ə": "A", "đ": "d", "Đ": "D", "ħ": "h", "Ħ": "H", "ø": "o", "Ø": "O"})


def plain_name(name: str) -> str:
    """Accents and the marks of Arabic romanisation dropped ("Ma’rib" -> "Marib", "Taʻizz" -> "Taizz",
    "Diyarbakır" -> "Diyarbakir"); an elision before a capital and a possessive keep an apostrophe
    ("Grande'Anse", "Hawke's Bay"). The gazetteer's region names, and a city's name written beside its district."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    plain = plain.translate(_LETTERS).replace(" †", "").strip()

    def mark(m: re.Match[str]) -> str:
        after = plain[m.end():m.end() + 2]
        kept = m.start() > 0 and plain[m.start() - 1].isalpha() and (
            after[:1].isupper() or after[:1] == "s" and not after[1:].isalpha())
        return "'" if kept else ""
    return _MARKS.sub(mark, plain)
