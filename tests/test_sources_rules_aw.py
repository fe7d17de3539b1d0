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
