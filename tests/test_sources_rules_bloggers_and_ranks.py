"""The forty-sixth session's second round (read from fresh124's and fresh125's misses): a blogger is media, as
the labels read every blogger; a writer named by a political side is a commentator, media; a rank written
at the end of a title before a name is the start of the name ("Japanese Defence Minister Gen Nakatani"),
so the post decides."""

from __future__ import annotations

from analysis.extract.sources.groups import role_group
from tests.test_speakers import _article, _speaker


def test_a_blogger_is_media():
    assert role_group("An Israeli blogger") == "media"
    assert role_group("a black conservative blogger in Chicago") == "media"


def test_a_writer_of_a_political_side_is_media_and_a_writer_alone_stays_an_authors():
    assert role_group("The conservative writer") == "media"
    assert role_group("The feminist writer and broadcaster") == "media"
    assert role_group("thriller writer") == "culture and sport"


def test_a_rank_after_a_post_is_the_names_and_the_post_decides():
    a = _article(
        "Japanese Defence Minister Gen Nakatani said his country would help its neighbours patrol the sea. "
        '"We will not stand by," Nakatani told reporters.'
    )
    assert _speaker(a, "Nakatani").role_group == "politician"
    assert role_group("Retired U.S. Air Force Gen.") == "police, military, justice"  # a rank alone stays one
    assert role_group("Lt Col") == "police, military, justice"
