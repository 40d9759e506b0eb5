"""The casualty status a number carries, from the verb before it or the words after its noun."""
from __future__ import annotations

import re

from conflictlens.extract.figures.lexicon import (
    INJURED_AFTER, INJURE_VERBS, KILLED_AFTER, KILL_VERBS, ROLES, _BE, _CALENDAR, _DETERMINERS, _FUNCTION,
    _INJURE_PHRASES, _INJURY_NOUNS, _KILL_PHRASES, _MONTHS, _NOT_AFTER_ACTIVE, _PRONOUN_OBJECTS, _SEVERITY,
    STATUS_NOUNS, WEEKDAY_NAMES, _SHOT_AND, _SKIP_BETWEEN, _TO_DEATH_STEMS, _VAGUE_WORDS)
from conflictlens.text.numbers import UNITS, read_number
from conflictlens.text.tokens import Token


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


_MARTYRDOM = frozenset(("martyrdom", "shahadat", "shahadah", "shahada"))


_TO_HOSPITAL_VERBS = frozenset("taken rushed brought admitted evacuated airlifted transported transferred flown".split())
_HOSPITAL_WORDS = frozenset(("hospital", "hospitals", "clinic", "clinics"))


def _hospital_at(tokens: list[Token], k: int) -> int | None:
    """Where "hospital" ends the destination starting at token k ("hospital", "the hospital", "a
    nearby clinic", "Mpeketoni Sub-County Hospital"): its index, or None."""
    for m in range(k, min(len(tokens), k + 6)):
        if tokens[m].low in _HOSPITAL_WORDS:
            return m
        if not tokens[m].text[:1].isalnum():
            return None
    return None


# Verbs of killing that are said of things too (drones, mines, launchers): a death only of people
_THING_VERBS = frozenset("neutralised neutralized liquidated".split())


# A soldier's death told as falling: "fell with honour", "fell in battle", "fell as martyrs" (not
# "shells fell in the yard": the words after "fell" must be these)
_FELL_FIRST = frozenset("with in on as heroically honourably bravely".split())
_FELL_AS_DEATH = re.compile(r"(?:with honou?r|heroically|honou?rably|bravely|as (?:heroes|martyrs|a hero|a martyr)"
                            r"|in (?:battle|combat|action|the line of duty)|on the (?:battlefield|field)"
                            r"|with (?:their |his )?(?:arms|weapons?) in (?:their |his )?hands?)\b")   # (French: "tombés les armes à la main")


_PART_OF_DAY = frozenset("morning afternoon evening night".split())
# what hits a person and wounds: "hit by stray bullets", "struck by shrapnel"
_MISSILE_HITS = frozenset("bullet bullets shrapnel gunfire fragments fragment debris".split())
_DEATH_AFTER = frozenset("killed died dead fatally succumbed".split())


def _hit_by(tokens: list[Token], k: int) -> int | None:
    """Where "hit/struck by (a) (stray) bullet(s)/shrapnel ..." at token k ends, unless a death follows it."""
    m = k + 1
    if m >= len(tokens) or tokens[m].low != "by":
        return None
    m += 1
    while m < len(tokens) and tokens[m].low in ("a", "stray"):
        m += 1
    if m >= len(tokens) or tokens[m].low not in _MISSILE_HITS:
        return None
    if any(t.low in _DEATH_AFTER for t in tokens[m + 1:m + 5]):
        return None         # "were struck by shrapnel and killed": dead, told by the words after
    return m + 1


# words after a status word that make it no adjective of a noun ("the injured in hospital", "the wounded and the dead")
_NOT_A_NOUN = frozenset("in on at by when after during and or were was are is had have has from with as while".split())


# what a crowd does, told right after its count: "thousands mourn", "hundreds attended the funeral of"
CROWD_VERBS = frozenset("mourn mourns mourned attend attends attended gather gathers gathered march marches marched rally "
                         "rallies rallied throng thronged flock flocked pray prayed bid bade".split())


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
        if w in CROWD_VERBS:
            break           # "Thousands mourn three men killed in the raid": the crowd's own verb, not the dead's
        if w == "shot" and k + 1 < len(tokens) and tokens[k + 1].low == "down":
            break           # "the helicopter was shot down": an aircraft, not a casualty
        if k > j and tokens[k - 1].low in ("the", "a", "an", "his", "her", "their") and k + 1 < len(tokens) \
                and tokens[k + 1].text[:1].isalpha() and tokens[k + 1].low not in _NOT_A_NOUN \
                and (w in KILLED_AFTER or w in INJURED_AFTER):
            break           # "two suspects, relatives of the slain man": a word of another's noun, no status of theirs
        if w == "no" and k + 1 < len(tokens) and tokens[k + 1].low in _INJURY_NOUNS:
            break           # "a guard who suffered no injuries": nobody hurt
        if w in ("apprehended", "arrested", "captured", "detained") and saw_be and k + 1 < len(tokens) \
                and tokens[k + 1].low in ("injured", "wounded"):
            return "injured", k + 2     # "two terrorists were apprehended injured": taken, and hurt
        if w in ("shot", "shoot", "gunned", "beaten", "stabbed", "hacked", "burned", "burnt") and k + 1 < len(tokens) \
                and (tokens[k + 1].low in ("dead", "to") or w == "gunned" and tokens[k + 1].low == "down"):
            status, end = "killed", k + 2
        elif w in ("hit", "struck") and saw_be and (hit_end := _hit_by(tokens, k)) is not None:
            # "two residents were hit by stray bullets", "was struck by shrapnel": wounded (not "... and killed")
            status, end = "injured", hit_end
        elif w in KILLED_AFTER:
            if w in _THING_VERBS and not (j > 0 and (tokens[j - 1].low in ROLES or tokens[j - 1].low in _PLURAL_HEADS)):
                break       # "18 were neutralised" (drones), "two mines were neutralised": no one named died
            status = "killed"
        elif w in INJURED_AFTER and not (w == "treated" and k + 1 < len(tokens) and tokens[k + 1].low == "as") \
                and not (w in _SHOT_AND and k + 1 < len(tokens) and (
                tokens[k + 1].low == "and" or _chained(tokens, k + 1))):
            status = "injured"
        elif w in ("lost", "sacrificed", "gave") and k + 2 < len(tokens) and tokens[k + 2].low in ("lives", "life") \
                and not (k + 3 < len(tokens) and tokens[k + 3].low in _LIFE_NOUNS):
            status, end = "killed", k + 3     # (not "lost his life savings", "gave her life story")
        elif w in ("ascended", "embraced", "attained", "achieved", "met") and k + 1 < len(tokens) \
                and (tokens[k + 1].low in _MARTYRDOM or k + 2 < len(tokens) and tokens[k + 1].low == "to"
                     and tokens[k + 2].low in _MARTYRDOM):
            status, end = "killed", k + (2 if tokens[k + 1].low in _MARTYRDOM else 3)     # "ascended to martyrdom"
        elif w in ("paid", "made") and k + 3 < len(tokens) and tokens[k + 1].low == "the" \
                and tokens[k + 2].low in ("supreme", "ultimate") and tokens[k + 3].low in ("price", "sacrifice"):
            status, end = "killed", k + 4       # "paid the supreme price", "made the ultimate sacrifice"
        elif w in SUFFER_VERBS and k == j and (hurt := _suffered(tokens, k))[0]:
            status, end = hurt      # (a named subject's: "Constable Arjun Singh sustained injuries")
        elif w == "deprived" and k + 2 < len(tokens) and tokens[k + 1].low == "of" \
                and (tokens[k + 2].low in ("life", "lives") or k + 3 < len(tokens) and tokens[k + 3].low in ("life", "lives")):
            status, end = "killed", k + (3 if tokens[k + 2].low in ("life", "lives") else 4)   # "were deprived of their life"
        elif w in ("fell", "fallen") and k + 1 < len(tokens) and tokens[k + 1].low in _FELL_FIRST \
                and _FELL_AS_DEATH.match(" ".join(t.low for t in tokens[k + 1:k + 8])):
            status, end = "killed", k + 2       # "11 of our soldiers fell with honour", "fell in battle"
        elif w == "fell" and j > 0 and ROLES.get(tokens[j - 1].low) == "soldiers" \
                and (k + 1 == len(tokens) or tokens[k + 1].low in (";", ".")
                     or tokens[k + 1].low == "and" and k + 2 < len(tokens) and read_number(tokens, k + 2) is not None):
            status, end = "killed", k + 1       # "six of our soldiers fell and eleven were wounded" (no shell falls so, nor
            #                                     soldiers who "fell and were injured" or "fell while running for cover")
        elif w == "laid" and k + 3 < len(tokens) and tokens[k + 1].low == "down" and tokens[k + 3].low in ("lives", "life"):
            status, end = "killed", k + 4       # "laid down their lives"
        elif k + 2 < len(tokens) and tokens[k + 1].low == "to" and tokens[k + 2].low == "death" \
                and w.startswith(_TO_DEATH_STEMS):
            status, end = "killed", k + 3      # "were stoned to death", "was beaten to death"
        elif w == "sent" and k + 2 < len(tokens) and tokens[k + 1].low == "to" and tokens[k + 2].low == "hell" and saw_be:
            status, end = "killed", k + 3      # "four terrorists were sent to hell" (a Pakistani army idiom)
        elif w in ("burned", "burnt") and k + 1 < len(tokens) and tokens[k + 1].low == "alive":
            status, end = "killed", k + 2      # "was burnt alive"
        elif w in _TO_HOSPITAL_VERBS and k + 2 < len(tokens) and tokens[k + 1].low == "to" and saw_be \
                and (hosp := _hospital_at(tokens, k + 2)) is not None \
                and j > 0 and (tokens[j - 1].low.endswith("s") or tokens[j - 1].low in _PLURAL_HEADS
                               or tokens[j - 1].low[:1].isdigit() or tokens[j - 1].low in UNITS and tokens[j - 1].low != "one"
                               or hosp + 3 < len(tokens) and tokens[hosp + 1].low == "with"
                               and any(t.low in _INJURY_NOUNS for t in tokens[hosp + 2:hosp + 5])
                               and not any(t.low in _BODY_WORDS for t in tokens[max(0, j - 5):j])):
            # (not "The body of a man was taken to hospital with wounds")
            # (one taken there hurt: "His passenger, a woman, was taken to hospital with shrapnel wounds")
            # ("five people were taken to hospital", "were rushed to Mpeketoni Sub-County Hospital",
            # "two were killed and 4 were taken to hospital"; not "he died when he was taken to hospital")
            status, end = "injured", hosp + 1
        elif w in ("admitted", "hospitalised", "hospitalized") and saw_be and k + 2 < len(tokens) and tokens[k + 1].low == "with" \
                and any(t.low in _INJURY_NOUNS for t in tokens[k + 2:k + 5]) and j > 0 \
                and not any(t.low in _BODY_WORDS for t in tokens[max(0, j - 5):j]):
            status, end = "injured", k + 1      # "a man had been admitted with shrapnel wounds"
        elif w in ("airlifted", "evacuated", "flown") and saw_be and k + 1 < len(tokens) and tokens[k + 1].low == "to" \
                and j > 0 and (tokens[j - 1].low.endswith("s") or tokens[j - 1].low in _PLURAL_HEADS) \
                and (care := next((m for m in range(k + 2, min(len(tokens), k + 7))
                                   if tokens[m].low == "for" and m + 1 < len(tokens)
                                   and (tokens[m + 1].low in ("treatment", "surgery") or tokens[m + 1].low == "medical"
                                        and m + 2 < len(tokens) and tokens[m + 2].low in ("treatment", "care", "attention"))),
                                  None)) is not None:
            status, end = "injured", care + 2   # "Two others were airlifted to Nairobi for treatment"
        elif w == "admission" and saw_be and tokens[k - 1].low == "on" and j > 0 \
                and not (k + 1 < len(tokens) and tokens[k + 1].low in ("to", "into", "for", "lists", "list", "at")
                         and not (tokens[k + 1].low == "at" and any(t.low in _HOSPITAL_WORDS for t in tokens[k + 2:k + 6]))) \
                and (tokens[j - 1].low.endswith("s") or tokens[j - 1].low in _PLURAL_HEADS or tokens[j - 1].low[:1].isdigit()):
            status, end = "injured", k + 1      # "Eleven others are still on admission" (in hospital: Nigerian English)
        elif w in ("remain", "remains", "remained") and k + 1 < len(tokens) and tokens[k + 1].low in ("hospitalized", "hospitalised"):
            status, end = "injured", k + 2      # "four other people remain hospitalized with gunshot wounds"
        elif w in ("are", "remain") and k == j and k + 2 < len(tokens) and j > 0 \
                and (tokens[k + 1].low == "in" and tokens[k + 2].low in _HOSPITAL_WORDS
                     or tokens[k + 1].low in ("still", "now") and k + 3 < len(tokens) and tokens[k + 2].low == "in"
                     and tokens[k + 3].low in _HOSPITAL_WORDS) \
                and tokens[j - 1].low in ("people", "others", "persons", "civilians", "children") \
                and not ((after := k + 3 + (tokens[k + 1].low != "in")) < len(tokens)
                         and tokens[after].low in ("when", "to", "as", "where", "with")):
            status, end = "injured", k + 3 + (tokens[k + 1].low != "in")  # "11 people are (still) in hospital" (not "200 patients
            #                                                                   were in hospital when ...")
        elif w in ("sought", "received", "needed", "required", "requested") and k + 2 < len(tokens) \
                and tokens[k + 1].low == "medical" and tokens[k + 2].low in _MEDICAL_AID \
                and not habitual(tokens, k + 3):
            status, end = "injured", k + 3      # "sought medical help", "received medical treatment"
        elif w in ("received", "receiving", "receive", "needed", "needing", "required", "requiring") and k + 1 < len(tokens) \
                and tokens[k + 1].low == "treatment" and j > 0 and (tokens[j - 1].low.endswith("s") or tokens[j - 1].low in _PLURAL_HEADS):
            status, end = "injured", k + 2      # "23 people received treatment at hospitals"

        if status and k > j and tokens[k - 1].low == "the" and w in STATUS_NOUNS:
            break           # "... outside the hospital where the injured were treated": a noun, not their status
        if status == "injured" and k > 0 and tokens[k - 1].low in ("fatally", "mortally"):
            status = "killed"       # "fatally wounded"
        if status == "injured" and (_later_died(tokens, end) or _dead_on_arrival(tokens, end)):
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
                                    "shoot", "shoots", "beaten", "hacked", "burned", "burnt", "neutralised", "neutralized",
                                    "liquidated") and end < len(tokens):
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
        if w == "on" and saw_be and k + 1 < len(tokens) and tokens[k + 1].low in WEEKDAY_NAMES:
            k += 3 if k + 2 < len(tokens) and tokens[k + 2].low in _PART_OF_DAY else 2
            continue        # "Two persons were on Sunday evening shot dead": the day between
        if (w == "on" or w == "still" and k + 1 < len(tokens) and tokens[k + 1].low == "on") and saw_be \
                and k + 2 < len(tokens) and "admission" in (tokens[k + 1].low, tokens[k + 2].low):
            k += 1
            continue        # ("are still on admission")
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
_BODY_WORDS = _BODY_NOUNS | {"body", "corpse"}
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


def _dead_on_arrival(tokens: list[Token], k: int) -> bool:
    """"... sustained gunshot injuries were rushed to the hospital where they were confirmed dead": the
    wounded were dead when they arrived."""
    where = False
    for m in range(k, min(len(tokens), k + 18)):
        w = tokens[m].low
        if w in (".", ";") or read_number(tokens, m):
            return False
        if w == "where" or w == "and" and m + 1 < len(tokens) and tokens[m + 1].low in ("was", "were"):
            where = True    # (or "was shot in the chest and was pronounced dead on arrival"; not "and later a policeman ...")
        elif where and w in ("confirmed", "pronounced", "declared") and m + 1 < len(tokens) and tokens[m + 1].low == "dead":
            return True
    return False


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


_DEAD_GROUPS = {"dead": "killed", "victims": "killed", "killed": "killed", "fatalities": "killed", "deceased": "killed",
                "injured": "injured", "wounded": "injured", "hurt": "injured"}


_INCLUDED = frozenset(("included", "include", "includes"))


def _among_the_dead(tokens: list[Token], k: int) -> str | None:
    """Token k is the verb of "Among the (28) dead were ..." ("among the injured were ..."): the
    list after it counts the dead (the injured); their status, else None."""
    if k >= 2 and tokens[k].low in _INCLUDED and tokens[k - 1].low in _DEAD_GROUPS and tokens[k - 2].low == "the":
        return _DEAD_GROUPS[tokens[k - 1].low]      # "the dead included five children"
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
    if w in ("life", "lives") and i >= 3 and tokens[i - 2].low == "of" and tokens[i - 3].low == "deprived":
        return "killed"     # "deprived of life five persons": a translation's active
    if w in ("ablaze", "alight") and i >= 4 and tokens[i - 2].low == "set" and tokens[i - 3].low == "and" \
            and (i >= 6 and tokens[i - 5].low == "to" and tokens[i - 4].low == "death" or tokens[i - 4].low in KILL_VERBS):
        return "killed"     # "beat to death and set ablaze a trader", "killed and set ablaze two men"
    if w in ("depriving", "deprived", "deprive", "deprives"):
        for m in range(i + 1, min(len(tokens) - 1, i + 7)):
            if tokens[m].low != "of":
                continue
            life = m + 1 if tokens[m + 1].low in ("life", "lives") else m + 2
            if life < len(tokens) and tokens[life].low in ("life", "lives") and not (
                    life + 1 < len(tokens) and (tokens[life + 1].low in _LIFE_NOUNS or tokens[life + 1].low == "support")):
                return "killed"     # "depriving four men of their lives" (not "of their life savings", "of life support")
            break
    if (w == "lost" or w == "losing" and losing_troops(tokens, i - 1)) and i >= 2 and tokens[i - 2].low not in _BE and not own:
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
            and tokens[i - 3].low in ("tried", "attempted", "failed", "planned", "threatened", "wanted", "sought", "trying",
                                      "attempting", "attempt", "attempts", "try", "tries", "plot", "plan", "plans", "bid"):
        return None     # "he tried to kill the policeman": no one killed
    if w == "death" and i >= 3 and tokens[i - 2].low == "to" and tokens[i - 3].low.startswith(_TO_DEATH_STEMS):
        return "killed"     # "burned to death 15 civilians"
    if i >= 2 and tokens[i - 2].low in ("fatally", "mortally") and (w in INJURE_VERBS or w in ("shot", "shooting", "shooting")):
        return "killed"     # "fatally stabbing a police officer", "mortally wounding two guards"
    if w in KILL_VERBS:
        return "killed"
    if w in INJURE_VERBS:
        return "injured"
    if w in ("treated", "treating", "hospitalised", "hospitalized") and i >= 2 and (tokens[i - 2].low not in _BE or w == "treating"):
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


SUFFER_VERBS = frozenset(("sustained", "suffered", "received", "escaped", "got"))
def habitual(tokens: list[Token], k: int) -> bool:
    """Tokens from k tell a routine, not a day's: "(received medical care) there every week", "each year"."""
    for m in range(k, min(len(tokens) - 1, k + 5)):
        if tokens[m].low in ("every", "each", "per", "a") and tokens[m + 1].low in ("day", "week", "month", "year"):
            return True
    return k < len(tokens) and tokens[k].low in ("daily", "weekly", "monthly", "annually", "routinely")


# Those an army loses ("losing three soldiers"; not "losing two sons in the war", "losing several armoured vehicles")
_TROOPS = frozenset("soldiers troops men personnel fighters officers servicemen policemen police guards militants commandos marines "
                    "paratroopers sailors airmen gendarmes jawans members rebels insurgents militiamen volunteers soldier officer "
                    "colonel colonels sergeant sergeants captain captains lieutenant lieutenants major majors general generals "
                    "commander commanders pilot pilots crew constable constables inspector sub-inspector inspectors comrades forces "
                    "guardsmen rangers troopers".split())


def losing_troops(tokens: list, k: int) -> bool:
    """"losing" at token k names its own side's dead: a count of troops follows within a few words."""
    return any(t.low in _TROOPS for t in tokens[k + 1:k + 7])


# nouns that make "life" an adjective: "lost his life savings", "gave her life story"
_LIFE_NOUNS = frozenset("savings story stories work insurance partner companion possessions belongings property earnings "
                        "dream dreams plans ambitions goals".split())     # ... an injury, a wound


def _suffered(tokens: list[Token], k: int) -> tuple[str | None, int]:
    """"sustained serious injuries", "suffered fatal wounds": the status after a verb of suffering."""
    for m in range(k + 1, min(len(tokens), k + 6)):
        w = tokens[m].low
        if tokens[k].low == "escaped" and m == k + 1:
            if w != "with":
                break   # "escaped with minor injuries" (not "escaped unhurt", "escaped the attack")
            continue
        if w == "no" and m == k + 1:
            break       # "sustained no injuries" (but "sustained only minor injuries")
        if w in _INJURY_NOUNS:
            fatal = any(tokens[x].low in ("fatal", "mortal", "deadly") for x in range(k + 1, m))
            return ("killed" if fatal else "injured"), m + 1
        if not w.isalpha() and w != "-" or w in _FUNCTION and w not in ("to", "of"):
            break       # ("received various degrees of injuries")
    return None, k


# Words between "was" and the status that deny it: "was nearly killed", "was not hurt".
_DENIED = frozenset("not nearly almost never narrowly".split())

_BODY_FOUND = frozenset("found recovered discovered dumped retrieved pulled exhumed unearthed".split())


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
