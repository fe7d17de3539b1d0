"""Who speaks, issue 11ah: rules read from the misses of several parts after fresh25's blind score.
Each is about what the words mean, in any article: in a story about politics a post named after a
candidate ("Trump campaign chairman", "Sanders strategist") is on the candidate's staff, not a
politician's or an analyst's; a party's name or a firm's before the post keeps it as it was. "The
Office of the Deputy Prime Minister" is a politician's department, their staff, as "the prime
minister's office" is; such a name tagged as a person, and "figures from" it, are the body
(an organisation), not a person. The big bookmakers (Ladbrokes, William Hill), whose spokesmen 7 BBC articles
quote on odds, are firms (known_names.json)."""

from __future__ import annotations

from analysis.extract.sources import role_group
from tests.test_speakers import _article, _speaker

_STAFF = "government official or spokesperson"
_POLITICS = ("politics",)


def test_a_candidates_campaign_post_is_staff():
    assert role_group("Trump campaign chairman", story=_POLITICS) == _STAFF
    assert role_group("the Obama campaign director", story=_POLITICS) == _STAFF


def test_a_candidates_strategist_is_staff():
    assert role_group("Sanders strategist", story=_POLITICS) == _STAFF
    assert role_group("a senior Kasich pollster", story=_POLITICS) == _STAFF


def test_a_party_or_a_firm_before_the_post_keeps_its_group():
    assert role_group("Republican strategist", story=_POLITICS) == "expert or academic"
    # ("The state's campaign chairman" was asserted a politician here, after the tune label of Phil Lovas;
    # since the thirty-first session it is campaign staff, the labels' rule for campaign state chairmen
    # (fresh9): tests/test_sources_rules_campaigns.py)
    assert role_group("Morgan Stanley equity strategist", story=_POLITICS) == "expert or academic"


def test_outside_politics_nothing_changes():
    assert role_group("Sanders strategist") == "expert or academic"


def test_a_candidates_post_needs_a_name_not_a_party_or_a_determiner():
    assert role_group("longtime Democratic pollster", story=_POLITICS) == "expert or academic"
    assert role_group("The director", story=_POLITICS) == "business"


def test_the_office_of_a_politician_is_their_staff():
    # "the prime minister's office" written the other way round: a department, not the politician
    assert role_group("Office of the Deputy Prime Minister", name=True) == _STAFF
    assert role_group("figures from the Office of the Deputy Prime Minister") == _STAFF
    assert role_group("the office of Senator Smith") == _STAFF


def test_an_office_of_no_politician_keeps_its_group():
    # (the Office of Management and Budget has its own entry since the fifty-fifth session: a government's)
    assert role_group("Office of Management and Budget", name=True) == "government official or spokesperson"
    assert role_group("Office of the Director of National Intelligence", name=True) == "unknown"


def test_a_bookmakers_spokesman_is_the_firms():
    a = _article(
        "The odds on a snap election were cut on Tuesday. "
        '"We have taken a lot of bets," William Hill spokesman Rupert Adams said. Prices rose in the year.'
    )
    assert _speaker(a, "Rupert Adams").role_group == "business"


def test_a_body_of_tagged_as_a_person_is_an_organisation():
    # the tagger takes the name for a person's here (the article's own words, BBC business 415)
    a = _article(
        "UK house prices dipped slightly in November, the Office of the Deputy Prime Minister (ODPM) has "
        "said.\n\n"
        "The UK's biggest mortgage lender said prices rose 15.1% over the whole of 2004, but by only 2.8% in "
        "the second half of the year. It is predicting a 2% fall in overall prices in 2005 as the market "
        "stabilises after large gains in recent years. The ODPM attributed the monthly fall of prices in "
        "November to a drop in the value of detached houses and flats. It said annual inflation rose between "
        "October and November because prices had fallen by 1.1% in the same period in 2003.",
        title="UK house prices dip in November",
    )
    s = _speaker(a, "Office of the Deputy Prime Minister")
    assert s.kind == "organisation"
    assert s.role_group == _STAFF


def test_figures_from_a_body_are_the_bodys():
    a = _article(
        "UK house prices fell 0.7% in December, according to figures from the Office of the Deputy Prime "
        "Minister. Prices rose in the year."
    )
    s = _speaker(a, "figures from the Office of the Deputy Prime Minister")
    assert s.kind == "organisation"
    assert s.role_group == _STAFF


def test_a_document_from_a_person_stays_the_persons():
    a = _article('Trump is in good health, a letter from his doctor said. "He is fit," the letter said.')
    assert _speaker(a, "a letter from his doctor").kind == "unnamed person"
