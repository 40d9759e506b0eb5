"""Casualty figures in one sentence, and their reconciliation within one incident.

A figure is a number phrase tied to a casualty status (killed / injured) and
to whom it counts (people, children, soldiers, attackers...). The status comes
from the verb before the number ("killing at least four people"), the words
after its noun ("14 people were killed"), a status noun ("14 fatalities"), a
toll ("the death toll rose to 18"), or a negation ("no one was hurt" -> 0).
"""
from __future__ import annotations

import re

from conflictlens.extract.dates import MONTHS
from conflictlens.model import Figure
from conflictlens.text.numbers import NUMBER_START, TENS, UNITS, NumberPhrase, read_number
from conflictlens.text.tokens import Token

KILL_VERBS = frozenset(
    "killing killed kill kills assassinated assassinating murdering murdered executing executed slaying slew "
    "massacring massacred beheading beheaded eliminated eliminating liquidated "
    "neutralised neutralized destroyed destroying slaughtering slaughtered butchering butchered lynched lynching "
    "crucified crucifying decapitated decapitating strangled strangling "
    # the present of a headline or a chronology ("Militants massacre 35 villagers")
    "massacre massacres murder murders behead beheads slay slays assassinate assassinates "
    "slaughter slaughters".split())
_KILL_PHRASES = frozenset((("fatally", "shot"), ("fatally", "shooting"), ("fatally", "stabbed"), ("fatally", "stabbing"), ("gunned", "down"), ("shoot", "dead"), ("shoots", "dead"), ("deaths", "of"), ("death", "of"),
                 ("killing", "of"), ("bodies", "of"), ("lives", "of"), ("shooting", "dead"), ("shot", "dead"),
                 ("killings", "of"), ("beheading", "of"), ("beheadings", "of"), ("massacre", "of"),
                 ("remains", "of"), ("corpses", "of"), ("throats", "of"), ("murder", "of"), ("murders", "of")))
_INJURE_PHRASES = frozenset((("injuries", "of"), ("injury", "of"), ("injuring", "of"), ("wounding", "of"),
                             ("injuries", "to"), ("wounds", "to")))
_VAGUE_WORDS = {"several": 3, "multiple": 3, "numerous": 3}
INJURE_VERBS = frozenset(
    "injuring injured injure injures wounding wounded wound wounds hurting hurt maiming maimed "
    "stabbed stabbing stabs".split())
KILLED_AFTER = frozenset(
    "killed dead died die dies perished slain murdered executed beheaded massacred "
    "fatalities deaths lifeless assassinated slaughtered butchered lynched strangled decapitated crucified "
    "succumbed".split())
INJURED_AFTER = frozenset("injured wounded hurt injuries hospitalised hospitalized stabbed shot treated".split())
STATUS_NOUNS = {"fatalities": "killed", "deaths": "killed", "dead": "killed", "killed": "killed", "kia": "killed", "wia": "injured",
                "death": "killed", "fatality": "killed", "bodies": "killed", "corpses": "killed",
                "injured": "injured", "wounded": "injured", "injuries": "injured", "hurt": "injured"}

ROLES: dict[str, str] = {}
for _role, _words in {
    "people": "people persons person individuals others victims residents men women man woman "
              "activists protesters demonstrators prisoners detainees hostages migrants refugees "
              "fishermen drivers officials leaders commanders elders clerics wedding-goers mourners "
              "passengers worshippers workers villagers pedestrians bystanders passers-by "
              "relatives members staff employees farmers miners pilgrims students "
              "shoppers guests patients doctors journalists teachers people's crew "
              "crewmen volunteers rescuers medics paramedics firefighters locals youths youth "
              "sisters brothers sons daughters wives husbands mothers fathers parents siblings cousins "
              "nephews nieces grandchildren spectators loggers traders herders herdsmen vigilantes hunters civilians' "
              "pensioners retirees assistants candidates abductees trainees captives missionaries dignitaries",
    "children": "children child kids kid minors minor boys boy girls girl teenagers teenager "
                "teens teen babies baby infants infant toddlers toddler schoolchildren pupils",
    "civilians": "civilians civilian",
    "soldiers": "soldiers soldier troops servicemen serviceman servicemembers personnel "
                "policemen policeman police officers officer guards guard marines "
                "paratroopers militiamen sailors airmen commandos peacekeepers conscripts "
                "gendarmes recruits cadets security rangers guardsmen",
    "attackers": "militants militant insurgents insurgent attackers attacker gunmen gunman "
                 "assailants assailant bombers bomber terrorists terrorist perpetrators "
                 "perpetrator fighters fighter rebels rebel jihadists jihadist extremists "
                 "shooters shooter hijackers kidnappers separatists guerrillas guerrilla guerillas guerilla taliban "
                 "suspects suspect",
}.items():
    for _w in _words.split():
        ROLES[_w] = _role
        if _w.endswith("men"):
            ROLES.setdefault(_w[:-3] + "man", _role)
        elif _w.endswith("ies"):
            ROLES.setdefault(_w[:-3] + "y", _role)
        elif _w.endswith("s") and not _w.endswith("ss") and len(_w) > 4:
            ROLES.setdefault(_w[:-1], _role)
for _w in ("police", "security", "forces", "military", "people's"):
    ROLES.pop(_w, None)
ROLES.update({"wife": "people", "husband": "people", "son": "people", "daughter": "people",
              "mother": "people", "father": "people", "cops": "soldiers", "cop": "soldiers",
              "police": "soldiers", "security": "soldiers", "forces": "soldiers", "military": "soldiers",
              "army": "soldiers", "leader": "attackers", "commander": "attackers", "facilitator": "attackers",
              "vendor": "people", "contractor": "people", "engineer": "people", "driver": "people",
              "tourist": "people", "tourists": "people", "constable": "soldiers", "constables": "soldiers",
              "imam": "people", "priest": "people",
              "bodyguard": "soldiers", "bodyguards": "soldiers", "labourers": "people", "laborers": "people",
              "staff": "people", "trooper": "soldiers", "troopers": "soldiers", "jawan": "soldiers", "jawans": "soldiers",
              "agent": "people", "agents": "people", "diplomat": "people", "diplomats": "people", "judge": "people",
              "judges": "people", "lawyer": "people", "lawyers": "people", "politician": "people", "politicians": "people",
              "nationals": "people", "national": "people", "citizens": "people", "citizen": "people",
              "foreigners": "people", "foreigner": "people", "fans": "people", "supporters": "people",
              "tribesmen": "people", "tribesman": "people", "monks": "people", "monk": "people",
              "christians": "people", "muslims": "people", "graduates": "people", "scholar": "people",
              "councillor": "people", "councilor": "people", 
              "clerk": "people", "cleric": "people",
              "photographer": "people", "reporter": "people", "reporters": "people",
              "churchgoers": "people", "church-goers": "people", "worshipers": "people", "hostage": "people",
              "peacekeeper": "soldiers", "peacekeepers": "soldiers", "militiaman": "soldiers", "personnels": "soldiers",
              "customer": "people", "customers": "people", "commuters": "people", "commuter": "people",
              "grandson": "people", "granddaughter": "people", "grandfather": "people", "grandmother": "people",
              "uncle": "people", "aunt": "people", "colleague": "people", "companion": "people", "friend": "people",
              "neighbour": "people", "neighbor": "people", "fiance": "people", "fiancee": "people",
              "followers": "people", "devotees": "people", "adherents": "people", "congregants": "people",
              "lawmakers": "people", "lawmaker": "people", "legislators": "people", "senators": "people",
              "parliamentarians": "people", "councillors": "people", "councilors": "people",
              "spy": "people", "spies": "people", "informer": "people", "informers": "people", "informant": "people",
              "informants": "people", "collaborator": "people", "collaborators": "people"})

_SKIP_BETWEEN = frozenset(
    "who were was have has had been being be are is also all reportedly later subsequently "
    "confirmed believed feared thought said reported have been were all that pronounced "
    "declared found fatally seriously critically severely lightly slightly mortally "
    "eventually instantly allegedly may might could have left got get gets".split())
# Verbs of violence that "to death" makes a killing ("stoned to death", "hack three men to
# death"); not "send two men to death" nor "put three suspects to death" (an execution order).
_TO_DEATH_STEMS = ("stab", "beat", "hack", "stone", "tortur", "burn", "club", "bludgeon", "kick", "trampl",
                   "crush", "lynch", "whip", "flog", "strangl", "chok", "bash", "batter", "shot", "shoot",
                   "bled", "bleed", "starv", "freez", "froze", "knif", "machet", "axe", "rap", "bayonet")
_SHOT_AND = frozenset("shot stabbed attacked beaten ambushed hacked tortured kidnapped abducted captured raped robbed "
                      "taken dragged".split())
_DETERMINERS = frozenset("his her their its".split())
_SAYING = frozenset("said says told reported wrote added announced confirmed stated".split())
# A saying verb that ends a noun phrase ("two witnesses said the boy ..."); not "13 reported dead"
_SAID = _SAYING - {"reported", "confirmed"}
UNITS_OR_TENS = frozenset(UNITS) | frozenset(TENS)
_PRONOUN_OBJECTS = {"him": "people", "her": "people", "himself": "attackers", "herself": "attackers"}
_SUB_MARKERS = (("including",), ("among", "them"), ("among", "whom"), ("of", "whom"),
                ("among", "those"), ("among", "the", "dead"), ("among", "the", "victims"),
                ("incl",), ("as", "well", "as"))
_TOLL = re.compile(
    r"\b(death toll|toll|number of (?:the )?(dead|deaths|fatalities|killed|victims|injured|wounded|casualties)"
    r"|number of people (?:killed|injured|wounded))\b"
    r"[^.;:]{0,90}?\b(rose|risen|rises|climbed|climbs|increased|jumped|reached|stands|stood|is|was|has|now|revised|grew|lowered|corrected)\b"
    r"(?:[^.;:\d]{0,25}?|[^.;:\d]{0,10}?\bby [\d,]+ )\b(?:to|at)\b"
    r"|\b(death toll|toll)\b[^.;:]{0,60}?\b(?:now )?(stands|stood|is|was|reached|hit)\b(?: now)?(?: at)?"
    r"|\brevised the (death toll|toll)\b[^.;:]{0,80}?\b(?:down|up)? ?to\b"
    r"|\b(?:rais|bring|brought|push|tak|took|lift)\w* the (?:overall |total |final |official )?"
    r"(?:death toll|toll|number of (?:the )?(?:dead|deaths|fatalities|killed|victims|injured|wounded))\b[^.;:\d]{0,25}?\bto\b",
    re.IGNORECASE)
_NOBODY = r"(?:no one|no-one|nobody|none|no person|no people|no civilians?|no soldiers?|no residents?)"
_NEGATIVE_PATTERN = re.compile(
    rf"\b{_NOBODY} (?:was|were|has been|had been|have been|is|are|got) (?:reportedly )?(?P<a>killed|dead|injured|hurt|harmed|wounded)(?: or (?P<b>killed|injured|hurt|harmed|wounded))?"
    r"|\bno (?P<c>casualties|victims|deaths|fatalities|injuries|dead|killed)(?: or (?P<d>injuries|injured|wounded|deaths))?\b"
    r"|\bwithout (?:any )?(?P<e>casualties|injuries|injury)\b|\b(?:did )?not cause (?:any )?(?P<f>casualties|injuries)\b|\bcaused no (?P<g>casualties|injuries|deaths)\b"
    r"|\b(?P<h>without incident)\b",
    re.IGNORECASE)
_NEGATIVE_STATUS = {"killed": ("killed",), "dead": ("killed",), "deaths": ("killed",), "fatalities": ("killed",),
                    "injured": ("injured",), "wounded": ("injured",), "injuries": ("injured",), "injury": ("injured",),
                    "hurt": ("killed", "injured"), "harmed": ("killed", "injured"), "casualties": ("killed", "injured"),
                    "victims": ("killed", "injured"), "without incident": ("killed", "injured")}
# Every match of _NEGATIVE_PATTERN or _UNKNOWN contains one of these (lower-cased): an ASCII
# sentence without any has neither, and the case-insensitive patterns are not run.
_NEGATIVE_NEEDLES = ("no ", "no-", "nobody", "none", "without", "not cause", "casualties ")
_UNKNOWN = re.compile(r"\bno (?:immediate )?(?:reports?|information|word|details) (?:of|on|about) (?:casualties|injuries|deaths)|casualties (?:are|were|remain) (?:unknown|unclear|not known)", re.I)


_BE = frozenset("were was been is are be being have has had".split())
_AFTER_BARE = frozenset(
    "and or , . ; : ) – — in on at when during after as while including in the near from "
    "with by others more this yesterday today late early overnight before who that aboard inside".split())
_SEVERITY = frozenset("seriously critically severely badly gravely lightly slightly moderately mortally".split())
_NOT_PERSON = frozenset(
    "days day hours hour weeks week months month years year minutes minute km kilometres kilometers miles "
    "metres meters percent per cent times vehicles vehicle cars car buildings building houses homes house "
    "tanks aircraft helicopters helicopter drones missiles rockets shells bombs rounds villages towns cities "
    "schools hospitals shops trucks buses bus boats ships weapons rifles "
    "animals cattle cows cow horses horse pigs pig sheep goats goat dogs dog camels camel donkeys donkey "
    "chickens birds livestock attacks bombings blasts explosions incidents shootings strikes raids ambushes "
    "clashes assaults".split())
_PLACE_NOUNS = frozenset(
    "station stations headquarters base bases post posts checkpoint checkpoints convoy convoys camp camps compound "
    "compounds building buildings vehicle vehicles truck trucks patrol patrols office offices academy academies "
    "uniform uniforms".split())
_NOT_CASUALTY_VERBS = frozenset(
    "kidnapped abducted arrested detained captured rescued freed released evacuated displaced held took "
    "taking seized hijacked deported expelled recruited trained".split())
_NOT_AFTER_ACTIVE = frozenset("a an the his her their its another one two three four five six seven eight nine ten".split())


_CASUALTY_WORD = re.compile(
    r"\b(?:kill|dead|die|death|fatal|injur|wound|hurt|casualt|toll|shot|shoot|stabb|gunned|murder|execut|behead|massacr|slain|slew|slay|perish"
    r"|lives|harm|victim|hospital|eliminat|liquidat|neutrali|destroy|kia\b|wia\b|no one|nobody|without incident|treated"
    r"|assassin|slaughter|butcher|lynch|strangl|decapitat|crucif|succumb|alive|bodies|body|corpse|remains|throats|suicide|lost |medical)")


def may_have_figures(sentence: str) -> bool:
    """Cheap gate: a sentence without any casualty word has no figure to find."""
    return _CASUALTY_WORD.search(sentence.lower()) is not None


def _chained(tokens: list[Token], c: int) -> bool:
    """Token c is a comma that chains another verb of violence or death ("shot, stabbed, and killed")."""
    if c + 1 >= len(tokens) or tokens[c].text != ",":
        return False
    nxt = tokens[c + 2].low if tokens[c + 1].low == "and" and c + 2 < len(tokens) else tokens[c + 1].low
    return nxt in _SHOT_AND or nxt in KILLED_AFTER


# Verbs of what was done to someone before the killing: "was stopped by two men and then shot dead".
_HELD_THEN = frozenset("kidnapped abducted taken captured dragged seized stopped intercepted ambushed attacked pulled "
                       "chased tortured beaten tied blindfolded".split())


def _and_later_killed(tokens: list[Token], k: int) -> int | None:
    """After a verb of capture: ", and (were) later executed" within the clause; the index after it."""
    n = len(tokens)
    for m in range(k, min(n - 1, k + 14)):
        t = tokens[m]
        if t.text in ".;:" or t.low in ("but", "while", "whereas"):
            return None
        if t.low == "and":
            x = m + 1
            while x < n and x - m <= 3 and (tokens[x].low in ("were", "was", "later", "then", "subsequently", "eventually", "also")
                                           or tokens[x].low.endswith("ly")):
                x += 1
            if x < n and tokens[x].low in KILLED_AFTER and tokens[x].low not in ("dead", "deaths", "fatalities"):
                nxt = tokens[x + 1] if x + 1 < n else None
                time_after = any(t.low in ("later", "afterwards", "after") for t in tokens[x + 1:x + 5])
                if nxt is not None and not time_after and (
                        nxt.low in _NOT_AFTER_ACTIVE or nxt.low in _VAGUE_WORDS or nxt.low in ROLES
                        or nxt.low in _PRONOUN_OBJECTS or read_number(tokens, x + 1)):
                    return None     # "freed a family that was taken hostage and killed several insurgents"
                return x + 1
            if x + 1 < n and tokens[x].low in ("shot", "gunned", "beaten", "hacked", "stabbed", "found") and tokens[x + 1].low in ("dead", "down", "to"):
                return x + 2    # ("... and was later found dead")
            if x + 1 < n and tokens[x].low in ("their", "his", "her") and tokens[x + 1].low in _BODY_NOUNS:
                for y in range(x + 2, min(n, x + 6)):
                    if tokens[y].low in _BODY_FOUND:
                        return y + 1    # "were kidnapped ... and then their bodies were discovered"
            if m > 0 and tokens[m - 1].is_cap and tokens[x].is_cap:
                continue        # "in Jammu and Kashmir and was later found dead": a name with "and" in it
            return None
    return None


# Plural heads that do not end in -s: what follows them is no compound ("people sought help")
_PLURAL_HEADS = frozenset("people men women children".split())
_MEDICAL_AID = frozenset("help assistance care attention treatment aid".split())


def _status_after(tokens: list[Token], j: int, limit: int = 6) -> tuple[str | None, int]:
    """Status word shortly after token j ("were also wounded"), and where it ends.

    An active verb with an object ("a suicide bomber killed two people") is no
    status of the words before it, so it is refused unless "were/was" precede.
    """
    k = j
    saw_be = False
    while k < len(tokens) and k - j <= limit:
        w = tokens[k].low
        status = None
        end = k + 1
        if w == "shot" and k + 1 < len(tokens) and tokens[k + 1].low == "down":
            break           # "the helicopter was shot down": an aircraft, not a casualty
        if w in ("shot", "shoot", "gunned", "beaten", "stabbed", "hacked", "burned", "burnt") and k + 1 < len(tokens) \
                and (tokens[k + 1].low in ("dead", "to") or w == "gunned" and tokens[k + 1].low == "down"):
            status, end = "killed", k + 2
        elif w in KILLED_AFTER:
            status = "killed"
        elif w in INJURED_AFTER and not (w == "treated" and k + 1 < len(tokens) and tokens[k + 1].low == "as") \
                and not (w in _SHOT_AND and k + 1 < len(tokens) and (
                tokens[k + 1].low == "and" or _chained(tokens, k + 1))):
            status = "injured"
        elif w in ("lost", "sacrificed", "gave") and k + 2 < len(tokens) and tokens[k + 2].low in ("lives", "life"):
            status, end = "killed", k + 3
        elif k + 2 < len(tokens) and tokens[k + 1].low == "to" and tokens[k + 2].low == "death" \
                and w.startswith(_TO_DEATH_STEMS):
            status, end = "killed", k + 3      # "were stoned to death", "was beaten to death"
        elif w in ("burned", "burnt") and k + 1 < len(tokens) and tokens[k + 1].low == "alive":
            status, end = "killed", k + 2      # "was burnt alive"
        elif w == "taken" and k + 2 < len(tokens) and tokens[k + 1].low == "to" and tokens[k + 2].low in ("hospital", "the") \
                and (tokens[k + 2].low == "hospital" or k + 3 < len(tokens) and tokens[k + 3].low == "hospital") and saw_be \
                and j > 0 and (tokens[j - 1].low.endswith("s") or tokens[j - 1].low in _PLURAL_HEADS):
            # ("five people were taken to hospital"; not "he died when he was taken to hospital")
            status, end = "injured", k + (3 if tokens[k + 2].low == "hospital" else 4)   # "were taken to hospital"
        elif w in ("sought", "received", "needed", "required", "requested") and k + 2 < len(tokens) \
                and tokens[k + 1].low == "medical" and tokens[k + 2].low in _MEDICAL_AID:
            status, end = "injured", k + 3      # "sought medical help", "received medical treatment"

        if status == "injured" and k > 0 and tokens[k - 1].low in ("fatally", "mortally"):
            status = "killed"       # "fatally wounded"
        if status == "injured" and _later_died(tokens, end):
            status = "killed"       # "was critically injured in the blast and later died"
        if status == "injured" and k >= 2 and tokens[k - 1].low in ("was", "were") and tokens[k - 2].low == "who":
            for m in range(end, min(len(tokens), end + 8)):
                if tokens[m].low in ("died", "succumbed", "perished"):
                    status, end = "killed", m + 1   # "the teacher who was wounded died in hospital"
                    break
                if not tokens[m].text[0].isalnum() or tokens[m].low in _BE:
                    break
        if status:
            if not saw_be and w in ("killed", "injured", "wounded", "hurt", "murdered", "executed", "shot", "stabbed", "gunned",
                                    "shoot", "shoots", "beaten", "hacked", "burned", "burnt") and end < len(tokens):
                nxt = tokens[end]
                if nxt.low in _NOT_AFTER_ACTIVE or nxt.low in ROLES or nxt.low in _PRONOUN_OBJECTS or read_number(tokens, end) \
                        or nxt.low in ("them", "us") or nxt.low in ("at", "into") and w in ("shot", "shoot", "shoots") \
                        or nxt.is_cap and nxt.text[0].isalpha() and nxt.low not in _CALENDAR and nxt.low not in _MONTHS \
                        and (end + 1 >= len(tokens) or not tokens[end + 1].text[0].isalnum() and tokens[end + 1].text != "-"
                             or tokens[end + 1].low in ("at", "in", "on", "near", "outside", "inside", "after", "before", "during",
                                                        "with", "while")
                             or end + 2 < len(tokens) and (tokens[end + 1].is_cap or tokens[end + 1].low in ROLES
                                                           or tokens[end + 1].low == "and" and tokens[end + 2].is_cap)):
                    # ("two men stabbed Israeli soldiers", "an assailant stabbed them", "gunmen shot at the car")
                    return None, j      # "two gunmen killed Ali Khan": the count did the killing
                if nxt.low == "with" and end + 3 < len(tokens) and tokens[end + 1].low in ("a", "an", "the", "his", "her", "their") \
                        and (read_number(tokens, end + 3) or tokens[end + 3].low in ROLES or tokens[end + 3].low in ("a", "an")):
                    return None, j      # "the man killed with a knife two women": the weapon, then the object
            return status, end
        if w in _BE and w not in ("has", "have", "had"):
            saw_be = True       # "has killed" is active, "has been killed" passive
        if w in _HELD_THEN and saw_be:
            later = _and_later_killed(tokens, k + 1)
            if later is not None:
                return "killed", later      # "were abducted from their homes and later executed"
        if w in _SHOT_AND and k + 2 < len(tokens) and tokens[k + 1].low == "and":
            k += 2
            continue
        if w in _SHOT_AND and _chained(tokens, k + 1):
            step = 3 if tokens[k + 2].low == "and" else 2
            k += step
            limit += step   # "was shot, stabbed, and killed": the chain does not count against the reach
            continue
        if w == "to" and k + 1 < len(tokens) and tokens[k + 1].low in ("have", "be") and k > j:
            k += 1          # "are reported to have been injured"
            continue
        if w == "where" and k + 1 < len(tokens) and (tokens[k + 1].low in KILLED_AFTER or tokens[k + 1].low in INJURED_AFTER):
            saw_be = True   # "21 people where killed": the slip for "were" (a relative "where" needs a subject)
            k += 1
            continue
        if w in _DENIED:
            break           # "was nearly killed", "were not hurt"
        if w in _SKIP_BETWEEN or w.endswith("ly") and k > j or w in ("as", "a", "result", "of", "the", "in", "attack", "strike", "found", "later", "both") and k > j:
            k += 1
            continue
        break
    return None, j


# Bodies received, returned, repatriated or exchanged are a handover, not a new toll ("Ukraine
# received the bodies of 909 fallen soldiers").
_BODY_NOUNS = frozenset("bodies remains corpses".split())
_HANDOVER = ("receiv", "return", "repatriat", "exchang", "hand", "transfer", "swap", "exhum", "buri", "identif")


def _handed_over(tokens: list[Token], k: int) -> bool:
    """A verb of handing over or burying within the six words before token k."""
    return any(tokens[m].low.startswith(_HANDOVER) for m in range(max(0, k - 6), k))


def _handed_over_after(tokens: list[Token], k: int) -> bool:
    """... or within the eight words after it, in the same clause ("the remains of 757 soldiers
    were repatriated")."""
    for m in range(k, min(len(tokens), k + 8)):
        if tokens[m].text in (",", ";", ".") and m > k:
            return False
        if tokens[m].low.startswith(_HANDOVER):
            return True
    return False


_ORDINALS = frozenset("first second third fourth fifth sixth seventh eighth ninth tenth last latter former".split())


def _later_died(tokens: list[Token], k: int) -> bool:
    """"... and later died of his injuries", "..., but succumbed to his wounds": the wounded died."""
    n = len(tokens)
    if k + 3 < n and tokens[k].low == "a" and tokens[k + 1].low == "number" and tokens[k + 2].low == "of" and tokens[k + 3].low == "times":
        k += 4          # "had been stabbed a number of times and died at the scene"
    for m in range(k, min(n, k + 10)):
        w = tokens[m].low
        if w in ("died", "succumbed") and m > k and tokens[m - 1].low in ("later", "subsequently", "eventually", "and", "but"):
            return True
        if w in (".", ";", "while", "whereas", "who", "which") or read_number(tokens, m) or w in ("a", "an", "another") \
                or w in ROLES or w in _BE or w in _ORDINALS:      # "... and the third later died": another person
            return False
    return False


_AGE_ENDINGS = ("-year-old", "-years-old", "-month-old", "-months-old", "-week-old", "-weeks-old", "-day-old", "-days-old")


def _noun_after(tokens: list[Token], j: int) -> tuple[str | None, int]:
    """The person noun a number counts ("four Ukrainian soldiers") and the index after it."""
    k = j
    while k < len(tokens) and k - j <= 6:
        t = tokens[k]
        if k == j and t.low.endswith(_AGE_ENDINGS) and k + 1 < len(tokens) and tokens[k + 1].low in ROLES:
            k += 1          # "two 5-year-old boys": an age before the noun
            continue
        if t.text == "(" and k + 2 < len(tokens) and tokens[k + 2].text == ")":
            k += 3          # "Nine Afghan Local Police (ALP) personnel"
            continue
        if t.low in ROLES:
            if t.low == "minor" and k + 1 < len(tokens) and tokens[k + 1].low in _INJURY_NOUNS:
                return None, j      # "one minor injury": no child
            role = ROLES[t.low]
            if k + 1 < len(tokens) and tokens[k + 1].low in _PLACE_NOUNS and ROLES[t.low] == "soldiers" and not t.low.endswith("s"):
                return None, j      # "two police stations", "three army posts": not people
            if t.low == "security" and (k + 1 >= len(tokens) or tokens[k + 1].low not in ("forces", "personnel", "officers", "guards", "officials", "men")):
                head = _later_head(tokens, k + 1)
                return (head[1], head[0] + 1) if head else (None, j)
            while k + 1 < len(tokens) and tokens[k + 1].low in ROLES and tokens[k + 1].low != "security":
                nxt = ROLES[tokens[k + 1].low]
                role = nxt if role == "people" else role
                k += 1
            head = _later_head(tokens, k + 1)
            if head is not None:
                # "police force members", "Police Force (CRPF) troopers": the head comes last
                k, hrole = head
                role = role if hrole == "people" else hrole
                return role, k + 1
            steps = 0
            while k + 1 < len(tokens) and steps < 2 and _plain_noun(tokens[k + 1]) and not tokens[k].low.endswith("s") \
                    and tokens[k].low not in _PLURAL_HEADS:
                k += 1          # "volunteer rangers", "militia fighters", "local cricket players"
                steps += 1
            if role == "people" and tokens[k].low in _GROUP_MEMBERS and _armed_group_named(tokens, j, k):
                role = "attackers"  # "20 Islamic State members", "five members of Boko Haram"
            return role, k + 1
        if t.is_cap and k == j and k + 1 < len(tokens) and (tokens[k + 1].low == "and" or tokens[k + 1].text in ",–—)") \
                and not t.text.endswith("s"):
            from conflictlens.extract import countries
            hit = countries.lookup(t.text)
            if hit and hit[2] == "adjective":
                return "people", k + 1      # "two Israeli and three foreign workers": the adjective stands for people
        if t.is_cap and t.text.endswith("s") and len(t.text) > 4:
            from conflictlens.extract import countries
            hit = countries.lookup(t.text[:-1])
            if hit and hit[2] == "adjective":   # "seven Afghans", "two Israelis"
                if k + 1 < len(tokens) and tokens[k + 1].low in ROLES:
                    k += 1      # "two Ukrainians soldiers": a slip for the adjective
                    continue
                return "people", k + 1
        if t.low in STATUS_NOUNS or t.low in KILL_VERBS or t.low in INJURE_VERBS:
            return None, k
        if t.low.endswith("s") and not t.is_cap and len(t.low) > 5 and _person_noun(t.low[:-1]) and t.low[:-1] not in ROLES:
            return "people", k + 1      # "four technicians", "two raiders": a trade by its ending, plural
        if _abbrev_dot(tokens, k):
            k += 1          # "U.S.", "U.N."
            continue
        if t.text == "(" and k > j and k + 2 < len(tokens) and tokens[k + 2].text == ")":
            k += 3          # "Rapid Action Force (RAF) jawans"
            continue
        if not t.text[0].isalpha() and t.text not in "-":
            return None, j
        if t.low in ("were", "was") and k > j and tokens[j].is_cap and _status_after(tokens, k)[0] is not None \
                and all(x.is_cap or x.low in ("of", "to", "the", "for") for x in tokens[j:k]):
            return "people", k      # "Seven African Union Mission to Somalia were killed": named by their body
        if t.low in _SAID or t.low in ("the", "a", "an") and k > j:
            return None, j      # "two witnesses said the boy ...": the noun is no further on
        if t.low in ("and", "or", "were", "was", "had", "have", "in", "on", "at", "from", "to",
                     "of", "who", "by", "with", "after", "during", "when", "other"):
            if t.low in ("of", "to", "for") and k > j and tokens[k - 1].is_cap and k + 1 < len(tokens) and tokens[k + 1].is_cap:
                k += 1      # "three Democratic Republic of Congo soldiers": a name with "of" in it
                continue
            if t.low == "other" and k == j:
                k += 1
                continue
            return None, j
        k += 1
    return None, j


_GROUP_MEMBERS = frozenset("members member supporters loyalists cadres cadre followers operatives".split())


def _armed_group_named(tokens: list[Token], j: int, k: int) -> bool:
    """An armed group named before the head (j..k) or in its "of" phrase after it."""
    from conflictlens.extract.actors import _GROUP_RE
    end = k + 1
    if end < len(tokens) and tokens[end].low == "of":
        end = min(len(tokens), end + 5)
    words = " ".join(t.text for t in tokens[j:end] if t.low != tokens[k].low)
    return bool(words) and _GROUP_RE.search(words) is not None


def _abbrev_dot(tokens: list[Token], k: int) -> bool:
    """The "." of an abbreviation such as "U.S." (after a single capital letter)."""
    return (tokens[k].text == "." and k > 0 and len(tokens[k - 1].text) == 1 and tokens[k - 1].text.isupper()
            and tokens[k - 1].end == tokens[k].start)


def _later_head(tokens: list[Token], k: int) -> tuple[int, str] | None:
    """A person noun that heads the phrase after an earlier one ("police force members").

    Only names, abbreviations and plain nouns may stand between; returns the
    index of the last person noun and its role.
    """
    n = len(tokens)
    m = k
    found = None
    while m < n and m - k <= 5:
        t = tokens[m]
        w = t.low
        if w in ROLES and w != "security" and w not in ("police", "army", "military", "forces"):
            found = (m, ROLES[w])
            m += 1
            continue
        if found is not None:
            break
        if _abbrev_dot(tokens, m):
            m += 1
            continue
        if t.text == "(" and m + 2 < n and tokens[m + 2].text == ")":
            m += 3
            continue
        if t.text[0].isalpha() and (t.is_cap and w not in _FUNCTION or _plain_noun(t)) and w not in STATUS_NOUNS:
            m += 1
            continue
        break
    return found


_FUNCTION = frozenset(
    "and or but of in on at to from by with for as who which that were was are is be been have has had "
    "when while after before during near".split())


_VERB_FORMS = frozenset("lost gave fell bled sustained suffered received succumbed remain remains alive".split())


def _plain_noun(t: Token) -> bool:
    """A lower-case word that can head a noun phrase (not a verb form, not a function word)."""
    w = t.low
    return (w.isalpha() and t.text[0].islower() and w not in _FUNCTION and w not in KILLED_AFTER and w not in _VERB_FORMS
            and w not in _SAID and w not in ("the", "a", "an") and w not in INJURED_AFTER and w not in KILL_VERBS and not w.endswith(("ed", "ing", "ly")))


_DEAD_GROUPS = {"dead": "killed", "victims": "killed", "killed": "killed", "fatalities": "killed", "deceased": "killed",
                "injured": "injured", "wounded": "injured", "hurt": "injured"}


def _among_the_dead(tokens: list[Token], k: int) -> str | None:
    """Token k is the verb of "Among the (28) dead were ..." ("among the injured were ..."): the
    list after it counts the dead (the injured); their status, else None."""
    if k < 3 or tokens[k].low not in ("were", "was", "are", "is"):
        return None
    m = k - 1
    if tokens[m].low not in _DEAD_GROUPS:
        return None
    status = _DEAD_GROUPS[tokens[m].low]
    m -= 1
    if m >= 1 and read_number(tokens, m) is not None and tokens[m - 1].low == "the":
        m -= 1
    return status if m >= 1 and tokens[m].low == "the" and tokens[m - 1].low in ("among", "amongst") else None


def _verb_before(tokens: list[Token], i: int) -> str | None:
    """"killing" / "gunned down" / "the deaths of" right before token i."""
    own = i < len(tokens) and (tokens[i].low in _PRONOUN_OBJECTS or tokens[i].low in _DETERMINERS)
    while i > 0 and (tokens[i - 1].low in _DETERMINERS or tokens[i - 1].low in ("another", "further", "a", "an", "all", "the", "other", "additional")):
        own = own or tokens[i - 1].low in _DETERMINERS
        i -= 1
    if i <= 0:
        return None
    w = tokens[i - 1].low
    if w == "," and i >= 2 and tokens[i - 2].low.endswith("ing") and (tokens[i - 2].low in _PLAIN_KILL or tokens[i - 2].low in _PLAIN_INJURE):
        return _verb_before(tokens, i - 1)      # "killing, ten and wounding 25": a stray comma
    among = _among_the_dead(tokens, i - 1) if i >= 2 and tokens[i - 2].low in _DEAD_GROUPS else None
    if among:
        return among        # "Among the victims were 24 soldiers, 10 attackers and ..."
    if w == "lost" and i >= 2 and tokens[i - 2].low not in _BE and not own:
        # "the army lost 12 soldiers": a military loss (the count needs a person noun); not
        # "the mother, who lost her two sons": a bereavement, told of someone's own
        return "killed"
    if i >= 3 and tokens[i - 2].low == "and" and tokens[i - 3].low in KILL_VERBS and w not in INJURE_VERBS \
            and w.endswith(("ed", "s")) and w not in ROLES:
        return "killed"     # "murder and disappear 32 civilians", "shot and burned 5 people"
    if i >= 3 and w not in _FUNCTION and not tokens[i - 1].is_cap and (tokens[i - 2].low == "with" and tokens[i - 3].low in KILL_VERBS
                                                                         or i >= 4 and tokens[i - 3].low == "with" and tokens[i - 2].low in ("a", "an", "the")
                                                                         and tokens[i - 4].low in KILL_VERBS):
        return "killed"     # "killed with a knife two women": the weapon between the verb and its object
    if (tokens[i - 1].is_cap or w in _AREA_WORDS) and tokens[i - 1].end < tokens[i].start:
        # "executed in the Lower Shabelle region three people": a place between the verb and its object
        m = i - 1
        while m > 0 and i - m <= 6 and (tokens[m].is_cap or tokens[m].low in _AREA_WORDS or tokens[m].low == "the"):
            m -= 1
        if m >= 1 and m < i - 1 and tokens[m].low in ("in", "near", "at") and (tokens[m - 1].low in KILL_VERBS or tokens[m - 1].low in INJURE_VERBS):
            return _verb_before(tokens, m)
    along = i >= 3 and tokens[i - 1].low == "with" and tokens[i - 2].low in ("along", "together")
    if along or i >= 4 and tokens[i - 1].low == "to" and tokens[i - 2].low == "addition" and tokens[i - 3].low == "in":
        # "was killed along with three other officers", "died together with his two sons",
        # "killing 10 of them in addition to the wife of a commander"
        k = i - 3 if along else i - 4
        while k > 0 and (tokens[k].low in _SEVERITY or tokens[k].low in ("also", "later")):
            k -= 1
        if tokens[k].text == ",":
            # "were killed during the assault, along with 9 insurgents": back past a short phrase to the verb
            verb_at = next((m for m in range(k - 1, max(-1, k - 7), -1)
                            if tokens[m].low in KILLED_AFTER or tokens[m].low in INJURED_AFTER), None)
            if verb_at is not None and all(t.text[0].isalnum() for t in tokens[verb_at:k]):
                k = verb_at
        before = tokens[k].low
        for m in range(i, min(len(tokens), i + 7)):
            if tokens[m].low in KILLED_AFTER or tokens[m].low in INJURED_AFTER:
                return None     # "... along with 63 members wounded": their own status
            if not tokens[m].text[0].isalnum() and tokens[m].text != "-":
                break
        if before in KILLED_AFTER and before not in ("fatalities", "deaths", "lifeless"):
            return "killed"
        if before in ("injured", "wounded", "hurt"):
            return "injured"
        for m in range(k, max(-1, k - 8), -1):
            w = tokens[m].low
            if not tokens[m].text[0].isalnum() or w in ("and", "or", "but", "among") or w in _BE:
                break
            if w in KILL_VERBS:
                return "killed"     # "killed the district chief along with nine other policemen"
            if w in INJURE_VERBS:
                return "injured"
        return None
    if w == "of" and i >= 3 and tokens[i - 2].low in ("family", "families"):
        k = i - 2       # "killing an entire family of five"
        while k > 0 and tokens[k - 1].low in ("a", "an", "the", "entire", "whole", "his", "her", "their", "its"):
            k -= 1
        return _verb_before(tokens, k) if k < i - 2 else None
    if (w in KILL_VERBS or w in INJURE_VERBS) and i >= 3 and tokens[i - 2].low == "to" \
            and tokens[i - 3].low in ("tried", "attempted", "failed", "planned", "threatened", "wanted", "sought", "trying", "attempting"):
        return None     # "he tried to kill the policeman": no one killed
    if w == "death" and i >= 3 and tokens[i - 2].low == "to" and tokens[i - 3].low.startswith(_TO_DEATH_STEMS):
        return "killed"     # "burned to death 15 civilians"
    if i >= 2 and tokens[i - 2].low in ("fatally", "mortally") and (w in INJURE_VERBS or w in ("shot", "shooting", "shooting")):
        return "killed"     # "fatally stabbing a police officer", "mortally wounding two guards"
    if w in KILL_VERBS:
        return "killed"
    if w in INJURE_VERBS:
        return "injured"
    if w in ("treated", "treating", "hospitalised", "hospitalized") and i >= 2 and tokens[i - 2].low not in _BE:
        return "injured"    # "doctors treated 23 people for shrapnel wounds"
    if i >= 2 and (tokens[i - 2].low, w) in _KILL_PHRASES:
        if tokens[i - 2].low in _BODY_NOUNS and (_handed_over(tokens, i - 2) or _handed_over_after(tokens, i)):
            return None     # bodies handed over, repatriated or buried: no new toll
        return "killed"
    if i >= 2 and (tokens[i - 2].low, w) in _INJURE_PHRASES:
        return "injured"
    if w in _SEVERITY and i >= 2 and tokens[i - 2].low in INJURE_VERBS:
        return "injured"    # "wounding critically two passers-by"
    return None


_AREA_WORDS = frozenset("region province district city town village area county state governorate oblast".split())
_COLLECTIVE = frozenset({"taliban"})
_STATUS_ADJ = {"dead": "killed", "wounded": "injured", "injured": "injured"}     # "the Taliban": a group, not one person


def _singular_at(tokens: list[Token], i: int) -> tuple[int, str, int] | None:
    """"a soldier", "an eight-year-old child", "the bomber", a bare "serviceman": one person."""
    n = len(tokens)
    t = tokens[i]
    if t.low in ("a", "an", "one", "the", "another") or t.low in _DETERMINERS:
        if i + 1 < n and tokens[i + 1].low == "same":
            return None     # "wounded the same soldier": someone counted already
        k = i + 1
        skipped = 0
        reach = 5 if t.low in ("a", "an") else 4      # "a female red cross aid worker"
        while k < n and k - i - skipped <= reach:
            w = tokens[k].low
            if tokens[k].is_cap and k > i + 1 and k + 1 < n and tokens[k + 1].is_cap and tokens[k + 1].text[0].isalpha():
                k += 1
                skipped += 1    # "the Afghan National Army", "a Police Force trooper": part of a name
                continue
            if w == "minor" and k + 1 < n and tokens[k + 1].low in _INJURY_NOUNS:
                return None     # "caused minor injuries": no child
            if w in ("local", "national") and k + 1 < n and tokens[k + 1].text.isalpha() and tokens[k + 1].text.islower() \
                    and tokens[k + 1].low not in _FUNCTION and tokens[k + 1].low not in KILLED_AFTER \
                    and tokens[k + 1].low not in INJURED_AFTER and tokens[k + 1].low not in _SAYING:
                k += 1          # "a local tribal chief", "a national guard officer": an adjective here
                continue
            if w in ROLES and not w.endswith("s") and not (w.endswith("men") and t.low not in ("a", "an", "another")) \
                    and w not in _COLLECTIVE or w in ("person", "man", "woman", "police", "army", "security") \
                    or (t.low in ("a", "an") or t.low in _DETERMINERS) and w not in ROLES and _person_noun(w) and w not in _NOT_PERSON \
                    and w not in _PLACE_NOUNS \
                    and (k + 1 < n and (tokens[k + 1].low in _BE or tokens[k + 1].low in KILLED_AFTER
                                                                                   or tokens[k + 1].low == "and")
                                                                  or i > 0 and tokens[i - 1].low == "and"
                                                                  and (k + 1 >= n or not tokens[k + 1].text[0].isalnum()
                                                                       or tokens[k + 1].low in ("in", "at", "near", "on", "outside", "during"))
                                                                  or _verb_before(tokens, i) is not None):
                # (also a trade by its ending after "a", as a subject or a conjunct: "a gardener", "a cameraman")
                # ("the gunmen was found": a plural; "a women": one, misspelt)
                if w in ("police", "army", "security", "military"):
                    if k + 1 < n and tokens[k + 1].low in ROLES:
                        k += 1
                        w = tokens[k].low
                    else:
                        k += 1      # "an army ranger": the head noun comes next
                        continue
                if w.endswith("s") and w not in ("boss",):
                    return None
                if k + 1 < n and tokens[k + 1].low in _SAYING:
                    return None     # "..., a provincial spokesman said": the source, not a victim
                if w == "other" and k + 1 < n and read_number(tokens, k + 1):
                    return None     # "injuring the other 2": the number is the count
                role, after = ROLES.get(w, "people"), k + 1
                while after < n and (tokens[after].low in ROLES and not tokens[after].low.endswith("s")):
                    after += 1      # "a gendarme officer"
                if after < n and (tokens[after].low in _PLACE_NOUNS or tokens[after].low in _NOT_PERSON):
                    return None     # "a ranger post", "a police vehicle": the role names a thing
                if after < n and tokens[after].low in ("were", "are", "have") and i > 0 \
                        and tokens[i - 1].low in ("of", "for", "with", "from", "near", "at", "to"):
                    return None     # "ten supporters of the cleric were killed": the verb is the plural's
                if t.low in ("a", "an") and after < n and tokens[after].low == "of" and i > 0 and tokens[i - 1].text == ",":
                    return None     # "18 rebels of the Front, a member of the Army": apposition
                if t.low == "the" and _status_after(tokens, after, 4)[0] is None and not _verb_before(tokens, i) and (
                        after >= n or tokens[after].text != "," or _apposition_end(tokens, after) is None) and (
                        not _continues_list(tokens, i) or after < n and tokens[after].low in _SAYING):
                    return None
                return i, role, after
            if w.endswith(_AGE_ENDINGS):
                k += 1
                continue
            dash = 1 if k + 1 < n and tokens[k + 1].text == "-" else 0
            if (w in UNITS_OR_TENS or w.isdigit()) and k + 2 + dash < n and tokens[k + 1 + dash].low in ("year", "years", "month", "months") \
                    and tokens[k + 2 + dash].low == "old":
                k += 3 + dash       # "a six year old girl", "a 6-month old baby"
                skipped += 2 + dash
                continue
            if _abbrev_dot(tokens, k) or tokens[k].is_cap and k > i + 1 and tokens[k - 1].is_cap:
                k += 1
                skipped += 1    # "a U.S. soldier", "a Central Reserve Police Force trooper"
                continue
            if tokens[k].text == "(" and k + 2 < n and tokens[k + 2].text == ")" and tokens[k + 1].text.isupper():
                k += 3      # "a Central Reserve Police Force (CRPF) trooper"
                skipped += 3
                continue
            if w == "dead" and k > i + 1 and t.low in ("a", "an") and _verb_before(tokens, i) is None and i > 0 and tokens[i - 1].low in ("leaving", "left"):
                return i, "people", k          # "leaving a judge dead"

            if w in ("number", "total", "lot", "series", "handful", "couple", "dozen", "few") or not tokens[k].text[0].isalpha() \
                    or w in KILL_VERBS or w in INJURE_VERBS or w in KILLED_AFTER or w in UNITS_OR_TENS:
                return None
            if (w in ("was", "is", "has", "had") or w == "were" and _continues_list(tokens, i)) and k > i + 1 and t.low in ("a", "an", "another") and tokens[k - 1].low not in ROLES \
                    and tokens[k - 1].low not in _NOT_ONE_PERSON:
                # "An Assam Rifle trooper was killed": whoever "was killed" is a person
                st, _ = _status_after(tokens, k, 3)
                return (i, "people", k) if st else None
            if w in ("and", "or", "of", "in", "on", "at", "who", "was", "were", "by"):
                return None
            k += 1
        return None
    if t.low in ROLES and not t.low.endswith(("s", "men")) and t.low not in _COLLECTIVE and (
            i == 0 or i <= 2 and all(tk.is_cap for tk in tokens[:i])):
        # A headline drops its article: "Soldier killed near Avdiivka", "Elderly woman killed by
        # shelling", "Italian journalist killed in the east". A generic noun ("woman") only with
        # its status right after it.
        st, _ = _status_after(tokens, i + 1, 2 if ROLES[t.low] != "people" else 1)
        if st:
            return i, ROLES[t.low], i + 1
    return None


_NP_STOP = frozenset(
    "in on at and or who whom whose which that while near outside inside as by with during after for from of "
    "when before because since but into onto over under along across called named identified".split())
# Nouns of a person's trade or kind by their ending ("a blogger", "a shopkeeper", "an activist",
# "a technician"), less the common words with those endings that name no one.
_PERSON_ENDINGS = ("er", "or", "ist", "ian", "man", "woman")
_PERSON_WORDS = frozenset("pilot shepherd nurse nun bishop rabbi mullah chief elder guide victim chef cook aide deputy secretary".split())
_NOT_PERSON_ENDING = frozenset(
    "number order border water power corner center centre tower paper quarter shelter container computer "
    "helicopter carrier launcher tanker trailer motor sector monitor reactor factor floor door color colour "
    "error terror manner matter letter chapter cluster register river other another either neither whether "
    "further rather later after over under never ever cover summer winter october november september december "
    "transfer interior exterior mirror horror dinner poster banner barrier charter scooter bulldozer excavator "
    "tractor freighter steamer trawler cruiser destroyer transporter generator detector elevator calendar".split())



def _person_noun(w: str) -> bool:
    """A noun that names one person: a role, a title, or a trade by its ending."""
    return w in ROLES or w in _TITLES or w in _PERSON_WORDS or w.endswith(_PERSON_ENDINGS) and w.isalpha() and len(w) > 4 \
        and w not in _NOT_PERSON_ENDING
_NAME_STOP = frozenset(
    "it this that there these those they we what which who a an the his her its their one another also "
    "and but in on at after before during when while then if whether unless".split())
_NAME_KILL = frozenset(
    "killing killed kill kills assassinated assassinating assassinate assassinates murdering murdered murder murders "
    "executing executed execute executes slaying slew beheading beheaded behead beheads massacring massacred "
    "injuring injured wounding wounded".split())
_TITLES = frozenset(
    "mayor governor minister chief commander leader head director president deputy prosecutor official "
    "senator lawmaker legislator mp councillor councilor sheikh imam priest pastor businessman businesswoman "
    "owner manager editor spokesman spokeswoman secretary ambassador consul colonel general major captain "
    "lieutenant sergeant inspector superintendent chairman chairperson envoy emissary attache delegate representative".split())
_CALENDAR = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december today yesterday".split())
_NOT_TITLE = frozenset("the a an this that these those his her its their our my your some any no every each".split())
_MONTHS = frozenset(MONTHS)       # month names and abbreviations, as the date reader knows them
_CLAUSE_START = frozenset("and but when after while as then later where before".split())


def _named_object(tokens: list[Token], i: int, conjunct: bool = False) -> tuple[int, str, int] | None:
    """"assassinated the mayor of X", "killed Sheikh Ali Hassan": one named or titled victim.

    Only after a plain verb of killing or wounding; the phrase must read as one
    person (no plural head, no count) and end at a clause boundary.
    """
    if i == 0 or not conjunct and not (tokens[i - 1].low in _NAME_KILL or i >= 2 and (tokens[i - 2].low, tokens[i - 1].low) in _KILL_PHRASES
                      and tokens[i - 1].low in ("dead", "down") or i >= 2 and tokens[i - 1].low == "of"
                      and tokens[i - 2].low in ("death", "deaths", "killing", "murder", "assassination", "execution", "beheading")) \
            or i >= 2 and tokens[i - 2].low in ("to", "attempted", "tried", "failed"):
        return None     # "attempting to kill the governor": no victim
    n = len(tokens)
    k = i
    if tokens[k].low in ("the", "his", "her", "their", "its", "a", "an") and k + 1 < n:
        k += 1
    words = []
    caps = 0
    while k < n and len(words) < 10:
        t = tokens[k]
        if _abbrev_dot(tokens, k) or t.text in ("-",) and words or t.low.endswith(("-year-old", "-years-old")):
            k += 1          # ("killed 23-year-old teacher X": the age is no count)
            continue
        if t.text == "(" and k + 2 < n and tokens[k + 2].text == ")":
            k += 3
            continue
        if not t.text[0].isalpha():
            break
        if t.low == "to" and words and words[-1].low in _TITLES and k + 1 < n and tokens[k + 1].is_cap:
            k += 1          # "the ambassador to Libya", "the envoy to the UN": part of the title
            continue
        if t.low in _NP_STOP and not (t.low == "of" and not words):
            break
        if words and not t.is_cap and t.low.endswith("ing") and len(t.low) > 5:
            break       # "the death of leader Shabeer following an airstrike": a participle ends the name
        if t.is_cap:
            if t.low in _NAME_STOP or t.low in UNITS_OR_TENS or t.low in _CALENDAR:
                return None
            caps += 1
        elif t.low in _FUNCTION or t.low in UNITS_OR_TENS or t.low in _NOT_PERSON or t.low.endswith(("ing", "ed", "ly")) \
                or t.low in ("himself", "herself", "themselves", "people", "others", "more", "dozens", "hundreds", "scores") \
                or t.low in KILLED_AFTER or t.low in INJURED_AFTER or t.low in STATUS_NOUNS or t.low in _SEVERITY:
            return None
        words.append(t)
        k += 1
    if not words or len(words) >= 10 or k < n and tokens[k].text[0].isdigit():
        return None     # ("injuring the other 2": the number is the count)
    head = words[-1]
    if head.low in _NOT_ONE_PERSON or head.low in ("forces", "militia", "regime", "group", "front", "movement", "state") \
            or len(head.text) > 1 and head.text.isupper() and caps == 1:
        return None     # "the deaths of the Syrian Army", "37 deaths of the SDF": an organisation, not one person
    if head.low.endswith("s") and not head.low.endswith(("ss", "us", "is")) and (not head.is_cap or caps == 1):
        return None     # "killed Afghan soldiers", "killing Christians": a group of unknown size
    if head.low in ROLES and ROLES[head.low] != "people" and head.low.endswith("s"):
        return None
    if not head.is_cap and tokens[i].low in ("a", "an", "his", "her", "their", "its") and not _person_noun(head.low):
        return None     # "killing a cow", "killed his dog": only person nouns (and titles) after "a" or "his"
    if caps == 0 and not _person_noun(head.low) and tokens[i].low not in _DETERMINERS:
        return None     # "killed the engine"
    role = ROLES.get(head.low, "people") if not head.is_cap else "people"
    return i, role, k


def num_end_index(tokens: list[Token], end: int) -> int:
    """Index of the first token at or after character offset `end`."""
    for idx, tk in enumerate(tokens):
        if tk.start >= end:
            return idx
    return len(tokens)


_INJURY_NOUNS = frozenset("injuries injury wounds wound burns cuts".split())
_INJURY_ADJ = frozenset("minor serious critical severe light slight grave".split())
# status nouns that can be followed by the next count ("21 dead, 15 injured"), unlike the verbs
_NOUN_STATUS = frozenset("dead deaths fatalities bodies corpses injuries".split())
_SINGULAR_STATUS = frozenset("death fatality".split())


def _suffered(tokens: list[Token], k: int) -> tuple[str | None, int]:
    """"sustained serious injuries", "suffered fatal wounds": the status after a verb of suffering."""
    for m in range(k + 1, min(len(tokens), k + 6)):
        w = tokens[m].low
        if w in _INJURY_NOUNS:
            fatal = any(tokens[x].low in ("fatal", "mortal", "deadly") for x in range(k + 1, m))
            return ("killed" if fatal else "injured"), m + 1
        if not w.isalpha() and w != "-" or w in _FUNCTION and w not in ("to", "of"):
            break       # ("received various degrees of injuries")
    return None, k


def _named_before_apposition(tokens: list[Token], i: int, st: str, end: int) -> tuple[int, str, int] | None:
    """"Luis Campos, a councillor in the town, was murdered": a name that opens the sentence
    (or follows a colon), an apposition between commas, then "was" and a status."""
    for c in range(i - 2, max(0, i - 27), -1):
        if tokens[c].text != ",":
            continue
        s = c - 1
        while s >= 0 and (tokens[s].is_cap and tokens[s].text[0].isalpha() or _abbrev_dot(tokens, s)) \
                and tokens[s].low not in _NAME_STOP and tokens[s].low not in _CALENDAR and tokens[s].low not in _NOT_TITLE \
                and not (tokens[s].low in ROLES and tokens[s].low.endswith("s") and len(tokens[s].low) > 4):
            s -= 1      # (a capitalised title may lead: "Police Constable John Smith"; not "Soldiers")
        s += 1
        if s >= c or c - s > 6 or not (s == 0 or tokens[s - 1].text == ":"):
            continue
        if _apposition_end(tokens, c) == i:
            return s, st, end
    return None


def _named_subject(tokens: list[Token], i: int) -> tuple[int, str, int] | None:
    """"Sergio Castillo is killed", "Hansda was fatally wounded", "He was shot dead": one person.

    Token i is "was"/"is"; the word before is a name (capitalised) or "he"/"she".
    """
    if i == 0:
        return None
    st, end = _status_after(tokens, i)
    if st is None or st == "injured" and tokens[end - 1].low in ("shot", "stabbed"):
        return None     # "was shot" may be fatal or not
    if tokens[i - 1].text == ",":
        return _named_before_apposition(tokens, i, st, end)
    k = i - 1
    if tokens[k].low in ("he", "she") and (k == 0 or tokens[k - 1].text in (",", ";", ":") or tokens[k - 1].low in _CLAUSE_START):
        return k, st, end
    while k >= 0 and (tokens[k].is_cap and tokens[k].text[0].isalpha() or _abbrev_dot(tokens, k)) \
            and tokens[k].low not in _NAME_STOP and tokens[k].low not in ROLES and tokens[k].low not in _CALENDAR \
            and tokens[k].low not in ("no", "nobody", "none", "noone", "no-one"):
        k -= 1
    k += 1
    if k >= i:
        return None
    if tokens[k].low in ("no", "nobody", "none", "noone", "no-one") or tokens[i - 1].low in ("nobody", "none"):
        return None
    if k > 0:
        prev = tokens[k - 1]
        if prev.low in ("and", "or") and k > 1 and (tokens[k - 2].is_cap or tokens[k - 2].low in ROLES):
            return None     # "X and Y was ...": leave coordinated subjects to the count rules
        if not (prev.text in (",", ";", ":", "–", "—") or prev.low in _CLAUSE_START
                or _plain_noun(prev) and not prev.low.endswith("s") and prev.low not in _NOT_TITLE):
            return None     # "a member of the SDF was", "the Taliban was"
    return k, st, end


# Words that end the head of a subject noun phrase ("the head of the council", "a man who ...").
_HEAD_STOP = frozenset(
    "of who whom whose which that from in at on with to for near called named known identified "
    "working serving belonging hostile loyal close , ( – —".split())
# Singular heads that are no one person: "the convoy was ambushed", "a family was killed" (how many?).
_NOT_ONE_PERSON = frozenset(
    "family group convoy crew unit team patrol squad bus vehicle car truck plane aircraft helicopter "
    "building house home village town city area district province region country community couple "
    "number total majority dozen handful force army police government military company battalion "
    "platoon brigade mob crowd train ship boat tank base camp checkpoint post station office school "
    "mosque church market attack bombing explosion blast bomb device operation raid it this that "
    "there one each every neither none nobody no no-one noone everyone everybody anyone anybody nothing "
    "some many several both all most committee council movement party organisation organization association "
    "union agency ministry department court parliament assembly process deal project programme program plan".split())
# Words between "was" and the status that deny it: "was nearly killed", "was not hurt".
_DENIED = frozenset("not nearly almost never narrowly".split())


def _clause_subject_start(tokens: list[Token], i: int) -> int:
    """Where the clause that ends at token i starts: the sentence start, or after a colon or
    semicolon; an opening adverbial ("In Belo, ...") is stepped over."""
    s = 0
    for k in range(i - 1, -1, -1):
        if tokens[k].text in (":", ";"):
            s = k + 1
            break
    if s < i and not tokens[s].is_cap and tokens[s].low not in ("a", "an", "the"):
        return s
    if s < i and tokens[s].low in ("in", "on", "at", "during", "near", "after", "outside", "earlier", "later", "meanwhile"):
        for k in range(s + 1, i):
            if tokens[k].text == "," and not (k + 1 < i and tokens[k + 1].text[:1].isdigit()):
                return k + 1    # (past "On October 24, 2018," as a whole)
    return s


_DIED = frozenset("died succumbed perished".split())
# Verbs that only people undergo ("the proposal was killed", "the ceasefire is dead" are not deaths).
_ONLY_PEOPLE = frozenset("murdered assassinated beheaded executed butchered slain lynched gunned stabbed shot massacred "
                         "strangled decapitated crucified wounded injured".split())
_NATURAL_DEATH = frozenset("illness heart natural cancer disease age stroke covid".split())
_BODY_FOUND = frozenset("found recovered discovered dumped retrieved".split())


def _one_dead(tokens: list[Token], i: int, figures: list[Figure]) -> tuple[int, str, int] | None:
    """"Later he died of his injuries", "His body was found": one person dead.

    Both refer back to someone the report has named, so they count only when no
    killed figure stands before them in the sentence (across sentences a restatement
    of "people" keeps the larger count, so they never add to a named victim).
    """
    if any(f.status == "killed" for f in figures):
        return None
    n = len(tokens)
    if tokens[i].low in ("he", "she"):
        k = i + 1
        while k < n and k - i <= 3 and (tokens[k].low.endswith("ly") or tokens[k].low in ("later", "then", "also", "had", "has")):
            if tokens[k].low in _DENIED:
                return None     # "he nearly died"
            k += 1
        if k < n and tokens[k].low in _DIED and not (i > 0 and tokens[i - 1].low in ("if", "whether", "unless")) \
                and not any(t.low in _NATURAL_DEATH for t in tokens[k + 1:k + 7]):
            return i, "killed", k + 1
        return None
    # "body": one, not "bodies"; "his body", "the body of", "a dead body"; found, recovered or dumped
    # within the sentence (not "body armour", "the world body", "body parts")
    if i == 0 or tokens[i - 1].low not in ("his", "her", "the", "a", "dead", "lifeless", "mutilated", "charred",
                                           "headless", "decapitated", "bullet-riddled", "bullet-ridden"):
        return None
    if i + 1 < n and tokens[i + 1].text[0].isalpha() and tokens[i + 1].low not in ("was", "of", "had", "has", "is", "were") \
            and tokens[i - 1].low not in ("his", "her"):
        return None     # ("body armour", "body parts"; but "dumped his body on a road")
    if tokens[i - 1].low == "the" and not (i + 1 < n and tokens[i + 1].low == "of"):
        return None     # "the body": which body? only "the body of ..."
    if not any(t.low in _BODY_FOUND for t in tokens[max(0, i - 6):min(n, i + 12)]):
        return None
    return i, "killed", i + 1


def _name_before_and(tokens: list[Token], k: int, figures: list[Figure]) -> int | None:
    """Start of a personal name that opens the clause and is joined by "and" (token k - 1) to a count."""
    m = k - 2
    while m >= 0 and (tokens[m].is_cap and tokens[m].text[0].isalpha() or _abbrev_dot(tokens, m)) \
            and tokens[m].low not in _NAME_STOP and tokens[m].low not in _CALENDAR and tokens[m].low not in _NOT_TITLE \
            and tokens[m].low not in UNITS_OR_TENS and not (tokens[m].low in ROLES and tokens[m].low.endswith("s")):
        m -= 1
    start = m + 1
    if start >= k - 1 or k - 1 - start > 6 or k - 1 - start < 2:
        return None     # a name has two words at least ("Captain Ruiz", "Ali Khan")
    if not (start == 0 or tokens[start - 1].text in (":", ";")):
        return None
    if figures and figures[-1].end > tokens[start].start:
        return None
    if any(tokens[x].low in _MONTHS for x in range(start, k - 1)):
        return None
    return start


def _person_before_and(tokens: list[Token], k: int, figures: list[Figure]) -> int | None:
    """Start of "the deputy governor (of X)" that opens the clause and is joined by "and" (token k - 1)
    to "his two bodyguards": one person more."""
    start = next((x for x in range(k - 2, max(-1, k - 14), -1)
                  if x == 0 or tokens[x - 1].text in (":", ";", ",") or tokens[x - 1].low in _CLAUSE_START), None)
    if start is None or tokens[start].low not in ("the", "a", "an") or figures and figures[-1].end > tokens[start].start:
        return None
    m = start + 1
    while m < k - 1 and m - start <= 4 and tokens[m].low != "of":
        m += 1
    if not _person_noun(tokens[m - 1].low) or tokens[m - 1].low.endswith(("s", "men")) and tokens[m - 1].low not in _TITLES:
        return None     # "the convoy and its two escorts": not a person
    if m < k - 1 and not all(t.text.isalpha() and t.low not in _BE and t.low not in KILLED_AFTER for t in tokens[m:k - 1]):
        return None
    return start


def _opens_with_name(tokens: list[Token], c: int) -> bool:
    """The clause opens with a capitalised name that runs up to the comma at token c."""
    m = c - 1
    while m >= 0 and (tokens[m].is_cap and tokens[m].text[0].isalpha() or _abbrev_dot(tokens, m)) \
            and tokens[m].low not in _NAME_STOP and tokens[m].low not in _CALENDAR and tokens[m].low not in UNITS_OR_TENS \
            and tokens[m].low not in _OPENING_ADVERBS and not tokens[m].low.endswith("ly") \
            and not (tokens[m].low in ROLES and tokens[m].low.endswith("s")):
        m -= 1
    return m < c - 1 and (m < 0 or tokens[m].text in (":", ";") or tokens[m].low == "and" and _opens_with_name(tokens, _comma_before(tokens, m)))


def _comma_before(tokens: list[Token], m: int) -> int:
    """Index of the comma that ends the apposition before token m ("Ana Ruiz, a judge, and"), or -1."""
    for k in range(m - 1, max(-1, m - 12), -1):
        if tokens[k].text == ",":
            for j in range(k - 1, max(-1, k - 12), -1):
                if tokens[j].text == ",":
                    return j
            return -1
    return -1


def _coordinated_subject(tokens: list[Token], i: int) -> tuple[int, int, str, int] | None:
    """"Ann Lee, a nurse, and Tom Reyes, her driver, were killed": one victim per conjunct.

    Token i is "were"/"are" followed by a status; the subject opens its clause and is a
    list of persons (names, or "his son ...") joined by commas and one "and"; pieces that
    start with "a"/"the"/"aged"/"both"/a lower-case word or a number are appositions.
    Returns (start, count, status, end).
    """
    st, end = _status_after(tokens, i, 4)
    if st is None or st == "injured" and tokens[end - 1].low in ("shot", "stabbed"):
        return None
    s = _clause_subject_start(tokens, i)
    if i - s < 3 or i - s > 30:
        return None
    pieces: list[list[Token]] = [[]]
    after_and: list[bool] = [False]
    ands = 0
    for k in range(s, i):
        t = tokens[k]
        if t.text == "," or t.low == "and":
            if pieces[-1]:
                pieces.append([])
                after_and.append(False)
            ands += t.low == "and"
            after_and[-1] = after_and[-1] or t.low == "and"
            continue
        if t.low[:1].isdigit() and not (k > s and tokens[k - 1].low in ("aged", "age")) and not (
                k > s and tokens[k - 1].text == "," and k + 1 < i and tokens[k + 1].text == ","):
            return None     # a count: the number rules read it
        if t.low in UNITS_OR_TENS or t.low in ("or", "who", "which", "that") or t.low in KILL_VERBS or t.low in _BE:
            return None
        pieces[-1].append(t)
    if not pieces[-1]:
        pieces.pop()        # the comma that closes the last apposition
    if ands != 1 or not pieces:
        return None
    persons = 0
    kind = ""       # what the last counted conjunct was: a "name" or a noun "phrase"
    for p, (piece, joined) in enumerate(zip(pieces, after_and)):
        first = piece[0]
        last = piece[-1]
        if (p == 0 or joined) and first.low in ("a", "an", "the") or joined and first.low in _DETERMINERS:
            # a conjunct of its own: "A campaigner for the mayor and an aide were killed", "X and his son"
            head = next((x for x in piece if x.low in _HEAD_STOP), None)
            head_tok = piece[piece.index(head) - 1] if head is not None and piece.index(head) > 0 else last
            if head_tok.low.endswith("s") and not head_tok.is_cap or head_tok.low in _NOT_ONE_PERSON \
                    or head_tok.low in _NOT_PERSON or head_tok.low in _PLACE_NOUNS:
                return None
            persons += 1
            kind = "phrase"
            continue
        if first.low in _DETERMINERS:
            continue        # "Pedro Sol, her clerk,": an apposition
        if first.low in ("a", "an", "the", "aged", "age", "both", "all", "each", "jr", "sr", "jnr", "snr", "ii", "iii") \
                or first.low[:1].isdigit():
            continue        # an apposition: "a British engineer", "aged 67", "both doctors"
        if p > 0 and not joined and kind == "phrase":
            continue        # "her driver, Anderson Gomes": the name of the one just counted
        if not first.is_cap or first.low in _NAME_STOP or first.low in _CALENDAR or first.low in _NOT_ONE_PERSON:
            return None
        if last.low.endswith("s") and not last.is_cap or last.low in ROLES and ROLES[last.low] != "people" and last.low.endswith("s"):
            return None     # "Afghan soldiers": a group of unknown size
        if any(x.low in _NOT_PERSON or x.low in _PLACE_NOUNS for x in piece):
            return None
        if len(piece) == 1 and not (p + 1 < len(pieces) and (
                after_and[p + 1] and len(pieces[p + 1]) >= 2 and pieces[p + 1][0].is_cap
                or not after_and[p + 1] and pieces[p + 1][0].low in ("a", "an", "aged"))):
            return None     # "Russia and Ukraine were hurt": one word is no one's full name (but "Howie, a teacher,")
        persons += 1
        kind = "name"
    if persons < 2:
        return None
    return s, persons, st, end


def _count_of_people(found: tuple[int, int, str, int], tokens: list[Token], text: str, sent_index: int) -> Figure:
    """The figure for a counted list of people found by _coordinated_subject."""
    k0, count, status, end = found
    return _make(NumberPhrase(count, count, count, "exact", k0, k0 + 1), "people", status, tokens, end, text, sent_index)


def _singular_subject(tokens: list[Token], i: int) -> tuple[int, str, int] | None:
    """"A local village chief was killed", "The head of the council, Gul Khan, was gunned down":
    a singular subject that opens its clause, then "was"/"is" and a status, is one person.

    Token i is "was"/"is"; "was" itself says the subject is one. Heads that are no one
    person ("the convoy", "a family") and subjects with a count or a list are left alone.
    """
    st, end = _status_after(tokens, i, 3)
    if st is None or st == "injured" and tokens[end - 1].low in ("shot", "stabbed"):
        return None
    s = _clause_subject_start(tokens, i)
    if i - s < 1 or i - s > 25:
        return None
    first = tokens[s]
    if first.low not in ("a", "an", "the") and not (
            first.is_cap and first.text[0].isalpha() and first.low not in _NAME_STOP and first.low not in UNITS_OR_TENS
            and first.low not in _CALENDAR and first.low not in _NOT_TITLE and first.low not in _NOT_ONE_PERSON):
        return None
    head_at = None
    relative = False
    for k in range(s, i):
        t = tokens[k]
        if head_at is None:
            if t.low in ("on", "off") and k + 1 < i and tokens[k + 1].low == "duty":
                continue        # "an on duty cop"
            if t.low in _HEAD_STOP or t.text in _HEAD_STOP:
                head_at = k - 1
                relative = t.low in ("who", "whom", "whose", "which", "that")
                continue
            if t.low in ("and", "or", "&") or t.low in UNITS_OR_TENS or t.low[:1].isdigit() and not t.low.endswith("-old")                     or t.low in KILL_VERBS or t.low in INJURE_VERBS or t.low in _BE:
                return None     # a list, a count or a verb of its own: not one noun phrase
            if t.low.endswith("ed") and k > s and not (tokens[k - 1].low in ("a", "an", "the") or tokens[k - 1].low.endswith(("ed", "ly"))):
                return None     # "Militants attacked a post and a guard was killed": a clause of its own
        elif t.low in ("was", "is", "were", "are") and not relative:
            return None
    if head_at is None:
        head_at = i - 1
    if head_at < s:
        return None
    head = tokens[head_at]
    if not head.text[0].isalpha() or head.low in _NOT_ONE_PERSON or head.low in _NOT_PERSON:
        return None
    named = any(tokens[k].is_cap and k > s and tokens[k].low not in _NAME_STOP for k in range(s, i))
    only_people = any(tokens[k].low in _ONLY_PEOPLE for k in range(i + 1, end))    # "was found butchered"
    if not (_person_noun(head.low) or named or only_people):
        return None     # "the economy was hurt", "the proposal was killed": no person
    if head.low.endswith("s") and not head.low.endswith(("ss", "us", "is")) and not head.is_cap:
        return None     # "the soldiers was": a plural head, whatever the verb says
    if head_at - s > 8:
        return None
    return s, st, end


# A lower-case token that is none of these (nor a digit or a hyphenated tens word such as
# "twenty-one") starts no figure in sentence_figures: read_number, the vague words, "another" /
# "a second", _singular_at, the pronoun objects, _named_object and _named_subject all need one
# (or a capitalised token).
_LATE_TRIGGERS = frozenset("were are he she body them has".split())
_NEAR_STATUS = KILLED_AFTER | INJURED_AFTER | frozenset("shot gunned beaten stabbed hacked burned burnt".split())


def _late_trigger_may_fire(tokens: list[Token], i: int, low: str) -> bool:
    """A cheap look ahead for the rules that start at "were"/"he"/"body"/"them"/"has"."""
    n = len(tokens)
    if low == "them":
        return i + 1 < n and tokens[i + 1].low == "both"
    if low == "has":
        return i + 1 < n and tokens[i + 1].low == "been"
    if low == "body":
        return True
    return any(tokens[k].low in _NEAR_STATUS or tokens[k].low in _HELD_THEN for k in range(i + 1, min(n, i + 6)))


# Words that may open a named victim after the verb: "murdered former minister X".
_PRE_TITLE = frozenset("former ex late prominent senior local top deputy retired veteran well-known outspoken".split())
_MAY_START = _PRE_TITLE | frozenset(("other", "both")) | frozenset(NUMBER_START) | frozenset(_VAGUE_WORDS) | frozenset(ROLES) | frozenset(_PRONOUN_OBJECTS) \
    | _DETERMINERS | frozenset(("a", "an", "one", "the", "another", "was", "is", "has", "he", "she", "body", "them", "were", "are"))


# A token whose lower-cased form is none of these, and that has no hyphen, starts with no digit
# and no capital, neither sets the last verb nor starts a figure: the loop steps over it at once.
_MAY_MATTER = _MAY_START | KILL_VERBS | INJURE_VERBS | frozenset(w for _a, w in _KILL_PHRASES) | {"death", "lost"}


def sentence_figures(tokens: list[Token], text: str, sent_index: int, sent_start: int) -> list[Figure]:
    """All casualty figures in one sentence (`text` is the whole document)."""
    figures: list[Figure] = []
    n = len(tokens)
    i = 0
    last_verb: str | None = None
    last_verb_at = -10
    last_item_at = -10      # the last item of a list the verb was carried to
    appositions: set[int] = set()
    beside: set[int] = set()       # figures that left an "including" list: the rest of the list goes beside them too
    bracket: tuple[int, int] | None = None      # (index of a figure, where its bracketed breakdown ends)
    skip_to = 0                                 # read on from here after a figure whose verb came after a phrase
    while i < n:
        t = tokens[i]
        low = t.low
        if low not in _MAY_MATTER and "-" not in low and not low[:1].isdigit() and not t.text[:1].isupper() \
                and not (low == "as" and i + 1 < n and tokens[i + 1].low == "many"):
            i += 1          # neither a verb nor a possible start (the checks below, in one set)
            continue
        prev = tokens[i - 1] if i > 0 else None
        if low in KILL_VERBS or prev is not None and (prev.low, low) in _KILL_PHRASES \
                and not (prev.low in _BODY_NOUNS and _handed_over(tokens, i - 1)):
            last_verb, last_verb_at = "killed", i
        elif low in ("were", "was", "are", "is") and prev is not None and prev.low in _DEAD_GROUPS and _among_the_dead(tokens, i):
            last_verb, last_verb_at = _among_the_dead(tokens, i), i
        elif low == "lost" and prev is not None and prev.low not in _BE:
            last_verb, last_verb_at = "killed", i       # "lost 1 officer and 3 soldiers"
        elif low == "death" and i > 1 and prev.low == "to" and tokens[i - 2].low.startswith(_TO_DEATH_STEMS):
            last_verb, last_verb_at = "killed", i       # "hacked to death 182 civilians, twelve policemen and ..."
        elif low in INJURE_VERBS:
            last_verb, last_verb_at = "injured", i
        if prev is not None and (prev.low in ("no", "not", "none", "if", "unless", "whether")
                                 or prev.low in _NOT_CASUALTY_VERBS or prev.text == "-" and prev.start == t.start - 1):
            i += 1          # "no one", "kidnapped 5 people", "Mi-8", "if the commander was killed"
            continue
        if low not in _MAY_START and not low[:1].isdigit() and not t.text[:1].isupper() and low != "as" \
                and not ("-" in low and low.split("-", 1)[0] in TENS):
            i += 1          # nothing below can start at this token (a fast path; see _MAY_START)
            continue
        if low in _LATE_TRIGGERS and not _late_trigger_may_fire(tokens, i, low):
            i += 1          # "were", "he", "body", "them" matter only with a status close after them
            continue
        num = read_number(tokens, i) if not low.endswith("-old") else None
        if num is None and low in _DETERMINERS and i + 1 < n and tokens[i + 1].low == "parents":
            num = NumberPhrase(2, 2, 2, "exact", i, i + 1)     # "a child and her parents": two
        if num is None and low == "as" and i + 2 < n and tokens[i + 1].low == "many" and tokens[i - 1].low == "and" \
                and figures and figures[-1].best and figures[-1].part_of is None and figures[-1].end >= tokens[i - 1].start - 2:
            same = figures[-1].best     # "two police officers and as many civilians": the same number again
            num = NumberPhrase(same, same, same, "exact", i, i + 2)
        if num is None and low == "both" and i + 1 < n and (tokens[i + 1].low in ROLES and not (i + 2 < n and tokens[i + 2].low == "and")
                                                             or tokens[i + 1].low == "of"
                                                             and i + 2 < n and tokens[i + 2].low in ("the", "them", "these")):
            num = NumberPhrase(2, 2, 2, "exact", i, i + 1)     # "both soldiers", "kill both of the attackers"
            if tokens[i + 1].low == "of":
                num.end = i + 3 if tokens[i + 2].low == "the" else i + 2
        if num is None and t.low in _VAGUE_WORDS and not (i + 1 < n and tokens[i + 1].low in _INJURY_NOUNS):
            num = NumberPhrase(_VAGUE_WORDS[t.low], _VAGUE_WORDS[t.low], None, "at least", i, i + 1, True)
            if i + 2 < n and tokens[i + 1].low == "of" and tokens[i + 2].low in ("the", "them"):
                num.end = i + 3     # "several of the attackers" (the noun comes next), "several of them"
        role: str | None
        single = None
        if num is None and i + 1 < n and (t.low == "another" or t.low == "a" and tokens[i + 1].low in ("second", "third", "fourth")
                                          or t.low == "other" and i > 0 and tokens[i - 1].low == "and"):
            k1 = i + 1 if t.low in ("another", "other") else i + 2
            if t.low == "other" and (k1 >= n or tokens[k1].low not in _BE):
                k1 = n      # "and other was injured", not "the dead and other injured"
            if k1 < n and tokens[k1].low == "one":
                k1 += 1         # "and another one ..."
            while k1 < n and tokens[k1].low in _SEVERITY:
                k1 += 1         # "and another seriously injured"
            if k1 + 1 < n and tokens[k1].low == "with" and (tokens[k1 + 1].low in _INJURY_NOUNS or k1 + 2 < n
                                                             and tokens[k1 + 2].low in _INJURY_NOUNS):
                figures.append(_make(NumberPhrase(1, 1, 1, "exact", i, k1), "people", "injured", tokens, k1, text, sent_index))
                i = k1 + 2
                continue        # "an army man dead and another one with minor injuries"
            nx = tokens[k1].low if k1 < n else "."
            if nx in INJURED_AFTER or nx in KILLED_AFTER or nx in _BE or nx in ("sustained", "suffered", "received") \
                    or t.low == "another" and _verb_before(tokens, i) and (nx in _AFTER_BARE or not nx[:1].isalnum()):
                # "one was killed and another injured", "killing two and injuring another", "a third was hurt"
                num = NumberPhrase(1, 1, 1, "exact", i, k1)
        if num is None and low in ("a", "an", "one") and i > 0 and i + 2 < n and tokens[i + 1].low in _STATUS_ADJ \
                and (tokens[i - 1].low in ("left", "leaving", "leaves", "leave") or tokens[i - 1].low == "in" and i > 1
                     and tokens[i - 2].low in ("resulting", "resulted")):
            r_adj, a_adj = _noun_after(tokens, i + 2)
            if r_adj is not None and not tokens[a_adj - 1].low.endswith("s"):
                # "the clashes left a dead soldier", "resulting in one wounded policeman"
                figures.append(_make(NumberPhrase(1, 1, 1, "exact", i, i + 1), r_adj, _STATUS_ADJ[tokens[i + 1].low],
                                     tokens, a_adj, text, sent_index))
                i = a_adj
                continue
        if num is None:
            if low == "the" and i + 1 < n and tokens[i + 1].low == "same":
                # "wounded the same soldier": someone counted already; "wounded a soldier and later
                # killed the same soldier": the one wounded died
                if _verb_before(tokens, i) == "killed" and not any(f.status == "killed" for f in figures):
                    hurt = [f for f in figures if f.status == "injured" and f.best == 1 and f.part_of is None]
                    if len(hurt) == 1:
                        hurt[0].status = "killed"
                i += 2
                continue
            single = _singular_at(tokens, i)
            if single is None and t.low in _PRONOUN_OBJECTS and _verb_before(tokens, i) and not (
                    t.low in ("him", "her") and any(f.best == 1 and f.status == _verb_before(tokens, i) for f in figures)
                    and (i + 1 >= n or tokens[i + 1].low not in ("and", "along"))):
                # "killing him and six others" (but "A woman was killed when a shell hit her house, killing her": the same one)
                single = (i, _PRONOUN_OBJECTS[t.low], i + 1)
            if single is None and t.low in ("him", "her") and i + 1 < n and tokens[i + 1].low == "dead" and i > 0 \
                    and tokens[i - 1].low in ("shot", "shoot", "shoots", "shooting") and not figures:
                # "abducted a teenager and later shot him dead": the one death of the sentence
                figures.append(_make(NumberPhrase(1, 1, 1, "exact", i, i + 1), "people", "killed", tokens, i + 2, text, sent_index))
                i += 2
                continue
            if single is None and t.low == "them" and i + 1 < n and tokens[i + 1].low == "both" and _verb_before(tokens, i):
                figures.append(_make(NumberPhrase(2, 2, 2, "exact", i, i + 2), "people", _verb_before(tokens, i),
                                     tokens, i + 2, text, sent_index))
                i += 2              # "killing them both"
                continue
            if single is None and (t.is_cap or t.low in ("the", "his", "her", "their", "its", "a", "an") or t.low in _PRE_TITLE
                                   or low.endswith("-old") or i >= 2 and tokens[i - 1].low == "of"
                                   and tokens[i - 2].low in ("death", "deaths", "killing", "murder", "assassination")):
                single = _named_object(tokens, i)
                if single is None and t.is_cap and i > 1 and tokens[i - 1].low == "and" and figures and figures[-1].best == 1 \
                        and figures[-1].end == tokens[i - 2].end and figures[-1].text[:1].isupper() and figures[-1].part_of is None:
                    single = _named_object(tokens, i, conjunct=True)    # "killed Eitam and Naama Henkin": two
            if single is None and (t.low in ("was", "is") or t.low == "has" and i + 1 < n and tokens[i + 1].low == "been") \
                    and not (figures and figures[-1].end >= t.start - 2) or t.low in ("he", "she", "body", "were", "are"):
                named = _named_subject(tokens, i) if t.low not in ("he", "she", "body", "were", "are", "has") else None
                if named is not None and figures and figures[-1].status == named[1] and not any(
                        tk.text in (",", ";", ":", ".") or tk.low in _CLAUSE_START
                        for tk in tokens[num_end_index(tokens, figures[-1].end):named[0]]):
                    named = None    # "A leader of the battalion Ali Khan was killed": the same person
                if named is None and t.low not in ("he", "she", "body", "were", "are") \
                        and not (figures and figures[-1].end > tokens[_clause_subject_start(tokens, i)].start):
                    named = _singular_subject(tokens, i)
                if named is None and t.low in ("were", "are") and not (figures and figures[-1].end > tokens[_clause_subject_start(tokens, i)].start):
                    many = _coordinated_subject(tokens, i)
                    if many is not None:
                        figures.append(_count_of_people(many, tokens, text, sent_index))
                        i = many[3]
                        continue
                if named is None and t.low in ("he", "she", "body"):
                    named = _one_dead(tokens, i, figures)
                if named is not None:
                    k0, st, end = named
                    figures.append(_make(NumberPhrase(1, 1, 1, "exact", k0, k0 + 1), "people", st, tokens, end, text, sent_index))
                    if any(tk.low in ("along", "together") for tk in tokens[end:end + 8]):
                        last_verb, last_verb_at = st, end - 1   # "X was killed along with his aide, ... and his driver"
                    i = end
                    continue
            if single is None:
                i += 1
                continue
            _, role, after = single
            if t.low in ("a", "an", "the") and i > 1 and tokens[i - 1].text == "," and figures and figures[-1].best == 1 \
                    and figures[-1].part_of is None and tokens[i - 2].end == figures[-1].end \
                    and figures[-1].text[:1].isupper() and figures[-1].text.split()[0].lower() not in _NAME_STOP:
                i = after           # "killing Ali Khan, a British national": the same person again
                continue
            if i > 0 and tokens[i - 1].low == "and" and not (figures and figures[-1].sentence == sent_index
                                                            and figures[-1].end > tokens[_clause_subject_start(tokens, i)].start):
                verb_at = next((m for m in range(after, min(n, after + 12)) if tokens[m].low in ("were", "are")), None)
                many = _coordinated_subject(tokens, verb_at) if verb_at is not None else None
                if many is not None and many[0] < i:
                    # "A campaigner for the mayor and an aide were killed": two
                    figures.append(_count_of_people(many, tokens, text, sent_index))
                    i = many[3]
                    continue
            if (t.low in ("a", "an") or t.low in _DETERMINERS) and i > 1 and tokens[i - 1].text == "," and _opens_with_name(tokens, i - 1):
                i = after           # "Ana Ruiz, a judge, (and ...) were killed": the name is the victim, counted at the verb
                continue
            num = NumberPhrase(1, 1, 1, "exact", i, i + 1)
        else:
            unit = num.end + 1 if num.end < n and tokens[num.end].text == "-" else num.end
            if unit + 1 < n and tokens[unit].low in ("year", "years", "month", "months", "week", "weeks", "day", "days") \
                    and tokens[unit + 1].low in ("old", "-old"):
                i = unit + 2        # "a six year old boy", "a 6-month old baby": an age, not a count
                continue
            if num.end < n and tokens[num.end].low in _MONTHS or num.start > 0 and tokens[num.start - 1].low in _MONTHS:
                i = num.end         # "on 13 July", "on July 13": a date
                continue
            if num.end < n and tokens[num.end].low in _TIME_UNITS:
                i = num.end         # "four days later", "two hours after": a span of time, nobody counted
                continue
            role, after = _noun_after(tokens, num.end)
        j = num.end
        if figures and j < n and (tokens[j].low in _SEVERITY or tokens[j].low == "by" and j + 1 < n and tokens[j + 1].low != "the") \
                and num.start > 0 and tokens[num.start - 1].text in (",", "–", "—", "(", "and"):
            fig = _make(num, figures[-1].role, figures[-1].status, tokens, j + 1, text, sent_index,
                        part_of=_root(figures, len(figures) - 1))
            figures.append(fig)          # "40 were injured, four seriously": four of the 40
            i = j + 1
            continue
        verb = _verb_before(tokens, num.start)
        if verb is None and single is None and num.start > 0 and tokens[num.start - 1].low == "by" \
                and not _TOLL_WORDS.search(text, tokens[0].start, tokens[-1].end):
            i = max(num.end, i + 1)     # "stopped by two gunmen ... and shot dead": the agents, not the victims
            continue
        status: str | None = None
        end_tok = after
        part_of: int | None = None
        if role is None:
            nxt = tokens[j].low if j < n else "."
            if verb and (nxt in _AFTER_BARE or not tokens[j].text[0].isalpha() if j < n else True):
                role, after, end_tok = "people", j, j
                if num.start > 0 and tokens[num.start - 1].low == "all":
                    # "engaged the gunmen, killing all three": the group named before
                    named = next((tokens[m].low for m in range(num.start - 2, -1, -1)
                                  if tokens[m].low in ROLES and tokens[m].low.endswith(("s", "men"))), None)
                    role = ROLES[named] if named else role
            elif verb and j < n and tokens[j - 1].low != "of" and _plain_kill(tokens, num.start) and _plain_plural(tokens, j):
                role, after = "people", _plain_plural(tokens, j)    # "killing two vendors", "wounding three local traders"
            elif j + 2 < n and nxt.endswith("s") and nxt.isalpha() and nxt not in _NOT_PERSON \
                    and tokens[j + 1].low == "to" and tokens[j + 2].low == "death":
                role, after = "people", j + 1      # "hack two shopkeepers to death"
            elif nxt in ("die", "dies", "died", "perish", "perished") and (
                    num.start == 0 or not tokens[num.start - 1].text[0].isalnum()
                    or tokens[num.start - 1].low in ("remaining", "further", "additional", "other")):
                # ("... and the remaining three died in hospital": further victims)
                role, after, end_tok, status = "people", j + 1, j + 1, "killed"     # "Six die in shelling"
            elif nxt in STATUS_NOUNS and (j + 1 >= n or tokens[j + 1].low not in ROLES and tokens[j + 1].low not in _NOT_PERSON and (
                    nxt in _NOUN_STATUS or not read_number(tokens, j + 1))) and (
                    nxt not in _SINGULAR_STATUS or j + 1 >= n or not tokens[j + 1].text[0].isalpha()
                    or tokens[j + 1].low in _AFTER_BARE):
                # "14 fatalities", "21 dead 15 injured", "one death." (not "two death threats")
                role, after, end_tok, status = "people", j + 1, j + 1, STATUS_NOUNS[nxt]
            elif nxt in _BE and _status_after(tokens, j, 4)[0] and (j + 1 >= n or tokens[j + 1].low != "among"):
                role, after = "people", j
            elif nxt in ("sustained", "suffered", "received") and _suffered(tokens, j)[0]:
                role, after = "people", j
            elif nxt in _INJURY_ADJ and j + 1 < n and tokens[j + 1].low in ("injury", "injuries", "wound", "wounds"):
                role, after, end_tok, status = "people", j + 2, j + 2, "injured"     # "resulted in one minor injury"
            elif nxt == "(" and _status_after(tokens, _skip_parenthetical(tokens, j), 4)[0]:
                role, after = "people", j
            elif nxt in ("others", "more"):
                role, after = "people", j + 1
                if after < n and tokens[after].low in ROLES and tokens[after].low.endswith("s"):
                    role, after = ROLES[tokens[after].low], after + 1     # "10 others civilians"
                end_tok = after
            elif nxt == "of" and j + 2 < n and (read_number(tokens, j + 1) or tokens[j + 1].low == "the" and read_number(tokens, j + 2)) \
                    and _noun_after(tokens, (read_number(tokens, j + 1) or read_number(tokens, j + 2)).end)[0]:
                # "27 of 28 passengers died", "10 of the 18 officers are killed": the first is the count
                whole_num = read_number(tokens, j + 1) or read_number(tokens, j + 2)
                role, after = _noun_after(tokens, whole_num.end)
            elif nxt == "of" and j + 1 < n and tokens[j + 1].low in ROLES:
                role, after = ROLES[tokens[j + 1].low], j + 2      # "two of bodyguards"
            elif nxt == "of" and j + 2 < n and tokens[j + 1].low in _DETERMINERS and (
                    verb or _noun_after(tokens, j + 2)[0] or tokens[j + 2].low.endswith("s") and tokens[j + 2].low.isalpha()
                    and tokens[j + 2].low not in _NOT_PERSON and _status_after(tokens, j + 3, 4)[0]):
                # "two of his bodyguards", "three of his companions were killed"
                r2, a2 = _noun_after(tokens, j + 2)
                role, after = r2 or "people", a2 if r2 else j + 3
            elif nxt == "of" and j + 1 < n and tokens[j + 1].low in ("them", "whom", "those", "the"):
                # "six of them children", "two of the dead"
                k = j + 2 + (1 if tokens[j + 1].low == "the" and j + 2 < n and tokens[j + 2].low in ("dead", "victims", "injured", "wounded") else 0)
                r2, a2 = _noun_after(tokens, k)
                group = tokens[j + 2].low if tokens[j + 1].low == "the" and j + 2 < n else ""
                earlier = {"dead": "killed", "victims": "killed", "killed": "killed", "injured": "injured",
                           "wounded": "injured"}.get(group)
                # a share of a count already given ("two of the dead"); "one of the victims died"
                # with no count before it in the sentence is a death of its own
                whole = bool(figures) or earlier is not None and not (
                    group == "victims" and _status_after(tokens, a2 if r2 else k, 4)[0])
                if not figures and not earlier:
                    # "killing 4 of them", "26 of the hostages were killed"
                    earlier = _verb_before(tokens, num.start) or _status_after(tokens, a2 if r2 else k)[0]
                own_status = _status_after(tokens, a2 if r2 else k, 4)[0] if figures or earlier == "injured" else None
                if own_status is not None and own_status != (figures[-1].status if figures else earlier):
                    # ("one of the wounded later died": a death, not one more of the wounded)
                    # "Two officers were injured, one of them died in hospital": a death of its own
                    fig = _make(num, r2 or "people", own_status, tokens, a2 if r2 else k, text, sent_index)
                    figures.append(fig)
                    i = a2 if r2 else k
                    continue
                if figures or earlier:
                    status = figures[-1].status if figures else earlier
                    role2 = r2 or _role_after_be(tokens, a2 if r2 else k) or "people"
                    fig = _make(num, role2, status, tokens, a2 if r2 else k, text, sent_index,
                                part_of=(_root(figures, len(figures) - 1) if figures else -1) if whole else None)
                    figures.append(fig)
                    i = a2 if r2 else k
                    continue
                i = max(j, i + 1)
                continue
            else:
                generic = _generic_noun_status(tokens, j)
                if generic is None and verb is None and _continues_list(tokens, num.start) and last_verb \
                        and num.start - last_verb_at <= 10 and j < n and tokens[j].text[0].islower() \
                        and not tokens[j].low.endswith(("ed", "ing")) and tokens[j].low not in _BE \
                        and tokens[j].low not in _NOT_PERSON and tokens[j].low not in _PLACE_NOUNS \
                        and tokens[last_verb_at].low in _PLAIN_KILL | INJURE_VERBS:
                    generic = j + 1   # "killing a man and his two sisters"
                if generic is None:
                    i = max(j, i + 1)
                    continue
                role, after = "people", generic
        if status is None and verb:
            status = verb
        if status in (None, "injured") and after + 1 < n and tokens[after].text == "," and verb:
            for past in range(after + 2, min(n - 2, after + 10)):
                if tokens[past].text == ",":
                    if tokens[past + 1].low == "to" and tokens[past + 2].low == "death":
                        after = past + 1    # "stabbed his neighbour, a police officer, to death"
                    break
                if not tokens[past].text[0].isalnum() and tokens[past].text != "-" or tokens[past].low in KILL_VERBS:
                    break
        if status in (None, "injured") and after + 1 < n and tokens[after].low == "to" and tokens[after + 1].low == "death" \
                and num.start > 0 and (verb or tokens[num.start - 1].low.startswith(_TO_DEATH_STEMS)):
            # "hacked four farmers to death", "stabbing two people to death", "hack three soldiers to death"
            status, end_tok = "killed", after + 2
        lives_at = after + 1 if after + 1 < n and tokens[after].low == "their" else after
        if status is None and lives_at < n and tokens[lives_at].low in ("lives", "life") and num.start > 0 \
                and tokens[num.start - 1].low in ("claimed", "claiming", "claims", "claim", "took", "taking", "cost", "costing"):
            status, end_tok = "killed", lives_at + 1    # "claimed seven civilians' lives", "cost 12 soldiers their lives"
        if status is None and after + 1 < n and tokens[after].low == "with" and num.start > 0 \
                and tokens[num.start - 1].low in ("left", "leaving", "leaves") \
                and any(tk.low in _INJURY_NOUNS for tk in tokens[after + 1:after + 4]):
            status, end_tok = "injured", next(m + 1 for m in range(after + 1, after + 4) if tokens[m].low in _INJURY_NOUNS)
            # "the shelling left two people with shrapnel wounds"
        if status is None and after < n and tokens[after].low == "alive" and num.start > 0 \
                and tokens[num.start - 1].low in ("burned", "burnt", "burning", "burn", "burns"):
            status, end_tok = "killed", after + 1    # "burned eight people alive"
        if status is None:
            look = _skip_parenthetical(tokens, after)
            st, end2 = _status_after(tokens, look)
            if st is None and look + 2 < n and tokens[look].low in ("have", "has", "had") \
                    and tokens[look + 1].low in ("sustained", "suffered", "received"):
                look += 1       # "three family members have sustained wounds"
            if st is None and look + 1 < n and tokens[look].low in ("sustained", "suffered", "received"):
                st, end2 = _suffered(tokens, look)
            if st is None and not (last_verb and after + 1 < n and tokens[after].text == "," and tokens[after + 1].low == "and"
                                   and _continues_list(tokens, num.start) and num.start - last_verb_at <= 10):
                # (not "were 24 soldiers and 4 civilians, and 235 others were wounded": the list had its verb)
                st = _coordinated_status(tokens, after)
                end2 = after
            if st:
                status, end_tok = st, (after if look != after else end2)
                if look != after and tokens[after].text == "," and _apposition_end(tokens, after) == look:
                    after = look    # the apposition names the same victims: read on after it
                if look != after and tokens[after].text == "(":
                    bracket = (len(figures), tokens[look - 1].start)     # its breakdown follows, inside the brackets
                elif look != after and tokens[after].low in _NP_PREPS \
                        and not any(tk.low in ("and", "or") or tk.text == "," for tk in tokens[after:look]):
                    skip_to = end2      # "a commander of a militia was killed": nobody else in the "of" phrase
        # "Six children were among 14 people killed": a sub-count of the next figure.
        if status is None and after + 1 < n and tokens[after].low in ("were", "was") and tokens[after + 1].low == "among":
            nxt_num = read_number(tokens, after + 2)
            if nxt_num:
                r2, a2 = _noun_after(tokens, nxt_num.end)
                st2, e2 = _status_after(tokens, a2 if r2 else nxt_num.end)
                if st2:
                    whole = _make(nxt_num, r2 or "people", st2, tokens, e2, text, sent_index)
                    sub = _make(num, role, st2, tokens, after, text, sent_index)
                    figures.append(whole)
                    sub.part_of = len(figures) - 1
                    figures.append(sub)
                    i = e2
                    continue
        own = bool(status is not None and figures and status != figures[-1].status
                   and _status_after(tokens, after, 4)[0])     # "...and 32 others were wounded"
        if figures and status and num.start > 0 and tokens[num.start - 1].low == "only" \
                and any(tk.low in _SEVERITY for tk in tokens[num.end:min(n, end_tok + 1)]) \
                and any(f.status == status and f.part_of is None for f in figures):
            part_of = _root(figures, max(x for x, f in enumerate(figures) if f.status == status and f.part_of is None))
            # "17 were injured, although only two were seriously hurt": two of them
        elif bracket is not None and bracket[0] < len(figures) and tokens[num.start].start < bracket[1]:
            part_of = _root(figures, bracket[0])        # "(2 guards, 2 nurses and 3 civilians)"
            status = figures[part_of].status
        elif figures and num.start > 0 and tokens[num.start - 1].text == "," and any(
                tokens[x].low == "among" and tokens[x + 1].low in ("them", "whom", "those") for x in range(num.end, min(n - 1, after + 1))):
            part_of = _root(figures, len(figures) - 1)     # "killed 22 people, five children among them"
            status = figures[part_of].status
        elif _is_sub_marker(tokens, num.start) and figures and not (
                tokens[num.start - 1].low == "as" and figures[-1].part_of is None):
            # ("killing two soldiers, as well as two civilians": more victims, unless inside an "including" list)
            part_of = _root(figures, len(figures) - 1)
            status = figures[part_of].status     # the aside describes the figure it hangs on
        elif figures and not own and (marker := _inside_including(tokens, num.start)) is not None:
            part_of = _root(figures, len(figures) - 1)
            owner = [x for x, f in enumerate(figures) if f.part_of is None and f.end <= tokens[marker].start]
            if owner and owner[-1] != part_of:
                part_of = owner[-1]     # "two civilians, including a nurse, four guards and a soldier": the civilians' list
            status = figures[part_of].status
            if part_of in beside or _cannot_include(figures[part_of].role, role):
                part_of = None      # "three civilians, including a child, three guards and a soldier": more victims
                beside.add(len(figures))

        elif figures and figures[-1].part_of is not None and not own and num.start > 0 and (
                tokens[num.start - 1].low == "and" or tokens[num.start - 1].text == "," and (status is None or status == figures[-1].status)
                and not (after < n and tokens[after].low in _BE)) and (
                tokens[num.start - 1].start - figures[-1].end <= 1 or tokens[num.start - 1].low == "and"
                and _short_phrase_between(tokens, figures[-1].end, num.start - 1)):
            part_of = figures[-1].part_of       # "including two children and three officials", "3 from X and 2 from Y"
            status = figures[-1].status
            if _cannot_include(figures[part_of].role, role):
                part_of = None
                beside.add(len(figures))
        colon = num.start > 0 and tokens[num.start - 1].text in (":", "–", "—") and bool(figures) \
            and tokens[num.start - 1].start <= figures[-1].end + 1 and (figures[-1].best or 0) >= 2 \
            and (tokens[num.start - 1].text == ":" or tokens[num.start - 1].start > figures[-1].end
                 and tokens[num.start].start > tokens[num.start - 1].end)  # "Seven were hurt: six soldiers and a child" (not "40–50")
        if not colon and figures and figures[-1].part_of is not None and num.start > 0 and tokens[num.start - 1].low == "and" \
                and any(tk.text in ("–", "—") for tk in tokens[max(0, num.start - 12):num.start]) and tokens[after:after + 1] \
                and tokens[after].text in ("–", "—"):
            colon = True        # "– two Israelis and three foreign workers –": the aside goes on
        after_aside = num.start > 1 and tokens[num.start - 1].low == "and" and tokens[num.start - 2].text == "," \
            and bool(figures) and (single is None and figures[-1].part_of is not None
                                   or _APPOSITION_START.match(text, figures[-1].end) is not None)
        # ("three civilians, including a child, and 11 soldiers"; "Omar Said, the leader of the cell, and his deputy")
        after_aside = after_aside or num.start > 1 and tokens[num.start - 1].text == "," and tokens[num.start - 2].text == ")" \
            and bool(figures) and figures[-1].part_of is not None     # "182 civilians (171 of them Muslims), twelve policemen"
        if status is None and (_continues_list(tokens, num.start) or colon) and last_verb and (
                num.start - last_verb_at <= 10 or num.start - last_item_at <= 6 or after_aside or _after_participle(tokens, figures, num.start)
                or figures and not any(f.part_of is not None for f in figures)
                and num_end_index(tokens, figures[-1].end) >= num.start - 2) \
                and figures and figures[-1].status == last_verb and not (after < n and (tokens[after].low in _BE or tokens[after].low.endswith("ed"))) \
                and not _own_verb_after(tokens, after) \
                and not (after < n and tokens[after].low.endswith("ing") and tokens[after].low not in _PLAIN_KILL
                         and tokens[after].low not in _PLAIN_INJURE and tokens[after].low not in ROLES
                         and tokens[after].low not in _ING_PREPOSITIONS
                         and (after + 1 >= n or tokens[after + 1].low not in _OBJECT_STARTS)) \
                and not any(tokens[m].low in ("as", "when", "while", "after", "before", "because", "since", "between")
                            and not (tokens[m].low == "as" and "well" in (tokens[m - 1].low, tokens[min(m + 1, n - 1)].low))
                            for m in range(last_verb_at + 1, num.start)):
            status = last_verb   # "killing two soldiers, a policeman and a guard" (not "... was killed as a man and two women attacked")
            last_item_at = num.start     # each item of the list carries the verb on to the next
            prev = figures[-1]
            if tokens[num.start - 1].text in (",", ":", "–", "—") and prev.part_of is None and prev.role in ("people", "civilians", "soldiers") \
                    and (prev.best or 0) >= 2 and num.best is not None and num.best < prev.best \
                    and tokens[num.start - 1].start <= prev.end + 1:
                part_of = len(figures) - 1      # "72 migrants were executed, 58 men and 14 women": who they were
                appositions.add(part_of)
        if status is None and figures and num.start > 0 and tokens[num.start - 1].low == "and" and num.end < n \
                and tokens[num.end].low in ("others", "more") and figures[-1].status and figures[-1].part_of is None \
                and figures[-1].sentence == sent_index and (num.end + 1 >= n or tokens[num.end + 1].low in _ELLIPSIS_NEXT
                                                            or not tokens[num.end + 1].text[0].isalnum()) \
                and not _own_verb_after(tokens, num.end + 1):
            status = figures[-1].status     # "17 soldiers died on the first day and four others the next day"
        if status is None:
            i = max(after, i + 1)
            continue
        named_first = _name_before_and(tokens, num.start, figures) if part_of is None and num.start > 1 \
            and tokens[num.start - 1].low == "and" else None
        if named_first is None and part_of is None and num.start > 2 and tokens[num.start - 1].low in _DETERMINERS \
                and tokens[num.start - 2].low == "and" and _status_after(tokens, after)[0] == status:
            named_first = _person_before_and(tokens, num.start - 1, figures)
        if named_first is not None:
            # "Captain Ruiz and nine agents were killed": the named one is a victim too
            figures.append(_make(NumberPhrase(1, 1, 1, "exact", named_first, named_first + 1), "people", status,
                                 tokens, num.start - 1, text, sent_index))
        if (bracket is None or bracket[1] < tokens[num.start].start) and part_of is None and after + 1 < n \
                and tokens[after].text == "(" and read_number(tokens, after + 1):
            close = _skip_parenthetical(tokens, after)
            bracket = (len(figures), tokens[close - 1].start)   # "killing 15 (10 civilians and 5 police)"
        fig = _make(num, role, status, tokens, end_tok, text, sent_index, part_of=part_of)
        if part_of is None and _contrasts_earlier(tokens, figures, status, num.start):
            fig.alternative = True      # "..., though some reported up to 200 dead"
        figures.append(fig)
        i = max(after, num.end, i + 1, skip_to)
        skip_to = 0
    # the sentence lower-cased once: a cheap gate for each pass below (most sentences need none)
    low_sent = text[tokens[0].start:tokens[-1].end].lower() if figures and tokens else ""
    if figures and tokens and (tokens[0].low in _ADDING_OPENERS or tokens[0].low == "in" and len(tokens) > 1 and tokens[1].low == "addition"):
        for f in figures:
            f.adds = True           # "In addition, a soldier was killed": more victims
    elif figures and "also" in low_sent:
        for k, t in enumerate(tokens):
            if t.low != "also":
                continue
            # "IS also executed 15 in the city", "IS also kidnapped 300 and executed 15": the count after the verb
            v = next((m for m in range(k + 1, min(len(tokens) - 1, k + 12)) if tokens[m].low in KILL_VERBS or tokens[m].low in _PLAIN_KILL
                      or tokens[m].text in (".", ";", ":")), None)
            if v is None or tokens[v].text in (".", ";", ":") or v > k + 1 and tokens[v - 1].low != "and":
                continue
            for f in figures:
                if f.part_of is None and f.status == "killed" and tokens[v].end < f.start <= tokens[v + 1].start + 12:
                    f.adds = True
    if "among" in low_sent:
        _among_counted(figures, tokens)
    if "injur" in low_sent or "wound" in low_sent or "hurt" in low_sent:
        _split_combined(figures, text)
    if "died" in low_sent or "succumb" in low_sent:
        _wounded_who_died(figures, tokens, text)
    figures.extend(_toll_figures(tokens, text, sent_index, figures))
    figures.extend(_negative_figures(tokens, text, sent_index, figures))
    if tokens:
        figures.extend(_self_killed(tokens, text, sent_index, figures))
    if tokens and not figures:
        figures.extend(_headline_victim(tokens, text, sent_index))
    if appositions:
        _settle_appositions(figures, appositions, text)
    if len(figures) > 1:
        _restated_in_clause(figures, text)
    if figures and len(figures) > 1 or figures and tokens and tokens[0].start < figures[0].start:
        figures = _recalled_and_claimed(figures, tokens, text)
    return figures


_STATUS_TAIL = frozenset("was is were are has have been killed dead murdered assassinated shot gunned down executed "
                          "beheaded slain died".split())
_OPENING_ADVERBS = frozenset("meanwhile separately later earlier elsewhere however also additionally then afterwards "
                              "overnight yesterday today moreover furthermore nevertheless still".split())
_APPOSITION_START = re.compile(r",\s+(?:a\s|an\s|the\s|[A-Z])")     # ", the leader of ...", ", J. Christopher Stevens,"
_TIME_UNITS = frozenset("seconds minutes hours days weeks months years decades".split())
_ADDING_OPENERS = frozenset("additionally also moreover furthermore besides separately".split())
_PASSIVE_STATUS = re.compile(r"\b(?:killed|died|dead|wounded|injured|hurt)$", re.IGNORECASE)
_RESTATING = re.compile(r"\b(?:when|as|after|killing|leaving|in which)\b", re.IGNORECASE)


def _restated_in_clause(figures: list[Figure], text: str) -> None:
    """"14 people were killed when gunmen stormed the post, killing 14 police officers": the
    same count told twice in one sentence, first for people, then for who they were. A
    victim named twice ("Murder of Oleg Ruiz: gunmen killed soldier Oleg Ruiz") is one."""
    named: list[tuple[int, list[str]]] = []
    for a, f in enumerate(figures):
        if f.best != 1 or f.part_of is not None or not f.status:
            continue
        words = f.text.split()
        while words and words[-1].lower() in _STATUS_TAIL:
            words.pop()         # "Jo Cox is assassinated" -> "Jo Cox"
        run: list[str] = []
        for w in reversed(words):
            if not w[:1].isupper():
                break
            run.insert(0, w)
        caps = [w.replace("'", "").replace("’", "").lower() for w in run]
        caps = [w for w in caps if w not in _TITLES and w not in ROLES]
        if not caps:
            continue            # "a British soldier": no name to tell one victim by
        for b, other in named:
            same = other[-1] == caps[-1] and (len(other) == 1 or len(caps) == 1 or other[-2] == caps[-2])
            if same and figures[b].status == f.status:
                f.part_of = b
                break
        else:
            named.append((a, caps))
    for a, f in enumerate(figures):
        if f.part_of is not None or f.role == "attackers" or not f.best or f.best < 2 or f.revision \
                or not _PASSIVE_STATUS.search(f.text):
            continue    # (the first must be the clause's own count: "14 people were killed")
        for g in figures[a + 1:]:
            if g.part_of is None and g.status == f.status and g.best == f.best and g.role != "attackers" \
                    and (f.role == "people" or g.role in ("people", f.role)):
                between = text[f.end:g.start]
                if _RESTATING.search(between) and not between.rstrip().endswith(("and", ",")):
                    g.part_of = a
                break
        _breakdown_after(figures, a, text)


def _breakdown_after(figures: list[Figure], a: int, text: str) -> None:
    """"12 people were killed when raiders struck, 10 were shot and another 2 burnt to death":
    later counts of the clause that add up exactly to the first are its breakdown."""
    f = figures[a]
    if f.part_of is not None or f.role == "attackers" or not f.best or f.best < 3 or f.qualifier != "exact":
        return
    later = [b for b in range(a + 1, len(figures)) if figures[b].part_of is None and figures[b].status == f.status
             and figures[b].best and not figures[b].revision and figures[b].role != "attackers"]
    total = 0
    for n_parts, b in enumerate(later, 1):
        total += figures[b].best
        if total > f.best:
            return
        if total == f.best and n_parts >= 2 and _RESTATING.search(text[f.end:figures[later[0]].start]):
            for c in later[:n_parts]:
                figures[c].part_of = a
            return


_OWN_CLAUSE = re.compile(r"\s*,?\s*(?:who|whose|among)\b")


def _settle_appositions(figures: list[Figure], appositions: set[int], text: str) -> None:
    """An apposition names the same victims again, so its parts add up to the count it
    describes ("72 migrants were executed, 58 men and 14 women"); when they do not
    ("killing 22 students, a soldier and a guard") it was a list, and each part counts.
    A lone part described by a clause of its own ("killing 29 people, one woman who was
    pregnant") singles out one of them."""
    for k in appositions:
        f = figures[k]
        if f.part_of is not None or f.best is None:
            continue
        parts = [g for g in figures if g.part_of == k and g.status == f.status]
        if len(parts) == 1 and (parts[0].best or 0) < f.best and _OWN_CLAUSE.match(text, parts[0].end):
            continue
        if sum(g.best or 0 for g in parts) != f.best:
            for g in parts:
                g.part_of = None


# "..., days after a similar attack killed 10 labourers": an earlier incident recalled in a
# clause of the sentence (a distance in days or more, or an attack called similar/earlier/another).
_RECALL_CLAUSE = re.compile(
    r"\b(?:(?:\w+|a|an|several|few) (?:days?|weeks?|months?|years?) (?:after|before|following|since)"
    r"|(?:after|before|following|since|preceded by|weeks? after|days? after) (?:a|an|the)(?: \w+)? (?:similar|earlier|previous|prior|separate|last)"
    r"|(?:after|following|preceded by|before) (?:another|an earlier|a previous|a prior|a similar|a separate)"
    r"|(?:came|comes|coming|occurred|happened)(?: \w+)? (?:after|following)"
    r"|(?:revenge|retaliation|reprisal|retribution|avenge|avenging)(?: \w+)?(?: \w+)? (?:for|of)(?= the| a| an| his| her| their)"
    r"|(?:mourners|funeral|burial|grave|tomb|memorial|mausoleum) (?:of|for)(?= the| a| an| his| her| their)"
    r"|(?:where|when) (?:last|earlier this|earlier that) (?:week|month|year))"
    r"\b[^,;:.]{0,90}?\b(?:kill|killed|killing|left|leaving|claimed|wound|injur|dead|death|died|crushed|massacre|slain)")
_MOURNED = re.compile(r"(?:mourners|funeral|burial|grave|tomb|memorial|mausoleum) (?:of|for) ")
# "IS claimed that it killed over 100", "the group says they have killed 20": the perpetrators' own count.
_CLAIMED = re.compile(
    r"\b(?:claim(?:ed|s|ing)?|boast(?:ed|s)?) (?:that )?(?:it|they|its \w+|their \w+|the group|the militants)? ?"
    r"(?:had |have |has )?(?:to have )?(?:killed|killing|massacred|executed)\b")
_CLAUSE_END = frozenset(",;:.")


def _recalled_and_claimed(figures: list[Figure], tokens: list[Token], text: str) -> list[Figure]:
    """Drop figures of an earlier incident recalled in a clause; flag a perpetrator's claim."""
    s0 = tokens[0].start
    low = text[s0:tokens[-1].end].lower()
    drop: set[int] = set()
    for m in _RECALL_CLAUSE.finditer(low):
        a = s0 + m.start()
        # the clause runs to the next comma, semicolon or full stop after the verb
        b = s0 + m.end()
        for t in tokens:
            if t.start >= b and t.text in _CLAUSE_END:
                b = t.start
                break
        else:
            b = tokens[-1].end
        if _MOURNED.match(m.group(0)):
            # "a bomb at the funeral of an elder killed 15": only the one mourned, whose count
            # comes before the kill word ("the burial of the three children killed"), is earlier
            b = s0 + m.end()
        for k, f in enumerate(figures):
            if a <= f.start < b and f.status and (f.part_of is None or f.part_of in drop):
                drop.add(k)
    for m in _CLAIMED.finditer(low):
        a = s0 + m.end() - 20
        for f in figures:
            if f.part_of is None and a <= f.start <= s0 + m.end() + 30 and f.start >= s0 + m.start():
                f.alternative = True
    if not drop:
        return figures
    keep = [k for k in range(len(figures)) if k not in drop and not (figures[k].part_of is not None and figures[k].part_of in drop)]
    remap = {old: new for new, old in enumerate(keep)}
    out = []
    for k in keep:
        f = figures[k]
        if f.part_of is not None and f.part_of >= 0:
            f.part_of = remap.get(f.part_of, -1)
        out.append(f)
    return out


_PLAIN_KILL = frozenset("killing killed kill kills assassinated assassinating murdering murdered executing executed massacring massacred "
                        "slaughtering slaughtered butchering butchered".split())


_PLAIN_INJURE = frozenset("injuring injured injure injures wounding wounded".split())
_PLAIN_PHRASES = frozenset((("deaths", "of"), ("death", "of"), ("killing", "of"), ("killings", "of"), ("massacre", "of"),
                            ("murder", "of"), ("injury", "of"), ("injuries", "of"), ("injuries", "to")))


def _plain_kill(tokens: list[Token], i: int) -> bool:
    """The verb before token i is a plain verb of killing or wounding (not "destroyed"/"neutralised"),
    or "the deaths of"."""
    while i > 0 and (tokens[i - 1].low in _DETERMINERS or tokens[i - 1].low in _SEVERITY
                     or tokens[i - 1].low in ("another", "further", "a", "all", "at", "least")):
        i -= 1
    return i > 0 and (tokens[i - 1].low in _PLAIN_KILL or tokens[i - 1].low in _PLAIN_INJURE
                      or i > 1 and (tokens[i - 2].low, tokens[i - 1].low) in _PLAIN_PHRASES)


def _plain_plural(tokens: list[Token], j: int) -> int | None:
    """"vendors", "local traders", "suspected informants" after a count: a plural noun (up to two
    lower-case modifiers before it) that ends the phrase. The index after it, or None."""
    n = len(tokens)
    for m in range(j, min(n, j + 3)):
        t = tokens[m]
        w = t.low
        if not (w.isalpha() and (t.text[0].islower() or m == j)) or w in _FUNCTION or w in _NOT_PERSON or w in _PLACE_NOUNS \
                or w in STATUS_NOUNS or w in KILLED_AFTER or w in INJURED_AFTER or w in _VERB_FORMS or w in _INJURY_NOUNS:
            return None
        if w.endswith("s") and not w.endswith(("ss", "us")) and len(w) > 3 and (
                m + 1 >= n or not tokens[m + 1].text[0].isalpha() or tokens[m + 1].low in _AFTER_BARE):
            return m + 1
        if w.endswith(("ing", "ly")) or w.endswith("ed") and w not in ("suspected", "alleged", "unarmed", "armed", "retired"):
            return None
    return None


_CONTRAST = frozenset("though although but whereas while however other others some".split())


def _contrasts_earlier(tokens: list[Token], figures: list[Figure], status: str, i: int) -> bool:
    """A second figure for the same count, offered as another report rather than more victims."""
    prev = [f for f in figures if f.status == status and f.part_of is None]
    if not prev:
        return False
    between = [t.low for t in tokens if prev[-1].end <= t.start < tokens[i].start]
    return any(w in _CONTRAST for w in between) and any(w.startswith(("report", "said", "say", "estimat", "put", "claim")) for w in between)


def _short_phrase_between(tokens: list[Token], end_char: int, k: int) -> bool:
    """Up to four words between a figure's end and token k, a phrase with no verb and no
    punctuation ("3 from Afghanistan and 2 ...")."""
    between = [t for t in tokens[:k] if t.start >= end_char]
    return 0 < len(between) <= 4 and all(t.text[0].isalpha() and t.low not in _BE and t.low not in KILL_VERBS
                                         and t.low not in INJURE_VERBS and not t.low.endswith("ed") for t in between)


# ("3 others accompanying him" are victims with him; "2 others fleeing" got away)
_OBJECT_STARTS = frozenset("him her them the a an his their its with".split())
# Words in -ing that are prepositions, not a verb of what the group did ("2 others fleeing")
_ING_PREPOSITIONS = frozenset("during including following regarding concerning according excluding".split())


def _own_verb_after(tokens: list[Token], k: int) -> bool:
    """A "were"/"was" of its own shortly after token k, not in a relative clause: "and two others
    in the hospital were unharmed" (not "two civilians who were in the street")."""
    for m in range(k, min(len(tokens), k + 5)):
        w = tokens[m].low
        if w in ("who", "which", "that", "whom", "before", "after", "when", "while", "as", "until") \
                or tokens[m].text in (",", ";", ".", ":"):
            return False
        if w in _BE:
            return True
    return False


# What may follow "and four others" when the verb is left out: a time or a place, or the clause's end
_ELLIPSIS_NEXT = frozenset("the on in at during later afterwards overnight near".split())


def _after_participle(tokens: list[Token], figures: list[Figure], i: int) -> bool:
    """Token i follows ", " after the last figure and a participle phrase that describes it:
    "killed a candidate running for a seat in the assembly, his driver and a guard"."""
    if not figures or i < 2 or tokens[i - 1].text != ",":
        return False
    end = num_end_index(tokens, figures[-1].end)
    gap = tokens[end:i - 1]
    return 1 < len(gap) <= 12 and gap[0].low.endswith(("ing", "ed")) and gap[0].low not in KILLED_AFTER \
        and gap[0].low not in INJURED_AFTER and all(t.text.isalpha() or t.text == "-" for t in gap)


def _cannot_include(whole: str, part: str | None) -> bool:
    """Civilians do not include soldiers nor soldiers civilians: such a "part" is a further group."""
    return whole == "civilians" and part in ("soldiers", "attackers") or whole == "soldiers" and part in ("civilians", "children")


def _inside_including(tokens: list[Token], i: int) -> int | None:
    """Where the ", including A and B," aside that token i sits in starts (None: not in one)."""
    for k in range(i - 1, max(-1, i - 12), -1):
        w = tokens[k].low
        if w in ("including", "incl"):
            return k
        if w == "," and not (k + 1 < i and (tokens[k + 1].low in ROLES or tokens[k + 1].low in ("a", "an") or _plain_noun(tokens[k + 1])
                                           or tokens[k + 1].is_cap)):
            return None
        if w in (".", ";", "were", "was", "are", "killed", "injured", "wounded", "left", "leaving") or w in _BE \
                or w in KILL_VERBS or w in INJURE_VERBS or w in KILLED_AFTER or w in INJURED_AFTER:
            return None     # "killing 12, including 8 children and wounding another 25": a new count
    return None


def _role_after_be(tokens: list[Token], k: int) -> str | None:
    """"Nine of the dead were soldiers": the group named after the verb."""
    if k < len(tokens) and tokens[k].low in _BE:
        r, _ = _noun_after(tokens, k + 1)
        return r
    return None


def _continues_list(tokens: list[Token], i: int) -> bool:
    """Token i follows "and", "," or ", and" (possibly "and his")."""
    while i > 0 and tokens[i - 1].low in _DETERMINERS:
        i -= 1
    return i > 0 and (tokens[i - 1].low == "and" or tokens[i - 1].text == ","
                      or i > 2 and tokens[i - 1].low == "as" and tokens[i - 2].low == "well" and tokens[i - 3].low == "as")


def _generic_noun_status(tokens: list[Token], j: int) -> int | None:
    """"three loggers were killed", "two vigilantes died": any noun that is killed is a person.

    Returns the index after the noun, or None when no casualty status follows.
    """
    k = j
    while k < len(tokens) and k - j < 4 and tokens[k].text[0].isalpha() and tokens[k].low not in _BE \
            and tokens[k].low not in ("and", "or", "of", "in", "on", "at", "who", "to", "from", "by", "with") \
            and tokens[k].low not in _SAID and tokens[k].low not in ("the", "a", "an", "that") \
            and tokens[k].low not in KILLED_AFTER and tokens[k].low not in INJURED_AFTER and tokens[k].low not in KILL_VERBS:
        k += 1
    if k == j or any(tokens[m].low in _NOT_PERSON for m in range(j, k)):
        return None
    st, _ = _status_after(tokens, k, 4)
    if st is None and k < len(tokens) and tokens[k].text == ",":
        st = "apposition" if _apposition_end(tokens, k) is not None else None   # "Two cooks, ..., were killed"
    return k if st or _coordinated_status(tokens, k) else None


def _coordinated_status(tokens: list[Token], after: int) -> str | None:
    """"Four soldiers and a police officer were killed": the status after the last conjunct."""
    if after < len(tokens) and tokens[after].text == "(":
        close = next((m for m in range(after + 1, min(len(tokens), after + 12)) if tokens[m].text == ")"), None)
        if close is not None:
            after = close + 1   # "Two policemen (another was hurt) and four rebels died": past the aside
    if after + 1 < len(tokens) and (tokens[after].low in ("of", "from") or tokens[after].low.endswith("ing")
                                    and tokens[after + 1].low in ("for", "at", "in", "on", "with")):
        # "Four members of the border guard and three militants were killed", "two drivers working for
        # a haulier and five guards were killed": past the first group's phrase
        for m in range(after + 1, min(len(tokens), after + 9)):
            w = tokens[m]
            if w.low == "and":
                after = m
                break
            if not w.text[0].isalpha() and w.text != "-" or w.low in _BE or w.low in KILLED_AFTER or w.low in INJURED_AFTER \
                    or read_number(tokens, m):
                return None
    if after >= len(tokens) or tokens[after].low not in ("and", ","):
        return None
    k = after + 1
    while k < len(tokens) and k - after <= 10:
        w = tokens[k].low
        if w in ("which", "who", "that", "whom", "while", "whereas", "but", "although", "after", "before", "when", "because", "since"):
            return None     # "two militants and police officers which left four people dead": the clause's own toll
        if w in _BE or w in ("sacrificed", "lost", "gave"):
            st, _ = _status_after(tokens, k, 3)
            return st
        if (w in KILLED_AFTER or w in INJURED_AFTER) and k > after + 2:
            if k + 1 < len(tokens) and (tokens[k + 1].low in _NOT_AFTER_ACTIVE or read_number(tokens, k + 1)):
                return None     # "... and a market killed more than 50": an active verb with its own object
            return "killed" if w in KILLED_AFTER else "injured"
        if w == "(":
            close = next((m for m in range(k + 1, min(len(tokens), k + 20)) if tokens[m].text == ")"), None)
            if close is not None:
                after += close + 1 - k      # the bracket does not count against the reach
                k = close + 1   # "Six militants and 18 soldiers (including an officer) were killed"
                continue
        if tokens[k].text == "," and k + 1 < len(tokens) and (tokens[k + 1].low in ("and", "a", "an", "one") or read_number(tokens, k + 1)):
            k += 1          # "Seventeen guests, one soldier, and six militants were killed": a longer list
            continue
        if tokens[k].text in ("–", "—"):
            close = next((m for m in range(k + 1, min(len(tokens), k + 16)) if tokens[m].text == tokens[k].text), None)
            if close is not None:
                after += close + 1 - k      # "four children – including a baby – were killed": the aside is no reach
                k = close + 1
                continue
        if not tokens[k].text[0].isalnum() and tokens[k].text not in "-'’" and not _abbrev_dot(tokens, k):
            return None
        k += 1
    return None


def _skip_parenthetical(tokens: list[Token], k: int) -> int:
    """Past ", including two women," or ", seven police officers and a driver," to the verb."""
    n = len(tokens)
    if k + 1 < n and tokens[k].text == "(" and not read_number(tokens, k + 1):
        close = next((m for m in range(k + 1, min(n, k + 10)) if tokens[m].text == ")"), None)
        if close is not None and close + 1 < n and not any(read_number(tokens, m) for m in range(k + 1, close)) \
                and (tokens[close + 1].low in _BE or tokens[close + 1].low in KILLED_AFTER or tokens[close + 1].low in INJURED_AFTER):
            return close + 1    # "four foreigners (no nationality given) were killed": an aside
    if k + 1 < n and tokens[k].text == "(" and read_number(tokens, k + 1):
        depth = 0
        for m in range(k, min(n, k + 30)):
            depth += (tokens[m].text == "(") - (tokens[m].text == ")")
            if depth == 0:
                return m + 1    # "seven people (2 guards, 2 nurses and 3 civilians) were killed"
    if k + 1 < n and tokens[k].text in ",(–—" and (tokens[k + 1].low in ("including", "among", "mostly", "most", "many", "all", "mainly", "of", "who") or read_number(tokens, k + 1)):
        listing = tokens[k + 1].low in ("including", "among")
        for m in range(k + 2, min(n, k + 22 if listing else k + 16)):
            if tokens[m].low in ("were", "was", "had", "have", "are", "is", "has") and listing:
                return m
            if tokens[m].text in ",)–—":
                if listing and tokens[m].text == "," and m + 1 < n and tokens[m + 1].low not in _BE \
                        and tokens[m + 1].low not in KILLED_AFTER and tokens[m + 1].low not in INJURED_AFTER \
                        and tokens[m + 1].low not in _SKIP_BETWEEN:
                    continue    # ", including two Pakistanis, an Indian and a Sudanese, were injured"
                return m + 1
    if k + 1 < n and tokens[k].text == ",":
        app = _apposition_end(tokens, k)
        if app is not None:
            return app      # "Two people, a councillor and his companion, were killed"
    if k < n and (tokens[k].low in _NP_PREPS and k + 1 < n and (tokens[k + 1].low in ("the", "one", "a", "an", "same", "board") or tokens[k + 1].is_cap
                                                                or tokens[k + 1].low in _COMPASS and k + 2 < n and tokens[k + 2].is_cap
                                                                or tokens[k].low == "of" and tokens[k + 1].text[0].isalpha())
                  or tokens[k].low == "including" and k + 1 < n and tokens[k + 1].low in ("a", "an", "the", "his", "her", "their")
                  or tokens[k].low.endswith(("ed", "ing")) and k + 1 < n and tokens[k + 1].low in ("by", "to", "from", "in", "with")
                  and tokens[k].low not in KILLED_AFTER     # ("died from her injuries" is the status itself)
                  or _participle_or_relative(tokens, k)):
        # "seven members of the Afghan National Army were killed", "soldiers backed by the UAE were killed",
        # "two guards manning the gate were killed", "a driver who worked for the company was killed"
        depth = 0
        first = k + 1
        if tokens[k].low in ("who", "that") and k + 2 < n and tokens[k + 2].low in _NOT_CASUALTY_VERBS:
            first = k + 3   # the relative clause's own verb ("who were kidnapped") is not the status
        for m in range(first, min(n, k + 18)):
            w = tokens[m].text
            if tokens[m].low in ("while", "whereas", "but", "although", "though"):
                return k        # "3 others accompanying him while others were hurt": a clause of its own
            if w == "," and m + 1 < n and tokens[m + 1].low in ("including", "among") and m > k + 1:
                past = _skip_parenthetical(tokens, m)
                # "Three members of the group, including a leader, were killed": the phrase, then the aside
                return past if past > m and past < n and tokens[past].low in _BE else k
            depth += (w == "(") - (w == ")")
            if depth == 0 and (tokens[m].low in _BE or tokens[m].low in KILLED_AFTER or tokens[m].low in INJURED_AFTER) \
                    and not (tokens[m].low in ("be", "been", "being") and tokens[k].low == "including"):
                return m    # ("including a woman suspected to be an informer were killed": "be" is not the verb)
            if depth == 0 and w == "," and m + 1 < n and tokens[m + 1].low in ("were", "was") and _status_after(tokens, m + 1, 4)[0]:
                return m + 1    # "5 members of the US-backed forces, were killed"
            if depth == 0 and not w[0].isalpha() and w not in "()-" or read_number(tokens, m):
                return k
    if k < n and tokens[k].low in ("including", "among"):
        for m in range(k + 1, min(n, k + 12)):
            if tokens[m].low in ("were", "was", "had", "have"):
                return m
    return k


_TOLL_WORDS = re.compile(r"\b(?:toll|rose|risen|increased|climbed|jumped|up|down)\b", re.IGNORECASE)
_NP_PREPS = frozenset("of from at in on aboard inside near outside".split())
_COMPASS = frozenset("north south east west northern southern eastern western central northeastern northwestern "
                     "southeastern southwestern north-eastern north-western south-eastern south-western".split())


def _apposition_end(tokens: list[Token], k: int) -> int | None:
    """Token k is the comma that opens an apposition ("Two tourists, a Malaysian and a Thai,
    were killed"); the index of the verb after its closing comma, when a status follows it."""
    n = len(tokens)
    aged = False
    for m in range(k + 1, min(n - 1, k + 26)):
        t = tokens[m]
        w = t.low
        if t.text in ".;:" and not _abbrev_dot(tokens, m):
            return None
        if w == "aged" or w.endswith("-year-old") or w.isdigit() and tokens[m - 1].text == "," and tokens[m + 1].text == ",":
            aged = True     # "aged 25 and 26", "Stephen Smith, 22, of the town police"
        if w in KILL_VERBS or w in INJURE_VERBS or w in KILLED_AFTER or w in INJURED_AFTER or w in STATUS_NOUNS \
                or w in ("including", "among") or read_number(tokens, m) and not aged and w not in ("a", "an", "one"):
            return None
        if t.text == "," and m > k + 1:
            nxt = tokens[m + 1].low
            if (nxt in _BE or nxt in KILLED_AFTER or nxt in INJURED_AFTER) and _status_after(tokens, m + 1)[0]:
                return m + 1
            if nxt in ("and", "but", "while", "as"):
                return None
    return None


def _participle_or_relative(tokens: list[Token], k: int) -> bool:
    """Token k opens a participle phrase ("manning a post") or a relative clause ("who worked ...")."""
    t = tokens[k]
    if k + 1 >= len(tokens) or not t.text[0].islower():
        return False
    if t.low in ("who", "that") and tokens[k + 1].low not in _BE and tokens[k + 1].low not in _SKIP_BETWEEN:
        return True
    if t.low in ("who", "that") and k + 2 < len(tokens) and tokens[k + 1].low in ("were", "was", "had") \
            and tokens[k + 2].low in _NOT_CASUALTY_VERBS:
        return True     # "eight policemen who were kidnapped on the road were shot dead"
    return (t.low.endswith("ing") and len(t.low) > 5 and t.low not in KILL_VERBS and t.low not in INJURE_VERBS
            and t.low not in _NOT_CASUALTY_VERBS and t.low not in ("including", "during", "according", "following", "leaving"))


def _root(figures: list[Figure], k: int) -> int:
    while figures[k].part_of is not None and figures[k].part_of >= 0:
        k = figures[k].part_of
    return k


_SUB_MARKER_ENDS = frozenset(marker[-1] for marker in _SUB_MARKERS)


def _is_sub_marker(tokens: list[Token], i: int) -> bool:
    if i == 0 or tokens[i - 1].low not in _SUB_MARKER_ENDS:
        return False
    for marker in _SUB_MARKERS:
        m = len(marker)
        if i - m >= 0 and tuple(t.low for t in tokens[i - m:i]) == marker:
            return True
    return False


def _make(num, role, status, tokens, end_tok, text, sent_index, part_of=None) -> Figure:
    first = num.start
    if first > 0 and (tokens[first - 1].low in ("further", "additional", "other", "remaining")
                      or tokens[first - 1].low == "another" and tokens[first].low != "one") and tokens[first].low not in ("a", "an"):
        first -= 2 if first > 1 and tokens[first - 2].low in ("a", "an") else 1   # "a further 12", "another five": more victims
    start = tokens[first].start
    end = tokens[max(end_tok, num.end) - 1].end
    return Figure(status=status, low=num.low, best=num.best, high=num.high, role=role,
                  start=start, end=end, text=text[start:end], qualifier=num.qualifier,
                  part_of=part_of, sentence=sent_index)


def _among_counted(figures: list[Figure], tokens: list[Token]) -> None:
    """"Among the 28 dead were 10 soldiers and 18 civilians": the list is who the 28 were, not 28 more."""
    for k in range(3, len(tokens)):
        if tokens[k].low not in ("were", "was", "are", "is") or read_number(tokens, k - 2) is None:
            continue
        status = _among_the_dead(tokens, k)
        if status is None:
            continue
        at = tokens[k - 2].start
        whole = next((x for x, f in enumerate(figures) if f.start <= at < f.end and f.part_of is None and f.status == status), None)
        if whole is None or not figures[whole].best:
            continue
        total = 0
        for g in figures[whole + 1:]:
            if g.start < tokens[k].end or g.part_of is not None or g.status != status or not g.best:
                continue
            total += g.best
            if total > figures[whole].best:
                break
            g.part_of = whole


_SHARE = re.compile(r"(?:one|two|three|four|five|\d+) of\b", re.IGNORECASE)
_DIED_OF_WOUNDS = re.compile(r"\b(?:later|subsequently) (?:died|succumbed)\b|\b(?:died|succumbed) (?:later |subsequently )?"
                             r"(?:of|from|to) (?:his|her|their) (?:wounds|injuries)", re.IGNORECASE)


def _wounded_who_died(figures: list[Figure], tokens: list[Token], text: str) -> None:
    """"One of the employees later died of his wounds": one of the wounded, a death the toll of
    the dead did not hold yet; it adds to it (unless a count of dead stands before it here)."""
    for k, f in enumerate(figures):
        if f.status == "killed" and f.part_of is None and _SHARE.match(f.text) \
                and not any(g.status == "killed" for g in figures[:k]) \
                and _DIED_OF_WOUNDS.search(text, f.end, tokens[-1].end):
            f.adds = True


_COMBINED = re.compile(r"\s*(?:and|or|and/or)\s+(?:injured|wounded|hurt)\b(?!\s+(?:\d|a\b|an\b|the\b|his\b|her\b|their\b|several\b"
                       r"|many\b|dozens\b|scores\b|hundreds\b|others\b|one\b|two\b|three\b|four\b|five\b|six\b|seven\b|eight\b|nine\b|ten\b))",
                       re.IGNORECASE)


_COMBINED_ACTIVE = re.compile(r"\b(?:killed|killing|kill|kills) (?:and|or) (?:injured|wounded|injuring|wounding|injure|wound)s? $",
                              re.IGNORECASE)


def _split_combined(figures: list[Figure], text: str) -> None:
    """"Five civilians were killed and injured": one count of both. At least one died and one
    was hurt; the conservative split (ACLED's rule of the lowest sure toll) is one dead, the
    rest hurt, with the range kept in low/high."""
    for f in list(figures):
        if f.status == "injured" and f.part_of is None and f.best and f.best >= 2 and f.qualifier == "exact" \
                and _COMBINED_ACTIVE.search(text, max(0, f.start - 40), f.start) \
                and not any(g.status == "killed" for g in figures):
            # "Russian forces killed and injured 12 civilians": the same one count of both
            n = f.best
            f.low, f.best, f.high = 1, n - 1, n - 1
            figures.append(Figure(status="killed", low=1, best=1, high=n - 1, role=f.role, start=f.start, end=f.end,
                                  text=f.text, qualifier=f.qualifier, sentence=f.sentence))
            continue
        if f.status != "killed" or f.part_of is not None or not f.best or f.best < 2 or f.qualifier != "exact" \
                or not f.text.lower().endswith(("killed", "dead")) or not _COMBINED.match(text, f.end):
            continue
        n = f.best
        f.low, f.best, f.high = 1, 1, n - 1
        hurt = Figure(status="injured", low=1, best=n - 1, high=n - 1, role=f.role, start=f.start, end=f.end,
                      text=f.text, qualifier=f.qualifier, sentence=f.sentence)
        figures.append(hurt)


_REVISING = re.compile(r"rose|risen|rises|climbed|increased|jumped|revised|grew|now|lowered|corrected"
                       r"|\b(?:rais|bring|brought|push|tak|took|lift)\w* the", re.IGNORECASE)


# A toll over a period or a whole war, not over one incident.
_CUMULATIVE = re.compile(
    r"\b(?:this|so far this|last|past|the past|the last) (?:year|month|week|decade)\b|\bso far\b|\bsince\b|\bto date\b"
    r"|\b(?:in|of|during|from) the (?:war|conflict|fighting|insurgency|uprising|offensive|campaign|invasion)\b"
    r"|\bfrom (?:\w+ )?(?:attacks|violence|clashes|strikes)\b", re.IGNORECASE)


def _toll_figures(tokens, text, sent_index, existing) -> list[Figure]:
    """"the death toll rose to 18": a figure that replaces earlier ones."""
    out: list[Figure] = []
    if not tokens:
        return out
    s0 = tokens[0].start
    s1 = tokens[-1].end
    sent = text[s0:s1]
    if sent.isascii():
        low = sent.lower()
        if "toll" not in low and "number of" not in low:
            return out      # every _TOLL match holds one of them
    for m in _TOLL.finditer(sent):
        abs_end = s0 + m.end()
        k = next((idx for idx, t in enumerate(tokens) if t.start >= abs_end), None)
        if k is None:
            continue
        num = read_number(tokens, k)
        if num is None:
            continue
        if _CUMULATIVE.search(m.group(0)):
            continue        # "bringing the death toll from attacks this year to 300": a running total, no incident's
        kind = (m.group(2) or "").lower()
        status = "injured" if kind in ("injured", "wounded") or "injured" in m.group(0).lower() or "wounded" in m.group(0).lower() else "killed"
        st = tokens[num.start].start
        if any(f.start <= st < f.end for f in existing):
            for f in existing:
                if f.start <= st < f.end:
                    f.revision = True
            continue
        fig = _make(num, "people", status, tokens, num.end, text, sent_index)
        fig.revision = bool(_REVISING.search(m.group(0)))
        fig.start = s0 + m.start()
        fig.text = text[fig.start:fig.end]
        out.append(fig)
        k = num.end
        if k + 2 < len(tokens) and tokens[k].text == "," and tokens[k + 1].low == "including":
            part = read_number(tokens, k + 2)
            role, after = _noun_after(tokens, part.end) if part else (None, 0)
            if part and role and part.best and fig.best and part.best <= fig.best:
                # "the toll had reached 23, including six children": who some of them were
                out.append(_make(part, role, status, tokens, after, text, sent_index, part_of=len(existing) + len(out) - 1))
    return out


# The attacker's own death: "then killed himself", "committed suicide", "turned the gun on himself".
# (A suicide bomber's own death is left out: reports count it in their toll as often as not.)
_SELF_KILLED = re.compile(
    r"\bcommit(?:ted|ting|s)? suicide\b(?! bomb| attack)|\b(?:killed|killing|kills|shot|shooting|shoots) (?:only )?(?:him|her)self\b(?! in the)"
    r"|\btook (?:his|her) own life\b|\bturn(?:ed|ing)? (?:the|his|her) gun on (?:him|her)self\b", re.IGNORECASE)


_ATTEMPT_BEFORE = re.compile(r"\b(?:attempt|tried|try|trying|threat|threaten|failed)\w*\b[^.]{0,20}$", re.IGNORECASE)


_HEADLINE_STATUS = frozenset("killed assassinated murdered executed slain liquidated beheaded lynched".split())
_HEADLINE_AFTER = frozenset("by in at near on outside inside during after while as amid".split())


def _headline_victim(tokens, text, sent_index) -> list[Figure]:
    """A headline's named victim without "was": "Indian prime minister Indira Gandhi assassinated by her bodyguards"."""
    n = len(tokens)
    p = next((x for x in range(2, min(n, 10)) if tokens[x].low in _HEADLINE_STATUS), None)
    if p is None or p + 1 < n and tokens[p + 1].low not in _HEADLINE_AFTER and tokens[p + 1].text[0].isalnum():
        return []       # "... killed two soldiers": an active verb with its object
    if tokens[p].is_cap:
        return []       # A Headline In Title Case: capitals say nothing of names
    k = p - 1
    while k >= 0 and tokens[k].is_cap and tokens[k].text.isalpha() and tokens[k].low not in ROLES \
            and tokens[k].low not in _NAME_STOP and tokens[k].low not in _CALENDAR:
        k -= 1
    start = k + 1
    if p - start < 2:
        return []       # a name is two capitalised words at least
    before = tokens[:start]
    if not (before and before[-1].text == ":" or len(before) <= 4 and all(t.text.isalpha() for t in before)):
        return []
    from conflictlens.extract import countries
    if countries.lookup(" ".join(t.text for t in tokens[start:p])):
        return []       # "South Sudan killed ...": a country, not a person
    fig = _make(NumberPhrase(1, 1, 1, "exact", start, start + 1), "people", "killed", tokens, p + 1, text, sent_index)
    return [fig]


def _self_killed(tokens, text, sent_index, existing) -> list[Figure]:
    """One attacker dead by his own hand, unless the sentence counts the attackers already."""
    s0, s1 = tokens[0].start, tokens[-1].end
    if "self" not in text[s0:s1] and "suicide" not in text[s0:s1]:
        return []
    m = _SELF_KILLED.search(text, s0, s1)
    if m is None or any(f.role == "attackers" and f.status == "killed" for f in existing) \
            or any(f.start <= m.start() < f.end for f in existing):
        return []
    if _ATTEMPT_BEFORE.search(text[s0:m.start()]):
        return []       # "tried to blow himself up": he did not
    return [Figure(status="killed", low=1, best=1, high=1, role="attackers", start=m.start(), end=m.end(),
                   text=m.group(0), sentence=sent_index)]


def _negative_figures(tokens, text, sent_index, existing) -> list[Figure]:
    """"no casualties" is 0 killed and 0 injured; "no reports of casualties" is unknown."""
    if not tokens:
        return []
    s0, s1 = tokens[0].start, tokens[-1].end
    sent = text[s0:s1]
    if sent.isascii():
        low = sent.lower()
        if not any(needle in low for needle in _NEGATIVE_NEEDLES):
            return []
    if _UNKNOWN.search(sent):
        return []
    out = []
    have = {f.status for f in existing}
    for m in _NEGATIVE_PATTERN.finditer(sent):
        statuses: set[str] = set()
        for word in m.groupdict().values():
            if word:
                statuses.update(_NEGATIVE_STATUS.get(word.lower(), ()))   # (look-alike letters: no key)
        for status in ("killed", "injured"):
            if status in statuses and status not in have:
                have.add(status)
                out.append(Figure(status=status, low=0, best=0, high=0, role="people",
                                  start=s0 + m.start(), end=s0 + m.end(), text=m.group(),
                                  qualifier="none", sentence=sent_index))
    return out


_RISING = re.compile(r"\b(constantly |still |continues to be |keeps? )?(increasing|rising|growing)\b|expected to (rise|grow|increase)|(?:may|could|might|will|is likely to|are likely to) (?:still |further )?(rise|grow|increase|climb)")
_PRELIMINARY = re.compile(r"\bpreliminar(?:y|ily)\b|initial reports?|not final|may be higher|could be higher|under the rubble|still being (counted|established)")
# Every match of _RISING / _PRELIMINARY contains one of these: without them the pattern is not run.
_RISING_NEEDLES = ("ris", "grow", "increas", "climb")
_PRELIMINARY_NEEDLES = ("preliminar", "initial report", "not final", "be higher", "under the rubble", "still being ")


def is_rising(sentence: str) -> str | None:
    """"preliminary" / "rising" when the sentence flags a figure as not final."""
    low = sentence.lower()
    if any(needle in low for needle in _RISING_NEEDLES) and _RISING.search(low):
        return "rising"
    if any(needle in low for needle in _PRELIMINARY_NEEDLES) and _PRELIMINARY.search(low):
        return "preliminary"
    return None


def rising_status_target(sentence: str) -> tuple[str, ...]:
    """Which figure a rising/preliminary flag is about."""
    low = sentence.lower()
    inj = bool(re.search(r"wounded|injur|hurt", low))
    kil = bool(re.search(r"dead|death|killed|fatalit|toll|bodies", low))
    if inj and not kil:
        return ("injured",)
    if kil and not inj:
        return ("killed",)
    return ("killed", "injured")


_GENERIC = frozenset({"people", "civilians", "children"})
_VAGUE_TEXT = re.compile(r"(?:several|multiple|numerous|dozens|scores|hundreds|many|some|a few)\b", re.IGNORECASE)
_OTHERS = re.compile(r"^(?:(?:at least|more than|over|about|some|nearly|almost|around|up to) )?\S+ (?:other|others)\b", re.IGNORECASE)
_OTHER_N = re.compile(r"other \S+", re.IGNORECASE)      # "and other two were wounded": more   # "Two other soldiers died": others than those counted
# "Five soldiers were also killed": victims besides those already counted.
_ALSO = re.compile(r"\b(?:were|was|are|is|have been|has been|had been) also (?:been )?(?:found )?(?:shot |stabbed |beaten )?(?:killed|died|dead|wounded|injured|hurt)\b"
                   r"|\balso (?:died|perished)\b", re.IGNORECASE)
# "A nurse died from her injuries": an indefinite article brings in someone not counted yet.
_NEW_ONE = re.compile(r"(?:a|an) \S+(?: \S+)? (?:died|was killed|was shot dead|succumbed)\b", re.IGNORECASE)
_FURTHER = re.compile(
    r"^(?:an additional|additional|a further|further|another\b|the remaining\b|remaining\b)"
    r"|^\S+ (?:more|additional|further)\b(?! than)", re.IGNORECASE)


def reconcile(figures: list[Figure], status: str) -> tuple[int | None, int | None, int | None]:
    """(low, best, high) for one status over an incident's figures, in document order.

    Within a sentence, coordinated figures of different groups add up ("three
    soldiers and two civilians"). Across sentences a figure of a group not yet
    counted adds (soldiers, then attackers); a restatement of a counted group
    keeps the larger value; a toll that "rose to" N replaces everything.
    """
    # "several militants were also killed": a vague count of the attackers widens the range only
    # when the victims are counted ("15 soldiers were killed ... several militants were also killed")
    unsure = {id(f) for f in figures if f.role == "attackers" and _VAGUE_TEXT.match(f.text)}
    if unsure and not any(f.status == status and f.part_of is None and f.role != "attackers" and not f.alternative
                          and f.best for f in figures):
        unsure = set()
    tops = [f for f in figures if f.status == status and f.part_of is None and not f.alternative and id(f) not in unsure]
    alternatives = [f.best for f in figures if f.status == status and f.part_of is None and (f.alternative or id(f) in unsure) and f.best]
    if not tops:
        # only another party's count ("the group claimed it killed 20"): that is the report
        tops = [f for f in figures if f.status == status and f.part_of is None]
        alternatives = []
    if not tops:
        return None, None, None
    by_sentence: dict[int, list[Figure]] = {}
    for f in tops:
        by_sentence.setdefault(f.sentence, []).append(f)
    low = best = high = None
    roles: set[str] = set()
    for _, figs in sorted(by_sentence.items()):
        if best is not None and all(f.text.lower() in ("him", "her") for f in figs):
            continue        # "... they engaged, killing him": someone the report has counted already
        if len(figs) > 1 and any(f.revision for f in figs):
            figs = [f for f in figs if f.revision]      # "a third soldier died, taking the toll to three": three in all
        s_low, s_best, s_high = _sum(figs)
        s_roles = {f.role for f in figs}
        if best is None:
            low, best, high, roles = s_low, s_best, s_high, set(s_roles)
        elif any(f.revision for f in figs):
            low, best, high, roles = s_low, s_best, s_high, roles | s_roles
        elif all(_FURTHER.search(f.text) or _ALSO.search(f.text) or f.adds or _NEW_ONE.match(f.text) or _OTHER_N.match(f.text)
                 or _OTHERS.search(f.text) and not any(g.sentence == f.sentence and g.start < f.start and g.status == f.status
                                                       for g in figures) for f in figs):
            # "two more people", "another soldier", "three other civilians": further victims
            low, best, high = _add(low, s_low), _add(best, s_best), _add(high, s_high)
            roles |= s_roles
        elif not (s_roles & roles) and not (s_roles & _GENERIC and roles & _GENERIC) and "people" not in s_roles \
                and not ("people" in roles and (best or 0) >= 2 and sum(f.best or 0 for f in figs) == 1 and "attackers" not in s_roles):
            # (but "Four people were killed ... a guard who was killed when the bomber shot him": one of the four)
            low, best, high = _add(low, s_low), _add(best, s_best), _add(high, s_high)
            roles |= s_roles
        elif (s_best or 0) > (best or 0):
            low, best, high = s_low, s_best, s_high
            roles |= s_roles
        elif s_best == best:
            low = _max(low, s_low)
            high = _min(high, s_high)
    if alternatives:
        high = max([h for h in (high, best) if h is not None] + alternatives)
    return low, best, high


def _sum(figs: list[Figure]) -> tuple[int | None, int | None, int | None]:
    low = best = high = 0
    for f in figs:
        low = None if low is None or f.low is None else low + f.low
        best = None if best is None or f.best is None else best + f.best
        high = None if high is None or f.high is None else high + f.high
    return low, best, high


def _add(a, b):
    return None if a is None or b is None else a + b


def _max(a, b):
    return b if a is None else a if b is None else max(a, b)


def _min(a, b):
    return b if a is None else a if b is None else min(a, b)


def subcount(figures: list[Figure], status: str, role: str) -> int | None:
    """Largest figure for one group ("six children"), whether a sub-count or on its own."""
    values = [f.best for f in figures if f.status == status and f.role == role and f.best is not None]
    return max(values) if values else None
