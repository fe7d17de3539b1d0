"""The forty-ninth session's fourth round (read from fresh162's and fresh163's misses): a polling average is
its issuer's figure, as a poll is ("the RealClearPolitics polling average" is the site's, an organisation
in the press; "polling" only says what kind of figure it is), while "an average of 44% of respondents" stays
the people; and a leaning before an outlet's word is no party ("the conservative publication", "a
conservative website" had been read as the Conservatives), as before a group's it is none; a
"publication" is the press."""

from __future__ import annotations

from analysis.extract.sources.groups import role_group
from tests.test_speakers import _article, _speaker


def test_a_polling_average_is_its_issuers():
    assert role_group("the RealClearPolitics polling average") == "media"
    assert role_group("the CNN polling average") == "media"
    a = _article(
        "Clinton leads by 5 points in New Hampshire, according to the RealClearPolitics polling average. "
        'The most recent RealClearPolitics average of national polls puts her "well ahead".',
        title="Clinton leads",
    )
    average = _speaker(a, "the RealClearPolitics polling average")
    assert (average.kind, average.role_group) == ("organisation", "media")


def test_an_average_of_people_stays_the_people():
    a = _article(
        'An average of 44% of respondents in each country said they were "worried" about jobs.',
        title="Survey of workers",
    )
    assert _speaker(a, "An average of 44% of respondents in each country").kind == "anonymous"
    assert role_group("a polling firm") == "expert or academic"


def test_a_leaning_before_an_outlet_is_no_party():
    for role in ("The conservative publication", "a conservative website", "liberal blogs", "publication"):
        assert role_group(role) == "media", role
    assert role_group("Conservative MP") == "politician"
    assert role_group("the conservative legal group") == "civil society, NGO, union"


def test_a_documents_own_words_name_its_issuer_before_a_body_quoted_near_it():
    # (a mend after the fifth round: a body speaking just before, "the Obama administration", had been
    # taken for the average's issuer, the tagger finding no body in "RealClearPolitics")
    a = _article(
        '"We are reviewing the policy," the Obama administration said on Tuesday.\n\n'
        "Clinton leads by five points, according to the RealClearPolitics polling average.",
        title="Clinton leads",
    )
    assert _speaker(a, "the RealClearPolitics polling average").role_group == "media"
