"""An indefinite description whose "for"/"of" names whom the speaker serves is an unnamed person even
when a title or an honorific comes before that name ("A spokesman for European Justice and Home Affairs
Commissioner Franco Frattini", "a spokesman for Mr Prescott"), and its role is the whole description,
the name with it; a title run into a name ("Shadow leader of the Commons Oliver Heald") stays a named
person's title."""

from __future__ import annotations

import pytest

from tests.test_speakers import _article, _speaker


@pytest.mark.parametrize(
    "name",
    [
        "A spokesman for European Justice and Home Affairs Commissioner Franco Frattini",
        "A spokesman for Mr Prescott",
    ],
)
def test_a_spokesman_for_a_titled_person_is_unnamed(name):
    a = _article(f"The plans were criticised. {name} said the proposals would be studied.", title="Asylum plans")
    s = _speaker(a, name)
    assert (s.kind, s.role, s.role_group) == ("unnamed person", name, "government official or spokesperson")


def test_a_title_run_into_a_name_stays_the_named_persons():
    a = _article("Shadow leader of the Commons Oliver Heald said the plans would fail.", title="Tory plans")
    s = _speaker(a, "Shadow leader of the Commons Oliver Heald")
    assert (s.kind, s.role) == ("named person", "Shadow leader of the Commons")
