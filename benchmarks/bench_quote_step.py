"""The quote step's cost before and after a change, measured in one run on a BBC sample.

    python benchmarks/bench_quote_step.py [--base REV] [--articles 200] [--rounds 3]

The quote step is what ``analysis.pipeline.analyze_doc`` does for quotes: the speaker resolver
(``quotes.Speakers``), ``quotes.extract`` and the pronoun references. The baseline is the same
code at ``--base`` (default: the merge base with ``main``), exported with ``git archive`` into a
temporary folder (deleted afterwards). Each side runs in its own process on the same articles
(parsed once per process, not timed); the sides alternate for ``--rounds`` rounds and the fastest
round of each counts. Printed: both times, their ratio, and the change as a share of the whole
analysis of those articles, spaCy parse included (the corpus run's figure: the issue allows +3%).

Exits 0 with a message when ``../shared/corpora/bbc`` is not there.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tarfile
import tempfile
import time
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BBC = ROOT.parent / "shared" / "corpora" / "bbc"


def _sample(n: int) -> list[Path]:
    files = sorted(BBC.glob("*/*.txt"))
    random.Random(7).shuffle(files)
    return files[:n]


def child(n: int) -> None:
    """Time the quote step (and the whole analysis) with whatever ``analysis`` is importable."""
    from analysis.doc.nlp import load_pipeline
    from analysis.extract import entities, quotes
    from analysis.extract.quotes import references
    from analysis.inputs.raw import RawArticle
    from analysis.pipeline import analyze_doc, prepare

    nlp = load_pipeline()
    items = []
    for p in _sample(n):
        raw = RawArticle(source=p.name, text=p.read_text("utf-8", errors="replace"))
        for _, part, layout, doc in prepare(raw):
            items.append((part, layout, doc))
    t0 = time.perf_counter()
    docs = list(nlp.pipe((d for _, _, d in items), batch_size=32))
    parse_s = time.perf_counter() - t0
    quote_s = 0.0
    total_s = 0.0
    for (part, layout, _), doc in zip(items, docs, strict=True):
        t0 = time.perf_counter()
        analyze_doc(part, layout, doc)
        total_s += time.perf_counter() - t0
        mentions, _ = entities.extract(doc, part.text)
        t0 = time.perf_counter()
        speakers = quotes.Speakers(doc, part.text, mentions)
        quotes.extract(doc, part.text, speakers)
        references.pronoun_mentions(doc, part.text, speakers, mentions)
        quote_s += time.perf_counter() - t0
    print(json.dumps({"quote_s": quote_s, "analysis_s": total_s + parse_s, "docs": len(docs)}))


def _run(tree: Path, n: int) -> dict:
    env = {**os.environ, "PYTHONPATH": str(tree)}
    out = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--child", "--articles", str(n)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        cwd=tree,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--base", help="git revision of the baseline (default: merge base with main)")
    ap.add_argument("--articles", type=int, default=200)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if not BBC.is_dir():
        print(f"bench_quote_step: {BBC} not found; nothing to do.")
        return 0
    if args.child:
        child(args.articles)
        return 0
    base = (
        args.base
        or subprocess.run(
            ["git", "merge-base", "HEAD", "main"], cwd=ROOT, capture_output=True, text=True, check=True
        ).stdout.strip()
    )
    with tempfile.TemporaryDirectory(prefix="newslens-base-") as tmp:
        archive = subprocess.run(["git", "archive", base, "analysis"], cwd=ROOT, capture_output=True, check=True)
        with tarfile.open(fileobj=BytesIO(archive.stdout)) as tar:
            tar.extractall(tmp, filter="data")
        best = {"base": None, "new": None}
        for _ in range(args.rounds):
            for side, tree in (("base", Path(tmp)), ("new", ROOT)):
                r = _run(tree, args.articles)
                if best[side] is None or r["quote_s"] < best[side]["quote_s"]:
                    best[side] = r
    b, n = best["base"], best["new"]
    ratio = n["quote_s"] / b["quote_s"]
    share = (n["quote_s"] - b["quote_s"]) / b["analysis_s"]
    print(
        f"{b['docs']} BBC articles, base {base[:9]}: quote step {b['quote_s']:.2f} s -> {n['quote_s']:.2f} s "
        f"(x{ratio:.3f}); whole analysis with the parse {b['analysis_s']:.1f} s; the change is {share:+.2%} of it"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
