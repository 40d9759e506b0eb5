"""Lines set in capitals (tickers, alert strings, crawl logs, wire slugs), read in ordinary case.

Every reader downstream takes a capital for a name: "GLIDE BOMB HITS KHOLODNOHIRSKYI DISTRICT"
would be six names, and "CAR" the Central African Republic. A shouted line is given back with
the case a writer would have used: names (the caller says which) title-cased, short acronyms
("KAB", "RMA", "SES") kept, everything else lower case, the first word of each part capitalised.
Only the case changes, so every offset into the text stays the same.
"""
from __future__ import annotations

import re
from collections.abc import Callable

_LINE = re.compile(r"[^\n]+")
_WORD = re.compile(r"[^\W\d_][^\W\d_'’]*(?:['’-][^\W\d_]+)*")
_THREE_LOUD_WORDS = re.compile(r"[^\W\d_a-z]{2,}[^\w\n]+[^\W\d_a-z]{2,}[^\w\n]+[^\W\d_a-z]{2,}")
_PART_BREAK = re.compile(r"(?:[.!?|▌▐•:—–]|\s[-/])\s*$")   # what, just before a word, opens a part ("KHARKIV | GLIDE BOMB")
_CALENDAR = frozenset((
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun "
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec").split())
# The commonest words of news about violence, and the function words: never names, whatever the gazetteer holds
# ("MAN, 64, KILLED": not Man in Côte d'Ivoire; "HIT" is not Hit on the Euphrates).
COMMON_WORDS = frozenset((
    "a an the and or but nor of in on at to by for from with without into onto over under near after before during "
    "since until till as than then there here this that these those it its is are was were be been being has have "
    "had do does did not no yes all any each every some more most less least many much few several other another "
    "such only also just still again now today tonight yesterday tomorrow morning afternoon evening night overnight "
    "day days week weeks month months year years hour hours minute minutes time times early late earlier later "
    "about above across against along among around behind below beside between beyond down inside off out outside "
    "past per round through toward towards up upon via within who whom whose which what when where why how "
    "he she they we you i me him her them us our your their his my mine ours one two three four five six seven "
    "eight nine ten eleven twelve dozen dozens hundred hundreds thousand thousands first second third last next "
    "new old least at said says say told tell reported reports report according confirmed confirms announced "
    "update updated updates breaking alert alerts flash urgent live latest correction corrected "
    "killed kill kills killing dead death deaths died dies die dying fatal fatalities fatality toll tolls "
    "injured injures injuring injury injuries wounded wounding wounds wound hurt hospital hospitalised "
    "hospitalized treated missing rescued rescue rescuers evacuated evacuation bodies body victims victim "
    "survivors casualties casualty toll rises rise risen rose up down unchanged "
    "attack attacks attacked attacking strike strikes struck striking hit hits hitting shelling shelled shell "
    "shells bomb bombs bombing bombed bomber blast blasts explosion explosions exploded explosive explosives "
    "drone drones missile missiles rocket rockets artillery mortar mortars glide guided ballistic cruise air "
    "airstrike airstrikes raid raids fire fires fired firing gunfire shooting shot shoot gunmen gunman armed "
    "clash clashes fighting fight fighters battle ambush ambushed assault offensive operation debris "
    "downed intercepted shot interception defence defense alarm siren sirens shelter "
    "man men woman women child children boy boys girl girls people person persons resident residents civilian "
    "civilians soldier soldiers troops police officer officers driver drivers passenger passengers worker workers "
    "family families teenager student students farmer farmers crew staff medic medics firefighter firefighters "
    "car cars bus buses truck trucks train vehicle vehicles house houses home homes building buildings block "
    "apartment apartments flat school schools market markets shop shops store warehouse factory plant "
    "station stations stop road roads street streets bridge port church mosque village villages town towns "
    "city cities district districts region regions regional oblast province state area areas suburb outskirts "
    "centre center central north south east west northern southern eastern western border front frontline line "
    "direction sector zone community hromada municipality county capital neighbourhood "
    "governor mayor head chief minister ministry president office council administration military mil admin "
    "army forces force service services emergency national local official officials authorities spokesman "
    "spokesperson statement source sources channel telegram media news desk crawl log weather energy power "
    "outage outages scheduled grid electricity water gas heating cold frost snow rain wind degrees "
    "enemy occupiers unknown unidentified suspected alleged "
    "near incl including inc reg rep dist approx per cent percent km miles metres meters "
    "killing kills left leaves leaving leave remain remains remained continue continues continued "
    "hits hitting damaged damage destroyed destroys destroy burning burned burnt collapsed collapse "
    "serious critical condition stable minor light severe heavy major large small big huge massive "
    "again more total overall least most nearly almost over under some dozens scores "
    "wave waves night nights launch launches launched reported reports reporting rights group groups "
    "dawn dusk noon midnight lake dam valley hill hills war peace deal vote union independence temple rally "
    "security checkpoint convoy patrol base gang resort mall bank court camp farm field fields "
    "meet meets meeting talks counterparts need needs promises promise calls call says stated site scene "
    "fire fires blaze smoke unit units team teams call calls help aid food camp camps"
).split())


def shouted(line: str) -> bool:
    """A line in capitals: at least three words, nearly every letter upper case."""
    letters = [c for c in line if c.isalpha()]
    if len(letters) < 12:
        return False
    upper = sum(c.isupper() for c in letters)
    return upper >= 0.9 * len(letters) and len(_WORD.findall(line)) >= 3


def _title(word: str) -> str:
    out, start = [], True
    for c in word:
        out.append(c.upper() if start else c.lower())
        start = c == "-"
    return "".join(out).replace("'S", "'s").replace("’S", "’s")


def restore_case(text: str, is_name: Callable[[str], bool], common: frozenset[str] = COMMON_WORDS) -> str | None:
    """The text with every shouted line in ordinary case, or None where no line is shouted."""
    if _THREE_LOUD_WORDS.search(text) is None:
        return None     # (a cheap test first: no line in capitals without three words in a row in them)
    out: list[str] | None = None
    lines = list(_LINE.finditer(text))
    loud = [shouted(line.group()) for line in lines]
    for k, line in enumerate(lines):
        if not loud[k] or k == 0 and len(lines) > 1 and not loud[1]:
            continue    # (a title in capitals over a body in ordinary case is read as a title: "SITREP 12 - BENI TERRITORY")
        if out is None:
            out = list(text)
        _restore_line(line.group(), line.start(), out, is_name, common)
    return "".join(out) if out is not None else None


def _restore_line(line: str, base: int, out: list[str], is_name: Callable[[str], bool], common: frozenset[str]) -> None:
    words = list(_WORD.finditer(line))
    # (each word's part opens where the gap before it holds a bar, a dash or a stop, or where it is the line's first)
    opens = [k == 0 or _PART_BREAK.search(line, words[k - 1].end(), w.start()) is not None for k, w in enumerate(words)]
    k = 0
    while k < len(words):
        done = 0
        for size in (3, 2):     # a name of several words: "KRYVYI RIH", "PORT SUDAN", "DARAT IZZA"
            if k + size > len(words):
                continue
            run = words[k:k + size]
            if any(line[a.end():b.start()] != " " for a, b in zip(run, run[1:])):
                continue
            if all(w.group().lower() in common for w in run):
                continue
            name = " ".join(_title(w.group()) for w in run)
            if is_name(name):
                for w in run:
                    _put(out, base + w.start(), _title(w.group()))
                done = size
                break
        if done:
            k += done
            continue
        w = words[k]
        word, low = w.group(), w.group().lower()
        bare = low.rstrip("'’s") if low.endswith(("'s", "’s")) else low
        if bare in _CALENDAR:
            new = _title(word)
        elif bare not in common and is_name(_title(word[:len(bare)])):
            new = _title(word)  # (the caller's names are of some size: "GAO", not the "EU" of Normandy)
        elif len(bare) <= 3 and bare not in common and bare.isalpha():
            new = word          # an acronym: "KAB", "RMA", "SES", "EU"
        else:
            new = low
            if opens[k]:
                new = new[:1].upper() + new[1:]     # the first word of the line or of a part ("14:06 Glide bomb")
        _put(out, base + w.start(), new)
        k += 1


def _put(out: list[str], at: int, word: str) -> None:
    out[at:at + len(word)] = list(word)
