"""How the third identity sample's names were drawn (bbc_identity_3.json; README.md beside it).

    python benchmarks/labels/identity/draw_sample_3.py [--corpus ../shared/corpora/bbc] > names.txt

The corpus is analysed (or read from the store) without the identity step; per BBC topic folder the
articles (sorted ids) are shuffled with random.Random(2026) and, article by article, one name is drawn
among its names with >= 5 mentions in the corpus that are in neither earlier sample, until 25 articles
per topic have given one. Prints one "name<TAB>topic/file" line per draw, nothing about types.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))


def earlier_names() -> set[str]:
    seen: set[str] = set()
    for f in ("bbc_identity.json", "bbc_identity_2.json"):
        for key, value in json.loads((HERE / f).read_text("utf-8")).items():
            if isinstance(value, list):
                seen |= {n.partition("@")[0] for ent in value for n in ent["names"]}
            elif key == "skipped":
                seen |= set(value)
    return seen


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpora" / "bbc")
    args = ap.parse_args(argv)
    if not args.corpus.exists():
        print(f"draw_sample_3: {args.corpus} not found. Nothing to do.")
        return 0
    from analysis.corpus.runner import run
    from analysis.corpus.store import Store
    from analysis.inputs.files import iter_articles

    t, _ = run(iter_articles([args.corpus]), store=Store(), identity=False)
    src = dict(zip(t.articles["article_id"], t.articles["source"], strict=True))
    topic = {a: Path(s).parent.name for a, s in src.items()}
    total = t.entities.groupby("name")["count"].sum()
    names_in = t.entities.groupby("article_id")["name"].apply(lambda s: sorted(set(s))).to_dict()
    seen, rng = earlier_names(), random.Random(2026)
    by_topic: dict[str, list[str]] = defaultdict(list)
    for aid in sorted(t.articles["article_id"]):
        by_topic[topic[aid]].append(aid)
    drawn: list[str] = []
    for tp in sorted(by_topic):
        arts, got = by_topic[tp][:], 0
        rng.shuffle(arts)
        for aid in arts:
            pool = [n for n in names_in.get(aid, []) if total[n] >= 5 and n not in seen and n not in drawn]
            if not pool:
                continue
            drawn.append(rng.choice(pool))
            print(f"{drawn[-1]}\t{tp}/{Path(src[aid]).name}")
            got += 1
            if got == 25:
                break
    return 0


if __name__ == "__main__":
    sys.exit(main())
