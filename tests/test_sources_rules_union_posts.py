"""The Trades Union Congress is a union body, not a congress of lawmakers; a "shock jock" is a radio
host; and "Its director general" is a bare post like "its chairman", the body "its" stands for placing
it ("general" beside a post word is part of the post)."""

from __future__ import annotations

import pytest

from analysis.extract.sources.groups import role_group
from tests.test_speakers import _article, _speaker


@pytest.mark.parametrize(
    ("role", "group"),
    [
        ("Trades Union Congress General Secretary", "civil society, NGO, union"),
        ("general secretary of the Trades Union Congress", "civil society, NGO, union"),
        ("US Congress", "politician"),
        ("shock jock", "media"),
    ],
)
def test_lexicon(role, group):
    assert role_group(role) == group


def test_the_tucs_general_secretary_spelled_out_by_the_article():
    a = _article(
        "The Trades Union Congress (TUC) is calling on the government to stem job losses in manufacturing. "
        'TUC General Secretary Brendan Barber called for "a commitment to policies that will make a real '
        'difference to the lives of working people".',
        title="Unions urge help for factories",
    )
    assert _speaker(a, "Brendan Barber").role_group == "civil society, NGO, union"


def test_its_director_general_is_the_charitys():
    a = _article(
        "Ministers said the plans would help. But the Refugee Council argued the aid was badly targeted and poor "
        "families were being offered choice in principle, but not in practice. Its director general, Barbara "
        'Stocking, said: "Direct payments will not work if there are no services to buy."',
        title="Aid plans criticised",
    )
    stocking = _speaker(a, "Barbara Stocking")
    assert (stocking.role, stocking.role_group) == ("Its director general", "civil society, NGO, union")
