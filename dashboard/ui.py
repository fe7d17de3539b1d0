"""Streamlit pieces every view uses: a chart with its downloads, a table with its CSV, filter state.

Downloads are generated on click (``st.download_button`` with a callable), so a rerun never renders
images nobody asked for.
"""

from __future__ import annotations

import functools
import hashlib
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from analysis.corpus.tables import Tables
from dashboard import aggregate, charts, export
from dashboard.filters import FULL_RANGE, Filters
from dashboard.highlight import esc as highlight_esc

if TYPE_CHECKING:
    from dashboard.loading import Corpus

#: Session-state keys of the sidebar's filter widgets.
FILTER_KEYS = {
    "entities": "f_entities",
    "types": "f_types",
    "topics": "f_topics",
    "speakers": "f_speakers",
    "polarity": "f_polarity",
    "genders": "f_genders",
    "source_kinds": "f_source_kinds",
    "role_groups": "f_role_groups",
}
DEFAULTS: dict[str, Any] = {
    "entities": [],
    "types": [],
    "topics": [],
    "speakers": [],
    "polarity": FULL_RANGE,
    "genders": [],
    "source_kinds": [],
    "role_groups": [],
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

    def derived(self, name: str, make: Callable[[], Any]) -> Any:
        """``make()`` (a summary of the kept rows), kept per corpus and filter across reruns."""
        return self.corpus.derived(self.filters, name, make)

    @functools.cached_property
    def entity_counts(self) -> pd.DataFrame:
        # The kept rows are row subsets of the loaded tables (a filter's, then the article scope's):
        # counted from the corpus' entity codes.
        names, codes = self.corpus.loaded.entity_names, self.corpus.loaded.index.entity_codes
        return self.derived("entity_counts", lambda: aggregate.entity_counts(self.tables, names, codes))

    @functools.cached_property
    def speaker_kinds(self) -> pd.DataFrame:
        return self.derived("speaker_kinds", lambda: aggregate.speaker_kinds(self.tables))

    @property
    def subtitle(self) -> str:
        n = len(self.tables.articles)
        return f"{n:,} article{'s' if n != 1 else ''} · {self.filters.describe()}"

    @property
    def state_key(self) -> str:
        """Changes whenever the filter does: charts keyed with it start without a stale selection."""
        return hashlib.sha1(repr(self.filters).encode()).hexdigest()[:10]

    @property
    def file_stem(self) -> str:
        return "all" if not self.filters.active else slug(self.filters.describe())


class ProgressBar:
    """``st.progress`` while a corpus is analysed: drawn at the first batch, removed when done.
    Nothing is drawn when every article came from the store (``total`` 0)."""

    def __init__(self) -> None:
        self._slot = st.empty()
        self._started: float | None = None

    def update(self, done: int, total: int) -> None:
        if not total:
            return
        now = time.perf_counter()
        if self._started is None:
            self._started = now
        text = f"Analysing {done:,} of {total:,} articles"
        elapsed = now - self._started
        if 0 < done < total and elapsed > 2:
            text += f", about {elapsed / done * (total - done):,.0f} s left"
        self._slot.progress(min(done / total, 1.0), text=text)

    def clear(self) -> None:
        self._slot.empty()


def waiting_chart() -> Any:
    """An empty chart where the page's charts will be, drawn while the articles are analysed (or the
    server's prefetch of the first page finishes); returns its slot, to empty when they are ready.
    Drawing a chart makes the browser load and start Plotly's code (a 4.7 MB script, about a second
    of its main thread) during the analysis, on the core the analysis leaves free, instead of after it."""
    slot = st.empty()
    fig = charts.empty("Analysing the articles…", "", "The charts appear here when the analysis is ready.")
    slot.plotly_chart(fig, key="waiting_chart", theme=None, config={"displayModeBar": False})
    return slot


def slug(text: str, limit: int = 60) -> str:
    s = re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-").lower()
    return s[:limit].rstrip("-") or "newslens"


def clear_filters() -> None:
    for facet, key in FILTER_KEYS.items():
        st.session_state[key] = DEFAULTS[facet]
    st.session_state["f_authors"] = []  # dashboard/web_source.py's authors filter


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
    """An Export menu under the chart: PNG, SVG (needing a browser) and HTML, each made when clicked.

    The menu draws its buttons only while open: three download buttons per chart, on every chart,
    were a fifth of the elements the browser draws for the first page.
    """
    menu = st.popover(
        "Export",
        icon=":material/download:",
        key=export_key(key),
        on_change="rerun",
        help="This chart as PNG, SVG or HTML, with a title saying what is filtered",
    )
    if not menu.open:
        return
    ex = export.exporter()
    stem = f"newslens-{slug(name)}-{ctx.file_stem}"
    for fmt in ("png", "svg"):
        if ex.available:
            download(
                menu,
                fmt.upper(),
                lambda fig=fig, fmt=fmt: ex.render(fig, fmt),
                f"{stem}.{fmt}",
                export.IMAGE_MIME[fmt],
                f"{key}_{fmt}",
                f"{fmt.upper()} image with a title saying what is filtered",
            )
        else:
            menu.download_button(
                f"{fmt.upper()} (needs Chromium)",
                data=b"",
                file_name=f"{stem}.{fmt}",
                key=f"{key}_{fmt}",
                disabled=True,
                help=export.INSTALL_HINT,
            )
    download(
        menu,
        "HTML",
        lambda: export.html_bytes(fig),
        f"{stem}.html",
        "text/html",
        f"{key}_html",
        "Interactive chart in one HTML file (works offline)",
    )


def export_key(chart_key: str) -> str:
    """Session-state key of a chart's Export menu (True while open)."""
    return f"export_{chart_key}"


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
        clicks = (
            {"on_select": functools.partial(set_filter_from_chart, chart_key, click_facet), "selection_mode": "points"}
            if click_facet
            else {}
        )
        st.plotly_chart(fig, key=chart_key, theme=None, config=config, **clicks)
        downloads(fig, name, key, ctx)


def shown(frame: pd.DataFrame, ctx: ViewContext) -> pd.DataFrame:
    """Rows for display: without the internal id, and without the article column for one article."""
    drop = ["article_id"] + (["article"] if len(ctx.all_tables.articles) <= 1 else [])
    return frame.drop(columns=[c for c in drop if c in frame.columns])


#: Tables draw at most this many rows (their CSV download has all).
MAX_ROWS = 2_500

#: Session-state keys: the tabs, and the article the Article tab shows.
VIEW_KEY = "view"
ARTICLE_KEY = "art_article"
ARTICLE_TAB = "Article"


def open_article(article_id: str) -> None:
    """Show this article in the Article tab (a callback: it runs before the tabs are drawn again)."""
    st.session_state[ARTICLE_KEY] = article_id
    st.session_state[VIEW_KEY] = ARTICLE_TAB
    # A new key for the tables drilled from, so a row picked now is not still picked on coming back.
    st.session_state["_drill"] = st.session_state.get("_drill", 0) + 1


def _open_selected(table_key: str, article_ids: list[str]) -> None:
    state = st.session_state.get(table_key)
    rows = (state or {}).get("selection", {}).get("rows", []) if state else []
    if rows and 0 <= rows[0] < len(article_ids):
        open_article(article_ids[rows[0]])


#: Counts in tables read "1,545", not "1545" (Streamlit's printf format with a grouping comma).
COUNT_FORMAT = "%,d"
#: Integer columns that are not counts: positions in the text, years.
_NOT_COUNTS = frozenset({"start", "end", "year"})


def count_columns(frame: pd.DataFrame, column_config: dict[str, Any] | None) -> dict[str, Any]:
    """``column_config`` with a thousands separator on every integer column that has no format of
    its own (a hidden column, a plain label or a column of another type is left as it is)."""
    out = dict(column_config or {})
    for col in frame.columns:
        if col in _NOT_COUNTS or not pd.api.types.is_integer_dtype(frame[col]) or frame[col].dtype == bool:
            continue
        given = out.get(col, ...)
        if given is ...:
            out[col] = st.column_config.NumberColumn(format=COUNT_FORMAT)
        elif (
            isinstance(given, dict)
            and given.get("type_config", {}).get("type") == "number"
            and not given["type_config"].get("format")
        ):
            out[col] = {**given, "type_config": {**given["type_config"], "format": COUNT_FORMAT}}
    return out


def signed_for_display(frame: pd.DataFrame, column_config: dict[str, Any]) -> pd.DataFrame:
    """Signed two-decimal columns (polarity) rounded as shown, so -0.001 reads "+0.00", not "-0.00"."""

    def fmt(cfg: Any) -> str:
        return str(cfg.get("type_config", {}).get("format") or "") if isinstance(cfg, dict) else ""

    signed = [col for col, cfg in column_config.items() if col in frame and fmt(cfg).startswith("%+")]
    if not signed:
        return frame
    return frame.assign(**{col: frame[col].round(2) + 0.0 for col in signed})


def table(
    frame: pd.DataFrame,
    name: str,
    key: str,
    ctx: ViewContext,
    column_config: dict[str, Any] | None = None,
    height: int | str = "auto",
    opens_articles: bool = False,
    total: int | None = None,
    everything: Callable[[], pd.DataFrame] | None = None,
) -> None:
    """A table of rows with a CSV download (spreadsheet formulas neutralised). With
    ``opens_articles`` (the frame has an ``article_id`` column), picking a row opens that article in
    the Article tab. At most ``MAX_ROWS`` rows are drawn; when ``frame`` is the first rows of ``total``,
    ``everything`` makes all of them for the CSV."""
    total = len(frame) if total is None else total
    rows = frame.head(MAX_ROWS)

    def full() -> pd.DataFrame:
        out = everything() if everything is not None else frame
        return out.drop(columns=["article_id"]) if opens_articles and "article_id" in out else out

    with st.container(key=f"box_{key}"):
        if total > len(rows):
            # Drawing tens of thousands of rows would cost the browser and every rerun; the CSV has all.
            st.caption(
                f"The first {len(rows):,} of {total:,} rows (sorting a column sorts these); "
                "the CSV download has all of them. Filter to narrow them down."
            )
        visible, widget_key, rows_click = rows, key, {}
        if opens_articles:  # picking a row opens that article in the Article tab
            visible = rows.drop(columns=["article_id"])
            widget_key = f"{key}_{ctx.state_key}_{st.session_state.get('_drill', 0)}"
            rows_click = {
                "on_select": functools.partial(_open_selected, widget_key, list(rows["article_id"])),
                "selection_mode": "single-row",
            }
        config = count_columns(visible, column_config)
        st.dataframe(
            signed_for_display(visible, config),
            hide_index=True,
            column_config=config,
            key=widget_key,
            height=height,
            **rows_click,
        )
        download(
            st,
            "CSV",
            lambda: export.csv_bytes(full()),
            f"newslens-{slug(name)}-{ctx.file_stem}.csv",
            "text/csv",
            f"{key}_csv",
            "These rows as CSV for a spreadsheet (formula-like cells neutralised)",
        )


POLARITY_COLUMN = st.column_config.NumberColumn("polarity", format="%+.2f", help="−1 negative … +1 positive")
SUBJECTIVITY_COLUMN = st.column_config.NumberColumn("subjectivity", format="%.2f", help="0 factual … 1 opinion")


def article_columns(count_help: str = "") -> dict[str, Any]:
    """How an article list (``aggregate.article_rows``) is shown."""
    return {
        "title": st.column_config.TextColumn("title", width="large"),
        "topics": st.column_config.ListColumn("topics", help="Tags: sub-folder names, a table's topics column"),
        "authors": st.column_config.ListColumn("authors", help="As the web page names them"),
        "language": st.column_config.TextColumn(
            "language", help="Identified for web pages; the analysis is English-only (en)"
        ),
        "sentences": st.column_config.NumberColumn("sentences", help="Sentences kept by the filter"),
        "mentions": st.column_config.NumberColumn("mentions", help="Entity mentions in the kept sentences"),
        "entities": st.column_config.NumberColumn("entities", help="Distinct entities in the kept sentences"),
        "quotes": st.column_config.NumberColumn("quotes", help="Quotes kept by the filter"),
        "speakers": st.column_config.NumberColumn("speakers", help="Distinct speakers of the kept quotes"),
        "mentions of them": st.column_config.NumberColumn("mentions of them", help=count_help or None),
        "quotes by them": st.column_config.NumberColumn("quotes by them", help=count_help or None),
        "polarity": POLARITY_COLUMN,
        # Only http(s) addresses reach this column (aggregate.safe_url); shown as text, not as a link.
        "url": st.column_config.TextColumn("url"),
    }


def drilldown(ctx: ViewContext, facet: str, key: str) -> None:
    """Under a click-to-filter chart, once a bar was clicked (its facet's filter is set): the articles
    behind the bar, most mentions (quotes) first; picking a row opens the article."""
    chosen = ctx.filters.entities if facet == "entities" else ctx.filters.speakers
    if not chosen or len(ctx.all_tables.articles) < 2:
        return
    if facet == "entities":
        rows = ctx.derived("drill_entities", lambda: aggregate.article_rows(ctx.tables, entities=chosen))
        count, verb = "mentions of them", "naming"
    else:
        rows = ctx.derived("drill_speakers", lambda: aggregate.article_rows(ctx.tables, speakers=chosen))
        count, verb = "quotes by them", "quoting"
    rows = rows[rows[count] > 0]
    who = ", ".join(chosen[:3]) + (f" +{len(chosen) - 3} more" if len(chosen) > 3 else "")
    n = len(rows)
    # Names come from article text: escaped HTML, never Markdown.
    st.html(
        f'<div class="nl-drill" style="margin-top:0.5rem"><b>{n:,} article{"s" * (n != 1)} {verb} '
        f'{highlight_esc(who)}</b> <span style="color:#666">· pick a row to read it in the Article tab</span></div>'
    )
    table(
        rows[["title", "date", count, "mentions", "quotes", "topics", "article_id"]].dropna(axis=1, how="all"),
        f"articles {verb} {who}",
        key,
        ctx,
        column_config=article_columns(),
        height=min(38 + 35 * max(n, 1), 300),
        opens_articles=True,
    )


_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:=^&])")


def md_escape(text: str) -> str:
    """Text for the few Streamlit elements that render Markdown (metric values): every character
    Markdown, HTML or LaTeX could act on is backslash-escaped, so it shows as typed."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)
