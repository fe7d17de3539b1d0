"""Quotes and speakers in other outlets and years: NewsLens on the hand-labelled web set.

    python benchmarks/eval_quotes_web.py [--show N] [--pred FILE]

The set (``benchmarks/labels/quotes_web/labels.jsonl``, how it was made in its README) holds every
quoted stretch of 15 English news pages of 2019 from ``../shared/eval/web`` (Los Angeles Times,
NBC, AP, Sky News, Fox News, USA Today, Reuters via VentureBeat, science and health sites, a
fact-check), labelled by kind and speaker like the BBC set. The text analysed is each page's
hand-annotated article body. Nothing in the quote rules was written while looking at these pages:
it is the independent check of issue 16 (goal 0.88 end-to-end F1).

Scoring is ``eval_quotes_bbc.py``'s (``score_quotes.py``'s matching and speaker rule, plus the
share of titles and scare quotes credited to nobody). Exits 0 with a message when ``../shared``
is not there.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_quotes_bbc import SCORER, SHARED, score_labelled  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
WEB = SHARED / "eval" / "web"
LABELS = ROOT / "benchmarks" / "labels" / "quotes_web" / "labels.jsonl"


def labelled() -> dict[str, tuple[str, list[dict]]]:
    truth = json.loads((WEB / "ground-truth.json").read_text("utf-8"))
    out: dict[str, tuple[str, list[dict]]] = {}
    for line in LABELS.read_text("utf-8").splitlines():
        row = json.loads(line)
        out.setdefault(row["id"][:16], (truth[row["id"]]["articleBody"], []))[1].append(row)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--show", type=int, default=0, help="print N misses")
    ap.add_argument("--pred", type=Path, help="keep the predictions JSON here")
    args = ap.parse_args(argv)
    if not SCORER.exists() or not (WEB / "ground-truth.json").exists():
        print(f"eval_quotes_web: {SHARED} (web pages and scorer) not found; nothing to do.")
        return 0
    res = score_labelled(labelled(), args.show, args.pred)
    for m in res.pop("examples"):
        print("  " + m)
    print(json.dumps({"set": "web", **res}))
    print(
        f"web: quote F1 {res['f1']:.3f}, speaker accuracy {res['speaker_accuracy']:.3f}, "
        f"end-to-end F1 {res['end_to_end_f1']:.3f}, titles/scare quotes credited to nobody "
        f"{res['titles_scare_credited_to_nobody']:.3f} of {res['titles_scare_quotes']}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
