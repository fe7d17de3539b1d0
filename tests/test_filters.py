"""Filter semantics on a small hand-built corpus (exact expectations, independent of the extractors'
current numbers), and the issue's acceptance cases on the seed."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.corpus.tables import COLUMNS, normalise, to_tables
from analysis.records import Article, Entity, Mention, Quote, Sentence
from dashboard import aggregate
from dashboard.filtering import apply
from dashboard.filters import FULL_RANGE, Filters
from dashboard.options import offered
from dashboard.stats import naming, recount_entities
from dashboard.style import UNATTRIBUTED

LABELS = {"Alpha Corp": "ORG", "Bob Smith": "PERSON", "Paris": "GPE", "Carol Jones": "PERSON"}


def build(
    aid: str,
    topics: list[str],
    key_terms: list[str],
    sentences: list[tuple[str, float, list[str]]],
    mentions: list[tuple[int, str, str]],
    quotes: list[tuple[int, str, str, str | None, str | None, str | None, float]],
) -> Article:
    """An Article from sentences (text, polarity, key terms); mentions as (sentence, surface, entity);
    quotes as (sentence, quoted words, kind, speaker, speaker's words, cue, polarity). Offsets are found
    in the text, so they hold the contract ``text[start:end] == words``."""
    text, sents = "", []
    for i, (s, pol, terms) in enumerate(sentences):
        start = len(text)
        text += s + " "
        label = "negative" if pol < 0 else "positive" if pol > 0 else "neutral"
        sents.append(Sentence(i, start, start + len(s), s, pol, abs(pol), label, terms))
    ms = []
    for i, surface, entity in mentions:
        start = text.index(surface, sents[i].start)
        ms.append(Mention(start, start + len(surface), surface, LABELS[entity], entity, i))
    qs = []
    for i, words, kind, speaker, speaker_words, cue, pol in quotes:
        start = text.index(words, sents[i].start)
        s_start = text.index(speaker_words, sents[i].start) if speaker_words else None
        qs.append(
            Quote(
                start,
                start + len(words),
                words,
                kind,
                speaker,
                s_start,
                s_start + len(speaker_words) if speaker_words else None,
                cue,
                i,
                pol,
                abs(pol),
            )
        )
    ents = []
    for name in dict.fromkeys(m.entity for m in ms):
        mine = [m for m in ms if m.entity == name]
        ids = {m.sentence for m in mine}
        pol = round(sum(sents[i].polarity for i in ids) / len(ids), 4)
        aliases = sorted({m.text for m in mine} - {name})
        ents.append(Entity(name, LABELS[name], len(mine), aliases, pol))
    ents.sort(key=lambda e: (-e.count, e.name))
    return Article(f"{aid}.txt", aid, f"Article {aid}", topics, None, text, [], sents, ms, ents, qs, key_terms)


def corpus() -> list[Article]:
    one = build(
        "one",
        ["Economy"],
        ["market", "Alpha Corp"],
        [
            ("Alpha Corp shares fell sharply.", -0.4, ["Alpha Corp"]),
            ("“=SUM(A1) is not a plan,” said Bob Smith.", -0.1, []),
            ("The market in Paris was calm.", 0.3, ["market"]),
            ("Smith added that Alpha Corp would recover.", 0.2, ["Alpha Corp"]),
        ],
        [(0, "Alpha Corp", "Alpha Corp"), (1, "Bob Smith", "Bob Smith"), (2, "Paris", "Paris"),
         (3, "Smith", "Bob Smith"), (3, "Alpha Corp", "Alpha Corp")],
        [
            (1, "=SUM(A1) is not a plan,", "direct", "Bob Smith", "Bob Smith", "said", -0.2),
            (3, "Alpha Corp would recover", "indirect", "Bob Smith", "Smith", "added", 0.2),
        ],
    )  # fmt: skip
    two = build(
        "two",
        ["Sport"],
        ["match"],
        [
            ("Carol Jones won the match in Paris.", 0.5, ["match"]),
            ("“It was hard,” she said.", -0.3, []),
            ("“Unclear,” someone said.", 0.0, []),
        ],
        [(0, "Carol Jones", "Carol Jones"), (0, "Paris", "Paris")],
        [
            (1, "It was hard,", "direct", "Carol Jones", "she", "said", -0.3),
            (2, "Unclear,", "direct", None, None, "said", 0.0),
        ],
    )
    return [one, two]


@pytest.fixture(scope="module")
def tables():
    return to_tables(corpus())


def keys(frame: pd.DataFrame, col: str = "index") -> set[tuple[str, int]]:
    return set(zip(frame["article_id"], frame[col], strict=True))


def test_builder_keeps_the_offset_contract(tables):
    for a in corpus():
        for m in a.mentions:
            assert a.text[m.start : m.end] == m.text
        for q in a.quotes:
            assert a.text[q.start : q.end] == q.text


def test_no_filter_is_the_tables_themselves(tables):
    assert apply(tables, Filters()) is tables
    assert not Filters().active
    assert Filters(polarity=(-1.0, 0.5)).active


def test_entity_keeps_sentences_naming_it_and_quotes_by_or_about_it(tables):
    bob = apply(tables, Filters(entities=("Bob Smith",)))
    assert keys(bob.sentences) == {("one", 1), ("one", 3)}
    assert list(bob.quotes["speaker"]) == ["Bob Smith", "Bob Smith"]

    alpha = apply(tables, Filters(entities=("Alpha Corp",)))
    assert keys(alpha.sentences) == {("one", 0), ("one", 3)}
    # Bob's indirect quote contains a mention of Alpha Corp: it is about it; his direct quote is not.
    assert list(alpha.quotes["text"]) == ["Alpha Corp would recover"]


def test_entity_values_are_alternatives_across_articles(tables):
    kept = apply(tables, Filters(entities=("Paris", "Carol Jones")))
    assert keys(kept.sentences) == {("one", 2), ("two", 0)}
    assert list(kept.quotes["speaker"]) == ["Carol Jones"]
    assert set(kept.articles["article_id"]) == {"one", "two"}


def test_entity_counts_recompute_from_kept_rows(tables):
    kept = apply(tables, Filters(entities=("Bob Smith",)))
    counts = aggregate.entity_counts(kept).set_index("name")
    # Sentences 1 and 3 of "one": Bob twice, Alpha Corp once (sentence 3), nothing else.
    assert counts["count"].to_dict() == {"Bob Smith": 2, "Alpha Corp": 1}
    assert counts.loc["Alpha Corp", "polarity"] == pytest.approx(0.2)
    assert counts.loc["Bob Smith", "aliases"] == ["Smith"]


def test_type_filter_limits_sentences_and_counted_mentions(tables):
    kept = apply(tables, Filters(types=("PERSON",)))
    assert keys(kept.sentences) == {("one", 1), ("one", 3), ("two", 0)}
    assert set(kept.mentions["entity"]) == {"Bob Smith", "Carol Jones"}
    assert set(kept.entities["label"]) == {"PERSON"}


def test_entity_and_type_combine(tables):
    assert apply(tables, Filters(entities=("Paris",), types=("PERSON",))).sentences.empty


def test_topic_tag_keeps_the_whole_tagged_article(tables):
    kept = apply(tables, Filters(topics=("Economy",)))
    assert set(kept.articles["article_id"]) == {"one"}
    assert keys(kept.sentences) == {("one", i) for i in range(4)}
    assert len(kept.quotes) == 2


def test_topic_key_term_keeps_the_sentences_containing_it(tables):
    kept = apply(tables, Filters(topics=("market",)))
    assert set(kept.articles["article_id"]) == {"one"}
    assert keys(kept.sentences) == {("one", 2)}
    assert kept.quotes.empty
    both = apply(tables, Filters(topics=("market", "match")))
    assert keys(both.sentences) == {("one", 2), ("two", 0)}


def test_speaker_keeps_their_quotes_and_the_sentences_they_are_in(tables):
    kept = apply(tables, Filters(speakers=("Carol Jones",)))
    assert list(kept.quotes["text"]) == ["It was hard,"]
    assert keys(kept.sentences) == {("two", 1)}
    nobody = apply(tables, Filters(speakers=(UNATTRIBUTED,)))
    assert list(nobody.quotes["text"]) == ["Unclear,"]
    assert keys(nobody.sentences) == {("two", 2)}


def test_polarity_range_applies_to_sentences_and_quotes(tables):
    kept = apply(tables, Filters(polarity=(0.0, 1.0)))
    assert keys(kept.sentences) == {("one", 2), ("one", 3), ("two", 0), ("two", 2)}
    assert set(kept.quotes["text"]) == {"Alpha Corp would recover", "Unclear,"}
    assert (kept.sentences["polarity"] >= 0).all()


def test_facets_combine(tables):
    kept = apply(tables, Filters(entities=("Bob Smith",), polarity=(0.0, 1.0)))
    assert keys(kept.sentences) == {("one", 3)}
    assert list(kept.quotes["text"]) == ["Alpha Corp would recover"]


def test_filtered_tables_keep_the_shared_column_shapes(tables):
    kept = apply(tables, Filters(entities=("Paris",), polarity=(-0.5, 1.0)))
    for name, frame in kept.items():
        assert list(frame.columns) == COLUMNS[name], name


def test_recount_without_filter_reproduces_the_analysis(tables, seed_article):
    for t in (tables, to_tables([seed_article])):
        again = recount_entities(t, t.mentions, t.sentences)
        cols = ["article_id", "name", "label", "count", "polarity"]
        left = again[cols].sort_values(["article_id", "name"]).reset_index(drop=True)
        right = t.entities[cols].sort_values(["article_id", "name"]).reset_index(drop=True)
        pd.testing.assert_frame_equal(left, right, check_dtype=False)


def test_options_group_entities_by_type_and_put_tags_first(tables):
    o = offered(tables)
    assert o.types[0] == "PERSON"  # 3 person mentions, more than any other type
    assert list(o.entities["label"]) == sorted(o.entities["label"], key=o.types.index)
    tags = o.topics[o.topics["tag"]]
    assert list(o.topics["topic"][: len(tags)]) == list(tags["topic"])
    assert dict(zip(o.speakers["speaker"], o.speakers["quotes"], strict=True)) == {
        "Bob Smith": 2,
        "Carol Jones": 1,
        UNATTRIBUTED: 1,
    }


def test_describe_and_chips_say_what_is_filtered():
    f = Filters(entities=("A", "B", "C", "D"), types=("GPE",), polarity=(-0.2, 1.0))
    assert f.describe() == "filtered by entity A, B, C +1 more; type Country / city; polarity -0.20 to +1.00"
    assert [c.label for c in f.chips()][-1] == "Polarity -0.20 to +1.00"
    assert Filters().describe() == "all sentences and quotes"
    assert Filters().polarity == FULL_RANGE


def test_list_cells_read_back_from_parquet_are_lists_again_and_filter(tables, tmp_path):
    # Parquet hands list columns back as arrays; normalising where rows are read makes them lists.
    back = {}
    for name, frame in tables.items():
        path = tmp_path / f"{name}.parquet"
        frame.drop(columns=["sentiment_scores"], errors="ignore").to_parquet(path)
        raw = pd.read_parquet(path).reindex(columns=COLUMNS[name])
        if name == "sentences":
            assert not isinstance(raw["key_terms"].iat[0], list)
        back[name] = normalise(name, raw)
    t = type(tables)(**back)
    assert all(isinstance(k, list) for k in t.sentences["key_terms"])
    assert t.articles["topics"].tolist() == tables.articles["topics"].tolist()
    kept = apply(t, Filters(topics=("market",)))
    assert keys(kept.sentences) == {("one", 2)}
    assert aggregate.entity_counts(t).set_index("name").loc["Bob Smith", "aliases"] == ["Smith"]


# ---------------------------------------------------------------- the seed (the cases)

KHAN = "Shafqat Ali Khan"


@pytest.fixture(scope="module")
def seed_tables(seed_article):
    return to_tables([seed_article])


def test_seed_khan_quote_table_has_his_quotes(seed_tables):
    kept = apply(seed_tables, Filters(entities=(KHAN,)))
    rows = aggregate.quote_rows(kept)
    everything = seed_tables.quotes
    assert set(rows["speaker"]) == {KHAN}
    assert len(rows) == (everything["speaker"] == KHAN).sum()
    # His quoted words in the seed: 9 direct quotes and 2 partial ones ("illegal foreigners",
    # "visible and verifiable"); indirect (reported) speech, when the extractor finds it, comes on top.
    assert rows["kind"].isin(["direct", "partial"]).sum() == 11


def test_seed_khan_sentence_table_only_names_him(seed_tables):
    kept = apply(seed_tables, Filters(entities=(KHAN,)))
    rows = aggregate.sentence_rows(kept)
    assert len(rows) > 0
    assert all(KHAN in ents for ents in rows["entities"])
    assert all("Khan" in text for text in rows["text"])
    # The sentences that name him, not those that only refer to him ("he said").
    named = naming(seed_tables.mentions)
    named = named[named["entity"] == KHAN]
    assert set(rows["sentence"] - 1) == set(named["sentence"])


def test_seed_topic_filter_changes_what_is_shown(seed_tables):
    term = next(t for t in seed_tables.articles["key_terms"].iat[0] if t not in seed_tables.articles["topics"].iat[0])
    kept = apply(seed_tables, Filters(topics=(term,)))
    assert 0 < len(kept.sentences) < len(seed_tables.sentences)
    assert all(term in k for k in kept.sentences["key_terms"])
