"""Two readers on one identity sample: how far two label files (same shape as bbc_identity_*.json) agree.

    python benchmarks/labels/identity/agreement.py [FIRST] [SECOND]

The items are the labelled names as the files write them (``Name``, ``Name@topic``, ``Name@topic/NNN.txt``),
each counted once, not weighted by the article units a name covers. Reported:

- coverage: names both readers put in an entity, and names one reader skipped that the other labelled;
- type agreement and Cohen's kappa over names both readers put in an entity (each name carries its
  entity's type), and over entity pairs (a first-reader entity and a second-reader entity sharing a name);
- grouping, over names both readers put in an entity: pair counts (every unordered pair of names, "same
  entity" or not) and B-cubed, with the second reader's groups scored against the first reader's
  (precision: of the second reader's merges, how many the first makes; recall: the converse);
- every disagreement: a type differs, a group differs, or one reader skipped a name.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from itertools import combinations
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent))  # the shared kappa.py beside these folders

from kappa import kappa  # noqa: E402

META = ("about", "skipped")


def load(path: Path) -> tuple[dict[str, tuple[str, str]], set[str]]:
    """name -> (entity id, type) over every part of the file, and the skipped names."""
    data = json.loads(path.read_text("utf-8"))
    names: dict[str, tuple[str, str]] = {}
    for part, ents in data.items():
        if part in META:
            continue
        for ent in ents:
            for n in ent["names"]:
                names[n] = (f"{part}:{ent['id']}", ent["type"])
    return names, set(data.get("skipped", {}))


def pair_counts(first: dict[str, str], second: dict[str, str]) -> tuple[int, int, int]:
    """Same-entity pairs both readers make, the first makes, the second makes (over shared names)."""
    shared = sorted(set(first) & set(second))
    both = only_first = only_second = 0
    for a, b in combinations(shared, 2):
        f, s = first[a] == first[b], second[a] == second[b]
        both += f and s
        only_first += f and not s
        only_second += s and not f
    return both, both + only_first, both + only_second


def bcubed(first: dict[str, str], second: dict[str, str]) -> tuple[float, float]:
    """B-cubed precision and recall of the second reader's groups against the first's (shared names)."""
    shared = set(first) & set(second)
    g1: dict[str, set[str]] = defaultdict(set)
    g2: dict[str, set[str]] = defaultdict(set)
    for n in shared:
        g1[first[n]].add(n)
        g2[second[n]].add(n)
    prec = sum(len(g1[first[n]] & g2[second[n]]) / len(g2[second[n]]) for n in shared)
    rec = sum(len(g1[first[n]] & g2[second[n]]) / len(g1[first[n]]) for n in shared)
    return prec / len(shared), rec / len(shared)


def ratio(a: int, b: int) -> str:
    return f"{a}/{b} = {a / b:.3f}" if b else f"{a}/0"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("first", nargs="?", type=Path, default=HERE / "bbc_identity_25.json")
    ap.add_argument("second", nargs="?", type=Path, default=HERE / "bbc_identity_25_second_reader.json")
    args = ap.parse_args()
    (n1, skip1), (n2, skip2) = load(args.first), load(args.second)
    shared = sorted(set(n1) & set(n2), key=str.lower)
    print(f"names: first {len(n1)} in entities + {len(skip1)} skipped; second {len(n2)} + {len(skip2)}")
    one_skip = (skip1 & set(n2)) | (skip2 & set(n1))
    print(f"in an entity for both: {len(shared)}; skipped by one reader only: {len(one_skip)}")
    agree, n, k = kappa([(n1[x][1], n2[x][1]) for x in shared])
    print(f"type, by name:          {ratio(agree, n)}  kappa {k:.3f}")
    ent_pairs = sorted({(n1[x][0], n2[x][0]) for x in shared})
    t1 = {n1[x][0]: n1[x][1] for x in shared}
    t2 = {n2[x][0]: n2[x][1] for x in shared}
    agree, n, k = kappa([(t1[a], t2[b]) for a, b in ent_pairs])
    print(f"type, by entity pair:   {ratio(agree, n)}  kappa {k:.3f}")
    e1 = {x: n1[x][0] for x in shared}
    e2 = {x: n2[x][0] for x in shared}
    both, firsts, seconds = pair_counts(e1, e2)
    print(f"merge pairs: both {both}, first {firsts}, second {seconds}")
    print(f"  pairwise precision (second vs first) {ratio(both, seconds)}, recall {ratio(both, firsts)}")
    bp, br = bcubed(e1, e2)
    print(f"  B-cubed precision {bp:.4f}, recall {br:.4f}")
    print("disagreements:")
    for a, b in ent_pairs:
        if t1[a] != t2[b]:
            names = ", ".join(x for x in shared if e1[x] == a and e2[x] == b)
            print(f"  type: {names}: first {t1[a]}, second {t2[b]}")
    groups1: dict[str, list[str]] = defaultdict(list)
    groups2: dict[str, list[str]] = defaultdict(list)
    for x in shared:
        groups1[e1[x]].append(x)
        groups2[e2[x]].append(x)
    for tag, mine, other in (("first", groups1, e2), ("second", groups2, e1)):
        for members in mine.values():
            split = {other[x] for x in members}
            if len(split) > 1:
                parts = " | ".join(", ".join(x for x in members if other[x] == s) for s in sorted(split))
                print(f"  group: the {tag} reader joins what the other splits: {parts}")
    for tag, skipped, labelled in (("first", skip1, n2), ("second", skip2, n1)):
        for x in sorted(skipped & set(labelled), key=str.lower):
            print(f"  skip: the {tag} reader skips {x!r}; the other labels it {labelled[x][1]}")


if __name__ == "__main__":
    main()
