"""Role words: what a noun says about who speaks (``data/role_words.csv``).

Two uses, both small and separate from the pronoun resolver's own evidence:

* **gender evidence** from a gendered role word next to a name: "actress Mary Steenburgen",
  "her son, Charlie McDowell", "Attallah Shabazz, the daughter of ..."; it joins the he/she and
  honorific evidence ``speakers.Speakers`` gathers, so "she" does not go to a son;
* **definite descriptions** as speakers: "the company continued", "said the world indoor
  champion" describe a person or an organisation the article has named; ``describe`` says which
  kind (and gender) a description is, and the resolver looks back for the nearest one that fits.
"""

from __future__ import annotations

import csv
from collections import Counter
from functools import cache
from importlib.resources import files

from spacy.tokens import Doc, Token

from analysis.records import Mention

__all__ = ["describe", "gender_from_roles", "role_words"]

#: Determiners that make a description definite: it refers back to someone already named.
DEFINITE = frozenset({"the", "this", "that"})


@cache
def role_words() -> dict[str, tuple[str, str | None]]:
    """{word: (kind, gender or None)}; kind is person, group or org."""
    text = files("analysis.extract.quotes").joinpath("data/role_words.csv").read_text("utf-8")
    rows = csv.DictReader(line for line in text.splitlines() if line and not line.startswith("#"))
    return {r["word"].strip().lower(): (r["kind"].strip(), r["gender"].strip() or None) for r in rows}


def _gender_of(tok: Token) -> str | None:
    role = role_words().get(tok.lower_) or role_words().get(tok.lemma_.lower())
    # any part of speech: "Actress Mary …" is tagged PROPN, "tribute to actor Ossie Davis" VERB
    return role[1] if role else None


def gender_from_roles(doc: Doc, mentions: list[Mention]) -> dict[str, str]:
    """'m' or 'f' per person named beside a gendered role word: right before the name
    ("actress Ruby Dee", "her son, Charlie McDowell") or in apposition ("Shabazz, the daughter of")."""
    votes: dict[str, Counter[str]] = {}
    for m in mentions:
        if m.label != "PERSON" or not m.entity:
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        near: list[Token] = []
        k = span.start - 1
        if k >= 0 and doc[k].text == ",":
            k -= 1
        if k >= 0:
            near.append(doc[k])
        root = span.root
        if root.dep_ == "appos":
            near.append(root.head)
        near.extend(c for c in root.children if c.dep_ == "appos")
        for tok in near:
            g = _gender_of(tok)
            if g:
                votes.setdefault(m.entity, Counter())[g] += 1
    return clear_majority(votes)


def clear_majority(votes: dict[str, Counter]) -> dict[str, str]:
    """Each name's gender where one side outvotes the other (a tie says nothing)."""
    out = {}
    for name, c in votes.items():
        (g, n), *rest = c.most_common()
        if not rest or n > rest[0][1]:
            out[name] = g
    return out


def describe(head: Token) -> tuple[str, str | None] | None:
    """(kind, gender) when ``head`` heads a definite description of a speaker ("the company",
    "the world indoor champion", "the Old Trafford boss"), else None. Possessives ("the
    company's lawyer") and names are not descriptions of someone named before."""
    if head.pos_ != "NOUN":
        return None
    role = role_words().get(head.lower_) or role_words().get(head.lemma_.lower())
    if role is None:
        return None
    det = [c for c in head.children if c.dep_ == "det"]
    if not det or det[0].lower_ not in DEFINITE:
        return None
    if any(c.dep_ == "poss" for c in head.children) or head.tag_ == "NNS" and role[0] == "person":
        return None  # "the players" are many people, not one named before
    return role
