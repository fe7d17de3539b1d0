"""Who speaks, issue 11ck: a speaker's kind and the gender of a description that stands for a person.

* a description's head is the person word before its "for"/"of" ("A spokesman for her lawyers": one
  spokesman, male by the word), not a plural after it;
* a tribunal is a body, as a court is; "justice" is a word for one person, as "judge" is;
* a description opening its sentence right after one whose one named subject is a person stands for
  that person and takes their gender, unless the article titles them otherwise or the head serves
  someone ("The spokesman").

Small articles written here, with the guards."""

from __future__ import annotations

import pytest

from tests.test_speakers import _article, _speaker


@pytest.mark.parametrize(
    ("body", "name", "kind", "gender"),
    [
        (
            "A banker has won her sex discrimination case against her employer.\n\n"
            'A spokesman for her lawyers said: "The outcome of the case is a vindication."',
            "A spokesman for her lawyers",
            "unnamed person",
            "male",
        ),
        (
            "Two families have sued the hospital.\n\n"
            'Lawyers for the two families said: "The hospital failed in its duty of care."',
            "Lawyers for the two families",
            "anonymous",  # a plural head before "for": unnamed people
            "unknown",
        ),
        (
            "A banker has won her case against the firm.\n\n"
            'The tribunal said: "The claimant was treated less favourably than her male colleagues."',
            "The tribunal",
            "organisation",  # a body, as a court is
            "unknown",
        ),
        (
            "Ruth Bader Ginsburg regrets her insults of the candidate.\n\n"
            "The Supreme Court justice -- who has been in a scuffle with him -- said she regretted her remarks "
            'and said: "I will be more circumspect."',
            "The Supreme Court justice",
            "named person",  # one person, as a judge is, not the court named inside
            "female",
        ),
        (
            "Adam Jones says the Wales forwards are determined to dominate the France pack in Paris.\n\n"
            'The prop said: "If we get stuffed in the front five our backs have had it."',
            "The prop",
            "named person",  # a player by position, right after the sentence whose subject he is (9f20b09: unknown)
            "male",
        ),
    ],
)
def test_a_descriptions_kind_from_its_head(body, name, kind, gender):
    s = _speaker(_article(body), name)
    assert (s.kind, s.gender) == (kind, gender)


ROBINSON = (
    "The government must act quickly on the ruling, Mary Robinson has said. "
    "{opening} told Radio 4 the response would be watched closely. "
    '"It would be very troubling if the government did not accept it," she said. '
    "Mrs Robinson said she hoped ministers would listen."
)


def test_a_description_after_its_subject_takes_their_gender():
    opening = "The former UN commissioner for human rights"
    s = _speaker(_article(ROBINSON.format(opening=opening)), opening)
    assert (s.gender, s.gender_evidence) == ("female", ["she x2", "Mrs"])


def test_a_serving_post_after_a_subject_is_someone_else():
    opening = "The spokesman for the campaign"  # speaks for someone: not Mary Robinson
    s = _speaker(_article(ROBINSON.format(opening=opening)), opening)
    assert s.gender != "female" and "Mrs" not in s.gender_evidence
