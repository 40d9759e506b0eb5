"""Gold readers and metrics: how well extraction matches externally coded events.

    >>> from conflictlens.evaluate import score_files, format_table
    >>> result = score_files(["../shared/data/dev/isaf.jsonl"], limit=50)   # doctest: +SKIP
    >>> print(format_table(result))                                         # doctest: +SKIP
"""
from conflictlens.evaluate.gold import (
    format_table,
    read_gold,
    score_files,
    score_rows,
)
from conflictlens.evaluate.metrics import DOC_METRICS, score_document

__all__ = [
    "DOC_METRICS", "format_table", "read_gold", "score_document",
    "score_files", "score_rows",
]
