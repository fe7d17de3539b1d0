"""The corpus analysis on a Dask cluster (``newslens analyze ... --scheduler ADDR | --workers N``).

* The client only lists inputs: shards of file paths (or one table or archive file per shard).
  Workers read the files themselves from storage they share with the client, so article text never
  travels through the scheduler and the client never holds more than a shard's descriptor.
* Each worker process loads the spaCy pipeline once (a worker plugin warms the per-process cache).
* Results go to the same Parquet store as the local engine (``analysis.store``), which must be on
  storage every worker sees. Part files are named by their articles' ids and written by rename, so a
  task that runs twice (a retry after a worker died) rewrites the same files: nothing lost, nothing
  doubled. Articles the store already holds are skipped.
* Every input ends as analysed, cached, duplicate or a named error, exactly as in a local run.
"""

from __future__ import annotations

import sys
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from analysis.corpus.cache_key import analysis_version
from analysis.corpus.engine import BATCH_SIZE, analyze_batches
from analysis.corpus.runner import Progress, RunReport, finish_stored, metadata
from analysis.corpus.store import Store
from analysis.corpus.tables import Tables
from analysis.inputs.files import iter_paths, read_path
from analysis.inputs.raw import RawArticle
from analysis.inputs.table_files import Columns
from analysis.records import InputError

SHARD_FILES = 64  # text files per task: enough work to amortise the scheduler's per-task cost
IN_FLIGHT_PER_WORKER = 3
RETRIES = 3


class ClusterUnavailable(RuntimeError):
    pass


@dataclass(frozen=True)
class Shard:
    index: int
    files: tuple[tuple[str, tuple[str, ...]], ...]  # (path, topics from its folders)


@dataclass
class ShardResult:
    index: int
    metas: list[dict[str, Any]] = field(default_factory=list)  # one per readable article, input order
    errors: list[InputError] = field(default_factory=list)
    inputs: int = 0
    analysed: list[str] = field(default_factory=list)  # ids analysed (not served from the store)


def shards(paths: Iterable[str | Path], size: int = SHARD_FILES) -> Iterator[Shard | InputError]:
    """Group the files to read into shards (lazily: a huge tree is never listed in memory at once)."""
    files: list[tuple[str, tuple[str, ...]]] = []
    n = 0
    for item in iter_paths(paths):
        if isinstance(item, InputError):
            yield item
            continue
        path, _, topics = item
        if path.suffix.lower() in {".txt", ".md"}:
            files.append((str(path.resolve()), tuple(topics)))
            if len(files) >= size:
                yield Shard(n, tuple(files))
                n, files = n + 1, []
        else:  # a table or an archive: a task of its own
            yield Shard(n, ((str(path.resolve()), tuple(topics)),))
            n += 1
    if files:
        yield Shard(n, tuple(files))


def analyze_shard(
    shard: Shard, known: frozenset[str], store_base: str, version: str, cols: Columns, options: dict[str, Any]
) -> ShardResult:
    """Runs on a worker: read the shard's files, analyse what the store lacks, write it to the store."""
    if analysis_version() != version:
        raise RuntimeError(
            f"this worker runs NewsLens analysis version {analysis_version()}, the client {version}: "
            "install the same NewsLens on every worker"
        )
    store = Store(store_base, options.get("sentiment_model", "light"))
    result = ShardResult(shard.index)
    raws: dict[str, RawArticle] = {}
    for path, topics in shard.files:
        for item in read_path(Path(path), list(topics), cols):
            result.inputs += 1
            if isinstance(item, InputError):
                result.errors.append(item)
            else:
                result.metas.append(metadata(item))
                if item.id not in known:
                    raws.setdefault(item.id, item)
    # One process per worker: the batches run here, each written as soon as it is done.
    for batch, errors in analyze_batches(list(raws.values()), n_process=1, batch_size=BATCH_SIZE, **options):
        store.write(batch)
        result.analysed += [a.id for a in batch]
        result.errors += errors
    failed = {e.source for e in result.errors}
    result.metas = [m for m in result.metas if m["source"] not in failed]
    return result


def _warm_pipeline_plugin() -> Any:
    from distributed.diagnostics.plugin import WorkerPlugin

    class WarmPipeline(WorkerPlugin):
        """Load the spaCy pipeline when a worker starts: once per worker process, not per task."""

        name = "newslens-pipeline"
        idempotent = True

        def setup(self, worker: Any) -> None:
            from analysis.doc.nlp import load_pipeline

            load_pipeline()

    return WarmPipeline()


def connect(scheduler: str | None = None, workers: int | None = None) -> tuple[Any, Any]:
    """A Dask client on a running scheduler, or on a LocalCluster of processes on loopback."""
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:
        raise ClusterUnavailable(
            "running on Dask needs the 'cluster' extra: pip install -e '.[cluster]' (dask and distributed)"
        ) from exc
    cluster = None
    if scheduler:
        client = Client(scheduler, timeout="20s")
    else:
        cluster = LocalCluster(
            n_workers=workers or 1,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address="127.0.0.1:0",
            silence_logs=40,
        )
        client = Client(cluster)
    client.register_plugin(_warm_pipeline_plugin())
    return client, cluster


def run(
    paths: Iterable[str | Path],
    client: Any,
    store: Store,
    cols: Columns | None = None,
    progress: Progress | None = None,
    shard_size: int = SHARD_FILES,
    identity: bool = True,
    **options: Any,
) -> tuple[Tables, RunReport]:
    from distributed import as_completed

    cols = cols or Columns()
    report = RunReport()
    # Sent to every worker once (scatter takes a list of things to send: a list of one set).
    (known,) = client.scatter([frozenset(store.known_ids())], broadcast=True)
    version = analysis_version()
    workers = max(len(client.scheduler_info(n_workers=-1).get("workers", {})), 1)
    results: dict[int, ShardResult] = {}
    run_id = uuid.uuid4().hex[:8]
    submitted = 0

    def submit(shard: Shard) -> Any:
        return client.submit(
            analyze_shard,
            shard,
            known,
            str(store.base),
            version,
            cols,
            options,
            retries=RETRIES,
            key=f"newslens-{run_id}-shard-{shard.index}",
            pure=False,
        )

    pending = as_completed()
    source = shards(paths, shard_size)
    for item in source:
        if isinstance(item, InputError):
            report.inputs += 1
            report.rejected += 1
            report.errors.append(item)
            continue
        pending.add(submit(item))
        submitted += 1
        # The client keeps only a few shards per worker queued, never the whole corpus.
        while pending.count() >= IN_FLIGHT_PER_WORKER * workers:
            _collect(next(pending), results)
            if progress:
                progress(len(results), submitted)
    for fut in pending:
        _collect(fut, results)
        if progress:
            progress(len(results), submitted)

    metas: list[dict[str, Any]] = []
    seen: dict[str, str] = {}
    analysed: set[str] = set()
    for index in sorted(results):
        res = results[index]
        report.inputs += res.inputs
        analysed.update(res.analysed)
        report.errors += res.errors
        report.rejected += len(res.errors)
        for m in res.metas:
            if m["article_id"] in seen:
                report.duplicates += 1
                report.duplicate_of[m["source"]] = seen[m["article_id"]]
            else:
                seen[m["article_id"]] = m["source"]
                metas.append(m)
    report.analysed = len(analysed & seen.keys())
    report.cached = len(metas) - report.analysed
    tables, report.result = finish_stored(store, metas, identity)
    return tables, report


def _collect(fut: Any, results: dict[int, ShardResult]) -> None:
    res: ShardResult = fut.result()
    results[res.index] = res
    fut.release()


def dashboard_hint(client: Any, echo: Callable[[str], None] = lambda s: print(s, file=sys.stderr)) -> None:
    link = getattr(client, "dashboard_link", None)
    try:
        import bokeh  # noqa: F401  (the Dask dashboard needs it)
    except ImportError:
        echo("newslens: Dask dashboard unavailable (pip install bokeh to get it)")
        return
    if link:
        echo(f"newslens: Dask dashboard at {link}")
