"""One incident's record from the mentions that report it, with every figure kept.

Figures follow UCDP's low / best / high: best is the most recent credible report
(a rising toll replaces the earlier one, an official correction downwards
counts; a later bare count of some of the dead, "the body of another victim was
found", does not), low the smallest reported lower bound, high the largest credible
figure. Every reported value stays as a revision: document, time, source,
value and qualifier.
"""
from __future__ import annotations

from typing import Any, Callable

from conflictlens.model import RECORD_FIELDS, event_field_names
from conflictlens.resolve.match import is_condemnation

FIGURE_FIELDS = (("killed", "fatalities"), ("injured", "injured"))
# Sub-counts of the dead and injured: the most recent report's, as for the best figures.
SUB_COUNTS = ("children_killed", "children_injured", "civilians_killed", "attackers_killed", "soldiers_killed")
STATUS_FIELDS = {"fatalities": "fatalities_status", "injured": "injured_status"}
# Per-report details, kept once per incident (a place named by ten reports is listed once), each
# with the doc_id whose offsets it carries.
def _fields(*names: str) -> Callable[[dict], tuple]:
    """A key of these fields of an item (None for a field an older stored record lacks)."""
    return lambda item: tuple(map(item.get, names))


_PLACE_KEY = _fields("name", "kind", "qualifier", "parent")
_FIGURE_KEY = _fields("status", "role", "low", "best", "high", "qualifier", "source")
_SOURCE_KEY = _fields("label")


def _order(m: dict) -> tuple:
    """Reports in the order they were published (then ingested)."""
    return (m.get("_published") or "", m.get("_seq", 0))


def _partial(m: dict, fig: dict) -> bool:
    """A toll told with no attack word and not as a revision ("the body of another victim was
    found", "a man died in hospital") counts some of the dead, not a new total."""
    return m.get("event_type") is None and not fig.get("revision")


def revisions(mentions: list[dict]) -> list[dict[str, Any]]:
    """Every casualty figure each report gave, oldest first."""
    out = []
    for m in sorted(mentions, key=_order):
        for status, field in FIGURE_FIELDS:
            best = m.get(field)
            if best is None:
                continue
            src = next((f.get("source") for f in m.get("figures", []) if f.get("status") == status and f.get("source")), None)
            fig = next((f for f in m.get("figures", []) if f.get("status") == status and f.get("best") == best), {})
            out.append({
                "field": field, "low": m.get(f"{field}_low"), "best": best, "high": m.get(f"{field}_high"),
                "qualifier": fig.get("qualifier"), "status": m.get(f"{'fatalities' if status == 'killed' else 'injured'}_status"),
                "source": src or "; ".join(m.get("sources") or []) or None,
                "published": m.get("_published"), "document": m.get("doc_id"), "event_id": m.get("event_id"),
                "text": fig.get("text"), "partial": _partial(m, fig), "revised": bool(fig.get("revision")),
                "where_prec": m.get("where_prec"),
            })
    return out


def reconcile(revs: list[dict], field: str) -> tuple[int | None, int | None, int | None]:
    """(low, best, high) of one figure over its revisions (oldest first)."""
    low, chosen, high = _reconcile(revs, field)
    return low, chosen["best"] if chosen else None, high


def _reconcile(revs: list[dict], field: str) -> tuple[int | None, dict | None, int | None]:
    """(low, the revision whose figure is best, high): the revision also gives the best figure's status."""
    values = [r for r in revs if r["field"] == field and r["best"] is not None]
    if not values:
        return None, None, None
    chosen = values[0]
    for k, r in enumerate(values[1:], 1):
        if r.get("partial") and r["best"] < chosen["best"]:
            continue        # a part of the toll never lowers it
        if r["best"] < chosen["best"] and chosen.get("revised") and not r.get("revised") \
                and (r.get("where_prec") or 7) > (chosen.get("where_prec") or 7) \
                and any(e["best"] == r["best"] for e in values[:k] if e is not chosen):
            continue        # the toll before it rose, told again by a report that places it less precisely ("killed
            #                 two in Ukraine" after "the toll in Kharkiv has risen to five"; a town's own correction counts)
        chosen = r
    lows = [r["low"] if r["low"] is not None else r["best"] for r in values]
    highs = [r["high"] if r["high"] is not None else r["best"] for r in values]
    return min(lows), chosen, max(highs)


def _distinct(mentions: list[dict], name: str, key: Callable[[dict], Any]) -> list[dict]:
    """The mentions' `name` lists (places, figures, source_details), each item with the doc_id of
    its report (its start and end are offsets in that text), less the items an earlier report
    already gave (the same `key`). One report's list is kept as it is."""
    out = []
    earlier: set = set()
    for m in mentions:
        items = m.get(name) or ()
        doc_id = m.get("doc_id")
        if earlier:
            out += [dict(item, doc_id=doc_id) for item in items if key(item) not in earlier]
        else:
            out += [dict(item, doc_id=doc_id) for item in items]
        if len(mentions) > 1:
            earlier.update(map(key, items))
    return out


def _most_common(values: list) -> Any:
    """The most frequent value, the first seen among equals (as Counter.most_common(1) gives,
    without its Mapping check, which was a tenth of an ingest's store time)."""
    counts: dict = {}
    for v in values:
        counts[v] = counts.get(v, 0) + 1
    return max(counts, key=counts.__getitem__) if counts else None


def build(incident_key: str, mentions: list[dict]) -> dict[str, Any]:
    """The incident's flat record (the mention record's fields plus doc_ids and revisions)."""
    ordered = sorted(mentions, key=_order)
    # The place and type come from the most precise report; the date from the earliest dated one.
    placed = sorted(ordered, key=lambda m: (m.get("geo_precision") or 9, _order(m)))
    lead = placed[0]
    rec: dict[str, Any] = dict.fromkeys(_FIELD_ORDER)      # the keys in the flat record's order
    for k in _LEAD_FIELDS:
        rec[k] = lead.get(k)
    rec["event_id"] = incident_key
    rec["doc_ids"] = sorted({m["doc_id"] for m in ordered if m.get("doc_id")})
    # (a condemnation of "yesterday's attack" has no vote: two of them do not turn a suicide bombing into "Attack")
    typed = [m for m in ordered if m.get("event_type")]
    kind = _most_common([(m.get("event_type"), m.get("sub_event_type")) for m in typed if not is_condemnation(m)]
                        or [(m.get("event_type"), m.get("sub_event_type")) for m in typed])
    if kind is not None:
        rec["event_type"], rec["sub_event_type"] = kind
    rec["weapon"] = _most_common([m.get("weapon") for m in ordered if m.get("weapon")])
    dated = [m for m in ordered if m.get("event_date")]
    rec["date_basis"] = None
    if dated:
        first = min(dated, key=lambda m: (m.get("time_precision") or 3, m["event_date"]))
        rec["event_date"], rec["time_precision"] = first["event_date"], first.get("time_precision")
        rec["date_basis"] = first.get("date_basis")
    for key in ("actor1", "actor2", "civilian_targeting", "plover"):
        rec[key] = next((m.get(key) for m in ordered if m.get(key) is not None), None)
    revs = revisions(ordered)
    for _status, field in FIGURE_FIELDS:
        low, chosen, high = _reconcile(revs, field)
        rec[f"{field}_low"], rec[field], rec[f"{field}_high"] = low, chosen and chosen["best"], high
        rec[STATUS_FIELDS[field]] = chosen and chosen["status"]
    for key in SUB_COUNTS:
        values = [m.get(key) for m in ordered if m.get(key) is not None]
        rec[key] = values[-1] if values else None
    sources: list[str] = []
    for m in ordered:
        for s in m.get("sources") or []:
            if s not in sources:
                sources.append(s)
    rec["sources"] = sources
    rec["evidence"] = [dict(span, doc_id=m.get("doc_id")) for m in ordered for span in (m.get("evidence") or [])]
    rec["confidence"] = round(min(0.99, max((m.get("confidence") or 0) for m in ordered) + 0.05 * (len(ordered) - 1)), 2)
    rec["revisions"] = revs
    rec["mentions"] = [m.get("event_id") for m in ordered]
    rec["number_of_sources"] = len(rec["doc_ids"])
    rec["where_prec"] = lead.get("where_prec")
    rec["place_basis"] = lead.get("place_basis")
    rec["places"] = _distinct(ordered, "places", _PLACE_KEY)
    rec["figures"] = _distinct(ordered, "figures", _FIGURE_KEY)
    rec["source_details"] = _distinct(ordered, "source_details", _SOURCE_KEY)
    rec["notes"] = lead.get("notes")
    return rec


# The record's keys in the flat record's order (no doc_id), then the incident's own.
_FIELD_ORDER = (*(f for f in event_field_names() if f != "doc_id"), "doc_ids", "number_of_sources", "mentions",
                "revisions")
_LEAD_FIELDS = tuple(f for f in RECORD_FIELDS if f != "doc_id")
