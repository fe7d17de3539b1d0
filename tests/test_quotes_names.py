"""Quoted names, titles and terms credited to nobody (issue 16, seventh round): one short invented
article per pattern found in the development data (BBC batches 1-6), each asserting the speaker
of every quote, partial quotes that are speech included."""

from __future__ import annotations

from tests.test_quotes_patterns import _analyze, _speakers


def test_a_title_case_name_is_nobody_s_even_when_someone_names_it() -> None:
    art = _analyze(
        "Zentrix will ship its new chip next year, the company said on Tuesday.\n\n"
        "The chip will run what Zentrix, in a typical act of marketing, calls the "
        '"Next Generation Trusted Data Engine", and it will reach shops in May.\n\n'
        "He has just been voted, by the Guild of Racing Writers, as the best "
        '"Ambassador for Racing" on the circuit.\n\n'
        'Chief executive Tom Reyes said the launch would be a "major step" for the firm.'
    )
    assert _speakers(art) == {
        "Next Generation Trusted ": None,
        "Ambassador for Racing": None,
        "major step": "Tom Reyes",
    }


def test_a_title_case_name_before_a_noun_or_after_the_is_a_name() -> None:
    art = _analyze(
        'Mobile operator Telvia said it would sell what it calls "Office on the Move" devices '
        "from March.\n\n"
        'Fans still call the veteran coach the "General", the club\'s chairman Max Brill said.\n\n'
        'Telvia boss Ann Cole said the phones were "really exciting".'
    )
    assert _speakers(art) == {
        "Office on the Move": None,
        "General": None,
        "really exciting": "Ann Cole",
    }


def test_a_nickname_someone_gives_a_person_stays_their_word() -> None:
    art = _analyze(
        "The former winner said she was hurt by the remarks.\n\n"
        'Reports said Trump called the pageant winner "Miss Piggy" in 1996.'
    )
    assert _speakers(art)["Miss Piggy"] == "Trump"


def test_a_word_shown_after_a_noun_about_words_is_nobody_s() -> None:
    art = _analyze(
        "Kell Homes said it had planned to charge the firm for his trademark of the word "
        '"Home" after the rebranding.\n\n'
        'The gallery said its new site shows a blue logo and the words "Opening soon".\n\n'
        'Gallery director Ruth Hale said the delay was "very frustrating".'
    )
    assert _speakers(art) == {"Home": None, "Opening soon": None, "very frustrating": "Ruth Hale"}


def test_words_someone_uses_or_judges_after_a_noun_about_words_stay_theirs() -> None:
    art = _analyze(
        'Senator Ann Price said she would not use the words "radical extremism" in her speeches.\n\n'
        "The defendant's lawyer, Dan Oakes, called the recommended prison term "
        '"outrageous" and said his client would appeal.'
    )
    assert _speakers(art) == {"radical extremism": "Ann Price", "outrageous": "Dan Oakes"}


def test_words_the_subject_denies_or_finds_no_sign_of_are_not_theirs() -> None:
    art = _analyze(
        "Hundreds of Skyline cabin crew called in sick over the holiday weekend.\n\n"
        'However, union leaders denied there had been a deliberate "go-slow". '
        'Union leader Joe Bell said the airline was "chronically understaffed".\n\n'
        "The tribunal upheld part of Ms Grant's claim but said it found no evidence of "
        '"macho culture" at the bank.\n\n'
        'A keen player does not consider the game to be "real" at all, wrote Tim Lowe.'
    )
    assert _speakers(art) == {
        "go-slow": None,
        "chronically understaffed": "Joe Bell",
        "macho culture": None,
        "real": None,
    }


def test_a_denial_of_saying_something_keeps_the_quote_the_denier_s() -> None:
    art = _analyze(
        'The coach, Pat Merry, denied calling the referee "a disgrace" after the match.\n\n'
        'Merry said he had "no doubt" the team would recover.'
    )
    assert _speakers(art) == {"a disgrace": "Pat Merry", "no doubt": "Pat Merry"}


def test_a_noun_quote_a_relative_clause_describes_is_a_term() -> None:
    art = _analyze(
        "Virus writers are changing their aims, according to security firm Norvix.\n\n"
        'Norvix analyst Kim Dale said the writers now wanted to recruit PCs into "zombie farms" '
        "that can be used to send out spam.\n\n"
        'Dale said the band\'s album was a "revelatory debut" which showed real promise.'
    )
    assert _speakers(art) == {"zombie farms": None, "revelatory debut": "Kim Dale"}
