"""Who speaks, issue 11be: a generic post at a body the lexicon cannot place no longer falls to the
post's default when the article's own words say what the body is: a body named by what it demands
("Stop Stansted Expansion"), one the article calls campaigners ("anti-noise campaigners HACAN
Clearskies"), a post at the top of a body whose words place it ("chief executive of the charity"),
and a race's director in a sports story."""

from __future__ import annotations

from analysis.extract.sources import role_group
from tests.test_speakers import _article, _speaker

_AIRPORT = (
    "Residents' groups will challenge the government's airport plans in the High Court. Groups challenging "
    "the plans include Stop Runway Growth and anti-noise campaigners Quietskies Clearskies. The operator said it "
    'was consulting local people. "The White Paper was flawed," said Stop Runway Growth chairman Peter Holt. '
    'Quietskies chairman John Marsh said: "The protesters are still here." '
)


def test_a_body_named_by_what_it_demands_is_a_campaign():
    a = _article(_AIRPORT, title="Airport plans face court battle")
    assert _speaker(a, "Peter Holt").role_group == "civil society, NGO, union"


def test_a_body_the_article_calls_campaigners_is_an_advocacy_group():
    a = _article(_AIRPORT, title="Airport plans face court battle")
    assert _speaker(a, "John Marsh").role_group == "civil society, NGO, union"


def test_imperative_names_and_other_names():
    assert role_group("Save Our Community chairman") == "civil society, NGO, union"
    assert role_group("Save the Children spokesman") == "civil society, NGO, union"
    # not an imperative that starts a name: the post's own default stays
    assert role_group("Stansted Airport chairman") == "business"
    assert role_group("Keep the Promise director") != "civil society, NGO, union"


def test_a_post_at_the_top_of_a_body_its_words_place_is_the_bodys():
    assert role_group("chief executive of the charity") == "civil society, NGO, union"
    assert role_group("managing director of media consultancy") == "expert or academic"
    assert role_group("managing director of the broadcaster") == "media"
    # a firm, a party and a body the words do not place keep what they were
    assert role_group("chief executive of the bank") == "business"
    assert role_group("chairman of the Labour party") == "politician"
    assert role_group("chief executive of Vantex") == "business"


def test_a_race_director_in_a_sports_story_is_the_races():
    a = _article(
        "Double Olympic champion Kenenisa Tola will run in the city marathon for the next three years. "
        '"It is a coup for us to secure him for the race," said race director Tom Ward.',
        title="Tola in marathon bid",
    )
    assert _speaker(a, "Tom Ward").role_group == "culture and sport"


def test_a_post_on_a_candidates_campaign_named_with_a_possessive_is_staff():
    story = ("politics",)
    assert role_group("Donald J. Trump's newly installed campaign chief", story=story) == (
        "government official or spokesperson"
    )
    # a party's campaign chief keeps the politician's reading ("The state's campaign chairman", a candidate's
    # state chairman, is staff since the thirty-first session: tests/test_sources_rules_campaigns.py)
    assert role_group("Labour's campaign chief", story=story) == "politician"
