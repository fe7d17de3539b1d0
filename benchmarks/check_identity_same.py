"""Whether this tree's identity step gives, cell for cell, what another checkout's gives on a corpus.

    git archive <commit> | tar -x -C /tmp/other
    python benchmarks/check_identity_same.py --other /tmp/other [--corpus ../shared/corpora/bbc]

The corpus is analysed (or read from the store: ``$NEWSLENS_CACHE_DIR``) once without the identity
step, by this tree; then each tree, in its own process, computes the unit map (with and without the
learned type model) and the identified tables from those same per-article tables, and the results are
compared with ``pandas.testing.assert_frame_equal`` (exact). For a change meant to make the step
faster without changing what it says (13-j). Exits 1 when anything differs, 0 when all is identical
or the corpus is not there.
"""

from __future__ import annotations

import argparse
import os
import pickle
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "bbc"

#: run in each tree's own process: the unit maps and the identified tables of the pickled tables
_CHILD = """
import pickle, sys
sys.path.insert(0, sys.argv[1])
from analysis.corpus import identity
t = pickle.load(open(sys.argv[2], "rb"))
out = identity.identify(t)
res = {"unit map": identity.unit_map(t), "unit map, rules alone": identity.unit_map(t, learned=False)}
res |= {name: getattr(out, name) for name in identity.REWRITTEN}
pickle.dump(res, open(sys.argv[3], "wb"))
"""


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--other", type=Path, required=True, help="the other checkout (e.g. git archive of main)")
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = ap.parse_args(argv)
    if not args.corpus.exists():
        print(f"check_identity_same: {args.corpus} not found (the corpora live in ../shared). Nothing to do.")
        return 0
    sys.path.insert(0, str(ROOT))
    import pandas as pd

    from analysis.corpus.runner import run
    from analysis.corpus.store import Store
    from analysis.inputs.files import iter_articles

    tables, report = run(iter_articles([args.corpus]), store=Store(), identity=False)
    print(f"corpus  {report.summary()}")
    with tempfile.TemporaryDirectory(prefix="newslens-same-") as tmp:
        src = Path(tmp) / "tables.pkl"
        src.write_bytes(pickle.dumps(tables))
        results = []
        for n, tree in enumerate((ROOT, args.other.resolve())):
            dst = Path(tmp) / f"out{n}.pkl"
            env = {**os.environ, "PYTHONPATH": str(tree)}
            subprocess.run([sys.executable, "-c", _CHILD, str(tree), str(src), str(dst)], check=True, env=env)
            results.append(pickle.loads(dst.read_bytes()))
    same = True
    for name, frame in results[0].items():
        try:
            pd.testing.assert_frame_equal(frame, results[1][name], check_exact=True)
            print(f"{name:<22} identical ({len(frame)} rows)")
        except AssertionError as err:
            same = False
            print(f"{name:<22} DIFFERENT: {str(err)[:300]}")
    print("all identical" if same else "DIFFERENCES")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
