"""The corpus identity step's cost against a cold corpus run, both measured in this one run.

    python benchmarks/bench_identity.py [--corpus ../shared/corpora/bbc] [--processes 2]

1. the corpus is analysed into an empty, temporary store without the identity step (the cold run);
2. the identity step runs on those tables with the store (cold: it computes and caches the unit map);
3. it runs again (warm: the cached map is read and applied), as a re-run of the corpus would.
Prints wall and CPU seconds of each and the ratios. Targets: the cold step <= 3% of the cold run; the
warm step < 1 s. Exits 0 with a message when the corpus is not there.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "bbc"


def cpu() -> float:
    """CPU seconds of this process and its finished children (the engine's worker processes)."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--processes", type=int, default=2)
    args = ap.parse_args(argv)
    if not args.corpus.exists():
        print(f"bench_identity: {args.corpus} not found (the corpora live in ../shared). Nothing to do.")
        return 0
    from analysis.corpus import identity
    from analysis.corpus.runner import run
    from analysis.corpus.store import Store
    from analysis.inputs.files import iter_articles

    with tempfile.TemporaryDirectory(prefix="newslens-bench-identity-") as tmp:
        store = Store(tmp)
        w0, c0 = time.perf_counter(), cpu()
        tables, report = run(iter_articles([args.corpus]), store=store, n_process=args.processes, identity=False)
        w1, c1 = time.perf_counter(), cpu()
        identity.identify(tables, store)
        w2, c2 = time.perf_counter(), cpu()
        identity.identify(tables, store)
        w3, c3 = time.perf_counter(), cpu()
    run_w, run_c, cold_w, cold_c, warm_w, warm_c = w1 - w0, c1 - c0, w2 - w1, c2 - c1, w3 - w2, c3 - c2
    print(f"corpus       {report.summary()}")
    print(f"cold run     {run_w:7.1f} s wall {run_c:7.1f} s CPU (analyse into an empty store, load the tables)")
    print(f"identity     {cold_w:7.2f} s wall {cold_c:7.2f} s CPU (cold: unit map computed and cached)")
    print(f"identity     {warm_w:7.2f} s wall {warm_c:7.2f} s CPU (warm: cached map read and applied)")
    print(f"ratio cold   {cold_w / run_w:.2%} of the wall time, {cold_c / run_c:.2%} of the CPU time (target <= 3%)")
    print(f"warm         {warm_w:.2f} s (target < 1 s)")
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"load         {load} (1, 5, 15 min averages at the end; the machine is shared, wall times vary)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
