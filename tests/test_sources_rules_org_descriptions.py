"""Who speaks: an organisation's own description never makes it an ordinary person. A kin word is a
firm's relation to another ("Chrysler's parent, DaimlerChrysler": business); a body named for the
people it is for is their pressure group ("the immigrants' group JCWI": civil society); and a
description that only reads as people ("parent" of a firm) no longer decides a firm's post holders'
group before the article's own word for the firm."""

from __future__ import annotations

from tests.test_speakers import _article, _speaker


def test_a_firms_kin_word_is_a_corporate_relation():
    a = _article(
        "Profits at Chrysler's parent, DaimlerChrysler, rose sharply last year, the firm said. "
        '"It has been a strong year," said Jurgen Schrempp, DaimlerChrysler\'s chairman.'
    )
    assert _speaker(a, "DaimlerChrysler").role_group == "business"
    assert _speaker(a, "Jurgen Schrempp").role_group == "business"


def test_a_body_named_for_its_people_is_their_pressure_group():
    a = _article(
        'The plans drew criticism. "This is a cruel and unnecessary measure," said the immigrants\' group, '
        "the Joint Council for the Welfare of Immigrants."
    )
    s = next(s for s in a.speakers if s.kind == "organisation")
    assert s.role_group == "civil society, NGO, union"
