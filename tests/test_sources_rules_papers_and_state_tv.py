"""The fifty-first session's third round (read from the Reuters misses of fresh171 to fresh174): a paper named
for its place ("the Hong Kong Standard", which the tagger reads as a place) is an organisation of the media, as
is state TV or a government radio broadcast ("Iranian state TV said"); a spokesman for a paper stays a person."""

from __future__ import annotations

from analysis.extract.sources.groups import role_group
from tests.test_speakers import _article, _speaker


def test_a_paper_named_for_its_place():
    a = _article("Prices rose sharply in July, the Hong Kong Standard said.", title="Prices")
    paper = _speaker(a, "Hong Kong Standard")
    assert (paper.kind, paper.role_group) == ("organisation", "media")
    assert role_group("China Daily", name=True) == "media"
    assert role_group("Standard Chartered", name=True) != "media"


def test_state_tv_and_a_radio_broadcast():
    tv = _speaker(_article("Prices rose sharply in July, Iranian state TV said.", title="Prices"), "Iranian state TV")
    a = _article("Prices rose sharply in July, the Bosnian government radio broadcast said.", title="Prices")
    radio = _speaker(a, "the Bosnian government radio broadcast")
    assert (tv.kind, tv.role_group) == ("organisation", "media")
    assert (radio.kind, radio.role_group) == ("organisation", "media")


def test_a_spokesman_for_a_paper_is_a_person():
    a = _article("Prices rose sharply in July, a spokesman for the Oxford University Press said.", title="Prices")
    spokesman = _speaker(a, "a spokesman for the Oxford University Press")
    assert spokesman.kind == "unnamed person"
    assert spokesman.gender == "male"
