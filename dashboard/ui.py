"""Streamlit pieces every view uses: a chart with its downloads, a table with its CSV, filter state.

Downloads are generated on click (``st.download_button`` with a callable), so a rerun never renders
images nobody asked for.
"""

from __future__ import annotations

import functools
import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from analysis.tables import Tables
from dashboard import aggregate, export
from dashboard.filters import FULL_RANGE, Filters

if TYPE_CHECKING:
    from dashboard.data import Corpus

#: Session-state keys of the sidebar's filter widgets.
FILTER_KEYS = {
    "entities": "f_entities",
    "types": "f_types",
    "topics": "f_topics",
    "speakers": "f_speakers",
    "polarity": "f_polarity",
}
DEFAULTS: dict[str, Any] = {
    "entities": [],
    "types": [],
    "topics": [],
    "speakers": [],
    "polarity": FULL_RANGE,
}


@dataclass(frozen=True)
class ViewContext:
    """What every view gets: the kept rows, all rows (for choices), and how they were filtered.

    Summaries several views or charts share are computed once per run (cached properties).
    """

    tables: Tables
    all_tables: Tables
    filters: Filters
    corpus: Corpus  # the records behind the JSON export

    @functools.cached_property
    def entity_counts(self) -> pd.DataFrame:
        return aggregate.entity_counts(self.tables)

    @functools.cached_property
    def speaker_kinds(self) -> pd.DataFrame:
        return aggregate.speaker_kinds(self.tables)

    @property
    def subtitle(self) -> str:
        n = len(self.tables.articles)
        return f"{n} article{'s' if n != 1 else ''} · {self.filters.describe()}"

    @property
    def state_key(self) -> str:
        """Changes whenever the filter does: charts keyed with it start without a stale selection."""
        return hashlib.sha1(repr(self.filters).encode()).hexdigest()[:10]

    @property
    def file_stem(self) -> str:
        return "all" if not self.filters.active else slug(self.filters.describe())


def slug(text: str, limit: int = 60) -> str:
    s = re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-").lower()
    return s[:limit].rstrip("-") or "newslens"


def clear_filters() -> None:
    for facet, key in FILTER_KEYS.items():
        st.session_state[key] = DEFAULTS[facet]


def set_filter_from_chart(chart_key: str, facet: str) -> None:
    """Chart click callback: the clicked bar's value becomes the filter for ``facet``.

    A callback (not ``on_select="rerun"``) so the sidebar widget's state is set before the widget
    is drawn again in the rerun.
    """
    state = st.session_state.get(chart_key)
    points = (state or {}).get("selection", {}).get("points", []) if state else []
    values = [p["customdata"][0] for p in points if p.get("customdata")]
    if values:
        st.session_state[FILTER_KEYS[facet]] = list(dict.fromkeys(values))


def downloads(fig: go.Figure, name: str, key: str, ctx: ViewContext) -> None:
    """PNG, SVG (needing a browser) and HTML downloads of ``fig``, made when clicked."""
    ex = export.exporter()
    stem = f"newslens-{slug(name)}-{ctx.file_stem}"
    row = st.container(horizontal=True, gap="small")
    for fmt in ("png", "svg"):
        if ex.available:
            download(
                row,
                fmt.upper(),
                lambda fig=fig, fmt=fmt: ex.render(fig, fmt),
                f"{stem}.{fmt}",
                export.IMAGE_MIME[fmt],
                f"{key}_{fmt}",
                f"{fmt.upper()} image with a title saying what is filtered",
            )
        else:
            row.download_button(
                f"{fmt.upper()} (needs Chromium)",
                data=b"",
                file_name=f"{stem}.{fmt}",
                key=f"{key}_{fmt}",
                disabled=True,
                help=export.INSTALL_HINT,
            )
    download(
        row,
        "HTML",
        lambda: export.html_bytes(fig),
        f"{stem}.html",
        "text/html",
        f"{key}_html",
        "Interactive chart in one HTML file (works offline)",
    )


def download(where: Any, label: str, make: Callable[[], bytes], file_name: str, mime: str, key: str, help: str) -> None:
    """A download button whose bytes are made only when it is clicked; clicking does not rerun the app."""
    where.download_button(
        label,
        data=make,
        file_name=file_name,
        mime=mime,
        key=key,
        on_click="ignore",
        icon=":material/download:",
        help=help,
    )


def chart(fig: go.Figure, name: str, key: str, ctx: ViewContext, click_facet: str | None = None) -> None:
    """Draw ``fig`` with its downloads; with ``click_facet``, clicking a bar sets that filter."""
    chart_key = f"{key}_{ctx.state_key}"
    config = {"displaylogo": False, "modeBarButtonsToRemove": ["select2d", "lasso2d", "toImage"]}
    # A keyed box (CSS class st-key-box_<key>) holds the chart and its buttons, for tests and styling.
    with st.container(key=f"box_{key}"):
        if click_facet:
            st.plotly_chart(
                fig,
                key=chart_key,
                theme=None,
                config=config,
                on_select=functools.partial(set_filter_from_chart, chart_key, click_facet),
                selection_mode="points",
            )
        else:
            st.plotly_chart(fig, key=chart_key, theme=None, config=config)
        downloads(fig, name, key, ctx)


def shown(frame: pd.DataFrame, ctx: ViewContext) -> pd.DataFrame:
    """Rows for display: without the internal id, and without the article column for one article."""
    drop = ["article_id"] + (["article"] if len(ctx.all_tables.articles) <= 1 else [])
    return frame.drop(columns=[c for c in drop if c in frame.columns])


def table(
    frame: pd.DataFrame,
    name: str,
    key: str,
    ctx: ViewContext,
    column_config: dict[str, Any] | None = None,
    height: int | str = "auto",
) -> None:
    """A table of rows with a CSV download (spreadsheet formulas neutralised)."""
    with st.container(key=f"box_{key}"):
        st.dataframe(frame, hide_index=True, column_config=column_config, key=key, height=height)
        download(
            st,
            "CSV",
            lambda: export.csv_bytes(frame),
            f"newslens-{slug(name)}-{ctx.file_stem}.csv",
            "text/csv",
            f"{key}_csv",
            "These rows as CSV for a spreadsheet (formula-like cells neutralised)",
        )


POLARITY_COLUMN = st.column_config.NumberColumn("polarity", format="%+.2f", help="−1 negative … +1 positive")
SUBJECTIVITY_COLUMN = st.column_config.NumberColumn("subjectivity", format="%.2f", help="0 factual … 1 opinion")
