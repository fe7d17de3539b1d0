"""Who speaks, nineteenth round (issue 11u). A pattern seen in fresh18's misses (read after its blind
score): a BBC headline of the form "claim - Name" ("Abortion not a poll issue - Blair", "Lords wrong on
detainees - Straw") credits the words before the dash to the name after it; they are what the person
said, not what the person is, so they are no role. Small articles written here."""

from __future__ import annotations

from tests.test_speakers import _article, _speaker


def test_a_headline_claim_before_a_dash_is_not_a_role():
    a = _article(
        "Foreign Secretary Jack Straw said on Sunday that the law lords had misread the case. "
        '"The ruling is wrong," Mr Straw told the BBC.',
        title="Lords wrong on detainees - Straw",
    )
    s = _speaker(a, "Jack Straw")
    assert s.role is None or "detainees" not in s.role
    assert s.role_group != "ordinary person or witness"


def test_a_poll_issue_headline_gives_blair_no_role_from_it():
    a = _article(
        "Tony Blair does not believe abortion should be an election issue. "
        '"It is a matter for individual conscience," Mr Blair said.',
        title="Abortion not a poll issue - Blair",
    )
    s = _speaker(a, "Tony Blair")
    assert s.role is None or "poll issue" not in s.role


def test_a_dash_in_the_body_still_gives_a_role():
    # guard: the rule is for the headline line only; a role in the body is found as before
    a = _article(
        'Michael Howard, the Tory leader, said: "We will cut taxes."',
        title="Taxes to fall - Howard",
    )
    s = _speaker(a, "Michael Howard")
    assert s.role is not None and "Tory leader" in s.role
    assert s.role_group == "politician"
