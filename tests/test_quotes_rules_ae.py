"""Quote attribution, issue 11ae: a shape read from the upstream kind misses of fresh21 and fresh22.
A name written right after a word for a body ("a report by UK think-tank Demos") is a body whatever the
tagger took it for, so a later "It said" goes on with it. Small articles written here, with a guard."""

from __future__ import annotations

from tests.test_speakers import _article


def _quote(a, start: str):
    found = [q for q in a.quotes if q.text.startswith(start)]
    assert found, f"{start!r} not among {[q.text[:30] for q in a.quotes]}"
    return found[0]


def test_it_said_goes_on_with_a_name_written_after_a_body_word():
    # (as in the BBC story: "Demos" is tagged a person there, and the headline's subject is "Broadband")
    a = _article(
        "Fast web access is encouraging more people to express themselves online, research suggests.\n\n"
        "A quarter of broadband users in Britain regularly upload content and have personal sites, "
        "according to a report by UK think-tank Demos. It said that having an always-on, fast connection "
        "is changing the way people use the internet.",
        title="Broadband fuels online expression",
    )
    assert _quote(a, "having an always-on").speaker == "Demos"


def test_a_body_word_before_a_persons_name_called_he_makes_no_body():
    a = _article(
        "Broadcaster Chris Evans has begun selling his possessions from a stall in Camden Market.\n\n"
        "Evans said he wanted to get rid of it all. He said the stall would stay open all week."
    )
    assert _quote(a, "the stall would stay open").speaker == "Chris Evans"
