"""The forty-eighth session's first round (read from the dev labels' misses): the people who run a PAC or
manage a candidate's campaign are campaign staff, government official or spokesperson (the labels'
campaign-staff rule; a PAC speaking is still the politics it buys); people in a crowd or a public
(marchers, commenters, constituents, canvassers, hackers, a salesman, a college junior) are ordinary
people; and a plural in "-men" ("the committee chairmen", "two congressmen") is a plural, an unnamed
many, read with its singular's group."""

from __future__ import annotations

from analysis.extract.sources.groups import role_group
from tests.test_speakers import _article, _speaker

POLITICS = ("politics",)
STAFF = "government official or spokesperson"
ORDINARY = "ordinary person or witness"


def test_who_runs_a_pac_or_managed_a_campaign_is_staff():
    assert role_group("who ran a pro-Jeb Bush super PAC", story=POLITICS) == STAFF
    assert role_group("who managed Bob Dole's 1996 campaign", story=POLITICS) == STAFF
    assert role_group("president of the Congressional Leadership Fund, a super PAC", story=POLITICS) == STAFF
    assert role_group("The head of the major Super PAC backing former Florida Gov. Jeb Bush", story=POLITICS) == STAFF


def test_a_pac_itself_and_its_lawmaker_chairman_are_not_staff():
    assert role_group("a pro-Clinton super PAC", story=POLITICS) == "politician"
    assert role_group("Rep.", title=True, story=POLITICS) == "politician"
    # running for office is no post on a campaign
    assert role_group("who ran against Clinton in the 2008 primary", story=POLITICS) != STAFF


def test_a_pac_head_in_an_article():
    a = _article(
        "The Republican primary race heats up as voters head to the polls and the candidates campaign for "
        'delegates. "It is over," said Mike Murphy, who ran a pro-Jeb Bush super PAC.',
        title="Campaign news",
    )
    assert _speaker(a, "Mike Murphy").role_group == STAFF


def test_people_in_a_crowd_or_a_public_are_ordinary():
    for role in (
        "many marchers",
        "Many in the crowd",
        "one commenter",
        "a Cruz constituent",
        "two canvassers",
        "The Romanian hacker",
        "a salesman",
        "a junior at the school",
    ):
        assert role_group(role) == ORDINARY, role
    # a single word placed only when nothing else places the role
    assert role_group("the junior senator") == "politician"


def test_an_apposition_with_a_public_word_is_read_as_a_role():
    a = _article('"He never called back," said Dan Golvach, a Cruz constituent.', title="Town hall")
    assert _speaker(a, "Dan Golvach").role == "a Cruz constituent"
    assert _speaker(a, "Dan Golvach").role_group == ORDINARY


def test_plurals_in_men_are_plurals():
    assert role_group("the committee chairmen") == "politician"
    a = _article(
        'The House voted on the bill on Tuesday. "We will act," the committee chairmen said in a statement. '
        '"No," said two congressmen.',
        title="Congress news",
    )
    assert _speaker(a, "the committee chairmen").kind == "anonymous"
    assert _speaker(a, "two congressmen").kind == "anonymous"
    assert _speaker(a, "two congressmen").role_group == "politician"
