"""A detective's rank ("Detective Inspector", "detective chief superintendent") and a "police inspector" are
police, military, justice; "inspector" alone stays an official's (a schools or a tax inspector)."""

from __future__ import annotations

import pytest

from analysis.extract.sources.groups import role_group
from tests.test_speakers import _article, _speaker


@pytest.mark.parametrize(
    "role",
    ["Detective Inspector", "detective chief superintendent", "Detective Sergeant", "a police inspector"],
)
def test_a_detectives_rank_is_the_polices(role):
    assert role_group(role) == "police, military, justice"


@pytest.mark.parametrize("role", ["inspector", "Chief Inspector of Schools", "a tax inspector"])
def test_an_inspector_alone_stays_an_official(role):
    assert role_group(role) == "government official or spokesperson"


def test_a_detective_inspector_quoted_in_a_story_about_a_star():
    a = _article(
        "Rock star Ozzy Osbourne was woken by a burglar at his home.\n\nDetective Inspector Paul Miller of "
        "Thames Valley Police said it appeared a man used a ladder to get into the house. He added: "
        '"We are keen to hear from anyone who saw a car nearby."',
        title="Burglar escapes with jewels",
    )
    miller = _speaker(a, "Paul Miller")
    assert (miller.role, miller.role_group) == ("Detective Inspector", "police, military, justice")
