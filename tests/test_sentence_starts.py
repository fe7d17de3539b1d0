"""Sentence starts the pipeline forces (the headline, the body's first word) do not let the parser end a
sentence after the body's first word: "Chancellor | Gordon Brown has been given ..." lost the title, and
"Marion | Jones has filed ..." split a name across two sentences. The body's first sentence runs on over
the words of its line up to the first punctuation mark ("World and Commonwealth 100m | champion")."""

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
        (
            "Collins to compete in Birmingham",
            "World and Commonwealth 100m champion Kim Collins will compete in the 60m at the Grand Prix.",
        ),
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


def test_a_title_with_a_number_at_the_body_start_is_the_whole_title():
    a = analyze(
        "Collins to compete in Birmingham\n\nWorld and Commonwealth 100m champion Kim Collins will compete in "
        'the 60m at the Grand Prix in Birmingham.\n\n"I\'m looking forward to it," Collins said.'
    )
    collins = next(s for s in a.speakers if "Collins" in s.name)
    assert collins.role == "World and Commonwealth 100m champion"
    assert collins.role_group == "culture and sport"


def test_a_trade_after_the_title_line_is_the_persons_not_a_body():
    # "broadcaster" is also a word for a body ("the broadcaster said"); written as a title opening the
    # sentence before a person's name it says what the person is
    a = analyze(
        "Evans sells his past\n\nBroadcaster Chris Evans has begun selling his possessions from a stall in "
        'London.\n\n"It feels good," Evans said.'
    )
    evans = next(s for s in a.speakers if "Evans" in s.name)
    assert (evans.name, evans.kind, evans.role, evans.gender) == ("Chris Evans", "named person", "Broadcaster", "male")
