"""A plural name joins its singular only where some article of each is one topic / outlet / time window
(13-ac, from the pooled samples' cross-sample wrong merges): the club Wasps is not the film Wasp."""

from __future__ import annotations

from analysis.corpus.identity import identify
from tests.test_identity import article, corpus_entity, tables


def _club_and_film(film_topic: str) -> dict:
    club = article(
        "s1", "Wasps beat Bath on Saturday. Wasps coach Warren Gatland was pleased.", {"Wasps": "ORG"}, "sport"
    )
    film = article(
        "e1",
        "Andrea Arnold's film Wasp won an Oscar. Wasp tells the story of a young mother.",
        {"Andrea Arnold": "PERSON", "Wasp": "ORG"},
        film_topic,
    )
    return identify(tables(club, film))


def test_a_plural_used_only_in_other_topics_stays_apart():
    t = _club_and_film("entertainment")
    assert corpus_entity(t, "s1", "Wasps")[0] != corpus_entity(t, "e1", "Wasp")[0]


def test_a_plural_and_its_singular_in_one_topic_still_join():
    t = _club_and_film("sport")
    assert corpus_entity(t, "s1", "Wasps")[0] == corpus_entity(t, "e1", "Wasp")[0]


def test_party_plurals_still_join():
    a = article("p1", "The Liberals said taxes would rise.", {"Liberals": "NORP"}, "politics")
    b = article("p2", "A Liberal spokesman disagreed with the plan.", {"Liberal": "NORP"}, "politics")
    t = identify(tables(a, b))
    assert corpus_entity(t, "p1", "Liberals")[0] == corpus_entity(t, "p2", "Liberal")[0]
