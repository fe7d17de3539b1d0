"""Sentiment: the tone sentence by sentence, and around each entity and speaker."""

from __future__ import annotations

import streamlit as st

from analysis.corpus.tables import Tables
from dashboard import aggregate, charts
from dashboard.ui import MAX_ROWS, POLARITY_COLUMN, SUBJECTIVITY_COLUMN, ViewContext, chart, shown, table

TITLE = "Sentiment"
QUESTION = "In what tone is the story told, where does it turn, and around whom?"


def render(ctx: ViewContext) -> None:
    st.caption(QUESTION + " Polarity and subjectivity are TextBlob's lexicon scores per sentence.")
    arts = ctx.tables.articles
    topics = aggregate.tone_topics(ctx.all_tables) if len(ctx.all_tables.articles) > 1 else []
    if len(topics) > 1:
        tone = ctx.derived("topic_tone", lambda: aggregate.topic_tone(ctx.tables, topics))
        fig = charts.topic_tone_bar(tone, ctx.subtitle)
        chart(fig, "tone by topic", "ch_topic_tone", ctx, click_facet="topics")
        st.caption("Click a bar to filter every view by that topic.")
    if len(arts) > 1:
        titles = dict(zip(arts["article_id"], arts["title"].fillna(arts["source"]), strict=True))
        chosen = st.selectbox(
            "Article for the sentence-by-sentence view", list(titles), format_func=titles.get, key="sent_article"
        )
    else:
        chosen = arts["article_id"].iat[0] if len(arts) else None
    one = aggregate.sentence_rows(one_article(ctx.tables, chosen))
    title = one["article"].iat[0] if len(one) else ""
    chart(charts.polarity_line(one, ctx.subtitle, article=title), "tone", "ch_tone", ctx)

    left, right = st.columns(2)
    with left:
        chart(charts.polarity_histogram(ctx.tables.sentences, ctx.subtitle), "polarity distribution", "ch_hist", ctx)
    with right:
        spk = ctx.derived("speaker_sentiment", lambda: aggregate.speaker_sentiment(ctx.tables))
        fig = charts.mean_polarity_bar(spk, "speaker", "quotes", "Tone of each speaker's quotes", ctx.subtitle)
        chart(fig, "speaker tone", "ch_spk_tone", ctx)
    ents = ctx.entity_counts
    fig = charts.mean_polarity_bar(ents, "name", "sentences", "Tone of the sentences naming each entity", ctx.subtitle)
    chart(fig, "entity tone", "ch_ent_tone", ctx)

    total = len(ctx.tables.sentences)
    st.subheader(f"Sentences ({total:,})")
    rows = ctx.derived("sentence_rows", lambda: aggregate.sentence_rows(ctx.tables, limit=MAX_ROWS))
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
        total=total,
        everything=lambda: shown(aggregate.sentence_rows(ctx.tables), ctx),
    )


def one_article(t: Tables, article_id: str | None) -> Tables:
    """The rows of one article (what the sentence-by-sentence chart needs)."""
    return Tables(
        **{name: frame[frame["article_id"] == article_id] for name, frame in t.items()},
    )
