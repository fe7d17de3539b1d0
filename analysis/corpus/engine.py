"""Analysis of many articles at once: batches of articles spread over worker processes.

Each worker loads the spaCy pipeline once and runs ``nlp.pipe`` over a batch; only the compact
records travel back (or, for the corpus runner, the batch's Arrow tables), never spaCy Docs.
With one process (or one batch) everything stays here.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import sys
import traceback
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from typing import Any, TypeVar

import pyarrow as pa

from analysis.corpus.tables import arrow_batch
from analysis.doc.nlp import ModelMissingError, load_pipeline
from analysis.inputs.raw import RawArticle
from analysis.records import Article, InputError

BATCH_SIZE = 16
T = TypeVar("T")


def default_processes() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def _init_worker() -> None:
    load_pipeline()


Batch = tuple[list[Article], list[InputError]]
#: A batch's articles as Arrow tables of the store's schemas (``tables.arrow_batch``), and its failures.
ArrowBatch = tuple[dict[str, pa.Table], list[InputError]]


def _analyze_batch(raws: list[RawArticle], options: dict[str, Any]) -> Batch:
    from analysis.pipeline import analyze_many  # spaCy and TextBlob load only when there is work

    try:
        return list(analyze_many(raws, **options)), []
    except ModelMissingError:
        raise  # the machine's set-up, not the article: stop with the install hint
    except Exception:  # noqa: BLE001 - one bad article must not sink its batch: retry one by one
        if len(raws) == 1:
            return [], [_failure(raws[0])]
        out: list[Article] = []
        errors: list[InputError] = []
        for raw in raws:
            arts, errs = _analyze_batch([raw], options)
            out += arts
            errors += errs
        return out, errors


def _failure(raw: RawArticle) -> InputError:
    exc = sys.exc_info()[1]
    # The user gets the reason; the traceback only with NEWSLENS_DEBUG=1, for us.
    if os.environ.get("NEWSLENS_DEBUG"):
        traceback.print_exc()
    return InputError(raw.source, f"analysis failed ({type(exc).__name__}: {str(exc)[:200]})")


def _in_server() -> bool:
    """Inside a running Streamlit server (its event loop and script threads)."""
    st_runtime = sys.modules.get("streamlit.runtime")
    return bool(st_runtime and st_runtime.exists())


def _context() -> mp.context.BaseContext:
    # fork shares the already-loaded model with the workers (no re-import, no second copy of it),
    # but forking a server with an event loop and script threads can deadlock: spawn there. A
    # progress bar's or memory sampler's helper thread is harmless: the workers never touch it.
    if "fork" in mp.get_all_start_methods() and not _in_server():
        return mp.get_context("fork")
    return mp.get_context("spawn")


def _analyze_arrow_batch(raws: list[RawArticle], options: dict[str, Any]) -> ArrowBatch:
    # Arrow tables, not records, travel back: cheaper to make here than to pickle and unpickle the
    # records (0.40-0.44 against 0.55 ms an article), and the process collecting them is spared the rest.
    articles, errors = _analyze_batch(raws, options)
    return arrow_batch(articles), errors


def analyze_batches(
    raws: Sequence[RawArticle], n_process: int | None = None, batch_size: int = BATCH_SIZE, **options: Any
) -> Iterator[Batch]:
    """Yield (articles, failures) per batch as batches finish (not in input order)."""
    return _batches(_analyze_batch, raws, n_process, batch_size, options)


def analyze_arrow_batches(
    raws: Sequence[RawArticle], n_process: int | None = None, batch_size: int = BATCH_SIZE, **options: Any
) -> Iterator[ArrowBatch]:
    """Yield (the articles as Arrow tables, failures) per batch as batches finish (not in input order)."""
    return _batches(_analyze_arrow_batch, raws, n_process, batch_size, options)


def _batches(
    work: Callable[[list[RawArticle], dict[str, Any]], T],
    raws: Sequence[RawArticle],
    n_process: int | None,
    batch_size: int,
    options: dict[str, Any],
) -> Iterator[T]:
    n_process = n_process or default_processes()
    batches = [list(raws[i : i + batch_size]) for i in range(0, len(raws), batch_size)]
    if n_process <= 1 or len(batches) <= 1:
        for batch in batches:
            yield work(batch, options)
        return
    ctx = _context()
    if ctx.get_start_method() == "fork":
        load_pipeline()  # loaded once here, shared by every worker
    with ProcessPoolExecutor(n_process, mp_context=ctx, initializer=_init_worker) as pool:
        pending: set[Future[T]] = set()
        queue = iter(batches)
        for batch in queue:
            pending.add(pool.submit(work, batch, options))
            # Keep a couple of batches per worker in flight, not the whole corpus in the queue.
            while len(pending) >= 2 * n_process:
                done, pending = wait(pending, return_when=FIRST_COMPLETED)
                for fut in done:
                    yield fut.result()
        while pending:
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            for fut in done:
                yield fut.result()
