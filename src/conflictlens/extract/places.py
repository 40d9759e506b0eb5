"""Place names as reports write them, found without a general NER model.

A capitalised name counts as a place when the words around it say so: a
locative preposition ("in", "on", "near", "outside"), an administrative noun
("Helmand province", "the Donetsk region", "Marjeh district"), a possessive
before one ("Kharkiv's Novobavarskyi district"), "the town of X", "the X
direction", or a dateline. Names that read as people (a title before, "said"
after, a possessive before "home town" or "government") are rejected.
The geocoder (conflictlens.geo) decides later which of these it can resolve.
"""
from __future__ import annotations

import re

from conflictlens.extract import actors, countries
from conflictlens.extract.dates import CLOCK, LOG_ENTRY_LEAD, MONTHS
from conflictlens.extract.figures.lexicon import ROLES
from conflictlens.extract.sources import WIRE_AGENCIES
from conflictlens.model import Place
from conflictlens.text.sentences import FIELD_LABELS, PLACE_FIELD_LABELS
from conflictlens.text.shouting import COMMON_WORDS
from conflictlens.text.alternation import by_first_letter, contains_any, top_alternatives

# A capital a name may begin with: ASCII, and the Latin letters of Turkish, Kurdish, Romanian,
# Polish, French... names ("Şemdinli", "Çukurca", "Île", "Łódź"); the lowercase letters of the
# Extended-A block ride along, as no English word begins with them.
_UP = "A-ZÀ-ÖØ-ÞĀ-ſȘ-ț"
_NAME = rf"(?:[{_UP}][\w’‘'\-]*|al-[{_UP}][\w\-]*|el-[{_UP}][\w\-]*)"
_CONNECT = r"(?:\s(?:al|el|de|del|la|le|e|es|i|na|pod|upon|ad|bin|ul|da|das|dos|di|du|des)\s|\s(?:al|el|ez|es|ed|ad|ar|as|at|az|an|ash)-|-(?:(?:al|el|ez|es|ed|ar|az|ash|ad|as|at|an|ul|e|i)-)?|\s[‘’']?)"
_PLACE = rf"{_NAME}(?:{_CONNECT}{_NAME}){{0,3}}"
_ADMIN = (r"(?:district|region|oblast|obl\.?|province|county|governorate|state|raion|rayon|hromada|community|municipality|prefecture|department|territory|city|town|village|settlement|neighbourhood|neighborhood|area|suburb|quarter|valley|cercle|circle|township|municipio|tehsil|woreda|commune|upazila|upazilla|subdivision|chiefdom|regency|countryside|locality|boma|payam|groupement|sub-county|subcounty|kebele|forest|division|urban (?:district|okrug)"
          r"|(?i:local government area|local government|LGA))")
# The same nouns capitalised as part of the name, as encyclopaedic prose writes them ("Kunduz
# Province", "Rajouri District", "Putumayo Department"); not "State" ("Islamic State") nor "City".
_ADMIN_CAPITAL_WORDS = ("District", "Region", "Oblast", "Province", "County", "Governorate", "Raion", "Rayon",
                        "Municipality", "Prefecture", "Department", "Township", "Tehsil", "Woreda", "LGA",
                        # (South Sudan's, Ethiopia's, Congo's and Uganda's units as their officials write them: "Walgak Payam")
                        "Payam", "Boma", "Kebele", "Locality", "Chiefdom", "Groupement", "Sub-County", "Subcounty")
_ADMIN_CAPITAL = "(?:" + "|".join(_ADMIN_CAPITAL_WORDS) + ")"
# plural units in a list ("the Ochakiv and Kutsurub hromadas"), and sites named after a place
_ADMIN_PLURAL_WORDS = ("hromadas", "communities", "districts", "raions", "rayons", "regions", "oblasts", "provinces",
                       "governorates")
_ADMIN_PLURALS = "(?i:" + "|".join(_ADMIN_PLURAL_WORDS) + ")"
_IMPACT_NOUNS = ("blow", "strike", "hit", "arrival")      # "a blow to Kherson", "strikes at Odesa"
# Sites that lie outside the town they are named after: the town is near them.
_OUTLYING_SITES = (r"airport|airfield|(?:oil )?refinery|(?:oil|fuel) depot|(?:thermal |hydroelectric )?power (?:station|plant)"
                   r"|dam|air ?base|(?:military|naval) base")
# ... with camps, crossings and the sites in a town: "the Tuapse oil refinery", "Quetta railway station"
_FACILITY = (rf"(?i:{_OUTLYING_SITES}|(?:refugee |displacement |displaced persons |idp )?camp|(?:displacement|idp) site|border crossing|crossing point"
             r"|border post|(?:railway|train|bus) station|(?:sea)?port)")
_SITE_WORDS = re.compile(r"(?:oil )?refinery|(?:oil|fuel) depot")     # sites a town names, though companies' too
_OUTLYING = re.compile(_OUTLYING_SITES)
# Capitalised names before "Department" or "Province" that are an office or an armed group's branch,
# not a place ("the Justice Department", "the Khorasan Province branch").
_GOVERNMENT_BODIES = frozenset(
    "justice state health defense defence police fire treasury homeland education transportation transport energy "
    "interior agriculture labor labour commerce sheriff sheriff's public works water revenue".split())
_BRANCH_AFTER = re.compile(r" (?:branch|affiliate|wing|faction|chapter|militants|fighters)\b")
# ... or a province of the Islamic State's own naming ("the Islamic State's Sahel Province", "Islamic State -
# Khorasan Province", "IS Central Africa Province")
_BRANCH_BEFORE = re.compile(r"(?:Islamic State|\bISIS|\bISIL|\bIS|Daesh)(?:['’]s)?(?:\s*[-–—]\s*|\s+)(?:the\s+)?$")

# The side of a country or region a parent is named with ("in Bara, northwestern Pakistan").
_SIDE = r"(?:(?:north|south)(?:-?(?:east|west))?(?:ern)?|(?:east|west)(?:ern)?|central)"

# Words that say what state a place is in, between a preposition and its name ("on the liberated
# Vovchansk", "in occupied Melitopol", "in the embattled town of X" is "of").
_STATE = (r"(?:liberated|occupied|de-?occupied|recaptured|besieged|embattled|encircled|surrounded|frontline|front-line|devastated|ruined|war-torn|[a-z]+(?:-[a-z]+)?-held|[a-z]+(?:-[a-z]+)?-controlled"
          r"|rural|northern|southern|eastern|western|central|north-eastern|north-western|south-eastern|south-western"
          r"|northeastern|northwestern|southeastern|southwestern|downtown|suburban"
          r"|neighbouring|neighboring|nearby|restive|volatile|troubled|remote|impoverished"
          r"|north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)")

# What a place name modifies when it stands for the place ("Donetsk shelling", "Luhansk rebels").
_SITES_NAMED = (r"(?:factory|plant|market|checkpoint|bar|nightclub|mall|hotel|restaurant|cafe|school|hospital|mosque|church"
                r"|station|depot|warehouse|port|base|camp|university|stadium|prison)")
_ATTRIBUTIVE = (r"(?:shelling|shellings|bombardment|clashes|fighting|hostilities|offensive|counteroffensive|"
                r"protests?|protesters|rebels?|separatists?|militia|militiam[ae]n|insurgents|residents?|"
                r"civilians|mayor|governor|market|airport|prison|(?:officials|authorities)(?! (?:said|say|says|told|reported))|"
                # a headline's incident named by its town: "Odesa missile strike death toll rises to 12"
                r"(?:(?:missile|drone|rocket|air|bomb|suicide|car bomb|mortar|car|truck|roadside|mosque|market|restaurant|hotel"
                r"|station|bus|camp|school|hospital|checkpoint|church|prison|farm|wedding|funeral|rally|village|bar|nightclub"
                r"|factory|plant|mall|shop|cafe|university|stadium|depot|port|office) ){0,2}"
                r"(?:strike|airstrike|air raid|attack|bombing|blast|explosion|massacre|raid|ambush|bomb|shooting|shelling)s?"
                # ("claims Mosul roadside bombing that killed three", "Mogadishu restaurant car bombing")
                r"(?= (?:as )?(?:death |casualty )?toll| kills?| leaves?| left| killed| wounds?| claims?| that (?:killed|left|wounded)|:|;|$)"
                # a headline's passive without "was": "El Obeid shelled on Wednesday", "Dilling shelled again"
                r"|(?:shelled|bombed|bombarded|pounded)(?= again| on | overnight| anew| for | with |,|:|$))")   # ("Belgorod shelled with rockets: three wounded")

# The words that lead a place in the "prep" pattern (_PREP_LED scans the same, faster)
_PREP_WORDS = ("in|on|near|off|at|outside|around|from|into|across|towards|toward|over|between|targeting|targets|hit|hits|struck|strikes|strike"
               "|shelled|shells|attacked|attacks|bombed|pounded|pounds|raided|stormed|overran|invaded")

# Units of a district, not of a city: "Shahjadpur upazila of Sirajganj" is no city district of Sirajganj
_REGION_PART_WORDS = frozenset(("tehsil", "woreda", "upazila", "upazilla", "lga", "local government area", "cercle"))
# (not "township": "Karachi's Orangi township", "Mandalay's Chanmyathazi township" are parts of a city)
_SUBDISTRICT_WORDS = frozenset(("upazila", "upazilla", "tehsil", "woreda", "commune", "municipality", "municipio", "township"))
# Peoples and faiths that name a neighbourhood's residents: "the Fulani neighbourhood of Kouka"
_PEOPLE_NAMES = frozenset("""Fulani Peul Hausa Tuareg Dogon Christian Muslim Shia Shiite Sunni Alawite Druze Kurdish Arab Yazidi Dinka
Nuer Hindu Catholic Jewish Roma Tutsi Hutu Amhara Oromo Tigrayan Pashtun Baloch Hazara Rohingya Kuki Meitei Naga Coptic Armenian
Turkmen Assyrian Bedouin Masalit Zaghawa Fur Berber Somali Tajik Uzbek""".split())
# a log row's day: "12/12", "11.12", "5 Dec", "Mon 1 Dec", "Sat 6 Dec."
_ROW_DAY = (r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,? )?(?:\d{1,2} [A-Z][a-z]{2,8}\.?|[A-Z][a-z]{2,8}\.? \d{1,2}"
            r"|\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?)")
_ROW_UNIT = "(?i:township|town|commune|cercle|district|territory|LGA|county|municipality|village|locality)"
_LOG_ADMIN = "(?i:territory|county|district|province|region|state|governorate|oblast|department|prefecture)"
_LOG_DISTRICTS = ("territory", "county", "district")
# what a monitoring record's location field says its place and the units above it are
_FIELD_SITE = r"(?i:village|town|city|locality|settlement|neighbourhood|neighborhood|quarter|camp|(?:displacement|idp) (?:site|camp)|site)"
_FIELD_UNIT = (r"(?i:chiefdom|groupement|sector|secteur|commune|territory|district|county|payam|boma|administrative post|department"
               r"|province|region|state|governorate|lga|ward|tehsil|township|municipality|sub-?county|cercle|prefecture)")
_FIELD_REGION_UNITS = ("province", "region", "state", "governorate", "prefecture")
# A short aside before a sentence's subject: "For the record, ", "Meanwhile, ", "Earlier today, "
_ASIDE_LEAD = r"(?:[A-Z][a-z]+(?: [a-z]+){0,3}, )"
_ASIDE_LEAD_RE = re.compile(_ASIDE_LEAD)
_POST_NUMBER = re.compile(r"\d{1,2}/(?:\d{1,2})?\s+")
# the clause of an earlier attack the incident came after: ", a day after at least 14 people were killed in ... Mamove"
_DAYS_AFTER_CLAUSE = re.compile(r"(?:,|\band) (?:(?:just|only|barely) )?(?:a day|two days|three days|days|hours|a week|weeks) after "
                                r"(?:(?!\b(?:and|but)\b)[^.;]){0,120}$", re.IGNORECASE)
# those who heard or saw it from elsewhere: "Residents of Giurgiulești in southern Moldova said they were woken by ..."
_WITNESSES_OF_BEFORE = re.compile(r"\b(?:residents|people|witnesses|locals|villagers|inhabitants) (?:of|in) $", re.IGNORECASE)
_HEARD_IN_BEFORE = re.compile(r"\b(?:explosions?|blasts?|sirens?) (?:were |was )?(?:heard|felt|audible) (?:in|from|across) $",
                              re.IGNORECASE)     # ("Explosions heard in Giurgiulești as drones hit Reni")
_HEARD_AFTER = re.compile(r"[^.;]{0,60}?\b(?:said|say|told|reported) (?:that )?they (?:were woken|woke|heard|felt|saw|could hear"
                          r"|could see)\b")
# an authority named after its region, as a source: "according to the Kherson regional administration"
_ACCORDING_TO_BEFORE = re.compile(r"\b(?:according to|said|says|reported|cited|citing|quoting) (?:the )?$", re.IGNORECASE)
_AUTHORITY_AFTER = re.compile(r" (?:(?:regional|oblast|city|district|provincial|state|municipal|region(?:al)?) )?(?:military |civil-military "
                              r"|military-civil "
                              r"|civil |state )?(?:administration|authorities|police|prosecutor['’]?s? office|prosecutors|governor"
                              r"|council|emergency service)\b(?! (?:building|headquarters|offices?|premises|compound)\b)",
                              re.IGNORECASE)
_AUTHORITY_SAID = re.compile(r"(?: \([^()]{1,20}\))?(?: (?:head|chief|spokesperson|spokesman|spokeswoman|press service|governor))?"
                             r" (?:said|says|reported|told|announced|stated|confirmed)\b")   # ("..., the Donetsk
#                                                                           Oblast military-civil administration said")
_PATTERNS = [
    # a round-up's heading line, the area of the paragraph under it: "- Nord-Kivu / Beni territory -", "Borno State",
    # "MOPTI REGION." (in capitals: its name title-cased)
    ("heading", re.compile(r"^\s*(?P<bullet>[-–—•*]+\s*|📍\ufe0f?\s*)?(?:(?P<caps>[A-Z][A-Z'’-]{2,}(?: [A-Z][A-Z'’-]+)?) (?P<capsadmin>REGION"
                           r"|PROVINCE|STATE|OBLAST|GOVERNORATE)"
                           rf"|(?P<name>{_PLACE})(?P<admin> (?i:region|province|oblast|state|governorate"
                           rf"|department|countryside|community|hromada))?(?:(?:\s*/\s*|\s+[–—]\s+)(?P<second>{_PLACE})"
                           # ("North Kivu – Masisi and Rutshuru territories": the first of the units under the region)
                           rf"(?: and {_PLACE}(?= (?i:territories|districts|counties|cercles|provinces|departments|raions)))?"
                           rf"(?P<admin2> (?i:territor(?:y|ies)|districts?|count(?:y|ies)|cercles?|lgas?"
                           rf"|provinces?|departments?|prefectures?|municipalit(?:y|ies)|raions?))?"
                           # ... or a town, then the area it is in, before a post's bar: "Ariha, southern Idlib countryside |"
                           rf"|,\s*(?:(?i:northern|southern|eastern|western|central) )?(?P<area>{_PLACE})"
                           rf" (?i:countryside|region|province|governorate|district)(?=\s*\|))?)\s*(?P<end>[-–—]+|\|)?[.\s]*$")),
    # a round-up's paragraph heading led by its country, in capitals or not, its flag before it: "🇲🇱 MALI — Kidal"
    ("country_heading", re.compile(rf"^\s*(?:[\U0001F1E6-\U0001F1FF]{{2}}\s*)?(?P<country>[A-Z][A-Za-z'’ ]{{2,30}}?) [—–-] "
                                   rf"(?P<name>{_PLACE})\s*$")),
    # a photo caption's head, its town and its country or region in capitals, then its day: "Caption: SHOSTKA, SUMY
    # REGION – 22 JANUARY 2025.", "SUMY, UKRAINE – 21 JANUARY 2025."
    # ... or a picture service's numbered caption, its text after a colon: "[3/8] CHUHUIV, KHARKIV REGION, UKRAINE –
    # NOVEMBER 7, 2024: A man inspects ...", "[6/8] UPDATED CAPTION – CORRECTS TOLL – KHARKIV, UKRAINE – ..."
    ("caption", re.compile(r"^\s*(?:\[\d{1,2}/\d{1,2}\]\s*|\d{1,2}/\d{1,2}\s+)?(?:(?:UPDATED|CORRECTED) CAPTION(?: [–—-] [A-Z ]{3,30}?)? [–—-] )?"
                           r"(?:Caption(?: \([A-Za-z ]{1,20}\))?:\s*)?(?P<name>[A-Z][A-Z'’-]{2,}(?: [A-Z][A-Z'’-]{2,}){0,2}),"
                           r" (?P<parent>[A-Z][A-Z'’-]{2,}(?: [A-Z][A-Z'’-]{2,}){0,2})(?:, [A-Z][A-Z'’-]{2,}(?: (?:OF|THE|[A-Z][A-Z'’-]{2,})){0,3})?"
                           r" [–—-] (?:\d{1,2} [A-Z]{3,9} \d{4}|[A-Z]{3,9} \d{1,2}, \d{4})(?:\.?\s*$|[.:]\s)")),
    # a city's part told in apposition: "in Darnitsa, a left-bank district of Kiev", "Saltivka, a northern suburb of Kharkiv"
    ("apposed_part", re.compile(rf"(?P<name>{_PLACE}), an? (?:[\w-]+ ){{0,2}}(?:district|neighbou?rhood|suburb|quarter"
                                rf"|microdistrict|residential area) of (?:the (?:city|capital) of )?(?P<parent>{_PLACE})")),
    # ... or as one of its town's sites or parts, the town in the possessive: "Souq Libya, one of Omdurman's biggest
    # markets", "Kasanga, a Mangina neighbourhood" (not a list's "Bakhmut, Kharkiv's ...": the name's kind told after)
    ("apposed_owner", re.compile(rf"(?P<name>{_PLACE}), (?:one of |an? |the )(?:[\w-]+ ){{0,2}}?(?P<parent>{_PLACE})['’]s "
                                 rf"(?:[\w-]+ ){{0,2}}?(?:markets?|bazaars?|neighbou?rhoods?|districts?|suburbs?|quarters?"
                                 rf"|squares?|camps?|souqs?)\b(?=[,.;)]|\s+(?:in|on|where|and|near)\b|\s*$)")),
    # a post named for its town, as South Asian police name them: "an attack on Police Station Kulachi"
    ("station", re.compile(rf"\b(?:Police Station|Police Post|Levies Post|Levies Thana|Thana|Check ?[Pp]ost) (?P<name>{_PLACE})")),
    # the target of strikes told with "against": "glide bomb strikes against Kostiantynivka, Donetsk Oblast"
    ("against", re.compile(rf"\b(?i:strikes?|attacks?|assaults?|offensives?|shelling|raids?|bombardment) against "
                           rf"(?:the (?:city|town|village) of )?(?P<name>{_PLACE})")),
    # Kharkiv's Novobavarskyi district
    ("possessive", re.compile(rf"(?P<parent>{_PLACE})['’]s (?P<name>{_PLACE}) (?P<admin>{_ADMIN}|{_ADMIN_CAPITAL})\b")),
    # Deir ez-Zor's eastern countryside, Mogadishu's northern outskirts: the area around the place named
    ("possessive_area", re.compile(rf"(?P<name>{_PLACE})['’]s (?:(?i:{_SIDE}) )?(?P<area>(?i:countryside|outskirts|suburbs"
                                   rf"|environs|hinterland|periphery|rural areas))\b")),
    # the city's Novobavarskyi district
    ("anaphoric", re.compile(rf"\bthe (?:city|town|capital|region|oblast|province)['’]s (?P<name>{_PLACE}) (?P<admin>{_ADMIN})\b"
                             rf"|\b(?P<name2>{_PLACE}) (?i:district|raion|rayon) of the (?:city|town|capital)\b")),
    # Marjeh district, Helmand province / the Donetsk region / Zaporizhzhia oblast (a leading
    # "the" is left out of the match: no group needs it, and a pattern that starts with a name
    # is scanned faster; the groups are the same)
    ("admin", re.compile(rf"(?P<name>{_PLACE}) (?P<admin>{_ADMIN}|{_ADMIN_CAPITAL}|{_FACILITY}|regional(?= (?:military |state |civil )?(?:administration|council|governor|authorities|police|prosecutor)))\b(?:,? (?P<parent>{_PLACE})(?: (?P<padmin>(?i:province|region|oblast|governorate|state|county))|(?=[,.;]|$)))?(?:, (?P<parent2>{_PLACE}) (?i:state|province|region|governorate)\b)?(?: of (?P<side>(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)? (?=[A-Z])|central (?=[A-Z]))?(?P<ofparent>{_PLACE})(?P<ofadmin>(?i: region| oblast| province| governorate| district| raion| rayon| local government area| local government| lga| state)\b)?(?:,? (?:of )?(?P<ofstate>{_PLACE}) (?i:state|province|region|governorate)\b)?)?")),
    # "the Ochakiv and Kutsurub hromadas", "the Kupiansk, Izium and Chuhuiv districts": one unit each
    ("admin_list", re.compile(rf"(?P<list>{_PLACE}(?:, {_PLACE}){{0,6}},? and {_PLACE}) (?P<admin>{_ADMIN_PLURALS})\b")),
    # the town of X, the village of X, home town of X
    ("of", re.compile(rf"\b(?i:town|city|village|locality|hamlet|island|islet|settlements?|villages|towns|municipality|municipio|township|commune|canton|camp|parish|vereda|corregimiento|boma|payam|kebele|groupement|sub-county|community|countryside|state|department|cercle|prefecture|tehsil|woreda|upazila|regions?|provinces?|districts?|neighbou?rhoods?|quarter|entrance|gates?|edge|heights|hills|environs|coast|capital|port|outskirts|suburbs?|hometown|home town|centre|center|middle|heart|infrastructure|oblast|area|zone|shelling|bombardment|bombing|siege|capture|liberation|residents|people|chief|mayor|governor|council|administration|areas|parts?|hinterlands?|fringes|periphery|direction|bar|restaurant|market|hotel|school|hospital|church|mosque|sector|water point|well|borehole|barangays?|sitio|(?-i:square)|streets|downtown"
                       # (a town's numbered ward: "in Ward 4 of Myingyan")
                       rf"|(?:ward|block)(?: (?:no\.? ?)?\d{{1,3}})?) of (?:(?:the )?{_STATE} )?(?P<name>{_PLACE})")),
    # the capital Grozny, the Chechen capital, Grozny
    # ... and "the Somali capital" (the capital of the country the adjective names)
    ("capital", re.compile(rf"\bcapital(?:,(?= [A-Z][\w’'-]*(?: [A-Z][\w’'-]*){{0,2}}(?:[,.;)]|$| (?:on|in|at|where|after|when|overnight|late|early)\b)))? (?P<name>{_PLACE})"
                           rf"|\bthe (?P<adj>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?) capital\b(?!,? [A-Z])")),
    # north of X, 20 km south-west of X, on the outskirts of X
    ("near", re.compile(rf"\b(?i:(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)(?:ern)?|outskirts|edge|suburbs?|vicinity|west bank) of (?:the (?i:capital|city),? )?(?P<name>{_PLACE})"
                        # "in the hills above Minova", "the forest beyond Beni"
                        rf"|\b(?i:hills|mountains|heights|ridge|forest|bush) (?i:above|beyond|behind) (?P<name2>{_PLACE})"
                        # "a few kilometres before Matiacoali", "3 km short of Djibo": a road's point short of a town
                        rf"|\b(?i:\d{{1,3}}|a few|several|some|two|three|four|five) ?(?i:km|kilometres|kilometers|miles)"
                        rf" (?i:before|short of|outside|past) (?P<name3>{_PLACE})")),
    # "Sangin/Helmand": a district and its province, as operational updates write them
    ("slash", re.compile(rf"(?<![\w/])(?P<name>{_PLACE})/(?P<parent>{_PLACE})\b(?!/)")),     # (not a file number: "UoT/Reg/2026/114")
    # "a blow to Kherson", "strikes at Odesa": where a strike landed, as translated reports put it
    ("impact", re.compile(rf"\b(?i:{'|'.join(w + 's?' for w in _IMPACT_NOUNS)}) (?:to|at) (?P<name>{_PLACE})")),
    # "Sumy was shelled on Saturday", "Artemivsk came under fire": a sentence led by its place,
    # the subject of what befell it (administration posts and mayors open so)
    ("subject", re.compile(rf"^(?:\d{{1,2}}/(?:\d{{1,2}})?\s+)?(?:(?:On|In|At|Overnight|Last night|This morning)[^,]{{0,30}}, |{_ASIDE_LEAD}|[^:.\n]{{2,70}}: |[^:.\n]{{2,90}} [-–—] )?(?P<name>{_PLACE})(?: (?:itself|city|town|village))?"
                           r"(?:(?: (?:was|were|has been|had been|is being|came|comes|has come|again|also|once again|repeatedly|heavily|massively))+"
                           r" (?:shelled|attacked|hit|struck|bombed|targeted|under|shaken|rocked|pounded|bombarded)\b"

                           # (a headline's, with no verb: "Nikopol under fire again", "Kherson under massive attack")
                           r"| under (?:(?:heavy|massive|intense|renewed|constant|enemy|Russian|artillery|drone|missile|rocket) )*"
                           r"(?:fire|attack|shelling|bombardment|siege)\b"
                           # (not a government criticised: "Moscow under fire over ...", "Kyiv under fire from rights groups")
                           r"(?! (?i:over|for|after|as|amid|about|from (?!(?:russian|enemy|the enemy|the russians|artillery|drones?"
                           r"|rockets?|missiles?|mortars?|tanks?|shelling|militants|insurgents|rebels)\b))))")),
    # a headline's place as the object of its verb: "Militants attack Bannu cantonment", "Jets bomb Ariha"
    ("object", re.compile(rf"\b(?:attack|attacks|bomb|bombs|shell|shells|pound|pounds|storm|storms|raid|raids|overrun|overruns)"
                          rf" (?P<name>{_PLACE})"
                          # "Russian missile strikes Kharkiv factory", "bomb rips through Hodan checkpoint": a town before its site
                          rf"|\b(?:strikes|hits|targets|rips through|tears through) (?P<name2>{_PLACE}) (?={_SITES_NAMED}\b)")),
    # "Kherson: artillery fire killed..." (a round-up line led by its place)
    # ... also as a bulletin's item: "- Baidoa: ...", "• Tumaco (Narino): ...", "3) Gao region, 14 March: ..."
    # ... or a live blog's timed entry: "11:25 - Poltava update: ...", "3:30pm - Update, Quetta: ..."
    ("label", re.compile(rf"^(?:(?P<bullet>[-•*–—▪▫◾◽■●►▶➡🔸🔹🔺🔻🔴⚡✅❗>]\ufe0f?\s*|\(?\d{{1,2}}[.)]\s+|\d{{1,2}}/\d{{1,2}}\s+"
                         # (a summary's entry by its day and time: "1) 27.01, 14:20 - Krasnopillia: ...")
                         rf"|(?:\(?\d{{1,2}}[.)]\s+)?[0-3]?\d\.[01]\d,?\s*[0-2]?\d[:.][0-5]\d\s*[—–-]\s*"
                         rf"|{CLOCK} ?[—–-]\s*(?:Update,?\s+)?"
                         # ... a crawl's or an alert string's: "14:21 Kharkiv | ...", "09:12 Alert: Dnipro | ...", "12:30 Update: Lutsk — ..."
                         rf"|(?P<stamp>(?:{CLOCK}\s+)?(?P<word>[▌\[]?(?i:breaking|alert|urgent|flash|update)[▐\]]?:?\s*)|{CLOCK}\s+)))?"
                         rf"(?P<name>{_PLACE})(?: \((?P<parent>{_PLACE})(?: (?i:reg\.|region|oblast|obl\.))?\))?"
                         rf"(?: (?P<admin>(?i:region|province|oblast|district|state|governorate|hromada|community)))?(?: update)?"
                         rf"(?(bullet)(?:, \d{{1,2}} [A-Z][a-z]+)?)"
                         rf"(?(admin)|(?:, (?:(?P<second>{_PLACE})(?: (?i:state|province|region|department|governorate))?"
                         rf"|\d{{1,2}}(?:st|nd|rd|th|e|er|ème) (?i:arrondissement|district|commune)))?)(?::\s|\s\|\s|\s[—–]\s(?=[A-Z])"
                         # ... or a log entry's place, then its time: "Carrefour-Feuilles - Around 09:00, gang members ..."
                         rf"|\s[-—–]\s(?P<timed>(?=(?:At|Around|About|Shortly|Early|Late|In the|During the|Overnight|Just)\b"
                         rf"[^,.;]{{0,25}}?(?:\d{{1,2}}[:.h]\d{{2}}|\d{{1,2}} ?[ap]\.?m\b|morning|afternoon|evening|night|noon|midnight)))"
                         # ... a factbox's bullet led by its town in capitals: "* NIKOPOL, Dnipropetrovsk region - A man ..."
                         # ... or a paragraph led so, unbulleted: "MIR ALI, North Waziristan (Khyber Pakhtunkhwa) - Militants ..."
                         rf"|(?: \((?P<paren>[^()\n]{{3,40}})\))?\s-\s(?=[A-Z]))")),
    # a monitoring desk's line led by a country's code and its area in capitals: "UA ODESA: ...", "SDN S.KORDOFAN 05NOV: ..."
    ("code_label", re.compile(countries.CODE_LABEL)),
    # an alert's location field: "Location: Tame, Arauca", "Location: Datu Piang, Maguindanao del Sur"
    # ... each with the unit it is of, as monitoring records give it: "Location: Mangusu village, Walese Vonkutu chiefdom,
    # Irumu territory", "Location: Plaine Savo displacement site, Djugu territory"
    ("field", re.compile(rf"^(?:{'|'.join(PLACE_FIELD_LABELS)})\s*:\s*(?P<near>near |outskirts of )?(?P<name>{_PLACE})"
                         rf"(?: {_FIELD_SITE}| (?P<nameunit>{_FIELD_UNIT}))?(?: and {_PLACE})?"     # ("Hayatabad and Ring Road, Peshawar")
                         rf"(?:\s*/\s*{_PLACE}(?: \d+)?)?(?:, (?P<parent>{_PLACE})(?: (?P<unit>{_FIELD_UNIT}))?)?"     # ("Zone: Solino / Delmas 24, Port-au-Prince")
                         rf"(?:, (?P<side2>(?i:{_SIDE}) of )?(?P<parent2>{_PLACE})(?: (?P<unit2>{_FIELD_UNIT}))?)?"
                         rf"(?:, (?P<side3>(?i:{_SIDE}) of )?(?P<parent3>{_PLACE})(?: (?P<unit3>{_FIELD_UNIT}))?)?\s*(?:\([^()]*\))?\s*[.;]?\s*$")),     # (the field holds only places)
    # a bulletin's title: "Cabo Delgado Flash Update No. 12", "North Kivu Humanitarian Snapshot": the area it covers
    ("bulletin", re.compile(rf"^\s*(?P<name>{_PLACE})(?: (?i:region|province|state|governorate|oblast|department))?\s*[-–—]?\s*"
                            r"(?i:flash update|situation report|sitrep|situation update"
                            r"|(?:humanitarian|security|weekly|daily|monthly) (?:update|bulletin|snapshot|report|brief|overview))\b")),
    # a log's dated entry: "- 3 June - El Obeid, North Kordofan: ...", "14 Jan - Jonglei, Akobo County: ...",
    # "12/11 - Mambasa territory, Ituri: ..."
    ("dated_label", re.compile(rf"^(?:{LOG_ENTRY_LEAD}|\s*[-•*]\s*\d{{1,2}}/\d{{1,2}},\s*)(?P<name>{_PLACE})(?P<admin> {_LOG_ADMIN})?(?:, (?P<second>{_PLACE})(?P<admin2> {_LOG_ADMIN})?)?:\s")),
    # a tracker's row led by its day, then its region and its district or town, in columns: "12/12 - Borno - Gwoza: ...",
    # "Mon 1 Dec | Sool | Las Anod | ...", "Sat 6 Dec / North Darfur / El Fasher – ...", "• 5 Dec, Ituri, Djugu: ..."
    # ... numbered, its columns named with their units: "1. 02 Apr 2024 | Sagaing Region | Khin-U Township | Khin-U town",
    # "#2 | 11/03 | Ouest | Kenscoff commune, Furcy | VAC"
    ("log_row", re.compile(rf"^\s*(?:[-•*–—]\s*|#?\d{{1,3}}\.?\s*(?:\|\s*)?)?{_ROW_DAY}(?: (?:19|20)\d\d)?\s*(?:(?P<sep>[|/]|[-–—](?=\s))\s*(?P<name>{_PLACE})"
                           rf"(?: {_LOG_ADMIN})?(?: \([A-Z]{{2,3}}\)| \([A-Z][a-z]{{3,8}}\))?"
                           rf"\s*(?P=sep)\s*(?:near )?(?P<second>{_PLACE})(?: \([A-Z]{{2,3}}\))?(?: {_ROW_UNIT})?(?: \([^()|\n]{{1,40}}\))?\s*(?:[|/:]|[-–—](?=\s)|,(?=\s)|$)"
                           rf"|,\s*(?P<cname>{_PLACE}),\s*(?P<csecond>{_PLACE}):)\s")),
    # the X direction / axis / front; "in X direction"; "in the X and Y directions"
    ("direction", re.compile(rf"\b(?:the|in|on|at|along|towards?) (?P<name>{_PLACE})(?: and (?P<name2>{_PLACE}))? (?:directions?|axis|sector|front)\b")),
    # "Donetsk shelling", "Luhansk rebels", "the Kiev clashes": a place name used as a modifier
    # of the fighting, its people or its authorities (kept behind every other form: see _location)
    ("attributive", re.compile(rf"(?<![\w’'-])(?P<name>{_PLACE}) (?={_ATTRIBUTIVE}\b)")),
    # near X / in X / on X ...
    ("prep", re.compile(rf"\b(?P<prep>(?i:{_PREP_WORDS})) (?:(?:the )?{_STATE} )?(?:the (?:city|town|village|settlement|region|province|district) )?(?P<name>{_PLACE})(?:,? (?:(?P<side>{_SIDE}) )?(?P<parent>{_PLACE}))?")),
]
# "prep" led by the non-word character before its preposition, one branch per first letter,
# over " " + sentence (conflictlens.text.alternation): the same matches, found faster (group
# offsets one more than in the sentence). A match ends with a name whose last run of name
# characters is as long as it can be, so the character after a match never starts a word.
_PREP_LED = re.compile(r"\W(?P<prep>(?i:" + by_first_letter(top_alternatives(_PREP_WORDS), ignorecase=True) + "))"
                       + _PATTERNS[-1][1].pattern[len(rf"\b(?P<prep>(?i:{_PREP_WORDS}))"):])
# Cheap necessary conditions of each pattern (a pattern whose gate fails cannot match, so it is
# not run): every name starts with a capital, "al-" or "el-"; all but "admin", "label", "slash", "subject"
# and the entities need one after a space.
_FLED_BEFORE = re.compile(r"(?:\b(?:fled|flee|flees|fleeing|escaped|displaced|relocated|withdrew|withdrawing|withdrawn|retreated"
                          r"|retreating|evacuated|airlifted|flown|transferred)(?: \w+){0,3} (?:towards?|into|to)"
                          r"|\b(?:sought|took|taken|taking|seeking) refuge (?:in|at)"
                          # where witnesses reached safety and told it ("interviewed ... after they arrived in Sebba")
                          r"|\b(?:interviewed|told|said|spoke|recounted|testified)\b[^.;]{0,30}?\b(?:after|when|once) (?:they|he|she"
                          r"|survivors|witnesses|the survivors|the displaced) (?:had )?(?:arrived|reached) (?:in|at)?"
                          # where the wounded are being treated ("are receiving treatment at a hospital in Gusau")
                          r"|\b(?:are|were|is|was) (?:being |now |still )?(?:treated|receiving treatment|hospitali[sz]ed|admitted)"
                          r"(?: \w+){0,4} (?:in|at|to)) (?:the )?(?:(?:town|city|village|camps?) of |(?:regional |provincial |state )?capital,? )?$",
                          re.IGNORECASE)
_FLED_NEEDLES = ("fle", "arrived", "reached", "escaped", "displaced", "relocated", "withdr", "retreat", "evacuated", "airlifted", "flown",
                 "transferred", "refuge", "treat", "hospitali", "admitted")
_NEAR_BEFORE = re.compile(r"\b(?:near|outside|around|close to|not far from)\s+(?:the\s+)?$", re.IGNORECASE)
# "near the village of X", "around the town of X": near the place the "of" phrase names
_NEAR_THE_X_OF = re.compile(r"\b(?:near|around|outside|close to|not far from) (?:the )?(?:town|village|city|settlement|hamlet|locality) of $")
# Names of one region (or country) that hold an "and"
_CONJOINED_NAMES = ("Jammu and Kashmir", "Bosnia and Herzegovina", "Trinidad and Tobago", "Antigua and Barbuda",
                    "Turks and Caicos", "Dadra and Nagar Haveli", "Daman and Diu", "Andaman and Nicobar",
                    "Saint Kitts and Nevis", "Sao Tome and Principe", "São Tomé and Príncipe", "Judea and Samaria",
                    "Judaea and Samaria", "Sistan and Baluchestan", "Sistan and Baluchistan", "Kohgiluyeh and Boyer-Ahmad",
                    "Chaharmahal and Bakhtiari")
_CONJOINED = re.compile(r"\b(?:" + "|".join(map(re.escape, _CONJOINED_NAMES)) + r")\b")
_CONJOINED_FIRST = tuple({name.split(" and ")[0] for name in _CONJOINED_NAMES})
_SUBJECT_WORDS = frozenset(("was", "were", "came", "had", "comes", "has", "is", "again", "also", "once", "repeatedly",
                            "heavily", "massively", "itself", "city", "town", "village", "under"))
_LGA_AFTER = re.compile(r" (?:Local Government|Local Council|LGA)\b")
_LGA_END = re.compile(r" (?:Local Government(?: Area)?|LGA)$")
_WATER_WORDS = frozenset("Gulf Sea Bay Strait Straits Ocean Lake Channel Sound".split())
_WATER = re.compile(r"\b(?:Sea|Ocean|Gulf|Coast|coast)$")     # "the Red Sea port of Hodeidah": no province
_LEAD_IN_WORDS = ("On ", "In ", "At ", "Overnight", "Last night", "This morning")


def _names_then_verb(sentence: str) -> bool:
    """The "subject" pattern's gate: one to four capitalised words, then its verb or noun
    ("Sumy was", "Nikopol itself"), at the start or after a lead-in ("On Saturday, ...")."""
    if sentence[:1].isdigit() and (post := _POST_NUMBER.match(sentence)) is not None:
        sentence = sentence[post.end():]    # a thread's post: "3/ For the record, Sloviansk was hit too"
    if ": " in sentence[:72] and not sentence.startswith(_LEAD_IN_WORDS) \
            and _names_then_verb(sentence[sentence.find(": ") + 2:]):
        return True         # "Governor: Nikopol came under fire"
    if sentence.startswith(_LEAD_IN_WORDS):
        comma = sentence.find(", ", 0, 40)
        if comma < 0:
            return False
        sentence = sentence[comma + 2:]
    elif (aside := _ASIDE_LEAD_RE.match(sentence)) is not None and _names_then_verb(sentence[aside.end():]):
        return True         # "For the record, Sloviansk was hit too" (not "Nikopol under heavy shelling, ...": its own)
    for k, word in enumerate(sentence.split(" ", 5)[:5]):
        if word in _SUBJECT_WORDS:
            return k > 0
        if not word[:1].isupper():
            return False
    return False


# Capitalised sentence openers that are no place, before "was shelled" / "came under fire"
_NOT_SUBJECT_PLACES = frozenset("""
schools hospitals homes houses buildings apartments residents everyone everybody nobody nothing something
talks negotiations villages towns cities areas settlements positions bases facilities infrastructure
the this that these those it they he she we our their his her its several many some all both
""".split())
# (case-sensitive, each word in its two cases: faster than IGNORECASE for a gate run on most sentences)
_ADMIN_PLURAL = re.compile(rf"[{_UP}][\w’'-]* (?:" + "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in _ADMIN_PLURAL_WORDS) + r")\b")
# (the gates' cheap tests: each word without its first letter, which may be a capital)
_IMPACT_WORDS = ("low", "trike", "hit", "Hit", "rrival")
_ADMIN_PLURAL_ENDS = tuple(w[1:] for w in _ADMIN_PLURAL_WORDS)
_IMPACT_GATE = re.compile("(?:" + "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}s?" for w in _IMPACT_NOUNS) + rf") (?:to|at) [{_UP}]")
_LIST_ITEM = re.compile(rf"{_PLACE}")
_NAME_AFTER_SPACE = re.compile(rf" (?:[{_UP}]|[ae]l-[{_UP}])")
# Capitalised words before "rebels", "residents"... that are no place: counts, quantifiers,
# faiths and movements ("Ten civilians", "Local residents", "Shia militia").
_NOT_ATTRIBUTIVE = frozenset("""
one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty hundred
hundreds dozens thousands many several some most all more other local armed angry pro anti heavy fierce
renewed fresh new deadly intense sporadic overnight civilian shia shiite sunni kurdish maoist islamist
jihadist houthi tuareg muslim christian numerous suspected alleged unidentified unknown rival enemy
opposition government militant foreign nearby displaced ordinary innocent frightened fleeing top senior
former chief leading key major last first second third another
hospital health medical security police military army city state district regional provincial federal county
municipal village town tribal border prison school us un eu
federal central national state border military city main old new
drone drones missile missiles rocket rockets mortar artillery airstrike airstrikes air bomb bombs suicide car grenade
landmine mine sniper gun gunfire shelling
""".split())
_ATTRIBUTIVE_GATE = re.compile(rf"[\w’'] {_ATTRIBUTIVE}\b")
_NAME_AFTER_OF = re.compile(rf" of (?:[{_UP}]|[ae]l-[{_UP}])")
# "admin": a name's last word (a capital and the name characters after it) right before the noun.
_ADMIN_AFTER_NAME = re.compile(rf"[{_UP}][\w’‘'\-]* (?:{_ADMIN}|{_ADMIN_CAPITAL}|{_FACILITY}|regional)\b")
_GATES = {
    "possessive": lambda s: "'s " in s or "’s " in s,
    "possessive_area": lambda s: ("'s " in s or "’s " in s) and contains_any(s, ("countryside", "outskirts", "suburbs",
                                                                                "environs", "hinterland", "periphery", "rural")),
    "anaphoric": lambda s: "'s " in s or "’s " in s or "istrict of the " in s or "aion of the " in s or "ayon of the " in s,
    "admin": lambda s: _ADMIN_AFTER_NAME.search(s) is not None,
    "slash": lambda s: "/" in s,
    "heading": lambda s: len(s) <= 70 and not contains_any(s, (":", ";", "(")) and ("," not in s or s.rstrip().endswith("|")),
    "label": lambda s: ":" in s or " | " in s or " — " in s or " – " in s or " - " in s[:60],
    "apposed_part": lambda s: ", a" in s and " of " in s and contains_any(s, _PART_WORDS),
    "against": lambda s: " against " in s,
    "station": lambda s: "Police " in s or "Thana " in s or "heck" in s or "Levies " in s,
    "apposed_owner": lambda s: ("'s " in s or "’s " in s) and contains_any(s, (", one of ", ", a", ", the ")),
    "caption": lambda s: (s[:1] in "[CABDEFGHIJKLMNOPQRSTUVWXYZ" or s[:1].isdigit() and "/" in s[:6]) and (" – " in s[:120] or " — " in s[:120] or " - " in s[:120])
                         and _CAPTION_YEAR.search(s, 0, 140) is not None,
    "country_heading": lambda s: len(s) <= 70 and (" — " in s or " – " in s or " - " in s),     # ("Kherson: ...", a crawl line's "14:52 Kherson | ...")
    "code_label": lambda s: s[:1].isupper() and s[1:2].isupper() and ":" in s,
    "dated_label": lambda s: ":" in s and (" - " in s[:16] or "/" in s[:9]),
    "log_row": lambda s: s[:1].isdigit() or s[:1] == "#" or s[:3] in _ROW_STARTS or s[:1] in "-•*–—" and (s[1:3].strip()[:1].isdigit() or s[1:].lstrip()[:3] in _ROW_STARTS),
    "bulletin": lambda s: contains_any(s, _BULLETIN_WORDS),
    "field": lambda s: s.startswith(PLACE_FIELD_LABELS),
    "subject": lambda s: (s[:1].isupper() or s[:1].isdigit() and s[1:3].find("/") >= 0) and _names_then_verb(s),
    "impact": lambda s: (" to " in s or " at " in s) and contains_any(s, _IMPACT_WORDS) and _IMPACT_GATE.search(s) is not None,
    "admin_list": lambda s: " and " in s and contains_any(s, _ADMIN_PLURAL_ENDS) and _ADMIN_PLURAL.search(s) is not None,
    "capital": lambda s: "apital" in s,
    "direction": lambda s: "direction" in s or "axis" in s or "sector" in s or "front" in s,
    "attributive": lambda s: _ATTRIBUTIVE_GATE.search(s) is not None,
    "object": lambda s: _OBJECT_GATE.search(s) is not None,
}
_SIDE_PART = re.compile(r"\b(?:central|northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern"
                        r"|south-?western|north-?east|north-?west|south-?east|south-?west|north|south|east|west|old|upper|lower"
                        r"|remote|historic|residential|industrial) part of $")
_ROW_STARTS = frozenset("Mon Tue Wed Thu Fri Sat Sun Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split())
_NOT_BULLETIN_PLACES = frozenset("weekly daily monthly humanitarian security protection access situation flash emergency "
                                  "crisis the joint special annual quarterly".split())
_BULLETIN_WORDS = ("Update", "update", "Report", "report", "Sitrep", "SITREP", "Snapshot", "snapshot", "Bulletin", "bulletin",
                   "Brief", "brief", "Overview", "overview")
_OBJECT_GATE = re.compile(rf"\b(?:attacks?|bombs?|shells?|pounds?|storms?|raids?|overruns?|strikes|hits|targets|through) [{_UP}]")
# "the DPR", "the Luhansk People's Republic", "Donetsk republic": the self-proclaimed republics
# are regions (the gazetteer knows which oblast); acronyms are otherwise never places.
_ENTITY = re.compile(r"\b(?P<name>[DL][PN]R|(?:Donetsk|Luhansk|Lugansk) (?:People['’`ʼ]?s Republic|[Rr]epublic))\b")
_DATELINE = re.compile(rf"^\s*(?:[^\n]{{0,200}}?\s)??(?P<name>[A-Z][A-ZÀ-ÖØ-Þ’'\-]+(?: [A-Z][A-ZÀ-ÖØ-Þ’'\-]+)*|{_PLACE}),(?: (?P<parent>{_PLACE}))?"
                       r"(?:,? (?:[A-Z][a-z]{2,8}\.? \d{1,2}|\d{1,2} [A-Z][a-z]{2,8})(?:,? \d{4})?)?(?: \([A-Z][A-Za-z./ ]{1,30}\))?"
                       r"\s*[(—–-]", re.MULTILINE)     # ("SRINAGAR, May 21 –", "MOGADISHU, Dec. 1 (Xinhua) --")

_NOT_PLACES = frozenset("""
one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty dozens several
monday tuesday wednesday thursday friday saturday sunday january february march april may june
july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
mon tue tues wed thu thur thurs fri sat sun main update breaking exclusive photos video watch live telegram facebook twitter x instagram youtube
reuters afp ap associated press the a an he she they it this that these those we i his her their
its our president mayor governor minister ministry police army military forces force mr mrs ms dr
general colonel captain lieutenant sergeant prime secretary spokesman spokeswoman spokesperson
parliament congress senate government administration council committee office headquarters
command commission agency service services nato un eu isaf coalition taliban hamas hezbollah
iswap iswa jnim isis isil aqap aqim hts sdf ypg pkk ttp eln farc adf rsf codeco
islamic state god allah christmas easter ramadan eid new year day night morning evening
blvd calle avenida carrera kalashnikov shahed iskander kinzhal kalibr grad himars operation update release for immediate
download pdf joint security assistance a.m p.m gmt utc about some north south east west
northern southern eastern western central
rebel rebels militant militants jihadist jihadists insurgent insurgents terrorist terrorists gunman gunmen
bandit bandits separatist separatists staff
victims narrative description details summary incident recommendations response impact type victim perpetrator perpetrators
gendarmerie memoriam memory remembrance
""".split())
# Peoples, which open a name as an adjective as faiths do ("a Tuareg camp", "a Fulani settlement", "Rohingya villages")
_PEOPLES = frozenset("""tuareg tuaregs fulani fula peul peuls peulh hausa kanuri berom rohingya yazidi yezidi
bedouin bedouins nuer murle shilluk masalit zaghawa hema lendu banyamulenge karamojong""".split())
_PART_OF_TOWN_WORDS = frozenset(("area", "neighbourhood", "neighborhood", "quarter", "suburb", "locality", "sector"))
# Regions named like a side of many countries ("the Centre department", "NORD REGION."): no clue to a country or a
# place by their name alone (pipeline reads them so too)
GENERIC_REGIONS = frozenset(("centre", "center", "central", "north", "south", "east", "west", "northern", "southern",
                             "eastern", "western", "north-west", "north-east", "south-west", "south-east", "northwest",
                             "northeast", "southwest", "southeast", "north west", "north east", "south west", "south east",
                             "far north", "littoral", "plateau", "coast", "coastal", "nord", "sud", "est", "ouest",
                             "nord-ouest", "nord-est", "sud-ouest", "sud-est", "extreme-nord"))
_HEADING_ADMIN_END = re.compile(r" (?:Region|Province|Oblast|State|Governorate|Department)$")
# Faiths and sects, which open a name as an adjective ("at a Shiite mosque", "the Christian quarter"):
# no place starts with one (but "Autonomous Region in Muslim Mindanao" holds one).
_FAITHS = frozenset("""shiite shia shi'ite sunni sufi alawite ahmadi ahmadiyya christian catholic orthodox
protestant coptic muslim hindu sikh jewish buddhist yazidi druze ismaili""".split())
_PERSON_AFTER = re.compile(r"^['’]s (?:home ?town|wife|husband|son|daughter|family|government|administration|office|party|spokesman|spokeswoman|adviser|advisor|aide|cabinet|regime|visit|speech|remarks|statement|comments|decision|call|plan|proposal|talks|meeting|presidency|team)\b|^,? (?:said|says|told|added|wrote|reported|announced|warned|confirmed|stated|claimed|the (?:head|mayor|governor|minister|president|spokesman|commander|chief|leader|secretary))\b")
_FOLLOWER = re.compile(r" ([a-z]+)")
_CLUB_TAILS = frozenset(("SC", "FC", "CF", "AFC", "SK", "FK"))
_ORG_NOUNS = frozenset(
    "facilities facility plant plants company companies offices office headquarters refinery depot warehouse "
    "factory infrastructure employees workers staff site sites premises branch group gas oil energy "
    "forces troops regime army militants fighters front faction brigade battalion column bloc cartel gang".split())
# a street's name ("near a bus stop on Tsentralna street"; not "Nairobi street clashes")
_STREET_NAME = re.compile(r" (?:Street|Avenue|Boulevard|Lane|Prospekt|Road|St\.?)$")


def is_street(name: str) -> bool:
    """"Nagornaya Street", "Lenin Avenue": a street, which places nothing by itself."""
    return _STREET_NAME.search(name) is not None


# A road named by the towns it joins: "on the Kabul-Kandahar highway", "on the Nabatieh road"
_ROAD_TOWN = r"(?:(?:[Aa]l|[Ee]l|[Aa]s|[Aa]d|[Aa]n|[Aa]r|[Aa]sh)-)?[A-Z][\w’']+(?: [A-Z][\w’']+)?"
_ROAD = re.compile(rf"\b(?:on|along|off|near|at|by) the (?P<a>{_ROAD_TOWN})(?:[-–](?P<b>{_ROAD_TOWN}))? (?:road|highway|motorway|expressway)\b")
# ... or a road named by where it leads: "blocked the road to Umm Qasr port" (a destination, not the scene)
_ROAD_TO = re.compile(rf"\bthe (?:main |only )?(?:road|highway|route) (?:to|towards|leading to|out of|leading out of|from) (?P<a>{_ROAD_TOWN})")
_ROAD_WORDS = (" road", " highway", " motorway", " expressway")
_NOT_ROAD_TOWNS = frozenset("trans pan national coastal northern southern eastern western main great old new ring international "
                            "federal state express asian african american sahara circular airport ring-road".split())
# A site named by its town: "near the Nabatieh public hospital", "the attack on the Bannu police checkpost"
_SITE_NOUNS = ("hospital", "market", "bazaar", "checkpost", "checkpoint", "station", "bridge", "bus stand", "camp", "base",
               "barracks", "outpost")
_TOWN_SITE = re.compile(rf"(?:\b(?P<prep>near|at|outside|inside|in|on|of|targeted|attacked|hit|struck|stormed|overran|raided) |^|(?<=, ))"
                        rf"(?:the |(?<=of |on |at |in ))(?P<name>{_ROAD_TOWN}) "
                        r"(?i:(?:public|general|government|district|city|regional|provincial|teaching|civil|main|central|referral) hospital"
                        r"|(?:[a-z]+ )?(?:market|bazaar|checkpost|checkpoint|police station|bridge|bus station|bus stand)"
                        # "the Sokolo military camp", "the Boulkessi army base": the town the post is named after
                        r"|(?:military|army|gendarmerie|police) (?:camp|base|barracks|post|outpost))\b")
_FORMER_NAME = re.compile(rf"\((?:formerly|previously|also known as|once called|then called) (?P<name>{_ROAD_TOWN})\)")
# a region's strip along a border: "in the Belgorod border area", "villages of the Kursk border region"
_BORDER_AREA = re.compile(rf"\b(?:in|of|throughout) (?:the )?(?P<name>{_ROAD_TOWN}) (?:border|frontier)"
                          r" (?:areas?|regions?|zones?|districts?|villages?|strip)\b")
# ... or owned by it: "a drone strike on Kadugli's central market", "El Fasher's main hospital"
_OWNED_SITE = re.compile(rf"\b(?P<name>[A-Z][\w’'-]+(?:[ -](?:al-|el-)?[A-Z][\w’'-]+)?)['’]s (?:(?:main|central|largest|biggest|old|new|busy|crowded|only|weekly"
                         r"|teaching|general|public|northern|southern|eastern|western) )?(?:market|hospital|bazaar|airport|port|mosque"
                         r"|university|prison|stadium|bus station|railway station|square|refinery)\b(?! stall| stand| shop| trader)")
_NOT_OWNER_WORDS = frozenset("On In At The Monday Tuesday Wednesday Thursday Friday Saturday Sunday RSF IDF ISIS".split())
_INSTITUTION_OF = re.compile(r"\b(?:University|Institute|College|Faculty|School) of $")   # ("the University of Maiduguri
#                                                                                        Teaching Hospital": a hospital's name)
_TAKEN_WORDS = ("brought", "taken", "rushed", "evacuated", "airlifted", "flown", "transferred", "shifted", "referred")
_TAKEN_TO = re.compile(rf"\b(?:brought|taken|rushed|evacuated|airlifted|flown|transferred|shifted|referred)(?: here| back)? to "
                       rf"(?P<name>{_ROAD_TOWN})\b")
_SITE_ADJECTIVES = frozenset("federal central national general main provincial district regional state city military police "
                             "army teaching civil public grand great old new royal municipal international islamic "
                             "catholic orthodox presidential governor's northern southern eastern western".split())
# what residents did where they live, not what they told ("residents of Kitengela assembled along the Namanga Road")
_RESIDENTS_DID = re.compile(r"(?: in [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?(?: [Cc]ounty| [Dd]istrict| [Ss]tate| [Pp]rovince)?)?,? "
                            r"(?:assembled|gathered|marched|protested|demonstrated|rallied|took to the streets|blocked)\b")
_RESIDENTS_OF = re.compile(rf"\b(?:[Rr]esidents|[Ii]nhabitants|[Vv]illagers) of (?P<name>{_ROAD_TOWN})\b(?! [A-Z])")
_STREET_AFTER = re.compile(r" (?:street|avenue|boulevard|lane|prospekt)\b(?! (?:clashes|fighting|protests?|battles?|violence|riots?"
                           r"|demonstrations?|shootings?|gangs?|vendors?|children|market))")
# ("Kiev forces' shelling": an actor; "the Jaime Martinez front", "the Sinaloa cartel": an armed group)
_ORG_WORDS = frozenset("Without For And Of The Against Party Committee Front Movement Brigade Battalion Army "
                        "Gazette Times Post Herald Tribune Journal Chronicle Daily Newspaper "
                        "Corps Force Forces Guard Guards Police Rangers Levies Constabulary Regiment Division "
                        "Hospital Clinic Infirmary "
                        "Radio TV FM Television Online Broadcasting".split())     # (a masthead: "The Capital Gazette",
#                                                                                          "Garowe Online", "Dalsan Radio")
_COMMUNITY_NOUN_AFTER = re.compile(r"[ -](?:reports?|leaders?|members?|sources?|elders?|radio|workers?|groups?|policing"
                                   r"|mobili[sz]ers?|volunteers?|monitors?|based|networks?|representatives?|activists?"
                                   r"|spokes\w+|figures?|organi[sz]ations?|committees?)\b")
_SAINT_ABBREVIATIONS = frozenset(("St", "Ste", "Mt", "Ft"))
_CAPTION_YEAR = re.compile(r"[A-Z]{3,9},? (?:\d{1,2}, )?(?:19|20)\d\d(?:[.:]|\s*$)")
_PART_WORDS = ("district of", "neighbourhood of", "neighborhood of", "suburb of", "quarter of", "microdistrict of",
               "residential area of")
# what a square is named after, not the town it is in
_SQUARE_NAMES = frozenset("independence martyrs liberty victory heroes freedom unity peace revolution republic "
                          "constitution liberation nation".split())
# a broadcaster named by its medium first: "claimed on Radio Andalus", "told Radio Okapi"
_MEDIUM_FIRST = frozenset(("Radio", "Television", "TV", "Channel"))
_POSSESSED = re.compile(r"['’]s ([\w-]+)")
_NATION_UNIT_OF = re.compile(r"\b([A-Z][a-z]+) (?:(?:northern|southern|eastern|western|central|border|frontier|port|"
                             r"restive|capital) )?(?:city|town|village|capital|province|region|district|state|port) of $")
_OWNED_SIDE_AREA = re.compile(rf"['’]s (?i:{_SIDE}) (?:outskirts|suburbs?|districts?|neighbou?rhoods?|parts?|areas?|countryside"
                              r"|edge|fringes)\b")
_PLACE_PARTS = frozenset(
    "district districts region oblast province outskirts suburbs suburb centre center streets street "
    "neighbourhood neighborhood quarter port airport railway station border borders frontline front "
    "industrial residential old historic eastern western northern southern central main largest "
    "biggest second third city town villages village area areas market square".split())
_SPEAKER = re.compile(r"(?:speaking|spoke|visiting|visit|visited|meeting|summit|conference|talks|interview|briefing|addressing)\s+(?:\w+\s+){0,3}?(?:in|at|to)\s+$"
                      r"|[\"”’,] (?:[A-Z][\w-]+ ){1,3}(?:said|says|told reporters|wrote) (?:in|at)\s+$"
                      # "according to survivors interviewed in camps near El Obeid": where they were met, not the scene
                      r"|\binterview\w*\b[^.;,]{0,50}?\b(?:in|at) (?:[\w-]+ ){0,3}?(?:near|outside|around)\s+$", re.IGNORECASE)
# Where the dead were buried or mourned ("attended the burial in Morelia of the nine guardsmen killed near Apatzingan";
# not where a funeral was attacked: "a bomb hit a funeral in Quetta", "killed 11 mourners attending a funeral in X")
# a place of care before a name ("the surgical centre in", "MSF's hospital at") and, after it, a deed told with its own
# scene ("... wounded by a bomb that hit a minibus near Gereshk")
_CARE_SITE_BEFORE = re.compile(r"\b(?:hospital|clinic|(?:surgical|medical|health|trauma|treatment|stabili[sz]ation) cent(?:re|er)"
                               r"|field hospital|morgue|mortuary) (?:in|at) $", re.IGNORECASE)
# (the place of care treating or telling, not one struck: "the hospital in Lashkar Gah admitted 12 patients", not "stormed the
# hospital in El Fasher and killed patients")
_CARE_DONE_AFTER = re.compile(r"[^.;]{0,40}?\b(?:admitted|admits|received|receives|treated|treats|treating|took in|said|says"
                              r"|reported|confirmed|registered|recorded)\b")
_DEED_AFTER_CARE = re.compile(r"[^.;]{0,160}?\b(?:hit|struck|attacked|exploded|shelled|bombed|killed|fired on|opened fire|clashes"
                              r"|fighting|raided|stormed|ambushed)\b[^.;]{0,60}?\b(?:in|near|at|outside|on) "
                              r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z]")
_BURIAL_IN = re.compile(r"\b(?:attended|attend|attending|held|holding|hold|gathered for|joined|led)\s+(?:the |a |their |his |her )?"
                        r"(?:\w+\s+)?(?:burials?|funerals?|memorial service|vigil)\s+(?:\w+\s+){0,2}?(?:in|at)\s+$"
                        r"|\b(?:burials?|funerals?|memorial service|vigil) (?:was|were) held (?:on \w+ )?(?:in|at)\s+$"
                        r"|\b(?:were|was|been) (?:buried|laid to rest)(?: on \w+| yesterday| today)? (?:in|at)\s+$", re.IGNORECASE)
_DEED_AT_BURIAL = re.compile(r"\b(?:killed|killing|kills|attack\w*|struck|hit|bomb\w*|blast|explo\w+|shot|opened fire|fired|wounded"
                             r"|wounding|injured|injuring|targeted|during|at a|at the|on a|on the)\b[^.;]{0,150}?"
                             r"\b(?:burials?|funerals?|memorial service|vigil)\b", re.IGNORECASE)
# ('"...," Zelenskiy said in Kyiv': where a quote was said)
# Where the fire came from, not where it hit: "launched from (the) X", "fired from X"
# where a victim came from or is buried, told in an obituary or a club's statement: "was born in Baidoa", "came to the
# city from Tumaco, Nariño", "the funeral, which will take place in Tumaco", "will be laid to rest in Stryi"
_HOME_BEFORE = re.compile(r"\b(?:born in|(?:a )?native of|grew up in|(?:came|moved|returned) (?:[\w'’ ]{1,25} )?from"
                          # (a funeral to be held there: not an attack "on an IRA funeral in Belfast")
                          r"|funerals?,?(?: which)? (?:will (?:be held|take place)|is to (?:be held|take place)|was held|took place"
                          r"|takes place|is being held)(?: [\w'’]+){0,3} (?:in|at)"
                          r"|(?:will be |was |were |to be )?buried in|laid to rest in)(?: the)? $")
# ... and the region of such a town: "the labourers, who hailed from Bahawalpur in Punjab"
_HOME_REGION_BEFORE = re.compile(r"\b(?:hailed|hail|hails|came|originally|born)\b[^.;]{0,30}?\b(?:from|in) [A-Z][\w'’-]+"
                                 r"(?: [A-Z][\w'’-]+)?,? (?:in )?$")
_ORIGIN_BEFORE = re.compile(r"\b(?:launched|fired|firing|shelled|shelling|struck|attacked|took off|flying|flew|sent|crossed|came|infiltrated"
                            r"|hailed|hail|hails)"
                            r"(?: \w+){0,2} from (?:the )?(?:territory of (?:the )?|(?:[\w-]+ )?(?:part|parts|area|areas|side) of (?:the )?)?"
                            r"(?:neighbou?ring |nearby |(?:Russian-|Russia-)?occupied |annexed )?$"
                            # "shells fired during fighting across the border in Sudan's West Darfur landed in Adre",
                            # "raiders from across the border in South Sudan"
                            r"|\b(?:from|fighting|clashes|fired) across the (?:border|frontier) in (?:neighbou?ring )?(?:\w+['’]s )?$"
                            # the attack this one answered: "rockets fired in response to the massacre in Bint Jbeil"
                            r"|\bin (?:response|retaliation|revenge|reply) (?:to|for) (?:the |a |an )?(?:\w+ ){0,2}(?:in|at|on) $"
                            # where the attackers are based: "Separatists based in the Manyu division attacked ..."
                            r"|\b(?:separatists|militants|fighters|rebels|insurgents|gunmen|jihadists|terrorists|bandits|militiamen"
                            r"|militias?|groups?|forces)\s+(?:who are |who were )?(?:based|stationed) (?:in|out of) (?:the )?$",
                            re.IGNORECASE)
# The fields of a record named for the unit they hold, and the level of place each holds
UNIT_FIELDS = {**dict.fromkeys(("oblast", "region", "province", "governorate", "state", "admin 1", "admin1", "department"),
                                "region"),
                **dict.fromkeys(("raion", "rayon", "district", "hromada", "community", "county", "municipality", "commune",
                                 "territory", "admin 2", "admin2", "lga", "tehsil", "woreda", "township"), "district"),
                **dict.fromkeys(("settlement", "village", "town", "city", "locality", "nearest settlement",
                                 "nearest town", "nearest village"), "place")}
_UNIT_FIELD_NEEDLES = tuple({w.split()[0].capitalize() for w in UNIT_FIELDS} | {w.split()[0].upper() for w in UNIT_FIELDS})
_UNIT_LABEL = "(?i:" + "|".join(sorted(UNIT_FIELDS, key=len, reverse=True)) + ")"
_UNIT_FIELD = re.compile(rf"(?:^|\s{{2,}}|\t|[|/;]\s*)(?P<label>{_UNIT_LABEL})\s*:[ \t]*(?P<name>{_PLACE})")
UNIT_FIELD_LINE = re.compile(_UNIT_LABEL + r"\s*:")     # a line that opens with one ("Oblast: Kharkiv")


# a record's field that holds its code, not a place's news: "Attack ID: UKR-2024-0409-017", "Case No.: 12/2024"
_CODE_LABEL_END = re.compile(r"\b(?:ID|No|Nr|Number|Code|Ref|Reference)\.?$")
# labels joined by slashes and their values likewise: "Country / Admin 1 / Location: Ukraine / Khersonska / Beryslav"
_SLASH_LABEL = "(?i:country|location|place|" + "|".join(sorted(UNIT_FIELDS, key=len, reverse=True)) + ")"
SLASH_FIELDS = re.compile(rf"^\s*(?P<labels>{_SLASH_LABEL}(?:\s*/\s*{_SLASH_LABEL})+)\s*:[ \t]*(?P<values>[^/\n:]+(?:/[^/\n:]+)+)$")


def _slash_fields(sentence: str, add) -> None:
    """Labels joined by slashes with their values likewise ("Country / Admin 1 / Location: Sudan / North Kordofan / El
    Obeid"): each value a place of its label's level, the place in the region before it."""
    m = SLASH_FIELDS.match(sentence)
    if m is None:
        return
    labels = [w.strip().lower() for w in m.group("labels").split("/")]
    values = m.group("values").split("/")
    if len(labels) != len(values):
        return
    at, region = m.start("values"), None
    for label, value in zip(labels, values):
        name = value.strip()
        start = at + len(value) - len(value.lstrip())
        at += len(value) + 1
        level = UNIT_FIELDS.get(label, "place" if label in ("location", "place") else None)
        if level is None or not name or name.lower() in _NOT_LABEL_PLACES:
            continue        # (the country's column: the country reader has it)
        found = add(name, start, level, qualifier="label" if level == "place" else None,
                    parent=region.name if region is not None and level != "region" else None)
        if level == "region" and found is not None:
            region = found


def _unit_fields(sentence: str, add) -> None:
    """A record's fields named for a unit, one or several to a line ("Oblast: Kharkiv", "Province: Helmand   District:
    Nad-e Ali   Village: Shin Kalay"): each value a place of that level, the label none."""
    for m in _UNIT_FIELD.finditer(sentence):
        if m.group("name").lower() not in _NOT_LABEL_PLACES:
            level = UNIT_FIELDS[m.group("label").lower()]
            add(m.group("name"), m.start("name"), level, qualifier="label" if level == "place" else None)


def _region_told(g: dict) -> bool:
    """A shouted entry's place is told with its region, not a dateline's country, date or agency."""
    paren = g["paren"] or g["parent"]
    if paren and (_WIRE_NAME.search(paren) or _OUTLET_WORD.search(paren) or any(c.isdigit() for c in paren)):
        return False
    if g["second"]:
        return (countries.lookup(g["second"]) or ("", "", ""))[2] != "name"
    return bool(paren)


# an outlet's name in a dateline's brackets: "MOGADISHU (Garowe Online) -", "KYIV (Kyiv Independent) -"
_OUTLET_WORD = re.compile(r"\b(?:Online|Independent|Times|Post|Daily|Tribune|Herald|Journal|Observer|Express|Monitor|Today"
                          r"|Network|Media|Service|Gazette|Telegraph|Standard|Star|Mail|Voice|Insider|Digest|Report|Reporter"
                          r"|Dispatch|Bulletin|Courier|Chronicle|Weekly|Review|Live|Info|Pravda|Kurier|Vesti)\b")
_WIRE_NAME = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in WIRE_AGENCIES) + r")\b|\b(?:Wire|News|Press|Agency|TV|Radio)\b",
                        re.IGNORECASE)
_WEAPON_VISITORS = re.compile(r"\b(?i:drones?|gerans?|geran-\d\w*|shaheds?|missiles?|rockets?|shells?|bombs?|kabs?|iskanders?"
                              r"|kalibrs?|lancets?|uavs?)(?:\s+(?:once\s+)?again|\s+also|\s+\w+ly)?\s+$")
_VISITED = re.compile(rf"\b(?:visited|visits|visiting|toured|tours) (?:the (?:town|city|village|site|scene) of )?(?P<name>{_PLACE})")
# A village told by an apposition ("Ngoshe, a village in Gwoza LGA"), or by its unit's word before it
# ("the vereda Sinaí", "kebele Gorgora"; "Barangay X" and "Sitio X" lose theirs in _clean)
_VILLAGE_NOUNS = ("village", "hamlet", "locality", "settlement")
_APPOSED_VILLAGE = re.compile(rf"(?P<name>{_PLACE}), an? (?:(?:small|remote|farming|fishing|border|frontier|rural|mountain|hilltop"
                              r"|nearby|neighbouring|neighboring) )?(?:village|hamlet|locality|settlement)\b")
_UNIT_PREFIXES = ("vereda", "corregimiento", "aldea", "kebele")
_UNIT_PREFIXED = re.compile(rf"\b(?:vereda|corregimiento|aldea|kebele) (?P<name>{_PLACE})"
                            rf"(?:(?: of|,| in|, in) (?:the )?(?:(?:municipality|municipio|town|district) of )?(?P<container>{_PLACE}))?")
# a town's part told by its unit's word before it: "in colonia Villa Nueva, Tegucigalpa", "the barrio Las Palmas"
_URBAN_PREFIXES = ("colonia", "barrio", "bairro")
_URBAN_PREFIXED = re.compile(rf"\b(?:colonia|barrio|bairro) (?P<name>{_PLACE})(?:,(?: in)? (?P<container>{_PLACE}))?")
_IN_CONTAINER = re.compile(rf" in (?:the )?(?P<name>{_PLACE})(?![\w’'-]| (?:{_ADMIN}|{_ADMIN_CAPITAL})\b)")
# ... or after a comma: "the parish of Pascuales, Guayaquil, on Monday"
_TOWN_HOLDER = re.compile(r"\b(?:municipality|municipio|town) of ")
_COMMA_CONTAINER = re.compile(rf",(?: in)? (?:the )?(?:(?:municipality|municipio|town) of )?(?P<name>{_PLACE})(?=[,.;]|$| on\b| in\b| at\b)")
_COMPASS_ABBREVIATION = re.compile(r"\b([NSEW])\. ?")
_COMPASS_WORD = {"N": "North", "S": "South", "E": "East", "W": "West"}
_AREA_OF = ("area of ", "areas of ", "outskirts of ", "suburbs of ", "countryside of ", "environs of ")
_COUNTRY_AFTER = re.compile(rf", (?P<name>{_PLACE})")


def _country_after(sentence: str, end: int) -> str | None:
    """The country named right after a place (", Ecuador"), which holds it."""
    m = _COUNTRY_AFTER.match(sentence, end)
    return m.group("name") if m is not None and (countries.lookup(m.group("name")) or ("", "", ""))[2] == "name" else None


_THIRD_LINK = re.compile(rf", (?P<name>{_PLACE})(?=[,.;:)]|$| (?:on|in|at|during|overnight|late|early|when|after)\b)")
_MORE_NAMES = re.compile(rf"(?:,? and |, )(?P<name>{_PLACE})")
# An office's area in a speaker's title: "governor of the X region", "head of the X military administration".
_TITLE_OF_BEFORE = re.compile(r"[A-Za-z’'], (?:the )?(?:regional )?(?:governor|head|chief|mayor|prosecutor|ombudsman|spokes(?:man|woman|person)|commander|administrator)"
                              r"s? (?:of|for) (?:the )?$", re.IGNORECASE)     # (an apposition after a name: "Lysak, governor of the ...")
_SAID_AFTER = re.compile(r"\b(?:said|says|told|wrote|reported|announced|added|stated|posted)\b")
_MEN_AFTER = re.compile(r"[\w'’-]*(?: [A-Z][\w'’-]*)* (?i:terrorists|fighters|militants|rebels|insurgents|militiamen|positions|forces"
                        r"|troops|units|soldiers|targets|members|gunmen|elements|civilians|villagers|herders|farmers"
                        r"|communities|people|residents|worshippers|settlements|families|students)\b")
_FORCE_NAME = re.compile(r"\b(?:Forces?|Army|Police|Guards?|Brigades?|Battalions?|Militia|Regime|Government|Troops)\b")
# A sentence opened by an office and its area, then the verb of saying: the speaker's area, not a
# scene ("The administrator of Beni territory said ...", "Bay region's deputy governor said ...")
_OFFICE_WORDS = r"(?:governor|administrator|head|chief|mayor|commissioner|prefect|spokes(?:man|woman|person)|commander|police chief)"
_OFFICE_OPENS = re.compile(rf"(?:the |a )?(?:\w+ )?{_OFFICE_WORDS}s? (?:of|for) (?:the )?$", re.IGNORECASE)
_SAID_RIGHT_AFTER = re.compile(r"(?: (?:region|province|state|territory|district|county|governorate|prefecture))?,?"
                               r"(?: [A-Z][\w'’-]+){0,2},? (?:also |later )?(?:said|says|told|reported|confirmed)\b")
_OFFICE_OWNED = re.compile(rf"(?: (?:region|province|state|territory|district|county|governorate|prefecture))?['’]s "
                           rf"(?:[\w-]+ ){{0,2}}(?:{_OFFICE_WORDS}|service|ministry|police|authorities|government|directorate)\b"
                           rf"[^.;]{{0,40}}?\b(?:said|says|told|reported|confirmed)\b", re.IGNORECASE)
# A name right after a preposition of place is a place, whatever follows it
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|on|at|near|outside|into|towards?|over)\s+(?:the (?:city|town|village|port) of\s+)?$")
_TITLES = ("president", "mayor", "governor", "minister", "mr", "mrs", "ms", "dr", "gen", "general", "colonel", "col",
           "commander", "chief", "spokesman", "spokeswoman", "spokesperson", "secretary", "leader", "head", "by",
           "pope", "king", "prince", "sheikh", "officer", "sergeant", "sgt", "lt", "captain", "capt")
_PERSON_BEFORE = re.compile(rf"(?:\b(?:{'|'.join(_TITLES)})\.?|\bsaid|\bsays)\s*$", re.IGNORECASE)
_TITLES_OR_SAID = _TITLES + ("said", "says")


# "Ukraine's Energy Ministry", "Syria's Central Bank": the country owns an institution, not a place.
_INSTITUTION = re.compile(
    r"\b(?:Ministry|Ministries|Embassy|Parliament|Council|Committee|Party|Army|Navy|Forces?|Guard|Service|"
    r"Agency|Bank|University|Company|Corporation|Office|Court|Government|Administration|Police|Railways?|"
    r"Airlines?|Security|Defen[cs]e|Prosecutor|Commission|Cabinet|President|Minister)\b")
_CONTROL = ("-occupied", "-controlled", "-held", "-backed", "-run", "-liberated")
_SAINT = re.compile(r"(?:St\.?|Saint|Sainte|San|Santa|Santo|Sao|São|Our Lady)\b")
_BARANGAY_TITLES = frozenset("Captain Chairman Chairwoman Kagawad Councilor Councillor Official Officials Tanod Secretary "
                             "Treasurer Health Hall Road".split())
_VILLAGE_PREFIXES = frozenset(["Barangay", "Brgy.", "Brgy", "Sitio", "Purok"])
_LEADING = frozenset("In On At Near From Also The Outside Around Into Across Towards Over Meanwhile".split()
                     + ["PS"]      # a South Asian police station's name: "registered at PS Kistaram" is Kistaram
                     # a Philippine village's own word: "Barangay Kitango", "Sitio Tinago", "Brgy. Poblacion"
                     + ["Barangay", "Brgy.", "Brgy", "Sitio", "Purok"]
                     # a base told by its town: "ISWAP attacked FOB Marte", "the COB at Bama"
                     + ["FOB", "COB", "FOB/COB"])


_DAY_OWNERS = frozenset("monday tuesday wednesday thursday friday saturday sunday yesterday today".split())


def _clean(name: str) -> tuple[str, int, int]:
    """Strip a leading preposition and a possessive, and cut before a weekday or month
    ("In Musa Qal'ah" -> "Musa Qal'ah"; "Pokrovsk on Tuesday" -> "Pokrovsk").
    Returns the name, its length and how many characters were cut from the front."""
    lead = 0
    while " " in name and (name.split(" ", 1)[0] in _LEADING or name.split(" ", 1)[0].lower().endswith(_CONTROL)):
        cut = len(name.split(" ", 1)[0]) + 1
        name, lead = name[cut:], lead + cut
    for mark in ("'s ", "’s "):          # "Kherson's Dniprovskyi": the possessor is the place
        if mark in name:
            owner, rest = name.split(mark, 1)
            if owner.lower() in _DAY_OWNERS and rest[:1].isupper():
                name, lead = rest, lead + len(owner) + len(mark)    # "Tuesday's Kharkiv missile strike": the day's
                continue
            hit = countries.lookup(owner)
            # (a territory the country table reads as an adjective, "Gaza", owns its places too)
            if hit and (hit[2] == "name" or hit[2] == "adjective" and not owner.endswith(("an", "ese", "ish", "i")))\
                    and rest[:1].isupper() and not _INSTITUTION.search(rest):
                # "Ukraine's Mariupol", "Syria's Aleppo": the country owns the place named after it
                name, lead = rest, lead + len(owner) + len(mark)
            else:
                name = owner
    words = name.split(" ")
    for k, w in enumerate(words[1:], 1):
        if w.lower() in _NOT_PLACES and not (words[k - 1] in ("Far", "Upper", "Lower", "Middle") and w.lower() in _COMPASS_WORDS) \
                and not (k == len(words) - 1 and w[:1].isupper() and w.lower() in _COMPASS_WORDS):
            # ("Cameroon's Far North region" keeps its "North", and "Rumbek East County" its "East")
            name = " ".join(words[:k])
            break
    for suffix in ("'s", "’s"):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
    if name.endswith(" Local"):
        name = name[:-len(" Local")]     # "Agatu Local Government Area", "Afghan Local Police" (cut at the noun): not "Local"
    return name, len(name), lead


# A building a person or saint owns by name ("Paddy's Bar", "St Mary's Church"): no part of a town
_BUILDINGS = frozenset("""
bar pub club cafe café restaurant hotel inn house home church chapel cathedral mosque temple shrine tomb school college
academy hospital clinic market bazaar shop store mall square street road avenue gate bridge park garden palace hall stadium
centre center station office tower kitchen bakery cinema theatre theater farm compound camp
""".split())
_ADMIN_NEXT = re.compile(rf" (?:{_ADMIN}|{_ADMIN_CAPITAL})\b")


def _part_of_town(name: str) -> tuple[int, int] | None:
    """Where the owner ends and the part begins in "Baghdad's Sadr City" (a town's named part; not
    a country's town, "Syria's Aleppo", which _clean reads; nor "Kyiv's Mayor Klitschko")."""
    for mark in ("'s ", "’s "):
        if mark in name:
            owner, rest = name.split(mark, 1)
            if owner.count(" ") > 2 or not all(w[:1].isupper() for w in owner.split(" ")) or not rest[:1].isupper() \
                    or owner.lower() in _DAY_OWNERS \
                    or _INSTITUTION.search(rest) \
                    or rest.rsplit(" ", 1)[-1] in _ADMIN_CAPITAL_WORDS or rest.rsplit(" ", 1)[-1].lower() in _BUILDINGS \
                    or rest.split(" ", 1)[0].lower() in _TITLES or rest.split(" ", 1)[0].lower() in _NOT_PLACES \
                    or (countries.lookup(owner) or ("", "", ""))[2] in ("name", "adjective"):
                return None
            return len(owner), len(owner) + len(mark)
    return None


def _person_before(before: str) -> bool:
    """_PERSON_BEFORE.search(before) ("President Zelensky"), not run where it cannot match: an
    ASCII text that does not end (spaces and one dot aside) with one of its words."""
    if before.isascii():
        low = before.rstrip().lower()
        if not (low[:-1].endswith(_TITLES) if low.endswith(".") else low.endswith(_TITLES_OR_SAID)):
            return False
    return _PERSON_BEFORE.search(before) is not None


# Territories larger than a town, named like one ("in the West Bank"): regions.
_TERRITORIES = frozenset(("West Bank", "Gaza Strip", "Sinai Peninsula", "Golan Heights", "Kurdistan Region"))
# Regions named by a side of a country's name ("Upper Egypt", Iran's "West Azerbaijan").
_SIDE_REGIONS = frozenset(("upper egypt", "lower egypt", "west azerbaijan", "east azerbaijan", "northern cyprus",
                           "northern ireland", "west papua"))
# Cameroon's and others' regions named by a side alone ("the North West Region", "Eastern Province")
_COMPASS_REGION = re.compile(r"(?:Far |Extreme )?(?:North|South|East|West|Centre|Center|Central|Northern|Southern|Eastern|Western)"
                             r"(?:[- ](?:East|West|Eastern|Western))?")
_COMPASS_REGION_AFTER = re.compile(r" (?:Region|Province|region|province)\b")
_COURT_AFTER = re.compile(r" of the (?:Federal |High |Supreme |Appeals? |Magistrates'? )*(?:Court|Tribunal|Bench|police)\b", re.IGNORECASE)
_AXIS_ENDS = re.compile(rf"(?P<a>{_ROAD_TOWN})[-–](?P<b>{_ROAD_TOWN})")
_IN_DIVISION_BEFORE = re.compile(r"(?<!serving )(?<!served )(?<!serves )(?<!judge )(?<!court )\b(?:in|at|near|across|throughout|within)\s+(?:the\s+)?$")
_ARMY_DIVISION_WORDS = frozenset("""infantry armoured armored mechanised mechanized motorised motorized airborne rifle tank
guards marine marines artillery cavalry mountain commando special forces""".split())
_COMPASS_WORDS = frozenset("north south east west northern southern eastern western upper lower".split())


_ACRONYM = re.compile(r"[A-Z]{3,5}s?")     # (not "Washington DC")
_ACRONYM_TAIL = re.compile(r"[A-Z]{2,}[a-z]{1,2}")   # "FAMa", "FARDCs": an acronym with a small letter or two


_SEAS = frozenset(("Red Sea", "Black Sea", "Arabian Sea", "Caspian Sea", "Mediterranean", "Mediterranean Sea", "Gulf of Aden",
                   "Persian Gulf", "Gulf of Oman", "Sea of Azov", "Azov Sea", "South China Sea"))
_SEA_STATE_AFTER = re.compile(r" (?:[Ss]tate|[Gg]overnorate|[Pp]rovince|[Rr]egion|[Oo]blast|[Cc]oast|port|[Hh]ills)\b")
# a vessel named after its kind ("the bulk carrier Aegean Dawn", "M/V Sea Meridian", "the tanker Sounion")
_SHIP_BEFORE = re.compile(r"(?:\bM/?[VT]|\bMV|\bMT|\b(?:ship|vessel|tanker|carrier|freighter|dhow|trawler|ferry|yacht))\s+$")
_WHO_LIVES_THERE = re.compile(r"-(?:majority|dominated|populated|inhabited|speaking|minority|controlled|held|occupied|run)$")


def _is_plausible(name: str) -> bool:
    if name.isupper() and len(name) <= 4 or _ACRONYM_TAIL.fullmatch(name):
        return False            # "IED", "ANA", "SDF", "FAMa": acronyms, not places
    words = name.split()
    if len(words) >= 2 and words[0].lower() in _COMPASS_WORDS and words[1][:1].isupper():
        # "North Darfur", "South Kivu", "East Jerusalem": the side is part of the name (but "North
        # Philippines" is a side of a country, no place; "South Sudan" is a country of its own)
        rest = " ".join(words[1:])
        if (countries.lookup(rest) or ("", "", ""))[2] == "name" and not countries.lookup(name) \
                and name.lower() not in _SIDE_REGIONS:
            return False
        words, name = words[1:], rest
    elif len(words) == 2 and words[0] == "Central" and words[1][:1].isupper() and words[1].lower() not in _NOT_PLACES \
            and words[1].lower() not in _CENTRAL_NOT_REGIONS and not countries.lookup(name) \
            and (countries.lookup(words[1]) or ("", "", ""))[2] != "name":      # (not "Central Sudan": a side of a country)
        return True     # "Central Equatoria", "Central Darfur": a region named by its side (not the "Central Bank")
    if _WHO_LIVES_THERE.search(name):
        return False        # "a Christian-majority area of Kaduna state", "a Kurdish-populated district": who lives there
    if not words or words[0].lower() in _NOT_PLACES or name.lower() in _NOT_PLACES \
            or words[0].lower() in _FAITHS and not (len(words) > 1 and words[1] == "Quarter") or words[0].lower() in _PEOPLES:
        return False        # (but "the Christian Quarter" of Aleppo is a place; "a Tuareg camp" is the camp of Tuaregs)
    if all(w.lower() in _NOT_PLACES for w in words):
        return False
    hit = countries.lookup(name)
    if hit and hit[2] == "adjective":
        return False
    return len(name) > 1


# what "Central" opens that is no region ("the Central Bank", "Central Command", "Central Asia")
_CENTRAL_NOT_REGIONS = frozenset("bank command committee hospital market prison station park asia america europe africa "
                                 "intelligence office council government university mosque square jail reserve".split())
_MOJIBAKE = re.compile(r"\?{2,}(?=[A-Z])")


def find_places(sentence: str, offset: int, lead: bool = False, alone: bool = False) -> list[Place]:
    """Place mentions in one sentence (offsets into the document). `lead`: the sentence is the
    document's first (a headline or lead), where a place name can stand as a bare modifier
    ("Donetsk shelling kills two"). `alone`: the sentence opens the text or a paragraph (a post's title
    line of places alone heads the post under it: "Kupiansk district. Yesterday a KAB hit ...", not "... with drones.
    [new line] Kupiansk district, Kharkiv region. [new line] One man was wounded.")."""
    if "??" in sentence and _MOJIBAKE.search(sentence):
        # "in the area of ??Ugledar": characters lost to a wrong encoding (a no-break space) glued
        # to the name; read the sentence without them and map the offsets back
        keep = [i for i, _ in enumerate(sentence)]
        for m in reversed(list(_MOJIBAKE.finditer(sentence))):
            del keep[m.start():m.end()]
        places = _find_places("".join(sentence[i] for i in keep), 0, lead, alone)
        for p in places:
            p.start, p.end = keep[p.start] + offset, keep[p.end - 1] + 1 + offset
        return places
    if lead and sentence.startswith("(") and (note := _LEADING_NOTE.match(sentence)):
        # "(Translated from Urdu) Bannu: ...": the note names no place of the report
        return _find_places(sentence[note.end():], offset + note.end(), lead, alone)
    places = _find_places(sentence, offset, lead, alone)
    if len(places) > 1 and any(p.qualifier == "origin" for p in places):
        for p, q in zip(places, places[1:]):
            if p.qualifier == "origin" and q.qualifier is None and sentence[p.end - offset:q.start - offset] in ("'s ", "’s "):
                q.qualifier = "origin"      # "launched from Russia's Belgorod region": the region the fire came from
    if len(places) > 1 and sentence[:1] in "IiEeMmSsA" and (area := _AREA_LEAD.match(sentence)) is not None:
        first = next((p for p in places if p.start - offset == area.start("name")), None)
        if first is not None and first.qualifier is None and first.kind == "place" \
                and any(p is not first and p.kind in ("place", "district") and p.qualifier in (None, "settlement")
                        and (_SCENE_UNIT_BEFORE.search(sentence, max(0, p.start - offset - 40), p.start - offset)
                             or _SCENE_AREA_AFTER.match(sentence, p.end - offset))
                        for p in places):
            first.qualifier = "label"   # "In Daraa, gunmen shot dead a man in the city of Jasim": the area the
            #                             sentence is in, which the town it names yields to (as a label's does)
    return places


# ... told as the scene's own town, village or municipality ("in the city of Jasim"; not "a spokesman said in Kabul", "a
# boy from Nablus", "north of the capital Baghdad", "a day after a blast in Turbat")
_SCENE_UNIT_BEFORE = re.compile(r"\b(?:in|at) the (?:city|town|village|municipality|locality|commune|hamlet|community"
                                r"|neighbourhood|neighborhood) of $", re.IGNORECASE)
# ... or as an area or village by the word after it: "In Hodeidah, ... three raids on Ras Isa area in Al-Salif district"
_SCENE_AREA_AFTER = re.compile(r" (?:area|village|town|neighbourhood|neighborhood|camp|locality)\b")
_SIDE_OF_THE = re.compile(r"\b(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west"
                          r"|south-east|south-west)(?:ern)?(?: outskirts)? of the $", re.IGNORECASE)
# A sentence led by the area it is in: "In Daraa, ...", "In Cauca, ..." (its place told after)
_AREA_LEAD = re.compile(r"(?:(?:In other news|Elsewhere|Meanwhile|Separately|Also),\s+)?[Ii]n (?P<name>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?),\s")


# A town told in apposition to the place before it as what it lies near: "San Francisco, a village south of Maracaibo",
# "Balad, 30 km southwest of Mogadishu", "Kalamu, near Maracaibo", "Avdiivka (17km north of Donetsk)" (a distance of a few hundred km is no village's)
_APPOSED = re.compile(r"(?:\s+(?:city|town|village|(?:displacement |idp |refugee )?(?:site|camp)))?(?:,\s*|\s*\(|\s+)(?:an? (?:[\w-]+ ){0,2}?(?:village|town|city|hamlet|settlement|locality|community|district|suburb)\s*,?\s+)?"
                      r"(?:(?:about|some|around|roughly|nearly|just|approximately|only)\s+)?"
                      r"(?:(?P<km>\d{1,3})\s*(?:km|kilometres|kilometers|miles)\s+)?"
                      r"(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of|near|outside)\s+(?:the\s+(?:town|city)\s+of\s+)?",
                      re.IGNORECASE)
_APPOSED_MAX_KM = 200


# a town told in the district that holds it: "Dansadau in Maru Local Government Area", "Kiwanja in Rutshuru territory"
_IN_UNIT = re.compile(r",? in (?:the )?")


def _link_units(sentence: str, found: dict) -> None:
    """A town told right before "in" a district ("invaded Dansadau in Maru Local Government Area"): the district is
    its parent, which places a town the gazetteer lacks."""
    places = sorted(found.items())
    for ((_s, end), p), ((start, _e), q) in zip(places, places[1:]):
        if p.kind == "place" and p.parent is None and q.kind == "district" and p.qualifier in (None, "near") \
                and _IN_UNIT.fullmatch(sentence, end, start):
            p.parent = q.name


def _mark_references(sentence: str, found: dict) -> None:
    """A place told "near" right after another, in apposition ("Balad, 30 km southwest of Mogadishu"): the reference
    point the first lies near (qualifier "reference"), which the geocoder uses to tell namesakes apart."""
    for (start, _end), q in found.items():
        if q.qualifier != "near":
            continue
        for (_s, end), p in found.items():
            if p is not q and end < start and (m := _APPOSED.fullmatch(sentence, end, start)) is not None \
                    and not (m.group("km") and int(m.group("km")) > _APPOSED_MAX_KM):
                q.qualifier = "reference"
                break


def _find_places(sentence: str, offset: int, lead: bool, alone: bool = False) -> list[Place]:
    found: dict[tuple[int, int], Place] = {}

    def add(name: str, start: int, kind: str, qualifier: str | None = None, parent: str | None = None,
            site: bool = False) -> Place | None:
        if name in _SEAS and not _SEA_STATE_AFTER.match(sentence, start + len(name)):
            return None     # "into the Red Sea": the sea, not Sudan's Red Sea state
        if any(c.isdigit() for c in name.split(" ", 1)[0]):
            return None     # "from Rs1 million", "the M23": an amount or a group (a town's part may: "Kabul's PD9")
        if _SHIP_BEFORE.search(sentence, max(0, start - 24), start):
            return None     # "M/V Aegean Dawn", "the bulk carrier Sea Meridian": a ship's name
        if "-" in name and sentence.startswith(" axis", start + len(name)) and _AXIS_ENDS.fullmatch(name) and qualifier != "road":
            return None     # "the Gao-Ansongo axis": its two end towns (the "direction" pattern's), no place of the name
        if kind == "place" and ("'s " in name or "’s " in name) and not _ADMIN_NEXT.match(sentence, start + len(name)):
            part = _part_of_town(name)     # (not "Kandahar's Shah Wali Kot District": the "possessive" pattern's)
            if part is not None:
                # "Baghdad's Sadr City", "Kabul's Dasht-e-Barchi": the part, held by its town (both are
                # mentions: the geocoder takes the part where it knows it, else the town)
                owner = add(name[:part[0]], start, "place", qualifier)
                if owner is not None:
                    return add(name[part[1]:], start + part[1], "place", qualifier, parent=owner.name) or owner
        if name in _NUMBERED_PARTS and _NUMBER_AFTER.match(sentence, start + len(name)):
            return None     # "celebrating a birthday on Block 4": a block, a zone or a gate by its number, no place
        force = name.removesuffix(" Forces")
        if " " in force and (force != name or sentence.startswith(" Forces", start + len(name))) and not _PLACE_FORCES.match(force):
            return None     # "from Rapid Support Forces positions": a force's name, no place (not "Ukraine's Armed Forces")
        told_as_village = name.split(" ", 1)[0] in _VILLAGE_PREFIXES
        if told_as_village and (name.split(" ")[1:2] or [""])[0] in _BARANGAY_TITLES:
            return None     # "Barangay Captain Romeo Santos": an official's title, no village
        name, length, lead = _clean(name)
        if told_as_village and kind == "place" and qualifier is None:
            qualifier = "settlement"    # "Barangay San Roque, Zamboanga City": a village, named with what holds it
        if kind == "place" and " " in name and name.rsplit(" ", 1)[1] in _CLUB_TAILS:
            return None         # "the match between Erbil SC and Duhok": a club
        if " " in name and _ACRONYM.fullmatch(name.rsplit(" ", 1)[1]):
            name = name.rsplit(" ", 1)[0]       # "Bijapur IED blast", "Kabul ISKP attack": the town, not the acronym
            length = len(name)
            if name.lower() in _NOT_ATTRIBUTIVE:
                return None     # ("in Maoist IED blast": no place)
        if kind == "place" and " " in name and name.rsplit(" ", 1)[1] in _ADMIN_CAPITAL_WORDS:
            return None     # "in Kherson Oblast": the "admin" pattern reads it as the region
        first, _, rest = name.partition(" ")
        if rest[:1].isupper() and first[:1].isupper() and len(rest) > 3 and not rest.endswith(("ish", "ian", "ese")) \
                and rest.split(" ", 1)[0].lower() not in _NOT_PLACES \
                and first.endswith(("an", "i", "ese", "ish")) and (adj := countries.lookup(first)) and adj[2] == "adjective" \
                and (countries.lookup(name) or ("", "", ""))[2] != "name":      # ("Saudi Arabia" is a country whole)
            # "the Malian Mopti region", "Pakistani Kashmir": the place, in the country the adjective names
            key = (start + lead, start + lead + len(first))
            if key not in found:
                found[key] = Place(adj[0], key[0] + offset, key[1] + offset, "place", None, None)
            name, length, lead = rest, length - len(first) - 1, lead + len(first) + 1
            parent = parent or adj[0]
        start += lead
        if parent is None and kind in ("place", "region") and start > 10 and sentence.endswith(" of ", 0, start) \
                and (adj := _NATION_UNIT_OF.search(sentence, max(0, start - 40), start)) \
                and (hit := countries.lookup(adj.group(1))) and hit[2] == "adjective" and hit[0] not in sentence:
            parent = hit[0]     # "the Afghan city of Jalalabad": the town, in the country its adjective names (where the
            #                     sentence does not name that country itself)
        if parent is None and kind in ("place", "region") and start > 3 and sentence[start - 3:start - 1] in ("'s", "’s") \
                and not _FORCE_AFTER_OWNED.match(sentence, start + length) \
                and (owner := _COUNTRY_OWNER.search(sentence, max(0, start - 40), start)) \
                and (hit := countries.lookup(owner.group(1))) and hit[2] == "name":
            parent = hit[0]     # "Yemen's Red Sea port", "Ukraine's Mariupol": the place, in the country that owns it
        if not _is_plausible(name) and not (kind == "region" and _COMPASS_REGION.fullmatch(name)
                                            and _COMPASS_REGION_AFTER.match(sentence, start + length)):
            return None
        if name in _WATER_WORDS and sentence.startswith(" of ", start + length):
            return None     # "in Gulf of Aden", "the Sea of Azov": a body of water, not a province called Gulf
        if name.lower() in actors.GROUP_WORDS:
            return None     # "a strike on al-Shabaab hideouts": an armed group, not a place
        if kind == "district" and name in _PEOPLE_NAMES:
            return None     # "the Fulani neighbourhood of Kouka": the people who live there, not its name
        end = start + length
        # "police in Tumaco said": where the speaker serves (a place, though "said" follows it)
        role_in = " in " in sentence[max(0, start - 24):start] and _ROLE_IN_BEFORE.search(sentence, max(0, start - 60), start) \
            and _SAID_SOON.match(sentence, end)
        person_after = None if role_in or qualifier == "speaker" else _PERSON_AFTER.match(sentence[end:end + 40])
        if person_after and kind != "district" and not (
                (person_after.group().lstrip(", ").startswith("the ") or person_after.group().startswith(", says"))
                and _LOCATIVE_BEFORE.search(sentence, max(0, start - 28), start)):
            # ("a strike on Dnipro, the governor said", "killed near Dokuchaievsk, says militia spokesman")
            return None     # ("Zelensky, the president, said"; but "a strike on Dnipro, the governor said")
        after = _FOLLOWER.match(sentence, end)
        if after and kind == "place" and after.group(1) in _ORG_NOUNS and not site:
            return None          # "Naftogaz facilities", "the Azovstal plant" (not "the Tuapse oil refinery")
        if after and kind == "place" and _STREET_AFTER.match(sentence, end):
            return None          # "on Tsentralna street", "on Lenin street": a street, no town
        if kind != "district" and (any(w in _ORG_WORDS for w in name.split()[1:]) or name.split()[0] in _MEDIUM_FIRST
                                   or name in _ORG_WORDS):
            return None          # "Doctors Without Borders", "Committee for ...", "Radio Andalus", "the District Hospital"
        if name in _SAINT_ABBREVIATIONS and sentence[end:end + 2] in (". ", ".") and sentence[end + 2:end + 3].isupper():
            return None          # "St. Bernadette's College": a saint's name (a place named St in GeoNames is not meant)
        if name in ("No", "Nos") and sentence[end:end + 1] == "." and sentence[end + 1:end + 3].strip()[:1].isdigit():
            return None          # "a fire broke out in No. 1 hold", "at No. 4 checkpoint": a number
        poss = _POSSESSED.match(sentence, end)
        if poss and kind == "place" and poss.group(1).lower() not in _PLACE_PARTS and not poss.group(1)[0].isupper():
            return None
        if poss and kind == "place" and poss.group(1).lower() in _NOT_PLACES and not (
                _OWNED_SITE.match(sentence, start) and not countries.lookup(name) and name.split(" ")[0] not in _NOT_OWNER_WORDS) \
                and not _OWNED_SIDE_AREA.match(sentence, end):      # ("Mogadishu's western outskirts": the city's edge)
            return None         # (but "Kadugli's central market": the town's own market)
        if kind != "district" and _person_before(sentence[max(0, start - 25):start]):
            return None
        if qualifier in (None, "settlement") and (_ORIGIN_BEFORE.search(sentence, max(0, start - 50), start)
                                                  or (" from " in sentence[max(0, start - 70):start]
                                                      or " in " in sentence[max(0, start - 70):start])
                                                  and _HOME_REGION_BEFORE.search(sentence, max(0, start - 70), start)
                                                  or _HOME_BEFORE.search(sentence, max(0, start - 60), start)):
            qualifier = "origin"     # "missiles launched from the Belgorod region struck Kharkiv": where fire came from
        if qualifier in (None, "settlement") and _TITLE_OF_BEFORE.search(sentence, max(0, start - 45), start) \
                and (_SAID_AFTER.search(sentence, end, end + 80) or _SAID_AFTER.search(sentence, max(0, start - 75), start)):
            qualifier = "speaker"    # "Serhiy Lysak, governor of the Dnipropetrovsk region, said": the speaker's office
        if qualifier in (None, "settlement") and start < 40 and (
                _OFFICE_OPENS.match(sentence[:start]) and _SAID_RIGHT_AFTER.match(sentence, end)
                or sentence[:start].strip(" \"“") in ("", "The", "the") and _OFFICE_OWNED.match(sentence, end)):
            qualifier = "speaker"    # "The administrator of Beni territory said ...", "Bay region's deputy governor said ..."
        if qualifier in (None, "settlement") and " after " in sentence[max(0, start - 140):start] \
                and _DAYS_AFTER_CLAUSE.search(sentence, max(0, start - 140), start):
            qualifier = "speaker"    # "killed five farmers near Oicha on Monday, a day after at least 14 people were killed in
            #                          an attack on the nearby village of Mamove": the earlier attack's place
        if qualifier is None and kind == "place" and (
                _WITNESSES_OF_BEFORE.search(sentence, max(0, start - 30), start) and _HEARD_AFTER.match(sentence, end)
                or _HEARD_IN_BEFORE.search(sentence, max(0, start - 30), start)):
            qualifier = "speaker"    # "Residents of Giurgiulești in southern Moldova said they were woken by blasts from
            #                          across the border, where drones struck the port of Reni": who heard it, not where
        if qualifier is None and (kind == "region" and (authority := _AUTHORITY_AFTER.match(sentence, end))
                                  and (_ACCORDING_TO_BEFORE.search(sentence, max(0, start - 20), start)
                                       or _AUTHORITY_SAID.match(sentence, authority.end()))
                                  or sentence.startswith(("'s ", "’s "), end)
                                  and (authority := _AUTHORITY_AFTER.match(sentence, end + 2)) is not None
                                  and _AUTHORITY_SAID.match(sentence, authority.end())):
            # ("Guanajuato's state prosecutor's office said": whose word, not where)
            qualifier = "speaker"    # "According to the Kherson regional administration, ...": whose word, not where
        if qualifier is None and kind == "place" and sentence.endswith(("towards ", "toward "), 0, start) \
                and not contains_any(sentence[max(0, start - 60):start], _FLED_NEEDLES):
            qualifier = "direction"     # "on the road out of the village towards Sumy": where the road leads
        if qualifier in (None, "settlement") and contains_any(sentence[max(0, start - 60):start], _FLED_NEEDLES) \
                and _FLED_BEFORE.search(sentence, max(0, start - 60), start):
            qualifier = "origin"    # "withdrew towards the Wadi al-Shay valley", "evacuated by helicopter to Cucuta"
        if qualifier in (None, "settlement") and contains_any(sentence[max(0, start - 110):start].lower(), _CARE_WORDS) \
                and (care := _TAKEN_TO_HOSPITAL.search(sentence, max(0, start - 110), start)) and not _treated_at_of(care):
            qualifier = "origin"    # "taken to hospitals in the city of Cali", "to hospital in the provincial capital Pemba"
        if qualifier in (None, "settlement") and kind == "place" and _HOSPITAL_NAMED_AFTER.match(sentence, end) \
                and _CARED_AT_BEFORE.search(sentence, max(0, start - 40), start):
            qualifier = "origin"    # "the wounded were rushed to Madina hospital": a hospital named after a place
        if qualifier in (None, "settlement") and kind == "place" and (
                _UNDER_TREATMENT_BEFORE.search(sentence, max(0, start - 50), start)
                or _TAKEN_TO_BEFORE.search(sentence, max(0, start - 40), start) and _IN_CARE_AFTER.match(sentence, end)):
            qualifier = "origin"    # "died while undergoing treatment in Bogura", "was flown to Juba, where he is in stable
            #                         condition": where the wounded were cared for
        if qualifier in (None, "settlement") and kind == "place" and not role_in \
                and (hosp := _TREATED_IN_BEFORE.search(sentence, max(0, start - 70), start)) \
                and (_TREATED_VERB.search(sentence) or _IN_HOSPITAL.search(sentence, max(0, start - 30), start)) \
                and not _HIT_BEFORE.search(sentence, max(0, hosp.start() - 40), hosp.start()):
            qualifier = "speaker"    # "our teams at Nasser Hospital in Khan Younis received 31 patients": where the
            #                          wounded were treated, not where they were hurt (unless nothing else is named)
        if qualifier in (None, "settlement") and contains_any(sentence[max(0, start - 70):start], _BURIAL_NEEDLES) \
                and _BURIED_BEFORE.search(sentence, max(0, start - 70), start):
            qualifier = "origin"     # "the coffins were sent to their native towns in Bannu and Karak for burial",
            #                          "five were buried in the Daraja Oula neighbourhood of El Fasher": not the scene
        if qualifier in (None, "settlement") and kind == "place" and " in " in sentence[max(0, start - 5):start] \
                and contains_any(sentence[max(0, start - 60):start], _VENUE_NEEDLES) \
                and (venue := _VENUE_BEFORE.search(sentence, max(0, start - 60), start)) is not None \
                and (_VENUE_VERB.search(venue.group()) or _VENUE_VERB.match(sentence, end)):
            qualifier = "speaker"    # "A court in Nairobi sentenced ...", "shares fell 3% in Abu Dhabi": where it
            #                          was told or traded, not where the attack was (unless nothing else is named)
        if qualifier in (None, "settlement") and role_in:
            if kind == "place" and not _LOCAL_SPEAKER.search(sentence, max(0, start - 40), start):
                return None     # "Authorities in Washington said", "an official in Geneva said": no place of the incident
            qualifier = "speaker"    # "a civil society leader in Irumu territory, said", "officials in Salahuddin said"
        if kind == "place" and name in _TERRITORIES:
            kind = "region"         # "near the West Bank settlement of Tekoa": the settlement places it
        if kind == "place" and _CAPITAL_ADMIN_AFTER.match(sentence, end):
            kind = "region"         # "in neighbouring Katsina State": the state, not its capital city
        key = (start, end)
        for (a, b), p in found.items():
            if a <= start and end <= b:
                return p
        if sentence.startswith((" State", " state"), end) and (countries.lookup(name) or ("", "", ""))[2] == "name":
            name, kind = f"{name} State", "region"      # "Rafi, Niger State": Nigeria's state, not the country
        place = Place(name, start + offset, end + offset, kind, qualifier, parent)
        found[key] = place
        return place

    if " and " in sentence and contains_any(sentence, _CONJOINED_FIRST):
        for m in _CONJOINED.finditer(sentence):      # "Jammu and Kashmir": one region, not the city of Jammu
            found[(m.start(), m.end())] = Place(m.group(), m.start() + offset, m.end() + offset, "region")
    if "R" in sentence or "republic" in sentence:
        for m in _ENTITY.finditer(sentence):
            found[(m.start(), m.end())] = Place(m.group("name").replace("’", "'"), m.start() + offset, m.end() + offset, "region")
    if "(" in sentence and ("formerly" in sentence or "known as" in sentence or "previously" in sentence):
        for m in _FORMER_NAME.finditer(sentence):   # "Batu (formerly Ziway)": the town by its other name too
            add(m.group("name"), m.start("name"), "place")
    if " border " in sentence or " frontier " in sentence:
        for m in _BORDER_AREA.finditer(sentence):   # "in the Belgorod border area": the region along the border
            add(m.group("name"), m.start("name"), "region")
    if ("'s " in sentence or "’s " in sentence) and contains_any(sentence, _SITE_NOUNS):
        for m in _OWNED_SITE.finditer(sentence):    # "a drone strike on Kadugli's central market": the town that owns it
            name, at = m.group("name"), m.start("name")
            if " " in name and name.split(" ", 1)[0] in _NOT_OWNER_WORDS:
                name, at = name.split(" ", 1)[1], at + len(name.split(" ", 1)[0]) + 1     # ("On Sunday Kadugli's ...")
            if name.split(" ", 1)[0] not in _NOT_OWNER_WORDS and not countries.lookup(name):
                add(name, at, "place")
    if contains_any(sentence, _SITE_NOUNS) or " Hospital" in sentence:
        for m in _TOWN_SITE.finditer(sentence):     # "near the Nabatieh public hospital", "on the El-Obeid market"
            if any((countries.lookup(w) or ("", "", ""))[2] in ("adjective", "name") for w in m.group("name").split(" ")) \
                    or m.group("name").split(" ", 1)[0].lower() in _SITE_ADJECTIVES \
                    or _INSTITUTION_OF.search(sentence, max(0, m.start("name") - 30), m.start("name")) \
                    or sentence.startswith(("Bazaar", "Market", "Bridge", "Bus "), m.end("name") + 1):
                # (not a site's own proper name, "the Anarkali Bazaar", "the Brooklyn Bridge"; but "Dilling Teaching
                # Hospital" is the town's)
                continue        # ("the Saudi hospital", "the Israeli army base": a people's, no town; "the Federal prison")
            add(m.group("name"), m.start("name"), "place", qualifier="near" if m.group("prep") == "near" else None)
    if " State" in sentence and "the " in sentence:
        for m in _THE_STATE.finditer(sentence):     # "in the Borno State": the state (not "the Islamic State")
            if m.group("name").rsplit(" ", 1)[-1].lower() not in _NOT_STATES:
                add(m.group("name"), m.start("name"), "region")
    if " to " in sentence and contains_any(sentence, _TAKEN_WORDS):
        for m in _TAKEN_TO.finditer(sentence):      # "brought here to Maiduguri for treatment": where the wounded went
            add(m.group("name"), m.start("name"), "place", qualifier="speaker")
    if "visit" in sentence or "toured" in sentence:
        for m in _VISITED.finditer(sentence):       # "the governor visited Konduga": where he went (a speaker's place,
            #                                         the scene where nothing else is; but weapons that "visited" a
            #                                         town struck it: "our Geran-2s once again visited Nikolaev")
            armed = _WEAPON_VISITORS.search(sentence, max(0, m.start() - 50), m.start()) is not None
            add(m.group("name"), m.start("name"), "place", qualifier=None if armed else "speaker")
    if ", a" in sentence and contains_any(sentence, _VILLAGE_NOUNS):
        for m in _APPOSED_VILLAGE.finditer(sentence):   # "Ségué, a village about 30 km west of Bankass": a village
            add(m.group("name"), m.start("name"), "place", qualifier="settlement")
    if contains_any(sentence, _UNIT_PREFIXES):
        for m in _UNIT_PREFIXED.finditer(sentence):     # "in the vereda Sinaí of Argelia": the village, then its municipality
            village = add(m.group("name"), m.start("name"), "place", qualifier="settlement")
            holder = add(m.group("container"), m.start("container"), "place") if m.group("container") else None
            if village is not None and holder is not None and village.parent is None:
                village.parent = holder.name
    if contains_any(sentence, _URBAN_PREFIXES):
        for m in _URBAN_PREFIXED.finditer(sentence):    # "in colonia Villa Nueva, Tegucigalpa": a part of the town after it
            holder = add(m.group("container"), m.start("container"), "place") if m.group("container") else None
            add(m.group("name"), m.start("name"), "district", parent=holder.name if holder else None)
    if " of " in sentence and ("esidents" in sentence or "nhabitants" in sentence or "illagers" in sentence):
        for m in _RESIDENTS_OF.finditer(sentence):   # "Residents of Djibo said ...": the town they live in, as a speaker's
            add(m.group("name"), m.start("name"), "place",      # (not "residents of Kitengela assembled along the road":
                qualifier="speaker" if _RESIDENTS_DID.match(sentence, m.end()) is None else None)   # where they did it)
    if contains_any(sentence, _ROAD_WORDS):
        for m in _ROAD.finditer(sentence):      # "on the Nabatieh road", "along the Gwoza-Pulka road": near its towns
            if m.group("a").lower() in _NOT_ROAD_TOWNS or (m.group("b") or "").lower() in _NOT_ROAD_TOWNS:
                continue        # "the Trans-Sahara highway", "the National highway": no towns
            add(m.group("a"), m.start("a"), "place", qualifier="road")
            if m.group("b"):
                add(m.group("b"), m.start("b"), "place", qualifier="road")
        for m in _ROAD_TO.finditer(sentence):
            if m.group("a").lower() not in _NOT_ROAD_TOWNS and "martyr" not in sentence[max(0, m.start() - 30):m.start()]:
                #   (not Hezbollah's eulogy of its fighters, "martyred on the road to Jerusalem")
                add(m.group("a"), m.start("a"), "place", qualifier="road")
    if ":" in sentence and contains_any(sentence, _UNIT_FIELD_NEEDLES) and (
            "  " in sentence or "\t" in sentence or "|" in sentence or "/" in sentence or ";" in sentence
            or _UNIT_FIELD.match(sentence)):
        _unit_fields(sentence, add)
    if "/" in sentence and ":" in sentence and SLASH_FIELDS.match(sentence):
        _slash_fields(sentence, add)
    named = _NAME_AFTER_SPACE.search(sentence) is not None     # the "prep" gate
    of_gate = None
    for kind, pattern in _PATTERNS:
        if not named and kind not in ("admin", "label", "slash", "attributive", "subject", "object", "heading"):
            continue
        if kind in ("attributive", "object") and not lead:
            continue
        if kind in ("of", "near"):
            if of_gate is None:
                of_gate = _NAME_AFTER_OF.search(sentence) is not None or " of " in sentence and contains_any(sentence, _STATE_NEEDLES)
            if not of_gate and not (kind == "near" and contains_any(sentence, (" above ", " beyond ", " behind ", " before ",
                                                                               " short of ", " past ", " outside "))):
                continue
        elif kind != "prep" and not _GATES[kind](sentence):
            continue
        if kind == "prep":
            _prep(sentence, add)
            continue
        for m in (pattern.finditer(sentence) if kind != "subject" else filter(None, (pattern.match(sentence),))):
            g = m.groupdict()
            if kind == "possessive_area":
                rural = g["area"].lower() in ("countryside", "hinterland", "rural areas")
                add(g["name"], m.start("name"), "region" if rural else "place", qualifier=None if rural else "near")
                continue
            if kind == "possessive":
                if g["admin"] == "Province" and _BRANCH_BEFORE.search(sentence, max(0, m.start("name") - 20), m.start("name")) \
                        and (countries.lookup(g["name"]) or ("", "", ""))[2] != "name":
                    continue        # "the Islamic State's Sahel Province claimed": the group's branch (its "Pakistan
                    #                 Province" still names the country)
                parent = _clean(g["parent"])[0]
                level = "region" if g["admin"].lower() in _REGION_WORDS else "district"    # "Mali's Mopti region"
                add(g["name"], m.start("name"), level, parent=parent)
                # the owner of a township, a tehsil or an LGA is its region ("Sagaing's Depayin Township"); of a
                # district, often a city ("Kharkiv's Kyivskyi district")
                add(g["parent"], m.start("parent"), "region" if g["admin"].lower() in _REGION_PART_WORDS else "place")
            elif kind == "anaphoric":
                if g["name"]:
                    add(g["name"], m.start("name"), "district", parent="")
                else:       # "the Shevchenkivskyi district of the city"
                    add(g["name2"], m.start("name2"), "district", parent="")
            elif kind == "admin":
                if g["admin"] in _ADMIN_CAPITAL_WORDS and (g["name"].split()[-1].lower() in _GOVERNMENT_BODIES
                                                           or _BRANCH_AFTER.match(sentence, m.end("admin"))
                                                           or g["admin"] == "Province" and _BRANCH_BEFORE.search(
                                                               sentence, max(0, m.start("name") - 20), m.start("name"))
                                                           and (countries.lookup(g["name"]) or ("", "", ""))[2] != "name"):
                    continue        # "the Justice Department said", "the Khorasan Province branch of IS"
                admin = g["admin"].lower()
                if admin == "community" and m.start("name") == 0 and _COMMUNITY_NOUN_AFTER.match(sentence, m.end("admin")):
                    continue        # "Initial community reports spoke of ten dead": a word that opens the sentence, no
                    #                 hromada (not "the Velykyi Burluk community health centre")
                if admin == "division" and (g["name"].rsplit(" ", 1)[-1].lower() in _ARMY_DIVISION_WORDS
                                            or actors.GROUP_WORDS.intersection(g["name"].lower().split())
                                            or not _IN_DIVISION_BEFORE.search(sentence, max(0, m.start("name") - 20), m.start("name"))
                                            or _COURT_AFTER.match(sentence, m.end("admin"))):
                    continue        # "the 3rd Armoured division", "Paratroopers of the Pskov division": a formation, no district
                    #                 (one is where something happened: "in Bui division", "in the Chittagong division")
                admin = "oblast" if admin.startswith("obl") else "district" if admin.startswith("urban ") or admin in (
                    "cercle", "circle", "local government area", "local government", "lga") else admin    # Mali's cercles, Nigeria's LGAs
                # (a division is a large unit, Bangladesh's first level, Cameroon's second: read as a region, never as a
                # village abroad of its name, "the Momo division" no Momo in Italy)
                k = "region" if admin in _REGION_WORDS or admin in ("regional", "division") else "district" if admin in (
                    "district", "raion", "rayon", "hromada", "community", "municipality", "neighbourhood", "neighborhood",
                    "quarter", "suburb", "township", "municipio", "tehsil", "woreda", "commune", "upazila", "upazilla",
                    "subdivision", "chiefdom", "regency") else "place"
                ofparent, ofadmin, gparent = g.get("ofparent"), g.get("ofadmin"), g.get("parent")
                if ofparent and (lga := _LGA_END.search(ofparent)) is not None:
                    ofparent, ofadmin = ofparent[:lga.start()], " lga"          # "the Kwall area of Bassa Local Government Area"
                elif ofparent and ofparent.rsplit(" ", 1)[-1] in (*_ADMIN_CAPITAL_WORDS, "State"):
                    ofparent, ofadmin = ofparent.rsplit(" ", 1)[0], " region"    # "... District of Kandahar Province"
                if g.get("side") and admin not in _PART_OF_TOWN_WORDS:
                    # (a side only of a town a part is in: "the Shaab neighbourhood of northern Baghdad"; "the Spin Boldak
                    # district of southern Kandahar" names no town of the side, "of southern Helmand province" its province)
                    if ofadmin and ofadmin.strip().lower() in _REGION_WORDS:
                        add(ofparent, m.start("ofparent"), "region")
                    ofparent = ofadmin = None
                if gparent and gparent.rsplit(" ", 1)[-1] in _ADMIN_CAPITAL_WORDS:
                    gparent = gparent.rsplit(" ", 1)[0]
                parent = _clean(gparent)[0] if gparent else None
                if ofparent and k == "district" and not (ofadmin and ofadmin.strip().lower() in ("district", "raion", "rayon")) \
                        and admin not in _SUBDISTRICT_WORDS:
                    parent = _clean(ofparent)[0]      # "the Kyivskyi district of Kharkiv" (not "the Marhanets community
                    #                                   of Nikopol district": a hromada of a raion)
                elif ofparent and k == "region" and not ofadmin:
                    parent = _clean(ofparent)[0]      # "the Montaña region of Guerrero": a part of the state
                elif ofparent and k == "place" and admin in _PART_OF_TOWN_WORDS:
                    parent = _clean(ofparent)[0]      # "the Brooklyn area of Cite Soleil": a part of that town
                elif k == "district" and parent is None and (label := _CITY_LABEL.match(sentence)) is not None \
                        and label.end() == m.start("name"):
                    parent = label.group("city")      # "Kherson, Korabelnyi district. ...": a post's label line
                    add(label.group("city"), label.start("city"), "place")
                near = _OUTLYING.fullmatch(admin) is not None or admin == "countryside" or k == "place" and _NEAR_BEFORE.search(
                    sentence, max(0, m.start("name") - 20), m.start("name")) is not None
                # a sea's or a people's name before "port/city/town of X" is no place of its own: "the Red Sea port
                # of Hodeidah", "the Lebanese city of Tyre" (but "the Sopore town of Baramulla", "the Tucuman town
                # of Rio Colorado" name two places, which of them the town is depends on the writer)
                descriptor = bool(ofparent) and not ofadmin and admin in ("city", "town", "village", "port") \
                    and (_WATER.search(g["name"]) is not None or (countries.lookup(g["name"]) or ("", "", ""))[2] == "adjective")
                if not descriptor and k == "region" and _REGION_CAPITAL_AFTER.match(sentence, m.end("admin")):
                    add(g["name"], m.start("name"), "place", qualifier="settlement")  # "Kharkiv oblast's capital": the city
                elif not descriptor and k == "region" and (owned := _REGION_OWNS.match(sentence, m.end("admin"))) \
                        and not _ADMIN_NEXT.match(sentence, owned.end("name")):
                    # "Belgorod region's Shebekino": the town, in the region
                    region = add(g["name"], m.start("name"), "region")
                    add(owned.group("name"), owned.start("name"), "place", parent=region.name if region else None)
                elif not descriptor:
                    part = ofparent and not ofadmin and k == "place" and admin in _PART_OF_TOWN_WORDS and parent is not None
                    add(g["name"], m.start("name"), k, qualifier="near" if near else "part" if part else None,   # ("near Idlib
                        parent=parent, site=_SITE_WORDS.fullmatch(admin) is not None)                          # city")
                if ofparent:
                    # ("the southern Lebanese city of Nabatieh": the city, not the governorate of its name)
                    add(ofparent, m.start("ofparent"),
                        ("district" if ofadmin.strip().lower() in ("district", "raion", "rayon", "local government area",
                                                                   "local government", "lga") else "region") if ofadmin else "place",
                        qualifier="settlement" if descriptor else None)
                    if g.get("ofstate"):
                        add(g["ofstate"], m.start("ofstate"), "region")     # "the Kwall area of Bassa LGA, Plateau State"
                if gparent and k == "region" and not g.get("padmin") and admin in ("province", "region", "state", "governorate") \
                        and (countries.lookup(gparent) or ("", "", ""))[2] != "name" and _AUTHORITY_OF_BEFORE.search(
                            sentence, max(0, m.start("name") - 30), m.start("name")):
                    add(gparent, m.start("parent"), "place", qualifier="speaker")   # "the Governor of Lac Province, Bol, 3
                    #                                       February": where he spoke, the capital after the title, no region
                elif gparent:
                    lga = _LGA_AFTER.match(sentence, m.start("parent") + len(_clean(gparent)[0])) is not None
                    add(gparent, m.start("parent"), "district" if g.get("parent2") or lga else "region")   # ("Bassa Local Government")
                if g.get("parent2"):
                    add(g["parent2"], m.start("parent2"), "region")   # "Kware village, Maru LGA, Zamfara State"
            elif kind == "of":
                before = sentence[max(0, m.start("name") - 14):m.start("name")].lower()
                wide = sentence[max(0, m.start("name") - 40):m.start("name")].lower()
                near = "near" if any(w in before for w in ("outskirts", "suburb", "edge", "vicinity", "heights", "hills", "environs",
                                                           "coast", "hinterland", "fringes", "periphery")) or wide.endswith("countryside of ") \
                    or _NEAR_THE_X_OF.search(wide) else \
                    ("origin" if wide.endswith("from the direction of ") else "direction") if before.endswith("direction of ") \
                    else None   # ("shells were fired ... from the direction of Krasnogorovka": where the fire came from)
                if wide.endswith("islamic state of "):
                    continue        # "Islamic State of Iraq and Syria militants": a group's name
                if before.endswith("square of ") and g["name"].lower() in _SQUARE_NAMES:
                    continue        # "the square of Independence", "Martyrs' Square": the square's own name
                if (before == "part of " or before.endswith(" part of ")) and not _SIDE_PART.search(wide):
                    continue        # "the central part of Kherson", not "as part of MINUSMA", "Part of Battle of Mosul"
                if before.endswith("parish of ") and not wide.endswith("rural parish of ") and _SAINT.match(g["name"]):
                    continue        # "the Catholic parish of Saint Joseph in Butembo": a church, named after its saint
                level = "region" if re.search(r"(?:region|province|oblast|governorate|department|state) of $", before) \
                    else "district" if before.endswith(("cercle of ", "prefecture of ", "tehsil of ", "woreda of ", "upazila of ",
                                                        "island of ", "islet of ")) \
                    else "place"        # ("in the cercle of Douentza": a district, named after its seat; "on the island of
                #                         Mindanao, in Aleosan": the town on it, where one is named)
                if before.endswith((", locality of ", ", a locality of ")):
                    continue        # "in Chapinero, locality of Bogota": the town the place named before is a part of
                if near is None and wide.endswith(("city of ", "town of ", "village of ", "township of ", "settlement of ",
                                                   "locality of ", "hamlet of ", "camp of ", "parish of ", "vereda of ",
                                                   "corregimiento of ", "community of ")):
                    near = "settlement"     # "the city of Kirovohrad": the city, not the oblast of its name
                village = add(g["name"], m.start("name"), level, qualifier=near)
                if village is not None and village.parent is None and level == "place" and wide.endswith(_AREA_OF) \
                        and (inside := _COMMA_CONTAINER.match(sentence, m.end("name"))) is not None \
                        and not _LIST_GOES_ON.match(sentence, inside.end("name")):
                    # "in the rural area of Tibu, Norte de Santander": the town, in its region
                    holder = add(inside.group("name"), inside.start("name"), "region")
                    village.parent = holder.name if holder is not None else None
                if (wide.endswith(("village of ", "hamlet of ", "parish of ", "vereda of ", "corregimiento of ",
                                   "community of ", "locality of "))
                    and (inside := _IN_CONTAINER.match(sentence, m.end("name")) or _COMMA_CONTAINER.match(sentence, m.end("name")))
                    # ... and a town's or a municipality's, after a comma: "the town of Santa Rosa, Nueva Ecija"
                    or wide.endswith(("town of ", "city of ", "municipality of ", "municipio of "))
                        and (inside := _COMMA_CONTAINER.match(sentence, m.end("name"))) is not None
                        and not _TOWN_HOLDER.search(inside.group())
                        and (not _LIST_GOES_ON.match(sentence, inside.end("name"))
                             or _country_after(sentence, inside.end("name")) is not None)):     # (not "the city of Sumy,
    #                                                                                             Kharkiv, and Poltava")
                    # "the village of Shuhayl in Deir ez-Zor": what holds a village is a province or a district,
                    # rather than the city of its name
                    # (a municipality or town told as such is a town: "the community of X, in the municipality of Y")
                    holder = add(inside.group("name"), inside.start("name"),
                                 "place" if _TOWN_HOLDER.search(inside.group()) else "region")
                    if village is not None and holder is not None and village.parent is None:
                        village.parent = holder.name
                    if holder is not None and holder.parent is None:
                        holder.parent = _country_after(sentence, inside.end("name"))    # ("Mataje, San Lorenzo, Ecuador")
                if sentence[max(0, m.start("name") - 16):m.start("name")].lower().endswith(("settlements of ", "villages of ", "towns of ")):
                    pos = m.end("name")
                    while (more := _MORE_NAMES.match(sentence, pos)) is not None:
                        add(more.group("name"), more.start("name"), level, qualifier=near)   # "... of X, Y and Z"
                        pos = more.end()
                        if more.group(0).lstrip(", ").startswith("and"):
                            break
            elif kind == "near":
                key = "name" if g["name"] else "name2" if g["name2"] else "name3"
                if g[key][0].isupper() or g[key][:3] in ("al-", "el-"):     # ("south of al-Tarmiyah")
                    add(g[key], m.start(key), "place", qualifier="near")
            elif kind in ("apposed_part", "apposed_owner"):
                parent = add(g["parent"], m.start("parent"), "place")
                add(g["name"], m.start("name"), "district", parent=parent.name if parent else g["parent"])
            elif kind == "caption":
                parent = g["parent"].title()
                hit = countries.lookup(parent)
                if g["name"].lower() in _NOT_PLACES:
                    continue
                if hit is not None and hit[2] == "name":
                    add(g["name"].title(), m.start("name"), "place", qualifier="heading", parent=hit[0])
                else:
                    region = add(_HEADING_ADMIN_END.sub("", parent).strip() or parent, m.start("parent"), "region",
                                 qualifier="heading")
                    add(g["name"].title(), m.start("name"), "place", qualifier="heading",
                        parent=region.name if region else None)
            elif kind == "country_heading":
                hit = countries.lookup(g["country"].title())
                if hit is not None and hit[2] == "name" and g["name"].lower() not in _NOT_LABEL_PLACES \
                        and g["name"].lower() not in GENERIC_REGIONS and countries.lookup(g["name"]) is None:   # (not "India - Pakistan")
                    add(g["name"], m.start("name"), "region", qualifier="heading", parent=hit[0])
            elif kind == "heading":
                if _HEADING_ADMIN_END.sub("", g["caps"] or g["name"] or "").lower() in GENERIC_REGIONS:
                    continue        # "NORD REGION.", "Centre Region": a side many countries name a region by, no clue
                if g["caps"]:
                    if g["caps"].lower() not in _NOT_PLACES:
                        add(g["caps"].title(), m.start("caps"), "region", qualifier="heading")
                    continue
                name, admin = g["name"], g["admin"]
                if g["second"] and not g["admin2"] and "/" not in sentence[m.end("name"):m.start("second")]:
                    continue        # (a dash before a unit only: "North Kivu – Beni territory", not "Section C – Narrative")
                if g["area"]:
                    area = add(g["area"], m.start("area"), "region", qualifier="heading")
                    add(name, m.start("name"), "place", qualifier="heading", parent=area.name if area else None)
                    continue
                if not admin and _HEADING_ADMIN_END.search(name):
                    name, admin = name.rsplit(" ", 1)[0], name.rsplit(" ", 1)[1]    # ("Borno State": the name took it)
                pinned = (g["bullet"] or "").startswith("📍")     # a post's pin over its town's lines: "📍 Nikopol"
                if name.isupper() or not (admin or g["second"]) and not (g["bullet"] and g["end"] or g["end"] == "|" or pinned):
                    continue        # (a bare name alone is a heading only between dashes, "- Sud-Kivu -", or before a
                    #                 post's bar, "Jisr al-Shughur |"; not "Calm.")
                if admin and admin.strip().lower() in ("community", "hromada"):
                    if pinned:
                        add(name, m.start("name"), "place", qualifier="heading")     # "📍 Marhanets community": its town
                    continue        # (not a heading "Roma community" over a story of that people)
                if pinned and not admin and (name.lower() in _NOT_PLACES or name.lower() in COMMON_WORDS):
                    continue        # ("📍 Home", "📍 Update")
                region = add(name, m.start("name"), "region" if admin or g["second"] else "place", qualifier="heading")
                if g["second"]:
                    add(g["second"], m.start("second"), "district" if g["admin2"] else "place", qualifier="heading",
                        parent=region.name if region else None)
            elif kind == "slash":
                if g["name"].isupper() and g["parent"].isupper() or len(g["name"]) == 1:
                    continue        # "CAIRO/JERUSALEM, Aug 5 (Reuters) -": a dateline's two cities; "M/V Aegean Dawn": a ship
                parent = add(g["parent"], m.start("parent"), "region")
                add(g["name"], m.start("name"), "place", parent=parent.name if parent else None)
            elif kind == "capital" and g.get("adj"):
                capital = countries.capital_of(g["adj"])
                if capital and not any(a <= m.start("adj") < b for a, b in found):
                    found[(m.start("adj"), m.end())] = Place(capital, m.start("adj") + offset, m.end() + offset, "place")
            elif kind == "admin_list":
                level = "region" if g["admin"].lower() in ("regions", "oblasts", "provinces", "governorates") else "district"
                for item in _LIST_ITEM.finditer(sentence, m.start("list"), m.end("list")):
                    add(item.group(), item.start(), level)
            elif kind == "subject":
                first = g["name"].split(" ", 1)[0]
                if first.lower() not in ROLES and first.lower() not in _NOT_SUBJECT_PLACES \
                        and (countries.lookup(first) or ("", "", ""))[2] != "adjective":
                    add(g["name"], m.start("name"), "place")    # (not "Christians were targeted", "Schools were shelled")
            elif kind == "label" and g["name"].lower() in UNIT_FIELDS and m.group().rstrip().endswith(":"):
                continue        # (a record's field named for a unit, "Oblast: Kharkiv": read by _unit_fields)
            elif kind == "label":
                if g["name"].lower() in _NOT_LABEL_PLACES or _CODE_LABEL_END.search(g["name"]):
                    continue        # "Verified: the mayor said ...", "Update: ...": an editor's label; "Attack ID: ...",
                    #                 "Case Number: ...": a record's code
                if m.group().endswith(" - ") and g["timed"] is None and not (g["bullet"] or g["name"].isupper() and _region_told(g)):
                    continue        # (a hyphen ends the place of a factbox's entry only where it is bulleted, or shouted
                    #                 with its region: "QUETTA (Balochistan) - ", not a dateline's "KYIV (Reuters) - ",
                    #                 "KABUL, Afghanistan (Sept. 13, 2010) - ")
                barred = not m.group().rstrip().endswith((":", " -")) and g["timed"] is None
                if barred and (not g["stamp"] or (countries.lookup(g["name"]) or ("", "", ""))[2] == "name") \
                        or g["stamp"] and not g["word"] and not barred and not g["admin"]:
                    continue        # (a bar or a dash ends a crawl's place only after its time or alert word, and names no
                    #                 country: not "Middle East | ...", "Mali — Kidal"; a time then a colon is a speaker's
                    #                 "12:05 Zelensky: ...", not a place's, unless it names its unit: "10:05 Khmelnytskyi oblast:")
                if not g["name"].isupper() or g["bullet"] or m.group().endswith(" - "):
                    #                   ("PESHAWAR: ..." is a dateline: find_dateline_place)
                    if g["name"].isupper() and (g["name"].lower() in _NOT_LABEL_PLACES or g["name"].lower() in _NOT_PLACES
                                                or g["name"].lower() in COMMON_WORDS):
                        continue    # ("* NATIONWIDE - ...", "* WHEN: ...", "* CLAIM: ...": a factbox's labels)
                    p = add(g["name"].title() if g["name"].isupper() else g["name"], m.start("name"), "place", qualifier="label")
                    parent = "parent" if g.get("parent") else "second" if g.get("second") else None
                    if p is not None and parent and (countries.lookup(g[parent]) or ("", "", ""))[2] == "name":
                        p.parent = g[parent]     # "Irapuato, Mexico: ...": the town, in its country
                    elif p is not None and parent:
                        # "Bambari (Ouaka): ...", "Irapuato, Guanajuato: ...": the town, in its region
                        par = add(g[parent], m.start(parent), "region")
                        p.parent = par.name if par else p.parent
            elif kind == "code_label":
                if countries.code_country(g["code"]) is None:
                    continue        # (a line led by no country's code)
                name = _COMPASS_ABBREVIATION.sub(lambda a: _COMPASS_WORD[a.group(1)] + " ", g["caps"]).strip().title()
                if len(name) > 3 and name.lower() not in _NOT_LABEL_PLACES and name.lower() not in GENERIC_REGIONS:
                    add(name, m.start("caps"), "place", qualifier="label")     # (its spelling title-cased: "Odesa")
            elif kind == "dated_label":
                first_admin, second_admin = (g["admin"] or "").strip().lower(), (g["admin2"] or "").strip().lower()
                if g["second"] and second_admin in _LOG_DISTRICTS and not first_admin:
                    # "Jonglei, Akobo County": the county, in the region named first
                    region = add(g["name"], m.start("name"), "region")
                    add(g["second"], m.start("second"), "district", qualifier="label", parent=region.name if region else None)
                else:
                    # "El Obeid, North Kordofan", "Mambasa territory, Ituri": the place (or district), in the region after it
                    region = add(g["second"], m.start("second"), "region") if g["second"] else None
                    add(g["name"], m.start("name"), "district" if first_admin in _LOG_DISTRICTS else
                        "region" if first_admin else "place", qualifier="label", parent=region.name if region else None)
            elif kind == "log_row":
                # the region's column, then the district's or the town's: labels both, the town in the region, which
                # place the row unless its text names a town of its own
                first, second = ("name", "second") if g["name"] else ("cname", "csecond")
                if g[first].lower() in _NOT_PLACES or g[second].lower() in _NOT_PLACES:
                    continue
                if g[first] == g[second] or (countries.lookup(g[second]) or ("", "", ""))[2] == "name":
                    add(g[first], m.start(first), "place", qualifier="label")   # "Kyiv, Kyiv:", "Kyiv, Ukraine:": the town
                    continue
                region = add(g[first], m.start(first), "region", qualifier="label")
                add(g[second], m.start(second), "place", qualifier="label", parent=region.name if region else None)
            elif kind == "field":
                region = None       # ("Location: Datu Piang, Maguindanao del Sur": the town, in its province)
                street = is_street(g["name"]) and g.get("parent") and not g.get("unit")
                for key, unit in (("parent3", "unit3"), ("parent2", "unit2"), ("parent", "unit")):
                    if g.get(key):
                        told = (g.get(unit) or "").lower()
                        if key != "parent" and g.get("side" + key[-1]):
                            add(g[key], m.start(key), "place", qualifier="near")   # ("..., east of Khan Younis")
                        elif key == "parent" and street:
                            # "Location: Salah al-Din Road, Bani Suheila, east of Khan Younis": the street's town
                            add(g[key], m.start(key), "place", parent=region.name if region else None)
                        elif not told or told in _FIELD_REGION_UNITS:
                            region = add(g[key], m.start(key), "region") or region
                        else:       # (a territory, district or chiefdom: a unit within the region)
                            add(g[key], m.start(key), "district", parent=region.name if region else None)
                own = (g.get("nameunit") or "").lower()
                if not street:
                    add(g["name"], m.start("name"), "region" if own in _FIELD_REGION_UNITS else "district" if own else "place",
                        qualifier="near" if g["near"] else None, parent=region.name if region else None)
                #   ("Location: Catatumbo region, Norte de Santander department": an area, in its department)
            elif kind == "bulletin":
                if g["name"].split(" ", 1)[0].lower() not in _NOT_BULLETIN_PLACES and not g["name"].isupper():
                    add(g["name"], m.start("name"), "region")
            elif kind == "against":
                first = g["name"].split(" ", 1)[0]
                if (countries.lookup(first) or ("", "", ""))[2] != "adjective" and not _FORCE_NAME.search(g["name"]) \
                        and not _MEN_AFTER.match(sentence, m.end("name")) \
                        and first not in _PEOPLE_NAMES and first.removesuffix("s") not in _PEOPLE_NAMES:
                    add(g["name"], m.start("name"), "place")    # (not "attacks against Afghan National Security Forces",
                    #                                             "a sabotaging attack against Sultan Murad terrorists")
            elif kind in ("capital", "impact", "station"):
                near = kind == "capital" and _SIDE_OF_THE.search(sentence, max(0, m.start() - 40), m.start()) is not None
                add(g["name"], m.start("name"), "place", qualifier="near" if near else None)
                #   ("north of the capital, Baghdad": a reference point, as "north of Baghdad" is)
            elif kind == "object":
                key = "name" if g["name"] else "name2"
                first = g[key].split(" ", 1)[0]
                if first.lower() not in ROLES and first.lower() not in _NOT_ATTRIBUTIVE \
                        and (countries.lookup(first) or ("", "", ""))[2] != "adjective":
                    add(g[key], m.start(key), "place")    # (not "Troops raid Taliban hideouts", "attack Christian villagers")
            elif kind == "attributive":
                if g["name"].split(" ", 1)[0].lower() not in _NOT_ATTRIBUTIVE:
                    add(g["name"], m.start("name"), "place", qualifier="attributive")
            elif kind == "direction":
                if m.group().endswith("axis") and not g.get("name2") and (ends := _AXIS_ENDS.fullmatch(g["name"])) is not None:
                    # "along the Gao-Ansongo axis": a road between two towns, each an end of it (as "the Gao-Ansongo road")
                    add(ends.group("a"), m.start("name"), "place", qualifier="road")
                    add(ends.group("b"), m.start("name") + ends.start("b"), "place", qualifier="road")
                    continue
                if m.group().endswith("sector") and not g.get("name2") \
                        and (town := _SECTOR_OF_TOWN.match(sentence, m.end())) is not None \
                        and not _MILITARY_WORDS.search(sentence):
                    # "in the Socio Vivienda sector of north-west Guayaquil": a part of the city, not a front's sector
                    city = add(town.group("name"), town.start("name"), "place")
                    add(g["name"], m.start("name"), "district", parent=city.name if city else None)
                    continue
                # ("drones launched from the Primorsko-Akhtarsk direction": where the fire came from)
                origin = _ORIGIN_BEFORE.search(sentence, max(0, m.start("name") - 50), m.start("name") - 4) \
                    if m.group().startswith("the ") else None
                add(g["name"], m.start("name"), "place", qualifier="origin" if origin else "direction")
                if g.get("name2"):
                    add(g["name2"], m.start("name2"), "place", qualifier="direction")
    if len(found) > 1:
        _mark_references(sentence, found)
    if " in " in sentence and len(found) > 1:
        _link_units(sentence, found)
    if alone and found and len(sentence) <= 70 and sentence.rstrip()[-1:] not in "!?" and _PLACES_ONLY_GATE.fullmatch(sentence):
        # a post's title line of places alone ("Monywa Township, Sagaing Region", "Shebekino urban district.",
        # "Ariha, southern Idlib countryside |"): the heading of the post under it
        rest = sentence
        for a, b in sorted(found, reverse=True):
            rest = rest[:a] + rest[b:]
        if _HEADING_REST.fullmatch(rest):
            for p in found.values():
                if p.qualifier in (None, "near") and p.name.lower() not in GENERIC_REGIONS:
                    p.qualifier = "heading"     # (not "Centre Region": a side many countries name a region by)
    return sorted(found.values(), key=lambda p: p.start)


_PLACES_ONLY_GATE = re.compile(r"[^\d:;()]+")
_HEADING_REST = re.compile(r"(?:[\s,./|–—-]|\b(?i:the|urban|district|township|region|province|oblast|state|governorate|hromada"
                           r"|community|municipality|county|territory|raion|department|countryside|rural|(?:north|south|east|west)"
                           r"(?:ern)?|central|(?:north|south)-?(?:east|west)(?:ern)?)\b)*")




# Mourners' words, with the scene named after them: "... to bury five passengers killed when gunmen ambushed a bus at
# Milimani" (where they gathered is no scene)
_TO_BURY = re.compile(r"\b(?:to bury|to mourn|for the (?:funeral|burial)s? of|to lay to rest)\b"
                      r"(?:[^.;]{0,120}\b(?:killed|died|slain|ambushed|attacked)\b[^.;]{0,80}\b(?:in|at|near) [A-Z]"
                      # ... or the dead told before: "Mourners gathered in Jere on Wednesday to bury the victims."
                      r"| (?:the|their|his|her) (?:victims|dead|bodies|slain)\b)")
# "arrived in Bunia on Wednesday, three days after ...": where an official went after an attack
_DAYS_AFTER_IN = re.compile(r"\b(?:a|one|two|three|four|five|several|few) days? after\b")
# Every _SPEAKER match holds one of these (lower-cased).
_BURIAL_WORDS = ("burial", "funeral", "memorial", "vigil", "buried", "laid to rest")
_SPEAKER_WORDS = ("speaking", "spoke", "visit", "meeting", "summit", "conference", "talks", "interview", "briefing",
                  "addressing", "said in", "says in", "reporters in", "wrote in", "said at")


def _spoken_in(before: str) -> bool:
    """_SPEAKER.search(before), not run where it cannot match: an ASCII text without any of its
    words. (Its caller asks only after "in" or "at": _SPEAKER ends with "in", "at" or "to" after a
    space, and no other preposition of "prep" does; "into" has no space before its "to".)"""
    if before.isascii():
        low = before.lower()
        if not contains_any(low, _SPEAKER_WORDS):
            return False
    return _SPEAKER.search(before) is not None


_ROUTE_TO = re.compile(r" to (?:the )?[A-Z]")
# ... said of a journey ("on its way from Imphal to Bishnupur"), not of a front ("along the front from Kupiansk to Kreminna")
_ON_THE_WAY = re.compile(r"\b(?:way|travell?ing|traveled|travelled|route|bus|convoy|train|flight|heading|journey|driving|going|returning"
                         r"|minibus|vehicle|car|truck|lorry|boat|ferry)\b", re.IGNORECASE)
_AT_SEA_BEFORE = re.compile(r"\b(?:ship|ships|vessel|vessels|tanker|tankers|boat|boats|dhow|freighter|carrier|trawler|ferry|crew|sailing"
                            r"|warships?|frigates?|corvettes?|destroyers?|craft|gunboats?|platforms?|rigs?|navy|naval|submarines?|cruisers?"
                            r"|anchored|nautical miles|miles|km|coast|sea|waters)\b", re.IGNORECASE)


def home_of_victim(sentence, place: Place) -> bool:
    """The place is where a victim came from or is buried ("was born in Baidoa", "came to the city from Tumaco, Nariño",
    "the funeral will take place in Tumaco"): no scene of the incident, even where nothing else places it."""
    return home_before(sentence.text, place.start - sentence.start)


def home_before(text: str, at: int) -> bool:
    """home_of_victim for the place at `at` in `text`."""
    return bool(_HOME_BEFORE.search(text, max(0, at - 60), at) or _HOME_REGION_BEFORE.search(text, max(0, at - 70), at))


def taken_for_care(text: str, start: int) -> bool:
    """The place at `start` is where the wounded or dead were taken ("taken to the morgue at Oicha", "rushed to the
    hospital in Bunia"), by road: not airlifted or flown far off."""
    if _UNDER_TREATMENT_BEFORE.search(text, max(0, start - 50), start):
        return True         # ("died on Sunday while undergoing treatment in Bogura")
    m = _TAKEN_TO_HOSPITAL.search(text, max(0, start - 110), start)
    return m is not None and not m.group().lower().startswith(("airlifted", "flown")) and not _treated_at_of(m)


def _treated_at_of(m: re.Match) -> bool:
    """"treated at the hospital of Mweso": the town's own hospital, where patients may have been the attack's victims
    (only one taken there is told cared for elsewhere: "transferred to the hospital of Oicha")."""
    told = m.group().lower()
    return told.rstrip().endswith(" of") and not told.startswith(_TAKING_VERBS)


def _prep(sentence: str, add) -> None:
    """The "prep" pattern's places ("near X", "in X, Y"), read from _PREP_LED over " " + sentence."""
    for m in _PREP_LED.finditer(" " + sentence):
        name_start = m.start("name") - 1
        if name_start > 0 and sentence[name_start - 1] == "(":
            continue
        prep = m.group("prep").lower()
        if prep == "off" and not _AT_SEA_BEFORE.search(sentence, max(0, name_start - 50), name_start):
            continue        # "fended off Fulani herders", "sealed off Main Street": no place; "a tanker hit off Hodeidah" is one
        qualifier = "near" if prep in ("near", "outside", "around", "between", "off") else None     # ("between Djibo and Bourzanga",
        #                                                                                            "a ship hit off Hodeidah")
        if prep in ("in", "at", "near", "outside", "around") and _spoken_in(sentence[max(0, name_start - 60):name_start]):
            qualifier = "speaker"        # where someone spoke, not where the incident was
        elif prep in ("in", "at") and contains_any(sentence, _BURIAL_WORDS) \
                and _BURIAL_IN.search(sentence, max(0, name_start - 60), name_start) \
                and not _DEED_AT_BURIAL.search(sentence, 0, name_start):
            qualifier = "speaker"        # where the dead were buried, not the scene
        elif prep == "in" and sentence.endswith(("gathered in ", "gather in ", "assembled in "), 0, name_start) \
                and _TO_BURY.search(sentence, m.end("name") - 1):
            qualifier = "speaker"        # "mourners gathered in Mpeketoni on Wednesday to bury five of the passengers
            #                              killed when ... ambushed a bus at Milimani": the burial's town
        elif prep in ("in", "at") and _CARE_SITE_BEFORE.search(sentence, max(0, name_start - 40), name_start) \
                and (care := _CARE_DONE_AFTER.match(sentence, m.end("name") - 1)) is not None \
                and _DEED_AFTER_CARE.match(sentence, care.end()):
            qualifier = "speaker"        # "our surgical centre in Lashkar Gah admitted 12 patients, all wounded by a bomb that
            #                              hit a minibus near Gereshk": where they were treated, not the scene
        elif prep == "in" and sentence.endswith(("arrived in ", "arrives in "), 0, name_start) \
                and _DAYS_AFTER_IN.search(sentence, m.end("name") - 1):
            qualifier = "speaker"        # "The governor arrived in Bunia on Wednesday, three days after militiamen killed
            #                              16 villagers in Nizi": where he went, not the scene
        before_from = sentence[max(0, m.start("prep") - 31):max(0, m.start("prep") - 2)].rpartition(" ")[2]
        if prep == "from" and qualifier is None and (
                before_from.lower() in _PEOPLE_NOUNS or before_from.lower() in ROLES or _AGE_IN_BRACKETS.fullmatch(before_from)
                or before_from.lower() in ("is", "was", "are", "were", "hailed", "hails", "came", "comes")):
            qualifier = "origin"        # "six labourers from Punjab": where the victims came from, not the scene
        elif prep == "from" and qualifier is None and _ROUTE_TO.match(sentence, m.end("name") - 1) \
                and _ON_THE_WAY.search(sentence, max(0, name_start - 45), name_start):
            qualifier = "origin"        # "on its way from Imphal to Bishnupur": where the convoy set out, not the scene
        p = add(m.group("name"), name_start, "place", qualifier=qualifier)
        if p and m.group("parent") and m.group("side") and _LIST_GOES_ON.match(" " + sentence, m.end("parent")):
            add(m.group("parent"), m.start("parent") - 1, "place")
            continue        # "hit Kharkiv, southern Zaporizhzhia and Dnipro": a list, not a parent
        if p and m.group("parent") and (countries.lookup(p.name) or ("", "", ""))[2] != "name":
            # (no region contains a country: "in eastern Ukraine, Kiev and the rebels ..." is a list)
            par = add(m.group("parent"), m.start("parent") - 1, "region")
            if par:
                p.parent = par.name
                par.parent = par.parent or _country_after(sentence, m.end("parent") - 1)
                third = _THIRD_LINK.match(sentence, m.end("parent") - 1)
                if third is not None and p.qualifier == "settlement" and par.kind == "region" and (countries.lookup(par.name) or ("", "", ""))[2] != "name" \
                        and (countries.lookup(third.group("name")) or ("", "", ""))[2] != "name" \
                        and not _LIST_GOES_ON.match(sentence, third.end()):
                    # "in Barangay Tee, Datu Salibo, Maguindanao del Sur": a village, its town, the province (a list of
                    # towns reads alike, "hit Kharkiv, Sumy, Poltava": only after a village's title)
                    top = add(third.group("name"), third.start("name"), "region")
                    if top is not None:
                        par.kind, par.parent = "place", top.name


# Who spoke, placed by where they serve, right before "said": "officials in Salahuddin province said",
# "a civil society leader in Irumu territory, said", "police in Tumaco told reporters"
# A hospital's town: "at Nasser Hospital in Khan Younis", "the general hospital in Anka", "Hospital in Bahir Dar"
_IN_HOSPITAL = re.compile(r"\b(?:in|to) hospital,? (?:in|at) $", re.IGNORECASE)     # "she's in hospital in Zaporizhzhia"
_TREATED_IN_BEFORE = re.compile(r"(?<!\ba )(?<!\ban )\b(?:hospital|hospitals|clinic|clinics|(?:medical|health|trauma|emergency) (?:centre|center)"
                                r"|morgue|mortuary)(?: \([A-Z]{2,6}\))?,? (?:in|at) (?:the )?$", re.IGNORECASE)
# a title of an authority over a province ("the Governor of Lac Province, Bol"): its seat after the province
_AUTHORITY_OF_BEFORE = re.compile(r"\b(?i:governor|governorate|wali|prefect|administration|council|assembly|police|command"
                                  r"|commissioner|commission|authorities) of (?:the )?$")
_NUMBERED_PARTS = frozenset("Block Sector Zone Phase Section Ward Lot Unit Gate Building Street Road Camp Area Plot Cell "
                            "Level Stage Tier Category Grade".split())     # (an advisory's "Level 4: Do Not Travel")
_NUMBER_AFTER = re.compile(r" (?:[Nn]o\.? ?)?\d")
_PLACE_FORCES = re.compile(r".*(?:['’]s|Armed|Defense|Defence|Security|Special|Border)$")
# (an army's sector, told with its posts, lines or fighting: "fired on border posts in the Angoor Adda sector of South
# Waziristan", "Heavy fighting continued in the Pokrovsk sector of Donetsk")
_MILITARY_WORDS = re.compile(r"\b(?i:border|posts?|positions?|front(?:line)?|line of control|troops|forces|army|brigade"
                             r"|battalion|defen[cs]es?|fighting|shelling|shelled|clashes|assaults?|offensive|advance[ds]?"
                             r"|artillery|soldiers)\b")
_SECTOR_OF_TOWN = re.compile(rf" of (?:(?:the )?(?i:{_SIDE}) )?(?P<name>{_PLACE})(?![\w’'-])(?! (?i:district|province|region|county|state"
                             rf"|division|oblast|agency|tehsil|governorate)\b)")   # (not "the Krishna Ghati sector of Poonch
#                                                                                     district": the army's)
# Labels newsrooms put before a line, not towns: "Verified: ...", "Update: ...", "Context: ..."
_NOT_LABEL_PLACES = frozenset(("situation", "assessment", "incident", "event", "zone", "overview", "total", "totals", "tally", "statistics", "figures", "key figures", "at a glance",
                               "casualty figures", "situation overview", "latest figures", "in numbers",
                               "verified", "unverified", "update", "updated", "breaking", "context", "background",
                               "analysis", "correction", "clarification", "note", "editor's note", "what we know",
                               "key points", "summary", "timeline", "why it matters", "confirmed", "unconfirmed",
                               "fact check", "latest", "developing", "warning", "preliminary", "preliminarily", "urgent",
                               "important", "attention", "details", "photo", "photos", "video", "alert", "update on",
                               "result", "results", "outcome", "toll", "casualties", "losses", "consequences",
                               # (a page's section before its bar or dash: "Interview | 14 February", "Opinion — ...")
                               "interview", "opinion", "exclusive", "feature", "comment", "editorial", "podcast", "live",
                               "news", "sport", "sports", "weather", "energy", "world", "business", "culture", "politics",
                               "economy", "health", "crawl", "flash", "explainer", "investigation", "report", "dispatch",
                               "briefing", "bulletin", "digest", "newsletter", "transcript", "statement", "press release",
                               # (a factbox's entry over a whole country or the rest: "* NATIONWIDE - ...")
                               # (an incident record's fields: "Device: anti-tank mine", "Remarks: ...", "Victims: 1 - male")
                               "device", "devices", "item", "items", "site", "sites", "insured", "insurer", "policy", "remarks", "remark", "victims", "victim", "activity", "damage",
                               "action taken", "actions taken", "reporting source", "perpetrator", "perpetrators",
                               "weapon", "weapons", "munition", "ordnance", "description", "narrative", "comments",
                               "status", "response", "recommendation", "recommendations", "certainty", "certainty level",
                               "vehicle", "target", "activity at time of incident", "attack type", "type of attack",
                               "nationwide", "national", "countrywide", "elsewhere", "other", "others", "front line",
                               "frontline", "general", "overall", "various", "multiple locations",
                               "middle east", "asia", "africa", "europe", "americas", "latin america", "crime", "security",
                               # (a message's header fields: "Issued: 18 SEP 2024 1120 UTC", "Ref: ...", "Distribution: ...")
                               "issued", "position", "vessel", "master", "dtg", "originator", "precedence", "course",
                               "ship", "posted", "released", "valid", "severity", "flag", "heading", "speed", "cargo",
                               # (a photo desk's and a forum's labels: "Caption: ...", "Credit: ...", "Topic: ...")
                               "caption", "credit", "credits", "photo credit", "topic", "thread", "reply", "quote",
                               # (a log's "Period: 00:00-23:59 h, Thursday 13 March", "Shift: night")
                               "period", "reporting period", "shift", "subj", "subject", "priority",
                               # (an insurer's note: "Nature: UAV attack on port area", "Shore: grain elevator struck")
                               "nature", "shore", "interest", "vessel/interest", "cargo/interest", "loss", "surveyor",
                               # (a police FIR's: "Offences: 302, 324 PPC", "Complainant: SHO ...", "Accused: unknown")
                               "offences", "offence", "offenses", "offense", "complainant", "accused", "brief facts",
                               # (a funeral notice's: "Farewell: Friday, 10 November, at the chapel")
                               "farewell", "funeral", "burial", "memorial", "condolences", "in memoriam",
                               # (a court's findings: "Inquest: ...", "Catchwords: ...", "Identity: ...")
                               "inquest", "catchwords", "identity", "findings", "representation", "file number",
                               # (a form's count: "Killed: 2", "Wounded: a man aged 40")
                               "killed", "dead", "deaths", "died", "injured", "wounded", "injuries", "hurt", "fatalities",
                               "damaged", "destroyed", "missing", "abducted", "evacuated", "rescued", "affected", "targets",
                               # (a day's line: "Yesterday: Security forces killed five ...")
                               "yesterday", "today", "tonight", "overnight", "this morning", "last night", "earlier",
                               "meanwhile", "elsewhere", "separately", "also",
                               # (a memo's, a fact check's or a record's headings: "Subject: Ambush on a convoy", "Claim:
                               # ...", "Category: IED", "Dated: 06-02-2026")
                               "subject", "re", "ref", "reference", "category", "type", "dated", "claim", "claims",
                               "verdict", "rating", "status", "priority", "classification", "distribution", "attachment",
                               "attachments", "facts", "findings", "finding", "conclusion", "conclusions", "recommendation",
                               "recommendations", "action", "actions", "response", "from", "to", "cc", "for", "attn",
                               "our verdict", "the claim", "the facts", "what happened", "the verdict",
                               # (a meeting's minutes and a transcript's speakers: "Chair: Sister Amna", "Present: ...")
                               "chair", "chairperson", "chairman", "present", "absent", "apologies", "agenda", "venue",
                               "secretary", "minutes", "decision", "decisions", "resolution", "next meeting", "host",
                               "caller", "question", "answer", "spokesman", "spokesperson", "moderator", "reporter",
                               "journalist", "interviewer", "presenter", "anchor", "correspondent", "speaker", "witness",
                               "commander", "minister", "governor", "mayor", "official", "officer", "resident", "survivor",
                               # (a staff incident report's fields: "Movements: no road movement today", "Staff: all safe")
                               "movements", "movement", "staff", "impact", "damage", "needs", "access", "advice",
                               "actions to take", "operations", "impact on operations", "reported by", "prepared by",
                               # (an insurer's claim record: "Insured: ...", "Circumstances: ...", "Reserve: 48,000")
                               "insured", "circumstances", "reserve", "claimant", "policy", "cause of loss")) \
    | {label.lower() for label in FIELD_LABELS}     # (and an alert's field names)
_BURIAL_NEEDLES = ("buried", "laid to rest", "interred", "native", "home", "ancestral")
_BURIED_BEFORE = re.compile(r"\b(?:buried|laid to rest|interred|native (?:towns?|villages?|places?)|home ?towns?"
                            r"|ancestral (?:villages?|homes?))\b"
                            r"(?:(?!\b(?:after|when|where|while|killed|attack|attacked|strike|struck|shelling)\b)[^.;]){0,50}$")
_VENUE_NEEDLES = ("ourt", "ribunal", "agistrate", "udge", "xchange", "hares", "tocks", "ourse")
_VENUE_BEFORE = re.compile(r"\b(?:[Cc]ourts?|[Tt]ribunal|[Mm]agistrates?|[Jj]udges?|[Ss]tock [Ee]xchange|[Bb]ourse|[Ss]hares|[Ss]tocks)\b"
                           r"(?:[^,.;]|\.\d){0,40} in (?:the )?$")
# ... what a court or a market does there (not a bomb at the court, nor a judge shot in the town)
_VENUE_VERB = re.compile(r"(?:[^.;]{0,40}?)\b(?:sentenced|convicted|jailed|acquitted|ruled|heard|ordered|charged|indicted|suspended"
                         r"|adjourned|postponed|fell|rose"
                         r"|slipped|dropped|gained|climbed|closed|traded|tumbled|slumped)\b")
_TREATED_VERB = re.compile(r"\b(?:receiv(?:ed|es|ing)|treat(?:ed|s|ing)|admitt(?:ed|ing)|admits|brought in|overwhelmed)\b")
_HIT_BEFORE = re.compile(r"\b(?:hit|hits|struck|strikes?|shelled|shelling|bombed|attacked|attack on|raided|stormed|targeted|blew"
                         r"|went off|exploded|opened fire|fired|blast|explosion|bomb|bomber|gunmen|shot)\b")
_ROLE_IN_BEFORE = re.compile(r"\b(?:officials?|authorities|police|leaders?|spokes(?:man|woman|person)|sources?|officers?|chief"
                             r"|administrators?|governors?|head|lawmakers?|activists?|doctors|medics|residents|witnesses"
                             r"|commanders?|mayor|elders?|hospitals?|clinic) in (?:the )?(?:(?:[\w]+-)?(?:occupied|held|controlled|besieged) )?$",
                             re.IGNORECASE)
# ... and who speaks for the town they are in, so that it is near the scene: "Police in Tumaco said",
# "residents in Gao told" (not "Authorities in Washington said", "an official in Geneva said")
_LOCAL_SPEAKER = re.compile(r"\b(?:police|policemen|residents|witnesses|villagers|doctors|medics|elders|mayor|local [\w-]+"
                            r"|hospital \w+|community \w+|civil society \w+|officials|sources) in (?:the )?(?:[\w-]+ )?$",
                            re.IGNORECASE)
_SAID_SOON = re.compile(r"(?: [\w'’-]+){0,2}?,? (?:said|says|told|reported|confirmed|added)\b")
_CARE_WORDS = ("hospital", "clinic", "medical", "health", "csref", "cscom", "chu", "chr", "cma", "dispensar", "infirmar",
               "morgue", "mortuar")
_FORCE_AFTER_OWNED = re.compile(r" (?:salient|offensive|incursion|operation|counteroffensive|push|advance|raid|strikes?"
                                r"|drones?|forces|troops|army)\b")     # ("Ukraine's Kursk salient": the attacker's, not the owner)
_COUNTRY_OWNER = re.compile(r"(?<![\w'’-])([A-Z][\w-]+(?: [A-Z][\w-]+)?)['’]s $")
_REGION_OWNS = re.compile(rf"['’]s (?P<name>{_PLACE})")
_REGION_CAPITAL_AFTER = re.compile(r"['’]s (?:regional |administrative |provincial )?(?:capital|centre|center)\b", re.IGNORECASE)
# Where the wounded were taken: "evacuated to a hospital in Maiduguri", "rushed to the district hospital at Jowhar"
# (not "patients treated at a hospital in Kramatorsk were killed": the hospital may be the scene).
_TAKING_VERBS = ("taken", "rushed", "evacuated", "airlifted", "flown", "transferred", "moved", "brought", "sent", "referred",
                 "carried", "shifted")
_UNDER_TREATMENT_BEFORE = re.compile(r"\b(?:while|when|after) (?:undergoing|receiving|being given) (?:medical |emergency )?"
                                     r"(?:treatment|care) (?:in|at) (?:the )?$"
                                     # ("our deacon, who is in hospital in Sumy", "are being treated in hospitals in Kyiv")
                                     r"|\b(?:is|are|was|were|remains?|remained|lies|lie|being treated) (?:now |still )?in (?:a )?"
                                     r"hospitals? (?:in|at) $")
_TAKEN_TO_BEFORE = re.compile(r"\b(?:" + "|".join(_TAKING_VERBS) + r"|flown|airlifted)(?: [\w'’-]+){0,2} to $")
_IN_CARE_AFTER = re.compile(r",? where (?:he|she|they|the \w+) (?:is|are|was|were|remains?|remained|died|is being treated|are being treated)"
                            r"(?: now| still)?(?: in (?:a )?(?:stable|critical|serious|good|fair)\b| receiving| treated| being treated| under\b|$|[.,])")
# a hospital named after a place, where the wounded were taken: "taken to Keysaney Hospital" (not "treated at Beryslav
# hospital": a town's own, where its victims may lie)
_HOSPITAL_NAMED_AFTER = re.compile(r" (?:(?:General|Regional|District|Referral|Teaching|Central|City) )?(?i:hospital|clinic)\b")
_CARED_AT_BEFORE = re.compile(r"\b(?:taken|rushed|brought|evacuated|transferred|airlifted|referred)"
                              r"(?: [\w'’-]+){0,3}? (?:at|to|in) (?:the )?$")
_TAKEN_TO_HOSPITAL = re.compile(
    r"(?:\b(?:" + "|".join(_TAKING_VERBS) + ")"
    r"(?: (?!(?:strike|attack|shelling|bombing|raid|hit)\b)[\w'’-]+){0,4} (?:to|at|in)"
    r"|\b(?:died|succumbed|treated|admitted)(?: (?:later|overnight|subsequently|shortly|afterwards|there|of (?:his|her|their) (?:wounds|injuries)))? (?:in|at)"
    r"|\bdied (?:before reaching|on (?:the|his|her|their) way to|en route to|while being (?:taken|rushed|carried) to)"     # ("He died
    #                                                                                        before reaching the hospital in Popayan")
    r") (?:a |an |the )?(?:(?!(?:strike|attack|shelling|bombing|raid|hit|on|struck|shelled|bombed)\b)[\w'’-]+ ){0,3}"
    # (Francophone Africa's health centres by their initials: "the CSRef in Macina", "the CHU of Bouaké";
    # bodies taken to a morgue)
    r"(?:hospitals?|clinics?|medical (?:facility|facilities|centres?|centers?)|CSRef|CSCom|CHU|CHR|CMA"
    r"|dispensar(?:y|ies)|infirmar(?:y|ies)|health posts?|morgues?|mortuar(?:y|ies)"
    r"|health (?:centres?|centers?|facility|facilities)|institute of (?:medical|health) sciences(?: \([a-z]+\))?"
    r"|(?:medical|health) sciences(?: \([a-z]+\))?) (?:in|at|of) (?:the )?(?:[A-Z][\w-]*['’]s (?:\w+ )?)?"     # ("the hospital of Oicha")
    r"(?:(?:city|town|village) of |(?:regional |provincial |state )?capital,? )?$",
    re.IGNORECASE)


# "Ali Hassan (19) from East Jerusalem": a person's age, then where they came from
_AGE_IN_BRACKETS = re.compile(r"\(\d{1,2}\)")
# plural nouns of people: "labourers from Punjab" is where they came from
_PEOPLE_NOUNS = frozenset(w for w in ROLES if w.endswith("s") and w.isalpha()) | {"men", "women", "children"}
# "MOGADISHU (AP) —", "KYIV (Reuters) -": a wire dateline with the agency in brackets and no comma.
_DATELINE_AGENCY = re.compile(
    r"^\s*(?P<name>[A-Z][A-ZÀ-ÖØ-Þ’'\-]{2,}(?: [A-Z][A-ZÀ-ÖØ-Þ’'\-]+){0,2}) \((?:"
    + "|".join(map(re.escape, sorted({*WIRE_AGENCIES, "UPI", "DPA", "Bloomberg", "CNN", "BBC", "Sputnik", "ANSA",
                                       "Al Jazeera", "RFE/RL", "Xinhua News Agency"}, key=len, reverse=True)))
    + r")\)\s*[—–-]", re.MULTILINE)


# "PESHAWAR: Two policemen were killed ...": a dateline in capitals with a colon (South Asian papers)
_DATELINE_COLON = re.compile(r"\s*(?P<name>[A-Z][A-ZÀ-ÖØ-Þ’'\-]{2,}(?: [A-Z][A-ZÀ-ÖØ-Þ’'\-]+){0,2})"
                             r"(?:, (?:[A-Z][a-z]+\.? \d{1,2}|\d{1,2} [A-Z][a-z]+|[A-Z][a-z]+)(?:,? (?:19|20)\d\d)?)?:\s+"
                             # (a ticker's "KHARKIV: drone hit ...": lower case after a name of five letters or more,
                             # not an acronym's "ISPR: security forces killed ...")
                             r"(?=[A-Z0-9]|(?<=[A-ZÀ-ÖØ-Þ’'\-]{5}:\s)[a-z]|(?<=[A-ZÀ-ÖØ-Þ’'\-]{5}: \s)[a-z]"
                             r"|(?<=\b[A-Z][AEIOU][A-Z][AEIOU]:\s)[a-z])")    # (or four with two vowels: "GOMA:")


# A list of places going on after one ("Kharkiv, southern Zaporizhzhia and Dnipro").
_LIST_GOES_ON = re.compile(rf"(?:,| and|, and) (?:the )?(?:{_SIDE} )?[{_UP}]")
_REGION_WORDS = frozenset(("region", "oblast", "province", "governorate", "state", "county", "territory", "prefecture",
                           "department"))
# Titles written with a full stop that open a sentence like a town would ("Gen. Ahmed Sharif said").
_DATELINE_TITLES = frozenset(_TITLES) | frozenset("maj brig cpl pvt st rev gov sen rep pres adm prof cmdr cdr insp supt det "
                                                   "jr sr hon amb fr mt ft no vol fig".split())
# The state words of the "of" pattern that a lower-case word after " of " can be.
_STATE_NEEDLES = ("-controlled", "-held", "occupied", "liberated", "besieged", "embattled", "encircled", "frontline",
                  "front-line", "recaptured", "war-torn")
# An emoji or two that open a post: "⚡️", "❗️❗️", "🔴"
_LEADING_MARK = re.compile(r"[ \t]*(?:[\u203c\u2049\u2600-\u27bf\U0001F1E6-\U0001F1FF\U0001F300-\U0001FAFF]\ufe0f?[ \t]*){1,4}")
# ... a town that post goes on to call its city, or names again ("⚡️ Kharkiv. ... the Shevchenkivskyi district of the city"),
# not an interjection ("🔴 Sadly. ...")
_CITY_AFTER = re.compile(r"\bthe (?:city|town|village|community|settlement)\b")
# A note in brackets before a post's text ("(Translated from Ukrainian)", "(Updated)").
_LEADING_NOTE = re.compile(r"\s*(?:\([^()\n]{1,60}\)|\[[^\[\]\n]{1,60}\])\s*")     # ("[Machine translation from Arabic]" too)
# A post that opens with its town alone: "Sumy. Around 01:30 the enemy struck the city ...",
# "Kharkiv! ...". (Not "Mr. ...", nor one word that is a person's title.)
# A town in capitals and a dash, no date: "QUETTA – A bomb exploded ...", "MOPTI -- Gunmen ..."
_DATELINE_CAPS = re.compile(r"\s*(?P<name>[A-Z][A-ZÀ-ÖØ-Þ’'\-]{2,}(?: [A-Z][A-ZÀ-ÖØ-Þ’'\-]+){0,2})\s+(?:[—–]|--?)\s+(?=[A-Z0-9«\"“])")
# ... or alone on the post's first line, in capitals, with an emoji or two: "KHARKIV ⚠️", "BANNU 🚨"
_DATELINE_CAPS_LINE = re.compile(r"\s*(?P<name>[A-Z][A-ZÀ-ÖØ-Þ’'\-]{2,}(?: [A-Z][A-ZÀ-ÖØ-Þ’'\-]+){0,2})[ \t]*(?:[^\w\s.,:;!?()\[\]\"'-]{1,3}[ \t]*)?\n")
_DATELINE_TOWN = re.compile(rf"\s*(?P<name>{_PLACE})(?: (?i:region|oblast))?[.!]\s+(?=[{_UP}0-9«\"“])")
# ... or a title-case town and its date before a colon, as South Asian dailies write it: "Kupwara, Sep 14: ..."
_DATELINE_TOWN_DATE = re.compile(rf"\s*(?P<name>[{_UP}][a-z]+(?: [{_UP}][a-z]+)?), (?i:{'|'.join(sorted(MONTHS, key=len, reverse=True))})"
                                 r"\.? ?[0-3]?\d:\s")
# ... or a town and a dash before a weekday, a local calendar's day after it: "Idlib — Wednesday 1 Rabi' al-Awwal 1446 AH"
_DATELINE_TOWN_WEEKDAY = re.compile(rf"\s*(?P<name>[{_UP}][a-z]+(?:[ -][{_UP}][a-z]+)?) [—–-] (?:Monday|Tuesday|Wednesday|Thursday"
                                    r"|Friday|Saturday|Sunday)\b")
# ... or a title-case town alone before a colon, as Indian dailies open a story: "Raipur: Two jawans were killed ..."
# (not a label of a bulletin whose other lines are labelled too, "Kharkiv: ... // Sumy: ...")
# (also with its region: "Culiacan, Sinaloa: Gunmen opened fire ...")
_DATELINE_TOWN_COLON = re.compile(rf"\s*(?P<name>[{_UP}][a-z]+(?:[ -][{_UP}][a-z]+)?)(?:, (?P<parent>[{_UP}][a-z]+(?: [{_UP}][a-z]+)?))?"
                                  rf":[ \t]+(?=[{_UP}0-9]|(?(parent)[a-z]|(?!)))")    # (a post may go on in lower case after "Town, Region:")
_LABELLED_LINE = re.compile(r"\n\s*[^\W\d_][^:\n]{0,40}:\s")


_CITY_LABEL = re.compile(r"(?:[-•*–—▪▫◾◽■●►▶➡🔸🔹🔺🔻🔴⚡✅❗>]\ufe0f?\s*)?(?P<city>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?), (?:the )?")
#   (after a bulletin's bullet too: "🔸 Kyiv, Darnytskyi district: at 01:40, ...")
# "in the Borno State", "across the Shan State": a state named with its article and a capital "State",
# which "admin" leaves to groups and polities ("the Islamic State", "the Jewish State")
_THE_STATE = re.compile(rf"\b(?:in|of|across|throughout|into|at|near) the (?P<name>{_PLACE}) State\b"
                        r"(?! (?:border|boundary|line|government|governor|police|command|assembly|house|university|hospital"
                        r"|[Bb]order|[Gg]overnment|[Pp]olice|[Cc]ommand|[Hh]ouse|[Uu]niversity))")   # (not "across the Katsina State border")
_NOT_STATES = frozenset("islamic jewish arab free independent sovereign nation member united secretary police union "
                        "palestinian kurdish caliphate garden sunshine empire golden keystone lone".split())   # (and nicknames)
_CAPITAL_ADMIN_AFTER = re.compile(r" (?:State|Province|Region|Governorate|Oblast)\b")
_HEADLINE_LINE = re.compile(r"[^\n]{8,200}\n\s*")


def find_dateline_place(text: str) -> Place | None:
    """"KABUL, Afghanistan (Jan. 25, 2013)" -> Kabul, "MOGADISHU (AP) —" -> Mogadishu: where the
    report was filed."""
    note = _LEADING_NOTE.match(text)     # "(Translated from Ukrainian) Myrnohrad. ..."
    at = note.end() if note else 0
    if (mark := _LEADING_MARK.match(text, at)) is not None:
        at = mark.end()     # a post's emoji before its town: "⚡️ Kharkiv. At 07:42 ..."
    m = _DATELINE.search(text[:400]) or _DATELINE_AGENCY.search(text[:400]) or _DATELINE_COLON.match(text, at, at + 200) \
        or _DATELINE_CAPS.match(text, at, at + 200)
    below = _HEADLINE_LINE.match(text, at) if m is None else None
    if below is not None:
        # under a one-line headline: "Three farmers injured in Bishnupur // IMPHAL, May 20: ..."
        m = _DATELINE_COLON.match(text, below.end(), below.end() + 200) or _DATELINE_CAPS.match(text, below.end(), below.end() + 200)
    if m is None:
        m = _DATELINE_TOWN.match(text, at, at + 120) or _DATELINE_TOWN_DATE.match(text, at, at + 60) \
            or _DATELINE_TOWN_WEEKDAY.match(text, at, at + 60)
        if m is None and below is not None and (pin := _LEADING_MARK.match(text, below.end())) is not None \
                and (town := _DATELINE_TOWN.match(text, pin.end(), pin.end() + 120)) is not None:
            m, mark, at = town, pin, pin.end()      # a channel's name over its post's emoji and town ("FRONTOVAYA SVODKA //
            #                                         🔥 Kharkov. Tonight ..."): the town
        m = m or _DATELINE_CAPS_LINE.match(text, at, at + 60)
        if m is None and (colon := _DATELINE_TOWN_COLON.match(text, at, at + 40)) \
                and not _LABELLED_LINE.search(text, colon.end(), colon.end() + 1500):
            name = colon.group("name")      # (not "Update: ...", "Ukraine: ...", "Syrian: ...")
            ok = _is_plausible(name) and name.lower() not in _NOT_LABEL_PLACES and not countries.lookup(name)
            return Place(name, colon.start("name"), colon.end("name"), "dateline", None, colon.group("parent")) if ok else None
        if m is None and below is not None:
            m = _DATELINE_TOWN.match(text, below.end(), below.end() + 120)    # "Gladkov: ... // Belgorod. An FPV drone ..."
        if m and (len(m.group("name")) < 3 or m.group("name").lower() in _DATELINE_TITLES):
            return None     # "Gen. Ahmed Sharif said ...", "St. Mary's church ...": a title, not a town
    if mark is not None and m is not None and m.re is _DATELINE_TOWN and m.start() == at \
            and not _CITY_AFTER.search(text, m.end(), m.end() + 400) and text.find(m.group("name"), m.end()) < 0:
        return None     # ("🔴 Sadly. The enemy struck a house overnight": an interjection after the emoji, no town)
    if not m or m.group("name") in WIRE_AGENCIES:
        return None     # ("TASS: ..." is an agency's credit, not a place)
    if m.re is _DATELINE_CAPS and (countries.lookup(m.group("name").title()) or ("", "", ""))[2] == "name":
        return None     # ("SOMALIA – A bomb exploded ...": a country, placed as one by the text)
    name = m.group("name")
    if not _is_plausible(name.title()):
        return None
    parent = m.groupdict().get("parent")
    return Place(name.title() if name.isupper() else name, m.start("name"), m.start("name") + len(name), "dateline", None, parent)
