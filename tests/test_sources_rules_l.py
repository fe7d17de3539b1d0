"""Who speaks, twelfth round (issue 11l): a speaker the tagger took for a place whose own description
names a kind of body ("Titan, a California-based company") is that organisation; a place described by
a state's own organ ("the government") stays a country or group. Small articles written here."""

from __future__ import annotations

from analysis.extract.sources.lexicons import _lexicon
from tests.test_speakers import _article, _speaker


def test_a_place_described_as_a_company_or_a_club_is_an_organisation():
    a = _article(
        "Shares in Titan rose on Monday. “We expect strong orders this year,” said Titan, a California-based company."
    )
    assert _speaker(a, "Titan").kind == "organisation"
    b = _article("“We will fight for the title,” said Manchester City, the rival local club, on Sunday.")
    assert _speaker(b, "Manchester City").kind == "organisation"
    c = _article("“Our coverage is accurate,” said Russia, the network, in a statement.")
    assert _speaker(c, "Russia").kind == "organisation"


def test_a_place_described_by_its_government_stays_a_country():
    a = _article("“The election was fair,” said Georgia, the government of the country, on Monday.")
    assert _speaker(a, "Georgia").kind == "country or group"


def test_state_heads_are_organisation_heads():
    lex = _lexicon("speaker_kinds.json")
    assert set(lex["state_heads"]) <= set(lex["organisation_heads"])
    assert "chain" in lex["organisation_heads"]
