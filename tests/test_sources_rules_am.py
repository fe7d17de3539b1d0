"""Who speaks, issue 11am: a generic post (spokesman, press officer, president, head, governor) takes
its group from the body it serves, and the body is placed by what the article says of it. Patterns
read from the "right words, wrong group" misses of the development parts, each written for any
article: a description set beside a body's name ("Diageo, the world's biggest spirits company",
"Mittal Steel, one of the world's largest steel producers", "Pipa is a research group") places it,
also for a post written as a title ("Diageo North America president" is no head of state); in a
sports or arts story a post whose body follows it ("chief executive of the UK Film Council") takes
that body's group; a sport's name before a word for a governing body ("International Cricket
Council") is a sport's body; a press officer speaks for the body named before the post, as a
spokesman does; a governor of a body is that body's head; a political leaning written small before
"group" is an advocacy group, no party; a description written small right before a body's name
("the gay rights group Human Rights Campaign") decides over the name's own words; a spokesman for
the "organisers" of a festival or a tour is the story's; a misspelt "spokeman" is a spokesman."""

from __future__ import annotations

from analysis.extract.sources import role_group
from analysis.extract.sources.groups import story_groups
from tests.test_speakers import _article, _speaker

_CIVIL = "civil society, NGO, union"
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


def test_a_sports_governing_body_is_culture_and_sport():
    assert role_group("head of the International Cricket Council's anti-corruption unit") == _SPORT
    assert role_group("Lawn Tennis Association chief", title=True) == _SPORT
    # a council or a board without a sport's name stays what it was
    assert role_group("head of the city council") == _STAFF


def test_a_federation_in_a_sports_story_is_the_sports():
    assert role_group("Spanish Federation press officer", title=True, story=(_SPORT,)) == _SPORT
    assert role_group("Spanish Federation press officer", title=True) != _SPORT
    assert role_group("a spokesman for the Russian Federation", story=(_SPORT,)) != _SPORT


def test_a_press_officer_speaks_for_the_body_before_the_post():
    assert role_group("Uefa press officer", title=True) == _SPORT
    assert role_group("a press officer") == _STAFF
    assert role_group("Labour press officer") == _STAFF  # a party's staff, no politician


def test_a_governor_of_a_body_is_its_head():
    assert role_group("governor of the Tourism Authority of Thailand") == _STAFF
    assert role_group("Governor of Texas") == "politician"


def test_a_political_leaning_before_group_is_an_advocacy_group():
    assert role_group("the conservative legal group") == _CIVIL
    assert role_group("a liberal advocacy organisation") == _CIVIL
    assert role_group("the Liberal Democrat group") == "politician"
    # the words after the leaning keep their own group when they have one
    assert role_group("a liberal television network") == "media"


def test_a_description_before_a_bodys_name_beats_the_names_words():
    role = "legal director for the gay rights group Human Rights Campaign"
    assert role_group(role, story=("politics",)) == _CIVIL
    assert role_group(role) == _CIVIL


def test_a_spokesman_for_a_festivals_organisers():
    assert role_group("spokesman for organisers MCD Promoters", story=("arts",)) == _SPORT
    assert role_group("spokesman for organisers MCD Promoters") == _STAFF


def test_a_short_match_report_naming_uefa_is_a_sports_story():
    text = "Rangers went out of the Uefa Cup. We lost the first goal from our own corner, the manager said."
    assert _SPORT in story_groups(text)


def test_a_band_s_concerts_and_gigs_make_an_arts_story():
    text = "The band sold 150,000 tickets for two concerts. They will also play 24 European gigs."
    assert "arts" in story_groups(text)
