"""Who speaks, seventeenth round (issue 11s). Patterns seen in the misses of fresh14, fresh15 and (after
its blind score) fresh16: a party's portfolio spokesman is a frontbencher; an apposition no group fits
gives way to a title at the same name that one does; a kin description says whose relative a person is,
not what they do; a lead's description with a definite body's possessive ("The US stock market
watchdog's chairman") stands for the person named next. Small articles written here."""

from __future__ import annotations

from analysis.extract.sources import role_group
from tests.test_speakers import _article, _speaker


def test_a_partys_portfolio_spokesman_is_a_politician():
    assert role_group("Conservative local government spokesman") == "politician"
    assert role_group("Plaid Cymru's local government spokesman") == "politician"
    assert role_group("Tory health spokeswoman") == "politician"


def test_a_party_spokesman_with_no_portfolio_stays_the_partys_staff():
    # guards: a press officer, a party's or a government's spokesman, as before
    assert role_group("A Liberal Democrat spokesman") == "government official or spokesperson"
    assert role_group("Labour press spokesman") == "government official or spokesperson"
    assert role_group("Democratic Party spokesman") == "government official or spokesperson"
    assert role_group("government spokesman") == "government official or spokesperson"


def test_a_portfolio_spokesman_in_an_article():
    a = _article(
        "Councils will get more money next year, the minister said. "
        'Conservative local government spokesman Glyn Davies said: "This is taking spin to the very verge '
        'of deception." He added that a third of households faced higher bills.'
    )
    s = _speaker(a, "Glyn Davies")
    assert s.role == "Conservative local government spokesman"
    assert s.role_group == "politician"


def test_a_title_with_a_group_beats_an_apposition_with_none():
    a = _article(
        "The plans to change the law were attacked again on Monday. "
        "Former Conservative leader Iain Duncan Smith, one of the chief critics of the plans, said the "
        '"whole scheme" was wrong and would not work.'
    )
    s = _speaker(a, "Iain Duncan Smith")
    assert s.role == "Former Conservative leader"
    assert s.role_group == "politician"


def test_an_apposition_with_a_group_still_beats_a_title():
    # guard: the apposition says what the person is now
    a = _article(
        "The report was published on Tuesday. "
        'Former minister Jane Brown, a professor of law at Yale University, said it was "a disgrace".'
    )
    s = _speaker(a, "Jane Brown")
    assert s.role == "a professor of law at Yale University"
    assert s.role_group == "expert or academic"


def test_an_apposition_with_no_group_is_kept_when_no_title_has_one():
    a = _article(
        "The plans were attacked again on Monday. "
        'Iain Duncan Smith, one of the chief critics of the plans, said the "whole scheme" was wrong.'
    )
    s = _speaker(a, "Duncan Smith")
    assert s.role == "one of the chief critics of the plans"


def test_a_kin_description_leaves_a_known_politician_his_group():
    a = _article(
        "Michael Howard is to make a pitch for the ethnic vote on Monday. "
        'Mr Howard - himself the son of immigrants - will say: "People from ethnic communities still earn '
        'less than their white counterparts." He will also attack the government.'
    )
    s = _speaker(a, "Howard")
    assert s.role_group == "politician"


def test_a_lead_description_with_a_definite_possessive_stands_for_the_person_named_next():
    a = _article(
        "The US stock market watchdog's chairman has said he is willing to soften tough new rules. "
        'In a speech in London, William Donaldson promised "several initiatives" to ease the burden on firms. '
        'Mr Donaldson said: "We will listen."'
    )
    s = _speaker(a, "William Donaldson")
    assert s.role == "The US stock market watchdog's chairman"
    assert s.role_group == "government official or spokesperson"
