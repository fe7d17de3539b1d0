"""The thirty-eighth session's third round: "local" and "consumer" name a member of the public only as
nouns ("locals", "a local", "consumers"); as modifiers they say nothing of the group ("local officials",
"head of consumer services"). A city council's president and a county freeholder are elected."""

from __future__ import annotations

from analysis.extract.sources.groups import role_group

ORDINARY = "ordinary person or witness"


def test_local_and_consumer_as_nouns_and_as_modifiers():
    for role in ("a local", "locals", "local residents", "consumers", "the consumer"):
        assert role_group(role) == ORDINARY, role
    assert role_group("local officials") == "government official or spokesperson"
    assert role_group("Yahoo's head of consumer services in the UK") != ORDINARY
    assert role_group("local group") == "civil society, NGO, union"
    assert role_group("consumer groups") == "civil society, NGO, union"


def test_elected_council_posts():
    assert role_group("City Council president") == "politician"
    assert role_group("County freeholder") == "politician"
    # a council's staff and the European Council's president stay officials
    assert role_group("council officials") == "government official or spokesperson"
    assert role_group("European Council President") == "government official or spokesperson"
