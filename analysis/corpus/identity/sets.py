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
