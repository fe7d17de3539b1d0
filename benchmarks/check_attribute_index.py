"""Check the attribute ruler's indexed match step against spaCy's Matcher on a whole corpus.

    python benchmarks/check_attribute_index.py [--corpus ../shared/corpora/bbc] [--limit N]

Every article is parsed once with the ruler and the lemmatizer left out; then both match steps run
on the same Doc. The match lists must be equal (the ruler's own ``set_annotations`` turns them into
POS, morphology and lemmas, so equal lists mean equal annotations). Prints the articles that differ
(none, or the check fails) and the CPU time of each match step, the minimum of ``--rounds``.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analysis.doc.attribute_index import AttributeIndex  # noqa: E402
from analysis.doc.nlp import installed_model  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpora" / "bbc")
    ap.add_argument("--limit", type=int, default=0, help="only the first N articles")
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args(argv)
    files = sorted(args.corpus.rglob("*.txt"))
    if not files:
        print(f"no corpus at {args.corpus}: nothing to check (it lives in ../shared beside the checkout)")
        return 0
    if args.limit:
        files = files[: args.limit]
    import spacy

    nlp = spacy.load(installed_model())  # spaCy's own pipeline, not NewsLens's
    ruler = nlp.get_pipe("attribute_ruler")
    index = AttributeIndex(ruler)
    texts = [f.read_text(encoding="utf-8", errors="replace") for f in files]
    with nlp.select_pipes(disable=["attribute_ruler", "lemmatizer"]):
        docs = list(nlp.pipe(texts, batch_size=64))
    differ = [str(f) for f, doc in zip(files, docs, strict=True) if index.match(doc) != ruler.match(doc)]
    tokens = sum(len(d) for d in docs)
    spacy_cpu, index_cpu = float("inf"), float("inf")
    for _ in range(args.rounds):  # interleaved, so a change of load hits both alike
        t = time.process_time()
        for doc in docs:
            ruler.match(doc)
        spacy_cpu = min(spacy_cpu, time.process_time() - t)
        t = time.process_time()
        for doc in docs:
            index.match(doc)
        index_cpu = min(index_cpu, time.process_time() - t)
    print(f"articles {len(docs):,}, tokens {tokens:,}, articles whose matches differ: {len(differ)}")
    for path in differ[:20]:
        print("  differs:", path)
    print(
        f"match step CPU (min of {args.rounds}): spaCy Matcher {spacy_cpu:.2f} s, index {index_cpu:.2f} s "
        f"(ratio {index_cpu / spacy_cpu:.3f})"
    )
    return 1 if differ else 0


if __name__ == "__main__":
    raise SystemExit(main())
