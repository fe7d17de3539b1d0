"""The thirty-eighth session's first round: role words the finder had but threw away. A body's plural
possessive inside an apposition ("the Labs' managing director", "Labs" tagged a person) is what the post
is of, not a second person; a lower-case title the tagger takes for a proper noun still heads the name
set beside it ("theatre impresario Sir Cameron Mackintosh"); and the manual-therapy trades are clinical
ones."""

from __future__ import annotations

from analysis.extract.sources.groups import role_group
from analysis.extract.sources.words import _POSSESSOR
from tests.test_speakers import _article, _speaker


def test_a_plural_possessive_is_a_possessive():
    text = "the Labs' managing director, Blair's aide, Mr Jones' car, Tom' x"
    for name, owns in (("Labs", True), ("Blair", True), ("Jones", True), ("Tom", False)):
        assert bool(_POSSESSOR.match(text, text.find(name) + len(name))) is owns, name


def test_a_bodys_plural_possessive_in_an_apposition():
    a = _article(
        "Dublin's hi-tech research laboratory, Media Labs Europe, is to shut down. It is thought the recession "
        "damaged the Labs' long-term survival. The Labs needed about 10 million euros a year from sponsors. "
        '"In the end, it was too deep and too long a recession," said Simon Jones, the Labs\' managing director.',
        title="Media lab to close",
    )
    assert _speaker(a, "Simon Jones").role == "the Labs' managing director"


def test_a_lower_case_title_the_tagger_reads_as_a_name():
    a = _article(
        "The Mary Poppins musical has been masterminded by theatre impresario Sir Cameron Mackintosh and "
        'directed by Richard Eyre. Sir Cameron said: "It is a dream come true."',
        title="Mary Poppins opens",
    )
    mackintosh = _speaker(a, "Cameron Mackintosh")
    assert mackintosh.role == "theatre impresario"
    assert mackintosh.role_group == "culture and sport"


def test_manual_therapists_are_clinicians():
    a = _article(
        "His comments contradict those of chiropractor Jean Pierre Meersseman who treated the Dutchman after he "
        'fractured his foot. "He will be back in two weeks," Meersseman said.',
        title="Van Nistelrooy injury",
    )
    meersseman = _speaker(a, "Jean Pierre Meersseman")
    assert meersseman.role == "chiropractor"
    assert meersseman.role_group == "expert or academic"
    assert role_group("an osteopath") == "expert or academic"
    assert role_group("chiropractors") == "expert or academic"


def test_a_name_inside_a_role_that_qualifies_a_capitalised_title():
    # "Humanitarian Aid" tagged a person: it qualifies "Commissioner", no second person beside him
    a = _article(
        "Governments have pledged more money for the disaster. The EU's Humanitarian Aid Commissioner, Louis "
        'Michel, was quoted as saying that it was key to bring aid "in those vital hours and days".',
        title="Aid pledges rise",
    )
    michel = _speaker(a, "Louis Michel")
    assert michel.role == "The EU's Humanitarian Aid Commissioner"
    assert michel.role_group == "politician"  # a member of the European Commission
    assert role_group("EU officials") == "government official or spokesperson"


def test_of_a_capitalised_title_the_tagger_reads_as_a_common_noun():
    a = _article(
        'Critics have praised the film. Anne Thompson of the Hollywood Reporter said that it was "heart-wrenching".',
        title="Oscar race",
    )
    thompson = _speaker(a, "Anne Thompson")
    assert thompson.role == "of the Hollywood Reporter"
    assert thompson.role_group == "media"


def test_the_law_officers_in_a_story_about_westminster():
    a = _article(
        "MPs in the Commons have demanded to see the advice. Tory and Lib Dem peers said the government had "
        'misled Parliament, and Labour backbenchers agreed. The Attorney General, Lord Goldsmith, said: "My '
        'advice was my own."',
        title="Iraq advice row",
    )
    assert _speaker(a, "Goldsmith").role_group == "politician"
    # elsewhere, or with a US place before the title, a prosecutor's office
    a = _article(
        'New York Attorney General Eliot Spitzer said the firms had "misled investors" and would pay.',
        title="Insurers fined",
    )
    assert _speaker(a, "Eliot Spitzer").role_group == "police, military, justice"
    assert role_group("the Attorney General") == "police, military, justice"


def test_the_salvation_army_is_a_charity():
    assert role_group("the Salvation Army") == "civil society, NGO, union"
