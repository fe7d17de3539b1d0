"""Entities: who and what the story is about, and who appears together."""

from __future__ import annotations

import streamlit as st

from dashboard import aggregate, charts
from dashboard.ui import POLARITY_COLUMN, ViewContext, chart, table

TITLE = "Entities"
QUESTION = "Who and what is the story about, how often, in what tone, and who appears together?"


def render(ctx: ViewContext) -> None:
    st.caption(QUESTION + " Click a bar to filter every view by that entity.")
    counts = ctx.entity_counts
    top = st.segmented_control("Show the top", [10, 15, 25, 40], default=15, key="ent_top") or 15
    chart(charts.entity_bar(counts, ctx.subtitle, top=top), "entities", "ch_entities", ctx, click_facet="entities")

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
            "aliases": st.column_config.ListColumn("aliases", help="Other names it appears under"),
            "polarity": POLARITY_COLUMN,
            "sentiment": st.column_config.TextColumn(
                "targeted sentiment", help="How the sentences naming it treat it (majority of mentions)"
            ),
        },
    )

    matrix = aggregate.cooccurrence(ctx.tables, top=min(top, 15), counts=counts)
    chart(charts.cooccurrence_heatmap(matrix, ctx.subtitle), "co-occurrence", "ch_cooc", ctx)
    pairs = aggregate.cooccurrence_pairs(matrix)
    with st.expander(f"Pairs sharing a sentence ({len(pairs)})"):
        table(pairs, "co-occurrence pairs", "tbl_pairs", ctx)
