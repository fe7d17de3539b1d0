"""The entity counts from the corpus' integer codes (``dashboard.entity_codes``) are the pandas path's
(``stats.recount_entities``, ``stats.entity_stats``) frame for frame: on random small corpora with
pronoun references, unresolved mentions, missing and tied sentiment labels, names shared across
articles, duplicate and missing entity rows, under every kind of filter; and on the seed article."""

from __future__ import annotations

import dataclasses
import random

import pandas as pd
import pytest

from analysis.corpus.tables import Tables, to_tables
from analysis.records import Article, Entity, Mention, Quote, Sentence
from dashboard import aggregate, entity_codes, filtering
from dashboard.filters import Filters

NAMES = {"Alpha Corp": "ORG", "Bob Smith": "PERSON", "Paris": "GPE", "Carol Jones": "PERSON", "Delta": "ORG"}
POLARITIES = [0.0, 0.1, -0.1, 0.2, 1 / 3, -1 / 3, 0.00015, -0.5, 0.75, 0.00005]
SENTIMENTS = ["positive", "negative", "neutral", None]


def random_article(rng: random.Random, aid: str) -> Article:
    """Sentences with mentions in text order (as the analysis writes them); some pronoun references,
    some mentions outside the table labels, entity rows as the analysis gives them with the odd one
    missing or doubled."""
    text, sents, mentions = "", [], []
    for i in range(rng.randint(1, 7)):
        start = len(text)
        words = []
        for _ in range(rng.randint(0, 4)):
            kind = rng.random()
            name = rng.choice(list(NAMES))
            surface = "she" if kind < 0.2 else "2005" if kind < 0.3 else name
            label = "PRON" if kind < 0.2 else "DATE" if kind < 0.3 else NAMES[name]
            entity = None if 0.2 <= kind < 0.3 or (kind < 0.05) else name
            at = len(text) + sum(len(w) + 1 for w in words)
            words.append(surface)
            mentions.append(Mention(at, at + len(surface), surface, label, entity, i, rng.choice(SENTIMENTS)))
        body = " ".join(words) or "Nothing."
        pol = rng.choice(POLARITIES)
        sents.append(Sentence(i, start, start + len(body), body, pol, abs(pol), "neutral", []))
        text += body + " "
    entities = []
    for name in dict.fromkeys(m.entity for m in mentions if m.entity and m.label not in ("PRON", "DESC")):
        if rng.random() < 0.1:
            continue  # no entity row for this name (the pandas path keeps the mentions' own label)
        row = Entity(name, NAMES[name], 1, [name], 0.0, None, f"e-{name}", None)
        entities += [row] * (2 if rng.random() < 0.1 else 1)
    quotes = []
    for m in mentions:
        if m.entity and rng.random() < 0.3:
            s = sents[m.sentence]
            quotes.append(Quote(s.start, s.end, s.text, "direct", m.entity, None, None, "said", m.sentence, s.polarity))
    topics = [rng.choice(["Economy", "Sport"])]
    return Article(f"{aid}.txt", aid, aid, topics, None, text, [], sents, mentions, entities, quotes, [])


def filters_for(rng: random.Random) -> list[Filters]:
    names = list(NAMES)
    return [
        Filters(),
        Filters(polarity=(0.1, 1.0)),
        Filters(polarity=(-1.0, -0.05)),
        Filters(polarity=(0.0, 0.0)),
        Filters(entities=(rng.choice(names),)),
        Filters(entities=tuple(rng.sample(names, 2)), polarity=(-0.5, 0.5)),
        Filters(types=("PERSON",)),
        Filters(types=("ORG", "GPE"), polarity=(0.0, 1.0)),
        Filters(topics=("Economy",)),
        Filters(speakers=(rng.choice(names),)),
        Filters(entities=("nobody",)),
    ]


def without_codes(ix: filtering.Index) -> filtering.Index:
    return dataclasses.replace(ix, entity_codes=None)


def assert_same_counts(t: Tables, f: Filters, ix: filtering.Index) -> None:
    assert ix.entity_codes is not None
    new = filtering.apply(t, f, ix)
    old = filtering.apply(t, f, without_codes(ix))
    for name, frame in old.items():
        pd.testing.assert_frame_equal(frame, getattr(new, name))
    pd.testing.assert_frame_equal(aggregate.entity_counts(old), aggregate.entity_counts(new, codes=ix.entity_codes))


@pytest.mark.parametrize("seed", range(25))
def test_codes_count_as_the_pandas_path_on_random_corpora(seed):
    rng = random.Random(seed)
    t = to_tables([random_article(rng, f"a{i:02d}") for i in range(rng.randint(1, 6))])
    ix = filtering.index(t)
    for f in filters_for(rng):
        assert_same_counts(t, f, ix)


def test_codes_count_a_row_subset_as_the_pandas_path():
    """The article scope (authors, language) keeps a row subset of the loaded tables after the filter."""
    rng = random.Random(7)
    t = to_tables([random_article(rng, f"a{i}") for i in range(6)])
    ix = filtering.index(t)
    kept = filtering.apply(t, Filters(polarity=(-0.2, 1.0)), ix)
    ids = set(t.articles["article_id"][::2])
    scoped = Tables(**{name: frame[frame["article_id"].isin(ids)] for name, frame in kept.items()})
    pd.testing.assert_frame_equal(
        aggregate.entity_counts(scoped), aggregate.entity_counts(scoped, codes=ix.entity_codes)
    )


def test_codes_count_the_seed_as_the_pandas_path(seed_article):
    t = to_tables([seed_article])
    names = list(t.mentions["entity"].dropna().value_counts().index[:2])
    ix = filtering.index(t)
    for f in (Filters(), Filters(polarity=(0.1, 1.0)), Filters(entities=(names[0],)), Filters(types=("PERSON",))):
        assert_same_counts(t, f, ix)


def test_no_codes_where_mention_order_breaks_sentence_runs():
    """Mentions whose sentences interleave: the first-naming order is not kept by subsets, so no
    codes; the filter still counts (by the pandas path)."""
    rng = random.Random(3)
    t = to_tables([random_article(rng, "a") for _ in range(1)])
    while t.mentions["sentence"].nunique() < 2:
        t = to_tables([random_article(rng, "a")])
    shuffled = dataclasses.replace(t, mentions=t.mentions.sample(frac=1.0, random_state=1).reset_index(drop=True))
    runs = (shuffled.mentions["sentence"].diff() != 0).sum()
    ix = filtering.index(shuffled)
    if runs > shuffled.mentions["sentence"].nunique():
        assert ix.entity_codes is None
    assert filtering.apply(shuffled, Filters(polarity=(0.0, 1.0)), ix).entities is not None


def test_no_codes_without_positional_rows():
    rng = random.Random(5)
    t = to_tables([random_article(rng, "a"), random_article(rng, "b")])
    moved = dataclasses.replace(t, mentions=t.mentions.set_axis(t.mentions.index + 10))
    ix = filtering.index(moved)
    assert ix.entity_codes is None
    assert entity_codes.build(t, ix.a_ids, ix.m_key, ix.s_key, ix.s_order) is not None
