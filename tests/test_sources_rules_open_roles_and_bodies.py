"""The forty-first session's third round: a role the parse cut off after a preposition runs on to the body
it names; unnamed officials a body's name qualifies are that body's; a report's author is an expert's
voice and a biographer a writer's; a few web firms are known bodies."""

from __future__ import annotations

from analysis.extract.sources.groups import known_body, role_group
from tests.test_speakers import _article, _speaker


def test_a_role_cut_after_a_preposition_runs_on_to_its_body():
    a = _article(
        "Orla Penn, head of policy at Aids charity the Lantern Trust said the plan was prejudice-based. "
        '"It would drive people away," she said.',
        title="Health checks",
    )
    penn = _speaker(a, "Orla Penn")
    assert penn.role == "head of policy at Aids charity the Lantern Trust"
    assert penn.role_group == "civil society, NGO, union"


def test_officials_of_a_named_firm_are_the_firms():
    a = _article(
        "The site removed the posts on Monday. Facebook officials said the posts broke its rules.", title="Posts"
    )
    officials = _speaker(a, "Facebook officials")
    assert (officials.kind, officials.role_group) == ("anonymous", "business")
    for name in ("Facebook", "Amazon", "eBay", "YouTube"):
        assert known_body(name, "") == ("organisation", "business")


def test_bare_officials_keep_their_default():
    a = _article(
        "Shares in the firm fell 4% after the results, the firm's third loss. Officials said the plan would "
        "not change.",
        title="Results",
    )
    assert _speaker(a, "Officials").role_group == "government official or spokesperson"


def test_report_authors_and_biographers():
    assert role_group("report author") == role_group("the report's author") == "expert or academic"
    assert role_group("lead author") == "expert or academic"
    assert role_group("Cobain biographer") == "culture and sport"
    assert role_group("author") == "culture and sport"  # a writer's, unchanged
