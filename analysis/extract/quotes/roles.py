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
from dataclasses import replace
from functools import cache
from importlib.resources import files

from spacy.tokens import Doc, Token

from analysis.extract.entities import TITLES
from analysis.records import Mention

__all__ = [
    "describe",
    "gender_from_roles",
    "groups_by_role",
    "introduced_as",
    "people_by_role",
    "role_words",
    "works_by_role",
]

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


def _beside(doc: Doc, m: Mention) -> list[Token]:
    """The words that describe a named mention: the word right before the name (past a comma:
    "actress Ruby Dee", "her son, Charlie McDowell") and its appositions ("Shabazz, the daughter of")."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or not len(span):
        return []
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
    return near


def gender_from_roles(doc: Doc, mentions: list[Mention]) -> dict[str, str]:
    """'m' or 'f' per person named beside a gendered role word: right before the name
    ("actress Ruby Dee", "her son, Charlie McDowell") or in apposition ("Shabazz, the daughter of")."""
    votes: dict[str, Counter[str]] = {}
    for m in mentions:
        if m.label != "PERSON" or not m.entity:
            continue
        for tok in _beside(doc, m):
            g = _gender_of(tok)
            if g:
                votes.setdefault(m.entity, Counter())[g] += 1
    return clear_majority(votes)


def people_by_role(doc: Doc, mentions: list[Mention], org_words: frozenset[str]) -> list[Mention]:
    """The mentions with the tagger's organisation or place label turned to PERSON for a name that a
    person's role word stands beside somewhere in the article ("Liverpool forward Milan Baros",
    "sporting director Frank Arnesen", "Baros, the striker"): the tagger often takes a footballer's
    foreign name for a club or a city. Names with an organisation word ("Manchester United") keep
    their label."""

    def a_person_beside(m: Mention) -> bool:
        return any((role_words().get(t.lower_) or ("", None))[0] == "person" for t in _beside(doc, m))

    people = {
        m.entity
        for m in mentions
        if m.label in {"ORG", "GPE", "NORP"}
        and m.entity
        and not any(w in org_words for w in m.entity.split())
        and a_person_beside(m)
    }
    if not people:
        return mentions
    return [replace(m, label="PERSON") if m.entity in people else m for m in mentions]


def _kind_beside(doc: Doc, m: Mention) -> set[str]:
    return {(role_words().get(t.lower_) or ("", None))[0] for t in _beside(doc, m)} - {""}


#: Words that make a role another one: a deputy mayor is not "the mayor".
QUALIFIED_ROLES = frozenset("deputy vice assistant former ex acting shadow junior associate co interim".split())


def groups_by_role(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The mentions with the tagger's PERSON label turned to ORG for a name that an organisation's
    role word stands right before as its compound ("rock band Franz Ferdinand", "label Domino")
    and that no person's role word stands beside anywhere: the tagger takes a band named after a
    man for the man, and "they" or "the band" then finds no group."""
    org_named: set[str] = set()
    person_named: set[str] = set()
    for m in mentions:
        if m.label != "PERSON" or not m.entity:
            continue
        kinds = _kind_beside(doc, m)
        if "person" in kinds:
            person_named.add(m.entity)
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or span.start == 0:
            continue
        before = doc[span.start - 1]
        role = role_words().get(before.lower_)
        if (
            role
            and role[0] == "org"
            and before.dep_ in {"compound", "nmod"}
            and span.start <= before.head.i < span.end
            and not (before.is_sent_start and before.is_title and before.lower_ in TITLES)
        ):
            # (not a trade that is also a person's title, written as one opening the sentence, "Broadcaster
            # Chris Evans has begun": the word then says what the person is; "rock band Franz Ferdinand",
            # "Housebuilder George Wexley reported" stay bodies)
            org_named.add(m.entity)
    groups = org_named - person_named
    if not groups:
        return mentions
    return [replace(m, label="ORG") if m.entity in groups else m for m in mentions]


#: Nouns for works: a name in apposition to one ("the film, A Different Story") or listed with one
#: ("worked on the Star Wars trilogy, Finding Nemo and Indiana Jones") is a title, not a person.
WORK_NOUNS = frozenset(
    """film films movie movies documentary album albums single song songs book books novel show
    shows series programme programmes play musical trilogy sequel drama sitcom soap biopic
    thriller comedy cartoon video game games franchise""".split()
)


def _listed_with_work(tok: Token) -> bool:
    """Whether ``tok`` stands in apposition to a work noun or in a list that one opens."""
    for _ in range(8):
        if tok.dep_ not in {"appos", "conj"} or tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.pos_ == "NOUN" and tok.lower_ in WORK_NOUNS:
            return True
    return False


def _after_work_noun(doc: Doc, span) -> bool:
    """A name right after "<work noun>," that is not a subject: the parse lost the list ("worked
    on the Star Wars trilogy, Finding Nemo, The Incredibles ...")."""
    k = span.start - 1
    if k < 1 or doc[k].text != "," or span.root.dep_ in {"nsubj", "nsubjpass"}:
        return False
    return doc[k - 1].pos_ == "NOUN" and doc[k - 1].lower_ in WORK_NOUNS


def works_by_role(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The mentions with the tagger's PERSON label turned to WORK_OF_ART for a name that stands in
    apposition to a work noun or in a list a work noun opens, and that no person's role word
    stands beside anywhere: "he" or "the chart-topper" never stands for a film."""
    works: set[str] = set()
    person_named: set[str] = set()
    for m in mentions:
        if m.label != "PERSON" or not m.entity:
            continue
        if "person" in _kind_beside(doc, m):
            person_named.add(m.entity)
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None and len(span) and (_listed_with_work(span.root) or _after_work_noun(doc, span)):
            works.add(m.entity)
    works -= person_named
    if not works:
        return mentions
    return [replace(m, label="WORK_OF_ART") if m.entity in works else m for m in mentions]


def introduced_as(doc: Doc, mentions: list[Mention]) -> dict[str, list[tuple[int, str]]]:
    """{role word: [(offset, entity), ...]} for the names a role word stands beside ("rock band
    Franz Ferdinand" under "band", "Chelsea defender John Terry" under "defender"), in text order:
    "the band" later is most likely the one the article introduced as a band."""
    out: dict[str, list[tuple[int, str]]] = {}
    for m in mentions:
        if not m.entity:
            continue
        for t in _beside(doc, m):
            if t.i > 0 and doc[t.i - 1].lower_.rstrip("-") in QUALIFIED_ROLES:
                continue  # "Deputy Mayor Nicky Gavron" is not "the mayor"
            word = t.lower_ if t.lower_ in role_words() else t.lemma_.lower()
            if word in role_words():
                out.setdefault(word, []).append((m.start, m.entity))
    return out


def clear_majority(votes: dict[str, Counter]) -> dict[str, str]:
    """Each name's gender where one side outvotes the other (a tie says nothing)."""
    out = {}
    for name, c in votes.items():
        (g, n), *rest = c.most_common()
        if not rest or n > rest[0][1]:
            out[name] = g
    return out


def glued(tok: Token) -> list[Token]:
    """The tokens of the hyphenated word holding ``tok`` ("co", "-", "chairman"), which the parse
    may cut apart ("The Tory co-chairman attacked ...": "co" and "-" both subjects); the token
    alone when it is no part of one. A dash between spaces joins nothing."""
    doc = tok.doc
    a = b = tok.i
    while a > 0 and not doc[a - 1].whitespace_ and "-" in (doc[a - 1].text, doc[a].text):
        a -= 1
    while b + 1 < len(doc) and not doc[b].whitespace_ and "-" in (doc[b].text, doc[b + 1].text):
        b += 1
    return list(doc[a : b + 1])


#: A parliament member's abbreviation, always a person, which the tagger reads as a name: "The MP said".
MEMBER_TITLES = frozenset({"mp", "mep", "msp"})


def restricted(head: Token) -> bool:
    """Whether a relative clause with no comma before it is all that pins a bare description down: "the
    woman who is one of Clinton's best validators" brings in someone new, where "the man, who is 45," and
    "the 28-year-old host who also presents ..." go back to someone named before."""
    doc = head.doc
    if head.dep_ == "appos":
        return False  # "Bernie Sanders, the independent Vermont senator who is challenging Clinton": his
    if any(c.dep_ not in {"det", "relcl", "punct"} for c in head.children):
        return False  # "The 28-year-old host who also presents Stars In Their Eyes": words that identify
    return any(c.dep_ == "relcl" and c.i > head.i and doc[c.left_edge.i - 1].text != "," for c in head.children)


def describe(head: Token) -> tuple[str, str | None] | None:
    """(kind, gender) when ``head`` heads a definite description of a speaker ("the company",
    "the world indoor champion", "the Old Trafford boss"), else None. Possessives ("the
    company's lawyer") and names are not descriptions of someone named before."""
    if head.lower_ == "old" and any(c.lower_ == "year" for c in head.children):
        role: tuple[str, str | None] | None = ("person", None)  # "the 30-year-old"
    elif head.pos_ == "PROPN" and (role_words().get(head.lower_) or ("",))[0] == "person":
        role = role_words()[head.lower_]  # "the Frenchman", "the Scot": capitalised person nouns
    elif head.lower_ in MEMBER_TITLES:
        # "The MP for Ealing North": a member named before (kept out of ``role_words``, where "MPs" would
        # turn every name beside it into a person or a group)
        role = ("person", None)
    elif head.pos_ != "NOUN":
        return None
    else:
        role = role_words().get(head.lower_) or role_words().get(head.lemma_.lower())
        if role is None and any(c.lower_ == "old" and any(g.lower_ == "year" for g in c.children) for c in head.lefts):
            role = ("person", None)  # "the 41-year-old chart-topper"
    if role is None:
        return None
    det = [c for c in head.children if c.dep_ == "det"]
    if not det and len(word := glued(head)) > 1:
        det = [c for t in word for c in t.children if c.dep_ == "det" and c.i < word[0].i]  # "the co-chairman"
    if not det:
        # "the Rovers sporting director": the parse may hang "the" on the first modifier
        first = min((c for c in head.lefts if c.dep_ in {"compound", "nmod", "amod"}), key=lambda c: c.i, default=None)
        det = [c for c in first.children if c.dep_ == "det" and c.i < first.i] if first is not None else []
    if not det or det[0].lower_ not in DEFINITE:
        return None
    if any(c.dep_ == "poss" for c in head.children) or head.tag_ == "NNS":
        # "the players" are many people, not one named before; "the firms", "the programme makers"
        # several bodies (or their staff), not the one organisation named last
        return None
    return role
