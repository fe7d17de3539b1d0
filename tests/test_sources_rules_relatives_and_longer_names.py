"""The forty-fifth session's fourth round (read from fresh118's and fresh119's misses): a relative "of"
someone who is no politician speaks as family, an ordinary person ("the father of a slain U.S. soldier",
not the soldier's field); of several longer names a short name begins, the one the article describes gives
the short name its role ("Life insurer Axa Sun Life" beside "Axa Equity & Law"); the lexicon gains the man
of the match (a player), superdelegates (party officials) and capitalists (business)."""

from __future__ import annotations

from analysis.extract.sources.groups import role_group
from tests.test_speakers import _article, _speaker


def test_a_relative_of_someone_speaks_as_family():
    assert role_group("the father of a slain U.S. soldier") == "ordinary person or witness"
    assert role_group("the daughter of activist Malcolm X") == "ordinary person or witness"


def test_a_politicians_relative_still_speaks_for_the_campaign():
    assert role_group("son of the Republican presidential front-runner") == "government official or spokesperson"


def test_the_described_one_of_several_longer_names_gives_the_role():
    a = _article(
        "Life insurer Axa Sun Life has lowered annual bonus payouts for up to 50,000 with-profits investors.\n\n"
        "Regular annual bonus rates on former Axa Equity & Law with-profits policies are to be cut from 2% to 1%. "
        "Axa blamed a poor stock market performance for the cut, adding that recent gains have not yet offset the "
        'market falls. "We regret the cut," Axa said.',
        title="Axa Sun Life cuts bonus payments",
    )
    axa = _speaker(a, "Axa")
    assert axa.role == "Life insurer"
    assert axa.role_group == "business"


def test_the_lexicons_new_words():
    assert role_group("Man-of-the-match") == "culture and sport"
    assert role_group("520 superdelegates") == "politician"
    assert role_group("Full-blown capitalists") == "business"
