"""Issue 11cq: a bare spokesperson ("a spokesman said") speaks for the organisation the passage
names just before, when the article or the lexicon places that body in a field of its own (a
broadcaster is media); not in a politics story, where a spokesman is a party's or a state's."""

from __future__ import annotations

from tests.test_speakers import _article, _speaker


def test_a_bare_spokesman_after_a_broadcaster_is_media():
    a = _article(
        "Oscar coverage returns to television.\n\n"
        "Sky won the rights from the BBC in 1999, but the BBC won them back in 2001. "
        '"Viewers will of course be able to watch quality coverage on the BBC\'s bulletins," a spokesman said.',
        title="Oscars return to Sky",
    )
    assert _speaker(a, "a spokesman").role_group == "media"


def test_his_spokesman_is_no_bodys():
    a = _article(
        "The singer was in court.\n\n"
        'Sky won the rights from the BBC in 1999. "He is resting at home," his spokesman said.',
        title="Singer in court",
    )
    assert _speaker(a, "his spokesman").role_group != "media"
