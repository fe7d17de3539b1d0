"""What an analysis is written as: the one JSON document and the one rule for CSV cells.

``newslens analyze``, the dashboard's downloads and the Python API all call these, so the same
analysis gives the same bytes whichever way it is asked for, fresh or from the store.
"""

from __future__ import annotations

import json
from typing import Any

import numpy as np
import orjson
import pandas as pd

from analysis.corpus.runner import RunReport
from analysis.corpus.tables import Tables, article_dicts

# A cell starting with one of these is run as a formula by Excel, LibreOffice and Sheets.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: object) -> object:
    """Prefix a would-be formula with an apostrophe, which spreadsheets show as plain text."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def csv_cell(value: Any) -> Any:
    """A cell as a spreadsheet should show it: lists joined with "; ", dicts as JSON, text that
    would run as a formula neutralised. Numbers stay numbers: a negative polarity is data."""
    if isinstance(value, list | tuple | set | np.ndarray):
        value = "; ".join(str(v) for v in (value.tolist() if isinstance(value, np.ndarray) else value))
    elif isinstance(value, dict):
        value = json.dumps(value, ensure_ascii=False)
    return neutralise(value)


def csv_bytes(frame: pd.DataFrame) -> bytes:
    """CSV for spreadsheets: UTF-8 with a byte-order mark (so Excel reads accents), every text
    cell as ``csv_cell`` makes it (column by column: a corpus has millions of cells)."""
    out = frame.copy()
    for col in out.columns:
        if out[col].dtype != object and not pd.api.types.is_string_dtype(out[col]):
            continue
        cells = out[col].astype(object)
        if any(isinstance(v, list | tuple | set | np.ndarray | dict) for v in cells.head(50)) or not all(
            isinstance(v, str) or v is None for v in cells
        ):
            out[col] = cells.map(csv_cell)
            continue
        risky = cells.str.startswith(FORMULA_STARTS, na=False).to_numpy(dtype=bool)
        if risky.any():
            cells = cells.copy()
            cells[risky] = "'" + cells[risky]
        out[col] = cells
    return out.to_csv(index=False).encode("utf-8-sig")


def document(tables: Tables, report: RunReport) -> dict[str, Any]:
    """The whole analysis as one JSON-ready document:
    ``{"articles": [...], "errors": [...], "duplicates": [...], "summary": {...}}``."""
    return {
        "articles": article_dicts(tables),
        "errors": [e.to_dict() for e in report.errors],
        "duplicates": [{"source": k, "same_as": v} for k, v in report.duplicate_of.items()],
        "summary": report.counts(),
    }


def json_bytes(doc: dict[str, Any]) -> bytes:
    """The document as UTF-8 JSON, indented, ending in a newline (orjson: a corpus is tens of MB)."""
    return orjson.dumps(doc, option=orjson.OPT_INDENT_2 | orjson.OPT_APPEND_NEWLINE)
