"""The thirty-sixth session's second round: the NHS's bodies (a trust, a health board) are public
bodies, so their heads speak as officials; a "media chief" is a body's communications post (Downing
Street's is the government's); a name after "in" in a speaker's words is a place's ("health officials
in Powys" are unnamed officials, not a person); a poll share of a party's members or voters ("75
percent of Republicans") is ordinary people asked, not politicians."""

from __future__ import annotations

from analysis.extract.sources.groups import role_group
from analysis.extract.sources.kinds import _party_supporters
from tests.test_speakers import _article, _speaker

OFFICIAL = "government official or spokesperson"


def test_the_nhs_bodies_are_public():
    assert role_group("spokesman for Hereford Hospitals NHS Trust") == OFFICIAL
    assert role_group("a spokeswoman for the local health board") == OFFICIAL
    a = _article(
        'Patients face longer journeys.\n\n"We were not consulted," said Ann Jones, chief executive of '
        "Powys Local Health Board.",
        title="Patients face journeys",
    )
    assert _speaker(a, "Ann Jones").role_group == OFFICIAL
    # a charity's trust stays civil society
    assert role_group("chairman of the Woodland Trust") == "civil society, NGO, union"


def test_a_media_chief_is_a_communications_post():
    assert role_group("ex-Downing Street media chief") == OFFICIAL
    assert role_group("Ex-No 10 media chief") == OFFICIAL


def test_a_name_after_in_is_a_place():
    a = _article(
        "Patients were sent to England.\n\nShocked health officials in Powys said the decision was wrong.",
        title="Patients sent away",
    )
    officials = _speaker(a, "Shocked health officials in Powys")
    assert officials.kind == "anonymous"


def test_a_poll_share_of_a_partys_voters_is_ordinary_people():
    assert _party_supporters("Republicans") and _party_supporters("Tories")
    assert _party_supporters("likely Democratic voters")
    assert not _party_supporters("Republican senators") and not _party_supporters("MPs")
    a = _article(
        "A new Washington Post-ABC News poll was published on Tuesday.\n\nSeventy-five percent of "
        "Republicans said the candidate should stay in the race.",
        title="Poll",
    )
    share = next(s for s in a.speakers if "Republicans" in s.name)
    assert share.role_group == "ordinary person or witness"
