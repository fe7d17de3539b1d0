"""Who speaks, issue 11am: a generic post (spokesman, president, director) takes its group from the
body it serves, and the body is placed by what the article says of it. Patterns read from the "right
words, wrong group" misses of the development parts, each written for any article: a description set
right after a body's name ("Diageo, the world's biggest spirits company", "Mittal Steel, one of the
world's largest steel producers", "Pipa is a research group") or a university it is at places it,
also for a post written as a title ("Diageo North America president" is no head of state); in a
sports or arts story a post whose body follows it ("chief executive of the UK Film Council") takes
that body's group; a misspelt "spokeman" is a spokesman."""

from __future__ import annotations

from tests.test_speakers import _article, _speaker

_SPORT = "culture and sport"
_STAFF = "government official or spokesperson"


def test_a_body_described_in_commas_places_a_title_before_its_default():
    a = _article(
        "Diageo, the world's biggest spirits company, has agreed to buy a Californian wine firm. "
        '"The US wine market is a growth opportunity," said Diageo North America president Ivan Menezes.'
    )
    assert _speaker(a, "Ivan Menezes").role_group == "business"


def test_a_title_with_no_placed_body_keeps_its_default():
    a = _article('"We will not give in," said President Ivan Menezes. The talks go on.')
    assert _speaker(a, "Ivan Menezes").role_group == "politician"


def test_a_title_is_no_bodys_name_and_a_document_before_it_no_description():
    a = _article('In a White House statement, President Barack Obama said: "We will act." The talks go on.')
    assert _speaker(a, "Barack Obama").role_group == "politician"


def test_a_body_described_by_its_trade_in_commas_is_a_firm():
    a = _article(
        "Mittal Steel, one of the world's largest steel producers, could cut 45,000 jobs. "
        'A Mittal Steel spokeman said: "No decision has been taken."'
    )
    s = _speaker(a, "A Mittal Steel spokeman")
    assert (s.kind, s.role_group) == ("unnamed person", "business")


def test_a_body_described_with_is_a_places_its_director():
    a = _article(
        "Pipa is a research group at a university. "
        '"People are pessimistic," said Pipa director Steven Kull. The poll covered 22 countries.'
    )
    assert _speaker(a, "Steven Kull").role_group == "expert or academic"


def test_a_programme_at_a_university_is_a_research_one():
    a = _article(
        "The poll was run with the Program on International Policy Attitudes (Pipa) at the University of Maryland. "
        '"People are pessimistic," said Pipa director Steven Kull. The poll covered 22 countries.'
    )
    assert _speaker(a, "Steven Kull").role_group == "expert or academic"


def test_an_undescribed_body_leaves_the_post_as_it_was():
    a = _article('"People are pessimistic," said Pipa director Steven Kull. The poll covered 22 countries.')
    assert _speaker(a, "Steven Kull").role_group == "business"


def test_in_an_arts_story_the_body_after_the_post_decides():
    a = _article(
        "The film won awards at the festival, and the actress and the director were cheered at the cinema premiere. "
        'John Woodward, chief executive of the UK Film Council, said it was "extremely heartening".'
    )
    assert _speaker(a, "John Woodward").role_group == _SPORT
