"""Quotes and speakers on PolNeAR: the NewsLens analysis scored by ``score_quotes.py``.

    python benchmarks/eval_quotes.py [--split ../shared/eval/polnear/dev] [--pred FILE] [--show N]

1. every ``text/*.txt`` of the split is read and analysed through the public API
   (``analysis.inputs.files.iter_articles`` + ``analysis.analyze_many``), as users get it;
2. the quotes are written as the scorer's predictions JSON (``--pred`` keeps it);
3. ``score_quotes.py --data SPLIT --pred FILE`` scores them; its figures are printed as it prints
   them, then one summary line.

The data stays in ``../shared``: nothing is copied into the project. Exits 0 with a message when
``../shared`` is not there (a fresh clone).

The train split has an annotation whose text field runs over a line break, which the scorer
cannot read. When the scorer fails on a split, the split is scored again from a temporary copy of
its ``.ann`` files (outside the project, deleted afterwards) without those continuation lines, and
the output says so.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"
SCORER = EVAL / "score_quotes.py"
DEFAULT_SPLIT = EVAL / "polnear" / "dev"
#: A BRAT line the scorer understands: a text-bound annotation or an event.
_BRAT_LINE = re.compile(r"^[TE]\d+\t")


def predictions(split: Path) -> tuple[dict, int, float]:
    """Analyse every article of the split; the scorer's JSON, the error count and the seconds."""
    from analysis import analyze_many
    from analysis.inputs.files import iter_articles
    from analysis.records import InputError

    raws, errors = [], 0
    for item in iter_articles([split / "text"]):
        if isinstance(item, InputError):
            print(f"eval_quotes: {item.source}: {item.error}", file=sys.stderr)
            errors += 1
        else:
            raws.append(item)
    start = time.perf_counter()
    articles = [{"source": art.source, "quotes": [asdict(q) for q in art.quotes]} for art in analyze_many(raws)]
    return {"articles": articles}, errors, time.perf_counter() - start


def _score(data: Path, pred: Path, show: int) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, str(SCORER), "--data", str(data), "--pred", str(pred), "--show", str(show)]
    return subprocess.run(cmd, capture_output=True, text=True)


def _readable_copy(split: Path, into: Path) -> int:
    """A copy of the split's annotations without the lines the scorer cannot parse (the text
    links back to the split). Returns how many lines were left out."""
    (into / "attributions").mkdir(parents=True)
    (into / "text").symlink_to((split / "text").resolve(), target_is_directory=True)
    dropped = 0
    for ann in sorted((split / "attributions").glob("*.ann")):
        lines = ann.read_text("utf-8").splitlines()
        kept = [line for line in lines if _BRAT_LINE.match(line)]
        dropped += sum(1 for line in lines if line.strip() and not _BRAT_LINE.match(line))
        (into / "attributions" / ann.name).write_text("\n".join(kept) + "\n", "utf-8")
    return dropped


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", type=Path, default=DEFAULT_SPLIT, help="a PolNeAR split folder")
    ap.add_argument("--pred", type=Path, help="keep the predictions JSON here")
    ap.add_argument("--show", type=int, default=0, help="let the scorer print N misses")
    args = ap.parse_args(argv)
    if not SCORER.exists() or not (args.split / "text").is_dir():
        missing = SCORER if not SCORER.exists() else args.split / "text"
        print(
            f"eval_quotes: {missing} not found; the evaluation data lives in ../shared/eval "
            "beside the project. Nothing to do."
        )
        return 0
    pred, errors, seconds = predictions(args.split)
    n_quotes = sum(len(a["quotes"]) for a in pred["articles"])
    print(f"analysed {len(pred['articles'])} articles ({errors} unreadable) in {seconds:.0f} s: {n_quotes} quotes")
    with tempfile.TemporaryDirectory(prefix="newslens-polnear-") as tmp:
        pred_path = args.pred or Path(tmp) / "predictions.json"
        pred_path.write_text(json.dumps(pred), "utf-8")
        done = _score(args.split, pred_path, args.show)
        if done.returncode != 0:
            tail = done.stderr.strip().splitlines()[-1:] or ["(no message)"]
            copy = Path(tmp) / "split"
            dropped = _readable_copy(args.split, copy)
            print(f"score_quotes.py failed on {args.split} ({tail[0]});")
            print(f"scoring a temporary copy without the {dropped} .ann line(s) it cannot parse")
            done = _score(copy, pred_path, args.show)
        sys.stdout.write(done.stdout)
        if done.returncode != 0:
            sys.stderr.write(done.stderr)
            return done.returncode
    lines = done.stdout.strip().splitlines()
    res = json.loads(lines[-1]) if lines and lines[-1].startswith("{") else None
    if res:
        print(
            f"{args.split.name}: quote F1 {res['f1']:.3f} (P {res['precision']:.3f}, R {res['recall']:.3f}), "
            f"speaker accuracy {res['speaker_accuracy']:.3f}, end-to-end F1 {res['end_to_end_f1']:.3f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
