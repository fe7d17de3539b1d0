"""Arithmetic of benchmarks/labels/identity/agreement.py (two readers of one identity sample)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

PATH = Path(__file__).resolve().parents[1] / "benchmarks" / "labels" / "identity" / "agreement.py"
spec = importlib.util.spec_from_file_location("identity_agreement", PATH)
assert spec and spec.loader
agreement = importlib.util.module_from_spec(spec)
spec.loader.exec_module(agreement)


def test_kappa_perfect_and_chance() -> None:
    assert agreement.kappa([("A", "A"), ("B", "B")]) == (2, 2, 1.0)
    # agreement 0.5, both readers 50/50 on two labels: chance 0.5, kappa 0
    agree, n, k = agreement.kappa([("A", "A"), ("A", "B"), ("B", "A"), ("B", "B")])
    assert (agree, n) == (2, 4) and k == pytest.approx(0.0)


def test_pair_counts_and_bcubed() -> None:
    first = {"a": "1", "b": "1", "c": "1", "d": "2"}
    second = {"a": "x", "b": "x", "c": "y", "d": "y", "e": "z"}  # "e": not shared, ignored
    # first's pairs: ab, ac, bc; second's: ab, cd; both: ab
    assert agreement.pair_counts(first, second) == (1, 3, 2)
    prec, rec = agreement.bcubed(first, second)
    # precision per name: a 2/2, b 2/2, c 1/2, d 1/2 -> 3/4; recall: a 2/3, b 2/3, c 1/3, d 1/1 -> 2/3
    assert prec == pytest.approx(0.75) and rec == pytest.approx(2 / 3)


def test_load_reads_every_part_and_skipped(tmp_path: Path) -> None:
    f = tmp_path / "x.json"
    ents = [{"id": "p", "type": "PERSON", "names": ["Ann Lee", "Lee@sport"]}]
    f.write_text(json.dumps({"about": "", "test": ents, "skipped": {"ref": "no entity"}}), "utf-8")
    names, skipped = agreement.load(f)
    assert names == {"Ann Lee": ("test:p", "PERSON"), "Lee@sport": ("test:p", "PERSON")}
    assert skipped == {"ref"}
