"""What the Sources extractor adds to a corpus run: its share of the whole analysis, in one run.

    python benchmarks/bench_sources.py [--per-topic 60]

Analyses a deterministic sample of BBC articles (``--per-topic`` from each topic folder of
``../shared/corpora/bbc``) through ``analysis.analyze_many`` in this process, with a timer around
``analysis.extract.sources.extract`` (the whole per-article cost of the feature: speakers, roles,
gender, framing). Prints the extractor's time, the whole run's time (parse included) and the share;
the target is <= 5% (the corpus run no more than 5% slower). The one-time load of the first-name
data set is timed apart and counted in a second share. Exits 0 with a message when ``../shared``
is not there.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BBC = ROOT.parent / "shared" / "corpora" / "bbc"
TARGET = 0.05


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--per-topic", type=int, default=60)
    args = ap.parse_args(argv)
    if not BBC.exists():
        print(f"{BBC} is not there: nothing to measure")
        return 0
    sys.path.insert(0, str(ROOT))
    from analysis import analyze_many, load_pipeline, pipeline
    from analysis.extract import sources
    from analysis.extract.entities import first_names
    from analysis.inputs.raw import RawArticle

    rng = random.Random(5)
    paths = []
    for topic in sorted(p for p in BBC.iterdir() if p.is_dir()):
        files = sorted(topic.glob("*.txt"))
        paths += rng.sample(files, min(args.per_topic, len(files)))
    raws = [RawArticle(source=str(p), text=p.read_text(encoding="utf-8", errors="replace")) for p in paths]
    load_pipeline()
    t0 = time.perf_counter()
    first_names()
    load = time.perf_counter() - t0

    spent = [0.0]
    real = sources.extract

    def timed(*a, **kw):
        t = time.perf_counter()
        try:
            return real(*a, **kw)
        finally:
            spent[0] += time.perf_counter() - t

    pipeline.sources.extract = timed  # the name analyze_doc calls
    try:
        t0 = time.perf_counter()
        n_speakers = sum(len(a.speakers) for a in analyze_many(raws))
        total = time.perf_counter() - t0
    finally:
        pipeline.sources.extract = real
    share = spent[0] / total
    print(f"{len(raws)} BBC articles, {n_speakers} speakers")
    print(f"whole analysis          : {total:7.2f} s")
    print(f"sources.extract         : {spent[0]:7.2f} s  ({share:.2%} of the run)")
    print(f"first-name data, 1 load : {load:7.2f} s  ({(spent[0] + load) / (total + load):.2%} with it)")
    print(f"target <= {TARGET:.0%}: {'met' if share <= TARGET else 'MISSED'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
