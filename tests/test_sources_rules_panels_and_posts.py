"""The thirty-seventh session's first round: a prize's judges or jury are a group of people, the arts'
in a story about the arts; a party's county chair, a US cabinet secretary ("Secretary of Energy") and
a faith's leaders are placed as the labels place them; a trade at a role's head ("Children's author",
"Scissor Sisters frontwoman") beats a word for members of the public before it; "Sens." and "Reps."
before a list of names are titles; and a name right after "in" does not stand between a person and the
description the next sentence gives them ("the 800m title in Sheffied": a place the tagger took for a
person)."""

from __future__ import annotations

from analysis.extract.sources.groups import role_group
from tests.test_speakers import _article, _speaker

ARTS = ("arts", "culture and sport")
JUSTICE = "police, military, justice"


def test_judges_and_a_jury_are_a_group_of_people():
    a = _article(
        "The novel won the book prize on Tuesday, beating a biography and a collection of poems. The author, "
        "a former actress, said the award would help her writing. The judges, who included two novelists and "
        'a singer, were full of praise. "It is a rare and joyful book," the judges said. The film of the novel '
        "opens at the festival next month.",
        title="Novel wins prize",
    )
    judges = _speaker(a, "the judges")
    assert (judges.kind, judges.role_group) == ("country or group", "culture and sport")
    # a court's judges are a group too, and stay the bench's
    a = _article(
        "The law was struck down on Friday.\n\nThe judges said the state had failed to show any need for it.",
        title="Law struck down",
    )
    judges = _speaker(a, "The judges")
    assert (judges.kind, judges.role_group) == ("country or group", JUSTICE)


def test_a_prizes_jury_is_the_arts_a_bare_jury_is_not():
    assert role_group("the 13-strong AFI jury", story=ARTS) == "culture and sport"
    assert role_group("Judges", story=ARTS) == "culture and sport"
    # a story about the arts may be about a star's trial: a bare jury, a grand jury stay the court's
    assert role_group("the jury", story=ARTS) == JUSTICE
    assert role_group("the grand jury", story=ARTS) == JUSTICE
    assert role_group("appeals court judges", story=ARTS) == JUSTICE


def test_posts_placed_as_a_reader_places_them():
    assert role_group("the Democratic chair of Jefferson County", story=("politics",)) == "politician"
    assert role_group("Many of the nearly two dozen Democratic chairs") == "politician"
    assert role_group("US Secretary of Energy") == "politician"
    assert role_group("the secretary of labor") == "politician"
    assert role_group("both Christian and Islamic leaders") == "civil society, NGO, union"
    assert role_group("Muslim leaders") == "civil society, NGO, union"
    assert role_group("a sports and celebrity talent agency") == "culture and sport"
    assert role_group("the UK's leading movie critics") == "media"
    # bare critics stay unplaced: unnamed critics are anyone's
    assert role_group("critics") == "unknown"
    # "Democratic" alone places nothing: a state's name holds it too
    assert role_group("Democratic Republic of Congo") == "unknown"


def test_a_trade_at_the_head_beats_a_word_for_the_public_before_it():
    assert role_group("Children's author") == "culture and sport"
    assert role_group("Scissor Sisters frontwoman") == "culture and sport"
    # not a post that speaks for the words before it, nor a relative
    assert role_group("a mother of two") == "ordinary person or witness"
    assert role_group("youth leader") != "culture and sport"


def test_plural_titles_before_a_list_of_names():
    a = _article(
        "The deal faced criticism on Monday.\n\nSens. John McCain and Lindsey Graham said in a statement that "
        'the deal was "a mistake."',
        title="Deal criticised",
    )
    mccain = _speaker(a, "John McCain")
    assert (mccain.role, mccain.role_group) == ("Sens.", "politician")


def test_a_name_after_in_does_not_block_the_next_description():
    a = _article(
        "James McIlroy motored to the AAA's Indoor 800m title in Sheffied on Sunday in a time of one minute, "
        "47.97 seconds.\n\nThe Larne athlete dominated the race from start to finish although he had to hold off "
        'a late challenge in the final 100 metres. "I had to go out and go through all the gears," said McIlroy.',
        title="McIlroy wins 800m indoor title",
    )
    mcilroy = _speaker(a, "James McIlroy")
    assert (mcilroy.role, mcilroy.role_group) == ("The Larne athlete", "culture and sport")
