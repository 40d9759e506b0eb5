"""Actors in ACLED style: who attacked (actor1) and who was hit (actor2).

"a Russian ballistic missile strike" -> "Military Forces of Russia"; named
armed groups keep their names; civilians become "Civilians (Country)".
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from conflictlens.extract import countries
from conflictlens.text.alternation import ascii_only, by_first_letter, contains_any, top_alternatives

# surface pattern -> ACLED-style actor name
_GROUPS = [
    (r"\btaliban\b", "Taliban"),
    # (the Islamic State's West African branch, fighting in north-east Nigeria above all: before the Islamic State's name)
    (r"\biswap\b|\bislamic state(?:'s)? west africa(?:n)?(?: province)?\b", "ISWAP: Islamic State West Africa Province"),
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
    (r"\bpeople'?s defen[cs]e forces?\b|(?-i:\bPDF\b)(?= (?:fighters|forces|militia|members|soldiers|troops))", "PDF: People's Defense Force"),
    (r"\bcodeco\b", "CODECO: Cooperative for the Development of Congo"),
    (r"\bsyrian democratic forces\b|(?-i:\bSDF\b)", "SDF: Syrian Democratic Forces"),
    (r"\b(?:hayat|hay'at) tahrir al-sham\b|(?-i:\bHTS\b)", "HTS: Hayat Tahrir al-Sham"),
    (r"(?-i:\b(?:DPR|DNR)\b)|\bdonetsk people'?s republic\b", "DNR: Donetsk People's Republic"),
    (r"(?-i:\b(?:LPR|LNR)\b)|\b(?:luhansk|lugansk) people'?s republic\b", "LNR: Luhansk People's Republic"),
    (r"\bseparatists?\b|\bpro-russian rebels?\b", "Separatists"),
    (r"(?-i:\bFano\b)", "Fano Militia"),      # (Amhara's militia: "fighting between Fano and the army")
    (r"\boromo liberation army\b|(?-i:\bOLA\b)(?:[- ]Shane)?", "OLA: Oromo Liberation Army"),
]
# Where a group fights when a report names neither place nor country: groups that operate
# overwhelmingly in one country (not the Islamic State, al Qaeda or Hamas, spread over several).
GROUP_HOME = {
    "Taliban": "AF", "Haqqani Network": "AF", "TTP: Tehreek-i-Taliban Pakistan": "PK", "Al Shabaab": "SO",
    "Boko Haram": "NG", "Houthi Movement": "YE", "PKK: Kurdistan Workers Party": "TR", "FARC": "CO",
    "ELN: National Liberation Army": "CO", "NPA: New People's Army": "PH", "M23: March 23 Movement": "CD",
    "ADF: Allied Democratic Forces": "CD", "Lashkar-e-Taiba": "IN", "RSF: Rapid Support Forces": "SD",
    "BLA: Balochistan Liberation Army": "PK", "PDF: People's Defense Force": "MM",
    "CODECO: Cooperative for the Development of Congo": "CD", "HTS: Hayat Tahrir al-Sham": "SY",
    "DNR: Donetsk People's Republic": "UA", "LNR: Luhansk People's Republic": "UA", "Fano Militia": "ET",
    "OLA: Oromo Liberation Army": "ET", "ISWAP: Islamic State West Africa Province": "NG",
}
assert set(GROUP_HOME) <= {name for _p, name in _GROUPS}
# Armed groups named in one word or an al- form, as a place pattern may take them for a name
GROUP_WORDS = frozenset("""
taliban hamas hezbollah hizbollah houthi houthis pkk jnim haqqani wagner farc eln npa m23 adf rsf bla codeco isis isil
daesh al-shabaab al-shabab al-qaeda al-qaida al-nusra separatists iswap iswa ttp shabaab ansaru maoists naxals dissidents
fano
""".split()) | {"boko haram", "islamic state", "ansar allah", "lashkar-e-taiba", "jaish-e-mohammed", "tehrik-i-taliban",
                 "nusrat al-islam", "nusrat al-islam wal-muslimin", "fitna al khwarij", "fitna al-khawarij",
                 "al shabaab", "farc dissidents"}
_GROUP_RE = re.compile("|".join(f"(?P<g{k}>{p})" for k, (p, _n) in enumerate(_GROUPS)), re.IGNORECASE)
_GROUP_NAME = {f"g{k}": name for k, (_p, name) in enumerate(_GROUPS)}
_UNIDENTIFIED = re.compile(r"\b(gunm[ae]n|assailants?|attackers?|unidentified|unknown (?:men|assailants|attackers)|militants?|insurgents?|terrorists?|armed men|bandits?|miscreants|armed groups?|jihadists?|extremists?|islamists?)\b", re.IGNORECASE)
_FORCES = re.compile(r"\b(forces?|troops|army|enemy|military|soldiers|(?:air ?|missile |drone )?strikes?|air raids?|missiles?|drones?|(?:glide|guided|aerial) bombs|shelling|attacks?|artillery|aircraft|warplanes?|jets|bombardment|offensive|occupiers|invaders|shelled|launched|fired|struck|attacked|hit|bombed)\b", re.IGNORECASE)
_POLICE = re.compile(r"\bpolice\b", re.IGNORECASE)
# What befell the forces just named: they are the victims ("soldiers were killed", "troops came under fire").
_HIT_AFTER = re.compile(r"^(?: [\w-]+){0,3}? (?:were|was|have been|had been|are|is)(?: also| reportedly)? "
                        r"(?:killed|wounded|injured|hurt|ambushed|attacked|targeted|hit|shot|captured|kidnapped|abducted)\b"
                        r"|^(?: [\w-]+){0,2}? (?:died|(?<!shot )(?<!shoot )(?<!shoots )dead)\b"
                        r"|^(?: [\w-]+){0,2}? (?:killed|wounded|injured)(?= (?:in|during|when|while|by|on|at|near)\b|[,.]|$)"
                        r"|^(?: [\w-]+){0,2}? came under\b", re.IGNORECASE)
# What the forces just named were the object of: a verb or preposition of attack before them
# ("killing four Iraqi soldiers", "attacked Nigerian troops", "downed a Ukrainian helicopter").
_OBJECT_BEFORE = re.compile(
    r"\b(?:on|against|at|targeting|targeted|targets?|attacked|attacking|attacks?|ambushed|ambushing|ambush(?:es)?"
    r"|killed|killing|kills?|wounded|wounding|wounds|injured|injuring|injures|downed|downing|downs?|hit|hitting|hits"
    r"|struck|striking|raided|raiding|overran|overrunning|stormed|storming|shelled|shelling|bombed|bombing"
    r"|captured|capturing|abducted|abducting|kidnapped|kidnapping|executed|executing|repelled|repelling|repulsed)"
    r"\s+(?:(?:the|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|dozens|scores|some"
    r"|at|least|more|than|about|nearly|over|\d+)\s+){0,4}$", re.IGNORECASE)


def is_object(text: str, start: int) -> bool:
    """The words before `start` make what follows the object of an attack, not its agent."""
    return _OBJECT_BEFORE.search(text, max(0, start - 60), start) is not None


_LED_BY = re.compile(r"\b([A-Z][\w.]*(?: [A-Z][\w.]*)?)-led\s+(?:\w+\s+)?$")
# Who leads "the coalition" a report names without its leader, by where it strikes
COALITION_LEAD = {"Yemen": "Saudi Arabia", "Iraq": "United States", "Syria": "United States"}
_COALITION = re.compile(r"\b(coalition|isaf|nato)\b(?!-(?:standard|calib|type|made|style|supplied|grade|compatible))(?: and afghan)?(?: (?:security )?forces?| force| troops| aircraft)?", re.IGNORECASE)
# (the words between name no place or speaker: "Russian border region reports drone death" is no Russian drone)
_ARMED_AFTER = re.compile(r"(?:\s+|-(?:led|occupation|occupying)\s+)(?:(?!(?:regions?|city|town|village|province|oblast|governor"
                          r"|media|reports?|says)\s)[\w-]+\s+){0,3}(?:strikes?|missiles?|drones?|(?:glide|guided|aerial) bombs|forces|troops|attack|shelling|army|military)"
                          r"|\s+(?:Africa|Central|European|Indo-Pacific|Pacific|Southern|Northern|Special Operations) Command\b", re.I)
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
    "taliban", "iswap", "islamic state", "isis", "isil", "daesh", "is militants", "is fighters", "shaba", "boko haram",
    "qa", "aqim", "hamas", "bollah", "houthi", "ansar allah", "pkk", "kurdistan workers", "jnim", "nusrat",
    "haqqani", "lashkar", "ttp", "wagner", "farc", "eln", "new people's army", "npa", "m23", "adf",
    "allied democratic forces", "separatist", "pro-russian rebel", "rapid support", "rsf", "baloch", "bla",
    "defence force", "defense force", "pdf", "codeco", "syrian democratic", "sdf", "tahrir al-sham", "hts", "dpr", "dnr", "lpr", "lnr", "people's republic", "peoples republic",
    "fano", "oromo liberation", "ola")


@lru_cache(maxsize=4096)
def find_group(text: str) -> tuple[str, int, int] | None:
    """A named armed group in the text, with its span."""
    return next(find_groups(text), None)


def find_groups(text: str) -> Iterator[tuple[str, int, int]]:
    """The named armed groups in the text, with their spans, in order ("between the ELN and FARC
    dissidents": two)."""
    if text.isascii():
        low = text.lower()
        if not contains_any(low, _GROUP_NEEDLES):
            return
    for m in _GROUP_RE.finditer(text):
        if _AFFILIATION_AFTER.match(text, m.end()):
            continue        # "the al-Qaida-linked al-Shabab": the group is the one after the affiliation
        if m.group() == "RSF" and contains_any(text.lower(), ("without borders", "press freedom")):
            continue        # Reporters Without Borders, not the Rapid Support Forces
        if m.group() == "SDF" and "Japan" in text:
            continue        # Japan's Self-Defense Forces
        if _GROUP_NAME[m.lastgroup].startswith("PDF") and _another_states_pdf(text, m):
            continue        # the Uganda People's Defence Forces, Sudan's Popular Defence Forces: no Myanmar militia
        yield _GROUP_NAME[m.lastgroup], m.start(), m.end()


_TARGETED_BEFORE = re.compile(r"\b(?:detained|detaining|captured|capturing|arrested|arresting|apprehended|targeted|targeting"
                              r"|search of|searching for|in pursuit of|pursuing|hunting for|killed|killing|kills|kill|against"
                              r"|shot dead|shot and killed|shot|shooting|ambushed|ambushing|attacked|attacking|abducted|kidnapped"
                              r"|executed|assassinated|wounded|wounding|injured|injuring"
                              # (an army's strike on a group's things: "The IDF overnight struck a Hezbollah weapons facility")
                              r"|struck|striking|bombed|bombing|eliminated|eliminating|neutrali[sz]ed|dismantled|destroyed)"
                              r" (?:a |an |the |one |two |three |four |five |six |seven |eight |nine |ten |several |multiple |senior "
                              r"|suspected |top |local |key |alleged |\d+ ){0,3}$", re.IGNORECASE)
# "said Ko Zaw, a member of the local People's Defence Force": the speaker's group, not the attacker
_MEMBER_BEFORE = re.compile(r"\b(?:member|members|commander|spokesman|spokesperson|leader|official) of (?:the )?(?:local )?$", re.IGNORECASE)
# "An SDF spokesman said Turkish drones killed three": the group speaks, it did not attack
_SPEAKS_FOR = re.compile(r"\s+(?:spokes(?:man|woman|person)|official|officials|commander|statement|media (?:office|centre|center))\b",
                         re.IGNORECASE)
_AFFILIATION_AFTER = re.compile(r"[- ](?:linked|affiliated|allied|aligned|backed|inspired|loyal)\b", re.IGNORECASE)


def is_force(text: str, end: int) -> bool:
    """The country form ending at `end` names a side's forces or fire ("Israeli airstrikes",
    "Russian troops shelled"), not a place or the victims' nationality."""
    tail = text[end:end + 40]
    return bool(_FORCES.match(tail.lstrip(" -")) or _ARMED_AFTER.match(tail)) and not _HIT_AFTER.match(text[end:end + 60])


# A country's forces as the agent of the violence: the subject of an active verb of attack
# ("Nigerian troops killed", "Pakistani security forces raided", "Units of the Yemeni Army fought")
# or the agent after "by" ("shelling by Ukrainian Armed Forces", "killed by Kiev troops").
# Verbs of an attack its agent is the subject of (not "launched an appeal", "carried the bodies").
_ATTACK_VERB = (r"(?:killed|kill|kills|shelled|shell|shells|struck|strike|strikes|attacked|attack|attacks|bombed|bomb|bombs"
                r"|raided|raid|raids|clashed|fought|fight|ambushed|repelled|repulsed|destroyed|shot|hit|hits|targeted"
                r"|target|targets|neutrali[sz]ed|eliminated|stormed|dropped|pounded|executed"
                r"|opened fire|opens? fire|carried out|conducted (?:an? )?(?:air ?strikes?|strikes?|raids?|attacks?|operations?)"
                r"|(?:launch(?:ed|es)?|fire[ds]?|use[ds]?|using) (?:an? |two |three |several |dozens of )?(?:[\w-]+ ){0,2}(?:air ?strikes?|strikes?"
                r"|attacks?|missiles?|rockets?|drones?|shells?|mortars?|offensive|bombs?|artillery|assault|raids?))\b")
_AGENT_AFTER = re.compile(
    r"(?:[ -](?:armed|security|government|border|special|ground|air|naval|regular|federal|national|defen[cs]e|(?-i:[A-Z][\w-]*))){0,3}"
    r" (?:forces?|troops|army|military|soldiers|servicemen|police|policemen|units|aircraft|jets|warplanes|drones"
    r"|artillery|gunships|helicopters|air force|navy)(?: (?-i:[a-z][\w-]*)){0,2}? " + _ATTACK_VERB, re.IGNORECASE)
_BY_ARMED = re.compile(r"\bby (?:the |unidentified |unknown |suspected |armed |masked )*(?:gunm[ae]n|assailants|attackers"
                       r"|militants|insurgents|terrorists|bandits|armed men|rebels|jihadists)\b", re.IGNORECASE)
_FORCES_OF_BEFORE = re.compile(r"\b(?:armed forces|forces|army|troops|military|air force|navy) of (?:the )?$", re.IGNORECASE)
_IN_BEFORE = re.compile(r"\b(?:in|from|near|inside|across) (?:the )?$", re.IGNORECASE)
_BY_BEFORE = re.compile(r"\bby (?:the )?$", re.IGNORECASE)
# a state's own fire, named by its adjective: "in Ukrainian shelling", "the Ukrainian military's shelling"
_OWN_FIRE = re.compile(r"(?:[ -](?:military|army|armed forces|forces|troops)(?:['’]s?)?)? (?:air ?strikes?|shelling|shells|strikes?"
                       r"|attacks?|fire|bombardment|artillery|drones?|missiles?|rockets?|mortars?|offensive)\b", re.IGNORECASE)
# a state as the subject of its strike: "Ukraine fired Storm Shadow missiles at Luhansk"
_STATE_ACTS = re.compile(r" (?:has |have |had )?" + _ATTACK_VERB)


def is_agent(text: str, start: int, end: int) -> bool:
    """The country form at text[start:end] names forces that did the violence (see _AGENT_AFTER):
    a country's own forces acting at home are its actor1 ("Nigerian troops killed 20 insurgents
    near Damboa"), which a country that is only the victims' is not."""
    return _AGENT_AFTER.match(text, end) is not None and not is_object(text, start) \
        and not _HIT_AFTER.match(text[end:end + 60]) \
        or _BY_BEFORE.search(text, max(0, start - 8), start) is not None and is_force(text, end) \
        or _STATE_ACTS.match(text, end) is not None and not is_object(text, start) \
        or _OWN_FIRE.match(text, end) is not None and not is_object(text, start) and not _HIT_AFTER.match(text[end:end + 60]) \
        or _by_forces_of(text, start)


def _by_forces_of(text: str, start: int) -> bool:
    """"... by the Armed Forces of Ukraine": the forces named before the country are the agent."""
    forces_of = _FORCES_OF_BEFORE.search(text, max(0, start - 25), start)
    return forces_of is not None and _BY_BEFORE.search(text, max(0, forces_of.start() - 8), forces_of.start()) is not None


# A state's army by the name its statements use, as the subject of its own strike ("The IDF overnight struck ...", "the
# FARDC said it had repelled ...", "The IDF and Shin Bet said they had struck ...")
# (not SNA, also Syria's National Army, nor UPDF, also a Bangladeshi party)
_ARMY_NAMES = {"IDF": "Israel", "Israel Defense Forces": "Israel", "Israel Defence Forces": "Israel", "FARDC": "Democratic Republic of Congo",
               "FAMa": "Mali", "KDF": "Kenya", "SSPDF": "South Sudan", "ENDF": "Ethiopia", "Tatmadaw": "Myanmar"}
_ARMY_NEEDLES = tuple(_ARMY_NAMES)
_ARMY_ACTS = re.compile(r"\b(?P<army>" + "|".join(map(re.escape, sorted(_ARMY_NAMES, key=len, reverse=True))) + r")\b"
                        r"(?: and (?:the )?[A-Z][\w ]{1,20}?)?(?: (?:overnight|earlier today|today|yesterday|on \w+day))?"
                        r"(?: (?:said|says)(?: on \w+)? (?:it|they)(?: had)?)? " + _ATTACK_VERB)


_AFTER_ANOTHER = re.compile(r"\b(?:after|before|since|when|while|following|as)\s+(?:the\s+)?$", re.IGNORECASE)


def attacker(text: str, offset: int, victim_country: str | None) -> tuple[str, int, int] | None:
    """actor1 of a violent incident from its trigger sentence."""
    army = _ARMY_ACTS.search(text) if contains_any(text, _ARMY_NEEDLES) else None
    if army is not None and army.start() <= 40 and not _AFTER_ANOTHER.search(text, max(0, army.start() - 30), army.start()):
        # (the sentence's subject, near its start: not a clause about another strike, "Hezbollah fired rockets ...,
        # hours after the IDF struck a house")
        return f"Military Forces of {_ARMY_NAMES[army.group('army')]}", army.start() + offset, army.end("army") + offset
    group = find_group(text)
    if group and (_TARGETED_BEFORE.search(text, max(0, group[1] - 45), group[1]) or _MEMBER_BEFORE.search(text, max(0, group[1] - 30), group[1])
                  or _SPEAKS_FOR.match(text, group[2])
                  or _HIT_AFTER.match(text[group[2]:group[2] + 60]) and not _BY_BEFORE.search(text, max(0, group[1] - 8), group[1])):
        group = None    # "detained a Taliban leader", "DPR militiaman killed": the target, not the attacker
    forces = []
    for name, iso, kind, a, b in countries.find_countries(text):
        if kind == "organisation":
            continue
        if group and group[1] < a:
            break           # "The Islamic State attacked ..., killing six Syrian soldiers": the group came first
        if name != victim_country or kind == "adjective":
            # "the Armed Forces of Ukraine shot down ...", "shelling ... by the Armed Forces of Ukraine"
            forces_of = _FORCES_OF_BEFORE.search(text, max(0, a - 25), a)
            if forces_of and not (_STATE_ACTS.match(text, b) or _by_forces_of(text, a)):
                forces_of = None
            if (is_force(text, b) or forces_of) \
                    and not is_object(text, forces_of.start() if forces_of else a) and not (
                    _IN_BEFORE.search(text, max(0, a - 8), a) and not _OWN_FIRE.match(text, b)):
                # (nor "militants in Gaza fired rockets": a place the subject is in)
                # (not "nine Burkina Faso soldiers were killed", "killing four Iraqi soldiers": the victims)
                if name == victim_country and group:
                    continue
                forces.append((f"Military Forces of {name}", a + offset, b + offset, bool(forces_of) or is_agent(text, a, b)))
                if forces[-1][3]:
                    break
    if forces and (any(f[3] for f in forces) or not _BY_ARMED.search(text)):
        # the first that did the violence ("Ukraine launched an appeal after Russian drones killed 12":
        # Russia's), else the first named with its forces or fire, unless the sentence says who did
        # it ("troops carried the bodies of 20 villagers killed by gunmen")
        found = next((f for f in forces if f[3]), forces[0])
        return found[:3]
    if group:
        return group[0], group[1] + offset, group[2] + offset
    if text.isascii():
        padded, coalition, unidentified = " " + text.lower(), _COALITION_LOWER, _UNIDENTIFIED_LOWER
    else:
        padded, coalition, unidentified = " " + text, _COALITION_FAST, _UNIDENTIFIED_FAST
    m = coalition.search(padded)
    if m:
        found = text[m.start():m.end() - 1].lower()
        led = _LED_BY.search(text, max(0, m.start() - 40), m.start())
        if led and (lead := countries.lookup(led.group(1))) is not None:
            return f"Military Forces of {lead[0]}", led.start(1) + offset, m.end() - 1 + offset   # "the Saudi-led coalition"
        if found.startswith("coalition") and victim_country in COALITION_LEAD:
            return f"Military Forces of {COALITION_LEAD[victim_country]}", m.start() + offset, m.end() - 1 + offset
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
        if _OCCUPIERS.search(text):
            return "Military Forces of Russia"      # "killed three occupiers"
        group = find_group(text)
        if group is not None and group[0].startswith(("DNR", "LNR")):
            return group[0]                         # "one DPR militiaman"
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


_WORD_BEFORE = re.compile(r"([A-Z][\w-]+)(?:['’]s)? $")


def _another_states_pdf(text: str, m: re.Match[str]) -> bool:
    """A "People's Defence Force" (or "PDF") of a state other than Myanmar: named after its country ("the
    Uganda People's Defence Forces"), or the bare acronym in a text that names other countries and not
    Myanmar (Sudan's Popular Defence Forces)."""
    before = _WORD_BEFORE.search(text, max(0, m.start() - 25), m.start())
    hit = countries.lookup(before.group(1)) if before else None
    if hit and hit[2] in ("name", "adjective") and hit[1] != "MM":
        return True
    if m.group() != "PDF":
        return False
    named = {iso for _n, iso, kind, _a, _b in countries.find_countries(text) if kind in ("name", "adjective")}
    return bool(named) and "MM" not in named
_AFFILIATED_BEFORE = re.compile(r"\b(?:affiliated (?:with|to)|loyal to|linked to|allied (?:with|to)|allegiance to|tied to"
                                r"|affiliates? of|branch of|faction of|splinter of|wing of)\s+(?:the\s+)?$", re.IGNORECASE)
_ALLIES = re.compile(r"[\s,]*(?:[\w'-]+[\s,]+){0,4}?(?:and|alongside|together with|along with|with the help of|assisted by|backed by"
                     r"|supported by|in coordination with|as well as|in cooperation with|jointly with|allied with|,)\s+(?:the\s+)?"
                     r"(?:[\w'-]+\s+)?", re.IGNORECASE)
_BETWEEN_FIRST = re.compile(r"\bbetween\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}?$", re.IGNORECASE)
_FIGHT_BETWEEN_FIRST = re.compile(r"\b(?:clash(?:es|ed)?|fighting|infighting|fought|battles?|combats?|hostilities|confrontations?"
                                  r"|encounters?|exchanges? of fire|gunfights?|firefights?|gun battles?|skirmish(?:es)?|violence|feud)"
                                  r"(?:\s+[\w'-]+){0,10}?\s+between\s+(?:the\s+)?"
                                  r"(?:[\w'-]+\s+){0,2}?$", re.IGNORECASE)


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
    groups = list(find_groups(text))
    fight = len(groups) > 1 and _FIGHT_BETWEEN_FIRST.search(text, max(0, groups[0][1] - 90), groups[0][1])
    for group in groups:
        if group is not groups[0] and (
                _AFFILIATED_BEFORE.search(text, max(0, group[1] - 40), group[1])
                or _ALLIES.fullmatch(text, groups[0][2], group[1]) and not fight
                or _BETWEEN_FIRST.search(text, max(0, groups[0][1] - 30), groups[0][1]) and not fight):
            continue    # one side: an affiliate ("Boko Haram fighters loyal to the Islamic State"), allies ("ELN guerrillas
            #             and FARC dissidents clashed with the army", "JNIM, Ansarul Islam and IS fighters", "alongside"),
            #             a pact ("an alliance between JNIM and IS"); but "clashes between the ELN guerrilla and FARC
            #             dissidents", and a group attacked ("IS cells assassinated two SDF members"), are two
        if all(group[0] != s[0] for s in sides):
            sides.append((group[0], group[1] + offset, group[2] + offset))
    sides.sort(key=lambda side: side[1])        # in the order the sentence names them
    if len(sides) >= 2 and _HIT_AFTER.match(text[sides[0][2] - offset:sides[0][2] - offset + 60]):
        sides = sides[1:] + sides[:1]   # "Three Turkish soldiers were killed by PKK militants": the PKK attacked
    if len(sides) >= 2 and is_object(text, sides[0][1] - offset) and not is_object(text, sides[1][1] - offset):
        sides = sides[1:] + sides[:1]   # "Boko Haram fighters attacked Nigerian troops" (the group was found second)
    return sides


# A state's forces named without their state, as the sentence's subject ("Security forces killed
# six militants", "On Monday, troops raided ...", "Police shot dead two robbers"): the forces of
# the country where it happened (reports name foreign forces by their state).
_HOME_FORCES = re.compile(
    r"^(?:[^,.;]{0,40},\s+)?(?:the\s+)?(?:(?:local|government|security|state|federal|regime|army|military|armed|special"
    r"|paramilitary|anti-terror(?:ism)?|counter-?terror(?:ism)?|joint|national|provincial|regular)\s+){0,3}"
    r"(?P<force>forces|troops|soldiers|army|military|police|policemen|police officers|gendarmes|commandos|jets"
    r"|warplanes|air force|helicopters)\b(?:\s+(?:in|at|near|from) (?-i:[A-Z][\w’'-]+))?(?:\s+(?!said\b|says\b|say\b|told\b|reported\b|claimed\b|stated\b)(?-i:[a-z]+)){0,2}?\s+"
    r"(?:" + _ATTACK_VERB + r"|gunned|arrested|detained|captured|summarily)", re.IGNORECASE)
# what every _HOME_FORCES match holds (either case of its first letter)
_HOME_FORCE_NEEDLES = ("orces", "roops", "oldiers", "rmy", "ilitary", "olice", "endarmes", "ommandos", " jets", "arplanes",
                       "ir force", "elicopters")
# A state's forces or fire named by their service, not their state, anywhere in the sentence
_GOVERNMENT_FIRE = re.compile(
    r"\bby (?:the )?(?:regime|government|security|army|state|junta|military) (?P<force>forces|troops|army)\b"
    r"|\b(?P<force2>[Aa]rmy|[Nn]avy|[Mm]ilitary|[Aa]ir [Ff]orce|[Rr]egime|[Jj]unta) (?:air ?strikes?|shelling|artillery|drones?|jets?"
    r"|warplanes?|helicopters?|gunships?|troops|forces)\b")
_POLICE_WORDS = re.compile(r"\b(?:police|policem[ae]n|constables?|cops?)\b", re.IGNORECASE)
# Words that only one side of the war in Ukraine uses for the other: Russia's forces.
_OCCUPIERS = re.compile(r"\b(?:occupiers|invaders|ruscists|rashists|occupation forces|occupying forces"
                        r"|the aggressor(?: country| state)?)\b", re.IGNORECASE)


def home_forces(text: str, offset: int, country: str) -> tuple[str, int, int] | None:
    """actor1 for forces the sentence names without their state (see _HOME_FORCES), or for
    "the occupiers" in a report from Ukraine."""
    m = _HOME_FORCES.match(text) if contains_any(text, _HOME_FORCE_NEEDLES) else None
    if m is None and contains_any(text, _HOME_FORCE_NEEDLES):
        m = _GOVERNMENT_FIRE.search(text)    # "shelling by the regime forces", "an army airstrike", "Navy shelling"
    after = text[m.end("force"):m.end("force") + 60] if m else ""
    if m and (not _HIT_AFTER.match(after) or after.startswith((" shot dead", " gunned down"))):     # not "Police officer killed"
        force = "force" if m.groupdict().get("force") else "force2"
        kind = "Police Forces" if _POLICE_WORDS.match(m.group(force)) else "Military Forces"
        return f"{kind} of {country}", m.start(force) + offset, m.end(force) + offset
    if country == "Ukraine":
        for o in _OCCUPIERS.finditer(text):
            if not is_object(text, o.start()):
                return "Military Forces of Russia", o.start() + offset, o.end() + offset
    return None


def police_victims(texts: list[str]) -> bool:
    """Every counted member of the forces was police ("five policemen", "two police officers")."""
    return bool(texts) and all(_POLICE_WORDS.search(t) for t in texts)
