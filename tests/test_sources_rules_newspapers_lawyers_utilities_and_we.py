"""The fiftieth session's second round (read from fresh169's misses, web pages of 2019): a newspaper's word
alone ("The Chronicle says") is the paper even where the tagger reads a person; a name followed by "who"
is a person's even where the tagger reads a body; "who represents" a defendant in a story about a crime
is a lawyer (a body with a plural verb after "who", as British English writes groups, stays a body); a
province's centre for disease prevention and control is a government's; a utility and businesses are
business; a blog post's or a review's own "we" is the body it is by."""

from __future__ import annotations

from analysis.extract.sources import tagged
from analysis.extract.sources.groups import role_group
from tests.test_speakers import _article, _speaker

_JUSTICE = "police, military, justice"


def test_a_newspapers_word_alone_is_the_paper():
    a = _article(
        "A man was stabbed on a train on Tuesday, and police arrested a suspect.\n\nThe man ran from the "
        "station. The Chronicle says he was arrested a block away after employees of a car dealership said he "
        "tried to steal a van.",
        title="Train stabbing",
    )
    paper = _speaker(a, "Chronicle")
    assert (paper.kind, paper.role_group, paper.gender) == ("organisation", "media", "unknown")


def test_a_persons_name_the_tagger_takes_for_a_body():
    a = _article(
        "Two prison officers were charged with falsifying records after an inmate's death in custody, and police "
        "arrested them on Tuesday.\n\nMontell Figgins, who represents Thomas, said his client "
        "chose not to accept a plea agreement.",
        title="Guards charged",
    )
    figgins = _speaker(a, "Montell Figgins")
    assert (figgins.kind, figgins.role, figgins.role_group) == ("named person", "who represents Thomas", _JUSTICE)


def test_who_represents_a_defendant_is_a_lawyer_in_a_crime_story():
    assert role_group("who represents Noel", story=("crime",)) == _JUSTICE
    assert role_group("a union representative", story=("crime",)) == "civil society, NGO, union"
    a = _article(
        "Two guards were charged with falsifying records after the inmate's death in custody, and police "
        "arrested both. Defense attorneys said the two would fight the charges.\n\n\u201cIt is our hope that "
        "we\u2019ll be able to reach a reasonable agreement in this case,\u201d said Jason Foy, who represents "
        "Noel.",
        title="Guards charged",
    )
    foy = _speaker(a, "Jason Foy")
    assert (foy.role, foy.role_group) == ("who represents Noel", _JUSTICE)


def test_who_represents_elsewhere_is_no_lawyer():
    assert role_group("who represents Noel") != _JUSTICE


def test_a_provinces_disease_control_centre():
    role = "deputy director of Inner Mongolia\u2019s disease prevention and control centre"
    assert role_group(role) == "government official or spokesperson"


def test_only_one_persons_who_marks_a_person():
    # a band or a group written with a plural verb, as British English writes them, or a past tense, which
    # tells neither, is no person's "who" ("Migration Watch, who come", "Franz Ferdinand, who shot")
    for after in (", who represents", ", who says", ", who is"):
        assert tagged._WHO_AFTER.match(after), after
    for after in (", who come", ", who campaign", ", who shot", ", who press"):
        assert not tagged._WHO_AFTER.match(after), after


def test_utilities_and_businesses():
    assert role_group("The utility") == "business"
    assert role_group("Businesses") == "business"
    assert role_group("public utility commission") == "government official or spokesperson"


def test_a_blog_posts_we_is_its_body():
    a = _article(
        "In July 2018, we recommended a $5.1 million grant to Evidence Action. We think the program is "
        "promising.\n\nFor context, we estimate that the average cost-effectiveness of our top charities is high.",
        title="A grant",
    )
    assert _speaker(a, "we").kind == "organisation"


def test_a_quoted_we_is_no_body():
    a = _article(
        'The team lost again on Saturday.\n\n"We were winning and then we lost," the goalkeeper said.',
        title="Defeat",
    )
    assert _speaker(a, "the goalkeeper").kind == "named person"
    assert all(s.name.lower() != "we" for s in a.speakers)
