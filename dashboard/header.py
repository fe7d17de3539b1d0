"""The page head: name, what is loaded, rejected inputs, and the active filters as chips."""

from __future__ import annotations

import streamlit as st

from dashboard.highlight import esc
from dashboard.ui import ViewContext, clear_filters

CHIP = (
    "display:inline-block; padding:2px 10px; margin:2px 6px 2px 0; border-radius:14px; "
    "background:#E8F0FE; color:#174EA6; font-size:0.85rem; border:1px solid #C6DAFC"
)


def render(ctx: ViewContext, notes: list[str]) -> None:
    st.title("NewsLens")
    n = len(ctx.all_tables.articles)
    st.caption(
        "Who is in the story, who gets to speak, and in what tone. "
        f"{n} article{'s' if n != 1 else ''} loaded. Every number links back to the words it came from: "
        "see the Article tab."
    )
    # Input names come from users' files: shown as escaped HTML, never as Markdown.
    for e in ctx.corpus.errors:
        st.html(
            '<div style="color:#8A1C1C; background:#FDECEA; padding:6px 10px; border-radius:6px">'
            f"Not analysed: <b>{esc(e['source'])}</b>: {esc(e['error'])}</div>"
        )
    for note in notes:
        st.html(f'<div style="color:#555">{esc(note)}</div>')
    if not ctx.corpus.n_articles:
        st.info("No articles loaded. Tick the bundled seed, upload .txt or .md files, or paste an article.")
        return
    chips = ctx.filters.chips()
    if chips:
        row = st.container(horizontal=True, vertical_alignment="center", gap="small")
        row.html("".join(f'<span style="{CHIP}">{esc(c.label)}</span>' for c in chips), width="content")
        row.button("Clear filters", on_click=clear_filters, key="clear_chips", icon=":material/close:", type="tertiary")
