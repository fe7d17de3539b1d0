"""The fifty-fifth session (read from the general news of fresh193-fresh198, 2016-17, checked against every
earlier label): a question mark glued between a double mark and a word is a character lost in a conversion,
read as a space; a counselor is an official, as an adviser is, and a consulate a government's office; a
president written with "the <Adjective> nation's" or "country's" before the post is a country's head."""

from __future__ import annotations

from analysis import analyze
from analysis.doc.quote_marks import lost_characters_as_spaces
from analysis.extract.sources.groups import role_group
from analysis.inputs.raw import RawArticle
from analysis.records import Article

OFFICIAL = "government official or spokesperson"


def _article(text: str) -> Article:
    return analyze(RawArticle(source="t.txt", text=text))


def test_a_question_mark_glued_after_a_mark_reads_as_the_space_it_stood_for():
    assert lost_characters_as_spaces('each other,"?Conway said') == 'each other," Conway said'
    # the same length, so every offset holds
    text = 'He asked "why?" and "what"?No. Did he say "yes"? No. "?" is a mark. "?3.3m'
    expected = 'He asked "why?" and "what" No. Did he say "yes"? No. "?" is a mark. "?3.3m'
    assert lost_characters_as_spaces(text) == expected
    assert len(lost_characters_as_spaces(text)) == len(text)
    # a paragraph break lost into a hyphen ends its sentence; a hyphen inside a name stays
    assert lost_characters_as_spaces("Lavrov said.- Some people") == "Lavrov said.  Some people"
    assert lost_characters_as_spaces("just life.-And I") == "just life. And I"
    assert lost_characters_as_spaces("the U.S.-Mexico border") == "the U.S.-Mexico border"


def test_a_speaker_after_a_lost_character_gets_the_quote():
    text = (
        "Conway on surveillance\n\n"
        "Counselor to the president Kellyanne Conway discussed surveillance with The Record. "
        '"What I can say is there are many ways to surveil each other,"?Conway said. '
        '"You can surveil someone through their phones."\n'
    )
    article = _article(text)
    assert {q.speaker for q in article.quotes} == {"Kellyanne Conway"}
    # each quote keeps the article's own characters
    first = article.quotes[0]
    assert text[first.start : first.end] == first.text
    conway = next(s for s in article.speakers if s.name == "Kellyanne Conway")
    assert conway.gender == "female"


def test_a_counselor_is_an_official_and_a_consulate_a_government_office():
    for role in ("economic counselor with the consulate", "White House counselor", "Counselor to the president"):
        assert role_group(role) == OFFICIAL, role
    article = _article(
        "Elder care ties\n\nCooperation in elderly care has become a new priority, says Pierre Martin, economic "
        "counselor with the consulate. The group has 30 years of experience.\n"
    )
    martin = next(s for s in article.speakers if s.name == "Pierre Martin")
    assert martin.role == "economic counselor with the consulate"
    assert martin.role_group == OFFICIAL


def test_a_vice_president_of_the_adjective_nation_is_a_politician():
    for role, group in (
        ("the African nation's vice president", "politician"),
        ("the country's vice president", "politician"),
        ("the small nation's vice president", "unknown"),  # no place: the rest of the article decides
    ):
        article = _article(
            f'Floods in Burundi\n\nGaston Sindimwo, {role}, said "torrential rains struck several provinces."\n'
        )
        speaker = next(s for s in article.speakers if s.name == "Gaston Sindimwo")
        assert speaker.role == role
        assert speaker.role_group == group, role
