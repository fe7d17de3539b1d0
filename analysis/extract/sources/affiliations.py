"""The body a named person is "of" or "from", written right after their name, when the tagger did not
take the body for an organisation: "Lee Wang of The Intercept asked" (untagged), "Melissa Cronin of
Gawker" (a person to the tagger), "Herbert Hansen of Respond's Belgian partner Keyobs". Reporters
name people this way to say whom they speak for, so the words are the person's role; they are a last
resort (``roles._first_role``), taken only when no mention of the person has other role words, and
their group is the body's when the article places it, else unknown.

Guards: the body's name is a proper noun the parse hangs on the person's name; it is not a place, a
people or a date (``_PLACE_LABELS``: "Stacey Plaskett of the Virgin Islands", "John Smith of Leeds"
say where someone is from, not what they are), nor a person the article names ("the son of John
Smith" is kin, and "Smith of Jones" is a parse of two people); the person is named in full, and not
with a peer's title ("Lord Nicholls of Birkenhead": his title)."""

from __future__ import annotations

import re

from spacy.tokens import Token

from analysis.extract.sources.context import Role, _Context
from analysis.records import Mention

#: Entity labels of a body's name that say where a person is from, or when, not whom they speak for.
_PLACE_LABELS = frozenset({"GPE", "LOC", "NORP", "FAC", "DATE", "TIME", "EVENT"})
#: A peer's or a bishop's title right before a name, whose "of" phrase is part of the title.
_PEERAGE = re.compile(
    r"\b(?:Lord|Lady|Baroness|Baron|Earl|Countess|Viscount|Duke|Duchess|Marquess|Bishop|Archbishop)\s+$"
)
_PREPOSITIONS = frozenset({"of", "from"})
#: The most words an affiliation may run to ("of Respond's Belgian partner Keyobs").
_MOST_WORDS = 8


def affiliation_after_name(ctx: _Context, mentions: list[Mention]) -> Role | None:
    """The first "of/from <body>" right after a mention of the person (see the module), or None."""
    doc, text = ctx.doc, ctx.text
    for m in sorted(mentions, key=lambda m: m.start):
        if m.label != "PERSON" or ctx.in_title(m.start) or len(m.text.split()) < 2:
            continue  # a full name: where reporters introduce someone by the body they come from
        if _PEERAGE.search(text, max(0, m.start - 12), m.start) or _PEERAGE.match(m.text + " "):
            continue  # "Lord Nicholls of Birkenhead": the "of" place is part of a peer's title
        i, j = ctx.ix.tokens(m.start, m.end)
        if j <= i or j >= len(doc):
            continue
        prep = doc[j + 1] if doc[j].text == "," and j + 1 < len(doc) else doc[j]
        if prep.lower_ not in _PREPOSITIONS or prep.head.i != doc[i:j].root.i:
            continue
        body = next((o for o in prep.children if o.dep_ == "pobj"), None)
        if body is None or not _a_bodys_name(ctx, body):
            continue
        end = body.right_edge.i
        while end > body.i and (doc[end].is_space or not doc[end].text.strip()):
            end -= 1  # "of The Nation\xa0": no trailing space token
        if end - prep.i > _MOST_WORDS:
            continue
        a, b = prep.idx, doc[end].idx + len(doc[end])
        return text[a:b], a, b, False
    return None


def _a_bodys_name(ctx: _Context, body: Token) -> bool:
    """Whether the object of "of/from" names a body: a proper noun that is no place, people, date or
    person the article names."""
    if body.pos_ != "PROPN" or body.ent_type_ in _PLACE_LABELS:
        return False
    words = ctx.doc[body.left_edge.i : body.i + 1]
    name = words.text.removeprefix("the ").removeprefix("The ")
    people = [e for e, ms in ctx.named.items() if any(x.label == "PERSON" for x in ms) and " " in e]
    # a person's full name, or a surname of one ("the Smith family", "Jones of Smith")
    return not any(e == name or e.endswith(f" {name}") or e.endswith(f" {body.text}") for e in people)
