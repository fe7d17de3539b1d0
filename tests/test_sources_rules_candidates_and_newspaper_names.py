"""The forty-seventh session's third round (read from fresh134's and fresh135's misses): the 2016 US
presidential candidates the known-names list lacked are politicians (general knowledge: "Mr. Carson, the
retired neurosurgeon" is a candidate in a story about the campaign), and more last words of US newspapers'
names make a name a newspaper's ("The Orlando Sentinel", "the Des Moines Register")."""

from __future__ import annotations

from analysis.extract.sources.groups import role_group
from tests.test_speakers import _article, _speaker


def test_a_candidate_named_by_a_former_trade_is_a_politician():
    a = _article(
        "The candidates campaigned before the primary, and the polls show a close race for the nomination "
        'in Congress and in the states. "China is becoming involved in Syria," said Mr. Carson, the retired '
        "neurosurgeon. Ben Carson spoke to voters at a rally in Iowa.",
        title="Terrorism moves to fore of the campaign",
    )
    assert _speaker(a, "Ben Carson").role_group == "politician"


def test_a_candidate_with_a_business_role_in_a_business_story_keeps_it():
    a = _article(
        'Hewlett-Packard\'s shares rose after the deal. "We will grow," said Carly Fiorina, chief executive of '
        "Hewlett-Packard, of the company's sales.",
        title="HP shares rise on sales",
    )
    assert _speaker(a, "Carly Fiorina").role_group == "business"


def test_more_us_newspaper_names():
    for name in ("Orlando Sentinel", "Des Moines Register", "Boston Globe", "Sacramento Bee", "Columbus Dispatch"):
        assert role_group(name, name=True) == "media", name
    a = _article(
        '"Voters deserve better than this," the Orlando Sentinel said in an editorial on Monday.',
        title="Graham slams the plan",
    )
    sentinel = _speaker(a, "Orlando Sentinel")
    assert (sentinel.kind, sentinel.role_group) == ("organisation", "media")
