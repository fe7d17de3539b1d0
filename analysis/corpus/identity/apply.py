"""Applying a unit map: the tables under corpus entities, and each entity's names with their counts."""

from __future__ import annotations

from collections import Counter, defaultdict

import numpy as np
import pandas as pd

from analysis.corpus.identity.names import _singular, base_key
from analysis.corpus.tables import Tables
from analysis.records import REFERENCE_LABELS


def speaker_forms(speakers: pd.Series) -> dict[str, str]:
    """Speaker descriptions up to case and number -> the spelling used most ("analysts")."""
    counts = speakers.dropna().astype(str).value_counts()
    groups: dict[str, Counter] = defaultdict(Counter)
    keys = {s: base_key(s) for s in counts.index}
    present = set(keys.values())
    for s, c in counts.items():
        k = keys[s]
        single = _singular(k)
        groups[single if single in present else k][s] += int(c)
    out = {}
    for forms in groups.values():
        best = sorted(forms, key=lambda x: (-forms[x], x != x.lower(), -len(x), x))[0]
        out.update({s: best for s in forms})
    return out


def apply_map(tables: Tables, umap: pd.DataFrame) -> Tables:
    """The tables with every entity, mention and quote speaker under its corpus entity."""
    ents = tables.entities
    if ents.empty or umap.empty:
        quotes = _speakers(tables.quotes, umap)
        return Tables(tables.articles, tables.sentences, tables.mentions, ents, quotes, _voices(tables, quotes))
    m = umap.set_index(["article_id", "alias"])
    key = pd.MultiIndex.from_arrays([ents["article_id"], ents["name"]])
    hit = m.reindex(key)
    e = ents.copy()
    e["entity_id"] = hit["entity_id"].to_numpy()
    e["identity_note"] = hit["identity_note"].to_numpy()
    own = e["name"].to_numpy()
    e["name"] = hit["name"].to_numpy()
    e["label"] = hit["label"].to_numpy()
    e["aliases"] = [list(dict.fromkeys([o, *(() if a is None else a)])) for o, a in zip(own, e["aliases"], strict=True)]
    e = _collapse(e)

    ments = tables.mentions
    if not ments.empty:
        mkey = pd.MultiIndex.from_arrays([ments["article_id"], ments["entity"]])
        mh = m.reindex(mkey)
        ments = ments.copy()
        found = mh["entity_id"].notna().to_numpy()
        ments["entity_id"] = mh["entity_id"].to_numpy()
        ments["entity"] = np.where(found, mh["name"].to_numpy(), ments["entity"].to_numpy())
        named = found & ~ments["label"].isin(REFERENCE_LABELS).to_numpy()
        ments["label"] = np.where(named, mh["label"].to_numpy(), ments["label"].to_numpy())
    quotes = _speakers(tables.quotes, umap)
    return Tables(tables.articles, tables.sentences, ments, e, quotes, _voices(tables, quotes))


def _collapse(e: pd.DataFrame) -> pd.DataFrame:
    """One row per corpus entity per article: counts add up, names and aliases are kept, the polarity is
    the count-weighted mean, the sentiment the biggest row's; rows stay in the article's order."""
    e = e.reset_index(drop=True)
    dup = e.duplicated(["article_id", "entity_id"], keep=False).to_numpy()
    if not dup.any():
        return e
    groups: dict[tuple, list[tuple[int, dict]]] = defaultdict(list)
    for pos, rec in zip(np.flatnonzero(dup), e[dup].to_dict("records"), strict=True):
        groups[(rec["article_id"], rec["entity_id"])].append((int(pos), rec))
    rows, where = [], []
    for members in groups.values():
        first = members[0][0]
        recs = sorted((r for _, r in members), key=lambda r: -r["count"])
        top = dict(recs[0])
        top["count"] = sum(int(r["count"]) for r in recs)
        top["aliases"] = list(dict.fromkeys(a for r in recs for a in r["aliases"]))
        pols = [(r["polarity"], r["count"]) for r in recs if r["polarity"] is not None and not pd.isna(r["polarity"])]
        weight = sum(c for _, c in pols)
        top["polarity"] = round(sum(p * c for p, c in pols) / weight, 4) if weight else None
        top["identity_note"] = next((r["identity_note"] for r in recs if isinstance(r["identity_note"], str)), None)
        rows.append(top)
        where.append(first)
    single = e[~dup]
    out = pd.concat([single, pd.DataFrame(rows, columns=e.columns)], ignore_index=True)
    order = np.concatenate([np.flatnonzero(~dup), np.asarray(where, dtype=np.int64)])
    return out.iloc[np.argsort(order, kind="stable")].reset_index(drop=True)


def _speakers(quotes: pd.DataFrame, umap: pd.DataFrame) -> pd.DataFrame:
    if quotes.empty:
        return quotes
    q = quotes.copy()
    if not umap.empty:
        m = umap.set_index(["article_id", "alias"])["name"]
        hit = m.reindex(pd.MultiIndex.from_arrays([q["article_id"], q["speaker"]])).to_numpy()
        is_entity = pd.notna(hit)
    else:
        hit, is_entity = np.full(len(q), None, dtype=object), np.zeros(len(q), dtype=bool)
    forms = speaker_forms(q.loc[~is_entity, "speaker"])
    desc = q["speaker"].map(forms)
    q["speaker"] = np.where(is_entity, hit, desc.where(desc.notna(), q["speaker"]).to_numpy())
    q["speaker"] = q["speaker"].where(q["speaker"].notna(), None)
    return q


def _voices(tables: Tables, quotes: pd.DataFrame) -> pd.DataFrame:
    """The speakers table under the names its quotes now carry (a speaker row is named as its quotes are)."""
    sp = tables.speakers
    if sp.empty or quotes.empty:
        return sp
    renamed = dict(
        zip(zip(tables.quotes["article_id"], tables.quotes["speaker"], strict=True), quotes["speaker"], strict=True)
    )
    sp = sp.copy()
    sp["name"] = [renamed.get((a, n), n) for a, n in zip(sp["article_id"], sp["name"], strict=True)]
    return sp


def entity_names(umap: pd.DataFrame) -> pd.DataFrame:
    """From a unit map: each corpus entity's names (the names articles used), with their mentions and
    articles, most mentioned first: ``entity_id``, ``name``, ``label``, ``alias``, ``mentions``,
    ``articles``, ``identity_note``."""
    cols = ["entity_id", "name", "label", "alias", "mentions", "articles", "identity_note"]
    if umap is None or umap.empty:
        return pd.DataFrame(columns=cols)
    out = (
        umap.groupby(["entity_id", "name", "label", "alias"], sort=False)
        .agg(
            mentions=("count", "sum"),
            articles=("article_id", "nunique"),
            identity_note=("identity_note", "first"),  # the first note given (None when none is)
        )
        .reset_index()
    )
    total = out.groupby("entity_id")["mentions"].transform("sum")
    out = out.assign(_t=total).sort_values(["_t", "entity_id", "mentions"], ascending=[False, True, False])
    return out.drop(columns="_t").reset_index(drop=True)[cols]


def names_table(tables: Tables) -> pd.DataFrame:
    """For identified tables: each corpus entity's names (the names articles used) and how many
    mentions each had: ``entity_id``, ``name``, ``label``, ``alias``, ``mentions``, ``articles``."""
    m = tables.mentions
    cols = ["entity_id", "name", "label", "alias", "mentions", "articles"]
    if m.empty or "entity_id" not in m:
        return pd.DataFrame(columns=cols)
    m = m[m["entity_id"].notna() & ~m["label"].isin(REFERENCE_LABELS)]
    out = (
        m.assign(alias=m["text"].astype(str))
        .groupby(["entity_id", "entity", "label", "alias"])
        .agg(mentions=("start", "size"), articles=("article_id", "nunique"))
        .reset_index()
        .rename(columns={"entity": "name"})
    )
    return out.sort_values(["entity_id", "mentions"], ascending=[True, False]).reset_index(drop=True)[cols]
