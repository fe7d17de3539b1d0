"""Overview: the size of what is on screen and who dominates it."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import aggregate, charts
from dashboard.filters import as_list
from dashboard.ui import POLARITY_COLUMN, ViewContext, chart, download, table

TITLE = "Overview"
QUESTION = "How big is the story, who is in it most, who speaks most, and in what tone?"


def tone_word(polarity: float | None) -> str:
    if polarity is None:
        return ""
    return "negative" if polarity < -0.05 else "positive" if polarity > 0.05 else "neutral"


def render(ctx: ViewContext) -> None:
    st.caption(QUESTION)
    o = aggregate.overview(ctx.tables, ctx.entity_counts)
    row = st.columns(5)
    row[0].metric("Sentences", o.sentences, help="Sentences kept by the filter", border=True)
    row[1].metric(
        "Entities", o.entities, help=f"Distinct people, organisations and places ({o.mentions} mentions)", border=True
    )
    row[2].metric("Quotes", o.quotes, help="Direct, partial and indirect quotes", border=True)
    row[3].metric("Speakers", o.speakers, help="Distinct people or bodies quoted", border=True)
    row[4].metric(
        "Mean polarity",
        "–" if o.mean_polarity is None else f"{o.mean_polarity:+.3f}",
        delta=tone_word(o.mean_polarity) or None,
        delta_color="off",
        delta_arrow="off",
        help="Mean sentence polarity: −1 negative … +1 positive; within ±0.05 counts as neutral. "
        "Sentence by sentence: the Sentiment tab.",
        border=True,
    )
    row = st.columns(2)
    row[0].metric(
        f"Top entity · {o.top_entity_count} mentions" if o.top_entity else "Top entity",
        o.top_entity or "–",
        border=True,
    )
    row[1].metric(
        f"Top speaker · {o.top_speaker_count} quotes" if o.top_speaker else "Top speaker",
        o.top_speaker or "–",
        border=True,
    )

    left, right = st.columns(2)
    with left:
        fig = charts.entity_bar(ctx.entity_counts, ctx.subtitle, top=8)
        chart(fig, "entities", "ov_entities", ctx, click_facet="entities")
    with right:
        fig = charts.speaker_bar(ctx.speaker_kinds, ctx.subtitle, top=8)
        chart(fig, "speakers", "ov_speakers", ctx, click_facet="speakers")

    st.subheader("Articles")
    a = ctx.tables.articles
    frame = pd.DataFrame(
        {
            "title": a["title"].fillna(a["source"]).to_numpy(),
            "source": a["source"].to_numpy(),
            "date": a["date"].to_numpy(),
            "topics": [as_list(t) for t in a["topics"]],
            "key terms": [as_list(t) for t in a["key_terms"]],
            "sentences": a["n_sentences"].to_numpy(),
            "quotes": a["n_quotes"].to_numpy(),
            "polarity": a["mean_polarity"].to_numpy(),
            "article_id": a["article_id"].to_numpy(),
        }
    )
    table(
        frame,
        "articles",
        "tbl_articles",
        ctx,
        column_config={
            "title": st.column_config.TextColumn("title", width="large"),
            "topics": st.column_config.ListColumn("tags"),
            "key terms": st.column_config.ListColumn("key terms"),
            "polarity": POLARITY_COLUMN,
        },
    )
    download(
        st,
        "Whole analysis (JSON)",
        ctx.corpus.analysis_json,
        "newslens-analysis.json",
        "application/json",
        "dl_json",
        "Every article's sentences, mentions, entities and quotes, unfiltered, in the shape `newslens analyze` writes",
    )
