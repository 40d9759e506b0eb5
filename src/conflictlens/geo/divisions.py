"""Second-level units that no packaged source holds, named by the town that is their seat.

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
}
# other spellings reports use
UNIT_ALIASES: dict[tuple[str, str], tuple[str, ...]] = {
    ("CM", "Kupe-Muanenguba"): ("Koupe-Manengouba", "Kupe Manenguba"), ("CM", "Ngo-Ketunjia"): ("Ngoketunjia",),
    ("CM", "Donga-Mantung"): ("Donga Mantung",), ("CM", "Mayo-Tsanaga"): ("Mayo Tsanaga",),
    ("CM", "Mayo-Sava"): ("Mayo Sava",), ("CM", "Logone-et-Chari"): ("Logone and Chari",), ("CM", "Diamare"): ("Diamaré",),
    ("CM", "Nde"): ("Ndé",), ("CM", "Benoue"): ("Bénoué",), ("CM", "Djerem"): ("Djérem",),
}
