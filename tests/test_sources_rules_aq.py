"""Who speaks, issue 11aq: a named person's role from the lead, sorted from the "extraction: no role"
misses of the development parts: the one indefinite description of a person in the lead's first
sentence, subject or object, is the person the next sentence names as its subject before anyone
else ("UKIP have suspended a candidate ... || John Houston, 54, was due to stand")."""

from __future__ import annotations

from tests.test_speakers import _article, _speaker


def test_a_lead_objects_description_is_the_next_sentences_subject():
    a = _article(
        "The Green Party has suspended a candidate for remarks about immigrants on a website.\n\n"
        'Jane Fowler, 48, was due to stand in Bristol. She said: "I was misquoted."'
    )
    s = _speaker(a, "Jane Fowler")
    # (the parse may hang "for remarks ..." on the noun: the description runs on with it)
    assert s.role.startswith("a candidate") and s.role_group == "politician"
    assert a.text[s.role_start : s.role_end] == s.role


def test_a_description_after_a_fronted_phrase_in_the_next_sentence():
    a = _article(
        "The president replied to a Gold Star mother on Wednesday night in a televised debate.\n\n"
        'During the town hall, Tina Hale asked him about his words. "I lost my son," she said.'
    )
    s = _speaker(a, "Tina Hale")
    assert s.role == "a Gold Star mother" and s.role_group == "ordinary person or witness"


def test_two_people_described_in_the_lead_say_nothing():
    a = _article(
        "A farmer has sued a neighbour over a fence that blocks a path.\n\n"
        'John Hay said the path was his. "It is mine," Mr Hay said.'
    )
    s = _speaker(a, "John Hay")
    assert s.role is None or not s.role.startswith(("a farmer", "a builder"))


def test_someone_named_first_in_the_next_sentence_stands_between():
    a = _article(
        "The party has suspended a candidate for remarks about immigrants.\n\n"
        'Leader Tom Price said Jane Fowler had been told. "It is right," Ms Fowler said.'
    )
    s = _speaker(a, "Jane Fowler")
    assert s.role is None or s.role != "a candidate"


def test_a_person_named_in_the_lead_is_not_introduced_by_it():
    a = _article(
        "Jane Fowler spoke after the party suspended a candidate for remarks about immigrants.\n\n"
        'Jane Fowler said she was sorry. "It is right," Ms Fowler said.'
    )
    s = _speaker(a, "Jane Fowler")
    assert s.role is None or s.role != "a candidate"


def test_a_possessive_or_an_as_phrase_in_the_lead_is_no_description_of_the_next_subject():
    a = _article(
        "As a senior political correspondent, Tom Lee has mocked the campaign.\n\n"
        'Jane Fowler said he was wrong. "It is unfair," Ms Fowler said.'
    )
    s = _speaker(a, "Jane Fowler")
    assert s.role is None or "correspondent" not in s.role


def test_a_description_that_speaks_for_itself_is_a_voice_of_its_own():
    # the lead's speaker is one voice, the person the next sentence names another
    a = _article(
        "A company spokeswoman said the firm was investigating the claims.\n\n"
        'Jane Fowler alleged that money was missing. "It is gone," Ms Fowler said.'
    )
    assert _speaker(a, "A company spokeswoman").role == "A company spokeswoman"
    s = _speaker(a, "Jane Fowler")
    assert s.role is None or "spokeswoman" not in s.role
