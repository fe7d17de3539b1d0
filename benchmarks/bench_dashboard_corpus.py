"""The dashboard on a whole corpus from a warm analysis store: server time of each script run (not a
test; prints figures).

    python benchmarks/bench_dashboard_corpus.py [--data ../shared/corpora] [--folder bbc] [--cache DIR]
        [--rounds 3]

The app runs in this process under Streamlit's ``AppTest`` (the script runs as in a served app; no
browser), with ``NEWSLENS_TIMINGS`` set, so each script run logs its server wall time and the CPU
time of the script thread (``dashboard/timing.py``). Each round:

1. load: an app already open on the seed (imports done) is switched to the data folder ``--folder``;
   the script run that reads the folder, finds every article in the store and builds the tables,
   the filter index and the sidebar's choices (nothing in memory: ``loading.clear_cache()`` first);
2. each tab: a session opened on that tab (AppTest cannot click a tab after the first run), the
   corpus already in memory; then, on every tab but Articles and Identity, filter changes: the most
   mentioned entity as the entity filter, cleared, a topic, the most quoted speaker, a polarity
   range, cleared. Summaries already computed for a filter are cached across sessions, as in a
   served app, so a later round shows warm figures.

Fills the store first when it lacks the corpus (a ``newslens analyze`` run: minutes). Targets
(issue 14), server time on the BBC corpus: load <= 3 s, every tab and filter change <= 400 ms. On a
shared machine the CPU time of the script thread is the steadier figure; the load average is printed
beside each round.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
APP = str(ROOT / "dashboard" / "page.py")


def load_average() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


class Runs:
    """The script runs logged to the timings file since the last ``take``."""

    def __init__(self, path: Path) -> None:
        self.path, self.seen = path, 0

    def take(self) -> list[dict]:
        lines = self.path.read_text().splitlines() if self.path.exists() else []
        new, self.seen = lines[self.seen :], len(lines)
        return [json.loads(x) for x in new]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "corpora", help="the data folder")
    ap.add_argument("--folder", default="bbc", help="the corpus, relative to the data folder")
    ap.add_argument(
        "--cache", type=Path, default=None, help="analysis store (default: $NEWSLENS_CACHE_DIR or the user's)"
    )
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    corpus = args.data / args.folder
    if not corpus.exists():
        sys.exit(f"no corpus at {corpus} (the BBC set lives in ../shared/corpora/bbc)")
    if args.cache:
        os.environ["NEWSLENS_CACHE_DIR"] = str(args.cache)
    os.environ["NEWSLENS_DATA_DIR"] = str(args.data.resolve())
    log = Path(tempfile.mkstemp(prefix="newslens-timings-", suffix=".jsonl")[1])
    os.environ["NEWSLENS_TIMINGS"] = str(log)
    logging.disable(logging.WARNING)  # AppTest's "no runtime" notices

    fill = subprocess.run(
        [sys.executable, "-m", "analysis", "analyze", str(corpus), "--no-progress", "-o", os.devnull],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    print(f"store: {fill.stderr.strip().splitlines()[-1] if fill.stderr.strip() else fill.returncode}")

    from streamlit.testing.v1 import AppTest

    from dashboard import loading
    from dashboard.filters import FULL_RANGE
    from dashboard.inputs import folder_input
    from dashboard.views import VIEWS

    runs = Runs(log)
    figures: dict[str, list[dict]] = {}

    def step(at: AppTest, label: str, **state: object) -> None:
        for key, value in state.items():
            at.session_state[key] = value
        at.run()
        if at.exception:
            sys.exit(f"{label}: {[e.value for e in at.exception][:1]}")
        got = runs.take()
        figures.setdefault(label, []).extend(got)
        print(f"  {label:44s} " + ", ".join(f"{r['ms']:.0f} ms ({r['cpu_ms']:.0f} ms CPU)" for r in got), flush=True)

    for r in range(args.rounds):
        print(f"round {r + 1} (load average {load_average()})")
        loading.clear_cache()
        at = AppTest.from_file(APP, default_timeout=600)
        at.session_state["view"] = "Overview"
        at.run()
        runs.take()
        step(at, "load the corpus (Overview)", src_seed=False, src_folder=args.folder)
        tables = loading.load([folder_input(args.data.resolve(), args.folder)]).tables  # from memory now
        top_entity = tables.mentions["entity"].value_counts().index[0]
        top_speaker = tables.quotes["speaker"].dropna().value_counts().index[0]
        topic = tables.articles["topics"].explode().dropna().value_counts().index[0]
        # A tab is chosen before a session's first run (AppTest cannot click a tab later): each tab in a
        # new session on the loaded corpus (kept in memory, as for a second browser tab), then the filters.
        for view in VIEWS:
            at = AppTest.from_file(APP, default_timeout=600)
            step(at, f"tab: {view.TITLE}", view=view.TITLE, src_seed=False, src_folder=args.folder)
            if view.TITLE not in ("Overview", "Entities", "Quotes", "Sources", "Sentiment", "Article"):
                continue
            step(at, f"{view.TITLE}: entity filter", f_entities=[top_entity])
            step(at, f"{view.TITLE}: entity filter cleared", f_entities=[])
            step(at, f"{view.TITLE}: topic filter", f_topics=[topic])
            step(at, f"{view.TITLE}: speaker filter", f_topics=[], f_speakers=[top_speaker])
            step(at, f"{view.TITLE}: polarity range", f_speakers=[], f_polarity=(0.1, 1.0))
            step(at, f"{view.TITLE}: polarity cleared", f_polarity=FULL_RANGE)

    print()
    print(f"{'median over rounds (server time of the run)':52s} {'wall ms':>9s} {'CPU ms':>8s}  max wall")
    over = []
    for label, rs in figures.items():
        wall = statistics.median(x["ms"] for x in rs)
        cpu = statistics.median(x["cpu_ms"] for x in rs)
        target = 3000 if label.startswith("load") else 400
        flag = "" if wall <= target else f"  over {target} ms"
        if flag:
            over.append(label)
        print(f"{label:52s} {wall:9.0f} {cpu:8.0f}  {max(x['ms'] for x in rs):8.0f}{flag}")
    print(f"runs over their target (median wall): {len(over)} of {len(figures)}; load average {load_average()}")
    log.unlink()


if __name__ == "__main__":
    main()
