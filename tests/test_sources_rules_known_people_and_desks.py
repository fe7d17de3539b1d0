"""The forty-first session's second round: people quoted across PolNeAR train as well are known by name
(a candidate the article names without a word for what they are), an intelligence service is police,
military, justice, and a bank's desk of market strategy is an expert's."""

from __future__ import annotations

from analysis.extract.sources.groups import role_group
from analysis.extract.sources.lexicons import _known_names
from tests.test_speakers import _article, _speaker


def test_a_candidate_named_with_no_role_words_is_known():
    a = _article(
        'The crowd cheered in Iowa on Monday night. "We are going to win this state," Marco Rubio said.',
        title="Caucus night",
    )
    rubio = _speaker(a, "Marco Rubio")
    assert rubio.role is None
    assert rubio.role_group == "politician"


def test_known_people_keep_the_articles_own_words_first():
    # a role the article gives still decides: the known group is only for an article that says nothing
    a = _article('Barack Obama, a guest lecturer at the law school, said: "The law is clear."', title="Lecture")
    assert _speaker(a, "Barack Obama").role_group == "expert or academic"


def test_the_added_names_are_reviewed_groups():
    people = _known_names()[1]
    assert people["Ted Cruz"] == people["Barack Obama"] == "politician"
    assert people["Robby Mook"] == "government official or spokesperson"  # campaign staff
    assert people["James Comey"] == "police, military, justice"
    assert people["Sean Spicer"] == "government official or spokesperson"  # a party's spokesman then
    # left out: under two thirds of the articles agreeing, or a group the labels' rules read otherwise
    for name in ("Kellyanne Conway", "Patricia Smith"):
        assert name not in people
    # (Ben Carson and Carly Fiorina, left out then, are in since the forty-seventh session by general
    # knowledge, as 2016 presidential candidates: the labels read candidates as politicians)
    assert people["Ben Carson"] == people["Carly Fiorina"] == "politician"


def test_intelligence_services_and_strategy_desks():
    assert role_group("a senior KGB officer") == "police, military, justice"
    assert role_group("an MI5 officer") == "police, military, justice"
    assert role_group("head of equity strategy at UBS") == "expert or academic"
    assert role_group("head of strategy") == "unknown"  # a firm's strategy is its management's


def test_a_surname_two_known_politicians_share_is_still_a_politicians():
    # "Bush": Jeb Bush and George W Bush are both known politicians; in a story about politics the bare
    # surname is a politician's whichever of them it is
    a = _article(
        "The Republican primary race tightened after the debate. Voters in the election will choose a "
        "candidate for president, and the party's senators backed the campaign.\n\n"
        '"We will win the nomination," Bush said.',
        title="Primary race",
    )
    assert _speaker(a, "Bush").role_group == "politician"
