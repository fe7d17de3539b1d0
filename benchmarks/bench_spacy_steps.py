"""What NewsLens's two faster spaCy steps save on the whole analysis of an article.

    python benchmarks/bench_spacy_steps.py [--articles 120] [--rounds 4]

Analyses the same BBC articles (spread over the corpus) with ``analysis.pipeline.analyze_many`` in
one process, alternately with the pipeline as NewsLens loads it (the attribute ruler's indexed match
step and the per-form lemmatizer) and with those two steps switched back to spaCy's own; the
rounds are interleaved and each side's figure is its minimum CPU time, so a change of the machine's
load hits both alike. The outputs of the two steps are checked equal by
``benchmarks/check_spacy_steps.py``.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analysis import read_bytes  # noqa: E402
from analysis.doc.nlp import load_pipeline  # noqa: E402
from analysis.pipeline import analyze_many  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpora" / "bbc")
    ap.add_argument("--articles", type=int, default=120)
    ap.add_argument("--rounds", type=int, default=4)
    args = ap.parse_args(argv)
    files = sorted(args.corpus.rglob("*.txt"))
    if not files:
        print(f"no corpus at {args.corpus}: nothing to measure (it lives in ../shared beside the checkout)")
        return 0
    files = files[:: max(1, len(files) // args.articles)][: args.articles]
    raws = [read_bytes(str(f), f.read_bytes()) for f in files]
    nlp = load_pipeline()
    ruler, lemmatizer = nlp.get_pipe("attribute_ruler"), nlp.get_pipe("lemmatizer")
    indexed_match, per_form = ruler.__dict__["match"], type(lemmatizer)
    spacy_lemmatizer = per_form.__mro__[1]

    def spacys() -> None:
        ruler.__dict__.pop("match", None)
        lemmatizer.__class__ = spacy_lemmatizer

    def newslens() -> None:
        ruler.match = indexed_match
        lemmatizer.__class__ = per_form

    list(analyze_many(raws[:5]))  # first-article loads (lexicons, models) outside the timing
    best = {"spaCy's steps": float("inf"), "NewsLens's steps": float("inf")}
    sides = [("spaCy's steps", spacys), ("NewsLens's steps", newslens)]
    for r in range(args.rounds):
        for name, switch in sides if r % 2 == 0 else sides[::-1]:
            switch()
            t = time.process_time()
            list(analyze_many(raws))
            best[name] = min(best[name], time.process_time() - t)
    newslens()
    old, new = best["spaCy's steps"], best["NewsLens's steps"]
    print(f"{len(raws)} articles, CPU of analyze_many, min of {args.rounds} interleaved rounds:")
    print(f"  with spaCy's attribute ruler and lemmatizer: {old:.2f} s")
    print(f"  with NewsLens's indexed ruler and per-form lemmatizer: {new:.2f} s (ratio {new / old:.3f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
