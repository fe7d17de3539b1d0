"""What telling the encoder the target costs: strong-tier inference, pooled vs marked vs bracketed.

    python benchmarks/speed_strong_marked.py [--articles 40] [--rounds 3] [--variants k0 k1 k2 bracketed l12]

The shipped weights are loaded once per variant: ``k0`` = pooled, one pass per sentence, as shipped;
``kN`` = the top N layers run once per target (``StrongConfig.marked_layers``) with a zero marker,
which by construction gives the pooled probabilities (checked here for k2); ``bracketed`` = one whole
pass per target on the sentence with the target wrapped in brackets (``target_input``); ``l12`` = one
pass per sentence through an untrained encoder of bge-small-en-v1.5's shape (12 layers of width 384,
12 heads, feed-forward 1536: twice the shipped six; same word-piece vocabulary), for what a larger
encoder of that size would cost. The timing needs no trained model of any kind (the weights' values
do not change the cost). The targets are what
the pipeline scores (names, pronouns, descriptions) in sentences of BBC articles drawn with a fixed
seed from ``../shared/corpora/bbc``; one torch thread; rounds alternate the order of the models. The
figure that matters is the ratio to k = 0 in the same run (the machine is shared, wall times swing).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BBC = ROOT.parent / "shared" / "corpora" / "bbc"


def bge_small_shape(base_config):
    """An untrained BERT encoder of bge-small-en-v1.5's shape (its config.json: 12 layers, hidden 384,
    12 heads, intermediate 1536, 512 positions), on the shipped model's vocabulary (the same size)."""
    from transformers import BertConfig, BertModel

    cfg = BertConfig(
        vocab_size=base_config.vocab_size,
        hidden_size=384,
        num_hidden_layers=12,
        num_attention_heads=12,
        intermediate_size=1536,
        max_position_embeddings=512,
    )
    return BertModel(cfg, add_pooling_layer=False).eval()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=40)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--variants", nargs="+", default=["k0", "k1", "k2", "bracketed"])
    args = ap.parse_args(argv)
    if not BBC.exists():
        print(f"speed_strong_marked: {BBC} not found (the BBC corpus lives in ../shared/corpora); skipped")
        return 0
    from analysis.extract import targeted

    if "strong" not in targeted.available_tiers():
        print(f"speed_strong_marked: {targeted.STRONG_HINT}")
        return 1
    import torch

    from analysis import pipeline
    from analysis.extract.targeted import SCORED_LABELS, strong
    from analysis.inputs.files import iter_articles
    from analysis.inputs.raw import RawArticle

    random.seed(2)
    paths = random.sample(sorted(BBC.rglob("*.txt")), args.articles)
    raws = [r for r in iter_articles(paths) if isinstance(r, RawArticle)]
    texts: list[str] = []
    spans: list[list[tuple[int, int]]] = []
    for a in pipeline.analyze_many(raws, sentiment_model="none"):
        groups: dict[int, list] = {}
        for m in a.mentions:
            if m.label in SCORED_LABELS and 0 <= m.sentence < len(a.sentences):
                groups.setdefault(m.sentence, []).append(m)
        for i, ms in groups.items():
            s = a.sentences[i]
            texts.append(a.text[s.start : s.end])
            spans.append([(m.start - s.start, m.end - s.start) for m in ms])
    n = sum(map(len, spans))
    print(f"{len(texts)} sentences, {n} targets", flush=True)
    variants = ["k0"] + [v for v in args.variants if v != "k0"]
    models = {}
    for v in variants:
        model = strong.StrongModel()  # sets one torch thread unless NEWSLENS_TORCH_THREADS says otherwise
        if v == "bracketed":
            model.cfg.target_input = "bracketed"
        elif v == "l12":
            model.bert = bge_small_shape(model.bert.config)
        else:
            model.cfg.marked_layers = int(v.removeprefix("k"))
            model.head.marker = torch.nn.Parameter(torch.zeros(model.bert.config.hidden_size))
        models[v] = model
    if "k2" in models:
        p0, p2 = models["k0"].predict(texts[:50], spans[:50]), models["k2"].predict(texts[:50], spans[:50])
        pairs = zip(p0, p2, strict=True)
        diff = max(abs(a - b) for x, y in pairs for u, v in zip(x, y, strict=True) for a, b in zip(u, v, strict=True))
        print(f"largest probability difference, zero marker k=2 vs pooled: {diff:.2e}")
    # Wall time, and the process's CPU time: with one thread the latter is the work itself, which
    # other jobs on a shared machine disturb far less than the wall clock.
    res: dict[str, list[float]] = {k: [] for k in models}
    cpu: dict[str, list[float]] = {k: [] for k in models}
    for r in range(args.rounds):
        for k in list(models) if r % 2 == 0 else list(models)[::-1]:
            t0, c0 = time.perf_counter(), time.process_time()
            models[k].predict(texts, spans)
            res[k].append(round(n / (time.perf_counter() - t0), 1))
            cpu[k].append(round(n / (time.process_time() - c0), 1))
    print("targets/s per round:", res)
    print("targets per CPU second per round:", cpu)
    for name, figures in (("wall", res), ("CPU", cpu)):
        best0 = max(figures["k0"])
        print(f"best ratio to pooled ({name}):", {k: round(max(v) / best0, 3) for k, v in figures.items()})
    return 0


if __name__ == "__main__":
    sys.exit(main())
