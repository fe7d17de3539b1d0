"""Described targets: noun phrases that stand for one person or organisation without naming it.

"The senator denounced the governor", "her opponent", "the Democratic nominee", "the company":
each becomes a ``Mention`` labelled ``DESC`` (a reference, like a pronoun: it gets targeted
sentiment but never counts as a name) whose ``entity`` is the person or organisation it
describes when the article makes that clear, else ``None`` (the description is still scored).

A description is linked, in this order, when

1. it is in apposition to a name ("Hillary Clinton, the Democratic nominee," / "the senator,
   Ted Cruz,");
2. exactly one person in the article carries that role as a title ("President Trump", "Sen. Ted
   Cruz", "Democratic nominee Hillary Clinton", or an apposition as in 1): the only person of that
   role in the story. Two people titled alike (two senators) leave it unlinked;
3. (organisations) the article names exactly one organisation.

What counts as a description: a singular noun from ``data/described_roles.csv`` heading a noun
phrase with "the" / "this" / "that" or a possessive ("her opponent", "Trump's lawyer"), outside
every name. Its span runs from the determiner to the head noun ("the Democratic nominee"), with a
possessive left out (it is a mention of its own: "her" is a pronoun reference).
"""

from __future__ import annotations

import bisect
import csv
from collections.abc import Sequence
from functools import cache
from importlib.resources import files
from typing import TYPE_CHECKING

from analysis.records import Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["LABEL", "described_mentions", "roles"]

LABEL = "DESC"
DEFINITE = frozenset({"the", "this", "that"})
#: Modifiers that make a different role: "the president" is not "Vice President Pence".
SEPARATE_ROLE = frozenset({"vice", "deputy", "assistant", "former", "ex", "acting", "associate", "under", "lieutenant"})
#: Modifiers that say nothing about which role ("the current president" is President X).
NEUTRAL_MODIFIERS = frozenset({"current", "sitting", "new", "then", "now", "incumbent"})
PERSON_LIKE = frozenset({"PERSON"})
ORG_LIKE = frozenset({"ORG"})


def _rows(name: str) -> list[dict[str, str]]:
    text = files("analysis.extract.targeted").joinpath(f"data/{name}").read_text("utf-8")
    return list(csv.DictReader(line for line in text.splitlines() if line and not line.startswith("#")))


@cache
def roles() -> dict[str, str]:
    """{role word: 'person' | 'org'}; a two-word role ("prime minister") is keyed by its head."""
    return {r["word"].strip().split()[-1]: r["kind"].strip() for r in _rows("described_roles.csv")}


@cache
def abbreviations() -> dict[str, str]:
    return {r["abbreviation"].strip(): r["word"].strip() for r in _rows("title_abbreviations.csv")}


def _role_word(tok: Token) -> str | None:
    low = tok.lower_
    low = abbreviations().get(low, low)
    if low in roles():
        return low
    lemma = tok.lemma_.lower()
    return lemma if lemma in roles() else None


def _is_plural(tok: Token) -> bool:
    return tok.tag_ in {"NNS", "NNPS"}


class _Covered:
    """Which character offsets the existing mentions cover."""

    def __init__(self, mentions: Sequence[Mention]) -> None:
        spans = sorted((m.start, m.end) for m in mentions)
        self.starts = [a for a, _ in spans]
        self.spans = spans

    def overlaps(self, a: int, b: int) -> bool:
        j = bisect.bisect_left(self.starts, b)
        return any(self.spans[k][1] > a for k in range(max(0, j - 8), j))


def _role_key(tokens: Sequence[Token]) -> tuple[str, frozenset[str]] | None:
    """(head role word, its modifiers) of a title or description given as its tokens, last = head."""
    if not tokens:
        return None
    head = _role_word(tokens[-1])
    if head is None:
        return None
    mods = frozenset(t.lower_.rstrip(".") for t in tokens[:-1] if not t.is_punct) - NEUTRAL_MODIFIERS
    return head, mods


def _matches(description: tuple[str, frozenset[str]], title: tuple[str, frozenset[str]]) -> bool:
    """'the nominee' and 'the Democratic nominee' match 'Democratic presidential nominee X';
    'the president' does not match 'Vice President X'."""
    (dh, dm), (th, tm) = description, title
    return dh == th and dm <= tm and (tm & SEPARATE_ROLE) <= dm


def _name_titles(doc: Doc, mentions: Sequence[Mention]) -> list[tuple[tuple[str, frozenset[str]], str]]:
    """(role key, entity) for each person named with a title: "President Donald Trump", "Sen. Ted
    Cruz", "Democratic nominee Hillary Clinton" (the title inside or right before the name)."""
    out = []
    for m in mentions:
        if m.label not in PERSON_LIKE or not m.entity:
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        # a title the NER kept inside the name ("President Trump" as one PERSON)
        inner = [t for t in span if _role_word(t) or t.lower_ in abbreviations()]
        if inner:
            key = _role_key(list(span[: inner[-1].i - span.start + 1]))
            if key:
                out.append((key, m.entity))
        # a title right before the name, inside the name's own phrase
        left: list[Token] = []
        inside = set(range(span.start, span.end))
        k = span.start - 1
        while k >= 0 and len(left) < 4 and not doc[k].is_punct and doc[k].head.i in inside:
            left.insert(0, doc[k])
            inside.add(k)  # "Vice" modifies "President", which modifies the name
            k -= 1
        left = [t for t in left if t.dep_ not in {"det", "poss", "case"}]
        while left and _role_word(left[-1]) is None:
            left.pop()
        if key := _role_key(left):
            out.append((key, m.entity))
    return out


def _noun_phrase(head: Token) -> tuple[Token, Token] | None:
    """First and last token of a description headed by ``head``, or None when it is none."""
    kids = list(head.lefts)
    det = [c for c in kids if c.dep_ == "det" and c.lower_ in DEFINITE]
    poss = [c for c in kids if c.dep_ == "poss"]
    if not det and not poss:
        return None
    first = head
    for c in kids:
        if c.dep_ in {"det", "amod", "compound", "nmod", "nummod"} and not c.is_punct:
            first = min(first, c.left_edge, key=lambda t: t.i)
    if poss:  # "her opponent", "Trump's lawyer": the possessor is not part of the target
        after = max(t.i for p in poss for t in p.subtree) + 1
        if after > first.i:
            first = head.doc[after]
    return first, head


def _appositive_name(head: Token, names: dict[int, str]) -> str | None:
    """The entity named in apposition to a description, either way round."""
    if head.dep_ == "appos" and head.head.i in names:
        return names[head.head.i]
    for c in head.children:
        if c.dep_ == "appos" and c.i in names:
            return names[c.i]
    return None


def described_mentions(doc: Doc, text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """A ``DESC`` mention per description in ``doc`` that overlaps none of ``mentions`` (names and
    pronoun references), in text order, ``entity`` set as the module docstring says."""
    if not len(doc):
        return []
    # A group named inside the description ("the Democratic nominee") does not stop it.
    covered = _Covered([m for m in mentions if m.label != "NORP"])
    groups = _Covered([m for m in mentions if m.label == "NORP"])
    # token index of each name's root -> its entity (for appositions)
    names: dict[int, str] = {}
    org_entities = {m.entity for m in mentions if m.label in ORG_LIKE and m.entity}
    for m in mentions:
        if m.entity and m.label in PERSON_LIKE | ORG_LIKE:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None and len(span):
                names[span.root.i] = m.entity
    titles = _name_titles(doc, mentions)
    found: list[tuple[Token, Token, str, str | None]] = []
    for tok in doc:
        if tok.pos_ not in {"NOUN", "PROPN"} or _is_plural(tok):
            continue
        word = _role_word(tok)
        if word is None:
            continue
        if tok.dep_ == "compound":  # "President Trump", "the campaign manager": a modifier, not a target
            continue
        np = _noun_phrase(tok)
        if np is None:
            continue
        first, head = np
        a, b = first.idx, head.idx + len(head)
        if covered.overlaps(a, b) or groups.overlaps(head.idx, b):
            continue
        entity = _appositive_name(tok, names)
        if entity is not None:
            titles.append((_role_key(list(doc[first.i : head.i + 1])) or (word, frozenset()), entity))
        found.append((first, head, word, entity))
    out = []
    for first, head, word, entity in found:
        if entity is None:
            if roles()[word] == "person":
                key = _role_key([t for t in doc[first.i : head.i + 1] if t.dep_ != "det"])
                fits = {e for t, e in titles if key and _matches(key, t)}
                entity = fits.pop() if len(fits) == 1 else None
            elif len(org_entities) == 1:
                entity = next(iter(org_entities))
        a, b = first.idx, head.idx + len(head)
        out.append(Mention(a, b, text[a:b], LABEL, entity))
    return out
