"""A name written after Mr, Mrs, Ms or Miss is a person's whatever the tagger made of it ("Mr Katwala"
tagged a place), and a full name ending in that surname ("Nicola Sturgeon" tagged an organisation,
then "Ms Sturgeon") is the same person: the honorific then counts for them, and the quotes credited to
the surname and to the full name are one speaker's."""

from __future__ import annotations

from analysis.extract.quotes.speaker_mentions import _titled_name
from tests.test_speakers import _article, _speaker


def test_a_full_name_later_written_with_ms_is_hers():
    a = _article(
        "The education minister's remark about homework has been attacked.\n\nThe opposition's Holyrood "
        'leader Nicola Sturgeon wrote to Mr Lennox on Tuesday calling for him to apologise for his "careless '
        'comment". In reply, the minister said his words had been twisted. He told Ms Sturgeon: "You have '
        'added to this confusion. That is simply not true."',
        title="Row over school remark",
    )
    sturgeon = _speaker(a, "Nicola Sturgeon")
    assert (sturgeon.kind, sturgeon.gender) == ("named person", "female")
    assert "Ms" in sturgeon.gender_evidence
    # the "He" of "He told Ms Sturgeon" is the man she wrote to, not hers
    told = next(q for q in a.quotes if q.text.startswith("You have added"))
    assert told.speaker == "Lennox"


def test_a_surname_after_mr_tagged_a_place_is_the_named_person():
    a = _article(
        "Peers are debating proposals to change the rules on the succession.\n\nThe Fabian Society's Sundar "
        'Katwala said the change was "long overdue" and that he expected a "warm response".\n\nHe said it was '
        'time for politicians on all sides to back the bill. Mr Katwala added: "This is long overdue. '
        'Parliament will have to act eventually."',
        title="Peers debate reform bill",
    )
    assert "Katwala" not in {s.name for s in a.speakers}
    katwala = _speaker(a, "Sundar Katwala")
    assert katwala.gender == "male" and "Mr" in katwala.gender_evidence
    assert {q.speaker for q in a.quotes if "overdue" in q.text} == {"Sundar Katwala"}


def test_only_a_persons_name_shape_takes_the_honorific():
    titled = frozenset({"Camus", "Sturgeon"})
    assert _titled_name("Nicola Sturgeon", titled)
    assert not _titled_name("EADS Philippe Camus", titled)  # a firm's acronym glued on by the tagger
    assert not _titled_name("Sturgeon", titled)  # the surname alone is linked, not relabelled, here
    assert not _titled_name("Sturgeon Holdings Group Camus", titled)  # too long for a name
    assert not _titled_name("Nicola Sturgeon", frozenset({"Lennox"}))  # no honorific for this surname
