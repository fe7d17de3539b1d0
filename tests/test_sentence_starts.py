"""Sentence starts the pipeline forces (the headline, the body's first word) do not let the parser end a
sentence after the body's first word: "Chancellor | Gordon Brown has been given ..." lost the title, and
"Marion | Jones has filed ..." split a name across two sentences."""

from __future__ import annotations

from analysis import analyze


def _sentences(text: str) -> list[str]:
    a = analyze(text)
    return [a.text[s.start : s.end] for s in a.sentences]


def test_the_body_opens_with_one_sentence_not_one_word():
    for headline, body in (
        ("Golden rule boost for Chancellor", "Chancellor Gordon Brown has been given a £2.1bn boost to his finances."),
        ("Jones files lawsuit against Conte", "Marion Jones has filed a lawsuit for defamation against Victor Conte."),
        ("Levy tipped for Whitbread prize", "Novelist Andrea Levy is favourite to win the main Whitbread prize."),
    ):
        sentences = _sentences(f"{headline}\n\n{body}\n\nThe decision is due on Monday.")
        assert sentences[0] == headline
        assert sentences[1] == body
        assert sentences[2] == "The decision is due on Monday."


def test_a_one_word_opening_with_its_own_stop_stays_a_sentence():
    sentences = _sentences('Vote row\n\nNo. "We will not vote," the party said.')
    assert sentences[1] == "No."


def test_a_title_at_the_body_start_is_the_role():
    a = analyze(
        "Levy tipped for Whitbread prize\n\nNovelist Andrea Levy is favourite to win the main Whitbread prize. "
        '"It is a great honour," Levy said.'
    )
    levy = next(s for s in a.speakers if "Levy" in s.name)
    assert levy.role == "Novelist"
    assert levy.role_group == "culture and sport"
