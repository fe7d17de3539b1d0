"""Two rules from the twenty-first sample's errors (13-ab): an acronym inside a name gives all its
letters, never its first alone ("IRB Rugby Aid" is not the IRA); a listed party's plural name brings its
singular ("Conservative" is the Conservative Party, like "Conservatives")."""

from __future__ import annotations

from analysis.corpus.identity import identify
from analysis.corpus.identity.names import initials, organisation_keys
from tests.test_identity import article, corpus_entity, tables


def test_an_acronym_inside_a_name_gives_all_its_letters():
    assert initials("IRB Rugby Aid") == ["IRBRA"]
    assert initials("UK Athletics") == ["UKA"]
    assert initials("International Monetary Fund") == ["IMF"]  # plain words: their initials as before


def test_the_ira_stays_apart_from_a_rugby_charity_match():
    rugby = article(
        "s1",
        "The IRB Rugby Aid match raised money for the tsunami appeal. IRB Rugby Aid drew a big crowd.",
        {"IRB Rugby Aid": "EVENT"},
        "sport",
    )
    politics = article(
        "p1",
        "Sinn Fein said the IRA would not return to violence. The IRA statement was read out.",
        {"Sinn Fein": "ORG", "IRA": "ORG"},
        "politics",
    )
    t = identify(tables(rugby, politics))
    assert corpus_entity(t, "p1", "IRA")[0] != corpus_entity(t, "s1", "IRB Rugby Aid")[0]


def test_a_listed_plural_brings_its_singular():
    assert organisation_keys()["conservative"] == organisation_keys()["conservatives"]
    a = article(
        "p1",
        "The Conservatives said taxes would fall. Michael Howard, the Conservative leader, agreed.",
        {"Conservatives": "NORP", "Conservative": "NORP", "Michael Howard": "PERSON"},
        "politics",
    )
    b = article("p2", "The Conservative Party launched its poster campaign.", {"Conservative Party": "ORG"}, "politics")
    t = identify(tables(a, b))
    assert corpus_entity(t, "p1", "Conservative")[0] == corpus_entity(t, "p2", "Conservative Party")[0]
