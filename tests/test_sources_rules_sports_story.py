"""A person quoted with no role words in a sports story is one of the sport's own, culture and sport
(the labels: 47 of 49 such people in the BBC sport folder), and so in a story about films, music or the
stage (41 of 48 in the entertainment folder); the role itself stays empty. Not where the story is also
about something else: computing (a football video game, a gamers' league), politics or business. Small
articles written here."""

from __future__ import annotations

from tests.test_speakers import _article, _speaker

_MATCH = (
    "Gloucester beat Bath 20-10 in the Premiership on Saturday, with two tries in the second half and two "
    "penalties before the final whistle, to go third in the league with one match of the season left. "
)


def test_a_person_with_no_role_in_a_sports_story_is_the_sports():
    a = _article(_MATCH + 'James Simpson-Daniel said: "We knew the match would be won by the forwards."')
    s = _speaker(a, "James Simpson-Daniel")
    assert s.role is None
    assert s.role_group == "culture and sport"


def test_a_sports_story_about_a_computer_game_places_nobody():
    a = _article(
        "The football video game sold a million copies, with players able to take any club to the league "
        "title. Gamers can play online against each other on the console or on a computer. "
        'Travis Anderson said: "It is the best version of the game in years."'
    )
    s = _speaker(a, "Travis Anderson")
    assert s.role is None
    assert s.role_group == "unknown"


def test_a_person_with_no_role_in_a_story_about_a_film_is_the_arts():
    a = _article(
        "The film opened at the festival on Friday night, and its director and the actors were cheered at the "
        "premiere. The movie is tipped for an Oscar, and its soundtrack album is already in the charts. "
        'Joanna Hogg said: "We never expected an audience like this one."'
    )
    s = _speaker(a, "Joanna Hogg")
    assert s.role is None
    assert s.role_group == "culture and sport"
