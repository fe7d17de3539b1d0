"""Articles from tables: CSV, JSONL and Parquet files with one article a row.

A text column is required; title, date, topics, source (the outlet) and url are optional. Column
names are configurable (``Columns``). A bad row becomes an ``InputError`` naming the file and row;
the other rows are still read.
"""

from __future__ import annotations

import csv
import io
import json
import math
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from analysis.inputs.decoding import decode
from analysis.inputs.raw import RawArticle, UnreadableInput, check_text, normalise_newlines
from analysis.records import InputError

TABLE_SUFFIXES = (".csv", ".jsonl", ".ndjson", ".parquet")


@dataclass(frozen=True, slots=True)
class Columns:
    """Which table columns hold what. Only ``text`` is required."""

    text: str = "text"
    title: str = "title"
    date: str = "date"
    topics: str = "topics"
    source: str = "source"
    url: str = "url"


def _clean(value: Any) -> str | None:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    s = str(value).strip()
    return s or None


def _topics(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, list | tuple) or hasattr(value, "tolist"):
        items = value.tolist() if hasattr(value, "tolist") else value
        return [t for t in (_clean(v) for v in items) if t]
    s = _clean(value)
    if not s:
        return []
    return [t.strip() for t in re.split(r"[;,|]", s) if t.strip()]


def row_article(row: dict[str, Any], cols: Columns, where: str) -> RawArticle | InputError:
    body = row.get(cols.text)
    if not isinstance(body, str) or not body.strip():
        return InputError(where, f"empty '{cols.text}' cell")
    try:
        check_text(body)
    except UnreadableInput as exc:
        return InputError(where, str(exc))
    title = _clean(row.get(cols.title))
    text = normalise_newlines(body)
    # The headline is part of the analysed text (as in a file), unless the body already opens with it.
    if title and not text.lstrip().startswith(title):
        text = f"{title}\n\n{text}"
    return RawArticle(
        source=where,
        text=text,
        topics=_topics(row.get(cols.topics)),
        title=title,
        date=_clean(row.get(cols.date)),
        url=_clean(row.get(cols.url)),
        outlet=_clean(row.get(cols.source)),
    )


def _missing_text(name: str, columns: list[str], cols: Columns) -> InputError:
    shown = ", ".join(repr(c) for c in columns[:12]) or "none"
    return InputError(
        name, f"no '{cols.text}' column (columns found: {shown}); name the text column with --text-column"
    )


def read_csv(name: str, data: bytes, cols: Columns) -> Iterator[RawArticle | InputError]:
    text, _ = decode(data)
    csv.field_size_limit(sys.maxsize)  # articles can be long; the caller caps the file size
    # strict: a stray quote is an error we can name, not a cell that silently swallows the rows after it
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = next(reader)
    except (StopIteration, csv.Error) as exc:
        yield InputError(name, f"not a readable CSV table ({exc or 'no header row'})")
        return
    header = [h.strip().lstrip("\ufeff") for h in header]
    if cols.text not in header:
        yield _missing_text(name, header, cols)
        return
    line = 1
    while True:
        try:
            values = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield InputError(
                f"{name}:{reader.line_num}", f"broken CSV quoting ({exc}); the rest of the file was not read"
            )
            return
        line += 1
        if not any(v.strip() for v in values):
            continue
        where = f"{name}:row {line}"
        if len(values) != len(header):
            yield InputError(where, f"has {len(values)} cells where the header has {len(header)}")
            continue
        yield row_article(dict(zip(header, values, strict=True)), cols, where)


def read_jsonl(name: str, data: bytes, cols: Columns) -> Iterator[RawArticle | InputError]:
    text, _ = decode(data)
    for n, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{name}:line {n}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(where, f"not valid JSON ({exc.msg} at column {exc.colno})")
            continue
        if not isinstance(row, dict):
            yield InputError(where, "is not a JSON object")
            continue
        if cols.text not in row:
            yield InputError(where, f"no '{cols.text}' field (fields: {', '.join(list(row)[:12])})")
            continue
        yield row_article(row, cols, where)


def read_parquet(name: str, data: bytes, cols: Columns) -> Iterator[RawArticle | InputError]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        pf = pq.ParquetFile(pa.BufferReader(data))
    except (pa.ArrowException, OSError) as exc:
        yield InputError(name, f"not a readable Parquet file ({exc})")
        return
    names = pf.schema_arrow.names
    if cols.text not in names:
        yield _missing_text(name, names, cols)
        return
    wanted = [c for c in {cols.text, cols.title, cols.date, cols.topics, cols.source, cols.url} if c in names]
    row_no = 0
    for batch in pf.iter_batches(batch_size=1024, columns=wanted):
        for row in batch.to_pylist():
            row_no += 1
            yield row_article(row, cols, f"{name}:row {row_no}")


READERS = {".csv": read_csv, ".jsonl": read_jsonl, ".ndjson": read_jsonl, ".parquet": read_parquet}
