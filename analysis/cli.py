"""``newslens analyze PATH... [-o FILE]``: analyse articles and write JSON (or tables).

Exit status: 0 when every input was analysed, 2 when some could not be (each is listed in
``errors`` and on stderr), 1 on a usage error or when the language model is missing.
"""

from __future__ import annotations

import argparse
import functools
import itertools
import shutil
import sys
from pathlib import Path

from analysis.corpus import results
from analysis.corpus.cluster import ClusterUnavailable
from analysis.corpus.engine import default_processes
from analysis.corpus.exports import csv_bytes, document_bytes
from analysis.corpus.runner import RunReport, run
from analysis.corpus.store import Store
from analysis.corpus.tables import TABLE_NAMES, Tables, to_arrow
from analysis.doc.nlp import ModelMissingError
from analysis.extract.targeted import CHOICES, TierUnavailable, check_tier
from analysis.inputs.files import iter_articles
from analysis.inputs.table_files import Columns
from analysis.inputs.web.sources import cli_fetcher, not_english_summary, page_records, split_args, web_items


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="newslens", description="Who is in the story, who speaks, in what tone.")
    sub = ap.add_subparsers(dest="command", required=True)
    an = sub.add_parser(
        "analyze",
        help="analyse articles and write JSON or tables",
        description="Analyse .txt/.md/.pdf files, web pages (.html, .htm, .html.gz), web archives (.warc, "
        ".warc.gz), folders of them, .zip archives, CSV/JSONL/Parquet tables, and web addresses (pages or "
        "RSS/Atom feeds).",
    )
    an.add_argument(
        "paths",
        nargs="*",
        metavar="PATH|URL",
        help="files, folders, .zip archives, tables, or http(s) addresses of pages or feeds",
    )
    web = an.add_argument_group("web addresses")
    web.add_argument("--urls", type=Path, metavar="FILE", help="a text file of addresses, one a line (# comments)")
    web.add_argument("--refetch", action="store_true", help="fetch pages again even when already fetched and stored")
    an.add_argument("-o", "--output", type=Path, help="write JSON here instead of standard output")
    an.add_argument(
        "--format",
        choices=("json", "parquet", "csv"),
        default="json",
        help="json (default): one document in the shape below; parquet/csv: one file per table in --out-dir",
    )
    an.add_argument("--out-dir", type=Path, help="folder for --format parquet/csv")
    an.add_argument(
        "--processes", "-j", type=int, default=None, help=f"worker processes (default {default_processes()})"
    )
    an.add_argument("--no-cache", action="store_true", help="analyse everything again and store nothing")
    an.add_argument(
        "--sentiment-model",
        choices=CHOICES,
        default="light",
        help="sentiment toward each person or organisation: light (default), strong (transformer extra), none",
    )
    dask = an.add_argument_group("Dask (needs the 'cluster' extra)")
    dask.add_argument("--scheduler", metavar="ADDRESS", help="run on a Dask cluster, e.g. tcp://10.0.0.5:8786")
    dask.add_argument("--workers", type=int, metavar="N", help="run on a local Dask cluster of N worker processes")
    an.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")
    an.add_argument("--verbose", "-v", action="store_true", help="list every duplicate input on stderr")
    an.add_argument(
        "--no-identity",
        action="store_true",
        help="keep each article's own entity names and types (skip the corpus identity step)",
    )
    cols = an.add_argument_group("table columns (CSV, JSONL, Parquet)")
    for name in ("text", "title", "date", "topics", "source", "url"):
        cols.add_argument(f"--{name}-column", default=name, metavar="NAME", help=f"column holding the {name}")
    return ap


def _progress(enabled: bool):
    """A rich progress bar on stderr when it is a terminal; otherwise nothing."""
    if not enabled or not sys.stderr.isatty():
        return None, None
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

    bar = Progress("analysing", BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(), transient=True)
    task = bar.add_task("analyse", total=None)

    def update(done: int, total: int) -> None:
        bar.update(task, completed=done, total=total)

    return bar, update


def _write_tables(tables: Tables, report: RunReport, out_dir: Path, fmt: str) -> None:
    import pandas as pd
    import pyarrow.parquet as pq

    out_dir.mkdir(parents=True, exist_ok=True)
    errors = pd.DataFrame([e.to_dict() for e in report.errors], columns=["source", "error"])
    # From the results cache when the run has one: its Parquet files are these tables' bytes, and
    # their CSV is made once per result.
    cache = report.result
    # By name, not ``tables.items()``: a finished result's frames are made only when used (ArrowTables).
    if fmt == "parquet":
        if cache is not None:
            for name in TABLE_NAMES:
                shutil.copyfile(results.table_file(cache, name), out_dir / f"{name}.parquet")
        else:
            for name, table in to_arrow(tables).items():
                pq.write_table(table, out_dir / f"{name}.parquet")
        errors.to_parquet(out_dir / "errors.parquet", index=False)
    else:
        for name in TABLE_NAMES:
            make = functools.partial(_table_csv, tables, name)
            data = make() if cache is None else results.csv_file(cache, name, make)
            (out_dir / f"{name}.csv").write_bytes(data)
        (out_dir / "errors.csv").write_bytes(csv_bytes(errors))


def _table_csv(tables: Tables, name: str) -> bytes:
    return csv_bytes(getattr(tables, name))


def _run_on_dask(args: argparse.Namespace, store: Store, cols: Columns, update) -> tuple[Tables, RunReport]:
    from analysis.corpus import cluster

    client, local = cluster.connect(args.scheduler, args.workers)
    try:
        cluster.dashboard_hint(client)
        return cluster.run(
            args.paths,
            client,
            store,
            cols,
            progress=update,
            identity=not args.no_identity,
            sentiment_model=args.sentiment_model,
        )
    finally:
        client.close()
        if local is not None:
            local.close()


def run_analyze(args: argparse.Namespace) -> int:
    cols = Columns(
        text=args.text_column,
        title=args.title_column,
        date=args.date_column,
        topics=args.topics_column,
        source=args.source_column,
        url=args.url_column,
    )
    if args.format != "json" and not args.out_dir:
        print("newslens: --format parquet/csv needs --out-dir DIR", file=sys.stderr)
        return 1
    on_dask = bool(args.scheduler or args.workers)
    if on_dask and args.no_cache:
        print(
            "newslens: a Dask run writes to the cache store (on storage every worker sees): drop --no-cache",
            file=sys.stderr,
        )
        return 1
    paths, urls, url_errors = split_args(args.paths, args.urls)
    if not paths and not urls and not url_errors:
        print("newslens: nothing to analyse: give files, folders or web addresses (or --urls FILE)", file=sys.stderr)
        return 1
    if on_dask and (urls or args.urls):
        print("newslens: web addresses are fetched in a run without Dask: drop --workers/--scheduler", file=sys.stderr)
        return 1
    args.paths = paths
    check_tier(args.sentiment_model)
    store = None if args.no_cache else Store(sentiment_model=args.sentiment_model)
    records = page_records(store.base) if store is not None else None
    fetched = web_items(urls, cli_fetcher(), records, args.refetch)
    bar, update = _progress(not args.no_progress)
    if bar:
        bar.start()
    try:
        if on_dask:
            tables, report = _run_on_dask(args, store, cols, update)
        else:
            tables, report = run(
                itertools.chain(url_errors, iter_articles(paths, cols), fetched),
                store=store,
                n_process=args.processes,
                progress=update,
                identity=not args.no_identity,
                sentiment_model=args.sentiment_model,
            )
    finally:
        if bar:
            bar.stop()
    for e in report.errors:
        print(f"newslens: {e.source}: {e.error}", file=sys.stderr)
    if args.verbose:
        for dup, first in report.duplicate_of.items():
            print(f"newslens: {dup}: the same text as {first}: analysed and counted once", file=sys.stderr)
    elif report.duplicate_of:
        n = len(report.duplicate_of)
        print(
            f"newslens: {n:,} input{'s' * (n != 1)} repeat the text of an earlier one: analysed and counted once "
            "(listed under 'duplicates' in the JSON; --verbose lists them here)",
            file=sys.stderr,
        )
    if note := not_english_summary(tables.articles["language"]):
        print(f"newslens: {note}", file=sys.stderr)
    if args.format == "json":
        payload = document_bytes(tables, report)
        if args.output:
            args.output.write_bytes(payload)
        else:
            sys.stdout.buffer.write(payload)
            sys.stdout.flush()
    else:
        _write_tables(tables, report, args.out_dir, args.format)
    print(f"newslens: {report.summary()}", file=sys.stderr)
    return 2 if report.errors else 0


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command == "analyze":
            return run_analyze(args)
    except (ModelMissingError, ClusterUnavailable, TierUnavailable) as exc:
        print(f"newslens: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"newslens: cannot write output: {exc}", file=sys.stderr)
        return 1
    return 1


if __name__ == "__main__":
    sys.exit(main())
