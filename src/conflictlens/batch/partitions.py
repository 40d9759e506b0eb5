"""Inputs as partitions: JSONL (split every N lines), JSONL.gz (one per file), Parquet (one per row group).

A partition is a small, picklable description (`Partition`) that a Dask worker turns
into Documents and Rejections with the same validation `conflictlens ingest` applies
(`ingest.readers.document_from_object`), so a bad line is a recorded rejection there
too. Partition names are derived from the input's position and name and the
partition's index, so the same inputs give the same names on every run: that is
what lets a re-run find the partitions already done.
"""
from __future__ import annotations

import gzip
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from conflictlens.ingest.readers import (
    BOM, MAX_DOC_BYTES, Item, Rejection, document_from_object, line_cap, parse_jsonl_line, read_line_capped,
)

DEFAULT_PARTITION_DOCS = 2000


@dataclass(frozen=True, slots=True)
class Partition:
    index: int          # global order of the partition (input order, then position in the input)
    name: str           # stable file-name stem
    path: str
    kind: str           # "jsonl" | "jsonl.gz" | "parquet"
    offset: int = 0     # jsonl: byte offset of the first line; parquet: row group
    first_line: int = 1  # jsonl: line number of the first line (for fallback ids and rejections)
    lines: int | None = None   # jsonl: how many lines (None: to the end)


def input_kind(path: Path) -> str:
    name = path.name.lower()
    if name.endswith((".jsonl.gz", ".ndjson.gz")):
        return "jsonl.gz"
    if name.endswith((".jsonl", ".ndjson")):
        return "jsonl"
    if name.endswith((".parquet", ".pq")):
        return "parquet"
    raise ValueError(f"{path}: batch reads .jsonl, .jsonl.gz or .parquet files")


def _stem(path: Path) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", path.name)[:60]


def _expand(inputs: list[str]) -> list[Path]:
    files: list[Path] = []
    for name in inputs:
        p = Path(name)
        if p.is_dir():
            found = sorted(q for q in p.rglob("*") if q.is_file() and _readable(q))
            if not found:
                raise ValueError(f"{p}: folder holds no .jsonl, .jsonl.gz or .parquet files")
            files.extend(found)
        elif not p.exists():
            raise ValueError(f"{p}: file not found")
        else:
            input_kind(p)
            files.append(p)
    return files


def _readable(p: Path) -> bool:
    try:
        input_kind(p)
        return True
    except ValueError:
        return False


def plan(inputs: list[str], docs_per_partition: int = DEFAULT_PARTITION_DOCS) -> list[Partition]:
    """Every partition of the inputs, in document order."""
    parts: list[Partition] = []
    for i, path in enumerate(_expand(inputs)):
        kind = input_kind(path)
        base = f"{i:04d}-{_stem(path)}"
        if kind == "jsonl.gz":
            parts.append(Partition(len(parts), f"{base}-00000", str(path), kind))
        elif kind == "parquet":
            import pyarrow.parquet as pq
            groups = pq.ParquetFile(path).metadata.num_row_groups
            for g in range(max(groups, 1)):
                parts.append(Partition(len(parts), f"{base}-{g:05d}", str(path), kind, offset=g))
        else:
            # Split at line boundaries every `docs_per_partition` lines (one sequential scan, no parsing).
            k, offset, line, start, start_line = 0, 0, 0, 0, 1
            with path.open("rb") as fh:
                for raw in fh:
                    line += 1
                    offset += len(raw)
                    if line - start_line + 1 == docs_per_partition:
                        parts.append(Partition(len(parts), f"{base}-{k:05d}", str(path), kind,
                                               start, start_line, docs_per_partition))
                        k, start, start_line = k + 1, offset, line + 1
            if line >= start_line or k == 0:
                parts.append(Partition(len(parts), f"{base}-{k:05d}", str(path), kind, start, start_line, None))
    return parts


def read_partition(part: Partition, max_bytes: int = MAX_DOC_BYTES) -> Iterator[Item]:
    """The Documents (and Rejections) of one partition, in order."""
    if part.kind == "parquet":
        yield from _read_parquet(part, max_bytes)
        return
    opener = gzip.open if part.kind == "jsonl.gz" else open
    id_prefix = Path(part.path).name
    try:
        with opener(part.path, "rb") as fh:
            fh.seek(part.offset)
            yield from _read_lines(fh, part, id_prefix, max_bytes)
    except (OSError, EOFError) as exc:
        yield Rejection(id_prefix, part.path, None, f"cannot read: {exc}")


def _read_lines(fh, part: Partition, id_prefix: str, max_bytes: int) -> Iterator[Item]:
    cap = line_cap(max_bytes)
    lineno, count, offset = part.first_line - 1, 0, part.offset
    while part.lines is None or count < part.lines:
        raw, size = read_line_capped(fh, cap)
        if size == 0:
            return
        lineno, count, start = lineno + 1, count + 1, offset
        offset += size
        if lineno == 1 and raw is not None and raw.startswith(BOM):
            raw, start = raw[len(BOM):], start + len(BOM)
        fallback = f"{id_prefix}:{lineno}"
        if raw is None:
            yield Rejection(fallback, part.path, lineno, f"line too large ({size} bytes > {cap})")
            continue
        item = parse_jsonl_line(raw, start, fallback, part.path, lineno, None, max_bytes)
        if item is not None:
            yield item


def _read_parquet(part: Partition, max_bytes: int) -> Iterator[Item]:
    import pyarrow.parquet as pq
    pf = pq.ParquetFile(part.path)
    if pf.metadata.num_row_groups == 0:
        return
    first = sum(pf.metadata.row_group(g).num_rows for g in range(part.offset))
    table = pf.read_row_group(part.offset)
    id_prefix = Path(part.path).name
    for k, obj in enumerate(table.to_pylist()):
        row = first + k + 1

        def reject(reason: str, doc_id: str | None = f"{id_prefix}:{row}", _row=row) -> Rejection:
            return Rejection(doc_id, part.path, _row, reason)

        if obj.get("published") is not None and not isinstance(obj["published"], str):
            obj["published"] = str(obj["published"])[:10]    # a Parquet date column
        yield document_from_object(obj, f"{id_prefix}:{row}", None, max_bytes, reject)
