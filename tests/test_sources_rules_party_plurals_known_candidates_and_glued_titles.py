"""The forty-seventh session's second round (read from fresh132's and fresh133's misses): a party's members
in the plural written before a list of people ("Democrats Hillary Clinton, Bernie Sanders and Martin
O'Malley") says what each of them is, not that the first name is a body's; a known politician the
article describes by a trade ("the New York businessman") is the politician in a story about politics;
a word for a person glued to a name the tagger took for a body ("Spokeswoman Haley Morris", tagged ORG)
leaves a person's name; a post for or to a known politician ("a senior strategist for Sanders") is his
staff, as "Sanders' senior strategist" was; and a description the name stands beside in apposition
("Another delegate on the Cruz slate, Jim Poolman, said") is the person's role, a party's delegate a
politician in a story about politics."""

from __future__ import annotations

from analysis.extract.sources.groups import role_group
from tests.test_speakers import _article, _speaker


def test_a_party_plural_before_a_list_of_people_keeps_each_a_person():
    a = _article(
        "During a town hall event broadcast by CNN, Democrats Hillary Clinton, Bernie Sanders, and Martin O'Malley "
        'offered Iowa voters different approaches. "I have been on the front lines of change," said Clinton.',
        title="Candidates fan out in Iowa",
    )
    clinton = _speaker(a, "Hillary Clinton")
    assert (clinton.kind, clinton.role_group) == ("named person", "politician")


def test_a_plural_title_still_makes_a_firm_of_its_name():
    a = _article(
        'Technology analysts Gartner said sales of phones rose. "It is a good year," said Gartner.',
        title="Phone sales rise",
    )
    assert _speaker(a, "Gartner").kind == "organisation"


def test_a_known_politician_described_by_a_trade_is_the_politician_in_a_campaign_story():
    a = _article(
        "The candidates campaigned in Iowa before the caucus, and the polls show a close race for the "
        'nomination in Congress and in the states. "We are going to win," said Donald Trump, the New York '
        "businessman, at a rally of voters.",
        title="Candidates fan out in Iowa before the caucus vote",
    )
    assert _speaker(a, "Donald Trump").role_group == "politician"


def test_a_known_politician_in_a_business_story_keeps_the_trade():
    a = _article(
        'The firm\'s shares rose after the deal. "It is a great company," said Donald Trump, the New York '
        "businessman, of the company he bought.",
        title="Shares rise on property deal",
    )
    assert _speaker(a, "Donald Trump").role_group == "business"


def test_a_title_glued_to_a_name_tagged_as_a_body_leaves_a_person():
    a = _article(
        "O'Malley's campaign says it will shift staff from its Baltimore headquarters to the early states. "
        'Spokeswoman Haley Morris says the candidate has "always run a lean campaign and will continue to do '
        'so."',
        title="O'Malley campaign to shift staff",
    )
    # (since the fifty-sixth session the entity step itself cuts the title off: "Haley Morris" is the name)
    morris = _speaker(a, "Haley Morris")
    assert (morris.kind, morris.role, morris.gender) == ("named person", "Spokeswoman", "female")


def test_a_post_for_a_known_politician_is_his_staff_in_a_story_about_politics():
    story = ("politics",)
    assert role_group("a senior strategist for Sanders", story=story) == "government official or spokesperson"
    assert role_group("an aide to Trump", story=story) == "government official or spokesperson"
    assert role_group("a Trump delegate strategist", story=story) == "government official or spokesperson"
    # outside politics, or for a body, nothing changes
    assert role_group("a senior strategist for Sanders") == "expert or academic"
    assert role_group("a strategist for Goldman Sachs", story=story) == "expert or academic"
    assert role_group("a Republican strategist", story=story) == "expert or academic"


def test_a_description_before_a_name_in_apposition_is_the_role():
    a = _article(
        "Cruz won most of the delegates at the state convention, where the party chose its candidates for "
        "Congress and the Senate campaign. Another delegate on the Cruz slate, Jim Poolman, said he was only "
        '"leaning Cruz." One delegate not on the Cruz slate, Kelly Schmdit, told POLITICO she was leaning '
        'toward Cruz and "I like what he says."',
        title="Cruz tops Trump in North Dakota",
    )
    poolman = _speaker(a, "Jim Poolman")
    assert (poolman.role, poolman.role_group) == ("Another delegate on the Cruz slate", "politician")
    schmdit = _speaker(a, "Kelly Schmdit")
    assert (schmdit.role, schmdit.role_group) == ("One delegate not on the Cruz slate", "politician")
