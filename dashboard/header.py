"""The page head: name, what is loaded, the inputs not analysed (one warning), and the active filters as chips."""

from __future__ import annotations

import streamlit as st

from dashboard.highlight import esc
from dashboard.loading import Corpus
from dashboard.ui import ViewContext, clear_filters

CHIP = (
    "display:inline-block; padding:2px 10px; margin:2px 6px 2px 0; border-radius:14px; "
    "background:#E8F0FE; color:#174EA6; font-size:0.85rem; border:1px solid #C6DAFC"
)
WARNING = "color:#5C3B00; background:#FFF4E5; border:1px solid #F5C27A; padding:8px 12px; border-radius:6px"
#: Beyond this many files the list stops (the JSON export has every one).
MAX_LISTED = 200


def _plural(n: int, word: str) -> str:
    return f"{n:,} {word}{'' if n == 1 else 's'}"


def counts_line(corpus: Corpus) -> str:
    """inputs = analysed + duplicates + rejected, in words."""
    c = corpus.report.counts()
    parts = [f"{c['analysed']:,} analysed" + (f" ({c['from_cache']:,} from the store)" if c["from_cache"] else "")]
    if c["duplicates"]:
        parts.append(_plural(c["duplicates"], "duplicate"))
    parts.append(f"{c['rejected']:,} rejected")
    return f"{_plural(c['inputs'], 'input')} read: " + ", ".join(parts) + "."


def _items(rows: list[tuple[str, str]]) -> str:
    shown = "".join(f"<li><b>{esc(name)}</b>: {esc(reason)}</li>" for name, reason in rows[:MAX_LISTED])
    more = len(rows) - MAX_LISTED
    if more > 0:
        shown += f"<li>… and {more:,} more (the JSON download lists every one)</li>"
    return f'<ul style="margin:4px 0 0 0; padding-left:1.2rem">{shown}</ul>'


def problems_html(corpus: Corpus) -> str:
    """One warning: every input not analysed with its reason, the duplicates, and counts that add up.
    Input names come from users' files: escaped HTML, never Markdown."""
    errors = [(e["source"], e["error"]) for e in corpus.errors]
    dups = [(d["source"], f"the same text as {d['same_as']}: shown once") for d in corpus.duplicates]
    if not errors and not dups:
        return ""
    head = []
    if errors:
        head.append(f"{_plural(len(errors), 'input')} not analysed")
    if dups:
        head.append(f"{_plural(len(dups), 'duplicate')} shown once")
    body = f"<b>{esc('; '.join(head))}.</b> {esc(counts_line(corpus))}"
    rows = errors + dups
    # Open when short; a long list (a folder of broken files) folds away under its summary.
    opened = " open" if len(rows) <= 10 else ""
    return (
        f'<div class="nl-problems" role="alert" style="{WARNING}">{body}'
        f"<details{opened}><summary>Files and reasons</summary>{_items(rows)}</details></div>"
    )


def render(ctx: ViewContext) -> None:
    st.title("NewsLens")
    n = len(ctx.all_tables.articles)
    loaded = f"{_plural(n, 'article')} loaded"
    if ctx.corpus.report.inputs > n:
        loaded += f" ({counts_line(ctx.corpus)[:-1]})"
    st.caption(
        f"Who is in the story, who gets to speak, and in what tone. {loaded}. "
        "Every number links back to the words it came from: see the Article tab."
    )
    warning = problems_html(ctx.corpus)
    if warning:
        st.html(warning)
    if not ctx.corpus.n_articles:
        st.info(
            "No articles loaded. Tick the bundled seed, upload files, pick a folder from the data folder, "
            "or paste an article."
        )
        return
    chips = ctx.filters.chips()
    if chips:
        row = st.container(horizontal=True, vertical_alignment="center", gap="small")
        row.html("".join(f'<span style="{CHIP}">{esc(c.label)}</span>' for c in chips), width="content")
        row.button("Clear filters", on_click=clear_filters, key="clear_chips", icon=":material/close:", type="tertiary")
