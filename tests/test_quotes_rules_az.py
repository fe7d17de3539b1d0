"""Quote attribution, issue 11az: quotes credited to the wrong name. A plural description ("the firms",
"The companies", "the programme makers") is several bodies or their people, never the one
organisation named last. Small articles written here, each with a case where the rule must not
fire."""

from __future__ import annotations

from tests.test_quotes_rules_an import _quote
from tests.test_speakers import _article

# -- a plural description is not the organisation named last -----------------------------------------


def test_the_firms_are_not_the_last_firm_named():
    a = _article(
        "Sony, Philips, Matsushita and Samsung have set up an alliance to work on a common system. "
        "By setting up the alliance, the firms said they hope to end the fragmentation of file formats.\n\n"
        "The companies estimate that the technology will be available in 2005."
    )
    assert _quote(a, "they hope to end", "indirect").speaker == "the firms"
    assert _quote(a, "the technology will be", "indirect").speaker == "The companies"


def test_the_programme_makers_are_not_the_pollster():
    a = _article(
        "The survey was carried out by polling company Mori for the BBC's Countryfile programme.\n\n"
        'But the programme makers suggest the public are becoming "increasingly neutral" to the issue.'
    )
    q = _quote(a, "increasingly neutral", "partial")
    assert q.speaker == "the programme makers"


def test_the_company_still_stands_for_the_company_named_before():
    # singular: the description goes on standing for the organisation named last
    a = _article(
        "Shares in Acme Robotics fell 5% on Monday after it cut its forecast.\n\n"
        "The company said it expected sales to recover in the second half of the year."
    )
    assert _quote(a, "it expected sales", "indirect").speaker == "Acme Robotics"
