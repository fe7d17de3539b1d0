"""Who speaks: a member of the European Commission ("EU trade commissioner", "European Commissioner for
...") and a foreign policy chief are politicians, as the labels read Peter Mandelson and Javier Solana
(the Commission's president stays an official, and other commissioners keep theirs); a publicist is a
performer's, culture and sport; a person's agent named with their possessive ("Aguilera's agent") is a
performer's or a player's, culture and sport, where an FBI agent or a body's agent keeps its reading."""

from __future__ import annotations

import pytest

from analysis.extract.sources.groups import role_group
from tests.test_speakers import _article, _speaker


@pytest.mark.parametrize(
    ("role", "group"),
    [
        ("EU Trade Commissioner", "politician"),
        ("European Commissioner for Justice and Home Affairs", "politician"),
        (
            "a spokesman for European Justice and Home Affairs Commissioner Franco Frattini",
            "government official or spokesperson",
        ),
        ("EU foreign policy chief", "politician"),
        ("the incoming president of the European Commission", "government official or spokesperson"),
        ("Information Commissioner", "government official or spokesperson"),
        ("Federal Trade Commissioner", "government official or spokesperson"),
        ("NYPD Commissioner", "police, military, justice"),
    ],
)
def test_a_european_commissioner_is_a_politician_other_commissioners_are_not(role: str, group: str):
    assert role_group(role) == group


@pytest.mark.parametrize(
    ("role", "group"),
    [
        ("Aguilera's agent", "culture and sport"),
        ("Wayne Rooney's longtime agent", "culture and sport"),
        ("Clark's publicist", "culture and sport"),
        ("FBI agent", "police, military, justice"),
        ("an estate agent", "business"),
        ("Labour's agent", "politician"),
    ],
)
def test_a_persons_agent_and_a_publicist_are_a_performers(role: str, group: str):
    assert role_group(role) == group


def test_a_singers_agent_in_a_story_about_a_court_case():
    a = _article(
        "The singer was sued by a former manager over unpaid fees, the court heard on Monday. "
        '"She has always paid what she owed," said Meghan Prophet, Aguilera\'s agent.'
    )
    assert _speaker(a, "Meghan Prophet").role_group == "culture and sport"
