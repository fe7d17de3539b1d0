"""How long one article takes once the model is loaded: the bundled seed, against bare spaCy.

    python benchmarks/bench_seed.py [--runs 20] [--sentiment-model light]

Prints the median of N runs of the full analysis (target < 0.3 s), of bare ``nlp(text)`` with the same
model on the same text, and their ratio, all from this run.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

from analysis import analyze, load_pipeline, read_bytes

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_a7b80878336151ae.txt"


def _median(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("--sentiment-model", default="light", choices=("light", "strong", "none"))
    args = ap.parse_args(argv)
    raw = read_bytes(str(SEED), SEED.read_bytes())
    t0 = time.perf_counter()
    load_pipeline()
    import spacy

    from analysis.doc.nlp import installed_model

    nlp = spacy.load(installed_model())  # bare spaCy: the model as spaCy ships it
    analyze(raw, sentiment_model=args.sentiment_model)  # warm: TextBlob lexicon, targeted model
    print(f"model load and first analysis: {time.perf_counter() - t0:.2f} s")
    bare = _median(lambda: nlp(raw.text), args.runs)
    full = _median(lambda: analyze(raw, sentiment_model=args.sentiment_model), args.runs)
    print(f"bare spaCy nlp(seed)      : {bare * 1000:6.0f} ms (median of {args.runs})")
    print(f"full analysis of the seed : {full * 1000:6.0f} ms (target < 300 ms; model {args.sentiment_model})")
    print(f"full / bare               : {full / bare:6.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
