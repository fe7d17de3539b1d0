"""The fifty-sixth session's second round (read from fresh208-fresh210 after their blind score): hyphens that
stand for spaces a conversion lost, where English writes none; a state's press service is its spokesperson; a
country's president where the tagger reads the country as a location; an identified family written with the
person it belongs to; a person's name after the words of a title the tagger ran into it."""

from __future__ import annotations

from analysis.doc.quote_marks import lost_characters_as_spaces
from analysis.extract.sources.groups import role_group
from tests.test_speakers import _speaker
from tests.test_speakers import _text_article as _article

OFFICIAL = "government official or spokesperson"


def test_hyphens_for_lost_spaces_read_as_spaces_and_real_hyphens_stay():
    cases = {
        "the-Homs governor,-told Reuters": "the Homs governor, told Reuters",
        "he told TASS to-Kirpichenko": "he told TASS to Kirpichenko",
        "Nicola Sturgeon-said it": "Nicola Sturgeon said it",
        "Stoke-on-Trent and the Commander-in-Chief": "Stoke-on-Trent and the Commander-in-Chief",
        "a well-said point": "a well-said point",
        "the U.S.-Mexico border": "the U.S.-Mexico border",
        "a smiley :-) here": "a smiley :-) here",
        "Al-Jazeera and Coca-Cola": "Al-Jazeera and Coca-Cola",
    }
    for text, read in cases.items():
        assert lost_characters_as_spaces(text) == read
        assert len(lost_characters_as_spaces(text)) == len(text)


def test_a_name_glued_to_said_is_the_speaker():
    a = _article(
        'Minister for Finance Michael Noonan-said that the next general election "has been brought forward". '
        "The minister spoke in Dublin."
    )
    noonan = _speaker(a, "Michael Noonan")
    assert (noonan.role, noonan.role_group) == ("Minister for Finance", "politician")
    assert a.text.startswith("Minister for Finance Michael Noonan-said")  # the text itself is kept


def test_a_press_service_speaks_for_its_state():
    assert role_group("the Kremlin press service") == OFFICIAL
    assert role_group("press service of the ministry") == OFFICIAL


def test_a_countrys_president_where_the_tagger_reads_a_location():
    a = _article(
        "Morocco's King Mohammed VI visited South Sudan on Thursday. During the visit, South Sudan's president "
        'said that "there is no parallel" between the two situations.'
    )
    president = _speaker(a, "South Sudan's president")
    assert president.role_group == "politician"


def test_a_persons_family_written_with_the_person_is_a_group():
    a = _article(
        "Matthew Grimstone died in the attack. The parents of victim Matthew Grimstone said they were "
        '"devastated" by the news.'
    )
    parents = _speaker(a, "The parents of victim Matthew Grimstone")
    assert (parents.kind, parents.gender) == ("country or group", "unknown")


def test_a_persons_name_after_the_words_of_a_title_is_the_name():
    a = _article('"We will press China," Secretary of State Rex Tillerson said on Friday.')
    rex = _speaker(a, "Rex Tillerson")
    assert (rex.kind, rex.role, rex.gender) == ("named person", "Secretary of State", "male")
    b = _article('"No," Mary Ann Smith said. "Yes," Martin Luther King said.')
    assert {s.name for s in b.speakers} == {"Mary Ann Smith", "Martin Luther King"}
