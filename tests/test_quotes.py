"""Quotes and speakers: the seed's figures, one small article per quote pattern, the quote-mark
scanner on its own, and the cost on long articles."""

from __future__ import annotations

import time

import pytest
import spacy

from analysis import Article, analyze, read_bytes
from analysis.extract.quotes import extract
from analysis.extract.quotes.marks import find_stretches, paragraph_spans
from analysis.records import QUOTE_KINDS


def _analyze(body: str, headline: str = "City budget row") -> Article:
    return analyze(read_bytes("test.txt", f"{headline}\n\n{body}\n".encode()))


def _quote(art: Article, words: str):
    """The direct or partial quote whose text starts with ``words``."""
    found = [q for q in art.quotes if q.kind != "indirect" and q.text.startswith(words)]
    assert len(found) == 1, [q.text for q in art.quotes]
    return found[0]


def _attached(art: Article, q) -> str:
    assert q.speaker_start is not None and q.speaker_end is not None
    return art.text[q.speaker_start : q.speaker_end]


MAYOR = "Maria Lopez, the mayor of Springfield, presented the budget on Monday."


# --- the seed ---------------------------------------------------------------------------------


def test_seed_has_eleven_quoted_stretches_all_by_khan(seed_article: Article) -> None:
    quoted = [q for q in seed_article.quotes if q.kind in ("direct", "partial")]
    assert len(quoted) == 11
    assert {q.speaker for q in quoted} == {"Shafqat Ali Khan"}
    assert sum(q.kind == "direct" for q in quoted) == 9
    partial = sorted(q.text.rstrip(".") for q in quoted if q.kind == "partial")
    assert partial == ["illegal foreigners", "visible and verifiable"]


def test_seed_quotes_are_sliced_from_the_text(seed_article: Article) -> None:
    for q in seed_article.quotes:
        assert q.kind in QUOTE_KINDS
        assert seed_article.text[q.start : q.end] == q.text
        assert q.text.strip() and q.text[0] not in '“”"'
    first = _quote(seed_article, "They reaffirmed")
    assert first.cue == "told" and _attached(seed_article, first) == "Khan"
    # "he said" is attached to "he", which stands for Khan.
    core = _quote(seed_article, "This is the core issue")
    assert _attached(seed_article, core) == "he" and core.speaker == "Shafqat Ali Khan"


def test_seed_has_no_direct_quote_for_anyone_else(seed_article: Article) -> None:
    others = [q for q in seed_article.quotes if q.kind == "direct" and q.speaker != "Shafqat Ali Khan"]
    assert others == []


# --- one article per pattern ------------------------------------------------------------------


def test_speaker_before_with_colon() -> None:
    art = _analyze(f"{MAYOR}\n\nLopez said: “We will not cut the library budget.”")
    q = _quote(art, "We will not cut")
    assert (q.kind, q.speaker, q.cue) == ("direct", "Maria Lopez", "said")
    assert _attached(art, q) == "Lopez"


def test_speaker_after_the_quote() -> None:
    art = _analyze(f"{MAYOR}\n\n“We will not cut the library budget,” Lopez told reporters.")
    q = _quote(art, "We will not cut")
    assert (q.kind, q.speaker, q.cue) == ("direct", "Maria Lopez", "told")
    assert q.text.endswith("budget,")


def test_said_before_the_name() -> None:
    art = _analyze("“The numbers simply do not add up,” said Robert Chen, a council member.")
    q = _quote(art, "The numbers")
    assert (q.speaker, q.cue) == ("Robert Chen", "said")
    assert _attached(art, q) == "Robert Chen"


def test_pronoun_is_resolved_to_the_person() -> None:
    art = _analyze(f"{MAYOR}\n\n“The budget is balanced for the first time in years,” she said.")
    q = _quote(art, "The budget is balanced")
    assert _attached(art, q) == "she"
    assert q.speaker == "Maria Lopez"


def test_pronoun_follows_the_subject_not_the_last_name() -> None:
    body = (
        "Robert Chen, a council member, praised Governor Anne Miller at the meeting.\n\n"
        "“The state has been a good partner,” he said."
    )
    q = _quote(_analyze(body), "The state has been")
    assert q.speaker == "Robert Chen"


def test_floating_paragraph_continues_the_speaker() -> None:
    body = (
        f"{MAYOR}\n\n“We will not cut the library budget,” Lopez said.\n\n"
        "“Every branch stays open on Saturdays, and that is a promise.”"
    )
    q = _quote(_analyze(body), "Every branch")
    assert q.speaker == "Maria Lopez"


def test_floating_paragraph_needs_a_quote_before_it() -> None:
    body = f"{MAYOR}\n\nThe council meets again in March.\n\n“Every branch stays open on Saturdays.”"
    assert _quote(_analyze(body), "Every branch").speaker is None


def test_multi_paragraph_quote_is_one_quote() -> None:
    body = (
        f"{MAYOR}\n\nLopez said: “The library budget stays as it is this year.\n\n"
        "“Next year we will look again at every line of it.”\n\nThe council did not vote."
    )
    art = _analyze(body)
    q = _quote(art, "The library budget")
    assert q.text.endswith("every line of it.")
    assert "\n\n“Next year" in q.text
    assert q.speaker == "Maria Lopez"
    assert not any(x.text.startswith("Next year") for x in art.quotes)


def test_split_quote_gives_both_parts_the_same_speaker() -> None:
    body = f"{MAYOR}\n\n“We will not cut the library budget,” she said. “Not this year, and not next year.”"
    art = _analyze(body)
    first, second = _quote(art, "We will not"), _quote(art, "Not this year")
    assert first.speaker == second.speaker == "Maria Lopez"
    assert second.kind == "direct"


def test_statement_before_its_attribution_in_the_same_paragraph() -> None:
    body = f"{MAYOR}\n\n“The books are closed.” “We will not reopen them,” Lopez said."
    q = _quote(_analyze(body), "The books are closed")
    assert q.speaker == "Maria Lopez"


def test_partial_quote_inside_reported_speech() -> None:
    body = f"{MAYOR}\n\nLopez called the state plan “a disaster for small towns” during the meeting."
    q = _quote(_analyze(body), "a disaster")
    assert (q.kind, q.speaker, q.cue) == ("partial", "Maria Lopez", "called")


def test_partial_quote_in_a_participle_clause() -> None:
    body = f"{MAYOR}\n\nLopez defended the cuts, saying they were “painful but necessary.”"
    q = _quote(_analyze(body), "painful")
    assert (q.kind, q.speaker) == ("partial", "Maria Lopez")


def test_quote_signed_by_the_next_paragraph() -> None:
    body = f"{MAYOR}\n\n“A budget is a moral document.”\n\n— Maria Lopez.\n\nThe council did not vote."
    q = _quote(_analyze(body), "A budget is")
    assert q.speaker == "Maria Lopez"


@pytest.mark.parametrize(
    "lead",
    [
        "Lopez said in a statement on Tuesday. ",
        "Lopez said the plan would pass. ",
        "The plan will pass next week, Lopez said.\n\n",
    ],
)
def test_statement_after_a_sentence_that_introduces_it(lead: str) -> None:
    q = _quote(_analyze(f"{MAYOR}\n\n{lead}“Every branch stays open on Saturdays.”"), "Every branch")
    assert q.speaker == "Maria Lopez"


def test_statement_a_paragraph_after_reported_speech_is_not_credited() -> None:
    body = f"{MAYOR}\n\nLopez said the plan would pass.\n\n“Every branch stays open on Saturdays.”"
    assert _quote(_analyze(body), "Every branch").speaker is None


def test_quotes_signed_on_their_own_line() -> None:
    body = (
        "Readers wrote in after the debate.\n\n"
        "“He never answered a single question.” ― Maria Lopez\n"
        "“The moderators did their job.” ― Jo Q. Barnaby."
    )
    art = _analyze(body)
    assert _quote(art, "He never").speaker == "Maria Lopez"
    assert _quote(art, "The moderators").speaker == "Jo Q. Barnaby"


def test_statement_after_a_colon_without_a_reporting_verb() -> None:
    art = _analyze(f"{MAYOR}\n\nShe went on: “Every branch stays open on Saturdays.”")
    q = _quote(art, "Every branch")
    assert (q.speaker, _attached(art, q)) == ("Maria Lopez", "She")


def test_indirect_said_that() -> None:
    art = _analyze(f"{MAYOR}\n\nLopez said that the library would stay open on weekends.")
    (q,) = [q for q in art.quotes if q.kind == "indirect" and q.cue == "said" and "library" in q.text]
    assert q.text == "the library would stay open on weekends"
    assert art.text[q.start : q.end] == q.text
    assert q.speaker == "Maria Lopez"


def test_indirect_according_to() -> None:
    art = _analyze(f"{MAYOR}\n\nAccording to Lopez, the library will stay open on weekends.")
    (q,) = [q for q in art.quotes if q.cue == "according to"]
    assert q.kind == "indirect"
    assert q.text == "the library will stay open on weekends"
    assert q.speaker == "Maria Lopez"


def test_scare_quotes_and_titles_count_for_no_speaker() -> None:
    body = (
        "The so-called “experts” were not invited to the meeting in Springfield.\n\n"
        "Maria Lopez said on “Meet the Press” that the budget was balanced."
    )
    art = _analyze(body)
    assert _quote(art, "experts").speaker is None
    assert _quote(art, "Meet the Press").speaker is None


def test_no_speaker_for_a_quote_between_unrelated_sentences() -> None:
    body = f"{MAYOR}\n\nThe mural shows the words “Welcome home” in large letters.\n\nThe council did not vote."
    assert _quote(_analyze(body), "Welcome home").speaker is None


def test_straight_marks_work_like_curly_ones() -> None:
    body = f'{MAYOR}\n\n"We will not cut the library budget," Lopez said. "Not this year."'
    art = _analyze(body)
    assert _quote(art, "We will not").speaker == "Maria Lopez"
    assert _quote(art, "Not this year").speaker == "Maria Lopez"


def test_speaker_that_is_no_entity_keeps_its_own_words() -> None:
    art = _analyze("“The road will reopen on Friday,” a city spokesman said.")
    q = _quote(art, "The road")
    assert q.speaker == "a city spokesman"
    assert _attached(art, q) == "a city spokesman"


# --- the quote-mark scanner -------------------------------------------------------------------


def _texts(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_stretches(text)]


def test_marks_pair_by_context_not_by_shape() -> None:
    # A straight close after a curly open, and a curly open used as a close.
    assert _texts('He said “yes" and left.') == ["yes"]
    assert _texts("The site “Cape Breton If Trump Wins“ went live.") == ["Cape Breton If Trump Wins"]
    assert _texts("Ryan said,“Look at this,” and smiled.") == ["Look at this,"]


def test_unclosed_quote_ends_with_its_paragraph() -> None:
    text = "“This never closes.\n\nA new paragraph that is not a quote."
    assert _texts(text) == ["This never closes."]


def test_reopened_paragraph_continues_the_quote() -> None:
    text = "“First part.\n\n“Second part.”\n\nAfter."
    (s,) = find_stretches(text)
    assert text[s.start : s.end] == "First part.\n\n“Second part."
    assert s.multi_paragraph


def test_paragraphs_end_at_blank_lines_and_at_line_breaks_after_a_sentence() -> None:
    text = "Head\n\nOne line.\nTwo “quote\nwrapped here” end.\n\n  Three\n"
    assert [text[a:b] for a, b in paragraph_spans(text)] == [
        "Head",
        "One line.",
        "Two “quote\nwrapped here” end.",
        "Three",
    ]
    assert _texts(text) == ["quote\nwrapped here"]


def test_marks_inside_html_tags_are_not_quotes() -> None:
    assert _texts('<a href="http://x.org/a">link</a> and “words”') == ["words"]


def test_apostrophes_are_not_quotes() -> None:
    assert _texts("It’s the senator’s plan, isn't it?") == []


# --- cost -------------------------------------------------------------------------------------


def test_scanner_is_linear_on_a_very_long_text() -> None:
    para = "“A short statement,” the official said. The “so-called” plan was shelved.\n\n"
    text = para * (20_000_000 // len(para))
    start = time.perf_counter()
    stretches = find_stretches(text)
    assert len(stretches) == 2 * text.count(para)
    assert time.perf_counter() - start < 60


def test_extract_is_linear_in_article_length() -> None:
    """Without a model (no parse), the rules still visit every quote; 20 times the text must cost
    about 20 times the time, not 400."""
    nlp = spacy.blank("en")
    para = (
        "“We will not cut the budget,” Lopez said. She called it “a promise.” "
        "According to officials, the plan stays.\n\n"
    )
    timings = []
    for size in (10_000, 200_000):
        text = para * (size // len(para))
        doc = nlp.make_doc(text)
        start = time.perf_counter()
        quotes = extract(doc, text, [])
        timings.append(time.perf_counter() - start)
        assert all(text[q.start : q.end] == q.text for q in quotes)
        assert sum(q.kind != "indirect" for q in quotes) == 2 * text.count(para)
    assert timings[1] < 60 * timings[0] + 1.0


def test_analyze_takes_plain_text_too():
    from analysis import analyze
    from analysis.inputs.raw import UnreadableInput

    a = analyze("Strike talks fail\r\n\r\n“We will not pay,” said union leader Ann Lee.\r\n")
    assert a.title == "Strike talks fail" and "\r" not in a.text
    assert [(q.text, q.speaker) for q in a.quotes] == [("We will not pay,", "Ann Lee")]
    with pytest.raises(UnreadableInput, match="white space"):
        analyze("  \n ")
