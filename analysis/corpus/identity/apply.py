"""Applying a unit map: the tables under corpus entities, and each entity's names with their counts."""

from __future__ import annotations

from collections import Counter, defaultdict
from itertools import repeat

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


def _lookup(umap: pd.DataFrame) -> tuple[dict[tuple, int], dict[str, np.ndarray]]:
    """(article_id, alias) -> the map's row, and its columns as plain object arrays (dict look-ups
    over Python values: pandas' Arrow-backed strings are slow to index value by value)."""
    cols = {c: np.asarray(umap[c].to_numpy(dtype=object, na_value=None), dtype=object) for c in MAP_VALUES}
    rows = {k: n for n, k in enumerate(zip(umap["article_id"].tolist(), umap["alias"].tolist(), strict=True))}
    return rows, cols


MAP_VALUES = ("entity_id", "name", "label", "identity_note")


def _take(rows: dict[tuple, int], aids: list, names: list) -> np.ndarray:
    """Each (article, name)'s row in the map, -1 where it has none."""
    return np.fromiter(map(rows.get, zip(aids, names, strict=True), repeat(-1)), dtype=np.int64, count=len(aids))


def _pick(values: np.ndarray, at: np.ndarray, default: np.ndarray | None = None) -> np.ndarray:
    out = np.empty(len(at), dtype=object)
    hit = at >= 0
    out[hit] = values[at[hit]]
    out[~hit] = None if default is None else default[~hit]
    return out


def _text(frame: pd.DataFrame, values: np.ndarray) -> pd.Series:
    """A text column of Python values as it stays (pandas would turn an object array into its own
    string dtype on assignment, and ``normalise`` back)."""
    return pd.Series(values, index=frame.index, dtype=object)


def apply_map(tables: Tables, umap: pd.DataFrame) -> Tables:
    """The tables with every entity, mention and quote speaker under its corpus entity."""
    ents = tables.entities
    if ents.empty or umap.empty:
        quotes = _speakers(tables.quotes, umap)
        return Tables(tables.articles, tables.sentences, tables.mentions, ents, quotes, _voices(tables, quotes))
    rows, cols = _lookup(umap)
    at = _take(rows, ents["article_id"].tolist(), ents["name"].tolist())
    e = ents.copy()
    own = e["name"].tolist()
    for c in MAP_VALUES:
        e[c] = _text(e, _pick(cols[c], at))
    e["aliases"] = [
        [o] if a is None or len(a) == 0 else list(dict.fromkeys([o, *a]))  # (most have none: 30,000 of 35,000)
        for o, a in zip(own, e["aliases"].tolist(), strict=True)
    ]
    e = _collapse(e)

    ments = tables.mentions
    if not ments.empty:
        mat = _take(rows, ments["article_id"].tolist(), ments["entity"].tolist())
        ments = ments.copy()
        found = mat >= 0
        ments["entity_id"] = _text(ments, _pick(cols["entity_id"], mat))
        own = np.asarray(ments["entity"].to_numpy(dtype=object), dtype=object)
        ments["entity"] = _text(ments, _pick(cols["name"], mat, own))
        named = found & ~ments["label"].isin(REFERENCE_LABELS).to_numpy()
        old = np.asarray(ments["label"].to_numpy(dtype=object), dtype=object)
        ments["label"] = _text(ments, np.where(named, _pick(cols["label"], mat, old), old))
    quotes = _speakers(tables.quotes, umap, (rows, cols))
    return Tables(tables.articles, tables.sentences, ments, e, quotes, _voices(tables, quotes))


def _collapse(e: pd.DataFrame) -> pd.DataFrame:
    """One row per corpus entity per article: counts add up, names and aliases are kept, the polarity is
    the count-weighted mean, the sentiment the biggest row's; rows stay in the article's order."""
    e = e.reset_index(drop=True)
    dup = e.duplicated(["article_id", "entity_id"], keep=False).to_numpy()
    if not dup.any():
        return e
    pos = np.flatnonzero(dup)
    aid, eid = e["article_id"].to_numpy(dtype=object)[pos], e["entity_id"].to_numpy(dtype=object)[pos]
    count = e["count"].to_numpy()[pos]
    groups: dict[tuple, list[int]] = defaultdict(list)
    for j, k in enumerate(zip(aid, eid, strict=True)):
        groups[k].append(j)
    aliases = e["aliases"].to_numpy(dtype=object)[pos]
    polarity = e["polarity"].to_numpy(dtype=object)[pos]
    notes = e["identity_note"].to_numpy(dtype=object)[pos]
    top_rows, where, counts, alias_lists, pols, top_notes = [], [], [], [], [], []
    for members in groups.values():
        where.append(pos[members[0]])
        recs = sorted(members, key=lambda j: -count[j])  # stable: the first of equal counts stays first
        top_rows.append(pos[recs[0]])
        counts.append(int(sum(int(count[j]) for j in recs)))
        alias_lists.append(list(dict.fromkeys(a for j in recs for a in aliases[j])))
        ps = [(float(polarity[j]), int(count[j])) for j in recs if polarity[j] is not None and not pd.isna(polarity[j])]
        weight = sum(c for _, c in ps)
        pols.append(round(sum(p * c for p, c in ps) / weight, 4) if weight else None)
        top_notes.append(next((notes[j] for j in recs if isinstance(notes[j], str)), None))
    merged = e.iloc[top_rows].reset_index(drop=True)
    merged["count"] = np.asarray(counts, dtype=e["count"].dtype)
    merged["aliases"] = pd.Series(alias_lists, dtype=object)
    merged["polarity"] = np.asarray([np.nan if v is None else v for v in pols], dtype=float)
    merged["identity_note"] = pd.Series(top_notes, dtype=object)
    out = pd.concat([e[~dup], merged], ignore_index=True)
    order = np.concatenate([np.flatnonzero(~dup), np.asarray(where, dtype=np.int64)])
    return out.iloc[np.argsort(order, kind="stable")].reset_index(drop=True)


def _speakers(quotes: pd.DataFrame, umap: pd.DataFrame, lookup: tuple | None = None) -> pd.DataFrame:
    if quotes.empty:
        return quotes
    q = quotes.copy()
    if not umap.empty:
        rows, cols = lookup or _lookup(umap)
        hit = _pick(cols["name"], _take(rows, q["article_id"].tolist(), q["speaker"].tolist()))
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
    old = zip(tables.quotes["article_id"].tolist(), tables.quotes["speaker"].tolist(), strict=True)
    renamed = dict(zip(old, quotes["speaker"].tolist(), strict=True))
    sp = sp.copy()
    sp["name"] = [renamed.get((a, n), n) for a, n in zip(sp["article_id"].tolist(), sp["name"].tolist(), strict=True)]
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
