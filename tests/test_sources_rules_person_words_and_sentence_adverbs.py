"""The fifty-second session's first round (read from the development parts, before the Lee corpus parts
fresh178-fresh180 were scored a second time): a sentence adverb the parse hangs on a description is no part of
the role ("Later a neighbour, John Smith, said"); head words that name one person in any story ("an IT
professional", "a Sanders supporter") make a description a person's; in a sports story a person whose role words
place nothing is one of the sport's own, as one with no role words is; and a surname the tagger took for a work of
art is the person the article named in full before it."""

from __future__ import annotations

from tests.test_speakers import _article, _speaker


def test_a_sentence_adverb_is_not_part_of_the_role():
    a = _article(
        "The fire spread quickly. Later a neighbour, John Smith, said the family had left the house.",
        title="House fire",
    )
    smith = _speaker(a, "John Smith")
    assert smith.role == "a neighbour"
    assert smith.role_group == "ordinary person or witness"


def test_an_adverb_inside_the_description_stays():
    a = _article(
        "The plant will close. The company's recently appointed spokesman, John Smith, said the decision was final.",
        title="Plant to close",
    )
    assert _speaker(a, "John Smith").role == "The company's recently appointed spokesman"


def test_a_professional_after_an_inverted_verb_is_a_role():
    a = _article(
        '"The Bernie Sanders thing has really got me on board," says Scott McGeary, an IT professional from Seattle.',
        title="Voters",
    )
    mcgeary = _speaker(a, "Scott McGeary")
    assert mcgeary.kind == "named person"
    assert mcgeary.role == "an IT professional from Seattle"


def test_a_supporter_is_an_unnamed_person_not_the_body_named_in_it():
    a = _article('"We will win," a Sanders supporter said at the rally.', title="Rally")
    supporter = _speaker(a, "a Sanders supporter")
    assert supporter.kind == "unnamed person"
    assert supporter.role_group == "ordinary person or witness"


def test_a_degree_adverb_stays_with_its_share():
    a = _article("A poll of 1,000 voters was published on Sunday. Almost a quarter said the minister should resign.")
    assert _speaker(a, "Almost a quarter").kind == "anonymous"


def test_a_surname_tagged_as_a_work_of_art_is_the_full_name_before_it():
    # the small model tags neither "Rachel Eyles" nor the later "Eyles" as a person ("Eyles" is a WORK_OF_ART);
    # the article wrote her full name first, with a first name the name data is sure of
    a = _article(
        "Rachel Eyles beat the top seed 6-4 6-3 in the semi-final of the tournament in Toronto on Saturday to reach "
        "her third final of the season.\n\n"
        '"I served well and my forehand was there when I needed it," said Eyles, the second-seeded Australian.\n\n'
        "She will meet Smith in Sunday's final. The match lasted an hour, and the crowd cheered every set as the "
        "coach watched from the players' box before the next round of the championship.",
        title="Eyles reaches Toronto final",
    )
    eyles = _speaker(a, "Eyles")
    assert eyles.kind == "named person"
    # a sports story (and nothing else): one of the sport's own, whose role words place nothing
    assert eyles.role_group == "culture and sport"
