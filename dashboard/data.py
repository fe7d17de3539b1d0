"""Where the dashboard's articles come from, and their analysis, cached at the boundaries.

* the spaCy pipeline: loaded once per process (``st.cache_resource``);
* each article's analysis: cached by content hash and analysis options (``st.cache_data``), so
  re-uploading or re-selecting a text never analyses it twice;
* the ``Tables`` for a set of articles, with the filter index and the sidebar's choices: built once
  per set (``st.cache_resource``: shared, not copied, because nothing in the dashboard modifies
  them; filters return new frames), and the rows each filter keeps (the last 64 filters).

The dashboard never calls spaCy itself: it calls ``analysis``' public functions. A corpus store
(Parquet/DuckDB) can hand the views a ``Corpus`` with ready ``Tables`` in the same way.
"""

from __future__ import annotations

import hashlib
import inspect
from dataclasses import dataclass, field
from pathlib import Path

import streamlit as st

from analysis import Article, analyze, read_bytes
from analysis.articles import UnreadableInput
from analysis.nlp import load_pipeline
from analysis.tables import Tables, to_tables
from dashboard import filters

ROOT = Path(__file__).resolve().parent.parent
SEED_DIR = ROOT / "seeds"
TEXT_TYPES = ("txt", "md")
#: Targeted-sentiment models ``analysis.analyze`` knows; the sidebar offers those installed here.
SENTIMENT_MODELS = ("light", "strong", "none")


@dataclass(frozen=True)
class Input:
    """One text to analyse: where it came from and its bytes."""

    source: str
    data: bytes
    kind: str  # "seed" | "upload" | "paste"

    @property
    def digest(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


def seed_inputs(folder: Path = SEED_DIR) -> list[Input]:
    files = sorted(p for p in folder.glob("*") if p.suffix.lstrip(".").lower() in TEXT_TYPES)
    return [Input(f"seeds/{p.name}", p.read_bytes(), "seed") for p in files]


def paste_input(text: str) -> Input | None:
    return Input("pasted text", text.encode("utf-8"), "paste") if text and text.strip() else None


def supports_sentiment_model() -> bool:
    return "sentiment_model" in inspect.signature(analyze).parameters


def sentiment_choices() -> list[str]:
    """The targeted-sentiment models that can run in this installation (best last), then "none"."""
    try:
        from analysis.targeted import available_tiers
    except ImportError:
        return list(SENTIMENT_MODELS)
    return [*available_tiers(), "none"]


@st.cache_resource(show_spinner="Loading the language model (once)…")
def language_model() -> object:
    return load_pipeline()


@st.cache_data(show_spinner=False, max_entries=5000)
def analyse(digest: str, source: str, options: tuple[tuple[str, str], ...], _data: bytes) -> dict:
    """``{"article": Article dict}`` or ``{"error": {"source", "error"}}``; keyed by content hash
    (``_data`` itself is not hashed again: its digest is the key)."""
    try:
        raw = read_bytes(source, _data)
    except UnreadableInput as exc:
        return {"error": {"source": source, "error": str(exc)}}
    language_model()
    article = analyze(raw, **dict(options))
    return {"article": article.to_dict()}


@dataclass(frozen=True)
class Loaded:
    """The tables of a set of articles with what filtering needs, built once per set."""

    tables: Tables
    index: filters.Index
    options: filters.Options


@st.cache_resource(show_spinner=False, max_entries=20)
def _loaded(key: tuple[str, ...], _articles: tuple[dict, ...]) -> Loaded:
    tables = to_tables(Article.from_dict(a) for a in _articles)
    return Loaded(tables, filters.index(tables), filters.options(tables))


@st.cache_resource(show_spinner=False, max_entries=64)
def _filtered(key: tuple[str, ...], filter_key: str, _loaded: Loaded, _filters: filters.Filters) -> Tables:
    return filters.apply(_loaded.tables, _filters, _loaded.index)


@dataclass
class Corpus:
    """The loaded articles: their records (for the JSON export), rejects, and the tidy tables."""

    articles: list[dict]
    errors: list[dict]
    key: tuple[str, ...]
    loaded: Loaded
    duplicates: list[dict] = field(default_factory=list)  # {"source", "same_as"}, as the CLI reports them

    @property
    def notes(self) -> list[str]:
        return [f"{d['source']} has the same text as {d['same_as']}: shown once." for d in self.duplicates]

    @property
    def tables(self) -> Tables:
        return self.loaded.tables

    @property
    def options(self) -> filters.Options:
        return self.loaded.options

    def filtered(self, f: filters.Filters) -> Tables:
        """The rows ``f`` keeps (cached: going back to an earlier filter is instant)."""
        return _filtered(self.key, repr(f), self.loaded, f) if f.active else self.tables


def load(inputs: list[Input], options: dict[str, str] | None = None) -> Corpus:
    opts = tuple(sorted((options or {}).items()))
    articles: list[dict] = []
    errors: list[dict] = []
    duplicates: list[dict] = []
    seen: dict[str, str] = {}
    for item in inputs:
        result = analyse(item.digest, item.source, opts, item.data)
        if "error" in result:
            errors.append(result["error"])
            continue
        article = result["article"]
        if article["id"] in seen:
            duplicates.append({"source": item.source, "same_as": seen[article["id"]]})
            continue
        seen[article["id"]] = item.source
        articles.append(article)
    key = tuple(f"{a['id']}:{a['source']}" for a in articles) + opts_key(opts)
    return Corpus(articles, errors, key, _loaded(key, tuple(articles)), duplicates)


def opts_key(opts: tuple[tuple[str, str], ...]) -> tuple[str, ...]:
    return tuple(f"{k}={v}" for k, v in opts)
