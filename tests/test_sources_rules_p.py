"""Who speaks, fifteenth round (issue 11p): a body a role names by its initials ("An NHTCU
spokeswoman" after "the National Hi-Tech Crime Unit") is grouped by its full name; a politician's
relative speaks for the campaign. Patterns seen in the development samples' misses (fresh4, fresh5,
fresh8, fresh11, fresh13). Small articles written here."""

from __future__ import annotations

import pytest

from analysis.extract.sources import role_group
from analysis.extract.sources.names import _initials
from tests.test_speakers import _article, _speaker


@pytest.mark.parametrize(
    ("name", "short"),
    [
        ("National Hi-Tech Crime Unit", "NHTCU"),
        ("Alliance to Reclaim Our Schools", "AROS"),
        ("Royal Academy of Dance", "RAD"),
        ("Royal National Institute of the Blind", "RNIB"),
    ],
)
def test_initials_skip_small_words_and_split_hyphens(name, short):
    assert _initials(name) == short


def test_a_spokeswoman_for_a_unit_named_by_its_initials_is_police():
    a = _article(
        "Officers from the National Hi-Tech Crime Unit arrested six men in London on Tuesday. "
        '"The arrests follow a long inquiry into online fraud," said an NHTCU spokeswoman.'
    )
    s = next(s for s in a.speakers if s.role and "NHTCU" in s.role)
    assert s.role_group == "police, military, justice"


def test_a_director_of_an_alliance_named_by_its_initials_is_civil_society():
    a = _article(
        "Parents marched in 200 cities on Wednesday, in rallies called by the Alliance to Reclaim Our Schools. "
        '"We want every school to be a good school," said Keron Blair, executive director of AROS.'
    )
    s = _speaker(a, "Keron Blair")
    assert s.role == "executive director of AROS"
    assert s.role_group == "civil society, NGO, union"


def test_a_spokeswoman_for_an_academy_of_dance_named_by_its_initials_is_culture():
    a = _article(
        "The Royal Academy of Dance has chosen the finalists for its annual competition. "
        '"The standard was extraordinarily high this year," said a spokeswoman for the RAD.'
    )
    s = next(s for s in a.speakers if s.role and "RAD" in s.role)
    assert s.role_group == "culture and sport"


def test_initials_two_bodies_share_are_left_as_they_are():
    a = _article(
        "The Royal Academy of Dance and the Royal Academy of Design both replied. "
        '"We are pleased," said a spokeswoman for the RAD.'
    )
    s = next(s for s in a.speakers if s.role and "RAD" in s.role)
    assert s.role_group == "government official or spokesperson"  # the spokeswoman default, as before


@pytest.mark.parametrize(
    ("role", "group"),
    [
        ("son of the Republican presidential front-runner", "government official or spokesperson"),
        ("the Republican presidential nominee's eldest daughter", "government official or spokesperson"),
        ("the son of a farmer", "ordinary person or witness"),
        ("Schilling's son", "ordinary person or witness"),
        ("his wife", "ordinary person or witness"),
    ],
)
def test_a_politicians_relative_speaks_for_the_campaign(role, group):
    assert role_group(role) == group


def test_the_front_runners_son_is_campaign_staff_in_an_article():
    a = _article(
        "Eric Trump, son of the Republican presidential front-runner, spoke to reporters in New York. "
        '"My father will win this state," Eric Trump said.'
    )
    assert _speaker(a, "Eric Trump").role_group == "government official or spokesperson"


@pytest.mark.parametrize(
    ("body", "name", "group"),
    [
        (
            '"The email shows the State Department hid the facts," said Judicial Watch President Tom Fitton.',
            "Tom Fitton",
            "civil society, NGO, union",
        ),
        (
            '"Smaller manufacturers are facing an uphill struggle," said Hugh Morgan Williams, chair of the '
            "CBI's SME Council.",
            "Hugh Morgan Williams",
            "business",
        ),
    ],
)
def test_a_post_at_a_well_known_body_takes_the_bodys_group(body, name, group):
    assert _speaker(_article(body), name).role_group == group


def test_the_post_a_person_joined_as_is_their_role():
    a = _article(
        "Liverpool will not sell Steven Gerrard, the club said. Rick Parry joined Liverpool as chief executive in "
        'July 1998 from a similar role at the Premier League. "Steven is not for sale," Parry said.'
    )
    assert _speaker(a, "Rick Parry").role == "chief executive"


def test_what_a_person_became_is_no_post():
    a = _article(
        'Hillary Clinton became the first woman to win a major party\'s nomination. "We made history," Clinton said.'
    )
    assert _speaker(a, "Hillary Clinton").role != "the first woman to win a major party's nomination"


def test_a_telco_named_before_a_company_is_its_description():
    a = _article('US telco SBC said it would buy AT&T for $16bn. "This is a great day," said SBC.')
    s = _speaker(a, "SBC")
    assert s.role == "US telco"
    assert s.role_group == "business"


@pytest.mark.parametrize("story", ["arts", "culture and sport"])
def test_organisers_in_a_festival_or_sports_story_are_its_own(story):
    assert role_group("Organisers", story=(story,)) == "culture and sport"
    assert role_group("Organisers") == "unknown"  # no story: nothing says whose
