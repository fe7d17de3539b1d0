"""Decoding bytes and finding the parts of an article (tags, headline, dateline, body)."""

from __future__ import annotations

import pytest

from analysis.inputs.decoding import decode, read_bytes
from analysis.inputs.layout import parse_layout, split_topics
from analysis.inputs.raw import UnreadableInput

SEED_LIKE = (
    "Afghanistan South\u00a0Asia\n\nChina, Pakistan agree, Official says\n\nISLAMABAD — China and Pakistan agreed.\n"
)


def test_seed_layout_tags_headline_dateline():
    lay = parse_layout(SEED_LIKE)
    assert lay.topics == ["Afghanistan", "South Asia"]
    assert lay.title == "China, Pakistan agree, Official says"
    assert lay.dateline == "Islamabad"
    a, b = lay.dateline_span
    assert SEED_LIKE[a:b] == "ISLAMABAD"


def test_plain_layout_headline_is_never_a_tag_line():
    bbc = "Ad sales boost Time Warner profit\n\nQuarterly profits at US media giant TimeWarner jumped 76%.\n\nMore."
    lay = parse_layout(bbc)
    assert lay.topics == [] and lay.tag_span is None
    assert lay.title == "Ad sales boost Time Warner profit"
    # A title-case headline followed by a body paragraph is still a headline.
    title_case = "Blair Backs Brown Plan\n\nThe prime minister said on Monday that he backed the plan.\n\nMore text."
    lay = parse_layout(title_case)
    assert lay.topics == [] and lay.title == "Blair Backs Brown Plan"


def test_headline_on_line_one_then_body_without_blank_line():
    lay = parse_layout("Stealth Over Health: a headline.\nThe body starts here. And goes on.")
    assert lay.title == "Stealth Over Health: a headline."
    assert lay.topics == []


@pytest.mark.parametrize(
    ("line", "topics"),
    [
        ("Afghanistan South\u00a0Asia", ["Afghanistan", "South Asia"]),
        ("Politics, Middle East", ["Politics", "Middle East"]),
        ("Sport", ["Sport"]),
    ],
)
def test_split_topics(line, topics):
    assert split_topics(line) == topics


def test_datelines_of_several_shapes():
    for text, place in [
        ("Head\n\nNEW YORK (Reuters) - Stocks rose.", "New York"),
        ("Head\n\nKABUL, Afghanistan — Talks began.", "Kabul"),
        ("Head\n\nWASHINGTON -- The vote failed.", "Washington"),
    ]:
        assert parse_layout(text).dateline == place
    assert parse_layout("Head\n\nThe US - and others - agreed.").dateline is None


def test_decode_encodings():
    text = "Café “quoted” — déjà vu\n"
    assert decode(text.encode("utf-8")) == (text, [])
    assert decode(b"\xef\xbb\xbf" + text.encode("utf-8")) == (text, [])
    assert decode(text.encode("utf-16")) == (text, [])  # with BOM
    decoded, warnings = decode(text.encode("cp1252"))
    assert decoded == text and warnings and "cp1252" in warnings[0]


def test_newlines_are_normalised_like_python_text_reading():
    assert decode(b"a\r\nb\rc\n")[0] == "a\nb\nc\n"


def test_empty_and_blank_files_are_refused_with_a_reason():
    with pytest.raises(UnreadableInput, match="empty"):
        read_bytes("x.txt", b"")
    with pytest.raises(UnreadableInput, match="white space"):
        read_bytes("x.txt", b"  \n\t \n")


def test_content_id_is_stable_and_depends_on_text_only():
    a = read_bytes("a.txt", b"Head\n\nBody.")
    b = read_bytes("elsewhere/b.txt", b"Head\r\n\r\nBody.")
    assert a.id == b.id and len(a.id) == 16
