"""The forty-first session's fourth round: a post a known politician's possessive owns is on their staff
(campaign or office staff, government official or spokesperson), and an anti-doping agency is a sport's
body, culture and sport."""

from __future__ import annotations

from analysis.extract.sources.groups import role_group

_POLITICS = ("politics",)


def test_a_known_politicians_possessive_makes_a_post_their_staffs():
    assert role_group("Trump's Virginia state director", False, _POLITICS) == "government official or spokesperson"
    assert role_group("Sanders' senior strategist", False, _POLITICS) == "government official or spokesperson"
    # outside a story about politics the possessive decides nothing new
    assert role_group("Trump's Virginia state director") == "business"


def test_an_unknown_owner_or_a_post_off_the_staff_is_left_alone():
    # an owner the lexicon knows as no politician, and a trade that is not a staff post
    assert role_group("Henman's coach", False, _POLITICS) != "government official or spokesperson"
    assert role_group("Trump's lawyer", False, _POLITICS) == "police, military, justice"


def test_anti_doping_agencies_are_sport_bodies():
    assert role_group("chairman of the World Anti-Doping Agency") == "culture and sport"
    assert role_group("US Anti-Doping Agency chief") == "culture and sport"
    assert role_group("Food Standards Agency") == "government official or spokesperson"  # other agencies unchanged
