"""The thirty-seventh session's second round: a title with "of" before a name that opens with an
honorific is the whole title ("Archbishop of Canterbury Dr Rowan Williams": the parse hangs only
"Canterbury Dr" on him), and a church's ministers are clergy, not government ministers."""

from __future__ import annotations

from analysis.extract.sources.groups import role_group
from tests.test_speakers import _article, _speaker

CIVIL = "civil society, NGO, union"


def test_a_title_with_of_before_an_honorific_and_a_name():
    a = _article(
        "Church leaders spoke out on Sunday.\n\nBoth the Cardinal and Archbishop of Canterbury Dr Rowan Williams "
        'appealed for more time. Dr Williams said the case for war was "wrong".',
        title="Church leaders speak out",
    )
    williams = _speaker(a, "Rowan Williams")
    assert williams.role is not None and williams.role.startswith("Archbishop of Canterbury")
    assert williams.role_group == CIVIL
    # titles the parse already gives whole are unchanged
    a = _article('Chancellor of the Exchequer Gordon Brown said the economy was "strong".', title="Economy strong")
    assert _speaker(a, "Gordon Brown").role == "Chancellor of the Exchequer"


def test_a_churchs_ministers_are_clergy():
    assert role_group("Church ministers") == CIVIL
    assert role_group("a Methodist minister") == CIVIL
    assert role_group("the minister") == "politician"
