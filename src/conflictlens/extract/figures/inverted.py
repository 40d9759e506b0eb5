"""Counts in the word order of machine-translated news: the verb before its subject, as Ukrainian and Russian put it
("perished the man 58 years", "Are wounded 4 persons", "Perished there are none", "The people are not suffered").

The other passes read a count before its verb ("a man died", "4 people were wounded"); these read what they miss,
and the list a dash breaks a count into ("4 persons – the driver and three passengers": the four, not eight).
"""
from __future__ import annotations

import re

from conflictlens.extract.figures.lexicon import ROLES
from conflictlens.model import Figure

_PERSONS = frozenset("man woman boy girl child person resident civilian driver pensioner teenager teacher doctor nurse "
                     "farmer shepherd student youth member notable elder activist journalist".split())

_COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_STATUS = {"perished": "killed", "died": "killed", "killed": "killed", "dead": "killed", "wounded": "injured",
           "injured": "injured", "wound": "injured", "wounds": "injured", "injuries": "injured", "suffered": "injured"}
# the verb, then who: "perished the man 58 years", "are wounded 4 persons", "got wounds two women"
_VERB_FIRST = re.compile(
    r"(?:\b(?:(?:are|is|were|was) )?(?P<verb>perished|died|killed|wounded|injured)|\bgot (?:the |a )?(?P<got>wounds?|injuries)"
    r"(?: of [\w ]{1,30}?)?)\s+(?=\d|the |a |an |two|three|four|five|six|seven|eight|nine|ten)", re.IGNORECASE)
# what a sentence of such counts holds (a cheap test before the patterns)
NEEDLES = ("got the inj", "got inj", "got wound", "got the wound", "perished", "are wounded", "are injured", "are killed", "is wounded", "is injured", "is killed", "got wound",
           "got the wound", "got injur", "there are n", "not suffered", "Perished", "Are wounded", "Are injured",
           "Are killed")
_WHO_AFTER = re.compile(
    r"\s*(?:(?:the|a|an) (?:[\w-]+ )?(?P<one>[a-z]+)\b"
    r"|(?P<n>\d{1,3}|two|three|four|five|six|seven|eight|nine|ten) (?:\w+ )?(?:persons|people|civilians|residents|men"
    r"|women|children)\b)", re.IGNORECASE)
# none of them: "Perished there are none", "Wounded there are not", "The people are not suffered"
_NONE = re.compile(r"^(?P<verb>perished|died|dead|killed|wounded|injured)(?: there)? (?:are|were|is|was) (?:none|not|no)\s*[.!]?$"
                   r"|\b(?:the )?(?:people|persons|residents|civilians) (?:are|were) not (?P<hurt>suffered)\s*(?:[,.;]|$)",
                   re.IGNORECASE)     # (the whole sentence, or its clause: not "the number of injured was not known")
_DASH_LIST = re.compile(r"\s*[–—-]\s*")
# the count, then what it "got": "More than 15 persons have got the injury", "two women got wounds"
_GOT_AFTER = re.compile(r"\b(?P<q>more than |over |at least )?(?P<n>\d{1,3}|two|three|four|five|six|seven|eight|nine|ten) "
                        r"(?:persons|people|civilians|residents|men|women|children) (?:have |has |had )?got (?:the |a )?"
                        r"(?:injury|injuries|wounds?|traumas?)\b", re.IGNORECASE)


def inverted_figures(sentence: str, start: int, sent_index: int, figures: list[Figure]) -> list[Figure]:
    """The counts of `sentence` (at `start` in the document) told verb first, where no figure of `figures` covers them."""
    out: list[Figure] = []

    def taken(a: int, b: int) -> bool:
        return any(f.start < b and a < f.end for f in figures + out)

    for m in _VERB_FIRST.finditer(sentence):
        who = _WHO_AFTER.match(sentence, m.end())
        if who is None or taken(start + m.start(), start + who.end()):
            continue
        if m.group("verb") and m.start("verb") > 0 and sentence[:m.start()].rstrip()[-1:].isalpha() \
                and not re.search(r"(?:\b(?:sector|area|district|street|village|town|city|result)|,)\s*$", sentence[:m.start()]):
            continue    # (the verb after its own subject, "a man killed two": the other passes' reading)
        if who.group("one") and who.group("one") not in ROLES and who.group("one") not in _PERSONS:
            continue    # ("killed the teacher", not "wounded the building")
        n = 1 if who.group("one") else _COUNT_WORDS.get(who.group("n").lower()) or int(who.group("n"))
        status = _STATUS[(m.group("verb") or m.group("got")).lower()]
        role = ROLES.get(who.group("one") or "", "people")
        out.append(Figure(status=status, low=n, best=n, high=n, role=role, start=start + m.start(),
                          end=start + who.end(), text=sentence[m.start():who.end()], sentence=sent_index))
    for m in _GOT_AFTER.finditer(sentence):
        if taken(start + m.start(), start + m.end()):
            continue
        n = _COUNT_WORDS.get(m.group("n").lower()) or int(m.group("n"))
        best = n + 1 if m.group("q") and m.group("q").strip().lower() in ("more than", "over") else n
        out.append(Figure(status="injured", low=best, best=best, high=best, role="people", start=start + m.start(),
                          end=start + m.end(), text=sentence[m.start():m.end()], sentence=sent_index))
    for m in _NONE.finditer(sentence):
        if taken(start + m.start(), start + m.end()):
            continue
        statuses = ("killed", "injured") if m.group("hurt") else (_STATUS[m.group("verb").lower()],)
        for status in statuses:
            out.append(Figure(status=status, low=0, best=0, high=0, role="people", start=start + m.start(),
                              end=start + m.end(), text=sentence[m.start():m.end()], qualifier="none",
                              sentence=sent_index))
    return out


def dash_breakdowns(sentence: str, start: int, figures: list[Figure]) -> None:
    """A count a dash breaks into who they were ("Are wounded 4 persons – the driver and three passengers"): the items
    are its parts (in place), not more victims."""
    ordered = sorted(figures, key=lambda f: f.start)
    for k, whole in enumerate(ordered):
        if not whole.best or whole.part_of is not None:
            continue
        dash = _DASH_LIST.match(sentence, whole.end - start)
        if dash is None or dash.end() == whole.end - start:
            continue
        parts = [f for f in ordered[k + 1:] if f.status == whole.status and f.start >= start + dash.end()
                 and f.start - whole.end < 90 and f.part_of is None]
        if parts and sum(f.best or 0 for f in parts) == whole.best:
            for f in parts:
                f.part_of = figures.index(whole)
