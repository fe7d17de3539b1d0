"""13-af: a name cut from a title with a subtitle ("Metallica: Some Kind Of Monster", the film) is one
thing apart from the name's other uses (the band), unless their articles name something else in common."""

from __future__ import annotations

from analysis.corpus.identity import identify
from analysis.corpus.identity.subtitles import subtitle_units
from tests.test_identity import article, corpus_entity, tables

FILM = "The documentary Metallica: Some Kind Of Monster won the prize for {}."
BAND = "Metallica said the band would tour again. Metallica sold {} albums."


def test_a_title_cut_before_its_subtitle_is_apart_from_the_band():
    arts = [
        article("e1", FILM.format("Joshua Marston"), {"Metallica": "PERSON", "Joshua Marston": "PERSON"}, "ent"),
        article("e2", FILM.format("Alexander Payne"), {"Metallica": "PERSON", "Alexander Payne": "PERSON"}, "ent"),
        article("e3", BAND.format("more"), {"Metallica": "PERSON"}, "ent"),
    ]
    t = identify(tables(*arts))
    film, film2, band = (corpus_entity(t, a, "Metallica") for a in ("e1", "e2", "e3"))
    assert film[0] == film2[0] != band[0]
    assert film[2] not in ("PERSON", "ORG", "GPE")


def test_only_a_colon_and_two_capitalised_words_make_a_subtitle():
    arts = [
        article("e1", "Metallica: Some Kind Of Monster opens.", {"Metallica": "ORG"}, "ent"),
        article("e2", "Metallica: the band said so. Metallica: Jones, Smith.", {"Metallica": "ORG"}, "ent"),
    ]
    assert subtitle_units(tables(*arts), [("e1", "Metallica"), ("e2", "Metallica")]) == {("e1", "Metallica")}


def test_a_work_and_its_name_with_a_name_in_common_stay_together():
    arts = [
        article("t1", "Rockstar's Grand Theft Auto: San Andreas sold well.", {"Grand Theft Auto": "PRODUCT",
                "Rockstar": "ORG"}, "tech"),
        article("t2", "Rockstar said the Grand Theft Auto series would go on.", {"Grand Theft Auto": "PRODUCT",
                "Rockstar": "ORG"}, "tech"),
    ]  # fmt: skip
    t = identify(tables(*arts))
    assert corpus_entity(t, "t1", "Grand Theft Auto")[0] == corpus_entity(t, "t2", "Grand Theft Auto")[0]
