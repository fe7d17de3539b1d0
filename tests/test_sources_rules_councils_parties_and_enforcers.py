"""The forty-third session's first round: a Commons committee, an all-party group and a party's local
association are politicians' bodies; a city's or a county's manager is its official; a chat or radio host
is media whatever side they take; a party's chief executive is its staff; a bare spokesperson after the
police's, the army's or the courts' body speaks for it, in a politics story too. The second round: a
known firm's employee is business whatever politics the post is about; "the budget office" is the state's."""

from __future__ import annotations

import pytest

from analysis.extract.sources.groups import role_group
from tests.test_speakers import _article, _speaker

_STAFF = "government official or spokesperson"
_JUSTICE = "police, military, justice"
_POLITICS = ("politics",)


def test_parliaments_committees_and_a_partys_local_association_are_politicians():
    assert role_group("Chairman of the Environmental Audit Committee") == "politician"
    assert role_group("an all-party committee") == "politician"
    assert role_group("the all-party group on Africa") == "politician"
    assert role_group("Sacked MP Howard Flight's local Conservative association") == "politician"
    assert role_group("the constituency association") == "politician"
    # other associations and committees keep their reading
    assert role_group("the Residents' Association") != "politician"
    assert role_group("chairman of the ISM's survey committee") != "politician"


def test_a_citys_or_a_countys_manager_is_its_official():
    assert role_group("the city manager") == _STAFF
    assert role_group("the county administrator") == _STAFF
    assert role_group("the general manager") == "business"  # a firm's manager unchanged


def test_a_chat_or_radio_host_is_media_whatever_side_they_take():
    assert role_group("conservative chat host") == "media"
    assert role_group("the former chat show host") == "media"
    assert role_group("the liberal radio host") == "media"
    assert role_group("a conservative activist") != "media"


def test_a_partys_chief_executive_is_its_staff():
    assert role_group("the Liberal Democrat chief executive", False, _POLITICS) == _STAFF
    assert role_group("Party chief executive", True, _POLITICS) == _STAFF
    assert role_group("the Vodafone chief executive") == "business"
    assert role_group("Labour leader", True, _POLITICS) == "politician"


def test_a_bare_spokesperson_after_a_justice_body_speaks_for_it():
    a = _article(
        "The judge ruled for the tobacco firms. The Justice Department refused to say if it would appeal. "
        '"All we are saying today is that we have received the ruling," a spokeswoman said on Friday.',
        title="Tobacco ruling",
    )
    assert _speaker(a, "a spokeswoman").role_group == _JUSTICE


@pytest.mark.parametrize(
    ("passage", "group"),
    [
        # the police's body in a politics story: its spokesperson is the police's
        (
            "Scotland Yard said the policing operation had been reviewed. "
            '"We cannot discuss who was responsible for the documents," said a spokesman.',
            _JUSTICE,
        ),
        # a party's: the post's default (a party's or a state's spokesperson) stays
        ('The Conservatives said the minister must explain. "This is a disgrace," said a spokesman.', _STAFF),
    ],
)
def test_a_bare_spokesperson_in_a_politics_story(passage: str, group: str):
    a = _article(
        f"The Conservatives said the minister must explain the lapse to MPs.\n\n{passage}",
        title="Election: papers found",
    )
    assert _speaker(a, "a spokesman").role_group == group


def test_a_known_firms_employee_is_business_whatever_politics_the_post_is_about():
    # the forty-third session's second round
    assert role_group("Twitter's director of political ad sales", False, _POLITICS) == "business"
    assert role_group("Facebook's global politics and government outreach director") == "business"
    assert role_group("the Clinton campaign's political director", False, _POLITICS) == _STAFF
    assert role_group("the BBC's political editor", False, _POLITICS) == "media"


def test_the_budget_office_is_the_states():
    assert role_group("the budget office") == _STAFF
