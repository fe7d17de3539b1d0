"""A first name alone ("Zelda": someone its own article knows, a daughter, a character) names one person
across articles only where they name something else in common (13-ak, from the 24th-26th samples' wrong
merges: Max with Max Lyons, Sheila, Steve). A title whose sequel is named is no singular of a plural."""

from __future__ import annotations

from analysis.corpus.identity import identify
from tests.test_identity import article, corpus_entity, tables

SINGER = article(
    "e1",
    "Zelda Quorn released a new album on Pixtone Records. Quorn said the album was her best.",
    {"Zelda Quorn": "PERSON", "Quorn": "PERSON", "Pixtone Records": "ORG"},
    "entertainment",
)


def _daughter(aid: str, also: str = "") -> object:
    text = f"Comic Ulric Fenn{also} has died aged 88. His daughter Zelda said he would be sorely missed."
    names = {"Ulric Fenn": "PERSON", "Zelda": "PERSON"} | ({"Pixtone Records": "ORG"} if also else {})
    return article(aid, text, names, "entertainment")


def test_a_first_name_alone_does_not_join_the_one_full_name_of_an_unrelated_article():
    t = identify(tables(SINGER, _daughter("e2")))
    assert corpus_entity(t, "e2", "Zelda")[0] != corpus_entity(t, "e1", "Zelda Quorn")[0]


def test_a_first_name_alone_joins_the_full_name_where_the_articles_name_something_in_common():
    t = identify(tables(SINGER, _daughter("e2", ", of Pixtone Records,")))
    assert corpus_entity(t, "e2", "Zelda")[0] == corpus_entity(t, "e1", "Zelda Quorn")[0]


def test_first_names_alone_in_unrelated_articles_are_different_people():
    other_topic = article("b1", "Zelda Quorn joined the board.", {"Zelda Quorn": "PERSON"}, "business")
    mother = article(
        "e3",
        "Actor Ozzo Brandt thanked his mother, Zelda, at the Dorfield premiere.",
        {"Ozzo Brandt": "PERSON", "Zelda": "PERSON", "Dorfield": "GPE"},
        "entertainment",
    )
    t = identify(tables(other_topic, _daughter("e2"), mother))
    assert corpus_entity(t, "e2", "Zelda")[0] != corpus_entity(t, "e3", "Zelda")[0]


def test_a_title_whose_sequel_is_named_is_not_the_singular_of_a_plural():
    sequel = article(
        "f1",
        "The horror film Zring 2 opens this week. Zring was a hit in Japan.",
        {"Zring": "WORK_OF_ART"},
        "entertainment",
    )
    trilogy = article(
        "f2", "The Zrings trilogy made $3bn. Zrings fans queued.", {"Zrings": "WORK_OF_ART"}, "entertainment"
    )
    t = identify(tables(sequel, trilogy))
    assert corpus_entity(t, "f1", "Zring")[0] != corpus_entity(t, "f2", "Zrings")[0]


def test_a_character_named_by_his_job_makes_no_surname_of_a_first_name():
    show = article("e4", "Children loved Fireman Zelda on television.", {"Fireman Zelda": "PERSON"}, "entertainment")
    mother = article(
        "e3",
        "Actor Ozzo Brandt thanked his mother, Zelda, at the Dorfield premiere.",
        {"Ozzo Brandt": "PERSON", "Zelda": "PERSON", "Dorfield": "GPE"},
        "entertainment",
    )
    t = identify(tables(SINGER, show, _daughter("e2"), mother))
    assert corpus_entity(t, "e2", "Zelda")[0] != corpus_entity(t, "e3", "Zelda")[0]
