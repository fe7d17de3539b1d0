"""The fifty-first session's third round (read from the Reuters misses of fresh171 to fresh174): a paper named
for its place ("the Hong Kong Standard", which the tagger reads as a place) is an organisation of the media, as
is state TV or a government radio broadcast ("Iranian state TV said"); a spokesman for a paper stays a person.
A name the article writes with a company's legal form ("Gold Fields of South Africa Ltd", "Pirelli SpA") is a
company, whatever the tagger took it for; a person "of Acme Inc" stays a person."""

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


def test_a_name_with_a_companys_legal_form_is_a_company():
    a = _article(
        "Workers have failed to report for work since Wednesday night, mine managers Gold Fields of South Africa "
        "Ltd said on Friday.",
        title="Miners stay away",
    )
    assert _speaker(a, "Gold Fields").kind == "organisation"
    pirelli = _speaker(_article("Output rose in July, Pirelli SpA said on Friday.", title="Output"), "Pirelli SpA")
    assert (pirelli.kind, pirelli.role_group) == ("organisation", "business")


def test_a_person_of_a_company_stays_a_person():
    a = _article("Output rose in July and will rise again, said Tom Smith of Acme Inc.", title="Output")
    assert _speaker(a, "Tom Smith").kind == "named person"
