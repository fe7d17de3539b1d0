"""The EU's leaders are its heads of government, politicians, as "European leaders" and "world leaders"
already were; the EU's officials stay officials."""

from __future__ import annotations

import pytest

from analysis.extract.sources.groups import role_group


@pytest.mark.parametrize(
    ("role", "group"),
    [
        ("EU leaders", "politician"),
        ("EU leaders at a summit in Lisbon", "politician"),
        ("European leaders", "politician"),
        ("EU officials", "government official or spokesperson"),
        ("an EU official", "government official or spokesperson"),
    ],
)
def test_eu_leaders_and_officials(role, group):
    assert role_group(role) == group
