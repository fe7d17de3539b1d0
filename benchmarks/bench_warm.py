"""Warm re-run of a corpus, as a user runs it: ``newslens analyze CORPUS`` again when the store
already holds every article, to JSON, Parquet and CSV. Not a test; prints figures.

    python benchmarks/bench_warm.py [--corpus ../shared/corpora/bbc] [--runs 3] [--cache DIR]

Fills the store first when it is empty (a cold run: minutes). Each figure is the median wall time of
``--runs`` runs of the CLI in a fresh process. The baseline, measured in the same run: a fresh
Python process that reads the store's tables with DuckDB into pandas and does nothing else (the
least any warm re-run must do). Targets (issue 14): JSON <= 3 s, Parquet and CSV <= 2 s on the BBC
corpus.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "bbc"
READ_STORE = "from analysis.corpus.store import Store; t = Store().load(); print(sum(len(f) for _, f in t.items()))"


def timed(cmd: list[str], env: dict[str, str]) -> float:
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, env=env, cwd=ROOT, capture_output=True, text=True)
    elapsed = time.perf_counter() - t0
    if proc.returncode not in (0, 2):
        sys.exit(f"failed: {' '.join(cmd)}\n{proc.stderr[-2000:]}")
    return elapsed


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--cache", type=Path, default=None, help="store folder (default: a new one, filled first)")
    args = ap.parse_args()
    if not args.corpus.exists():
        sys.exit(f"no corpus at {args.corpus} (the BBC set lives in ../shared/corpora/bbc)")
    cache = args.cache or Path(tempfile.mkdtemp(prefix="newslens-warm-"))
    env = {**os.environ, "NEWSLENS_CACHE_DIR": str(cache)}
    out = Path(tempfile.mkdtemp(prefix="newslens-warm-out-"))
    cli = [sys.executable, "-m", "analysis", "analyze", str(args.corpus), "--no-progress"]
    fill = timed([*cli, "-o", str(out / "fill.json")], env)
    print(f"store filled or checked in {fill:.1f} s ({cache})")
    cases = {
        "baseline: read the store's tables (fresh process)": [sys.executable, "-c", READ_STORE],
        "warm re-run to JSON": [*cli, "-o", str(out / "bbc.json")],
        "warm re-run to Parquet": [*cli, "--format", "parquet", "--out-dir", str(out / "pq")],
        "warm re-run to CSV": [*cli, "--format", "csv", "--out-dir", str(out / "csv")],
    }
    medians = {}
    for name, cmd in cases.items():
        medians[name] = statistics.median(timed(cmd, env) for _ in range(args.runs))
    base = medians[next(iter(cases))]
    for name, t in medians.items():
        print(f"{name:52s} {t:6.2f} s   {t / base:5.2f}x baseline")
    size = (out / "bbc.json").stat().st_size / 1e6
    print(f"JSON document: {size:,.1f} MB; load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
