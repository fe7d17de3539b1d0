"""Pronoun references ("he", "her", "they"): mentions that carry targeted sentiment for the entity they
refer to, and never count as mentions of it."""

from __future__ import annotations

import pytest

from analysis import analyze, read_bytes
from analysis.corpus.tables import to_tables
from analysis.doc.chunks import merge
from analysis.records import REFERENCE_LABELS, SENTIMENT_LABELS, Article, Entity, Mention, Sentence
from dashboard import aggregate
from dashboard.filtering import apply
from dashboard.filters import Filters
from dashboard.stats import entity_stats, naming

# Written for these tests, not taken from any data set.
TEXT = (
    "Court clears former mayor\n\n"
    "Mr. John Smith met Ms. Mary Jones in Boston on Monday. She thanked him for his help, "
    "and he praised her work.\n\n"
    "Critics attacked Ms. Jones, but she was cleared of all charges.\n"
)


@pytest.fixture(scope="module")
def article() -> Article:
    return analyze(read_bytes("refs.txt", TEXT.encode("utf-8")))


def _refs(a: Article) -> list[tuple[str, str | None]]:
    return [(m.text, m.entity) for m in a.mentions if m.label in REFERENCE_LABELS]


def test_pronouns_name_the_person_they_refer_to(article: Article) -> None:
    assert _refs(article) == [
        ("She", "Mary Jones"),
        ("him", "John Smith"),
        ("his", "John Smith"),
        ("he", "John Smith"),
        ("her", "Mary Jones"),
        ("she", "Mary Jones"),
    ]
    for m in article.mentions:
        assert article.text[m.start : m.end] == m.text
        assert 0 <= m.sentence < len(article.sentences)
    starts = [m.start for m in article.mentions]
    assert starts == sorted(starts)


def test_pronouns_carry_targeted_sentiment(article: Article) -> None:
    for m in article.mentions:
        if m.label in REFERENCE_LABELS:
            assert m.sentiment in SENTIMENT_LABELS
            assert m.sentiment_scores and sum(m.sentiment_scores.values()) == pytest.approx(1.0, abs=1e-3)
            assert m.sentiment == max(m.sentiment_scores, key=m.sentiment_scores.get)
    none = analyze(read_bytes("refs.txt", TEXT.encode("utf-8")), sentiment_model="none")
    assert _refs(none) == _refs(article)
    assert none.mentions and all(m.sentiment is None for m in none.mentions)


def test_an_unresolved_pronoun_is_a_reference_to_nobody() -> None:
    a = analyze(read_bytes("he.txt", b"He was arrested on fraud charges and faces years in prison."))
    assert _refs(a) == [("He", None)]
    assert not a.entities
    (he,) = a.mentions
    assert he.sentiment in SENTIMENT_LABELS


def test_pronouns_do_not_count_as_mentions(article: Article) -> None:
    table = {e.name: e.count for e in article.entities}
    assert table["Mary Jones"] == 2 and table["John Smith"] == 1
    # The entity's polarity: the sentences that name her, not those that only refer to her.
    jones = next(e for e in article.entities if e.name == "Mary Jones")
    naming_her = {m.sentence for m in article.mentions if m.entity == "Mary Jones" and m.label not in REFERENCE_LABELS}
    assert jones.polarity == pytest.approx(
        sum(article.sentences[i].polarity for i in naming_her) / len(naming_her), abs=1e-4
    )
    t = to_tables([article])
    assert t.articles["n_mentions"].iat[0] == sum(m.label not in REFERENCE_LABELS for m in article.mentions)
    counts = aggregate.entity_counts(t).set_index("name")
    assert counts.loc["Mary Jones", "count"] == 2 and counts.loc["Mary Jones", "sentences"] == 2
    assert counts.loc["John Smith", "count"] == 1 and counts.loc["John Smith", "sentences"] == 1
    assert aggregate.cooccurrence(t).loc["John Smith", "Mary Jones"] == 1
    assert aggregate.overview(t).mentions == sum(e.count for e in article.entities)
    # The entity filter keeps the sentences that name her; recounted, she still has two mentions.
    kept = apply(t, Filters(entities=("Mary Jones",)))
    named = naming(t.mentions)
    assert set(kept.sentences["index"]) == set(named.loc[named["entity"] == "Mary Jones", "sentence"])
    assert kept.entities.set_index("name").loc["Mary Jones", "count"] == 2


def test_pronouns_vote_for_their_entitys_sentiment() -> None:
    rows = [
        Mention(0, 4, "Jane", "PERSON", "Jane", 0, "neutral", {"negative": 0.2, "neutral": 0.6, "positive": 0.2}),
        Mention(10, 13, "she", "PRON", "Jane", 1, "negative", {"negative": 0.8, "neutral": 0.1, "positive": 0.1}),
        Mention(20, 23, "her", "PRON", "Jane", 2, "negative", {"negative": 0.7, "neutral": 0.2, "positive": 0.1}),
    ]
    sents = [Sentence(i, 10 * i, 10 * i + 9, "x" * 9, 0.1 * i, 0.0, "neutral") for i in range(3)]
    art = Article("a.txt", "a", None, [], None, "x" * 30, sentences=sents, mentions=rows)
    art.entities = [Entity("Jane", "PERSON", 1, [])]
    stats = entity_stats(to_tables([art]).mentions, to_tables([art]).sentences, per_article=False)
    assert stats.set_index("name").loc["Jane", ["count", "sentences", "sentiment"]].tolist() == [1, 1, "negative"]
    # Long articles merge part by part: the same rule.
    merged = merge([(0, art), (30, art)], Article("a.txt", "a", None, [], None, "x" * 60))
    (jane,) = merged.entities
    assert (jane.count, jane.sentiment) == (2, "negative")
    assert jane.polarity == pytest.approx(0.0)
