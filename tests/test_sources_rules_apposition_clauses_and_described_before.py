"""The fifty-first session's fifth round (read from named people the sample gives a role and the code none): a
post in the relative clause of a name's apposition ("a one-time Cruz backer who serves as vice chairman of the
Allegheny County GOP") is the person's role; an indefinite description of a person right before the name and
a comma ("another friend, Mariam Emara told CNN") is too, when the name is closed by a comma or its verb."""

from __future__ import annotations

from tests.test_speakers import _article, _speaker


def test_the_post_in_an_appositions_relative_clause():
    a = _article(
        '"Now we have chosen," said Dave Majernik, a one-time Cruz backer who serves as vice chairman of the '
        "Allegheny County GOP.",
        title="Pennsylvania",
    )
    majernik = _speaker(a, "Dave Majernik")
    assert majernik.role == "vice chairman of the Allegheny County GOP"
    assert majernik.role_group == "politician"


def test_a_relative_clause_that_says_no_post_adds_nothing():
    a = _article('"It was bad," said Ann Smith, a mother of two who lives in Leeds.', title="Leeds")
    assert _speaker(a, "Ann Smith").role == "a mother of two"


def test_an_indefinite_description_before_the_name():
    a = _article(
        "\u201cShe is also a mother for three young boys,\u201d another friend, Mariam Emara told CNN.",
        title="Friends remember her",
    )
    emara = _speaker(a, "Mariam Emara")
    assert (emara.role, emara.role_group) == ("another friend", "ordinary person or witness")
