"""Who speaks, thirteenth round (issue 11n): a description closing the sentence before a name that
opens the next one is that person's role; a title after the name kept in the speaker's name ("X MP")
does not hide the person's mentions; "a new book" is the one book the article names an author for;
another speaker's "he said" and the object of the person's own verb are no gender evidence for
them; lexicon gaps (market leader, sporting director, administration, audit office). Small
articles written here."""

from __future__ import annotations

from analysis.extract.sources import role_group
from tests.test_speakers import _article, _speaker


def test_a_description_ending_the_sentence_before_the_name_is_the_role():
    a = _article(
        "Markets steadied after remarks from the finance minister of Opec member Nigeria. "
        "Ahmed Hassan said the group would hold its output steady."
    )
    s = _speaker(a, "Ahmed Hassan")
    assert s.role == "the finance minister of Opec member Nigeria"
    assert s.role_group == "politician"
    b = _article(
        "Retail shares rose after a statement from the chief executive of Sainsbury's. "
        "Justin King said sales had recovered in the new year."
    )
    assert _speaker(b, "Justin King").role_group == "business"


def test_no_description_from_the_sentence_before_when_someone_is_named_there():
    a = _article(
        "Anna Moore met the chief executive of Sainsbury's. Justin King said sales had recovered in the new year."
    )
    assert _speaker(a, "Justin King").role is None


def test_a_title_after_the_name_in_the_speakers_name():
    a = _article(
        "Ministers faced new questions on Sunday. Former housing minister Keith Hill MP said the "
        "government should think again about the plans."
    )
    s = _speaker(a, "Keith Hill MP")
    assert s.role is not None
    assert s.role_group == "politician"


def test_a_new_book_is_its_one_named_authors():
    a = _article(
        "According to a new book, Inside Number Ten, the minister planned to quit last year. "
        "The book, by Daily Mirror reporter Paul Green, is published on Monday. "
        'Mr Green said: "Nobody expected it."'
    )
    book = _speaker(a, "a new book")
    assert book.kind == "named person"
    assert book.role_group == "media"
    assert book.gender == "male"


_DOPING = (
    "US Open champion Svetlana Petrova has tested positive, according to officials.\n\n"
    "Belgian sports minister Claude Lambert said the player tested positive in December. "
    'Lambert said: "There is a problem. She remains innocent until proved guilty." '
    "Speaking on Monday, before Lambert identified her, Petrova said: \"I'm not worried. I have not been "
    "notified of any test.\" Lambert said the findings were sent to the player's address. He conceded "
    'Petrova might have taken a medicine which contained the substance. "We have simply stated a fact," he said.'
)


def test_another_speakers_he_said_is_no_evidence():
    # the last "he said" is Lambert's quote: not Petrova's he
    assert _speaker(_article(_DOPING), "Svetlana Petrova").gender != "male"


def test_the_object_of_the_persons_own_verb_is_someone_else():
    # "before Lambert identified her": the her is Petrova, Lambert's he stands alone
    assert _speaker(_article(_DOPING), "Claude Lambert").gender == "male"


def test_lexicon_gaps():
    assert role_group("Market leader") == "business"
    assert role_group("Valencia sporting director") == "culture and sport"
    assert role_group("Energy Information Administration", name=True) == "government official or spokesperson"
    assert role_group("A National Audit Office report") == "government official or spokesperson"


def test_a_surname_after_title_words_is_the_person_named_in_full():
    a = _article(
        "Police arrested nine people on Tuesday. The head of the unit, Acting Detective Chief Inspector, "
        'Mark Hollis, said: "This was a long inquiry." Chief Insp Hollis added that more arrests were likely.'
    )
    s = _speaker(a, "Insp Hollis")
    assert s.gender == "male"
    assert s.gender_evidence == ["first name"]
