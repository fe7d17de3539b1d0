"""A quoted stretch and what the attribution rules found for it (``_Found``), and the parsed
article with the indexes every rule reads (``_Article``).

Moved out of ``attribution`` unchanged; see its docstring for the rules."""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from analysis.extract.quotes.marks import Stretch
from analysis.extract.quotes.speakers import SpeakerName, Speakers


@dataclass(slots=True)
class _Found:
    """A quoted stretch and what the rules found for it."""

    stretch: Stretch
    first: int  # first token inside the quote
    last: int  # one past the last token inside the quote
    kind: str
    cue: Token | None = None
    subject: Token | None = None
    speaker: SpeakerName | None = None
    cue_text: str | None = None
    #: how the speaker was found: "verb", "lead-in", "split", "floating"
    how: str | None = None
    #: written like a title (every main word capitalised): “Meet the Press”
    title: bool = False
    #: a name, term or scare quote, or words on display (``terms``): nobody's speech
    term: bool = False


class _Article:
    """The parsed article with the indexes every rule needs, built once."""

    def __init__(self, doc: Doc, text: str, speakers: Speakers) -> None:
        scan = speakers.scan
        self.doc, self.text, self.ix, self.speakers = doc, text, scan.index, speakers
        self.paragraphs = scan.paragraphs
        self.para_starts = [a for a, _ in self.paragraphs]
        # Quote number of each token inside a quote, -1 outside; -2 for the marks themselves.
        self.quote_of = scan.quote_of

    def tokens(self, start: int, end: int) -> tuple[int, int]:
        return self.ix.tokens(start, end)

    def token_at(self, pos: int) -> int | None:
        return self.ix.token_at(pos)

    def paragraph(self, pos: int) -> int:
        return max(bisect.bisect_right(self.para_starts, pos) - 1, 0)

    def outside(self, tok: Token) -> bool:
        return self.quote_of[tok.i] == -1
