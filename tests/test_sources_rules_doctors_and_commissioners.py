"""The thirty-seventh session's third round: "Dr" alone says less than a post the article gives at a later
mention ("Dr Brian Gibbons ... Dr Gibbons, a GP in Blaengwynfi"); a member of the European Commission is a
politician ("the European Union's monetary affairs commissioner"); the UK's local government associations
(Cosla, the WLGA) speak for councils; an Islamic centre is a religious body."""

from __future__ import annotations

from analysis.extract.sources.groups import role_group
from tests.test_speakers import _article, _speaker

OFFICIAL = "government official or spokesperson"


def test_a_doctorate_waits_for_a_later_post():
    a = _article(
        "The minister visited the valley on Monday.\n\n"
        'Dr Brian Gibbons said the new clinic was "long overdue".\n\n'
        'Dr Gibbons, a GP in Blaengwynfi, added that patients "deserve better".',
        title="Clinic opens",
    )
    gibbons = _speaker(a, "Brian Gibbons")
    assert gibbons.role == "a GP in Blaengwynfi"
    # with no post anywhere, the doctorate is still the role
    a = _article('Dr Jane Hill said the results were "striking".', title="Results striking")
    assert _speaker(a, "Jane Hill").role == "Dr"


def test_a_european_commissioner_is_a_politician():
    assert role_group("the European Union's monetary affairs commissioner") == "politician"
    assert role_group("Monetary Affairs Commissioner") == "politician"
    assert role_group("the former EU trade commissioner") == "politician"
    # the commissioner's spokesman is staff, and other commissioners keep their bodies' groups
    assert role_group("a spokesman for the EU commissioner") == OFFICIAL
    assert role_group("the information commissioner") == OFFICIAL
    assert role_group("NYPD Commissioner") == "police, military, justice"


def test_local_government_associations_speak_for_councils():
    assert role_group("a Cosla spokesman") == OFFICIAL
    assert role_group("Cosla", name=True) == OFFICIAL
    assert role_group("WLGA", name=True) == OFFICIAL


def test_an_islamic_centre_is_a_religious_body():
    assert role_group("a spokesman for the Louisville Islamic Center", story=("culture and sport",)) == (
        "civil society, NGO, union"
    )
