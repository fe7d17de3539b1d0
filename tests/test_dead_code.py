"""No dead code in analysis/ and dashboard/: vulture over the whole project (so a name used only by
tests, benchmarks or docs counts as used), with a small allow-list of names frameworks use."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import ROOT


def test_vulture_finds_no_unused_code():
    paths = ["analysis", "dashboard", "tests", "benchmarks", "docs", "tests/vulture_allow.py"]
    proc = subprocess.run(
        [sys.executable, "-m", "vulture", *paths, "--min-confidence", "60"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    ours = [line for line in proc.stdout.splitlines() if line.startswith(("analysis/", "dashboard/"))]
    assert ours == []
