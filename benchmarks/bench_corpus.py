"""Corpus throughput: bare spaCy against the full NewsLens analysis, in one run, on the BBC set.

    python benchmarks/bench_corpus.py [--corpus ../shared/corpora/bbc] [--processes N] [--limit N]
        [--sentiment-model light|strong|none]

Reports, all measured in this run:
  bare    spaCy ``nlp.pipe`` with the same model and processes over the same texts (Docs consumed),
          the model as ``spacy.load`` gives it (NewsLens's own pipeline matches the attribute ruler's
          patterns through an index, the same annotations: benchmarks/check_spacy_steps.py)
  full    ``analysis.runner.run`` into an empty cache: read files, analyse, write Parquet, load tables
  ratio   full / bare wall time (target <= 1.12), the median over ``--rounds`` interleaved rounds
  cpu     full / bare CPU time of this process and its workers (user + system): the same comparison
          in a unit that other load on the machine inflates less than wall time
  warm    the same run again from the cache (target <= 3 s)
  peak    the largest summed PSS of this process and its workers during the full run (target <= 2 GiB)
"""

from __future__ import annotations

import argparse
import contextlib
import os
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

from analysis.corpus import runner
from analysis.corpus.engine import default_processes
from analysis.corpus.store import Store
from analysis.doc.nlp import installed_model, load_pipeline
from analysis.inputs.files import iter_articles

DEFAULT_CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpora" / "bbc"


def cpu_seconds() -> float:
    """User + system CPU time of this process and of the finished child processes it has waited for
    (both runs' worker processes have ended and been joined when they return)."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


class PeakRSS:
    """Samples the memory of this process and its workers every ``interval`` seconds: the sum of
    their PSS (proportional set size), which counts a page shared by forked workers once, not per
    worker; summed RSS would count the model's pages once per process. Reading PSS walks every
    mapping of every process, which is not free: sampled every 50 ms it took a visible share of a
    2-core machine, so the sampler runs once a second, during the bare run as well as the full one,
    so that both carry the same cost."""

    def __init__(self, interval: float = 1.0) -> None:
        self.interval = interval
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        me = psutil.Process()
        while not self._stop.is_set():
            total = 0
            for p in [me, *me.children(recursive=True)]:
                with contextlib.suppress(psutil.Error):
                    total += p.memory_full_info().pss
            self.peak = max(self.peak, total)
            self._stop.wait(self.interval)

    def __enter__(self) -> PeakRSS:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--processes", type=int, default=default_processes())
    ap.add_argument("--limit", type=int, default=0, help="only N articles, evenly spaced over the corpus")
    ap.add_argument("--rounds", type=int, default=1, help="interleaved bare/full rounds (median ratio)")
    ap.add_argument(
        "--sentiment-model", default="light", choices=("light", "strong", "none"), help="targeted sentiment tier"
    )
    args = ap.parse_args(argv)
    if not args.corpus.exists():
        print(f"no corpus at {args.corpus}: nothing to measure (it lives in ../shared beside the checkout)")
        return 0

    items = list(iter_articles([args.corpus]))
    if args.limit:  # spread over the corpus (its folders are its topics), not the first folder only
        items = items[:: max(1, len(items) // args.limit)][: args.limit]
    texts = [r.text for r in items if not isinstance(r, Exception) and hasattr(r, "text")]
    load_pipeline()  # NewsLens's pipeline, loaded before the runs as a user's first article loads it
    import spacy

    nlp = spacy.load(installed_model())  # bare spaCy: the model as spaCy ships it
    nlp.max_length = 2_000_000
    n = args.processes
    print(
        f"corpus: {args.corpus} ({len(texts):,} articles), processes: {n}, model: {nlp.meta['name']}, "
        f"targeted sentiment: {args.sentiment_model}"
    )

    def inputs() -> list:
        return list(iter_articles([args.corpus])) if not args.limit else items

    def bare_run() -> tuple[float, float, int, int]:
        with PeakRSS() as rss:
            t0, c0 = time.perf_counter(), cpu_seconds()
            n_tokens = sum(len(doc) for doc in nlp.pipe(texts, n_process=n, batch_size=32))
            return time.perf_counter() - t0, cpu_seconds() - c0, n_tokens, rss.peak

    run_options = {"n_process": n, "sentiment_model": args.sentiment_model}

    def full_run(tmp: str) -> tuple[float, float, int, object, object]:
        store = Store(tmp)
        with PeakRSS() as rss:
            t0, c0 = time.perf_counter(), cpu_seconds()
            tables, report = runner.run(inputs(), store, **run_options)
            return time.perf_counter() - t0, cpu_seconds() - c0, rss.peak, tables, report

    # Interleaved rounds (bare then full, then full then bare, ...), so a change in the machine's load
    # between the two hits both alike; each full run analyses into an empty store.
    bares, fulls, ratios, cpu_ratios, peak = [], [], [], [], 0
    for r in range(args.rounds):
        order = ("bare", "full") if r % 2 == 0 else ("full", "bare")
        got: dict[str, float] = {}
        with tempfile.TemporaryDirectory() as tmp:
            for which in order:
                if which == "bare":
                    got["bare"], got["bare_cpu"], tokens, bare_peak = bare_run()
                else:
                    got["full"], got["full_cpu"], full_peak, tables, report = full_run(tmp)
                    peak = max(peak, full_peak)
            if r == args.rounds - 1:
                store_dir = tempfile.mkdtemp(prefix="newslens-bench-")
                Path(store_dir).rmdir()
                import shutil

                shutil.copytree(tmp, store_dir)
        bares.append(got["bare"])
        fulls.append(got["full"])
        ratios.append(got["full"] / got["bare"])
        cpu_ratios.append(got["full_cpu"] / got["bare_cpu"])
        print(
            f"round {r + 1}: bare {got['bare']:7.1f} s, full {got['full']:7.1f} s, ratio {ratios[-1]:.3f}; "
            f"CPU bare {got['bare_cpu']:.1f} s, full {got['full_cpu']:.1f} s, ratio {cpu_ratios[-1]:.3f} "
            f"({' then '.join(order)}; load average {' '.join(f'{x:.2f}' for x in os.getloadavg())})",
            flush=True,
        )
    bare, full = statistics.median(bares), statistics.median(fulls)
    print(f"bare spaCy nlp.pipe : {bare:7.1f} s  {tokens / bare:9,.0f} tokens/s  ({tokens:,} tokens; median)")
    print(f"full analysis       : {full:7.1f} s  {tokens / full:9,.0f} tokens/s  ({report.summary()}; median)")
    print(
        f"ratio full / bare   : {statistics.median(ratios):7.3f}   (median of {len(ratios)} interleaved rounds; "
        f"ratio of the medians {full / bare:.3f}; target <= 1.12)"
    )
    print(f"CPU full / bare     : {statistics.median(cpu_ratios):7.3f}   (median; this process and its workers)")
    print(f"peak memory (PSS)   : {peak / 2**30:7.2f} GiB (all processes, largest full run; target < 1.5)")
    store = Store(store_dir)
    t0 = time.perf_counter()
    tables2, report2 = runner.run(inputs(), store, **run_options)
    warm = time.perf_counter() - t0
    print(f"warm re-run (cache) : {warm:7.2f} s  ({report2.summary()}; target <= 3 s)")
    same = all(len(a) == len(b) for (_, a), (_, b) in zip(tables.items(), tables2.items(), strict=True))
    print(f"tables: {', '.join(f'{k} {len(v):,}' for k, v in tables.items())}; warm run identical: {same}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
