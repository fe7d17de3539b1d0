"""Who speaks, twentieth round (issue 11v): role-group patterns sorted from the role-group misses of
fresh13 .. fresh19 (read after fresh19's blind score). Each rule is about what the words mean, in any
article: a team's position written small after the team's or country's name ("England centre", "the
former Scotland international") is a player's; a PAC's spokesperson ("super PAC spokeswoman") is its
press officer, as a campaign's is, not a politician; a spokesman "for the show" speaks for a show; a
comic is a comedian, a PAC a political committee, "Muslim groups" and "faith groups" community
associations, "mobile owners" consumers, "discussion groups" of users ordinary people, "websites"
outlets, a show's "creator" an author; "the report" is the issuer's found before it even when a sentence
opens with it ("A National Audit Office report"), when it was called a study ("a study by Gartner") or when
the issuer is described ("the report by telecoms giant BT"); a politician's spokesman, office or campaign
leadership named by a possessive ("Prime Minister Tony Blair's official spokesman") is their staff, and so
are a UK party's officials ("Lib Dem officials"); a House panel and the Ways and Means Committee are
Congress's. Small articles written here."""

from __future__ import annotations

from analysis.extract.sources.groups import role_group
from tests.test_speakers import _article, _speaker

CULTURE = "culture and sport"
STAFF = "government official or spokesperson"


def test_a_position_after_a_country_is_a_players_title():
    a = _article('England centre Jamie Noon has been ruled out of the match. "It is a blow," Noon said.')
    s = _speaker(a, "Jamie Noon")
    assert s.role is not None and "centre" in s.role
    assert s.role_group == CULTURE


def test_a_country_international_is_a_player():
    a = _article('Wales international Gareth Thomas said: "We are ready for Saturday."')
    s = _speaker(a, "Gareth Thomas")
    assert s.role is not None and "international" in s.role
    assert s.role_group == CULTURE
    assert role_group("The former Scotland international") == CULTURE


def test_a_position_word_alone_or_in_a_name_is_no_player():
    # guards: "centre" and "International" in a body's name, or alone, say nothing of sport
    assert role_group("the Pew Research Centre") != CULTURE
    assert role_group("Amnesty International") != CULTURE
    assert role_group("the centre") == "unknown"
    assert role_group("a spokesman for the centre") != CULTURE


def test_a_pac_spokesperson_is_staff():
    # a PAC is political (below), but its spokesperson is its press officer, as a campaign's is
    assert role_group("super PAC spokeswoman") == STAFF
    a = _article('"He is not fit to lead," said Kellyanne Conway, a super PAC spokeswoman, on Friday.')
    assert _speaker(a, "Kellyanne Conway").role_group == STAFF
    # guard: a party's spokesman for a portfolio is a frontbencher (the Mark Oaten precedent)
    assert role_group("Tory foreign affairs spokesman") == "politician"


def test_a_pac_is_political():
    assert role_group("an anti-Trump PAC") == "politician"
    assert role_group("the super PAC") == "politician"


def test_a_spokesman_for_a_show_speaks_for_the_show():
    a = _article(
        'The musical will close in March. "Ticket sales have fallen," said Philip Rinaldi, a spokesman for the show.'
    )
    s = _speaker(a, "Philip Rinaldi")
    assert s.role is not None and "show" in s.role
    assert s.role_group == CULTURE
    # guard: a bare spokesman keeps the government default
    assert role_group("a spokesman") == STAFF


def test_a_comic_is_a_comedian():
    assert role_group("The comic") == CULTURE
    assert role_group("the man responsible for a string of comic superheroes") == CULTURE


def test_faith_and_community_groups_are_civil_society():
    a = _article("Muslim groups have repeatedly claimed that their communities are being victimised under terror laws.")
    s = _speaker(a, "Muslim groups")
    assert s.kind == "anonymous"
    assert s.role_group == "civil society, NGO, union"
    assert role_group("faith groups") == "civil society, NGO, union"


def test_owners_of_a_consumer_good_are_ordinary_people():
    assert role_group("More than 50% of mobile owners") == "ordinary person or witness"
    assert role_group("car owners") == "ordinary person or witness"
    # guard: owners of land or a firm stay business
    assert role_group("Land owners") == "business"
    assert role_group("the owner of the club") != "ordinary person or witness"


def test_discussion_groups_and_websites():
    a = _article(
        "Many discussion groups said the new law was unfair. Some technical websites said the browser had lost users."
    )
    assert _speaker(a, "Many discussion groups").role_group == "ordinary person or witness"
    assert _speaker(a, "Some technical websites").role_group == "media"


def test_a_shows_creator_is_its_author():
    a = _article(
        "Ricky Gervais is writing an episode of The Simpsons, following an invitation from its creator Matt "
        'Groening. Groening said: "Everybody on The Simpsons is a fan of The Office."'
    )
    s = _speaker(a, "Matt Groening")
    assert s.role is not None and "creator" in s.role
    assert s.role_group == CULTURE


def test_the_report_after_a_sentence_opening_with_its_issuer():
    # "A National Audit Office report ..." opens its sentence with a capital A
    a = _article(
        "A National Audit Office report on the 20 biggest projects says costs have risen by a billion pounds. "
        'Ministers were warned last year. "The ministry has not spent enough time on assessment," the report says.'
    )
    s = _speaker(a, "the report")
    assert s.role_group == STAFF


def test_the_report_after_a_study_by_a_firm():
    # "a study by Gartner", then "said the report": the same piece of research
    a = _article(
        "Mobiles are not yet ready to replace media players, say two reports. A separate study by Gartner has also "
        'said real-time TV broadcasts to mobiles are "unlikely" in Europe until 2007. Technical issues and standards '
        "must be resolved first, said the report."
    )
    s = _speaker(a, "the report")
    assert s.role_group == "expert or academic"


def test_the_report_by_a_described_issuer():
    # the issuer's own words for what it is decide: "the report by telecoms giant BT"
    a = _article(
        "Many people will still be without internet access at home in 2025, predicts the report by telecoms giant "
        'BT. The idea that the divide will go away is "wishful thinking", the report concludes.'
    )
    s = _speaker(a, "the report")
    assert s.role_group == "business"


def test_a_bare_position_before_a_name_in_a_match_report():
    # in a story about sport, "centre Jamie Noon" needs no team's name before it
    a = _article(
        "England beat Ireland in the Six Nations match. The squad will face Wales next. But centre Jamie Noon "
        'believes the side can improve. "We have to be better," said Noon. The coach agreed after the match.'
    )
    s = _speaker(a, "Jamie Noon")
    assert s.role == "centre"
    assert s.role_group == CULTURE


def test_a_bare_position_word_outside_sport_is_no_title():
    # guard: outside a sports story "centre" before a name is nothing
    a = _article('The data was gathered at the centre John Smith runs. "We are pleased," said John Smith.')
    s = _speaker(a, "John Smith")
    assert s.role_group != CULTURE


def test_a_politicians_spokesman_office_or_leadership_is_staff():
    # whose staff the possessive says: a politician's spokesman, office or campaign leadership
    assert role_group("Prime Minister Tony Blair's official spokesman") == STAFF
    assert role_group("The prime minister's office") == STAFF
    assert role_group("her campaign's leadership") == STAFF
    a = _article(
        "Prime Minister Tony Blair's official spokesman said the plans would go ahead. "
        '"The prime minister is clear about this," the spokesman said.'
    )
    s = next(s for s in a.speakers if s.role and "spokesman" in s.role)
    assert s.role_group == STAFF


def test_a_partys_portfolio_spokeswoman_stays_a_politician():
    # guard: a portfolio between the possessive and the head makes a frontbencher
    assert role_group("The Scottish Green Party's health spokeswoman") == "politician"
    assert role_group("the company's spokesman") == "business"


def test_congressional_panels_and_committees_are_political():
    assert role_group("Member of House panel") == "politician"
    assert role_group("chairman of the House Ways and Means Committee") == "politician"
    # guard: a panel that is no legislature's stays unplaced
    assert role_group("chair of the adult judging panel") != "politician"


def test_a_uk_partys_officials_are_its_staff():
    # the party-staff precedent: "Lib Dem officials say" are the party's officials, not its MPs
    assert role_group("Lib Dem officials") == STAFF
    assert role_group("senior Labour officials") == STAFF
    # guard: the party itself and its MPs stay politicians
    assert role_group("Labour MPs") == "politician"
