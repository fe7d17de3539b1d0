"""Quotes: who gets to speak, how, and what they said."""

from __future__ import annotations

import streamlit as st

from dashboard import aggregate, charts
from dashboard.style import UNATTRIBUTED
from dashboard.ui import POLARITY_COLUMN, SUBJECTIVITY_COLUMN, ViewContext, chart, drilldown, shown, table

TITLE = "Quotes"
QUESTION = "Who gets to speak, in their own words or reported, and what did they say?"


def render(ctx: ViewContext) -> None:
    st.caption(QUESTION + " Click a bar to filter every view by that speaker.")
    kinds = ctx.speaker_kinds
    chart(charts.speaker_bar(kinds, ctx.subtitle), "speakers", "ch_speakers", ctx, click_facet="speakers")
    drilldown(ctx, "speakers", "quo_drill")
    speakers = ctx.derived("speaker_table", lambda: aggregate.speaker_table(ctx.tables))
    # The quotes with no speaker found have a line of their own, last; they are nobody's, not a speaker.
    named = int((speakers["speaker"] != UNATTRIBUTED).sum())
    st.subheader(f"Speakers ({named:,})")
    table(
        speakers,
        "speakers",
        "tbl_speakers",
        ctx,
        column_config={
            "speaker": st.column_config.TextColumn("speaker", width="medium"),
            "articles": st.column_config.NumberColumn("articles", help="Articles quoting them"),
            "polarity": st.column_config.NumberColumn(
                "polarity", format="%+.2f", help="Mean polarity of their quotes: −1 negative … +1 positive"
            ),
        },
        height=min(38 + 35 * max(len(speakers), 1), 320),
    )
    rows = ctx.derived("quote_rows", lambda: aggregate.quote_rows(ctx.tables))
    st.subheader(f"Quotes ({len(rows):,})")
    table(
        shown(rows, ctx),
        "quotes",
        "tbl_quotes",
        ctx,
        column_config={
            "text": st.column_config.TextColumn("quote", width="large"),
            "cue": st.column_config.TextColumn("cue verb"),
            "polarity": POLARITY_COLUMN,
            "subjectivity": SUBJECTIVITY_COLUMN,
            "sentence": st.column_config.NumberColumn("sentence", help="Sentence number in the article"),
            "start": st.column_config.NumberColumn("start", help="Character offset in the article text"),
            "end": st.column_config.NumberColumn("end"),
        },
    )
