"""13-ad: a thing's one-word name does not join a much rarer longer name built on it ("Intel" / "Intel
Celeron") or two names run together ("Sideways and Finding Neverland"); an organisation's full name with
a form word still joins ("Verizon" / "Verizon Communications")."""

from __future__ import annotations

from analysis.corpus.identity import identify
from tests.test_identity import article, corpus_entity, tables


def _firm_and_longer(longer: str) -> dict:
    arts = [
        article(f"t{n}", f"Intel said profits rose. Intel shares fell {n}%.", {"Intel": "ORG"}, "tech")
        for n in range(4)
    ]
    arts.append(article("t9", f"The new {longer} was launched on Monday.", {longer: "ORG"}, "tech"))
    return identify(tables(*arts))


def test_a_much_rarer_longer_name_built_on_a_firm_stays_apart():
    t = _firm_and_longer("Intel Celeron")
    assert corpus_entity(t, "t0", "Intel")[0] != corpus_entity(t, "t9", "Intel Celeron")[0]


def test_a_firm_and_its_full_name_with_a_form_word_still_join():
    t = _firm_and_longer("Intel Corporation")
    assert corpus_entity(t, "t0", "Intel")[0] == corpus_entity(t, "t9", "Intel Corporation")[0]
    t = _firm_and_longer("Intel Group")
    assert corpus_entity(t, "t0", "Intel")[0] == corpus_entity(t, "t9", "Intel Group")[0]


def test_two_titles_run_together_are_no_longer_name_of_one():
    a = article("e1", "Sideways won the award. Sideways is a comedy.", {"Sideways": "WORK_OF_ART"}, "entertainment")
    b = article(
        "e2",
        "Critics praised Sideways and Finding Neverland this week.",
        {"Sideways and Finding Neverland": "WORK_OF_ART"},
        "entertainment",
    )
    t = identify(tables(a, b))
    assert corpus_entity(t, "e1", "Sideways")[0] != corpus_entity(t, "e2", "Sideways and Finding Neverland")[0]
