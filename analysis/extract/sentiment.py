"""Sentence sentiment: TextBlob's pattern analyser (polarity -1..1, subjectivity 0..1) and a label.

Only TextBlob's pattern analyser (``PatternAnalyzer``) is used: it needs no NLTK corpora (its sentence splitter and
noun phrases would, and cannot be downloaded here). Sentences come from spaCy.
"""

from __future__ import annotations

from analysis.doc import pattern
from analysis.records import NEUTRAL_BAND, sentiment_label

__all__ = ["NEUTRAL_BAND", "label_for", "polarity_subjectivity"]


def polarity_subjectivity(text: str) -> tuple[float, float]:
    # The lexicon function PatternAnalyzer.analyze wraps: the same two numbers, without the
    # namedtuple class that analyze() builds (with eval) on every call - a third of its time.
    polarity, subjectivity = pattern.sentiment()(text)
    return round(float(polarity), 4), round(float(subjectivity), 4)


#: The one labelling rule (``records.sentiment_label``), under the name the extractors use.
label_for = sentiment_label
