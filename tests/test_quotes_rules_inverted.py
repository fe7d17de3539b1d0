"""Quote attribution, thirty-second session: a reporting verb set off by commas inside a sentence with
a name right after it ("The problem they face, said Shailendra Jain, head of Adamind, is ...") is the
name's, not the fronted words'; the sentence is the reported speech. A participle said of what someone
is optimistic about ("said it was optimistic about prospects for its products saying that ...") is
that someone's. Small articles written here, with guards."""

from __future__ import annotations

import pytest

from tests.test_speakers import _article, _speaker


def _credited(a, start: str) -> str | None:
    found = [q for q in a.quotes if q.text.startswith(start)]
    assert found, f"{start!r} not among {[q.text[:30] for q in a.quotes]}"
    return found[0].speaker


def test_a_fronted_phrase_before_an_inverted_cue_is_not_the_speaker():
    a = _article(
        "Phone firms want more cash from messages. The problem they face, said Asha Patel, head of "
        "messaging firm Textly, is teaching people how to send them."
    )
    assert _credited(a, "The problem they face") == "Asha Patel"
    assert {s.name for s in a.speakers} == {"Asha Patel"}
    assert _speaker(a, "Asha Patel").role.startswith("head of messaging firm")


def test_a_partial_quote_after_an_inverted_cue():
    a = _article(
        "The currency fell again on Monday. The ministers' comments, said Ken Ito of Nomura in Tokyo, "
        'were "too weak to move the market".'
    )
    assert _credited(a, "too weak to move the market") == "Ken Ito"


@pytest.mark.parametrize("title", ["Mr ", "Prof ", ""])
def test_an_inverted_cue_set_off_as_a_parenthesis(title: str):
    a = _article(f"Voters were tired of the race. The tone of the campaign, said {title}Tom Brand, would be positive.")
    assert _credited(a, "The tone of the campaign") in {"Tom Brand", "Brand"}


def test_an_uninverted_cue_keeps_its_subject():
    a = _article("The row went on all week. The company said Tom Brand, the chairman, was wrong to resign.")
    assert _credited(a, "Tom Brand, the chairman, was wrong") == "The company"


def test_a_participle_said_of_what_someone_is_optimistic_about():
    a = _article(
        "Sales of diet foods fell last year. But Acme said it was optimistic about prospects for its "
        "slimming products saying that demand for rival diets is on the wane."
    )
    assert _credited(a, "demand for rival diets") == "Acme"


@pytest.mark.parametrize(
    "sentence",
    [
        "Jeffrey Stone, the show's co-producer, said Connick was a wonderful singer.",
        "Although details were scant, Mr Stone, said IE7 would include new protections.",
    ],
)
def test_a_name_before_the_cue_keeps_the_quote(sentence: str):
    a = _article(f"The show opens next week on Broadway. {sentence}")
    assert [q.speaker for q in a.quotes] in (["Jeffrey Stone"], ["Mr Stone"], ["Stone"])


def test_an_inverted_cue_ending_the_sentence_leaves_the_name_out_of_the_words():
    a = _article(
        "Voters rejected the treaty on Sunday. The rejection signals the end of the union, said Tom Brand, "
        "founder of the Party for Freedom."
    )
    assert [(q.text, q.speaker) for q in a.quotes if q.kind == "indirect"] == [
        ("The rejection signals the end of the union", "Tom Brand")
    ]
