"""Articles: which articles are on screen, from when and about what; a row opens the Article tab."""

from __future__ import annotations

import streamlit as st

from dashboard import aggregate, charts
from dashboard.ui import ViewContext, article_columns, chart, table

TITLE = "Articles"
QUESTION = "Which articles are on screen, from when, about what, and how much of each does the filter keep?"


def render(ctx: ViewContext) -> None:
    st.caption(
        QUESTION + " Counts are of the rows the filter keeps. Pick a row to read the article in the Article tab."
    )
    dates = aggregate.article_dates(ctx.all_tables.articles)
    dated = int(dates.notna().sum())
    if dated and dates.dropna().nunique() > 1:
        kept = dates[dates.index.isin(ctx.tables.articles["article_id"])]
        freq = aggregate.period_for(dates)
        frame = ctx.derived("articles_over_time", lambda: aggregate.articles_over_time(ctx.tables, freq, kept))
        chart(charts.coverage_bar(frame, freq, ctx.subtitle), "articles over time", "ch_coverage", ctx)
        missing = len(dates) - dated
        if missing:
            st.caption(f"{missing:,} article{'s' * (missing != 1)} without a readable date are not in this chart.")

    rows = ctx.derived(
        "article_rows", lambda: aggregate.article_rows(ctx.tables, ctx.filters.entities, ctx.filters.speakers)
    )
    st.subheader(f"Articles ({len(rows):,} of {len(ctx.all_tables.articles):,})")
    rows = rows.dropna(axis=1, how="all")  # no date, outlet or url column when no article has one
    if "source" in rows and (rows["source"] == rows["title"]).all():
        rows = rows.drop(columns=["source"])
    table(
        rows,
        "articles",
        "tbl_articles",
        ctx,
        column_config=article_columns("In the kept sentences and quotes of each article"),
        height=min(38 + 35 * max(len(rows), 1), 560),
        opens_articles=True,
    )
