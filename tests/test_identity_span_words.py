"""A tagger's span with a small word before the name ("an International Finance Facility", "this Six Nations",
"ex-Yukos boss"), an HTML entity in a name ("Pap&#233") and two swapped letters in a first name ("Nicoals")
do not make another entity (13-ak, from the 17th and 26th samples' missed merges)."""

from __future__ import annotations

from analysis.corpus.identity import identify
from analysis.corpus.identity.names import _edit1, base_key
from tests.test_identity import article, corpus_entity, tables


def test_a_small_word_or_ex_before_a_name_is_no_part_of_its_key():
    assert base_key("an International Finance Facility") == base_key("International Finance Facility")
    assert base_key("this Six Nations") == base_key("their Six Nations") == "six nations"
    assert base_key("ex-Zorkos") == "zorkos"
    assert base_key("Pascal Pap&#233") == base_key("Pascal Pape")  # (13-am: the accent dropped too)


def test_a_capital_a_or_a_small_word_inside_a_name_stays():
    assert base_key("A Troncon") == "a troncon"  # an initial in a team sheet
    assert base_key("an") == "an"
    assert base_key("ex-wife") == "ex-wife"  # no name after "ex-"


def test_two_swapped_letters_are_one_spelling_slip():
    assert _edit1("nicoals", "nicolas")
    assert not _edit1("nicolas", "nicosal")


def test_an_ex_and_the_name_are_one_entity():
    a = article("b1", "The ex-Zorkos boss is in jail.", {"ex-Zorkos": "ORG"}, "business")
    b = article("b2", "Zorkos shares fell. Zorkos said it would appeal.", {"Zorkos": "ORG"}, "business")
    t = identify(tables(a, b))
    assert corpus_entity(t, "b1", "ex-Zorkos")[0] == corpus_entity(t, "b2", "Zorkos")[0]


def test_an_entity_is_shown_under_a_name_without_the_spans_small_word():
    arts = [
        article(f"p{n}", "Britain wants an Zorbling Finance Facility for aid.", {"an Zorbling Finance Facility": "ORG"})
        for n in range(2)
    ]
    arts.append(article("p9", "The Zorbling Finance Facility was agreed.", {"Zorbling Finance Facility": "ORG"}))
    t = identify(tables(*arts))
    assert corpus_entity(t, "p0", "an Zorbling Finance Facility")[1] == "Zorbling Finance Facility"


def test_one_name_in_another_word_order_is_one_entity():
    a = article("b1", "Group Zenatep, which controls Zorkos, will sue.", {"Group Zenatep": "ORG"}, "business")
    b = article("b2", "Zorkos' owner Zenatep Group says it will sue.", {"Zenatep Group": "ORG"}, "business")
    t = identify(tables(a, b))
    assert corpus_entity(t, "b1", "Group Zenatep")[0] == corpus_entity(t, "b2", "Zenatep Group")[0]
