"""The dashboard's page, run once per visit and per interaction (``dashboard/app.py`` serves it).

Reads like a table of contents: page set-up, the articles and filters in the sidebar, one tab per view.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

started, cpu_started = time.perf_counter(), time.thread_time()

# `streamlit run dashboard/app.py` puts dashboard/ (not the repo) on sys.path; make `dashboard` importable
# from a plain checkout too.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import streamlit as st  # noqa: E402
from streamlit import runtime  # noqa: E402

from analysis.doc.nlp import ModelMissingError  # noqa: E402
from dashboard import export, header, loading, sidebar, timing, web_source  # noqa: E402
from dashboard.ui import ProgressBar, ViewContext, waiting_chart  # noqa: E402
from dashboard.views import VIEWS  # noqa: E402

st.set_page_config(page_title="NewsLens", page_icon=":material/newspaper:", layout="wide")

src = sidebar.sources()
bar = ProgressBar()
waiting = None
try:
    with st.spinner("Reading the articles…"):
        if not loading.in_memory(src.inputs, src.options, src.columns):
            waiting = waiting_chart()
        corpus = loading.load(src.inputs, src.options, src.columns, progress=bar.update)
except ModelMissingError as exc:  # the machine's set-up, not the articles: say how to fix it
    st.error(str(exc), icon=":material/error:")
    st.stop()
finally:
    bar.clear()
    if waiting is not None:
        waiting.empty()
# Authors, and articles not in English (left out unless ticked in: the analysis is English-only).
scope_widgets = web_source.ScopeWidgets(corpus.tables)
selected = sidebar.filters(corpus.options, more=scope_widgets)
scope = scope_widgets.scope
corpus = web_source.scoped(corpus, scope)
kept = web_source.apply(corpus.filtered(selected), scope)
ctx = ViewContext(kept, corpus.tables, selected, corpus)

header.render(ctx)
web_source.notice(corpus.tables, scope)

if corpus.n_articles:
    tabs = st.tabs([v.TITLE for v in VIEWS], key="view", bind="query-params")
    for tab, view in zip(tabs, VIEWS, strict=True):
        if tab.open:  # only the tab on screen runs
            with tab:
                view.render(ctx)

# Start the export browser in the background of a served app (not under AppTest), so the first PNG is
# fast; a few seconds later, not now: starting Chromium costs a core for a second or two, which the
# user's browser needs to draw this first page (measured: up to a fifth of the first view's time).
if runtime.exists():
    export.exporter().warm_up(delay=export.WARM_UP_DELAY)
timing.log_run(started, cpu_started, selected, st.session_state.get("view"))
