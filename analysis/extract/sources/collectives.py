"""A bare collective ("The panel", "the committee") read as the body the article described before it:
a step of ``post_groups.group_by_role``."""

from __future__ import annotations

import re

from analysis.extract.sources.context import Role, _Context
from analysis.extract.sources.groups import role_group

#: A collective of people written with "the" and nothing else: the words say no field of their own.
_BARE_COLLECTIVE = re.compile(r"^(?:the|this)\s+(?P<noun>panel|committee)$", re.IGNORECASE)


#: A word describing the collective before its noun: no determiner, no possessive.
_MODIFIER = r"(?!(?:a|an|the|this|that|its|his|her|their)\b)[\w-]+"


def _earlier_mentions(noun: str) -> re.Pattern[str]:
    """An earlier mention of the collective with what describes it: a determiner, up to four words
    before the noun ("The expert panel", "the Commons science and technology committee") and an
    "of" phrase after it ("a panel of experts", "a committee of MPs"). Words stop at punctuation, so
    a mention never reaches into the sentence before; nor past another determiner or a possessive ("the
    council's work the committee" is no description of the committee)."""
    return re.compile(
        rf"\b(?:a|an|the)\s+(?P<before>(?:{_MODIFIER}\s+){{0,4}}){noun}s?\b(?P<after>\s+of\s+[\w-]+(?:\s+[\w-]+)?)?",
        re.IGNORECASE,
    )


def described_collective(ctx: _Context, role: Role) -> str:
    """The group of a bare "the panel"/"the committee": that of the latest mention before it whose words
    place it ("a panel of experts" at a trade show: expert; "a committee of MPs": politician); "unknown"
    when the role is no bare collective or no earlier mention is placed."""
    found = _BARE_COLLECTIVE.match(role[0].strip())
    if found is None:
        return "unknown"
    before = ctx.text[: role[1]]
    for mention in reversed(list(_earlier_mentions(found.group("noun").lower()).finditer(before))):
        if not (mention.group("before") or mention.group("after")):
            continue  # another bare "the committee": it says no more than the role does
        group = role_group(mention.group(0), False, ctx.story, generic=False)
        if group != "unknown":
            return group
    return "unknown"
