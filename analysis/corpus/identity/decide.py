"""Each corpus entity's type and name, once the joins are made: the rules' type from all its units'
evidence, a second opinion from the learned model on the words around its mentions, a ground ("at
Anfield") or a concept ("DRM") where the evidence says so, and one name per entity (``decide_entities``)."""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict

from analysis.corpus.identity.evidence import decide_label
from analysis.corpus.identity.halves import Part, Started, beside, could_fork
from analysis.corpus.identity.learned import (
    MIN_MENTIONS,
    TypeModel,
    context_scan,
    fine_label,
    group_features,
    type_model,
)
from analysis.corpus.identity.names import place_types, span_form
from analysis.corpus.identity.people import INITIAL_NAME
from analysis.corpus.identity.state import COARSE, Units
from analysis.corpus.tables import Tables

#: a name with at least this share of its mentions after "at", in reports of one football or rugby
#: code for at least GROUND_SPORT of its mentions, is a ground
GROUND_AT = 0.3
GROUND_SPORT = 0.5
#: the share of the entities the learned model may relabel this process decides itself when a second
#: one decides the rest (this one decides the other entities too), and how many there must be for that
#: (about 2,000 on the BBC corpus, 0.2 ms each)
OPEN_SHARE = 0.32
OPEN_MIN = 500

#: an entity's (name, type, mentions), by its root unit
Decided = tuple[str, str, int]


def decide_entities(
    u: Units,
    forced: dict[int, str],
    learned: TypeModel | None | bool = True,
    features_out: dict[int, tuple[dict[str, float], str, list[int]]] | None = None,
    ahead: ContextAhead | None = None,
) -> tuple[list[str], list[str], list[str]]:
    """Each unit's corpus (entity_id, name, label), as three lists. ``forced``: root -> a type no evidence
    changes; ``learned`` and ``features_out`` as ``join.unit_map`` takes them; ``ahead``: the words around
    the mentions, begun while the units were joined (else read here)."""
    groups = u.sets.groups()
    d = _Decider(u, groups, forced, learned, features_out)
    # the words around the mentions of the entities the learned model may relabel (most of them read in
    # a second process while the units were joined, 13-z); then every entity, in root order
    open_roots = d.open_roots
    if open_roots:
        aids, names = u.aids, u.names
        units = {(aids[i], names[i]) for r in open_roots for i in groups[r]}
        d.context = (ahead or ContextAhead(u.tables, aids, names, u.counts, u.by_key, start=False)).counts(units)
    closed = [root for root in sorted(groups) if root not in open_roots]
    decided = d.decided
    if features_out is None:
        # (most of those the model may relabel in a second process where one is free, while this one
        # decides the others: each is decided from its own units' evidence and words alone, and what
        # decides them is only read, 13-u)
        def decide_some(rows: list[tuple[int]]) -> dict[int, Decided]:
            for (root,) in rows:
                d.decide(root)
            return {root: decided[root] for (root,) in rows}

        def decide_closed() -> None:
            for root in closed:
                d.decide(root)

        opened = [(root,) for root in sorted(open_roots)]
        decided.update(beside(opened, decide_some, decide_closed, OPEN_SHARE, min_rows=OPEN_MIN)[0])
    else:  # (the features are kept here)
        for root in closed:
            d.decide(root)
        for root in sorted(open_roots):
            d.decide(root)
    decided = {root: decided[root] for root in sorted(groups)}
    return _entity_rows(len(u.names), groups, decided, _unique_names(decided, groups, u.topics, u.aids))


class ContextAhead:
    """The words around the mentions of the units the learned model will most likely read
    (``learned.context_scan``), read in a forked child while the units are joined (13-z; ``job``, run
    by the caller's ``halves.InTurn``, whose part for it is ``started``, 13-ap): the units of a name key
    with MIN_MENTIONS mentions or more and no listed name (on the BBC corpus all but 1,080 of the 15,053
    units read in the end, and 44,869 mention rows against 44,732 read). ``counts`` gives exactly the
    counts of the units asked for: the child's, and the rest read here. Each unit's counts come from
    its own mentions alone, so who reads them changes nothing."""

    def __init__(
        self,
        tables: Tables,
        aids: list[str],
        names: list[str],
        counts: list[int],
        by_key: dict[str, list[int]],
        start: bool = True,
    ) -> None:
        self.tables = tables
        self.likely: set[tuple[str, str]] = set()
        self.started: Started | Part | None = None
        if not start or not could_fork():
            return
        data_types = place_types()
        for k, idx in by_key.items():
            if k not in data_types and sum(counts[i] for i in idx) >= MIN_MENTIONS:
                self.likely.update((aids[i], names[i]) for i in idx)

    def job(self) -> dict[tuple[str, str], Counter]:
        """The counts of the likely units' words (for the child: the rows are gathered there too)."""
        rows, work = context_scan(self.tables, units=self.likely)
        return work(rows)

    def counts(self, units: set[tuple[str, str]]) -> dict[tuple[str, str], Counter]:
        """(article_id, name) -> the counts of the words around its mentions, for these units (those
        with a mention)."""
        got = self.started.result() if self.started is not None else None
        rest = units if got is None else units - self.likely
        if got is None:
            got = {}
        if rest:
            rows, work = context_scan(self.tables, units=rest)
            got.update(work(rows))
        return {k: got[k] for k in units if k in got}

    def close(self) -> None:
        """End the child if its answer was not taken."""
        if self.started is not None:
            self.started.close()


class _Decider:
    """Decides one corpus entity (by its root unit) into ``decided``; ``context`` (the words around the
    mentions of the entities the learned model may relabel, ``open_roots``) is set once read."""

    def __init__(
        self,
        u: Units,
        groups: dict[int, list[int]],
        forced: dict[int, str],
        learned: TypeModel | None | bool,
        features_out: dict[int, tuple[dict[str, float], str, list[int]]] | None,
    ) -> None:
        self.u, self.groups, self.forced, self.features_out = u, groups, forced, features_out
        self.decided: dict[int, Decided] = {}
        self.tm = type_model() if learned is True else (learned or None)
        self.data_types = place_types()  # listed names keep the data's type
        keys, counts, data_types = u.keys, u.counts, self.data_types
        # the entities the model may relabel: not forced, no listed name, and (unless features are asked
        # for, for training) enough mentions for the model to go by (the entities table's counts are at
        # least the named mentions the model counts); only their units' words are read
        self.open_roots = {
            root
            for root, idx in groups.items()
            if root not in forced
            and not any(keys[i] in data_types for i in idx)
            and (features_out is not None or sum(counts[i] for i in idx) >= MIN_MENTIONS)
        }
        self.context: dict[tuple[str, str], Counter] = {}

    def a_ground(self, feats: dict[str, float], idx: list[int]) -> bool:
        """A ground ("at Anfield", "at Old Trafford", "at Murrayfield"; the tagger's ORG or PERSON): a name
        that a good share of its mentions follow "at" and mostly in football or rugby reports (corpus-wide,
        grounds have 0.40-0.92 of their mentions after "at", clubs at most 0.20)."""
        counts, aids, sport_code = self.u.counts, self.u.aids, self.u.sport_code
        if feats.get("b1=at", 0.0) < GROUND_AT or sum(counts[i] for i in idx) < MIN_MENTIONS:
            return False
        sport = sum(counts[i] for i in idx if sport_code(aids[i]) is not None)
        return sport >= GROUND_SPORT * sum(counts[i] for i in idx)

    def decide(self, root: int) -> None:
        u, forced, context = self.u, self.forced, self.context
        keys, counts, shown, names, aids, evidence = u.keys, u.counts, u.shown, u.names, u.aids, u.evidence
        idx = self.groups[root]
        ev = evidence(idx)
        # (a group of one name key's units, as its key was decided: the key's label)
        label = forced.get(root) or evidence.decided(idx) or decide_label(*ev, (keys[i] for i in idx))
        if context and root in self.open_roots:
            # a second opinion on the type from the words around all its mentions (never a merge)
            top = max(idx, key=lambda i: (counts[i], -i))
            feats = group_features(shown[top], *ev, (context.get((aids[i], names[i])) for i in idx), len(idx))
            if self.features_out is not None:
                self.features_out[root] = (feats, label, list(idx))
            if self.tm is not None:
                label = self.tm.relabel(label, feats, *ev)
            if COARSE.get(label) != "PLACE" and self.a_ground(feats, idx):
                label = "FAC"
        # "digital rights management (DRM)": an acronym the corpus spells out only in lower case names a thing
        if (
            u.concepts
            and root not in forced
            and COARSE.get(label, "OTHER") != "OTHER"
            and any(names[i] in u.concepts for i in idx)
            and not any(keys[i] in self.data_types for i in idx)
        ):
            label = fine_label("OTHER", *ev)
        if len(idx) == 1:  # (most groups: one unit, its own name)
            i = idx[0]
            self.decided[root] = (keys[i][4:] if keys[i].startswith("org:") else shown[i], label, counts[i])
            return
        weight: dict[str, int] = {}
        for i in idx:
            weight[shown[i]] = weight.get(shown[i], 0) + counts[i]
        ranked = sorted(weight, key=lambda x: (span_form(x), -weight[x], x))
        if label == "PERSON":  # a full name before an initial and surname ("K Maggs"), before a surname
            ranked.sort(key=lambda x: (" " not in x.strip(), INITIAL_NAME.match(x) is not None))
        listed = sorted({keys[i][4:] for i in idx if keys[i].startswith("org:")})
        self.decided[root] = (listed[0] if listed else ranked[0], label, sum(weight.values()))


def _unique_names(
    decided: dict[int, Decided], groups: dict[int, list[int]], topics: dict[str, frozenset], aids: list[str]
) -> dict[int, str]:
    """One name per corpus entity: the most mentioned keeps a shared name, the others say their topic."""
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
    return final


def _entity_rows(
    n: int, groups: dict[int, list[int]], decided: dict[int, Decided], final: dict[int, str]
) -> tuple[list[str], list[str], list[str]]:
    """Each unit's (entity_id, name, label): the id a hash of the entity's type and name."""
    out_id = [""] * n
    out_name = [""] * n
    out_label = [""] * n
    used: set[str] = set()
    for root, idx in groups.items():
        name, label = final[root], decided[root][1]
        eid = "e" + hashlib.sha1(f"{label}|{name}".encode()).hexdigest()[:12]
        while eid in used:
            eid = "e" + hashlib.sha1(eid.encode()).hexdigest()[:12]
        used.add(eid)
        for i in idx:
            out_id[i], out_name[i], out_label[i] = eid, name, label
    return out_id, out_name, out_label
