"""The fifty-seventh session's second round (read from fresh193-fresh216, after the first round scored nothing
new on the blind fresh217-fresh219): a description with no article in a headline or its standfirst stands
for the person the story names; a state's media speak as one body; a described speaker takes the gender of
the article's other holders of the same post when they agree; step-relations are kin; a full name tagged a
body whose surname the article tags a person alone is that person; a well-known person whose first name the
table cannot place has the gender general knowledge gives, as the last resort."""

from __future__ import annotations

from analysis.extract.sources.groups import role_group
from tests.test_speakers import _speaker
from tests.test_speakers import _text_article as _article

ORDINARY = "ordinary person or witness"


def test_a_headlines_bare_description_is_the_person_the_story_names_and_takes_their_gender():
    a = _article(
        "Russia warns on arms race\n\nRussia will not be drawn into an arms race, senate speaker says\n\n"
        "The Russian Senate speaker said on Wednesday that Moscow would take measures to strengthen its "
        'security. "We will not be drawn in," she said.'
    )
    speaker = _speaker(a, "senate speaker")
    assert (speaker.kind, speaker.gender) == ("named person", "female")
    assert speaker.gender_evidence == ["same post as The Russian Senate speaker"]


def test_an_indefinite_description_in_a_headline_stays_unnamed():
    a = _article(
        'A man says he was attacked\n\nPolice are looking for the attacker. "It was terrifying," a man told '
        "reporters on Monday."
    )
    assert all(s.kind != "named person" for s in a.speakers)


def test_a_post_of_other_words_lends_no_gender():
    a = _article(
        "Debate night\n\nThe Republican presidential nominee Donald Trump said he would win. "
        '"We will win big," he said. "We have a plan," the Democratic presidential nominee said.'
    )
    nominee = _speaker(a, "the Democratic presidential nominee")
    assert nominee.gender == "unknown"


def test_state_media_speak_as_one_body():
    a = _article(
        "Syria evacuates Homs district\n\nBuses left the Al-Waer district on Saturday, state media said. The "
        "agreement was reached last week, Syria's state media said."
    )
    assert {(s.name, s.kind) for s in a.speakers} == {
        ("state media", "organisation"),
        ("Syria's state media", "organisation"),
    }


def test_step_relations_are_kin():
    assert role_group("his stepdaughter") == ORDINARY
    assert role_group("her stepfather") == ORDINARY
    a = _article(
        "Writer dies at 88\n\nThe writer died at his home on Sunday, his stepdaughter, Emily Eldridge, said. "
        '"He was a giant," Eldridge said.'
    )
    eldridge = _speaker(a, "Emily Eldridge")
    assert (eldridge.role_group, eldridge.gender, eldridge.gender_evidence) == (ORDINARY, "female", ["stepdaughter"])


def test_a_full_name_tagged_a_body_is_the_person_tagged_by_surname():
    a = _article(
        "Budget cuts worry UN\n\nTrump's UN ambassador, Nikki Haley, has said that she does not believe in a "
        '"slash and burn" approach. "We are not going to cut everything," Haley said.'
    )
    assert [s.name for s in a.speakers] == ["Nikki Haley"]


def test_a_well_known_person_the_first_name_table_cannot_place_has_a_known_gender():
    a = _article(
        'Campaign trail\n\n"We can do better," Hillary Clinton said in Iowa on Monday. Clinton spoke to supporters.'
    )
    clinton = _speaker(a, "Hillary Clinton")
    assert (clinton.gender, clinton.gender_evidence) == ("female", ["known person"])
    b = _article('Campaign trail\n\n"We can do better," Hillary Clinton said. "So can I," she added.')
    assert _speaker(b, "Hillary Clinton").gender_evidence != ["known person"]  # the article's own words first


def test_a_portfolios_spokesperson_for_a_party_is_a_frontbencher():
    assert role_group("Brexit spokesman for the opposition Labour Party") == "politician"
    assert role_group("health spokeswoman for the Liberal Democrats") == "politician"
    assert role_group("a spokesman for the Labour Party") == "government official or spokesperson"  # its press officer
