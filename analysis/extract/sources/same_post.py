"""Speakers the article gives only by a description of a post ("the speaker", the headline's "Envoy"), and
the article's identified speakers who hold a post of the same head noun ("the Russian presidential envoy
Sergey Ivanov"): the description is that person written again by post, as news does once it has named
someone. So a headline's bare description stands for them, and a description's unknown gender is theirs."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from analysis.extract.sources.context import _Context
from analysis.records import Speaker

#: Words after which a post's words name whom or what it serves: "envoy for Syria", "secretary of state".
_AFTER_HEAD = frozenset({"of", "for", "at", "to", "in", "on", "with", "from"})
#: Words that say which of a post's holders, not which post: "the former envoy", "the veteran diplomat".
_NO_POST = frozenset({"the", "a", "an", "former", "veteran", "top", "senior", "new", "current"})
#: Words that make a description someone's, or one of many, or one met before: "his lawyer", "one CEO".
_DETERMINERS = "a an one some another any the his her their its our my this that these those".split()
#: Such a word (or a number) just before a description's words: "as one neo-bank CEO told me".
_OWNED_OR_COUNTED = re.compile(rf"(?<![\w'’-])(?:{'|'.join(_DETERMINERS)}|\d+)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
#: How long the paragraph after a headline may be and still be its standfirst.
_STANDFIRST = 300


def _head(role: str) -> str | None:
    """The head noun of a post's words ("envoy" of "the Russian presidential envoy"; "secretary general"
    of "NATO secretary general": a "general" after a post is part of it)."""
    words = re.findall(r"[a-z][a-z'’-]*", role.lower())
    cut = next((k for k, w in enumerate(words) if w in _AFTER_HEAD), len(words))
    words = [w for w in words[:cut] if w not in _NO_POST]
    if not words:
        return None
    return " ".join(words[-2:]) if words[-1] == "general" and len(words) > 1 else words[-1]


def _post_words(text: str) -> set[str]:
    """The words of a post that say which post it is: "the Democratic presidential nominee" is no
    "Republican presidential nominee"."""
    return {w for w in re.findall(r"[a-z][a-z'’-]*", text.lower()) if w not in _NO_POST}


def _a_description(s: Speaker) -> bool:
    """Whether a speaker's name is its own role words: the article gives them only by post."""
    return s.role is not None and " ".join(s.role.lower().split()) == " ".join(s.name.lower().split())


def _holders(s: Speaker, others: Sequence[Speaker], is_person_word: Callable[[str], bool]) -> list[Speaker]:
    """The other identified speakers whose post has the described speaker's head noun (a word for a person)
    and all its words; people named in full before descriptions."""
    head, words = _head(s.role or ""), _post_words(s.role or "")
    if head is None or not is_person_word(head.split()[-1]):
        return []  # "Human Rights": no post
    found = [
        p
        for p in others
        if p is not s
        and p.kind == "named person"
        and p.role is not None
        and _head(p.role) == head
        and words <= _post_words(f"{p.role} {p.name}")
    ]
    return sorted(found, key=_a_description)


def _in_a_headline(ctx: _Context, start: int | None) -> bool:
    """Whether words at ``start`` stand in the headline or the short paragraph after it (its standfirst),
    with no determiner, possessive or number of their own before them ("his lawyer", "one neo-bank CEO")."""
    if start is None or ctx.title_span is None:
        return False
    if _OWNED_OR_COUNTED.search(ctx.text[max(0, start - 40) : start]):
        return False
    if ctx.in_title(start):
        return True
    after = ctx.text[ctx.title_span[1] :]
    opening = len(after) - len(after.lstrip())
    end = after.find("\n", opening)
    return end >= 0 and end - opening <= _STANDFIRST and ctx.title_span[1] + opening <= start < ctx.title_span[1] + end


def _named_in_the_story(ctx: _Context, s: Speaker, speakers: Sequence[Speaker]) -> bool:
    """Whether the story names the person a headline's description stands for: a speaker holds the post;
    or the body names someone and never brings the post in as someone new ("A pensioner has complained":
    the headline's "Pensioner" is then no one the story names)."""
    if _holders(s, speakers, ctx.is_person_word):
        return True
    head = _head(s.role or "")
    body = ctx.title_span[1] if ctx.title_span else 0
    if head is None or re.search(rf"\b(?:an?|one)\s+(?:[\w-]+\s+){{0,2}}{re.escape(head)}\b", ctx.text[body:], re.I):
        return False
    return any(m.start >= body for ms in ctx.named.values() for m in ms if m.label == "PERSON")


def same_post(ctx: _Context, speakers: Sequence[Speaker]) -> None:
    """A headline's bare description of a post ("Envoy says ...", "NATO secretary general says", "senate
    speaker says") is the person the story names (a named person: headlines drop "the"; not "Pensioner
    says" where the story brings in "A pensioner" it never names: ``_named_in_the_story``); then each described
    speaker of unknown gender takes the gender of the holders of its post when they all agree, the
    evidence naming one of them."""
    for s in speakers:
        described = s.kind == "unnamed person" and _a_description(s) and s.name.split()[0].lower() not in _DETERMINERS
        if described and _in_a_headline(ctx, s.role_start) and _named_in_the_story(ctx, s, speakers):
            s.kind = "named person"
    for s in speakers:
        if s.kind != "named person" or s.gender != "unknown" or not _a_description(s):
            continue
        holders = [p for p in _holders(s, speakers, ctx.is_person_word) if p.gender != "unknown"]
        if holders and len({p.gender for p in holders}) == 1:
            s.gender, s.gender_evidence = holders[0].gender, [f"same post as {holders[0].name}"]
