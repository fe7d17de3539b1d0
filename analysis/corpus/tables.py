"""Articles -> tidy pandas tables: one row per article, sentence, mention, entity and quote.

The columns are the record fields (analysis.records) plus ``article_id``, so the same names appear
in the CLI's JSON, these frames, the Parquet store and the dashboard.
"""

from __future__ import annotations

import math
import threading
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, fields
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa

from analysis.records import REFERENCE_LABELS, SENTIMENT_LABELS, Article, Entity, Mention, Quote, Sentence, Speaker

TABLE_NAMES = ("articles", "sentences", "mentions", "entities", "quotes", "speakers")

ARTICLE_COLUMNS = [
    "article_id",
    "source",
    "title",
    "date",
    "dateline",
    "topics",
    "key_terms",
    "url",
    "outlet",
    "authors",
    "language",
    "warnings",
    "n_sentences",
    "n_mentions",
    "n_entities",
    "n_quotes",
    "mean_polarity",
    "text",
]


def _columns(record_type: type) -> list[str]:
    return ["article_id", *(f.name for f in fields(record_type))]


_FIELDS = {
    "sentences": [f.name for f in fields(Sentence)],
    "mentions": [f.name for f in fields(Mention)],
    "entities": [f.name for f in fields(Entity)],
    "quotes": [f.name for f in fields(Quote)],
    "speakers": [f.name for f in fields(Speaker)],
}

COLUMNS = {
    "articles": ARTICLE_COLUMNS,
    "sentences": _columns(Sentence),
    "mentions": _columns(Mention),
    "entities": _columns(Entity),
    "quotes": _columns(Quote),
    "speakers": _columns(Speaker),
}


@dataclass
class Tables:
    articles: pd.DataFrame
    sentences: pd.DataFrame
    mentions: pd.DataFrame
    entities: pd.DataFrame
    quotes: pd.DataFrame
    #: one row per voice per article (analysis.extract.sources); empty in stores written before it
    speakers: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=COLUMNS["speakers"]))

    def items(self) -> list[tuple[str, pd.DataFrame]]:
        return [(name, getattr(self, name)) for name in TABLE_NAMES]


def article_row(a: Article) -> dict:
    pols = [s.polarity for s in a.sentences]
    return {
        "article_id": a.id,
        "source": a.source,
        "title": a.title,
        "date": a.date,
        "dateline": a.dateline,
        "topics": list(a.topics),
        "key_terms": list(a.key_terms),
        "url": a.url,
        "outlet": a.outlet,
        "authors": list(a.authors),
        "language": a.language,
        "warnings": list(a.warnings),
        "n_sentences": len(a.sentences),
        "n_mentions": sum(m.label not in REFERENCE_LABELS for m in a.mentions),
        "n_entities": len(a.entities),
        "n_quotes": len(a.quotes),
        "mean_polarity": round(sum(pols) / len(pols), 4) if pols else None,
        "text": a.text,
    }


def rows(articles: Iterable[Article]) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {name: [] for name in TABLE_NAMES}
    for a in articles:
        out["articles"].append(article_row(a))
        for name in TABLE_NAMES[1:]:
            # Shallow, unlike dataclasses.asdict (which deep-copies every field): a third of the cost.
            names = _FIELDS[name]
            out[name].extend({"article_id": a.id, **{f: getattr(r, f) for f in names}} for r in getattr(a, name))
    return out


def to_tables(articles: Iterable[Article]) -> Tables:
    data = rows(articles)
    return Tables(
        **{
            # A table with no rows takes its dtypes from the schema (pandas would make every column
            # object), so an empty view computes as the same table read back from the store would.
            name: normalise(name, pd.DataFrame(data[name], columns=COLUMNS[name]))
            if data[name]
            else from_arrow(name, SCHEMAS[name].empty_table())
            for name in TABLE_NAMES
        }
    )


#: Integer columns that may be missing (``int | None`` in the records): nullable integers, so a
#: table holds 12 and <NA> whether it was made fresh (pandas would make floats) or read back.
OPTIONAL_INTS = {
    name: [f.name for f in fields(record) if f.type == "int | None"]
    for name, record in (
        ("sentences", Sentence),
        ("mentions", Mention),
        ("entities", Entity),
        ("quotes", Quote),
        ("speakers", Speaker),
    )
}

#: Columns whose cells are lists of strings.
LIST_COLUMNS = {
    "articles": ("topics", "key_terms", "warnings", "authors"),
    "sentences": ("key_terms",),
    "entities": ("aliases",),
    "speakers": ("gender_evidence",),
}


def _as_list(value: Any) -> list:
    if type(value) is list:
        return value
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return []
    return value.tolist() if isinstance(value, np.ndarray) else list(value)


def normalise(name: str, frame: pd.DataFrame) -> pd.DataFrame:
    """One table the same whoever made it, a fresh analysis or the store: text columns as plain
    Python strings (object dtype: pandas hands text back Arrow-backed, compact but slow to walk
    value by value, and the dashboard does that), missing text as None, list cells as lists
    (Parquet hands them back as arrays), optional integers as nullable integers."""
    text = [c for c in frame.columns if frame[c].dtype != object and pd.api.types.is_string_dtype(frame[c])]
    ints = [c for c in OPTIONAL_INTS.get(name, ()) if c in frame.columns and frame[c].dtype != "Int64"]
    if text or ints:
        frame = frame.astype(dict.fromkeys(text, object) | dict.fromkeys(ints, "Int64"))
    changes = {
        c: pd.Series([_as_list(v) for v in frame[c]], index=frame.index, dtype=object)
        for c in LIST_COLUMNS.get(name, ())
        if c in frame.columns
    }
    for c in frame.columns:
        if (
            c not in changes
            and frame[c].dtype == object
            and not _all_text(frame[c])
            and (missing := frame[c].isna()).any()
        ):
            changes[c] = frame[c].where(~missing, None)  # (one scan for missing values, not two)
    return frame.assign(**changes) if changes else frame


def _all_text(col: pd.Series) -> bool:
    """Whether an object column holds strings only (so nothing missing): a check several times faster
    than ``isna`` on the identity step's text columns (13-u)."""
    return len(col) > 0 and pd.api.types.infer_dtype(col.to_numpy(), skipna=False) == "string"


def _column_from_arrow(table: str, name: str, col: pa.ChunkedArray) -> Any:
    t = col.type
    if pa.types.is_string(t) or pa.types.is_large_string(t):
        # Python strings, None where missing; object dtype said outright (pandas would infer ``str``).
        return pd.Series(col.to_numpy(zero_copy_only=False), dtype=object)
    if pa.types.is_list(t) or pa.types.is_large_list(t):
        return pd.Series([[] if v is None else v for v in col.to_pylist()], dtype=object)
    if pa.types.is_integer(t) and (col.null_count or name in OPTIONAL_INTS.get(table, ())):
        return pd.array(col.to_pylist(), dtype="Int64") if col.null_count else pd.array(col.to_numpy(), dtype="Int64")
    if pa.types.is_struct(t) or col.null_count and not pa.types.is_floating(t):
        out = np.empty(len(col), dtype=object)
        out[:] = col.to_pylist()
        return pd.Series(out, dtype=object)
    return col.to_numpy()


def from_arrow(name: str, table: pa.Table) -> pd.DataFrame:
    """A table read back from the store as ``normalise`` would leave it, built from Arrow column by
    column (no round trip through pandas' own Arrow-backed strings and NumPy list cells)."""
    if table.num_rows == 0:
        return normalise(name, table.to_pandas())
    return pd.DataFrame(
        {f.name: _column_from_arrow(name, f.name, col) for f, col in zip(table.schema, table.columns, strict=True)}
    )


def _schemas() -> dict[str, pa.Schema]:
    s, i, f = pa.string(), pa.int64(), pa.float64()
    strs = pa.list_(pa.string())
    scores = pa.struct([(label, f) for label in SENTIMENT_LABELS])
    types = {
        "articles": dict(
            article_id=s,
            source=s,
            title=s,
            date=s,
            dateline=s,
            topics=strs,
            key_terms=strs,
            url=s,
            outlet=s,
            authors=strs,
            language=s,
            warnings=strs,
            n_sentences=i,
            n_mentions=i,
            n_entities=i,
            n_quotes=i,
            mean_polarity=f,
            text=s,
        ),
        "sentences": dict(
            article_id=s, index=i, start=i, end=i, text=s, polarity=f, subjectivity=f, label=s, key_terms=strs
        ),
        "mentions": dict(
            article_id=s,
            start=i,
            end=i,
            text=s,
            label=s,
            entity=s,
            sentence=i,
            sentiment=s,
            sentiment_scores=scores,
            entity_id=s,
        ),
        "entities": dict(
            article_id=s,
            name=s,
            label=s,
            count=i,
            aliases=strs,
            polarity=f,
            sentiment=s,
            entity_id=s,
            identity_note=s,
        ),
        "quotes": dict(
            article_id=s,
            start=i,
            end=i,
            text=s,
            kind=s,
            speaker=s,
            speaker_start=i,
            speaker_end=i,
            cue=s,
            sentence=i,
            polarity=f,
            subjectivity=f,
            framing=s,
        ),
        "speakers": dict(
            article_id=s,
            name=s,
            kind=s,
            role=s,
            role_start=i,
            role_end=i,
            role_group=s,
            gender=s,
            gender_evidence=strs,
            quotes=i,
            quoted_words=i,
            first_quote_paragraph=i,
            in_headline=pa.bool_(),
            in_lead=pa.bool_(),
        ),
    }
    out = {}
    for name, cols in types.items():
        missing = set(COLUMNS[name]) ^ set(cols)
        assert not missing, f"schema of {name} out of step with its records: {missing}"
        out[name] = pa.schema([(c, cols[c]) for c in COLUMNS[name]])
    return out


#: Arrow types of every table, for Parquet files that read back the same whatever a batch held.
SCHEMAS = _schemas()


def to_arrow(tables: Tables) -> dict[str, pa.Table]:
    return {name: pa.Table.from_pandas(df, schema=SCHEMAS[name], preserve_index=False) for name, df in tables.items()}


def arrow_batch(articles: Iterable[Article]) -> dict[str, pa.Table]:
    """Articles as Arrow tables of our schemas (``SCHEMAS``): the tables ``to_arrow(to_tables(...))``
    gives, built column by column from the records without pandas (a seventh of the cost; a corpus
    run makes every article's tables this way, in the process that shares the CPU with the workers)."""
    articles = list(articles)
    columns: dict[str, dict[str, list]] = {"articles": defaultdict(list)}
    art_cols = columns["articles"]
    for a in articles:
        for k, v in article_row(a).items():
            art_cols[k].append(v)
    for name in TABLE_NAMES[1:]:
        names = _FIELDS[name]
        ids: list[str] = []
        lists: list[list] = [[] for _ in names]
        for a in articles:
            recs = getattr(a, name)
            ids += [a.id] * len(recs)
            for f, col in zip(names, lists, strict=True):
                col += [getattr(r, f) for r in recs]
        columns[name] = {"article_id": ids, **dict(zip(names, lists, strict=True))}
    # from_pandas: a NaN counts as missing, as it does when pandas hands the values to Arrow
    return {
        name: pa.Table.from_arrays(
            [pa.array(columns[name][f.name], f.type, from_pandas=True) for f in schema], schema=schema
        )
        for name, schema in SCHEMAS.items()
    }


def concat_arrow(parts: Sequence[dict[str, pa.Table]]) -> dict[str, pa.Table]:
    return {name: pa.concat_tables([p[name] for p in parts]) for name in TABLE_NAMES}


def from_arrow_tables(arrow: dict[str, pa.Table]) -> Tables:
    """Tables as the store's reader gives them (``from_arrow``) from Arrow tables of our schemas."""
    return Tables(**{name: from_arrow(name, arrow[name]) for name in TABLE_NAMES})


class ArrowTables(Tables):
    """``from_arrow_tables(arrow)``, each frame made on first use (and the Arrow table then let go).

    A finished result read from the results cache: a warm re-run to Parquet copies the result's files
    and one to JSON or CSV reads what is kept beside them, so neither needs the frames (bar the
    articles' languages); building them all was a sixth of such a run. Frames are made under a lock
    (the dashboard's sessions share one ``Tables``)."""

    def __init__(self, arrow: dict[str, pa.Table]) -> None:  # no dataclass fields: the properties below
        self._arrow = {name: arrow[name] for name in TABLE_NAMES}
        self._frames: dict[str, pd.DataFrame] = {}
        self._lock = threading.Lock()

    def _frame(self, name: str) -> pd.DataFrame:
        with self._lock:
            if name not in self._frames:
                self._frames[name] = from_arrow(name, self._arrow.pop(name))
            return self._frames[name]

    def __repr__(self) -> str:  # without making the frames
        return f"ArrowTables(made={sorted(self._frames)}, waiting={sorted(self._arrow)})"


def _lazy_frame(name: str) -> property:
    return property(lambda self: self._frame(name), doc=f"The {name} frame (made on first use).")


for _name in TABLE_NAMES:
    setattr(ArrowTables, _name, _lazy_frame(_name))


def _plain(value: Any) -> Any:
    """Parquet/DuckDB hand lists back as arrays and missing numbers as NaN: make them JSON-plain."""
    if isinstance(value, np.ndarray):
        return value.tolist()
    if value is pd.NA or value is pd.NaT or (isinstance(value, float) and math.isnan(value)):
        return None
    if isinstance(value, np.generic):
        return value.item()
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def _records(df: pd.DataFrame) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = defaultdict(list)
    cols = [c for c in df.columns if c != "article_id"]
    for row in df.itertuples(index=False, name=None):
        rec = dict(zip(df.columns, row, strict=True))
        out[rec["article_id"]].append({c: _plain(rec[c]) for c in cols})
    return out


def to_articles(tables: Tables) -> list[Article]:
    """Tables back to Article records (the CLI's JSON shape), in the articles table's order."""
    parts = {name: _records(getattr(tables, name)) for name in TABLE_NAMES[1:]}
    out = []
    for row in tables.articles.itertuples(index=False, name=None):
        a = {c: _plain(v) for c, v in zip(tables.articles.columns, row, strict=True)}
        aid = a["article_id"]
        out.append(
            Article(
                source=a["source"],
                id=aid,
                title=a["title"],
                topics=list(a["topics"] or []),
                dateline=a["dateline"],
                text=a["text"],
                warnings=list(a["warnings"] or []),
                key_terms=list(a["key_terms"] or []),
                date=a["date"],
                url=a["url"],
                outlet=a["outlet"],
                authors=list(a.get("authors") or []),
                language=a.get("language"),
                sentences=[Sentence(**r) for r in sorted(parts["sentences"].get(aid, []), key=lambda r: r["index"])],
                mentions=[Mention(**r) for r in parts["mentions"].get(aid, [])],
                entities=[Entity(**r) for r in parts["entities"].get(aid, [])],
                quotes=[Quote(**r) for r in parts["quotes"].get(aid, [])],
                speakers=[Speaker(**r) for r in parts["speakers"].get(aid, [])],
            )
        )
    return out


def _json_column(frame: pd.DataFrame, column: str, arrow_type: pa.DataType) -> list[Any]:
    """A column's cells as the JSON values a record would hold: integers as ints, missing numbers
    as None."""
    col = frame[column]
    if not (pa.types.is_integer(arrow_type) or pa.types.is_floating(arrow_type)):
        return col.tolist()
    integer = pa.types.is_integer(arrow_type)
    if not col.hasnans:  # the common case, in one NumPy conversion
        return col.to_numpy(dtype=np.int64 if integer else np.float64).tolist()
    cast = int if integer else float
    return [None if missing else cast(v) for v, missing in zip(col.tolist(), col.isna().tolist(), strict=True)]


def _json_rows(frame: pd.DataFrame, name: str) -> dict[str, list[dict[str, Any]]]:
    """Each article's rows of one table as dicts, by article id, in table order."""
    names = _FIELDS[name]
    schema = SCHEMAS[name]
    cols = [_json_column(frame, c, schema.field(c).type) for c in names]
    rows = [dict(zip(names, vals, strict=True)) for vals in zip(*cols, strict=True)]
    ids = frame["article_id"].to_numpy(dtype=object)
    out: dict[str, list[dict[str, Any]]] = {}
    if not len(ids):
        return out
    # An article's rows are one run in the tables (``runner.overlay`` orders them so): slice runs,
    # not one append per row; a run of an id seen before is added to its list all the same.
    bounds = [0, *(np.flatnonzero(ids[1:] != ids[:-1]) + 1).tolist(), len(ids)]
    for a, b in zip(bounds, bounds[1:], strict=False):
        aid = ids[a]
        if aid in out:
            out[aid].extend(rows[a:b])
        else:
            out[aid] = rows[a:b]
    return out


def article_dicts(tables: Tables) -> list[dict[str, Any]]:
    """Each article as ``Article.to_dict()`` would give it, straight from the tables' columns (no
    record objects in between: a warm corpus re-run spends its time here)."""
    parts = {name: _json_rows(getattr(tables, name), name) for name in TABLE_NAMES[1:]}
    arts = tables.articles
    article_fields = [f.name for f in fields(Article)]
    own = {
        f: _json_column(
            arts, "article_id" if f == "id" else f, SCHEMAS["articles"].field("article_id" if f == "id" else f).type
        )
        for f in article_fields
        if f not in parts
    }
    out = []
    for i, aid in enumerate(arts["article_id"].tolist()):
        out.append({f: parts[f].get(aid, []) if f in parts else own[f][i] for f in article_fields})
    return out
