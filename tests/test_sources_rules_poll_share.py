"""Who speaks: part of a poll's people written without a number ("most of those questioned", "Many of
those interviewed", "Some of those questioned said" where the quote rules took only "Some") are
anonymous ordinary people, as "69% of those questioned" and "those surveyed" already were; a bare
quantifier with no poll after it ("Some said") stays as it was."""

from __future__ import annotations

import pytest

from tests.test_speakers import _article, _speaker

_POLL = (
    "A survey of 2,000 mobile phone users for the watchdog found that 69% of those questioned wanted cheaper calls. "
)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ('Most of those questioned said they were "fed up" with the bills.', "Most of those questioned"),
        ('Many of those interviewed said the cost was "far too high".', "Many of those interviewed"),
    ],
)
def test_a_quantified_share_of_those_asked_is_ordinary_people(sentence: str, name: str):
    s = _speaker(_article(_POLL + sentence), name)
    assert (s.kind, s.role_group) == ("anonymous", "ordinary person or witness")


def test_a_quantifier_the_quote_rules_cut_short_takes_the_rest_as_its_role():
    a = _article(_POLL + "Some of those questioned said they were looking to use a mobile service to get net access.")
    s = _speaker(a, "Some")
    assert (s.kind, s.role, s.role_group) == ("anonymous", "Some of those questioned", "ordinary person or witness")


def test_a_bare_quantifier_with_no_poll_is_not_read_as_one():
    a = _article("The council met on Monday. Some said they were looking to use a new road to get to the town.")
    s = _speaker(a, "Some")
    assert s.role_group != "ordinary person or witness"
