"""Sentence sentiment: TextBlob polarity and subjectivity per sentence, and the neutral band."""

from __future__ import annotations

import pytest

from analysis.extract import sentiment
from analysis.records import SENTIMENT_LABELS


def test_band_is_a_sane_width():
    assert 0.0 <= sentiment.NEUTRAL_BAND < 0.5


@pytest.mark.parametrize(
    ("polarity", "band", "label"),
    [
        (0.5, 0.1, "positive"),
        (-0.5, 0.1, "negative"),
        (0.05, 0.1, "neutral"),
        (-0.05, 0.1, "neutral"),
        (0.1, 0.1, "neutral"),  # the band's edge is neutral
        (-0.1, 0.1, "neutral"),
        (0.0, 0.0, "neutral"),
        (0.01, 0.0, "positive"),
        (-0.01, 0.0, "negative"),
    ],
)
def test_label_for(polarity, band, label):
    assert sentiment.label_for(polarity, band) == label


def test_label_for_uses_the_chosen_band_by_default():
    b = sentiment.NEUTRAL_BAND
    assert sentiment.label_for(b) == "neutral"
    assert sentiment.label_for(b + 0.01) == "positive"
    assert sentiment.label_for(-b - 0.01) == "negative"


def test_textblob_polarity_and_subjectivity():
    pol, subj = sentiment.polarity_subjectivity("This is a wonderful, excellent result.")
    assert pol > 0.5 and 0.5 < subj <= 1.0
    pol, _ = sentiment.polarity_subjectivity("It was a terrible, awful decision.")
    assert pol < -0.5
    assert sentiment.polarity_subjectivity("The meeting is on Tuesday.") == (0.0, 0.0)


def test_every_sentence_of_headline_and_body_is_scored(seed_article):
    sents = seed_article.sentences
    assert sents, "the seed has sentences"
    # The headline is a sentence of its own, and so is every body sentence.
    assert seed_article.title and sents[0].text in seed_article.title
    for s in sents:
        assert seed_article.text[s.start : s.end] == s.text
        assert -1.0 <= s.polarity <= 1.0 and 0.0 <= s.subjectivity <= 1.0
        assert s.label in SENTIMENT_LABELS
        assert s.label == sentiment.label_for(s.polarity)
        assert (s.polarity, s.subjectivity) == sentiment.polarity_subjectivity(s.text)
