"""The forty-ninth session's fifth round (read from fresh164's and fresh165's misses): a poll's results speak
for whoever issued them, as its findings do ("early results of exit polls conducted for The Associated
Press and television networks" is the press's figure, an organisation, where it had been read as unnamed
people); and a supervisor of elections, written as a title, is a county's elections officer."""

from __future__ import annotations

from analysis.extract.sources.groups import role_group
from tests.test_speakers import _article, _speaker


def test_a_polls_results_are_its_issuers():
    a = _article(
        "Trump won 46 percent of the vote, according to early results of exit polls conducted for The "
        'Associated Press and television networks, and voters called the economy "the top issue".',
        title="Trump wins Florida",
    )
    results = next(s for s in a.speakers if s.name.startswith("early results of exit polls"))
    assert (results.kind, results.role_group) == ("organisation", "media")


def test_a_supervisor_of_elections():
    assert role_group("Supervisor of Elections") == "government official or spokesperson"
    a = _article(
        'Voters went to the polls on Tuesday. Supervisor of Elections Susan Bucher said independent voters "can '
        'not vote".',
        title="Primary day",
    )
    bucher = _speaker(a, "Susan Bucher")
    assert (bucher.role, bucher.role_group) == ("Supervisor of Elections", "government official or spokesperson")
