"""Check NewsLens's two faster spaCy steps against spaCy's own on a whole corpus.

    python benchmarks/check_spacy_steps.py [--corpus ../shared/corpora/bbc] [--limit N]

Every article is parsed once with the attribute ruler and the lemmatizer left out. Then:
* the ruler's indexed match step (``analysis/doc/attribute_index.py``) and spaCy's Matcher run on
  the same Doc: the match lists must be equal (the ruler's own ``set_annotations`` turns them into
  POS, morphology and lemma exceptions, so equal lists mean equal annotations);
* on the annotated Doc, spaCy's lemmatizer and the per-form one (``analysis/doc/lemmas.py``) each
  lemmatize a copy: every lemma must be equal.
Prints the articles that differ (none, or the check fails) and the CPU time of each step, the
minimum of ``--rounds`` interleaved rounds.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analysis.doc import lemmas  # noqa: E402
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
    spacy_lemmatizer = nlp.get_pipe("lemmatizer")
    ours = spacy.load(installed_model())
    lemmas.install(ours)
    per_form = ours.get_pipe("lemmatizer")
    texts = [f.read_text(encoding="utf-8", errors="replace") for f in files]
    with nlp.select_pipes(disable=["attribute_ruler", "lemmatizer"]):
        docs = list(nlp.pipe(texts, batch_size=64))
    differ = [str(f) for f, doc in zip(files, docs, strict=True) if index.match(doc) != ruler.match(doc)]
    for doc in docs:
        ruler(doc)
    lemma_differ = [
        str(f)
        for f, doc in zip(files, docs, strict=True)
        if [t.lemma for t in spacy_lemmatizer(doc.copy())] != [t.lemma for t in per_form(doc.copy())]
    ]
    tokens = sum(len(d) for d in docs)
    cpu = {"Matcher": float("inf"), "index": float("inf"), "lemmatizer": float("inf"), "per form": float("inf")}

    def timed(key: str, step, batch) -> None:  # noqa: ANN001
        t = time.process_time()
        for doc in batch:
            step(doc)
        cpu[key] = min(cpu[key], time.process_time() - t)

    for _ in range(args.rounds):  # interleaved, so a change of load hits both alike
        timed("Matcher", ruler.match, docs)
        timed("index", index.match, docs)
        timed("lemmatizer", spacy_lemmatizer, [d.copy() for d in docs])
        timed("per form", per_form, [d.copy() for d in docs])
    print(f"articles {len(docs):,}, tokens {tokens:,}")
    print(f"attribute ruler: articles whose matches differ: {len(differ)}")
    print(f"lemmatizer: articles with a lemma that differs: {len(lemma_differ)}")
    for path in (differ + lemma_differ)[:20]:
        print("  differs:", path)
    print(
        f"CPU (min of {args.rounds}): ruler's match step: spaCy Matcher {cpu['Matcher']:.2f} s, index "
        f"{cpu['index']:.2f} s (ratio {cpu['index'] / cpu['Matcher']:.3f}); lemmatizer: spaCy's "
        f"{cpu['lemmatizer']:.2f} s, per form {cpu['per form']:.2f} s (ratio {cpu['per form'] / cpu['lemmatizer']:.3f})"
    )
    return 1 if differ or lemma_differ else 0


if __name__ == "__main__":
    raise SystemExit(main())
