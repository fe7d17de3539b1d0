"""A party named by its members in the plural and nothing else ("Tories say", untagged at a sentence's
start; "Democrats said") is the party speaking, an organisation, as "The Tories say" is; some of its
members ("Tory sources", "Senate Republicans") stay unnamed people."""

from __future__ import annotations

from tests.test_speakers import _article, _speaker


def test_a_partys_members_in_the_plural_are_the_party():
    a = _article(
        "Truancy has risen again. It is thought that nearly half a million children skip school each day. "
        "Tories say Labour's previous success came because it tackled the easy part of the problem. Tory "
        "sources said it was bad. Democrats said it was a failure.",
        title="Truancy plan",
    )
    assert _speaker(a, "Tories").kind == "organisation"
    assert _speaker(a, "Democrats").kind == "organisation"
    assert _speaker(a, "Tory sources").kind == "anonymous"


def test_a_views_holders_are_no_party_where_the_story_names_none():
    a = _article(
        "Ronald Reagan was known for his hatred of the Soviet empire. Conservatives still say his refusal "
        "to accept the status quo was right. Historians say he spent the Soviets into submission.",
        title="Reagan's legacy",
    )
    assert _speaker(a, "Conservatives").kind == "anonymous"
    b = _article(
        "The Conservative Party has set out its plan. Conservatives say the tax cuts are affordable.",
        title="Tax plan",
    )
    assert _speaker(b, "Conservatives").kind == "organisation"
