"""Described targets ("the senator", "her opponent"): found, linked when the article is clear, scored."""

from __future__ import annotations

import pytest

from analysis.doc.nlp import load_pipeline
from analysis.extract import entities, targeted
from analysis.extract.targeted.described import LABEL, described_mentions
from analysis.inputs.raw import RawArticle
from analysis.pipeline import analyze
from analysis.records import REFERENCE_LABELS, SENTIMENT_LABELS

STRONG = "strong" in targeted.available_tiers()
TIERS = [
    "light",
    pytest.param(
        "strong", marks=pytest.mark.skipif(not STRONG, reason="strong tier needs pip install -e '.[transformer]'")
    ),
]


def _described(text: str) -> dict[str, str | None]:
    doc = load_pipeline()(text)
    mentions, _ = entities.extract(doc, text)
    return {m.text: m.entity for m in described_mentions(doc, text, mentions)}


@pytest.mark.parametrize("tier", TIERS)
def test_senator_and_governor_both_get_a_label(tier):
    art = analyze(RawArticle(source="t.txt", text="The senator denounced the governor."), sentiment_model=tier)
    got = {m.text.lower(): m for m in art.mentions if m.label == LABEL}
    assert set(got) == {"the senator", "the governor"}
    for m in got.values():
        assert m.sentiment in SENTIMENT_LABELS
        assert sum(m.sentiment_scores.values()) == pytest.approx(1.0, abs=1e-3)
        assert m.entity is None  # nobody is named: kept as described targets


def test_descriptions_are_references_not_names():
    assert LABEL in REFERENCE_LABELS
    art = analyze(
        RawArticle(source="t.txt", text="President Donald Trump spoke. Critics said the president lied."),
        sentiment_model="light",
    )
    desc = [m for m in art.mentions if m.label == LABEL]
    assert [(m.text, m.entity) for m in desc] == [("the president", "Donald Trump")]
    # the entity is counted by its names only; its sentiment takes the description into account
    assert {e.name: e.count for e in art.entities}["Donald Trump"] == 1


def test_none_tier_adds_no_descriptions():
    art = analyze(RawArticle(source="t.txt", text="The senator denounced the governor."), sentiment_model="none")
    assert not [m for m in art.mentions if m.label == LABEL]


def test_title_used_with_the_name_links():
    got = _described("Sen. Ted Cruz spoke first. Later the senator attacked the plan.")
    assert got == {"the senator": "Ted Cruz"}


def test_appositive_links_either_way():
    got = _described("Her opponent, Hillary Clinton, stayed silent. The governor, Jerry Brown, left.")
    assert got["opponent"] == "Hillary Clinton"
    assert got["The governor"] == "Jerry Brown"


def test_modifiers_must_agree():
    text = (
        "Democratic nominee Hillary Clinton spoke. Vice President Mike Pence spoke too. "
        "The Democratic nominee smiled, and the president was absent."
    )
    got = _described(text)
    assert got["The Democratic nominee"] == "Hillary Clinton"
    # "the president" is not Vice President Pence: nobody in the story is titled president
    assert got["the president"] is None


def test_two_people_with_one_title_stay_unlinked():
    got = _described("Sen. Ted Cruz and Sen. Bernie Sanders met. The senator left early.")
    assert got == {"The senator": None}


def test_plurals_names_and_indefinites_are_not_descriptions():
    got = _described("The senators met a governor. President Obama and Sen. Kay Hagan smiled.")
    assert got == {}
