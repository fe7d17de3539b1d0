"""benchmarks/sources_retold.py: which articles of a part retell one an earlier part labelled."""

from __future__ import annotations

import importlib.util
from pathlib import Path

PATH = Path(__file__).resolve().parents[1] / "benchmarks" / "sources_retold.py"
spec = importlib.util.spec_from_file_location("sources_retold", PATH)
assert spec and spec.loader
sources_retold = importlib.util.module_from_spec(spec)
spec.loader.exec_module(sources_retold)

_STORY = (
    "The bank held interest rates at four point seven five per cent on Thursday, as most economists had "
    "expected, and said that consumer spending had slowed over the winter months."
)


def test_word_runs_are_eight_words_long_and_ignore_case_and_punctuation():
    runs = sources_retold.word_runs("One two three, four five six seven EIGHT nine.")
    assert runs == {
        ("one", "two", "three", "four", "five", "six", "seven", "eight"),
        ("two", "three", "four", "five", "six", "seven", "eight", "nine"),
    }
    assert sources_retold.word_runs("too short to hold a run") == set()


def test_a_retelling_is_found_only_against_earlier_parts():
    labels = [
        {"part": "tune", "path": "a.txt"},
        {"part": "fresh2", "path": "b.txt"},
        {"part": "fresh2", "path": "c.txt"},
        {"part": "fresh3", "path": "d.txt"},
    ]
    text_of = {
        "a.txt": _STORY,
        "b.txt": "Shares fell. " + _STORY,  # a new headline on the same story
        "c.txt": "A striker scored twice as the home side won the cup final in front of a record crowd at the ground.",
        "d.txt": _STORY,  # the same story again, in a later part
    }
    found = sources_retold.retold(["fresh2"], labels, text_of, 0.5)
    assert set(found) == {"b.txt"}
    share, earlier = found["b.txt"]
    assert earlier == "a.txt" and share > 0.8
    # a part's own articles and later parts' are not "earlier": tune's article retells nothing before it
    assert sources_retold.retold(["tune"], labels, text_of, 0.5) == {}
    assert set(sources_retold.retold(["fresh3"], labels, text_of, 0.5)) == {"d.txt"}
