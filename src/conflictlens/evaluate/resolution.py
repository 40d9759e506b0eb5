"""Scoring cross-document resolution against gold clusters (pairwise precision, recall, F1).

Each gold row is ingested as its own document into a fresh SQLite database; two
distinct texts belong together when their gold cluster sets intersect, and the
system puts them together when their incident sets intersect.
"""
from __future__ import annotations

import os
import tempfile
from collections import defaultdict
from itertools import combinations
from typing import Any


def _pairs(groups: dict[str, set[str]]) -> set[tuple[str, str]]:
    out: set[tuple[str, str]] = set()
    for members in groups.values():
        out.update(combinations(sorted(members), 2))
    return out


def score_resolution(rows: list[dict[str, Any]], progress=None, focus: str | None = "auto") -> dict[str, Any]:
    """Pairwise P/R/F1 of incidents against the gold `cluster` of the rows that have one; each is
    None where it is undefined (precision without system pairs, recall without gold pairs).

    `focus` as for `ingest --focus` (one learnt focus for all the rows by default, like eval's).
    """
    from conflictlens.model import Document

    rows = [r for r in rows if (r.get("gold") or {}).get("cluster")]
    gold: dict[str, set[str]] = defaultdict(set)
    texts: dict[str, str] = {}
    for r in rows:
        texts.setdefault(r["text"], r.get("published"))
        gold[r["gold"]["cluster"]].add(r["text"])
    docs = [Document(id=f"t{k}", text=t, published=p) for k, (t, p) in enumerate(texts.items())]
    by_id = {d.id: d.text for d in docs}
    found: dict[str, set[str]] = defaultdict(set)
    for doc_id, incidents in incidents_of(docs, focus, progress).items():
        for incident in incidents:
            found[incident].add(by_id[doc_id])
    g, s = _pairs(gold), _pairs(found)
    tp = len(g & s)
    # A ratio over no pairs is no score (null, "n/a" in the table), not 0.0: no gold pairs (no
    # clusters, or none with two texts) leave recall undefined, no system pairs precision.
    precision = tp / len(s) if s else None
    recall = tp / len(g) if g else None
    if precision is None or recall is None:
        f1 = None
    else:
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"status": "ok", "texts": len(texts), "gold_pairs": len(g), "system_pairs": len(s),
            "true_pairs": tp, "precision": _rounded(precision), "recall": _rounded(recall), "f1": _rounded(f1),
            "incidents": len(found)}


def incidents_of(docs: list, focus: str | None = "auto", progress=None) -> dict[str, set[str]]:
    """Each document's incidents (their keys) after ingesting the documents, in order, into a scratch SQLite database."""
    from conflictlens.api import document_extractor
    from conflictlens.geo.focus import make
    from conflictlens.store import repository
    from conflictlens.store.db import connect

    fd, path = tempfile.mkstemp(suffix=".db")
    os.close(fd)
    found: dict[str, set[str]] = defaultdict(set)
    try:
        db = connect(path)
        repository.ingest(db, iter(docs), document_extractor(make(focus)), progress)
        for doc_id, incident in db.all("SELECT d.doc_id, i.incident_key FROM mentions m JOIN documents d "
                                       "ON d.id = m.document_id JOIN incidents i ON i.id = m.incident_id"):
            found[doc_id].add(incident)
        db.close()
    finally:
        for suffix in ("", "-wal", "-shm"):
            try:
                os.remove(path + suffix)
            except OSError:
                pass
    return found


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 4)
