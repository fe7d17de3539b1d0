"""Entities: who and what the story is about, and who appears together."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import aggregate, charts
from dashboard.ui import POLARITY_COLUMN, ViewContext, chart, drilldown, table

TITLE = "Entities"
QUESTION = "Who and what is the story about, how often, in what tone, and who appears together?"


def render(ctx: ViewContext) -> None:
    st.caption(QUESTION + " Click a bar to filter every view by that entity.")
    counts = ctx.entity_counts
    corpus = len(ctx.all_tables.articles) > 1
    row = st.container(horizontal=True, gap="medium")
    with row:
        top = st.segmented_control("Show the top", [10, 15, 25, 40], default=15, key="ent_top") or 15
        measure = "count"
        if corpus:
            by = st.segmented_control(
                "Rank by",
                ["mentions", "articles"],
                default="mentions",
                key="ent_measure",
                help="Mentions in the kept sentences, or the number of articles naming the entity "
                "(one long article cannot dominate).",
            )
            measure = "articles" if by == "articles" else "count"
    fig = charts.entity_bar(counts, ctx.subtitle, top=top, measure=measure)
    chart(fig, "entities", "ch_entities", ctx, click_facet="entities")
    drilldown(ctx, "entities", "ent_drill")

    frame = counts.drop(columns=["label"])
    if frame["sentiment"].isna().all():
        frame = frame.drop(columns=["sentiment"])
    table(
        frame,
        "entities",
        "tbl_entities",
        ctx,
        column_config={
            "name": st.column_config.TextColumn("entity", width="medium"),
            "count": st.column_config.NumberColumn("mentions"),
            "sentences": st.column_config.NumberColumn("sentences", help="Sentences naming it"),
            "articles": st.column_config.NumberColumn("articles", help="Articles naming it"),
            "aliases": st.column_config.ListColumn("aliases", help="Other names it appears under"),
            "polarity": POLARITY_COLUMN,
            "sentiment": st.column_config.TextColumn(
                "targeted sentiment", help="How the sentences naming it treat it (majority of mentions)"
            ),
        },
    )

    if corpus:
        over_time(ctx, counts)

    n = min(top, 15)
    matrix = ctx.derived(f"cooccurrence{n}", lambda: aggregate.cooccurrence(ctx.tables, top=n, counts=counts))
    chart(charts.cooccurrence_heatmap(matrix, ctx.subtitle), "co-occurrence", "ch_cooc", ctx)
    pairs = aggregate.cooccurrence_pairs(matrix)
    with st.expander(f"Pairs sharing a sentence ({len(pairs):,})"):
        table(pairs, "co-occurrence pairs", "tbl_pairs", ctx)


def over_time(ctx: ViewContext, counts: pd.DataFrame, lines: int = 6) -> None:
    """Mentions per day, week or month of the filtered entities, or else the most mentioned ones;
    only when the articles have at least two different readable dates."""
    dates = aggregate.article_dates(ctx.all_tables.articles)
    if dates.dropna().nunique() < 2:
        return
    names = list(ctx.filters.entities) or list(counts["name"].head(lines))
    freq = aggregate.period_for(dates)
    frame = ctx.derived(
        f"mentions_over_time{names}", lambda: aggregate.mentions_over_time(ctx.tables, names, freq, dates)
    )
    chart(charts.mentions_timeline(frame, names, freq, ctx.subtitle), "mentions over time", "ch_timeline", ctx)
    undated = int(dates.isna().sum())
    if undated:
        st.caption(f"{undated:,} article{'s' * (undated != 1)} without a readable date are not in this chart.")
