"""Quote attribution, issue 11av: sentence shapes that credit a quote to the wrong words. A relative
pronoun hung on the noun after a preposition ("Democrats on Capitol Hill, who argued"); a report
"on" someone taken for theirs; a closing note after a dash taken for a signature; an absolute phrase
("with 30 percent of voters saying") credited to the main clause's subject. Small articles written
here, each with a case where the rule must not fire."""

from __future__ import annotations

from tests.test_quotes_rules_an import _quote
from tests.test_speakers import _article

# -- a statement "on" something ---------------------------------------------------------------------


def test_a_statement_on_her_website_is_hers_but_a_report_on_her_practices_is_not():
    a = _article(
        "Tennis star Kim Clijsters will make her return from injury in February.\n\n"
        '"The recovery has gone well," a statement on her website said.\n\n'
        "Regulators criticised the firm's chief executive, Jane Moore, last year. "
        '"The controls were inadequate," a report on her management practices said.'
    )
    assert _quote(a, "The recovery").speaker == "Kim Clijsters"
    assert _quote(a, "The controls").speaker != "Jane Moore"
