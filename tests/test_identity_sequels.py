"""A product or work by its sequel or its title's article (13-aj): "Halo" where "Halo 2" is named, "the
game The Sims". The first and last fail without their rules; the middle one is the control."""

from __future__ import annotations

from analysis.corpus.identity.evidence import cue_votes
from tests.test_identity import article, tables


def test_a_name_whose_sequel_the_article_names_is_a_product():
    text = (
        "Zarko fans queued all night. Zarko 2 is out on Tuesday, and Zarko was one of the launch titles of the console."
    )
    votes = cue_votes(tables(article("a", text, {"Zarko": "ORG"}, "tech")))
    assert votes[("a", "Zarko")]["PRODUCT"] == 6  # every mention of it there, not only the one before "2"


def test_a_number_after_a_name_that_takes_one_or_a_quantity_is_no_sequel():
    text = "Zarko Radio 4 aired it. Zorbit 3 million sold, and Zorbit 6 Nations. Zorbit rose."
    arts = article("a", text, {"Zarko Radio": "ORG", "Zorbit": "ORG"}, "tech")
    votes = cue_votes(tables(arts))
    assert votes[("a", "Zarko Radio")].get("PRODUCT", 0) == 0
    assert votes[("a", "Zorbit")].get("PRODUCT", 0) == 0


def test_a_title_with_its_own_article_after_a_kind_of_thing_is_a_product():
    text = "Teachers say games such as The Zims help, and a version of The Zims teaches German."
    votes = cue_votes(tables(article("a", text, {"Zims": "ORG"}, "tech")))
    assert votes[("a", "Zims")]["PRODUCT"] == 4


def test_a_name_whose_version_the_article_names_is_a_product():
    text = "Net browser Zorbo 8.0 is out. Zorbo is free to download, said Zorbo spokeswoman Berit Hanson."
    votes = cue_votes(tables(article("a", text, {"Zorbo": "ORG"}, "tech")))
    assert votes[("a", "Zorbo")]["PRODUCT"] >= 6
