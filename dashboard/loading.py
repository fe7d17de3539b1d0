"""The analysis of a set of inputs, cached at the boundaries.

* the spaCy pipeline: loaded once per process (``st.cache_resource``), only when something needs analysing;
* each article's analysis: in the corpus engine's on-disk store, keyed by content hash, analysis
  version and sentiment model, so re-uploading or re-selecting a text never analyses it twice,
  even after a restart;
* the ``Tables`` for a set of inputs, with the filter index and the sidebar's choices: built once per
  set and kept for the last few sets (shared, not copied: nothing in the dashboard modifies them;
  filters return new frames), and the rows each filter keeps (the last 32 filters).

The dashboard never calls spaCy itself: it calls ``analysis``' public functions, the same readers
and corpus engine as ``newslens analyze``, so its JSON export is the CLI's.
"""

from __future__ import annotations

import gc
import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import pandas as pd
import streamlit as st

from analysis.corpus import exports
from analysis.corpus.runner import RunReport
from analysis.corpus.runner import run as run_corpus
from analysis.corpus.store import Store
from analysis.corpus.tables import Tables
from analysis.doc.nlp import load_pipeline
from analysis.inputs.raw import RawArticle
from analysis.inputs.table_files import Columns
from analysis.records import InputError
from dashboard import aggregate, filtering
from dashboard.filters import Filters
from dashboard.inputs import FolderInput, Source, columns_key, read
from dashboard.options import Options, offered

Progress = Callable[[int, int], None]


@st.cache_resource(show_spinner="Loading the language model (once)…")
def language_model() -> object:
    return load_pipeline()


@dataclass(frozen=True)
class Loaded:
    """The analysis of a set of inputs with what filtering needs, built once per set."""

    tables: Tables
    report: RunReport
    index: filtering.Index
    options: Options
    entity_names: pd.DataFrame  # each name's label and aliases over the whole corpus


#: Analyses of the last few sets of inputs (process-wide). Not ``st.cache_resource``: Streamlit
#: replays the elements a cached function draws, and the progress bar must not be replayed.
_memo: OrderedDict[tuple[str, ...], Loaded] = OrderedDict()
MEMO_SIZE = 8
_memo_lock = threading.Lock()
#: One analysis at a time in this process: a second session asking for the same set waits and then
#: finds it done; both would otherwise compete for the same two cores.
_analysis_lock = threading.Lock()


def clear_cache() -> None:
    with _memo_lock:
        _memo.clear()
    gc.unfreeze()
    _filtered.clear()
    _derived.clear()


def _analyse(items: list[RawArticle | InputError], options: dict[str, str], progress: Progress | None) -> Loaded:
    def report(done: int, total: int) -> None:
        # corpus.run reports (0, n) before it analyses n articles: n is 0 when the store had them all,
        # and then the language model is never loaded. Without a progress display (the server's
        # prefetch, outside any page) there is no spinner to show either: the run loads the model.
        if progress:
            if total:
                language_model()
            progress(done, total)

    # The corpus engine the CLI uses: articles already in the on-disk store (keyed by content and
    # analysis version) are not analysed again; the rest in this process (no worker processes
    # inside a Streamlit server), in batches.
    # No store when there is no article to look up: Store.load of no ids fails in DuckDB once the
    # store holds anything (reported to the analysis core).
    has_articles = any(isinstance(i, RawArticle) for i in items)
    store = Store(sentiment_model=options.get("sentiment_model", "light")) if has_articles else None
    tables, run_report = run_corpus(items, store=store, n_process=1, progress=report, **options)
    names = aggregate.entity_names(tables)
    return Loaded(tables, run_report, filtering.index(tables), offered(tables), names)


@st.cache_resource(show_spinner=False, max_entries=128)
def _derived(key: tuple[str, ...], filter_key: str, name: str, _make: Callable[[], object]) -> object:
    return _make()


@st.cache_resource(show_spinner=False, max_entries=32)
def _filtered(key: tuple[str, ...], filter_key: str, _loaded: Loaded, _filters: Filters) -> Tables:
    return filtering.apply(_loaded.tables, _filters, _loaded.index)


@dataclass
class Corpus:
    """The loaded articles as tidy tables, with the run's report (rejects, duplicates, counts)."""

    key: tuple[str, ...]
    loaded: Loaded

    @property
    def tables(self) -> Tables:
        return self.loaded.tables

    @property
    def options(self) -> Options:
        return self.loaded.options

    @property
    def n_articles(self) -> int:
        return len(self.tables.articles)

    @property
    def report(self) -> RunReport:
        return self.loaded.report

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
        return exports.document_bytes(self.tables, self.report)

    def derived(self, f: Filters, name: str, make: Callable[[], object]) -> object:
        """A summary of the rows ``f`` keeps, made once per corpus, filter and ``name`` (switching tabs or
        going back to an earlier filter does not recompute it)."""
        return _derived(self.key, repr(f), name, make)

    def filtered(self, f: Filters) -> Tables:
        """The rows ``f`` keeps (cached: going back to an earlier filter is instant)."""
        return _filtered(self.key, repr(f), self.loaded, f) if f.active else self.tables


def _key(inputs: Sequence[Source], options: dict[str, str], cols: Columns) -> tuple[str, ...]:
    return (
        tuple(i.key if isinstance(i, FolderInput) else f"{i.digest}:{i.source}" for i in inputs)
        + ("cols=" + "|".join(columns_key(cols)),)
        + tuple(f"{k}={v}" for k, v in sorted(options.items()))
    )


def in_memory(inputs: Sequence[Source], options: dict[str, str] | None = None, cols: Columns | None = None) -> bool:
    """Whether ``load`` answers at once: this set, with these options and columns, was loaded lately."""
    return _remembered(_key(inputs, dict(options or {}), cols or Columns())) is not None


def load(
    inputs: Sequence[Source],
    options: dict[str, str] | None = None,
    cols: Columns | None = None,
    progress: Progress | None = None,
) -> Corpus:
    """The analysis of ``inputs``: from memory when this set was loaded lately, else read, looked up
    in the on-disk store, and what it lacks analysed (``progress(done, total)`` as batches finish)."""
    options = dict(options or {})
    cols = cols or Columns()
    key = _key(inputs, options, cols)
    loaded = _remembered(key)
    if loaded is None:
        with _analysis_lock:
            loaded = _remembered(key)  # another session may have loaded it while this one waited
            if loaded is None:
                items: list[RawArticle | InputError] = []
                for item in inputs:
                    items += read(item, cols)
                loaded = _analyse(items, options, progress)
                with _memo_lock:
                    _memo[key] = loaded
                    evicted = len(_memo) > MEMO_SIZE
                    while len(_memo) > MEMO_SIZE:
                        _memo.popitem(last=False)
                _settle(evicted)
    return Corpus(key, loaded)


def _settle(released: bool) -> None:
    """Keep the cyclic garbage collector off the loaded tables. A corpus holds hundreds of thousands of
    lists and dicts; a full collection walks them all (a quarter of a second on the BBC set), at a
    random rerun. Frozen objects are still freed by reference counting when dropped; after a corpus is
    released they are unfrozen first, so a later collection can reclaim any cycles among them."""
    if released:
        gc.unfreeze()
    gc.freeze()


def _remembered(key: tuple[str, ...]) -> Loaded | None:
    with _memo_lock:
        loaded = _memo.get(key)
        if loaded is not None:
            _memo.move_to_end(key)
        return loaded
