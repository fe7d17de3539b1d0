"""The type evidence of units: the model's labels and the cue votes, summed over a set of units."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping

from analysis.corpus.identity.evidence import decide_label

#: The model label of a unit whose label is no evidence (a name the model cut short): it casts no vote.
NO_VOTE = ""


def _counter(items: dict | None = None) -> Counter:
    """``Counter()`` or ``Counter(items)`` for a mapping: the same counter, made without
    ``Counter.__init__``'s call, ``update`` and its Mapping check (1.3 and 3.8 against 0.3 and 0.7 µs;
    the evidence sums and added votes make about 60,000 of them on the BBC corpus, 13-u)."""
    out = Counter.__new__(Counter)
    if items:
        dict.update(out, items)
    return out


class Evidence:
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


def added(votes: Counter | None, more: Mapping[str, float]) -> Counter:
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
