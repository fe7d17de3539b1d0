"""A person's full name the tagger missed, found from a one-word speaker the quote rules credited
("D’Souza replied" after "Filmmaker and best-selling author Dinesh D’Souza"; "Laah Chong-gyu,
executive director of Korea Development Bank - one of the firm's creditors - said")."""

from __future__ import annotations

import re

from analysis.extract.sources.context import _Context
from analysis.extract.sources.gender import first_name_gender
from analysis.extract.sources.lexicons import _role_lexicon
from analysis.extract.sources.roles import _role_of_person
from analysis.extract.sources.words import _singular, _words
from analysis.records import Mention

#: One capitalised word of a name, with an apostrophe or a hyphen inside it ("D’Souza", "O'Neill",
#: "Chong-gyu", "Kilroy-Silk"): some lower-case letter, so no acronym ("NATO").
_NAME_WORD = r"[A-Z][A-Za-z]*(?:['’-][A-Za-z]+)*"
_ONE_NAME = re.compile(rf"{_NAME_WORD}")
_ANY_LOWER = re.compile(r"[a-z]")
#: A determiner or possessive right before a speaker's words: "an Eton spokesperson", "the Department".
_DETERMINER_BEFORE = re.compile(r"\b(?:a|an|the|this|that|his|her|its|their|our|my)\s+$", re.IGNORECASE)


def _a_common_word(ctx: _Context, word: str) -> bool:
    """Whether a capitalised word is one of the lexicons' words (a title, a body, a kind of people),
    so no part of a person's name ("Author", "Department", "Analysts")."""
    low = word.lower()
    specific, generic = _role_lexicon()
    return (
        ctx.is_person_word(low)
        or _singular(low, specific) in specific
        or _singular(low, generic) in generic
        or low in ctx.org_heads
        or low in ctx.group_heads
        or low in ctx.kind_pronouns
        or low in ctx.anonymous_heads
    )


#: Entity labels no speaker has: a surname the tagger took for one of these ("said Eyles, the second-seeded
#: Australian", tagged WORK_OF_ART) is as good as untagged.
_NO_SPEAKERS_LABELS = frozenset({"WORK_OF_ART", "PRODUCT", "EVENT", "LAW", "LANGUAGE"})


def _named_as_a_speaker(ctx: _Context, word: str) -> bool:
    """Whether the tagger named ``word`` somewhere with a label a speaker can have."""
    return any(m.label not in _NO_SPEAKERS_LABELS for m in ctx.named.get(word, []))


def missed_full_name(ctx: _Context, name: str, start: int | None) -> Mention | None:
    """The full name, as a PERSON mention, that a one-word speaker ends where the tagger named no
    one: the article writes the word right after one or two other capitalised words that are no
    lexicon word ("Dinesh D’Souza", "Laah Chong-gyu"), outside the headline, and says they are a
    person's, by a first name the name data is confident of or by a role whose head is a word for a
    person at that full name (a title before it, an apposition after it). English writes a person
    by full name once, then by surname alone; a surname the tagger missed there (a curly apostrophe,
    a hyphenated given name) is still that person's, not an unnamed one. Not a word with a
    determiner before it ("an Eton spokesperson"), nor one the tagger named as anything a speaker can be
    (not a work of art), alone or as the end of a longer name."""
    word = name.strip()
    if not _ONE_NAME.fullmatch(word) or not _ANY_LOWER.search(word) or _named_as_a_speaker(ctx, word):
        return None
    if _a_common_word(ctx, word) or len(_words(word)) != 1:
        return None
    if any(e.endswith(f" {word}") for e in ctx.named):
        return None  # "Dusty Hare", tagged as a body: the tagger named the full name, whatever it took it for
    text = ctx.text
    if start is not None and _DETERMINER_BEFORE.search(text[max(0, start - 8) : start]):
        return None
    run = re.compile(rf"(?<![\w'’-])((?:{_NAME_WORD}[ ]){{1,2}}){re.escape(word)}(?![\w'’-])")
    for found in run.finditer(text):
        if ctx.in_title(found.start()):
            continue
        given = found.group(1).split()
        if any(_a_common_word(ctx, w) or not _ANY_LOWER.search(w) for w in given):
            continue  # "Senator", "BBC": a title or a body before the word, no given name
        full = Mention(found.start(), found.end(), found.group(0), "PERSON", found.group(0))
        if first_name_gender(full.text) is not None:
            return full
        role = _role_of_person(ctx, [full], any_label=True)
        if role is not None and _person_headed(ctx, role[0]):
            return full
    return None


def _person_headed(ctx: _Context, role: str) -> bool:
    """Whether a role's head (its last word before "of", "at", "for") is a word for a person:
    "executive director of Korea Development Bank", "best-selling author"."""
    words = _words(role)
    cut = next((k for k, w in enumerate(words) if w in {"of", "at", "for", "with", "from"} and k > 0), len(words))
    return bool(words) and ctx.is_person_word(words[cut - 1])
