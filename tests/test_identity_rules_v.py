"""Issue 13-v's rules: an acronym written as a word ("Nato", "Sepa") joins the expansion its own article
spells out, and an acronym whose articles spell out different expansions is each article's own
(acronyms.title_acronym, acronyms._own_expansions); an acronym with a connective's small letter ("BoE") joins
the expansion whose connectives those are (names.with_small_words)."""

from __future__ import annotations

from analysis.corpus.identity import identify
from analysis.corpus.identity.acronyms import title_acronym
from tests.test_identity import article, corpus_entity, tables


def test_a_title_case_word_can_be_an_acronym():
    assert title_acronym("Nato")
    assert title_acronym("Sepa")
    assert not title_acronym("NATO")  # (the capitals' own rule)
    assert not title_acronym("Bo")
    assert not title_acronym("Washington")


def test_an_acronym_written_as_a_word_joins_the_expansion_its_article_spells_out():
    t = identify(
        tables(
            article(
                "p1",
                "The North Atlantic Treaty Organisation (Nato) met in Brussels. Nato ministers agreed.",
                {"North Atlantic Treaty Organisation": "ORG", "Nato": "ORG"},
                "politics",
            ),
            article("p2", "Nato said its troops would stay. Nato officials agreed.", {"Nato": "ORG"}, "politics"),
        )
    )
    full = corpus_entity(t, "p1", "North Atlantic Treaty Organisation")
    assert corpus_entity(t, "p1", "Nato")[0] == full[0]
    assert corpus_entity(t, "p2", "Nato")[0] == full[0]


def test_an_acronym_written_as_a_word_needs_its_expansion_in_one_of_its_articles():
    # "Cia" in one article, "Channel Islands AC" (initials CIA) only in another: no join
    t = identify(
        tables(
            article("e1", "Cia said the show would go on. Cia staff agreed.", {"Cia": "ORG"}, "sport"),
            article(
                "e2",
                "Channel Islands AC won the relay. Channel Islands AC runners were fast.",
                {"Channel Islands AC": "ORG"},
                "sport",
            ),
        )
    )
    assert corpus_entity(t, "e1", "Cia")[0] != corpus_entity(t, "e2", "Channel Islands AC")[0]


def test_one_acronym_for_two_bodies_is_the_one_each_article_spells_out():
    t = identify(
        tables(
            article(
                "b1",
                "China's State Environmental Protection Agency (Sepa) halted 30 projects. Sepa said so.",
                {"State Environmental Protection Agency": "ORG", "Sepa": "ORG"},
                "business",
            ),
            article(
                "b2",
                "The Scottish Environment Protection Agency (Sepa) fined the firm. Sepa said it was polluting.",
                {"Scottish Environment Protection Agency": "ORG", "Sepa": "ORG"},
                "business",
            ),
        )
    )
    china = corpus_entity(t, "b1", "State Environmental Protection Agency")[0]
    scotland = corpus_entity(t, "b2", "Scottish Environment Protection Agency")[0]
    assert china != scotland
    assert corpus_entity(t, "b1", "Sepa")[0] == china
    assert corpus_entity(t, "b2", "Sepa")[0] == scotland


def test_an_acronym_with_a_connectives_small_letter_joins_its_expansion():
    # "BoE" is Bank of England ("of": the small o); "BMG Entertainment" (initials BE too) is not
    t = identify(
        tables(
            article(
                "f1",
                "The Bank of England held rates. The BoE said inflation was low, and the BoE's figures agreed.",
                {"Bank of England": "ORG", "BoE": "ORG"},
                "business",
            ),
            article(
                "f2",
                "BMG Entertainment signed the band. BMG Entertainment said sales rose.",
                {"BMG Entertainment": "ORG"},
                "business",
            ),
        )
    )
    boe = corpus_entity(t, "f1", "BoE")[0]
    assert boe == corpus_entity(t, "f1", "Bank of England")[0]
    assert boe != corpus_entity(t, "f2", "BMG Entertainment")[0]
