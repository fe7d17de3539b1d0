"""Server time of each script run, for the benchmark: a JSON line per run appended to the file named
by ``NEWSLENS_TIMINGS`` (nothing happens when it is unset)."""

from __future__ import annotations

import json
import os
import time

from dashboard.filters import Filters


def log_run(started: float, cpu_started: float, filters: Filters, view: str | None) -> None:
    path = os.environ.get("NEWSLENS_TIMINGS")
    if not path:
        return
    line = {
        "ms": round((time.perf_counter() - started) * 1000, 1),
        # CPU time of the script thread: what the run costs, however busy the machine is.
        "cpu_ms": round((time.thread_time() - cpu_started) * 1000, 1),
        "view": view,
        "filters": filters.describe(),
        "at": time.time(),
    }
    with open(path, "a", encoding="utf-8") as f:
        f.write(json.dumps(line) + "\n")
