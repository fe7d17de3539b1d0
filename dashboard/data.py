"""Where the dashboard's articles come from, and their analysis, cached at the boundaries.

* sources: the bundled seed, uploads, pasted text, and a file or folder tree inside the data folder
  (``dashboard.datafolder``: the rules that keep a typed path inside it);
* the spaCy pipeline: loaded once per process (``st.cache_resource``), only when something needs analysing;
* each input read into articles: cached by content hash, a data-folder tree until a file under it
  changes (``st.cache_data``); each article's analysis: in the corpus engine's on-disk store, keyed by
  content hash, analysis version and sentiment model, so re-uploading or re-selecting a text never
  analyses it twice, even after a restart;
* the ``Tables`` for a set of inputs, with the filter index and the sidebar's choices: built once per
  set and kept for the last few sets (shared, not copied: nothing in the dashboard modifies them;
  filters return new frames), and the rows each filter keeps (the last 32 filters).

The dashboard never calls spaCy itself: it calls ``analysis``' public functions, the same readers
and corpus engine as ``newslens analyze``, so its JSON export is the CLI's.
"""

from __future__ import annotations

import hashlib
import inspect
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import astuple, dataclass
from pathlib import Path

import pandas as pd
import streamlit as st

from analysis import analyze
from analysis.corpus.runner import RunReport
from analysis.corpus.runner import run as run_corpus
from analysis.corpus.store import Store
from analysis.corpus.tables import Tables, to_articles
from analysis.doc.nlp import load_pipeline
from analysis.inputs.files import SUFFIXES, from_bytes
from analysis.inputs.raw import RawArticle
from analysis.inputs.table_files import Columns
from analysis.records import InputError
from dashboard import aggregate, datafolder, export, filters

Progress = Callable[[int, int], None]

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
        from analysis.extract.targeted import available_tiers
    except ImportError:
        return list(SENTIMENT_MODELS)
    return [*available_tiers(), "none"]


def missing_tiers() -> dict[str, str]:
    """Targeted-sentiment tiers this installation cannot run, with why (e.g. the extra to install)."""
    try:
        from analysis.extract.targeted import CHOICES, TierUnavailable, check_tier
    except ImportError:
        return {}
    out = {}
    for tier in CHOICES:
        try:
            check_tier(tier)
        except TierUnavailable as e:
            out[tier] = str(e)
    return out


@st.cache_resource(show_spinner="Loading the language model (once)…")
def language_model() -> object:
    return load_pipeline()


def columns_key(cols: Columns) -> tuple[str, ...]:
    return astuple(cols)


@st.cache_data(show_spinner=False, max_entries=5000)
def read_input(digest: str, source: str, cols: tuple[str, ...], _data: bytes) -> list[RawArticle | InputError]:
    """An input's articles (a table or an archive holds many), or why it cannot be read; cached by
    content hash (``_data`` is not hashed again: ``digest`` is its key). The CLI's readers."""
    return list(from_bytes(source, _data, [], Columns(*cols)))


@dataclass(frozen=True)
class FolderInput:
    """A file or folder tree inside the data folder, read on the server."""

    root: Path
    path: Path  # resolved, inside root
    signature: str  # changes when a file under it changes
    kind: str = "folder"

    @property
    def source(self) -> str:
        return datafolder.relative(self.root, self.path)

    @property
    def key(self) -> str:
        return f"folder:{self.source}:{self.signature}"


@st.cache_data(show_spinner=False, ttl=10, max_entries=32)
def _signature(root: str, path: str) -> str:
    # A stat of every file (70 ms for the 2,225 BBC files): at most every 10 s, not on every rerun.
    return datafolder.signature(Path(root), Path(path))


def folder_input(root: Path, typed: str) -> FolderInput:
    """The path typed or picked, if the data-folder rules allow it; else ``OutsideDataFolder``."""
    path = datafolder.resolve(root, typed)
    return FolderInput(root, path, _signature(str(root), str(path)))


def _read_file(path: Path, shown: str, topics: list[str], cols: Columns) -> Iterator[RawArticle | InputError]:
    limit = datafolder.size_limit(shown)
    try:
        size = path.stat().st_size
        if size > limit:
            yield InputError(shown, f"too large ({size / 2**20:.0f} MB; the limit is {limit // 2**20} MB)")
            return
        data = path.read_bytes()
    except OSError as exc:
        yield InputError(shown, f"cannot be read: {exc.strerror or exc}")
        return
    yield from from_bytes(shown, data, topics, cols)


@st.cache_data(show_spinner=False, max_entries=4)
def read_folder(root: str, path: str, signature: str, cols: tuple[str, ...]) -> list[RawArticle | InputError]:
    """Every article under ``path`` (names shown relative to the data folder, sub-folders as topics),
    or why an entry is not read; cached until a file under it changes (``signature``)."""
    out: list[RawArticle | InputError] = []
    for item in datafolder.files(Path(root), Path(path)):
        if isinstance(item, InputError):
            out.append(item)
        else:
            out += _read_file(*item, Columns(*cols))
    return out


Source = Input | FolderInput


def read(item: Source, cols: Columns) -> list[RawArticle | InputError]:
    if isinstance(item, FolderInput):
        return read_folder(str(item.root), str(item.path), item.signature, columns_key(cols))
    return read_input(item.digest, item.source, columns_key(cols), item.data)


@dataclass(frozen=True)
class Loaded:
    """The analysis of a set of inputs with what filtering needs, built once per set."""

    tables: Tables
    report: RunReport
    index: filters.Index
    options: filters.Options
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
    _filtered.clear()
    _derived.clear()


def _analyse(items: list[RawArticle | InputError], options: dict[str, str], progress: Progress | None) -> Loaded:
    def report(done: int, total: int) -> None:
        # corpus.run reports (0, n) before it analyses n articles: n is 0 when the store had them all,
        # and then the language model is never loaded.
        if total:
            language_model()
        if progress:
            progress(done, total)

    # The corpus engine the CLI uses: articles already in the on-disk store (keyed by content and
    # analysis version) are not analysed again; the rest in this process (no worker processes
    # inside a Streamlit server), in batches.
    # No store when there is no article to look up: Store.load of no ids fails in DuckDB once the
    # store holds anything (reported to the analysis core).
    has_articles = any(isinstance(i, RawArticle) for i in items)
    store = Store(sentiment_model=options.get("sentiment_model", "light")) if has_articles else None
    tables, run_report = run_corpus(items, store=store, n_process=1, progress=report, **options)
    tables = plain_tables(tables)
    names = aggregate.entity_names(tables)
    return Loaded(tables, run_report, filters.index(tables), filters.options(tables), names)


def plain_tables(t: Tables) -> Tables:
    """The tables with text columns as plain Python strings (object dtype). pandas hands text back
    Arrow-backed (``str`` dtype), which is compact but slow to walk value by value, and the filters
    and summaries do that: on the 2,225 BBC articles, counting entities took 1.5 s instead of 0.3 s."""
    out = {}
    for name, frame in t.items():
        text = [c for c in frame.columns if pd.api.types.is_string_dtype(frame[c]) and frame[c].dtype != object]
        frame = frame.astype(dict.fromkeys(text, object)) if text else frame
        # List cells read back from Parquet are numpy arrays: plain lists, once, like a fresh analysis.
        lists = [c for c in LIST_COLUMNS.get(name, ()) if c in frame.columns]
        if lists:
            frame = frame.assign(**{c: [filters.as_list(v) for v in frame[c]] for c in lists})
        out[name] = frame
    return Tables(**out)


LIST_COLUMNS = {
    "articles": ("topics", "key_terms", "warnings"),
    "sentences": ("key_terms",),
    "entities": ("aliases",),
    "speakers": ("gender_evidence",),
}


@st.cache_resource(show_spinner=False, max_entries=128)
def _derived(key: tuple[str, ...], filter_key: str, name: str, _make: Callable[[], object]) -> object:
    return _make()


@st.cache_resource(show_spinner=False, max_entries=32)
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
        articles = [a.to_dict() for a in to_articles(self.tables)]
        return export.analysis_json(articles, self.errors, self.duplicates, self.loaded.report.counts())

    def derived(self, f: filters.Filters, name: str, make: Callable[[], object]) -> object:
        """A summary of the rows ``f`` keeps, made once per corpus, filter and ``name`` (switching tabs or
        going back to an earlier filter does not recompute it)."""
        return _derived(self.key, repr(f), name, make)

    def filtered(self, f: filters.Filters) -> Tables:
        """The rows ``f`` keeps (cached: going back to an earlier filter is instant)."""
        return _filtered(self.key, repr(f), self.loaded, f) if f.active else self.tables


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
    key = (
        tuple(i.key if isinstance(i, FolderInput) else f"{i.digest}:{i.source}" for i in inputs)
        + ("cols=" + "|".join(columns_key(cols)),)
        + tuple(f"{k}={v}" for k, v in sorted(options.items()))
    )
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
                    while len(_memo) > MEMO_SIZE:
                        _memo.popitem(last=False)
    return Corpus(key, loaded)


def _remembered(key: tuple[str, ...]) -> Loaded | None:
    with _memo_lock:
        loaded = _memo.get(key)
        if loaded is not None:
            _memo.move_to_end(key)
        return loaded
