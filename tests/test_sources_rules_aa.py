"""Who speaks, twenty-second round (issue 11aa): role-group patterns read from the misses of fresh14 ..
fresh21 (after fresh21's blind score). Each rule is about what the words mean, in any article: "X is a
..." inside someone else's quoted words is that speaker's opinion of X, not the article's word for what X
is; a firm's results that name the clubs it dresses are a business story, not a sports one, so a bare
"Chief executive" there is the firm's; a person the article writes as "Lord X" or "Baroness X" and
gives no role words is, in a story about parliament or an election, a member of the Lords (a
politician); a bare spokesperson ("his spokesman") speaks for the one body the article gives a
spokesperson of the same word. Small articles written here."""

from __future__ import annotations

from analysis.extract.sources.groups import story_groups
from tests.test_speakers import _article, _speaker

CULTURE = "culture and sport"
GOVERNMENT = "government official or spokesperson"


def test_is_a_inside_someone_elses_quote_is_no_role():
    a = _article(
        "Jim Bennett and Sandy Paradis greeted voters at the school on primary day. "
        '"We\'re Manchester people," Bennett said. "Sandy is kind of a local celebrity. Her brother is '
        'working on my truck." Paradis said she had known him for years. "We try to help each other out," '
        "Paradis said."
    )
    s = _speaker(a, "Sandy Paradis")
    assert s.role is None or "celebrity" not in s.role
    assert s.role_group != CULTURE


def test_is_a_in_the_articles_own_words_still_gives_a_role():
    # guard: outside quotation marks "X is the ..." is the article's own word for X
    a = _article(
        "Rangers will play in the new stadium next year. Martin Bain is the club's chief executive. \"We are "
        'delighted with the deal," Martin Bain said.'
    )
    s = _speaker(a, "Martin Bain")
    assert s.role is not None and "chief executive" in s.role


_UMBRO = (
    "UK sportswear firm Umbro has posted a 222% rise in annual profit after sales of replica England "
    "football kits were boosted by the tournament. Pre-tax profit was £15.4m. Umbro, which recently lost "
    "sponsorship deals with Chelsea and Celtic, said it had signed a new agreement with a Scottish club. "
    "Chief executive Peter McGuigan said the firm plans to grow sales in the UK and abroad. The firm said "
    "the market had seen sales growth of 8%. Shares in Umbro were up 1.76% in morning trade on the stock "
    "market."
)


def test_a_firms_results_naming_clubs_is_a_business_story():
    assert "culture and sport" not in story_groups(_UMBRO)
    a = _article(_UMBRO)
    assert _speaker(a, "Peter McGuigan").role_group == "business"


def test_a_sports_story_with_a_few_business_words_stays_one():
    # guard: a club's chief executive in a match-and-transfer story with a bid and a shareholder
    text = (
        "Liverpool chief executive Rick Parry said the club would not sell its striker. The player has "
        "scored 12 goals this season for the club, and the squad is short of forwards before the league "
        'match at the stadium. A bid from a shareholder was rejected. "We won\'t sell our captain," said '
        "chief executive Rick Parry."
    )
    assert "culture and sport" in story_groups(text)
    assert _speaker(_article(text), "Rick Parry").role_group == CULTURE


_LORDS = (
    "Ministers have offered last minute changes to the Mental Capacity Bill after a Commons vote. The "
    "bill was passed by 297 votes to 203, despite a rebellion by 34 Labour MPs at the election of the "
    "parliament's committee. {title} Falconer said it was fair to criticise the late timing of the offer. "
    '"We listened to the concerns," {title} Falconer told the BBC.'
)


def test_a_peer_in_a_politics_story_is_a_politician():
    assert "politics" in story_groups(_LORDS.format(title="Lord"))
    s = _speaker(_article(_LORDS.format(title="Lord")), "Falconer")
    assert s.role_group == "politician"
    a = _article(_LORDS.format(title="Baroness"))
    assert [s.role_group for s in a.speakers if "Falconer" in s.name] == ["politician"]


def test_a_peer_elsewhere_is_not_assumed_a_politician():
    # guard: outside a story about parliament the title says nothing of what the person does
    a = _article(
        "The athletics season opens next month with the indoor championships at the stadium. The team "
        'coach picked three sprinters. "London is ready for the Games," Lord Coe said of the bid.'
    )
    assert _speaker(a, "Coe").role_group != "politician"


def test_a_bare_spokesman_is_the_articles_one_spokesman_of_a_body():
    a = _article(
        "Former Stone Roses singer Ian Brown was arrested after a fight during a concert, his spokesman has "
        'said. A fan jumped on stage and attacked the singer. "Ian was defending himself," said Paul '
        "Smernicki, Fiction Records spokesman."
    )
    s = _speaker(a, "his spokesman")
    assert s.role_group == "business"


def test_a_bare_spokesman_among_bodies_of_different_groups_keeps_the_default():
    # guard: two spokesmen for bodies of different groups say nothing of whose the bare one is
    a = _article(
        "A Tesco spokesman said prices would fall. A Home Office spokesman said the rules were clear. "
        '"We will look at it again," a spokesman said.'
    )
    s = _speaker(a, "a spokesman")
    assert s.role_group == GOVERNMENT


def test_a_political_operative_is_campaign_staff():
    a = _article(
        "The party acted on Friday. Josh Hendler, a top Democratic tech operative, warned Saturday that the "
        'move could backfire. "It is arbitrary," he said.'
    )
    s = _speaker(a, "Josh Hendler")
    assert s.role is not None and "operative" in s.role
    assert s.role_group == GOVERNMENT
