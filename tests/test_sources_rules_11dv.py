"""Quote attribution, thirty-second session (11dv): "according to X" between a sentence's opening noun
phrase and its verb reports the whole sentence. Small articles written here, with a guard."""

from __future__ import annotations

import pytest

from tests.test_quotes_rules_inverted import _credited
from tests.test_speakers import _article

CASES = [
    # "according to X" set off between the subject and its verb: the whole sentence is X's
    (
        "Party members met in Leeds. The trouble, according to Mr Dale, is not the war but the leader.",
        "The trouble, according to Mr Dale",
        {"Dale"},
    ),
    # guard: after a clause, "according to X" keeps the rest
    (
        "Prices rose last month and, according to analysts at Acme Bank, will rise again next year.",
        "will rise again next year",
        {"analysts at Acme Bank"},
    ),
]


@pytest.mark.parametrize(("text", "start", "speakers"), CASES)
def test_credited_to_who_can_speak(text: str, start: str, speakers: set[str]):
    assert _credited(_article(text), start) in speakers
