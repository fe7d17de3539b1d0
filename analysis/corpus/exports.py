"""What an analysis is written as: the one JSON document and the one rule for CSV cells.

``newslens analyze``, the dashboard's downloads and the Python API all call these, so the same
analysis gives the same bytes whichever way it is asked for, fresh or from the store.
"""

from __future__ import annotations

import json
import math
from typing import Any

import numpy as np
import orjson
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from analysis.corpus.runner import RunReport
from analysis.corpus.tables import Tables, article_dicts

# A cell starting with one of these is run as a formula by Excel, LibreOffice and Sheets.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_FORMULA_START = "^[=+\\-@\t\r]"


def neutralise(value: object) -> object:
    """Prefix a would-be formula with an apostrophe, which spreadsheets show as plain text."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


#: One encoder for every dict cell (``json.dumps`` with options builds a new one per call).
_JSON_CELL = json.JSONEncoder(ensure_ascii=False).encode


def csv_cell(value: Any) -> Any:
    """A cell as a spreadsheet should show it: lists joined with "; ", dicts as JSON, text that
    would run as a formula neutralised. Numbers stay numbers: a negative polarity is data."""
    kind = type(value)
    if kind is str:  # most cells: no isinstance chain
        return "'" + value if value.startswith(FORMULA_STARTS) else value
    if kind is list:
        value = "; ".join(map(str, value))
    elif isinstance(value, list | tuple | set | np.ndarray):
        value = "; ".join(str(v) for v in (value.tolist() if isinstance(value, np.ndarray) else value))
    elif kind is dict and all(type(k) is str and type(v) is float and math.isfinite(v) for k, v in value.items()):
        # Scores ({"negative": 0.35, ...}, a hundred thousand in a corpus): json's own text, built
        # directly (json writes a finite float as its repr); keys through the encoder, for escaping.
        value = "{" + ", ".join(f"{_JSON_CELL(k)}: {v!r}" for k, v in value.items()) + "}"
    elif isinstance(value, dict):
        value = _JSON_CELL(value)
    return neutralise(value)


def csv_bytes(frame: pd.DataFrame) -> bytes:
    """CSV for spreadsheets: UTF-8 with a byte-order mark (so Excel reads accents), every text
    cell as ``csv_cell`` makes it (column by column, one pass over the cells: a corpus has
    millions of them)."""
    out = frame.copy()
    for col in out.columns:
        if out[col].dtype != object and not pd.api.types.is_string_dtype(out[col]):
            continue
        values = out[col].to_numpy(dtype=object)
        text = _text_cells(values)
        cells = text if text is not None else [csv_cell(v) for v in values.tolist()]
        out[col] = pd.Series(cells, index=out.index, dtype=object)
    return out.to_csv(index=False).encode("utf-8-sig")


def _text_cells(values: np.ndarray) -> np.ndarray | None:
    """``csv_cell`` of every cell of a column of text and missing values, the would-be formulas found
    in one pass in Arrow (most of a corpus' cells: a loop in Python costs a second); None when the
    column holds anything else."""
    try:
        arr = pa.array(values, type=pa.string(), from_pandas=True)
    except (pa.ArrowInvalid, pa.ArrowTypeError):
        return None
    formula = pc.fill_null(pc.match_substring_regex(arr, _FORMULA_START), False).to_numpy(zero_copy_only=False)
    out = values.copy()
    for i in np.flatnonzero(formula):
        out[i] = "'" + out[i]
    return out


def document(tables: Tables, report: RunReport) -> dict[str, Any]:
    """The whole analysis as one JSON-ready document:
    ``{"articles": [...], "errors": [...], "duplicates": [...], "summary": {...}}``."""
    return {"articles": article_dicts(tables), **_run_parts(report)}


def _run_parts(report: RunReport) -> dict[str, Any]:
    return {
        "errors": [e.to_dict() for e in report.errors],
        "duplicates": [{"source": k, "same_as": v} for k, v in report.duplicate_of.items()],
        "summary": report.counts(),
    }


def json_bytes(doc: dict[str, Any]) -> bytes:
    """The document as UTF-8 JSON, indented, ending in a newline (orjson: a corpus is tens of MB)."""
    return orjson.dumps(doc, option=orjson.OPT_INDENT_2 | orjson.OPT_APPEND_NEWLINE)


_ARTICLES_HEAD = b'{\n  "articles": []'


def document_bytes(tables: Tables, report: RunReport) -> bytes:
    """``json_bytes(document(tables, report))``, the same bytes. When the tables are a finished result
    of the results cache (``report.result``), the articles' part is encoded once per result and kept
    beside it: building and encoding every article's dicts is most of a warm re-run's time."""
    if report.result is None:
        return json_bytes(document(tables, report))
    from analysis.corpus import results

    def articles() -> bytes:
        # The array on its own, indented one level deeper, as it stands inside the document (JSON
        # strings hold no raw newline, so every newline is a line break of the layout).
        return orjson.dumps(article_dicts(tables), option=orjson.OPT_INDENT_2).replace(b"\n", b"\n  ")

    rest = json_bytes({"articles": [], **_run_parts(report)})
    if not rest.startswith(_ARTICLES_HEAD):  # "articles" is the document's first key: never expected
        return json_bytes(document(tables, report))
    return b'{\n  "articles": ' + results.json_articles(report.result, articles) + rest[len(_ARTICLES_HEAD) :]
