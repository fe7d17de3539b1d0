"""Issue 13-aa's rules: an acronym with an ampersand ("B&B") joins the expansion with that "&" or "and"
("Bradford & Bingley"); an acronym of a one-word compound's inner capitals ("GSK", "PwC") joins the one such
compound of its topic; the compound's first part ("Glaxo") joins it; an acronym joins the name written
before it in brackets; names that differ only in a connective ("Ernst & Young" / "Ernst and Young") or in
spaces ("JP Morgan" / "JPMorgan") are one name; a team sheet's initial ("R Lamont") picks the full name."""

from __future__ import annotations

from analysis.corpus.identity import identify
from analysis.corpus.identity.acronyms import amp_initials, compound_capitals
from tests.test_identity import article, corpus_entity, tables


def test_ampersand_and_compound_initials():
    assert amp_initials("Bradford & Bingley") == "B&B"
    assert amp_initials("Standard & Poor's") == "S&P"
    assert amp_initials("American Telephone & Telegraph") == "AT&T"
    assert amp_initials("Ernst and Young") == "E&Y"
    assert amp_initials("Bank of England") == ""
    assert amp_initials("Tom and Jerry and Friends") == ""
    assert compound_capitals("GlaxoSmithKline") == "GSK"
    assert compound_capitals("PricewaterhouseCoopers") == "PC"
    assert compound_capitals("McDonald") == ""
    assert compound_capitals("eBay") == ""


def test_an_ampersand_acronym_joins_its_expansion_across_articles():
    t = identify(
        tables(
            article(
                "b1",
                "Bradford & Bingley raised its mortgage rates. Bradford & Bingley said demand was strong.",
                {"Bradford & Bingley": "ORG"},
                "business",
            ),
            article("b2", "B&B shares rose 2%. B&B said it would cut jobs.", {"B&B": "ORG"}, "business"),
            article(
                "b3", "Bank of Baroda (BB) lent more. BB said so.", {"Bank of Baroda": "ORG", "BB": "ORG"}, "business"
            ),
        )
    )
    full = corpus_entity(t, "b1", "Bradford & Bingley")[0]
    assert corpus_entity(t, "b2", "B&B")[0] == full
    assert corpus_entity(t, "b3", "Bank of Baroda")[0] != full


def test_a_compound_acronym_and_its_first_part_join_the_compound():
    t = identify(
        tables(
            article(
                "d1",
                "Drugs giant GlaxoSmithKline said its profits rose. GlaxoSmithKline makes vaccines.",
                {"GlaxoSmithKline": "ORG"},
                "business",
            ),
            article("d2", "Shares in GSK fell 3%. GSK said its new drug had failed.", {"GSK": "ORG"}, "business"),
            article("d3", "Glaxo said it would cut prices. Glaxo shares rose.", {"Glaxo": "ORG"}, "business"),
            article(
                "d4",
                "Accountants PricewaterhouseCoopers said retail sales fell. PwC said the fall was small.",
                {"PricewaterhouseCoopers": "ORG", "PwC": "ORG"},
                "business",
            ),
        )
    )
    gsk = corpus_entity(t, "d1", "GlaxoSmithKline")[0]
    assert corpus_entity(t, "d2", "GSK")[0] == gsk
    assert corpus_entity(t, "d3", "Glaxo")[0] == gsk
    assert corpus_entity(t, "d4", "PwC")[0] == corpus_entity(t, "d4", "PricewaterhouseCoopers")[0]


def test_a_compound_acronym_needs_one_compound_in_its_topic():
    # two compounds with the capitals GSK in business: the acronym stays apart
    t = identify(
        tables(
            article(
                "g1",
                "GlaxoSmithKline said profits rose. GlaxoSmithKline shares rose.",
                {"GlaxoSmithKline": "ORG"},
                "business",
            ),
            article(
                "g2", "GreenSmartKit said sales fell. GreenSmartKit shares fell.", {"GreenSmartKit": "ORG"}, "business"
            ),
            article("g3", "GSK said its new drug had failed. GSK shares fell.", {"GSK": "ORG"}, "business"),
        )
    )
    gsk = corpus_entity(t, "g3", "GSK")[0]
    assert gsk != corpus_entity(t, "g1", "GlaxoSmithKline")[0]
    assert gsk != corpus_entity(t, "g2", "GreenSmartKit")[0]


def test_names_differing_in_a_connective_or_in_spaces_are_one():
    t = identify(
        tables(
            article(
                "e1",
                "Accountants Ernst & Young said taxes would rise. Ernst & Young said so again.",
                {"Ernst & Young": "ORG"},
                "business",
            ),
            article("e2", "Ernst and Young's tax partner said so.", {"Ernst and Young": "ORG"}, "business"),
            article(
                "e3",
                "Bankers JP Morgan advised the bid. JP Morgan declined to comment.",
                {"JP Morgan": "ORG"},
                "business",
            ),
            article(
                "e4",
                "His adviser, JPMorgan, quit last year. JPMorgan declined to comment.",
                {"JPMorgan": "ORG"},
                "business",
            ),
        )
    )
    assert corpus_entity(t, "e1", "Ernst & Young")[0] == corpus_entity(t, "e2", "Ernst and Young")[0]
    assert corpus_entity(t, "e3", "JP Morgan")[0] == corpus_entity(t, "e4", "JPMorgan")[0]


def test_a_team_sheets_initial_decides_which_brother_a_surname_is():
    # "R Lamont" in a team sheet, where the model found only "Lamont": Rory, not his brother Sean
    # (without the initial the surname stays apart: two Lamonts in the topic)
    sheet = "Scotland: C Paterson; R Lamont, D Parks, C Cusiter. R Lamont starts at full-back."
    t = identify(
        tables(
            article(
                "s1",
                "Rory Lamont and Sean Lamont were picked. Rory Lamont plays full-back and Sean Lamont wing.",
                {"Rory Lamont": "PERSON", "Sean Lamont": "PERSON"},
                "sport",
            ),
            article("s2", sheet, {"Lamont": "PERSON", "C Paterson": "PERSON"}, "sport"),
        )
    )
    assert corpus_entity(t, "s2", "Lamont")[0] == corpus_entity(t, "s1", "Rory Lamont")[0]
    assert corpus_entity(t, "s2", "Lamont")[0] != corpus_entity(t, "s1", "Sean Lamont")[0]


def test_an_acronym_joins_the_name_written_before_it_in_brackets():
    # whatever its letters ("IBGE" of a translated name); not a person's name
    t = identify(
        tables(
            article(
                "h1",
                "The Brazilian Institute for Geography and Statistics (IBGE) said jobs rose. IBGE said so.",
                {"Brazilian Institute for Geography and Statistics": "ORG", "IBGE": "ORG"},
                "business",
            ),
            article("h2", "IBGE figures showed wages grew. IBGE said more.", {"IBGE": "ORG"}, "business"),
            article(
                "h3",
                "Their coach Fred Bloggs (FTB) was pleased. FTB said the team played well.",
                {"Fred Bloggs": "PERSON", "FTB": "ORG"},
                "business",
            ),
        )
    )
    full = corpus_entity(t, "h1", "Brazilian Institute for Geography and Statistics")[0]
    assert corpus_entity(t, "h1", "IBGE")[0] == full
    assert corpus_entity(t, "h2", "IBGE")[0] == full
    assert corpus_entity(t, "h3", "FTB")[0] != corpus_entity(t, "h3", "Fred Bloggs")[0]
