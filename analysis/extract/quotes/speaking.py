"""Which common nouns can speak. A quote's speaker is someone (a person, a body, a group, a place
acting through its government) or something a speaker speaks through (a statement, a report, a
sign); never a thing such as "the year", "pains" or "positive discrimination", which the parse may
still offer as a subject or as the noun a participle hangs on.

The words come from the lexicons (``analysis/extract/lexicons``: the role lexicon's words for
people, posts and documents, the speaker kinds' heads) and from the quote rules' own lists
(``roles.role_words``, the voice, statement and display nouns), read once. A noun none of them holds
is taken for a thing; names, pronouns and numbers are left to the other rules."""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources

from analysis.extract.quotes.roles import role_words
from analysis.extract.quotes.speaker_words import (
    ANONYMOUS_VOICES,
    DOCUMENT_NOUNS,
    PARTY_MEMBERS,
    PERSON_VOICES,
    PLURAL_GROUPS,
    VOICE_NOUNS,
)
from analysis.extract.quotes.terms import DISPLAY_NOUNS

#: role_groups.json entries that list words for people, posts, bodies or what they issue.
_ROLE_LISTS = ("document_heads", "staff_posts", "political_employers")
#: speaker_kinds.json entries that do.
_KIND_LISTS = (
    "anonymous_heads",
    "organisation_heads",
    "group_heads",
    "group_names",
    "person_heads",
    "kin_words",
    "utterance_heads",
    "collective_heads",
    "trade_heads",
    "state_heads",
    "makers",
    "member_heads",
    "party_members",
    "party_plurals",
    "personal_documents",
    "unique_titles",
)
#: Nouns a speaker speaks through that the lists above leave out: what someone writes or records
#: ("according to the agreement", "a congressional timeline"), and the figures someone compiles
#: ("according to studio estimates", "the Real Clear Politics average").
_THROUGH = frozenset(
    """statement release letter tweet post message email e-mail memo note website site page
    agreement contract settlement timeline transcript minutes record
    average estimate calculation tally count projection ranking chart""".split()
)


def _lexicon(name: str) -> dict:
    return json.loads(resources.files("analysis.extract").joinpath("lexicons", name).read_text("utf-8"))


@cache
def speaking_nouns() -> frozenset[str]:
    """Every single word the lexicons and lists give for someone or for what someone issues."""
    roles = _lexicon("role_groups.json")
    kinds = _lexicon("speaker_kinds.json")
    words: set[str] = set(role_words())
    words.update(w for w in roles["generic"] if not w.startswith("_"))
    for section in ("groups", "occupations"):
        for entries in roles[section].values():
            words.update(entries)
    for key in _ROLE_LISTS:
        words.update(roles[key])
    for key in _KIND_LISTS:
        words.update(kinds[key])
    words.update(VOICE_NOUNS | DOCUMENT_NOUNS | DISPLAY_NOUNS | PLURAL_GROUPS | ANONYMOUS_VOICES)
    words.update(PERSON_VOICES | PARTY_MEMBERS | _THROUGH)
    return frozenset(w.lower() for w in words if " " not in w)


def _singulars(word: str) -> tuple[str, ...]:
    if word.endswith("ies"):
        return (word, word[:-3] + "y")
    if word.endswith("es"):
        return (word, word[:-2], word[:-1])
    if word.endswith("s"):
        return (word, word[:-1])
    return (word,)


#: Endings of words for someone who does something that the lists may lack ("loyalist",
#: "opponents", "buyers", "historian"); of "-er", "-or" and "-ent" only the plurals, since many
#: singulars are things ("cover", "paper", "comment").
_AGENT = re.compile(r"(?:ist|ian|ant|eer|ee)s?$|(?:er|or|ent)s$")


def speaking_noun(word: str, lemma: str = "") -> bool:
    """Whether a common noun (its lower-case form and lemma) is a word for someone who can speak or
    for something a speaker speaks through."""
    known = speaking_nouns()
    low = word.lower()
    return any(w in known for w in (*_singulars(low), lemma.lower()) if w) or bool(_AGENT.search(low))
