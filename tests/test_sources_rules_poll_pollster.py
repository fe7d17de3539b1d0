"""A share of a poll's people is as its people are, not as the pollster or the client that asked them
("87% of the 1,000 adults quizzed by ICM for BBC News 24" are ordinary people, not the BBC's)."""

from __future__ import annotations

import pytest

from tests.test_speakers import _article, _speaker


@pytest.mark.parametrize(
    ("sentence", "name", "group"),
    [
        (
            "Some 87% of the 1,000 adults quizzed by ICM for BBC News 24 said they backed the ban.",
            "Some 87% of the 1,000 adults quizzed by ICM for BBC News 24",
            "ordinary person or witness",
        ),
        (
            "And about 28% of the bosses polled for the survey said they would cut jobs.",
            "about 28% of the bosses polled for the survey",
            "business",
        ),
        (
            "It found that 60% of economists questioned by Reuters said growth would slow.",
            "60% of economists questioned by Reuters",
            "expert or academic",
        ),
    ],
)
def test_a_polls_share_is_its_peoples_not_its_pollsters(sentence, name, group):
    a = _article("A new poll was published on Monday. " + sentence, title="Poll findings")
    s = _speaker(a, name)
    assert (s.kind, s.role_group) == ("anonymous", group)
