"""Choose ``analysis.records.NEUTRAL_BAND`` on NewsMTSC train.jsonl (never on the dev file).

    python benchmarks/choose_neutral_band.py [--data ../shared/eval/newsmtsc/train.jsonl]

Every target gets the label of its sentence (TextBlob polarity of the whole sentence, neutral
inside the band); the grid prints macro-F1 over targets for each band and the pick is the band with
the highest macro-F1 (the narrower band on a tie). Set the constant by hand from the printed pick.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from analysis.extract.sentiment import NEUTRAL_BAND, label_for, polarity_subjectivity
from analysis.training.newsmtsc import GOLD, macro_f1

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "eval" / "newsmtsc" / "train.jsonl"
GRID = [round(0.025 * i, 3) for i in range(21)]  # 0 .. 0.5


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT)
    args = ap.parse_args(argv)
    if not args.data.exists():
        print(f"choose_neutral_band: {args.data} not found; NewsMTSC lives in ../shared/eval (skipped)")
        return 0
    scored: list[tuple[float, str]] = []  # (sentence polarity, gold label) per target
    for line in args.data.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        pol, _ = polarity_subjectivity(row["sentence_normalized"])
        scored += [(pol, GOLD[t["polarity"]]) for t in row["targets"]]
    print(f"{args.data.name}: {len(scored)} targets, gold {dict(Counter(g for _, g in scored))}")
    print(f"{'band':>6} {'macro-F1':>9} {'accuracy':>9}  predicted neg/neu/pos")
    results = []
    for band in GRID:
        pairs = [(g, label_for(p, band)) for p, g in scored]
        f1 = macro_f1([g for g, _ in pairs], [p for _, p in pairs])
        acc = sum(g == p for g, p in pairs) / len(pairs)
        dist = Counter(p for _, p in pairs)
        results.append((f1, -band))
        print(f"{band:6.3f} {f1:9.4f} {acc:9.4f}  {dist['negative']}/{dist['neutral']}/{dist['positive']}")
    best_f1, neg_band = max(results)
    print(f"pick: NEUTRAL_BAND = {-neg_band} (macro-F1 {best_f1:.4f} on train); in the code now: {NEUTRAL_BAND}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
