"""The forty-eighth session's second round (read from fresh142's and fresh143's misses): a post a city,
county or town is written as owning is its official's; a party committee's spokesman is the party's
staff, government official or spokesperson (as a party spokesman is); a bureau chief and fact checkers
are the press; protest groups and their leaders are civil society; and a post held for a person written with
a dotted honorific ("a representative for Mr. Pinchuk") is an unnamed person whose role is the whole
description, not Mr. Pinchuk (whose "Mr." is no evidence of the representative's gender)."""

from __future__ import annotations

from analysis.extract.sources.groups import role_group
from tests.test_speakers import _article, _speaker

POLITICS = ("politics",)
STAFF = "government official or spokesperson"


def test_a_local_governments_post_is_its_officials():
    assert role_group("the city's emergency operations director") == STAFF
    assert role_group("the city's first deputy manager") == STAFF
    # its elected head, its police and its firms keep their groups
    assert role_group("the city's mayor") == "politician"
    assert role_group("the town's police chief") == "police, military, justice"
    assert role_group("the city's largest employer") == "business"


def test_a_party_committees_spokesman_is_staff():
    assert role_group("Republican National Committee spokesman", story=POLITICS) == STAFF
    assert role_group("DNC spokeswoman", story=POLITICS) == STAFF
    # the committee's chairman stays a politician
    assert role_group("Republican National Committee Chairman", story=POLITICS) == "politician"


def test_press_words():
    assert role_group("Post White House bureau chief") == "media"
    assert role_group("Several fact checkers") == "media"


def test_protest_groups_and_leaders():
    assert role_group("Protest groups") == "civil society, NGO, union"
    assert role_group("Some protest leaders", story=POLITICS) == "civil society, NGO, union"
    assert role_group("protesters") == "ordinary person or witness"


def test_a_post_for_a_person_with_a_dotted_honorific_is_an_unnamed_person():
    a = _article(
        'Victor Pinchuk, a steel magnate, gave money to the charity. "We never asked for anything," a '
        "representative for Mr. Pinchuk said.",
        title="Steel deal",
    )
    s = _speaker(a, "a representative for Mr. Pinchuk")
    assert s.kind == "unnamed person"
    assert s.role == "a representative for Mr. Pinchuk"
    assert s.gender == "unknown"
