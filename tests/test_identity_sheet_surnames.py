"""13-ad: a bare surname in team sheets of two football or rugby reports, where several people of that
name play in the corpus, joins across them only where the reports name something else in common
("Harris" of Newcastle and "Harris" of Saracens are two players)."""

from __future__ import annotations

from analysis.corpus.identity import identify
from tests.test_identity import article, corpus_entity, tables


def _sheets(second_team: str) -> dict:
    iestyn = article("s1", "Iestyn Harris scored a try for Leeds in the rugby.", {"Iestyn Harris": "PERSON"}, "sport")
    jerry = article("s2", "Jerry Harris kicked a try conversion in the rugby.", {"Jerry Harris": "PERSON"}, "sport")
    one = article(
        "s3",
        "Newcastle rugby team: Walder, Tait, Grindal, Harris, Dowson. The flanker scored a try.",
        {"Walder": "PERSON", "Tait": "PERSON", "Grindal": "PERSON", "Harris": "PERSON", "Dowson": "PERSON"},
        "sport",
    )
    two = article(
        "s4",
        f"{second_team} rugby team: Harris, Vaikona, Bracken. The prop scored a try.",
        {"Harris": "PERSON", "Vaikona": "PERSON", "Bracken": "PERSON", second_team.split()[0]: "PERSON"},
        "sport",
    )
    return identify(tables(iestyn, jerry, one, two))


def test_a_bare_surname_in_two_unrelated_team_sheets_stays_two_players():
    t = _sheets("Saracens")
    assert corpus_entity(t, "s3", "Harris")[0] != corpus_entity(t, "s4", "Harris")[0]


def test_a_bare_surname_in_team_sheets_naming_a_team_mate_in_common_joins():
    t = _sheets("Walder")
    assert corpus_entity(t, "s3", "Harris")[0] == corpus_entity(t, "s4", "Harris")[0]
