"""Sentiment on NewsMTSC devtest_mt, end to end through ``newslens analyze`` and the shared scorer.

    python benchmarks/eval_sentiment.py [--tiers none light strong] [--work /tmp/newslens-eval-sentiment]

1. ``score_sentiment.py split`` writes one text file per devtest_mt sentence and the gold labels;
2. ``newslens analyze --sentiment-model TIER`` analyses them (``none``: every target gets the TextBlob
   label of its sentence, with the chosen neutral band; ``light`` / ``strong``: a target that our
   NER found as a PERSON/ORG/GPE/NORP mention gets the model's label, the rest fall back to the
   sentence label, exactly as the scorer reads the JSON);
3. ``score_sentiment.py score`` scores each JSON.

Cheap baselines from the same run: every target "neutral" (the majority class), TextBlob with
band 0, and each model on the annotated target spans themselves (through the public
``score_mentions``, so NER misses and pronoun targets do not count against the model). Inference
speed is targets per second of ``score_mentions`` given the parsed Doc (as in the pipeline), model
already loaded, one process.
Nothing here tunes anything: the band and the models were chosen on train.jsonl.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"
SCORER = EVAL / "score_sentiment.py"
DEV = EVAL / "newsmtsc" / "devtest_mt.jsonl"
DESCRIBED = "DESC"  # analysis.extract.targeted.described.LABEL (not imported: no spaCy before it is needed)


def score(work: Path, pred: Path) -> dict:
    out = subprocess.run(
        [sys.executable, str(SCORER), "score", str(work), str(pred)], capture_output=True, text=True, check=True
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def write_pred(path: Path, articles: list[dict]) -> Path:
    path.write_text(json.dumps({"articles": articles}), encoding="utf-8")
    return path


def gold_span_predictions(analysed: list[dict], gold: dict, tier: str) -> tuple[list[dict], float, int]:
    """Score each annotated target span with ``tier`` through the public function; returns the
    predictions, seconds spent in ``score_mentions`` and the number of targets scored."""
    from analysis.extract.targeted import score_mentions
    from analysis.records import Article, Mention

    out, seconds, n = [], 0.0, 0
    for a in analysed:
        art = Article.from_dict(a)
        starts = [s.start for s in art.sentences]
        mentions = []
        for t in gold[Path(art.source).stem]:
            sid = max([i for i, s in enumerate(starts) if s <= t["start"]] or [0])
            mentions.append(
                Mention(t["start"], t["end"], art.text[t["start"] : t["end"]], "PERSON", "target", sentence=sid)
            )
        t0 = time.perf_counter()
        score_mentions(art.text, art.sentences, mentions, tier)
        seconds += time.perf_counter() - t0
        n += len(mentions)
        out.append(
            {
                "source": art.source,
                "sentences": [],
                "mentions": [{"start": m.start, "end": m.end, "sentiment": m.sentiment} for m in mentions],
            }
        )
    return out, seconds, n


def model_speed(analysed: list[dict], tier: str) -> tuple[int, float]:
    """(targets, seconds) for ``score_mentions`` over the NER mentions of every article, given the
    article's parsed Doc as the pipeline gives it (parsing is spaCy's time, not the model's)."""
    from analysis.doc.nlp import load_pipeline
    from analysis.extract.targeted import SCORED_LABELS, score_mentions
    from analysis.records import Article

    arts = [Article.from_dict(a) for a in analysed]
    docs = list(load_pipeline().pipe(a.text for a in arts))
    # every mention the model scores: names, pronoun references and descriptions
    n = sum(m.label in SCORED_LABELS and 0 <= m.sentence < len(a.sentences) for a in arts for m in a.mentions)
    t0 = time.perf_counter()
    for a, doc in zip(arts, docs, strict=True):
        score_mentions(a.text, a.sentences, a.mentions, tier, doc=doc)
    return n, time.perf_counter() - t0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--tiers", nargs="+", default=["none", "light", "strong"], choices=["none", "light", "strong"])
    ap.add_argument("--work", type=Path, default=Path("/tmp/newslens-eval-sentiment"))
    ap.add_argument("--processes", type=int, default=1)
    ap.add_argument("--data", type=Path, default=DEV, help="a NewsMTSC .jsonl (default: devtest_mt)")
    args = ap.parse_args(argv)
    if not (SCORER.exists() and args.data.exists()):
        print(
            f"eval_sentiment: {args.data} or {SCORER} not found (the evaluation data live in ../shared/eval); skipped"
        )
        return 0
    from analysis.extract.sentiment import NEUTRAL_BAND, label_for
    from analysis.extract.targeted import available_tiers, check_tier, load_model

    tiers = [t for t in args.tiers if t == "none" or t in available_tiers()]
    for t in set(args.tiers) - set(tiers):
        print(f"eval_sentiment: tier {t} unavailable here, skipped")
    args.work.mkdir(parents=True, exist_ok=True)
    split = subprocess.run(
        [sys.executable, str(SCORER), "split", str(args.data), str(args.work)],
        capture_output=True,
        text=True,
        check=True,
    )
    print(f"{args.data.stem}: {split.stdout.strip()}")
    gold = json.loads((args.work / "gold.json").read_text("utf-8"))
    rows: list[tuple[str, dict]] = []
    analysed: dict[str, list[dict]] = {}
    for tier in tiers:
        pred = args.work / f"pred-{tier}.json"
        t0 = time.perf_counter()
        proc = subprocess.run(
            [
                # this interpreter (not whatever "newslens" is first on PATH): the strong tier's extra
                # may be installed in a virtual environment only
                sys.executable,
                "-m",
                "analysis",
                "analyze",
                str(args.work / "text"),
                "-o",
                str(pred),
                "--sentiment-model",
                tier,
                "--no-cache",
                "--no-progress",
                "--processes",
                str(args.processes),
            ],
            capture_output=True,
            text=True,
        )
        if proc.returncode != 0:
            print(proc.stderr, file=sys.stderr)
            return 1
        wall = time.perf_counter() - t0
        analysed[tier] = json.loads(pred.read_text("utf-8"))["articles"]
        name = f"TextBlob sentence label, band {NEUTRAL_BAND}" if tier == "none" else f"{tier} tier, end to end"
        rows.append((name, {**score(args.work, pred), "cli_seconds": round(wall, 1)}))
        if tier != "none":
            # The same analysis with the described targets ("the senator") dropped: their gold
            # targets fall back to the sentence label, as before described targets existed.
            bare = [{**a, "mentions": [m for m in a["mentions"] if m["label"] != DESCRIBED]} for a in analysed[tier]]
            rows.append(
                (
                    f"{tier} tier, end to end, names and pronouns only",
                    score(args.work, write_pred(args.work / f"b-{tier}-nodesc.json", bare)),
                )
            )
    base = analysed.get("none") or next(iter(analysed.values()))
    # Baselines from the same analysis: the majority class, and TextBlob with band 0.
    neutral = [{"source": a["source"], "sentences": [{**s, "label": "neutral"} for s in a["sentences"]]} for a in base]
    rows.append(
        ("every target neutral (majority class)", score(args.work, write_pred(args.work / "b-neu.json", neutral)))
    )
    if NEUTRAL_BAND != 0.0:
        band0 = [
            {
                "source": a["source"],
                "sentences": [{**s, "label": label_for(s["polarity"], 0.0)} for s in a["sentences"]],
            }
            for a in base
        ]
        rows.append(("TextBlob sentence label, band 0", score(args.work, write_pred(args.work / "b-b0.json", band0))))
    speed = {}
    for tier in tiers:
        if tier == "none":
            continue
        check_tier(tier)
        load_model(tier)  # load time is not inference time
        preds, _, _ = gold_span_predictions(base, gold, tier)
        rows.append(
            (
                f"{tier} tier on the annotated target spans",
                score(args.work, write_pred(args.work / f"gold-{tier}.json", preds)),
            )
        )
        n, secs = model_speed(analysed[tier], tier)
        speed[tier] = {"targets": n, "seconds": round(secs, 2), "targets_per_second": round(n / secs, 1)}
    print(f"{'system':58} {'macro-F1':>8} {'accuracy':>8} {'targets':>7} {'unlabelled':>10}")
    for name, r in rows:
        print(f"{name:58} {r['macro_f1']:8.4f} {r['accuracy']:8.4f} {r['targets']:7d} {r['unlabelled']:10d}")
    for tier, s in speed.items():
        print(
            f"inference, {tier}: {s['targets']} targets (names, pronouns, descriptions) in {s['seconds']} s = "
            f"{s['targets_per_second']} targets/s (score_mentions with the parsed Doc, model loaded, 1 process)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
