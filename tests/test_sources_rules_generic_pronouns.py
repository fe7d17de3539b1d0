"""The thirty-sixth session's third round: a pronoun paired with the other gender ("his or her
mother", "he/she") means anyone, never the speaker's gender; Planned Parenthood is a civil-society
body, so its president is no head of state; a few everyday words (the opposition, a neighbor, a
bourse, an election's front-runner) are placed."""

from __future__ import annotations

from analysis.extract.sources.gender import _either
from tests.test_speakers import _article, _speaker


def test_a_pronoun_paired_with_the_other_gender_means_anyone():
    text = "It is the choice of his or her doctor. He/she may decide. Ask him or her. Then he left."
    assert _either(text, text.index("his"))
    assert _either(text, text.index("her doctor"))
    assert _either(text, text.index("He/"))
    assert _either(text, text.index("she may"))
    assert _either(text, text.index("him or"))
    assert not _either(text, text.index("he left"))
    a = _article(
        "The bill was debated on Monday.\n\nSenator Pat Quinlan believes that any patient can refuse "
        'treatment if that is the choice of his or her doctor. "It is a matter of conscience," Quinlan said.',
        title="Bill debated",
    )
    assert _speaker(a, "Pat Quinlan").gender == "unknown"


def test_a_bodys_president_named_by_general_knowledge():
    a = _article(
        'The endorsement came on Saturday.\n\n"He has a perfect record," said Planned Parenthood\'s '
        "president Cecile Richards.",
        title="Endorsement",
    )
    assert _speaker(a, "Cecile Richards").role_group == "civil society, NGO, union"


def test_everyday_words_for_who_speaks():
    from analysis.extract.sources.groups import role_group

    assert role_group("The opposition") == "politician"
    assert role_group("their neighbor") == "ordinary person or witness"
    assert role_group("the pan-European bourse") == "business"
    assert role_group("front-runner", False, ("politics",)) == "politician"
    assert role_group("front-runner") == "unknown"  # a race's leader, outside an election story
