"""The first page's analysis, prepared while the browser loads Streamlit: the bundled seed with the
default options, as ``sidebar.sources()`` chooses them on a first visit.

It runs in a background thread of the server through ``loading.load``, the same function and memo
the page uses: the page's own call finds the result there, or waits for it on the analysis lock
(never analysing twice). Nothing is drawn, and a failure is left for the page to meet and report.
"""

from __future__ import annotations

import logging
import threading

_log = logging.getLogger(__name__)


def _prepare() -> None:
    try:
        from analysis.inputs.table_files import Columns
        from dashboard import loading
        from dashboard.inputs import seed_inputs
        from dashboard.tiers import sentiment_choices

        loading.load(seed_inputs(), {"sentiment_model": sentiment_choices()[0]}, Columns())
    except Exception:  # noqa: BLE001 - the page meets the same error and says what to do
        _log.debug("prefetch failed", exc_info=True)


def start() -> threading.Thread:
    thread = threading.Thread(target=_prepare, name="newslens-prefetch", daemon=True)
    thread.start()
    return thread
