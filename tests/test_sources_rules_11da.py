"""Who speaks, issue 11 (helper 11da): role words found right but mapped to the wrong group.

A party's frontbench spokesperson for a field of policy (``portfolios`` in role_groups.json) is an
elected politician in a story about politics, also when the party is not among the role words ("Local
government spokesman Ed Davey", "Vince Cable, the party's Treasury spokesman"); a department's unnamed
voice ("a Treasury spokesman"), a body's ("WLGA finance spokesman") and a party's plain spokesman stay
as they were. Small articles written here."""

from __future__ import annotations

from analysis.extract.sources.groups import role_group
from tests.test_speakers import _article, _speaker

POLITICS = ("politics",)


def test_a_bare_portfolio_spokesman_before_a_name_is_a_frontbencher():
    a = _article(
        "The Liberal Democrats will win seats from Labour and the Tories at the general election, the "
        "party said as it launched its campaign for the council elections. Voters, MPs and candidates "
        "were told the party's sums added up.\n\nLocal government spokesman Ed Davey said: \"We are "
        'going to be winning more votes and winning more seats."'
    )
    assert _speaker(a, "Ed Davey").role_group == "politician"


def test_the_partys_treasury_spokesman_is_a_frontbencher():
    a = _article(
        "The Liberal Democrats have pledged to raise the stamp duty threshold before the general election, "
        "in a bid to court voters. Labour and Tory MPs said the party's sums did not add up.\n\nVince "
        "Cable, the party's Treasury spokesman, said: \"First-time buyers are being squeezed out of the "
        'market."'
    )
    assert _speaker(a, "Vince Cable").role_group == "politician"


def test_portfolio_words_need_a_story_about_politics():
    assert role_group("economics spokesman") == "government official or spokesperson"
    assert role_group("economics spokesman", story=POLITICS) == "politician"
    assert role_group("his transport and environment spokesman", story=POLITICS) == "politician"


def test_a_departments_or_a_bodys_voice_stays_so():
    assert role_group("a Treasury spokesperson", story=POLITICS) == "government official or spokesperson"
    assert role_group("the health spokesman", story=POLITICS) == "government official or spokesperson"
    assert role_group("WLGA finance spokesman", story=POLITICS) == "government official or spokesperson"
    assert role_group("government spokesman", story=POLITICS) == "government official or spokesperson"
    assert role_group("police spokesman", story=POLITICS) == "police, military, justice"
    assert role_group("Labour campaign spokesman", story=POLITICS) == "government official or spokesperson"
    assert role_group("A Labour Party spokesman", story=POLITICS) == "government official or spokesperson"


def test_a_research_centres_director_is_no_campaign_staff():
    # "Political" is a word of the centre's name, not campaign work (the staff-post rule)
    role = "director of the Suffolk University Political Research Center in Boston"
    assert role_group(role, story=POLITICS) == "expert or academic"
    assert role_group("the committee's political director", story=POLITICS) == "government official or spokesperson"
    assert role_group("a former senior strategist for the Obama campaign", story=POLITICS) == (
        "government official or spokesperson"
    )


def test_a_familys_spokesman_is_no_frontbencher():
    assert role_group("Family spokesman", story=POLITICS) != "politician"


def test_a_post_of_a_sport_is_culture_and_sport():
    assert role_group("Gloucester director of rugby") == "culture and sport"
    assert role_group("head of football") == "culture and sport"
    assert role_group("head of research") != "culture and sport"


def test_a_venues_post_is_culture_and_sport():
    assert role_group("the venue's Promotions Coordinator") == "culture and sport"
    assert role_group("a venue spokesman") == "culture and sport"


def test_a_bare_spokeswoman_after_a_trade_body_is_its_voice():
    a = _article(
        "Microsoft did not want to comment, referring the issue instead to trade body Intellect, of which it "
        'is a member. "As far as Intellect is concerned, open source and patents have co-existed for many '
        'years," said spokeswoman Jill Sutherland.'
    )
    assert _speaker(a, "Jill Sutherland").role_group == "business"


def test_a_bare_spokesman_after_a_described_body_the_tagger_missed():
    a = _article(
        "The final of the show ends on Sunday, with three singers competing for a charity prize.\n\n"
        'Bookmaker Ladbrokes said it would continue to accept bets on the final. "We felt no need whatsoever '
        'to close the book," spokesman Warren Lush said.'
    )
    assert _speaker(a, "Warren Lush").role_group == "business"
