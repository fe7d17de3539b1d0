"""13-af: a city's name used as an agreement's or a round of talks' name ("the Kyoto protocol", "the Doha
development talks") is one thing apart from the city ("on the outskirts of Kyoto"), never a place."""

from __future__ import annotations

from analysis.corpus.identity import identify
from analysis.corpus.identity.accords import accord_units
from tests.test_identity import article, corpus_entity, tables


def _kyoto() -> list:
    return [
        article("b1", "On the outskirts of Kyoto, an old man farms. Kyoto is quiet.", {"Kyoto": "GPE"}, "business"),
        article("p1", "The US refused to sign up to the Kyoto protocol on emissions.", {"Kyoto": "GPE"}, "politics"),
        article("p2", "Ministers said the Kyoto treaty aims to cut emissions.", {"Kyoto": "GPE"}, "politics"),
    ]


def test_a_citys_name_as_a_treatys_is_apart_from_the_city():
    t = identify(tables(*_kyoto()))
    city, treaty, other = (corpus_entity(t, a, "Kyoto") for a in ("b1", "p1", "p2"))
    assert treaty[0] == other[0] != city[0]
    assert city[2] == "GPE" and treaty[2] not in ("GPE", "LOC", "FAC")


def test_one_small_word_may_come_between_and_a_pronoun_says_nothing():
    arts = [
        article("p3", "Agreement in the Doha development talks could help. Doha", {"Doha": "GPE"}, "politics"),
        article("s1", "She beat Vinci at the Qatar Open in Doha on Tuesday.", {"Doha": "GPE"}, "sport"),
    ]
    t = tables(*arts)
    assert accord_units(t, [("p3", "Doha"), ("s1", "Doha")]) == set()  # the second "Doha" is no talks'
    arts[0] = article("p3", "Agreement in the Doha development talks could help.", {"Doha": "GPE"}, "politics")
    assert accord_units(tables(*arts), [("p3", "Doha"), ("s1", "Doha")]) == {("p3", "Doha")}
    t = identify(tables(*arts))
    assert corpus_entity(t, "p3", "Doha")[0] != corpus_entity(t, "s1", "Doha")[0]


def test_a_city_named_only_as_a_place_stays_one():
    arts = [
        article("b1", "On the outskirts of Kyoto, an old man farms.", {"Kyoto": "GPE"}, "business"),
        article("p1", "Delegates met in Kyoto to talk about emissions.", {"Kyoto": "GPE"}, "politics"),
    ]
    t = identify(tables(*arts))
    assert corpus_entity(t, "b1", "Kyoto")[0] == corpus_entity(t, "p1", "Kyoto")[0]
