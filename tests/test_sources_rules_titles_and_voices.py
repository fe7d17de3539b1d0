"""The thirty-sixth session's rules: a title the tagger ran into a name ("Crown Prince Abdullah",
"Treasurer Peter Costello", "Beatle George Harrison") is the person's role; a spokesman for another's
post ("The prime minister's official spokesman") is an unnamed person, not the office-holder; a he/she
inside the quoted words is no evidence for an unnamed speaker's gender; "In his new book, <title>,
<name> ..." makes the book its author's; a no-break space between words is a space to the parser
("Sen.\\xa0Ted Cruz"); a capitalised person word inside a body's name ("the Medical Foundation for the
Care of Victims of Torture") does not make the body's spokesman a member of the public; a film, music or
games firm's executive is business in a story about the arts too; states in the plural ("both
countries") are a group."""

from __future__ import annotations

from analysis.doc.casing import analysis_view
from analysis.extract.sources.gender import first_name_gender
from analysis.extract.sources.groups import role_group
from analysis.inputs.layout import parse_layout
from tests.test_speakers import _article, _speaker


def test_a_title_run_into_the_name_is_the_role():
    a = _article(
        "The kingdom has promised reform.\n\nCrown Prince Hamad said the council would meet in spring. "
        '"We will listen to every voice," he said.',
        title="Kingdom promises reform",
    )
    # (whether the tagger takes the title into the name or not)
    prince = next(s for s in a.speakers if s.name.endswith("Hamad"))
    assert (prince.role, prince.role_group) == ("Crown Prince", "politician")
    b = _article('"We will act," said Crown Prince Abdullah on Monday.', title="Kingdom acts")
    prince = next(s for s in b.speakers if s.name.endswith("Abdullah"))
    assert (prince.role, prince.role_group) == ("Crown Prince", "politician")


def test_a_treasurer_before_a_name_holds_a_public_office_even_in_a_story_about_a_bank():
    a = _article(
        "Westpac Bank reported record profits on Monday. Westpac Bank said lending grew. Westpac Bank "
        'shares rose 2%.\n\n"The economy is strong and well managed," said Treasurer Peter Dutton.',
        title="Bank profits rise",
    )
    treasurer = _speaker(a, "Treasurer Peter Dutton")
    assert (treasurer.role, treasurer.role_group) == ("Treasurer", "politician")
    # a treasurer written with their body stays that body's
    assert role_group("the union's treasurer") != "politician"


def test_a_band_member_title_is_culture():
    a = _article(
        'The film opens next week.\n\n"We were just tired of touring," Beatle George Harrison once said.',
        title="Film opens",
    )
    assert _speaker(a, "Beatle George Harrison").role_group == "culture and sport"


def test_a_spokesman_for_another_office_is_unnamed():
    a = _article(
        'The prime minister\'s official spokesman said the plan was sound. "We stand by it," he said. '
        "Tony Blair was in Brussels for talks.",
        title="Plan defended",
    )
    voice = _speaker(a, "The prime minister's official spokesman")
    assert voice.kind == "unnamed person"
    assert voice.role_group == "government official or spokesperson"
    # a post-holder described by their own office is still one person the reader can name
    b = _article('The home secretary said the bill would pass. "It is a good bill," she said.', title="Bill backed")
    assert _speaker(b, "The home secretary").kind == "named person"


def test_a_pronoun_inside_the_quote_is_not_the_unnamed_speakers():
    a = _article(
        'Election speculation grew on Sunday.\n\nA Number 10 spokeswoman would only say: "He will announce '
        'an election when he wants to announce an election." The prime minister was at Chequers.',
        title="Election talk",
    )
    voice = _speaker(a, "A Number 10 spokeswoman")
    assert voice.gender == "female"
    assert voice.gender_evidence == ["spokeswoman"]
    b = _article(
        'Readers wrote in after the report.\n\nAnother correspondent wrote: "I believe that he is addicted '
        'to the game, and that is the cause of his restlessness."',
        title="Readers write",
    )
    assert _speaker(b, "Another correspondent").gender == "unknown"


def test_a_book_is_its_author_named_after_it():
    a = _article(
        "Ministers face new questions over the war.\n\nIn his new book, Lawless Peace, Martin Abbott, a QC "
        "and law professor, argues the advice was changed. Mr Abbott told reporters the advice was clear. "
        "The book says the minister met advisers on 13 March.",
        title="War advice questioned",
    )
    book = _speaker(a, "The book")
    assert book.kind == "named person"
    assert book.role == _speaker(a, "Martin Abbott").role


def test_a_no_break_space_between_words_is_a_space_to_the_parser():
    text = "Sen.\u00a0Ted Cruz said the bill was dead. ―\u00a0Jo Bloggs"
    view = analysis_view(text, parse_layout(text, None))
    assert len(view) == len(text)
    assert view.startswith("Sen. Ted Cruz")
    assert view.endswith("―\u00a0Jo Bloggs")  # a signature's dash keeps it
    a = _article('Sen.\u00a0Ted Cruz said the bill was dead. "It will not pass," Cruz said.', title="Bill dead")
    cruz = _speaker(a, "Ted Cruz")
    assert (cruz.role, cruz.role_group) == ("Sen.", "politician")
    assert "\u00a0" in a.text  # the article's own text is unchanged


def test_a_person_word_in_a_bodys_name_is_the_bodys():
    assert (
        role_group("spokesman for the Medical Foundation for the Care of Victims of Torture")
        == "civil society, NGO, union"
    )
    assert role_group("a spokesman for the victims") == "ordinary person or witness"


def test_an_entertainment_firms_executive_is_business_even_in_a_story_about_the_arts():
    arts = ("arts",)
    assert role_group("Revolution Studios spokesman", False, arts) == "business"
    assert role_group("the head of Universal Music Germany", False, arts) == "business"
    assert role_group("the founder of India's Percept Films", False, arts) == "business"
    # a film body's head, and the film's own director, stay the arts'
    assert role_group("chief executive of the UK Film Council", False, arts) == "culture and sport"
    assert role_group("The director of the film", False, arts) == "culture and sport"
    assert role_group("chair of Bafta's Interactive Entertainment committee", False, arts) == "culture and sport"
    a = _article(
        "The film topped the box office this weekend, and the actor and the director were at the premiere "
        'of the movie in London. The festival opens on Friday.\n\n"We are thrilled with the numbers," said '
        "Maria Lopez, head of distribution at Northwind Pictures.",
        title="Film tops box office",
    )
    assert _speaker(a, "Maria Lopez").role_group == "business"


def test_states_in_the_plural_are_a_group_not_anonymous_people():
    a = _article('"We will not back down," both countries said in a joint statement on Friday.', title="Talks")
    assert _speaker(a, "both countries").kind == "country or group"
    b = _article('"The deal is bad for us," analysts said on Friday.', title="Deal")
    assert _speaker(b, "analysts").kind == "anonymous"


def test_a_first_name_is_read_past_a_title_run_into_the_name_and_never_from_a_description():
    assert first_name_gender("Treasurer Peter Dutton") == "male"
    assert first_name_gender("Secretary-Treasurer Gary Smith") == "male"
    assert first_name_gender("Dean Smith") == "male"  # a first name that is also a post stays a name
    assert first_name_gender("Marine Le Pen") == "female"  # and so it does before a longer name
    assert first_name_gender("Lawyer Louise Smith") == "female"  # a post the name data also hold
    assert first_name_gender("lord chancellor") is None
    a = _article("The lord chancellor hinted that the law would change.", title="Law to change")
    assert _speaker(a, "lord chancellor").gender == "unknown"
    # a she after the name, against a confident first name read past the title: unknown, not a guess
    b = _article("Union Secretary-Treasurer Gary Smith said the union backed her.", title="Union backs")
    assert next(s for s in b.speakers if s.name.endswith("Gary Smith")).gender == "unknown"
