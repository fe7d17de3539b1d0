"""A name written with Mr, Mrs, Ms or Miss that the tagger missed ("Mr Cable told MPs") says the
speaker's gender itself, and the surname after the honorific makes a full name the tagger took for an
organisation ("Vincent Cable") that person's, as a tagged "Mr Cable" already did."""

from __future__ import annotations

import pytest

from tests.test_speakers import _article, _speaker

_CABLE = (
    'Mr Letwin accused the chancellor of using "fancy statistics" to hide public service failures. '
    "Vincent Cable, for the Liberal Democrats, called on Mr Brown to open up the government's books to the "
    'National Audit Office, to see if he had met his "golden rule". "It is very clear that there are some '
    'serious loose ends in government public spending," Mr Cable told MPs.'
)
_ERRIGO = (
    "Five of the eight critics tipped Scorsese to win best director, with Empire's Angie Errigo plumping for "
    'Eastwood. "Up until recently I could have sworn Scorsese would get it," Ms Errigo told the BBC News website.'
)


@pytest.mark.parametrize(
    ("text", "title", "name", "gender", "evidence"),
    [
        (_CABLE, "Brown's finances under fire", "Mr Cable", "male", ["Mr"]),
        (_ERRIGO, "Film critics pick Oscar winners", "Ms Errigo", "female", ["Ms"]),
    ],
)
def test_an_untagged_name_with_its_honorific_has_that_gender(text, title, name, gender, evidence):
    speaker = _speaker(_article(text, title=title), name)
    assert (speaker.gender, speaker.gender_evidence) == (gender, evidence)


def test_the_brown_of_the_same_sentence_gives_mr_cable_no_he():
    # "to see if he had met his golden rule" is Mr Brown's he: the honorific, not that pronoun, decides
    assert "he" not in " ".join(_speaker(_article(_CABLE, title="Brown's finances"), "Mr Cable").gender_evidence)
