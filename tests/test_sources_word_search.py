"""The name searches that compile no pattern find exactly what ``re.finditer`` finds with the pattern."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from analysis.extract.sources.words import occurrences, occurrences_then

# small alphabets, so that words recur, touch each other and meet every kind of boundary
TEXT = st.text(alphabet="ab _-.'’é1\n", max_size=40)
WORD = st.text(alphabet="ab _-.'é", min_size=1, max_size=4)
TAIL = re.compile(r"((?:\s+[a-z][\w-]*){1,2})")


@given(TEXT, WORD)
def test_occurrences_are_re_finditers(text: str, word: str) -> None:
    escaped = re.escape(word)
    assert occurrences(text, word) == [m.start() for m in re.finditer(escaped, text)]
    assert occurrences(text, word, before=True, after=True) == [m.start() for m in re.finditer(rf"\b{escaped}\b", text)]
    assert occurrences(text, word, before=True) == [m.start() for m in re.finditer(rf"\b{escaped}", text)]


@given(TEXT, WORD)
def test_occurrences_then_are_re_finditers(text: str, word: str) -> None:
    want = [(m.start(), m.group(0), m.group(1)) for m in re.finditer(rf"\b{re.escape(word)}{TAIL.pattern}", text)]
    got = [(at, text[at : m.end()], m.group(1)) for at, m in occurrences_then(text, word, TAIL)]
    assert got == want


def test_examples():
    text = "Sun Microsystems and Sun said; the Fiat conglomerate and Fiat."
    assert occurrences(text, "Sun", before=True, after=True) == [0, 21]
    assert [
        text[at : m.end()] for at, m in occurrences_then(text, "Sun", re.compile(r"(?:\s+[A-Z][\w&.-]*){1,3}"))
    ] == ["Sun Microsystems"]
    assert [m.group(1) for _, m in occurrences_then(text, "Fiat", TAIL)] == [" conglomerate and"]
