"""Overview: the size of what is on screen and who dominates it."""

from __future__ import annotations

import streamlit as st

from analysis.records import NEUTRAL_BAND, sentiment_label
from dashboard import aggregate, charts
from dashboard.ui import ViewContext, chart, download, drilldown, md_escape

TITLE = "Overview"
QUESTION = "How big is the story, who is in it most, who speaks most, and in what tone?"


def tone_word(polarity: float | None) -> str:
    """The analysis' own label for a polarity (its neutral band), so the Overview and the
    sentence labels never disagree."""
    return "" if polarity is None else sentiment_label(polarity)


def render(ctx: ViewContext) -> None:
    st.caption(QUESTION)
    o = aggregate.overview(ctx.tables, ctx.entity_counts)
    corpus = len(ctx.all_tables.articles) > 1
    row = st.columns(6 if corpus else 5)
    if corpus:
        row[0].metric(
            "Articles", f"{o.articles:,}", help="Articles with sentences or quotes the filter keeps", border=True
        )
        row = row[1:]
    row[0].metric("Sentences", f"{o.sentences:,}", help="Sentences kept by the filter", border=True)
    row[1].metric(
        "Entities",
        f"{o.entities:,}",
        help=f"Distinct people, organisations and places ({o.mentions:,} mentions)",
        border=True,
    )
    row[2].metric(
        "Quotes",
        f"{o.quotes:,}",
        help=f"Direct, partial and indirect quotes; {o.unattributed:,} of them with no speaker found",
        border=True,
    )
    row[3].metric("Speakers", f"{o.speakers:,}", help="Distinct people or bodies quoted", border=True)
    row[4].metric(
        "Mean polarity",
        "–" if o.mean_polarity is None else f"{o.mean_polarity:+.3f}",
        delta=tone_word(o.mean_polarity) or None,
        delta_color="off",
        delta_arrow="off",
        help=f"Mean sentence polarity: −1 negative … +1 positive; within ±{NEUTRAL_BAND:g} counts as neutral "
        "(the band every sentiment label uses). "
        "Sentence by sentence: the Sentiment tab.",
        border=True,
    )
    row = st.columns(2)
    # Metric values render Markdown: names from article text are escaped for it.
    row[0].metric(
        f"Top entity · {o.top_entity_count:,} mentions" if o.top_entity else "Top entity",
        md_escape(o.top_entity) if o.top_entity else "–",
        border=True,
    )
    row[1].metric(
        f"Top speaker · {o.top_speaker_count:,} quotes" if o.top_speaker else "Top speaker",
        md_escape(o.top_speaker) if o.top_speaker else "–",
        border=True,
    )

    left, right = st.columns(2)
    with left:
        fig = charts.entity_bar(ctx.entity_counts, ctx.subtitle, top=8)
        chart(fig, "entities", "ov_entities", ctx, click_facet="entities")
    with right:
        fig = charts.speaker_bar(ctx.speaker_kinds, ctx.subtitle, top=8)
        chart(fig, "speakers", "ov_speakers", ctx, click_facet="speakers")
        if o.unattributed:  # counted, never ranked among the speakers
            st.caption(f"{o.unattributed:,} quoted stretches with no speaker found (not ranked)")

    # A clicked bar: the articles behind it, right here.
    drilldown(ctx, "entities", "ov_drill_entities")
    drilldown(ctx, "speakers", "ov_drill_speakers")
    download(
        st,
        "Whole analysis (JSON)",
        ctx.corpus.analysis_json,
        "newslens-analysis.json",
        "application/json",
        "dl_json",
        "Every article's sentences, mentions, entities and quotes, unfiltered, in the shape `newslens analyze` writes",
    )
