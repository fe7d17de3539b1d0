"""What the analysis costs over bare spaCy, in CPU time of one process: steady on a shared machine,
where the wall times of ``bench_corpus.py`` swing with the other jobs' load. Not a test; prints figures.

    python benchmarks/bench_tier_cost.py [--corpus ../shared/corpora/bbc] [--articles 80] [--rounds 3]

On ``--articles`` articles spread over the corpus, with the model loaded, interleaved in each round:
bare spaCy ``nlp.pipe`` over the texts (Docs consumed), ``pipeline.analyze_many`` with targeted
sentiment ``none`` and with the default ``light`` tier; each as process CPU seconds. Prints the
medians and the ratios to bare spaCy (the corpus run's target, wall time with its processes, reading
and storing included: <= 1.12 with the light tier) and the light tier's own share.

``--steps`` then splits the analysis beyond the parse by step (the Docs parsed once, outside the
timing; each step's CPU the minimum over the rounds), to show where a cut would count.
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
    ap.add_argument("--steps", action="store_true", help="also the analysis beyond the parse, step by step")
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
    if args.steps:
        steps(raws, nlp, args.rounds, bare)


#: (module attribute of ``analysis.pipeline``, function, label): the calls ``analyze_doc`` makes.
STEPS = (
    ("sentiment", "polarity_subjectivity", "TextBlob (sentences and quotes)"),
    ("entities", "extract", "entities"),
    ("quotes", "Speakers", "speaker resolver"),
    ("quotes", "extract", "quotes"),
    ("references", "pronoun_mentions", "pronoun references"),
    ("sources", "extract", "sources"),
    ("targeted", "described_mentions", "described targets"),
    ("targeted", "score_mentions", "light tier"),
    ("targeted", "entity_sentiment", "entity sentiment"),
    ("topics", "term_occurrences", "key terms (occurrences)"),
    ("topics", "key_terms", "key terms (choice)"),
    ("quality", "language_warning", "language check"),
)


def steps(raws: list, nlp, rounds: int, bare: float) -> None:  # noqa: ANN001
    """CPU of each step of ``analyze_doc`` over Docs parsed beforehand (minimum over ``rounds``)."""
    from collections import defaultdict
    from functools import wraps

    from analysis import pipeline

    parts = [p for raw in raws for p in pipeline.prepare(raw)]
    docs = list(nlp.pipe([doc for *_, doc in parts], batch_size=32))
    spent: dict[str, float] = defaultdict(float)

    def timed(fn, label: str):  # noqa: ANN001, ANN202
        @wraps(fn)
        def run(*a, **k):  # noqa: ANN002, ANN003, ANN202
            t = time.process_time()
            try:
                return fn(*a, **k)
            finally:
                spent[label] += time.process_time() - t

        return run

    saved = []
    for mod, name, label in STEPS:
        owner = getattr(pipeline, mod)
        saved.append((owner, name, getattr(owner, name)))
        setattr(owner, name, timed(getattr(owner, name), label))
    best: dict[str, float] = {}
    try:
        for _ in range(rounds):
            spent.clear()
            t = time.process_time()
            for (_, part, layout, _), doc in zip(parts, docs, strict=True):
                pipeline.analyze_doc(part, layout, doc)
            spent["all of analyze_doc"] = time.process_time() - t
            for k, v in spent.items():
                best[k] = min(best.get(k, v), v)
    finally:
        for owner, name, fn in saved:
            setattr(owner, name, fn)
    total = best.pop("all of analyze_doc")
    print(f"the analysis beyond the parse, by step (minimum of {rounds} rounds; bare spaCy's parse {bare:.2f} s):")
    for label, t in sorted(best.items(), key=lambda kv: -kv[1]):
        print(f"  {label:36s} {t:7.2f} s CPU  {100 * t / bare:5.1f}% of the parse")
    rest = total - sum(best.values())
    print(f"  {'the rest (sentences, assembly)':36s} {rest:7.2f} s CPU  {100 * rest / bare:5.1f}% of the parse")
    print(f"  {'all of analyze_doc':36s} {total:7.2f} s CPU  {100 * total / bare:5.1f}% of the parse")


if __name__ == "__main__":
    main()
