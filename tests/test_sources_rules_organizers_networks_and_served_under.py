"""The forty-seventh session's first round (read from the dev labels' misses): in a story about a protest
its bare organisers are civil society (as a festival's are culture by the story), the executives and
spokesmen of a television channel are media, a Fed governor is a central bank's, law-enforcement agents
are police, and a post "under" someone is cut before the name it was held under ("who was Senate
majority leader under George W. Bush")."""

from __future__ import annotations

from analysis.extract.sources.groups import role_group, story_groups
from tests.test_speakers import _article, _speaker


def test_a_protests_organisers_are_civil_society():
    story = story_groups("Rabbis vow to boycott the speech; a walkout and a protest are planned.")
    assert "protest" in story
    assert role_group("an organizer", story=story) == "civil society, NGO, union"
    assert role_group("Organizers of the push", story=story) == "civil society, NGO, union"
    # with no such story nothing says whose; a festival's stay culture, a campaign's are its staff
    assert role_group("The organizers") == "unknown"
    assert role_group("festival organisers", story=story) == "culture and sport"
    assert role_group("a campaign organizer", story=("politics", *story)) == "government official or spokesperson"


def test_a_television_channels_executives_are_media():
    assert role_group("the chief executive of Showtime") == "media"
    assert role_group("the ABC network") == "media"
    assert role_group("the ABC affiliate in Madison, Wisconsin") == "media"
    # a comedian on a channel is still a comedian; a film studio's executive is business
    assert role_group("HBO comedian") == "culture and sport"
    assert role_group("president of domestic distribution at 20th Century Fox") == "business"


def test_fed_governors_and_border_agents():
    assert role_group("a Fed governor since 2014") == "government official or spokesperson"
    assert role_group("Federal Reserve governor") == "government official or spokesperson"
    assert role_group("a Border Patrol agent") == "police, military, justice"
    assert role_group("a special agent in charge of Homeland Security Investigations") == "police, military, justice"
    assert role_group("the United States Customs and Border Protection commissioner") == "police, military, justice"
    # a state's governor is still a politician
    assert role_group("Texas governor") == "politician"


def test_a_post_held_under_someone_is_cut_before_the_name():
    a = _article(
        '"We are just going to have to come to terms with it," Trent Lott, who was Republican Senate majority '
        "leader under George W. Bush, told lawmakers on a recent visit to Capitol Hill.",
        title="Republicans weigh the race",
    )
    lott = _speaker(a, "Trent Lott")
    assert (lott.role, lott.role_group) == ("Republican Senate majority leader", "politician")


def test_a_role_with_a_name_not_after_under_is_left_as_it_was():
    a = _article(
        '"It is a good plan," said Jane Roe, a spokeswoman for Hillary Clinton, on Tuesday.',
        title="Campaign plans",
    )
    roe = _speaker(a, "Jane Roe")
    assert roe.role == "a spokeswoman for Hillary Clinton"


def test_protesters_in_a_sports_or_arts_story_leave_it_one():
    # the protest context places organisers only: a story about music with protesters in it is still a
    # story about music only, where a person with no role words is one of the arts' own
    a = _article(
        "The singer's new album and his tour drew protests; protesters gathered outside the concert. The "
        'film and the song were praised. "It was a great show," said Brett Lock.',
        title="Singer's concert draws protesters",
    )
    assert _speaker(a, "Brett Lock").role_group == "culture and sport"
