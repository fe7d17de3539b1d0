"""Whose voice a bare spokesperson is: "his spokesman" speaks for the person the pronoun stands for,
and so for that person's field (the labels' rule: the body decides a spokesperson's group; a
businessman's spokesman is business). Run after every speaker of the article has its group."""

from __future__ import annotations

import re
from collections.abc import Sequence

from analysis.extract.sources.bodies import _BODY_FIELDS
from analysis.extract.sources.context import _Context
from analysis.extract.sources.lexicons import _known_names
from analysis.records import Speaker

#: A spokesperson named only by whose they are: "his spokesman", "Her official spokeswoman".
_POSSESSIVE_VOICE = re.compile(
    r"(?:his|her|their)\s+(?:(?:own|official|press|chief)\s+)?spokes(?:man|woman|person)", re.IGNORECASE
)
#: A spokesperson of someone in a field of their own (``_BODY_FIELDS``) speaks for them as such. A
#: politician's spokesman is their staff (the spokesperson's default), as is an official's.
_DEFAULT = "government official or spokesperson"


def principals_groups(ctx: _Context, speakers: Sequence[Speaker]) -> None:
    """Give each unnamed "his/her spokesman" whose group is only the spokesperson's default the group
    of the person the article's pronoun stands for, when that person is a speaker of the article (or a
    known person) of a field of their own ("Duncan Bannatyne ... The businessman ... His spokesman
    said": business). A politician's spokesman keeps the default; so does one whose pronoun stands for
    no one."""
    groups = {s.name: s.role_group for s in speakers if s.kind == "named person"}
    people = _known_names()[1]
    for s in speakers:
        if s.kind != "unnamed person" or s.role_group != _DEFAULT or s.role is None or s.role_start is None:
            continue
        if not _POSSESSIVE_VOICE.fullmatch(s.role.strip()):
            continue
        whose = ctx.pronoun_at.get(s.role_start)
        group = groups.get(whose or "") or people.get(whose or "")
        if group in _BODY_FIELDS:
            s.role_group = group
