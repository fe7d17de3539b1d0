"""Who speaks, sixteenth round (issue 11r): a post is grouped by its head and the body it is of/at/for,
not by a word inside a work's title ("director of About a Boy") or the post's field ("Clearswift's
director of research"). Pattern seen in fresh14's misses. Small articles written here."""

from __future__ import annotations

from analysis.extract.sources import role_group
from tests.test_speakers import _article, _speaker


def test_a_word_of_a_films_title_does_not_make_its_director_an_ordinary_person():
    a = _article(
        "The film won the audience award at the festival on Sunday, and the actors took a bow on stage. "
        '"I never thought a small comedy would travel so far," said Paul Weitz, director of About a Boy, '
        "after the screening. The movie opens in cinemas next month, the studio said."
    )
    s = _speaker(a, "Paul Weitz")
    assert s.role == "director of About a Boy"
    assert s.role_group == "culture and sport"


def test_a_companys_director_of_research_is_the_companys():
    a = _article(
        "Spam now makes up most of the e-mail sent to businesses, a survey says. "
        '"Companies are paying to store junk," said Alyn Hockey, Clearswift\'s director of research.'
    )
    s = _speaker(a, "Alyn Hockey")
    assert s.role == "Clearswift's director of research"
    assert s.role_group == "business"


def test_a_director_of_research_at_an_institute_is_the_institutes():
    assert role_group("director of research at the Brookings Institution") == "expert or academic"


def test_a_person_word_written_small_after_a_post_still_counts():
    # guard: "a spokesman for the families" speaks for ordinary people, as before
    assert role_group("a spokesman for the families") == "ordinary person or witness"
