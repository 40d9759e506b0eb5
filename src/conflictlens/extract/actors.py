"""Actors in ACLED style: who attacked (actor1) and who was hit (actor2).

"a Russian ballistic missile strike" -> "Military Forces of Russia"; named
armed groups keep their names; civilians become "Civilians (Country)".
"""
from __future__ import annotations

import re
from functools import lru_cache

from conflictlens.extract import countries
from conflictlens.text.alternation import ascii_only, by_first_letter, contains_any, top_alternatives

# surface pattern -> ACLED-style actor name
_GROUPS = [
    (r"\btaliban\b", "Taliban"),
    (r"\bislamic state\b|\bisis\b|\bisil\b|\bdaesh\b|\bis militants\b|\bis fighters\b", "Islamic State"),
    (r"\bal[- ]shabaa?b\b", "Al Shabaab"),
    (r"\bboko haram\b", "Boko Haram"),
    (r"\bal[- ]qa[e']?ida\b|\baqap\b|\baqim\b", "Al Qaeda"),
    (r"\bhamas\b", "Hamas"),
    (r"\bhezbollah\b|\bhizbollah\b", "Hezbollah"),
    (r"\bhouthis?\b|\bansar allah\b", "Houthi Movement"),
    (r"\bpkk\b|kurdistan workers", "PKK: Kurdistan Workers Party"),
    (r"\bjnim\b|jama'?at nusrat", "JNIM: Group for Support of Islam and Muslims"),
    (r"\bhaqqani\b", "Haqqani Network"),
    (r"\blashkar[- ]e[- ]t(?:a[iy]+|o[iy]+)ba\b", "Lashkar-e-Taiba"),
    (r"\bteh?ree?[kq][- ][ie][- ]taliban\b|\bttp\b|\bpakistani taliban\b", "TTP: Tehreek-i-Taliban Pakistan"),
    (r"\bwagner\b", "Wagner Group"),
    (r"\bfarc\b", "FARC"),
    (r"\beln\b", "ELN: National Liberation Army"),
    (r"\bnew people's army\b|\bnpa\b", "NPA: New People's Army"),
    (r"\bm23\b", "M23: March 23 Movement"),
    (r"\badf\b|allied democratic forces", "ADF: Allied Democratic Forces"),
    (r"\brapid support forces\b|(?-i:\bRSF\b)(?! said)", "RSF: Rapid Support Forces"),
    (r"\bbaloch(?:istan)? liberation army\b|(?-i:\bBLA\b)", "BLA: Balochistan Liberation Army"),
    (r"\bseparatists?\b|\bpro-russian rebels?\b", "Separatists"),
]
# Where a group fights when a report names neither place nor country: groups that operate
# overwhelmingly in one country (not the Islamic State, al Qaeda or Hamas, spread over several).
GROUP_HOME = {
    "Taliban": "AF", "Haqqani Network": "AF", "TTP: Tehreek-i-Taliban Pakistan": "PK", "Al Shabaab": "SO",
    "Boko Haram": "NG", "Houthi Movement": "YE", "PKK: Kurdistan Workers Party": "TR", "FARC": "CO",
    "ELN: National Liberation Army": "CO", "NPA: New People's Army": "PH", "M23: March 23 Movement": "CD",
    "ADF: Allied Democratic Forces": "CD", "Lashkar-e-Taiba": "IN", "RSF: Rapid Support Forces": "SD",
    "BLA: Balochistan Liberation Army": "PK",
}
assert set(GROUP_HOME) <= {name for _p, name in _GROUPS}
_GROUP_RE = re.compile("|".join(f"(?P<g{k}>{p})" for k, (p, _n) in enumerate(_GROUPS)), re.IGNORECASE)
_GROUP_NAME = {f"g{k}": name for k, (_p, name) in enumerate(_GROUPS)}
_UNIDENTIFIED = re.compile(r"\b(gunm[ae]n|assailants?|attackers?|unidentified|unknown (?:men|assailants|attackers)|militants?|insurgents?|terrorists?)\b", re.IGNORECASE)
_FORCES = re.compile(r"\b(forces?|troops|army|military|soldiers|(?:air ?|missile |drone )?strikes?|air raids?|missiles?|drones?|shelling|attacks?|artillery|aircraft|warplanes?|jets|bombardment|offensive|occupiers|invaders|shelled|launched|fired|struck|attacked|hit|bombed)\b", re.IGNORECASE)
_POLICE = re.compile(r"\bpolice\b", re.IGNORECASE)
# What befell the forces just named: they are the victims ("soldiers were killed", "troops came under fire").
_HIT_AFTER = re.compile(r"^(?: [\w-]+){0,3}? (?:were|was|have been|had been|are|is)(?: also| reportedly)? "
                        r"(?:killed|wounded|injured|hurt|ambushed|attacked|targeted|hit|shot|captured|kidnapped|abducted)\b"
                        r"|^(?: [\w-]+){0,2}? (?:died|dead)\b"
                        r"|^(?: [\w-]+){0,2}? (?:killed|wounded|injured)(?= (?:in|during|when|while|by|on|at|near)\b|[,.]|$)"
                        r"|^(?: [\w-]+){0,2}? came under\b", re.IGNORECASE)
_COALITION = re.compile(r"\b(coalition|isaf|nato)\b(?: and afghan)?(?: (?:security )?forces?| force| troops| aircraft)?", re.IGNORECASE)
_ARMED_AFTER = re.compile(r"(?:\s+|-(?:led|occupation|occupying)\s+)(?:\w+\s+){0,3}(?:strikes?|missiles?|drones?|forces|troops|attack|shelling|army|military)", re.I)
# _UNIDENTIFIED and _COALITION over " " + text, one branch per first letter
# (conflictlens.text.alternation): the same first match, found faster; a match's start is the
# word's start in the text and its end one past the match's end there.
_UNIDENTIFIED_FAST = re.compile(
    r"\W" + by_first_letter(top_alternatives(_UNIDENTIFIED.pattern[len(r"\b("):-len(r")\b")]), ignorecase=True) + r"\b",
    re.IGNORECASE)
_COALITION_FAST = re.compile(
    r"\W" + by_first_letter(top_alternatives("coalition|isaf|nato"), ignorecase=True) + _COALITION.pattern[len(r"\b(coalition|isaf|nato)"):],
    re.IGNORECASE)
# The same over an ASCII text lower-cased, without IGNORECASE and under re.ASCII (both faster):
# their words are lower-case, and lower() keeps an ASCII text's offsets and word characters.
_UNIDENTIFIED_LOWER = ascii_only(_UNIDENTIFIED_FAST.pattern)
_COALITION_LOWER = ascii_only(_COALITION_FAST.pattern)


# Every match of _GROUP_RE contains one of these (lower-cased); an ASCII text that contains
# none has no match, and the slow case-insensitive alternation is skipped.
_GROUP_NEEDLES = (
    "taliban", "islamic state", "isis", "isil", "daesh", "is militants", "is fighters", "shaba", "boko haram",
    "qa", "aqim", "hamas", "bollah", "houthi", "ansar allah", "pkk", "kurdistan workers", "jnim", "nusrat",
    "haqqani", "lashkar", "ttp", "wagner", "farc", "eln", "new people's army", "npa", "m23", "adf",
    "allied democratic forces", "separatist", "pro-russian rebel", "rapid support", "rsf", "baloch", "bla")


@lru_cache(maxsize=4096)
def find_group(text: str) -> tuple[str, int, int] | None:
    """A named armed group in the text, with its span."""
    if text.isascii():
        low = text.lower()
        if not contains_any(low, _GROUP_NEEDLES):
            return None
    for m in _GROUP_RE.finditer(text):
        if _AFFILIATION_AFTER.match(text, m.end()):
            continue        # "the al-Qaida-linked al-Shabab": the group is the one after the affiliation
        if m.group() == "RSF" and contains_any(text.lower(), ("without borders", "press freedom")):
            continue        # Reporters Without Borders, not the Rapid Support Forces
        return _GROUP_NAME[m.lastgroup], m.start(), m.end()
    return None


_TARGETED_BEFORE = re.compile(r"\b(?:detained|detaining|captured|capturing|arrested|arresting|apprehended|targeted|targeting"
                              r"|search of|searching for|in pursuit of|pursuing|hunting for|killed|killing)"
                              r" (?:a |an |the |one |two |three |four |five |six |seven |eight |nine |ten |several |multiple |senior "
                              r"|suspected |top |local |key |alleged |\d+ ){0,3}$", re.IGNORECASE)
_AFFILIATION_AFTER = re.compile(r"[- ](?:linked|affiliated|allied|aligned|backed|inspired|loyal)\b", re.IGNORECASE)


def is_force(text: str, end: int) -> bool:
    """The country form ending at `end` names a side's forces or fire ("Israeli airstrikes",
    "Russian troops shelled"), not a place or the victims' nationality."""
    tail = text[end:end + 40]
    return bool(_FORCES.match(tail.lstrip(" -")) or _ARMED_AFTER.match(tail)) and not _HIT_AFTER.match(text[end:end + 60])


def attacker(text: str, offset: int, victim_country: str | None) -> tuple[str, int, int] | None:
    """actor1 of a violent incident from its trigger sentence."""
    group = find_group(text)
    if group and _TARGETED_BEFORE.search(text, max(0, group[1] - 45), group[1]):
        group = None    # "detained a Taliban leader", "in search of a Haqqani facilitator": the target, not the attacker
    for name, iso, kind, a, b in countries.find_countries(text):
        if kind == "organisation":
            continue
        if name != victim_country or kind == "adjective":
            if is_force(text, b):     # (not "nine Burkina Faso soldiers were killed": the victims)
                if name == victim_country and group:
                    continue
                return f"Military Forces of {name}", a + offset, b + offset
    if group:
        return group[0], group[1] + offset, group[2] + offset
    if text.isascii():
        padded, coalition, unidentified = " " + text.lower(), _COALITION_LOWER, _UNIDENTIFIED_LOWER
    else:
        padded, coalition, unidentified = " " + text, _COALITION_FAST, _UNIDENTIFIED_FAST
    m = coalition.search(padded)
    if m:
        found = text[m.start():m.end() - 1].lower()
        return "Military Forces of NATO (ISAF)" if "isaf" in found or "coalition" in found else "Military Forces of NATO", m.start() + offset, m.end() - 1 + offset
    m = unidentified.search(padded)
    if m:
        suffix = f" ({victim_country})" if victim_country else ""
        return f"Unidentified Armed Group{suffix}", m.start() + offset, m.end() - 1 + offset
    return None


def soldiers_force(texts: list[str]) -> str | None:
    """The force the counted soldiers belong to, when their own words name it ("two ISAF service
    members", "three Turkish soldiers"): not necessarily the country they fell in."""
    for text in texts:
        m = _COALITION.search(text)
        if m:
            found = m.group().lower()
            return "Military Forces of NATO (ISAF)" if "isaf" in found or "coalition" in found else "Military Forces of NATO"
        for name, iso, kind, a, b in countries.find_countries(text):
            if kind in ("adjective", "name"):
                return f"Military Forces of {name}"
    return None


def victim(roles: set[str], country: str | None, civilians_hit: bool) -> str | None:
    """actor2 from who was counted among the dead and injured."""
    suffix = f" ({country})" if country else ""
    if civilians_hit:
        return f"Civilians{suffix}"
    if "soldiers" in roles and country:
        return f"Military Forces of {country}"
    if "attackers" in roles:
        return f"Unidentified Armed Group{suffix}"
    return None


_ARMED_TAIL = re.compile(r"^(?:\s+and\s+[A-Z][\w-]+)?\s+(?:[\w-]+\s+){0,2}?(?:forces|troops|army|military|soldiers|units|servicemen|fighters|positions)\b")


def belligerents(text: str, offset: int) -> list[tuple[str, int, int]]:
    """The sides of a fight named in one sentence ("Ukrainian and Russian forces fought")."""
    sides: list[tuple[str, int, int]] = []
    for name, iso, kind, a, b in countries.find_countries(text):
        if kind in ("organisation", "capital"):
            continue
        if _ARMED_TAIL.match(text[b:b + 60]):
            actor = f"Military Forces of {name}"
            if all(actor != s[0] for s in sides):
                sides.append((actor, a + offset, b + offset))
    group = find_group(text)
    if group and all(group[0] != s[0] for s in sides):
        sides.append((group[0], group[1] + offset, group[2] + offset))
    if len(sides) >= 2 and sides[0][0].startswith("Military Forces of") and _HIT_AFTER.match(text[sides[0][2] - offset:sides[0][2] - offset + 60]):
        sides = sides[1:] + sides[:1]   # "Three Turkish soldiers were killed by PKK militants": the PKK attacked
    return sides
