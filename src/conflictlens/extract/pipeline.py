"""Compose the field extractors behind one call: extract(text) -> events.

Each sentence is read once by every field extractor (figures, cues, places,
dates, sources, political cues); `incidents.segment` groups the sentences,
and the `_build_*` functions turn each group into a flat-record `Event` with
evidence spans. Nothing here touches a database or the network.
"""
from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Callable
from datetime import date, timedelta

from conflictlens.extract import actors, countries
from conflictlens.extract.clauses import split_attack_clauses
from conflictlens.extract.dates import (
    DateMention, bare_dateline_span, event_date, find_dateline, find_dates, heading_year, parse_iso)
from conflictlens.extract.figures import (
    is_rising, may_have_figures, reconcile, rising_status_target, sentence_figures, subcount)
from conflictlens.extract.incidents import (
    ANOTHER_INCIDENT, CROWD_EVENTS, LATER_OPENER, RECORD_DATE, SERIES, IncidentDraft, SentenceInfo, civilians_hit,
    is_chronology, is_headline, opens_entry, segment)
from conflictlens.extract.places import (
    GENERIC_REGIONS, SLASH_FIELDS, UNIT_FIELD_LINE, find_dateline_place, find_places, home_of_victim, is_street)
from conflictlens.extract.political import PoliticalMention, find_political
from conflictlens.extract.sources import find_people_and_sources
from conflictlens.extract.types import (
    BATTLES, BETWEEN_FORCES, BETWEEN_SIDES, CLASH, DESTRUCTION, EXPLOSIONS, STRATEGIC, VAC, Cue, best_weapon, classify, find_cues)
from conflictlens.model import Document, Event, Figure, Place, Source, Span
from conflictlens.text.alternation import contains_any
from conflictlens.text.sentences import PLACE_FIELD_LABELS, split_sentences
from conflictlens.text.tokens import tokenize


# So many days after the day told before: "two days later", "the following day", "a day later"
_DAYS_LATER = re.compile(r"\b(?:(one|two|three|four|five|six|a) days? later|the (?:next|following) day"
                         r"|the day after(?! (?:the|a|an|his|her|their) ))\b", re.IGNORECASE)     # (not "the day after the attack")
_LATER_DAYS = {"one": 1, "a": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
# ... and before it: "A day earlier, ...", "Two days before, ...", "The previous day, ..." (opening the sentence)
_N_DAYS_EARLIER = r"(one|two|three|four|five|six|a) days? (?:earlier|before)"
_DAYS_EARLIER = re.compile(rf"\s*(?:(?:on )?(?:{_N_DAYS_EARLIER}|the (?:previous|preceding|prior) day|the day before)),", re.IGNORECASE)
_DAYS_EARLIER_MID = re.compile(_N_DAYS_EARLIER, re.IGNORECASE)     # (told anywhere in its sentence)
_ARMED_SIDES_BEFORE = re.compile(r"\b(?:brigades|militias|militiamen|gunmen|fighters|rebels|factions|herders|insurgents|militants"
                                 r"|tribes|clans|warriors|armed youths?|armed men|tribal|clan)"
                                 r"(?: (?!killed|killing|attacked|shot)[\w-]+){0,5}? (?:have |had )?(?:clashed|clashes|fought)?\s*(?:in |between )?$",
                                 re.IGNORECASE)
_ARMED_ARSONISTS = re.compile(r"\b(?:militants|gunmen|fighters|insurgents|rebels|bandits|jihadists|terrorists|militiamen|armed men"
                              r"|militias?|brigades?|factions?|tribesmen"
                              r"|troops|soldiers|assailants?|attackers|arsonists?|unknown (?:people|persons|men)|unidentified"
                              r"|naxals|maoists)\b", re.IGNORECASE)
_CROWD = re.compile(r"\b(?:supporters|villagers|residents|youths)\b(?: [\w-]+){0,8}? (?:clashed|fought|clash|attacked each other"
                    r"|chased each other|pelted each other|exchanged blows|at each other)\b|jungle justice|mob justice"
                    r"|\b(?:villagers|residents|youths|locals)\b(?: (?!and\b|said\b|say\b|says\b|told\b)[\w-]+){0,8}? (?:set ablaze"
                    r"|set alight|set on fire|burnt"
                    r"|burned|stoned|clubbed|beat|lynched)\b",
                    re.IGNORECASE)
# what was done to a crowd's people, which makes them no crowd ("Militants who attacked villagers in Gwoza burned two men")
_DONE_TO_CROWD = re.compile(r"\b(?:attacked|attacking|killed|killing|abducted|kidnapped|rounded up|shot|targeted|raided|robbed"
                            r"|massacred)\s+(?:the\s+|local\s+|\w+\s+)?$", re.IGNORECASE)


def _crowd(text: str) -> bool:
    """A crowd told fighting or doing justice (_CROWD), not a crowd others attacked."""
    return any(not _DONE_TO_CROWD.search(text, max(0, m.start() - 30), m.start()) for m in _CROWD.finditer(text))


# rioters told as the riot's doers before any armed men ("protesters threw stones and petrol bombs at security forces ...,
# and troops opened fire": the troops answered, the riot is the protesters')
_RIOTERS_FIRST = re.compile(r"^[^.;]{0,60}?\b(?:protesters|rioters|demonstrators|youths|students|a mob|the mob|crowds?)\b"
                            r"[^.;]{0,40}?\b(?:threw|hurled|pelted|torched|burned|burnt|set fire|stormed|blocked|attacked)\b",
                            re.IGNORECASE)
# (not where others did the killing: "police were breaking up the protest when gunmen opened fire")
_OTHER_SHOOTERS = re.compile(r"\b(?:gunmen|militants|attackers|assailants|insurgents|rebels|bandits|a gunman|an attacker)\b",
                             re.IGNORECASE)
# An explosion that was an accident, no weapon of anyone's: a gas leak, stored fertiliser, a short circuit
_ACCIDENT = re.compile(r"\baccidental(?:ly)?\b|(?<!not )(?<!n't )(?<!never )\b(?:caused|triggered|sparked) by (?:an? |the )?(?:gas|electrical"
                       r"|short[- ]circuit|improperly stored|stored|faulty|leaking|fireworks?|fertili[sz]er|accident)"
                       r"|\bgas (?:leak|cylinder|tank) (?:explosion|blast|exploded)|\bnot (?:by|from|the result of|caused by) "
                       r"(?:an? )?(?:[\w-]+ ){0,2}?(?:strike|attack|shelling|bombing|bomb|missile|drone)\b"
                       r"|(?:,|\band) not (?:an? )?(?:[\w-]+ )?(?:strike|attack|shelling|bombing|missile|drone)\b", re.IGNORECASE)
_ACCIDENT_NEEDLES = ("ccident", "caused by", "triggered by", "sparked by", "gas ", "not by", "not from", "not the result",
                     "not caused", ", not ", "and not ")
_SAME_DAY = re.compile(r"(?:on )?(?:the|that) same (?:day|night|evening|morning|afternoon)\b|(?:later|earlier) (?:that|the same) day\b",
                       re.IGNORECASE)
_CIVILIAN_WORDS = re.compile(r"\b(?:civilians?|villagers|residents|passengers|worshippers|children|women|farmers|traders|students"
                             r"|displaced|shoppers|families|pupils|patients|drivers|journalists?|workers|protesters|pilgrims|guests"
                             r"|market-goers|mourners|infants|elderly|mothers?|commuters|spectators|fans|fishermen|cleric|passers-by"
                             r"|bystanders|wedding|funeral|market|mosque|church|shrine|stadium|praying"
                             # the dead described at all: "killed 15 people, most of them ...", "including a ..."
                             r"|including|among them|most of them|many of them|all of them|mostly|who had)\b", re.IGNORECASE)
_FIGHT_WORDS = ("clash", "fighting", "gunfight", "firefight", "shootout", "battle", "combat")
# Where the incident was, told with no deed: "The incident occurred ...", "It happened near ..."
_SCENE_VERBS = ("occurred", "happened", "took place")
# A line of the page around the story: links to other stories, what comes next, media credits.
_FURNITURE_WORDS = ("read also", "read more", "also read", "see also", "related stories", "related articles", "related",
                    "more on this", "next week", "coming up", "watch", "video", "photos", "photo", "listen", "subscribe",
                    "sign up", "follow us", "in this issue", "in this edition", "in today's edition", "also in this issue",
                    "inside this issue", "contents", "most read", "most popular", "most viewed", "most shared", "trending",
                    "top stories", "latest news", "more news", "more stories", "you may also like", "recommended",
                    "editor's picks", "tags", "topics", "te puede interesar", "lee también", "lea también", "lire aussi",
                    "à lire aussi", "voir aussi", "leia também")
_FURNITURE = re.compile(r"(?:" + "|".join(_FURNITURE_WORDS) + r")(?:\s*[:|]|\s+[–—-]|\s*$)", re.IGNORECASE)
# A count of weapons launched, stopped or used over a period, or of places attacked: an air force's or a speech's
# tally, no incident ("Over this week alone, Russia has launched more than 660 attack drones", "1 Iskander-M ballistic
# missile and 55 enemy attack UAVs were confirmed shot down", "- 3 Iskander-M ballistic missiles (from Kursk region - RF);",
# "Over the past day, Russian troops attacked 12 settlements in the Kharkiv region")
_MUNITION = (r"(?:(?:[\w-]+-type|[a-z]{1,4}-\d+[\w-]*|attack|strike|kamikaze|shahed|enemy|ballistic|cruise|guided|aerial|air"
             r"|imitator|decoy|unmanned|combat|iskander(?:-m)?|kalibr|kinzhal|geran|lancet|fpv|reconnaissance|anti-aircraft"
             r"|russian|ukrainian|hostile)\s+){0,4}(?:drones?|uavs?|missiles?|bombs?|rockets?|munitions|projectiles"
             r"|air attack (?:assets|means|weapons))")
_COUNTED_MUNITIONS = re.compile(r"(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens of|hundreds of)\s+"
                                + _MUNITION + r"\b", re.IGNORECASE)
_TALLY_PERIOD = re.compile(r"\b(?:(?:this|the past|the last|over the|during the) week|over the (?:past |last )?(?:day|24 hours"
                           r"|month)|in (?:the )?(?:past|last) (?:day|24 hours|week|month)|since the (?:start|beginning)|as of \d"
                           r"|this month|so far this)\b", re.IGNORECASE)
_STOPPED = re.compile(r"\b(?:were|was|have been|had been)\s+(?:confirmed\s+|reportedly\s+)?(?:shot down|destroyed|intercepted"
                      r"|neutrali[sz]ed|suppressed|downed|lost)\b|\blost locally\b|\bleft (?:\w+ )?airspace\b"
                      r"|\b(?:shot down|destroyed|intercepted|downed)\s+(?:\d|two|three|four|five)", re.IGNORECASE)
_LAUNCH_ITEM = re.compile(r"\W{0,4}\d[\d,]*\s+" + _MUNITION + r"\b[^.;:]{0,60}?\((?:from|launched from|directions?)\b", re.IGNORECASE)
_PLACES_TALLY = re.compile(r"\b(?:attacked|shelled|struck|hit|targeted)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten"
                           r"|dozens of)\s+(?:settlements|towns|villages|communities|localities|hromadas)\b", re.IGNORECASE)
_EQUIPMENT_TALLY = re.compile(r"\b(?:destroyed|hit|disabled|eliminated)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten)"
                              r"\s+(?:units? of|pieces of)?\s*(?:armou?red|tanks?|vehicles|pickups|artillery|guns|howitzers)", re.IGNORECASE)
_DEBRIS = re.compile(r"\b(?:debris|fragments|wreckage)\b", re.IGNORECASE)
_TALLY_HARM = re.compile(r"\b(?:attacked|to attack|attacking|targeted|explod\w*|landed|slammed|crashed|impact"
                         r"|a (?:second|third|fourth)|killed|killing|wounded|wounding|injured|injuring|dead|died|hits?|hitting"
                         r"|striking|struck|destroy\w*|burn\w*|ablaze|on fire|damag\w*|debris|fragments|fell|casualt\w*"
                         r"|victims?|fire broke)\b", re.IGNORECASE)


def _weapons_tally(sentence: str) -> bool:
    """The sentence counts weapons or places over a period, or weapons stopped or launched, and tells no harm."""
    counted = _PLACES_TALLY.search(sentence) or _EQUIPMENT_TALLY.search(sentence)
    if counted is not None:     # (its own verb no harm: "attacked 12 settlements")
        rest = sentence[:counted.start()] + sentence[counted.end():]
        return _TALLY_PERIOD.search(sentence) is not None and not _TALLY_HARM.search(rest)
    if _COUNTED_MUNITIONS.search(sentence) is None:
        return False
    if _TALLY_HARM.search(_STOPPED.sub(" ", sentence)):
        return False    # (the weapons' own downing no harm: "destroyed 23 enemy drones")
    return _TALLY_PERIOD.search(sentence) is not None \
        or _STOPPED.search(sentence) is not None and " fired " not in sentence \
        or _LAUNCH_ITEM.match(sentence) is not None


_MOURNING_DAY = re.compile(r"\b(?:days? of (?:national |official |public )?mourning|mourning days?)\b", re.IGNORECASE)
_THE_TOWN_IN = re.compile(r"\b(?:in|at|near|outside) the (?:same )?(?:town|village|city)\b|\bthere\b")
_THE_TOWN_NEXT = re.compile(r"\bthe (?:town|village|city)\b")
# a scene line: a town or region told with no verb, "Dnipro.", "And yesterday evening - Sumy region, Shostka."
_SCENE_LINE = re.compile(r"(?i:And |Also |Then )?(?:(?i:yesterday|today|this|last|tonight|overnight)[\w ]{0,20}?\s*[-–—:,]\s*)?"
                         r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?(?: (?:region|oblast|district|community))?"
                         r"(?:, [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?(?: (?:region|oblast|district|community))?)?[.!]")
# the dead a body mourns as its own, told before: "mourned its two martyrs", "buried their three sons"
_OWN_DEAD_BEFORE = re.compile(r"\b(?:mourned|mourns|mourning|buried|buries|burying|honoured|honored|remembered|named|paid tribute to)"
                              r" (?:its|their) $", re.IGNORECASE)
# a speech's own doings: "Today I spoke with our partners", "I also held a Staff meeting today", "And I thank ..."
_SPEAKER_ACT = re.compile(r"(?:Today,? |Also today,? |And |Also,? |Today I also )?I (?:also )?(?:spoke|held|thank|instructed"
                          r"|signed|discussed|talked|expect|am grateful|met with|had (?:a |an |several |many |some |two |three"
                          r"|important |good |long )*(?:conversations?|meetings?|calls?|talks))\b")
# a speech's scene told in a word: "A very difficult day. Dnipro. Today, ... Russia struck the city"
_LONE_NAME = re.compile(r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}\.")
_LIST_HEAD = re.compile(r"(?:read also|read more|also read|see also|related|more on this|most read|most popular|most viewed"
                        r"|most shared|trending|top stories|latest news|more news|more stories|you may also like|recommended"
                        r"|editor's picks|te puede interesar|le[ea] también|(?:à )?lire aussi|voir aussi|leia também)", re.IGNORECASE)
_BULLETED = re.compile(r"[▸►•·*>▪️🔹🔸→-]+\s|\d{1,2}[.)]\s")
# a page's list under such a line ("READ ALSO:", "Most read"): its items, bulleted, numbered or bare headlines
_LIST_ITEM_LEAD = re.compile(r"[ \t]*(?:[▸►•·*>▪️🔹🔸-]+|\d{1,2}[.)])?[ \t]*$")
_FURNITURE_FIRST = frozenset(c for w in _FURNITURE_WORDS for c in (w[0], w[0].upper()))     # a cheap test before the pattern
_COMMENTS_LINE = re.compile(r"\s*(?:\d+ )?(?:reader(?:s'|s)? |top )?comments?(?: \(\d+\))?\s*:?\s*", re.IGNORECASE)
# How long after a report a day it names may still be its news's (a feed that publishes late): a later day is a
# declassification date, a scheduled meeting or a deadline, no incident's
_LATER_THAN_NEWS = timedelta(days=31)
# A masthead or a section's name: "North Syria Today — News desk", "Aden Weekly — Saturday round-up".
_MASTHEAD = re.compile(r"\b(?:news ?desk|round-?up|newsletter|week in review|weekly|daily briefing|morning briefing|digest)\b",
                       re.IGNORECASE)


# a record's field for the day of its incident ("Date/time of incident:", "Date of accident:")
_INCIDENT_DAY_FIELD = re.compile(r"\s*(?:" + "|".join(map(re.escape, sorted(RECORD_DATE, key=len, reverse=True))) + r")\s*:",
                                 re.IGNORECASE)
# a victim's sex and age in a register: "driver (M, 40)", "two women (F, 35 and F, 52)", "(male, 39)"
_SEX_AGE_NEEDLE = re.compile(r"\((?:[MF]|male|female|boy|girl),")
_SEX_AGE = re.compile(r"\((?:[MF]|male|female|boy|girl), ?\d{1,3}(?:(?:,| and) (?:[MF]|male|female|boy|girl), ?\d{1,3})*\)")
# a cross-reference to another record: "(see KH-IZ-2023-0911-02, livestock loss, no human casualties)"
_SEE_ALSO = re.compile(r"\(see [^()]{3,120}\)")
# a register's victims field: "Victims: 1 - male, 39, tractor operator - killed"
_VICTIMS_FIELD = re.compile(r"\s*(?i:victims?|casualt(?:y|ies))\s*:\s*(?P<n>\d{1,3})\s*[-–—]\s*[^\n]{0,80}?\s[-–—]\s*"
                            r"(?P<status>(?i:killed|dead|died|injured|wounded))\b[ \t.]*(?=\n|$)")
_STATUS_WORD = re.compile(r"\b(?i:killed|dead|died|injured|wounded)\b")
# a table's row of counts by sex or age: "Killed            1      2       0      0       3" (under "Men Women Boys Girls TOTAL")
_COUNT_ROW = re.compile(r"\s*(?P<label>(?i:killed|dead|deaths|fatalities|injured|wounded|injuries))\s{2,}"
                        r"(?P<nums>\d{1,4}(?:\s+\d{1,4}){1,8})\s*$")
# ... or its cells labelled: "Injured – Men: 1  Women: 0  Boys: 1  Girls: 0"
_COUNT_WORDS = ("Killed", "Injured", "Wounded", "Dead", "Deaths", "Fatalities", "Injuries", "KILLED", "INJURED", "WOUNDED")
_COUNT_CELLS_ROW = re.compile(r"\b(?P<label>(?i:killed|dead|deaths|fatalities|injured|wounded|injuries))[ \t]*[–—:-][ \t]*"
                              r"(?P<nums>(?:[A-Za-z]+:[ \t]*\d{1,4}[ \t]*){2,8})(?=\n|$)")
_TOTAL_CELL = re.compile(r"\b(?i:total|all)\s*:\s*(?P<n>\d{1,4})")
_TOTAL_HEADER = re.compile(r"\b(?i:total)\s*$", re.MULTILINE)


def _count_row_read(read: str, row: re.Match[str], above: str, blank_from: int | None = None) -> str:
    """The row read as one count, spaces kept so offsets hold: its total column's where the header above ends with
    one ("... Girls   TOTAL"), else the sum of its cells, written where its cells begin."""
    cells = list(re.finditer(r"\d+", read[row.start("nums"):row.end("nums")]))
    a = row.start("nums")
    b = a if blank_from is None else blank_from
    blank = read[:b] + re.sub(r"[^\s]", " ", read[b:row.end("nums")]) + read[row.end("nums"):]
    #   (the cells' labels too, and the dash after the row's: "Injured – Men: 1  Women: 0")
    named_total = _TOTAL_CELL.search(read, row.start("nums"), row.end("nums"))
    if named_total is not None:     # "Killed – Total: 3  Children: 1": the total cell's
        return blank[:named_total.start("n")] + named_total.group("n") + blank[named_total.end("n"):]
    if _TOTAL_HEADER.search(above[-300:]):
        last = cells[-1]
        return blank[:a + last.start()] + last.group() + blank[a + last.end():]
    total = str(sum(int(c.group()) for c in cells))
    return blank[:a] + total + blank[a + len(total):]


# a chat's or a ticker's tally with no comma: "2 killed 3 wounded"
_BARE_TALLY_NEEDLE = re.compile(r"\d (?:killed|dead) \d")
_BARE_TALLY = re.compile(r"(\b\d+ (?:killed|dead)) (?=\d+ (?:wounded|injured|hurt)\b)")


def analyse(doc: Document, ref: date | None, basis: str = "published",
            places_read: set[int] | None = None, skip: tuple[int, int] | None = None) -> list[SentenceInfo]:
    """Run every per-sentence extractor once (`places_read` gets the sentences whose places were read).
    No figure is read inside `skip`, a dateline ("MOGADISHU, Dec. 1 (Xinhua) --")."""
    text = doc.text
    infos: list[SentenceInfo] = []
    earlier_sources: list[Source] = []
    people: list[tuple[str, int]] = []
    comments = False        # below a page's "Comments:" line: readers' words, not the report's
    page_list = False       # below a page's "Read also:" or "Most read" line: its list of other stories
    listed = False          # ... and whether an item of it was taken
    for sent in split_attack_clauses(split_sentences(text)):
        if comments or sent.text[:1] in "CcRr0123456789" and _COMMENTS_LINE.fullmatch(sent.text) \
                and (sent.start == 0 or text[sent.start - 1] == "\n"):
            comments = True     # "Comments:", "Reader comments (12)": what follows answers the story, it tells none
            infos.append(SentenceInfo(sent=sent, figures=[], cues=[], places=[], dates=[], sources=[], political=[],
                                      background=True))
            continue
        if page_list:
            line_start = text.rfind("\n", 0, sent.start) + 1
            blank_before = text[max(0, line_start - 2):line_start] == "\n\n"
            if _LIST_ITEM_LEAD.fullmatch(text, line_start, sent.start) and len(sent.text) <= 160 \
                    and (sent.text.rstrip('"”’)»')[-1:] not in ".!?" and sent.text[-1:] not in '"”’»'
                         or line_start < sent.start or _LIST_ITEM_LEAD.fullmatch(sent.text)) \
                    and not (blank_before and listed and line_start == sent.start and not _LIST_ITEM_LEAD.fullmatch(sent.text)
                             and not _BULLETED.match(sent.text)):
                infos.append(SentenceInfo(sent=sent, figures=[], cues=[], places=[], dates=[], sources=[], political=[],
                                          background=True))
                listed = True
                continue    # "▸ Shelling of Krasnopillia community: one injured", "3. Two killed as artillery hits Nikopol"
            page_list = False
        if sent.text[:1] in _FURNITURE_FIRST and (sent.start == 0 or text[sent.start - 1] == "\n") \
                and (furniture := _FURNITURE.match(sent.text)) is not None \
                and not (furniture.group().lower().startswith("photo") and len(sent.text) - furniture.end() > 80):
            # "Read also: ADF kill 12 in Mambasa", "Next week: the fuel crisis": the page's, not the story's (but a photo's
            # caption told at length is: "PHOTO | Emergency workers damp down the roof of a warehouse hit by drones ...")
            infos.append(SentenceInfo(sent=sent, figures=[], cues=[], places=[], dates=[], sources=[], political=[],
                                      background=True))
            page_list = not sent.text[furniture.end():].strip() and _LIST_HEAD.match(sent.text) is not None
            listed = False      # (no item taken yet: a blank line right below the head ends no list)
            #   (a list's head, "Read also:", "Most read": its items follow on the lines below)
            continue
        sources = find_people_and_sources(sent.text, sent.start, earlier_sources, people)
        earlier_sources.extend(sources)
        figures = []
        if may_have_figures(sent.text):
            read = sent.text
            if (" killed " in read or " dead " in read) and _BARE_TALLY_NEEDLE.search(read):
                read = _BARE_TALLY.sub(r"\1,", read)     # "1 killed 2 wounded": two counts (a comma in the one space)
            if ", " in read and _SEX_AGE_NEEDLE.search(read):
                read = _SEX_AGE.sub(lambda m: re.sub(r"\d", " ", m.group()), read)    # "driver (M, 40)": an age, no count
            if "(see " in read:
                read = _SEE_ALSO.sub(lambda m: " " * len(m.group()), read)    # "(see KH-0911-02, no human casualties)": another record's
            if ":" in read[:12] and (victims := _VICTIMS_FIELD.match(read)) is not None \
                    and not _STATUS_WORD.search(read, victims.end("n"), victims.start("status")):
                # "Victims: 1 - male, 39, tractor operator - killed": the count and its status, the rest blanked
                read = read[:victims.end("n")] + " " * (victims.start("status") - victims.end("n")) + read[victims.start("status"):]
            if "  " in read and (row := _COUNT_ROW.match(read)) is not None:
                read = _count_row_read(read, row, text[max(0, sent.start - 400):sent.start])
            elif read.count(":") >= 2 and contains_any(read, _COUNT_WORDS):
                for row in list(_COUNT_CELLS_ROW.finditer(read)):
                    read = _count_row_read(read, row, "", row.end("label"))    # "Injured – Men: 1  Women: 0  Boys: 1": their sum
            tokens = tokenize(read, sent.start)
            if skip is not None and sent.start < skip[1] and sent.end > skip[0]:
                tokens = [t for t in tokens if not skip[0] <= t.start < skip[1]]
            if read is sent.text:
                figures = sentence_figures(tokens, text, sent.index, sent.start) if tokens else []
            else:       # (the passes that read the text read it as adjusted, each figure's words then the report's own)
                figures = sentence_figures(tokens, text[:sent.start] + read + text[sent.end:], sent.index, sent.start) \
                    if tokens else []
                for f in figures:
                    f.text = text[f.start:f.end]
        if figures and (" its " in sent.text or " their " in sent.text):
            for f in figures:
                if f.status == "killed" and _OWN_DEAD_BEFORE.search(text, max(0, f.start - 30), f.start):
                    f.breakdown = True      # "The Popular Mobilisation Authority mourned its two martyrs": the dead told
        if sources:
            label = sources[0].label()
            for f in figures:
                f.source = label
        cues = find_cues(sent.text, sent.start)
        if sent.text[:1] in "TAI" and not figures and _SPEAKER_ACT.match(sent.text) and not _TALLY_HARM.search(sent.text):
            infos.append(SentenceInfo(sent=sent, figures=[], cues=[], places=[], dates=[], sources=sources, political=[],
                                      background=True))
            continue    # "Today I spoke with our partners in Europe about missiles": the speaker's day, no incident's
        tally = cues and not any(f.status for f in figures) and _weapons_tally(sent.text)
        if tally and not _DEBRIS.search(text, sent.end, sent.end + 250):
            infos.append(SentenceInfo(sent=sent, figures=[], cues=[], places=[], dates=[], sources=sources, political=[],
                                      background=True))
            continue    # "Over this week alone, Russia has launched more than 660 attack drones": a tally, no incident
        #   (but a downing whose debris the next sentence tells fell keeps its weapon, though not the oblasts it lists:
        #   "destroyed 9 UAVs over Voronezh and the region. In the Levoberezhny district, debris fell on the roof")
        political = find_political(sent.text, sent.start, sent.index)
        dates = find_dates(sent.text, sent.start, ref, basis)
        if dates and ref is not None and (late := (ref + _LATER_THAN_NEWS).isoformat()) and any(d.date and d.date > late for d in dates):
            dates = [d for d in dates if not (d.date and d.date > late)]    # "DECL: 02/03/2027", "talks set for 12 March":
            #                                                                 a day after the report, no incident's
        if dates and not figures and "mourning" in sent.text and _MOURNING_DAY.search(sent.text):
            dates = []      # "4 July is declared a day of mourning in Kryvyi Rih": the mourning's day, after the deed
        if dates and infos and not figures and not cues and _MASTHEAD.search(sent.text):
            dates = []      # "Aden Weekly — Saturday round-up": the issue's day, not an incident's
        # Places matter only where something happens or is said (and in a headline), or where a day
        # sets the scene for the toll told next ("On 1 August, aerial surveillance spotted fighters
        # near Boulkessi, in the Mopti region. Air strikes were carried out, killing several.")
        # (not a downing's oblasts, kept only for its weapon: "destroyed 9 UAVs over Voronezh and the region")
        places = []
        if not tally and (
                figures or cues or political or sources or not infos or dates or sent.text.startswith(PLACE_FIELD_LABELS)
                or sent.text[:1].isalpha() and (UNIT_FIELD_LINE.match(sent.text) or "/" in sent.text and SLASH_FIELDS.match(sent.text))
                or contains_any(sent.text, _SCENE_VERBS)
                or len(sent.text) <= 70 and _HEADING_LINE.match(sent.text)
                or len(sent.text) <= 32 and _LONE_NAME.fullmatch(sent.text)
                or ", in " in sent.text and _THE_TOWN_NEXT.search(text, sent.end, sent.end + 160)):
            # ("The incident occurred 85 nautical miles southeast of Aden"; a round-up's heading line, "- Ituri / Djugu
            # territory -", "MOPTI REGION."; a speech's town alone, "Dnipro."; a scene told in passing whose town the next
            # sentence's deed calls "the town": "... in Huliaipole, the morning had already been bad. At around 6:30 a.m.
            # ... shells hit a private house on the eastern side of the town")
            # (or a record's unit field: "Oblast: Kharkiv", "Settlement: Husarivka", "Country / Admin 1 / Location: ...")
            places = find_places(sent.text, sent.start, lead=not infos,
                                 alone=sent.start < 3 or text[max(0, sent.start - 8):sent.start].rstrip(" \t").endswith("\n\n")
                                 or not text[:sent.start].strip())
            if places_read is not None:
                places_read.add(sent.index)
        infos.append(SentenceInfo(
            sent=sent, figures=figures, cues=cues, places=places,
            dates=dates, sources=sources, political=political))
    if infos:
        infos[0].headline = is_headline(infos[0], text[infos[0].sent.end:infos[0].sent.end + 2])
        if not (infos[0].figures or infos[0].cues):
            # a page's title below its menus and section labels: the first line that tells something, on its own
            # between blank lines ("SUDAN | DARFUR\n\nRSF shelling kills 14 in El Fasher ...\n\n5 December 2024 | ...")
            first = next((i for i in infos[:15] if i.figures or i.cues), None)
            if first is not None and first is not infos[0] and text[max(0, first.sent.start - 2):first.sent.start] == "\n\n" \
                    and text[first.sent.end:first.sent.end + 2] == "\n\n" \
                    and is_headline(first, text[first.sent.end:first.sent.end + 2]):
                first.title = True
        for info in infos[1:]:
            if _item_headline(info, text):
                info.headline = True    # a digest's item: "> BURKINA FASO | Gunmen kill 15 villagers near Dori", its story below
    _share_attribution(infos)
    if ", " in text and "\n" in text:
        _victim_lists(infos, text, places_read)
    return infos


# a line of a list of the dead: "KOVALENKO Hanna Petrivna, 71 - village of Verbivka", "- Oleh Marchenko, 45, from Izium"
_VICTIM_LINE = re.compile(r"(?:[-•*▪]\s*|\d{1,3}[.)]\s*)?(?:(?:Mr|Mrs|Ms|Miss|Master|Dr)\.?\s+)?(?:[A-Z][\w'’.-]+ ){1,3}[A-Z][\w'’-]+"
                          r"(?:,\s*(?:aged\s*)?\d{1,3}(?=\s*(?:[-–—,(;]|years\b|y\.o\.|$))"
                          r"|\s+[-–—]\s+\d{1,3}\s*(?:yrs?|years?(?: old)?)?\b|\s*\(\d{1,3}\))")
#   (and "1. Mr. Daniel Dalyop Gyang - 54yrs - Daffo", "Hanna Kovalenko (71), Verbivka")
_BARE_NUMBER = re.compile(r"\d{1,3}[.)]")
# what the line above such a list says of them
# what the line above such a list says of them: that they died, and whose names follow ("the names of our fellow
# residents who were killed", "killed the following persons:")
_LIST_OF_DEAD = re.compile(r"\b(?:killed|died|dead|lost their lives|perished|victims)\b", re.IGNORECASE)
_LIST_FOLLOWS = re.compile(r"(?::\s*$|\bnames? of\b|\bnamed\b|\bthe following\b|\bidentified as\b)", re.IGNORECASE)
_NO_DEAD = re.compile(r"\b(?:no one|nobody|none|not|no deaths|no fatalities|no casualties|injured|wounded|hurt)\b",
                      re.IGNORECASE)
_LINE_KILLED = re.compile(r"\b(?:killed|dead|died|deceased)\b", re.IGNORECASE)
_LINE_HURT = re.compile(r"\b(?:injured|wounded|hurt|missing)\b", re.IGNORECASE)


def _at_line_start(text: str, at: int) -> bool:
    """Only spaces or tabs between the line's start and `at` (a list's indented line too)."""
    return not text[text.rfind("\n", 0, at) + 1:at].strip(" \t")


def _victim_lists(infos: list[SentenceInfo], text: str, places_read: set[int] | None) -> None:
    """A list of the dead by name, one a line under a line that says they were killed and that their names follow
    ("We publish the names of our fellow residents who were killed ...: 1. KOVALENKO Hanna Petrivna, 71 - village of
    Verbivka"): its lines tell who died and where they lived, no scene (background), and count the dead for the line
    above where it tells no count (the lines marked killed only, where lines tell each one's fate)."""
    k = 0
    while k < len(infos):
        run, j = [], k
        while j < len(infos):
            info = infos[j]
            t = info.sent.text
            at = info.sent.start
            # (a line's start: the text's, a line break's, or a bare number's alone at a line's start, "1. KOVALENKO")
            line_start = _at_line_start(text, at) or j > k and _BARE_NUMBER.fullmatch(infos[j - 1].sent.text) \
                and _at_line_start(text, infos[j - 1].sent.start)
            if _BARE_NUMBER.fullmatch(t) and _at_line_start(text, at):
                j += 1
                continue
            if line_start and _VICTIM_LINE.match(t):
                run.append(info)
                j += 1
                continue
            break
        if len(run) < 2:
            k = max(j, k + 1)
            continue
        before = [i for i in infos[max(0, k - 2):k] if not _BARE_NUMBER.fullmatch(i.sent.text)]
        header = before[-1] if before else None
        if header is not None and _LIST_OF_DEAD.search(header.sent.text) and _LIST_FOLLOWS.search(header.sent.text) \
                and not _NO_DEAD.search(header.sent.text):
            for info in infos[k:j]:
                info.background = True      # (who they were and where they lived: no scene, no more dead)
                info.places, info.dates, info.cues = [], [], []
                if places_read is not None:
                    places_read.add(info.sent.index)
            hurt = [i for i in run if _LINE_HURT.search(i.sent.text)]
            dead = len([i for i in run if _LINE_KILLED.search(i.sent.text)]) if hurt else len(run)
            #   (where some lines say wounded: the lines that say killed; "(died on 14 March in a hospital)" is one dead)
            told = any(f.status == "killed" and f.best is not None for i in before for f in i.figures)
            h = header.sent
            if not told and dead:
                header.figures.append(Figure("killed", dead, dead, dead, "people", h.start, h.end,
                                             text[h.start:h.end], sentence=h.index))
            hurt_n = len([i for i in hurt if not _LINE_KILLED.search(i.sent.text)])
            if hurt_n and not any(f.status == "injured" and f.best is not None for i in before for f in i.figures):
                # ("- Hanna Kovalenko, 71, injured": the list's wounded, counted likewise)
                header.figures.append(Figure("injured", hurt_n, hurt_n, hurt_n, "people", h.start, h.end,
                                             text[h.start:h.end], sentence=h.index))
        k = j


def _item_headline(info: SentenceInfo, text: str) -> bool:
    """A round-up's item title: a line of its own after a blank line, led by its country or region ("> MALI | Army
    convoy ambushed on the Lere road", "2. Bangladesh: One dead, 30 hurt as rival activists clash"), with no closing
    stop, its story on the line right below."""
    t, end = info.sent.text, info.sent.end
    if len(t) > 160 or t.rstrip().endswith((".", "!", "?", '"', "”")):
        return False
    start = info.sent.start
    if (number := _ITEM_NUMBER_BEFORE.search(text, max(0, start - 8), start)) is not None:
        start = number.start()      # ("2.\nBangladesh: ..." split from its number)
    if text[max(0, start - 2):start] != "\n\n" and start > 0:
        return False
    if not (text[end:end + 1] == "\n" and text[end + 1:end + 2].strip() or text[end:end + 3] in (" - ", " – ")):
        return False    # (its story on the next line, or after a dash on its own: "* Peru: Transport workers march - ...")
    if text[end:end + 1] == "\n" and (_ITEM_LABEL.match(text, end + 1) or _NEXT_ITEM.match(text, end + 1)):
        return False    # (a list of titles, each an item of its own: "Nigeria: Gunmen kill 3 ...\nNiger: 5 soldiers ...")
    label = _ITEM_LABEL.match(t)
    return label is not None and (countries.lookup(label.group("name").title() if label.group("name").isupper()
                                                   else label.group("name")) or ("", "", ""))[2] == "name" \
        or label is not None and label.group("sep") == ":" and (label.group("num") is not None or number is not None)


_ITEM_NUMBER_BEFORE = re.compile(r"\d{1,2}[.)]\s*$")
_NEXT_ITEM = re.compile(r"\s*(?:[-•*>]\s|\d{1,2}[.)]\s)")
# a round-up item's label: its quote mark, bullet or number, then its country or region, then a bar or a colon
_ITEM_LABEL = re.compile(r"\s*(?:>|[-•*])?\s*(?P<num>\d{1,2}[.)]\s*)?(?P<name>[A-Z][A-Za-z'’ -]{2,30}?)\s*(?P<sep>[|:])\s+\S")


_HEADING_LINE = re.compile(r"\s*(?:📍\ufe0f?\s*[A-Z][^:;()\n.!?]{1,40}$|(?:[-–—•*]+\s*|[\U0001F1E6-\U0001F1FF]{2}\s*)?[A-Z][^:;()\n]{1,60}?(?:[-–—|]+|\b(?:REGION|PROVINCE|STATE|OBLAST|GOVERNORATE"
                           r"|DEPARTMENT|[Rr]egion|[Pp]rovince|[Ss]tate|[Oo]blast|[Gg]overnorate|[Dd]epartment|[Tt]erritory"
                           r"|[Dd]istrict|[Cc]ounty|[Tt]ownship|[Cc]ountryside)|(?<=\w) [—–-] [A-Z][\w'’ -]{2,30})[.\s]*$)")
# (and a post's "Jisr al-Shughur |", a round-up's "🇲🇱 MALI — Kidal", a post's pinned town, "📍 Marhanets community")


def _share_attribution(infos: list[SentenceInfo]) -> None:
    """Pieces of one sentence cut at a second attack share its attribution: "a bomb killed five in
    Gao, while gunmen killed three near Timbuktu, the army said" (the army told both)."""
    said: dict[int, list[Source]] = {}
    for info in infos:
        if info.sent.clause is not None and info.sources:
            said.setdefault(info.sent.clause, info.sources)
    for info in infos:
        if info.sent.clause is not None and not info.sources and info.sent.clause in said:
            info.sources = said[info.sent.clause]
            for f in info.figures:
                f.source = f.source or info.sources[0].label()


PlaceCountry = Callable[..., "str | None"]     # (name, within=, region=, min_population=, near=, larger_than=, district_of=, in_region=):
#                                                conflictlens.api.place_country
# A town abroad smaller than this, read from its name alone, yields to a surer country
_TOWN_ABROAD = 20_000
# ... and one smaller than this yields to a place of its name, of any size, in the country the report's title names
_TOWN_HELD_ABROAD = 30_000


def extract_document(doc: Document, place_country: PlaceCountry | None = None,
                     lead_regions: list[Place] | None = None) -> list[Event]:
    """All events of one document, in document order.

    `place_country` names the country of a town ("Poltava" -> "Ukraine") when
    the text does not; the geo layer supplies it (extract never imports geo).
    `lead_regions`, where given, receives the regions named in the report's first few (_LEAD_LINES)
    sentences that no incident holds ("The enemy shelled the Kharkiv region 27 times."):
    the geo layer weighs the report's later villages by them.
    """
    if not doc.text or not doc.text.strip():
        return []
    ref = parse_iso(doc.published)
    basis = "published"
    dl = find_dateline(doc.text, ref)
    if dl and dl.date and (ref is None or _FULL_YEAR.search(dl.text) or date.fromisoformat(dl.date) <= ref):
        # the report's own dated dateline ("KABUL, Afghanistan (March 14, 2011)", "SRINAGAR, May 21 –"
        # in a feed of May 22) is its date, over a feed's publication date that may be when it was collected
        ref, basis = date.fromisoformat(dl.date), "dateline"
    year = heading_year(doc.text)
    if year is not None and (ref is None or year < ref.year):
        # a chronology's title year dates its entries' days (over a later publication: "Attacks on aid convoys, 2021")
        ref, basis = date(year, 12, 31), "heading"
    places_read: set[int] = set()
    infos = analyse(doc, ref, basis, places_read, bare_dateline_span(doc.text) if dl else None)
    if dl:
        # The dateline and the header above it date the report, not the event.
        for info in infos:
            if info.sent.start < dl.end:
                info.dates = [d for d in info.dates if d.start >= dl.end]
    if place_country is not None:
        _shouted_labels_known(infos, doc.text, place_country)
        _struck_towns(infos, place_country, doc.text)
        _lone_names(infos, place_country)
        _native_names(infos, doc.text)
        _possessive_names(infos, doc.text, place_country)
        _districts_of_towns(infos, place_country, doc.text, doc.source)
    drafts = segment(infos, ref, is_chronology(infos, year is not None))
    _fill_gaps(drafts, infos, places_read)
    _borrow_scene(drafts, infos, places_read)
    _crowd_at_the_attack(drafts)
    _the_city_told_before(drafts)
    drafts = _split_by_town(drafts)
    filed = find_dateline_place(doc.text) if drafts else None
    doc_country = _document_country(doc.text, [s.sent for d in drafts for s in d.sentences], filed)
    running = _running_dates(infos) if drafts else []
    filed_in = _dateline_country(filed, place_country)
    events = []
    # a region's day told as a whole first ("Russian shelling killed 3 residents of the Donetsk region: ..."): its
    # weapon is that of its towns' lines that name none ("In Druzhkivka, 1 person was killed and 2 were injured.")
    opening = next((i for i in infos if not i.headline), None)
    summed = best_weapon(opening.cues) if opening is not None and SERIES.search(opening.sent.text) else None
    _headline_sums(drafts)
    sections = _country_sections(infos) if len(drafts) > 1 else []

    def build(k: int, d: IncidentDraft, before: list[Event]) -> Event | None:
        # "A second strike hit ...": the weapon of the strike before, where this one names none
        lead_text = d.sentences[0].sent.text
        subject = _FIRST_DEED.split(lead_text, 1)[0]     # (the words before its first deed: who did it)
        again = best_weapon([c for s in drafts[k - 1].sentences for c in s.cues]) \
            if k and _AGAIN.search(lead_text) and not _AGENTS.search(subject) else None
        if again is None and summed is not None and opening not in d.sentences and _TOWN_LINE.match(lead_text) \
                and not any(c.weapon or c.rank >= 2 for s in d.sentences for c in s.cues):
            again = summed
        at = min(s.sent.start for s in d.sentences)
        section = next((c for start, c in reversed(sections) if start < at), None)
        event = _build_incident(doc, d, ref, basis, doc_country, place_country, _preceding_date(d, running), again,
                                filed_in, _dateline_end(doc.text, filed), filed.name if filed else None,
                                before[-1].country if before else None, section)
        if event.event_type == EXPLOSIONS and _accident(event, d):
            return None     # "... caused by improperly stored fertiliser and not by an Israeli strike": an accident
        if not event.places and before and _SAME_CITY.search(lead_text):
            _same_town(event, before[-1], doc.text)
        return event

    built: list[tuple[int, IncidentDraft]] = []
    for k, d in enumerate(drafts):
        if (event := build(k, d, events)) is not None:
            events.append(event)
            built.append((k, d))
    own: dict[int, tuple[IncidentDraft, bool]] = {}     # a draft's own day (_own_day), read once (the draft held: its
    #                                                     id is never another's)

    def has_day(d: IncidentDraft) -> bool:
        if id(d) not in own:
            own[id(d)] = (d, _own_day(d))
        return own[id(d)][1]

    for j in range(len(events) - 1, 0, -1):
        # a part of the report that tells again an incident told before it (a cable's summary, then its paragraph on
        # the attack): one incident, read from both
        later = built[j][1]
        quoted = all(s.sent.text.startswith(">") for s in later.sentences)
        i = next((i for i in range(j) if events[i].event_type == events[j].event_type and not events[i].plover
                  and _restates_incident(events[i], events[j], later, quoted, not (has_day(built[i][1]) and has_day(later)),
                                         j - i == 1)), None)
        if i is not None and quoted:
            del events[j], built[j]     # (a forwarded e-mail's quoted first message: the update above it tells it now)
        elif i is not None:
            k, d = built[i]
            merged = IncidentDraft(sorted(d.sentences + built[j][1].sentences, key=lambda s: s.sent.index))
            if (event := build(k, merged, events[:i])) is not None:
                events[i], built[i] = event, (k, merged)
                del events[j], built[j]
    events += _build_political(doc, infos)
    if lead_regions is not None:
        held = {k for e in events for k in e.sentences}
        lead_regions += [p for info in infos[:_LEAD_LINES] if info.sent.index not in held for p in info.places
                         if p.kind == "region" and p.qualifier != "speaker"]
    order_events(events)
    return events


def _own_day(draft: IncidentDraft) -> bool:
    """The draft tells the day of its deed (not only the report's running day before it), or counts it from the day
    before ("... an IED hit an army convoy near Boni the following day")."""
    return any(m.date and m.role == "event" for s in draft.sentences for m in s.dates) \
        or any(_DAYS_LATER.search(s.sent.text) or _DAYS_EARLIER_MID.search(s.sent.text) for s in draft.sentences)


def _restates_incident(a: Event, b: Event, later: IncidentDraft, quoted: bool = False, any_day: bool = False,
                       next_to: bool = True) -> bool:
    """Event b, told later in the report, is event a told again: the same town and day (any day where one of them tells
    none of its own and b is `next_to` a: a summary's "a car bomb in Baghdad's Sha'ab neighborhood", then its paragraph),
    the same kind and weapon, no toll that
    differs (unless b is `quoted`, an e-mail's earlier message under the reply that updates it), and no word that makes
    it another ("a second strike", "elsewhere in the city")."""
    # (or b names no place at all and updates the toll, right after a: a thread's "6. Update 14:05 - toll is 9 killed")
    update = not b.location and not b.places and next_to and b.event_date == a.event_date \
        and any(_TOLL_UPDATE.search(s.sent.text) for s in later.sentences)
    if a.plover or b.plover or not a.location or a.event_date is None \
            or a.event_date != b.event_date and not (any_day and next_to) \
            or any_day and not next_to and not (a.fatalities and a.fatalities == b.fatalities
                                                or a.injured and a.injured == b.injured) \
            or a.time_precision != 1 or b.time_precision != 1 or a.event_type != b.event_type \
            or not any(p.kind in ("place", "district") for p in a.places) \
            or not update and (not b.location
                               or a.location.split(" (", 1)[0].casefold() != b.location.split(" (", 1)[0].casefold()
                               or any(p.kind == "region" and p.name == a.location.split(" (", 1)[0]
                                      for p in (*a.places, *b.places))):
        return False    # (a town's, not a region's: "Donetsk region" is many incidents' area)
    if a.weapon and b.weapon and a.weapon != b.weapon and a.weapon not in b.weapon and b.weapon not in a.weapon:
        return False    # (a "missile" is the "ballistic missile" told before)
    if not (quoted or update) and any(x is not None and y is not None and x != y
                                      for x, y in ((a.fatalities, b.fatalities), (a.injured, b.injured))):
        return False
    lead = later.sentences[0].sent.text
    return not (_AGAIN.search(lead) or _SAME_CITY.search(lead) or ANOTHER_INCIDENT.search(lead.lstrip("-•*( 0123456789.)")))


_TOLL_UPDATE = re.compile(r"\b(?:update|updated|toll (?:is|now|rose|rises|has risen|stands)|now \d+ (?:killed|dead)|risen to)\b",
                          re.IGNORECASE)


# An attack told in another part of the town of the incident before it: "Later on Thursday, guided bombs struck a
# different part of the city", "Elsewhere in the city, a drone hit a bus"
_SAME_CITY = re.compile(r"\b(?:(?:another|a different|other|a second|the other) (?:part|district|neighbou?rhood|area|side)s? of the"
                        r"|elsewhere in the|in (?:the )?(?:same|another part of the)) (?:city|town)\b", re.IGNORECASE)


def _same_town(event: Event, before: Event, text: str) -> None:
    """The town of the incident told before, for one told in another part of it that names no place of its own."""
    town = next((p for p in before.places if p.kind == "place" and p.qualifier not in ("origin", "speaker")
                 and before.location and before.location.startswith(p.name)), None)
    if town is not None:
        event.places = [town]
        event.location = town.name
        event.evidence.append(_span("location", town.start, town.end, text))


# A line that is only a country's name, a briefing's section heading: "**Sudan**", "## Ukraine", "SOMALIA"
_COUNTRY_LINE = re.compile(r"[#*_\s]*(?P<name>[A-Z][\w .'’-]{2,40}?)[*_\s:]*")


def _country_sections(infos: list[SentenceInfo]) -> list[tuple[int, str]]:
    """Where each country's section of a briefing begins, by its heading line."""
    out = []
    for info in infos:
        text = info.sent.text
        if len(text) <= 48 and (m := _COUNTRY_LINE.fullmatch(text)) is not None:
            hit = countries.lookup(m.group("name").strip().title() if m.group("name").isupper() else m.group("name").strip())
            if hit is not None and hit[2] == "name":
                out.append((info.sent.start, hit[0]))
    return out


def order_events(events: list[Event]) -> None:
    """Put the events in document order and give each its stable id (in place). Document order is by the event's own
    words: a date borrowed from an earlier sentence does not move it."""
    events.sort(key=lambda e: min((s.start for s in e.evidence if s.field != "event_date"),
                                  default=min((s.start for s in e.evidence), default=0)))
    seen: set[str] = set()
    for e in events:
        base = e.event_id = e.stable_id()
        k = 1
        while e.event_id in seen:       # two events alike in every coded field: number the repeats
            k += 1
            e.event_id = f"{base}-{k}"
        seen.add(e.event_id)


def extract(text: str, published: str | None = None, doc_id: str | None = None,
            place_country: PlaceCountry | None = None) -> list[Event]:
    """Code one report: the events it reports, each with evidence spans."""
    return extract_document(Document(id=doc_id or "doc", text=text, published=published), place_country)


def _read_places(info: SentenceInfo, places_read: set[int]) -> None:
    """The places of a sentence that analyse passed over (each sentence is read once)."""
    if info.sent.index not in places_read:
        info.places = find_places(info.sent.text, info.sent.start, lead=info.sent.index == 0)
        places_read.add(info.sent.index)


# "Ukraine's army hit the town of Rylsk": a side, not where it happened
# (group 1: a voice, the country whose ministry speaks, "Egypt's foreign ministry condemned the strike on
# al-Mawasi": not named as the place, though the place may be there)
_FORCES_AFTER = re.compile(r"(?-i: (?:Rangers|Army|Navy|Air Force|Armed Forces|Border Guards?|Coast Guard|Marines|Defen[cs]e Forces)\b)"
                           r"(?= (?:[\w-]+ ){0,2}?(?:fired|shelled|resorted|opened|attacked|launched|struck|violated|indulged|targeted"
                           r"|bombed|shot)\b)"
                           r"|['’]s (?:armed forces|forces|army|military|troops|air force|navy|drones?|missiles?|artillery"
                           r"|warplanes|jets|((?:foreign |defen[cs]e |interior )?ministry|government|president|prime minister"
                           r"|foreign minister|embassy|envoy|ambassador))\b", re.IGNORECASE)
# A nationality's people or officials: "Ukrainian authorities said", "three Malian civilians"
_PEOPLE_AFTER = re.compile(r"(?: [\w-]+)? (?:authorities|officials|official|police|governor|ministry|government|people"
                           r"|civilians|residents|villagers|citizens|nationals|families|children|women|men)\b", re.IGNORECASE)
# One victim's nationality, told among the victims: "among them a Syrian farm worker", "including two Nepali labourers"
_FOREIGN_VICTIM = re.compile(r"\b(?:among them|including|one of them|of whom|among whom|among the dead|among the wounded)"
                             r"(?: (?:a|an|one|two|three|four|five|\d+))?\s*$", re.IGNORECASE)
_PERSON_AFTER = re.compile(r"(?: [\w-]+){0,2}? (?:workers?|labou?rers?|farmers?|nationals?|citizens?|man|men|woman|women|boys?|girls?"
                           r"|child|children|journalists?|doctors?|nurses?|volunteers?|drivers?|refugees?|migrants?|students?"
                           r"|tourists?|engineers?|aid workers?|employees?|shepherds?|herders?|fishermen|fisherman)\b")
# a country told as where someone lives or went, not where anything happened: "Her son, who lives in Poland, calls"
_ELSEWHERE_BEFORE = re.compile(r"\b(?:lives?|living|lived|works?|working|studies|studying|settled|moved|fled|emigrated"
                               r"|relocated|sheltering|staying) (?:to|in) (?:the )?$", re.IGNORECASE)
# A country named as a side's ("the Armed Forces of Ukraine"), not a group's name ("the Revolutionary Armed Forces of Colombia").
_FORCES_OF = re.compile(r"(?<!revolutionary )(?<!revolutionary armed )(?<!armed )(?:armed forces|forces|army|military|troops|government"
                        r"|ministry of defen[cs]e) of (?:the )?$", re.IGNORECASE)


def _split_by_town(drafts: list[IncidentDraft]) -> list[IncidentDraft]:
    """An incident whose toll one sentence tells town by town ("killed 4 people: 3 in Kherson and 1
    in Beryslav") is one incident per town, each with its own count (as UCDP and ACLED code them).
    Its other sentences, where they count no one, go with every town, less their towns."""
    out: list[IncidentDraft] = []
    for d in drafts:
        items = [(s, f) for s in d.sentences for f in s.figures if f.town]
        told_in = {id(s) for s, _ in items}
        info = items[0][0] if items else None
        named = {p.name.lower() for p in info.places} if info else set()
        roots = {f.part_of for _, f in items}
        if len({f.town for _, f in items}) < 2 or len(told_in) != 1 or any(
                id(s) not in told_in and any(f.status for f in s.figures) for s in d.sentences) \
                or any(f.town.lower() not in named for _, f in items) \
                or any(f.status and not f.town and f.part_of is None and k not in roots for k, f in enumerate(info.figures)):
            # (not where another count is told beside the towns' toll, "... while 30 were wounded",
            # nor where an item is no place the sentence names, "6 in January and 4 in February")
            out.append(d)
            continue
        by_town: dict[str, list[Figure]] = {}
        for _, f in items:
            by_town.setdefault(f.town, []).append(f)
        # the sentence's other places (its region, "local government areas of Kaduna State") go with each town
        towns = {t.lower() for t in by_town}
        context = [p for p in info.places if p.name.lower() not in towns]
        rest = [s if s is info else dataclasses.replace(s, places=[p for p in s.places if p.kind == "region"])
                for s in d.sentences]
        for town, figs in by_town.items():
            here = [p for p in info.places if p.name.lower() == town.lower()] + context
            piece = dataclasses.replace(info, figures=[dataclasses.replace(f, part_of=None, breakdown=False) for f in figs],
                                        places=here)
            out.append(IncidentDraft([piece if s is info else s for s in rest]))
    return out


def _fill_gaps(drafts: list[IncidentDraft], infos: list[SentenceInfo], places_read: set[int]) -> None:
    """A sentence between two sentences of one incident belongs to it ("In Helmand province, ...")."""
    used = {s.sent.index for d in drafts for s in d.sentences}
    for d in drafts:
        # (not the lines between a headline and the body: "This is a condensed version of our live coverage
        # for Wednesday" is the page's, and its day is no incident's)
        idx = [s.sent.index for s in d.sentences if not s.headline] or [s.sent.index for s in d.sentences]
        gaps = [k for k in range(min(idx) + 1, max(idx)) if k not in used and not infos[k].background
                and not infos[k].political]
        for k in gaps:
            info = infos[k]
            _read_places(info, places_read)
            d.sentences.append(info)
            used.add(k)
        if gaps:
            d.sentences.sort(key=lambda s: s.sent.index)


_OF_THE_CITY = re.compile(r"\b(?:neighbourhood|neighborhood|district|part|centre|center|outskirts|suburb) of the (?:city|town)\b")


def _lend_scene(before: IncidentDraft, d: IncidentDraft, qualifiers: tuple[str | None, ...]) -> None:
    """Give the incident `d` the first town of the incident `before` (its sentence copied with only that place: none of
    its counts, cues or days)."""
    scene = next((s for s in before.sentences if any(p.kind == "place" and p.qualifier in qualifiers for p in s.places)),
                 None)
    if scene is not None:
        town = next(p for p in scene.places if p.kind == "place" and p.qualifier in qualifiers)
        d.sentences.insert(0, dataclasses.replace(scene, figures=[], cues=[], dates=[], political=[], sources=[],
                                                  places=[town], headline=False))


def _the_city_told_before(drafts: list[IncidentDraft]) -> None:
    """An incident that names no place but "the city" ("On Thursday, two glide bombs struck a residential
    neighbourhood of the city, killing two people") is in the town the incident before it was, not at the report's
    dateline."""
    for before, d in zip(drafts, drafts[1:]):
        if not any(p for s in d.sentences for p in s.places) and _OF_THE_CITY.search(d.sentences[0].sent.text):
            _lend_scene(before, d, (None, "settlement"))


def _crowd_at_the_attack(drafts: list[IncidentDraft]) -> None:
    """A crowd's protest or riot told right after an attack, later the same day or the next, naming no place ("Gunmen
    killed 15 villagers in Bokkos on Sunday night. On Monday morning, angry youths blocked the highway and burned tyres
    in protest."): where the attack was."""
    for before, d in zip(drafts, drafts[1:]):
        if not any(p for s in d.sentences for p in s.places) and LATER_OPENER.match(d.sentences[0].sent.text) \
                and any(c.sub_event_type in CROWD_EVENTS for s in d.sentences for c in s.cues):
            _lend_scene(before, d, (None,))


def _borrow_scene(drafts: list[IncidentDraft], infos: list[SentenceInfo], places_read: set[int]) -> None:
    """An incident that names no place takes the scene-setting sentence just before it
    ("Forces conducted an operation in Bermal district, Paktika province, today.")."""
    used = {s.sent.index for d in drafts for s in d.sentences}
    for d in drafts:
        if any(p.qualifier not in ("origin", "speaker") for s in d.sentences for p in s.places):
            # (where people fled or someone spoke is no scene: "... and 40 households fled towards Hombori")
            opening = next((s for s in d.sentences if not s.headline), d.sentences[0])
            k = opening.sent.index - 1
            if not opening.places and k >= 0 and k not in used and _SCENE_LINE.fullmatch(infos[k].sent.text) \
                    and not (infos[k].background or infos[k].political or infos[k].figures or infos[k].cues):
                _read_places(infos[k], places_read)
                if infos[k].places and all(p.qualifier is None for p in infos[k].places):
                    # a speech's scene line right above the deed, though the incident names other places later:
                    # "And yesterday evening - Sumy region, Shostka. A Russian strike drone hit a city bus"
                    d.sentences.append(infos[k])
                    d.sentences.sort(key=lambda x: x.sent.index)
                    used.add(k)
            continue
        first = min((s.sent.index for s in d.sentences if not s.headline), default=d.sentences[0].sent.index)
        own = {s.sent.index for s in d.sentences}
        for k in range(first - 1, first - 5, -1):
            if k in own:
                continue        # (its own field line above it: "Time: since 05h")
            if k < 0 or k in used or infos[k].political:
                break
            if infos[k].background:
                if _THE_TOWN_IN.search(" ".join(x.sent.text for x in d.sentences)):
                    _read_places(infos[k], places_read)
                    if infos[k].places and all(p.qualifier is None for p in infos[k].places):
                        # "Five years ago, gunmen killed 11 people at a cockfight in Suarez. On Monday, gunmen killed three
                        # farmers in the town": the recalled attack's town, which the news calls "the town" (its place
                        # only, not its dead or day)
                        d.sentences.append(dataclasses.replace(infos[k], figures=[], cues=[], dates=[], political=[],
                                                               background=False))
                        d.sentences.sort(key=lambda x: x.sent.index)
                        break
                continue        # ("The leader is involved in a recent attack in X that killed one."): read past it
            info = infos[k]
            _read_places(info, places_read)
            if info.places and all(p.qualifier == "origin" for p in info.places):
                continue        # ("Abdirahman was born in Baidoa and moved to Mogadishu": where a victim came from)
            if info.places:
                d.sentences.append(info)
                d.sentences.sort(key=lambda s: s.sent.index)
                used.add(k)
                break


def _document_country(text: str, violent_sentences, dl: Place | None = None) -> Counter[str]:
    """Countries named in the document, those in incident sentences weighing most (`dl`: its dateline)."""
    counts: Counter[str] = Counter()
    found = countries.find_countries(text)
    for name, iso, kind, a, b in found:
        if kind != "organisation" and not (kind == "adjective" and actors.is_force(text, b)) \
                and not (kind == "name" and (_FORCES_AFTER.match(text, b) or _ELSEWHERE_BEFORE.search(text, max(0, a - 22), a))):
            counts[name] += 1       # (not "Israeli airstrikes": the side that fired, not where; nor "who lives in Poland")
    for sent in violent_sentences:
        # the sentence's forms, from the document's (a sentence is a span of it), read against the sentence
        lo, hi = sent.start, sent.start + len(sent.text)
        own = ((n, i, k, a - lo, b - lo) for n, i, k, a, b in found if a >= lo and b <= hi) \
            if text.startswith(sent.text, lo) else countries.find_countries(sent.text)
        for name, iso, kind, a, b in own:
            if kind != "organisation" and not (kind == "adjective" and actors.is_force(sent.text, b)) \
                    and not (kind == "name" and (_FORCES_AFTER.match(sent.text, b)
                                                 or _ELSEWHERE_BEFORE.search(sent.text, max(0, a - 22), a))):
                counts[name] += 5
    if dl and dl.parent:
        hit = countries.lookup(dl.parent)
        if hit:
            counts[hit[0]] += 3
    return counts


# The capitalised words after a possessive: "Cox's Bazar", read whole where the gazetteer knows it so
_AFTER_POSSESSIVE = re.compile(r"['’]s ([A-Z][\w’'-]*)(?: ([A-Z][\w’'-]*))?")


# a town told struck by its name alone, a headline's or a post's way: "Druzhkivka hit by guided bombs", "Donetsk oblast:
# Orikhiv hit by KABs" (a town the gazetteer knows, of some size: not "Shevchenko struck by shell fragments")
_STRUCK_BY = re.compile(r"(?:^|: |, |\d/ )(?P<name>[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?) (?:was |were )?(?:hit|struck|shelled|targeted"
                        r"|bombed|pounded) by (?:[\w-]+ ){0,2}?(?:(?:guided |aerial |glide )?bombs|missiles?|drones|rockets|shelling"
                        r"|artillery|KABs?|air ?strikes|Shaheds|MLRS|Grads?)\b")     # (not "struck by shell fragments": a person)
# a title's town, its verb's object at the line's end: "Drones again hit Kherson", "Ukrainian formations terrorise Gorlovka"
_TITLE_OBJECT = re.compile(r"\b(?:hit|hits|strike|strikes|shell|shells|attack|attacks|pound|pounds|bomb|bombs|terrori[sz]e"
                           r"|terrori[sz]es|target|targets|rock|rocks) (?:again )?(?P<name>[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?)$")
_STRUCK_TOWN_MIN = 5_000
_LONE_TOWN_MIN = 50_000


# The lines a report's lead regions are read from (a header and its date line may come before the lead: "Kharkiv border
# detachment ... / Monday, 29 April 2024 | 09:12 / Over the past 24 hours the Russians attacked ... Kharkiv region")
_LEAD_LINES = 4


def _shouted_labels_known(infos: list[SentenceInfo], text: str, place_country: PlaceCountry) -> None:
    """A factbox entry's label in capitals is its place only where the gazetteer knows the name or the entry gives its
    region ("* KHARKIV - ...", "MIR ALI, North Waziristan - ..."; not "* KEY FACTS - ...", "* REACTION - ...")."""
    for info in infos:
        if any(p.qualifier == "label" for p in info.places):
            info.places = [p for p in info.places if not (
                p.qualifier == "label" and not p.parent and text[p.start:p.end].isupper() and countries.lookup(p.name) is None
                and place_country(p.name) is None and place_country(p.name, region=True) is None)]


def _struck_towns(infos: list[SentenceInfo], place_country: PlaceCountry, text: str = "") -> None:
    """Add the town a sentence tells struck by its bare name where place reading found no place in it (or a title
    line ends with it, the object of its verb: "Ukrainian formations again terrorise Gorlovka")."""
    for info in infos:
        t = info.sent.text
        if not info.places and len(t) <= 100 and t[-1:].isalpha() and (m := _TITLE_OBJECT.search(t)) is not None \
                and (info.headline or info.title or "\n" not in t and info.sent.start > 0
                     and text[info.sent.start - 1] == "\n" and text[info.sent.end:info.sent.end + 1] in ("\n", "")) \
                and place_country(m.group("name"), min_population=_STRUCK_TOWN_MIN) is not None:
            at = info.sent.start + m.start("name")
            info.places = [Place(m.group("name"), at, at + len(m.group("name")), "place")]
            continue
        if not info.cues or " by " not in info.sent.text or any(p.kind != "region" for p in info.places):
            continue
        m = _STRUCK_BY.search(info.sent.text)
        if m is not None and not any(p.name == m.group("name") for p in info.places) \
                and place_country(m.group("name"), min_population=_STRUCK_TOWN_MIN) is not None:
            at = info.sent.start + m.start("name")
            info.places = sorted(info.places + [Place(m.group("name"), at, at + len(m.group("name")), "place")],
                                 key=lambda p: p.start)


# a town's own country's name for it, told after the name a report of the other side uses: "Zverevo (Ukr. Zvirove)"
_NATIVE_NAME = re.compile(r"\s*\((?:Ukr\.|Ukr:|Ukrainian:|in Ukrainian:?|Ukrainian name:?)\s+"
                          r"(?P<name>[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?)\s*\)")


def _native_names(infos: list[SentenceInfo], text: str) -> None:
    """A place told with its Ukrainian name in brackets after it is read by that name ("the settlement of Zverevo (Ukr.
    Zvirove)": Zvirove, in Donetsk oblast, not the Russian town Zverevo)."""
    if "(Ukr" not in text and "(in Ukr" not in text:
        return
    for info in infos:
        for p in info.places:
            if text.startswith((" (Ukr", " (in Ukr"), p.end) and (m := _NATIVE_NAME.match(text, p.end)) is not None:
                p.name, p.start, p.end = m.group("name"), m.start("name"), m.end("name")


def _lone_names(infos: list[SentenceInfo], place_country: PlaceCountry) -> None:
    """A sentence that is a town's name alone ("A very difficult day. Dnipro. Today, ... Russia struck the city"), a
    speech's way to set the scene, names that town (one of some size: not "Nothing.", "Sanctions.")."""
    for k, info in enumerate(infos):
        t = info.sent.text
        if not k or info.places or len(t) > 32 or not t[:1].isupper() or not _LONE_NAME.fullmatch(t) or k + 1 >= len(infos):
            continue    # (a report's first word alone is its dateline's: "Poltava. Shortly after midnight ...")
        name = t[:-1]
        if place_country(name, min_population=_LONE_TOWN_MIN) is not None and infos[k + 1].cues:
            info.places = [Place(name, info.sent.start, info.sent.start + len(name), "place")]


def _possessive_names(infos: list[SentenceInfo], text: str, place_country: PlaceCountry) -> None:
    """A place whose own name holds a possessive ("Cox's Bazar"), which place reading takes for an
    owner and its part ("Kharkiv's Novobavarskyi district"): read whole where a place bears the
    whole name, the part's mention (and its kind, "Cox's Bazar district") folded into it."""
    for info in infos:
        for p in info.places:
            m = _AFTER_POSSESSIVE.match(text, p.end)
            if m is None:
                continue
            for end in (m.end(2), m.end(1)) if m.group(2) else (m.end(1),):
                whole = text[p.start:end]
                if place_country(whole) is None:
                    continue
                parts = [q for q in info.places if q is not p and p.end < q.start < end]
                kinds = {q.kind for q in parts}
                p.kind = "district" if "district" in kinds else "region" if "region" in kinds else p.kind
                p.name, p.end, p.parent = whole, end, None
                info.places = [q for q in info.places if q not in parts]
                break


_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]{3,}")
_DISTRICT_FORM = re.compile(r"(?:skyi|skyy|skiy|sky|ska|skaya)$")     # a city district's adjective name
# ... and a word that names a region, its office or an outlet, not the city ("Mykolaiv oblast:", "Kyiv Independent")
_NOT_A_CITY_AFTER = re.compile(r"\s(?i:oblast|region|regional|province|governor|administration|military|independent|post|times"
                               r"|police|city council)\b")
_PARTS_TOWN_MIN = 20_000       # the least a town told before a neighbourhood is, to be the town it is a part of
# the words that make a name a part of a town: "the Tierra Blanca neighbourhood", "the Socio Vivienda sector"
_PART_OF_TOWN_AFTER = re.compile(r" (?i:neighbou?rhoods?|quarter|suburb|sector|colonia|barrio|favela"
                                 r"|(?P<facility>police station|police post|checkpoint|market|bazaar|mosque|church))\b")
_SOME_PART_BEFORE = re.compile(r"\b(?:a|an|one|another|each|every)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
_PART_OF_TOWN_BEFORE = re.compile(r"\b(?:colonia|barrio|bairro) $")
# ... and a town told right after it as its own: "in the Socio Vivienda sector, in the northwest of Guayaquil"
_TOWN_OF_PART = re.compile(r"\W{0,3}(?:(?:in|of)\s+)?(?:the\s+)?(?:(?:north|south|east|west|centre|center)\S*(?:\s+part)?\s+of\s+)?$",
                           re.IGNORECASE)


def _districts_of_towns(infos: list[SentenceInfo], place_country: PlaceCountry, text: str = "",
                        source: str | None = None) -> None:
    """A district named with no town after a town told before ("Russian drones struck Kharkiv
    overnight. In the Kyivskyi district three people were injured.") is that town's where the
    gazetteer knows it as one of its districts: its parent is set, so it opens no incident of its own.

    A name told as a part of a town ("in the Tierra Blanca neighbourhood", "the Socio Vivienda sector") is
    the town's that its paragraph told last, or that its sentence names right after it ("..., in the
    northwest of Guayaquil"), known as its district or not: a neighbourhood is no town elsewhere of its name."""
    towns: list[Place] = []
    regions: list[Place] = []       # (the regions told so far: one between a town and a part is the part's own area)
    town_at = -9                    # (the sentence that told the last town)
    for k, info in enumerate(infos):
        for p in sorted(info.places, key=lambda q: q.start):    # (in the order told: a label's town before its part)
            if p.kind == "district" and p.parent == "" and towns and k - town_at <= 2 \
                    and place_country(towns[-1].name, min_population=_LONE_TOWN_MIN) is not None \
                    and place_country(p.name, district_of=towns[-1].name) is None \
                    and not any(h.kind == "district" for h in info.places if h is not p):
                p.parent = towns[-1].name   # "Ukrainian formations again terrorise Gorlovka / ... a stop in the Nikitovsky
                continue                    # district of the city": the city just told
            if p.kind == "district" and p.parent is None and towns:
                p.parent = next((t.name for t in reversed(towns[-3:]) if place_country(p.name, district_of=t.name)), None)
            elif p.kind == "place" and p.parent is None and p.qualifier is None and _DISTRICT_FORM.search(p.name) \
                    and (city := next((w.group() for w in reversed(list(_CAPITALISED.finditer(
                        text, text.rfind("\n", 0, p.start) + 1, p.start))) if not _NOT_A_CITY_AFTER.match(text, w.end())
                        and place_country(p.name, district_of=w.group())), None)) is not None:
                p.kind, p.parent = "district", city     # "Zaporizhzhia hit twice: tram depot in Oleksandrivskyi": the
                continue                                # city's district, the city told before it on its line
            if p.parent is None and p.kind == "district" and _PART_OF_TOWN_BEFORE.search(text, max(0, p.start - 12), p.start) \
                    and (town := _town_before(p, towns, regions, text, place_country)) is not None:
                p.parent = town.name        # "Culiacan: ... in colonia Tierra Blanca": the town told before
                continue
            if p.parent is None and p.kind in ("district", "place") \
                    and (word := _PART_OF_TOWN_AFTER.match(text, p.end)) is not None \
                    and (p.kind == "district" or p.qualifier == "direction" or word.group("facility")):
                town = _town_of_part(p, word, info, towns, regions, text, place_country)
                if town is not None and word.group("facility"):
                    p.parent, p.qualifier = town.name, "part"   # (a site's name: near its town, no district of it)
                    continue
                if town is not None:
                    p.kind, p.parent, p.qualifier = "district", town.name, None
                    continue
            if p.kind == "place" and p.qualifier not in ("origin", "speaker"):
                towns.append(p)
                town_at = k
            elif p.kind == "region":
                regions.append(p)
    if text and any(p.kind == "district" and p.parent is None for info in infos for p in info.places):
        # "Notes from the Right Bank - a Kherson diary ... at the stop in the Dniprovskyi district", "... on a bus in
        # Dniprovskyi district ... in Kherson's riverside districts": the district of the city the report names elsewhere
        # (its title first, then its text, then the outlet's name), where the gazetteer knows it as one of its parts
        cities = [w.group().removesuffix("'s").removesuffix("’s") for w in _CAPITALISED_PAIR.finditer(text, 0, 3000)]
        cities += [w.group().removesuffix("'s").removesuffix("’s") for w in _CAPITALISED.finditer(text, 0, 3000)]
        #   (a city of two words too: "Kryvyi Rih names six killed in Wednesday's missile strike")
        cities += [w.group() for w in _CAPITALISED.finditer(source or "")]
        for info in infos:
            for p in info.places:
                if p.kind == "district" and p.parent is None:
                    p.parent = next((c for c in dict.fromkeys(cities) if c != p.name
                                     and place_country(p.name, district_of=c)), None)


_CAPITALISED_PAIR = re.compile(r"\b[A-Z][\w'’-]{2,} [A-Z][\w'’-]{1,}")


def _town_before(p: Place, towns: list[Place], regions: list[Place], text: str, place_country: PlaceCountry) -> Place | None:
    """The town told last before a part of a town (`p`), on its line, with no other area told between them (but the
    town's own region: "Culiacán, Sinaloa: ... in the Tierra Blanca neighbourhood"), and large enough to have parts."""
    if not towns or "\n" in text[towns[-1].end:p.start]:
        return None         # (another line's: a post's or a round-up's next item)
    town = towns[-1]
    if any(town.end <= r.start < p.start and (town.parent or "").lower() != r.name.lower() for r in regions):
        return None         # ("... Culiacan ... In Guanajuato state, three men were shot in the San Juanico neighbourhood")
    return town if place_country(town.name, min_population=_PARTS_TOWN_MIN) is not None else None


def _town_of_part(p: Place, word: re.Match[str], info: SentenceInfo, towns: list[Place], regions: list[Place], text: str,
                  place_country: PlaceCountry) -> Place | None:
    """The town a part of a town (`p`, "the X neighbourhood") is in: one its sentence names right after it,
    else the last one told before it in its paragraph ("Culiacán, Sinaloa: Gunmen fired ... in the Tierra Blanca
    neighbourhood"); None where neither is (a front's sector, "the Pokrovsk sector", is a town's own name). `word` is the
    part's word after it (_PART_OF_TOWN_AFTER)."""
    if _SOME_PART_BEFORE.search(text, max(0, p.start - 25), p.start):
        return None         # ("in a northern Shiite suburb": a kind of part, no part's name)
    if word.group().strip().lower() == "sector" and place_country(p.name) is not None:
        return None         # ("the Pokrovsk sector": the front at a town, placed by the town)
    after = next((q for q in info.places if q.start > p.end and q.kind == "place" and q.qualifier != "origin"
                  and _TOWN_OF_PART.fullmatch(text, word.end(), q.start)), None)
    if word.group("facility") and after is None:
        # (a site by a name is a part of the town its sentence puts it in, "the Mandan police station in Bannu", or its
        # line's label told, "Bannu: ... on the Mandan police station"; no other: "the Kabul police station" is Kabul's)
        return _town_before(p, towns, regions, text, place_country) if towns and towns[-1].qualifier == "label" else None
    if after is not None:
        return after if place_country(after.name, min_population=_PARTS_TOWN_MIN) is not None else None
    if word.group().strip().lower() == "sector":
        return None         # (a sector the gazetteer lacks, told with no town: a front's, not the last town's part)
    # (a village or a district has no neighbourhoods: "the Angoor Adda sector of South Waziristan")
    return _town_before(p, towns, regions, text, place_country)


def _title_countries(text: str) -> list[str]:
    """The countries a report's title line names by name ("Yemen - field security notes, week 46")."""
    head = text.lstrip()[:160]
    if "\n" not in head:
        return []       # (no title line: a one-paragraph report)
    title = head.split("\n", 1)[0]
    return [name for name, _iso, kind, _a, _b in countries.find_countries(title) if kind == "name"] if len(title) <= 100 else []


def _dateline_end(text: str, dl: Place | None) -> int:
    """Where a dateline's country ends ("NAIROBI, Kenya"), else 0."""
    if dl is None or not dl.parent:
        return 0
    at = text.find(dl.parent, dl.end, dl.end + 40)
    return at + len(dl.parent) if at >= 0 else 0


def _dateline_country(dl: Place | None, place_country: PlaceCountry | None) -> str | None:
    """The country the report was filed from (`dl`: its dateline): named, or of the dateline's town."""
    if dl is None:
        return None
    hit = countries.lookup(dl.parent) if dl.parent else None
    if hit and hit[2] == "name":
        return hit[0]
    return place_country(dl.name) if place_country is not None else None


_FULL_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


# (not the other side's or another day's: "a day after Ukrainian HIMARS struck", "after Ukraine received ATACMS")
_NOT_ITS_OWN = re.compile(r"\b(?:after|received|receiving|supplied|delivered|destroyed|destroying|lost|captured"
                          r"|shot down|intercepted)\b[^.;]{0,50}$", re.IGNORECASE)
# A lead's generic fire and the kinds of it a later sentence may name ("shelling", then "Grad rockets")
_NAMED_LATER = {"artillery": frozenset({"MLRS"}), "rocket": frozenset({"MLRS"}),
                "missile": frozenset({"ballistic missile", "cruise missile"})}
_TIME_OF_DAY = re.compile(r"(?i:at night|tonight|overnight|this (?:morning|afternoon|evening)|last night|in the (?:morning|evening))")
_DIED_THEN = re.compile(r"\b(?:died (?:later |subsequently )?(?:in (?:a |the )?hospital|of (?:his|her|their) (?:wounds|injuries)"
                        r"|from (?:his|her|their) (?:wounds|injuries))|later died|succumbed)\b[^,;.]{0,30}$", re.IGNORECASE)
_SINCE_BEFORE = re.compile(r"\b(?:after|since|following|before)\s+(?:the\s+)?$", re.IGNORECASE)
_MUTUAL_FIRE = ("exchanged", "exchange o", "exchanges", "exchanging", "firefight", "gunfight", "gun battl")
_BETWEEN_SIDES = re.compile(rf"\b{BETWEEN_SIDES}\b|\b{BETWEEN_FORCES}\b", re.IGNORECASE)
_FIGHT_BETWEEN = re.compile(r"(?i:clash(?:es|ed)?|fighting|combats?|confrontations?)(?: (?!(?i:road|route|axis|highway|villages?|towns?|area|corridor)\b)[\w-]+){0,5}?"
                            r" between (?!(?:the )?(?:two )?(?:countries|nations|states|governments)\b)"
                            r"(?!(?i:mon|tues|wednes|thurs|fri|satur|sun)day\b|\d|(?i:one|two|three|four|five|six|seven|eight|nine|ten|a few|dozens) and\b)(?:[^.;:]{2,80}? and |(?:two|rival|the two) \w)")
# ... not a crowd against the police or troops ("clashes between police and protesters": force against a protest or a riot)
_CROWD_SIDE = re.compile(r"\b(?:protesters|demonstrators|students|supporters|youths|drivers|riders|vendors|traders|residents"
                         r"|crowds?|mourners|worshippers|fans|workers|villagers)\b", re.IGNORECASE)
_LINKED_BEFORE = re.compile(r"\b(?:as|while|where|followed|when)\b[^,;.]{0,30}$", re.IGNORECASE)   # ("... killed eight as fighting
#                                                                                                     between X and Y spread")
_AMID_BEFORE = re.compile(r"\b(?:amid|during|after|despite|since|following)\b[^,;.]{0,25}$", re.IGNORECASE)


def _span(field: str, start: int, end: int, text: str) -> Span:
    return Span(field, start, end, text[start:end])


# the authorities that act on a protest
_FORCES = r"\b(?:police|policemen|riot police|security forces|security personnel|troops|soldiers|the army|the military|gendarmes|gendarmerie)\b"
_INTERVENTION = re.compile(r"\btear[- ]?gas\b|\bwater[- ]cannons?\b|\brubber bullets\b|\bbaton[- ]charged?\b"
                          # the authorities' hand in the clause (not "the protesters dispersed peacefully", nor "police
                          # detained a suspect", "broke up a gang")
                          + "|" + _FORCES + r"[^.;]{0,60}"
                          r"\b(?:dispersed|disperse|dispersing|broke up|break up|breaking up|arrested|detained|rounded up)\b"
                          r"(?! (?:a |the |two |three |several )?(?:suspects?|gangs?|thie(?:f|ves)|robbers?|men)\b)"
                          r"|\b(?:protesters|demonstrators|marchers)\b[^.;]{0,40}\bwere (?:briefly )?(?:arrested|detained)\b",
                          re.IGNORECASE)
_FORCE_ON_PROTEST = re.compile(r"(?<!according to )" + _FORCES + r"(?!,? (?:said|say|says|reported|told|spokes))"
                               r"[^.;]{0,60}\b(?:fired|opened fire|shot|killing|killed|beat|beating|charged|cleared|clearing"
                               r"|broke up|break up|breaking up|dispersed|disperse|dispersing)\b[^.;]{0,60}"
                               r"\b(?:protesters|demonstrators|protest|protesting|demonstration|marchers|rally|march|blockade|sit-in"
                               r"|the crowd|them)\b",     # ("fired tear gas and then live ammunition to disperse them")
                               re.IGNORECASE)


# The words that tell a name as a village's before it ("the village of Kairu", "Barangay Tuka", "the vereda Sinaí",
# "Okokolo community" after it: conflictlens.api._told_as_village)
VILLAGE_WORD_BEFORE = re.compile(r"\b(?:village|hamlet|locality|settlement|community|kebele|barangay|sitio|purok|vereda"
                                 r"|corregimiento|aldea|parish)(?: of)? $", re.IGNORECASE)


def _told_as_village(p: Place, draft: IncidentDraft) -> bool:
    """The place's own sentence calls it a village, a hamlet, a locality ("the community of El Guayabo")."""
    s = next((s for s in draft.sentences if s.sent.start <= p.start < s.sent.start + len(s.sent.text)), None)
    return s is not None and VILLAGE_WORD_BEFORE.search(s.sent.text, max(0, p.start - s.sent.start - 20),
                                                        p.start - s.sent.start) is not None


_RESIDENTS_TOWN_MAX = 50_000     # residents of a town this large tell of the region around it, not of their town
_RESIDENTS_BEFORE = re.compile(r"(?<![Ff]ormer )\b(?:[Rr]esidents|[Ii]nhabitants|[Vv]illagers) (?:of|in) (?:the )?(?:town |village )?$")
# ... who tell what befell them ("Residents of Sokolo said ..."; not "Residents of Bamako were shocked", "... marched")
_RESIDENTS_SAID = re.compile(r"(?: village| town)?(?:,? (?:(?!away\b|km\b|kilomet|miles\b)[^.;]){0,30}?)?,? "
                             r"(?:said|say|says|told|reported|recounted|described|recalled)\b(?! they heard\b)")


def _spoken_for(p: Place, draft: IncidentDraft) -> bool:
    """The place is the one its residents tell of ("residents of the town of Tamboul say ...")."""
    s = next((s for s in draft.sentences if s.sent.start <= p.start < s.sent.start + len(s.sent.text)), None)
    return s is not None and _RESIDENTS_OF_TOWN.search(s.sent.text, max(0, p.start - s.sent.start - 40),
                                                       p.start - s.sent.start) is not None \
        and _RESIDENTS_SAID.match(s.sent.text, p.end - s.sent.start) is not None


_RESIDENTS_OF_TOWN = re.compile(r"\b(?:[Rr]esidents|[Ii]nhabitants|[Vv]illagers) (?:of|in) the (?:town|village) of $")


_SHORT_OF_BEFORE = re.compile(r"(?:km|kilometres|kilometers|miles) (?:before|short of|past) $", re.IGNORECASE)


def _short_of(p: Place, draft: IncidentDraft) -> bool:
    """The place is told as what the scene lies a distance short of ("a few kilometres before Matiacoali")."""
    s = next((s for s in draft.sentences if s.sent.start <= p.start < s.sent.end), None)
    return s is not None and _SHORT_OF_BEFORE.search(s.sent.text, max(0, p.start - s.sent.start - 30),
                                                       p.start - s.sent.start) is not None


def _other_half_of_title(p: Place, s: SentenceInfo, draft: IncidentDraft) -> bool:
    """A place in a title's second half, after its semicolon, where the body names places of its own ("Magnetic mine
    blast in Kabul kills Taliban member; clashes reported in Panjshir"): the other incident's."""
    if not (s.headline or s.title) or ";" not in s.sent.text:
        return False
    cut = s.sent.start + s.sent.text.index(";")
    if p.start < cut:
        return False
    body = {q.name.casefold() for b in draft.sentences if not (b.headline or b.title) for q in b.places
            if q.qualifier not in ("origin", "speaker")}
    first = {q.name.casefold() for q in s.places if q.start < cut}
    # (not the same town's, "...; missile hit five-storey building in Dnipro's Shevchenkivskyi district")
    return bool(body) and p.name.casefold() not in body | first and (p.parent or "").casefold() not in body | first


def _location(draft: IncidentDraft, place_country: PlaceCountry | None = None) -> tuple[Place | None, str | None]:
    """The incident's main place and its display name ("Kharkiv (Novobavarskyi district)")."""
    body = [p for s in draft.sentences if not s.headline for p in s.places if p.qualifier not in ("speaker", "origin")]
    if body and all(p.qualifier in ("direction", "road") for p in body):
        # only where the road led ("on the road out of the village towards Sumy"): the headline's own town, where it
        # names one ("In Myropillya, a Russian drone killed a driver")
        body = [p for s in draft.sentences if s.headline for p in s.places if p.qualifier is None and p.kind == "place"] or body
    places = body or \
        [p for s in draft.sentences for p in s.places if p.qualifier not in ("speaker", "origin")] or \
        [p for s in draft.sentences for p in s.places if p.qualifier == "origin" and not home_of_victim(s.sent, p)] or \
        [p for s in draft.sentences for p in s.places if p.qualifier == "speaker" and p.kind == "region"] or \
        [p for s in draft.sentences for p in s.places if p.qualifier == "speaker"]     # "Police in Tumaco said ..."
    # a name used as a modifier ("Donetsk shelling") only where no other form names a place; a road's
    # towns likewise ("on the Juba-Nimule road near Pageri": Pageri)
    places = [p for p in places if p.qualifier != "attributive"] or places
    if not all((countries.lookup(p.name) or ("", "", ""))[2] == "name" for p in places if p.qualifier != "road"):
        places = [p for p in places if p.qualifier != "road" or p.kind != "place"] or places    # (a country places
        #                                                                                         less: "the Gao-Ansongo axis in northern Mali")
    # a street is no town ("an FPV drone hit a car on Nagornaya Street": the post's town, if it has one)
    places = [p for p in places if not is_street(p.name)] or places     # (a street alone still names where)
    if not places:
        return None, None
    if all(p.kind in ("region", "country", "district") for p in places):
        # "Residents of Sokolo said ... in the Segou region": the town its people speak for, near the scene,
        # rather than only its region or district
        local = next((p for s in draft.sentences for p in s.places if p.qualifier == "speaker" and p.kind == "place"
                      and _RESIDENTS_BEFORE.search(s.sent.text, 0, p.start - s.sent.start)
                      and _RESIDENTS_SAID.match(s.sent.text, p.end - s.sent.start)
                      # (a city's residents speak of what befell others: "Residents of Maiduguri said ... in Borno State")
                      and not (place_country and place_country(p.name, min_population=_RESIDENTS_TOWN_MAX))), None)
        if local is not None:
            local.qualifier = "near"
            places = [local, *places]
    towns = [p for p in places if p.kind == "place"]
    if len(towns) > 1:
        # "Zaporizhzhia: the enemy shelled Orikhiv, wounding two": the heading's city, then the town hit
        towns = [p for p in towns if not _heading(p, draft)] or towns
    if len(towns) < len(places):
        # a country is no town: "at the Baghlan Province of Afghanistan" is placed by its province
        towns = [p for p in towns if (countries.lookup(p.name) or ("", "", ""))[2] != "name"]
    districts = [p for p in places if p.kind == "district"]
    # a place told as a village ("in the vereda Campo Dos", "the village of X") before a plain name told first
    # ("In Norte de Santander, ... three farmers were shot dead in the vereda Campo Dos"; not "near the city of
    # Mosul", "west of the city of Haditha": a town that places the scene)
    villages = [p for p in towns if p.qualifier == "settlement" and _told_as_village(p, draft)]
    towns = villages + [p for p in towns if p not in villages]
    # a town its people speak for ("residents of the town of Tamboul say RSF fighters stormed the town") before one
    # the scene is only south of ("south of Khartoum, in Gezira state")
    if towns and towns[0].qualifier == "near":
        # "... targeted some points in the vicinity of Damascus. ... targeting some points in the area of al-Kiswah in
        # the vicinity of Damascus": the place told within the vicinity the lead gave
        within = [q for q in towns[1:] if q.qualifier is None and (countries.lookup(q.name) or ("", "", ""))[2] != "name"
                  and any(r.qualifier == "near" and r.name == towns[0].name and r.start > q.start
                          and r.start - q.end < 40 for r in towns)]
        towns = within[:1] + [p for p in towns if p not in within[:1]]
    short = [p for p in towns if p.qualifier == "near" and _short_of(p, draft)]
    if short:
        # "on the road between Fada N'Gourma and Matiacoali, a few kilometres before Matiacoali": the town the point
        # is told short of, not the road's other end
        towns = short + [p for p in towns if p not in short]
    spoken = [p for p in towns if p.qualifier == "settlement" and _spoken_for(p, draft)]
    if spoken and any(p.qualifier == "near" for p in towns):
        towns = spoken + [p for p in towns if p not in spoken]
    if towns and districts and all(t.qualifier == "near" for t in towns) and districts[0].parent is None \
            and any(0 < t.start - districts[0].end < 60 for t in towns):
        towns = []      # "near the Tarmiyah district, north of the capital, Baghdad": the district, the city its bearing
    main = towns[0] if towns else districts[0] if districts else next((p for p in places if p.kind == "region"), places[0])
    name = main.name
    regions = {p.name.lower() for p in places if p.kind == "region"}
    for d in districts:
        if d is main:
            if d.parent and d.parent.lower() not in regions:
                return main, f"{d.parent} ({d.name} district)"     # a city's district
            continue        # ("Andar district of Ghazni province": a district by its own name)
        if d.parent == "" or (d.parent and d.parent.lower() == main.name.lower()):
            return main, f"{main.name} ({d.name} district)"
    return main, name


def _other_half(s: SentenceInfo, item, draft: IncidentDraft) -> bool:
    """A figure or cue in a headline's second half ("Gunmen kill two officers; clashes leave seven dead"),
    where the body has figures of its own: the other incident the headline sums up, not this one's."""
    if not s.headline or ";" not in s.sent.text or len(draft.sentences) < 2:
        return False
    cut = s.sent.start + s.sent.text.index(";")
    if item.start <= cut:
        return False
    body = [b for b in draft.sentences if not b.headline]
    told = {p.name.lower() for b in body for p in b.places}
    # (only a half that names a place the body's incident does not: "Drone hits Kherson bus; two killed" is one)
    return any(f.status for b in body for f in b.figures) \
        and any(p.start > cut and p.name.lower() not in told for p in s.places)


_SEVERAL_DEEDS = re.compile(r"\b(?:attacks|strikes|raids|bombings|shellings|incidents|clashes|assaults)\b", re.IGNORECASE)


def _headline_sums(drafts: list[IncidentDraft]) -> None:
    """A headline's count that the report's later incidents make up, where its first incident tells none of that
    status ("Sumy region: one killed, three injured in drone and bomb attacks", then a drone killed a driver in one
    town and a bomb injured three in another): the report's total, not the first incident's (dropped from it)."""
    if len(drafts) < 2 or not (drafts[0].sentences[0].headline or drafts[0].sentences[0].title) \
            or not _SEVERAL_DEEDS.search(drafts[0].sentences[0].sent.text):
        return      # (a headline that sums up several: "in drone and bomb attacks", "in strikes on the region")
    head = drafts[0].sentences[0]
    for status in ("killed", "injured"):
        told = [f for f in head.figures if f.status == status and f.part_of is None]
        if len(told) != 1 or told[0].best is None or any(
                f.status == status for s in drafts[0].sentences[1:] for f in s.figures):
            continue
        later = sum(f.best or 0 for d in drafts[1:] for s in d.sentences if not s.headline for f in s.figures
                    if f.status == status and f.part_of is None and not f.alternative)
        days = {d.date for s in drafts[0].sentences[1:] for d in s.dates if d.role == "event" and d.date}
        if later == told[0].best and not any(d.date not in days for k in drafts[1:] for s in k.sentences
                                             for d in s.dates if d.role == "event" and d.date and days):
            # (of the same day: not "In Khan Younis, a strike on a tent killed two people on Friday" after Saturday's)
            head.figures = [f for f in head.figures if f is not told[0]]


def _heading(p: Place, draft: IncidentDraft) -> bool:
    """The place opens its sentence and a colon follows it ("Mariupol: two servicemen wounded ...")."""
    return any(s.sent.start == p.start and s.sent.text[p.end - s.sent.start:p.end - s.sent.start + 1] == ":"
               for s in draft.sentences)


def _running_dates(infos: list[SentenceInfo]) -> list[DateMention | None]:
    """For each sentence, the date the report last gave before it (read once per document,
    not once per incident): a date that names the deed's day, by a sentence that is not
    background unless the date is relative ("yesterday"), not a recalled incident's explicit
    one; a vaguer date (a week, a month) clears it."""
    out: list[DateMention | None] = []
    found = heading = None
    for info in infos:
        if info.sent.text[:1].isdigit() and opens_entry(info.sent.text):
            found = heading     # a live blog's timed entry: the entries before it date their own news (the
            #                     blog's day heading, "Tuesday, 12 March", still dates it)
        out.append(found)
        m = event_date(info.dates)
        if m is not None and m.precision == 1 and not info.figures and not info.cues and len(info.sent.text) < 80:
            heading = m     # a line with a day and nothing else: "Tuesday, 12 March"
        if m and m.role == "event" and not (info.background and m.kind != "relative"):
            found = m if m.precision == 1 else None
    return out


def _accident(event: Event, draft: IncidentDraft) -> bool:
    """An explosion its report calls an accident, with no weapon named but in the words that deny one."""
    told = [s.sent for s in draft.sentences if contains_any(s.sent.text, _ACCIDENT_NEEDLES) and _ACCIDENT.search(s.sent.text)]
    if not told:
        return False
    weapon = next((sp for sp in event.evidence if sp.field == "weapon"), None)
    return event.weapon is None or weapon is not None and any(s.start <= weapon.start < s.end for s in told)


def _line_of(text: str, start: int, end: int) -> str:
    """The whole line (or lines) a span lies on."""
    stop = text.find("\n", end)
    return text[text.rfind("\n", 0, start) + 1:stop if stop >= 0 else len(text)]


_SMALL_HOUR = re.compile(r"\bat (?:about |around )?0?[0-5][:.][0-5]\d\b(?! ?(?:p\.?m|pm)\b)")
_EVENING_CLOCK = re.compile(r"\bat (?:about |around )?(?:1[89]|2[0-3])[:.][0-5]\d\b")
# the clock that opens the sentence after a night's: "At around 03:10 ...", "At 02:30 the city came under ..."
_OPENING_CLOCK = re.compile(r"(?:At |Around |At around |At about |Shortly after |At approximately )?(?P<h>[0-2]?\d)[:.][0-5]\d\b")


def _next_sentence_hour(draft: IncidentDraft, night: DateMention) -> int | None:
    """The hour the sentence after the night's opens with, where the night's own sentence tells none."""
    sents = draft.sentences
    at = next((k for k, s in enumerate(sents) if s.sent.start <= night.start < s.sent.end), None)
    if at is None or at + 1 >= len(sents) or _OPENING_CLOCK.search(sents[at].sent.text):
        return None
    m = _OPENING_CLOCK.match(sents[at + 1].sent.text) or _CLOCK_EARLY.search(sents[at + 1].sent.text, 0, 100)
    return int(m.group("h")) if m is not None else None


# ... or tells early on: "The first explosions were heard at about 02:15"
_CLOCK_EARLY = re.compile(r"\bat (?:about |around |approximately )?(?P<h>[0-2]?\d)[:.][0-5]\d\b(?! ?(?:p\.?m|pm)\b)")


def _preceding_date(draft: IncidentDraft, running: list[DateMention | None]) -> DateMention | None:
    """The date the report last gave before the incident's first sentence ("Forces raided a
    compound Sunday. [...] Insurgents opened fire; two were killed."), from _running_dates."""
    body = [s for s in draft.sentences if not s.headline]   # a headline joins the body's first incident
    return running[body[0].sent.index] if body else None


# The same kind of attack again: "a second strike", "another raid", "a further blast"
# a town's line of a region's summary: "In Druzhkivka, 1 person was killed", "In the Marhanets community, ..."
_TOWN_LINE = re.compile(r"In (?:the )?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?(?: (?:community|district|hromada))?, ")
_AGAIN = re.compile(r"\b(?:a|the) (?:second|third|fourth|fifth|further|follow-up|subsequent) (?:\w+ )?"
                    r"(?:strikes?|attacks?|blasts?|explosions?|rounds?|salvos?|waves?)\b"
                    r"|\banother (?:strike|attack|blast|explosion|salvo|wave)\b", re.IGNORECASE)
# ... unless armed men of its own did it ("In another attack, militants killed four soldiers")
_FIRST_DEED = re.compile(r"\b(?:killed|killing|kills|wounded|injured|shot|attacked|hit|struck|stormed|ambushed)\b")
_AGENTS = re.compile(r"\b(?:militants|gunmen|fighters|insurgents|rebels|bandits|attackers|assailants|jihadists|terrorists|troops"
                     r"|soldiers|police|policemen|forces|militiamen)\b", re.IGNORECASE)


# Administrative units that one country alone has, by the word reports use beside the name ("Danmusa LGA", "Barangay
# Tumahubong", "Walgak payam", "Ada'a woreda")
_UNIT_AFTER = re.compile(r"\s+(LGA|(?i:local government area|woreda|kebele|upazila|payam|hromada|cercle))\b")
_UNIT_BEFORE = re.compile(r"\b((?i:barangay|upazila|woreda|kebele|payam))\s+$")
_UNIT_COUNTRY = {"lga": "Nigeria", "local government area": "Nigeria", "woreda": "Ethiopia", "kebele": "Ethiopia",
                 "upazila": "Bangladesh", "payam": "South Sudan", "hromada": "Ukraine", "cercle": "Mali",
                 "barangay": "Philippines"}


def _unit_country(places: list[Place], text: str) -> str | None:
    """The one country whose administrative unit the incident's places are told as, where they tell one."""
    found = set()
    for p in places:
        unit = _UNIT_AFTER.match(text, p.end) or _UNIT_BEFORE.search(text, max(0, p.start - 12), p.start)
        if unit:
            found.add(_UNIT_COUNTRY[unit.group(1).lower()])
    return found.pop() if len(found) == 1 else None


def _place_home(places: list[Place], main: Place | None, place_country: PlaceCountry, filed_in: str | None,
                filed_from: str | None) -> str | None:
    """The country the incident's own place names say, read from the gazetteer (`filed_in` and
    `filed_from`: the dateline's country and town)."""
    place_home = None
    if any(p.qualifier == "origin" for p in places) and any(p.qualifier != "origin" for p in places):
        places = [p for p in places if p.qualifier != "origin"]     # ("Separatists based in the Manyu division attacked a
        #                                                             Nigerian village": not where they came from)
    # A province named with a district says more than the district's namesakes abroad.
    # (not a region named like a side of many countries: "Mirebalais in the Centre department" is Haiti's)
    if main is not None and main.kind == "place":
        for p in places:
            if p.kind == "region" and p.name.lower() in GENERIC_REGIONS \
                    and (home := place_country(main.name, in_region=p.name)) is not None:
                return home     # "in Bali, in the North-West region": the Bali of a North-West region (Cameroon's)
    ordered = [p for p in places if p.kind == "region" and p.name.lower() not in GENERIC_REGIONS] \
        + ([main] if main else []) + places
    weak = weak_name = None     # the country of a small town a region is named after ("the Menaka region")
    for p in ordered:
        if p.kind != "district":
            named = countries.lookup(p.name) if p.kind == "region" else None
            # ("near Boni, Mali": Mali is the country, not a town in China that bears the name)
            if named and named[2] == "name":
                place_home = named[0]
            elif p.kind == "region":
                # (a province's name is a village's abroad: "Djibo, in Soum province" is not Senegal's Soum)
                place_home = place_country(p.name, region=True)
                if place_home is None and weak is None and (weak := place_country(p.name)):
                    weak_name = p.name
            else:
                holder = next((q for q in places if q is not p and p.parent and q.name == p.parent
                               and q.kind in ("place", "region", "district")), None) if p.qualifier == "settlement" else None
                # (a village told with the town that holds it, "the vereda Santa Rosa, Tumaco": the town's country)
                place_home = (place_country(holder.name, region=holder.kind != "place")
                              or place_country(holder.name.removesuffix(" City")) if holder else None) \
                    or next((c for q in places if q is not p and q.kind == "place" and q.qualifier in ("near", "reference")
                             and (c := place_country(p.name, district_of=q.name)) is not None), None) \
                    or place_country(p.name)
                # (... or of the town it is told near, whose district or camp it is: "Far'a camp, south of Tubas")
                if place_home and weak and place_home != weak and not place_country(p.name, min_population=_TOWN_ABROAD) \
                        and not place_country(p.name, larger_than=weak_name):
                    place_home = weak   # "Largu, in Djugu territory": Djugu's Congo, not a Romanian hamlet
                elif place_home and p.kind == "place" and not place_country(p.name, min_population=_TOWN_ABROAD):
                    # a small town's country, where the district the report places it in is a larger town's elsewhere
                    # ("the Jani Khel area of Bannu district": Pakistan's, not an Afghan village's)
                    place_home = next((c for q in places if q.kind == "district" and q.qualifier is None
                                       and (c := place_country(q.name, larger_than=p.name)) is not None), None) \
                        or next((c for q in places if q is not p and q.kind == "place" and q.qualifier == "near"
                                 and (c := place_country(q.name, larger_than=p.name)) is not None
                                 and place_country(q.name, within=place_home) is None), place_home)
                    # (... or a larger town the village is told near: "the town of Dhiban, in the eastern countryside of
                    # Deir ez-Zor" is Syria's Dhiban, not Jordan's)
            if place_home:
                break
    if place_home is None:
        place_home = weak
    if place_home is None and filed_from and main is not None and main.kind == "place":
        place_home = place_country(main.name, near=filed_from)     # "NAIROBI, Kenya (AP) - ... in Afgoye": Somalia
    if place_home is None:
        # only a district is named ("in Bannu district"): the town it is named after
        district = next((p for p in places if p.kind == "district" and (place_home := place_country(p.name))), None)
        if district is not None:
            if filed_in and filed_in != place_home and filed_from and not place_country(district.name, near=filed_from) \
                    and not place_country(district.name, min_population=_TOWN_ABROAD):
                place_home = filed_in   # "TURBAT: ... in Kech district": Pakistan's, not a German town's
    return place_home


# "The commander was shot dead ..." after "gunmen assassinated a former opposition commander": one person told again
_DEFINITE_ONE = re.compile(r"the (?:[a-z-]+ ){0,2}?(?P<head>[a-z]{4,})\b(?= (?:was|had been|has been|died|is)\b)", re.IGNORECASE)


def _restated_ones(figures: list[Figure], draft: IncidentDraft, text: str) -> None:
    """A definite one ("The commander was shot dead") whose noun an earlier sentence of the incident told with "a"
    ("assassinated a former opposition commander") is that one again: who, not one more (`breakdown`), counted as
    the first telling counted them."""
    if len(figures) < 2:
        return
    start = draft.sentences[0].sent.start
    for k, f in enumerate(figures):
        if f.best != 1 or f.breakdown or f.part_of is not None or (m := _DEFINITE_ONE.match(f.text)) is None:
            continue
        before = [g for g in figures[:k] if g.sentence < f.sentence and g.best == 1 and g.status == f.status]
        own = next((s for s in draft.sentences if s.sent.index == f.sentence), None)
        if not before or own is None:
            continue
        # (told as one of those counted: the earlier figure's words open the phrase, not an attacker's "a gunman")
        told = [t for t in re.finditer(rf"\b(?:a|an)\b(?: [\w-]+){{0,3}}? {re.escape(m.group('head'))}\b",
                                       text[start:own.sent.start], re.IGNORECASE)
                if any(g.start == start + t.start() for g in before)]
        if told:
            f.breakdown = True
            f.role = next((g.role for g in before if g.status == f.status), f.role)


def _build_incident(doc: Document, draft: IncidentDraft, ref: date | None, basis: str, doc_country: Counter[str],
                    place_country: PlaceCountry | None, preceding: DateMention | None = None,
                    again: Cue | None = None, filed_in: str | None = None, dateline_end: int = 0,
                    filed_from: str | None = None, told_before: str | None = None,
                    section_country: str | None = None) -> Event:
    """One event from one incident's sentences (`again`: the weapon of the attack before, which a
    "second strike" that names none of its own repeats; `filed_in`: the country of the dateline;
    `dateline_end`: where the dateline, with its country, ends; `filed_from`: the dateline's town)."""
    text = doc.text
    e = Event(doc_id=doc.id)
    e.sentences = [s.sent.index for s in draft.sentences]
    figures = [f for s in draft.sentences for f in s.figures if not _other_half(s, f, draft)]
    _restated_ones(figures, draft, text)
    e.figures = figures
    cues = [c for s in draft.sentences for c in s.cues if not _other_half(s, c, draft)]
    evidence: list[Span] = []

    headline = next((s.sent.index for s in draft.sentences if s.headline or s.title), None)
    for status, prefix in (("killed", "fatalities"), ("injured", "injured")):
        low, best, high = reconcile(figures, status, headline)
        setattr(e, prefix, best)
        setattr(e, f"{prefix}_low", low)
        setattr(e, f"{prefix}_high", high)
        for f in figures:
            if f.status == status and f.part_of is None and f.best == best:
                evidence.append(_span(prefix, f.start, f.end, text))
                break
    e.children_killed = subcount(figures, "killed", "children")
    e.children_injured = subcount(figures, "injured", "children")
    e.civilians_killed = subcount(figures, "killed", "civilians")
    e.attackers_killed = subcount(figures, "killed", "attackers")
    e.soldiers_killed = subcount(figures, "killed", "soldiers")
    for f in figures:
        if f.role in ("children", "civilians", "attackers", "soldiers"):
            evidence.append(_span(f"{f.role}_{f.status}", f.start, f.end, text))

    for s in draft.sentences:
        flag = is_rising(s.sent.text)
        if flag:
            for status in rising_status_target(s.sent.text):
                attr = "fatalities_status" if status == "killed" else "injured_status"
                if getattr(e, attr) is None:
                    setattr(e, attr, flag)

    roles = {f.role for f in figures if f.status and (f.best or 0) > 0}
    hit_civilians = civilians_hit(draft, roles)
    weapon = best_weapon([c for c in draft.sentences[0].cues]) or best_weapon(cues)
    if weapon is not None and weapon.weapon in _NAMED_LATER and draft.sentences[0].headline and len(draft.sentences) > 1 \
            and (named := best_weapon(draft.sentences[1].cues)) is not None and named.weapon in _NAMED_LATER[weapon.weapon] \
            and not _NOT_ITS_OWN.search(text, max(draft.sentences[1].sent.start, named.start - 50), named.start):
        weapon = named      # "Shelling kills man" over a lead that "fired multiple rocket launchers": the lead names the
        #                     shelling's kind (only the lead: a later sentence's is as often another attack's)
    if weapon is None and again is not None and again.rank >= 6:
        weapon = again
    # two armed sides named in a fight ("M23 rebels and the Congolese army clashed ..., killing 13
    # civilians"): a battle, whoever died in it
    # (both sides close to the clash word: "X and Y clashed", "X clashed with Y"; not a raid on
    # civilians "before Somali forces fought them")
    # (the body's first sentence where a headline joined the incident: "Fresh violence in Bishnupur; one killed"
    # over "... killed in a heavy exchange of fire between armed groups")
    lead = (draft.sentences[1] if draft.sentences[0].headline and len(draft.sentences) > 1 else draft.sentences[0]).sent
    clashes = [c.start for c in cues if c.sub_event_type == CLASH and lead.start <= c.start < lead.end
               and not text.startswith("Battle of", c.start)]
    two_sides = bool(clashes) and (
        len([side for side in actors.belligerents(lead.text, lead.start)
             if any(abs(side[1] - at) <= 60 for at in clashes)]) >= 2
        or any(any(0 <= lead.start + m.start() - at <= 45 for at in clashes)
               and not _AMID_BEFORE.search(lead.text, max(0, m.start() - 30), m.start())
               for m in _BETWEEN_SIDES.finditer(lead.text)))
    # ("fighting between X militiamen and Y forces": the clash's own sides, not "a truce between government forces
    # and rebels", nor "killed eight displaced people amid fighting between ...")
    # ... or told as armed ("the death of three people in the armed clashes that broke out on Friday night")
    # ... or by armed men of both sides ("Two brigades clashed in southern Tripoli", "herders and farmers clashed")
    two_sides = two_sides or any(text[max(0, at - 6):at].lower() == "armed "
                                 or text[at:at + 5].lower() in ("clash", "fough", "fight")
                                 and _ARMED_SIDES_BEFORE.search(text, max(0, at - 40), at) is not None
                                 for at in clashes)
    # ... or the clash is what killed, and those it killed are no civilians said ("Inter-communal clashes in Tonj
    # North county killed eight people", "Clashes ... have left at least nine dead"): its fighters, as like as not
    # ... or a fight between two named sides, whoever they are ("clashes between two sections of the Agar community",
    # "a clash between farmers and herders", "combats between the ELN and dissidents of the former FARC")
    two_sides = two_sides or any((fight := _FIGHT_BETWEEN.match(text, at)) is not None
                                 and not _CROWD_SIDE.search(text, at, fight.end() + 25)
                                 and not _AMID_BEFORE.search(text, max(lead.start, at - 30), at)
                                 and not _LINKED_BEFORE.search(text, max(lead.start, at - 40), at) for at in clashes)
    # ... or a fire both sides gave ("armed followers of two feuding clans exchanged gunfire", "a firefight")
    # (the lead's first deed, with no civilians in it: not "gunmen ... killed eight guests and exchanged fire with police")
    first_deed = min((c.start for c in cues if c.rank >= 2 and lead.start <= c.start < lead.end), default=None)
    two_sides = two_sides or any(at == first_deed and text[at:at + 10].lower().startswith(_MUTUAL_FIRE)
                                 and not _CIVILIAN_WORDS.search(lead.text) for at in clashes)
    two_sides = two_sides or bool(clashes) and roles <= {"people"} and not _CIVILIAN_WORDS.search(text) and any(
        at - lead.start <= 25 and text[at:at + 9].lower().startswith(_FIGHT_WORDS) for at in clashes)
    if any(c.sub_event_type == "Mob violence" for c in cues) \
            and (_ARMED_ARSONISTS.search(lead.text) or actors.find_group(lead.text)) and not _crowd(lead.text):
        # "A mob of armed bandits stormed a village": armed men, no rioters (a crowd told as fighting stays one)
        cues = [c if c.sub_event_type != "Mob violence" else Cue(c.weapon, None, c.rank, c.start, c.end) for c in cues
                if c.sub_event_type != "Mob violence" or c.rank >= 2]     # (a lynching by militiamen is still their attack)
    e.event_type, e.sub_event_type = classify(cues, roles, hit_civilians, weapon, two_sides)
    if e.event_type == "Riots" and _ARMED_ARSONISTS.search(lead.text) and not _RIOTERS_FIRST.search(lead.text) \
            and not (e.sub_event_type == "Mob violence" and _crowd(lead.text)):     # ("rival BNP factions' supporters
        #                                                                                     clashed")
        # armed men are no rioters: "Militants set fire to a school" (no one hurt) destroyed property;
        # "Militants clashed with police, killing two officers" fought a battle
        fought = any(c.sub_event_type == "Violent demonstration" and c.rank == 3 for c in cues)    # ("clashed with police")
        e.event_type, e.sub_event_type = (BATTLES, CLASH) if roles or fought else (STRATEGIC, DESTRUCTION)
    if weapon:
        e.weapon = weapon.weapon
        evidence.append(_span("weapon", weapon.start, weapon.end, text))

    main, location = _location(draft, place_country)
    e.places = [p for s in draft.sentences for p in s.places if not _other_half_of_title(p, s, draft)]
    if main:
        e.location = location
        evidence.append(_span("location", main.start, main.end, text))

    first = draft.sentences[0]
    attacker = None
    for s in draft.sentences:
        attacker = actors.attacker(s.sent.text, s.sent.start, None)
        if attacker:
            break
    attacker_country = attacker[0].removeprefix("Military Forces of ") if attacker else None
    place_home = _place_home(e.places, main, place_country, filed_in, filed_from) if place_country is not None else None
    local: Counter[str] = Counter()
    named_here: Counter[str] = Counter()
    alluding: Counter[str] = Counter()
    sides: Counter[str] = Counter()
    attacker_named = False
    for s in draft.sentences:
        for name, iso, kind, a, b in countries.find_countries(s.sent.text):
            if s.sent.start + a < dateline_end:
                continue        # "NAIROBI, Kenya (Reuters) - ... in Afgoye": where it was filed, not where it happened
            if kind != "organisation" and name != attacker_country:
                if kind == "name" and _ELSEWHERE_BEFORE.search(s.sent.text, max(0, a - 22), a):
                    continue        # ("who lives in Poland": where someone lives, not where it happened)
                side = kind == "name" and _FORCES_AFTER.match(s.sent.text, b)
                if side and not side.group(1):
                    sides[name] += 1
                    continue        # "Ukraine's army hit the town of Rylsk": a side, not where
                if not (kind == "adjective" and _FOREIGN_VICTIM.search(s.sent.text, max(0, a - 30), a)
                        and _PERSON_AFTER.match(s.sent.text, b)):
                    local[name] += 1    # (not a victim's nationality: "among them a Syrian farm worker")
                if kind == "adjective" and _PEOPLE_AFTER.match(s.sent.text, b) or kind == "name" and side:
                    alluding[name] += 1     # "Ukrainian authorities said", "Egypt's foreign ministry": whose people speak
                if kind == "name" and not side and not _FORCES_OF.search(s.sent.text, max(0, a - 25), a):
                    named_here[name] += 1   # (not "fire from the Armed Forces of Ukraine": a side, not a place)
            elif kind == "name" and name == attacker_country:
                attacker_named = True
    alluded = next((c for c, _ in alluding.most_common() if c != attacker_country and c not in named_here), None)
    if place_home and main is not None and main.kind in ("region", "district") and not named_here and place_home not in local \
            and place_country(main.name, region=True) is None and not place_country(main.name, min_population=_TOWN_ABROAD):
        # a division or province the gazetteer lacks, whose name is only a hamlet's abroad, in a report that names one
        # country only as a side: "Cameroon's army said troops raided ... in the Momo division", "Cameroonian soldiers
        # ... in the Momo division" are no Italian village's, "Myanmar junta troops raided a village in Bilin township" no
        # West Bank village's
        own = {c for c in sides if c != place_home} | (
            {attacker_country} if attacker_country != place_home and countries.iso_of(attacker_country) else set())
        # (only a hamlet far from that country: "Azerbaijani forces shelled the Jermuk region" is Armenia's Jermuk, "Russian
        # forces struck the Huliaipole region" Ukraine's)
        if len(own) == 1 and (capital := countries.capital_of(next(iter(own)))) is not None \
                and not place_country(main.name, near=capital):
            place_home = own.pop()
    if place_home is None and main is not None and main.kind == "district" and main.parent and place_country is not None:
        place_home = place_country(main.parent)     # "in the Nikitovsky district of the city" (Gorlovka, told before)
    if place_home and alluded and alluded != place_home and main is not None and main.kind == "place" \
            and place_country(main.name, within=alluded):
        # a name that several countries' towns bear, told with one country's people or officials:
        # "Drones struck the port of Odessa ..., Ukrainian authorities said" is Ukraine's Odesa
        place_home = alluded
    if place_home and filed_in and filed_in != place_home and not named_here and main is not None and main.kind == "place" \
            and (place_country(main.name, within=filed_in)
                 or filed_from and not place_country(main.name, min_population=_TOWN_ABROAD)
                 and not place_country(main.name, near=filed_from)
                 and not any(q is not main and q.kind == "place" and q.qualifier != "origin"
                             and place_country(q.name, min_population=_TOWN_ABROAD) == place_home for q in e.places)):
        # a name that several countries' towns bear, in a report filed from one of them: "KARACHI,
        # May 20: ... a shop in Hyderabad" is Sindh's Hyderabad, not the larger one in India; or a
        # village known only as a hamlet far from where the report was filed ("OUAGADOUGOU, Burkina
        # Faso (AP) - ... in Solhan": no Turkish town, a village the gazetteer lacks; but not where the incident's
        # other place is a town of some size in the country found: "CAIRO - ... the Mawasi area west of Khan Younis")
        place_home = filed_in
    if place_home and not named_here:
        # a region's name that several countries' regions bear ("the Savanes region", "the department of Sucre"),
        # in a report filed from, or alluding to the people of, or titled with, one of them: that one's
        shared = next((p for p in e.places if p.kind == "region" and p.name.lower() not in GENERIC_REGIONS
                       and not countries.lookup(p.name) and place_country(p.name, within=place_home, region=True)), None)
        if shared is not None:
            hints = [alluded, filed_in] + [c for c in _title_countries(text) if c != attacker_country]
            hint = next((c for c in hints if c and c != place_home), None)
            if hint is not None and place_country(shared.name, within=hint, region=True) == hint \
                    and not (main is not None and main.kind == "place" and place_country(main.name) == place_home
                             and place_country(main.name, within=hint) is None):
                place_home = hint   # (not where the incident's town is only the first country's)
    if place_home and not named_here and main is not None and main.kind == "place" and place_home not in doc_country \
            and not place_country(main.name, min_population=_TOWN_HELD_ABROAD) \
            and not any(p is not main and place_country(p.name) == place_home for p in e.places):
        # a hamlet abroad that bears the name of a village the gazetteer lacks, in a report that names
        # only another country ("the village of Llorente" in a report of Tumaco, Colombia)
        # (a country named by its name, not a people's: "two Dutch journalists" were not abducted in the Netherlands;
        # nor the dateline's: "NAIROBI, Kenya (AP) - ... in Afgoye" is filed from Kenya)
        named_in_doc = {name for name, _iso, kind, a, b in countries.find_countries(text)
                        if kind == "name" and a >= dateline_end and not _FORCES_AFTER.match(text, b)
                        and not _FORCES_OF.search(text, max(0, a - 25), a)}    # (nor "the Armed Forces of Ukraine")
        told = next((c for c, _ in doc_country.most_common() if c != attacker_country and c in named_in_doc), None)
        if told is not None and (not place_country(main.name, min_population=_TOWN_ABROAD)
                                 or told in _title_countries(text) and place_country(main.name, within=told, any_size=True) == told):
            place_home = told   # (a town abroad of some size yields only to a place of the name in the country told:
            #                     "Yemen - field notes ... Hays:" is Al Hudaydah's Hays, not Hays, Kansas)
    # The incident's country: one the incident's own sentences name ("in northern Lebanon"),
    # else the country of its town, else one they allude to ("Ukrainian"), else the report's.
    victim_country = next((c for c, _ in named_here.most_common()), None) or place_home
    if victim_country is None:
        victim_country = next((c for c, _ in local.most_common() if c != attacker_country), None)
    if victim_country is None and section_country and section_country != attacker_country:
        victim_country = section_country    # a briefing's section under its country's heading ("**Sudan**")
    if victim_country is None and told_before and (not e.places or place_home is None) and told_before != attacker_country:
        # (or where its places are unknown: "Bajaur's Mamund tehsil" in a digest of one province)
        victim_country = told_before    # "Two days later, fighters shot dead eight men": where the report's last incident was
    if victim_country is None:
        victim_country = next((c for c, _ in doc_country.most_common() if c != attacker_country), None)
    if victim_country is None and sides:
        victim_country = sides.most_common(1)[0][0]     # the only country named, as a side ("Ukraine's armed forces")
    if victim_country is None and attacker_named:
        # "Rebels down Ukraine military plane": the only country the report names, though its
        # forces are a side, is where it happened (a war inside one country)
        victim_country = attacker_country
    if victim_country is None and filed_in and e.places:
        victim_country = filed_in   # "TURBAT: ... near Hoshab in Kech district": where it was filed, over namesakes abroad
    if victim_country is None and e.places and place_country is not None \
            and not any(place_country(p.name) or place_country(p.name, region=True) for p in e.places):
        victim_country = _unit_country(e.places, text)     # "in Danmusa LGA": Nigeria's, where the gazetteer knows no place
        #                                                    of the incident (not "the Inner West LGA" of Sydney)
    if attacker and attacker_country == victim_country and not actors.is_agent(
            text, attacker[1], attacker[2]):
        attacker = None     # "Five Ukrainian servicemen killed", "Ukraine says two troops killed": the victims' side
    if attacker and attacker[0] == "Military Forces of NATO (ISAF)" and victim_country in actors.COALITION_LEAD \
            and "isaf" not in text[attacker[1]:attacker[2]].lower():
        # "Coalition airstrikes near Raqqa": the coalition that strikes there, not ISAF's
        attacker = (f"Military Forces of {actors.COALITION_LEAD[victim_country]}", attacker[1], attacker[2])
    if victim_country and (attacker is None or attacker[0].startswith("Unidentified Armed Group")):
        # (the trigger sentence's subject only: "Security forces killed three gunmen" after a bombing
        # is the response, not the attack)
        home = actors.home_forces(first.sent.text, first.sent.start, victim_country)
        if home is not None and (attacker is None or home[1] < attacker[1]):
            attacker = home     # "Security forces killed six militants": the militants are the victims
    if attacker and attacker[0].startswith("Unidentified Armed Group") and victim_country:
        attacker = (f"Unidentified Armed Group ({victim_country})", attacker[1], attacker[2])
    sides = actors.belligerents(first.sent.text, first.sent.start) if e.event_type == BATTLES else []
    if len(sides) >= 2:
        attacker = sides[0]
    if attacker:
        e.actor1 = attacker[0]
        evidence.append(_span("actor1", attacker[1], attacker[2], text))
    if len(sides) >= 2:
        e.actor2 = next(s[0] for s in sides if s[0] != e.actor1)
    else:
        e.actor2 = actors.victim(roles, victim_country, hit_civilians and e.event_type in (EXPLOSIONS, VAC))
        if e.actor2 is not None and e.actor2.startswith("Military Forces of"):
            # each count with the words just before it ("one DPR militiaman", "two Turkish soldiers")
            starts = {si.sent.index: si.sent.start for si in draft.sentences}
            counted = [text[max(f.start - 12, starts.get(f.sentence, f.start)):f.end]
                       for f in figures if f.role == "soldiers" and f.status and f.best]
            force = actors.soldiers_force(counted)
            if force is not None:
                e.actor2 = force    # "three Turkish soldiers were killed in northern Iraq": Turkey's forces
            if actors.police_victims(counted):
                e.actor2 = e.actor2.replace("Military Forces of", "Police Forces of", 1)    # "five policemen"
        own_side = e.actor1 is not None and e.actor2 == e.actor1
        if "attackers" in roles and (e.actor2 is None or e.actor2.startswith("Unidentified Armed Group") or own_side):
            # "troops killed seven Taliban fighters": the group named as the target is the other side
            # (also where the troops had wounded of their own: "... Two soldiers were wounded")
            target = next((g for s in draft.sentences if (g := actors.find_group(s.sent.text)) and g[0] != e.actor1), None)
            if target is not None and target[0] != "Separatists":
                e.actor2 = target[0]
            elif own_side:
                e.actor2 = f"Unidentified Armed Group ({victim_country})" if victim_country else "Unidentified Armed Group"
    if e.actor1 is not None and e.actor1 == e.actor2 and (e.actor1.startswith("Unidentified") or e.event_type != BATTLES):
        e.actor1 = None     # the insurgents killed in a raid are its victims, not also its unnamed attackers
        evidence = [sp for sp in evidence if sp.field != "actor1"]
    if (e.event_type == VAC or e.event_type == BATTLES and "attackers" not in roles
            or e.sub_event_type == "Peaceful protest" and (e.fatalities or e.injured)) \
            and any(c.sub_event_type == "Peaceful protest" for c in cues) \
            and _FORCE_ON_PROTEST.search(body := " ".join(s.sent.text for s in draft.sentences if not s.headline)) \
            and not _OTHER_SHOOTERS.search(body):
        # (police among the hurt do not make it a battle: "two protesters died and 19 were hurt, six police
        # officers among them, when police cleared a blockade")
        # "Police fired live rounds at protesters, killing two": force against a protest (ACLED's Protests type)
        e.event_type, e.sub_event_type = "Protests", "Excessive force against protesters"
    elif e.sub_event_type in ("Peaceful protest", "Arrests") and not (e.fatalities or e.injured) \
            and any(c.sub_event_type == "Peaceful protest" for c in cues) \
            and _INTERVENTION.search(" ".join(s.sent.text for s in draft.sentences if not s.headline)):
        # "police fired tear gas to break up the protest", "several protesters were briefly detained": a protest the
        # authorities broke up with no one hurt (ACLED's intervention; hurt or killed, excessive force)
        e.event_type, e.sub_event_type = "Protests", "Protest with intervention"
    e.civilian_targeting = bool(hit_civilians and e.event_type in (EXPLOSIONS, VAC))
    e.country = victim_country
    e.iso = countries.iso_of(victim_country)

    # (a day of a sentence that tells the deed before one of a scene around it: "The coffins were still
    # lined up ... when the rain started on Saturday. ... killed when fighters stormed a vigil early on
    # Thursday" is Thursday's)
    # (the body's day before its headline's: "drones strike apartment block at night" over a live blog's "21:58 - ... this
    # evening")
    told = draft.sentences
    if draft.sentences[0].headline and all(_TIME_OF_DAY.fullmatch(m.text) for m in draft.sentences[0].dates):
        told = draft.sentences[1:] + draft.sentences[:1]
    d = next((m for s in told if _INCIDENT_DAY_FIELD.match(s.sent.text) for m in s.dates
              if m.date and m.role == "event" and m.precision == 1), None) \
        or event_date([d for s in told if s.cues or s.figures for d in s.dates]) \
        or event_date([d for s in told for d in s.dates])
    #   (a record's own field for the day, "Date/time of incident: 26.09.2023", over a remark's "this month")
    if d is not None and d.kind == "relative" and d.text.lower() == "at night":
        # "attacked the police station at night": a time of day, where the entry's heading names the day ("#3 | 12/03")
        d = next((m for s in told for m in s.dates if m.kind == "explicit" and m.role == "event" and m.date
                  and m.precision == 1), d)
    if d is None or d.kind == "relative":
        # "The toll from Thursday's missile attack has risen to 8 after two died overnight": the
        # attack a revised toll names is the incident, dated by its name
        named = next((m for s in draft.sentences if any(f.revision for f in s.figures)
                      for m in s.dates if m.role == "attributive" and m.date), None)
        if named is None and d is not None and _DIED_THEN.search(text, max(0, d.start - 40), d.start):
            # "Can you update us on Monday night's strike? ... a second victim died in hospital yesterday evening": the
            # day a wounded victim died is not the strike's, which the draft names
            named = next((m for s in draft.sentences for m in s.dates if m.role == "attributive" and m.date
                          and m.date < d.date and not _SINCE_BEFORE.search(text, max(0, m.start - 12), m.start)), None)
        d = named or d
    if d is not None and d.role == "report" and preceding is not None:
        d = None    # "Kharkiv was attacked twice on Monday. ... killing three, prosecutors said on Tuesday": Monday
    body = [s for s in draft.sentences if not s.headline]
    if preceding is not None and body and _SAME_DAY.match(body[0].sent.text) and not any(m.date for m in body[0].dates):
        d = None    # "The same day, a motorcycle bomb exploded in Jamundi ... Two were in a serious condition on Monday"
    earlier = _DAYS_EARLIER.match(body[0].sent.text) if preceding is not None and preceding.date and preceding.precision == 1 \
        and body and (d is None or d.kind == "relative" and _DAYS_EARLIER.search(d.text)) and preceding.date != (d.date if d else None) \
        and body[0].sent.index > 0 else None
    if earlier is None and preceding is not None and preceding.date and preceding.precision == 1 and body \
            and body[0].sent.index > 0 and d is not None and d.kind == "relative" \
            and body[0].sent.start <= d.start < body[0].sent.end:
        # "On 28 January, artillery fire struck Abu Shouk camp ... This followed a drone strike on the market in Tawila two
        # days earlier": the day told before, less so many, wherever in the sentence it is told
        earlier = _DAYS_EARLIER_MID.fullmatch(d.text)
    if earlier is not None:
        # "Gunmen killed two policemen on Friday. A day earlier, a grenade ... had injured three": the day
        # told before, less so many (not the report's day less so many)
        n = _LATER_DAYS.get((earlier.group(1) or "one").lower(), 1)
        e.event_date = (date.fromisoformat(preceding.date) - timedelta(days=n)).isoformat()
        e.time_precision, e.date_basis = 1, "text"
        evidence.append(_span("event_date", preceding.start, preceding.end, text))
    elif d:
        e.event_date, e.time_precision, e.date_basis = d.date, d.precision, "text"
        evidence.append(_span("event_date", d.start, d.end, text))
        if d.kind == "relative" and d.date and d.text.lower().startswith(("overnight", "last night")) \
                and (hour := _next_sentence_hour(draft, d)) is not None and hour < 5:
            # "Overnight the enemy attacked Izmail district with drones. At around 03:10 port infrastructure was hit": the
            # day after midnight (where the night's own sentence told no hour)
            e.event_date = (date.fromisoformat(d.date) + timedelta(days=1)).isoformat()
    elif preceding:   # dated by the report's earlier sentences (the span points there)
        e.event_date, e.time_precision, e.date_basis = preceding.date, preceding.precision, "text"
        evidence.append(_span("event_date", preceding.start, preceding.end, text))
        if body and preceding.date and preceding.precision == 1 and (small := _SMALL_HOUR.search(body[0].sent.text)) \
                and small.start() < 40 and _EVENING_CLOCK.search(_line_of(text, preceding.start, preceding.end)):
            # a night's summary: "at about 23:10 on 18 November an attack UAV hit Izmail" then "at 05:40 a ballistic missile
            # struck Kryvyi Rih": past midnight, the next day
            e.event_date = (date.fromisoformat(preceding.date) + timedelta(days=1)).isoformat()
        later = _DAYS_LATER.search(body[0].sent.text) if body and preceding.date and preceding.precision == 1 else None
        if later is not None:
            # "Two days later, a drone strike on a market in Maqbana killed four": the day told before, and so many more
            n = _LATER_DAYS.get((later.group(1) or "one").lower(), 1)
            e.event_date = (date.fromisoformat(preceding.date) + timedelta(days=n)).isoformat()
    elif ref is not None and basis != "heading":
        e.event_date, e.time_precision, e.date_basis = ref.isoformat(), 2, basis

    seen_labels: set[str] = set()
    for s in draft.sentences:
        for src in s.sources:
            label = src.label()
            if label in seen_labels or any(label in x or x in label for x in seen_labels):
                continue
            seen_labels.add(label)
            e.sources.append(label)
            e.source_details.append(src)
            evidence.append(_span("sources", src.start, src.end, text))
    if doc.source and doc.source not in seen_labels:
        e.sources.append(doc.source)

    evidence.append(_span("event", first.sent.start, first.sent.end, text))
    e.evidence = evidence
    body = [s for s in draft.sentences if not s.headline] or draft.sentences
    notes = " ".join(s.sent.text for s in body[:2])
    e.notes = _DATELINE_LEAD.sub("", notes, count=1)[:600] or None
    e.confidence = _confidence(e)
    return e


_DATELINE_LEAD = re.compile(r"^[A-Z][A-Za-z .'-]+,(?: [A-Z][A-Za-z .'-]+)?\s*\([^)]{3,40}\)\s*[-–—]?\s*")


def _confidence(e: Event) -> float:
    score = 0.4
    score += 0.15 if e.location else 0
    score += 0.1 if e.date_basis == "text" else 0.05 if e.event_date else 0
    score += 0.1 if e.fatalities is not None or e.injured is not None else 0
    score += 0.1 if e.weapon else 0
    score += 0.1 if e.sources else 0
    return round(min(score, 0.95), 2)


def _build_political(doc: Document, infos: list[SentenceInfo]) -> list[Event]:
    """One event per PLOVER code and actor pair, merging restatements across sentences."""
    text = doc.text
    groups: dict[tuple[str, str], list[tuple[PoliticalMention, SentenceInfo]]] = {}
    for info in infos:
        for pm in info.political:
            groups.setdefault((pm.plover, pm.actor1), []).append((pm, info))
    events = []
    for (plover, actor1), members in groups.items():
        e = Event(doc_id=doc.id, event_type=STRATEGIC, sub_event_type="Agreement" if plover == "AGREE" else "Other",
                  plover=plover, actor1=actor1, fatalities=0)
        e.sentences = sorted({info.sent.index for _, info in members})
        targets: list[str] = []
        for pm, _ in members:
            targets += [t for t in pm.actor2 if t not in targets]
        e.actor2 = "; ".join(targets) or None
        country = countries.lookup(actor1)
        e.iso = countries.iso_of(actor1)
        e.country = actor1 if e.iso else None
        evidence = []
        for pm, info in members:
            evidence.append(_span("event", pm.start, pm.end, text))
            evidence.append(_span("actor1", pm.actor1_span[0], pm.actor1_span[1], text))
            for d in info.dates:
                if d.date and pm.clause_start <= d.start < pm.clause_end and e.event_date is None:
                    e.event_date, e.time_precision, e.date_basis = d.date, d.precision, "text"
                    evidence.append(_span("event_date", d.start, d.end, text))
        place = _political_place(infos, members)
        if place:
            e.location = place.name
            e.places = [place]
            evidence.append(_span("location", place.start, place.end, text))
        for _, info in members:
            for src in info.sources:
                if src.label() not in e.sources:
                    e.sources.append(src.label())
                    e.source_details.append(src)
        e.evidence = evidence
        e.confidence = 0.6 if country else 0.5
        events.append(e)
    return events


def _political_place(infos: list[SentenceInfo], members) -> Place | None:
    """Where a statement was made: "in X" in its clauses, or where its speaker spoke."""
    def located(info: SentenceInfo, a: int, b: int) -> Place | None:
        for p in info.places:
            if a <= p.start < b and countries.lookup(p.name) is None and info.sent.text[max(0, p.start - info.sent.start - 3):p.start - info.sent.start].strip() == "in":
                return p
        return None

    for pm, info in members:
        p = located(info, pm.clause_start, pm.clause_end)
        if p:
            return p
    speakers = {src.name.split()[-1] for _, info in members for src in info.sources if src.name}
    for info in infos:
        if any(sp in info.sent.text for sp in speakers):
            p = located(info, info.sent.start, info.sent.end)
            if p:
                return p
    return None
