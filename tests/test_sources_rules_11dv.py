"""Quote attribution, thirty-second session (11dv): "according to X" between a sentence's opening noun
phrase and its verb reports the whole sentence; a participle the parse hangs on a thing that cannot
speak goes to who can (the subject of a relative clause, the one above a mute thing, the one named
after "despite"). Small articles written here, with guards that must not change."""

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
    # a participle on a relative clause with a subject of its own that may speak
    (
        "The row came on the day a new report was published by the Institute of Wages, suggesting that "
        "incomes have fallen.",
        "incomes have fallen",
        {"a new report"},
    ),
    # "despite X saying": X says it
    (
        "The party met on Monday. The news comes despite Mr Dale's allies saying they had enough support.",
        "they had enough support",
        {"Mr Dale's allies"},
    ),
    # a mute thing met above the cue gives way to a subject further up that may speak
    (
        "Traders are betting that the Acme government will allow the peso to fall despite saying they want "
        "a strong currency.",
        "they want a strong currency",
        {"Acme", "the Acme government"},
    ),
    # guards: after a clause, "according to X" keeps the rest; what someone acts on; a name beside a thing
    (
        "Prices rose last month and, according to analysts at Acme Bank, will rise again next year.",
        "will rise again next year",
        {"analysts at Acme Bank"},
    ),
    ("Unions criticised the possible move saying it would cost jobs.", "it would cost jobs", {"Unions"}),
    (
        "Voters are watching the race, while her main rival, Tom Brand, has soared in the polls by saying "
        "that the system is rigged.",
        "the system is rigged",
        {"Tom Brand", "Brand"},
    ),
]


@pytest.mark.parametrize(("text", "start", "speakers"), CASES)
def test_credited_to_who_can_speak(text: str, start: str, speakers: set[str]):
    assert _credited(_article(text), start) in speakers
