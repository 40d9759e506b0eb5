"""Who reported it: a person, their role, an office, the channel they used.

Attribution in news copy follows a handful of shapes: "NAME, the ROLE, said",
"ROLE NAME said", "said NAME, ROLE", "according to X", "X reported via
Telegram", and "he said" after a quotation. A role without a name ("the
Ukrainian president confirmed") takes the nearest earlier person named in the
document who has no other role.
"""
from __future__ import annotations

import re

from conflictlens.model import Source
from conflictlens.text.alternation import ascii_only, by_first_letter, contains_any, top_alternatives

_VERBS = r"(?:said|says|say|reported|reports|told|wrote|writes|announced|announces|confirmed|confirms|added|stated|states|posted|claimed|claims|tweeted|noted|warned|explained|updated|informed|clarified|specified)"
_PERSON = r"(?:[A-Z][a-zA-Z’'\-]+(?: [A-Z]\.)?(?: (?:[A-Z][a-zA-Z’'\-]+|al-[A-Z][a-z]+|bin|de|van|von)){1,3})"
_ROLE_WORDS = (r"(?i:president|prime minister|minister|ministry|mayor|governor|head|chief|spokes(?:man|woman|person)|"
               r"commander|general|officer|official|officials|police|army|military|administration|prosecutor|"
               r"secretary|adviser|advisor|director|emergency service|emergency services|state emergency service|"
               r"health ministry|defen[cs]e ministry|interior ministry|ombudsman|council|agency|command|authorities|"
               r"governor's office|regional administration|military administration|staff|doctors?|witness(?:es)?|residents?|medics?|"
               r"rescuers|hospital|coroner|media|news agency|monitors?|observatory|group|mission|sources?|prosecutors|activists?|"
               r"elders|villagers|locals|observers|officers|cell|headquarters|coordinator|representative|leader|lawmaker|legislator|"
               r"councill?or|chairman|chairwoman|chairperson|survivors?|relatives?|eyewitness(?:es)?)")
_CHANNEL = re.compile(r"\b(?:on|via|in a post on|in a statement on|through|in a video on|in a message on) (?:his |her |their |its |the )?(Telegram|Facebook|X|Twitter|Instagram|YouTube|WhatsApp|Viber|television|TV|state television|national television)\b|\b(in a statement|in a video address|in a press release|in a briefing|at a press conference|in an interview|on state TV)\b")
# Wire agencies as datelines credit them: "MOGADISHU (Xinhua) --" (extract.places reads the same list)
WIRE_AGENCIES = ("Reuters", "AFP", "AP", "Xinhua", "EFE", "PTI", "ANI", "IANS", "UNI", "dpa", "AA", "Anadolu", "Kyodo",
                 "Yonhap", "KUNA", "WAFA", "SANA", "IRNA", "TASS", "Interfax", "Ukrinform", "UNIAN", "RIA Novosti",
                 "Rudaw", "APP", "Bernama", "Antara")
_WIRE_AGENCIES = "|".join(map(re.escape, WIRE_AGENCIES))
_OUTLET = re.compile(r"\b(?:told|according to|reported by|cited by|quoted by|said to) (Reuters|AFP|the Associated Press|AP|BBC|CNN|Al Jazeera|Ukrinform|Interfax|TASS|RIA Novosti|Suspilne|Ukrainska Pravda|Kyiv Independent|the Kyiv Independent|Agence France-Presse|Xinhua|Anadolu)\b"
                     rf"|\(({_WIRE_AGENCIES})\)")

# Every match of _CHANNEL / _OUTLET contains one of these (case as written): a sentence
# without any is not searched.
_CHANNEL_NEEDLES = ("Telegram", "Facebook", "X", "Twitter", "Instagram", "YouTube", "WhatsApp", "Viber", "television",
                    "TV", "in a statement", "in a video address", "in a press release", "in a briefing",
                    "at a press conference", "in an interview")
_OUTLET_NEEDLES = ("Reuters", "AFP", "Associated Press", "AP", "BBC", "CNN", "Al Jazeera", "Ukrinform", "Interfax", "TASS",
                   "RIA Novosti", "Suspilne", "Ukrainska Pravda", "Kyiv Independent", "Agence France-Presse", "Xinhua",
                   "Anadolu") + WIRE_AGENCIES
# any needle in the text (the outlets, capitalised, as one pattern: the engine skips to a capital;
# the channels, many of them lower-case, one substring test each: conflictlens.text.alternation.contains_any)
_OUTLET_GATE = re.compile("|".join(map(re.escape, _OUTLET_NEEDLES)))

# The last word of an office's or organisation's name ("the Syrian Observatory for Human Rights",
# "the Ministry of Defence"): not a person's ("Head of the ... Administration Oleh Syniehubov said")
_OFFICE_NOUNS = frozenset("""
Office Ministry Observatory Rights Service Services Committee Council Administration Agency Command Department Directorate
Commission Mission Force Forces Army Police Republic State Staff Guard Front Movement Court Center Centre Organization
Organisation Authority Union Defence Defense Affairs Nations Health Interior Justice Intelligence Security Emergencies
Situations Refugees Cross Crescent Levant Iraq Syria War Conflict Studies Research Watch Institute Group Project Monitor
""".split())
_OFFICE_NOUN = "(?:" + "|".join(sorted(_OFFICE_NOUNS, key=len, reverse=True)) + ")"

# Cheap necessary conditions of "org_verb" (an office noun right before the verb) and of
# "verb_role_name" (a title among the words after the verb)
# the titles of "said <title> <name>" (the "verb_role_name" pattern and its gate)
_VERB_ROLE_TITLES = ("spokesman", "spokeswoman", "spokesperson", "governor", "minister", "mayor", "commander", "chief",
                     "official", "head", "director", "administrator")
_VERB_ROLE_TITLE_SET = frozenset(_VERB_ROLE_TITLES)


def _office_before(sentence: str, verb_start: int) -> bool:
    """An office noun ends the words before the verb at `verb_start` ("... for Human Rights reported")."""
    words = sentence[max(0, verb_start - 30):verb_start].split()
    if words and words[-1] in ("also", "has", "had"):
        words.pop()
    return bool(words) and words[-1] in _OFFICE_NOUNS

_PATTERNS = [
    # the Syrian Observatory for Human Rights reported / the Ministry of Defence said: an office's whole name
    ("org_verb", re.compile(rf"(?P<role>(?:[Tt]he )?(?:[A-Z][\w’'\-]+ ){{1,4}}(?:(?:for|of) (?:the )?(?:[A-Z][\w’'\-]+ ){{0,3}}){{1,2}}"
                            rf"(?<= ){_OFFICE_NOUN} )(?:also |has |had )?{_VERBS}\b")),
    # Oleksandr Vilkul, the head of the city's military administration, said
    ("name_role_verb", re.compile(rf"(?P<name>{_PERSON}), (?P<role>(?:the |a |an )?[^,;“”\"]{{3,90}}?),? (?:also |later |earlier )?{_VERBS}\b")),
    # said Oleksandr Vilkul, the head of ...
    ("verb_name_role", re.compile(rf"\b{_VERBS} (?P<name>{_PERSON})(?:, (?P<role>(?:the |a |an )?[^,.;“”\"]{{3,90}}))?(?=[,.;]|$| on | in a | via )")),
    # Governor Petro Example said / The regional governor, Petro Example, said
    ("role_name_verb", re.compile(rf",? (?P<name>{_PERSON}),? (?:also |later )?{_VERBS}\b")),
    # according to the health ministry / according to Petro Example
    ("according", re.compile(r"\b[Aa]ccording to (?P<role>(?:the |a |an )?[^,.;“”\"()]{3,80})")),
    # The Ukrainian president confirmed / Police said / the ministry reported
    # The Ukrainian president confirmed / Police said / the ministry reported
    ("role_verb", re.compile(rf"\s(?:(?:also|later|earlier|has|have|had)\s)?{_VERBS}\b")),
    # said Balochistan government spokesman Shahid Rind
    ("verb_role_name", re.compile(rf"\b{_VERBS} (?P<role>(?:[A-Z][\w’'\-]+ ){{0,3}}(?:(?:government|military|army|police|provincial|district|regional|local|city|defen[cs]e|interior|foreign|health) ){{0,2}}(?:{'|'.join(_VERB_ROLE_TITLES)})) (?P<name>{_PERSON})(?=[,.;]|$| on | in a | via )")),
    # ..., said a civil society coordinator / reported the state news agency (a speaker after the verb; not
    # "told the agency", the listener)
    ("verb_role", re.compile(r"\b(?:said|says|reported|reports|wrote|writes|added|confirmed|confirms|stated|states|noted|explained)"
                             r" (?P<role>(?:the|a|an|one) (?:[\w’'\-]+ ){0,5}?[\w’'\-]+)(?=[,.;]|$| on | in | via | at | who )")),
    # Petro Example reported via Telegram
    ("name_verb", re.compile(rf"(?P<name>{_PERSON}) (?:also |later |has |had )?{_VERBS}\b")),
    # ,” he said.
    ("pronoun", re.compile(rf"(?:[”\"]|,) ?(?P<pron>he|she|they) {_VERBS}\b|\b(?P<pron2>He|She|They) (?:also |later )?{_VERBS}\b")),
]
_LEAD_PLACE = re.compile(r"(?:In|At|Near|Outside) (?P<name>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,3}),")
_SURNAME_SAID = re.compile(rf"\b([A-Z][a-z’'\-]{{2,}}) (?:also |later |has |had )?{_VERBS}\b")
_ROLE_TITLE = re.compile(rf"\b{_ROLE_WORDS}\b", re.IGNORECASE)
_ROLE_HEAD = re.compile(r"(?:(?:[Tt]he|[Aa]n?) )?(?:[\w'’\-]+ ){0,7}$")
_ROLE_KINDS = ("role_name_verb", "role_verb")
_LEAD_WORDS = frozenset(
    "on in at by late early last this later earlier meanwhile overnight since after the morning afternoon "
    "evening night monday tuesday wednesday thursday friday saturday sunday".split())


def _skip_lead_in(sentence: str, start: int, role_start: int) -> int:
    """Drop a sentence-opening time phrase from a role ("On Thursday evening officials")."""
    words = sentence[start:role_start].split(" ")
    if not words or words[0].lower() not in _LEAD_WORDS - {"the"}:
        return start
    k = 0
    while k < len(words) and words[k] and (words[k].lower().strip(",") in _LEAD_WORDS and words[k].lower() != "the"):
        start += len(words[k]) + 1
        k += 1
    return start


# _ROLE_TITLE over " " + sentence, one branch per first letter (conflictlens.text.alternation):
# the same role words, found faster. Every role word ends with a letter, as the rewrite requires.
_ROLE_TITLE_FAST = re.compile(r"\W" + by_first_letter(top_alternatives(_ROLE_WORDS[len("(?i:"):-1]), ignorecase=True)
                              + r"\b", re.IGNORECASE)


# The same over an ASCII sentence lower-cased, without IGNORECASE and under re.ASCII (both faster):
# the role words are lower-case, and lower() keeps an ASCII text's offsets and word characters.
_ROLE_TITLE_LOWER = ascii_only(_ROLE_TITLE_FAST.pattern)


def _role_titles(sentence: str, windows) -> list[tuple[int, int, list[tuple[int, int]]]]:
    """Each window with the (start, end) of the role words in it, as _ROLE_TITLE finds them."""
    if sentence.isascii():
        padded, titles = " " + sentence.lower(), _ROLE_TITLE_LOWER
    else:
        padded, titles = " " + sentence, _ROLE_TITLE_FAST
    return [(w0, w1, [(r.start(), r.end() - 1) for r in titles.finditer(padded, w0, w1 + 1)])
            for w0, w1 in windows]


def _role_matches(sentence: str, pattern: re.Pattern[str], titles) -> list[tuple[int, int, dict]]:
    """Matches of a "ROLE ... said" shape, found from the role word outwards (fast);
    `titles` are the windows and their role words (_role_titles)."""
    out = []
    for w0, w1, words in titles:
        for r_start, r_end in words:
            tail = pattern.match(sentence, r_end, w1)
            if not tail and sentence.startswith((" of ", " for ", " in "), r_end):
                of = _ROLE_OF.match(sentence, r_end, w1)    # "the head of the city, Ivan Prikhodko, said"
                tail = pattern.match(sentence, of.end(), w1) if of else None
                if tail:
                    r_end = of.end()
            if not tail:
                continue
            head = _ROLE_HEAD.search(sentence, max(w0, r_start - 60), r_start)
            start = head.start() if head else r_start
            groups = dict(tail.groupdict())
            start = _skip_lead_in(sentence, start, r_start)   # "On Thursday evening officials said"
            clause = _CLAUSE_WORD.match(sentence, start, r_start)
            if clause:
                start = clause.end()        # "... in the district where intelligence sources said": the sources only
            groups["role"] = sentence[start:r_end]
            out.append((start, tail.end(), groups))
    return out


# "according to preliminary data": how sure the figure is, not who gave it
_NOT_A_SOURCE = re.compile(r"(?:the )?(?:preliminary|initial|early|first|latest|updated|official|unofficial|available)"
                           r" (?:data|information|figures|estimates|reports|results|counts?)\b", re.IGNORECASE)
_FROM_AFTER = re.compile(r" (?:from|by|of|released by|provided by) ")
# The clause word nearest before a role ("... in the district where intelligence sources said"):
# the role starts after it (matched from the role's head, so only the last one counts)
_CLAUSE_WORD = re.compile(r"(?:.*\b(?:where|when|while|after|which|who|as|because|but) )", re.DOTALL)
# A role word's "of ..." phrase before the name that follows it ("the head of the city, X, said")
_ROLE_OF = re.compile(r" (?:of|for|in) (?:the |a |an )?[\w'’\-]+(?: [\w'’\-]+){0,3}?(?=,)")
# a possessive in a capitalised "name" makes it an office ("the Prosecutor General's Office said"),
# as an office noun in it does (_OFFICE_NOUNS)
_POSSESSIVE_S = re.compile(r"['’]s\b")
_BAD_NAME = re.compile(r"^(?:The|A|An|On|In|At|But|And|As|If|When|After|Before|While|Video|Photos|Rescue|Russian|Ukrainian|This|That|It|They|He|She|We)\b")


def _trim_role(role: str | None) -> str | None:
    if not role:
        return None
    role = role.strip().rstrip(",")
    if not _ROLE_TITLE.search(role):
        return None
    return role


def find_sources(sentence: str, offset: int, earlier: list[Source], people: list[tuple[str, int]],
                 anchors: list[tuple[int, int]] | None = None) -> list[Source]:
    """Attributions in one sentence; `earlier` resolves pronouns, `people` bare roles
    (`anchors`: the sentence's _anchors, where the caller has them)."""
    out: list[Source] = []
    if anchors is None:
        anchors = _anchors(sentence)
    if not anchors:
        return out
    windows = _windows(sentence, anchors)
    skip = _unmatchable(sentence, anchors)
    taken: list[tuple[int, int]] = []
    channel = _CHANNEL.search(sentence) if contains_any(sentence, _CHANNEL_NEEDLES) else None
    channel_name = (channel.group(1) or channel.group(2)) if channel else None
    titles = None
    for kind, pattern in _PATTERNS:
        if kind in skip:
            continue
        if kind in _ROLE_KINDS:
            if titles is None:
                titles = _role_titles(sentence, windows)
            found = _role_matches(sentence, pattern, titles)
        else:
            found = [(m.start(), m.end(), m.groupdict()) for w0, w1 in windows for m in pattern.finditer(sentence, w0, w1)]
        for a, b, g in found:
            if any(a < e and b > s for s, e in taken):
                continue
            matched = sentence[a:b]
            name = g.get("name")
            role = g.get("role")
            if name and kind == "role_name_verb":
                words = name.split()
                while len(words) > 2 and words[0] in _OFFICE_NOUNS:
                    role, name = f"{role} {words.pop(0)}", None     # "... Military Administration Oleh Syniehubov said"
                name = " ".join(words)
            if name and kind == "role_name_verb" and (_POSSESSIVE_S.search(name) or any(w in _OFFICE_NOUNS for w in name.split())):
                office = sentence[a:b].rsplit(" ", 1)[0].strip(", ")    # the office's whole name
                out.append(Source(None, office, channel_name, a + offset, b + offset, matched))
                taken.append((a, b))
                continue
            if name and _BAD_NAME.match(name):
                if kind in ("name_verb",):
                    continue
                name = None
            if kind == "verb_role" and _CLAUSE_GOES_ON.match(sentence, b):
                continue        # "The rebels said the army in Goma had killed five": whom they blamed, not who spoke
            if kind in ("name_role_verb", "verb_name_role", "verb_role"):
                role = _trim_role(role)
                if kind != "verb_name_role" and role is None:
                    continue
            if kind == "pronoun":
                if not earlier and not out:
                    continue
                prev = (out or earlier)[-1]
                src = Source(prev.name, prev.role, channel_name or None, a + offset, b + offset, matched)
            elif kind in ("role_verb", "according", "verb_role") and not name:
                role_text = role.strip()
                hedge = _NOT_A_SOURCE.match(role_text)
                if hedge and _FROM_AFTER.match(role_text, hedge.end()):
                    role_text = role_text[_FROM_AFTER.match(role_text, hedge.end()).end():]   # "... from the Interior Ministry"
                    hedge = None
                if role_text.split(" ", 1)[0].lower() in ("no", "nobody", "none") or " no group" in role_text.lower() or hedge:
                    continue        # "No group has claimed responsibility": nobody's report
                resolved = _resolve_role(role_text, earlier, people, a + offset) if kind != "according" else None
                src = Source(resolved, role_text, channel_name, a + offset, b + offset, matched)
            else:
                src = Source(name, role.strip() if role else None, channel_name, a + offset, b + offset, matched)
            out.append(src)
            taken.append((a, b))
    if not out and earlier:
        # "Zulum said the toll could rise": the surname of someone the report has named in full
        for m in _SURNAME_SAID.finditer(sentence):
            known = next((src for src in reversed(earlier) if src.name and src.name.rsplit(" ", 1)[-1] == m.group(1)), None)
            if known is not None:
                out.append(Source(known.name, known.role, channel_name, m.start() + offset, m.end() + offset, m.group()))
                taken.append((m.start(), m.end()))
                break
    outlet = _OUTLET.search(sentence) if _OUTLET_GATE.search(sentence) else None
    if outlet:
        name = outlet.group(1) or outlet.group(2)
        out.append(Source(None, name, None, outlet.start() + offset, outlet.end() + offset, outlet.group()))
    out.sort(key=lambda s: s.start)
    return out


# The words after "said the X (in Y)" go on with a verb of their own: X is the subject of what was said
_CLAUSE_GOES_ON = re.compile(r"[^,.;]{0,40}?\b(?:had|has|have|was|were|is|are|would|will|killed|attacked|shelled|fired|struck"
                             r"|hit|launched|carried)\b")
_ANCHOR = re.compile(rf"\b{_VERBS}\b|\b[Aa]ccording to\b|\((?:{_WIRE_AGENCIES})\)")
_REACH = 160


# _ANCHOR in two parts with the same matches: its words over " " + sentence, one branch per
# first letter (conflictlens.text.alternation; each ends with a letter, as the rewrite requires),
# and its bracketed outlets. A match of one part never overlaps a match of the other.
_ANCHOR_WORDS = re.compile(r"\W" + by_first_letter(
    [rf"{v}\b" for v in top_alternatives(_VERBS[3:-1])] + [r"according to\b", r"According to\b"]))
_ANCHOR_WORDS_ASCII = ascii_only(_ANCHOR_WORDS.pattern)     # the same, faster, for ASCII text
_ANCHOR_OUTLET = re.compile(rf"\((?:{_WIRE_AGENCIES})\)")


def _anchors(sentence: str) -> list[tuple[int, int]]:
    """(start, end) of each _ANCHOR match, in order."""
    words = _ANCHOR_WORDS_ASCII if sentence.isascii() else _ANCHOR_WORDS
    found = [(m.start(), m.end() - 1) for m in words.finditer(" " + sentence)]
    if "(" in sentence:
        outlets = [m.span() for m in _ANCHOR_OUTLET.finditer(sentence)]
        if outlets:
            found = sorted(found + outlets)
    return found


def _unmatchable(sentence: str, anchors: list[tuple[int, int]]) -> set[str]:
    """Kinds of _PATTERNS that cannot match in the sentence (cheap necessary conditions, each
    read off the _ANCHOR matches, which hold every verb of saying that follows a non-word
    character, each as the whole word): "pronoun" needs "he"/"He" (he, she, they) in the 12
    characters before a verb, "verb_name_role" a verb followed by a space and a capital letter,
    "according" the words "ccording to"."""
    skip = set()
    if "ccording to" not in sentence:
        skip.add("according")
    if not any("he" in (seg := sentence[max(0, a - 12):a]) or "He" in seg for a, _b in anchors):
        skip.add("pronoun")
    if not any(sentence[b:b + 1] == " " and "A" <= sentence[b + 1:b + 2] <= "Z" for _a, b in anchors):
        skip.add("verb_name_role")
    if (" for " not in sentence and " of " not in sentence) or not any(
            _office_before(sentence, a) for a, _b in anchors):
        skip.add("org_verb")
    if not any(_VERB_ROLE_TITLE_SET.intersection(sentence[b + 1:b + 60].lower().split()[:6]) for _a, b in anchors):
        skip.add("verb_role_name")
    if not any(sentence.startswith((" the ", " a ", " an ", " one "), b) for _a, b in anchors):
        skip.add("verb_role")
    return skip


def _windows(sentence: str, anchors: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """Stretches around verbs of saying: the only places attribution can be."""
    spans: list[tuple[int, int]] = []
    for m_start, m_end in (_anchors(sentence) if anchors is None else anchors):
        a, b = max(0, m_start - _REACH), min(len(sentence), m_end + _REACH)
        if spans and a <= spans[-1][1]:
            spans[-1] = (spans[-1][0], b)
        else:
            spans.append((a, b))
    return spans


def _resolve_role(role: str, earlier: list[Source], people: list[tuple[str, int]], at: int) -> str | None:
    """"The Ukrainian president" -> the last person named before it with no role of their own."""
    if not role.lower().startswith("the ") or role.lower().endswith(("ministry", "police", "army", "military", "authorities", "officials", "administration", "service", "services", "command", "agency", "council", "group", "mission", "media")):
        return None
    with_roles = {s.name for s in earlier if s.name and s.role}
    for name, pos in reversed(people):
        if pos < at and name not in with_roles:
            return name
    return None


_PEOPLE = re.compile(rf"(?P<name>{_PERSON})(?=['’]s\b|, (?:the |a )|\s{_VERBS}\b)")
_PEOPLE_NEEDLES = ("'s", "’s", ", the ", ", a ")     # a possessive, an apposition (the verbs are anchors)


def find_people(sentence: str, offset: int, anchors: list[tuple[int, int]] | None = None) -> list[tuple[str, int]]:
    """Person names (two or more capitalised words used as a person: a possessive, an apposition, a verb of saying).

    With the sentence's `anchors` (_anchors), a sentence that has none of the three is not searched:
    a verb of saying after a space is an anchor."""
    if anchors is not None and not anchors and not contains_any(sentence, _PEOPLE_NEEDLES):
        return []
    out = []
    lead = _LEAD_PLACE.match(sentence)
    for m in _PEOPLE.finditer(sentence):
        name = m.group("name")
        if lead is not None and m.end("name") == lead.end("name"):
            continue        # "In Bila Tserkva, a drone hit a house": the scene, not a person
        if _BAD_NAME.match(name):
            parts = name.split(" ", 1)
            if len(parts) < 2 or " " not in parts[1]:
                continue
            name = parts[1]
        out.append((name, m.start() + offset))
    return out


def find_people_and_sources(sentence: str, offset: int, earlier: list[Source],
                            people: list[tuple[str, int]]) -> list[Source]:
    """find_people (added to `people`), then find_sources: the verbs of saying are found once for both."""
    anchors = _anchors(sentence)
    people.extend(find_people(sentence, offset, anchors))
    return find_sources(sentence, offset, earlier, people, anchors)
