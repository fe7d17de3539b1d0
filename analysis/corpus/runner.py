"""Analyse a batch or corpus of inputs end to end: read, skip what the cache holds, analyse the
rest in parallel, store it, and hand back tidy tables with a report that adds up.

Every input item ends as exactly one of: analysed now, served from the cache, a duplicate of an
earlier item (same text: analysed once, counted once), or rejected with a reason.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa

from analysis.corpus import results
from analysis.corpus.engine import BATCH_SIZE, analyze_arrow_batches
from analysis.corpus.identity import identify
from analysis.corpus.store import Store
from analysis.corpus.tables import TABLE_NAMES, Tables, concat_arrow, from_arrow_tables, to_tables
from analysis.inputs.layout import parse_layout
from analysis.inputs.raw import RawArticle
from analysis.records import InputError

Progress = Callable[[int, int], None]
#: Analysed articles are stored this many at a time: a store write costs this process (which shares the
#: CPU with the workers) about 3 ms per article in batches of 16 and 1 ms in batches of 128. An
#: interrupted run loses at most this many analysed articles.
STORE_EVERY = 128


@dataclass
class RunReport:
    inputs: int = 0
    analysed: int = 0
    cached: int = 0
    duplicates: int = 0
    rejected: int = 0
    errors: list[InputError] = field(default_factory=list)
    duplicate_of: dict[str, str] = field(default_factory=dict)  # source -> source of the first copy
    result: Path | None = None  # the folder of the results cache holding the finished tables, if any

    def counts(self) -> dict[str, int]:
        """inputs = analysed + duplicates + rejected; ``from_cache`` of the analysed were stored already."""
        return {
            "inputs": self.inputs,
            "analysed": self.analysed + self.cached,
            "from_cache": self.cached,
            "duplicates": self.duplicates,
            "rejected": self.rejected,
        }

    def summary(self) -> str:
        c = self.counts()
        cached = f" ({c['from_cache']:,} from cache)" if c["from_cache"] else ""
        dups = f", {c['duplicates']:,} duplicate{'s' * (c['duplicates'] != 1)}" if c["duplicates"] else ""
        inputs = f"{c['inputs']:,} input{'s' * (c['inputs'] != 1)}"
        return f"{inputs}: {c['analysed']:,} analysed{cached}{dups}, {c['rejected']:,} rejected"


def metadata(raw: RawArticle) -> dict[str, Any]:
    """What an article's row says about where it came from: this run's, whatever the cache holds."""
    layout = parse_layout(raw.text, raw.title)
    return {
        "article_id": raw.id,
        "source": raw.source,
        "topics": list(dict.fromkeys([*raw.topics, *layout.topics])),
        "title": raw.title or layout.title,
        "date": raw.date,
        "url": raw.url,
        "outlet": raw.outlet,
        "authors": list(raw.authors),
        "language": raw.language,
        "warnings": list(raw.warnings),
    }


def overlay(tables: Tables, metas: list[dict[str, Any]]) -> Tables:
    """Stored rows carry the metadata of the run that analysed them; give them this run's
    (``metadata`` rows), and put every table's rows in this run's order of articles (the store
    keeps them by id), each article's rows in their own order, so an output never depends on
    whether its rows came from the cache."""
    arts = tables.articles.set_index("article_id", drop=False)
    arts = arts.loc[[m["article_id"] for m in metas]].reset_index(drop=True)
    for col in ("source", "topics", "title", "date", "url", "outlet", "authors", "language"):
        # A Series of object dtype, not its array: pandas would infer its ``str`` dtype from an array.
        arts[col] = pd.Series([m[col] for m in metas], index=arts.index, dtype=object)
    arts["warnings"] = pd.Series(  # object dtype said outright: with no rows pandas would make it float
        [
            list(dict.fromkeys([*m["warnings"], *(() if w is None else w)]))
            for m, w in zip(metas, arts["warnings"], strict=True)
        ],
        index=arts.index,
        dtype=object,
    )
    order = pd.Index([m["article_id"] for m in metas])

    def in_order(frame: pd.DataFrame) -> pd.DataFrame:
        keys = order.get_indexer(frame["article_id"])  # one hash lookup per row, no dict -> Series map
        return frame.iloc[np.argsort(keys, kind="stable")].reset_index(drop=True)

    return Tables(arts, *(in_order(getattr(tables, name)) for name in TABLE_NAMES[1:]))


def finish(tables: Tables, metas: list[dict[str, Any]], store: Store | None, identity: bool = True) -> Tables:
    """The stored rows under this run's metadata, then the corpus identity step (one id, name and type
    per entity across the corpus; cached beside the store, with the store's hand edits for this corpus)."""
    tables = overlay(tables, metas)
    return identify(tables, store) if identity else tables


def finish_stored(store: Store, metas: list[dict[str, Any]], identity: bool = True) -> tuple[Tables, Path | None]:
    """``finish`` over the store's rows of these articles, served from the results cache when this
    corpus was finished before with the same metadata, edits and code; and the cache's folder."""

    def build() -> Tables:
        return finish(store.load([m["article_id"] for m in metas]), metas, store, identity)

    return results.cached(store, metas, identity, build)


def run(
    items: Iterable[RawArticle | InputError],
    store: Store | None = None,
    n_process: int | None = None,
    batch_size: int = BATCH_SIZE,
    progress: Progress | None = None,
    identity: bool = True,
    **options: Any,
) -> tuple[Tables, RunReport]:
    """``identity=False`` leaves each article's own entity names and types (no corpus identity step)."""
    report = RunReport()
    raws: list[RawArticle] = []
    first_source: dict[str, str] = {}
    for item in items:
        report.inputs += 1
        if isinstance(item, InputError):
            report.rejected += 1
            report.errors.append(item)
        elif item.id in first_source:
            report.duplicates += 1
            report.duplicate_of[item.source] = first_source[item.id]
        else:
            first_source[item.id] = item.source
            raws.append(item)

    metas = [metadata(r) for r in raws]
    if store is not None and raws:
        # This corpus finished before, every article analysed: no store lookup at all.
        hit = results.find(store, metas, identity)
        if hit is not None:
            report.cached = len(raws)
            if progress:
                progress(0, 0)
            tables, report.result = hit
            return tables, report
    known = store.known_ids() if store is not None else set()
    todo = [r for r in raws if r.id not in known]
    report.cached = len(raws) - len(todo)
    total, done = len(todo), 0
    if progress:
        progress(0, total)
    # The workers send each batch back as Arrow tables; they are stored STORE_EVERY articles at a time
    # (when there is a store) and kept, so that a corpus analysed whole in this run is finished from
    # them, not read back from the store.
    fresh: list[dict[str, pa.Table]] = []
    unstored: list[dict[str, pa.Table]] = []
    waiting = 0
    failed: set[str] = set()

    def flush() -> None:
        nonlocal waiting
        if unstored:
            arrow = concat_arrow(unstored)
            if store is not None:
                store.write_arrow(arrow)
            fresh.append(arrow)
            unstored.clear()
            waiting = 0

    for arrow, errors in analyze_arrow_batches(todo, n_process, batch_size, **options):
        analysed = arrow["articles"].num_rows
        if analysed:  # a batch whose every article failed leaves nothing to store
            unstored.append(arrow)
            waiting += analysed
        if waiting >= STORE_EVERY:
            flush()
        for e in errors:
            failed.add(e.source)
            report.rejected += 1
            report.errors.append(e)
        done += analysed + len(errors)
        report.analysed += analysed
        if progress:
            progress(done, total)
    flush()
    metas = [m for m in metas if m["source"] not in failed]

    def analysed_here() -> Tables:
        if not fresh:
            return to_tables([])
        arrow = concat_arrow(fresh)
        fresh.clear()  # the Arrow buffers are freed once the frames are made, before the identity step
        return from_arrow_tables(arrow)

    if store is None:
        return finish(analysed_here(), metas, None, identity), report
    if report.cached:
        tables, report.result = finish_stored(store, metas, identity)
    else:
        tables, report.result = results.cached(
            store, metas, identity, lambda: finish(analysed_here(), metas, store, identity)
        )
    return tables, report
