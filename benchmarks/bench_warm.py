"""Warm re-run of a corpus, as a user runs it: ``newslens analyze CORPUS`` again when the store
already holds every article, to JSON, Parquet and CSV. Not a test; prints figures.

    python benchmarks/bench_warm.py [--corpus ../shared/corpora/bbc] [--runs 3] [--cache DIR]

Fills the store first when it is empty (a cold run: minutes). Each figure is the median wall time of
``--runs`` runs of the CLI in a fresh process; the cases run interleaved (one of each per round), so a
change in the machine's load hits them alike, and each round prints the load average. The baseline,
measured in the same rounds, is fixed work that no NewsLens change speeds up or slows down: a fresh
Python process that imports pandas and PyArrow and reads every Parquet file of the store into pandas.
Also shown: ``Store.load`` alone in a fresh process (the store read as NewsLens does it), and the first
re-run after an analysis, before the results cache holds this corpus' finished tables. Targets
(issue 14): JSON <= 3 s, Parquet and CSV <= 2 s on the BBC corpus; on a shared machine read them
beside the baseline.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "bbc"
READ_STORE = "from analysis.corpus.store import Store; t = Store().load(); print(sum(len(f) for _, f in t.items()))"
# Fixed work: the same Parquet bytes read by PyArrow into pandas, whatever NewsLens' code does.
READ_FILES = (
    "import sys, pathlib, pandas, pyarrow.parquet as pq; "
    "print(sum(len(pq.read_table(p).to_pandas()) for p in pathlib.Path(sys.argv[1]).rglob('part-*.parquet')))"
)


def load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def timed(cmd: list[str], env: dict[str, str], cwd: Path = ROOT) -> float:
    """Wall seconds of ``cmd`` in a fresh process (``cwd`` comes first on its path: the code it runs)."""
    c0, t0 = _children_cpu(), time.perf_counter()
    proc = subprocess.run(cmd, env=env, cwd=cwd, capture_output=True, text=True)
    elapsed = time.perf_counter() - t0
    if proc.returncode not in (0, 2):
        sys.exit(f"failed: {' '.join(cmd)}\n{proc.stderr[-2000:]}")
    CPU.append(_children_cpu() - c0)
    return elapsed


#: CPU seconds (user + system) of each ``timed`` process: steadier than wall time on a shared machine.
CPU: list[float] = []


def _children_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--cache", type=Path, default=None, help="store folder (default: a new one, filled first)")
    ap.add_argument(
        "--before",
        type=Path,
        default=None,
        help="a checkout of earlier code (e.g. `git archive` of a commit): its re-runs join the rounds, on the same "
        "store (the store's folder must also be reachable under that code's analysis version, e.g. a symlink)",
    )
    args = ap.parse_args()
    if not args.corpus.exists():
        sys.exit(f"no corpus at {args.corpus} (the BBC set lives in ../shared/corpora/bbc)")
    cache = args.cache or Path(tempfile.mkdtemp(prefix="newslens-warm-"))
    env = {**os.environ, "NEWSLENS_CACHE_DIR": str(cache)}
    out = Path(tempfile.mkdtemp(prefix="newslens-warm-out-"))
    cli = [sys.executable, "-m", "analysis", "analyze", str(args.corpus), "--no-progress"]
    fill = timed([*cli, "-o", str(out / "fill.json")], env)
    print(f"store filled or checked in {fill:.1f} s ({cache})")
    from analysis.corpus.store import Store

    os.environ["NEWSLENS_CACHE_DIR"] = str(cache)
    cases = {
        "baseline: PyArrow reads the store's files (fresh process)": [
            sys.executable,
            "-c",
            READ_FILES,
            str(Store().root),
        ],
        "Store.load alone (fresh process)": [sys.executable, "-c", READ_STORE],
        # The first re-run after an analysis finds no finished result: the store's rows and the identity step.
        "first re-run to JSON (no finished result cached)": [
            "sh",
            "-c",
            f'rm -rf "{Store().root / "results"}" && exec "$@"',
            "sh",
            *cli,
            "-o",
            str(out / "first.json"),
        ],
        "warm re-run to JSON": [*cli, "-o", str(out / "bbc.json")],
        "warm re-run to Parquet": [*cli, "--format", "parquet", "--out-dir", str(out / "pq")],
        # The first CSV of a finished result writes its CSV (kept beside it); the next one copies it.
        "first CSV of this result": [*cli, "--format", "csv", "--out-dir", str(out / "csv1")],
        "warm re-run to CSV": [*cli, "--format", "csv", "--out-dir", str(out / "csv")],
    }
    if args.before:
        before = ({**env, "PYTHONPATH": str(args.before.resolve())}, args.before.resolve())
        cases["before: warm re-run to JSON"] = ([*cli, "-o", str(out / "before.json")], *before)
        cases["before: warm re-run to Parquet"] = (
            [*cli, "--format", "parquet", "--out-dir", str(out / "pq0")],
            *before,
        )
        cases["before: warm re-run to CSV"] = ([*cli, "--format", "csv", "--out-dir", str(out / "csv0")], *before)
    times: dict[str, list[float]] = {name: [] for name in cases}
    cpu: dict[str, list[float]] = {name: [] for name in cases}
    for r in range(args.runs):
        for name, cmd in cases.items():
            times[name].append(timed(*cmd) if isinstance(cmd, tuple) else timed(cmd, env))
            cpu[name].append(CPU[-1])
        print(f"round {r + 1}: " + ", ".join(f"{ts[-1]:.2f}" for ts in times.values()) + f" s wall  (load {load()})")
    base, base_cpu = (statistics.median(x[next(iter(cases))]) for x in (times, cpu))
    print(f"{'median of ' + str(args.runs) + ' rounds':58s} {'wall':>8s} {'x base':>7s} {'CPU':>8s} {'x base':>7s}")
    for name, ts in times.items():
        t, c = statistics.median(ts), statistics.median(cpu[name])
        print(
            f"{name:58s} {t:6.2f} s {t / base:6.2f}x {c:6.2f} s {c / base_cpu:6.2f}x"
            f"  (wall {min(ts):.2f}-{max(ts):.2f})"
        )
    size = (out / "bbc.json").stat().st_size / 1e6
    same = (out / "first.json").read_bytes() == (out / "bbc.json").read_bytes()
    print(f"first re-run's JSON the same bytes as a warm one's: {same}")
    for name in ("csv", "pq"):
        if args.before:
            files = sorted((out / f"{name}0").iterdir())
            same = all((out / name / f.name).read_bytes() == f.read_bytes() for f in files)
            print(f"{name} files byte for byte the same as the earlier code's: {same}")
            if name == "pq" and not same:
                import pyarrow.parquet as pq

                data = all(pq.read_table(out / name / f.name).equals(pq.read_table(f)) for f in files)
                print(f"pq files hold the same tables (Arrow data and types) as the earlier code's: {data}")
    if args.before:
        import json

        now, then = (json.loads((out / f).read_bytes()) for f in ("bbc.json", "before.json"))
        print(
            f"JSON the same value as the earlier code's: {now == then}; the same bytes: "
            f"{(out / 'bbc.json').read_bytes() == (out / 'before.json').read_bytes()}"
        )
    print(f"JSON document: {size:,.1f} MB; load average {load()}")


if __name__ == "__main__":
    main()
