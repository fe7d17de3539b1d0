"""The forty-fifth session's third round (read from fresh116's and fresh117's misses): a short name the
lexicon places keeps its place when the article spells it out ("an IAAF spokesman" after "the International
Association of Athletics Federations (IAAF)": a sport's body, not the civil society its long name's
"Association" would make it); a donor is business, as the labels read party donors, but a blood or organ
donor is an ordinary person."""

from __future__ import annotations

from analysis.extract.sources.groups import role_group
from tests.test_speakers import _article, _speaker


def test_a_placed_short_name_is_not_read_through_its_long_name():
    a = _article(
        "Kostas Kenteris and Katerina Thanou are yet to respond to doping charges from the International "
        "Association of Athletics Federations (IAAF).\n\n"
        "The Greek pair were charged after missing drugs tests. They have until midnight on 16 December and an IAAF "
        'spokesman said: "We\'re sure their responses are on their way."\n\n'
        "The IAAF issued an official warning to the trio last year.",
        title="IAAF awaits Greek pair's response",
    )
    spokesman = _speaker(a, "an IAAF spokesman")
    assert spokesman.role_group == "culture and sport"


def test_an_unplaced_short_name_is_still_spelled_out():
    # "NHTCU" is in no list: its long name's words decide, as before
    a = _article(
        'The National Hi-Tech Crime Unit has warned of a new scam. "People should be wary," an NHTCU spokeswoman said.',
        title="Scam warning",
    )
    assert _speaker(a, "an NHTCU spokeswoman").role_group == "police, military, justice"


def test_donors_are_business_but_not_blood_donors():
    assert role_group("Top Republican Party donor") == "business"
    assert role_group("a longtime Republican donor in Pennsylvania") == "business"
    assert role_group("blood donors") == "ordinary person or witness"
