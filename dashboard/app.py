"""NewsLens dashboard: ``streamlit run dashboard/app.py``.

The server for the page in ``page.py``. As it starts, it prepares the page a new visit opens on (the
bundled seed's analysis) in the background: a browser takes a second or so to load Streamlit's own
page before it asks for ours, and on a first start, with nothing in the analysis store, that second
is enough to load the language model (see ``prefetch.py``).
"""

from __future__ import annotations

import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import streamlit as st

# `streamlit run dashboard/app.py` puts dashboard/ (not the repo) on sys.path; make `dashboard` importable.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from dashboard import prefetch  # noqa: E402


@asynccontextmanager
async def lifespan(_app: st.App) -> AsyncIterator[None]:
    prefetch.start()
    yield


app = st.App("page.py", lifespan=lifespan)
