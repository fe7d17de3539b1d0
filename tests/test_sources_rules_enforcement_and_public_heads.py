"""The forty-second session's second round: law enforcement is the police's; a body's short name written
with full stops ("F.B.I.") is the body's; a church's minister is clergy; a bare top post after a public
body or a party heads that body; a well-known person described only by the side they take keeps their
own group."""

from __future__ import annotations

from analysis.extract.sources.groups import known_body, role_group
from tests.test_speakers import _article, _speaker

_JUSTICE = "police, military, justice"


def test_law_enforcement_officials_are_the_polices():
    assert role_group("American law enforcement officials") == _JUSTICE
    assert role_group("a federal law enforcement official") == _JUSTICE
    assert role_group("government officials") == "government official or spokesperson"  # other officials unchanged


def test_a_short_name_with_full_stops_is_read_without_them():
    assert known_body("the F.B.I.") == known_body("FBI")
    assert role_group("C.I.A. officials") == role_group("CIA officials") == _JUSTICE
    # two letters are places, read as written
    assert role_group("U.S. District Judge") == _JUSTICE
    a = _article('"We are investigating the e-mails," the F.B.I. said in a statement on Monday.', title="Inquiry")
    assert (_speaker(a, "F.B.I.").kind, _speaker(a, "F.B.I.").role_group) == ("organisation", _JUSTICE)


def test_a_churchs_minister_is_clergy():
    assert role_group("a minister with the Living Church of God in North Carolina") == "civil society, NGO, union"
    assert role_group("minister at St Mary's Church") == "civil society, NGO, union"
    assert role_group("a minister in the government") == "politician"
    assert role_group("the Foreign Minister") == "politician"


def test_a_bare_chairman_after_a_public_body_heads_it():
    a = _article(
        "The National Audit Office says the scheme has cost twice what was planned.\n\n"
        'Chairman Oswin Teal said: "Every taxpayer must be able to trust the figures."',
        title="Register",
    )
    assert _speaker(a, "Oswin Teal").role_group == "government official or spokesperson"


def test_a_bare_chairman_with_no_body_before_keeps_the_posts_default():
    a = _article('Chairman Oswin Teal said: "Every customer must be able to trust us."', title="Register")
    assert _speaker(a, "Oswin Teal").role_group == "business"


def test_a_known_politician_described_by_a_stance_stays_a_politician():
    a = _article(
        'Tony Blair, a leading advocate of Turkish membership, said: "This is a historic day."', title="Turkey"
    )
    assert _speaker(a, "Tony Blair").role_group == "politician"
    # someone the article alone describes keeps what the stance says
    b = _article('"This is a historic day," said Pat Wren, a leading advocate of Turkish membership.', title="Turkey")
    assert _speaker(b, "Pat Wren").role_group == "civil society, NGO, union"


def test_supporters_are_many_people_not_the_person_they_back():
    a = _article(
        "Bernie Sanders drew a crowd in Iowa on Monday.\n\n"
        'Supporters of Sanders said: "He is the only one who tells the truth."',
        title="Iowa",
    )
    supporters = next(s for s in a.speakers if s.name.startswith("Supporters"))
    assert supporters.role_group != "politician"
