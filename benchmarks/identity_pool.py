"""Pooled scoring of the identity samples (``eval_identity.py --pooled``).

Each sample scored alone cannot see a wrong merge of an entity labelled in one sample with an entity
labelled in another. Pooled, every sample's entities are one gold set (ids ``sample:entity``), so such a
merge counts against merge precision whichever samples the two come from.

The samples were drawn to be disjoint (each excluded every earlier sample's names), but a later sample
may label a name (or a ``Name@topic`` unit) an earlier one labelled too. Two entities of different
samples that claim one unit are a *conflict*: they may be one thing labelled twice, or two readings of
one name. Pooling does not guess which: every entity of a conflict (and any entity linked to it through
another shared unit) is left out of the pooled score and listed. Leaving them out also hides their
merges with other samples' entities, so a second figure takes each conflict whose entities have one
type as one entity (what both samples' labels imply if both are right: each says the shared unit is
one thing with all its other units) and still leaves out the conflicts whose types differ.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

Units = list[dict]
Entities = list[dict]
GoldFn = Callable[[Units, Entities], dict[int, str]]


def claims(units: Units, samples: dict[str, Entities], gold_units: GoldFn) -> dict[int, list[str]]:
    """unit index -> the pooled gold ids (``sample:entity``) that claim it, one at most per sample."""
    out: dict[int, list[str]] = defaultdict(list)
    for sample, ents in samples.items():
        for i, gid in gold_units(units, ents).items():
            out[i].append(f"{sample}:{gid}")
    return dict(out)


def conflicts(claimed: dict[int, list[str]]) -> list[set[str]]:
    """Groups of pooled gold ids of different samples linked by shared units (each group has >= 2)."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for gids in claimed.values():
        for other in gids[1:]:  # only units claimed twice link ids
            parent[find(other)] = find(gids[0])
    groups: dict[str, set[str]] = defaultdict(set)
    for x in list(parent):
        groups[find(x)].add(x)
    return sorted((g for g in groups.values() if len(g) > 1), key=sorted)


def united(groups: list[set[str]], types: dict[str, str]) -> tuple[dict[str, str], set[str]]:
    """Each conflict of one type as one entity: (id -> the id that stands for its group, the ids of the
    conflicts whose types differ, still left out)."""
    alias: dict[str, str] = {}
    left_out: set[str] = set()
    for group in groups:
        if len({types[g] for g in group}) > 1:
            left_out |= group
        else:
            alias |= dict.fromkeys(group, min(group))
    return alias, left_out


def pooled_gold(
    claimed: dict[int, list[str]], left_out: set[str], alias: dict[str, str] | None = None
) -> dict[int, str]:
    """unit index -> pooled gold id, without the entities left out; ``alias`` maps united ids to one."""
    alias = alias or {}
    out = {}
    for i, gids in claimed.items():
        kept = {alias.get(g, g) for g in gids if g not in left_out}
        if len(kept) == 1:
            out[i] = kept.pop()
    return out


def sample_of(gid: str) -> str:
    return gid.rsplit(":", 1)[0]


def cross_sample_merges(
    gold: dict[int, str], pred_id: list[str], alias: dict[str, str] | None = None
) -> dict[str, set[str]]:
    """Predicted entity -> the pooled gold ids it holds, where two of them share no sample (no one sample
    scored alone sees that merge). A united id (``alias``) stands for the samples of all its members."""
    samples: dict[str, set[str]] = defaultdict(set)
    for g, head in (alias or {}).items():
        samples[head].add(sample_of(g))
    members: dict[str, set[str]] = defaultdict(set)
    for i, g in gold.items():
        members[pred_id[i]].add(g)
    out = {}
    for p, gs in members.items():
        seen = [samples.get(g) or {sample_of(g)} for g in gs]
        if any(not (a & b) for k, a in enumerate(seen) for b in seen[k + 1 :]):
            out[p] = gs
    return out
