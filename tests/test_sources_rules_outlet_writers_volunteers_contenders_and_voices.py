"""The forty-eighth session's fifth round (read from fresh148's and fresh149's misses): a writer the role
names after a news outlet ("Washington Post writer", "New Yorker writer", "Gawker.com writer") or a staff
writer is the press, not an author; and a volunteer is a member of the public unless the body they
volunteer for places them ("a Sanders volunteer", "a neighborhood watch volunteer"; "a volunteer with the
Red Cross" stays the charity's); in a story about politics contenders are politicians; television
networks are the press; a post's holder who is also someone's supporter is what the post says ("a Maine
legislator and Sanders supporter"); and a body's communications director is in the body's field, as its
spokesman is (a campaign's or a party's stays staff)."""

from __future__ import annotations

from analysis.extract.sources.groups import role_group
from tests.test_speakers import _article, _speaker


def test_an_outlets_writer_is_the_press():
    for role in ("Washington Post writer", "New Yorker writer", "Gawker.com writer", "staff writer"):
        assert role_group(role) == "media", role
    assert role_group("thriller writer") == "culture and sport"


def test_volunteers():
    assert role_group("a Sanders volunteer") == "ordinary person or witness"
    assert role_group("then a neighborhood watch volunteer") == "ordinary person or witness"
    assert role_group("a volunteer with the Red Cross") == "civil society, NGO, union"
    # where the volunteer is places no post of the county's
    assert role_group("a 31-year-old Sanders volunteer in Richland County", story=("politics",)) == (
        "ordinary person or witness"
    )
    a = _article('"We knocked on every door," said Bree Maxwell, a Sanders volunteer.', title="Canvassing")
    assert _speaker(a, "Bree Maxwell").role_group == "ordinary person or witness"


POLITICS = ("politics",)


def test_contenders_networks_and_posts_before_support():
    assert role_group("the four contenders", story=POLITICS) == "politician"
    assert role_group("title contenders", story=("culture and sport",)) != "politician"
    assert role_group("three television networks") == "media"
    assert role_group("a Maine legislator and Sanders supporter", story=POLITICS) == "politician"
    assert role_group("a California superdelegate and Clinton supporter", story=POLITICS) == "politician"
    assert role_group("a Trump supporter", story=POLITICS) == "ordinary person or witness"


def test_a_bodys_communications_director_is_in_its_field():
    role = "communications director of the progressive advocacy group Democracy for America"
    assert role_group(role, story=POLITICS) == "civil society, NGO, union"
    staff = "government official or spokesperson"
    assert role_group("communications director for the Iowa Democratic Party", story=POLITICS) == staff
    assert role_group("communications director for the Clinton campaign", story=POLITICS) == staff
