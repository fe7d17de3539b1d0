"""A person quoted with no role words in a sports story is one of the sport's own, culture and sport
(the labels: 47 of 49 such people in the BBC sport folder), and so in a story about films, music or the
stage (41 of 48 in the entertainment folder); the role itself stays empty. Not where the story is also
about something else: computing (a football video game, a gamers' league), politics or business. Small
articles written here."""

from __future__ import annotations

import pytest

from tests.test_speakers import _article, _speaker

_MATCH = (
    "Gloucester beat Bath 20-10 in the Premiership on Saturday, with two tries in the second half and two "
    "penalties before the final whistle, to go third in the league with one match of the season left. "
)
_GAME = (
    "The football video game sold a million copies, with players able to take any club to the league "
    "title. Gamers can play online against each other on the console or on a computer. "
)
_FILM = (
    "The film opened at the festival on Friday night, and its director and the actors were cheered at the "
    "premiere. The movie is tipped for an Oscar, and its soundtrack album is already in the charts. "
)


@pytest.mark.parametrize(
    ("story", "name", "words", "group"),
    [
        # a sports story: the sport's own
        (_MATCH, "James Simpson-Daniel", "We knew the match would be won by the forwards.", "culture and sport"),
        # a sports story about a computer game places nobody
        (_GAME, "Travis Anderson", "It is the best version of the game in years.", "unknown"),
        # a story about a film: the arts'
        (_FILM, "Joanna Hogg", "We never expected an audience like this one.", "culture and sport"),
    ],
)
def test_a_person_with_no_role_words_takes_a_plain_storys_field(story: str, name: str, words: str, group: str):
    s = _speaker(_article(f'{story}{name} said: "{words}"'), name)
    assert s.role is None
    assert s.role_group == group
