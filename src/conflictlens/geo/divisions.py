"""Second-level units that no packaged source holds, named by the town that is their seat.

Five of Pakistan's tribal districts merged into Khyber Pakhtunkhwa (North and South Waziristan, Kurram, Khyber, Bajaur;
Orakzai's and Mohmand's seats are not in GeoNames' towns) are
how its army and police place an operation ("in the general area of Mir Ali, North Waziristan District"); with no
entry the name found nothing, and a village told with it stayed without a country.

Cameroon's departments ("divisions" in its English-speaking regions) are how its army, its
separatists and the press place an attack ("in Bui division", "Mayo-Tsanaga"); neither GeoNames'
towns nor ISO 3166-2 list them, so a report naming one found a namesake abroad (Bhuj for Bui, an
Italian village for Momo). The gazetteer puts each at its seat's point and region, as ISO units
seated at a town are put (geo/build.py). Only the regions where conflict is reported are listed.
"""
from __future__ import annotations

# (country, unit as reports write it) -> the seat's name as GeoNames writes it
SEATED_UNITS: dict[tuple[str, str], str] = {
    # North-West
    ("CM", "Boyo"): "Fundong", ("CM", "Bui"): "Kumbo", ("CM", "Donga-Mantung"): "Nkambe", ("CM", "Menchum"): "Wum",
    ("CM", "Mezam"): "Bamenda", ("CM", "Momo"): "Mbengwi", ("CM", "Ngo-Ketunjia"): "Ndop",
    # South-West
    ("CM", "Fako"): "Limbe", ("CM", "Kupe-Muanenguba"): "Bangem", ("CM", "Lebialem"): "Menji", ("CM", "Manyu"): "Mamfe",
    ("CM", "Meme"): "Kumba", ("CM", "Ndian"): "Mundemba",
    # Far North
    ("CM", "Diamare"): "Maroua", ("CM", "Logone-et-Chari"): "Kousseri", ("CM", "Mayo-Danay"): "Yagoua",
    ("CM", "Mayo-Kani"): "Kaele", ("CM", "Mayo-Sava"): "Mora", ("CM", "Mayo-Tsanaga"): "Mokolo",
    # West
    ("CM", "Bamboutos"): "Mbouda", ("CM", "Haut-Nkam"): "Bafang", ("CM", "Menoua"): "Dschang", ("CM", "Mifi"): "Bafoussam",
    ("CM", "Nde"): "Bangangte",
    # North and Adamawa
    ("CM", "Benoue"): "Garoua", ("CM", "Mayo-Louti"): "Guider", ("CM", "Mayo-Rey"): "Tchollire",
    ("CM", "Vina"): "Ngaoundere", ("CM", "Mayo-Banyo"): "Banyo", ("CM", "Djerem"): "Tibati",
    # Pakistan's merged tribal districts (Khyber Pakhtunkhwa), by the towns that are their seats
    ("PK", "North Waziristan"): "Miran Shah", ("PK", "South Waziristan"): "Wana", ("PK", "Kurram"): "Parachinar",
    ("PK", "Khyber"): "Landi Kotal", ("PK", "Bajaur"): "Khar",
}
# other spellings reports use
UNIT_ALIASES: dict[tuple[str, str], tuple[str, ...]] = {
    ("CM", "Kupe-Muanenguba"): ("Koupe-Manengouba", "Kupe Manenguba"), ("CM", "Ngo-Ketunjia"): ("Ngoketunjia",),
    ("CM", "Donga-Mantung"): ("Donga Mantung",), ("CM", "Mayo-Tsanaga"): ("Mayo Tsanaga",),
    ("CM", "Mayo-Sava"): ("Mayo Sava",), ("CM", "Logone-et-Chari"): ("Logone and Chari",), ("CM", "Diamare"): ("Diamaré",),
    ("CM", "Nde"): ("Ndé",), ("CM", "Benoue"): ("Bénoué",), ("CM", "Djerem"): ("Djérem",),
    ("PK", "North Waziristan"): ("North Wazirstan",),
}

# Districts and neighbourhoods of cities where conflict is reported, which GeoNames' towns lack: reports place an
# attack by them ("a blast in Hodan district", "an airstrike on Shujaiya", "a car bomb in Karrada") and without them
# the name finds nothing, or a namesake abroad. (country, the city as GeoNames writes it) -> the districts, each
# with the other spellings reports use. Each sits at its city's point, as Ukraine's city districts do.
CITY_DISTRICTS: dict[tuple[str, str], dict[str, tuple[str, ...]]] = {
    ("SO", "Mogadishu"): {
        "Abdiaziz": ("Abdulaziz",), "Bondhere": ("Boondheere", "Bondere"), "Daynile": ("Dayniile", "Deynile"),
        "Dharkenley": ("Darkenley", "Dharkeynley", "Darkeynley"), "Hamar Jajab": ("Hamarjajab", "Xamar Jajab"),
        "Hamar Weyne": ("Hamarweyne", "Xamar Weyne", "Hamar-Weyne"),
        "Hawl Wadag": ("Hawlwadaag", "Howlwadaag", "Hawl-Wadag", "Howl Wadaag", "Hawlwadag"), "Heliwa": ("Huriwa", "Heliwaa"),
        "Hodan": (), "Kaaraan": ("Karaan", "Kaaran"), "Shangani": ("Shangaani",), "Shibis": ("Shibbis",),
        "Waberi": ("Waaberi",), "Wadajir": ("Wadajiir",), "Wardhigley": ("Wardhiigley", "Wardigley"),
        "Yaqshid": ("Yaqshiid",), "Kahda": ("Kaxda",), "Garasbaley": ("Garasbaaley",), "Gubadley": ("Gubadle",),
    },
    ("PS", "Gaza"): {
        "Shujaiya": ("Shuja'iyya", "Shujaiyya", "Shejaiya", "Shejaiyeh", "Shujaiyeh", "Shuja'iya", "Shujaʿiyya"),
        "Zeitoun": ("Zeitun", "Zaytoun", "Zaitoun", "Zeytoun"), "Rimal": ("Remal",), "Tel al-Hawa": ("Tal al-Hawa", "Tel el-Hawa"),
        "Sabra": (), "Sheikh Radwan": ("Sheikh Redwan", "Sheikh Rudwan"), "Tuffah": ("al-Tuffah",),
        "Daraj": ("al-Daraj",), "Sheikh Ijlin": ("Sheikh Ajleen", "Sheikh Ejleen"), "Shati": ("al-Shati", "Shati camp",
                                                                                            "al-Shati camp", "Beach camp"),
    },
    ("IQ", "Baghdad"): {
        "Karrada": ("Karada", "Karradah"), "Adhamiya": ("Adhamiyah", "Azamiyah", "Aadhamiya"),
        "Kadhimiya": ("Kadhimiyah", "Kazimiyah", "Kadhimain", "Kazimiya"), "Mansour": ("al-Mansour",),
        "Dora": ("Dura", "Doura"), "Shula": ("Shuala", "Shuhla"), "Hurriya": ("Hurriyah",), "Zayouna": ("Zayuna", "Zayoona"),
        "Jadriya": ("Jadiriya", "Jadriyah"), "Amiriya": ("Amiriyah", "Ameriya"), "Ghazaliya": ("Ghazaliyah",),
        "Baladiyat": ("Baladiyaat",), "Bab al-Sharqi": ("Bab Sharqi",), "New Baghdad": ("Baghdad al-Jadida",),
        "Bayaa": ("Bayya", "Baya'a"),
    },
    ("AF", "Kabul"): {
        "Dasht-e-Barchi": ("Dasht-e Barchi", "Dasht-i-Barchi", "Dashte Barchi", "Dasht-i Barchi"),
        "Khair Khana": ("Khairkhana", "Khair Khaneh"), "Shahr-e Naw": ("Shar-e Naw", "Shahr-e-Naw", "Shahr-i-Naw"),
        "Wazir Akbar Khan": (), "Karte Parwan": ("Karte-Parwan", "Kart-e Parwan"),
        "Karte Char": ("Kart-e Char", "Karte-Char", "Karte 4"), "Karte Sakhi": ("Kart-e Sakhi", "Karte-Sakhi"),
        "Macroryan": ("Makroryan", "Macrorayan"), "Kote Sangi": ("Kot-e Sangi", "Kote-Sangi"), "Taimani": ("Taymani",),
        "Qala-e-Fatullah": ("Qala-e Fatullah", "Qalai Fatullah"), "Deh Mazang": ("Deh-Mazang",),
    },
    ("HT", "Port-au-Prince"): {
        "Martissant": (), "Bel Air": ("Bel-Air",),
        "Carrefour-Feuilles": ("Carrefour Feuilles",), "Solino": (), "Fort National": ("Fort-National",), "Nazon": (),
        "Turgeau": (), "Canape-Vert": ("Canapé-Vert", "Canape Vert"), "Village de Dieu": (),
        "Grand Ravine": ("Grand-Ravine",), "Drouillard": (), "La Saline": (), "Bolosse": (), "Christ-Roi": ("Christ Roi",),
    },
    ("LB", "Beirut"): {
        "Dahiyeh": ("Dahieh", "Dahiya", "Dahiyah", "Dahiye"), "Haret Hreik": ("Haret Hreyk",), "Ghobeiry": ("Ghobeiri",),
        "Burj al-Barajneh": ("Bourj el-Barajneh", "Burj el-Barajneh", "Bourj al-Barajneh"), "Chiyah": ("Shiyah",),
        "Bir Hassan": (), "Hadath": ("Hadat",), "Laylaki": ("Lailaki",),
    },
    ("SY", "Damascus"): {
        "Mezzeh": ("Mazzeh", "Mezze"), "Jobar": (), "Kafr Sousa": ("Kafr Sousseh", "Kafr Souseh", "Kafarsouseh"),
        "Qaboun": ("Qabun",), "Barzeh": ("Barzah", "Barza"),
    },
    ("LY", "Tripoli"): {
        "Abu Salim": ("Abusleem", "Abu Sleem", "Abu Slim"), "Souq al-Juma": ("Souq al-Jumaa", "Souk al-Jumaa"),
        "Ain Zara": ("Ain Zarah",),
    },
    ("SS", "Juba"): {"Gudele": (), "Munuki": ()},
    # refugee camps and areas reports name without their town ("a strike on tents in al-Mawasi", "a raid on Nur Shams")
    ("PS", "Khan Yunis"): {"Mawasi": ("al-Mawasi", "Al Mawasi", "Muwasi", "Mawasi area")},
    ("PS", "Dayr al Balah"): {"Maghazi": ("al-Maghazi", "Maghazi camp", "al-Maghazi camp", "Mughazi")},
    ("PS", "Tulkarm"): {"Nur Shams": ("Nur Shams camp", "Nour Shams", "Nur al-Shams", "Nur Shams refugee camp")},
    ("PS", "Nablus"): {"Askar": ("Askar camp", "Askar refugee camp")},
    ("PS", "Ramallah"): {"Jalazone": ("Jalazone camp", "al-Jalazone", "Jalazoun"), "Amari": ("al-Amari", "Am'ari", "Amari camp")},
    ("PS", "Jericho"): {"Aqabat Jabr": ("Aqbat Jabr", "Aqabat Jaber")},
    ("PS", "Tubas"): {"Far'a": ("Far'a camp", "al-Far'a", "Al-Faraa", "Faraa", "Fara'a", "Far'a refugee camp")},
    ("PS", "Bethlehem"): {"Dheisheh": ("Dheisheh camp", "Deheisheh", "Duheisha"), "Aida": ("Aida camp", "Aida refugee camp")},
    ("PS", "Hebron"): {"Arroub": ("al-Arroub", "Al-Aroub", "Arroub camp"), "Fawwar": ("al-Fawwar", "Al-Fawar", "Fawwar camp")},
    ("LB", "Sidon"): {"Ain al-Hilweh": ("Ain el-Hilweh", "Ein el-Hilweh", "Ain al-Helweh", "Ain el-Helweh")},
    ("LB", "Tyre"): {"Rashidieh": ("Rashidiyeh", "al-Rashidiya", "Rashidiyah"), "Burj al-Shemali": ("Burj el-Shemali",
                                                                                                      "Bourj el-Shemali")},
    ("PK", "Karachi"): {"Lyari": ("Layari",), "Orangi": ("Orangi Town",), "Baldia": ("Baldia Town",)},
}
# Towns of a city's own that GeoNames lacks (communes of the capital's area), each at the city's point as a town
SUBURB_TOWNS: dict[tuple[str, str], dict[str, tuple[str, ...]]] = {
    ("HT", "Port-au-Prince"): {"Cite Soleil": ("Cité Soleil", "Cité-Soleil"), "Tabarre": (),
                               "Petion-Ville": ("Pétion-Ville", "Petionville", "Pétionville")},
}
# Districts that lie outside their city's region: Beirut's southern suburbs are Mount Lebanon's (Baabda district)
CITY_DISTRICT_REGIONS: dict[tuple[str, str], str] = {("LB", "Beirut"): "Mount Lebanon"}
