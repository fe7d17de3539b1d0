"""Who speaks, issue 11bu: role words found but mapped to the wrong group. A brewer or a winemaker is a
firm; a website speaking is an outlet (its own website is not); staff speak for their office; a service
veteran quoted as a voter is a member of the public; a friend who is also an adviser speaks as the
adviser; a consulting group is a consultancy; an unnamed side of a cause is an advocacy voice."""

from __future__ import annotations

from analysis.extract.sources import role_group
from tests.test_speakers import _article, _speaker


def test_drink_makers_are_firms():
    assert role_group("the brewer") == "business"
    assert role_group("Australian winemaker") == "business"
    assert role_group("a whisky distiller") == "business"


def test_a_website_is_an_outlet_but_its_own_website_is_not():
    assert role_group("The website") == "media"
    assert role_group("the car-buying website") == "media"
    assert role_group("its website") == "unknown"
    assert role_group("Acme's own website") == "unknown"
    # a placed body still decides: the club's own site is the club's
    assert role_group("The club website") == "culture and sport"


def test_staff_speak_for_their_office():
    assert role_group("Clarence House staff") == "government official or spokesperson"
    assert role_group("a former staff member for Maryland Republicans") == "government official or spokesperson"
    assert role_group("BBC staff") == "media"


def test_a_prize_jury_is_culture():
    assert role_group("chair of the adult judging panel") == "culture and sport"


def test_a_service_veteran_is_an_ordinary_person():
    assert role_group("a Navy veteran") == "ordinary person or witness"
    assert role_group("Gulf War veterans") == "ordinary person or witness"
    # a veteran of a body holds a post there; an industry's veterans are its people
    assert role_group("a two-decade veteran of the DNC Rules Committee") == "politician"
    assert role_group("coal industry veterans") == "business"


def test_a_friend_and_adviser_speaks_as_the_adviser():
    assert role_group("a friend and adviser") == "government official or spokesperson"
    assert role_group("a close friend and aide") == "government official or spokesperson"
    assert role_group("a friend") == "ordinary person or witness"
    assert role_group("a friend and neighbour") == "ordinary person or witness"


def test_a_consulting_group_is_a_consultancy():
    assert role_group("president of Barnard's Retail Consulting Group") == "expert or academic"


def test_an_unnamed_side_of_a_cause_is_civil_society():
    a = _article(
        "The state senate passed a bill on Tuesday that would ban most late abortions. "
        '"This is a victory for the unborn," abortion opponents said in a statement. '
        'Supporters of abortion rights said the bill "would put women at risk". '
        'Trump supporters said: "We back the governor." '
        "The bill now goes to the governor, Mary Hale.",
        title="Senate passes abortion bill",
    )
    assert _speaker(a, "abortion opponents").role_group == "civil society, NGO, union"
    assert _speaker(a, "Supporters of abortion rights").role_group == "civil society, NGO, union"
    # a person's supporters are no cause (the tagger credits them to the name)
    assert _speaker(a, "Trump").role_group != "civil society, NGO, union"


def test_a_body_named_for_its_members_and_their_country_is_an_advocacy_group():
    role = "founder and CEO of Iraq and Afghanistan Veterans of America"
    assert role_group(role) == "civil society, NGO, union"
    assert role_group("a spokesman for Disabled Veterans of America") == "civil society, NGO, union"
    assert role_group("Veterans of America") == "unknown"  # no name before the members: no body's name


def test_two_top_posts_joined_take_the_bodys_field():
    assert role_group("founder and chief executive of the charity") == "civil society, NGO, union"
    assert role_group("chairman and chief executive of the broadcaster") == "media"
    assert role_group("founder and chief executive of Acme") == "business"


def test_an_equality_council_is_a_charity_not_a_local_council():
    assert role_group("director of the Swansea Bay Race Equality Council") == "civil society, NGO, union"
    assert role_group("the council") == "government official or spokesperson"
