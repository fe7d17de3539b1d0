"""Dask against the local engine on the BBC set, in one run: articles per second.

    python benchmarks/bench_cluster.py [--corpus ../shared/corpora/bbc] [--limit N]

Each configuration analyses the same articles into an empty store and loads the tables back:
  local   analysis.runner.run with its process pool (nlp.pipe per worker), 2 processes
  dask-1  a LocalCluster of 1 worker process
  dask-2  a LocalCluster of 2 worker processes
Cluster start-up (workers loading the model) is timed apart from the run itself.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

from analysis.corpus import cluster, runner
from analysis.corpus.store import Store
from analysis.inputs.files import iter_articles

DEFAULT_CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpora" / "bbc"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--limit", type=int, default=0, help="copy only the first N articles of each topic")
    args = ap.parse_args(argv)
    if not args.corpus.exists():
        print(f"no corpus at {args.corpus}: nothing to measure (it lives in ../shared beside the checkout)")
        return 0
    work = Path(tempfile.mkdtemp())
    src = args.corpus
    if args.limit:
        src = work / "corpus"
        for folder in sorted(p for p in args.corpus.iterdir() if p.is_dir()):
            (src / folder.name).mkdir(parents=True)
            for f in sorted(folder.glob("*.txt"))[: args.limit]:
                shutil.copy(f, src / folder.name / f.name)
    try:
        t0 = time.perf_counter()
        _, report = runner.run(iter_articles([src]), Store(work / "local"), n_process=2)
        local = time.perf_counter() - t0
        n = report.analysed
        print(f"articles: {n:,} ({report.summary()})")
        print(f"{'local engine, 2 processes':26}: {local:7.1f} s  {n / local:6.1f} articles/s")
        for workers in (1, 2):
            t0 = time.perf_counter()
            client, lc = cluster.connect(workers=workers)
            client.wait_for_workers(workers)
            start = time.perf_counter() - t0
            t0 = time.perf_counter()
            _, rep = cluster.run([src], client, Store(work / f"dask{workers}"))
            took = time.perf_counter() - t0
            client.close()
            lc.close()
            label = f"dask, {workers} worker{'s' if workers > 1 else ''}"
            print(
                f"{label:26}: {took:7.1f} s  {rep.analysed / took:6.1f} articles/s  "
                f"(cluster start-up with model load {start:.1f} s; time / local {took / local:.2f})"
            )
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
