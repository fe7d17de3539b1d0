"""Who speaks, issue 11dc: a definite plural of bodies whose members the article has named is those
bodies together (country or group), not unnamed ones: "The tobacco companies" after the firms named in
the sentence before (a trade word before the head narrows the names to the last three sentences),
"Both organisations" after two bodies each named in its own sentence, "Departments for defence,
environment and trade" (each named by what it is for). Guards: a plural of bodies of a
place stays anonymous; "both" over more than two bodies is no pair."""

from __future__ import annotations

import pytest

from tests.test_speakers import _article

CASES = [
    (
        "Prosecutors had argued that tobacco firms lied about the dangers of smoking. Among the firms accused "
        "were Altria Group, RJ Reynolds Tobacco, Lorillard Tobacco and Liggett Group. The tobacco companies "
        "denied the charges, saying that they never illegally conspired to promote smoking.",
        "The tobacco companies",
        "country or group",
    ),
    (
        "The United Nations' Economic Commission for Latin America said the region grew by 5.5% this year. "
        "The Inter-American Development Bank said regional exports reached $445bn in 2004. Doubts about the "
        "US recovery pose risks for 2005. Both organisations also warned that high oil prices raise the risk "
        "of inflation.",
        "Both organisations",
        "country or group",
    ),
    # a plural of bodies listing what each one is for names each
    (
        "Some government departments had doubled the number of documents being shredded. Departments for "
        "defence, environment and trade, which had all increased file destruction, said they were following "
        "rules governing public records.",
        "Departments for defence",
        "country or group",
    ),
    # countries a ranking of the world picks out
    (
        "Global leaders have focused attention on poverty at recent meetings of the G7 Group. The world's "
        "richest countries have said they want to boost the amount of aid they give to 0.7% of their income.",
        "The world's richest countries",
        "country or group",
    ),
    # unnamed bodies stay anonymous
    (
        "Shares in the drug maker fell sharply on Monday. UK regulators said they wanted more evidence about "
        "the drug's benefits before any approval. The firm said it would answer their questions.",
        "regulators",
        "anonymous",
    ),
    (
        "Smoking rates fell again last year, the survey found. The tobacco companies denied that advertising "
        "played any part in it.",
        "The tobacco companies",
        "anonymous",
    ),
]


@pytest.mark.parametrize(("text", "words", "kind"), CASES, ids=[c[1] + str(i) for i, c in enumerate(CASES)])
def test_kind_of_a_plural_of_named_bodies(text: str, words: str, kind: str):
    kinds = {s.name: s.kind for s in _article(text).speakers}
    found = [k for n, k in kinds.items() if words.lower() in (n or "").lower()]
    assert found, f"{words!r} not among {list(kinds)}"
    assert found[0] == kind


# "The pair": the two people named together just before, with the group the article gives both
PAIR = (
    "The federation will appeal against the acquittal of Greek athletes Kostas Kenteris and Katerina Thanou. "
    "Kenteris and Thanou withdrew from the Olympics after missing a drugs test. The pair then spent four "
    "days in a hospital, claiming they had been injured in a motorcycle crash."
)


def test_a_pair_takes_its_members_group():
    found = [s for s in _article(PAIR).speakers if s.name == "The pair"]
    assert found, [s.name for s in _article(PAIR).speakers]
    assert (found[0].kind, found[0].role_group) == ("country or group", "culture and sport")
