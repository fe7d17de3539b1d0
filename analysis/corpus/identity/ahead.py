"""What ``join.unit_map`` works out from the names and the tables alone while the cue words are read
(in a second process where one is free, 13-p, 13-ap): ``Ahead``."""

from __future__ import annotations

from collections import Counter, defaultdict

import numpy as np

from analysis.corpus.identity.article_cues import called_by_honorific, called_by_surname, list_mates
from analysis.corpus.identity.context import article_date, article_keys
from analysis.corpus.identity.learned import type_model
from analysis.corpus.identity.name_shape import concept_acronyms, name_votes
from analysis.corpus.identity.names import _is_acronym, city_keys, looks_like_a_person, place_types
from analysis.corpus.identity.unrelated import WordVectors
from analysis.corpus.tables import Tables


class Ahead:
    """What ``unit_map`` works out from the names and the tables alone, while the cue words are read:
    the articles' topics, outlets, dates and texts, the units of each name key, each unit's name votes
    (``name_shape.name_votes``: units of a country's or a listed name, or standing for a longer name,
    have none), the names shaped like a person's, the units their articles call by the surname alone
    or with an honorific, list neighbours, each article's less common name keys, the concept acronyms,
    and the data the later passes read (loaded here, once)."""

    def __init__(
        self, tables: Tables, aids: list[str], names: list[str], keys: list[str], counts: list[int], cut: set[int]
    ) -> None:
        arts = tables.articles.set_index("article_id")
        self.topics = {
            a: frozenset(t) if isinstance(t, list | np.ndarray) else frozenset() for a, t in arts["topics"].items()
        }
        self.outlets = {a: o if isinstance(o, str) and o else None for a, o in arts["outlet"].items()}
        self.dates = {a: article_date(d) for a, d in arts["date"].items()}
        self.texts = dict(zip(tables.articles["article_id"], tables.articles["text"], strict=True))
        self.by_key: dict[str, list[int]] = defaultdict(list)
        for i, k in enumerate(keys):
            self.by_key[k].append(i)
        # (not a word standing for a longer name there: "[[Swiss]] Re" is no nationality word's unit)
        self.name_votes: dict[int, Counter] = {}
        for i, (x, k) in enumerate(zip(names, keys, strict=True)):
            if i not in cut and not k.startswith(("country:", "org:")) and (votes := name_votes(x, counts[i])):
                self.name_votes[i] = votes
        self.person_shaped = {
            k: idx
            for k, idx in self.by_key.items()
            if not k.startswith(("country:", "org:")) and any(looks_like_a_person(names[i], compound=True) for i in idx)
        }
        self.by_surname = called_by_surname(tables, {names[i] for idx in self.person_shaped.values() for i in idx})
        self.honorific = called_by_honorific(tables, aids, names)
        self.unit_of = {(a, x): i for i, (a, x) in enumerate(zip(aids, names, strict=True))}
        self.mates = list_mates(tables, set(self.unit_of))
        self.art_keys = article_keys(aids, keys)
        self.concepts = concept_acronyms(self.texts.values(), {x for x in set(names) if _is_acronym(x)})
        # the articles' word vectors for rare one-word names (unrelated.py; their document frequencies
        # are counted in a child while the votes are cast, join.py)
        self.words = WordVectors(self.texts)
        city_keys(), place_types(), type_model()  # (the data files, read once in a process)
