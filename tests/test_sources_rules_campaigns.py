"""Who speaks: a post on a candidate's campaign is campaign staff (government official or
spokesperson, the labels' campaign-staff rule) whatever its post ("vice chairwoman for Clinton's
presidential campaign", "chairman of the Trump campaign", "His campaign chairman"); a party's
campaign chief stays a politician; "Campaign for ..." is an advocacy group's name; "campaigns
director at Greenpeace" is the charity's."""

from __future__ import annotations

import pytest

from analysis.extract.sources.groups import role_group
from tests.test_speakers import _article, _speaker

_STAFF = "government official or spokesperson"
_RACE = (
    "The presidential election race tightened as voters in the primary went to the polls, and the "
    "Democratic and Republican candidates courted delegates before the convention. "
)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            'Huma Abedin, vice chairwoman for Clinton\'s presidential campaign, said the email was "a mistake".',
            "Huma Abedin",
        ),
        ('"We will win Ohio," said Paul Manafort, chairman of the Trump campaign.', "Paul Manafort"),
        ('"It is there," said Julianna Smoot, finance director of Obama\'s re-election campaign.', "Julianna Smoot"),
        ('"He has momentum," said Al Cardenas, co-chair of the Bush campaign in Florida.', "Al Cardenas"),
        (
            '"It is lacking," said Alex Conant, a senior aide with Sen. Marco Rubio\'s presidential campaign.',
            "Alex Conant",
        ),
    ],
)
def test_a_post_on_a_candidates_campaign_is_staff(sentence: str, name: str):
    assert _speaker(_article(_RACE + sentence), name).role_group == _STAFF


@pytest.mark.parametrize(
    "role", ["His campaign chairman", "a campaign official", "Campaign officials", "The state's campaign chairman"]
)
def test_a_campaign_officer_in_a_story_about_politics_is_staff(role: str):
    assert role_group(role, story=("politics",)) == _STAFF


@pytest.mark.parametrize(
    ("role", "group"),
    [
        ("Labour's campaign chief", "politician"),  # a party's campaign chief is a frontbencher
        ("Labour election campaign coordinator", "politician"),
        # a volunteer is no staff: a member of the public (the labels' campaign volunteers, fresh144 and on;
        # civil society until the forty-eighth session, when *volunteer* moved to the occupations list)
        ("a volunteer for the Sanders campaign", "ordinary person or witness"),
        ("the elections lawyer for Clinton's presidential campaign", "police, military, justice"),
    ],
)
def test_a_partys_campaign_and_a_campaigns_non_staff_keep_their_reading(role: str, group: str):
    assert role_group(role, story=("politics",)) == group


@pytest.mark.parametrize(
    "role", ["of the Campaign for Tobacco-Free Kids", "chairman of the Campaign for Nuclear Disarmament"]
)
def test_a_campaign_for_a_cause_is_an_advocacy_group(role: str):
    assert role_group(role, story=("business",)) == "civil society, NGO, union"


@pytest.mark.parametrize("story", [("business",), ("politics",)])
def test_a_bodys_campaigns_post_is_the_bodys(story: tuple[str, ...]):
    assert role_group("campaigns director at Greenpeace in the UK", story=story) == "civil society, NGO, union"
