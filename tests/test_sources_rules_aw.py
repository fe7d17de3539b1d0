"""Who speaks, issue 11aw: kinds of speakers that are not attribution errors. The members of a
parliamentary committee the article names ("MPs said" of what "the Public Accounts Committee found";
"Committee members said") are an identified group, a country or group (the select-committee MPs
precedent of the Sources labels); unnamed MPs with no committee, or a share or kind of them ("some
MPs"), stay anonymous. Small articles written here."""

from __future__ import annotations

from analysis.extract.sources.members import members_of_a_committee
from tests.test_speakers import _article


def _speaker(a, name: str):
    found = [s for s in a.speakers if s.name == name]
    assert found, f"{name!r} not among {[s.name for s in a.speakers]}"
    return found[0]


def test_mps_of_a_named_committee_are_a_group():
    a = _article(
        "The vote on the bill was delayed again on Tuesday, and the Public Accounts Committee found the plans "
        'flawed. The plans were "a shambles from start to finish", MPs have warned.'
    )
    assert _speaker(a, "MPs").kind == "country or group"


def test_committee_members_of_a_named_committee_are_a_group():
    a = _article(
        "The environment select committee published its report on Tuesday. "
        'Committee members said the bill was "sloppy and unclear" and should be rewritten.'
    )
    assert _speaker(a, "Committee members").kind == "country or group"


def test_mps_with_no_committee_stay_anonymous():
    a = _article(
        "The vote on the bill was delayed again on Tuesday. "
        'The plans were "a shambles from start to finish", MPs have warned.'
    )
    assert _speaker(a, "MPs").kind == "anonymous"


def test_committee_members_with_no_committee_named_stay_anonymous():
    a = _article(
        "Ministers delayed the vote on the bill again. "
        'Committee members said the plans were "a shambles from start to finish".'
    )
    assert _speaker(a, "Committee members").kind == "anonymous"


def test_only_the_whole_words_for_members():
    text = "The Public Accounts Committee found the scheme flawed."
    assert members_of_a_committee(text, "MPs")
    assert members_of_a_committee(text, "the committee's members")
    assert not members_of_a_committee(text, "some MPs")  # a share of them: unnamed
    assert not members_of_a_committee(text, "backbench MPs")
    assert not members_of_a_committee(text, "members")  # whose members, the words do not say
    assert not members_of_a_committee("The Democratic National Committee met.", "MPs")  # a party's


# Documents count as the body that issued them: the plurals of the lexicon's own document words
# ("ads", "adverts"), figures written as "projections" or "estimates", a prosecutor's "charges"; and
# a "news outlet" is a body. An unnamed plural of bodies ("Some technical websites") stays anonymous.


def test_plural_adverts_are_their_issuer():
    a = _article(
        "Wal-Mart has launched a campaign to defend its record. Its adverts outlined plans to create 10,000 jobs. "
        'Employees are offered health insurance and "a fair wage", the adverts say.'
    )
    assert _speaker(a, "the adverts").kind == "organisation"


def test_projections_are_figures():
    a = _article(
        "The tax is a key source of revenue for the government. "
        'Projections suggest it would "generate $91 billion over the next decade".'
    )
    assert _speaker(a, "Projections").kind == "organisation"


def test_the_news_outlet_is_a_body():
    a = _article(
        '"The agents are under a lot of pressure," an intelligence source told Fox News. The rule can be applied '
        '"when individuals make misleading statements", according to the news outlet.'
    )
    assert _speaker(a, "the news outlet").kind == "organisation"


def test_an_unnamed_plural_of_websites_stays_anonymous():
    a = _article(
        'The phone went on sale in Japan last week. Some technical websites said the battery "lasts barely a day".'
    )
    assert _speaker(a, "Some technical websites").kind == "anonymous"


# Sources or people placed near a body or a person ("Sources within the Conservative Party", "people
# close to Sharpton") are anonymous: the body or the person after them is whose confidence they have.


def test_sources_within_a_party_are_anonymous():
    a = _article(
        "The party met on Monday. "
        'Sources within the Conservative Party told the BBC that the leader "was always in favour".'
    )
    assert _speaker(a, "Sources within the Conservative Party").kind == "anonymous"


def test_people_close_to_a_person_are_anonymous():
    a = _article('Al Sharpton spoke on Monday. People close to Sharpton say he is "ready to run".')
    assert _speaker(a, "People close to Sharpton").kind == "anonymous"


def test_a_body_within_a_body_is_no_anonymous_voice():
    a = _article('The minister resigned on Monday. A unit within the Home Office said the decision was "long overdue".')
    assert _speaker(a, "A unit within the Home Office").kind != "anonymous"


def test_mps_described_as_their_committee_stay_its_members():
    # tagged a body and given the committee's words as a role: still the committee's MPs, a group
    a = _article(
        "Anglers could find themselves prosecuted under plans to crack down on animal cruelty, a committee of "
        "MPs has warned.\n\nSloppy wording of the draft bill could leave anglers facing court, the environment "
        'select committee said. The MPs said they were "concerned" the government had not consulted directly.'
    )
    assert _speaker(a, "MPs").kind == "country or group"
