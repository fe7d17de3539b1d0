"""A bare count of people speaking ("Some said", "others point out", "one said", "Many believe") read as the
people the article names in the count ("Some of Trump's defenders") or counted just before it ("Some
economists say ... But others point out", "dealers said ... one said"): a step of ``speaker._speaker``."""

from __future__ import annotations

import re

from spacy.tokens import Token

from analysis.extract.sources.context import Role, _Context
from analysis.extract.sources.draft import Draft
from analysis.extract.sources.groups import role_group

#: Words that count people without saying who they are. "one" is one of them: an unnamed person.
_COUNTS = frozenset({"some", "many", "most", "others", "several", "both", "all", "one", "few", "they"})
#: Words of a count that are no part of what the people are ("Many party members": party members).
_COUNT_WORDS = frozenset({"a", "an", "the", "some", "many", "most", "several", "few", "all", "both", "other", "these"})
#: The count's own "of"/"in" phrase: "Some of those who have been banned", "Some in the crowd".
_OF = frozenset({"of", "in", "among"})
#: Pronouns an "of" phrase may end on: no people of its own ("some of them").
_PRONOUNS = frozenset({"them", "us", "you", "these", "those", "whom"})


def _own_phrase(ctx: _Context, count: Token) -> Role | None:
    """ "Some of Trump's defenders": the people the count's "of" phrase names."""
    for prep in count.rights:
        if prep.dep_ != "prep" or prep.lower_ not in _OF:
            continue
        objs = [t for t in prep.children if t.dep_ == "pobj"]
        if not objs or objs[0].lower_ in _PRONOUNS and not list(objs[0].rights):
            return None
        sub = list(objs[0].subtree)
        words = [t for t in sub if t.lower_ not in _COUNT_WORDS]
        if not words:
            return None
        a, b = words[0].idx, sub[-1].idx + len(sub[-1])
        return re.sub(r"\s+", " ", ctx.text[a:b]), a, b, False
    return None


def _counted_before(ctx: _Context, count: Token) -> Role | None:
    """The nearest plural people before the count, in its sentence or the one before ("Some economists
    say ... But others"): a plural noun whose words the lexicon places, outside quoted words."""
    doc = ctx.doc
    first = count.sent.start
    if first > 0:
        first = doc[first - 1].sent.start
    plurals = [
        t for t in reversed(doc[first : count.i]) if t.tag_ in {"NNS", "NNPS"} and not ctx.in_direct_quote(t.idx)
    ]
    # the people a sentence is about come first ("Several inhabitants accused government forces ... They"),
    # then any ("a cross-section of Dutch members of parliaments ... Others said"); "they" takes a subject only
    subjects = [t for t in plurals if t.dep_ in {"nsubj", "nsubjpass"}]
    for tok in subjects if count.lower_ == "they" else subjects + plurals:
        last = tok
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.tag_ in {"NNS", "NNPS"}:
            tok = tok.head.head  # "members of parliaments": the members are the people
        lefts = [t for t in tok.lefts if t.dep_ in {"amod", "compound", "nmod", "poss", "case", "nummod"}]
        words = [t for t in doc[min([t.i for t in lefts], default=tok.i) : tok.i + 1]]
        while words and words[0].lower_ in _COUNT_WORDS:
            words.pop(0)
        if not words:
            continue
        start, end = words[0].idx, max(tok.idx + len(tok), last.idx + len(last))
        role = re.sub(r"\s+", " ", ctx.text[start:end]), start, end, False
        if not ctx.is_person_word(tok.lower_) and role_group(tok.text, False, ctx.story) == "unknown":
            continue  # "homes", "bank charters": no people
        if role_group(role[0], False, ctx.story) == "unknown":
            continue  # "many members": people no group fits
        return role
    return None


def counted_people(ctx: _Context, d: Draft) -> None:
    """Give a bare count of people ("others said", "one said") the role words and group of the people it
    counts; "one" is one unnamed person of them, the rest an unnamed plural."""
    if d.kind not in {"anonymous", "unknown"} or d.group not in {None, "unknown"}:
        return
    spans = [(q.speaker_start, q.speaker_end) for q in d.said if q.speaker_start is not None]
    if not spans or any(ctx.text[a:b].lower() not in _COUNTS for a, b in spans if b is not None):
        return
    a = spans[0][0]
    i, j = ctx.ix.tokens(a, spans[0][1] or a)
    if j <= i:
        return
    count = ctx.doc[i]
    word = count.lower_
    if word == "they" and d.kind != "unknown":
        return  # a "they" the resolver placed keeps its people
    role = None if word == "they" else _own_phrase(ctx, count)
    role = role or _counted_before(ctx, count)
    if role is None:
        return
    group = role_group(role[0], False, ctx.story)
    if group == "unknown":
        return
    d.role, d.group = role, group
    d.kind = "unnamed person" if word == "one" else "anonymous"
