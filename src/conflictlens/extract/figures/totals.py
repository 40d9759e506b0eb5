"""Reconciling the figures of one incident into one killed or injured count, and its sub-counts."""
from __future__ import annotations

import re

from conflictlens.extract.figures.tolls import _PUT_AT
from conflictlens.model import Figure

_GENERIC = frozenset({"people", "civilians", "children"})
_VAGUE_TEXT = re.compile(r"(?:several|multiple|numerous|dozens|scores|hundreds|many|some|a few)\b(?!\s+(?:\d|[a-z]*(?:ty|teen)\b"
                         r"|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a hundred))", re.IGNORECASE)
# (not "some fifteen militants", "some 40 soldiers": a number, told roughly)
_OTHERS = re.compile(r"^(?:(?:at least|more than|over|about|some|nearly|almost|around|up to) )?\S+ (?:other|others)\b", re.IGNORECASE)
_OTHER_N = re.compile(r"other \S+", re.IGNORECASE)      # "and other two were wounded": more   # "Two other soldiers died": others than those counted
_N_MORE = re.compile(r"^\S+ more\b(?! than)", re.IGNORECASE)
# "Five soldiers were also killed": victims besides those already counted.
_ALSO = re.compile(r"\b(?:were|was|are|is|have been|has been|had been) also (?:been )?(?:found )?(?:shot |stabbed |beaten )?(?:killed|died|dead|wounded|injured|hurt)\b"
                   r"|\balso (?:died|perished)\b", re.IGNORECASE)
# "A nurse died from her injuries": an indefinite article brings in someone not counted yet.
_ARTICLE = re.compile(r"(?:a|an|the|one)\b", re.IGNORECASE)
_NEW_ONE = re.compile(r"(?:a|an) \S+(?: \S+)? (?:died|was killed|was shot dead|succumbed)\b", re.IGNORECASE)
_FURTHER = re.compile(
    r"^(?:an additional|additional|a further|further|another\b|the remaining\b|remaining\b)"
    r"|^\S+ (?:more|additional|further)\b(?! than)", re.IGNORECASE)


# "The wounded insurgent was treated", "the injured soldier": someone told of before, named by their status
_DEFINITE_STATUS = re.compile(r"^the (?:wounded|injured|dead|slain|killed|hurt) \w+", re.IGNORECASE)


def reconcile(figures: list[Figure], status: str, headline: int | None = None) -> tuple[int | None, int | None, int | None]:
    """(low, best, high) for one status over an incident's figures, in document order.

    Within a sentence, coordinated figures of different groups add up ("three
    soldiers and two civilians"). Across sentences a figure of a group not yet
    counted adds (soldiers, then attackers); a restatement of a counted group
    keeps the larger value; a toll that "rose to" N replaces everything.
    """
    # "several militants were also killed": a vague count of the attackers widens the range only
    # when the victims are counted ("15 soldiers were killed ... several militants were also killed")
    figures = _without_resolved_splits(figures)
    unsure = {id(f) for f in figures if f.role == "attackers" and _VAGUE_TEXT.match(f.text)}
    if unsure and not any(f.status == status and f.part_of is None and f.role != "attackers" and not f.alternative
                          and f.best for f in figures):
        unsure = set()
    competing = _other_sources_toll(figures, status)
    unsure |= competing
    tops = [f for f in figures if f.status == status and f.part_of is None and not f.alternative and id(f) not in unsure]
    alternatives = [f.best for f in figures if f.status == status and f.part_of is None and (f.alternative or id(f) in unsure) and f.best]
    # another source's lower count of the same dead is the conservative reading, as ACLED codes it
    lower = [f.best for f in figures if f.status == status and f.part_of is None and (f.alternative or id(f) in competing)
             and f.best is not None and f.role != "attackers" and (f.rival or _PUT_AT.match(f.text))]
    if not tops:
        # only another party's count ("the group claimed it killed 20"): that is the report; beside a claim, the
        # other source's count is ("JNIM claimed it had killed 50, while the army said 10 soldiers died": 10, up to 50)
        told = [f for f in figures if f.status == status and f.part_of is None]
        counts = [f.best for f in told if f.best is not None]
        if len(counts) > 1 and all(f.alternative for f in told) and len({f.role for f in told} - {"people"}) <= 1:
            # each a party's own count of the same dead ("JNIM claimed it had killed 50, while the army said 10
            # soldiers died"): the lower, as ACLED codes it, up to the higher; not their sum (each side's count of
            # the other's dead is two counts: "said it killed 30 militants, while the militants said they killed 12 soldiers")
            return min(counts), min(counts), max(counts)
        tops = told
        alternatives = []
    if not tops:
        return None, None, None
    by_sentence: dict[int, list[Figure]] = {}
    for f in tops:
        by_sentence.setdefault(f.sentence, []).append(f)
    ordered = sorted(by_sentence.items())
    low, best, high, told, revised = _fold(ordered, figures, inside_revision=True, headline=headline)
    if revised is not None and told and told != revised and not _rise_explained(tops):
        # the counts told after the revision do not make it up: they are not a recap of it but
        # further deaths ("risen to seven ... two more were killed in a second strike"); read again
        # (but "risen to seven ... Rescuers pulled two more bodies from the rubble. Two of the wounded died in hospital":
        # how it rose, from a count this report does not repeat)
        low, best, high, _told, _revised = _fold(ordered, figures, inside_revision=False, headline=headline)
    if alternatives:
        high = max([h for h in (high, best) if h is not None] + alternatives)
    if lower and best is not None and min(lower) < best:
        best = min(lower)       # "12 civilians were killed, while a rescue group put the toll at eight": 8, up to 12
        low = best if low is None else min(low, best)
    return low, best, high


# how a toll rose: bodies found since, some of the wounded who died (not "two more people succumbed on Wednesday": more)
_OF_THE_WOUNDED = re.compile(r"\bof the (?:wounded|injured)\b", re.IGNORECASE)


def _rise_explained(figures: list[Figure]) -> bool:
    """Every count told after the last revision of the toll says how the toll rose (bodies recovered, wounded who
    died), none of them a death of its own."""
    last = max((f.sentence for f in figures if f.revision), default=None)
    after = [f for f in figures if last is not None and f.sentence > last and f.status == "killed"]
    return bool(after) and all(f.recovered or _OF_THE_WOUNDED.search(f.text) for f in after)


def _without_resolved_splits(figures: list[Figure]) -> list[Figure]:
    """"Five people were killed and wounded ... Two of them died and three were treated": the
    later dead and hurt that make up the count of both replace its one-dead-rest-hurt guess."""
    totals = {f.combined for f in figures if f.combined}
    if not totals:
        return figures
    told: dict[int, dict[str, int]] = {}
    for f in figures:
        if f.part_of is None and not f.combined and f.best is not None and not f.alternative:
            told.setdefault(f.sentence, {}).setdefault(f.status, f.best)
    settled = set()
    for total in totals:
        first = min(f.sentence for f in figures if f.combined == total)
        if any(s > first and len(c) == 2 and c["killed"] + c["injured"] == total for s, c in told.items()):
            settled.add(total)
    return [f for f in figures if f.combined not in settled] if settled else figures


def _fold(ordered: list[tuple[int, list[Figure]]], figures: list[Figure], inside_revision: bool,
          headline: int | None = None) -> tuple[int | None, int | None, int | None, int, int | None]:
    """reconcile's pass over the sentences' figures in order: (low, best, high), and the counts
    told after the last revision with that revision's toll (`inside_revision`: such counts are
    taken as inside it while they fit, the caller checks they make it up exactly)."""
    low = best = high = None
    roles: set[str] = set()
    vague_part: int | None = None   # the part of the total that is only "several" / "numerous" attackers
    revised: int | None = None      # the toll a revision set ("has risen to seven")
    told = 0                        # the counts told since ("had reported four dead", "three more")
    headline_only = False   # what is counted so far is a headline's ("Man killed in shelling of Nikopol")
    after_headline = False  # the counts so far are all the report's headline's (`headline`: its sentence)
    fields_only = False     # the counts so far are all a form's fields ("Deaths: 1"), its narrative's told after them
    for index, figs in ordered:
        first_after_headline = headline_only
        told_under_headline = after_headline
        after_headline = headline is not None and index == headline and best is None
        headline_only = best is None and (index == 0 or index == headline) and (index == headline
                                                                                or all(not _ARTICLE.match(f.text) for f in figs))
        #                  (a headline's "kills one" or "killing a man" too: "Strike kills one" then "A man was killed when ...")
        if best is not None and all((f.text.lower() in ("him", "her") or _DEFINITE_STATUS.match(f.text)) and not f.revision
                                    for f in figs):
            continue        # "... they engaged, killing him", "The wounded insurgent received treatment": counted already
        if len(figs) > 1 and any(f.revision for f in figs):
            figs = [f for f in figs if f.revision]      # "a third soldier died, taking the toll to three": three in all
            figs = [max(figs, key=lambda f: f.best or 0)]   # (the n-th to die and the toll it takes: one toll)
        s_low, s_best, s_high = _sum(figs)
        s_roles = {f.role for f in figs}
        further = all(_FURTHER.search(f.text) or _ALSO.search(f.text) or f.adds for f in figs)
        if best is None:
            low, best, high, roles = s_low, s_best, s_high, set(s_roles)
            fields_only = all(f.field for f in figs)
            if s_roles == {"attackers"} and all(_VAGUE_TEXT.match(f.text) for f in figs):
                vague_part = s_best
            if any(f.revision for f in figs):
                revised = s_best
        elif s_roles == {"own side"} and "soldiers" in roles and s_best is not None and s_best == best:
            continue        # "... killing three policemen. Among our forces, the toll is three dead": the same three
        elif all(f.nth for f in figs) and s_best is not None and best is not None and s_best <= best:
            continue        # "Five were killed ... one of the wounded died, and a second died": at least two, so five
        elif any(f.revision for f in figs):
            low, best, high, roles = s_low, s_best, s_high, roles | s_roles
            revised, told, vague_part = s_best, 0, None
        elif inside_revision and revised is not None and s_best is not None and told + s_best <= revised:
            told += s_best      # "has risen to seven ... had reported four dead. Three more died overnight": the seven
        elif all(f.breakdown for f in figs) and s_best is not None and s_best <= (best or 0):
            continue        # "... killing at least 12. Among the dead were two soldiers and a guard": three of the 12
        elif s_best is not None and s_best == best and all(
                _OTHERS.search(f.text) and not (_FURTHER.search(f.text) or _ALSO.search(f.text) or f.adds) for f in figs):
            continue        # "kills three, injures 11" then "killed three people and injured 11 others": the same 11
        elif vague_part is not None and s_roles == {"attackers"} and s_best is not None and not further \
                and not any(_VAGUE_TEXT.match(f.text) for f in figs):
            # "Numerous insurgents were killed ... killing two insurgents": the number told at last
            # stands for the vague count of the same attackers, and only for it
            best = best - vague_part + s_best
            low = None if low is None or s_low is None else low - vague_part + s_low
            high = None if high is None or s_high is None else high - vague_part + s_high
            vague_part = None
        elif told_under_headline and s_best is not None and s_best == best and all(_N_MORE.match(f.text) for f in figs) \
                and any(g.sentence == headline and g.status != figs[0].status for g in figures):
            roles |= s_roles    # "Drone hits car: one dead, two wounded" then "killing the driver ... Two more people in
            #                     the car were wounded": more than the dead, the headline's two
        elif all(_FURTHER.search(f.text) and not _more_beside_other(f, figures) or _ALSO.search(f.text) or f.adds
                 or _NEW_ONE.match(f.text) and not first_after_headline and not (fields_only and (s_best or 0) <= best)
                 or _OTHER_N.match(f.text)
                 or _OTHERS.search(f.text) and not any(g.sentence == f.sentence and g.start < f.start and g.status == f.status
                                                       for g in figures) for f in figs):
            # "two more people", "another soldier", "three other civilians": further victims
            low, best, high = _add(low, s_low), _add(best, s_best), _add(high, s_high)
            roles |= s_roles
        elif told_under_headline and s_best is not None and roles == {"people"} and not further and len(figs) > 1 \
                and any(f.role == "attackers" and f.best == best for f in figs) and _headline_bare_is_attackers(
                    figures, headline, figs[0].status, best):
            low, best, high = s_low, s_best, s_high     # "..., neutralise 27" then "27 terrorists were neutralised, while
            roles |= s_roles                            # one soldier was killed": the headline's 27 are the attackers
        elif told_under_headline and s_best is not None and s_best == best and not further \
                and ("attackers" not in s_roles | roles or _same_head(figures, headline, figs) or roles == {"people"} and (all(
                    _TOLL_ONLY.search(g.text) for g in figures if g.sentence == headline and g.status == figs[0].status)
                    or _headline_bare_is_attackers(figures, headline, figs[0].status, best))):
            roles |= s_roles    # "Blast kills 2 policemen" then "Two police officers were killed", "Car bomber kills
            #                     five" then "killing five soldiers": the same (not the attackers: "Two policemen
            #                     were killed ... shot dead two terrorists")
        elif not (s_roles & roles) and not (s_roles & _GENERIC and roles & _GENERIC) and (
                "people" not in s_roles or roles == {"attackers"} and s_best is not None and s_best < (best or 0)) \
                and not ("people" in roles and (best or 0) >= 2 and sum(f.best or 0 for f in figs) == 1 and "attackers" not in s_roles):
            # (fewer people after attackers alone are others: "killed twenty terrorists ... two volunteers
            # lost their lives"; more are the whole toll: "killed seven insurgents ... nine people died")
            # (but "Four people were killed ... a guard who was killed when the bomber shot him": one of the four)
            low, best, high = _add(low, s_low), _add(best, s_best), _add(high, s_high)
            roles |= s_roles
        elif (s_best or 0) > (best or 0):
            low, best, high = s_low, s_best, s_high
            roles |= s_roles
        elif s_best == best:
            low = _max(low, s_low)
            high = _min(high, s_high)
    return low, best, high, told, revised


# a headline's toll told as a state ("leaves five dead", "five killed"), not a deed of its subject ("Bandits kill three")
_TOLL_ONLY = re.compile(r"\b(?:dead|killed|deaths?|died|lifeless|martyrs?|martyred)\b", re.IGNORECASE)
# ... or a bare count that names no one ("Troops repel attack, neutralise 31", "Army kills more than 60"): whoever the
# body's first count of as many names, attackers too ("31 terrorists were neutralised")
_BARE_COUNT = re.compile(r"^(?:(?:at least|more than|over|about|some|nearly|almost|around|up to) )?[\d,]+$", re.IGNORECASE)


def _same_head(figures: list[Figure], headline: int | None, figs: list[Figure]) -> bool:
    """The headline's count names whom the body's names, by the same last word ("Mine blast in Kabul kills Taliban
    member" then "killing one Taliban member"): one count, whatever role each was read as."""
    heads = {f.text.lower().rstrip("s").rsplit(" ", 1)[-1] for f in figures if f.sentence == headline and f.status}
    return bool(heads) and any(f.text.lower().rstrip("s").rsplit(" ", 1)[-1] in heads for f in figs)


def _headline_bare_is_attackers(figures: list[Figure], headline: int | None, status: str, best: int | None) -> bool:
    """The headline's count is bare ("Troops repel attack, neutralise 31") and no victims of the body are as many
    ("Bandits kill 5 ... had killed five villagers": the headline's five are those villagers, not the five bandits)."""
    return all(_BARE_COUNT.match(g.text) for g in figures if g.sentence == headline and g.status == status) \
        and not any(g.sentence != headline and g.status == status and g.role != "attackers" and g.best == best
                    for g in figures)


def _other_sources_toll(figures: list[Figure], status: str) -> set[int]:
    """A higher toll another source puts on the same incident ("ADF fighters killed 18 people, the army
    said. ... Civil society leaders put the toll at 23") is the high end, not the count: the first
    source's figure stands, as "5, though residents said 25" does."""
    out: set[int] = set()
    for k, f in enumerate(figures):
        if f.status != status or f.revision or not f.best or f.part_of is not None or f.role == "attackers":
            continue
        put = _PUT_AT.match(f.text) is not None
        if not put and not f.source:
            continue        # (the one who puts it is the subject before "put", when no "said" names them)
        earlier = [g for g in figures[:k] if g.status == status and g.part_of is None and g.best and g.sentence < f.sentence]
        if earlier and all(g.source and g.source != f.source for g in earlier) and (
                put and f.best != max(g.best for g in earlier) or not put and f.best > max(g.best for g in earlier)
                and not _further_victims(f) and len(earlier) == 1
                and (f.role == earlier[0].role or {f.role, earlier[0].role} <= {"people", "civilians"})):
            # (a lower one is the conservative count: reconcile takes it; "Residents said 27 people were
            # killed" after "killed at least 18 civilians, the army said" is another source's higher count)
            out.add(id(f))
    return out


def _further_victims(f: Figure) -> bool:
    """"two more people", "another soldier", "three other civilians": victims besides those counted, as _fold reads them."""
    return bool(_FURTHER.search(f.text) or _ALSO.search(f.text) or _OTHER_N.match(f.text) or _OTHERS.search(f.text))


def _more_beside_other(f: Figure, figures: list[Figure]) -> bool:
    """"Two of our soldiers lost their lives, and eight more were wounded": "more" beside a count of
    another status in its sentence is no further victim of its own status."""
    return bool(_MORE_BARE.match(f.text)) and any(g.sentence == f.sentence and g.start < f.start and g.status
                                                  and g.status != f.status for g in figures)


_MORE_BARE = re.compile(r"\S+ more\b(?! than)", re.IGNORECASE)


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
