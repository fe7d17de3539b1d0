"""Two apostrophes standing as a double quotation mark (the New York Times's copy in news archives):
the quotes inside are found and credited like any other, and every offset stays the text's own."""

from __future__ import annotations

from analysis import analyze
from analysis.doc.quote_marks import doubled_apostrophes_as_marks
from analysis.inputs.raw import RawArticle

TEXT = (
    "Sanders defends his record\n\n"
    "''I would point out to you that I cast the correct vote,'' Mr. Sanders told CNN last year.\n\n"
    "''It has been a very successful strategy,'' said Tad Devine, a senior adviser. He can''t be sure.\n"
)


def test_the_view_keeps_the_length_and_writes_one_mark_for_each_pair():
    view = doubled_apostrophes_as_marks(TEXT)
    assert len(view) == len(TEXT)
    assert ' "I would point' in view and 'vote,"  Mr.' in view
    assert "can''t" in view  # a word on both sides: no quotation mark


def test_a_quote_in_doubled_apostrophes_is_found_and_credited():
    a = analyze(RawArticle(source="t.txt", text=TEXT))
    got = {(q.speaker, q.text) for q in a.quotes}
    assert ("Sanders", "I would point out to you that I cast the correct vote,") in got
    assert ("Tad Devine", "It has been a very successful strategy,") in got
    for q in a.quotes:
        assert a.text[q.start : q.end] == q.text  # offsets are the article's own


def test_text_without_doubled_apostrophes_is_unchanged():
    plain = 'He said "yes" and left. It\'s over.'
    assert doubled_apostrophes_as_marks(plain) is plain


def test_the_quote_rules_read_the_doubled_marks_around_a_quote_too():
    # a quote after its speaker's own sentence continues it; a colon before a quote introduces it
    # (both read the marks' surroundings, which hold two apostrophes in the article's text)
    a = analyze(
        RawArticle(
            source="t.txt",
            text=(
                "McIlroy wins\n\n"
                "\"I was happy to hang in until then,\" said McIlroy. ''I thought if I got lucky I would get close "
                "to the record.''\n\nMr. Rubio had a bad night. And Mr. Christie gloated: ''I told you he wouldn't "
                "be ready.''\n"
            ),
        )
    )
    got = {(q.kind, q.speaker, q.text) for q in a.quotes}
    assert ("direct", "McIlroy", "I thought if I got lucky I would get close to the record.") in got
    assert ("direct", "Christie", "I told you he wouldn't be ready.") in got


def test_a_sentence_keeps_both_apostrophes_of_a_pair_read_as_one_mark():
    # the view writes the pair as a mark and a space; the sentence still holds the article's two apostrophes
    for text in ("0''", "''Hi there,'' he said."):
        a = analyze(RawArticle(source="t.txt", text=text))
        assert [s.text for s in a.sentences] == [text]


def test_three_apostrophes_after_a_full_stop_give_no_overlapping_sentence():
    # found by the property test on a clean clone: ".'''" let a second sentence take the pair the first took
    text = ", she told reporters.'''\n"
    art = analyze(RawArticle(source="t", text=text))
    spans = [(s.start, s.end) for s in art.sentences]
    assert all(a < b for a, b in spans)
    assert all(spans[i][1] <= spans[i + 1][0] for i in range(len(spans) - 1))
    assert all(0 <= m.sentence < len(art.sentences) for m in art.mentions)
