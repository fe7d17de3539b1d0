"""The one person a definite description credited with quotes stands for, when the article has just
named that person: "Hazel Blears said ... 'The threat ...,' the Salford MP told the committee".

English uses "the" + role words, with no name, for someone the reader already knows; right after
naming one person, that person. The guards keep it to that reading:

* the description is "the" + role words whose last word is a word for a person (not a relative:
  "the wife" of the man just named is someone else);
* the person named last before it is the only person named from the start of that sentence on
  ("Tony Blair met Michael Howard. ... the Tory leader said" is not decided by recency), and is
  named no more than ``_SENTENCES_BACK`` sentences before it;
* that person's office matches the description's: a member of an elected body ("the Salford MP",
  "the MP for Ealing North") for a politician, whatever their post (a minister is an MP too);
  any other description ("the culture secretary", "the deputy speaker") only for a person the
  article gives those very title words. So "the spokesman" after a named minister, someone
  speaking for them, and "the deputy speaker" after a named minister stay someone else;
* that person's gender is known (the caller takes it with its evidence).

A second reading needs no title at all (``_subject_just_named``): a description that opens its
sentence right after a sentence whose one named person is its subject ("Marion Jones has filed a
lawsuit ... || The Sydney Olympic gold medallist says", "Mary Robinson has said. || The former UN
commissioner for human rights told"): English moves the topic on that way only for the person just
spoken of. It holds only when the article gives that person no title the description contradicts,
and never for a post that serves someone (spokesman, aide, lawyer) or a relative.
"""

from __future__ import annotations

import re

from analysis.extract.sources.context import _Context
from analysis.extract.sources.gender import _a_subject, _gender
from analysis.extract.sources.groups import role_group
from analysis.extract.sources.kinds import _team_player
from analysis.extract.sources.lexicons import _known_names, _member_heads
from analysis.extract.sources.roles import _role_of_person
from analysis.extract.sources.words import _POSSESSOR, _label, _words

#: How many sentences before the description the person may be named (the description's own
#: sentence and the three before it: "Hazel Blears said ... she told a Commons inquiry. Her comments
#: have been described as ...", then a quote paragraph ending "the Salford MP told the committee").
_SENTENCES_BACK = 3

#: "the" right before the speaker's words (the quote rules may keep "Salford MP" without it).
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)


def _definite_role(ctx: _Context, name: str, start: int) -> list[str] | None:
    """The role words of a "the" + role words description ("the Salford MP": salford, mp), or None."""
    words = _words(name)
    if words[:1] == ["the"]:
        words = words[1:]
    elif not _THE_BEFORE.search(ctx.text[max(0, start - 10) : start]):
        return None
    if not words or not ctx.is_person_word(words[-1]) or words[-1] in ctx.kin_words:
        return None
    return words


#: Words after which a description says whose or where its head is: "the MP for Ealing North".
_AFTER_HEAD = frozenset({"of", "for", "in", "at", "from", "to", "on"})


def _office_matches(ctx: _Context, words: list[str], group: str, entity: str) -> bool:
    """Whether a named person holds the office a description's words say (see the module)."""
    cut = next((i for i, w in enumerate(words) if w in _AFTER_HEAD), len(words))
    head = words[cut - 1] if cut else words[-1]
    role = _role_of_person(ctx, ctx.named.get(entity, []), any_label=True)
    if head in _member_heads():
        own = role_group(role[0], role[3], ctx.story) if role else "unknown"
        own = own if own != "unknown" else _known_names()[1].get(entity, "unknown")
        return group == "politician" and own == "politician"
    if role is None:
        # no title in the article: the group NewsLens knows the person by must be the description's
        return _known_names()[1].get(entity) == group
    return set(words) <= set(_words(role[0]))


def person_just_named(ctx: _Context, name: str, start: int) -> str | None:
    """The person a definite description at ``start`` stands for: the one person just named (see
    the module's guards), or None."""
    return _titled_just_named(ctx, name, start) or _subject_just_named(ctx, name, start)


def _titled_just_named(ctx: _Context, name: str, start: int) -> str | None:
    words = _definite_role(ctx, name, start)
    if words is None:
        return None
    group = role_group(" ".join(words), False, ctx.story)
    if group == "unknown":
        return None
    starts = ctx.ix.sent_start_char
    ti = ctx.ix.token_before(start)
    if ti < 0:
        return None
    k = ctx.ix.sent_of[ti]
    window = starts[max(0, k - _SENTENCES_BACK)]
    before = [
        m
        for m in ctx.speakers.mentions_in(window, start)
        if m.label == "PERSON" and m.entity and m.end <= start and not _POSSESSOR.match(ctx.text, m.end)
    ]
    if not before:
        return None
    last = before[-1]
    ti = ctx.ix.token_before(last.start + 1)
    since = starts[ctx.ix.sent_of[ti]] if ti >= 0 else window
    people = {m.entity for m in ctx.speakers.mentions_in(since, start) if m.label == "PERSON" and m.entity}
    if people != {last.entity} or _label(ctx.named.get(last.entity, [])) != "PERSON":
        return None
    if not _office_matches(ctx, words, group, last.entity):
        return None
    gender, _ = _gender(ctx, last.entity, "named person", None)
    return last.entity if gender != "unknown" else None


#: Heads of posts held for someone else: "The spokesman" after a named minister is another person.
_SERVING_HEADS = frozenset(
    "spokesman spokeswoman spokesperson aide adviser advisor lawyer attorney solicitor barrister counsel agent "
    "assistant deputy representative secretary source official colleague friend rival opponent".split()
)


def _subject_just_named(ctx: _Context, name: str, start: int) -> str | None:
    """The person a sentence-opening "The ..." description stands for when the sentence before names
    one person as its subject (see the module), or None."""
    words = _words(name)
    if words[:1] != ["the"] or len(words) < 2:
        return None
    cut = next((i for i, w in enumerate(words) if w in _AFTER_HEAD), len(words))
    head = words[cut - 1]
    if head in ctx.kin_words or head in _SERVING_HEADS:
        return None
    if not ctx.is_person_word(head) and _team_player(ctx, name, start) != "named person":
        return None  # (a player by team and position, "The Romanian international", is one person)
    starts = ctx.ix.sent_start_char
    ti = ctx.ix.token_before(start + 1)
    if ti < 0:
        return None
    k = ctx.ix.sent_of[ti]
    if k < 1 or ctx.text[starts[k] : start].strip() or ctx.in_title(starts[k - 1]):
        return None
    before = [
        m
        for m in ctx.speakers.mentions_in(starts[k - 1], starts[k])
        if m.label == "PERSON" and m.entity and not _POSSESSOR.match(ctx.text, m.end)
    ]
    subjects = {m.entity for m in before if _a_subject(ctx, m)}
    if len(subjects) != 1:
        return None
    entity = subjects.pop()
    if _label(ctx.named.get(entity, [])) != "PERSON":
        return None
    role = _role_of_person(ctx, ctx.named.get(entity, []), any_label=True)
    if role is not None and not set(words[1:cut]) <= set(_words(role[0])):
        return None  # a title of their own that is not the description's: someone else
    for other in {m.entity for m in before} - {entity}:
        # a person named beside the subject ("filed a lawsuit against Balco boss Victor Conte"), whose
        # own title the description is, may be the one meant: not decided
        theirs = _role_of_person(ctx, ctx.named.get(other or "", []), any_label=True)
        if theirs is not None and set(words[1:cut]) & set(_words(theirs[0])):
            return None
    gender, _ = _gender(ctx, entity, "named person", None)
    return entity if gender != "unknown" else None
