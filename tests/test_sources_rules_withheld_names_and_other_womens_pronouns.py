"""The forty-sixth session's first round: one person described by a role whose name the article withholds
("a Juventus official, who declined to be named") is an unnamed person, not anonymous (the labels' later
precedents); a he/she that a confident first name contradicts counts as another person's when the article
names someone whose own honorifics and pronouns say that gender ("Mrs. Clinton": "Hillary" is below the
first-name list's bar), so the first name decides, as it already did for someone with a confident first name;
a name written with both Mr and Mrs takes the gender of the honorifics at its own quotes when they agree."""

from __future__ import annotations

from tests.test_speakers import _article, _speaker


def test_a_role_with_the_name_withheld_is_an_unnamed_person():
    a = _article(
        '"We have received no offer," said a Juventus official, who declined to be named. "It is over," one senior '
        "administration official said, speaking on the condition of anonymity. One owner of a shop that sells "
        'shoes, who declined to be named, said: "Trade is slow."'
    )
    kinds = {s.name: s.kind for s in a.speakers}
    assert kinds == {
        "a Juventus official": "unnamed person",
        "one senior administration official": "unnamed person",
        "One owner of a shop": "unnamed person",
    }


def test_a_source_or_a_plural_with_the_name_withheld_stays_anonymous():
    a = _article(
        '"The deal is off," said a source who declined to be named. "It was never on," officials said, speaking '
        "on condition of anonymity."
    )
    assert {s.kind for s in a.speakers} == {"anonymous"}


_CLINTON = (
    "Hillary Clinton defended her use of a private server on Tuesday. Mrs. Clinton said she had broken no rules. "
    '"It was allowed," Mrs. Clinton said.\n\n'
)


def test_a_womans_she_given_to_a_man_the_first_name_overrules():
    a = _article(
        _CLINTON + '"It was a serious lapse," said James Lewis, a security analyst in Washington. Lewis said she '
        "should have known better.",
        title="Clinton defends email server",
    )
    assert _speaker(a, "Hillary Clinton").gender == "female"
    lewis = _speaker(a, "James Lewis")
    assert (lewis.gender, lewis.gender_evidence) == ("male", ["first name"])


def test_a_woman_beside_another_woman_keeps_her_own_she():
    a = _article(
        _CLINTON + '"It was a serious lapse," said Jane Lewis, a security analyst in Washington. Lewis said she '
        "had warned the department.",
        title="Clinton defends email server",
    )
    assert _speaker(a, "Jane Lewis").gender == "female"


def test_both_honorifics_for_one_name_the_ones_at_its_own_quotes_decide():
    # "Mrs. Clinton" at each of her quotes and one "Mr. Clinton" (her husband) elsewhere
    a = _article(
        'Hillary Clinton campaigned in Iowa on Monday. "We will win this state," Mrs. Clinton said. Mr. Clinton '
        'stayed in New York. "I am ready," Mrs. Clinton said later.',
        title="Clinton in Iowa",
    )
    clinton = _speaker(a, "Hillary Clinton")
    assert (clinton.gender, clinton.gender_evidence) == ("female", ["Mrs at own quotes"])


def test_both_honorifics_with_none_at_its_own_quotes_stays_unknown():
    a = _article(
        'Mrs Howard opened the fete. Mr Howard was away. "It was a lovely day," Howard said.',
        title="Fete opens",
    )
    assert {s.gender for s in a.speakers if s.kind == "named person"} == {"unknown"}
