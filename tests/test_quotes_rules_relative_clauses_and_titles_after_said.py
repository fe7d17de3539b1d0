"""Quote attribution, fiftieth session: a relative clause with no comma inside the speaker's noun phrase
("A spokesperson who did not wish to be named because of agency policy said ...") whose last words the
parse makes a second subject of the verb stays the head noun's; and a lower-case description before a
name after an inverted cue ("..., said study co-author Anezina Solomonidou, a ...") gives the name, with
the description as the role. Small articles written here, with guards."""

from __future__ import annotations

import pytest

from tests.test_quotes_rules_inverted import _credited
from tests.test_speakers import _article, _speaker


def test_a_relative_clause_ending_in_a_noun_before_said():
    a = _article(
        "The agency did not accept the offer. A spokesperson who did not wish to be named because of "
        "agency policy said in a statement that the agency never has administered vaccines."
    )
    assert _credited(a, "the agency never has administered vaccines") == "A spokesperson"
    assert {s.name for s in a.speakers} == {"A spokesperson"}


@pytest.mark.parametrize(
    ("subject", "speaker"),
    [
        ("A spokesman who declined to be named because of company rules", "A spokesman"),
        ("A spokeswoman who asked not to be named because of ministry policy", "A spokeswoman"),
        ("An official who asked not to be identified because of the sensitivity of the talks", "An official"),
        ("A source who was not authorized to speak publicly", "A source"),
        ("A man who lost his home in the fire", "A man"),
        ("The officer, who spoke on condition of anonymity because of department rules,", "The officer"),
    ],
)
def test_the_head_of_a_relative_clause_speaks(subject: str, speaker: str):
    a = _article(f"The talks stalled on Monday. {subject} said the deal was off.")
    assert _credited(a, "the deal was off") == speaker


def test_a_subject_after_a_comma_is_the_verbs_own():
    # guard: "police" stands after the relative clause's comma, and says it
    a = _article("The case is closed. The driver, who was 45, police said, had been drinking before the crash.")
    assert all(q.speaker != "The driver" for q in a.quotes)


@pytest.mark.parametrize("name", ["Anezina Solomonidou", "Jane Smith"])
def test_a_hyphenated_description_before_a_name_after_said(name: str):
    a = _article(
        "Rainfall occurs everywhere on Titan, but the equatorial regions are drier than the poles, said "
        f"study co-author {name}, a European Space Agency research fellow."
    )
    assert _credited(a, "Rainfall occurs everywhere on Titan") == name
    assert _speaker(a, name).role == "study co-author"


@pytest.mark.parametrize(
    ("words", "name", "role"),
    [
        ("co-author", "Jane Smith", "co-author"),
        ("lead researcher", "Lucas Paganini", "lead researcher"),
        ("team spokesman", "John Doe", "team spokesman"),
        ("senior analyst", "Mary Jones", "senior analyst"),
    ],
)
def test_a_description_before_a_name_after_said(words: str, name: str, role: str):
    a = _article(f"The comet is brighter than expected, said {words} {name}.")
    assert _credited(a, "The comet is brighter than expected") == name
    assert _speaker(a, name).role == role


def test_a_description_alone_after_said_stays_the_speaker():
    a = _article("Rainfall occurs everywhere on Titan, said a study co-author.")
    assert _credited(a, "Rainfall occurs everywhere on Titan") == "a study co-author"


def test_an_as_aside_inside_a_relative_clause_keeps_its_own_speaker():
    # (the corpus run found it: "as an American diplomat put it" inside Yanukovych's relative clause)
    a = _article(
        "President Viktor F. Yanukovych, who owed his election to, as an American diplomat put it, an "
        '"extreme makeover" that Mr. Manafort oversaw, bolted the country.'
    )
    assert _credited(a, "extreme makeover") == "an American diplomat"
