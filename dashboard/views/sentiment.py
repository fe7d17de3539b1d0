"""Sentiment: the tone sentence by sentence, and around each entity and speaker."""

from __future__ import annotations

import streamlit as st

from dashboard import aggregate, charts
from dashboard.ui import POLARITY_COLUMN, SUBJECTIVITY_COLUMN, ViewContext, chart, shown, table

TITLE = "Sentiment"
QUESTION = "In what tone is the story told, where does it turn, and around whom?"


def render(ctx: ViewContext) -> None:
    st.caption(QUESTION + " Polarity and subjectivity are TextBlob's lexicon scores per sentence.")
    rows = aggregate.sentence_rows(ctx.tables)
    arts = ctx.tables.articles
    if len(arts) > 1:
        titles = dict(zip(arts["article_id"], arts["title"].fillna(arts["source"]), strict=True))
        chosen = st.selectbox(
            "Article for the sentence-by-sentence view", list(titles), format_func=titles.get, key="sent_article"
        )
    else:
        chosen = arts["article_id"].iat[0] if len(arts) else None
    one = rows[rows["article_id"] == chosen]
    title = one["article"].iat[0] if len(one) else ""
    chart(charts.polarity_line(one, ctx.subtitle, article=title), "tone", "ch_tone", ctx)

    left, right = st.columns(2)
    with left:
        chart(charts.polarity_histogram(rows, ctx.subtitle), "polarity distribution", "ch_hist", ctx)
    with right:
        spk = aggregate.speaker_sentiment(ctx.tables)
        fig = charts.mean_polarity_bar(spk, "speaker", "quotes", "Tone of each speaker's quotes", ctx.subtitle)
        chart(fig, "speaker tone", "ch_spk_tone", ctx)
    ents = ctx.entity_counts
    fig = charts.mean_polarity_bar(ents, "name", "sentences", "Tone of the sentences naming each entity", ctx.subtitle)
    chart(fig, "entity tone", "ch_ent_tone", ctx)

    st.subheader(f"Sentences ({len(rows)})")
    table(
        shown(rows, ctx),
        "sentences",
        "tbl_sentences",
        ctx,
        column_config={
            "text": st.column_config.TextColumn("sentence text", width="large"),
            "sentence": st.column_config.NumberColumn("#", help="Sentence number in the article"),
            "polarity": POLARITY_COLUMN,
            "subjectivity": SUBJECTIVITY_COLUMN,
            "entities": st.column_config.ListColumn("entities named"),
            "key_terms": st.column_config.ListColumn("key terms"),
        },
    )
