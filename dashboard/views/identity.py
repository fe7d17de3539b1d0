"""Identity: which names the corpus counts as one entity, and the user's corrections.

The corpus identity step (``analysis.corpus.identity``) decides them; a correction (split a wrong merge,
merge two entities, set a type) is saved with the on-disk store for this corpus, so it applies to every
view, to later sessions and to ``newslens analyze`` on the same articles; it can be downloaded as a small
JSON file and uploaded again.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from analysis.corpus import identity
from analysis.corpus.identity import Override
from analysis.corpus.store import Store
from analysis.records import TABLE_LABELS
from dashboard import loading
from dashboard.filters import Filters
from dashboard.style import type_name
from dashboard.ui import COUNT_FORMAT, ViewContext, download, md_escape

TITLE = "Identity"
QUESTION = "Which names were counted as one person, organisation or place, and of what type?"


def _store(ctx: ViewContext) -> Store:
    opts = dict(k.split("=", 1) for k in ctx.corpus.key if k.startswith("sentiment_model="))
    return Store(sentiment_model=opts.get("sentiment_model", "light"))


def _save(store: Store, key: str, edits: list[Override]) -> None:
    identity.save_overrides(store.base, key, edits)
    loading.clear_cache()  # every view is made again from the tables under the new edits
    st.rerun()


def _names(store: Store, ids: list[str]) -> tuple[pd.DataFrame, pd.DataFrame, dict[str, str]] | None:
    """Each corpus entity's names, the entities with their mentions and names, and their labels for the
    merge choice: made once per corpus and edits (the map has tens of thousands of rows)."""
    umap = identity.cached_map(store, ids)
    if umap is None:
        return None
    names = identity.entity_names(umap)
    # Plain Python strings: Parquet hands text back Arrow-backed, slow to walk value by value.
    names = names.astype({c: object for c in names.columns if pd.api.types.is_string_dtype(names[c])})
    ents = (
        names.groupby(["entity_id", "name", "label"], sort=False)
        .agg(mentions=("mentions", "sum"), names=("alias", "nunique"))
        .reset_index()
    )
    others = _describe(ents, "{} · {} ({:,})")
    return names, ents, others


def _describe(ents: pd.DataFrame, form: str) -> dict[str, str]:
    """entity_id -> ``form`` filled with the entity's name, type name, mentions and number of names
    (a form may leave the last out), column by column: ``itertuples`` over the Arrow-backed text
    columns took 0.1 s for the BBC's 13,000 entities."""
    types = {label: type_name(label) for label in ents["label"].unique().tolist()}
    values = zip(
        ents["name"].tolist(),
        [types[x] for x in ents["label"].tolist()],
        ents["mentions"].tolist(),
        ents["names"].tolist(),
        strict=True,
    )
    return dict(zip(ents["entity_id"].tolist(), (form.format(*v) for v in values), strict=True))


def render(ctx: ViewContext) -> None:
    st.caption(
        QUESTION + " Each corpus entity with the names articles used for it; split a wrong merge, merge "
        "two entities or set a type: the change is kept with the store for these articles and counts "
        "in every view and in `newslens analyze`."
    )
    ids = ctx.all_tables.articles["article_id"].tolist()
    store = _store(ctx)
    key = identity.corpus_key(ids)
    edits = identity.load_overrides(store.base, key)
    name = f"identity_names {identity.export_overrides(edits)}"
    made = ctx.corpus.derived(Filters(), name, lambda: _names(store, ids))
    if made is None:
        st.info("The name decisions of these articles are not in the store (nothing to correct yet).")
        return
    names, ents, others = made
    only_merged = st.toggle("Only entities found under several names", value=True, key="id_multi")
    shown = ents[ents["names"] > 1] if only_merged else ents
    if shown.empty:
        st.info("No entity here was found under more than one name.")
        shown = ents
    labels = _describe(shown, "{} · {} · {:,} mentions, {} names")
    eid = st.selectbox("Entity", list(labels), format_func=labels.get, key="id_entity")
    if eid is None:
        return
    mine = names[names["entity_id"] == eid]
    row = ents[ents["entity_id"] == eid].to_dict("records")[0]
    st.markdown(f"**{md_escape(row['name'])}** · {md_escape(type_name(row['label']))}")
    st.dataframe(
        mine[["alias", "mentions", "articles", "identity_note"]],
        hide_index=True,
        key="id_names",
        column_config={
            "alias": st.column_config.TextColumn("name in the articles", width="medium"),
            "mentions": st.column_config.NumberColumn("mentions", format=COUNT_FORMAT),
            "articles": st.column_config.NumberColumn("articles", format=COUNT_FORMAT),
            "identity_note": st.column_config.TextColumn("why", width="large"),
        },
    )
    aliases = mine["alias"].tolist()
    main_alias = aliases[0]
    left, mid, right = st.columns(3)
    with left:
        if len(aliases) > 1:
            part = st.selectbox("Split off a name", aliases[1:], key="id_split_name")
            if st.button("Split", key="id_split", help="The articles using this name count it apart"):
                _save(store, key, [*edits, Override("split", (part,))])
        else:
            st.caption("Found under one name only: nothing to split.")
    with mid:
        targets = [e for e in others if e != eid]
        other = st.selectbox("Merge with", targets, format_func=others.get, index=None, key="id_merge_with")
        if other is not None and st.button("Merge", key="id_merge", help="Count both as one entity"):
            other_alias = names.loc[names["entity_id"] == other, "alias"].iat[0]
            _save(store, key, [*edits, Override("merge", (main_alias, other_alias))])
    with right:
        choices = sorted(TABLE_LABELS)
        label = st.selectbox("Type", choices, index=choices.index(row["label"]), format_func=type_name, key="id_label")
        if label != row["label"] and st.button("Set type", key="id_set_label"):
            _save(store, key, [*edits, Override("label", (main_alias,), label)])

    st.subheader("Corrections for these articles", divider="gray")
    if edits:
        st.dataframe(
            pd.DataFrame([{"edit": e.op, "names": " + ".join(e.names), "type": e.label or ""} for e in edits]),
            hide_index=True,
            key="id_edits",
        )
    else:
        st.caption("None yet.")
    row = st.container(horizontal=True, gap="small")
    if edits:
        if row.button("Undo the last", key="id_undo", icon=":material/undo:"):
            _save(store, key, edits[:-1])
        if row.button("Remove all", key="id_clear", icon=":material/delete:"):
            _save(store, key, [])
    download(
        row,
        "Corrections (JSON)",
        lambda: identity.export_overrides(edits, key).encode(),
        "newslens-identity.json",
        "application/json",
        "id_export",
        "The corrections as a small JSON file, to keep or to upload on another machine",
    )
    upload = st.file_uploader("Upload corrections (JSON)", type=["json"], key="id_import")
    if upload is not None:
        try:
            imported = identity.parse_overrides(upload.getvalue().decode("utf-8", "replace"))
        except ValueError as exc:
            st.error(f"Not a corrections file: {exc}", icon=":material/error:")
        else:
            if imported != edits and st.button(f"Use these {len(imported)} corrections", key="id_use_import"):
                _save(store, key, imported)
