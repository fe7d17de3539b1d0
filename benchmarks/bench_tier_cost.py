"""What the analysis costs over bare spaCy, in CPU time of one process: steady on a shared machine,
where the wall times of ``bench_corpus.py`` swing with the other jobs' load. Not a test; prints figures.

    python benchmarks/bench_tier_cost.py [--corpus ../shared/corpora/bbc] [--articles 80] [--rounds 3]

On ``--articles`` articles spread over the corpus, with the model loaded, interleaved in each round:
bare spaCy ``nlp.pipe`` over the texts (Docs consumed), ``pipeline.analyze_many`` with targeted
sentiment ``none`` and with the default ``light`` tier; each as process CPU seconds. Prints the
medians and the ratios to bare spaCy (the corpus run's target, wall time with its processes, reading
and storing included: <= 1.12 with the light tier) and the light tier's own share.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpora" / "bbc")
    ap.add_argument("--articles", type=int, default=80)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    if not args.corpus.exists():
        sys.exit(f"no corpus at {args.corpus} (the BBC set lives in ../shared/corpora/bbc)")

    from analysis import pipeline
    from analysis.doc.nlp import load_pipeline
    from analysis.extract.targeted import light
    from analysis.inputs.files import iter_articles

    raws = [r for r in iter_articles([args.corpus]) if hasattr(r, "text")]
    raws = raws[:: max(1, len(raws) // args.articles)][: args.articles]
    texts = [r.text for r in raws]
    nlp = load_pipeline()
    light.load()
    list(pipeline.analyze_many(raws[:2]))  # first-call costs (lexicons, rules) out of the rounds

    def cpu(run) -> float:  # noqa: ANN001
        t = time.process_time()
        run()
        return time.process_time() - t

    cases = {
        "bare spaCy nlp.pipe": lambda: sum(len(d) for d in nlp.pipe(texts, batch_size=32)),
        "analysis, targeted sentiment none": lambda: list(pipeline.analyze_many(raws, sentiment_model="none")),
        "analysis, light tier (default)": lambda: list(pipeline.analyze_many(raws, sentiment_model="light")),
    }
    got: dict[str, list[float]] = {name: [] for name in cases}
    for r in range(args.rounds):
        for name, run in cases.items():
            got[name].append(cpu(run))
        load = " ".join(f"{x:.2f}" for x in os.getloadavg())
        print(f"round {r + 1}: " + ", ".join(f"{v[-1]:.2f}" for v in got.values()) + f" s CPU (load {load})")
    med = {name: statistics.median(v) for name, v in got.items()}
    bare = med["bare spaCy nlp.pipe"]
    print(f"{len(raws)} articles, median of {args.rounds} interleaved rounds, one process:")
    for name, t in med.items():
        print(f"  {name:36s} {t:7.2f} s CPU  {t / bare:5.3f}x bare")
    none, full = med["analysis, targeted sentiment none"], med["analysis, light tier (default)"]
    print(f"  light tier's own cost: {full - none:.2f} s CPU, {100 * (full - none) / full:.1f}% of the analysis")


if __name__ == "__main__":
    main()
