"""Counts per entity and speaker over the analysis tables, vectorised: how many mentions, sentences
and articles name an entity, the mean polarity of those sentences and the majority targeted
sentiment; the entity rows recounted from the rows a filter keeps. No Streamlit here.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from analysis.corpus.tables import COLUMNS, Tables
from analysis.records import REFERENCE_LABELS
from dashboard.style import UNATTRIBUTED


def speaker_of(quotes: pd.DataFrame) -> pd.Series:
    """Each quote's speaker as shown and filtered on (unattributed quotes get a visible bucket)."""
    return quotes["speaker"].fillna(UNATTRIBUTED).astype(str)


#: Sentence numbers and character offsets stay below this, so (article, position) packs into one int64.
POS = np.int64(1 << 32)


def article_codes(*frames: pd.DataFrame) -> dict[str, int]:
    """A small integer per article id seen in ``frames``."""
    seen = pd.unique(np.concatenate([frame["article_id"].to_numpy(dtype=object) for frame in frames]))
    return {aid: i for i, aid in enumerate(seen)}


def codes_of(frame: pd.DataFrame, codes: dict[str, int]) -> np.ndarray:
    """Each row's article code (-1 for an article not in ``codes``): one hash lookup per row
    (``Series.map`` of a dict builds a Series of it and aligns, many times slower on 100,000 rows)."""
    if not codes:
        return np.full(len(frame), -1, dtype=np.int64)
    where = positions(np.array(list(codes), dtype=object), frame["article_id"].to_numpy(dtype=object))
    values = np.fromiter(codes.values(), dtype=np.int64, count=len(codes))
    return np.where(where >= 0, values[where], -1)


def positions(keys: np.ndarray, values: np.ndarray) -> np.ndarray:
    """Each value's position in ``keys`` (distinct objects), -1 when it is not there. The values go in
    as an object ``Index``: given a bare array of strings, pandas 3 first infers a string dtype for it
    and then converts it back to objects, which takes three times as long as the lookup."""
    return pd.Index(keys, dtype=object).get_indexer(pd.Index(values, dtype=object, copy=False))


def packed(frame: pd.DataFrame, column: str, codes: dict[str, int]) -> np.ndarray:
    """(article, ``column``) as one int64 per row: rows of different articles never compare equal,
    and within an article the order of ``column`` is kept."""
    art = codes_of(frame, codes)
    return art * POS + frame[column].fillna(-1).to_numpy(dtype=np.int64)


def naming(mentions: pd.DataFrame) -> pd.DataFrame:
    """The mention rows that name an entity: not the pronoun references ("he", "her"), which carry
    targeted sentiment for their entity but never count as mentions of it."""
    return mentions[mentions["entity"].notna() & ~mentions["label"].isin(REFERENCE_LABELS)]


def entity_stats(mentions: pd.DataFrame, sentences: pd.DataFrame, per_article: bool) -> pd.DataFrame:
    """Per entity (and article, with ``per_article``): ``count`` of mentions, ``sentences`` and
    ``articles`` naming it, mean ``polarity`` of those sentences, majority targeted ``sentiment``
    (over its mentions and the pronouns that refer to it).

    Columns ``article_id`` (with ``per_article``), ``name`` and the figures; in no particular order.
    """
    e = mentions[mentions["entity"].notna()]
    is_name = ~e["label"].isin(REFERENCE_LABELS).to_numpy()
    columns = [*(["article_id"] if per_article else []), "name", "count", "sentences", "articles", "polarity"]
    if not is_name.any():
        return pd.DataFrame(columns=[*columns, "sentiment"])
    codes = article_codes(sentences, e)
    art_all = codes_of(e, codes)
    # Factorised as plain objects: an Arrow-backed index of names is slow to walk value by value.
    name_code, names = pd.factorize(e["entity"].to_numpy(dtype=object))
    key_all = art_all * len(names) + name_code if per_article else name_code.astype(np.int64)
    m, art, key = e[is_name], art_all[is_name], key_all[is_name]
    groups, group = np.unique(key, return_inverse=True)
    n = len(groups)
    sentence_code, sentence_keys = pd.factorize(packed(m, "sentence", codes))
    # Each (group, sentence) once: a sentence naming Khan twice counts once for his tone. Pairs are
    # packed into one int64 (groups x sentences stays far below 2**63), which np.unique sorts fast.
    n_sent = max(len(sentence_keys), 1)
    pair_keys = np.unique(group * n_sent + sentence_code)
    pair_group, pair_sentence = pair_keys // n_sent, np.asarray(sentence_keys)[pair_keys % n_sent]
    s_keys = packed(sentences, "index", codes)
    order = np.argsort(s_keys)
    at = np.minimum(np.searchsorted(s_keys[order], pair_sentence), max(len(s_keys) - 1, 0))
    found = (s_keys[order][at] == pair_sentence) if len(s_keys) else np.zeros(len(pair_keys), dtype=bool)
    pol = np.where(found, sentences["polarity"].to_numpy(dtype=float)[order][at] if len(s_keys) else 0.0, 0.0)
    with np.errstate(invalid="ignore", divide="ignore"):
        mean = np.bincount(pair_group, weights=pol, minlength=n) / np.bincount(
            pair_group, weights=found.astype(float), minlength=n
        )
    n_art = max(len(codes), 1)
    in_articles = np.unique(group * n_art + art) // n_art
    out = pd.DataFrame(
        {
            "name": np.asarray(names, dtype=object)[groups % len(names)],
            "count": np.bincount(group, minlength=n),
            "sentences": np.bincount(pair_group, minlength=n),
            "articles": np.bincount(in_articles, minlength=n),
            "polarity": np.round(mean, 4),
        }
    )
    if per_article:
        out.insert(0, "article_id", np.array(list(codes), dtype=object)[groups // len(names)])
    # Votes from every row of a named entity, pronoun references included.
    at = np.minimum(np.searchsorted(groups, key_all), n - 1)
    voted = groups[at] == key_all
    out["sentiment"] = majority_by_group(at[voted], e["sentiment"][voted], n)
    return out


def majority_by_group(group: np.ndarray, labels: pd.Series, n: int) -> list[str | None]:
    """The most frequent non-missing label of each of ``n`` groups (ties: alphabetical), else None."""
    codes, names = pd.factorize(labels.to_numpy(dtype=object), sort=True)
    width = max(len(names), 1)
    seen = codes >= 0
    votes = np.bincount(group[seen] * width + codes[seen], minlength=n * width).reshape(n, width)
    best = votes.argmax(axis=1)
    return [names[b] if votes[i, b] else None for i, b in enumerate(best)]


def recount_entities(t: Tables, mentions: pd.DataFrame, sentences: pd.DataFrame) -> pd.DataFrame:
    """Entity rows (the ``Entity`` record per article) recounted from kept mentions and sentences.

    ``count`` is the number of kept mentions, ``polarity`` the mean polarity of the kept sentences
    that mention the entity, ``sentiment`` the most frequent targeted-sentiment label of its kept
    mentions; ``label`` and ``aliases`` come from the analysis.
    """
    out = entity_stats(mentions, sentences, per_article=True)
    if out.empty:
        return pd.DataFrame(columns=COLUMNS["entities"])
    cols = ["article_id", "name", "label", "aliases", "entity_id", "identity_note"]  # corpus identity kept
    known = t.entities.reindex(columns=cols).drop_duplicates(["article_id", "name"])
    out = out.merge(known, on=["article_id", "name"], how="left")
    missing = out["label"].isna()
    if missing.any():  # a mention whose entity has no row (should not happen) keeps its own spaCy label
        m = naming(mentions).drop_duplicates(["article_id", "entity"])
        own = m.set_index(["article_id", "entity"])["label"]
        keys = pd.MultiIndex.from_frame(out.loc[missing, ["article_id", "name"]])
        out.loc[missing, "label"] = own.reindex(keys).to_numpy()
    out = out.sort_values(["article_id", "count", "name"], ascending=[True, False, True], kind="stable")
    return out[COLUMNS["entities"]].reset_index(drop=True)
