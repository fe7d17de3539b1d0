"""Who speaks, ninth round (issue 11i): mechanisms, not phrases. A post at the top of a body takes the
body's field; a former post yields to a current one; "who served as ..." gives the office; a speaker
that is a thing ("the ruling") is no person; pronouns explained by someone else leave the first name.
Small articles written here, one per pattern."""

from __future__ import annotations

from analysis.extract import sources
from analysis.extract.sources.kinds import _definite
from tests.test_speakers import _article, _speaker


# -- role group: the body a post is at decides ----------------------------------------------------
def test_a_post_at_the_top_of_a_body_takes_the_bodys_field():
    # "chief executive" alone is business; at a TV production company the article places as one, media
    a = _article(
        "Ora Media, a television production company, made the series in Kabul. "
        "“We kept the stories local,” said John Dickey, the chief executive of Ora Media."
    )
    assert _speaker(a, "John Dickey").role_group == "media"
    # a company's chief executive stays business
    b = _article(
        "Acme Holdings, a packaging company, reported higher profits. "
        "“It was a good year,” said Jane Smith, the chief executive of Acme Holdings."
    )
    assert _speaker(b, "Jane Smith").role_group == "business"


def test_a_post_with_a_field_of_its_own_is_not_overruled_by_the_body():
    # "economist" says the field itself: the bank the economist works at does not make them business
    a = _article(
        "Barclays, the bank, published its forecast. “Growth will slow,” said Tom Hill, chief economist at Barclays."
    )
    assert _speaker(a, "Tom Hill").role_group == "expert or academic"


# -- role group: the current post -----------------------------------------------------------------
def test_a_former_post_yields_to_the_current_one():
    assert sources.role_group("a senior fellow at the Hoover Institution and a former ambassador") == (
        "expert or academic"
    )
    assert sources.role_group("a former Democratic tax aide now teaching at New York University") == (
        "expert or academic"
    )
    # a former post alone still says what the person is
    assert sources.role_group("a former Clinton aide") == "government official or spokesperson"
    a = _article(
        "The think tank met in Washington. “Russia will not wait,” said Michael McFaul, a senior "
        "fellow at the Hoover Institution and a former United States ambassador to Russia."
    )
    assert _speaker(a, "Michael McFaul").role_group == "expert or academic"


# -- role: "who served as" ------------------------------------------------------------------------
def test_who_served_as_gives_the_office():
    a = _article(
        "“We will defend the treaty,” said Victor Cha, who served as Asia director for the National Security Council."
    )
    cha = _speaker(a, "Victor Cha")
    assert cha.role == "Asia director for the National Security Council"
    assert cha.role_group == "government official or spokesperson"
    b = _article(
        "Derek Mitchell, who served as U.S. ambassador to Burma from 2012 until this year, said the visit would help."
    )
    assert _speaker(b, "Derek Mitchell").role == "U.S. ambassador to Burma"


# -- kind: a thing is no person ---------------------------------------------------------------------
def test_a_speaker_that_is_a_thing_is_an_organisation_not_a_person():
    a = _article("The judges sat for a week. The ruling said the law could not stand.")
    assert _speaker(a, "The ruling").kind == "organisation"
    # words for people stay people, whatever their ending
    b = _article("The forum was lively. “Why now?” asked one questioner from the floor.")
    assert [s.kind for s in b.speakers if "questioner" in s.name] == ["unnamed person"]
    c = _article("The house was finished in May. “It took two years,” said an architect.")
    assert _speaker(c, "an architect").kind == "unnamed person"
    # nor one the article goes on to call "he" or "she", whatever the lexicon lacks
    e = _article("The Pope met the bishops. “We must pray,” the abbot said. He left at noon.")
    assert _speaker(e, "the abbot").kind == "unnamed person"
    # nor is a body of people a thing
    d = _article("The show ended late. “It was brilliant,” the audience said.")
    assert _speaker(d, "the audience").kind != "organisation"


# -- gender: pronouns explained by someone else leave the first name ------------------------------
def test_pronouns_explained_by_another_person_leave_the_first_name():
    # the resolver gives Elizabeth Warren John Stumpf's "he": his, not hers; her confident first name,
    # the documented last resort, decides and says so
    a = _article(
        "Elizabeth Warren questioned John Stumpf at the hearing. Elizabeth Warren said the bank had "
        "failed. He had signed the plan, and he said he was sorry. "
        "“You should resign,” Elizabeth Warren said."
    )
    warren = _speaker(a, "Elizabeth Warren")
    assert (warren.gender, warren.gender_evidence) == ("female", ["first name"])
    # with nobody else of the pronouns' gender named, the article's own "she" still wins
    b = _article("Michael Learned won the prize. “I am thrilled,” she said. She thanked her family.")
    assert _speaker(b, "Michael Learned").gender == "female"


# -- role: a body's bare name before a name is no title -------------------------------------------
def test_a_bodys_bare_name_before_a_name_is_no_title():
    a = _article(
        "The party backed the plan. Sources within the party told the BBC Mr Howard had always been "
        "in favour of ID cards. “We support it,” Mr Howard said."
    )
    assert [s.role for s in a.speakers if "Howard" in s.name] == [None]
    # a word for a post after the body's name keeps it a title
    b = _article("“It is fine,” said BBC reporter Nick Robinson.")
    assert _speaker(b, "Nick Robinson").role == "BBC reporter"


# -- role group: kin says whose relative, not what the person does ----------------------------------
def test_a_known_person_named_by_kin_keeps_their_group():
    a = _article("Bill Clinton spoke at the rally in Ohio. “We need jobs,” said his wife, Hillary Clinton.")
    assert _speaker(a, "Hillary Clinton").role_group == "politician"  # known_names, not "wife"
    # someone the corpus does not know stays an ordinary person by kin
    b = _article("Tom Baker spoke at the meeting. “We need help,” said his wife, Mary Baker.")
    assert _speaker(b, "Mary Baker").role_group == "ordinary person or witness"


# -- kind: an adverb before a definite description ----------------------------------------------------
def test_an_adverb_before_a_definite_description_keeps_it_definite():
    assert _definite("now the Senate majority leader")
    assert not _definite("now a consultant")


def test_in_a_sports_story_a_clubs_post_stays_the_clubs():
    # the sports story's own rule reads "chief executive" as the club's, whatever else the article
    # says of the club as a company
    a = _article(
        "Chelsea shares rose after the match. The club won the league and the cup this season, and "
        "the squad's striker scored twice in the final. "
        "“We are delighted,” said Chelsea chief executive Peter Kenyon."
    )
    assert _speaker(a, "Peter Kenyon").role_group == "culture and sport"
