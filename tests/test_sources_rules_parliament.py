"""Who speaks: a post in the opposition's shadow cabinet is a politician's, whatever the post (a shadow
attorney general is no lawyer here); a committee of a legislature named by its house ("the Commons work and pensions
committee", "House Judiciary Committee") is one of politicians whatever its subject words say, as a
"select committee" is, and so is its chairman; a committee of no house keeps its reading. "boss of"
is no sports word of its own: the boss of a firm is business, a team's boss stays culture and sport
in a sports story (the story's rule for the generic head "boss")."""

from __future__ import annotations

import pytest

from analysis.extract.sources.groups import role_group
from tests.test_speakers import _article, _speaker


@pytest.mark.parametrize(
    "role",
    [
        "House Judiciary Committee Chairman",
        "chairman of the Commons work and pensions committee",
        "chair of the Commons education committee",
        "a member of the Senate Armed Services Committee",
        "the Lords science committee",
    ],
)
def test_a_committee_of_a_house_is_one_of_politicians(role: str):
    assert role_group(role) == "politician"


@pytest.mark.parametrize(
    ("role", "group"),
    [
        ("the organising committee", "unknown"),
        ("chairman of the Olympic organising committee", "culture and sport"),
        ("European boss of Workshare", "business"),
    ],
)
def test_other_committees_and_a_firms_boss_keep_their_reading(role: str, group: str):
    assert role_group(role) == group


def test_a_teams_boss_in_a_match_report_stays_sport():
    assert role_group("Saints' third boss of the season", story=("culture and sport",)) == "culture and sport"


def test_the_chairman_of_a_house_committee_in_a_story():
    a = _article(
        "The agency must be scrapped unless it improves within weeks, MPs say. "
        '"If the agency cannot be rescued, then it must be replaced," said Sir Archy Kirkwood, chairman of the '
        "Commons work and pensions committee."
    )
    assert _speaker(a, "Archy Kirkwood").role_group == "politician"


@pytest.mark.parametrize(
    ("role", "group"),
    [
        ("shadow attorney general", "politician"),
        ("former shadow attorney general", "politician"),
        ("Shadow local government secretary", "politician"),
        ("the shadow home secretary", "politician"),
        ("shadow banking analyst", "expert or academic"),
        ("attorney general", "police, military, justice"),
    ],
)
def test_a_shadow_post_is_a_politicians(role: str, group: str):
    assert role_group(role) == group
