"""The forty-seventh session's fifth round (read from fresh138's and fresh139's misses): the US presidents,
vice presidents and major-party nominees since 1960 are known politicians (general knowledge: "Jimmy Carter"
with no role words is the former president), and the Anti-Defamation League and the Log Cabin Republicans
are advocacy groups, civil society (not a sports league, not the party)."""

from __future__ import annotations

from analysis.extract.sources.groups import role_group
from analysis.extract.sources.lexicons import _known_names
from tests.test_speakers import _article, _speaker


def test_former_presidents_are_known_politicians():
    people = _known_names()[1]
    for name in ("Jimmy Carter", "Ronald Reagan", "George W. Bush", "Al Gore", "Dick Cheney"):
        assert people[name] == "politician", name
    a = _article(
        'The remarks drew criticism at home. "It is a terrible thing to say," Jimmy Carter said on Tuesday.',
        title="Reaction to the remarks",
    )
    assert _speaker(a, "Jimmy Carter").role_group == "politician"


def test_advocacy_groups_named_for_a_league_or_a_party():
    assert role_group("The leader of the Anti-Defamation League") == "civil society, NGO, union"
    assert role_group("Log Cabin Republicans president", story=("politics",)) == "civil society, NGO, union"
    # a sports league and the party itself keep their groups
    assert role_group("A National Football League spokesman") == "culture and sport"
    assert role_group("the Republicans", story=("politics",)) == "politician"
