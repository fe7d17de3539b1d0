"""The thirty-ninth session's second round: a book is its author's words also where the article describes
the author between "by" and the name; Opec is an intergovernmental body; an attorney general written
with a peer's title is the UK government's law officer, a minister, in any story; a first name closing a
title the quote rules kept in a speaker's name still says the person's gender ("Suffolk Chief Constable
Alastair McWhirter"), and a word written small after a first word says it is no first name ("Chelsea
boss Jose Mourinho" is no Chelsea)."""

from __future__ import annotations

from analysis.extract.sources.gender import first_name_gender
from analysis.extract.sources.groups import role_group
from tests.test_speakers import _article, _speaker


def test_a_book_by_a_described_author_is_the_authors():
    a = _article(
        "Mr Blair went back on a pledge to make way for Mr Brown, according to the book. The book by Sunday "
        'Telegraph journalist Robert Peston said the pair had "mutual animosity and contempt" for each other. '
        'Mr Peston said he stood by it. "It is all true," he said.',
        title="Book row",
    )
    book = _speaker(a, "the book")  # "according to the book": the one book the article names an author for
    assert book.kind == "named person"
    assert book.role_group == "media"
    assert book.gender == "male"


def test_a_report_by_a_body_stays_the_bodys():
    # only a book's author may be described between "by" and the name: a report's "by consultants
    # Booz Allen Hamilton" is a firm, whatever the tagger makes of "Hamilton"
    a = _article(
        "The report, carried out independently by consultants Booz Allen Hamilton and HI Europe, placed the UK "
        "third. Patricia Hewitt said the figures were good. The report suggests 69% of UK firms are now using "
        "broadband, the report said.",
        title="Broadband report",
    )
    assert all(s.kind != "named person" for s in a.speakers if s.name.lower() == "the report")


def test_opec_members_speak_for_their_governments():
    assert role_group("Opec members") == "government official or spokesperson"
    assert role_group("an Opec official") == "government official or spokesperson"


def test_a_peer_attorney_general_is_a_minister_in_any_story():
    a = _article(
        "Hunting with dogs is now illegal. The Attorney General Lord Goldsmith has not yet issued any "
        "instructions to police on the ban. He said he would consult the director of public prosecutions "
        '"in the near future" on prosecutions.',
        title="Hunt ban law",
    )
    assert _speaker(a, "Goldsmith").role_group == "politician"
    a = _article(
        'Texas attorney general Greg Abbott sued the firm on Monday. He said it had broken state law on "spam" e-mail.',
        title="Spam suit",
    )
    assert _speaker(a, "Greg Abbott").role_group == "police, military, justice"


def test_a_first_name_after_a_title_and_no_first_name_before_a_small_word():
    assert first_name_gender("Suffolk Chief Constable Alastair McWhirter") == "male"
    assert first_name_gender("Twitter's Adam Sharp") == "male"
    assert first_name_gender("Chelsea boss Jose Mourinho") == "male"
    assert first_name_gender("Anwar al-Awlaki") == "male"
    assert first_name_gender("Jose de Souza") == "male"
    # a title of a place alone before a surname says nothing
    assert first_name_gender("Suffolk Chief Constable McWhirter") is None
    a = _article(
        "Police will enforce the law. Suffolk Chief Constable Alastair McWhirter, the Association of Chief "
        "Police Officers' spokesman on rural policing, told the BBC the law would be enforced.",
        title="Hunt ban policing",
    )
    chief = _speaker(a, "Alastair McWhirter")
    assert chief.gender == "male"
