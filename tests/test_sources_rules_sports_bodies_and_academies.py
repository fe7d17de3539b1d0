"""The forty-fourth session's second round: in a sports story a bare "chief" after a name is the sport's
("Open chief": a tournament's head, as "boss" and "president" there are a club's); "FC" is a sports story's
word ("Newry FC"); in a sports story a body nothing else places is a club or a sport's body ("the Gunners
have asked for an inquiry"); the National Academies and a political report (a newsletter of election
analysts) are experts'. Gender: the object of a verb whose subject the person shares ("X clashed with the senator,
chiding him") is someone else, as the object of the person's own verb already was."""

from __future__ import annotations

from analysis.extract.sources.groups import role_group, story_groups
from tests.test_speakers import _article, _speaker

_SPORT = ("culture and sport",)


def test_a_chief_in_a_sports_story_is_the_sports():
    assert role_group("Open chief", True, _SPORT) == "culture and sport"
    assert role_group("police chief", False, _SPORT) == "police, military, justice"  # a specific word still wins
    assert role_group("Open chief", True) == "unknown"  # elsewhere the body must place it


def test_fc_is_a_sports_storys_word():
    text = (
        "Newry to fight cup exit\n\nNewry City will discuss legal avenues on Friday. A law firm will put a case "
        "forward for Newry FC, said the club's lawyer, after the IFA threw Newry out of the cup."
    )
    assert "culture and sport" in story_groups(text)


def test_a_body_nothing_places_in_a_sports_story_is_a_club():
    a = _article(
        "Arsenal want the Premier League to investigate claims that Chelsea tapped up Ashley Cole. Now the "
        'Gunners have asked for an inquiry to look into claims that their player has been "tapped up". The '
        "club's manager Arsene Wenger said the striker and the defender were not for sale after the match.",
        title="Arsenal seek inquiry",
    )
    assert _speaker(a, "Gunners").role_group == "culture and sport"


def test_the_national_academies_and_a_political_report_are_experts():
    assert role_group("the National Academies report") == "expert or academic"
    assert role_group("of the non-partisan Rothenberg-Gonzales Political Report") == "expert or academic"
    assert role_group("the Academy") == "culture and sport"  # the film academy stays


def test_the_object_of_a_persons_participle_is_someone_else():
    # "chiding him": the participle's subject is the speaker, so "him" is the one chided, no evidence of the speaker's
    a = _article(
        "Kim Lee clashed with the senator during the hearing on Tuesday, chiding him over the delays. "
        '"What difference at this point does it make?" Lee said.',
        title="Hearing row",
    )
    assert _speaker(a, "Kim Lee").gender != "male"
