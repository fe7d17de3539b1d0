"""The joins so far: which units (article-level entities, by index) are one corpus entity, as disjoint sets."""

from __future__ import annotations

from collections import defaultdict


class Sets:
    """Union-find over unit indices: each set's root is its smallest member."""

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


def detach(sets: Sets, units: set[int]) -> None:
    """Take ``units`` out of their sets: they form one set of their own; every other set stays whole.
    Only the sets holding one of them are rebuilt (their members found in one pass over the parents, as
    ``groups`` finds roots): the partition, and so every root, is what rebuilding all of them gave."""
    if not units:
        return
    parent = sets.parent
    root = list(parent)
    for i, p in enumerate(parent):
        if p != i:
            root[i] = root[p]
    hit = {root[i] for i in units}
    rest: dict[int, list[int]] = defaultdict(list)  # old root -> its members that stay
    for i, r in enumerate(root):
        if r in hit:
            parent[i] = i
            if i not in units:
                rest[r].append(i)
    for idx in rest.values():  # (in order: the first is the set's new root, its smallest member)
        for i in idx[1:]:
            parent[i] = idx[0]
    units_l = sorted(units)
    for i in units_l[1:]:
        parent[i] = units_l[0]
