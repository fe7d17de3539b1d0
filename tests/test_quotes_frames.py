"""Quote speakers and terms (issue 16, fifth round): one short invented article per pattern found
in the development data (BBC batches 1-5 and the web set), each asserting the speaker of every
quote or that a term is nobody's."""

from __future__ import annotations

from tests.test_quotes_patterns import _analyze, _speakers


def test_judging_frames_with_as_credit_their_subject() -> None:
    art = _analyze(
        "The defence ministry accused the army of blocking the convoy.\n\n"
        'The Pentagon rejected these accusations as "patently false," and several analysts told '
        "reporters the claims were wrong.\n\n"
        'Marc Benson introduced Tim Cook to the audience as "someone who has redefined the job".\n\n'
        'Among those values is privacy, which Apple views as "a fundamental human right".'
    )
    assert _speakers(art) == {
        "patently false,": "Pentagon",
        "someone who has redefine": "Marc Benson",
        "a fundamental human righ": "Apple",
    }


def test_weighed_in_reports_words() -> None:
    art = _analyze(
        "Tim Cook and Marc Benson shared the stage on Tuesday.\n\n"
        '"We all miss Steve so much," Benson weighed in.\n\n'
        "The board weighed the options for a week."
    )
    assert _speakers(art) == {"We all miss Steve so muc": "Marc Benson"}


def test_continued_to_do_something_reports_no_words() -> None:
    art = _analyze(
        "The streaming service had a rocky first week.\n\n"
        'Disney\'s tech teams isolated the problem, Kevin Mayer said, and "patched" the software as '
        "the company continued to sign up subscribers.\n\n"
        '"We are pleased with the numbers," the company continued.'
    )
    speakers = _speakers(art)
    assert speakers["patched"] == "Kevin Mayer"
    assert speakers["We are pleased with the "] == "Disney"


def test_a_term_quoted_twice_is_nobodys() -> None:
    art = _analyze(
        "Worm writers are recruiting home computers, Mr Hogan said.\n\n"
        'Kevin Hogan said worm writers wanted PCs to take part in "bot nets" that send out spam. '
        'Thanks to these "bot nets", spam stayed a problem.'
    )
    assert [(q.text, q.speaker) for q in art.quotes if q.kind == "partial"] == [
        ("bot nets", None),
        ("bot nets", None),
    ]


def test_a_phrase_quoted_twice_after_a_naming_verb_stays_speech() -> None:
    art = _analyze(
        'Donald Trump called the former beauty queen "Miss Piggy" in the 1990s.\n\n'
        'The nickname "Miss Piggy" followed her for years.'
    )
    first, second = (q for q in art.quotes if q.kind == "partial")
    assert (first.text, first.speaker) == ("Miss Piggy", "Donald Trump")
    assert (second.text, second.speaker) == ("Miss Piggy", None)


def test_the_statement_goes_on_for_whoever_issued_it() -> None:
    art = _analyze(
        "Taylor Swift accused her former label of blocking her performance.\n\n"
        "The company flatly denied the allegations in a statement shared to its website.\n\n"
        '"We were shocked to see her statements yesterday," the statement read.\n\n'
        '"The truth is, we have honoured all of her requests," the statement continued.'
    )
    speakers = _speakers(art)
    assert speakers["We were shocked to see h"] == speakers["The truth is, we have ho"]
    art = _analyze(
        "Animal charities criticised the scheme on Monday.\n\n"
        'In a statement the RSPCA said it had "grave concerns" about remote hunting.\n\n'
        '"Animals hit but not killed would suffer," said the statement.'
    )
    assert _speakers(art) == {"grave concerns": "RSPCA", "Animals hit but not kill": "RSPCA"}


def test_a_described_organisation_is_the_one_whose_name_has_the_description() -> None:
    art = _analyze(
        "Dick Clark Productions denied that it had settled on an arrangement with the label.\n\n"
        '"At no time did we agree to a statement with Big Machine Label Group," the production '
        "company said in a separate statement."
    )
    assert _speakers(art) == {"At no time did we agree ": "Dick Clark Productions"}


def test_an_organisations_clipped_name_is_its_full_name() -> None:
    art = _analyze(
        "The US Federal Reserve raised interest rates for the fifth time this year.\n\n"
        '"Inflation and longer-term inflation expectations remain well contained," the Fed said.\n\n'
        "Shares in Foster's Group rose after the results.\n\n"
        '"We are pleased with the year," Foster said in a statement.'
    )
    assert _speakers(art)["Inflation and longer-ter"] == "US Federal Reserve"


def test_a_verb_opening_a_sentence_is_not_part_of_a_name() -> None:
    art = _analyze(
        "Apple chief executive Tim Cook spoke at the Dreamforce conference on Tuesday.\n\n"
        'Hosting Cook at Dreamforce "is our dream," Marc Benson said.\n\n'
        '"I can feel his presence when I come here," Cook said.\n\n'
        'Cook remembered Steve Jobs rehearsing there and "going way off script".'
    )
    assert _speakers(art) == {
        "is our dream,": "Marc Benson",
        "I can feel his presence ": "Tim Cook",
        "going way off script": "Tim Cook",
    }


def test_a_quote_ending_inside_a_quote_within_it_takes_the_verb_after() -> None:
    art = _analyze(
        "The political counselor was having lunch with the ambassador in Kyiv.\n\n"
        "\u201cI then heard President Trump ask, quote, \u2018So he\u2019s going to do the "
        "investigation?\u2019\u201d David Holmes testified."
    )
    assert _speakers(art) == {"I then heard President T": "David Holmes"}


def test_what_a_buzzword_or_slogan_is_is_a_word_shown() -> None:
    art = _analyze(
        "The portable technologies on show also reflected one of the buzzwords of the fair, which was "
        'the "time and place shifting" of multimedia content.\n\n'
        'The idea that the divide will close by itself is "wishful thinking", the report concludes.'
    )
    assert _speakers(art) == {"time and place shifting": None, "wishful thinking": "the report"}
