"""The fifty-first session's first round (read from the misses fresh173 and fresh174 had, and the same pattern
across the sample): a bare count of people speaking ("others said", "one said", "Many believe") is the people
it counts, named in its own "of" phrase or counted just before it; with no people before it, it stays
unplaced. And a trade written as present work in a relative clause ("who covers the White House for ABC
News", "who tracks political ads for Kantar Media") is the person's role, as "who teaches law at ..." was."""

from __future__ import annotations

from tests.test_speakers import _article, _speaker


def test_others_after_some_economists():
    a = _article(
        "Some economists say this may allow an upward revision of growth. But others point out that the deficit "
        "has reached astronomical proportions, which may harm growth.",
        title="US trade gap widens",
    )
    others = _speaker(a, "others")
    assert (others.kind, others.role, others.role_group) == ("anonymous", "economists", "expert or academic")


def test_one_after_dealers_is_one_unnamed_dealer():
    a = _article(
        "Easier silver prices helped keep spot gold in a narrow range, dealers said.\n\n"
        '"I still think we\'ll see gold at $395 by the end of October," one said.',
        title="Gold steady",
    )
    one = _speaker(a, "one")
    assert (one.kind, one.role, one.role_group) == ("unnamed person", "dealers", "business")


def test_they_takes_the_subject_not_the_object():
    a = _article(
        "Several inhabitants accused government forces of looting homes. They also said rebel fighters had "
        "looted medicines from the local hospital.",
        title="Looting in a mountain town",
    )
    they = _speaker(a, "They")
    assert (they.kind, they.role, they.role_group) == ("anonymous", "inhabitants", "ordinary person or witness")


def test_members_of_a_body_counted_in_an_of_phrase():
    a = _article(
        "The ministry came under pressure from a cross-section of Dutch members of parliaments in May. Others "
        "said they thought the aircraft was loaded with too much freight.",
        title="El Al crash inquiry",
    )
    others = _speaker(a, "Others")
    assert others.role == "Dutch members of parliaments"
    assert others.role_group == "politician"


def test_the_counts_own_of_phrase():
    a = _article(
        "The ambassador testified on Friday. Some of Trump's voters took to social media, claiming that her net "
        "worth far exceeded her salary.",
        title="Claims about an ambassador",
    )
    some = _speaker(a, "Some")
    assert (some.role, some.role_group) == ("Trump's voters", "ordinary person or witness")


def test_no_people_counted_before_leaves_the_count_unplaced():
    a = _article(
        "Prices of homes and bank charters rose in May. Some said the rise would not last.",
        title="Prices",
    )
    some = _speaker(a, "Some")
    assert some.role_group == "unknown"


def test_a_trade_written_as_present_work():
    a = _article(
        '"It matters," said Ann Compton, who covers the White House for ABC News. "It did," she said.\n\n'
        '"It may," said Elizabeth Wilner, who tracks political ads for Kantar Media.\n\n'
        '"It will," said Tom Smith, who votes for Labour.',
        title="Ads",
    )
    compton, wilner, smith = (_speaker(a, n) for n in ("Ann Compton", "Elizabeth Wilner", "Tom Smith"))
    assert (compton.role, compton.role_group) == ("who covers the White House for ABC News", "media")
    assert wilner.role_group == "expert or academic"
    assert smith.role is None  # voting is no trade


def test_a_past_event_is_no_trade():
    a = _article('"It matters," said Tom Smith, who advised the campaign in 2012.', title="Ads")
    assert _speaker(a, "Tom Smith").role is None
