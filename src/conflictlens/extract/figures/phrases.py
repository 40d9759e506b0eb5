"""The noun phrase a number counts, and singular or named victims after a verb."""
from __future__ import annotations

from conflictlens.extract import countries
from conflictlens.extract.actors import find_group
from conflictlens.extract.figures.lexicon import (
    INJURED_AFTER, INJURE_VERBS, KILLED_AFTER, KILL_VERBS, OCCUPANTS_DETERMINERS, ROLES, STATUS_NOUNS, UNITS_OR_TENS,
    VEHICLE_OCCUPANTS, VEHICLES, _AFTER_BARE, _BE,
    _CALENDAR, _DETERMINERS, _FUNCTION, _INJURY_NOUNS, _KILL_PHRASES, _NAME_STOP, _NOT_CASUALTY_VERBS, _NOT_PERSON,
    _PLACE_NOUNS, _SAID, _SAYING, _SEVERITY, _SKIP_BETWEEN, _TITLES)
from conflictlens.extract.figures.status import _DENIED, _PLURAL_HEADS, _status_after, _suffered, _verb_before
from conflictlens.text.numbers import UNITS, ordinal_end, read_number
from conflictlens.text.tokens import Token

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
        if t.low == "service" and k + 1 < len(tokens) and tokens[k + 1].low in ("member", "members", "personnel"):
            return "soldiers", k + 2    # "an ISAF service member", "two service members"
        if t.low in VEHICLES and k + 1 < len(tokens) and tokens[k + 1].low in ("carrying", "transporting", "with", "full"):
            return None, j      # "a minibus carrying provincial education staff": a vehicle, its people uncounted
        if t.low == "other" and k + 1 < len(tokens) and tokens[k + 1].text[0].isalpha() and tokens[k + 1].low not in _FUNCTION \
                and tokens[k + 1].low not in KILLED_AFTER and tokens[k + 1].low not in INJURED_AFTER:
            k += 1          # "two other soldiers", "two other vehicles": the noun comes next
            continue
        if t.low in VEHICLE_OCCUPANTS and k == j and j > 0 and (tokens[j - 1].low == "both"
                                                                or j > 1 and tokens[j - 2].low in OCCUPANTS_DETERMINERS) \
                and not (k + 1 < len(tokens) and tokens[k + 1].text in ("'", "’", "who")) \
                and any(x.low in VEHICLES for x in tokens):
            return "people", k + 1      # "hit a car ... killed the two occupants", "its three occupants were wounded"
        if t.low in ROLES:
            if t.low == "minor" and k + 1 < len(tokens) and tokens[k + 1].low in _INJURY_NOUNS:
                return None, j      # "one minor injury": no child
            role = ROLES[t.low]
            if k + 1 < len(tokens) and tokens[k + 1].low in _PLACE_NOUNS and ROLES[t.low] == "soldiers" and not t.low.endswith("s"):
                return None, j      # "two police stations", "three army posts": not people
            if t.low == "security" and k + 1 < len(tokens) and tokens[k + 1].low in ("guard", "guards"):
                return "people", k + 2      # "a security guard was killed": a watchman, no soldier
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
            elif role == "people" and tokens[k].low in _GROUP_MEMBERS and _state_force_named(tokens, k) \
                    and tokens[k - 1].low not in ("former", "retired", "ex"):
                role = "soldiers"   # "two members of the IRGC", "members of the Revolutionary Guards"
            return role, k + 1
        if t.is_cap and k == j and k + 1 < len(tokens) and (tokens[k + 1].low == "and" or tokens[k + 1].text in ",–—)") \
                and not t.text.endswith("s"):
            hit = countries.lookup(t.text)
            if hit and hit[2] == "adjective":
                return "people", k + 1      # "two Israeli and three foreign workers": the adjective stands for people
        if t.is_cap and t.text.endswith("s") and len(t.text) > 4:
            hit = countries.lookup(t.text[:-1])
            if hit and hit[2] == "adjective":   # "seven Afghans", "two Israelis"
                if k + 1 < len(tokens) and tokens[k + 1].low in ROLES:
                    k += 1      # "two Ukrainians soldiers": a slip for the adjective
                    continue
                return "people", k + 1
        if t.low in STATUS_NOUNS or t.low in KILL_VERBS or t.low in INJURE_VERBS:
            return None, k
        if t.low.endswith("s") and not t.is_cap and len(t.low) > 5 and _person_noun(t.low[:-1]) and t.low[:-1] not in ROLES \
                and t.low not in _NOT_PERSON:
            return "people", k + 1      # "four technicians", "two raiders": a trade by its ending, plural
        if _abbrev_dot(tokens, k):
            k += 1          # "U.S.", "U.N."
            continue
        if t.text == "(" and k > j and k + 2 < len(tokens) and tokens[k + 2].text == ")":
            k += 3          # "Rapid Action Force (RAF) jawans"
            continue
        if t.text == "/" and k > j and tokens[k - 1].is_cap and k + 1 < len(tokens) and tokens[k + 1].is_cap:
            k += 1          # "12 Boko Haram/ISWAP terrorists": two names for one group
            continue
        if not t.text[0].isalpha() and t.text not in "-":
            return None, j
        if t.low in ("were", "was") and k > j and tokens[j].is_cap and _status_after(tokens, k)[0] is not None \
                and all(x.is_cap or x.low in ("of", "to", "the", "for") for x in tokens[j:k]):
            return "people", k      # "Seven African Union Mission to Somalia were killed": named by their body
        if t.low in _SAID or t.low in ("the", "a", "an") and k > j:
            return None, j      # "two witnesses said the boy ...": the noun is no further on
        if t.low == "of" and k == j and k + 2 < len(tokens):
            m = k + 1
            while m < len(tokens) and m - k <= 3 and tokens[m].low in ("one", "a", "the", "same", "single", "an", "entire",
                                                                       "his", "her", "their", "extended"):
                m += 1
            if m > k + 1 and m < len(tokens) and tokens[m].low in _KIN_GROUPS:
                if m + 1 < len(tokens) and tokens[m + 1].low in ("members", "member"):
                    m += 1      # "two of his family members"
                return "people", m + 1      # "kills 11 of one family", "seven of the same family"
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


# what a leader leads when no armed group: "a community leader", "a religious leader" (not "local" or "district":
# "a local leader of the Islamic State")
_CIVIC_HEADS = frozenset("community social village youth religious traditional tribal clan party political civic "
                         "union student students farmers women's indigenous peasant church mosque muslim christian "
                         "civil neighbourhood neighborhood municipal market business".split())
# ... or by what follows: "a local leader of the governing party", "a leader of the village council"
_CIVIC_BODIES = frozenset("party council community union association organisation organization committee movement church "
                          "mosque village tribe clan congregation cooperative federation".split())
_GROUP_MEMBERS = frozenset("members member supporters loyalists cadres cadre followers operatives".split())


def _armed_group_named(tokens: list[Token], j: int, k: int) -> bool:
    """An armed group named before the head (j..k) or in its "of" phrase after it."""
    end = k + 1
    if end < len(tokens) and tokens[end].low == "of":
        end = min(len(tokens), end + 5)
    words = " ".join(t.text for t in tokens[j:end] if t.low != tokens[k].low)
    return bool(words) and (find_group(words) is not None or any(t.low in _ARMED_KINDS for t in tokens[j:end]))


def _state_force_named(tokens: list[Token], k: int) -> bool:
    """A state's armed service in the "of" phrase after a member noun ("members of the IRGC", "of the
    Iraqi security forces", "of the District Reserve Guard"; not "of an army officer's family", "of the
    Arakan Army", "of the Forces of Freedom and Change")."""
    if k + 1 >= len(tokens) or tokens[k + 1].low != "of":
        return False
    m = k + 2
    if m < len(tokens) and tokens[m].low == "the":
        m += 1
    named = False       # a proper name before the force ("the Arakan Army"): a state's only if a country's
    for _ in range(4):
        if m >= len(tokens):
            return False
        t = tokens[m]
        if t.low in _STATE_FORCE_WORDS and not (m + 1 < len(tokens) and tokens[m + 1].low in _STATE_FORCE_WORDS):
            after = tokens[m + 1].low if m + 1 < len(tokens) else ""    # (the last of "military forces")
            if t.low == "army" and named:
                return False    # "the Arakan Army", "the Free Syrian Army": a rebel army's name
            if after in ("of", "for"):
                return m + 2 < len(tokens) and (countries.lookup(tokens[m + 2].text) or ("", "", ""))[2] == "name"
            nxt = tokens[m + 1] if m + 1 < len(tokens) else None
            nxt2 = tokens[m + 2].low if m + 2 < len(tokens) else ""
            return nxt is None or not nxt.text[:1].isalpha() or after in _AFTER_FORCE or after in _FORCE_UNITS \
                or nxt2 in _FORCE_UNITS     # ("... were killed", "the IRGC in ...", "the Guards Corps", "the army patrol",
            #                                 "the police bomb squad")
        country = t.text[:-2] if t.low.endswith(("'s", "’s")) else t.text
        kind = (countries.lookup(country) or ("", "", ""))[2] if t.is_cap else ""
        if t.low in _FORCE_MODIFIERS or t.low in _STATE_FORCE_WORDS or kind == "adjective" or kind == "name" and country != t.text \
                or t.is_cap and t.low.endswith(("ian", "ean", "ese", "ine")):
            pass        # ("the Iraqi police", "Yemen's Republican Guard", "the national police", "the Chilean army")
        elif t.is_cap and t.text.isalpha():
            named = True
        else:
            return False
        m += 1
    return False


# a state's armed services by name ("members of the IRGC", "of the security forces", "of the National Guard")
_STATE_FORCE_WORDS = frozenset("irgc basij army police gendarmerie military guard guards forces navy".split())
# what may stand between "members of the" and the force ("the Iraqi security forces", "the Afghan National Army")
_FORCE_MODIFIERS = frozenset("security armed national federal state government regular special border local elite revolutionary "
                             "republican presidential public popular uprising east west north south eastern western "
                             "northern southern".split())
# ... and what may follow it (not a noun it is the modifier of: "an army officer's family", "the police
# reform commission", "the Army Public School's staff")
_AFTER_FORCE = frozenset("were was are is and who in on at near during killed died wounded injured had have has today "
                         "yesterday said as when while after with by from".split())
_FORCE_UNITS = frozenset("corps command division brigade regiment battalion unit units force patrol patrols escort convoy squad "
                         "detachment contingent service post station garrison".split())
# kinds of armed group a member belongs to ("militia members", "members of a gang"); not "the armed forces"
_ARMED_KINDS = frozenset("militia militias gang gangs cartel cartels rebel rebels insurgent insurgents terrorist terrorists "
                         "jihadist jihadists guerrilla guerrillas separatist separatists bandit bandits".split())


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


_VERB_FORMS = frozenset("lost gave fell bled sustained suffered received succumbed remain remains alive paid laid made "
                         "embraced attained ascended sacrificed".split())


def _plain_noun(t: Token) -> bool:
    """A lower-case word that can head a noun phrase (not a verb form, not a function word)."""
    w = t.low
    return (w.isalpha() and t.text[0].islower() and w not in _FUNCTION and w not in KILLED_AFTER and w not in _VERB_FORMS
            and w not in _SAID and w not in ("the", "a", "an") and w not in INJURED_AFTER and w not in KILL_VERBS and not w.endswith(("ed", "ing", "ly")))


_COLLECTIVE = frozenset({"taliban"})
# Plurals with no -s: "the children were killed", "the people were shot" are not one person.
_PLURAL_WITHOUT_S = frozenset({"people", "children", "personnel", "staff", "folk", "kids"})


_KIN = frozenset("wife husband son daughter mother father brother sister grandson granddaughter grandmother grandfather "
                 "nephew niece uncle aunt cousin child baby fiance fiancee".split())


def _bare_kin_after_and(tokens: list[Token], i: int) -> tuple[int, str, int] | None:
    """A kinship noun with no determiner of its own after "and" and another one that has one
    ("his wife and son", "their 43-year-old mother and 17-year-old daughter")."""
    k = i + 1 if tokens[i].low.endswith("-old") else i
    if k >= len(tokens) or tokens[k].low not in _KIN:
        return None
    m = i - 2
    if m >= 0 and tokens[m].low not in _KIN:
        return None
    while m > 0 and i - m <= 4 and tokens[m - 1].low not in _DETERMINERS:
        m -= 1
    if m > 0 and tokens[m - 1].low in _DETERMINERS and tokens[m - 1].low not in ("a", "an", "the"):
        return i, ROLES.get(tokens[k].low, "people"), k + 1
    return None


_BODY_PARTS = frozenset("head heads leg legs arm arms chest face hand hands back neck stomach abdomen eye eyes foot feet "
                        "shoulder shoulders body limb limbs thigh thighs knee knees hip ear ears jaw skull spine".split())
_BODY_SIDES = frozenset("lower upper left right both".split())
_MEDIA_NOUNS = frozenset("agency news television tv radio media press channel newspaper daily broadcaster".split())


def names_a_medium(tokens: list[Token], i: int) -> bool:
    """A news medium's name follows token i ("the National News Agency", "the official news agency")."""
    return any(tokens[m].low in _MEDIA_NOUNS for m in range(i + 1, min(len(tokens), i + 5)))


def _minor_age(word: str) -> bool:
    """"10-year-old", "six-month-old": an age under 18."""
    head, _, unit = word.partition("-")
    if not unit.startswith("year"):
        return True     # months, weeks, days old
    value = int(head) if head.isdigit() else UNITS.get(head)
    return value is not None and value < 18


def _singular_at(tokens: list[Token], i: int) -> tuple[int, str, int] | None:
    """"a soldier", "an eight-year-old child", "the bomber", a bare "serviceman": one person."""
    n = len(tokens)
    t = tokens[i]
    if i >= 2 and tokens[i - 1].low == "and" and t.low not in _DETERMINERS and t.low not in ("a", "an", "the", "one"):
        kin = _bare_kin_after_and(tokens, i)
        if kin is not None:
            return kin      # "his wife and son were injured": the second shares the first's "his"
    if t.low in ("a", "an", "one", "the", "another") or t.low in _DETERMINERS:
        if i + 1 < n and tokens[i + 1].low == "same":
            return None     # "wounded the same soldier": someone counted already
        if i + 1 < n and tokens[i + 1].is_cap and names_a_medium(tokens, i):
            return None     # "the National News Agency reported": a medium, no one hurt
        if i + 1 < n and t.low in ("his", "her", "their", "its") and (
                tokens[i + 1].low in _BODY_PARTS
                or i + 2 < n and tokens[i + 1].low in _BODY_SIDES and tokens[i + 2].low in _BODY_PARTS):
            return None     # "sustained injuries to his head", "to his lower limbs": a wound, no one more
        k = i + 1
        skipped = 0
        young = False
        reach = 5 if t.low in ("a", "an") else 4      # "a female red cross aid worker"
        while k < n and k - i - skipped <= reach:
            w = tokens[k].low
            if tokens[k].is_cap and k > i + 1 and k + 1 < n and tokens[k + 1].is_cap and tokens[k + 1].text[0].isalpha():
                k += 1
                skipped += 1    # "the Afghan National Army", "a Police Force trooper": part of a name
                continue
            if w == "minor" and k + 1 < n and tokens[k + 1].low in _INJURY_NOUNS:
                return None     # "caused minor injuries": no child
            if w in VEHICLES and k + 1 < n and tokens[k + 1].low in ("carrying", "transporting", "full"):
                return None     # "a minibus carrying provincial education staff": a vehicle, its people uncounted
            if w == "official" and names_a_medium(tokens, k):
                return None     # "the official National News Agency reported": a medium, no one hurt
            if w in ("injured", "wounded") and k == i + 1 and t.low == "the" and k + 1 < n and tokens[k + 1].low in ROLES:
                k += 1          # "the injured man later died": the one hurt, told again (its status follows)
                continue
            if w in ("local", "national") and k + 1 < n and tokens[k + 1].text.isalpha() and tokens[k + 1].text.islower() \
                    and tokens[k + 1].low not in _FUNCTION and tokens[k + 1].low not in KILLED_AFTER \
                    and tokens[k + 1].low not in INJURED_AFTER and tokens[k + 1].low not in _SAYING:
                k += 1          # "a local tribal chief", "a national guard officer": an adjective here
                continue
            if w in ROLES and not w.endswith("s") and not (w.endswith("men") and t.low not in ("a", "an", "another")) \
                    and w not in _COLLECTIVE \
                    and not (w in _PLURAL_WITHOUT_S and t.low not in ("a", "an", "one", "another")
                             and not (k + 1 < n and tokens[k + 1].low in ("was", "is", "has"))) or w in ("person", "man", "woman", "police", "army", "security") \
                    or (t.low in ("a", "an") or t.low in _DETERMINERS) and w not in ROLES and _person_noun(w) and w not in _NOT_PERSON \
                    and w not in _PLACE_NOUNS \
                    and (k + 1 < n and (tokens[k + 1].low in _BE or tokens[k + 1].low in KILLED_AFTER or tokens[k + 1].low == "and"
                                        or tokens[k + 1].low == "aged" and (past_ages := skip_ages(tokens, k + 1)) < n
                                        and tokens[past_ages].low in _BE)
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
                        if tokens[k - 1].low == "security" and w == "guard":
                            w = "watchman"  # "a security guard": a watchman, no soldier
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
                if role == "attackers" and w == "leader" and (
                        tokens[k - 1].low in _CIVIC_HEADS and not (k + 1 < n and tokens[k + 1].low == "of"
                                                                   and _armed_group_named(tokens, k, k))
                        or k + 1 < n and tokens[k + 1].low == "of"
                        and any(t.low in _CIVIC_BODIES for t in tokens[k + 2:k + 9])):
                    role = "people"     # "a community leader", "a social leader" (not "a rebel leader", "a gang leader",
                    #                     "a local leader of the Islamic State")
                while after < n and (tokens[after].low in ROLES and not tokens[after].low.endswith("s")):
                    after += 1      # "a gendarme officer"
                if after < n and (tokens[after].low in _PLACE_NOUNS or tokens[after].low in _NOT_PERSON):
                    return None     # "a ranger post", "a police vehicle": the role names a thing
                if after < n and tokens[after].low in ("were", "are", "have") and i > 0 \
                        and tokens[i - 1].low in ("of", "for", "with", "from", "near", "at", "to"):
                    return None     # "ten supporters of the cleric were killed": the verb is the plural's
                if t.low in ("a", "an") and after < n and tokens[after].low == "of" and i > 0 and tokens[i - 1].text == ",":
                    return None     # "18 rebels of the Front, a member of the Army": apposition
                if t.low == "the" and _status_after(tokens, after, 4)[0] is None and not _verb_before(tokens, i) \
                        and not (after < n and tokens[after].low in ("sustained", "suffered") and _suffered(tokens, after)[0]) and (
                        after >= n or tokens[after].text != "," or _apposition_end(tokens, after) is None) and (
                        not _continues_list(tokens, i) or after < n and tokens[after].low in _SAYING):
                    return None
                if young and role == "people":
                    role = "children"   # "his 10-year-old grandson": a child, by his age
                return i, role, after
            if w.endswith(_AGE_ENDINGS):
                young = _minor_age(w)
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
                    and tokens[k - 1].low not in _NOT_ONE_PERSON \
                    and not (i > 0 and tokens[i - 1].low in _HANDLING):
                # (not the thing a person was doing something with: "A man riding a bicycle was killed")
                # "An Assam Rifle trooper was killed": whoever "was killed" is a person
                st, _ = _status_after(tokens, k, 3)
                return (i, "people", k) if st else None
            if w in ("and", "or", "of", "in", "on", "at", "who", "was", "were", "by"):
                return None
            k += 1
        return None
    if t.low in ROLES and not t.low.endswith(("s", "men")) and t.low not in _COLLECTIVE and t.low not in _PLURAL_WITHOUT_S and (
            i == 0 or i <= 2 and all(tk.is_cap for tk in tokens[:i]) or tokens[i - 1].text in _HEADLINE_PARTS):
        # A headline drops its article: "Soldier killed near Avdiivka", "Elderly woman killed by
        # shelling", "Italian journalist killed in the east", "Drone hits car | Driver killed". A generic noun
        # ("woman") only with its status right after it (or an age between: "Man, 64, killed by artillery").
        after = i + 1
        if after + 2 < len(tokens) and tokens[after].text == "," and tokens[after + 1].text.isdigit() \
                and tokens[after + 2].text == ",":
            after += 3
        st, _ = _status_after(tokens, after, 2 if ROLES[t.low] != "people" else 1)
        if st:
            return i, ROLES[t.low], i + 1
    return None


_HEADLINE_PARTS = frozenset(("|", ":", "—", "–", ";"))     # what opens a part of a headline or an alert string
_NP_STOP = frozenset(
    "in on at and or who whom whose which that while near outside inside as by with during after for from of "
    "when before because since but into onto over under along across called named identified".split())
# Nouns of a person's trade or kind by their ending ("a blogger", "a shopkeeper", "an activist",
# "a technician"), less the common words with those endings that name no one.
_PERSON_ENDINGS = ("er", "or", "ist", "ian", "man", "woman")
_PERSON_WORDS = frozenset("pilot shepherd nurse nun bishop rabbi mullah chief elder guide victim chef cook aide deputy secretary "
                          "commandant".split())
_NOT_PERSON_ENDING = frozenset(
    "number order border water power corner center centre tower paper quarter shelter container computer "
    "helicopter carrier launcher tanker trailer motor sector monitor reactor factor floor door color colour "
    "error terror manner matter letter chapter cluster register river other another either neither whether "
    "further rather later after over under never ever cover summer winter october november september december "
    "transfer interior exterior mirror horror dinner poster banner barrier charter scooter bulldozer excavator "
    "tractor freighter steamer trawler cruiser destroyer transporter generator detector elevator calendar "
    "encounter quarter headquarter chamber counter theater theatre".split())



def _person_noun(w: str) -> bool:
    """A noun that names one person: a role, a title, or a trade by its ending."""
    return w in ROLES or w in _TITLES or w in _PERSON_WORDS or w.endswith(_PERSON_ENDINGS) and w.isalpha() and len(w) > 4 \
        and w not in _NOT_PERSON_ENDING


_NAME_KILL = frozenset(
    "killing killed kill kills assassinated assassinating assassinate assassinates murdering murdered murder murders "
    "executing executed execute executes slaying slew beheading beheaded behead beheads massacring massacred "
    "injuring injured wounding wounded".split())


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


# Singular heads that are no one person: "the convoy was ambushed", "a family was killed" (how many?).
_NOT_ONE_PERSON = frozenset(
    "family group convoy crew unit team patrol squad bus vehicle car truck plane aircraft helicopter "
    "bicycle motorcycle motorbike minibus pickup tractor cart scooter "
    "building house home village town city area district province region country community couple "
    "number total majority dozen handful force army police government military company battalion "
    "platoon brigade mob crowd train ship boat tank base camp checkpoint post station office school "
    "mosque church market attack bombing explosion blast bomb device operation raid it this that "
    "there one each every neither none nobody no no-one noone everyone everybody anyone anybody nothing "
    "some many several both all most committee council movement party organisation organization association "
    "union agency ministry department court parliament assembly process deal project programme program plan".split())


# what a person was doing with a thing ("A man riding a bicycle was killed"): the thing is no one
_HANDLING = frozenset("riding driving pushing pulling carrying towing repairing fixing loading unloading herding ploughing "
                      "plowing".split())


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


def skip_ages(tokens: list[Token], k: int) -> int:
    """Past "aged 54 and 61" (or ", aged 30 and 45,", "born in 1968") after a head noun, to what follows it."""
    n = len(tokens)
    m = k + 1 if k < n and tokens[k].text == "," else k
    born_in = m + 2 < n and tokens[m].low == "born" and tokens[m + 1].low == "in" and tokens[m + 2].low[:1].isdigit()
    if born_in:
        m += 1      # "born in 1968": the year is read as an age is
    between = m + 2 < n and tokens[m].low in ("aged", "ages") and tokens[m + 1].low == "between"    # "aged between 20 and 35"
    if m + 1 + between < n and (tokens[m].low in ("aged", "ages", "born") or born_in) and tokens[m + 1 + between].low[:1].isdigit():
        m += 2 + between
        while m + 1 < n and tokens[m].low in ("and", ",", "&", "to") and tokens[m + 1].low[:1].isdigit():
            m += 2      # ("aged 54 and 61", "aged 39 to 72")
        if m < n and tokens[m].text == "," and k < n and tokens[k].text == ",":
            m += 1
        return m
    # "in his 40s", "in their early 30s", "in her mid-60s": a decade of age
    if m + 3 < n and tokens[m].low == "in" and tokens[m + 1].low in ("his", "her", "their"):
        d = m + 2 + (tokens[m + 2].low in ("early", "mid", "late", "mid-"))
        if d + 1 < n and tokens[d].low[:1].isdigit() and tokens[d + 1].low == "s" and tokens[d + 1].start == tokens[d].end:
            return d + 2
    return k


_SAID_TO_BE = frozenset(("suspected", "accused", "alleged", "believed", "thought"))


def said_to_be(tokens: list[Token], k: int, stop: int) -> bool:
    """Token k opens what someone was said to be or to have done ("suspected of stealing a goat", "believed to be
    pregnant"), up to `stop`, naming no one of its own (not "suspected of assisting in the arrest of an Abu Sayyaf
    member", who may be the one hurt): words about a counted person, no clause of their own."""
    return tokens[k].low in _SAID_TO_BE and k + 1 < stop and tokens[k + 1].low in ("of", "to") \
        and not any(tokens[m].low in ("a", "an", "the") and tokens[m + 1].is_cap for m in range(k + 2, stop - 1))


_PARTICIPLES = frozenset("caught held stuck trapped buried gathered queued queuing sheltered stationed deployed".split())


def _skip_parenthetical(tokens: list[Token], k: int) -> int:
    """Past ", including two women," or ", seven police officers and a driver," to the verb."""
    n = len(tokens)
    k = skip_ages(tokens, k)
    if k + 2 < n and tokens[k].text == "," and tokens[k + 1].low in ("having", "being", "despite", "after", "while"):
        # "two soldiers, having fought gallantly, embraced shahadat": past the participle phrase
        close = next((m for m in range(k + 2, min(n, k + 10)) if tokens[m].text in ",;."), None)
        if close is not None and tokens[close].text == "," and close + 1 < n:
            return close + 1
    if k + 2 < n and tokens[k].text in ",(" and tokens[k + 1].low == "not" and read_number(tokens, k + 2):
        closer = "," if tokens[k].text == "," else ")"
        close = next((m for m in range(k + 3, min(n, k + 14)) if tokens[m].text == closer), None)
        if close is not None:
            return close + 1    # "Five people, not 12 as reported earlier, were killed" / "(not 12, as ...)": a correction
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
    if k + 2 < n and tokens[k].low == "including":
        # "Four (4) persons including the bomber lost their lives": an aside with no commas, up to the verb
        for m in range(k + 2, min(n, k + 10)):
            if tokens[m].low in _BE and tokens[m].low not in ("be", "been", "being") \
                    or tokens[m].low in ("lost", "died", "sustained", "suffered", "succumbed", "perished"):
                return m    # (not "including a woman suspected to be an informer were killed": "be" is not the verb)
            if not tokens[m].text[:1].isalnum():
                break
    if k + 1 < n and tokens[k].text in ",(–—" and (tokens[k + 1].low in ("including", "among", "mostly", "most", "many", "all", "mainly", "of", "who") or read_number(tokens, k + 1)):
        listing = tokens[k + 1].low in ("including", "among")
        for m in range(k + 2, min(n, k + 22 if listing else k + 16)):
            if tokens[m].low in ("were", "was", "had", "have", "are", "is", "has") and listing:
                return m
            if tokens[m].text in ",)–—":
                if listing and tokens[m].text == "," and m + 1 < n and tokens[m + 1].low not in _BE \
                        and tokens[m + 1].low not in KILLED_AFTER and tokens[m + 1].low not in INJURED_AFTER \
                        and tokens[m + 1].low not in _SKIP_BETWEEN and tokens[m + 1].low not in ("sustained", "suffered", "received"):
                    continue    # ", including two Pakistanis, an Indian and a Sudanese, were injured"
                return m + 1
    if k + 1 < n and tokens[k].text == ",":
        app = _apposition_end(tokens, k)
        if app is not None:
            return app      # "Two people, a councillor and his companion, were killed"
    if k < n and (tokens[k].low in _NP_PREPS and k + 1 < n and (tokens[k + 1].low in ("the", "one", "a", "an", "same", "board", "patrol", "duty", "guard", "foot") or tokens[k + 1].is_cap
                                                                or tokens[k + 1].low in _COMPASS and k + 2 < n and tokens[k + 2].is_cap
                                                                or tokens[k].low == "of" and tokens[k + 1].text[0].isalpha()
                                                                or _counted_group(tokens, k + 1))
                  or tokens[k].low == "including" and k + 1 < n and tokens[k + 1].low in ("a", "an", "the", "his", "her", "their")
                  or tokens[k].low == "being" and k + 2 < n and tokens[k + 1].low.endswith("ed") and tokens[k + 2].low in ("in", "at", "by")
                  or (tokens[k].low.endswith(("ed", "ing")) or tokens[k].low in _PARTICIPLES) and k + 1 < n
                  and tokens[k + 1].low in ("by", "to", "from", "in", "with")
                  and tokens[k].low not in KILLED_AFTER     # ("died from her injuries" is the status itself)
                  or said_to_be(tokens, k, min(n, k + 18))     # "two men suspected of stealing a goat were lynched"
                  or (tokens[k].low.endswith("ing") or tokens[k].low in _PARTICIPLES) and k + 1 < n
                  and tokens[k + 1].low in ("inside", "near", "outside", "on", "at", "under", "along")
                  # "two civilians caught in the crossfire also died", "three farmers working near the dam"
                  # (not "an attacker arrived at a tram stop and shot": a verb of its own)
                  or _participle_or_relative(tokens, k)):
        # "seven members of the Afghan National Army were killed", "soldiers backed by the UAE were killed",
        # "two guards manning the gate were killed", "a driver who worked for the company was killed"
        depth = 0
        first = k + 1
        if tokens[k].low in ("who", "that") and k + 2 < n and (tokens[k + 2].low in _NOT_CASUALTY_VERBS
                                                               or _relative_be(tokens, k + 1)):
            first = k + 3   # the relative clause's own verb ("who were kidnapped", "who was guarding") is not the status
        elif tokens[k].low == "being":
            first = k + 2   # "patients being treated at a hospital ... were killed": "treated" is no status
        for m in range(first, min(n, k + 18)):
            w = tokens[m].text
            if tokens[m].low in ("while", "whereas", "but", "although", "though", "where"):
                return k        # "3 others accompanying him while others were hurt": a clause of its own
                # ("300 people outside the hospital where the injured were treated": the injured are others)
            if w == "," and m + 1 < n and tokens[m + 1].low in ("including", "among") and m > k + 1:
                past = _skip_parenthetical(tokens, m)
                # "Three members of the group, including a leader, were killed": the phrase, then the aside
                return past if past > m and past < n and tokens[past].low in _BE else k
            depth += (w == "(") - (w == ")")
            if _relative_be(tokens, m):
                continue    # "Four passengers of a minibus that was next to it were injured": the clause's own "was"
            if depth == 0 and (tokens[m].low in _BE or tokens[m].low in KILLED_AFTER or tokens[m].low in INJURED_AFTER) \
                    and not (tokens[m].low in ("be", "been", "being") and tokens[k].low == "including") \
                    and tokens[m - 1].low not in ("no", "the", "a", "an", "his", "her", "their", "its"):
                # ("a guard who suffered no injuries raised the alarm"; "two relatives of the slain man": an adjective of another)
                return m    # ("including a woman suspected to be an informer were killed": "be" is not the verb)
            if depth == 0 and w == "," and m + 1 < n and tokens[m + 1].low in ("were", "was") and _status_after(tokens, m + 1, 4)[0]:
                return m + 1    # "5 members of the US-backed forces, were killed"
            if depth == 0 and w == "," and m > first and (app := _apposition_end(tokens, m)) is not None:
                return app      # "34 members of the VDP, a militia that fights beside the army, were killed"
            if w.isdigit() and ordinal_end(tokens, m + 1):
                continue    # "of the 14th brigade": an ordinal inside the phrase
            if depth == 0 and tokens[m].low == "lost" and m + 2 < n and tokens[m + 1].low in ("their", "his", "her") \
                    and tokens[m + 2].low in ("lives", "life"):
                return m    # "Two drivers employed by a contractor lost their lives"
            if tokens[m].low in ("a", "an") and m > first and tokens[m - 1].low in _PHRASE_PREPS:
                continue    # ("employed by a contractor", "assigned to a patrol": an article inside the phrase, no count)
            if depth == 0 and not w[0].isalpha() and w not in "()-" or read_number(tokens, m) and not _counted_group(tokens, m):
                return k    # (but "seven people from one family were wounded": the family is no count)
    if k < n and tokens[k].low in ("including", "among"):
        for m in range(k + 1, min(n, k + 12)):
            if tokens[m].low in ("were", "was", "had", "have"):
                return m
    return k


_PHRASE_PREPS = frozenset("by to for with from at in on of near inside outside".split())
# Groups a count of people comes from ("five members of one family", "children from two households").
_KIN_GROUPS = frozenset("family families household households clan clans tribe tribes".split())


def _counted_group(tokens: list[Token], k: int) -> bool:
    """A number at k counts families, not people ("from two families")."""
    num = read_number(tokens, k)
    return num is not None and num.end < len(tokens) and tokens[num.end].low in _KIN_GROUPS


_NP_PREPS = frozenset("of from at in on aboard inside near outside".split())
_COMPASS = frozenset("north south east west northern southern eastern western central northeastern northwestern "
                     "southeastern southwestern north-eastern north-western south-eastern south-western".split())


def _apposition_end(tokens: list[Token], k: int) -> int | None:
    """Token k is the comma that opens an apposition ("Two tourists, a Malaysian and a Thai,
    were killed"); the index of the verb after its closing comma, when a status follows it."""
    n = len(tokens)
    aged = False
    q = k + 1 + (k + 1 < n and tokens[k + 1].low in ("almost", "nearly", "mostly"))
    if q + 2 < n and tokens[q].low in ("all", "most") and tokens[q + 1].low == "of" and tokens[q + 2].low in ("them", "whom"):
        # "92 people, almost all of them civilians and police were killed": the aside may lack its closing comma
        for m in range(q + 3, min(n - 1, q + 18)):
            w = tokens[m].low
            if tokens[m].text in ".;:" or read_number(tokens, m) or w in ("who", "which", "that", "never", "not") or w in _DENIED:
                return None     # (not "300 troops, almost all of them conscripts who had never been wounded")
            if w in _BE and _status_after(tokens, m)[0]:
                return m
            if w in KILLED_AFTER or w in INJURED_AFTER:
                return m
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
            if (nxt in _BE or nxt in KILLED_AFTER or nxt in INJURED_AFTER
                    or nxt in ("later", "subsequently", "eventually", "also", "then", "embraced", "laid", "lost", "sacrificed")) \
                    and _status_after(tokens, m + 1)[0] or nxt in ("sustained", "suffered") and _suffered(tokens, m + 1)[0]:
                return m + 1    # (", later died", ", embraced shahadat", ", sustained injuries")
            if nxt in ("having", "being") and m + 2 < n:
                close = next((c for c in range(m + 2, min(n - 1, m + 10)) if tokens[c].text in ",;."), None)
                if close is not None and tokens[close].text == "," and _status_after(tokens, close + 1)[0]:
                    return close + 1    # "two soldiers, A and B, having fought gallantly, embraced shahadat"
            if nxt in ("and", "but", "while", "as"):
                return None
    return None


def _relative_be(tokens: list[Token], k: int) -> bool:
    """Token k is a relative clause's "was" or "were" before no status: "who was guarding his store", "that was next
    to it" (not "who were wounded")."""
    if not (0 < k < len(tokens) - 1 and tokens[k].low in ("was", "were") and tokens[k - 1].low in ("who", "that", "which")):
        return False
    w = tokens[k + 1].low
    return w in _NOT_CASUALTY_VERBS or w in _PLACE_WORDS_AFTER_BE or w.endswith("ing") and len(w) > 5 \
        and w not in KILL_VERBS and w not in INJURE_VERBS


_PLACE_WORDS_AFTER_BE = frozenset("next near inside outside in on at there parked standing waiting".split())


def _participle_or_relative(tokens: list[Token], k: int) -> bool:
    """Token k opens a participle phrase ("manning a post") or a relative clause ("who worked ...")."""
    t = tokens[k]
    if k + 1 >= len(tokens) or not t.text[0].islower():
        return False
    if t.low in ("we", "they") and tokens[k + 1].low in ("know", "knew", "counted", "identified", "saw", "buried"):
        return True     # "Six people we know of were killed": a clause with no "who" or "that"
    if t.low in ("who", "that") and tokens[k + 1].low not in _BE and tokens[k + 1].low not in _SKIP_BETWEEN:
        return True
    if t.low in ("who", "that") and k + 2 < len(tokens) and tokens[k + 1].low in ("were", "was", "had") \
            and (tokens[k + 2].low in _NOT_CASUALTY_VERBS or _relative_be(tokens, k + 1)):
        return True     # "eight policemen who were kidnapped on the road were shot dead", "one farmer who was guarding ..."
    return (t.low.endswith("ing") and len(t.low) > 5 and t.low not in KILL_VERBS and t.low not in INJURE_VERBS
            and t.low not in _NOT_CASUALTY_VERBS and t.low not in ("including", "during", "according", "following", "leaving"))
