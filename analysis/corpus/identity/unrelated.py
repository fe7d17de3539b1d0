"""A rare one-word name in articles about unrelated things: one entity per group of related articles (13-y).

Across articles the identity step joins a name's units by its spelling. For a rare one-word name that
is often wrong: "Moody" is Moody's (the rating agency) in business and Lewis Moody in rugby reports,
"Odeon" the cinema chain and the Odeon Leicester Square, "Phillips" a long jumper and Philips misspelt.
The model's labels and cue words are often alike for both things, so ``context.context_senses`` (which
needs different decided types) keeps them together. Here the evidence is what the articles are about:
two articles are related when they name another less common name in common (``context.article_keys``)
or their words are alike (cosine of tf-idf word vectors at least ``SIMILAR``); a name whose articles
fall into two or more groups of related articles is one entity per group.

Only where a spelling alone is thin evidence: a one-word name in at most ``MAX_ARTICLES`` articles, not
an acronym (an acronym names one body, "Nasa", "SNP"), no name of the place, county, nationality or
language data, no unit the model calls a person or a nationality (people have their own rules) and not
a place in every unit (a city is named in unrelated stories: "Stockholm", "Kansas"), and only in a corpus
of at least ``MIN_CORPUS`` articles.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Mapping
from typing import Any

from analysis.corpus.identity.names import city_keys, county_keys, demonym_keys, language_keys, place_types
from analysis.corpus.identity.sets import Sets

#: a name in more articles than this is left alone (a common name's stories differ anyway)
MAX_ARTICLES = 4
#: a corpus of fewer articles is left alone: its word and name counts say too little what is rare (with
#: few articles every word is in more than COMMON_SHARE of them, and every article looks unrelated)
MIN_CORPUS = 200
#: articles whose word vectors' cosine is at least this are about related things
SIMILAR = 0.03
#: words in more than this share of the articles carry no topic
COMMON_SHARE = 0.1
_WORD = re.compile(r"[a-z][a-z'-]{2,}")
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_NOT_HERE = frozenset({"PERSON", "NORP"})


class WordVectors:
    """tf-idf word vectors of the articles' texts ((1 + log tf) x log(N / df), words in at most
    COMMON_SHARE of the articles, unit length), the document frequencies counted on first use."""

    def __init__(self, texts: Mapping[str, str]) -> None:
        self.texts = texts
        self._df: Counter | None = None
        self._vectors: dict[str, dict[str, float]] = {}
        #: the document frequencies being counted in a forked child (``join``: a ``halves.Part``), if so
        self.pending: Any = None

    def _counts(self, aid: str) -> Counter:
        text = self.texts.get(aid)
        return Counter(_WORD.findall(text.lower())) if isinstance(text, str) else Counter()

    def count_documents(self) -> Counter:
        """The document frequencies (counted once: in a forked child while the votes are cast where
        ``pending`` is set (``join``), where a corpus is large enough for ``unrelated_groups`` to read them
        at all; else here on first use)."""
        if self._df is None and self.pending is not None:
            got, self.pending = self.pending.result(), None
            self._df = got if isinstance(got, Counter) else None
        if self._df is None:
            self._df = Counter()
            for text in self.texts.values():
                if isinstance(text, str):
                    self._df.update(set(_WORD.findall(text.lower())))
        return self._df

    def vector(self, aid: str) -> dict[str, float]:
        if aid in self._vectors:
            return self._vectors[aid]
        df, n = self.count_documents(), max(len(self.texts), 1)
        v = {
            w: (1 + math.log(c)) * math.log(n / df[w])
            for w, c in self._counts(aid).items()
            if 0 < df[w] <= COMMON_SHARE * n
        }
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        self._vectors[aid] = out = {w: x / norm for w, x in v.items()}
        return out

    def similarity(self, a: str, b: str) -> float:
        p, q = self.vector(a), self.vector(b)
        if len(p) > len(q):
            p, q = q, p
        return sum(x * q.get(w, 0.0) for w, x in p.items())


def _rare_word(key: str, surfaces: set[str], labels: set[str]) -> bool:
    if " " in key or key.startswith(("country:", "org:")) or labels & _NOT_HERE or labels <= _PLACE_LABELS:
        return False
    if any(x.isupper() and len(x) > 1 for x in surfaces):  # an acronym
        return False
    data = (city_keys(), county_keys(), place_types(), demonym_keys(), language_keys())
    return not any(key in d for d in data)


def unrelated_groups(
    key: str,
    units: list[int],
    aids: list[str],
    names: list[str],
    labels: list[str],
    art_keys: Mapping[str, set[str]],
    words: WordVectors,
) -> list[list[int]]:
    """The name's units in groups of related articles, largest first, when there are two or more; else []."""
    arts = sorted({aids[i] for i in units})
    if len(words.texts) < MIN_CORPUS or not 2 <= len(arts) <= MAX_ARTICLES:
        return []
    if not _rare_word(key, {names[i] for i in units}, {labels[i] for i in units if labels[i]}):
        return []
    related = Sets(len(arts))  # over the articles' positions in ``arts``
    for n, a in enumerate(arts):
        for m in range(n + 1, len(arts)):
            if related.find(n) == related.find(m):
                continue
            b = arts[m]
            shared = (art_keys.get(a, set()) & art_keys.get(b, set())) - {key}
            if shared or words.similarity(a, b) >= SIMILAR:
                related.union(n, m)
    at = {a: n for n, a in enumerate(arts)}
    groups: dict[int, list[int]] = {}
    for i in units:
        groups.setdefault(related.find(at[aids[i]]), []).append(i)
    if len(groups) < 2:
        return []
    return sorted(groups.values(), key=lambda g: (-len(g), g[0]))
