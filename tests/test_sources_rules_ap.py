"""Who speaks, issue 11ap: role words the lexicon placed in the wrong group or not at all, patterns
read from the "right words" mapping misses of the development parts and written for any article:
survey respondents are members of the public; a commentator is the press's (as the labels read
"one commentator", "Many commentators", "Commentators"); in a story about politics a politician's
colleague or rival is a politician, also written "one of her colleagues"; someone's management
company is their agents (culture and sport); a broker quoted on the markets is an analyst (an
insurance broker a firm); an organisation with words for what it is, a civil society one; someone quoted only "at" a
finance house's markets arm is its analyst."""

from __future__ import annotations

from analysis.extract.sources import role_group
from analysis.extract.sources.groups import story_groups
from tests.test_speakers import _article, _speaker

_ORDINARY = "ordinary person or witness"
_CIVIL = "civil society, NGO, union"
_POLITICS_STORY = (
    "The senator's bill went to the Senate floor as the presidential campaign turned to the election, "
    "and the Republican candidates and Democrats in Congress took sides before voters."
)


def test_survey_respondents_are_members_of_the_public():
    assert role_group("Most respondents") == _ORDINARY
    assert role_group("an average of 44% of respondents in each country") == _ORDINARY
    assert role_group("one respondent") == _ORDINARY


def test_a_commentator_is_the_press():
    assert role_group("Many commentators") == "media"
    assert role_group("one commentator") == "media"
    assert role_group("a political commentator") == "media"


def test_a_colleague_or_rival_in_a_politics_story_is_a_politician():
    story = story_groups(_POLITICS_STORY)
    assert "politics" in story
    assert role_group("his hawkish South Carolina colleague and ex-rival in the race", story=story) == "politician"
    assert role_group("his former rival", story=story) == "politician"
    assert role_group("one of her male colleagues", story=story) == "politician"


def test_a_colleague_or_rival_elsewhere_stays_unplaced_or_keeps_its_words():
    business = story_groups(
        "The company's profits and sales rose, shareholders cheered the merger and the firm's shares and "
        "revenue climbed as investors bought stock."
    )
    assert "politics" not in business
    assert role_group("a rival", story=business) == "unknown"
    assert role_group("one of her colleagues", story=business) == "unknown"
    # a word the lexicon places still wins over the story's heads
    assert role_group("one of the president's closest aides", story=story_groups(_POLITICS_STORY)) == (
        "government official or spokesperson"
    )


def test_one_of_reads_the_noun_before_the_next_split_word():
    story = story_groups(_POLITICS_STORY)
    # "rival" is the noun of the people, not "race" at the end
    assert role_group("one of his rivals in the race", story=story) == "politician"
    assert role_group("one of the voters in the race", story=story) == _ORDINARY


def test_a_colleague_quoted_in_a_politics_article():
    a = _article(_POLITICS_STORY + ' "This bill will not pass the Senate," said Jane Doe, his longtime colleague.')
    assert _speaker(a, "Jane Doe").role_group == "politician"


def test_a_persons_management_company_is_their_agents():
    assert role_group("his management company") == "culture and sport"
    assert role_group("Chepkemei's management company") == "culture and sport"
    # no one's, or a thing's written small: a firm like any other
    assert role_group("a management company") == "business"
    assert role_group("the hotel's management company") == "business"


def test_a_market_broker_is_an_analyst_and_an_insurance_broker_a_firm():
    assert role_group("one London-based broker") == "expert or academic"
    assert role_group("brokerage") == "expert or academic"
    assert role_group("insurance broker") == "business"


def test_an_organisation_with_words_for_it_is_civil_society():
    assert role_group("president of the Zionist Organization of America") == _CIVIL
    assert role_group("The non-government organisation") == _CIVIL
    assert role_group("an open source organisation") == _CIVIL
    # a bare one is any body; a news one is the press; intergovernmental ones speak for governments
    assert role_group("the organisation") == "unknown"
    assert role_group("the organisation's president") == "unknown"
    assert role_group("a Florida news organization") == "media"
    assert role_group("Organisation for Economic Co-operation and Development", name=True) == (
        "government official or spokesperson"
    )


def test_a_person_only_at_a_finance_houses_markets_arm_is_its_analyst():
    assert role_group("at Citigroup Global Markets") == "expert or academic"
    assert role_group("at HBOS Treasury Services") == "expert or academic"
    # a government's treasury, a radio station or a paper are no finance house
    assert role_group("at the US Treasury") == "government official or spokesperson"
    assert role_group("at Capital Radio") == "media"
    assert role_group("at the National Review") == "media"
