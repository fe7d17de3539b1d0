"""How the twenty-first identity sample's names were drawn: names shaped like acronyms or compounds (README.md).

    python benchmarks/labels/identity/draw_variants.py --seed 2121 --size 40 > names21v.txt

The corpus is analysed (or read from the store) without the identity step; every name with >= 2 mentions in
no earlier sample (1-20) that contains "&" or is one token of letters, ".", "-" with >= 2 capital letters is
in the pool (sorted); ``random.Random(seed).sample(pool, size)``. Prints "name<TAB>mentions" per draw.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
sys.path.insert(0, str(HERE))

from draw_sample import earlier_names  # noqa: E402

EARLIER = ["bbc_identity.json"] + [f"bbc_identity_{i}.json" for i in range(2, 21)]


def shaped(name: str) -> bool:
    """A name with "&", or one token of letters, "." and "-" with two capitals or more."""
    if "&" in name:
        return True
    return " " not in name and sum(c.isupper() for c in name) >= 2 and re.fullmatch(r"[A-Za-z&.-]+", name) is not None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=HERE.parents[3] / "shared" / "corpora" / "bbc")
    ap.add_argument("--seed", type=int, default=2121)
    ap.add_argument("--size", type=int, default=40)
    args = ap.parse_args(argv)
    if not args.corpus.exists():
        print(f"draw_variants: {args.corpus} not found. Nothing to do.")
        return 0
    from analysis.corpus.runner import run
    from analysis.corpus.store import Store
    from analysis.inputs.files import iter_articles

    t, _ = run(iter_articles([args.corpus]), store=Store(), identity=False)
    total = t.entities.groupby("name")["count"].sum()
    seen = earlier_names(EARLIER)
    pool = sorted(n for n, c in total.items() if c >= 2 and n not in seen and shaped(n))
    for n in random.Random(args.seed).sample(pool, args.size):
        print(f"{n}\t{total[n]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
