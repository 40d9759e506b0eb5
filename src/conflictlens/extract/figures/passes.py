"""Post-passes of sentence_figures over the figures of one sentence: restated, recalled, combined, sub-counts."""
from __future__ import annotations

import re

from conflictlens.extract.figures.lexicon import ROLES, _TITLES
from conflictlens.extract.figures.status import _among_the_dead
from conflictlens.model import Figure
from conflictlens.text.alternation import contains_any
from conflictlens.text.numbers import UNITS, read_number
from conflictlens.text.tokens import Token

_STATUS_TAIL = frozenset("was is were are has have been killed dead murdered assassinated shot gunned down executed "
                          "beheaded slain died".split())

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


# the clause that splits the stabbed, right after them and their place and day: ", killing one and injuring
# the other", ", fatally wounding two", ", leaving two dead" (not "leaving the town in shock", "before leaving")
_SPLIT_AFTER = re.compile(r"[^.;,]{0,60}?(?:, (?:[\w-]+ ){1,3}(?:said|says|reported))?"     # (", police said, killing two")
                          r", (?:killing|fatally|leaving (?:\w+ )?(?:dead|\d+|one|two|three|four|five|six)\b)", re.IGNORECASE)


def _attacked_then_split(figures: list[Figure], text: str) -> None:
    """"stabbed four people at a market, killing one and injuring the other three": the
    stabbed are the group the clause then splits into its dead and its hurt, so the hurt are
    the stabbed who did not die, and the clause's own count of them is inside that."""
    for a, f in enumerate(figures):
        if f.status != "injured" or f.part_of is not None or not f.best or f.best < 2 \
                or "stab" not in text[max(0, f.start - 12):f.start].lower() or not _SPLIT_AFTER.match(text, f.end):
            continue
        split = _SPLIT_AFTER.match(text, f.end)
        later = [g for g in figures[a + 1:a + 3] if g.part_of is None and g.best]
        if not later or later[0].status != "killed" or later[0].best >= f.best or later[0].start > split.end() + 20:
            continue        # (the dead must be the splitting clause's own, not another clause's or incident's)
        dead = later[0].best
        hurt = [g for g in later[1:2] if g.status == "injured" and g.start - later[0].end < 30
                and re.match(r"\s*,?\s*and (?:injuring|wounding|hurting)\b", text[later[0].end:g.start], re.IGNORECASE)]
        if hurt and hurt[0].best > f.best - dead:
            continue
        f.best -= dead
        f.low = f.low - dead if f.low is not None else None
        f.high = f.high - dead if f.high is not None else None
        for g in hurt:
            g.part_of = a


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
    r"|(?:carried out|staged|conducted|launched|mounted|claimed) (?:a|an)(?: \w+)? (?:similar|earlier|previous|prior)"
    r"|(?:involved in|responsible for|behind|took part in|participated in|linked to) (?:a |an |the )?(?:recent|earlier|previous)\b"
    r"[^,;:.]{0,40}?\b(?:that|which)"
    r"|(?:came|comes|coming|occurred|happened)(?: \w+)? (?:after|following)"
    # "It was the second deadly attack in the area on Monday, after glide bombs killed two men in Yunakivka"
    r"|\b(?:it|this|that) (?:was|is|marks|marked) the (?:second|third|fourth|fifth) (?:deadly |fatal |such |major |large |separate )?"
    r"(?:attack|strike|assault|raid|incident|bombing|shelling|massacre)s?\b[^;:.]{0,60}?\b(?:after|since|following)"
    r"|(?:revenge|retaliation|reprisal|retribution|avenge|avenging)(?: \w+)?(?: \w+)? (?:for|of)(?= the| a| an| his| her| their)"
    r"|(?:mourners|funeral|burial|grave|tomb|memorial|mausoleum) (?:of|for)(?= the| a| an| his| her| their)"
    r"|(?:where|when) (?:last|earlier this|earlier that) (?:week|month|year)"
    # the attacks before this one ("the two previous attacks killed 51"; not a twin attack's first: "the earlier
    # strike killed three")
    r"|the (?:\w+ )?(?:previous|prior) (?:\w+ )?(?:attacks|raids|strikes|incidents|massacres|bombings|ambushes)"
    r"(?=(?: (?:on|in|against|at|near) [^,;.]{0,30}?)? (?:had |have |has )?(?:killed|left|claimed)\b)"
    # the event a count starts from, named by its time: "the 21st flare-up since the July clashes, which left 1,600 dead"
    r"|since the (?:january|february|march|april|may|june|july|august|september|october|november|december|spring|summer"
    r"|autumn|fall|winter|(?:19|20)\d\d)(?: [\w-]+){0,2}? (?:clashes|fighting|attacks?|war|violence|massacres?|offensive|unrest"
    r"|uprising|coup)\b,? (?:which|that))"
    r"\b[^,;:.]{0,90}?\b(?:kill|killed|killing|left|leaving|claimed|wound|injur|dead|death|died|crushed|massacre|slain)"
    # "in response to death of a rebel leader": the death the attack answered (not "fired in response to the attack, killing two")
    r"|\bin (?:response|reaction|reply) to (?:the |a |an |his |her |their )?(?:\w+ )?(?:death|deaths|killing|killings|assassination|murder)s? of\b"
    # "less than 24 hours after the killing of 17 people in Ndoma": an earlier massacre, by its noun
    r"|\b(?:after|following|since) the (?:killing|killings|massacre|slaughter|murder|murders) of\b")
_DAYS_AFTER = re.compile(r"(?:\w+|a|an|several|few) days? after\b")
_AFTER_THE_KILLING = re.compile(r"(?:after|following|since) the (?:killing|killings|massacre|slaughter|murder|murders) of\b")
# ... a deed of the sentence's own before it (an attack, or what the police did: "said on Tuesday they had arrested 12
# suspects in Kaduna, two days after bandits killed 30 villagers": the arrests are the news)
_OWN_DEED_WORD = re.compile(r"\b(?:kill|attack|strike|struck|bomb|blast|explo|shell|clash|fight|ambush|raid|wound|injur|dead|died"
                            r"|shot|shoot|fire|massacre|assault|storm|arrest|detain|captur|charged|sentenc|convict|launched"
                            r"|deployed|rescued|freed|neutrali)")
_MOURNED = re.compile(r"(?:mourners|funeral|burial|grave|tomb|memorial|mausoleum) (?:of|for) ")
# "IS claimed that it killed over 100", "the group says they have killed 20": the perpetrators' own count.
_CLAIMED = re.compile(
    r"\b(?:claim(?:ed|s|ing)?|boast(?:ed|s)?) (?:(?:on|in|via|late|overnight)\b[\w ]{0,30}? )?(?:that )?(?:it|they|its \w+|their \w+|the group|the militants)? ?"
    r"(?:had |have |has )?(?:to have )?(?:killed|killing|massacred|executed)\b"
    # "..., saying it had killed seven", "the military said it had killed nine militants": the speaker's own
    # tally (not an official's of the strike: "the governor said it killed 20")
    r"|(?<!governor )(?<!mayor )(?<!officials )(?<!official )(?<!ministry )(?<!authorities )(?<!administration )"
    r"\b(?:saying(?: (?:in|on|via) [^,;.\"“]{3,60}?)?|said|says) (?:that )?(?:it|they) (?:had |have |has )?(?:killed|massacred|executed)\b"
    # "Islamic State claimed the attack, saying 30 people were killed": the claimant's count
    r"|\bclaim(?:ed|s|ing)? (?:responsibility|credit|the (?:attack|bombing|strike|ambush|raid))\b[^.;]{0,60}?,? (?:saying|and said) (?:that )?"
    # "It claimed 17 soldiers were killed", "claiming that 40 troops had died": the count a claimant gives, told passively
    r"|\b(?:it|they|the group|the militants|the insurgents|the rebels) claim(?:ed|s|ing)? (?:that )?"
    r"(?=[^.;]{0,40}?\b(?:were|was|had been|have been|are) (?:killed|slain|dead)\b|[^.;]{0,40}?\b(?:had )?died\b)")
_CLAUSE_END = frozenset(",;:.")
# A count passed on as a rumour: "not confirmed", "unconfirmed reports", "rumours of 10 dead"
_RUMOUR_NEEDLES = ("confirmed", "rumo", "channels saying", "channels say")
_RUMOUR = re.compile(r"\b(?:not (?:yet )?confirmed|unconfirmed|rumou?r(?:s|ed)?|channels (?:are )?say(?:ing)?)\b")
_RUMOUR_APART = re.compile(r";|\bsaid\b|\badding\b|\bbut\b|\. ")


def _rumour_of(low: str, a: int, b: int, r: re.Match[str]) -> bool:
    """The count at [a, b) is the one the rumour's words tell: within 40 characters of them, in the same clause."""
    gap = low[b:r.start()] if r.start() >= b else low[r.end():a]
    return len(gap) <= 40 and not _RUMOUR_APART.search(gap)


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
        if (_DAYS_AFTER.match(m.group(0)) or _AFTER_THE_KILLING.match(m.group(0))) and not _OWN_DEED_WORD.search(low, 0, m.start()) \
                and not any(f.status and f.start < a for f in figures):
            continue        # "The governor arrived in Bunia on Wednesday, three days after militiamen killed 16 villagers":
            #                 the sentence's only deed, told from a visit (no attack of its own before it)
        if _MOURNED.match(m.group(0)):
            # "a bomb at the funeral of an elder killed 15": only the one mourned, whose count
            # comes before the kill word ("the burial of the three children killed"), is earlier
            b = s0 + m.end()
        for k, f in enumerate(figures):
            if a <= f.start < b and f.status and (f.part_of is None or f.part_of in drop):
                drop.add(k)
    if contains_any(low, _RUMOUR_NEEDLES):
        for r in _RUMOUR.finditer(low):
            # "channels saying Orikhiv hit, 5 dead. not confirmed": a rumour's count, the report's only where nothing firmer
            # is told (the counts of its own clause: not "killing eight, the governor said, adding that the type of
            # missile was not yet confirmed")
            for f in figures:
                if f.part_of is None and f.status and _rumour_of(low, f.start - s0, f.end - s0, r):
                    f.alternative = True
    for m in _CLAIMED.finditer(low):
        a = s0 + m.end() - 20
        # (as far as the claim's clause: "saying in a statement on a pro-group website that it had killed 17")
        stop = min((k for k in (low.find(";", m.end()), low.find(". ", m.end()), low.find(" while ", m.end()),
                                low.find(", but ", m.end()), low.find(" whereas ", m.end())) if k >= 0), default=len(low))
        b = s0 + min(m.end() + 30, stop) if not m.group().rstrip().endswith("saying") else s0 + min(m.end() + 90, stop)
        for f in figures:
            if f.part_of is None and a <= f.start <= b and f.start >= s0 + m.start():
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


def _breakdowns_inside(figures: list[Figure]) -> None:
    """"Five children were among the dead after missiles hit a block, which killed 11": the
    breakdown belongs to the sentence's own toll, wherever it stands."""
    for g in figures:
        if g.breakdown and g.part_of is None:
            whole = next((x for x, f in enumerate(figures) if f is not g and not f.breakdown and f.part_of is None
                          and f.status == g.status and (f.best or 0) >= (g.best or 0)), None)
            if whole is not None:
                g.part_of = whole


def _among_counted(figures: list[Figure], tokens: list[Token]) -> None:
    """"Among the 28 dead were 10 soldiers and 18 civilians": the list is who the 28 were, not 28 more.
    Without a number ("Among the dead were two soldiers and a guard") its items are marked as a
    breakdown: who the incident's dead were, where it has counted them already (totals.reconcile)."""
    for k in range(3, len(tokens)):
        if tokens[k].low not in ("were", "was", "are", "is", "included", "include", "includes"):
            continue
        if read_number(tokens, k - 2) is None:
            status = _among_the_dead(tokens, k)
            if status is not None:
                items = [x for x, g in enumerate(figures) if g.start >= tokens[k].end and g.status == status and g.part_of is None]
                whole = next((x for x in range(len(figures) - 1, -1, -1) if figures[x].end <= tokens[k].start
                              and figures[x].status == status and figures[x].part_of is None), None)
                if whole is not None and (figures[whole].best or 0) >= sum(figures[x].best or 0 for x in items):
                    for x in items:
                        figures[x].part_of = whole      # "killed 12 people, and the dead included five children"
                else:
                    for x in items:
                        figures[x].breakdown = True
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


_COMBINED = re.compile(r"\s*(?:and|or|and/or)\s+(?:injured|wounded|hurt)\b(?!\s+\w+\s+(?:were|was|are|had|have)\b)(?!\s+(?:\d|a\b|an\b|the\b|his\b|her\b|their\b|several\b"
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
            figures.append(_one_dead_rest_hurt(f))
        elif f.status == "killed" and f.part_of is None and f.best and f.best >= 2 and f.qualifier == "exact" \
                and (at := f.end if f.text.lower().endswith(("killed", "dead", "martyred")) else _status_end(text, f.end)) is not None \
                and _COMBINED.match(text, at):
            total = f.best
            hurt = _one_dead_rest_hurt(f)
            figures.append(hurt)
            k = figures.index(f)
            dead = next((g for g in figures if g.part_of == k and g.status == "killed" and g.best and g.best < total), None)
            if dead is not None:
                # "left 19 fighters martyred or wounded, 7 of whom were martyred": 7 dead, 12 hurt
                f.low = f.best = f.high = dead.best
                hurt.low = hurt.best = hurt.high = total - dead.best
                if any(g is not hurt and g.status == "injured" and g.best == hurt.best and g.start > f.end for g in figures):
                    figures.remove(hurt)    # ("..., 7 of whom were martyred and 12 wounded": the hurt are told)


# Past a phrase to the status it carries: "Five members of one family| were killed| and injured".
_PHRASE_TO_STATUS = re.compile(r"[^.;:\d]{0,60}?\b(?:were|was|are|is|have been|has been|had been)\s+(?:\w+ly\s+)?(?:killed|dead)\b",
                               re.IGNORECASE)


def _status_end(text: str, at: int) -> int | None:
    """Where the status after a counted phrase ends (None when there is none near)."""
    m = _PHRASE_TO_STATUS.match(text, at)
    return m.end() if m else None


def _one_dead_rest_hurt(f: Figure) -> Figure:
    """Set a count of both to its share (one dead, the rest hurt) and return the other share."""
    n = f.best
    dead, hurt = (1, 1, n - 1), (1, n - 1, n - 1)
    other = "injured" if f.status == "killed" else "killed"
    f.low, f.best, f.high = dead if f.status == "killed" else hurt
    f.combined = n
    low, best, high = hurt if other == "injured" else dead
    return Figure(status=other, low=low, best=best, high=high, role=f.role, start=f.start, end=f.end,
                  text=f.text, qualifier=f.qualifier, sentence=f.sentence, combined=n)


# A toll told town by town after it: "killed 4 people: 3 in Kherson and 1 in Beryslav", "six
# killed in the region - four in Kharkiv and two in Kupiansk", "(2 in Pokrovsk, 2 in Toretsk)".
_NUM = r"(?:\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_TOWN = r"(?:(?:al|el|as|ad|ash|ar)-)?[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?"
# (an item may say where in the town: "eight in a tent in al-Mawasi", "1 in the Lyman community")
_TOWN_ITEM = re.compile(rf"(?P<n>{_NUM}) (?:[a-z]+ ){{0,5}}?(?:in|at) (?:the )?(?P<town>{_TOWN})")
_TOWN_LIST = re.compile(rf"(?:[^.;:()–—]{{0,50}}?)\s*(?::|\s[–—-]|\(|,? including)\s*(?P<items>{_NUM} [^.;()]{{0,30}}?(?:in|at) (?:the )?{_TOWN}"
                        rf"(?:(?:,| and|, and) {_NUM} [^.;()]{{0,30}}?(?:in|at) (?:the )?{_TOWN}){{1,6}})")


_SITE_LAST = re.compile(r"\b(?:Hospital|School|Mosque|Church|Camp|Market|Street|Road|Square|Neighbou?rhood|Quarter|University|Base|Station)$",
                        re.IGNORECASE)


def _town_breakdown(figures: list[Figure], text: str) -> list[Figure]:
    """The items of a toll told town by town, each a sub-count of the toll with its town (the
    incident is split by them later); the bare numbers read in the list before are dropped."""
    out = list(figures)
    for k, f in enumerate(figures):
        if f.part_of is not None or not f.best or f.best < 2 or f.status is None:
            continue
        m = _TOWN_LIST.match(text, f.end)
        if m is None:
            continue
        items = []
        for im in _TOWN_ITEM.finditer(text, m.start("items"), m.end("items")):
            n = int(im.group("n")) if im.group("n").isdigit() else UNITS[im.group("n").lower()]
            items.append((n, im))
        if len(items) < 2 or sum(n for n, _ in items) != f.best or len({im.group("town") for _, im in items}) < 2 \
                or any(_SITE_LAST.search(im.group("town")) for _, im in items):
            continue    # (not "3 at Al-Shifa Hospital and 2 at Al-Ahli Hospital in Gaza City": sites of one town)
        lo, hi = m.start("items"), m.end("items")
        kept = [g for g in out if g is f or not (lo <= g.start < hi)]
        # (the sub-counts' indices follow the figures they point at, or are dropped with them)
        new_index = {id(g): k2 for k2, g in enumerate(kept)}
        for g in kept:
            if g.part_of is not None:
                target = out[g.part_of] if 0 <= g.part_of < len(out) else None
                g.part_of = new_index.get(id(target)) if target is not None else None
        out = kept
        root = out.index(f)
        for n, im in items:
            out.append(Figure(status=f.status, low=n, best=n, high=n, role=f.role, start=im.start(), end=im.end(),
                              text=im.group(), qualifier="exact", part_of=root, sentence=f.sentence,
                              source=f.source, breakdown=True, town=im.group("town")))
        break
    return out


# A clause that tells who counted ("the governor said", "according to", "a source put the toll at"), and where a sentence's
# clauses part ("...; ...", ", while ...")
_TELLS = re.compile(r"\b(?:said|says|say|reported|reports|told|put|puts|counted|recorded|according to|cited|gave|confirmed"
                    r"|estimated|registered|listed)\b")
_CLAUSE_CUT = re.compile(r";|,? while |,? whereas |, but ")
# ... and a clause of more victims, not another count of the same ("...; two more died later", "another strike killed")
_MORE_OF_THEM = re.compile(r"\b(?:more|other|others|additional|further|another|also|second|third|later|subsequently"
                           r"|separate)\b")
# ... or of another scene or deed, told after its count ("six died in hospital", "five died when the attackers stormed a
# market", "three workers were killed at the fuel terminal")
_OWN_SCENE_AFTER = re.compile(r"[^;,]{0,40}?\b(?:in|at|on|near|inside|outside|when|after|as|while|during)\b(?! (?:the )?toll\b)")
_DAY_WORD = re.compile(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|morning|evening"
                       r"|night|afternoon)\b")
_GROUP_ROLES = frozenset(("soldiers", "police", "attackers", "own side"))
# who or what did a deed, as a clause names it before its count
_DOERS = re.compile(r"\b(gunmen|bandits|kidnappers|militants|insurgents|rebels|attackers|fighters|troops|soldiers|police|gang"
                    r"|mob|drones?|missiles?|shelling|strikes?|bombs?|attack|airstrikes?|rockets?|shells?|explosions?|blasts?)"
                    r"(?= (?:[\w-]+ ){0,3}?(?:killed|shot|struck|hit|attacked|stormed|opened|fired|exploded|blew|left|claimed))")
_NOT_SCENES = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July "
                        "August September October November December Telegram Facebook X Twitter".split())
_SCENE = re.compile(r"\b(?:in|at|near|on) (?:the )?([A-Z][\w'’-]+)")


# the words of a count that names no group of its own ("six deaths", "put the toll at 15", "18 had died")
_BARE_WORDS = frozenset("deaths death dead killed died had have has were was been toll the at put number of "
                        "and more than least about some bodies fatalities casualties lives a an one two three four five six "
                        "seven eight nine ten eleven twelve dozen dozens".split())


def _bare_count(f: Figure) -> bool:
    """The count names no group of its own: another source's count of whoever the first named ("Police said four
    officers were killed; an outlet reported six deaths")."""
    return all(w in _BARE_WORDS for w in re.findall(r"[a-z]+", f.text.lower()))


def _rival_sources(figures: list[Figure], text: str, a: int, b: int) -> None:
    """"The doctors' network said 21 were killed; a medical source said 18 had died; SUNA reported 14 dead": each
    clause another source's count of the same dead, not more dead (reconcile takes the lowest, up to the highest).
    Not a clause of more victims ("...; two more died later"), of another scene or deed ("...; six died in hospital",
    "...; in the evening another strike killed three"), of another day, nor of another group ("four soldiers ...;
    seven villagers ...")."""
    low = text[a:b].lower()
    cuts = [0] + [m.end() for m in _CLAUSE_CUT.finditer(low)]
    if len(cuts) < 2:
        return
    ends = cuts[1:] + [len(low)]
    clauses = [low[cuts[k]:ends[k]] for k in range(len(cuts))]
    told = [bool(_TELLS.search(c)) for c in clauses]
    scenes = [set(_SCENE.findall(text, a + cuts[k], a + ends[k])) - _NOT_SCENES for k in range(len(cuts))]
    told_text = [text[a + cuts[k]:a + ends[k]] for k in range(len(cuts))]
    days = [set(_DAY_WORD.findall(c)) for c in clauses]

    def clause(pos: int) -> int:
        return max(k for k, c in enumerate(cuts) if c <= pos - a)

    def own_scene(f: Figure) -> bool:
        return _OWN_SCENE_AFTER.match(low, f.end - a) is not None

    for f in figures:
        c = clause(f.start)
        if c == 0 or not told[c] or f.part_of is not None or f.revision or f.adds or f.role == "attackers" \
                or not f.best or _MORE_OF_THEM.search(clauses[c]) or own_scene(f):
            continue
        doers = set(_DOERS.findall(clauses[c][:max(0, f.start - a - cuts[c])]))
        if doers - set(_DOERS.findall(" ".join(clauses[:c]))):
            continue        # a deed of other doers ("..., while a gang of kidnappers killed two people"; "; a drone attack
            #                 killed four"): more dead, not another count of the same
        if any(g is not f and g.status == f.status and g.part_of is None and g.best and g.role != "attackers"
               and (d := clause(g.start)) < c and told[d]
               and (g.role == f.role or "people" in (g.role, f.role) and (not {g.role, f.role} & _GROUP_ROLES
                                                                          or _bare_count(f if f.role == "people" else g)))
               and not any(name not in told_text[d] for name in scenes[c])     # (a scene of its own: "..., while in Bama
               #                                                                   residents reported five dead")
               and not (days[d] and days[c] and days[d] != days[c]) for g in figures):
            f.alternative = f.rival = True


# who the members of one family were, told aside after their count: "killing three members of one family - a father and
# two of his sons - and wounding five", "three people (a father and two of his sons)"
_KIN_ASIDE = re.compile(r"(?P<family>\s+of (?:one|the same|a single|a|his|her|their) (?:family|household))?\s*(?P<open>[-–—(]|,)\s*")
_KIN_HEAD = re.compile(r"\b(?:people|persons|members|relatives|civilians|family members|individuals)$", re.IGNORECASE)
_KIN_ONE = re.compile(r"\b(?:a|an|one|the|his|her|their) (?:\w+ )?(?:father|mother|son|daughter|brother|sister|husband|wife|grandfather"
                      r"|grandmother|grandson|granddaughter|uncle|aunt|nephew|niece|cousin|child|baby|infant|boy|girl|man|woman)\b",
                      re.IGNORECASE)
_KIN_WORD = re.compile(r"\b(?:father|mother|sons?|daughters?|brothers?|sisters?|husband|wife|grand\w+|uncles?|aunts?|nephews?|nieces?"
                       r"|cousins?|children|child|relatives|parents)\b", re.IGNORECASE)
_KIN_CLOSE = {"(": ")", ",": ",", "-": "-", "–": "–", "—": "—"}


def _kin_asides(figures: list[Figure], text: str) -> None:
    """A count's aside that names who they were, by kin or by one ("a father and two of his sons"): the figures
    in it are of that count (part_of), where they and its single persons add up to it exactly."""
    for a, f in enumerate(figures):
        if f.part_of is not None or not f.status or not f.best or f.best < 2:
            continue
        m = _KIN_ASIDE.match(text, f.end)
        if m is None or not (m.group("family") or _KIN_HEAD.search(f.text)):
            continue        # (who a count of people or of a family was; not "three soldiers, a woman and her two children")
        close = text.find(_KIN_CLOSE[m.group("open")], m.end())
        stop = min(x for x in (close, text.find(";", m.end()), text.find(".", m.end()), len(text)) if x >= 0)
        aside = text[m.end():stop]
        if len(aside) > 80 or " and " not in aside or not _KIN_WORD.search(aside):
            continue        # (a list of others, not who they were: "killed three soldiers, a policeman and two civilians")
        inside = [g for g in figures[a + 1:] if m.end() <= g.start < stop and g.part_of is None]
        if any(g.status != f.status for g in inside if g.status):
            continue
        singles = [k for k in _KIN_ONE.finditer(aside) if not any(m.end() + k.start() < g.end and g.start < m.end() + k.end()
                                                                   for g in inside)]
        if inside and sum(g.best or 0 for g in inside) + len(singles) == f.best:
            for g in inside:
                g.part_of = a

