"""Key terms: what a reader would call an article's subjects, so that topic filters work on untagged text.

Candidates are the heads of noun chunks (lemmatised common nouns, e.g. ``militant``) and the
canonical names of the entities in the table. A term scores its number of occurrences, with a
bonus when the headline has it; the top terms that occur at least twice (or in the headline) are
the article's key terms, and each sentence lists the key terms it contains.
"""

from __future__ import annotations

import bisect
from collections import Counter, defaultdict

from spacy.tokens import Doc

from analysis.records import Mention

MAX_TERMS = 10
HEADLINE_BONUS = 2
# Nouns too general to be anyone's subject.
GENERIC = frozenset(
    """year time day week month people thing way part lot number kind today percent per cent
    place end case point fact something anything everything nothing one other others""".split()
)
_TERM_LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT", "LAW", "WORK_OF_ART"}


def term_occurrences(doc: Doc, mentions: list[Mention]) -> list[tuple[str, int]]:
    """(term, character offset) for every candidate occurrence, in text order."""
    out: list[tuple[str, int]] = []
    covered: set[int] = set()
    for m in mentions:
        if m.entity and m.label in _TERM_LABELS:
            out.append((m.entity, m.start))
            covered.update(range(m.start, m.end))
    for chunk in doc.noun_chunks:
        root = chunk.root
        if root.idx in covered or root.pos_ != "NOUN" or root.is_stop:
            continue
        lemma = root.lemma_.lower()
        if len(lemma) < 3 or not lemma.isalpha() or lemma in GENERIC:
            continue
        out.append((lemma, root.idx))
    out.sort(key=lambda t: t[1])
    return out


def key_terms(occurrences: list[tuple[str, int]], headline_end: int | None) -> list[str]:
    counts: Counter[str] = Counter()
    in_headline: set[str] = set()
    for term, pos in occurrences:
        counts[term] += 1
        if headline_end is not None and pos < headline_end:
            in_headline.add(term)
    scored = {t: n + (HEADLINE_BONUS if t in in_headline else 0) for t, n in counts.items()}
    keep = [t for t in scored if counts[t] >= 2 or t in in_headline]
    keep.sort(key=lambda t: (-scored[t], t.lower()))
    return keep[:MAX_TERMS]


def terms_by_sentence(
    occurrences: list[tuple[str, int]], terms: list[str], sentence_starts: list[int]
) -> dict[int, list[str]]:
    """Sentence index -> the key terms it contains (in order of first appearance)."""
    wanted = set(terms)
    out: dict[int, list[str]] = defaultdict(list)
    for term, pos in occurrences:
        if term in wanted:
            idx = bisect.bisect_right(sentence_starts, pos) - 1
            if idx >= 0 and term not in out[idx]:
                out[idx].append(term)
    return out
