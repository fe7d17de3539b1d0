"""Which article-level entities (units) are one corpus entity, with its name and type: the unit map.

``unit_map`` reads the units and their type evidence (``_read_units``), then runs the phases in order,
each on the shared ``state.Units``: senses of one name (senses.py), plural descriptions, acronyms
(acronyms.py), people's names (people.py), parts of longer names of things (things.py), generic
institutions by country (institutions.py), the types nothing changes and the hand edits, and last
each entity's type and name (decide.py). The order matters: each phase reads the joins before it.
Where a second core is free, forked children (halves.py) read the cue words (begun before the name keys
are worked out: ``evidence.CuesAhead``), then in turn the senses pass's mention tests, the word vectors'
document frequencies and the words around the mentions the learned model reads (``halves.InTurn``), and
decide most of the entities it may relabel, each beside this process's own work."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from typing import Any

import pandas as pd

from analysis.corpus.identity.acronyms import join_acronyms
from analysis.corpus.identity.ahead import Ahead
from analysis.corpus.identity.article_cues import LIST_WEIGHT
from analysis.corpus.identity.cut_names import Keys, unit_keys
from analysis.corpus.identity.decide import ContextAhead, decide_entities
from analysis.corpus.identity.edits import Override, apply_overrides
from analysis.corpus.identity.evidence import CUE_WEIGHT, CuesAhead, sequel_named
from analysis.corpus.identity.halves import InTurn
from analysis.corpus.identity.institutions import split_by_country
from analysis.corpus.identity.learned import TypeModel
from analysis.corpus.identity.name_shape import given_name_vote
from analysis.corpus.identity.names import _singular, city_keys, place_types
from analysis.corpus.identity.people import join_people
from analysis.corpus.identity.senses import MentionTests, split_senses
from analysis.corpus.identity.sets import Sets
from analysis.corpus.identity.sport import SportCode
from analysis.corpus.identity.state import COARSE, Units
from analysis.corpus.identity.things import join_parts_of_things
from analysis.corpus.identity.unrelated import MIN_CORPUS
from analysis.corpus.identity.votes import Evidence, added
from analysis.corpus.tables import Tables

MAP_COLUMNS = ["article_id", "alias", "entity_id", "name", "label", "identity_note", "count"]
#: The given-name vote ("Taylor Dent" is a person) counts for at most this many articles in all.
GIVEN_NAME_ARTICLES = 2


def unit_map(
    tables: Tables,
    overrides: Iterable[Override] = (),
    *,
    learned: TypeModel | None | bool = True,
    features_out: dict[int, tuple[dict[str, float], str, list[int]]] | None = None,
) -> pd.DataFrame:
    """One row per article-level entity (``article_id``, ``alias`` = the name the article used): the
    corpus ``entity_id``, ``name``, ``label`` and an ``identity_note``.

    ``learned``: the learned type model (``learned.py``) that may change a decided type: True for the
    shipped one, False/None for the rules alone. ``features_out``, when given, gets each corpus entity
    the model may relabel: root -> (its features, the rules' label, its unit indices) (for training)."""
    if tables.entities.empty:
        return pd.DataFrame(columns=MAP_COLUMNS)
    u, ahead, tests = _read_units(tables)
    try:
        _note_listed(u)
        split_senses(u, tests)
        _join_plurals(u)
        _join_word_orders(u)
        join_acronyms(u)
        join_people(u)
        join_parts_of_things(u)
        split_by_country(u)
        forced = _forced_types(u, list(overrides))
        ids, names, labels = decide_entities(u, forced, learned, features_out, ahead)
    finally:
        tests.close()
        ahead.close()
    return pd.DataFrame(
        {
            "article_id": u.aids,
            "alias": u.names,
            "entity_id": ids,
            "name": names,
            "label": labels,
            "identity_note": u.notes,
            "count": u.counts,
        },
        columns=MAP_COLUMNS,
    )


def _read_units(tables: Tables) -> tuple[Units, ContextAhead, MentionTests]:
    """The units, their name keys, the cue words at their mentions and the votes of their names, and the
    type each name key's units have by that evidence; and, begun in second processes, the words around
    the mentions the learned model will read (``ContextAhead``) and the mention tests of ``split_senses``
    (``MentionTests``): the caller closes both."""
    ents = tables.entities
    aids = ents["article_id"].tolist()
    names = ents["name"].astype(str).tolist()
    labels = ents["label"].astype(str).tolist()
    counts = ents["count"].fillna(1).astype(int).tolist()
    # the cue words are read in a second process where one is free, begun before the name keys are
    # worked out, while this one works them out and what does not wait for the cues (13-p, 13-ap)
    early = CuesAhead(tables, names)
    try:
        ks = unit_keys(tables, aids, names, labels, counts)
        keys = ks.keys
        standing = set(ks.cut) | set(ks.after_word)
        ahead = Ahead(tables, aids, names, keys, counts, standing)
        # names in the data decide their type outright: their mentions need no cue votes
        cues = early.votes(
            {x for x, k in zip(names, keys, strict=True) if not k.startswith(("country:", "org:"))}, ks.longer_end
        )
    finally:
        early.close()
    by_key = ahead.by_key
    # read in one child in turn while this process casts the votes and joins: the mention tests the
    # senses pass asks first, the document frequencies it asks next (a large enough corpus only), and
    # the words around the mentions the learned model reads last (13-z, 13-ap)
    tests = MentionTests(tables, aids, names, by_key)
    context = ContextAhead(tables, aids, names, counts, by_key)
    words = ahead.words
    jobs: list[Callable[[], Any]] = [tests.read, context.job]
    if len(words.texts) >= MIN_CORPUS:
        jobs.insert(1, words.count_documents)
    if context.likely:  # (none where no child can be made: each reads its own here)
        turn = InTurn(jobs, len(tables.mentions))
        tests.started, context.started = turn.part(0), turn.part(len(jobs) - 1)
        if len(jobs) == 3:
            words.pending = turn.part(1)
    try:
        unit_cues = [cues.get(u) for u in zip(aids, names, strict=True)]
        evidence = Evidence(labels, unit_cues)
        key_label = _cast_votes(ahead, ks, names, aids, counts, unit_cues, evidence)
    except BaseException:
        context.close()
        tests.close()
        raise
    units = Units(
        tables=tables,
        aids=aids,
        names=names,
        labels=labels,
        counts=counts,
        keys=keys,
        shown=ks.shown,
        notes=[None] * len(names),
        unit_cues=unit_cues,
        cues=cues,
        evidence=evidence,
        by_key=by_key,
        key_label=key_label,
        key_articles={k: {aids[i] for i in idx} for k, idx in by_key.items()},
        topics=ahead.topics,
        outlets=ahead.outlets,
        dates=ahead.dates,
        texts=ahead.texts,
        words=ahead.words,
        art_keys=ahead.art_keys,
        concepts=ahead.concepts,
        sport_code=SportCode(ahead.texts),
        cities=city_keys(),
        listed=place_types(),
        sets=Sets(len(names)),
        initial_of=ks.initial_before,
    )
    return units, context, tests


def _cast_votes(
    ahead: Ahead,
    ks: Keys,
    names: list[str],
    aids: list[str],
    counts: list[int],
    unit_cues: list[Counter | None],
    evidence: Evidence,
) -> dict[str, str]:
    """Add the names' own votes to the units' cue votes (``unit_cues``, changed) and decide each name key's
    type from them: the key -> its type."""
    for i, votes in ahead.name_votes.items():  # a name's head word votes at each mention
        unit_cues[i] = added(unit_cues[i], votes)
    for i in ks.role_first:  # the role word is the person cue it would be outside the name ("winger X")
        unit_cues[i] = added(unit_cues[i], {"PERSON": CUE_WEIGHT * counts[i]})
    by_surname = ahead.by_surname
    for idx in ahead.person_shaped.values():  # "Taylor Dent": a common given name votes for a person
        if vote := given_name_vote({names[i] for i in idx}, evidence(idx)[1], sum(counts[i] for i in idx)):
            # one fact about the name, not new evidence in each article: at most two articles' worth in
            # all, so a firm the model calls an organisation in many articles stays one ("Merrill Lynch"),
            # except in articles that call it by its last word alone, as they do a person ("Dent said")
            shared = vote * min(1.0, GIVEN_NAME_ARTICLES / len(idx))
            for i in idx:
                v = vote if (aids[i], names[i]) in by_surname else shared
                unit_cues[i] = added(unit_cues[i], {"PERSON": v})
    # "Irish tycoons JP McManus and John Magnier ... Mr McManus said": a name whose article calls it by an
    # honorific and its last word (a name of its own there, or a mention) is a person's, whatever the
    # model called the full name
    for i, votes in ahead.honorific.items():
        unit_cues[i] = added(unit_cues[i], {"PERSON": CUE_WEIGHT * votes})
    by_key, keys = ahead.by_key, ks.keys
    key_label = {k: evidence.label(idx, k) for k, idx in by_key.items()}
    # names in one list share a kind ("Open Water, Napoleon Dynamite, X and Super-Size Me"; "eDonkey, X
    # and Grokster"): each list neighbour's type, as decided above, votes once; then decide again
    unit_of, mates = ahead.unit_of, ahead.mates
    if mates:
        voted: set[str] = set()
        for u, others in mates.items():
            kinds = {key_label[keys[unit_of[o]]] for o in others}
            if len(set(others)) >= 2 and len(kinds) == 1:  # a list of three or more of one kind
                i = unit_of[u]
                unit_cues[i] = added(unit_cues[i], {kinds.pop(): LIST_WEIGHT})
                voted.add(keys[i])
        for k in voted:  # (only their evidence changed)
            key_label[k] = evidence.label(by_key[k], k)
    return key_label


def _note_listed(u: Units) -> None:
    """Units of a name in the data (a country's, or the alias list's) say so."""
    for k, idx in u.by_key.items():
        if k.startswith(("country:", "org:")):
            what = "a country's name (pycountry and the alias list)" if k[0] == "c" else "a name in the alias list"
            for i in idx:
                u.notes[i] = what


def _join_plurals(u: Units) -> None:
    """Plural descriptions and groups: "Conservatives" with "Conservative", "Tories" with "Tory"; only where
    some article of each is one topic / outlet / time window: a name's plural used only where the
    singular never is names another thing (the club Wasps, the film Wasp; the Games, the retailer Game); nor a
    title whose sequel is named beside it."""
    by_key, key_label, sets = u.by_key, u.key_label, u.sets
    aids, names, texts = u.aids, u.names, u.texts
    for k, idx in by_key.items():
        single = _singular(k)
        if single in by_key and "PERSON" not in (key_label[k], key_label[single]) and u.share_topic(k, single):
            # a title whose sequel its article names ("Ring" where "Ring 2" is named) is a whole title,
            # not the singular of another ("Rings", The Lord of the Rings): as in things.py (13-ak)
            if all(sequel_named(names[i], texts.get(aids[i])) for i in by_key[single]):
                continue
            sets.union(idx[0], by_key[single][0])


def _join_word_orders(u: Units) -> None:
    """One name's words in another order ("Group Menatep" / "Menatep Group", "Zhang Yimou" / "Yimou Zhang",
    "UBS Brunswick" / "Brunswick UBS"): the two names of the same words, of one coarse type, where some article
    of each is one topic / outlet / time window (13-ak; only where exactly two names have those words)."""
    by_words: dict[tuple[str, ...], list[str]] = {}
    for k in u.by_key:
        if " " in k and not k.startswith(("country:", "org:")):
            by_words.setdefault(tuple(sorted(k.split(" "))), []).append(k)
    key_label, by_key = u.key_label, u.by_key
    for ks in by_words.values():
        if (
            len(ks) == 2
            and COARSE.get(key_label[ks[0]], "OTHER") == COARSE.get(key_label[ks[1]], "OTHER")
            and u.share_topic(ks[0], ks[1])
        ):
            u.sets.union(by_key[ks[0]][0], by_key[ks[1]][0])


def _forced_types(u: Units, overrides: list[Override]) -> dict[int, str]:
    """root -> a type no evidence changes: a city's club or event's, a city's (GPE), a hand edit's (applied
    last: its merges and splits too)."""
    sets = u.sets
    forced = {sets.find(i): label for i, label in u.club_units.items() if i not in u.to_person}
    forced.update({sets.find(i): "GPE" for i in u.city_units if i not in u.to_person})
    forced.update(apply_overrides(overrides, sets, u.names, u.notes))  # hand edits last
    return forced
