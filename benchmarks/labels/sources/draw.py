"""Draw the articles of the Sources sample and list who each one quotes (names only).

    python benchmarks/labels/sources/draw.py > /tmp/worksheet.txt
    python benchmarks/labels/sources/draw.py --fresh > /tmp/worksheet-fresh.txt

Deterministic: random.Random(11) over the sorted file names; 7 BBC articles per topic folder and
12 PolNeAR dev articles; the first half of each topic's draw (and of PolNeAR's) is the tuning
part, the rest held out. The worksheet prints each article's text and the names NewsLens credits
with quotes, without anything NewsLens says about them, for a reader to label from the text.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
SHARED = ROOT.parent / "shared"
BBC = SHARED / "corpora" / "bbc"
POLNEAR = SHARED / "eval" / "polnear" / "dev" / "text"
TOPICS = ("business", "entertainment", "politics", "sport", "tech")
PER_TOPIC = 7
N_POLNEAR = 12
#: The fresh sample (issue 11, second follow-up): other articles, another seed.
FRESH_SEED = 1130
FRESH_PER_TOPIC = 3
FRESH_POLNEAR = 6


def draw() -> list[tuple[str, str]]:
    """(path relative to ../shared, part) of every article in the sample."""
    rng = random.Random(11)
    out = []
    for topic in TOPICS:
        files = sorted(p.name for p in (BBC / topic).glob("*.txt"))
        picked = rng.sample(files, PER_TOPIC)
        half = PER_TOPIC // 2 + 1
        out += [(f"corpora/bbc/{topic}/{f}", "tune" if k < half else "held-out") for k, f in enumerate(picked)]
    files = sorted(p.name for p in POLNEAR.glob("*.txt"))
    picked = rng.sample(files, N_POLNEAR)
    out += [(f"eval/polnear/dev/text/{f}", "tune" if k < N_POLNEAR // 2 else "held-out") for k, f in enumerate(picked)]
    return out


def draw_fresh(taken: set[str]) -> list[tuple[str, str]]:
    """(path, "fresh") of the fresh sample: random.Random(FRESH_SEED) over the sorted file names
    not in ``taken`` (the articles of the first sample); FRESH_PER_TOPIC per BBC topic folder and
    FRESH_POLNEAR PolNeAR dev articles."""
    rng = random.Random(FRESH_SEED)
    out = []
    for topic in TOPICS:
        files = sorted(p.name for p in (BBC / topic).glob("*.txt") if f"corpora/bbc/{topic}/{p.name}" not in taken)
        out += [(f"corpora/bbc/{topic}/{f}", "fresh") for f in rng.sample(files, FRESH_PER_TOPIC)]
    files = sorted(p.name for p in POLNEAR.glob("*.txt") if f"eval/polnear/dev/text/{p.name}" not in taken)
    out += [(f"eval/polnear/dev/text/{f}", "fresh") for f in rng.sample(files, FRESH_POLNEAR)]
    return out


def main(argv: list[str] | None = None) -> int:
    if not SHARED.exists():
        print("../shared is not there: nothing to draw", file=sys.stderr)
        return 0
    from analysis.inputs.raw import RawArticle
    from analysis.pipeline import analyze_many

    sample = draw()
    if "--fresh" in (sys.argv[1:] if argv is None else argv):
        sample = draw_fresh({p for p, _ in sample})
    raws = [RawArticle(source=p, text=(SHARED / p).read_text(encoding="utf-8", errors="replace")) for p, _ in sample]
    for (path, part), a in zip(sample, analyze_many(raws), strict=True):
        print(f"##### {path} [{part}]")
        print(a.text)
        print("SPEAKERS:", " | ".join(s.name for s in a.speakers))
        print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
