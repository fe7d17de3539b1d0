"""The fifty-second session's third round (read from the Lee corpus parts fresh181-fresh183 after their blind score,
checked against every earlier label): an Attorney-General written with a hyphen is a Commonwealth minister, a
spokesman's rank written in full after the post does not make him the army's, a fireman is a fire service's, and
armed people outside an army (fighters, forces, rebels) are the military group."""

from __future__ import annotations

from analysis.extract.sources.groups import role_group

SECURITY = "police, military, justice"


def test_a_hyphenated_attorney_general_is_a_minister_an_american_one_a_law_officer():
    assert role_group("Federal Attorney-General") == "politician"
    assert role_group("the Attorney-General") == "politician"
    assert role_group("New York Attorney General") == SECURITY


def test_a_spokesmans_rank_written_in_full_leaves_him_the_spokesman():
    assert role_group("Pentagon spokesman Navy Captain") == "government official or spokesperson"
    assert role_group("army spokesman Major") == SECURITY  # the army's spokesman stays the army's
    assert role_group("Secretary General") == "government official or spokesperson"  # no rank cut from an office


def test_a_fireman_is_a_fire_services():
    assert role_group("A Swiss fireman") == "government official or spokesperson"


def test_fighters_forces_and_rebels_are_armed_people():
    assert role_group("Anti-Taliban fighters") == SECURITY
    assert role_group("tribal forces") == SECURITY
    assert role_group("rebel chief") == SECURITY
    assert role_group("The fighter") == "unknown"  # a boxer as often as a soldier
