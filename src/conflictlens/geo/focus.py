"""Where a collection of reports is about, as a prior for names the report leaves open.

A headline that is only "Uglegorsk" or "Pisky" could be a dozen places; an analyst
reading a feed about the war in Ukraine knows which one is meant, because the other
reports are about Donetsk and Luhansk. A Focus holds that knowledge: the share of
the collection's places in each country and, within a country, in each region. It
is either given (`--focus UA`, `--focus "UA:Donetsk,Luhansk"`) or learnt from the
reports already coded (`--focus auto`), and it only breaks ties the report itself
leaves open: a country or region the report names always wins over it.
"""
from __future__ import annotations

from collections import Counter
from typing import Any, Iterable

from conflictlens.geo.names import fold, strip_admin_words

# Points a candidate gains at most from the focus (see geo.resolve's scoring: a named
# region is worth 10, the incident's country 8, a tenfold population 1.5).
COUNTRY_POINTS = 5.0
REGION_POINTS = 10.0
# A learnt focus says nothing until this many places have been seen.
MIN_EVIDENCE = 20.0
# Each place learnt weighs this much more than the one before: a collection read in date
# order follows the fighting as it moves (a place's weight halves after about 70 more).
RECENCY = 1.01


def _region_key(admin1: str) -> str:
    return fold(strip_admin_words(admin1))


def _region_named(iso: str, name: str) -> str:
    """The gazetteer's admin1 name of the region `name` calls (any known spelling) in `iso`."""
    from conflictlens.geo.gazetteer import load
    g = load()
    for form in (name, strip_admin_words(name)):
        hit = next((p for _pid, p in g.candidates(form) if p.kind == "region" and p.iso == iso), None)
        if hit is not None:
            return hit.admin1 or hit.name
    known = sorted(row[0] for row in g.rows if row[1] == "region" and row[2] == iso)
    raise ValueError(f"{name!r} is no region of {iso} in the gazetteer (e.g. {', '.join(known[:6])})")


def _iso(code: str) -> str:
    import pycountry        # only to read a given focus: kept off `import conflictlens`
    code = code.strip()
    found = pycountry.countries.get(alpha_2=code.upper()) or pycountry.countries.get(alpha_3=code.upper())
    if found is None:
        try:
            found = pycountry.countries.lookup(code)
        except LookupError:
            raise ValueError(f"unknown country {code!r} in the focus (use ISO codes such as UA or 'UA:Donetsk')") from None
    return found.alpha_2


class Focus:
    """Shares of a collection's places by country and by region within each country."""

    __slots__ = ("countries", "regions", "mass", "fixed", "learns_regions", "seen", "scale")

    def __init__(self) -> None:
        self.countries: Counter[str] = Counter()
        self.regions: Counter[tuple[str, str]] = Counter()
        self.mass: Counter[str] = Counter()        # region weight per country
        self.fixed = False              # countries given, not learnt
        self.learns_regions = True      # regions learnt from the reports (none were given)
        self.seen = 0                   # places learnt from
        self.scale = 1.0                # the weight of the next place (recent places weigh more)

    @classmethod
    def parse(cls, spec: str) -> "Focus":
        """A given focus: "UA", "UA,RU", "UA:Donetsk,Luhansk" (regions of the one country)."""
        focus = cls()
        focus.fixed = True
        spec = spec.strip()
        if not spec:
            raise ValueError("empty focus")
        if ":" in spec:
            code, regions = spec.split(":", 1)
            iso = _iso(code)
            focus.countries[iso] = 1.0
            names = [r.strip() for r in regions.split(",") if r.strip()]
            keys = {_region_key(_region_named(iso, name)) for name in names}   # one region named twice
            for key in keys:
                focus.regions[(iso, key)] = 1.0 / len(keys)
            focus.learns_regions = not names
            focus.mass[iso] = 1.0 if names else 0.0
        else:
            codes = [_iso(c) for c in spec.split(",") if c.strip()]
            if not codes:
                raise ValueError("empty focus")
            for iso in codes:
                focus.countries[iso] = 1.0 / len(codes)
        return focus

    @property
    def learning(self) -> bool:
        """Whether `add` can change it (a learnt focus, or a given country learning its regions)."""
        return not self.fixed or self.learns_regions

    @property
    def evidence(self) -> float:
        return sum(self.countries.values())

    def active(self) -> bool:
        return self.fixed or self.seen >= MIN_EVIDENCE

    def add(self, iso: str | None, admin1: str | None, weight: float = 1.0) -> None:
        """One more place of the collection. A learnt focus learns its countries and regions; a
        given one ("UA") only the regions of its countries, and one given with regions nothing."""
        if not iso:
            return
        if self.fixed:
            if not self.learns_regions or iso not in self.countries or not admin1:
                return
        self.seen += 1
        weight *= self.scale
        self.scale *= RECENCY
        if self.scale > 1e6:            # keep the numbers small: only the ratios matter
            self._rescale(1e-6)
        if not self.fixed:
            self.countries[iso] += weight
        if admin1:
            self.regions[(iso, _region_key(admin1))] += weight
            self.mass[iso] += weight

    def _rescale(self, factor: float) -> None:
        self.scale *= factor
        for counter in (self.regions, self.mass) if self.fixed else (self.countries, self.regions, self.mass):
            for k in counter:
                counter[k] *= factor

    def learn(self, records: Iterable[Any]) -> None:
        """Add the places of coded events (Event objects or flat dicts); see `add`."""
        for r in records:
            get = r.get if isinstance(r, dict) else (lambda k, r=r: getattr(r, k, None))
            if get("plover") is None and get("iso") and get("geo_precision") in (1, 2, 3) \
                    and get("where_prec") not in (5, 6) and get("place_basis") != "focus":
                self.add(get("iso"), get("admin1"))

    def country_share(self, iso: str | None) -> float:
        total = self.evidence
        return self.countries.get(iso, 0.0) / total if iso and total else 0.0

    def region_share(self, iso: str | None, admin1: str | None) -> float:
        if not iso or not admin1:
            return 0.0
        mass = self.mass.get(iso, 0.0)
        if not mass or self.fixed and self.learns_regions and self.seen < MIN_EVIDENCE:
            return 0.0      # regions being learnt say nothing until enough places are seen
        return self.regions.get((iso, _region_key(admin1)), 0.0) / mass

    def points(self, iso: str | None, admin1: str | None, *, country: bool = True) -> float:
        """What the focus adds to a candidate's score (0 while a learnt focus knows too little)."""
        if not self.active():
            return 0.0
        share = self.country_share(iso)
        # A region counts as much as its country does: in a collection about one country its
        # regions decide between namesakes; in a world-wide one they barely register.
        pts = REGION_POINTS * share * self.region_share(iso, admin1)
        if country:
            pts += COUNTRY_POINTS * share
        return pts

    def country(self) -> str | None:
        """The one country a given focus names ("UA", "UA:Donetsk"), else None. Only a focus the
        user gave says where an incident that names no place is: a learnt one is a statistic."""
        if not self.fixed or len(self.countries) != 1:
            return None
        return next(iter(self.countries))

    def top(self, n: int = 5) -> list[tuple[str, float]]:
        total = self.evidence or 1.0
        return [(iso, round(v / total, 3)) for iso, v in self.countries.most_common(n)]

    def __repr__(self) -> str:
        kind = "given" if self.fixed else f"learnt from {self.evidence:g} places"
        return f"Focus({kind}: {self.top()})"


def make(spec: str | None) -> Focus | None:
    """The focus a `--focus` option asks for: None (off), a learnt one ("auto"), or a given one."""
    if spec is None or spec.strip().lower() in ("", "none", "off"):
        return None
    if spec.strip().lower() == "auto":
        return Focus()
    return Focus.parse(spec)
