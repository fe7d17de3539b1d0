"""Entity counts on a filter change, from integer codes built once per corpus.

``stats.entity_stats`` counts the entities of any mention and sentence frames: it factorises the
kept rows' article ids, names and sentence keys, finds the (entity, sentence) pairs with a sort, and
``stats.recount_entities`` then merges in the entity rows and sorts by article id, all on every
filter change (about 0.3 s a change on the BBC corpus). Here the codes are made once, over all rows,
when a corpus is loaded: each mention row's (article, name) group, its (group, sentence) and (name,
sentence) pairs, its sentiment label, each group's entity row, and the sort rank of every name and
article id. A filter's counts are then ``np.bincount`` over the kept rows' codes.

The figures are the pandas path's, value for value and in the same row order: means are summed in
the same order (a group's sentences in the order the mention rows first name them; ``build``
refuses a table where one sentence's naming rows are not one run, and then the caller keeps the
pandas path), ties of the majority label go the same (alphabetical) way, and the rows are sorted by
the same keys. ``tests/test_entity_codes.py`` compares the two.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from analysis.corpus.tables import COLUMNS, Tables
from analysis.records import REFERENCE_LABELS
from dashboard.stats import POS, positions

#: The entity table's columns that come from the analysis (the corpus identity's), not the counts.
KEPT_COLUMNS = ["label", "aliases", "entity_id", "identity_note"]


def _lookup(sorted_keys: np.ndarray, keys: np.ndarray) -> np.ndarray:
    """Each key's position in ``sorted_keys`` (unique, ascending), -1 when it is not there."""
    if not len(sorted_keys):
        return np.full(len(keys), -1, dtype=np.int64)
    at = np.minimum(np.searchsorted(sorted_keys, keys), len(sorted_keys) - 1)
    return np.where(sorted_keys[at] == keys, at, -1)


def _unique(keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The distinct ``keys`` ascending, and each key's position among them. By a sort: ``np.unique``
    without ``return_inverse`` hashes, and numpy 2.4's hashing of int64 is 50-100 times slower than its
    sort (over 100 ms for 80,000 keys here)."""
    order = np.argsort(keys, kind="stable")
    ordered = keys[order]
    new = np.ones(len(ordered), dtype=bool)
    new[1:] = ordered[1:] != ordered[:-1]
    code = np.empty(len(keys), dtype=np.int64)
    code[order] = np.cumsum(new) - 1
    return ordered[new], code


def _ranks(values: np.ndarray) -> np.ndarray:
    """Each value's place in ascending order (Python comparison of the objects, as pandas sorts them)."""
    order = np.argsort(values, kind="stable")
    out = np.empty(len(values), dtype=np.int64)
    out[order] = np.arange(len(values))
    return out


def _mask(n: int, rows: np.ndarray) -> np.ndarray:
    out = np.zeros(n, dtype=bool)
    out[rows] = True
    return out


@dataclass(frozen=True)
class EntityCodes:
    """Integer codes of a corpus' mention rows for counting entities (see the module's docstring).

    Mention and sentence rows are positions in the tables ``build`` was given.
    """

    n_mentions: int
    n_sentences: int
    m_entity: np.ndarray  # the row has an entity (a name or a pronoun reference to one)
    m_naming: np.ndarray  # the row names its entity (not a pronoun reference)
    m_name: np.ndarray  # name code, -1 for none
    m_group: np.ndarray  # (article, name) group code, -1 when no row of that article names it
    m_pair: np.ndarray  # (group, sentence) pair code of a naming row, else -1
    m_name_pair: np.ndarray  # (name, sentence) pair code of a naming row, else -1
    m_sentiment: np.ndarray  # code into ``sentiments``, -1 when missing
    names: np.ndarray  # by name code (objects)
    name_rank: np.ndarray
    sentiments: np.ndarray  # the targeted-sentiment labels, sorted
    article_ids: np.ndarray  # by article code (objects)
    article_rank: np.ndarray
    g_article: np.ndarray  # per group: article code
    g_name: np.ndarray  # per group: name code
    g_row: np.ndarray  # per group: its row of the entity table (the first), -1 when none
    p_group: np.ndarray  # per (group, sentence) pair, in (group, sentence order): its group
    p_sentence: np.ndarray  # per pair: its sentence row, -1 when the sentences lack it
    q_name: np.ndarray  # per (name, sentence) pair, likewise
    q_sentence: np.ndarray
    s_polarity: np.ndarray  # per sentence row
    kept: dict[str, pd.Series]  # KEPT_COLUMNS of the entity table

    def rows(self, mentions: pd.DataFrame, sentences: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
        """Masks of the mention and sentence rows of frames that are row subsets of the tables these
        codes were built from (their index labels are those tables' row positions)."""
        return (
            _mask(self.n_mentions, mentions.index.to_numpy(dtype=np.int64)),
            _mask(self.n_sentences, sentences.index.to_numpy(dtype=np.int64)),
        )

    def _polarity(self, pair_kept: np.ndarray, pair_group: np.ndarray, pair_sentence: np.ndarray, s_keep, n: int):
        group, sentence = pair_group[pair_kept], pair_sentence[pair_kept]
        found = sentence >= 0
        found[found] = s_keep[sentence[found]]
        pol = np.zeros(len(sentence))
        pol[found] = self.s_polarity[sentence[found]]
        sentences = np.bincount(group, minlength=n)
        with np.errstate(invalid="ignore", divide="ignore"):
            mean = np.bincount(group, weights=pol, minlength=n) / np.bincount(
                group, weights=found.astype(float), minlength=n
            )
        return sentences, np.round(mean, 4)

    def _majority(self, group: np.ndarray, rows: np.ndarray, n: int, chosen: np.ndarray) -> list[str | None]:
        """The most frequent label of the ``rows`` voting for each ``chosen`` group (ties: alphabetical)."""
        width = max(len(self.sentiments), 1)
        rows = rows & (self.m_sentiment >= 0)
        votes = np.bincount(group[rows] * width + self.m_sentiment[rows], minlength=n * width).reshape(n, width)
        votes = votes[chosen]
        best = votes.argmax(axis=1)
        top = votes[np.arange(len(chosen)), best]
        return [self.sentiments[b] if v else None for b, v in zip(best.tolist(), top.tolist(), strict=True)]

    def per_name(self, m_keep: np.ndarray, s_keep: np.ndarray) -> pd.DataFrame | None:
        """``stats.entity_stats(mentions, sentences, per_article=False)`` of the kept rows, most
        mentioned first (ties by name); None when no kept row names an entity."""
        naming = m_keep & self.m_naming
        n = len(self.names)
        count = np.bincount(self.m_name[naming], minlength=n)
        chosen = np.flatnonzero(count)
        if not len(chosen):
            return None
        pair_kept = np.bincount(self.m_name_pair[naming], minlength=len(self.q_name)) > 0
        sentences, polarity = self._polarity(pair_kept, self.q_name, self.q_sentence, s_keep, n)
        group_kept = np.bincount(self.m_group[naming], minlength=len(self.g_name)) > 0
        articles = np.bincount(self.g_name[group_kept], minlength=n)
        sentiment = self._majority(self.m_name, m_keep & self.m_entity, n, chosen)
        order = np.lexsort((self.name_rank[chosen], -count[chosen]))
        chosen = chosen[order]
        return pd.DataFrame(
            {
                "name": self.names[chosen],
                "count": count[chosen],
                "sentences": sentences[chosen],
                "articles": articles[chosen],
                "polarity": polarity[chosen],
                "sentiment": [sentiment[i] for i in order.tolist()],
            }
        )

    def recount(self, m_keep: np.ndarray, s_keep: np.ndarray) -> pd.DataFrame | None:
        """``stats.recount_entities`` of the kept rows; None when a kept group has no entity row
        (the pandas path gives it its mentions' own label)."""
        naming = m_keep & self.m_naming
        n = len(self.g_name)
        count = np.bincount(self.m_group[naming], minlength=n)
        chosen = np.flatnonzero(count)
        if not len(chosen):
            return pd.DataFrame(columns=COLUMNS["entities"])
        rows = self.g_row[chosen]
        if (rows < 0).any():
            return None
        pair_kept = np.bincount(self.m_pair[naming], minlength=len(self.p_group)) > 0
        _, polarity = self._polarity(pair_kept, self.p_group, self.p_sentence, s_keep, n)
        voters = m_keep & self.m_entity & (self.m_group >= 0)
        sentiment = self._majority(self.m_group, voters, n, chosen)
        order = np.lexsort(
            (self.name_rank[self.g_name[chosen]], -count[chosen], self.article_rank[self.g_article[chosen]])
        )
        chosen, rows = chosen[order], rows[order]
        # Typed as the pandas path's merge leaves them: ids and names objects, the entity rows' own
        # columns as the entity table has them.
        columns = {
            "article_id": pd.Series(self.article_ids[self.g_article[chosen]], dtype=object),
            "name": pd.Series(self.names[self.g_name[chosen]], dtype=object),
            "count": count[chosen],
            "polarity": polarity[chosen],
            "sentiment": [sentiment[i] for i in order.tolist()],
            **{c: self.kept[c].iloc[rows].reset_index(drop=True) for c in KEPT_COLUMNS},
        }
        return pd.DataFrame({c: columns[c] for c in COLUMNS["entities"]})


def build(
    t: Tables, article_ids: np.ndarray, m_key: np.ndarray, s_key: np.ndarray, s_order: np.ndarray
) -> EntityCodes | None:
    """The codes of ``t``'s mentions, from what ``filtering.index`` has made of ``t`` already: the
    article ids by code, each mention row's packed (article, sentence) key, and the sentences' keys in
    text order with their row positions. None when ``t``'s frames are not indexed by row position, or
    its rows break an order the counts rely on (the pandas path then counts)."""
    m, s = t.mentions, t.sentences
    for frame in (m, s):
        if not frame.index.equals(pd.RangeIndex(len(frame))):
            return None
    if len(s_key) > 1 and not (np.diff(s_key) > 0).all():
        return None  # two rows for one sentence, or sentence numbers out of text order
    name, names = pd.factorize(m["entity"].to_numpy(dtype=object))
    names = np.asarray(names, dtype=object)
    entity = name >= 0
    naming = entity & ~m["label"].isin(REFERENCE_LABELS).to_numpy()
    width = max(len(names), 1)
    key = (m_key // POS) * width + name
    group_keys, naming_group = _unique(key[naming])
    group = np.where(entity, _lookup(group_keys, key), -1)
    group[naming] = naming_group

    # Each naming row's sentence, numbered in the order the rows first name them: the runs of equal
    # sentence keys, when no sentence has two runs.
    m_sentence = m_key[naming]
    starts = np.ones(len(m_sentence), dtype=bool)
    starts[1:] = m_sentence[1:] != m_sentence[:-1]
    first = np.cumsum(starts) - 1
    sentence_keys = m_sentence[starts]
    if len(_unique(sentence_keys)[0]) != len(sentence_keys):
        return None  # a sentence's naming rows are not one run: subsets would not keep the first-naming order
    at = _lookup(s_key, sentence_keys)
    sentence_row = np.where(at >= 0, s_order[np.maximum(at, 0)], -1) if len(s_order) else np.full(len(at), -1)
    n_sent = max(len(sentence_keys), 1)

    def pairs(of: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        unique, codes = _unique(of * n_sent + first)
        code = np.full(len(m), -1, dtype=np.int64)
        code[naming] = codes
        return code, unique // n_sent, sentence_row[unique % n_sent]

    m_pair, p_group, p_sentence = pairs(group[naming])
    m_name_pair, q_name, q_sentence = pairs(name[naming])

    sentiment, sentiments = pd.factorize(m["sentiment"].to_numpy(dtype=object), sort=True)
    # Each group's entity row: the first row of its article and name, as the pandas path's merge finds it.
    e = t.entities.reindex(columns=["article_id", "name", *KEPT_COLUMNS])
    e_article = positions(article_ids, e["article_id"].to_numpy(dtype=object))
    e_name = positions(names, e["name"].to_numpy(dtype=object))
    valid = np.flatnonzero((e_article >= 0) & (e_name >= 0))
    e_keys, first_row = np.unique((e_article * width + e_name)[valid], return_index=True)
    g_row = np.full(len(group_keys), -1, dtype=np.int64)
    where = _lookup(group_keys, e_keys)
    g_row[where[where >= 0]] = valid[first_row[where >= 0]]
    return EntityCodes(
        n_mentions=len(m),
        n_sentences=len(s),
        m_entity=entity,
        m_naming=naming,
        m_name=name,
        m_group=group,
        m_pair=m_pair,
        m_name_pair=m_name_pair,
        m_sentiment=sentiment,
        names=names,
        name_rank=_ranks(names),
        sentiments=np.asarray(sentiments, dtype=object),
        article_ids=article_ids,
        article_rank=_ranks(article_ids),
        g_article=group_keys // width,
        g_name=group_keys % width,
        g_row=g_row,
        p_group=p_group,
        p_sentence=p_sentence,
        q_name=q_name,
        q_sentence=q_sentence,
        s_polarity=s["polarity"].to_numpy(dtype=float),
        kept={c: e[c] for c in KEPT_COLUMNS},
    )
