"""The fifty-first session's sixth round (read from the misses of fresh175 to fresh177, after their one blind
score): a wire story's "diplomatic source" is a government's, a criminal investigation service is the police's,
a bare "the spokesman" or "The officials" is whoever the article described with the same word before ("a
spokesman with the Municipal Police", "military officials"), and newspapers in the plural speak as outlets."""

from __future__ import annotations

from analysis.extract.sources.groups import role_group
from tests.test_speakers import _article, _speaker


def test_diplomatic_sources_and_a_criminal_investigation_service():
    assert role_group("a diplomatic source close to the talks") == "government official or spokesperson"
    assert role_group("diplomatic sources") == "government official or spokesperson"
    assert role_group("a spokeswoman of the Dutch criminal investigation service") == "police, military, justice"


def test_the_spokesman_is_the_one_described_before():
    a = _article(
        'Police found eight mines, a spokesman with the Municipal Police said. "They were specially adapted," '
        "the spokesman said.",
        title="Mines found",
    )
    spokesman = _speaker(a, "the spokesman")
    assert spokesman.role_group == "police, military, justice"


def test_the_officials_are_the_ones_described_before():
    a = _article(
        "The attack took place outside Moscow, Interfax quoted military officials as saying. The officials said the "
        "attackers had seized two rifles.",
        title="Attack on a base",
    )
    assert _speaker(a, "The officials").role_group == "police, military, justice"


def test_a_bare_spokesman_with_nothing_before_keeps_the_default():
    a = _article('"We are calm," the spokesman said of the sale.', title="Sale")
    assert _speaker(a, "the spokesman").role_group == "government official or spokesperson"


def test_newspapers_in_the_plural_are_outlets():
    a = _article(
        "Police have detained 26 suspected members of the group, government newspapers said on Friday.",
        title="Arrests",
    )
    papers = _speaker(a, "government newspapers")
    assert (papers.kind, papers.role_group) == ("organisation", "media")
