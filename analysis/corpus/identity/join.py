"""Which article-level entities are one corpus entity, with its name and type: the unit map."""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from datetime import date
from typing import Any

import numpy as np
import pandas as pd

from analysis.corpus.identity.edits import Override
from analysis.corpus.identity.evidence import (
    CUE_WEIGHT,
    OPPONENT_CUE,
    PLACE_CUE,
    concept_acronyms,
    cue_scan,
    decide_label,
    given_name_vote,
    name_votes,
)
from analysis.corpus.identity.halves import beside
from analysis.corpus.identity.institutions import country_groups, generic_core, most_named, unit_countries
from analysis.corpus.identity.learned import (
    MIN_MENTIONS,
    TypeModel,
    context_scan,
    fine_label,
    group_features,
    type_model,
)
from analysis.corpus.identity.names import (
    _ends,
    _is_acronym,
    _name_variants,
    _singular,
    _starts,
    base_key,
    city_keys,
    head_label,
    initials,
    looks_like_a_person,
    name_key,
    place_types,
    role_words,
    venue_words,
    with_small_words,
)
from analysis.corpus.identity.roles import people_by_role, role_votes, topic_fields
from analysis.corpus.identity.unrelated import WordVectors, unrelated_groups
from analysis.corpus.tables import Tables
from analysis.records import REFERENCE_LABELS

#: Articles further apart than this (both dated) are not one time window for a surname.
WINDOW_DAYS = 30
#: The given-name vote ("Taylor Dent" is a person) counts for at most this many articles in all.
GIVEN_NAME_ARTICLES = 2
#: An acronym with several expansions in the corpus joins one named in this many times as many articles.
ACRONYM_DOMINANCE = 5
#: a name with at least this share of its mentions after "at", in reports of one football or rugby
#: code for at least GROUND_SPORT of its mentions, is a ground (join.unit_map)
GROUND_AT = 0.3
GROUND_SPORT = 0.5
MAP_COLUMNS = ["article_id", "alias", "entity_id", "name", "label", "identity_note", "count"]
#: A one-word name is an unclear short form ("United") when the longer names ending with it in its
#: topic have this many times its units there.
SHORT_FORM_DOMINANCE = 2
#: The model label of a unit whose label is no evidence (a name the model cut short): it casts no vote.
NO_VOTE = ""
#: Types that never join a longer name as its part (people have their own rules; places and groups
#: are named in longer names of other things: "England" in "Bank of England").
_NOT_THINGS = frozenset({"PERSON", "GPE", "LOC", "NORP", "FAC"})


class _Sets:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)

    def groups(self) -> dict[int, list[int]]:
        """Each set's members, in order, by its root (``find``), the sets in the order of their roots.
        A root is its set's smallest member (``union`` points the larger root at the smaller), so every
        parent is below its child and one pass in order finds every member's root from its parent's."""
        root = list(self.parent)
        out: dict[int, list[int]] = defaultdict(list)
        for i, p in enumerate(self.parent):
            if p != i:
                root[i] = root[p]
            out[root[i]].append(i)
        return out


def _counter(items: dict | None = None) -> Counter:
    """``Counter()`` or ``Counter(items)`` for a mapping: the same counter, made without
    ``Counter.__init__``'s call, ``update`` and its Mapping check (1.3 and 3.8 against 0.3 and 0.7 µs;
    the evidence sums and added votes make about 60,000 of them on the BBC corpus, 13-u)."""
    out = Counter.__new__(Counter)
    if items:
        dict.update(out, items)
    return out


class _Evidence:
    """The type evidence of a set of units: (model labels, cue votes) summed over them. unit_map asks
    about 37,000 times, most often for one name key's units, and again for the same units as one corpus
    entity: ``label`` decides a name key's units and keeps their sum and label, which later questions
    about exactly those units (in that order) get back until ``forget`` is told that a unit's label or
    votes changed. The counters handed back are only read."""

    def __init__(self, labels: list[str], unit_cues: list[Counter | None]) -> None:
        self.labels, self.unit_cues = labels, unit_cues
        #: a name key's units -> (their evidence, their label); each unit in one of them at most
        self.kept: dict[tuple[int, ...], tuple[tuple[Counter, Counter], str]] = {}
        self.kept_with: dict[int, tuple[int, ...]] = {}

    def __call__(self, idx: Iterable[int]) -> tuple[Counter, Counter]:
        units = tuple(idx)
        got = self.kept.get(units)
        return got[0] if got is not None else self._sum(units)

    def _sum(self, idx: tuple[int, ...]) -> tuple[Counter, Counter]:
        # one pass, counters filled by plain item updates rather than Counter(iterable), which checks
        # its argument's type each time; one unit's cue counter is handed back as it is, and a sum is
        # copied from the first before the next is added, item by item as Counter.update adds a
        # mapping to a non-empty counter (13-m)
        labels, unit_cues = self.labels, self.unit_cues
        model = _counter()
        cue: Counter | None = None
        own = False  # whether ``cue`` is this call's own sum (else a unit's counter, not to be changed)
        for i in idx:
            if (lab := labels[i]) != NO_VOTE:
                model[lab] += 1
            if c := unit_cues[i]:
                if cue is None:
                    cue = c
                else:
                    if not own:
                        cue, own = _counter(cue), True
                    get = cue.get
                    for kind, v in c.items():
                        cue[kind] = v + get(kind, 0)
        return model, cue if cue is not None else _counter()

    def label(self, idx: list[int], key: str) -> str:
        """The type decided for the units of one name key (``key``), kept with their evidence."""
        units = tuple(idx)
        self.forget(units)
        ev = self._sum(units)
        label = decide_label(*ev, [key])
        self.kept[units] = (ev, label)
        for i in units:
            self.kept_with[i] = units
        return label

    def decided(self, idx: list[int]) -> str | None:
        """The label ``label`` decided for exactly these units (in this order), if it did."""
        got = self.kept.get(tuple(idx))
        return got[1] if got is not None else None

    def forget(self, changed: Iterable[int]) -> None:
        """Units whose label or cue votes changed: nothing kept about a set holding one of them."""
        for i in changed:
            if (units := self.kept_with.get(i)) is not None:
                self.kept.pop(units, None)
                for j in units:
                    self.kept_with.pop(j, None)


def _date(value: Any) -> date | None:
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


#: the share of the cue scan's rows this process reads itself when a second one reads the rest: the
#: rest of its time goes to ``_Ahead`` (about as long as 0.6 of the scan on the BBC corpus, 13-p)
CUE_SHARE = 0.2
#: the same for the learned model's word counts, beside the entities they cannot relabel
CONTEXT_SHARE = 0.4
#: the share of the entities the learned model may relabel this process decides itself when a second
#: one decides the rest, and how many there must be for that (about 2,000 on the BBC corpus, 0.2 ms each)
OPEN_SHARE = 0.38
OPEN_MIN = 500


def _nothing() -> None:
    return None


class _Ahead:
    """What ``unit_map`` works out from the names and the tables alone, while the cue words are read:
    the articles' topics, outlets, dates and texts, the units of each name key, each unit's name votes
    (``evidence.name_votes``: units of a country's or a listed name, or standing for a longer name,
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
        self.dates = {a: _date(d) for a, d in arts["date"].items()}
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
            if not k.startswith(("country:", "org:")) and any(looks_like_a_person(names[i]) for i in idx)
        }
        self.by_surname = _called_by_surname(tables, {names[i] for idx in self.person_shaped.values() for i in idx})
        self.honorific = _called_by_honorific(tables, aids, names)
        self.unit_of = {(a, x): i for i, (a, x) in enumerate(zip(aids, names, strict=True))}
        self.mates = _list_mates(tables, set(self.unit_of))
        self.art_keys = _article_keys(aids, keys)
        self.concepts = concept_acronyms(self.texts.values(), {x for x in set(names) if _is_acronym(x)})
        city_keys(), place_types(), type_model()  # (the data files, read once in a process)


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
    ents = tables.entities
    if ents.empty:
        return pd.DataFrame(columns=MAP_COLUMNS)
    aids = ents["article_id"].tolist()
    names = ents["name"].astype(str).tolist()
    labels = ents["label"].astype(str).tolist()
    counts = ents["count"].fillna(1).astype(int).tolist()
    n = len(names)
    keys = [name_key(x) for x in names]
    after_word = _after_a_word(tables, names, keys, labels)
    for i, longer in after_word.items():  # "Sony [[Ericsson]]": Sony Ericsson
        keys[i] = longer
    # "Winger Nitoglia", "Teenager Tait" (a role word starting a sentence, taken into the name): the surname
    role_first = _role_first(names, labels)
    for i, surname in role_first.items():
        keys[i] = name_key(surname)
    # "[[Texas]] Instruments": the unit is the longer name, and its cue words are read after all of it
    # ("Breakfast with Frost programme")
    longer_end: dict[tuple[str, str], int] = {}
    cut = _before_a_word(tables, names, keys, labels)
    for i, (longer, extra) in cut.items():
        keys[i] = longer
        longer_end[(aids[i], names[i])] = extra
    # the model's label of a cut name is the word's ("Scottish" NORP of "Scottish Executive"), not the
    # longer name's: such units cast no model vote (their cue words still do) and go by the longer name
    shown = list(names)
    for i, surname in role_first.items():
        shown[i] = surname
    if cut:
        spelt: dict[str, Counter] = defaultdict(Counter)
        wanted = {longer for longer, _ in cut.values()}  # (only the longer names' spellings are read)
        for i, k in enumerate(keys):
            if k in wanted and i not in cut:
                spelt[k][names[i]] += counts[i]
        for i, (longer, _) in cut.items():
            labels[i] = NO_VOTE
            if spelt[longer]:
                shown[i] = spelt[longer].most_common(1)[0][0]
    # names in the data decide their type outright: their mentions need no cue votes
    scan = cue_scan(
        tables, {x for x, k in zip(names, keys, strict=True) if not k.startswith(("country:", "org:"))}, longer_end
    )
    # the cue words are read (most of them in a second process where one is free) while this one works
    # out what does not wait for them (13-p)
    standing = set(cut) | set(after_word)
    cues, ahead = beside(*scan, lambda: _Ahead(tables, aids, names, keys, counts, standing), CUE_SHARE)
    topics, outlets, dates = ahead.topics, ahead.outlets, ahead.dates
    notes: list[str | None] = [None] * n
    by_key = ahead.by_key

    unit_cues = [cues.get(u) for u in zip(aids, names, strict=True)]
    for i, votes in ahead.name_votes.items():  # a name's head word votes at each mention
        unit_cues[i] = _added(unit_cues[i], votes)

    for i in role_first:  # the role word is the person cue it would be outside the name ("winger X")
        unit_cues[i] = _added(unit_cues[i], {"PERSON": CUE_WEIGHT * counts[i]})
    evidence = _Evidence(labels, unit_cues)

    by_surname = ahead.by_surname
    for idx in ahead.person_shaped.values():  # "Taylor Dent": a common given name votes for a person
        if vote := given_name_vote({names[i] for i in idx}, evidence(idx)[1], sum(counts[i] for i in idx)):
            # one fact about the name, not new evidence in each article: at most two articles' worth in
            # all, so a firm the model calls an organisation in many articles stays one ("Merrill Lynch"),
            # except in articles that call it by its last word alone, as they do a person ("Dent said")
            shared = vote * min(1.0, GIVEN_NAME_ARTICLES / len(idx))
            for i in idx:
                v = vote if (aids[i], names[i]) in by_surname else shared
                unit_cues[i] = _added(unit_cues[i], {"PERSON": v})
    # "Irish tycoons JP McManus and John Magnier ... Mr McManus said": a name whose article calls it by an
    # honorific and its last word (a name of its own there, or a mention) is a person's, whatever the
    # model called the full name
    for i, votes in ahead.honorific.items():
        unit_cues[i] = _added(unit_cues[i], {"PERSON": CUE_WEIGHT * votes})
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
                unit_cues[i] = _added(unit_cues[i], {kinds.pop(): LIST_WEIGHT})
                voted.add(keys[i])
        for k in voted:  # (only their evidence changed)
            key_label[k] = evidence.label(by_key[k], k)
    for k, idx in by_key.items():
        if k.startswith(("country:", "org:")):
            what = "a country's name (pycountry and the alias list)" if k[0] == "c" else "a name in the alias list"
            for i in idx:
                notes[i] = what
    # "United", "Office" alone where the articles of its topic name several longer names ending so
    # (Manchester United, Dundee United; the Home Office, the sitcom The Office ...): which one is not
    # clear, so such a unit joins no other (a missed merge rather than a wrong one)
    shorts = _ambiguous_short_forms(by_key, key_label, aids, names, topics)
    for k, idx in by_key.items():
        if any(i in shorts for i in idx):
            by_key[k] = [i for i in idx if i not in shorts] + [i for i in idx if i in shorts]
    sets = _Sets(n)
    texts = ahead.texts
    sport_code = _SportCode(texts)
    surname_units: list[int] = []
    #: key -> its senses [(coarse type, units)]: one, unless its topics name different kinds of thing
    senses: dict[str, list[tuple[str, list[int]]]] = {}
    #: units a city's name names the city in: their corpus entity is a place whatever the model said
    city_units: list[int] = []
    #: units a city's name names its club or event in -> that entity's type (never a place)
    club_units: dict[int, str] = {}
    cities, listed = city_keys(), place_types()  # listed places decide their type outright: no senses
    art_keys = ahead.art_keys
    split_keys: set[str] = set()
    words = WordVectors(texts)  # (unrelated.py: read only for rare one-word names)
    # full names of people used in topics whose articles name nothing else in common but places and
    # nationalities: the role words beside their mentions (roles.py) may tell two people apart
    role_keys = {
        k
        for k, idx in by_key.items()
        if key_label[k] == "PERSON" and " " in k and len({topics.get(aids[i], frozenset()) for i in idx}) > 1
    }
    people_keys = {
        a: {x for x in art_keys.get(a, ()) if _COARSE.get(key_label.get(x, ""), "OTHER") not in ("PLACE", "NORP")}
        for a in {aids[i] for k in role_keys for i in by_key[k]}
    }
    role_keys = {k for k in role_keys if len(_context_senses(k, by_key[k], aids, topics, people_keys)) > 1}
    roles = role_votes(tables, {(aids[i], names[i]) for k in role_keys for i in by_key[k]})
    for k, idx in by_key.items():
        city_person = False
        if key_label[k] == "PERSON" and " " not in k and not k.startswith("country:"):
            # a city's name the model calls a person ("Kent") whose own words say place in half its
            # articles ("in Kent", "Chatham, Kent"): its units with no person words are the city's
            own = [cues.get((aids[i], names[i])) or Counter() for i in idx] if k in cities and k not in listed else []
            if own and 2 * sum(c.get(PLACE_CUE, 0) > 0 for c in own) >= len(idx):
                city_person = True
                surname_units += [i for i, c in zip(idx, own, strict=True) if c.get("PERSON", 0) > 0]
                idx = [i for i, c in zip(idx, own, strict=True) if c.get("PERSON", 0) <= 0]
            else:
                surname_units += idx  # decided one article at a time below
                continue
            if not idx:
                continue
        if shorts:
            for i in idx:
                if i in shorts:
                    notes[i] = f"short name, not joined: {shorts[i]} share it in its topic"
            idx = [i for i in idx if i not in shorts]
            if not idx:
                continue
        if len(idx) == 1 and not (k in cities and k not in listed):
            # (one unit, no city's name: one sense, nothing to split or join; as _senses says)
            senses[k] = [(_COARSE.get(key_label[k], "OTHER"), idx)]
            continue
        unit_topics = [topics.get(aids[i], frozenset()) for i in idx]
        city = (
            _city_senses(idx, unit_topics, labels, unit_cues, evidence, lambda i: sport_code(aids[i]) is not None)
            if k in cities and k not in listed
            else None
        )
        if city_person and not city:  # no article's words show the city after all: the person route
            surname_units += idx
            continue
        if city:
            senses[k] = city
            city_units += city[0][1]
            if len(city) > 1:  # the club or event of a town's name: no place, whatever the model said
                model, cue = evidence(city[1][1])
                club_label = _thing_label(model, cue)
                club_units.update(dict.fromkeys(city[1][1], club_label))
        else:
            senses[k] = _senses(k, idx, key_label[k], evidence, unit_topics)
        if len(senses[k]) == 1 and not k.startswith(("country:", "org:")) and k not in listed:
            # one name, different kinds of thing in topics whose articles name nothing else in common
            # ("Eton" the college in politics, the firm Eton Corporation in tech; "Sun" the paper and
            # Sun Microsystems): one entity per such group of topics
            parts = _context_senses(k, senses[k][0][1], aids, topics, art_keys)
            if len(parts) > 1 and len({_COARSE.get(decide_label(*evidence(p), [k]), "OTHER") for p in parts}) > 1:
                senses[k] = [(senses[k][0][0], part) for part in parts]
                split_keys.add(k)
            elif k in role_keys and len(parts := _context_senses(k, senses[k][0][1], aids, topics, people_keys)) > 1:
                # one full name, people in different fields ("England goalkeeper David James"; "David James,
                # the Conservatives' adviser") in topics whose articles name nothing else in common but
                # places and nationalities ("Welsh", "Sydney")
                people = people_by_role(
                    [[(aids[i], names[i]) for i in p] for p in parts],
                    roles,
                    [_topics_field(topics, aids, p) for p in parts],
                )
                if len(people) > 1:
                    senses[k] = [(senses[k][0][0], [i for j in js for i in parts[j]]) for js in people]
                    split_keys.add(k)
        if len(senses[k]) == 1 and (
            apart := unrelated_groups(k, senses[k][0][1], aids, names, labels, art_keys, words)
        ):
            senses[k] = [(senses[k][0][0], part) for part in apart]  # a rare word in unrelated articles (13-y)
            split_keys.add(k)
        for kind, sense in senses[k]:
            if kind in ("ORG", "OTHER") and (codes := _two_codes(k, kind, sense, aids, unit_cues, sport_code)):
                for code, part in codes.items():  # "Leicester": the rugby club and the football club
                    for i in part[1:] if code else ():
                        sets.union(part[0], i)
                    for i in part:
                        notes[i] = "one name, in rugby and in football: " + (
                            f"the {code} one here" if code else "which one is not clear here"
                        )
                continue
            for i in sense[1:]:
                sets.union(sense[0], i)
            if k in split_keys:
                here = _topic_list(topics, aids, sense)
                for i in sense:
                    notes[i] = f"one name, different things by topic (no other name in common): {here}"
            elif len(senses[k]) > 1:
                kinds = ", ".join(f"{kind} in {_topic_list(topics, aids, s)}" for kind, s in senses[k])
                for i in sense:
                    notes[i] = f"one name, different things by topic: {kinds}"

    # plural descriptions and groups: "Conservatives" with "Conservative", "Tories" with "Tory"
    for k, idx in by_key.items():
        single = _singular(k)
        if single in by_key and "PERSON" not in (key_label[k], key_label[single]):
            sets.union(idx[0], by_key[single][0])

    # acronyms: "IMF" with "International Monetary Fund"
    by_initials: dict[str, list[str]] = defaultdict(list)
    for k, idx in by_key.items():
        if key_label[k] != "PERSON":
            # (a case variant of its first spelling may be the capitalised one: "european union" has no
            # initials, "European Union" has EU's)
            first = names[idx[0]].casefold()
            spelt = (names[i] for i in idx if names[i].casefold() == first)
            for ini in next((x for x in map(initials, spelt) if x), []):
                by_initials[ini].append(k)
    key_articles = {k: {aids[i] for i in idx} for k, idx in by_key.items()}
    for k, idx in by_key.items():
        raw = names[idx[0]]
        title = _title_acronym(raw)
        small = not raw.isupper() and _MIXED_ACRONYM.fullmatch(raw) is not None  # "BoE", "MoD"
        if key_label[k] == "PERSON" or k.startswith(("country:", "org:")) or not (title or small or _is_acronym(raw)):
            continue
        plain = "".join(c for c in raw if c.isupper()) if small else raw.replace(".", "").upper()
        cands = [c for c in by_initials.get(plain, []) if c != k]
        if small:  # its small letters are the expansion's small words: "Bank of England", not "BMG Entertainment"
            cands = [c for c in cands if with_small_words(names[by_key[c][0]]) == raw]
        together = [c for c in cands if key_articles[c] & key_articles[k]]
        if title or small:  # "Nato", "Sepa" (written as a word): only an expansion named in one of its articles
            cands = together
        if len(cands) > 1:  # several expansions: the one named beside the acronym, if only one is,
            if len(together) == 1:
                cands = together
            else:  # or one named in ACRONYM_DOMINANCE times as many articles as all the others
                ranked = sorted(cands, key=lambda c: -len(key_articles[c]))
                rest = sum(len(key_articles[c]) for c in ranked[1:])
                cands = ranked[:1] if len(key_articles[ranked[0]]) >= ACRONYM_DOMINANCE * rest else cands
        if len(cands) > 1 and (own := _own_expansions(idx, together, aids, key_articles)):
            # one acronym, a different expansion spelt out in each of its articles ("Sepa": China's State
            # Environmental Protection Agency in one, the Scottish Environment Protection Agency in another):
            # each article's unit is the one it spells out (13-v)
            for c, part in own.items():
                _detach(sets, set(part))
                sets.union(part[0], by_key[c][0])
                for i in part:
                    notes[i] = f"acronym of {names[by_key[c][0]]} (spelt out in its article)"
            continue
        if len(cands) == 1:
            sets.union(idx[0], by_key[cands[0]][0])
            for i in idx:
                notes[i] = f"acronym of {names[by_key[cands[0]][0]]}"
        elif cands:
            alts = "; ".join(sorted(names[by_key[c][0]] for c in cands))
            for i in idx:
                notes[i] = f"acronym not joined: it could stand for {alts}"

    def share_topic(k1: str, k2: str) -> bool:
        return any(_same_context(x, y, topics, outlets, dates) for x in key_articles[k1] for y in key_articles[k2])

    def _shares_topic(units: list[int], k2: str) -> bool:
        return any(_same_context(aids[i], y, topics, outlets, dates) for i in units for y in key_articles[k2])

    persons = [k for k in by_key if key_label[k] == "PERSON" and " " in k and not k.startswith(("country:", "org:"))]
    # spelling variants of one full name: "Vince Cable" / "Vincent Cable", "Damian" / "Damien Hockney"
    by_last: dict[str, list[str]] = defaultdict(list)
    for k in persons:
        by_last[k.rsplit(" ", 1)[1]].append(k)
    for group in by_last.values():
        for x, y in ((x, y) for n, x in enumerate(group) for y in group[n + 1 :]):
            if _name_variants(x, y) and share_topic(x, y):
                sets.union(by_key[x][0], by_key[y][0])
                for i in by_key[x] + by_key[y]:
                    notes[i] = notes[i] or f"spelling variants: {names[by_key[x][0]]} / {names[by_key[y][0]]}"
    # an initial and a surname ("B Cohen", "K Maggs" in a team sheet) joins the one full name in its
    # topic / outlet / time with that surname and a first name of that initial ("Ben Cohen"), whatever
    # type the model gave the short form
    _join_initials(
        by_key,
        persons,
        sets,
        notes,
        names,
        lambda i, j: _same_context(aids[i], aids[j], topics, outlets, dates),
    )
    # a shorter name ending a longer one ("Thierry Henry" / "Striker Thierry Henry"; "De Marigny" /
    # "Roland de Marigny") joins it when only one longer name ends so and they share a topic
    person_ends = _ends(persons)
    for k in persons:
        longer = [f for f in person_ends.get(k, ()) if share_topic(k, f)]
        roots = {sets.find(by_key[f][0]) for f in longer}
        if len(roots) == 1:
            sets.union(by_key[k][0], by_key[longer[0]][0])
    # a surname or first name alone joins the one full name of that name in its topic / outlet / time
    full_by_part: dict[str, list[str]] = defaultdict(list)
    for k in persons:
        parts = k.split(" ")
        full_by_part[parts[-1]].append(k)
        if len(parts) == 2:
            full_by_part[parts[0]].append(k)
    town_of: dict[int, str] = {}  # name-alone units found to be a town or its club (_town_club)
    for i in surname_units:
        k, a = keys[i], aids[i]
        cands: dict[int, str] = {}
        for full in full_by_part.get(k, []):
            # (the full name's unit there: a name split by topic is one entity per topic)
            near = next((j for j in by_key[full] if _same_context(a, aids[j], topics, outlets, dates)), None)
            if near is not None:
                cands.setdefault(sets.find(near), full)
        if len(cands) == 1:
            root, full = next(iter(cands.items()))
            sets.union(i, root)
            notes[i] = f"name alone: the only {names[i]} in the same topic/outlet/time is {names[by_key[full][0]]}"
        elif cands:
            alts = "; ".join(sorted(names[by_key[c][0]] for c in cands.values()))
            notes[i] = f"name alone, not joined: {alts} share it in the same topic/outlet/time"
        elif club := _town_club(k, unit_cues[i], sport_code(a) is not None, cities, listed, names[i], texts.get(a)):
            # a town's name the model called a person, with no person of that surname in the same
            # topic/outlet/time: the town where its words say place, else its club in a football or
            # rugby report ("Porto", "Valencia", "Llanelli" in sport)
            if club == "GPE":
                city_units.append(i)
            else:
                club_units[i] = club
            town_of[i] = "town" if club == "GPE" else "club"
            notes[i] = f"a town's name alone, no person of that name here: the {town_of[i]}"
        else:
            notes[i] = "name alone, not joined: no full name with it in the same topic/outlet/time"
    # a one-word name the model did not call a person ("Tautou" tagged GPE) that ends the one full
    # person's name in the articles using it is that person; not when anything says organisation
    # ("Ford" beside "Bill Ford": the company)
    to_person: set[int] = set()  # units found to be a person's name there (not the city or place)
    persons_in: dict[str, set[str]] = defaultdict(set)
    for k in persons:
        for a in key_articles[k]:
            persons_in[a].add(k)
    for k, idx in by_key.items():
        if " " in k or len(k) < 3 or key_label[k] == "PERSON" or k.startswith(("country:", "org:")):
            continue
        model, cue = evidence(idx)
        if cue.get("ORG", 0) > 0 or cue.get("PRODUCT", 0) > 0 or 2 * model.get("ORG", 0) > sum(model.values()):
            continue
        found = {a: [p for p in persons_in.get(a, ()) if p.endswith(" " + k)] for a in key_articles[k]}
        fulls = {p for ps in found.values() for p in ps}
        roots = {sets.find(by_key[p][0]) for p in fulls}
        if len(roots) == 1 and 2 * sum(1 for ps in found.values() if ps) >= len(found):
            full = min(fulls)  # (one root: any of them; the first by name, the same in every run)
            sets.union(idx[0], by_key[full][0])
            for i in idx:  # the model's label for it was wrong: it votes as the person's, and a
                # listed place of that name ("Hague") no longer decides the person's type
                notes[i] = f"name alone: the person {names[by_key[full][0]]} is named beside it"
                labels[i] = "PERSON"
                keys[i] = full
                to_person.add(i)
            evidence.forget(idx)
    # the name-alone units left apart join each other by name within one topic and outlet
    left: dict[tuple, int] = {}
    for i in surname_units:
        if notes[i] and notes[i].startswith("name alone: the only"):
            continue
        ctx = (
            keys[i],
            tuple(sorted(topics.get(aids[i], ()))),
            outlets.get(aids[i]),
            town_of.get(i) == "club",  # (a town's club apart from the town and the person)
        )
        sets.union(left.setdefault(ctx, i), i)

    # an organisation or product named by part of a longer name: "Ospreys" / "Neath-Swansea Ospreys",
    # "iPod" / "Apple iPod", "Verizon" / "Verizon Communications": only when one longer name fits
    things = [k for k in by_key if key_label[k] not in _NOT_THINGS and not k.startswith(("country:", "org:"))]
    thing_ends, thing_starts = _ends(things), _starts(things)
    for k in things:
        if " " in k or len(k) < 3:
            continue
        # a place name does not join an organisation named after it ("Peterborough" the city and
        # "Peterborough United"): only the senses of the name that are not places may join
        parts = [s for kind, s in senses.get(k, [("", by_key[k])]) if kind not in ("PLACE", "PERSON", "NORP")]
        for side, longer in (("end", thing_ends.get(k, [])), ("start", thing_starts.get(k, []))):
            # not a name shaped like a person's the model misread ("Bill Ford" is no part of Ford), nor an
            # event named after an organisation ("Uefa" / "Uefa Cup", "the Fed" / "Fed Cup": 13-t)
            longer = [f for f in longer if not looks_like_a_person(names[by_key[f][0]])]
            if longer:
                roots = {sets.find(by_key[f][0]) for f in longer}
                for part in parts:
                    if (
                        len(roots) == 1
                        and _shares_topic(part, longer[0])
                        and not _named_after(key_label[k], key_label[longer[0]])
                        and not (side == "start" and _product_of_a_firm(key_label[k], names[by_key[longer[0]][0]]))
                    ):
                        sets.union(part[0], by_key[longer[0]][0])
                        for i in part:
                            notes[i] = notes[i] or f"part of the name {names[by_key[longer[0]][0]]}"
                break

    # "Finance Ministry", "Supreme Court": a generic institution's name is each country's own (13-x)
    for part in _by_country(tables, sets, aids, names, keys, counts):
        _detach(sets, part)
        for i in part:
            notes[i] = "a generic institution's name: this country's"
    forced = {sets.find(i): label for i, label in club_units.items() if i not in to_person}
    forced.update({sets.find(i): "GPE" for i in city_units if i not in to_person})
    forced.update(_apply_overrides(list(overrides), sets, names, notes))  # hand edits last

    groups = sets.groups()
    out_id = [""] * n
    out_name = [""] * n
    out_label = [""] * n
    decided: dict[int, tuple[str, str, int]] = {}
    tm = type_model() if learned is True else (learned or None)
    data_types = place_types()  # listed names keep the data's type
    # the entities the model may relabel: not forced, no listed name, and (unless features are asked
    # for, for training) enough mentions for the model to go by (the entities table's counts are at least
    # the named mentions the model counts); only their units' words are read
    open_roots = {
        root
        for root, idx in groups.items()
        if root not in forced
        and not any(keys[i] in data_types for i in idx)
        and (features_out is not None or sum(counts[i] for i in idx) >= MIN_MENTIONS)
    }
    context: dict[tuple[str, str], Counter] = {}

    def a_ground(feats: dict[str, float], idx: list[int]) -> bool:
        # "at Anfield", "at Old Trafford", "at Murrayfield" (the tagger's ORG or PERSON): a name that a
        # good share of its mentions follow "at" and mostly in football or rugby reports is a ground
        # (corpus-wide, grounds have 0.40-0.92 of their mentions after "at", clubs at most 0.20)
        if feats.get("b1=at", 0.0) < GROUND_AT or sum(counts[i] for i in idx) < MIN_MENTIONS:
            return False
        sport = sum(counts[i] for i in idx if sport_code(aids[i]) is not None)
        return sport >= GROUND_SPORT * sum(counts[i] for i in idx)

    # "digital rights management (DRM)": an acronym the corpus spells out only in lower case names a thing
    concepts = ahead.concepts

    def decide(root: int) -> None:
        idx = groups[root]
        ev = evidence(idx)
        # (a group of one name key's units, as its key was decided: the key's label)
        label = forced.get(root) or evidence.decided(idx) or decide_label(*ev, (keys[i] for i in idx))
        if context and root in open_roots:
            # a second opinion on the type from the words around all its mentions (never a merge)
            top = max(idx, key=lambda i: (counts[i], -i))
            feats = group_features(shown[top], *ev, (context.get((aids[i], names[i])) for i in idx), len(idx))
            if features_out is not None:
                features_out[root] = (feats, label, list(idx))
            if tm is not None:
                label = tm.relabel(label, feats, *ev)
            if _COARSE.get(label) != "PLACE" and a_ground(feats, idx):
                label = "FAC"
        if (
            concepts
            and root not in forced
            and _COARSE.get(label, "OTHER") != "OTHER"
            and any(names[i] in concepts for i in idx)
            and not any(keys[i] in data_types for i in idx)
        ):
            label = fine_label("OTHER", *ev)
        if len(idx) == 1:  # (most groups: one unit, its own name)
            i = idx[0]
            decided[root] = (keys[i][4:] if keys[i].startswith("org:") else shown[i], label, counts[i])
            return
        weight: dict[str, int] = {}
        for i in idx:
            weight[shown[i]] = weight.get(shown[i], 0) + counts[i]
        ranked = sorted(weight, key=lambda x: (-weight[x], x))
        if label == "PERSON":  # a full name before an initial and surname ("K Maggs"), before a surname
            ranked.sort(key=lambda x: (" " not in x.strip(), _INITIAL_NAME.match(x) is not None))
        listed = sorted({keys[i][4:] for i in idx if keys[i].startswith("org:")})
        decided[root] = (listed[0] if listed else ranked[0], label, sum(weight.values()))

    # the entities no word counts can relabel are decided while the words around the others' mentions
    # are read (most of them in a second process where one is free; 13-p); then those, in root order
    closed = [root for root in sorted(groups) if root not in open_roots]
    if open_roots:
        scan = context_scan(tables, units={(aids[i], names[i]) for r in open_roots for i in groups[r]})
        context, _ = beside(*scan, lambda: [decide(root) for root in closed], CONTEXT_SHARE)
    else:
        for root in closed:
            decide(root)
    if features_out is None:
        # (half of them in a second process where one is free: each is decided from its own units'
        # evidence and words alone, and what decides them is only read, 13-u)
        def decide_some(rows: list[tuple[int]]) -> dict[int, tuple[str, str, int]]:
            for (root,) in rows:
                decide(root)
            return {root: decided[root] for (root,) in rows}

        opened = [(root,) for root in sorted(open_roots)]
        decided.update(beside(opened, decide_some, _nothing, OPEN_SHARE, min_rows=OPEN_MIN)[0])
    else:  # (the features are kept here)
        for root in sorted(open_roots):
            decide(root)
    decided = {root: decided[root] for root in sorted(groups)}
    # one name per corpus entity: the most mentioned keeps a shared name, the others say their topic
    by_name: dict[str, list[int]] = defaultdict(list)
    for root, (name, _, _) in decided.items():
        by_name[name].append(root)
    final: dict[int, str] = {}
    taken = set(by_name)
    for name, roots in by_name.items():
        roots.sort(key=lambda r: (-decided[r][2], r))
        final[roots[0]] = name
        for n, root in enumerate(roots[1:], start=2):
            common = frozenset.intersection(*(topics.get(aids[i], frozenset()) for i in groups[root]))
            alt = f"{name} ({sorted(common)[0]})" if len(common) == 1 else f"{name} ({n})"
            while alt in taken:
                alt = f"{alt}'"
            taken.add(alt)
            final[root] = alt
    used: set[str] = set()
    for root, idx in groups.items():
        name, label = final[root], decided[root][1]
        eid = "e" + hashlib.sha1(f"{label}|{name}".encode()).hexdigest()[:12]
        while eid in used:
            eid = "e" + hashlib.sha1(eid.encode()).hexdigest()[:12]
        used.add(eid)
        for i in idx:
            out_id[i], out_name[i], out_label[i] = eid, name, label
    return pd.DataFrame(
        {
            "article_id": aids,
            "alias": names,
            "entity_id": out_id,
            "name": out_name,
            "label": out_label,
            "identity_note": notes,
            "count": counts,
        },
        columns=MAP_COLUMNS,
    )


_WORD_BEFORE = re.compile(r"([A-Z][\w&'-]*) $")


def _named_after(short: str, longer: str) -> bool:
    """An event named after an organisation ("AAA" / "AAA Championships", "Uefa" / "Uefa Cup", "NRJ" / "NRJ
    Music Awards"): the short name, an organisation by its own evidence, is not a part name of the event."""
    return short == "ORG" and longer == "EVENT"


_MODEL_CODE = re.compile(r"(?=\S*[A-Za-z])(?=\S*\d)\S+")


def _product_of_a_firm(short: str, longer: str) -> bool:
    """A product or venue named after a firm ("BMW X5", "Airbus A300s", "Mercedes Benz C180", "Kodak Theatre"):
    its added words hold a model code (letters and digits in one word) or it ends with a venue word (data
    ``venue_words``) or a facility's head word. The firm's name, an organisation by its own evidence, is
    not its part name. (Products named by a word alone, "Intel Celeron", "Motorola Startac", still join.)"""
    if short != "ORG":
        return False
    added = longer.split()[1:]
    if not added:
        return False
    return (
        any(_MODEL_CODE.fullmatch(w) for w in added)
        or added[-1].casefold() in venue_words()
        or head_label(longer) == "FAC"
    )


def _after_a_word(tables: Tables, names: list[str], keys: list[str], labels: list[str]) -> dict[int, str]:
    """Units of a one-word name whose every mention follows one capitalised word W with which it makes
    a longer name of the corpus ("Sony [[Ericsson]]", "Real [[Madrid]]": the model cut the name in
    two): unit index -> the longer name's key. Longer names that are people's are left alone."""
    longer, rows = _cut_mentions(tables, names, keys, labels, (1,), -1)
    before: dict[int, set[str | None]] = defaultdict(set)
    for i, text, start, _ in rows:
        w = _WORD_BEFORE.search(text[max(0, start - 30) : start])
        before[i].add(base_key(f"{w.group(1)} {names[i]}") if w else None)
    return {i: next(iter(ws)) for i, ws in before.items() if len(ws) == 1 and next(iter(ws)) in longer}


#: the mentions' columns the passes below read
_AT_ENTITY = ["article_id", "start", "end", "entity"]
_AT_ENTITY_TEXT = ["article_id", "entity", "text"]


def _cut_mentions(
    tables: Tables, names: list[str], keys: list[str], labels: list[str], spaces: tuple[int, ...], word: int
) -> tuple[set[str], list[tuple[int, str, int, int]]]:
    """The longer names (keys of ``spaces`` spaces, not mostly people's) and the mentions (unit index,
    article text, start, end) of the one-word names that are their first (``word`` 0) or last (-1)
    word: the names the model may have cut out of them."""
    by_key: dict[str, list[int]] = defaultdict(list)
    for i, k in enumerate(keys):
        by_key[k].append(i)
    longer = {k for k, idx in by_key.items() if k.count(" ") in spaces and _most_common(labels, idx) != "PERSON"}
    words = {k.split(" ")[word] for k in longer}
    single = {i for i, k in enumerate(keys) if " " not in k and k in words}
    if not single:
        return longer, []
    aids = tables.entities["article_id"].tolist()  # (one column read, not one per unit)
    unit_of = {(aids[i], names[i]): i for i in single}
    m = tables.mentions
    # (the rows and the columns read: a boolean index alone copies every column of 112,000 mentions)
    m = m.loc[m["entity"].isin({names[i] for i in single}) & ~m["label"].isin(REFERENCE_LABELS), _AT_ENTITY]
    texts = dict(zip(tables.articles["article_id"], tables.articles["text"], strict=True))
    rows = []
    cols = (m["article_id"].tolist(), m["start"].tolist(), m["end"].tolist(), m["entity"].tolist())
    for aid, start, end, ent in zip(*cols, strict=True):  # (plain lists: faster to walk than Series)
        i, text = unit_of.get((aid, ent)), texts.get(aid)
        if i is not None and isinstance(text, str):
            rows.append((i, text, int(start), int(end)))
    return longer, rows


def _most_common(labels: list[str], idx: list[int]) -> str:
    """``Counter(labels[i] for i in idx).most_common(1)[0][0]`` without a Counter: the most frequent
    label, the first seen among equals (as ``most_common`` breaks ties)."""
    if len(idx) == 1:
        return labels[idx[0]]
    seen: dict[str, int] = {}
    for i in idx:
        seen[labels[i]] = seen.get(labels[i], 0) + 1
    return max(seen.items(), key=lambda kv: kv[1])[0]


_WORD_AFTER = re.compile(r"^ ((?:(?:with|of|and|de) )?[A-Z0-9][\w&'-]*)")


def _before_a_word(tables: Tables, names: list[str], keys: list[str], labels: list[str]) -> dict[int, tuple[str, int]]:
    """Units of a one-word name whose every mention is followed by the same word (or "with"/"of" and a
    word) with which it makes a longer name of the corpus ("[[Texas]] Instruments", "[[Breakfast]] with
    Frost": the model cut the name's end off): unit index -> (the longer name's key, the characters
    the longer name adds). Longer names that are mostly people's are left alone."""
    longer, rows = _cut_mentions(tables, names, keys, labels, (1, 2), 0)
    found: dict[int, set[str | None]] = defaultdict(set)
    extra: dict[int, int] = {}
    for i, text, _, end in rows:
        w = _WORD_AFTER.search(text[end : end + 30])
        found[i].add(base_key(f"{names[i]} {w.group(1)}") if w else None)
        extra[i] = len(w.group(0)) if w else 0
    return {i: (next(iter(ws)), extra[i]) for i, ws in found.items() if len(ws) == 1 and next(iter(ws)) in longer}


_RUGBY_WORDS = (
    r"rugby|flanker|lock|prop|hooker|fly-half|scrum-half|full-back|try|tries|scrum|line-out|"
    r"Heineken Cup|Powergen Cup|Celtic League|Six Nations|Lions"
)
_FOOTBALL_WORDS = (
    r"football|striker|midfielder|defender|goalkeeper|keeper|goal|goals|FA Cup|Carling Cup|"
    r"Champions League|Uefa Cup|penalty area|on loan|transfer window"
)
_RUGBY = re.compile(rf"\b(?:{_RUGBY_WORDS})\b")
_FOOTBALL = re.compile(rf"\b(?:{_FOOTBALL_WORDS})\b")
#: both in one pass (group 1 rugby, 2 football): no word of one list starts inside a match of the
#: other, so its counts are those of the two patterns' own passes (tests/test_identity.py checks)
_SPORT_WORDS = re.compile(rf"\b(?:({_RUGBY_WORDS})|({_FOOTBALL_WORDS}))\b")


#: _SPORT_WORDS' alternatives in its order, each (word, 0 rugby / 1 football): plain words, each starting
#: and ending with a word character, so their places can be found by ``str.find`` (sport_word_counts)
_SPORT_LITERALS = [(w, 0) for w in _RUGBY_WORDS.split("|")] + [(w, 1) for w in _FOOTBALL_WORDS.split("|")]
assert all(re.fullmatch(r"\w(?:[\w -]*\w)?", w) for w, _ in _SPORT_LITERALS)


def sport_word_counts(text: str) -> tuple[int, int]:
    """How many rugby and football words a text uses: what ``_SPORT_WORDS.findall`` finds, counted by
    group. Each word's places are found with ``str.find`` (a regular expression starting with ``\\b``
    and an alternation tries every alternative at every position: ten times slower on the BBC texts),
    those with a word boundary at both ends kept, and the matches chosen as the pattern's scan chooses
    them: the leftmost, there the first alternative, then on from its end (13-u)."""
    found = []
    find, n = text.find, len(text)
    for order, (word, code) in enumerate(_SPORT_LITERALS):
        j = find(word)
        while j >= 0:
            e = j + len(word)
            # (a word character is what ``\\w`` matches: alphanumeric or "_")
            if (j == 0 or not ((c := text[j - 1]).isalnum() or c == "_")) and (
                e == n or not ((c := text[e]).isalnum() or c == "_")
            ):
                found.append((j, order, e, code))
            j = find(word, j + 1)
    counts, pos = [0, 0], 0
    for j, _, e, code in sorted(found):
        if j >= pos:
            counts[code] += 1
            pos = e
    return counts[0], counts[1]


class _SportCode:
    """Whether an article is about rugby or football, by the words of each it uses (two or more of one
    and at least twice as many as of the other); None when it does not say. Computed once per article."""

    def __init__(self, texts: dict[str, Any]) -> None:
        self.texts, self.seen = texts, {}

    def __call__(self, aid: str) -> str | None:
        if aid not in self.seen:
            text = self.texts.get(aid)
            r, f = sport_word_counts(text) if isinstance(text, str) else (0, 0)
            self.seen[aid] = "rugby" if r >= 2 and r >= 2 * f else "football" if f >= 2 and f >= 2 * r else None
        return self.seen[aid]


_LIST_GAP = frozenset({", ", " and ", ", and ", " or ", ", or ", " & "})
LIST_WEIGHT = 1.0  # a list neighbour's type: as much as one model label


def _list_mates(tables: Tables, units: set[tuple[str, str]]) -> dict[tuple[str, str], list[tuple[str, str]]]:
    """(article_id, name) -> the (article_id, name) of the names next to its mentions in a list: two
    mentions of different entities with only ", ", " and ", " or " between them."""
    m = tables.mentions
    if m.empty:
        return {}
    m = m.loc[m["entity"].notna() & ~m["label"].isin(list(REFERENCE_LABELS)), _AT_ENTITY]  # (the columns read)
    m = m.sort_values(["article_id", "start"], kind="stable")
    texts = dict(zip(tables.articles["article_id"], tables.articles["text"], strict=True))
    out: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    aids, ents = m["article_id"].to_numpy(dtype=object), m["entity"].to_numpy(dtype=object)
    starts, ends = m["start"].to_numpy(dtype=np.int64), m["end"].to_numpy(dtype=np.int64)
    # the rows right after a mention of another entity in the same article, at most 6 characters on
    # (found at once; the words between are read for those only)
    after = (aids[1:] == aids[:-1]) & (ents[1:] != ents[:-1]) & (starts[1:] - ends[:-1] <= 6)
    for j in (np.flatnonzero(after) + 1).tolist():
        aid, text = aids[j], texts.get(aids[j])
        if isinstance(text, str) and text[int(ends[j - 1]) : int(starts[j])] in _LIST_GAP:
            a, b = (aid, ents[j - 1]), (aid, ents[j])
            if a in units and b in units:
                out[a].append(b)
                out[b].append(a)
    return out


_HONORIFIC_SURNAME = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Sir)\.? ([A-Z][\w'’-]+)")
_HONORIFIC_SCAN = re.compile(r"(?:Mr|Mrs|Ms|Miss|Dr|Sir)\.? ([A-Z][\w'’-]+)")
_NOT_IN_A_NAME = frozenset({"and", "&", "or", "v", "vs"})
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&]+")


def _called_by_honorific(tables: Tables, aids: list[str], names: list[str]) -> dict[int, int]:
    """unit index -> how often its article writes "Mr/Mrs/Ms/Miss/Dr/Sir" and the unit's last word, for the
    units whose name has two or more words and has no honorific in it ("JP McManus", "Mr McManus")."""
    called: dict[str, Counter] = {}
    for a, text in zip(tables.articles["article_id"], tables.articles["text"], strict=True):
        if not isinstance(text, str):
            continue
        # (the scan without a leading word boundary is four times faster; the letter before is checked)
        found = [m.group(1) for m in _HONORIFIC_SCAN.finditer(text) if not text[m.start() - 1 : m.start()].isalpha()]
        if found:
            called[a] = Counter(found)
    out: dict[int, int] = {}
    for i, (a, x) in enumerate(zip(aids, names, strict=True)):
        if (here := called.get(a)) is None or " " not in x:
            continue
        words = x.split()
        if not (n := here.get(words[-1], 0)):
            continue
        # not a run-on span of two names or of a body and a person ("Blair and Brown", "EADS Philippe
        # Camus"), nor one with its honorific inside it
        if _HONORIFIC_SURNAME.search(x) or any(
            w in _NOT_IN_A_NAME or (_ACRONYM.fullmatch(w) and len(w) > 2) for w in words[:-1]
        ):
            continue
        out[i] = n
    return out


def _called_by_surname(tables: Tables, names: set[str]) -> set[tuple[str, str]]:
    """(article_id, name) for the names of two or more words that their article also calls by the last
    word alone: a mention of the entity ("Taylor Dent ... Dent said") or a name of its own there."""
    if not names:
        return set()
    m = tables.mentions
    m = m.loc[m["entity"].isin(list(names)) & ~m["label"].isin(list(REFERENCE_LABELS)), _AT_ENTITY_TEXT]
    out = {
        (a, e)
        for a, e, w in zip(m["article_id"].tolist(), m["entity"].tolist(), m["text"].tolist(), strict=True)
        if " " in e and str(w) == e.rsplit(" ", 1)[1]
    }
    ents = tables.entities
    in_article: dict[str, set[str]] = defaultdict(set)
    for a, x in zip(ents["article_id"].tolist(), ents["name"].tolist(), strict=True):
        in_article[a].add(x)
    mine = ents[ents["name"].isin(list(names))]
    for a, x in zip(mine["article_id"].tolist(), mine["name"].tolist(), strict=True):
        if " " in x and x.rsplit(" ", 1)[1] in in_article[a]:
            out.add((a, x))
    return out


def _two_codes(
    key: str, kind: str, units: list[int], aids: list[str], unit_cues: list, sport_code: Any
) -> dict[str | None, list[int]] | None:
    """A one-word club name the cue words show as a club in rugby articles and in football articles
    ("Leicester flanker", "Leicester v Hull"): two clubs of one town; two of each, or one of a code
    where most of the name's articles are rugby or football reports ("Wigan": the rugby league club
    in two, the football club in one); a one-word competition named so ("Premiership"): two. Returns its units by code
    (None: articles that say neither, each its own unit), else None. Names in the data never split."""
    if " " in key or key.startswith(("country:", "org:")) or len(units) < 2:
        return None
    # the units that can show a code: it takes one of each, so fewer than two never split (and an
    # article's words are read only when they might)
    showing = [i for i in units if kind != "ORG" or (unit_cues[i] or {}).get("ORG", 0) > 0]
    if len(showing) < 2:
        return None
    shown: Counter = Counter(code for i in showing if (code := sport_code(aids[i])))
    if len(shown) != 2:
        return None
    # one article of a code is enough only for a name most of whose articles are rugby or football
    # reports, two of them of one code: a paper quoted in a rugby and a football report ("the
    # Guardian") is no club of two codes
    coded = Counter(code for i in units if (code := sport_code(aids[i])))
    if min(shown.values()) < 2 and (2 * sum(coded.values()) < len(units) or max(coded.values()) < 2):
        return None
    clubs: dict[str | None, list[int]] = defaultdict(list)
    for i in units:
        clubs[sport_code(aids[i])].append(i)
    return dict(clubs)


def _added(votes: Counter | None, more: Mapping[str, float]) -> Counter:
    """votes and more summed, negative votes kept (Counter's + drops them). (What ``Counter(votes)``
    and ``update(more)`` do, their type checks left out: called for about 40,000 units, 13-u.)"""
    out = _counter()
    if votes:
        dict.update(out, votes)
        get = out.get
        for kind, v in more.items():
            out[kind] = v + get(kind, 0)
    else:
        dict.update(out, more)
    return out


_COARSE = {"GPE": "PLACE", "LOC": "PLACE", "FAC": "PLACE", "ORG": "ORG", "PERSON": "PERSON", "NORP": "NORP"}


def _senses(
    key: str, idx: list[int], label: str, evidence: Any, unit_topics: list[frozenset]
) -> list[tuple[str, list[int]]]:
    """A name's units split by topic when the topics' evidence says different kinds of thing
    ("Sunderland" the club in sport, the city in politics); else one sense. Listed names never split."""
    by_topic: dict[frozenset, list[int]] = defaultdict(list)
    for i, t in zip(idx, unit_topics, strict=True):
        by_topic[t].append(i)
    if len(by_topic) < 2 or key.startswith(("country:", "org:")):
        return [(_COARSE.get(label, "OTHER"), idx)]
    # only a place in some topics (by the model and place words around it) and an organisation that
    # cue words show in others: the model's labels alone differ by topic for one thing too often
    places: list[int] = []
    orgs: list[int] = []
    for t in sorted(by_topic, key=sorted):
        model, cue = evidence(by_topic[t])
        kind = _COARSE.get(decide_label(model, cue, [key]), "OTHER")
        if kind == "PLACE" and cue.get("ORG", 0) <= 0 and cue.get(PLACE_CUE, 0) > 0:
            places += by_topic[t]
        elif kind == "ORG" and cue.get("ORG", 0) > 0:
            orgs += by_topic[t]
        else:
            return [(_COARSE.get(label, "OTHER"), idx)]
    if places and orgs:
        return [("PLACE", places), ("ORG", orgs)]
    return [(_COARSE.get(label, "OTHER"), idx)]


_THING_CUES = ("ORG", "EVENT", "WORK_OF_ART", "PRODUCT")


def _city_senses(
    idx: list[int],
    unit_topics: list[frozenset],
    labels: list[str],
    unit_cues: list[Counter | None],
    evidence: Any,
    team_sport: Callable[[int], bool] = lambda i: False,
) -> list[tuple[str, list[int]]] | None:
    """A city's name (cities.txt) article by article: the city where the words around it say place
    ("in Leeds", "Liverpool-based", "the Manchester band") more than anything else, the club or event
    where cue words say so ("Leeds striker", "Wimbledon champion"). An article saying neither follows
    what its topic's articles show; in a topic that shows both, an article about a team sport
    (``team_sport``: its rugby or football words) names the club ("Barcelona" in a football report,
    where the model says GPE); else it is the city when no article shows anything else, else
    what the model said there (GPE/LOC or ORG), else what most articles show (ties: the city). Returns
    [("PLACE", city units), (kind, other units)] (the second only when there are any), or None when
    no article's words show the name as a place, or the name does not look like a place in the corpus
    (place words or the model's GPE/LOC in fewer than a quarter of its articles: "Orange" the firm)."""
    cue = [unit_cues[i] or Counter() for i in idx]
    placey = sum(1 for i, c in zip(idx, cue, strict=True) if c.get(PLACE_CUE, 0) > 0 or labels[i] in ("GPE", "LOC"))
    if 4 * placey < len(idx):
        return None
    place: list[int] = []
    other: list[int] = []
    open_: list[tuple[int, frozenset]] = []
    for i, c, t in zip(idx, cue, unit_topics, strict=True):
        # the cue words said at more mentions decide ("Sunderland striker ... Sunderland fans ... in Sunderland")
        thing = sum(max(c.get(lab, 0), 0) for lab in _THING_CUES) / CUE_WEIGHT + c.get(OPPONENT_CUE, 0)
        where = c.get(PLACE_CUE, 0)
        if where > thing:
            place.append(i)
        elif thing > where:
            other.append(i)
        else:
            open_.append((i, t))
    if not place:
        return None
    place_topics = {unit_topics[idx.index(i)] for i in place}
    other_topics = {unit_topics[idx.index(i)] for i in other}
    most = other if len(other) > len(place) else place
    for i, t in open_:
        if (t in place_topics) != (t in other_topics):
            (place if t in place_topics else other).append(i)
        elif t in other_topics and team_sport(i):
            other.append(i)
        elif not other_topics or labels[i] in ("GPE", "LOC"):
            place.append(i)
        elif labels[i] == "ORG":
            other.append(i)
        else:
            most.append(i)
    if not other:
        return [("PLACE", place)]
    return [("PLACE", place), (_COARSE.get(_thing_label(*evidence(other)), "OTHER"), other)]


_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


_SUB_MINUTE = re.compile(r"\s*\(\d")


def _town_club(
    k: str, cue: Counter | None, team_sport: bool, cities: Any, listed: Any, name: str, text: Any
) -> str | None:
    """A city's name (cities.txt, not a listed place) the model called a person, where no person of that
    surname is named in the same topic/outlet/time: "GPE" where its words say place ("in Valencia"), "ORG"
    (its club) in a football or rugby report with no person words ("sacked as Valencia coach", "D Peel
    (Llanelli)") and not only as an item of a team sheet ("Hardwick; Kennedy, Casey": a player), else
    None (left as it was)."""
    if k not in cities or k in listed:
        return None
    c = cue or Counter()
    if c.get("PERSON", 0) > 0:
        return None
    if c.get(PLACE_CUE, 0) > 0:
        return "GPE"
    if not team_sport or not isinstance(text, str):
        return None
    at = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text)]
    in_sheet = [
        (text[:j].rstrip()[-1:] in (",", ";") and text[j + len(name) :].lstrip()[:1] in (",", ";", "."))
        or _SUB_MINUTE.match(text, j + len(name)) is not None  # "Strudwick for Kennedy (60)"
        for j in at
    ]
    return None if all(in_sheet) else "ORG"


def _thing_label(model: Counter, cue: Counter) -> str:
    """The type of the club or event a town's name names where cue words say so: the evidence without
    the model's place labels (it tags "Barcelona" GPE in a football report too); an organisation when
    nothing else is left."""
    label = decide_label(Counter({k: v for k, v in model.items() if k not in _PLACE_LABELS}), cue, [])
    return "ORG" if label in _PLACE_LABELS else label


def _topics_field(topics: dict[str, frozenset], aids: list[str], units: list[int]) -> str | None:
    """The one field (roles.topic_fields) of every topic of these units' articles, if they have one."""
    fields = {topic_fields().get(str(t).casefold()) for i in units for t in topics.get(aids[i], ())}
    return fields.pop() if len(fields) == 1 else None


def _topic_list(topics: dict[str, frozenset], aids: list[str], units: list[int]) -> str:
    return "/".join(sorted({t for i in units for t in topics.get(aids[i], ())})) or "no topic"


def _role_first(names: list[str], labels: list[str]) -> dict[int, str]:
    """Units of a two-word name the model calls a person whose first word is a role word ("Winger
    Nitoglia") -> the second word (the surname)."""
    roles = role_words()
    out: dict[int, str] = {}
    for i, x in enumerate(names):
        if x.count(" ") == 1 and labels[i] == "PERSON":
            first, rest = x.split(" ")
            if first in roles and rest[:1].isupper():
                out[i] = rest
    return out


_INITIAL_NAME = re.compile(r"[A-Z]\.? ")
_INITIAL = re.compile(r"([a-z])\.? ([a-z].*)")


def _join_initials(
    by_key: dict[str, list[int]],
    persons: list[str],
    sets: _Sets,
    notes: list[str | None],
    names: list[str],
    near: Callable[[int, int], bool],
) -> None:
    """Join each unit of an initial-and-surname key ("b cohen") to the one full person's name in the
    same topic / outlet / time whose first name has that initial and whose other words are the same
    ("ben cohen"); several such full names there: no join."""
    full: dict[tuple[str, str], list[str]] = defaultdict(list)
    for k in persons:
        first, rest = k.split(" ", 1)
        if len(first) > 1 and first[0].isalpha():
            full[(first[0], rest)].append(k)
    if not full:
        return
    for k, idx in by_key.items():
        m = _INITIAL.fullmatch(k)
        if not m or k.startswith(("country:", "org:")):  # (any type: "L Orquera" tagged a place, "S Dellape" ORG)
            continue
        fulls = full.get((m.group(1), m.group(2)))
        if not fulls:
            continue
        for i in idx:
            cands: dict[int, str] = {}
            for f in fulls:
                j = next((j for j in by_key[f] if near(i, j)), None)
                if j is not None:
                    cands.setdefault(sets.find(j), f)
            if len(cands) == 1:
                root, f = next(iter(cands.items()))
                sets.union(i, root)
                notes[i] = (
                    notes[i] or f"initial and surname: the only {names[by_key[f][0]]} in the same topic/outlet/time"
                )


def _same_context(
    a: str,
    b: str,
    topics: dict[str, frozenset],
    outlets: dict[str, str | None],
    dates: dict[str, date | None],
) -> bool:
    """Articles a and b are one topic / outlet / time window (each where both say)."""
    ta, tb = topics.get(a, frozenset()), topics.get(b, frozenset())
    if ta and tb and not ta & tb:
        return False
    oa, ob = outlets.get(a), outlets.get(b)
    if oa and ob and oa != ob:
        return False
    da, db = dates.get(a), dates.get(b)
    return not (da and db and abs((da - db).days) > WINDOW_DAYS)


def _apply_overrides(edits: list[Override], sets: _Sets, names: list[str], notes: list[str | None]) -> dict[int, str]:
    """Apply hand edits in order; returns root -> forced label."""
    if not edits:  # (most corpora: no name index to build)
        return {}
    by_name: dict[str, list[int]] = defaultdict(list)
    for i, x in enumerate(names):
        by_name[x.casefold()].append(i)
    forced_by_unit: dict[int, str] = {}
    for e in edits:
        if e.op == "merge":
            units = [i for nm in e.names for i in by_name.get(nm.casefold(), [])]
            for i in units[1:]:
                sets.union(units[0], i)
            for i in units:
                notes[i] = "merged by hand"
        elif e.op == "split":
            units = by_name.get(e.names[0].casefold(), [])
            for i in units:  # detach: point every unit at itself, then re-join the rest of each old set
                notes[i] = "split by hand"
            _detach(sets, set(units))
        elif e.op == "label" and e.label:
            for i in by_name.get(e.names[0].casefold(), []):
                forced_by_unit[i] = e.label
    forced: dict[int, str] = {}
    for i, lab in forced_by_unit.items():
        forced[sets.find(i)] = lab
    return forced


def _by_country(
    tables: Tables, sets: _Sets, aids: list[str], names: list[str], keys: list[str], counts: list[int]
) -> list[set[int]]:
    """The generic institution units to take out of their entity, one set per (name, country):
    ``institutions.country_groups`` of each unit's country (``institutions.unit_countries``). (Units of
    one institution and country are not joined: a country may have several, "Court of Appeals".)"""
    found = {i: g for i, x in enumerate(names) if (g := generic_core(x))}
    if not found:
        return []
    named: dict[str, Counter] = defaultdict(Counter)  # article -> its countries' mentions
    wanted = {aids[i] for i in found}
    for i, k in enumerate(keys):
        if k.startswith("country:") and aids[i] in wanted:
            named[aids[i]][k] += counts[i]
    unit_of = {(aids[i], names[i]): i for i in found}
    m = tables.mentions
    m = m.loc[m["entity"].isin({names[i] for i in found}) & ~m["label"].isin(REFERENCE_LABELS), _AT_ENTITY]
    texts = dict(zip(tables.articles["article_id"], tables.articles["text"], strict=True))
    rows = []
    for aid, start, end, ent in zip(m["article_id"], m["start"], m["end"], m["entity"], strict=True):
        i, text = unit_of.get((aid, ent)), texts.get(aid)
        if i is not None and isinstance(text, str):
            rows.append((i, text, int(start), int(end)))
    countries = unit_countries(rows, found, {i: aids[i] for i in found}, {a: most_named(named[a]) for a in wanted})
    return country_groups({i: sets.find(i) for i in found}, {i: g[0] for i, g in found.items()}, countries)


def _detach(sets: _Sets, units: set[int]) -> None:
    """Take ``units`` out of their sets: they form one set of their own; every other set stays whole."""
    if not units:
        return
    n = len(sets.parent)
    groups = sets.groups()
    sets.parent = list(range(n))
    for idx in groups.values():
        rest = [i for i in idx if i not in units]
        for i in rest[1:]:
            sets.union(rest[0], i)
    units_l = sorted(units)
    for i in units_l[1:]:
        sets.union(units_l[0], i)


def _ambiguous_short_forms(
    by_key: dict[str, list[int]],
    key_label: dict[str, str],
    aids: list[str],
    names: list[str],
    topics: dict[str, frozenset],
) -> dict[int, str]:
    """Units of a one-word name of a thing ("United", "Office") whose article's topic has two or more
    longer names of things ending with it, each named in two articles or more (not a span the model
    ran on) and not shaped like a person's, with SHORT_FORM_DOMINANCE times as many units there as the
    short name: unit index -> those names ("Dundee United; Manchester United"). Listed names,
    countries' and cities' never."""
    cities, listed = city_keys(), place_types()
    ends: dict[str, list[str]] = defaultdict(list)
    for k, idx in by_key.items():
        if " " not in k or k.startswith(("country:", "org:")) or len({aids[i] for i in idx}) < 2:
            continue
        if key_label.get(k) not in _NOT_THINGS and not any(looks_like_a_person(names[i]) for i in idx):
            ends[k.rsplit(" ", 1)[1]].append(k)
    out: dict[int, str] = {}
    for k, idx in by_key.items():
        longer = ends.get(k)
        if not longer or len(longer) < 2 or len(k) < 3 or k.startswith(("country:", "org:")):
            continue
        if k in cities or k in listed or key_label.get(k) in _NOT_THINGS:
            continue
        in_topic: dict[str, Counter] = defaultdict(Counter)  # topic -> longer name -> its units there
        for x in longer:
            for i in by_key[x]:
                for t in topics.get(aids[i], ()):
                    in_topic[t][x] += 1
        short_in: Counter = Counter(t for i in idx for t in topics.get(aids[i], ()))
        for i in idx:
            near: Counter = Counter()
            for t in topics.get(aids[i], ()):
                near.update(in_topic.get(t, {}))
            # and named far more often by the longer names than alone ("United" beside Manchester
            # United; not "Parliament", "Congress": names of their own that longer names also end with)
            alone = max((short_in[t] for t in topics.get(aids[i], ())), default=0)
            if len(near) >= 2 and sum(near.values()) >= SHORT_FORM_DOMINANCE * alone:
                out[i] = "; ".join(sorted(names[by_key[x][0]] for x in near)[:4])
    return out


#: A name in more articles than this is too common to say two articles are about one thing.
CONTEXT_DF = 40
#: Topics whose articles name fewer other (less common) names than this say too little to split by.
CONTEXT_MIN = 3


_TITLE_ACRONYM = re.compile(r"[A-Z][a-z]{2,5}")


def _title_acronym(name: str) -> bool:
    """An acronym written as a word, as the BBC writes those it reads as words ("Nato", "Sepa", "Wada")."""
    return _TITLE_ACRONYM.fullmatch(name) is not None


#: an acronym with a connective's small letter: "BoE" (Bank of England), "MoD" (Ministry of Defence)
_MIXED_ACRONYM = re.compile(r"[A-Z](?:[a-z]?[A-Z])+")


def _own_expansions(
    idx: list[int], together: list[str], aids: list[str], key_articles: dict[str, set[str]]
) -> dict[str, list[int]]:
    """The acronym's units by the one expansion each one's article spells out, when its articles spell out
    two or more different ones and every unit's article exactly one (else empty: no decision)."""
    own: dict[str, list[int]] = defaultdict(list)
    for i in idx:
        here = [c for c in together if aids[i] in key_articles[c]]
        if len(here) != 1:
            return {}
        own[here[0]].append(i)
    return own if len(own) > 1 else {}


def _article_keys(aids: list[str], keys: list[str]) -> dict[str, set[str]]:
    """Each article's less common name keys (named in at most CONTEXT_DF articles)."""
    art_keys: dict[str, set[str]] = defaultdict(set)
    for a, k in zip(aids, keys, strict=True):
        art_keys[a].add(k)
    df: Counter = Counter(k for ks in art_keys.values() for k in ks)
    return {a: {k for k in ks if df[k] <= CONTEXT_DF} for a, ks in art_keys.items()}


def _context_senses(
    key: str,
    idx: list[int],
    aids: list[str],
    topics: dict[str, frozenset],
    art_keys: dict[str, set[str]],
) -> list[list[int]]:
    """A name's units grouped by topic, topics joined where their articles name something else in
    common (a name in at most CONTEXT_DF articles): one group per connected set of topics, largest
    first. Units of articles without a topic go with the largest group."""
    by_topic: dict[frozenset, list[int]] = defaultdict(list)
    for i in idx:
        by_topic[topics.get(aids[i], frozenset())].append(i)
    loose = by_topic.pop(frozenset(), [])
    if len(by_topic) < 2:
        return [idx]
    groups: list[tuple[list[frozenset], set[str]]] = []  # (topics, the less common names they name)
    for t in sorted(by_topic, key=sorted):
        members, ctx = [t], set().union(*(art_keys.get(aids[i], ()) for i in by_topic[t]))
        ctx.discard(key)
        for g in [g for g in groups if g[1] & ctx]:  # it joins every group it shares a name with
            groups.remove(g)
            members += g[0]
            ctx |= g[1]
        groups.append((members, ctx))
    # a group whose articles name few other things says too little to be told apart: it stays with
    # the largest group
    parts = sorted(
        ((len(g[1]) >= CONTEXT_MIN, [i for t in g[0] for i in by_topic[t]]) for g in groups),
        key=lambda p: len(p[1]),
        reverse=True,
    )
    out = [parts[0][1] + loose]
    for known, part in parts[1:]:
        if known:
            out.append(part)
        else:
            out[0] += part
    return out
