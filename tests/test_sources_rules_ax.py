"""Who speaks, issue 11ax: a "they" the quote resolver gave to a name (the last plural before it) when just
before it the article names two people joined by "and" ("Michael Howard and frontbencher John Redwood on
Thursday launched new plans ... They say", resolved to the "Tories" of the sentence before; "But Mr. Grassley
and Mr. Leahy say ... they say") is that pair: a country or group, no one gender. Not when a plural word for
people or bodies is the subject between the pair and the "they", nor when the pair is named further back.
Small articles written here, with guards."""

from __future__ import annotations

from tests.test_speakers import _article


def _by_they(a):
    """The speakers whose every quote hangs on "they"."""
    text = a.text
    found = []
    for s in a.speakers:
        said = [q for q in a.quotes if q.speaker == s.name]
        if said and all(
            q.speaker_start is not None and text[q.speaker_start : q.speaker_end].lower() == "they" for q in said
        ):
            found.append(s)
    return found


def _assert_the_pair(a) -> None:
    theirs = _by_they(a)
    assert theirs, [(s.name, s.kind) for s in a.speakers]
    assert all((s.kind, s.gender, s.role_group) == ("country or group", "unknown", "politician") for s in theirs)


def _assert_no_pair(a) -> None:
    theirs = _by_they(a)
    assert theirs, [(s.name, s.kind) for s in a.speakers]
    assert all(s.kind != "country or group" for s in theirs), [(s.name, s.kind) for s in theirs]


def test_they_after_a_pair_resolved_to_a_plural_name_is_the_pair():
    a = _article(
        "The Tories are trying to capitalise on the feud at the top of government. On Wednesday they unveiled a "
        "poster about the prime minister. Michael Howard and frontbencher John Redwood on Thursday launched new "
        "plans to abolish hundreds of quangos. They say government is spending too much and that lower taxes are "
        '"needed to make Britain more competitive".'
    )
    _assert_the_pair(a)


def test_a_pair_with_honorifics_and_a_thing_between():
    a = _article(
        "Critics of the visa programme, like Senators Charles Grassley, Republican of Iowa, and Patrick Leahy, "
        "Democrat of Vermont, want an overhaul. The Senate will vote this month.\n\n"
        "But Mr. Grassley and Mr. Leahy say other changes are needed.\n\n"
        '"The programme has expanded well beyond its original intent," they say.'
    )
    _assert_the_pair(a)


def test_they_after_a_plural_body_subject_is_not_the_pair():
    a = _article(
        "Michael Howard and John Redwood met the banks on Monday. The banks said the talks went well, and "
        'they say lending "will rise next year".'
    )
    # since 11az the quote resolver itself gives this "they" to the banks, the plural subject just before it
    said = [q for q in a.quotes if q.text.startswith("will rise")]
    assert said and said[0].speaker == "The banks", [(q.text, q.speaker) for q in a.quotes]
    assert all(s.kind != "country or group" for s in a.speakers if s.name == "The banks")


def test_they_far_after_the_pair_is_not_the_pair():
    a = _article(
        "Michael Howard and John Redwood launched new plans on Thursday. The plans were costed by the party. "
        "Unions attacked them at once. Later the Tories met in Blackpool.\n\n"
        '"Taxes are too high," they say.'
    )
    _assert_no_pair(a)


def test_they_after_a_crowd_is_not_the_pair():
    a = _article(
        "Michael Howard and John Redwood visited the Labour conference in Brighton. Hundreds of protesters "
        'gathered outside the hall, and they said the pair "should go home".'
    )
    _assert_no_pair(a)


def test_they_after_a_described_pair_is_the_pair():
    a = _article(
        "Tony Blair and Gordon Brown met on Monday to end their feud. Newspapers reported a row at the meeting.\n\n"
        "For example, the weekend's attempts by both men to play down the divisions failed. Even as they were "
        'both insisting on their unity, they said they "would not be swayed by newspaper stories".'
    )
    theirs = _by_they(a)
    assert theirs, [(s.name, s.kind) for s in a.speakers]
    assert all(s.kind == "country or group" and s.gender == "unknown" for s in theirs)


def test_they_after_both_men_and_women_is_not_a_pair():
    a = _article(
        "Tony Blair and Gordon Brown met on Monday to end their feud. Newspapers reported a row at the meeting.\n\n"
        "The survey asked both men and women about the divisions. Even as the poll closed, they said they "
        '"would not be swayed by newspaper stories".'
    )
    _assert_no_pair(a)
