"""Who speaks, role-group mapping, second round (issue 11, helper 11ch): a minister's title is placed by
its post, not by its portfolio's words; the US Trade Representative, a Commons committee, the Centers for
Disease Control, UK government offices (Patent, Passport, Serious Fraud, Met) and the animal and child
charities the lexicon lacked; a press post in a sports story. Small articles written here; each rule's
case failed on the integration branch (the guards passed there too)."""

from __future__ import annotations

import pytest

from analysis.extract import sources
from tests.test_sources_rules_11cc import _read

_GOVERNMENT = "government official or spokesperson"
_CIVIL = "civil society, NGO, union"


_ARTICLES = [
    (  # a minister's portfolio does not place the minister
        "Councils will have to publish how long children wait for a place. Minister for Children, Young People "
        'and Families Margaret Hodge said the new tables would help parents. "We are on track," Ms Hodge said.',
        "Margaret Hodge",
        "Minister for Children, Young People and Families",
        "politician",
    ),
    (  # the US Trade Representative: the US cabinet rule
        "The US has filed a complaint against the EU over aircraft subsidies. US Trade Representative "
        'Robert Zoellick said: "The subsidies have to stop."',
        "Robert Zoellick",
        "US Trade Representative",
        "politician",
    ),
    (  # a Commons committee's chairman: the select committee precedent
        "The Ministry of Defence wasted millions on tanks, MPs say. Edward Leigh, chairman of the Public "
        'Accounts Committee, said: "This is a sorry tale."',
        "Edward Leigh",
        "chairman of the Public Accounts Committee",
        "politician",
    ),
    (  # a press post in a sports story speaks for the sport (a club, a sport body, an athlete)
        "The IAAF has banned two sprinters after they missed drugs tests before the Olympics. The athletes, "
        "who won medals at the championships, have 14 days to appeal against the ban on the track. "
        'Communications director Nick Davies said: "The rules are clear for every athlete and every coach."',
        "Nick Davies",
        "Communications director",
        "culture and sport",
    ),
]


@pytest.mark.parametrize(("text", "name", "role", "group"), _ARTICLES)
def test_posts_in_an_article(text: str, name: str, role: str, group: str):
    assert _read(text, name) == (role, group)


@pytest.mark.parametrize(
    "title",
    [
        "Minister for Sport",
        "Minister for Media",
        "Secretary of State for Culture, Media and Sport",
        "The Secretary of State for Trade and Industry",
        "Minister of State for Trade",
    ],
)
def test_every_ministerial_portfolio_is_a_politicians(title: str):
    assert sources.role_group(title, title=True) == "politician"


def test_the_guards():
    # a vice president's body still decides, and a minister of religion is no politician
    assert sources.role_group("vice president of the European Commission") == _GOVERNMENT
    assert sources.role_group("minister of the church") == _CIVIL
    # a press post another body places keeps it in a sports story; outside sport it is a government voice
    assert sources.role_group("Downing Street press secretary", True, ("culture and sport",)) == _GOVERNMENT
    assert sources.role_group("press officer", True) == _GOVERNMENT


@pytest.mark.parametrize(
    ("role", "group"),
    [
        ("chairman of the Public Accounts Committee", "politician"),
        ("chairman of the Commons Home Affairs Committee", "politician"),
        ("a spokesman for the US Centers for Disease Control and Prevention", _GOVERNMENT),
        ("the Centers for Disease Control", _GOVERNMENT),
        ("of the UK Patent Office", _GOVERNMENT),
        ("a Serious Fraud Office spokesman", _GOVERNMENT),
        ("a spokeswoman for the RSPCA", _CIVIL),
        ("an NSPCC spokesman", _CIVIL),
    ],
)
def test_bodies_the_lexicon_lacked(role: str, group: str):
    assert sources.role_group(role) == group
