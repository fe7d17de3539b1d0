"""Who speaks, issue 11z: a definite description credited with quotes ("the Salford MP", "The MP for
Ealing North", "The culture secretary") stands for the one person the article has just named, and
takes that person's gender and evidence, when the words allow no other reading: "the" + role words
and no name, one person named in the sentences just before, and an office that matches (a member of
an elected body for a politician; other titles only the person's own). Small articles written here,
with the guards: two people named before the description, a spokesman after a named minister, and a
different office ("the deputy speaker") after a named minister keep no gender from them. Since the thirty-third
session the quotes themselves go to the member by name for "the ... MP" (read as "the senator" is), so
those tests check the named speaker; two people named before now leave it to the subject, not the object."""

from __future__ import annotations

from analysis.extract.sources.antecedents import _THE_BEFORE
from tests.test_speakers import _article


def _by_role(a, words: str):
    found = [
        s for s in a.speakers if words.lower() in (s.name or "").lower() or words.lower() in (s.role or "").lower()
    ]
    assert found, f"{words!r} not among {[(s.name, s.role) for s in a.speakers]}"
    return found[0]


def test_the_member_for_a_seat_is_the_politician_just_named():
    a = _article(
        "Home Office minister Hazel Blears said innocent people would be stopped. Checks could also be "
        "made tougher, she told a Commons inquiry. Her comments were criticised by campaigners.\n\n"
        '"The threat is most likely to come from a small group," the Salford MP told the committee.'
    )
    # (since the thirty-third session the quote goes to her by name, as "the senator" would)
    assert [q.speaker for q in a.quotes][-1] == "Hazel Blears"
    s = next(s for s in a.speakers if s.name == "Hazel Blears")
    assert s.kind == "named person"
    assert s.gender == "female"
    assert any(e.startswith(("she", "Ms")) for e in s.gender_evidence)


def test_the_mp_for_a_seat_after_a_backbencher():
    a = _article(
        "Labour backbencher Stephen Pound labelled the schemes a pile of pants. The MP for Ealing North "
        'claimed the bill would encourage vice. "They are in it to fill their boots," Mr Pound said.'
    )
    s = next(s for s in a.speakers if s.name == "Stephen Pound")
    assert s.quotes == 2  # "The MP for Ealing North claimed" is his, as "Mr Pound said" is
    assert s.gender == "male"


def test_two_people_named_before_the_description_decide_nothing():
    # since the thirty-third session "the Salford MP" is read as the quotes read "the senator": the subject
    # named before (she met him), never the object
    a = _article(
        "Home Office minister Hazel Blears met Labour backbencher Stephen Pound on Monday.\n\n"
        '"The threat is most likely to come from a small group," the Salford MP told the committee.'
    )
    assert [q.speaker for q in a.quotes] == ["Hazel Blears"]


def test_a_spokesman_after_a_named_minister_is_someone_else():
    a = _article(
        "Home Office minister Hazel Blears spoke to the committee on Monday. She said checks would be made "
        'tougher.\n\n"Nothing has been decided yet," the spokesman told reporters.'
    )
    s = _by_role(a, "spokesman")
    assert s.gender != "female"
    assert not any(e.startswith(("she", "Ms")) for e in s.gender_evidence)


def test_another_office_after_a_named_minister_is_someone_else():
    a = _article(
        "MPs bombarded Constitutional Affairs Minister David Lammy with requests to read the letter. "
        'Eventually he read it out. "The debate was not handled as it should have been," the deputy '
        "speaker said later."
    )
    s = _by_role(a, "deputy speaker")
    assert s.gender == "unknown"


def test_only_the_definite_article_makes_a_description_definite():
    assert _THE_BEFORE.search("said the ")
    assert _THE_BEFORE.search("The ")
    assert not _THE_BEFORE.search("a ")
    assert not _THE_BEFORE.search("other ")
