"""The thirty-seventh session's fourth round: a news lead's indefinite description of its speaker is the
person the next paragraph opens by naming ("..., a senior EU politician says. || Javier Solana, EU foreign
policy chief, says ..."), unless the article places that person in another group than the description."""

from __future__ import annotations

from tests.test_speakers import _article, _speaker


def test_a_leads_description_is_the_person_named_next():
    a = _article(
        "The government is being naive by refusing to allow phone-tap evidence in court, a senior EU politician "
        "says.\n\nJavier Solana, EU foreign policy chief, says phone-tap evidence works in the courts of other "
        "European countries.",
        title="Phone-tap stance naive",
    )
    described = _speaker(a, "a senior EU politician")
    assert described.kind == "named person"
    assert described.role_group == "politician"


def test_not_when_the_person_named_next_is_of_another_group():
    a = _article(
        "The fire spread through three floors before anyone noticed, a witness has said.\n\n"
        'John Smith, the county police chief, said officers were "still investigating" the cause.',
        title="Fire spread fast",
    )
    assert _speaker(a, "a witness").kind == "unnamed person"


def test_not_when_the_next_paragraph_names_no_one_first():
    a = _article(
        "A US woman is suing the printer maker, saying its ink cartridges are set to expire, her lawyer has said.\n\n"
        "The unnamed woman from Georgia says that a chip tells the printer it needs re-filling.",
        title="Woman sues printer maker",
    )
    assert all(s.kind != "named person" for s in a.speakers if s.name.lower().startswith("a us woman"))
