"""The bundled seed article: its files, and its analysis started early on a first start.

With nothing in the analysis store (a new install that skipped ``scripts/setup.sh``, or the first
start after an update changed the analysis version), the seed the first page shows must be analysed:
importing spaCy, loading its model and analysing the seed took about 1.6 s on a 2-core machine,
after the first script run's own imports (pandas, Arrow, Plotly). ``start_analysis`` runs
``newslens analyze`` on the seed in a second process, on the other core, from the top of the first
script run; ``loading.load`` waits for it before analysing a set that holds the seed, and then finds
the seed in the store. If that process fails (no model installed, a crash), the dashboard analyses
in-process as before and shows the error there. Light: imports neither pandas nor spaCy.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

from analysis.corpus.cache_key import has_stored_articles, store_root

ROOT = Path(__file__).resolve().parent.parent
SEED_DIR = ROOT / "seeds"
TEXT_TYPES = ("txt", "md")
#: The sidebar's first targeted-sentiment choice, which the first page is drawn with.
DEFAULT_SENTIMENT_MODEL = "light"
WAIT_LIMIT = 300.0  # seconds; after that the dashboard analyses in-process

_lock = threading.Lock()
_started = False
_running: subprocess.Popen[bytes] | None = None


def seed_files(folder: Path = SEED_DIR) -> list[Path]:
    return sorted(p for p in folder.glob("*") if p.suffix.lstrip(".").lower() in TEXT_TYPES)


def start_analysis(sentiment_model: str = DEFAULT_SENTIMENT_MODEL) -> bool:
    """Once per process: when the store holds no analysed article, start analysing the seed in a
    second process (the CLI's own command, as ``scripts/setup.sh`` runs it). True if started."""
    global _started, _running
    with _lock:
        if _started:
            return False
        _started = True
        seeds = [f"seeds/{p.name}" for p in seed_files()]  # relative to ROOT: the sources the sidebar uses
        if not seeds or has_stored_articles(store_root(None, sentiment_model)):
            return False
        cmd = [sys.executable, "-m", "analysis", "analyze", *seeds, "--no-progress", "-o", os.devnull]
        cmd += ["--sentiment-model", sentiment_model]
        try:
            _running = subprocess.Popen(
                cmd, cwd=ROOT, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
            )
        except OSError:
            return False
        return True


def wait_for_analysis(timeout: float = WAIT_LIMIT) -> None:
    """Let a seed analysis started by ``start_analysis`` finish (at most ``timeout`` seconds)."""
    global _running
    with _lock:
        proc, _running = _running, None
    if proc is None:
        return
    try:
        proc.wait(timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
