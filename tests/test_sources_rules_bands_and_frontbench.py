"""The thirty-eighth session's second round: a band of people named by what they are ("A party of
councillors from Nottingham", "a group of shop stewards") is unnamed people, not a body; a portfolio's
spokesman in a story about Westminster is a frontbencher; the FBI's long name is a police body's."""

from __future__ import annotations

from analysis.extract.sources.groups import role_group, story_groups
from tests.test_speakers import _article, _speaker


def test_a_band_of_people_is_unnamed_people():
    a = _article(
        "The prime minister visited the yard on Monday. A group of shop stewards from the Swan Hunter shipyard "
        "said they were facing redundancy. A party of councillors from Nottingham said they backed the plan.",
        title="Shipyard visit",
    )
    stewards = _speaker(a, "A group of shop stewards from the Swan Hunter shipyard")
    assert stewards.kind == "anonymous"
    assert _speaker(a, "A party of councillors from Nottingham").kind == "anonymous"
    # a group of bodies stays a body
    a = _article("A group of companies said they would cut prices.", title="Prices cut")
    assert _speaker(a, "A group of companies").kind != "anonymous"


def test_a_portfolio_spokesman_in_a_story_about_westminster():
    westminster = story_groups("MPs in the Commons and Tory and Labour peers said so. ")
    assert "westminster" in westminster
    assert role_group("Home Affairs spokesman", True, westminster) == "politician"
    assert role_group("Home Affairs spokesman", True) == "government official or spokesperson"


def test_the_fbi_by_its_long_name():
    assert role_group("US Federal Bureau of Investigation", name=True) == "police, military, justice"


def test_a_trade_right_before_a_name_the_parse_cut_off():
    a = _article(
        "Farmers have complained about the rules. North Devon landowner Giles Bradshaw was put in touch with the "
        'ministry. "Nobody could tell me what the rules meant," Mr Bradshaw said.',
        title="Farm rules row",
    )
    bradshaw = _speaker(a, "Giles Bradshaw")
    assert bradshaw.role == "North Devon landowner"
    assert bradshaw.role_group == "ordinary person or witness"
    # a verb of the same spelling is no trade: "Polls show Hillary Clinton ahead"
    a = _article('Polls show Hillary Clinton ahead in the state. "We will win," Clinton said.', title="Clinton ahead")
    assert _speaker(a, "Hillary Clinton").role != "Polls show"
