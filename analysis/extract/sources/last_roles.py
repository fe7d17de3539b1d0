"""Role words a named person's other sources leave, read last: a noun no list holds written small right
before the name ("Chelsea physio Mike Banks", "His longtime publicist Jerry Digney"), and the body the
person speaks for between commas after it ("Mark Oaten, for the Liberal Democrats, said")."""

from __future__ import annotations

import re
from collections.abc import Iterable

from analysis.extract.sources.context import Role, _Context
from analysis.records import Mention


def noun_right_before(ctx: _Context, a: int, b: int, m: Mention) -> bool:
    """Whether words a..b the parse hangs on a person's name as a title or an apposition end, right
    before the name (perhaps with a comma), on a common noun written small: "Chelsea physio Mike
    Banks", "His longtime publicist Jerry Digney", "Oscar-winner Andrea Arnold". Whatever the noun,
    that place says what the person is, even when no list holds the word (its group stays unknown).
    Not a noun alone ("what, if any, punishment Malcolm would receive": some word before it, an
    article, a possessive, a name, makes it a title), one after a preposition ("minister for civil
    aviation Praful Patel": the title is cut), a word for a name ("real name Shawn Carter") or an
    adjective the tagger took for a noun ("The versatile Finnan"), nor one a clause with the name as
    its subject qualifies ("The memory Gordon Brown says keeps returning to him")."""
    if m.label != "PERSON" or b > m.start or not _COMMA_OR_SPACE.fullmatch(ctx.text, b, m.start):
        return False
    k, first = ctx.ix.token_before(b - 1), ctx.ix.token_before(a)
    if k < 0 or first < 0 or ctx.in_title(a):
        return False
    last, doc = ctx.doc[k], ctx.doc
    if not (last.pos_ == "NOUN" and last.tag_ == "NN" and last.is_lower and last.is_alpha):
        return False
    if last.lower_ in _NOT_A_POST or _ADJECTIVE_ENDING.search(last.lower_):
        return False
    if any(t.pos_ == "ADP" for t in doc[max(0, first - 1) : k]):
        return False  # "minister for civil aviation Praful Patel", "Shares in engineering group Jarvis"
    if first == k:
        return False
    # "One label Rubio resists is ...", "The Twitter account Trump retweeted was ...": the name is the
    # subject of a clause on the noun (a verb, then the sentence's own verb), not the noun's holder
    after = ctx.ix.tokens(m.end, len(ctx.text))[0]
    verbs = doc[after : after + 2]
    return not (len(verbs) == 2 and verbs[0].pos_ == "VERB" and verbs[1].pos_ in {"VERB", "AUX"})


_COMMA_OR_SPACE = re.compile(r"\s*,?\s*")
#: Nouns before a name that say when or what it is called, not what the person is: "said yesterday Mr
#: Blair", "real name Shawn Carter", "his gaming moniker Deathifier", "the new-look Kelly Holmes".
_NOT_A_POST = frozenset(
    {"yesterday", "today", "tonight", "tomorrow", "morning", "afternoon", "evening", "week", "year"}
    | {"name", "moniker", "nickname", "alias", "pseudonym", "surname", "look"}
)
#: Endings of adjectives the tagger may take for nouns before a name ("The versatile Finnan").
_ADJECTIVE_ENDING = re.compile(r"(?:ive|ous|ful|able|ible|ile|less|ish)$")


#: ", for the Lib Dems," right after a name: the body the person speaks for.
_SPEAKING_FOR_AFTER = re.compile(r",\s+(for the (?:[A-Z][\w&'’.-]*\s+){0,3}[A-Z][\w&'’.-]*),")


def speaking_for_after(ctx: _Context, mentions: Iterable[Mention]) -> Role | None:
    """The body that stands between commas right after a person's name, at any mention: "Mark Oaten,
    for the Liberal Democrats, said" (a last resort: "Oliver Letwin, for the Tories" is "The shadow
    chancellor" elsewhere in the article)."""
    for m in mentions:
        if m.label == "PERSON" and (found := _SPEAKING_FOR_AFTER.match(ctx.text, m.end)) is not None:
            return found.group(1), *found.span(1), False
    return None
