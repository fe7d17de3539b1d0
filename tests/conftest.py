from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_a7b80878336151ae.txt"


@pytest.fixture(scope="session")
def seed_article():
    from analysis import analyze, read_bytes

    return analyze(read_bytes(str(SEED), SEED.read_bytes()))
