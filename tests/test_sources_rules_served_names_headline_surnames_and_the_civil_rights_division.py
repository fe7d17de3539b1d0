"""The forty-eighth session's fourth round (read from fresh146's and fresh147's misses): the pronouns of the
person a description serves ("A spokesman for Democratic presidential candidate Hillary Clinton") are hers,
no evidence of the spokesman's gender; a word the article uses as someone's surname is no first name
("Clinton Cash Debunks Hillary", a headline the quote rules took for a name, is no man named Clinton);
and the Justice Department's civil rights division is the justice system's."""

from __future__ import annotations

from analysis.extract.sources.groups import role_group
from tests.test_speakers import _article, _speaker


def test_a_served_persons_pronouns_are_not_the_speakers():
    a = _article(
        "Hillary Clinton spoke in Ohio on Tuesday. She said she was proud of the record. "
        '"We did nothing wrong," a spokesman for Democratic presidential candidate Hillary Clinton said. '
        "She later added that the meetings were routine.",
        title="Clinton defends meetings",
    )
    assert _speaker(a, "a spokesman for Democratic presidential candidate Hillary Clinton").gender != "female"
    assert _speaker(a, "Hillary Clinton").gender == "female"


def test_a_description_that_is_the_named_person_keeps_their_evidence():
    a = _article('"We will vote against it," said Shadow leader of the Commons Oliver Heald. He added more.')
    assert _speaker(a, "Shadow leader of the Commons Oliver Heald").gender == "male"


def test_a_surname_of_the_article_is_no_first_name():
    a = _article(
        "Hillary Clinton said on Sunday that only one or two donations had slipped through the cracks at the "
        "foundation. The book Clinton Cash details several incidents of foreign donations.",
        title="Clinton Cash Debunks Hillary: Only ‘One or Two Instances’ where Donations ‘Slipped through the Cracks.’",
    )
    headline = _speaker(a, "Clinton Cash Debunks Hillary")
    assert headline.gender == "unknown"


def test_the_civil_rights_division():
    assert role_group("chief of the civil rights division's voting section") == "police, military, justice"
    assert role_group("a civil rights group") == "civil society, NGO, union"
