"""Quote attribution, issue 11az: quotes credited to the wrong name. A plural description ("the firms",
"The companies", "the programme makers") is several bodies or their people, never the one
organisation named last. An "it" or "they" after a subject that speaks (a body, a group, a document,
an initialism) is that subject, not a place or nation named in passing. A speech verb joined by ", but"
to a reported or relative clause is said by the one reporting, not by the clause's subject ("said his
team had reached a view, but admitted"). Small articles written here, each with a case where the rule
must not fire."""

from __future__ import annotations

from tests.test_quotes_rules_an import _quote
from tests.test_speakers import _article

# -- a plural description is not the organisation named last -----------------------------------------


def test_the_firms_are_not_the_last_firm_named():
    a = _article(
        "Sony, Philips, Matsushita and Samsung have set up an alliance to work on a common system. "
        "By setting up the alliance, the firms said they hope to end the fragmentation of file formats.\n\n"
        "The companies estimate that the technology will be available in 2005."
    )
    assert _quote(a, "they hope to end", "indirect").speaker == "the firms"
    assert _quote(a, "the technology will be", "indirect").speaker == "The companies"


def test_the_programme_makers_are_not_the_pollster():
    a = _article(
        "The survey was carried out by polling company Mori for the BBC's Countryfile programme.\n\n"
        'But the programme makers suggest the public are becoming "increasingly neutral" to the issue.'
    )
    q = _quote(a, "increasingly neutral", "partial")
    assert q.speaker == "the programme makers"


def test_the_company_still_stands_for_the_company_named_before():
    # singular: the description goes on standing for the organisation named last
    a = _article(
        "Shares in Acme Robotics fell 5% on Monday after it cut its forecast.\n\n"
        "The company said it expected sales to recover in the second half of the year."
    )
    assert _quote(a, "it expected sales", "indirect").speaker == "Acme Robotics"


# -- "it" and "they" after a subject that speaks -------------------------------------------------------


def test_it_after_an_initialism_subject_is_that_body_not_the_country():
    a = _article(
        "The UK's biggest mortgage lender said prices rose 15.1% over the whole of 2004. "
        "The ODPM attributed the monthly fall of prices in November to a drop in the value of flats. "
        "It said annual inflation rose between October and November."
    )
    assert _quote(a, "annual inflation rose", "indirect").speaker == "ODPM"


def test_they_after_officials_are_the_officials_not_the_company():
    a = _article(
        "A third of US Airways' baggage handling staff called in sick over Christmas. "
        'However, union officials denied there had been a deliberate "sickout". '
        "They said that many people have flu at this time of year."
    )
    assert _quote(a, "many people have flu", "indirect").speaker == "union officials"


def test_it_after_a_campaign_is_the_campaign_not_its_candidate():
    a = _article(
        "Donald Trump's campaign is defending his early-morning tweets. "
        "It is denouncing what it calls “the single-biggest coordinated media attack in history.”"
    )
    assert _quote(a, "the single-biggest", "partial").speaker == "Donald Trump's campaign"


def test_it_after_an_organisation_named_as_subject_stays_with_it():
    # the organisation named before is what "it" goes on with, even past "the club"
    a = _article(
        "Manchester United's board has agreed to give US tycoon Malcolm Glazer access to its books. "
        'In a statement, the club said it would allow Mr Glazer "limited due diligence". '
        'But it said it continued to oppose his plans, calling his assumptions "aggressive".'
    )
    assert _quote(a, "aggressive", "partial").speaker == "Manchester United"


# -- ", but admitted": a speech verb joined to the wrong clause ---------------------------------------


def test_but_admitted_after_a_reported_clause_is_the_reporter():
    a = _article(
        "Michael Howard backed the plans on Tuesday.\n\n"
        'The Tory leader said his front bench team had reached a "collective view" after a long '
        'discussion, but admitted it was "not an easy issue".'
    )
    assert _quote(a, "not an easy issue", "partial").speaker != "his front bench team"


def test_but_conceded_after_a_relative_clause_is_the_main_subject():
    a = _article(
        "Tony Wilson has twice tried to resurrect Factory - which lasted for 14 years before folding - but "
        'conceded these efforts had been "despondent and dismal experiences".'
    )
    assert _quote(a, "despondent", "partial").speaker == "Tony Wilson"


def test_a_name_after_and_is_the_subject_of_its_verb():
    a = _article(
        "John Kirwan is the Italy coach. The two sides meet on 12 March at Twickenham and Kirwan says his "
        "side will be hoping to make the most of it."
    )
    assert _quote(a, "his side will be hoping", "indirect").speaker == "John Kirwan"


def test_a_person_in_the_reported_clause_keeps_the_verb():
    # the reported clause's own subject is someone: the words after ", and told" may be theirs
    a = _article('Police said the man had approached her, and told her "hand it over".')
    assert _quote(a, "hand it over", "partial").speaker == "the man"


# -- an organisation in apposition -------------------------------------------------------------------


def test_an_organisation_in_apposition_to_a_description_speaks():
    a = _article(
        "Enron's former directors will pay $168m to settle a shareholder lawsuit.\n\n"
        "Leading plaintiff, the University of California, announced the news, adding that 10 of the former "
        "directors will pay $13m from their own pockets."
    )
    assert _quote(a, "10 of the former directors", "indirect").speaker == "University of California"


def test_a_spokesman_is_not_the_organisation_in_apposition():
    # a word for one person stays that person, whatever is named beside it
    a = _article("A spokesman, the BBC's Tom Jones, said the plans were wrong.")
    assert _quote(a, "the plans were wrong", "indirect").speaker != "BBC"


# -- a name at the end of its own title ---------------------------------------------------------------


def test_a_name_ending_its_title_speaks_not_the_person_named_before():
    a = _article(
        "Beer magnate Vijay Mallya recently set up Kingfisher Airlines.\n\n"
        '"The days of flying being a symbol of only the rich are over," the minister for civil aviation '
        "Praful Patel said earlier."
    )
    assert _quote(a, "The days of flying", "direct").speaker == "Praful Patel"


def test_a_spokesman_for_a_leader_is_not_the_leader():
    a = _article('"We will not comment," a spokesman for party leader Michael Howard said.')
    assert _quote(a, "We will not comment", "direct").speaker != "Michael Howard"


# -- a correspondent is a person a "he" goes on with --------------------------------------------------


def test_he_after_our_correspondent_is_the_correspondent():
    a = _article(
        "Deputy Prime Minister John Prescott held a private meeting with union leaders on Thursday night. "
        "Our correspondent said that he understood no deal had been offered in that meeting. "
        'There was "some possibility" of the strike being avoided, he added.'
    )
    assert _quote(a, "some possibility", "partial").speaker == "Our correspondent"


def test_the_hollywood_reporter_is_no_person():
    # a reporter stays out of the lexicon: "the Hollywood reporter" is the trade paper
    a = _article(
        "Friends actress Lisa Kudrow is to play the lead role in a new comedy series, according to the "
        "Hollywood reporter."
    )
    q = _quote(a, "Friends actress Lisa Kudrow", "indirect")
    assert q.speaker != "Lisa Kudrow"


# -- shown saying ---------------------------------------------------------------------------------------


def test_the_one_a_documentary_shows_speaking_says_it():
    a = _article(
        "UKIP's deputy leader Mike Nattrass was filmed at a party meeting.\n\n"
        "The documentary showed Mr Nattrass, apparently talking about the EU, telling the meeting: "
        '"The Germans are the big losers here."'
    )
    assert _quote(a, "The Germans are", "direct").speaker == "Mike Nattrass"


def test_a_thing_shown_keeps_the_showing_subject_rules():
    # the object of "showed" is no one: the rule leaves the quote to the other rules
    a = _article('The figures showed a sharp fall, prompting the minister to say "we must act".')
    assert _quote(a, "we must act").speaker != "a sharp fall"
