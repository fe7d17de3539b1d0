"""The forty-second session's fourth round: a spokesperson "for" a politician or a politicians' body,
with nothing before the post but a determiner, is their press officer (government official or
spokesperson), as "a spokesman for Mr Blair" already was; a party's frontbencher for a portfolio keeps
the politician's reading."""

from __future__ import annotations

from analysis.extract.sources.groups import role_group

_STAFF = "government official or spokesperson"
_POLITICS = ("politics",)


def test_a_spokesperson_for_a_titled_politician_is_staff():
    assert role_group("a spokesman for House Speaker Paul Ryan", False, _POLITICS) == _STAFF
    assert role_group("A spokesman for Mayor Frank G. Jackson of Cleveland") == _STAFF


def test_a_spokesperson_for_a_committee_of_politicians_is_staff():
    assert role_group("A spokeswoman for the House Armed Services Committee", False, _POLITICS) == _STAFF


def test_a_frontbenchers_portfolio_or_a_party_title_keeps_the_politician():
    assert role_group("the Conservative spokesman for the Cabinet Office", False, _POLITICS) == "politician"
    assert role_group("Shadow spokesman for sport", False, _POLITICS) == "politician"
    assert role_group("Lib Dem home affairs spokesman", False, _POLITICS) == "politician"
