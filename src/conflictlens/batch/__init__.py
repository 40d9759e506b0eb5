"""Batch processing on Dask: extraction per partition on workers, incidents resolved by blocks.

`run(inputs, out)` is the whole job; `conflictlens batch` is its command (docs/BATCH.md).
"""
from conflictlens.batch.runner import BatchSummary, read_incidents, run

__all__ = ["BatchSummary", "read_incidents", "run"]
