"""Where the dashboard's articles come from, and their analysis, cached at the boundaries.

* the spaCy pipeline: loaded once per process (``st.cache_resource``);
* each input read into articles: cached by content hash (``st.cache_data``); each article's analysis:
  in the corpus engine's on-disk store, keyed by content hash, analysis version and sentiment model,
  so re-uploading or re-selecting a text never analyses it twice, even after a restart;
* the ``Tables`` for a set of articles, with the filter index and the sidebar's choices: built once
  per set (``st.cache_resource``: shared, not copied, because nothing in the dashboard modifies
  them; filters return new frames), and the rows each filter keeps (the last 64 filters).

The dashboard never calls spaCy itself: it calls ``analysis``' public functions, the same readers
and corpus engine as ``newslens analyze``, so its JSON export is the CLI's.
"""

from __future__ import annotations

import hashlib
import inspect
from dataclasses import dataclass
from pathlib import Path

import streamlit as st

from analysis import analyze
from analysis.articles import RawArticle
from analysis.corpus import RunReport
from analysis.corpus import run as run_corpus
from analysis.nlp import load_pipeline
from analysis.records import InputError
from analysis.sources import SUFFIXES, from_bytes
from analysis.store import Store
from analysis.tables import Tables, to_articles
from analysis.tabular import Columns
from dashboard import export, filters

ROOT = Path(__file__).resolve().parent.parent
SEED_DIR = ROOT / "seeds"
TEXT_TYPES = ("txt", "md")
#: What the upload box takes: every format the CLI reads (text, PDF, CSV/JSONL/Parquet tables, zip).
UPLOAD_TYPES = [s.lstrip(".") for s in SUFFIXES]
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
def read_input(digest: str, source: str, _data: bytes) -> list[RawArticle | InputError]:
    """An input's articles (a table or an archive holds many), or why it cannot be read; cached by
    content hash (``_data`` is not hashed again: ``digest`` is its key). The CLI's readers."""
    return list(from_bytes(source, _data, [], Columns()))


@dataclass(frozen=True)
class Loaded:
    """The analysis of a set of inputs with what filtering needs, built once per set."""

    tables: Tables
    report: RunReport
    index: filters.Index
    options: filters.Options


def _load_model_if_needed(done: int, total: int) -> None:
    # corpus.run reports (0, n) before it analyses n articles: none when the store had them all.
    if total:
        language_model()


@st.cache_resource(show_spinner=False, max_entries=20)
def _loaded(key: tuple[str, ...], _items: tuple[RawArticle | InputError, ...], _options: dict[str, str]) -> Loaded:
    # The corpus engine the CLI uses: articles already in the on-disk store (keyed by content and
    # analysis version) are not analysed again; the rest in this process (no worker processes
    # inside a Streamlit server), in batches.
    # No store when there is no article to look up: Store.load of no ids fails in DuckDB once the
    # store holds anything (reported to the analysis core).
    has_articles = any(isinstance(i, RawArticle) for i in _items)
    store = Store(sentiment_model=_options.get("sentiment_model", "light")) if has_articles else None
    tables, report = run_corpus(_items, store=store, n_process=1, progress=_load_model_if_needed, **_options)
    return Loaded(tables, report, filters.index(tables), filters.options(tables))


@st.cache_resource(show_spinner=False, max_entries=64)
def _filtered(key: tuple[str, ...], filter_key: str, _loaded: Loaded, _filters: filters.Filters) -> Tables:
    return filters.apply(_loaded.tables, _filters, _loaded.index)


@dataclass
class Corpus:
    """The loaded articles as tidy tables, with the run's report (rejects, duplicates, counts)."""

    key: tuple[str, ...]
    loaded: Loaded

    @property
    def tables(self) -> Tables:
        return self.loaded.tables

    @property
    def options(self) -> filters.Options:
        return self.loaded.options

    @property
    def n_articles(self) -> int:
        return len(self.tables.articles)

    @property
    def errors(self) -> list[dict]:
        return [e.to_dict() for e in self.loaded.report.errors]

    @property
    def duplicates(self) -> list[dict]:
        return [{"source": k, "same_as": v} for k, v in self.loaded.report.duplicate_of.items()]

    @property
    def notes(self) -> list[str]:
        return [f"{d['source']} has the same text as {d['same_as']}: shown once." for d in self.duplicates]

    def analysis_json(self) -> bytes:
        """The whole analysis, unfiltered, exactly as ``newslens analyze`` writes it."""
        articles = [a.to_dict() for a in to_articles(self.tables)]
        return export.analysis_json(articles, self.errors, self.duplicates, self.loaded.report.counts())

    def filtered(self, f: filters.Filters) -> Tables:
        """The rows ``f`` keeps (cached: going back to an earlier filter is instant)."""
        return _filtered(self.key, repr(f), self.loaded, f) if f.active else self.tables


def load(inputs: list[Input], options: dict[str, str] | None = None) -> Corpus:
    options = dict(options or {})
    items: list[RawArticle | InputError] = []
    for item in inputs:
        items += read_input(item.digest, item.source, item.data)
    key = tuple(f"{i.digest}:{i.source}" for i in inputs) + tuple(f"{k}={v}" for k, v in sorted(options.items()))
    return Corpus(key, _loaded(key, tuple(items), options))
