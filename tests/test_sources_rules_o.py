"""Who speaks, fourteenth round (issue 11o): a title or a description holding a hyphenated word the
parse cut apart ("Tory co-chairman Liam Fox", "The Tory co-chairman attacked ...") stays whole;
lexicon gaps seen in the fresh12 sample's misses (a rugby lock, a rally driver, a costume designer,
a cap holder). Small articles written here."""

from __future__ import annotations

import pytest

from analysis.extract.sources import role_group
from tests.test_speakers import _article, _speaker


@pytest.mark.parametrize(
    "body",
    [
        "Tory co-chairman Liam Fox said the comments were at odds with the plan.",
        "Ministers met on Monday. Tory co-chairman Liam Fox said the comments were at odds with the plan.",
        "Labour set out its pledges.\n\nTory co-chairman Liam Fox was speaking after the prime minister "
        'told members the Tories offered a "hard right agenda".',
    ],
)
def test_a_title_opening_on_a_hyphenated_word_keeps_the_words_before_it(body):
    s = _speaker(_article(body), "Liam Fox")
    assert s.role == "Tory co-chairman"
    assert s.role_group == "politician"


def test_a_description_cut_at_its_hyphen_is_not_a_speaker_called_dash():
    a = _article('Tory co-chairman Liam Fox spoke on Sunday. The Tory co-chairman attacked the pledges as "vacuous".')
    assert "-" not in [s.name for s in a.speakers]
    assert _speaker(a, "Liam Fox").role_group == "politician"


def test_an_untagged_hyphenated_name_stays_whole():
    a = _article(
        "Sales have tripled since launch, said market analysts Chart-Track. The numbers were boosted by a new game."
    )
    s = _speaker(a, "Chart-Track")
    assert s.kind == "organisation"
    assert s.role_group == "expert or academic"


def test_the_veteran_lock_is_the_player_named_before():
    a = _article(
        "Wales record cap holder Gareth Llewellyn will retire from Test rugby at the end of the Six Nations.\n\n"
        "The veteran lock, who is 36 at the end of February, told BBC Wales that it is time for him to go. "
        "\"I don't know what I'll do next year,\" Llewellyn said."
    )
    assert [s.name for s in a.speakers] == ["Gareth Llewellyn"]
    s = _speaker(a, "Gareth Llewellyn")
    assert s.kind == "named person"
    assert s.role_group == "culture and sport"


@pytest.mark.parametrize(
    ("role", "group"),
    [
        ("The veteran lock", "culture and sport"),
        ("Italy lock forward", "culture and sport"),
        ("Wales record cap holder", "culture and sport"),
        ("rally driver", "culture and sport"),
        ("British costume designer", "culture and sport"),
        ("a taxi driver", "ordinary person or witness"),
    ],
)
def test_lexicon_gaps(role, group):
    assert role_group(role) == group
