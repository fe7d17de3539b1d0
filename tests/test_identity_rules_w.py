"""Issue 13-w's rule: a firm's one-word name does not join, as its part name, a product or venue named after
it ("BMW X5", "Airbus A300s", "Kodak Theatre": things._product_of_a_firm); a firm's longer name still joins."""

from __future__ import annotations

from analysis.corpus.identity import identify
from analysis.corpus.identity.things import _product_of_a_firm
from tests.test_identity import article, corpus_entity, tables


def test_products_and_venues_named_after_a_firm():
    assert _product_of_a_firm("ORG", "BMW X5")
    assert _product_of_a_firm("ORG", "Airbus A300s")
    assert _product_of_a_firm("ORG", "Mercedes Benz C180")
    assert _product_of_a_firm("ORG", "Kodak Theatre")
    assert not _product_of_a_firm("ORG", "Verizon Communications")
    assert not _product_of_a_firm("ORG", "Fahrenheit 9/11")  # (a number alone is no model code)
    assert not _product_of_a_firm("EVENT", "CeBit 2005")  # (only an organisation's name is kept apart)


def test_a_firm_does_not_join_the_car_named_after_it():
    t = identify(
        tables(
            article(
                "b1",
                "BMW said its profits rose. BMW shares fell, and BMW plans a new plant.",
                {"BMW": "ORG"},
                "business",
            ),
            article(
                "b2",
                "Buyers prefer sports utility vehicles such as the BMW X5, and the BMW X5 sold well.",
                {"BMW X5": "ORG"},
                "business",
            ),
        )
    )
    assert corpus_entity(t, "b1", "BMW")[0] != corpus_entity(t, "b2", "BMW X5")[0]


def test_a_firm_does_not_join_the_theatre_named_after_it():
    t = identify(
        tables(
            article("t1", "Kodak said its profits rose. Kodak shares fell.", {"Kodak": "ORG"}, "entertainment"),
            article(
                "t2",
                "The Oscars will take place at the Kodak Theatre, and the Kodak Theatre holds 3,300 people.",
                {"Kodak Theatre": "ORG"},
                "entertainment",
            ),
        )
    )
    assert corpus_entity(t, "t1", "Kodak")[0] != corpus_entity(t, "t2", "Kodak Theatre")[0]


def test_a_firms_longer_name_still_joins():
    t = identify(
        tables(
            article("v1", "Verizon said its profits rose. Verizon shares fell.", {"Verizon": "ORG"}, "business"),
            article(
                "v2",
                "Verizon Communications bought MCI, and Verizon Communications said so.",
                {"Verizon Communications": "ORG"},
                "business",
            ),
        )
    )
    assert corpus_entity(t, "v1", "Verizon")[0] == corpus_entity(t, "v2", "Verizon Communications")[0]
