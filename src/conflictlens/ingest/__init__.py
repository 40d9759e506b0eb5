"""Readers that turn inputs (text files, JSONL, stdin) into Documents or recorded Rejections."""
from conflictlens.ingest.readers import (
    MAX_DOC_BYTES,
    Rejection,
    normalize_published,
    read_inputs,
    read_jsonl_file,
    read_path,
    read_stdin,
    read_text_file,
)

__all__ = [
    "MAX_DOC_BYTES", "Rejection", "normalize_published", "read_inputs", "read_jsonl_file",
    "read_path", "read_stdin", "read_text_file",
]
