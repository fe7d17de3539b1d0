"""Who speaks, nineteenth round (issue 11u). A pattern seen in fresh18's misses (read after its blind
score): a BBC headline of the form "claim - Name" ("Abortion not a poll issue - Blair", "Lords wrong on
detainees - Straw") credits the words before the dash to the name after it; they are what the person
said, not what the person is, so they are no role; and an apposition after "Name, " may be longer than
80 characters when it names a body ("European outreach coordinator for digital civil liberties group
Electronic Frontier Foundation"). Small articles written here."""

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


def test_a_long_apposition_after_a_comma_is_a_role():
    # "Name, <post> for <a body with a long name>, said": longer than the 80 characters allowed before
    a = _article(
        "Cory Doctorow, European outreach coordinator for digital civil liberties group Electronic Frontier "
        'Foundation, said that Google should not be penalised. "Of course Google should be allowed to do '
        'it," Mr Doctorow said.'
    )
    s = next(s for s in a.speakers if "Doctorow" in s.name)
    assert s.role is not None and "coordinator" in s.role
    assert s.role_group == "civil society, NGO, union"


def test_a_long_clause_after_a_comma_is_still_no_role():
    # guard: a clause with a verb in it is no apposition, however long the limit
    a = _article(
        "John Smith, whose family has farmed the valley for four generations and who still keeps sheep "
        'there, said the plan was wrong. "It is wrong," Mr Smith said.'
    )
    s = _speaker(a, "John Smith")
    assert s.role is None or "farmed" not in s.role
