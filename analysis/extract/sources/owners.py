"""A person written with an organisation's possessive right before their name ("Atticus' David
Slager told the Sunday Times", after "hedge fund Atticus"): the body the person speaks for, when the
article places it (``bodies._employer_group``: its own words for the body, a longer name, a firm's
or a team's words). ``roles._possessive_title`` takes such a possessive only when the lexicon
places the name itself ("Labour's Paul Flynn", "The BBC's David Willey"). A body named before by a common noun
("The union's Geoff Derrick") is the body the person speaks for too (``definite_owner_before_name``)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from analysis.extract.sources.bodies import _employer_group
from analysis.extract.sources.context import Role, _Context
from analysis.extract.sources.groups import role_group
from analysis.records import Mention

#: One to four capitalised words and a possessive ending right before a name: "Atticus' ", "MSN's ".
_OWNER_BEFORE = re.compile(r"((?:[A-Z][\w&.-]*\s+){0,3}[A-Z][\w&.-]*(?:['’]s|(?<=s)['’]))[ \t]+$")
#: How far before a name its owner's possessive may start.
_REACH = 60


def _a_persons_mention(m: Mention, named: list[Mention]) -> bool:
    """Whether a mention of someone the article shows to be a person is tagged so, or the tagger tagged none
    of their mentions a person ("the Washington Post's Ishaan Tharoor", the name tagged an organisation)."""
    return m.label == "PERSON" or not any(x.label == "PERSON" for x in named)


def owner_before_name(ctx: _Context, named: Iterable[Mention]) -> Role | None:
    """The possessive of an organisation (tagged so, with no person's name inside) right before one
    of a person's names, as a title, when the article places that organisation; None otherwise."""
    named = list(named)
    for m in sorted(named, key=lambda m: m.start):
        if not _a_persons_mention(m, named) or ctx.in_title(m.start):
            continue
        found = _OWNER_BEFORE.search(ctx.text, max(0, m.start - _REACH), m.start)
        if found is None:
            continue
        a, b = found.span(1)
        labels = {x.label for x in ctx.speakers.mentions_in(a, b)}
        if not labels or not labels <= {"ORG", "GPE"}:
            continue  # "Clinton's Tim Kaine": a person's, no employer
        group = owner_group(ctx, found.group(1), labels)
        if group != "unknown" and ("ORG" in labels or group not in _A_PLACES):
            # (the tagger takes some bodies for places, "Atticus"; a place's own people are not its
            # staff: "Britain's Tim Henman")
            return found.group(1), a, b, True
    return None


#: A body named by a common noun for it, with "the" and a possessive, right before a name: "The union's Geoff
#: Derrick says", "the paper's Robert Costa" (broadcast and press style for a body the article has named before).
_DEFINITE_OWNER_BEFORE = re.compile(r"\b([Tt]he\s+([a-z]+)(?:['’]s|(?<=s)['’]))[ \t]+$")


def definite_owner_before_name(ctx: _Context, named: Iterable[Mention]) -> Role | None:
    """ "The union's" right before one of a person's names, as a title, when its noun is a word for a body
    ("union", "council", "bureau", "paper"; not "the victim's") and the article or the lexicon places that body;
    None otherwise."""
    named = list(named)
    for m in sorted(named, key=lambda m: m.start):
        if not _a_persons_mention(m, named) or ctx.in_title(m.start):
            continue
        found = _DEFINITE_OWNER_BEFORE.search(ctx.text, max(0, m.start - 30), m.start)
        if found is None or found.group(2) not in ctx.org_heads:
            continue
        if definite_owner_group(ctx, found.group(1), found.start(1)) != "unknown":
            return found.group(1), *found.span(1), True
    return None


def definite_owner(words: str) -> bool:
    """Whether a role is only a body's common noun with "the" and a possessive ("The union's")."""
    return _DEFINITE_OWNER_BEFORE.fullmatch(words + " ") is not None


@cache
def _name_with(noun: str) -> re.Pattern[str]:
    """A body's name holding ``noun`` (lower-case letters), tagged or not: capitalised words and the noun
    capitalised ("Northern Territory Aids Council"), or the noun and "of" a name ("Bureau of Statistics")."""
    return re.compile(
        rf"(?:[A-Z][\w&'’.-]*\s+){{1,5}}{noun.title()}\b(?:\s+(?:of|for)(?:\s+the)?(?:\s+[A-Z][\w'’-]*){{1,4}})?"
        rf"|\b{noun.title()}\s+(?:of|for)(?:\s+the)?(?:\s+[A-Z][\w'’-]*){{1,4}}"
    )


def definite_owner_group(ctx: _Context, owner: str, at: int) -> str:
    """The group of the body "the union's" (``owner``, at ``at``) stands for: the last organisation named before it
    with that word in its name ("the Northern Territory Aids Council ... The council's"), as ``owner_group`` places
    it, else what the lexicon says of the word ("union": civil society)."""
    noun = owner.split()[-1].lower().removesuffix("'s").removesuffix("’s").rstrip("'’")
    found = list(_name_with(noun).finditer(ctx.text, max(0, at - 3000), at))
    if found:
        name = re.sub(r"^(?:The|A|An)\s+", "", found[-1].group(0))
        group = owner_group(ctx, name, {"ORG"})
        if group != "unknown":
            return group
    return role_group(owner, name=True)


#: Groups a place speaking is read as (its government): a place's possessive says where someone is from.
_A_PLACES = frozenset({"government official or spokesperson", "politician", "police, military, justice"})


def owner_group(ctx: _Context, owner: str, labels: set[str]) -> str:
    """The group of an organisation whose possessive stands before a person's name (``owner``, "MSN's",
    its mentions' entity ``labels``): what the article or the lexicon says the body is, a finance
    house's analyst ("ABN Amro's Eddie Wong": the labels' bank-analysts rule), or in a sports story a
    body tagged an organisation and placed nowhere else, a club ("Arsenal's Patrick Vieira": its
    player or staff, the sports-club rule). "unknown" when none."""
    group = _employer_group(ctx, owner)
    if group == "unknown":
        group = role_group(owner, name=True)
    if group == "unknown" and labels == {"ORG"} and "culture and sport" in ctx.story:
        group = "culture and sport"
    return group


def owner_role_group(ctx: _Context, role: Role) -> str:
    """``owner_group`` for a role that is only an organisation's possessive, as ``owner_before_name`` gives
    it; "unknown" for any other role."""
    words, a, b, _ = role
    if _OWNER_BEFORE.fullmatch(words + " ") is None:
        return "unknown"
    labels = {x.label for x in ctx.speakers.mentions_in(a, b)}
    return owner_group(ctx, words, labels) if labels else "unknown"
