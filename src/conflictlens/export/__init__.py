"""Exports of flat event records: JSONL, CSV and ACLED-format CSV."""
from conflictlens.export.writers import (
    ACLED_COLUMNS,
    FORMATS,
    WRITERS,
    acled_row,
    get_writer,
    write_acled,
    write_csv,
    write_jsonl,
)

__all__ = ["ACLED_COLUMNS", "FORMATS", "WRITERS", "acled_row", "get_writer", "write_acled",
           "write_csv", "write_jsonl"]
