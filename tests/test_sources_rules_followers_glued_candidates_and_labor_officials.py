"""The forty-seventh session's fourth round (read from fresh136's and fresh137's misses): "supporters of
Democrat Hillary Clinton" are her unnamed supporters, anonymous, not Clinton; a known politician whose name
the tagger ran a title into ("Billionaire Donald Trump") is still known; and "labor officials" and a
"labor organizer" (the US spelling) are a union's, civil society."""

from __future__ import annotations

from analysis.extract.sources.groups import role_group
from tests.test_speakers import _article, _speaker


def test_supporters_of_a_named_person_are_an_unnamed_plural():
    a = _article(
        'A new poll is out. "We are worried," supporters of Democrat Hillary Clinton said in the survey. '
        "Supporters of Republican Donald Trump for president said they were happy.",
        title="Poll finds split",
    )
    for name in ("supporters of Democrat Hillary Clinton", "Supporters of Republican Donald Trump for president"):
        s = _speaker(a, name)
        assert (s.kind, s.gender) == ("anonymous", "unknown"), name


def test_a_known_politician_with_a_title_run_into_the_name():
    a = _article(
        "The candidates campaigned before the primary, and the polls show a close race for the nomination in "
        'Congress and in the states. Billionaire Donald Trump said the site was "doing a great job" at a rally '
        "of voters.",
        title="Trump praises a website",
    )
    assert _speaker(a, "Billionaire Donald Trump").role_group == "politician"


def test_labor_officials_are_a_unions():
    assert role_group("longtime labor officials") == "civil society, NGO, union"
    assert role_group("a labor organizer") == "civil society, NGO, union"
    assert role_group("Labour officials") == "government official or spokesperson"  # a British party's
