"""The fiftieth session's fourth round (read from the misses of fresh170 to fresh172: web pages and Reuters
stories of 1996): the national news agencies a wire story quotes are media ("Tanjug said"); a broadcaster
speaking ("state television", "government radio") is an organisation; a "general director" is a firm's head,
not the army's General; a shop assistant is an ordinary person; a firm named for a person and ending on a
company's word ("Dick Clark Productions") is a body even where the tagger reads a person."""

from __future__ import annotations

from analysis.extract.sources.groups import role_group
from tests.test_speakers import _article, _speaker


def test_a_news_agency_quoted_by_name():
    a = _article(
        "BELGRADE 1996-08-30\n\nBelgrade's airport will close for maintenance, the Yugoslav news agency Tanjug "
        "reported. The value of the works is 20 million dinars, Tanjug said.",
        title="Airport to close",
    )
    tanjug = _speaker(a, "Tanjug")
    assert (tanjug.kind, tanjug.role_group) == ("organisation", "media")


def test_a_broadcaster_speaking():
    a = _article(
        "PRETORIA 1996-08-30\n\nAccording to state television, Viljoen told the news conference the model "
        "should be introduced in parts of the Northern Cape.",
        title="Self-rule",
    )
    tv = _speaker(a, "state television")
    assert (tv.kind, tv.role_group) == ("organisation", "media")


def test_a_general_director_is_no_general():
    assert role_group("Belgrade airport General Director", title=True) == "business"
    assert role_group("General Director", title=True) == "business"
    assert role_group("major general") == "police, military, justice"


def test_shop_assistants_farm_bureaus_and_wikileaks():
    assert role_group("Teenage shop assistant") == "ordinary person or witness"
    assert role_group("the president of the American Farm Bureau") == "business"
    assert role_group("a WikiLeaks spokesman") == "media"


def test_a_firm_named_for_a_person():
    a = _article('"We deny it," Dick Clark Productions said in a statement on Monday.', title="Awards")
    firm = _speaker(a, "Dick Clark Productions")
    assert (firm.kind, firm.gender) == ("organisation", "unknown")


def test_a_person_is_still_a_person():
    a = _article('"We deny it," Dick Clark said in a statement on Monday.', title="Awards")
    assert _speaker(a, "Dick Clark").kind == "named person"


def test_an_agency_quoting_a_spokesman_is_not_his_body():
    a = _article(
        "MOSCOW 1996-08-30\n\nRussian President Boris Yeltsin visited his wife Naina in hospital on Friday "
        "evening, Interfax news agency quoted spokesman Sergei Yastrzhembsky as saying.\n\nYastrzhembsky said "
        "Yeltsin had travelled from the hospital to spend the night at a sanatorium outside Moscow.",
        title="Yeltsin visits wife",
    )
    assert _speaker(a, "Sergei Yastrzhembsky").role_group == "government official or spokesperson"
