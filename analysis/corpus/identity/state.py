"""What the phases of ``join.unit_map`` share: the units (article-level entities, by index), the
articles they are in, their type evidence, and the joins so far."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from analysis.corpus.identity.context import same_context
from analysis.corpus.identity.sets import Sets
from analysis.corpus.identity.sport import SportCode
from analysis.corpus.identity.unrelated import WordVectors
from analysis.corpus.identity.votes import Evidence
from analysis.corpus.tables import Tables

#: Types that never join a longer name as its part (people have their own rules; places and groups
#: are named in longer names of other things: "England" in "Bank of England").
NOT_THINGS = frozenset({"PERSON", "GPE", "LOC", "NORP", "FAC"})
#: the coarse kind of a type (senses of one name differ by kind); any other type is "OTHER"
COARSE = {"GPE": "PLACE", "LOC": "PLACE", "FAC": "PLACE", "ORG": "ORG", "PERSON": "PERSON", "NORP": "NORP"}
#: a senses entry: (coarse kind, its units)
Sense = tuple[str, list[int]]


@dataclass
class Units:
    """The units and what the phases work out about them. Lists are indexed by unit; a phase may change
    ``labels`` and ``keys`` (a unit found to be a person's surname) and writes ``notes``."""

    tables: Tables
    aids: list[str]
    names: list[str]
    #: the model's labels (NO_VOTE: none that counts)
    labels: list[str]
    counts: list[int]
    #: name keys ("country:GB", "org:...", "tony blair")
    keys: list[str]
    #: the name each unit shows for its entity
    shown: list[str]
    #: why each unit is where it is (None: nothing to say)
    notes: list[str | None]
    #: the cue words' votes at each unit's mentions, with the name's own votes added
    unit_cues: list[Counter | None]
    #: the cue words' votes alone, by (article_id, name)
    cues: dict[tuple[str, str], Counter]
    evidence: Evidence
    by_key: dict[str, list[int]]
    #: the type decided for each name key's units
    key_label: dict[str, str]
    #: the articles each name key is used in
    key_articles: dict[str, set[str]]
    topics: dict[str, frozenset]
    outlets: dict[str, str | None]
    dates: dict[str, date | None]
    texts: dict[str, object]
    #: the articles' word vectors (unrelated.py), their document frequencies counted by ahead.Ahead
    words: WordVectors
    #: each article's less common name keys (context.article_keys)
    art_keys: dict[str, set[str]]
    #: acronyms the corpus spells out only in lower case ("digital rights management (DRM)")
    concepts: set[str]
    sport_code: SportCode
    #: city names (names.city_keys) and listed places (names.place_types: they decide their type outright)
    cities: frozenset[str]
    listed: dict[str, str]
    sets: Sets
    #: key -> its senses: one, unless its topics name different kinds of thing (senses.split_senses)
    senses: dict[str, list[Sense]] = field(default_factory=dict)
    #: "R [[Lamont]]": a one-word person's unit -> the initial every mention follows (cut_names)
    initial_of: dict[int, str] = field(default_factory=dict)
    #: units of a one-word person's name, decided one article at a time (people.join_people)
    surname_units: list[int] = field(default_factory=list)
    #: units a city's name names the city in: their corpus entity is a place whatever the model said
    city_units: list[int] = field(default_factory=list)
    #: units a city's name names its club or event in -> that entity's type (never a place)
    club_units: dict[int, str] = field(default_factory=dict)
    #: units found to be a person's name there (not the city or place)
    to_person: set[int] = field(default_factory=set)

    def near(self, a: str, b: str) -> bool:
        """Articles a and b are one topic / outlet / time window (context.same_context)."""
        return same_context(a, b, self.topics, self.outlets, self.dates)

    def share_topic(self, k1: str, k2: str) -> bool:
        """Some article of name key k1 and some of k2 are one topic / outlet / time window."""
        topics, outlets, dates, arts = self.topics, self.outlets, self.dates, self.key_articles
        return any(same_context(x, y, topics, outlets, dates) for x in arts[k1] for y in arts[k2])

    def units_share_topic(self, units: list[int], k2: str) -> bool:
        """Some article of these units and some of name key k2 are one topic / outlet / time window."""
        aids, topics, outlets, dates = self.aids, self.topics, self.outlets, self.dates
        return any(same_context(aids[i], y, topics, outlets, dates) for i in units for y in self.key_articles[k2])
