"""Where the dashboard's articles come from, and their analysis, cached at the boundaries.

* the spaCy pipeline: loaded once per process (``st.cache_resource``);
* each article's analysis: cached by content hash and analysis options (``st.cache_data``), so
  re-uploading or re-selecting a text never analyses it twice;
* the ``Tables`` for a set of articles: built once per set (``st.cache_resource``: the frames are
  shared, not copied, because nothing in the dashboard modifies them; filters return new frames).

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

ROOT = Path(__file__).resolve().parent.parent
SEED_DIR = ROOT / "seeds"
TEXT_TYPES = ("txt", "md")
#: Options ``analysis.analyze`` accepts that the sidebar can set (the targeted-sentiment model
#: arrives with its own option; offered only once ``analyze`` takes it).
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


@st.cache_resource(show_spinner=False, max_entries=20)
def _tables(key: tuple[str, ...], _articles: tuple[dict, ...]) -> Tables:
    return to_tables(Article.from_dict(a) for a in _articles)


@dataclass
class Corpus:
    """The loaded articles: their records (for the JSON export), rejects, and the tidy tables."""

    articles: list[dict]
    errors: list[dict]
    tables: Tables
    notes: list[str] = field(default_factory=list)


def load(inputs: list[Input], options: dict[str, str] | None = None) -> Corpus:
    opts = tuple(sorted((options or {}).items()))
    articles: list[dict] = []
    errors: list[dict] = []
    notes: list[str] = []
    seen: dict[str, str] = {}
    for item in inputs:
        result = analyse(item.digest, item.source, opts, item.data)
        if "error" in result:
            errors.append(result["error"])
            continue
        article = result["article"]
        if article["id"] in seen:
            notes.append(f"{item.source} has the same text as {seen[article['id']]}: shown once.")
            continue
        seen[article["id"]] = item.source
        articles.append(article)
    key = tuple(f"{a['id']}:{a['source']}" for a in articles) + opts_key(opts)
    return Corpus(articles, errors, _tables(key, tuple(articles)), notes)


def opts_key(opts: tuple[tuple[str, str], ...]) -> tuple[str, ...]:
    return tuple(f"{k}={v}" for k, v in opts)
