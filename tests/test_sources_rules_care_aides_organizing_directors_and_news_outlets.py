"""The forty-ninth session's third round (read from fresh160's and fresh161's misses): a care worker written
as an aide ("a home-care aide from Nashua") is a member of the public, where "aide" alone is a politician's
staff; an organizing director is a union's or an advocacy group's organiser unless the role names a campaign;
and the American news outlets of the 2015-16 coverage that the lexicons lacked are the press, by their whole
names in a role and as speakers the tagger takes for people ("Mediaite wrote")."""

from __future__ import annotations

from analysis.extract.sources.groups import known_body, role_group
from tests.test_speakers import _article, _speaker


def test_a_care_aide_is_a_member_of_the_public():
    assert role_group("a home-care aide from Nashua who attended the rally") == "ordinary person or witness"
    assert role_group("a home health aide") == "ordinary person or witness"
    assert role_group("a Sanders aide") == "government official or spokesperson"


def test_an_organizing_director():
    assert role_group("$15 organizing director") == "civil society, NGO, union"
    assert role_group("the campaign's organizing director", story=("politics",)) == (
        "government official or spokesperson"
    )


def test_news_outlets_by_name():
    for outlet in ("TheBlaze founder", "a BuzzFeed reporter", "Univision anchor", "PBS host", "Mediaite"):
        assert role_group(outlet) == "media", outlet
    assert known_body("Gawker") == ("organisation", "media")
    # a place or a person's name that opens an outlet's name is no outlet
    assert known_body("Washington", "the Washington Post reported") is None
    a = _article('"This is a disgrace," Mediaite wrote on Tuesday.', title="Media watch")
    assert (_speaker(a, "Mediaite").kind, _speaker(a, "Mediaite").role_group) == ("organisation", "media")
