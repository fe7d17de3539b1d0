"""Gender when one name gathers both Mr and Mrs: two people share the surname ("Mrs Howard" beside
"Mr Howard"), so their honorifics and pronouns cannot be told apart, and the quotes credited to the name
may be either person's: unknown, whatever the first name. One honorific alone still decides."""

from __future__ import annotations

from tests.test_speakers import _article, _speaker

WIFE_AND_HUSBAND = (
    "Michael Howard's wife, Sandra, is to play a leading role in the election campaign. Mrs Howard will "
    "make solo visits to target seats as well as accompanying her husband. Mr Howard will host a news "
    "conference every morning, his party said. Mrs Howard made her debut speech at the conference last "
    'October. "I often tell my husband to show his softer side," she said. Mrs Howard said she enjoyed '
    'campaigning. The Tory leader said: "We want to meet as many people as possible."'
)


def test_a_shared_surname_without_a_first_name_is_unknown() -> None:
    # the speaker is "Howard" (no first name): before, she x4, Mrs x3 and Mr made him female (named "Michael
    # Howard" since the thirty-ninth session, when the body's first sentence stopped being cut after its first word)
    s = _speaker(_article(WIFE_AND_HUSBAND), "Michael Howard")
    assert (s.gender, s.gender_evidence) == ("unknown", [])


def test_one_honorific_alone_still_decides() -> None:
    a = _article(
        'Labour MP Jane Smith criticised the plan. "It is a mistake," Mrs Smith said. She added that the '
        "party would vote against it."
    )
    s = _speaker(a, "Jane Smith")
    assert s.gender == "female"
    assert any(e.startswith("Mrs") for e in s.gender_evidence)
