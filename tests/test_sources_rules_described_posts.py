"""A description a named speaker's quote hangs on is their role even when a body's name says whose
post it is ("said the Chelsea midfielder", "said the BP boss"); a body's name that is the whole
description is not. And an apposition set off by spaced dashes ("Lord Bingham - a senior law lord -
said") is a role like one set off by commas."""

from __future__ import annotations

import pytest

from tests.test_speakers import _article, _speaker


@pytest.mark.parametrize(
    ("text", "title", "name", "role", "group"),
    [
        (
            'Frank Lampard scored twice on Saturday. "It was a great day for us," said the Chelsea midfielder.',
            "Chelsea win again",
            "Frank Lampard",
            "the Chelsea midfielder",
            "culture and sport",
        ),
        (
            'Lord Browne was upbeat on Monday. "It was a great year for us," said the BP boss.',
            "Oil profits rise",
            "Browne",
            "the BP boss",
            "business",
        ),
    ],
)
def test_a_bodys_post_the_quote_hangs_on_is_the_speakers_role(text, title, name, role, group):
    a = _article(text, title=title)
    speaker = _speaker(a, name)
    assert (speaker.role, speaker.role_group) == (role, group)
    assert a.text[speaker.role_start : speaker.role_end] == role


def test_a_dash_apposition_is_a_role():
    a = _article(
        "On Thursday, Lord Bingham - a senior law lord - said the rules were incompatible with the "
        'convention. "It is wrong," he said.',
        title="Detention ruling",
    )
    bingham = _speaker(a, "Bingham")
    assert (bingham.role, bingham.role_group) == ("a senior law lord", "police, military, justice")


def test_a_clause_between_dashes_is_not_taken_whole():
    a = _article(
        'Tom Hawkins - a man everyone here trusts - said the plan would fail. "It is wrong," he said.',
        title="Plan criticised",
    )
    assert _speaker(a, "Tom Hawkins").role != "a man everyone here trusts"
