"""``Draft``: one speaker as the steps of ``speaker._speaker`` settle it, each step reading what the
steps before it found and changing what it settles."""

from __future__ import annotations

from dataclasses import dataclass, field

from analysis.extract.sources.context import Role
from analysis.records import Mention, Quote


@dataclass
class Draft:
    name: str  #: the name the quotes are credited to
    said: list[Quote]  #: its quotes, in order
    named: list[Mention]  #: the tagger's mentions of the name
    label: str | None  #: the tagger's label for the name (None: words the tagger did not name)
    kind: str = "unknown"
    role: Role | None = None
    group: str | None = None  #: None until a step settles it
    start: int | None = None  #: where the speaker's own words stand (untagged names only)
    end: int | None = None
    full: str | None = None  #: the full name of a person the speaker is the surname of
    spelled: tuple[str, str | None] | None = None  #: the long name a short one is defined by
    inside_people: list[Mention] = field(default_factory=list)  #: people named inside the speaker's words
    who: str = ""  #: whose pronouns, honorifics and gendered words are the speaker's evidence
    where: tuple[int, int] | None = None  #: a description's own words, read for gendered words
