"""Quoted stretches from quotation marks alone: no parse, one linear pass over the text.

News text is untidy about its marks, so each mark's role comes from what stands either side of
it, not from its shape alone (the way CommonMark reads emphasis):

* a mark *can open* when a word follows it and a space, a paragraph start or an opening bracket
  or dash precedes it; it *can close* when a word or punctuation precedes it and a space,
  punctuation or the end follows it. “ that can only close (``Wins“ that``) closes, ” that
  can only open opens, and " is whatever the pairing needs;
* a quote never crosses a paragraph break, except in the news convention for long quotes: the
  paragraph ends with the quote still open and the next paragraph reopens it. That is one quote
  over several paragraphs, ending at the first closing mark;
* a quote still open at the end of its paragraph, with no reopening, ends there (a closing mark
  left out by mistake);
* marks inside HTML tags left in the text (``<a href="...">``) are not quotation marks.

Only double marks count: single marks are far more often apostrophes, and a single-quoted
stretch inside a double-quoted one is part of that quote. Two apostrophes standing as one mark
(''like this'', news archives' copy of the New York Times) reach this pass as a double mark: the
analysis view rewrites them (``analysis.doc.quote_marks``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

from analysis.doc.docindex import DocIndex
from analysis.doc.nlp import view_of

OPENERS = "\u201c\u201e"  # “ „
CLOSERS = "\u201d"  # ”
AMBIGUOUS = '"'
MARKS = OPENERS + CLOSERS + AMBIGUOUS

_MARK = re.compile(f"[{MARKS}]")
# Paragraph breaks: a blank line, or a line break after the end of a sentence (web exports often
# separate paragraphs by one line break, some only in places); a line break inside a sentence, as
# in wrapped text, is none. In a text without blank lines every line break is one.
_BLANK_OR_SENTENCE_END = re.compile(r"[ \t\u00a0]*\n(?:[ \t\u00a0]*\n)+|(?<=[.!?:\u201d\"\u2019])[ \t\u00a0]*\n")
_LINE_BREAK = re.compile(r"\n+")
_TAG = re.compile(r"</?[A-Za-z][^<>\n]{0,500}>")
# What may stand right before an opening mark, besides white space: brackets, dashes, slashes.
_BEFORE_OPEN = set("([{\u2014\u2013-/\u2018'")
# What may stand right after a closing mark, besides white space: punctuation.
_AFTER_CLOSE = set(".,;:!?)]}\u2014\u2013-/\u2019'\u2026")


@dataclass(frozen=True, slots=True)
class Stretch:
    """The words between an opening and a closing mark (marks excluded)."""

    start: int
    end: int
    #: offset of the opening mark (start - 1)
    open_at: int
    #: offset of the closing mark, or None when the quote ran to the end of its paragraph
    close_at: int | None
    #: True when the quote runs over several paragraphs (the opening mark repeated)
    multi_paragraph: bool = False


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph, white space trimmed; see the breaks above."""
    breaks = _BLANK_OR_SENTENCE_END if re.search(r"\n[ \t\u00a0]*\n", text) else _LINE_BREAK
    out: list[tuple[int, int]] = []
    pos = 0
    for m in [*breaks.finditer(text), None]:
        end = m.start() if m else len(text)
        chunk = text[pos:end]
        stripped = chunk.strip()
        if stripped:
            a = pos + (len(chunk) - len(chunk.lstrip()))
            out.append((a, a + len(stripped)))
        pos = m.end() if m else end
    return out


def _can_open(text: str, i: int, para_start: int) -> bool:
    nxt = text[i + 1 : i + 2]
    if not nxt or nxt.isspace():
        return False
    if i == para_start:
        return True
    prev = text[i - 1]
    return prev.isspace() or prev in _BEFORE_OPEN or prev in MARKS


def _can_close(text: str, i: int, para_end: int, para_start: int) -> bool:
    if i == para_start:
        return False
    prev = text[i - 1]
    if prev.isspace() and not (i - 2 >= para_start and text[i - 2] in "'\u2019"):
        # A space before a closing mark only after a nested single quote: ``'above the law,' "``
        return False
    if i + 1 >= para_end:
        return True
    nxt = text[i + 1]
    return nxt.isspace() or nxt in _AFTER_CLOSE or nxt in MARKS


def _masked(text: str) -> set[int]:
    """Offsets of marks inside HTML tags."""
    out: set[int] = set()
    if "<" not in text:
        return out
    for m in _TAG.finditer(text):
        out.update(m.start() + k.start() for k in _MARK.finditer(m.group()))
    return out


def _roles(text: str, a: int, b: int, masked: set[int]) -> list[tuple[int, bool, bool]]:
    """(offset, can open, can close) for each quotation mark in the paragraph text[a:b]."""
    out = []
    for m in _MARK.finditer(text, a, b):
        i = m.start()
        if i in masked:
            continue
        ch = text[i]
        if ch in OPENERS:
            # “ opens unless it plainly ends a word: ``said,“Look`` and ``“ you`` open too.
            closes = _can_close(text, i, b, a) and not _can_open(text, i, a)
            opens = not closes
        elif ch in CLOSERS:
            opens = _can_open(text, i, a) and not _can_close(text, i, b, a)
            closes = not opens
        else:
            opens, closes = _can_open(text, i, a), _can_close(text, i, b, a)
        if opens or closes:
            out.append((i, opens, closes))
    return out


def find_stretches(text: str, paragraphs: list[tuple[int, int]] | None = None) -> list[Stretch]:
    """Every quoted stretch in reading order; linear in the length of the text. ``paragraphs``
    are ``paragraph_spans(text)`` when the caller has them already."""
    masked = _masked(text)
    paras = paragraph_spans(text) if paragraphs is None else paragraphs
    out: list[Stretch] = []
    # An open quote carried over from the previous paragraph: (open mark offset, start).
    carried: tuple[int, int] | None = None
    prev_end = 0
    for a, b in paras:
        roles = _roles(text, a, b, masked)
        open_at: int | None = None
        start = 0
        multi = False
        if carried is not None:
            # The previous paragraph left a quote open: this paragraph continues it only when
            # it starts by reopening it.
            if roles and roles[0][0] == a and roles[0][1]:
                open_at, start = carried
                multi = True
                roles = roles[1:]
            else:
                prev_open, prev_start = carried
                out.append(Stretch(prev_start, prev_end, prev_open, None))
            carried = None
        for i, opens, closes in roles:
            if open_at is None:
                if opens:
                    open_at, start, multi = i, i + 1, False
            elif closes:
                if text[start:i].strip():
                    out.append(Stretch(start, i, open_at, i, multi))
                open_at = None
        if open_at is not None:
            carried = (open_at, start)
        prev_end = b
    if carried is not None:
        out.append(Stretch(carried[1], prev_end, carried[0], None))
    return [s for s in out if s.end > s.start]


@dataclass(frozen=True, slots=True)
class QuoteScan:
    """An article's quote marks read once: its paragraphs, quoted stretches, and for each token the
    number of the stretch it lies in (-1 outside quotes, -2 for a mark itself)."""

    index: DocIndex
    paragraphs: list[tuple[int, int]]
    stretches: list[Stretch]
    quote_of: list[int]


def scan_quotes(doc: Doc, text: str) -> QuoteScan:
    ix = DocIndex(doc)
    # Marks and paragraphs are read from the analysis view (metadata and markup blanked, same
    # offsets); every string reported is sliced from the text.
    view = view_of(doc)
    if len(view) != len(text):
        view = text
    paragraphs = paragraph_spans(view)
    stretches = find_stretches(view, paragraphs)
    quote_of = [-1] * len(doc)
    for k, s in enumerate(stretches):
        i, j = ix.tokens(s.start, s.end)
        quote_of[i:j] = [k] * (j - i)
        for pos in (s.open_at, s.close_at):
            if pos is not None:
                t = ix.token_at(pos)
                if t is not None and quote_of[t] == -1:
                    quote_of[t] = -2
    return QuoteScan(ix, paragraphs, stretches, quote_of)
