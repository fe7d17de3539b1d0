"""Quote attribution, issue 11cg: three shapes read from the fresh31 misses. "That said," (and "Having
said that,", "needless to say") joins two thoughts and reports nobody's words; a participle set off
by a comma right after "a statement from X," is X's; and one right after the "by X" of a passive
whose subject is a thing is X's. Small articles written here, with guards."""

from __future__ import annotations

import pytest

from tests.test_speakers import _article


def _quote(a, start: str):
    found = [q for q in a.quotes if q.text.startswith(start)]
    assert found, f"{start!r} not among {[q.text[:30] for q in a.quotes]}"
    return found[0]


@pytest.mark.parametrize("marker", ["That said,", "Having said that,", "That being said,"])
def test_a_discourse_marker_is_no_cue_the_verb_after_it_is(marker: str):
    a = _article(
        "Mary Jones spoke at a rally in Milwaukee this spring. She described her husband as kind. "
        f'({marker} she also noted, "When you attack him, he will punch back 10 times harder.")'
    )
    q = _quote(a, "When you attack him")
    assert (q.speaker, q.cue) == ("Mary Jones", "noted")


def test_that_said_opening_a_sentence_reports_nothing():
    a = _article(
        'John Smith, the coach, was upbeat. "We played well," he said. That said, the team lost again on Saturday.'
    )
    assert [q.text for q in a.quotes] == ["We played well,"]


def test_a_thing_that_said_still_reports():
    # (a relative "that said," is a sign's or a message's words, not a discourse marker)
    a = _article('Protesters outside the embassy held a placard that said, "No war in our name."')
    assert _quote(a, "No war").cue == "said"


@pytest.mark.parametrize(
    ("body", "start", "speaker"),
    [
        # the sender of a statement speaks through it
        (
            "It has been a strange week for Marks & Spencer, which on Tuesday received a statement from "
            "Philip Green, the billionaire Bhs owner, confirming he was not rebidding for the company.",
            "he was not rebidding",
            "Philip Green",
        ),
        # the doer of a thing's passive (the parse hangs "by" and "issuing" on "day")
        (
            "This was followed the same day by Mark Paulsmeier, a South African financier, issuing a press "
            "release saying his Paulsmeier Group was interested in the retailer.",
            "his Paulsmeier Group",
            "Mark Paulsmeier",
        ),
        # guards: a person's passive stays the person's, and a loan is no statement
        (
            'John Smith was interviewed by police, saying he was "completely innocent".',
            "completely innocent",
            "John Smith",
        ),
        ('Acme Ltd got a loan from Barclays, saying it would "expand quickly".', "expand quickly", "Acme Ltd"),
    ],
)
def test_a_participle_after_a_from_or_by_phrase(body: str, start: str, speaker: str):
    assert _quote(_article(body), start).speaker == speaker
