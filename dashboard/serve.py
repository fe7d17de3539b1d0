"""Start and stop the dashboard on a free loopback port: for the browser test, the benchmark and the
screenshot script (not used by the app itself).

Chromium flags: this machine's closed network refuses background connections, and Chromium waits
on them unless told not to fetch anything on its own.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP = ROOT / "dashboard" / "app.py"
CHROMIUM = os.environ.get("NEWSLENS_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-dev-shm-usage",
]


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_healthy(url: str, proc: subprocess.Popen, timeout: float = 60.0) -> float:
    """Seconds until Streamlit's health endpoint answers; raises if the server dies or never does."""
    t0 = time.perf_counter()
    while time.perf_counter() - t0 < timeout:
        if proc.poll() is not None:
            raise RuntimeError(f"streamlit exited with status {proc.returncode}")
        with contextlib.suppress(OSError), urllib.request.urlopen(f"{url}/_stcore/health", timeout=1) as r:
            if r.status == 200:
                return time.perf_counter() - t0
        time.sleep(0.05)
    raise TimeoutError(f"streamlit did not answer at {url} within {timeout:.0f} s")


@dataclass(frozen=True)
class App:
    url: str
    pid: int

    def cpu_seconds(self) -> float:
        """CPU time the server process has used so far (user + system), with that of the child
        processes it has waited for: a measure the load of other processes on the machine does not
        inflate."""
        fields = Path(f"/proc/{self.pid}/stat").read_text().rsplit(")", 1)[1].split()
        return sum(int(f) for f in fields[11:15]) / os.sysconf("SC_CLK_TCK")


@contextlib.contextmanager
def running_app(
    port: int | None = None, env: dict[str, str] | None = None, log: Path | None = None, app: Path = APP
) -> Iterator[App]:
    """Run ``streamlit run dashboard/app.py`` (or another ``app``) on 127.0.0.1; yields it; stops the
    server after."""
    port = port or free_port()
    cmd = [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        str(app),
        "--server.address=127.0.0.1",
        f"--server.port={port}",
        "--server.headless=true",
        "--browser.gatherUsageStats=false",
        "--server.fileWatcherType=none",
        "--client.toolbarMode=viewer",
    ]
    out = open(log, "wb") if log else subprocess.DEVNULL  # noqa: SIM115 - closed below
    proc = subprocess.Popen(
        cmd, cwd=ROOT, env={**os.environ, **(env or {})}, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
    )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_healthy(url, proc)
        yield App(url, proc.pid)
    finally:
        # Streamlit first, so that its exit closes the export browser it started (a browser killed at
        # the same moment still writes its profile while Python removes that folder); then whatever
        # is left of its process group.
        with contextlib.suppress(ProcessLookupError):
            os.kill(proc.pid, signal.SIGTERM)
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.wait(timeout=20)
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=5)
        if log:
            out.close()  # type: ignore[union-attr]


# ---------------------------------------------------------------- driving the page (Playwright)

#: True when the app has finished a run: no "running" status, no loading skeletons, every Plotly
#: chart drawn. Checked several times in a row, because a rerun can start just after one finishes.
SETTLED_JS = """() => {
    const status = document.querySelector('[data-testid="stStatusWidget"]');
    if (status && /running|connecting|stop/i.test(status.innerText)) return false;
    if (document.querySelectorAll('[data-testid="stSkeleton"]').length) return false;
    const charts = [...document.querySelectorAll('[data-testid="stPlotlyChart"]')];
    return charts.every(c => c.querySelector('.main-svg'));
}"""


def settle(page, timeout_ms: int = 120_000, quiet_checks: int = 3) -> None:  # noqa: ANN001 - a Playwright Page
    """Wait until the app has finished rendering (and stays finished for a moment)."""
    deadline = time.perf_counter() + timeout_ms / 1000
    page.wait_for_timeout(300)  # a rerun just asked for may not have shown its status yet
    calm = 0
    while calm < quiet_checks:
        if time.perf_counter() > deadline:
            raise TimeoutError("the dashboard did not settle")
        calm = calm + 1 if page.evaluate(SETTLED_JS) else 0
        page.wait_for_timeout(250)
