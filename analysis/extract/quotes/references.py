"""Pronoun references: "he", "his", "her", "they" as mentions of the person or group meant.

A third-person personal pronoun becomes a ``Mention`` labelled ``PRON`` whose ``entity`` is the
canonical name it stands for, resolved as a quote's "he said" is (``speakers.Speakers``: the most
salient person or group before it, of a gender that does not contradict the pronoun), or ``None``
when nothing fits. Such a reference gets targeted sentiment and counts towards its entity's
sentiment, but it does not name the entity: entity counts, the sentences that name an entity and
co-occurrence stay with names (``records.REFERENCE_LABELS``).

"It" and "its" are left out: they stand for things and clauses far more often than for the
organisations and places an entity table holds.
"""

from __future__ import annotations

import bisect

import numpy as np
from spacy.attrs import LOWER, POS
from spacy.parts_of_speech import PRON
from spacy.tokens import Doc

from analysis.extract.quotes.speakers import FEMALE, MALE, Speakers
from analysis.records import Mention

#: The pronouns that refer to people or groups of them.
PRONOUNS = MALE | FEMALE | frozenset({"they", "them", "their", "theirs", "themselves"})
LABEL = "PRON"


def pronoun_mentions(doc: Doc, text: str, speakers: Speakers, mentions: list[Mention]) -> list[Mention]:
    """A ``PRON`` mention per personal pronoun in ``doc`` that no mention in ``mentions`` (sorted by
    start) covers. ``speakers`` must be bound to ``doc`` (``quotes.extract`` does it)."""
    if not len(doc):
        return []
    cols = doc.to_array([LOWER, POS])
    wanted = np.array([doc.vocab.strings[w] for w in PRONOUNS], dtype=cols.dtype)
    hits = np.flatnonzero(np.isin(cols[:, 0], wanted) & (cols[:, 1] == PRON)).tolist()
    starts = [m.start for m in mentions]
    out = []
    for i in hits:
        tok = doc[i]
        a, b = tok.idx, tok.idx + len(tok)
        j = bisect.bisect_right(starts, a) - 1
        if j >= 0 and mentions[j].end > a:
            continue  # part of a name ("Her Majesty's ...")
        out.append(Mention(a, b, text[a:b], LABEL, speakers.antecedent(tok)))
    return out
