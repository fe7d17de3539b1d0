"""The members of a body the article names, speaking together: "MPs said" in a report on what a
select committee found are that committee's MPs, an identified group, not unnamed people."""

from __future__ import annotations

import re

#: The whole of a speaker's words for a committee's members: "MPs", "the MPs", "Committee members",
#: "members of the committee", "the committee's members". Not a share or a kind of them ("some MPs",
#: "backbench MPs", "female MPs": unnamed plurals) nor bare "members" (whose members the words
#: do not say).
_MEMBERS = re.compile(
    r"(?:the\s+)?(?:mps|committee\s+members|members\s+of\s+the\s+committee|committee['’]s\s+members)",
    re.IGNORECASE,
)

#: A parliamentary committee the article names: "the environment select committee", "the Public
#: Accounts Committee", "a committee of MPs"; not a party's "Democratic National Committee".
_COMMITTEE = re.compile(
    r"\b[Ss]elect\s+[Cc]ommittee\b|\bcommittee\s+of\s+(?:MPs|peers)\b"
    r"|\b(?:[A-Z][\w&'’-]*\s+){1,4}(?<!National\s)Committee\b"
)


def members_of_a_committee(text: str, words_text: str) -> bool:
    """Whether a speaker's words are the members of a parliamentary committee the article names, so a
    country or group (the fresh3 select-committee MPs precedent of the Sources labels)."""
    if _MEMBERS.fullmatch(words_text.strip()) is None:
        return False
    return _COMMITTEE.search(text) is not None


#: A committee of a parliament: "select committee", "committee of MPs", "the Public Accounts Committee",
#: "the House/Senate/Commons ... Committee" (not the International Olympic or a charity's committee).
_PARLIAMENTARY = re.compile(
    r"\b[Ss]elect\s+[Cc]ommittee\b|\bcommittee\s+of\s+(?:MPs|peers)\b|\bPublic\s+Accounts\s+Committee\b"
    r"|\b(?:House|Senate|Commons|Lords|Congressional|Parliamentary)\s+(?:[A-Z][\w&'’-]*\s+){0,4}Committee\b"
)


def members_group(text: str, words_text: str) -> str | None:
    """The group of a parliamentary committee's members speaking together ("Committee members" of the
    Public Accounts Committee): politicians, as its MPs are; None for any other words or committee."""
    if not members_of_a_committee(text, words_text) or _PARLIAMENTARY.search(text) is None:
        return None
    return "politician"
