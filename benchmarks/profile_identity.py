"""The cold identity step's parts timed on the BBC tables in one process, repeated; optionally checked
against a saved reference (for a change meant to make the step faster without changing what it says).

    python benchmarks/profile_identity.py [--tables FILE] [--repeat 5] [--serial] [--save REF] [--check REF]

The tables are the corpus' per-article tables without the identity step: read from ``--tables`` (a
pickle this script wrote with ``--dump``) or analysed / read from the store (``$NEWSLENS_CACHE_DIR``)
as ``eval_identity.py`` does. Each repeat runs the cold step as ``identify`` does (garbage collection
paused): ``unit_map`` (its forked children as in a real run, or none with ``--serial``), ``apply_map``
and ``normalise``, and prints each part's wall time, this process's CPU time and the children's. The
median of the repeats closes. Only the first repeat is cold as in ``bench_identity.py`` (the data files
and the name caches are filled then): compare first repeats of fresh processes, alternating trees.
``--save`` pickles the unit map and the four rewritten tables of the first repeat; ``--check``
compares them with such a pickle (``assert_frame_equal``, exact) and exits 1 when anything differs.
Exits 0 with a message when neither tables nor corpus are there.
"""

from __future__ import annotations

import argparse
import os
import pickle
import statistics
import sys
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "bbc"


def _clock() -> tuple[float, float, float]:
    """(wall, this process's CPU, its finished children's CPU) in seconds."""
    t = os.times()
    return time.perf_counter(), t.user + t.system, t.children_user + t.children_system


def _tables(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    if args.tables and args.tables.exists():
        return pickle.loads(args.tables.read_bytes())
    if not args.corpus.exists():
        return None
    from analysis.corpus.runner import run
    from analysis.corpus.store import Store
    from analysis.inputs.files import iter_articles

    tables, report = run(iter_articles([args.corpus]), store=Store(), identity=False)
    print(f"corpus  {report.summary()}")
    if args.dump:
        from analysis.corpus.tables import TABLE_NAMES, Tables

        # (the store's tables make their frames on first use, under a lock, which does not pickle: the
        # plain frames are pickled instead)
        plain = Tables(**{name: getattr(tables, name) for name in TABLE_NAMES})
        args.dump.write_bytes(pickle.dumps(plain, protocol=pickle.HIGHEST_PROTOCOL))
    return tables


def _compare(got: dict, ref: dict) -> bool:
    import pandas as pd

    same = True
    for name, frame in ref.items():
        try:
            pd.testing.assert_frame_equal(got[name], frame, check_exact=True)
            print(f"check   {name:<10} identical ({len(frame)} rows)")
        except AssertionError as err:
            same = False
            print(f"check   {name:<10} DIFFERENT: {str(err)[:300]}")
    return same


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--tables", type=Path, help="a pickle of the tables (written by --dump)")
    ap.add_argument("--dump", type=Path, help="pickle the tables read from the corpus here")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--serial", action="store_true", help="no forked child: every part in this process")
    ap.add_argument("--save", type=Path, help="pickle the first repeat's map and tables here")
    ap.add_argument("--check", type=Path, help="compare the first repeat's map and tables with this pickle")
    args = ap.parse_args(argv)
    tables = _tables(args)
    if tables is None:
        print(f"profile_identity: {args.corpus} not found (the corpora live in ../shared). Nothing to do.")
        return 0
    from analysis.corpus import identity
    from analysis.corpus.identity import halves

    if args.serial:
        halves.ENABLED = False
    parts = ("unit_map", "apply_map", "normalise", "step")
    rows: dict[str, list[tuple[float, float, float]]] = {p: [] for p in parts}
    result: dict = {}
    for rep in range(args.repeat):
        with identity._collections_paused():
            t0 = _clock()
            umap = identity.unit_map(tables)
            t1 = _clock()
            out = identity.apply_map(tables, umap)
            t2 = _clock()
            out = replace(out, **{n: identity.normalise(n, getattr(out, n)) for n in identity.REWRITTEN})
            t3 = _clock()
        for p, (a, b) in zip(parts, ((t0, t1), (t1, t2), (t2, t3), (t0, t3)), strict=True):
            rows[p].append(tuple(y - x for x, y in zip(a, b, strict=True)))  # type: ignore[arg-type]
        step = rows["step"][-1]
        print(f"run {rep + 1}   step {step[0]:.3f} s wall, {step[1]:.3f} s CPU here, {step[2]:.3f} s in children")
        if rep == 0:
            result = {"unit map": umap} | {n: getattr(out, n) for n in identity.REWRITTEN}
    for p in parts:
        wall, here, kids = (statistics.median(v) for v in zip(*rows[p], strict=True))
        print(f"median  {p:<10} {wall:.3f} s wall, {here:.3f} s CPU here, {kids:.3f} s in children")
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"load    {load}")
    if args.save:
        args.save.write_bytes(pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL))
    if args.check:
        return 0 if _compare(result, pickle.loads(args.check.read_bytes())) else 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
