"""Who speaks, issue 11di: the body a person speaks from, typed by its name's own words. A finance house's
possessive written as the role ("says Deutsche Bank's Simon Champion") or "from X investment bank" is the
house's analyst, expert (the labels' bank-analysts rule), as "at/of/from" a listed house already was."""

from __future__ import annotations

from tests.test_speakers import _article, _speaker


def test_a_listed_banks_possessive_is_no_longer_business():
    a = _article(
        'Shares in P&O fell again. "The issue had been an ongoing one for some time," says Deutsche Bank\'s '
        "Simon Champion. The firm's shares fell 3%."
    )
    s = _speaker(a, "Simon Champion")
    assert (s.role, s.role_group) == ("Deutsche Bank's", "expert or academic")


def test_from_a_house_its_name_calls_an_investment_bank():
    a = _article(
        'German unemployment rose again in January. "The rise was no surprise," said Birgit Kuhlhoff from '
        "Sal Oppenheim investment bank. The jobless total passed five million."
    )
    s = _speaker(a, "Birgit Kuhlhoff")
    assert s.role == "from Sal Oppenheim investment bank"
    assert s.role_group == "expert or academic"
