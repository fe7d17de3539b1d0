"""How the third to twenty-first identity samples' names were drawn (README.md beside it).

    python benchmarks/labels/identity/draw_sample.py [--corpus ../shared/corpora/bbc] > names.txt
    python benchmarks/labels/identity/draw_sample.py --seed 4004 --per-topic 26 \
        --earlier bbc_identity.json bbc_identity_2.json bbc_identity_3.json > names4.txt
    python benchmarks/labels/identity/draw_sample.py --seed 5115 --per-topic 24 \
        --earlier bbc_identity.json bbc_identity_2.json bbc_identity_3.json bbc_identity_4.json > names5.txt
    python benchmarks/labels/identity/draw_sample.py --seed 6336 --per-topic 26 \
        --earlier bbc_identity.json bbc_identity_2.json bbc_identity_3.json bbc_identity_4.json \
        bbc_identity_5.json > names6.txt
    python benchmarks/labels/identity/draw_sample.py --seed 7557 --per-topic 32 \
        --earlier bbc_identity.json bbc_identity_2.json bbc_identity_3.json bbc_identity_4.json \
        bbc_identity_5.json bbc_identity_6.json > names7.txt
    python benchmarks/labels/identity/draw_sample.py --seed 9779 --per-topic 32 \
        --earlier bbc_identity.json bbc_identity_2.json ... bbc_identity_8.json > names9.txt
    python benchmarks/labels/identity/draw_sample.py --seed 10110 --per-topic 32 \
        --earlier bbc_identity.json bbc_identity_2.json ... bbc_identity_9.json > names10.txt

    python benchmarks/labels/identity/draw_sample.py --seed 15887 --per-topic 60 \
        --earlier bbc_identity.json ... bbc_identity_14.json > names15a.txt
    python benchmarks/labels/identity/draw_sample.py --seed 15888 --per-topic 8 --min-mentions 3 \
        --max-mentions 4 --topics business entertainment politics tech \
        --earlier bbc_identity.json ... bbc_identity_14.json <band A's names as a sample file> > names15b.txt
    python benchmarks/labels/identity/draw_sample.py --seed 17171 --per-topic 24 --min-mentions 3 \
        --max-mentions 4 --earlier bbc_identity.json ... bbc_identity_16.json > names17.txt
    python benchmarks/labels/identity/draw_sample.py --seed 18818 --per-topic 14 --min-mentions 3 \
        --max-mentions 4 --earlier bbc_identity.json ... bbc_identity_17.json > names18.txt
    python benchmarks/labels/identity/draw_sample.py --seed 20202 --per-topic 14 --min-mentions 3 \
        --max-mentions 4 --earlier bbc_identity.json ... bbc_identity_19.json > names20.txt
    python benchmarks/labels/identity/draw_sample.py --seed 21212 --per-topic 14 --min-mentions 3 \
        --max-mentions 4 --earlier bbc_identity.json ... bbc_identity_20.json > names21.txt

The defaults repeat the third sample's draw (seed 2026, 25 per topic, samples 1-2 excluded).
The corpus is analysed (or read from the store) without the identity step; per BBC topic folder the
articles (sorted ids) are shuffled with random.Random(seed) and, article by article, one name is drawn
among its names with >= 5 mentions in the corpus that are in no earlier sample, until `per_topic`
articles per topic have given one. Prints one "name<TAB>topic/file" line per draw, nothing about types.
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


def earlier_names(files: list[str]) -> set[str]:
    """Every name an earlier sample labelled or skipped (skipped keys may list several, '; ')."""
    seen: set[str] = set()
    for f in files:
        for key, value in json.loads((HERE / f).read_text("utf-8")).items():
            if isinstance(value, list):
                seen |= {n.partition("@")[0] for ent in value for n in ent["names"]}
            elif key == "skipped":
                seen |= {n.partition("@")[0] for k in value for n in k.split("; ")}
    return seen


def _ends(name: str) -> set[str]:
    words = name.lower().split()
    return {words[0], words[-1]} if words else set()


def family_totals(total: dict[str, int]) -> dict[str, int]:
    """name -> summed mentions of every corpus name sharing its first or last word (itself included)."""
    by_word: dict[str, set[str]] = defaultdict(set)
    for name in total:
        for w in _ends(name):
            by_word[w].add(name)
    out = {}
    for name in total:
        family = set().union(*(by_word[w] for w in _ends(name))) if _ends(name) else {name}
        out[name] = sum(total[m] for m in family)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpora" / "bbc")
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("--per-topic", type=int, default=25)
    ap.add_argument("--earlier", nargs="+", default=["bbc_identity.json", "bbc_identity_2.json"])
    ap.add_argument("--min-mentions", type=int, default=5, help="band: fewest mentions in the corpus")
    ap.add_argument("--max-mentions", type=int, default=None, help="band: most mentions (default: no limit)")
    ap.add_argument("--topics", nargs="+", default=None, help="only these topic folders (default: all)")
    ap.add_argument(
        "--family-min",
        type=int,
        default=0,
        help="only names whose family (corpus names sharing its first or last word) has this many mentions",
    )
    args = ap.parse_args(argv)
    if not args.corpus.exists():
        print(f"draw_sample: {args.corpus} not found. Nothing to do.")
        return 0
    from analysis.corpus.runner import run
    from analysis.corpus.store import Store
    from analysis.inputs.files import iter_articles

    t, _ = run(iter_articles([args.corpus]), store=Store(), identity=False)
    src = dict(zip(t.articles["article_id"], t.articles["source"], strict=True))
    topic = {a: Path(s).parent.name for a, s in src.items()}
    total = t.entities.groupby("name")["count"].sum()
    names_in = t.entities.groupby("article_id")["name"].apply(lambda s: sorted(set(s))).to_dict()
    seen, rng = earlier_names(args.earlier), random.Random(args.seed)
    family = family_totals(total.to_dict()) if args.family_min else {}
    by_topic: dict[str, list[str]] = defaultdict(list)
    for aid in sorted(t.articles["article_id"]):
        by_topic[topic[aid]].append(aid)
    drawn: list[str] = []

    def in_band(n: int) -> bool:
        return n >= args.min_mentions and (args.max_mentions is None or n <= args.max_mentions)

    for tp in sorted(by_topic):
        if args.topics and tp not in args.topics:
            continue
        arts, got = by_topic[tp][:], 0
        rng.shuffle(arts)
        for aid in arts:
            pool = [n for n in names_in.get(aid, []) if in_band(total[n]) and n not in seen and n not in drawn]
            pool = [n for n in pool if family.get(n, 0) >= args.family_min]
            if not pool:
                continue
            drawn.append(rng.choice(pool))
            print(f"{drawn[-1]}\t{tp}/{Path(src[aid]).name}")
            got += 1
            if got == args.per_topic:
                break
    return 0


if __name__ == "__main__":
    sys.exit(main())
