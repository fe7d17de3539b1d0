"""Article: the words themselves, with what the analysis found marked on them."""

from __future__ import annotations

import streamlit as st

from analysis.records import REFERENCE_LABELS
from dashboard import aggregate, highlight
from dashboard.filters import Filters
from dashboard.sources_data import voice_tips
from dashboard.stats import speaker_of
from dashboard.style import speaker_colours
from dashboard.ui import ARTICLE_KEY, ViewContext

TITLE = "Article"
QUESTION = "Where in the text does each number come from?"


def render(ctx: ViewContext) -> None:
    st.caption(
        QUESTION + " Entity mentions are shaded by type, quotes marked in their speaker's colour and the "
        "words each quote is attached to underlined; hover for details. With a filter set, the sentences "
        "it keeps are in full colour."
    )
    arts = ctx.tables.articles if ctx.filters.active else ctx.all_tables.articles
    if arts.empty:
        st.info("No article has rows that match the current filter.")
        return
    titles = dict(zip(arts["article_id"], arts["title"].fillna(arts["source"]), strict=True))
    if len(titles) > 1:
        # Picked here, or from a row of an article list (ui.open_article); one the filter no longer
        # keeps falls back to the first.
        if st.session_state.get(ARTICLE_KEY) not in titles:
            st.session_state.pop(ARTICLE_KEY, None)
        chosen = st.selectbox(
            f"Article ({len(titles):,} {'match the filter' if ctx.filters.active else 'loaded'})",
            list(titles),
            format_func=titles.get,
            key=ARTICLE_KEY,
            help="Type to search the titles. A row picked in an article list opens here too.",
        )
    else:
        chosen = next(iter(titles))
    everything = ctx.all_tables
    row = everything.articles[everything.articles["article_id"] == chosen].iloc[0]
    mentions = everything.mentions[everything.mentions["article_id"] == chosen]
    quotes = everything.quotes[everything.quotes["article_id"] == chosen]
    ranked = ctx.corpus.derived(Filters(), "speaker_kinds", lambda: aggregate.speaker_kinds(everything))
    here = set(speaker_of(quotes))  # once, not once per speaker of the corpus
    colours = speaker_colours([s for s in aggregate.speaker_order(ranked) if s in here])
    kept = None
    if ctx.filters.active:
        s = ctx.tables.sentences
        s = s[s["article_id"] == chosen]
        q = ctx.tables.quotes
        q = q[q["article_id"] == chosen]
        # In full colour: the sentences the filter keeps and the quotes it keeps (a quote by Khan
        # that says "he said" is his without naming him).
        kept = list(zip(s["start"].astype(int), s["end"].astype(int), strict=True))
        kept += list(zip(q["start"].astype(int), q["end"].astype(int), strict=True))
        voiced = q[q["speaker_start"].notna()]
        kept += list(zip(voiced["speaker_start"].astype(int), voiced["speaker_end"].astype(int), strict=True))
        n_quotes = len(q)
        st.caption(
            f"{len(s):,} of {int(row['n_sentences']):,} sentences and {n_quotes:,} quote{'s' if n_quotes != 1 else ''} "
            "match the filter."
        )
    voices = voice_tips(everything.speakers[everything.speakers["article_id"] == chosen])
    marks = highlight.spans(mentions, quotes, ctx.filters.entities, ctx.filters.speakers, voices)
    refs = mentions["label"].isin(REFERENCE_LABELS)
    named = mentions["entity"].notna() & ~refs
    other = bool((~named & ~refs).any())
    st.html(highlight.legend_html(mentions.loc[named, "label"], colours, other=other, references=bool(refs.any())))
    st.html(highlight.article_html(row["text"], marks, colours, kept))
    meta = [f"source: {row['source']}"]
    for field in ("date", "outlet", "url"):
        if isinstance(row.get(field), str):
            meta.append(f"{field}: {row[field]}")
    if authors := list(row.get("authors") or []):
        meta.append("by " + ", ".join(authors))
    if isinstance(row.get("language"), str):
        meta.append(f"language: {row['language']}")
    topics = row.get("topics") or []
    if topics:
        meta.append("topics: " + ", ".join(topics))
    # File names are untrusted too: escaped HTML, never Markdown.
    st.html(f'<div style="color:#666; font-size:0.85rem">{highlight.esc(" · ".join(meta))}</div>')
