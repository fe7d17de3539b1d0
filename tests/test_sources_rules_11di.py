"""Who speaks, issue 11di: the body a person speaks from, written as its possessive before the name or
after "at/of/from", typed by its name's own words and by the article. A finance house's possessive
("said ABN Amro's Paul Mackel", "Deutsche Bank's Simon Champion") or "from X investment bank" is the
house's analyst, expert (the labels' bank-analysts rule); an organisation's possessive in a sports story
("Arsenal's Patrick Vieira") is the club's, culture and sport (the sports-club rule). Guards: a place's
possessive ("Britain's Kelly Holmes") gives no role, and an organisation's outside a sports story ("Amazon's
Robin Terrell") is no club's: it takes what the lexicon knows of the body (nothing, until the forty-first
session made Amazon a known firm). A body
named "... Without Borders" is a campaign, civil society, not media for its first word ("Reporters");
a short name the article spells out as a body ("US Environmental Protection Agency (EPA)") places
its possessive, unless the long name ends on no word for a body ("Lawyers' Christian Fellowship")."""

from __future__ import annotations

from tests.test_speakers import _article, _speaker

_SPORT_STORY = (
    "The FA will not bring charges over the tunnel incident before the match. Both clubs were fined after the "
    "game, and the league title race goes on, with the club three points behind after the goal.\n\n"
)


def test_a_finance_houses_possessive_is_its_analyst():
    a = _article(
        'Shares in Asia fell on Monday. "There are no dollar buyers now, especially after the Chicago data '
        "yesterday,\" said ABN Amro's Paul Mackel. The dollar fell against the euro."
    )
    s = _speaker(a, "Paul Mackel")
    assert s.role == "ABN Amro's"
    assert s.role_group == "expert or academic"


def test_a_listed_banks_possessive_is_no_longer_business():
    a = _article(
        'Shares in P&O fell again. "The issue had been an ongoing one for some time," says Deutsche Bank\'s '
        "Simon Champion. The firm's shares fell 3%."
    )
    s = _speaker(a, "Simon Champion")
    assert (s.role, s.role_group) == ("Deutsche Bank's", "expert or academic")


def test_from_a_house_its_name_calls_an_investment_bank():
    a = _article(
        'German unemployment rose again in January. "The rise was no surprise," said Birgit Kuhlhoff from '
        "Sal Oppenheim investment bank. The jobless total passed five million."
    )
    s = _speaker(a, "Birgit Kuhlhoff")
    assert s.role == "from Sal Oppenheim investment bank"
    assert s.role_group == "expert or academic"


def test_an_organisations_possessive_in_a_sports_story_is_the_clubs():
    a = _article(_SPORT_STORY + '"I did nothing wrong," said Arsenal\'s Patrick Vieira. The fans cheered the season.')
    s = _speaker(a, "Patrick Vieira")
    assert (s.role, s.role_group) == ("Arsenal's", "culture and sport")


def test_a_places_possessive_in_a_sports_story_gives_no_role():
    a = _article(_SPORT_STORY + '"I did nothing wrong," said Britain\'s Kelly Holmes. The fans cheered the season.')
    assert _speaker(a, "Kelly Holmes").role is None


def test_an_organisation_outside_sport_is_not_a_club():
    # an organisation's possessive outside a sports story is no club's; it takes what the lexicon knows of
    # the body (Amazon, a known firm since the forty-first session; before, placed nowhere, it stayed unknown)
    a = _article(
        "Amazon's book chart was topped by the new Harry Potter. \"Customers are excited,\" said Amazon's "
        "Robin Terrell. The book sold 420,000 copies."
    )
    s = _speaker(a, "Robin Terrell")
    assert s.role == "Amazon's"
    assert s.role_group == "business"


def test_a_body_named_without_borders_is_a_campaign_not_a_newsroom():
    a = _article(
        "His sentence was criticised by human rights watchdog Reporters Without Borders. A spokesman for "
        'Reporters Without Borders said: "The sentence is harsh." The group tracks press freedom.'
    )
    s = _speaker(a, "A spokesman for Reporters Without Borders")
    assert s.role_group == "civil society, NGO, union"


def test_a_short_name_spelled_out_as_an_agency_places_its_possessive():
    a = _article(
        "Gadgets waste power, said the US Environmental Protection Agency (EPA). The EPA also unveiled new "
        'guidelines at the show. "Power adaptors are the culprit," said EPA\'s Andrew Fanara.'
    )
    s = _speaker(a, "Andrew Fanara")
    assert (s.role, s.role_group) == ("EPA's", "government official or spokesperson")


def test_a_short_name_spelled_out_with_its_members_word_places_nothing():
    a = _article(
        "The Christian Medical Fellowship (CMF) and Lawyers' Christian Fellowship (LCF) said the bill was wrong. "
        '"There are too many loopholes," said The LCF\'s Andrea Williams.'
    )
    assert _speaker(a, "Andrea Williams").role_group != "police, military, justice"
