"""Who speaks, role extraction and role-group mapping (issue 11, helper 11cl; patterns read from the fresh32
sample's misses): a body's one-word short name after its full known name, a court's "justice" described in
the next sentence past a politician named as an aside, a regulator named for "oversight", a bare surname of
the one well-known politician in a story about politics. Small articles written here; each positive case
failed on 9f20b09, each guard passed there too."""

from __future__ import annotations

import pytest

from analysis.extract import sources
from analysis.extract.sources.groups import politician_by_surname
from tests.test_sources_rules_11cc import _read
from tests.test_speakers import _article, _speaker

_GOVERNMENT = "government official or spokesperson"
_JUSTICE = "police, military, justice"

_POLITICS = (
    "Labour MPs and Tory MPs clashed in the Commons over the election pledge, as the party leaders set out "
    "their manifesto plans to voters before the general election campaign. "
)


def test_a_known_bodys_short_name_takes_its_group():
    text = (
        "A former trader has lost her sex discrimination case against Merrill Lynch in London. "
        '"We said from the start that this case was about performance," Merrill said in a statement.'
    )
    assert _speaker(_article(text), "Merrill").role_group == "business"
    # the full name never written: the first word alone is nobody's
    assert sources.known_body("Merrill", "Merrill said it would appeal.") is None
    assert sources.known_body("Jupiter", "said Thomas Husson, mobile analyst at Jupiter research.") == (
        "organisation",
        "expert or academic",
    )


def test_a_courts_justice_described_next_past_a_politician_named_aside():
    text = (
        "Ruth Bader Ginsburg regrets her insults of Donald Trump. The Supreme Court justice said she regretted "
        'her remarks and promised to stay out of it. "I regret making them," Ginsburg said in a statement.'
    )
    # (the speaker is "Ruth Bader Ginsburg" since the thirty-ninth session: the body's first sentence is whole)
    assert _read(text, "Ruth Bader Ginsburg") == ("The Supreme Court justice", _JUSTICE)


@pytest.mark.xfail(
    strict=True,
    reason="since 'justice' is a one-person word (11ck), the unnamed-speaker path links 'The Supreme Court justice' "
    "to Ginsburg across another person's sentence; the descriptions.py guard no longer decides this case",
)
def test_a_politician_with_a_sentence_of_his_own_between_still_blocks_the_description():
    text = (
        "Ruth Bader Ginsburg criticised the plan on Monday. Donald Trump said the plan was sound. "
        'The Supreme Court justice said she would say no more. "I regret it," Ginsburg said.'
    )
    assert _speaker(_article(text), "Ruth Bader Ginsburg").role is None


def test_oversight_is_a_regulators_word():
    text = (
        "Fannie Mae has faced criticism from its government regulator, the Office of Federal Housing "
        'Enterprise Oversight (OFHEO). "We are encouraged by the board\'s decision," Armando Falcon, OFHEO '
        "director said."
    )
    assert _read(text, "Armando Falcon") == ("OFHEO director", _GOVERNMENT)
    assert sources.role_group("chairman of the House Oversight Committee") == "politician"


@pytest.mark.parametrize(
    ("story", "group"),
    [
        (_POLITICS, "politician"),  # the one known politician called Blair
        ("The new phone went on sale on Monday with a faster chip and a larger screen. ", "unknown"),
    ],
)
def test_a_bare_surname_in_a_politics_story(story: str, group: str):
    text = story + 'Unveiling the plan, Mr Blair said: "This is a symbol of decency and fairness."'
    assert _speaker(_article(text), "Blair").role_group == group


def test_the_one_known_politician_of_a_surname_only_in_a_politics_story():
    # also read for each member of a "they" pair ("Mr Blair and Mr Brown ... the people they say")
    assert politician_by_surname("Blair", ("politics",)) == "politician"
    assert politician_by_surname("Blair", ("business",)) is None
    assert politician_by_surname("Williams", ("politics",)) is None  # no known politician of that name
