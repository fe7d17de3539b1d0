"""The forty-ninth session's second round (read from fresh158's and fresh159's misses): words after a name
that only the story places are a role all the same ("Adrian Mapp, a Clinton delegate from New Jersey," in a
story about politics: a convention delegate, a politician; before, the apposition was dropped for want of a
lexicon word, and the speaker had no role; in a story about anything else such words stay no role); and an
academy for a field of study is a school ("the government's Federal Academy for Security Policy"), where
"academy" alone stays culture and sport's."""

from __future__ import annotations

from analysis.extract.sources.groups import role_group
from tests.test_speakers import _article, _speaker

CONVENTION = (
    "The Democratic convention opened in Philadelphia, where the party's candidate for president will be "
    "nominated and senators and voters crowded the hall.\n\n"
)


def test_a_delegate_after_a_name_in_a_story_about_politics():
    a = _article(
        CONVENTION + '"Guns have been a public health crisis," said Adrian Mapp, a Clinton delegate from New '
        'Jersey. Christopher Harvey, an African-American delegate from Houston, said the turmoil was "part of '
        'the process".',
        title="Convention diary",
    )
    mapp = _speaker(a, "Adrian Mapp")
    assert (mapp.role, mapp.role_group) == ("a Clinton delegate from New Jersey", "politician")
    harvey = _speaker(a, "Christopher Harvey")
    assert harvey.role_group == "politician"


def test_outside_a_story_about_politics_a_delegate_stays_unplaced():
    a = _article(
        'The fair opened in Hanover on Monday with 300 stands. "It is busier than last year," said John Smith, a '
        "delegate from Leeds.",
        title="Trade fair opens",
    )
    smith = _speaker(a, "John Smith")
    assert (smith.role, smith.role_group) == (None, "unknown")


def test_an_academy_for_a_field_is_a_school():
    assert role_group("president of the government's Federal Academy for Security Policy") == "expert or academic"
    assert role_group("the academy") == "culture and sport"
