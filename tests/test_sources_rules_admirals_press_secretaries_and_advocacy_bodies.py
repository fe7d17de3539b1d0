"""The fifty-eighth session's first round (read from fresh217-fresh222 after their blind score): an admiral
written short and an intelligence chief are the military's and the intelligence services'; a post's own
phrase ends a ministry's portfolio ("Department of Homeland Security press secretary" is a spokesperson, no
secretary of a department); a body the article calls only "an organization", or one "which advocates for"
a cause, is a non-profit, so its spokesman is civil society's; a full name the tagger took for a place, whose
surname the article writes alone, is a person; a news outlet's possessive before a name is the outlet even
where the speaker index takes its name for a person's ("Al Jazeera's Mike Hanna"); a relative clause of where
someone works or lives, or of what an outlet's correspondent covered, is their role."""

from __future__ import annotations

from analysis.extract import entities
from analysis.extract.sources.groups import role_group
from tests.test_speakers import _speaker
from tests.test_speakers import _text_article as _article

CIVIL = "civil society, NGO, union"
JUSTICE = "police, military, justice"
ORDINARY = "ordinary person or witness"
OFFICIAL = "government official or spokesperson"


def test_an_admiral_written_short_is_the_military():
    assert role_group("Vice Adm.") == JUSTICE
    assert role_group("Ret. Rear Adm.") == JUSTICE


def test_an_intelligence_chief_is_the_intelligence_services():
    assert role_group("German foreign intelligence chief") == JUSTICE
    assert role_group("the country's intelligence head") == JUSTICE


def test_a_departments_press_secretary_is_a_spokesperson_not_a_secretary_of_state():
    assert role_group("Department of Homeland Security press secretary") == OFFICIAL
    assert role_group("Department of Homeland Security Secretary") == "politician"
    # the portfolio's own words still say nothing of the group
    assert role_group("a spokesman for the Department of Trade and Industry") == OFFICIAL


def test_a_spokesman_for_a_body_the_article_calls_an_organization_is_civil_society():
    a = _article(
        'Nominee faces questions\n\nThe hearing opens on Monday. "They will not get him to say much," said '
        "Drew Courtney, a spokesman for People for the American Way, an organization that has long been "
        "involved in nomination fights."
    )
    assert _speaker(a, "Drew Courtney").role_group == CIVIL


def test_a_spokesman_for_a_body_that_advocates_for_a_cause_is_civil_society():
    a = _article(
        'Pensions row\n\nThe plan drew criticism. "This is a raid on pensions," said Mary Jones, a spokeswoman '
        "for Age Matters, which campaigns for higher state pensions."
    )
    assert _speaker(a, "Mary Jones").role_group == CIVIL


def test_a_spokesman_for_a_body_the_article_calls_a_company_is_not_made_civil():
    a = _article(
        'Plant to close\n\nThe plant will shut in May. "It is a hard decision," said Tom Hale, a spokesman for '
        "Brindle Works, a company that makes brake parts."
    )
    assert _speaker(a, "Tom Hale").role_group != CIVIL


def test_a_full_name_the_tagger_took_for_a_place_is_the_person_whose_surname_speaks():
    # the tagger's spans as it gave them in a CNN story (fresh221): the full name and the surname a place's
    view = 'Nadia Murad, along with her counsel, described her ordeal. "They sold girls," Murad said.'
    spans = [
        entities._Span(0, 11, "GPE"),
        entities._Span(view.index("Murad said"), view.index("Murad said") + 5, "GPE"),
    ]
    assert [(view[s.start : s.end], s.label) for s in entities._people_the_tagger_cut(view, spans)] == [
        ("Nadia Murad", "PERSON"),
        ("Murad", "PERSON"),
    ]


def test_a_place_named_for_a_person_stays_a_place():
    view = "Flights to Santa Monica were cut. Monica Lewinsky said she would go."
    spans = [entities._Span(11, 23, "GPE"), entities._Span(34, 49, "PERSON")]
    labels = [(view[s.start : s.end], s.label) for s in entities._people_the_tagger_cut(view, spans)]
    assert ("Santa Monica", "GPE") in labels


def test_an_outlets_possessive_before_a_reporters_name_is_the_outlet_even_tagged_a_person():
    # "Al" is a first name: the speaker index takes "Al Jazeera" for a person here
    a = _article(
        "Missiles fall near Japan\n\nFour missiles fell into the sea, Kyodo said. Al Jazeera's Mike Hanna said "
        '"there was little movement" in the talks. He said all parties insisted on sanctions.'
    )
    hanna = _speaker(a, "Mike Hanna")
    assert (hanna.role, hanna.role_group) == ("Al Jazeera's", "media")


def test_a_persons_possessive_stays_no_title_whatever_a_titles_word_would_place():
    a = _article(
        'Talk show hosts\n\nThe network hired two hosts. Larry King\'s Jane Doyle said "we had no say" in '
        "the deal. She said the show would go on."
    )
    assert _speaker(a, "Jane Doyle").role != "Larry King's"


def test_a_relative_clause_of_where_someone_works_or_lives_is_their_role():
    assert role_group("who works in a factory in Phnom Penh") == ORDINARY
    assert role_group("who lives around the corner from the school") == ORDINARY
    a = _article(
        'Garment workers protest\n\nWages have not risen in years. "I need to pay rent every month," said Phon '
        "Chane, who works in a factory in Phnom Penh."
    )
    chane = _speaker(a, "Phon Chane")
    assert (chane.role, chane.role_group) == ("who works in a factory in Phnom Penh", ORDINARY)


def test_a_former_correspondent_of_an_outlet_is_media():
    a = _article(
        'White House parties\n\nThe season is busy. "It was always about access," said Ann Compton, who covered '
        "the White House for 40 years for ABC News."
    )
    assert _speaker(a, "Ann Compton").role_group == "media"
