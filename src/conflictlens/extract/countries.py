"""Countries as reports name them: names, adjectives, capitals used for governments.

"Moscow has rejected", "a Russian strike", "US-Ukrainian proposal" all need a
country; this table is the small, hand-written lexicon that maps them.
"""
from __future__ import annotations

import re
from functools import lru_cache

from conflictlens.text.alternation import contains_any

# name | ISO alpha-2 | adjectives and other names | capitals/metonyms standing for the government
_TABLE = """
Afghanistan|AF|Afghan|Kabul
Algeria|DZ|Algerian|Algiers
Armenia|AM|Armenian|Yerevan
Azerbaijan|AZ|Azerbaijani,Azeri|Baku
Bangladesh|BD|Bangladeshi|Dhaka
Belarus|BY|Belarusian,Belarussian|Minsk
Belgium|BE|Belgian|
Burkina Faso|BF|Burkinabe|Ouagadougou
Cameroon|CM|Cameroonian|Yaounde
Central African Republic|CF|Central African,CAR|Bangui
Chad|TD|Chadian|N'Djamena
China|CN|Chinese|Beijing
Colombia|CO|Colombian|Bogota
Democratic Republic of Congo|CD|Congolese,DR Congo,DRC,Democratic Republic of the Congo|Kinshasa
Egypt|EG|Egyptian|Cairo
Ethiopia|ET|Ethiopian|Addis Ababa
France|FR|French|Paris,Elysee
Georgia|GE|Georgian|Tbilisi
Germany|DE|German|Berlin
India|IN|Indian|New Delhi
Indonesia|ID|Indonesian|Jakarta
Iran|IR|Iranian|Tehran
Iraq|IQ|Iraqi|Baghdad
Israel|IL|Israeli|Jerusalem
Palestine|PS|Palestinian,Gaza,West Bank|Ramallah
Jordan|JO|Jordanian|Amman
Kenya|KE|Kenyan|Nairobi
Lebanon|LB|Lebanese|Beirut
Libya|LY|Libyan|Tripoli
Mali|ML|Malian|Bamako
Mexico|MX|Mexican|Mexico City
Mozambique|MZ|Mozambican|Maputo
Myanmar|MM|Burmese,Burma|Naypyidaw
Niger|NE|Nigerien|Niamey
Nigeria|NG|Nigerian|Abuja
North Korea|KP|North Korean|Pyongyang
Pakistan|PK|Pakistani|Islamabad
Philippines|PH|Philippine,Filipino|Manila
Poland|PL|Polish|Warsaw
Russia|RU|Russian,Russian Federation|Moscow,Kremlin
Saudi Arabia|SA|Saudi|Riyadh
Somalia|SO|Somali|Mogadishu
South Sudan|SS|South Sudanese|Juba
Sudan|SD|Sudanese|Khartoum
Syria|SY|Syrian|Damascus
Thailand|TH|Thai|Bangkok
Turkey|TR|Turkish,Turkiye,Türkiye|Ankara
Ukraine|UA|Ukrainian|Kyiv,Kiev
United Kingdom|GB|British,UK,U.K.,Britain|London,Downing Street
United States|US|American,US,U.S.,USA,U.S.A.,United States of America|Washington,White House,Pentagon,Trump administration,Biden administration,Obama administration
Yemen|YE|Yemeni|Sanaa
Venezuela|VE|Venezuelan|Caracas
Sri Lanka|LK|Sri Lankan|Colombo
Tunisia|TN|Tunisian|Tunis
Uganda|UG|Ugandan|Kampala
Rwanda|RW|Rwandan|Kigali
Burundi|BI|Burundian|
Haiti|HT|Haitian|
Ecuador|EC|Ecuadorian|Quito
Peru|PE|Peruvian|Lima
Brazil|BR|Brazilian|Brasilia
Japan|JP|Japanese|Tokyo
South Korea|KR|South Korean|Seoul
Qatar|QA|Qatari|Doha
United Arab Emirates|AE|Emirati,UAE|Abu Dhabi
Spain|ES|Spanish|Madrid
Italy|IT|Italian|Rome
Netherlands|NL|Dutch|The Hague
Moldova|MD|Moldovan|Chisinau
Kazakhstan|KZ|Kazakh|Astana
Tajikistan|TJ|Tajik|Dushanbe
Kyrgyzstan|KG|Kyrgyz|Bishkek
Uzbekistan|UZ|Uzbek|Tashkent
Northern Ireland|GB|Northern Irish|Belfast
Ireland|IE|Irish|Dublin
Greece|GR|Greek|Athens
Cyprus|CY|Cypriot|Nicosia
Senegal|SN|Senegalese|Dakar
Ghana|GH|Ghanaian|Accra
Zimbabwe|ZW|Zimbabwean|Harare
South Africa|ZA|South African|Pretoria
Morocco|MA|Moroccan|Rabat
Eritrea|ER|Eritrean|Asmara
Nepal|NP|Nepalese,Nepali|Kathmandu
Canada|CA|Canadian|Ottawa
Australia|AU|Australian|Canberra
Sweden|SE|Swedish|Stockholm
Norway|NO|Norwegian|Oslo
Finland|FI|Finnish|Helsinki
Denmark|DK|Danish|Copenhagen
Austria|AT|Austrian|Vienna
Switzerland|CH|Swiss|Bern
Hungary|HU|Hungarian|Budapest
Romania|RO|Romanian|Bucharest
Bulgaria|BG|Bulgarian|Sofia
Serbia|RS|Serbian|Belgrade
Kosovo|XK|Kosovar|Pristina
Bosnia and Herzegovina|BA|Bosnian|Sarajevo
Lithuania|LT|Lithuanian|Vilnius
Latvia|LV|Latvian|Riga
Estonia|EE|Estonian|Tallinn
Czech Republic|CZ|Czech,Czechia|Prague
Slovakia|SK|Slovak|Bratislava
Angola|AO||Luanda
Albania|AL||Tirana
Argentina|AR||Buenos Aires
Benin|BJ||
Bahrain|BH||Manama
Bolivia|BO||
Botswana|BW||Gaborone
Cambodia|KH||Phnom Penh
Chile|CL||
Ivory Coast|CI||Abidjan,Yamoussoukro
Djibouti|DJ||
Gabon|GA||Libreville
Guinea|GN||Conakry
Guinea-Bissau|GW||Bissau
Equatorial Guinea|GQ||Malabo
Gambia|GM||Banjul
Guatemala|GT||
Honduras|HN||Tegucigalpa
Croatia|HR||Zagreb
Costa Rica|CR||
Dominican Republic|DO||
El Salvador|SV||San Salvador
Nicaragua|NI||Managua
Panama|PA||
Paraguay|PY||Asunción,Asuncion
Uruguay|UY||Montevideo
Jamaica|JM||
Kuwait|KW||
Oman|OM||Muscat
Laos|LA||Vientiane
Liberia|LR||Monrovia
Lesotho|LS||Maseru
Madagascar|MG||Antananarivo
Malawi|MW||Lilongwe
Malaysia|MY||Kuala Lumpur
Mauritania|MR||Nouakchott
Mongolia|MN||Ulaanbaatar
Montenegro|ME||Podgorica
North Macedonia|MK||Skopje
Namibia|NA||Windhoek
New Zealand|NZ||
Papua New Guinea|PG||Port Moresby
Sierra Leone|SL||Freetown
Singapore|SG||
Slovenia|SI||Ljubljana
Eswatini|SZ||Mbabane
Togo|TG||Lomé,Lome
Turkmenistan|TM||Ashgabat
Timor Leste|TL||Dili
Tanzania|TZ||Dodoma
Trinidad and Tobago|TT||Port of Spain
Vietnam|VN||Hanoi
Taiwan|TW||Taipei
Zambia|ZM||Lusaka
Western Sahara|EH||
Iceland|IS||Reykjavik
Luxembourg|LU||
Malta|MT||Valletta
Comoros|KM||Moroni
Cabo Verde|CV||
Seychelles|SC||
Mauritius|MU||Port Louis
Fiji|FJ||Suva
Solomon Islands|SB||Honiara
Vanuatu|VU||Port Vila
Brunei|BN||Bandar Seri Begawan
Maldives|MV||
Bahamas|BS||Nassau
Barbados|BB||Bridgetown
Belize|BZ||Belmopan
Guyana|GY||
Suriname|SR||Paramaribo
Sao Tome and Principe|ST||
"""

# Other names of a country in the table: names, not adjectives
_OTHER_NAMES = {"Côte d'Ivoire": "CI", "Cote d'Ivoire": "CI", "Côte d’Ivoire": "CI", "Cote d’Ivoire": "CI", "East Timor": "TL",
                "Timor-Leste": "TL", "Viet Nam": "VN", "Swaziland": "SZ", "Cape Verde": "CV"}
# (The table leaves out states rarely the scene of the incidents reports tell and often named beside them as
# venues, firms or villages' names: Cuba ("peace talks in Cuba"), Portugal, Bhutan. Their adjectives, and those
# of the states added in the sixteenth session, are left out too: they name people abroad as often, "a
# Togolese peacekeeper" killed in Mali.)

_ORGS = {
    "nato": "NATO", "european union": "European Union", "eu": "European Union",
    "united nations": "United Nations", "un": "United Nations", "u.n.": "United Nations",
}


@lru_cache(maxsize=1)
def _index() -> dict[str, tuple[str, str, str]]:
    """surface form (lower) -> (country name, iso, kind)."""
    index: dict[str, tuple[str, str, str]] = {}
    for line in _TABLE.strip().splitlines():
        name, iso, adjectives, capitals = line.split("|")
        index[name.lower()] = (name, iso, "name")
        for adj in filter(None, adjectives.split(",")):
            index.setdefault(adj.lower(), (name, iso, "adjective"))
        for cap in filter(None, capitals.split(",")):
            index.setdefault(cap.lower(), (name, iso, "capital"))
    index["the united states"] = ("United States", "US", "name")
    for form, iso in _OTHER_NAMES.items():      # another name of the country, as a name
        index[form.lower()] = next((n, i, "name") for n, i, _k in index.values() if i == iso)
    # "Congo" alone is DR Congo in most reporting ("eastern Congo's Ituri province"); its neighbour
    # is named in full
    index["congo"] = ("Democratic Republic of Congo", "CD", "name")
    for form in ("republic of congo", "republic of the congo", "congo republic", "congo-brazzaville"):
        index[form] = ("Republic of Congo", "CG", "name")
    index.setdefault("brazzaville", ("Republic of Congo", "CG", "capital"))
    for org, name in _ORGS.items():
        index[org] = (name, "", "organisation")
    return index


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    """country name -> its capital, the first of the table's capitals (None where it has none)."""
    out: dict[str, str] = {}
    for line in _TABLE.strip().splitlines():
        name, _iso, _adjectives, capitals = line.split("|")
        first = next(filter(None, capitals.split(",")), None)
        if first and first[:1].isupper() and " " not in first.strip() or first in ("Addis Ababa", "Kuala Lumpur", "New Delhi"):
            out[name] = first
    return out


def capital_of(form: str) -> str | None:
    """The capital of the country a name or adjective stands for ("Somali" -> "Mogadishu")."""
    hit = lookup(form)
    if not hit or hit[2] not in ("name", "adjective"):
        return None
    return _capitals().get(hit[0])


@lru_cache(maxsize=1)
def _first_words() -> frozenset[str]:
    """The first word (lower-cased) of every form of several words: a run of capitalised words
    that starts with any other word can only match one word long."""
    return frozenset(re.split(r"[ -]", form, maxsplit=1)[0] for form in _index() if " " in form or "-" in form)


# Capitalised words (and "U.S.") are the only candidates; longest match of up to four wins.
_CAPS = re.compile(r"[A-ZÀ-Ý][\w.'’]*(?:[ -][A-ZÀ-Ý][\w.'’]*)*")
_LONGEST = 4
_WORD_SPLIT = re.compile(r"([ -])")


def lookup(surface: str) -> tuple[str, str, str] | None:
    """(country, iso, kind) for a form such as "Moscow", "Russian" or "US"; None otherwise."""
    if surface.endswith(("'s", "’s")):
        surface = surface[:-2]
    return _index().get(surface.lower())


def find_countries(text: str, offset: int = 0) -> list[tuple[str, str, str, int, int]]:
    """Every country form in `text`: (country, iso, kind, start, end)."""
    found = _find_cached(text)
    if offset:
        return [(n, i, k, a + offset, b + offset) for n, i, k, a, b in found]
    return list(found)


@lru_cache(maxsize=1)
def _mixed_forms() -> tuple[str, ...]:
    """Forms with a lower-case word ("Trump administration", "Republic of the Congo"), longest first."""
    forms = []
    for line in _TABLE.strip().splitlines():
        for part in line.split("|")[2:] + [line.split("|")[0]]:
            forms += [f for f in part.split(",") if " " in f and any(w[:1].islower() for w in f.split())]
    forms += [f for f in _OTHER_NAMES if " " in f and any(w[:1].islower() for w in f.split())]
    return tuple(sorted(forms, key=len, reverse=True))


@lru_cache(maxsize=2)
def _mixed_case_forms(any_case: bool = False) -> re.Pattern[str]:
    """_mixed_forms as written, or in any case (a bulletin's title in capitals, "DEMOCRATIC REPUBLIC OF
    THE CONGO: Flash Update", a post in lower case)."""
    return re.compile("|".join(re.escape(f) for f in _mixed_forms()), re.IGNORECASE if any_case else 0)


@lru_cache(maxsize=1)
def _mixed_case_words() -> tuple[str, ...]:
    """The longest word of each mixed-case form, lower-cased: the any-case search runs only where one is."""
    return tuple(sorted({max(f.split(), key=len).lower() for f in _mixed_forms()}))


@lru_cache(maxsize=8192)
def _find_cached(text: str) -> tuple[tuple[str, str, str, int, int], ...]:
    index = _index()
    first_words = _first_words()
    out = []
    forms = _mixed_case_forms(contains_any(text.lower(), _mixed_case_words()))
    mixed = [(m.start(), m.end()) for m in forms.finditer(text)]
    for a, b in mixed:
        name, iso, kind = index[text[a:b].lower()]
        out.append((name, iso, kind, a, b))
    for m in _CAPS.finditer(text):
        group = m.group()
        if " " not in group and "-" not in group:
            # one word (most matches): the loop below with a single one-word span
            key = group.rstrip(".'’") if not group.endswith(".") or group.count(".") < 2 else group
            if key.endswith(("'s", "’s")):
                key = key[:-2]
            entry = index.get(key.lower()) or index.get(group.lower())
            if entry and not (key.lower() in ("us", "un", "eu") and not key.isupper()):
                a = m.start()
                if not any(x <= a < y for x, y in mixed):
                    out.append((entry[0], entry[1], entry[2], a, a + len(key)))
            continue
        words = _WORD_SPLIT.split(group)
        # words alternates word, separator, word...; try the longest run first at each start
        starts = list(range(0, len(words), 2))
        pos = m.start()
        offsets = []
        p = pos
        for k, w in enumerate(words):
            offsets.append(p)
            p += len(w)
        k = 0
        while k < len(words):
            hit = None
            longest = min(_LONGEST, (len(words) - k + 1) // 2) if words[k].lower() in first_words else 1
            for span in range(longest, 0, -1):
                last = k + 2 * (span - 1)
                surface = "".join(words[k:last + 1])
                key = surface.rstrip(".'’") if not surface.endswith(".") or surface.count(".") < 2 else surface
                if key.endswith(("'s", "’s")):
                    key = key[:-2]
                entry = index.get(key.lower()) or index.get(surface.lower())
                if entry and not (key.lower() in ("us", "un", "eu") and not key.isupper()):
                    hit = (entry, offsets[k], offsets[k] + len(key), last)
                    break
            if hit:
                (name, iso, kind), a, b, last = hit
                if not any(x <= a < y for x, y in mixed):
                    out.append((name, iso, kind, a, b))
                k = last + 2
            else:
                k += 2
    if "/" in text or "|" in text:
        for m in _ISO3_LABEL.finditer(text):
            hit = _alpha3(m.group()) if m.group() not in _LOG_ABBREVIATIONS else None
            if hit is not None:
                out.append((hit[0], hit[1], "name", m.start(), m.end()))    # "BORNO / NGA: 07 NOV - PBIED ..."
    if ":" in text:
        for m in _CODE_LABEL.finditer(text):
            if (hit := code_country(m.group("code"))) is not None:
                out.append((hit[0], hit[1], "name", m.start("code"), m.end("code")))   # "UA ODESA: ovnt drone atk", "SDN
                #                                                                         S.KORDOFAN 05NOV: shelling ..."
    if any(kind == "adjective" for _n, _i, kind, _a, _b in out):
        # (an institution named after the country: "taken to the Saudi Hospital", "the Turkish Red Crescent", no country
        # of the incident's)
        out = [x for x in out if not (x[2] == "adjective" and (_INSTITUTION_AFTER.match(text, x[4])
                                                               or _THE_HOSPITAL.match(text, x[4])
                                                               and text[max(0, x[3] - 4):x[3]].lower() == "the "))]
        # (nor a language: "(Translated from French)", "a statement in Arabic", "Arabic-language media")
        out = [x for x in out if not (x[2] == "adjective" and (_LANGUAGE_AFTER.match(text, x[4])
                                                               or _LANGUAGE_BEFORE.search(text, max(0, x[3] - 30), x[3])))]
    if out:
        # (a market named after a country: "Souq Libya" in Omdurman, "Suq Sudan": a place in the town, not the country)
        out = [x for x in out if not _MARKET_BEFORE.search(text, max(0, x[3] - 12), x[3])]
    return tuple(sorted(_sponsors_dropped(text, out), key=lambda x: x[3]))


_MARKET_BEFORE = re.compile(r"\b(?:Souq|Souk|Suq|Suk|Sook|Sug)(?: [ae]l)?[ -]$", re.IGNORECASE)
_INSTITUTION_AFTER = re.compile(r" (?:(?:Specialist|Specialized|General|Teaching|Children's|Maternity) )?(?:Hospital|Clinic|Red Crescent"
                                r"|Red Cross|School|College|University|Airlines|Airways|Cultural Centre|Cultural Center|Club)\b")
# a language named as its people's adjective: what a text was written, spoken or translated in
_LANGUAGE_BEFORE = re.compile(r"\b(?i:translated|translation|translations|translating|rendered|written|spoken|speaking|subtitled"
                              r"|broadcast|dubbed|original|originally) (?:(?:only |originally )?(?:from|in|into) )?(?:the )?$")
_LANGUAGE_AFTER = re.compile(r"(?:-| )language\b|(?: original| text| version| transcript)?(?: and [A-Z]\w+)?\)|:? ?(?:original|translation)\b")
_THE_HOSPITAL = re.compile(r" (?:hospital|clinic)\b")     # ("medics at the Saudi hospital": a hospital's name; not "a Ukrainian hospital")
# a log label's country by its ISO 3166 alpha-3 code, after its region: "BORNO / NGA:", "FAR NORTH / CMR:"
_ISO3_LABEL = re.compile(r"(?<=[A-Z]{4} [/|] )[A-Z]{3}(?=\s*:)")
# a log's own abbreviations that are also country codes ("CIV / MIL", "ARMY / POL", "REF / COM")
_LOG_ABBREVIATIONS = frozenset("CIV MIL POL COM PER ARM ATA REF LOC GEN SEC OPS LOG INT CAN MAR AND DOM TON".split())


# a monitoring desk's line led by a country's code and its area in capitals: "UA ODESA: ...", "MLI MOPTI 12NOV: ..."
CODE_LABEL = r"^(?P<code>[A-Z]{2,3})(?:/[A-Z]{2,3})? (?P<caps>[A-Z][A-Z.'’ -]{1,30}?)(?: \d{1,2}[A-Z]{3})?:\s(?=[a-z0-9~(]|[A-Z]{2,6} [a-z])"
# (its shorthand after the colon in lower case or an acronym, "UA ODESA: ovnt drone atk", "MLI SEGOU: IED on ...": not a
# speaker's words, "SEN GRAHAM: A drone ...")
_CODE_LABEL = re.compile(CODE_LABEL, re.MULTILINE)
# the two-letter codes read so (not those that are English words or abbreviations: "IN BRIEF:", "SO FAR:", "NE ...")
_LABEL_ALPHA2 = frozenset("UA RU SY IQ YE LB IL PS AF SD SS CD CF NG BF TD ET KE MZ MM HT MX LY".split())
# the alpha-3 codes that are words or titles too ("COL JAMES MARSH:", "SEN GRAHAM:", "BEN JONES:", "ARE YOU SAFE:")
_LABEL_NOT_ALPHA3 = frozenset("SEN COL GEN ARE GIN BEN CAN LIE PAN NOR BRA GAB".split())


def code_country(code: str) -> tuple[str, str] | None:
    """The country (name, iso) a desk's label code stands for ("MLI", "UA"), or None."""
    return _alpha3(code) if len(code) == 3 and code not in _LOG_ABBREVIATIONS and code not in _LABEL_NOT_ALPHA3 \
        else _alpha2(code) if code in _LABEL_ALPHA2 else None


@lru_cache(maxsize=64)
def _alpha2(code: str) -> tuple[str, str] | None:
    """The country (name, iso) of an ISO alpha-2 code, or None."""
    return next(((name, iso) for name, iso, kind in _index().values() if iso == code and kind == "name"), None)


@lru_cache(maxsize=256)
def _alpha3(code: str) -> tuple[str, str] | None:
    """The country (name, iso) of an ISO alpha-3 code, or None."""
    import pycountry
    found = pycountry.countries.get(alpha_3=code)
    if found is None:
        return None
    return next(((name, iso) for name, iso, kind in _index().values() if iso == found.alpha_2 and kind == "name"), None)


# "pro-Russian rebels", "Iranian-backed militias": the country is neither the place nor the actor.
_SPONSOR_BEFORE = re.compile(r"(?i)\bpro[- ]$")
_SPONSOR_AFTER = re.compile(r"(?i)^-(?:backed|supported|sponsored|allied|aligned|funded|trained|armed|leaning|flagged|owned|based"
                            r"|registered|made|built)\b|^ prox(?:y|ies)\b")     # ("khwarij of the Indian proxy Fitna al Khwarij")
# "Russian-occupation forces", "Russia-led forces": the actor's country, not the place's.
_ACTOR_AFTER = re.compile(r"(?i)^-(?:led|occupation|occupied|controlled|installed|appointed|run)\b")


# an embassy's country and its people warned: "U.S. Embassy Bogota", "British nationals", "U.S. government personnel"
_ENVOY_AFTER = re.compile(r" (?:[Ee]mbassy|[Hh]igh [Cc]ommission|[Cc]onsulate|[Cc]itizens|[Nn]ationals|government personnel"
                          r"|travell?ers|[Mm]ission in)\b")
_REGION_AFTER = re.compile(r" (?:State|state|Province|province|Department|department)\b")
_BORDER_AFTER = re.compile(r" borders?\b", re.IGNORECASE)
_BORDER_BEFORE = re.compile(r"\bborders? (?:with|of) (?:the )?$")


_BORDER_PLACE_AFTER = re.compile(r" border (?:town|city|village|post|crossing|area|region|district|province|state)\b",
                                 re.IGNORECASE)     # ("the Nigerien border town of Tillia": in Niger)
_CREW_OR_PORTS_AFTER = re.compile(r"(?: and [A-Z][a-z]+)? (?:crew|crewmen|crew members|nationals|sailors|seafarers|seamen"
                                  r"|ports?(?! of [A-Z]| city\b)|shipping|vessels?)\b")     # (not "the Ukrainian port of Reni": a place)
_PORTS_OF_BEFORE = re.compile(r"\bports? (?:of|in) (?:the )?(?:occupied )?$")
_GOODS_AFTER = re.compile(r" (?i:hemp|ocean)\b")     # "Indian hemp", "the Indian Ocean" (not "Kenyan tea estate": its place)
_CITY_OR_WAR_AFTER = re.compile(r" (?:[Cc]ity|War)\b")
_WATER_OF_BEFORE = re.compile(r"\b(?:Gulf|Bay|Sea|Strait|Straits) of $")


def _sponsors_dropped(text: str, hits: list) -> list:
    out = []
    for name, iso, kind, a, b in hits:
        if _SPONSOR_BEFORE.search(text[max(0, a - 4):a]) or _SPONSOR_AFTER.match(text[b:b + 12]):
            continue
        if kind == "name" and _ACTOR_AFTER.match(text[b:b + 12]):
            kind = "adjective"
        if kind in ("name", "adjective") and _BORDER_AFTER.match(text, b) and text[max(0, a - 4):a].lower() == "the " \
                and not _BORDER_PLACE_AFTER.match(text, b):
            continue        # "near the Mali border", "the Malian border": beside the incident's country, not it (not "the
            #                 Pakistan-Afghan border")
        if kind == "name" and text[max(0, a - 5):a].lower() == "lake ":
            continue        # "the shores of Lake Chad": a lake four countries share
        if kind == "adjective" and _GOODS_AFTER.match(text, b):
            continue        # "a stock of Indian hemp", "the Indian Ocean": a drug and a sea named after a country
        if kind == "adjective" and _CREW_OR_PORTS_AFTER.match(text, b) or kind == "name" and _PORTS_OF_BEFORE.search(
                text, max(0, a - 30), a):
            continue        # "Its 21 crew are Filipino nationals", "the ban on Israeli ports", "the ports of occupied
            #                 Palestine": a ship's people and destinations, not where it was hit
        if _ENVOY_AFTER.match(text, b):
            continue        # "U.S. Embassy Bogota - security alert", "U.S. citizens should avoid ...": who warns, not where
        if kind == "name" and _REGION_AFTER.match(text, b):
            continue        # "Niger State", "Mexico State": a region named like a country
        if kind == "name" and _WATER_OF_BEFORE.search(text, max(0, a - 10), a):
            continue        # "the Gulf of Guinea": a sea, not the country
        if kind == "name" and _CITY_OR_WAR_AFTER.match(text, b):
            continue        # "Benin city" (in Nigeria), "a Vietnam War veteran": a city or a war named after it
        if kind == "name" and _BORDER_BEFORE.search(text, max(0, a - 24), a):
            continue        # "near the border with Venezuela": where the incident is not
        out.append((name, iso, kind, a, b))
    return out


def iso_of(country: str | None) -> str | None:
    if not country:
        return None
    hit = _index().get(country.lower())
    return hit[1] or None if hit else None
