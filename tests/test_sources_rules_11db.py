"""Who speaks, issue 11 (helper 11db): the group of a body named inside role words, and posts the lexicon
mapped wrong.

A council named for the people it speaks for ("Refugee Council", "Muslim Council of Britain") is civil
society, a place's council stays the government's; "secretary general" is a generic head whose body
decides (a trade association's is business, the UN's stays the government's); a DJ is media (the labels'
radio DJ precedent), a club DJ stays a performer; a post of a channel named before it ("VH1's vice
president of ...") is the channel's; a party's spokesman "for" a department or a field of policy is the
frontbencher who shadows it. Small articles written here."""

from __future__ import annotations

import pytest

from analysis.extract.sources.groups import role_group
from tests.test_speakers import _article, _speaker

CIVIL = "civil society, NGO, union"
GOVERNMENT = "government official or spokesperson"


def test_a_council_named_for_its_people_is_civil_society():
    a = _article(
        "Asylum seekers will wait longer for a decision under the new rules, campaigners warned on "
        'Tuesday.\n\nHannah Ward, of the Refugee Council, said: "These people have fled war and deserve '
        'a fair hearing."'
    )
    assert _speaker(a, "Hannah Ward").role_group == CIVIL


def test_secretary_general_takes_its_bodys_group():
    a = _article(
        "Europe's airlines face a winter of losses as fuel prices climb, their trade body said.\n\n"
        '"Carriers cannot pass these costs on to passengers," said Ulrich Schulte-Strathaus, secretary '
        "general of the Association of European Airlines."
    )
    assert _speaker(a, "Ulrich Schulte-Strathaus").role_group == "business"


def test_a_radio_dj_is_media():
    a = _article(
        "Radio 1 has moved its breakfast show to a later slot, the station said.\n\nVirgin Radio DJ Pete "
        'Mitchell said: "Listeners follow the voices they trust, not the time of day."'
    )
    s = _speaker(a, "Pete Mitchell")  # the trade word before the name is his role, not his name
    assert (s.role, s.role_group) == ("Virgin Radio DJ", "media")


def test_a_partys_spokesman_for_a_department_is_a_frontbencher():
    a = _article(
        "Ministers have been accused of hiding the cost of government advertising from MPs, as the "
        "election campaign nears.\n\nJulian Lewis, the Conservative spokesman for the Cabinet Office, "
        'said: "Taxpayers are paying for Labour\'s propaganda."'
    )
    assert _speaker(a, "Julian Lewis").role_group == "politician"


#: Role words and the group they take; the last two: a party's bare spokesman is its press officer, a
#: department's spokesman the department's own voice.
@pytest.mark.parametrize(
    ("role", "group"),
    [
        ("of the Muslim Council of Britain", CIVIL),
        ("leader of Essex County Council", GOVERNMENT),
        ("a spokesman for Darlington Council", GOVERNMENT),
        ("UN Secretary General", GOVERNMENT),
        ("Factory Workers Union secretary general", CIVIL),
        ("secretary general", GOVERNMENT),
        ("DJ partner", "media"),
        ("club DJ", "culture and sport"),
        ("VH1's vice president of music and talent", "media"),
        ("Sony's vice president of marketing", "business"),
        ("vice president of the European Commission", GOVERNMENT),
        ("Tory spokesman on the environment", "politician"),
        ("a Conservative spokesman", GOVERNMENT),
        ("a spokesman for the Cabinet Office", GOVERNMENT),
    ],
)
def test_role_words_take_their_bodys_group(role: str, group: str) -> None:
    assert role_group(role) == group
