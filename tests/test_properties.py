"""Properties over arbitrary Unicode and random quote-mark placement (hypothesis)."""

from __future__ import annotations

import string

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis import analyze
from analysis.corpus.tables import to_tables
from analysis.doc.casing import analysis_view
from analysis.doc.quality import blank_markup
from analysis.inputs.layout import parse_layout
from analysis.inputs.raw import RawArticle
from dashboard.aggregate import speaker_kinds

MARKS = ["\u201c", "\u201d", '"', "\u2018", "\u2019", "'", "\u00ab", "\u00bb", "\u201e"]
PIECES = [
    "\n",
    "\n\n",
    " ",
    ", ",
    ". ",
    " said Ann Lee. ",
    "He said: ",
    ", she told reporters.",
    " according to officials",
    "Mr. Bo Chan",
    "The Mayor of Springfield",
    "ISLAMABAD \u2014 ",
    "<b>",
    "</b>",
    "https://x.test/a?b=1",
]
words = st.text(alphabet=string.ascii_letters + "  ", min_size=1, max_size=25)
texts = st.lists(
    st.one_of(
        st.text(max_size=20), words, words, st.sampled_from(MARKS), st.sampled_from(MARKS), st.sampled_from(PIECES)
    ),
    max_size=50,
).map("".join)

PROPS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _analyse(text: str):
    return analyze(RawArticle(source="prop.txt", text=text))


@PROPS
@given(texts)
def test_offsets_lie_inside_the_text_and_slice_to_the_stored_words(text):
    art = _analyse(text)
    for rec in (*art.sentences, *art.mentions, *art.quotes):
        assert 0 <= rec.start <= rec.end <= len(text)
        assert text[rec.start : rec.end] == rec.text
    for q in art.quotes:
        if q.speaker_start is not None:
            assert 0 <= q.speaker_start < q.speaker_end <= len(text)
    for m in art.mentions:
        assert 0 <= m.sentence < len(art.sentences)


@PROPS
@given(texts)
def test_sentences_cover_the_body_in_order_without_overlap(text):
    art = _analyse(text)
    spans = [(s.start, s.end) for s in art.sentences]
    assert [s.index for s in art.sentences] == list(range(len(spans)))
    assert all(a < b for a, b in spans)
    assert all(spans[i][1] <= spans[i + 1][0] for i in range(len(spans) - 1))
    # The body is what the analysis reads: the text less its tag line and HTML tags (blanked).
    body, _ = blank_markup(analysis_view(text, parse_layout(text)))
    covered = bytearray(len(text))
    for a, b in spans:
        covered[a:b] = b"\x01" * (b - a)
    for i, ch in enumerate(body):
        if not ch.isspace():
            assert covered[i], (i, ch, text)


@PROPS
@given(texts)
def test_per_speaker_counts_add_up_to_the_attributed_quotes(text):
    art = _analyse(text)
    tables = to_tables([art])
    kinds = speaker_kinds(tables)
    attributed = [q for q in art.quotes if q.speaker]
    # quotes with no speaker found take no place in the ranking
    assert int(kinds["quotes"].sum()) == len(attributed) if not kinds.empty else not attributed
    named = kinds[kinds["speaker"].isin({q.speaker for q in attributed})]
    assert int(named["quotes"].sum()) == len(attributed)
    for speaker in {q.speaker for q in attributed}:
        assert int(named.loc[named["speaker"] == speaker, "quotes"].sum()) == sum(
            q.speaker == speaker for q in attributed
        )


@settings(max_examples=60, deadline=None)
@given(texts)
def test_the_same_text_twice_gives_the_same_result(text):
    assert _analyse(text) == _analyse(text)
