"""Sources: whose voices the coverage carries, by gender, kind and role, and how they are framed."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import charts_sources, sources_data
from dashboard.ui import ViewContext, chart, shown, table

TITLE = "Sources"
QUESTION = "Whose voices does this coverage carry, and how are they reported?"

#: attribute -> the filter facet a click on its bars sets
FACETS = {"gender": "genders", "kind": "source_kinds", "role_group": "role_groups"}
GROUPINGS = {"speaker": "speaker", "role group": "role_group", "gender": "gender", "speaker kind": "kind"}


def render(ctx: ViewContext) -> None:
    st.caption(
        QUESTION + " Every share comes with its count and a 95% interval (Wilson): a wide bar means "
        "too few quotes to tell. Click a bar to filter every view by it; the quotes behind it are listed below."
    )
    everyone = ctx.all_tables.speakers
    v = ctx.derived("source_voices", lambda: sources_data.voices(ctx.tables, everyone))
    if v.empty:
        st.info("No quotes with a speaker in the kept rows.")
        return
    people = v["kind"].isin(sources_data.PEOPLE)
    cols = st.columns(4)
    cols[0].metric("Quotes with a speaker", f"{len(v):,}")
    cols[1].metric("Voices", f"{v[['article_id', 'speaker']].drop_duplicates().shape[0]:,}")
    women = int((v.loc[people, "gender"] == "female").sum())
    lo, hi = sources_data.wilson(women, int(people.sum()))
    cols[2].metric(
        "Quotes by women",
        f"{women / max(int(people.sum()), 1):.0%}",
        help=f"Of {int(people.sum()):,} quotes by people (gender unknown included); 95% interval {lo:.0%} to {hi:.0%}.",
    )
    cols[3].metric("Quoted words", f"{int(v['words'].sum()):,}")
    measure = st.radio(
        "Share of",
        ["quotes", "quoted words"],
        horizontal=True,
        key="src_measure",
        help="Count each quote once, or by its length.",
    )
    key = "words" if measure == "quoted words" else "quotes"
    share_frames = {}
    for attribute, facet in FACETS.items():
        s = ctx.derived(f"source_shares_{attribute}", lambda a=attribute: sources_data.shares(v, a))
        share_frames[attribute] = s
        chart(
            charts_sources.share_bar(s, attribute, ctx.subtitle, measure=key),
            f"share of {measure} by {sources_data.ATTRIBUTE_NAMES[attribute]}",
            f"ch_src_{attribute}",
            ctx,
            click_facet=facet,
        )
        unknown = sources_data.unknown_count(s)
        name = sources_data.ATTRIBUTE_NAMES[attribute]
        note = f"{unknown:,} of {int(s['quotes'].sum()):,} quotes have an unknown {name}."
        if attribute == "gender":
            others = int((~people).sum())
            note += (
                f" Quotes by organisations, groups and anonymous voices ({others:,}) have no gender"
                " and are not counted here."
            )
        st.caption(note)

    st.subheader("Who is said, who is claimed")
    by_label = st.selectbox("Framing by", list(GROUPINGS), key="src_framing_by")
    by = GROUPINGS[by_label]
    framing = ctx.derived(f"source_framing_{by}", lambda: sources_data.framing_shares(v, by))
    chart(
        charts_sources.framing_bar(framing, by, ctx.subtitle),
        f"framing by {by_label}",
        "ch_src_framing",
        ctx,
        click_facet="speakers" if by == "speaker" else FACETS.get(by),
    )

    # Each summary once per corpus and filter: a rerun (a radio, another tab and back) recomputes none.
    groups = ctx.derived("source_groups", lambda: sources_data.group_of(ctx.tables, v))
    if groups:
        st.subheader("Compared")
        c1, c2 = st.columns(2)
        group = c1.selectbox("Compare by", list(groups), key="src_group")
        attr_label = c2.selectbox("Share of", ["gender", "speaker kind", "role group"], key="src_group_attr")
        attribute = {"gender": "gender", "speaker kind": "kind", "role group": "role_group"}[attr_label]
        compared = ctx.derived(
            f"source_compared_{group}_{attribute}", lambda: sources_data.shares_by(v, attribute, groups[group])
        )
        chart(
            charts_sources.comparison_bar(compared, attribute, group, ctx.subtitle),
            f"{attr_label} by {group}",
            "ch_src_compare",
            ctx,
            click_facet=FACETS[attribute],
        )
        table(compared.round(4), f"{attr_label} by {group}", "tbl_src_compare", ctx, height=240)

    st.subheader("The shares as a table")
    all_shares = pd.concat(
        [s.assign(attribute=sources_data.ATTRIBUTE_NAMES[a]) for a, s in share_frames.items()], ignore_index=True
    )
    table(
        all_shares.round(4)[["attribute", *[c for c in all_shares.columns if c != "attribute"]]],
        "source shares",
        "tbl_src_shares",
        ctx,
        height=260,
    )

    speakers = ctx.derived("source_speakers", lambda: sources_data.speaker_rows(ctx.tables, everyone))
    st.subheader(f"Voices ({len(speakers):,})")
    table(
        shown(speakers, ctx),
        "voices",
        "tbl_src_speakers",
        ctx,
        column_config={
            "role": st.column_config.TextColumn("role", help="The article's words for what the speaker is"),
            "gender_evidence": st.column_config.TextColumn(
                "gender evidence", help="Pronouns resolved to them, Mr/Ms, gendered role words; or 'first name'"
            ),
        },
        height=min(38 + 35 * max(len(speakers), 1), 320),
    )
    st.subheader(f"The quotes behind the numbers ({len(v):,})")
    rows = v.drop(columns=["start", "end"])
    table(
        rows,
        "source quotes",
        "tbl_src_quotes",
        ctx,
        column_config={"text": st.column_config.TextColumn("quote", width="large")},
        opens_articles=len(ctx.all_tables.articles) > 1,
    )
