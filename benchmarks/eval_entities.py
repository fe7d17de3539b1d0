"""Entity mentions on CoNLL-2003: the NewsLens pipeline against the bare model, in one run.

    python benchmarks/eval_entities.py [--split ../shared/eval/conll2003/eng.testa] [--keep DIR]

1. ``score_entities.py split`` writes one article per CoNLL document into a temporary folder;
2. ``newslens analyze`` (the CLI, as a user runs it) analyses that folder to JSON;
3. the bare model (``nlp(text).ents`` of the same spaCy pipeline, nothing else) runs on the same files;
4. ``score_entities.py score`` scores both, and both lines are printed.

The data stays in ``../shared``: nothing is copied into the project. Exits 0 with a message when
``../shared`` is not there (a fresh clone).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"
SCORER = EVAL / "score_entities.py"
DEFAULT_SPLIT = EVAL / "conll2003" / "eng.testa"


def _run(args: list[str]) -> str:
    done = subprocess.run(args, check=True, capture_output=True, text=True)
    return done.stdout.strip()


def bare_predictions(text_dir: Path, out: Path) -> None:
    """What the model alone finds: every ``doc.ents`` span, with spaCy's label."""
    from analysis.doc.nlp import load_pipeline

    nlp = load_pipeline()
    files = sorted(text_dir.glob("*.txt"))
    texts = (f.read_text("utf-8") for f in files)
    articles = [
        {
            "source": str(f),
            "mentions": [{"start": e.start_char, "end": e.end_char, "label": e.label_} for e in doc.ents],
        }
        for f, doc in zip(files, nlp.pipe(texts), strict=True)
    ]
    out.write_text(json.dumps({"articles": articles}), "utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", type=Path, default=DEFAULT_SPLIT, help="a CoNLL-2003 file")
    ap.add_argument("--keep", type=Path, help="keep the split and predictions in this folder")
    ap.add_argument("--no-identity", action="store_true", help="without the corpus identity step (per-article types)")
    args = ap.parse_args(argv)
    if not SCORER.exists() or not args.split.exists():
        print(
            f"eval_entities: {SCORER if not SCORER.exists() else args.split} not found; "
            "the evaluation data lives in ../shared/eval beside the project. Nothing to do."
        )
        return 0
    with tempfile.TemporaryDirectory(prefix="newslens-conll-") as tmp:
        work = args.keep or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        print(f"split   {_run([sys.executable, str(SCORER), 'split', str(args.split), str(work)])}")
        ours, bare = work / "newslens.json", work / "bare.json"
        t0 = time.perf_counter()
        cli = [sys.executable, "-m", "analysis", "analyze", str(work / "text"), "-o", str(ours)]
        cli += ["--no-identity"] if args.no_identity else []
        subprocess.run(cli, check=True, stderr=subprocess.DEVNULL)
        t1 = time.perf_counter()
        bare_predictions(work / "text", bare)
        t2 = time.perf_counter()
        results = {}
        for name, path in (("bare", bare), ("newslens", ours)):
            results[name] = json.loads(_run([sys.executable, str(SCORER), "score", str(work), str(path)]))
        print(f"bare     {json.dumps(results['bare'])}  ({t2 - t1:.0f} s)")
        print(f"newslens {json.dumps(results['newslens'])}  ({t1 - t0:.0f} s, full analysis)")
        for key in ("mention_f1", "doc_set_f1"):
            delta = results["newslens"][key] - results["bare"][key]
            print(f"{key}: bare {results['bare'][key]:.4f} -> newslens {results['newslens'][key]:.4f} ({delta:+.4f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
