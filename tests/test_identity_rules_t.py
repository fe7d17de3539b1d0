"""Issue 13-t's rules: an acronym is made of a proper name's words (analysis.corpus.identity.names.initials),
and an event named after an organisation is not the organisation's longer name (things._named_after)."""

from __future__ import annotations

from analysis.corpus.identity import identify
from analysis.corpus.identity.names import initials
from tests.test_identity import article, corpus_entity, tables


def test_initials_come_from_capitalised_words_only():
    assert initials("Amateur Athletic Association") == ["AAA"]
    assert initials("an Academy Award") == []  # not AAA
    assert initials("post-World Cup") == []  # not PWC
    assert initials("north east of America") == []
    # a capital inside a word is a proper name's word too
    assert "IP" in initials("iPod Photo")


def test_an_acronym_does_not_join_a_lower_case_phrase_with_its_initials():
    t = identify(
        tables(
            article(
                "s1",
                "She won the AAA title in Birmingham. The AAA said its indoor trials were full.",
                {"AAA": "ORG"},
                "sport",
            ),
            article(
                "e1",
                "The film won an Academy Award last year, and an Academy Award is the best prize.",
                {"an Academy Award": "WORK_OF_ART"},
                "sport",
            ),
        )
    )
    assert corpus_entity(t, "s1", "AAA")[0] != corpus_entity(t, "e1", "an Academy Award")[0]


def test_an_organisation_does_not_join_the_cup_named_after_it():
    t = identify(
        tables(
            article(
                "u1",
                "Uefa said it would open an inquiry. Uefa officials met the club, and Uefa fined it.",
                {"Uefa": "ORG"},
                "sport",
            ),
            article(
                "u2",
                "The Uefa Cup tie ended 2-1. They reached the Uefa Cup final after the Uefa Cup group stage.",
                {"Uefa Cup": "EVENT"},
                "sport",
            ),
        )
    )
    body, cup = corpus_entity(t, "u1", "Uefa"), corpus_entity(t, "u2", "Uefa Cup")
    assert body[0] != cup[0]
    assert body[2] == "ORG"
    assert cup[2] == "EVENT"


def test_a_part_name_still_joins_its_firms_longer_name():
    # (the guard is for events named after an organisation only: "Verizon" is Verizon Communications)
    t = identify(
        tables(
            article("b1", "Verizon said its profits rose. Verizon shares fell.", {"Verizon": "ORG"}, "business"),
            article(
                "b2",
                "Verizon Communications bought MCI, and Verizon Communications said so.",
                {"Verizon Communications": "ORG"},
                "business",
            ),
        )
    )
    assert corpus_entity(t, "b1", "Verizon")[0] == corpus_entity(t, "b2", "Verizon Communications")[0]
