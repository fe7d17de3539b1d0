"""Per-token columns of a parsed Doc, read once as arrays.

Walking a Doc token by token creates a Python object per token, which for a long article costs
far more than the rules themselves. The quote and speaker rules read these columns instead and
only touch ``Token`` objects near quotes and reporting verbs.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable

import numpy as np
from spacy.attrs import IDX, LEMMA, LOWER, SENT_START
from spacy.tokens import Doc


class DocIndex:
    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        cols = doc.to_array([IDX, LEMMA, LOWER, SENT_START]) if len(doc) else np.zeros((0, 4), "uint64")
        self.idx: list[int] = cols[:, 0].tolist()
        self._lemma = cols[:, 1]
        self._lower = cols[:, 2]
        starts = cols[:, 3] == 1
        if len(doc):
            starts[0] = True
        #: sentence number of each token
        self.sent_of: list[int] = (np.cumsum(starts) - 1).tolist()
        #: first token of each sentence
        self.sent_first: list[int] = np.flatnonzero(starts).tolist()
        self.sent_start_char: list[int] = [self.idx[i] for i in self.sent_first]

    def tokens(self, start: int, end: int) -> tuple[int, int]:
        """Token range [i, j) of the tokens starting in [start, end)."""
        return bisect.bisect_left(self.idx, start), bisect.bisect_left(self.idx, end)

    def token_at(self, pos: int) -> int | None:
        """The token covering character ``pos``, if any."""
        i = bisect.bisect_right(self.idx, pos) - 1
        if i < 0:
            return None
        t = self.doc[i]
        return i if pos < t.idx + len(t) else None

    def token_before(self, pos: int) -> int:
        """The last token starting at or before ``pos`` (-1 if none)."""
        return bisect.bisect_right(self.idx, pos) - 1

    def _hashes(self, words: Iterable[str]) -> np.ndarray:
        strings = self.doc.vocab.strings
        return np.array([strings[w] for w in words], dtype="uint64")

    def with_lemma(self, lemmas: Iterable[str]) -> list[int]:
        """Token numbers whose lemma is one of ``lemmas`` (lower case)."""
        return np.flatnonzero(np.isin(self._lemma, self._hashes(lemmas))).tolist()

    def with_lower(self, words: Iterable[str]) -> list[int]:
        """Token numbers whose lower-cased text is one of ``words``."""
        return np.flatnonzero(np.isin(self._lower, self._hashes(words))).tolist()
