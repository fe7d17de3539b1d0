"""eval_identity --pooled (benchmarks/identity_pool.py): samples pooled into one gold set."""

from __future__ import annotations

from benchmarks import identity_pool
from benchmarks.eval_identity import bcubed, gold_units


def _units(*names: tuple[str, str]) -> list[dict]:
    return [{"name": n, "topic": t, "file": f"{t}/{k:03}.txt"} for k, (n, t) in enumerate(names)]


UNITS = _units(("Wasps", "sport"), ("Wasps", "sport"), ("Wasp", "entertainment"), ("Tories", "politics"))
UNITS += _units(("Tory", "politics"), ("Conservative Party", "politics"))
SAMPLES = {
    "s1:test": [
        {"id": "wasps", "type": "ORG", "names": ["Wasps"]},
        {"id": "tories", "type": "ORG", "names": ["Conservative Party", "Tories"]},
    ],
    "s2:second": [
        {"id": "wasp_film", "type": "OTHER", "names": ["Wasp"]},
        {"id": "tory_party", "type": "ORG", "names": ["Tory", "Tories@politics"]},
    ],
}


def test_a_merge_of_two_samples_entities_counts_and_is_listed() -> None:
    claimed = identity_pool.claims(UNITS, SAMPLES, gold_units)
    groups = identity_pool.conflicts(claimed)
    assert groups == [{"s1:test:tories", "s2:second:tory_party"}]  # both claim the Tories unit
    gold = identity_pool.pooled_gold(claimed, set().union(*groups))
    assert sorted(gold) == [0, 1, 2]  # the conflict's units are left out, not guessed
    pred = ["w", "w", "w", "c", "c", "c"]  # the film joined to the club
    assert identity_pool.cross_sample_merges(gold, pred) == {"w": {"s1:test:wasps", "s2:second:wasp_film"}}
    assert bcubed(gold, {i: pred[i] for i in gold})["merge_precision"] < 1.0
    # each sample alone sees nothing wrong
    for ents in SAMPLES.values():
        g = gold_units(UNITS, ents)
        assert bcubed(g, {i: pred[i] for i in g})["merge_precision"] == 1.0


def test_a_conflict_of_one_type_can_be_scored_as_one_entity() -> None:
    claimed = identity_pool.claims(UNITS, SAMPLES, gold_units)
    groups = identity_pool.conflicts(claimed)
    alias, mixed = identity_pool.united(groups, {f"{s}:{e['id']}": e["type"] for s, es in SAMPLES.items() for e in es})
    assert not mixed
    gold = identity_pool.pooled_gold(claimed, mixed, alias)
    assert len({gold[i] for i in (3, 4, 5)}) == 1  # the two samples' Conservative Party is one entity
    pred = ["w", "w", "f", "c", "c", "c"]
    assert identity_pool.cross_sample_merges(gold, pred, alias) == {}
    assert bcubed(gold, {i: pred[i] for i in gold})["merge_precision"] == 1.0


def test_conflicts_of_different_types_stay_out() -> None:
    alias, mixed = identity_pool.united([{"a:x:1", "b:y:2"}], {"a:x:1": "ORG", "b:y:2": "PERSON"})
    assert alias == {} and mixed == {"a:x:1", "b:y:2"}
