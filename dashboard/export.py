"""Figures and frames to bytes: PNG and SVG through one long-lived headless browser, HTML, and CSV (the core's rule).

No Streamlit here, so every exporter is tested as a plain function.

PNG/SVG use Kaleido >= 1, which drives a Chrome or Chromium through ``choreographer``. Starting a
browser takes seconds, so one ``ImageExporter`` per process keeps a single browser open and renders
every image in it. Kaleido's own ``start_sync_server`` does the same, but when the browser cannot
start its worker thread dies and every later call waits forever (seen with kaleido 1.5 and
``BROWSER_PATH=/nonexistent``); here each call has a time limit, and a browser that failed or
crashed is closed and started again on the next call.
"""

from __future__ import annotations

import asyncio
import atexit
import concurrent.futures
import contextlib
import os
import threading
from pathlib import Path
from typing import Any

import plotly.graph_objects as go

from analysis.corpus import exports

WIDTH = 900
#: Seconds after the first page before the export browser starts in the background (see app.py).
WARM_UP_DELAY = 8.0
#: Shown on the PNG/SVG buttons when no browser can be found.
INSTALL_HINT = (
    "PNG and SVG export needs Chromium or Chrome on the machine running NewsLens. "
    "On Debian or Ubuntu: `sudo apt-get install chromium` (or run `bash scripts/setup.sh`), "
    "then restart the dashboard. If it is installed somewhere unusual, set BROWSER_PATH to its executable."
)
IMAGE_MIME = {"png": "image/png", "svg": "image/svg+xml"}

# ---------------------------------------------------------------- tables

#: CSV for spreadsheets: the analysis core's one rule for cells (lists joined, dicts as JSON,
#: formulas neutralised, a byte-order mark), the same as ``newslens analyze --format csv``.
csv_bytes = exports.csv_bytes


# ---------------------------------------------------------------- figures


def html_bytes(fig: go.Figure) -> bytes:
    """A self-contained interactive HTML file (plotly.js inlined, so it opens offline)."""
    return fig.to_html(include_plotlyjs=True, full_html=True, config={"displaylogo": False, "responsive": True}).encode(
        "utf-8"
    )


class ExportUnavailable(RuntimeError):
    """No Chrome or Chromium to render images with; the message says how to get one."""


class ExportFailed(RuntimeError):
    pass


def find_browser() -> str | None:
    """The Chrome/Chromium Kaleido would use, or None.

    ``BROWSER_PATH`` is honoured as given: a wrong path means "no browser" rather than quietly
    falling back to another one, so the user sees that their setting is wrong.
    """
    env = os.environ.get("BROWSER_PATH")
    if env is not None:
        return env if Path(env).is_file() and os.access(env, os.X_OK) else None
    try:
        from choreographer.browsers.chromium import Chromium

        path = Chromium.find_browser(skip_local=False)
    except Exception:  # choreographer internals moved or failed: treat as not found
        return None
    return path if path and Path(path).is_file() else None


def _kaleido_class() -> type:
    """Kaleido, handing back each image before it reloads the tab that drew it.

    Kaleido 1.x reloads its page after every image (about a third of a second here) and only then
    returns the bytes; the reload now runs in the background and the tab rejoins the queue when it
    is done, so a single export does not wait for it. This overrides a private method: when a
    Kaleido version lacks it, the plain class is used.
    """
    import kaleido

    if not hasattr(kaleido.Kaleido, "_return_kaleido_tab"):
        return kaleido.Kaleido

    class _Kaleido(kaleido.Kaleido):
        async def _return_kaleido_tab(self, tab: Any) -> None:
            task = asyncio.create_task(super()._return_kaleido_tab(tab))
            # Keep a reference so the task is not collected before it finishes.
            self.__dict__.setdefault("_reloads", set()).add(task)
            task.add_done_callback(self.__dict__["_reloads"].discard)

    return _Kaleido


class ImageExporter:
    """One headless browser, opened on first use (or ``warm_up``) and kept for the process."""

    def __init__(self, browser: str | None, timeout: float = 30.0, start_timeout: float = 60.0) -> None:
        self.browser = browser
        self.timeout = timeout
        self.start_timeout = start_timeout
        self._lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._kaleido: Any = None
        self._open_lock: asyncio.Lock | None = None
        self._warming: concurrent.futures.Future | None = None
        self._starting = False  # the warm-up's delay is over and it is opening the browser

    @property
    def available(self) -> bool:
        return self.browser is not None

    @property
    def warm(self) -> bool:
        return self._kaleido is not None

    def _ensure_loop(self) -> asyncio.AbstractEventLoop:
        with self._lock:
            if self._loop is None:
                loop = asyncio.new_event_loop()
                thread = threading.Thread(target=loop.run_forever, name="newslens-kaleido", daemon=True)
                thread.start()
                self._loop, self._thread = loop, thread
                atexit.register(self.close)
            return self._loop

    async def _browser(self) -> Any:
        if self._open_lock is None:
            self._open_lock = asyncio.Lock()
        async with self._open_lock:
            if self._kaleido is None:
                # mathjax=False: Kaleido would otherwise fetch MathJax from a CDN, which hangs offline.
                k = _kaleido_class()(n=1, timeout=self.timeout, mathjax=False, path=self.browser)
                await asyncio.wait_for(k.open(), self.start_timeout)
                self._kaleido = k
            return self._kaleido

    async def _reset(self) -> None:
        k, self._kaleido = self._kaleido, None
        if k is not None:
            with contextlib.suppress(Exception):  # already dead: nothing left to close
                await asyncio.wait_for(k.close(), 10)

    async def _render(self, spec: dict, opts: dict) -> bytes:
        k = await self._browser()
        try:
            return await k.calc_fig(spec, opts=opts)
        except BaseException:
            # A timed-out or crashed browser is not trusted again: start a fresh one next time.
            await self._reset()
            raise

    def _submit(self, coro: Any, timeout: float) -> Any:
        if not self.available:
            coro.close()
            raise ExportUnavailable(INSTALL_HINT)
        future = asyncio.run_coroutine_threadsafe(coro, self._ensure_loop())
        try:
            return future.result(timeout=timeout)
        except concurrent.futures.TimeoutError as exc:
            future.cancel()
            raise ExportFailed(f"the browser did not answer within {timeout:.0f} s") from exc

    def warm_up(self, wait: bool = False, delay: float = 0.0) -> None:
        """Start the browser (in the background unless ``wait``; after ``delay`` seconds), so the first
        export is fast. An export asked for sooner starts it then."""
        if not self.available or self.warm or self._warming is not None:
            return
        future = asyncio.run_coroutine_threadsafe(self._warm(delay), self._ensure_loop())
        self._warming = future
        if wait:
            future.result(timeout=delay + self.start_timeout)

    async def _warm(self, delay: float) -> None:
        await asyncio.sleep(delay)
        self._starting = True
        await self._browser()

    def render(self, fig: go.Figure, fmt: str, width: int = WIDTH, scale: float | None = None) -> bytes:
        """PNG or SVG bytes of ``fig`` at ``width`` px and the figure's own height."""
        if fmt not in IMAGE_MIME:
            raise ValueError(f"unsupported image format {fmt!r}; use png or svg")
        spec = fig.to_dict()
        height = fig.layout.height or 500
        opts = {"format": fmt, "width": width, "height": height, "scale": scale or (2 if fmt == "png" else 1)}
        try:
            data = self._submit(self._render(spec, opts), self.start_timeout + self.timeout)
        except (ExportUnavailable, ExportFailed):
            raise
        except Exception as exc:
            raise ExportFailed(f"image export failed: {exc}") from exc
        return data.encode("utf-8") if isinstance(data, str) else bytes(data)

    def close(self) -> None:
        with self._lock:
            loop, thread = self._loop, self._thread
            self._loop = self._thread = None
        if loop is None:
            return
        if self._warming is not None and not self._warming.done():
            if not self._starting:  # still waiting for its moment: nothing started yet
                self._warming.cancel()
            # A browser still starting would outlive us (and write into a deleted temp folder).
            with contextlib.suppress(Exception):
                self._warming.result(timeout=self.start_timeout)
        if loop.is_running():
            with contextlib.suppress(Exception):  # closing is best effort at exit
                asyncio.run_coroutine_threadsafe(self._reset(), loop).result(timeout=15)
            loop.call_soon_threadsafe(loop.stop)
        if thread is not None:
            thread.join(timeout=5)
        self._open_lock = None


_exporter: ImageExporter | None = None
_exporter_lock = threading.Lock()


def exporter() -> ImageExporter:
    """The process's image exporter; made again only if the browser found has changed."""
    global _exporter
    browser = find_browser()
    with _exporter_lock:
        if _exporter is None or _exporter.browser != browser:
            if _exporter is not None:
                _exporter.close()
            _exporter = ImageExporter(browser)
        return _exporter
