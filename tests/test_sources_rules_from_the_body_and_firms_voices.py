"""The forty-second session's first round: a person written with the body they are from right after the
name ("Susanne Risse from the company", "Anne Borthwick, of Campaign for Borders Rail") has that as
their role; in a story about firms or computing, a spokesperson of a body nothing places speaks for a
firm ("a spokesman for Dell"), while a body the article or the lexicon places keeps its group."""

from __future__ import annotations

from tests.test_speakers import _article, _speaker


def test_from_the_company_after_a_name_is_a_role():
    a = _article(
        "Runwell has a shoe which, according to Marta Ilves from the company, can "
        '"sense and adapt to your running style".',
        title="Smart shoes",
    )
    person = _speaker(a, "Marta Ilves")
    assert (person.role, person.role_group) == ("from the company", "business")


def test_from_the_magazine_after_a_name_is_the_outlets():
    a = _article(
        'The magazine built the show house. "It gives people a feeling for it," said Petra Lund from the magazine.',
        title="Show house",
    )
    assert _speaker(a, "Petra Lund").role == "from the magazine"
    assert _speaker(a, "Petra Lund").role_group == "media"


def test_of_a_named_body_between_commas_is_a_role():
    a = _article(
        'Nora Quaile, of Campaign for Valley Rail, said: "Reopening the line would bring trade back."',
        title="Rail line",
    )
    person = _speaker(a, "Nora Quaile")
    assert person.role == "of Campaign for Valley Rail"
    assert person.role_group == "civil society, NGO, union"


def test_a_peers_of_is_no_role():
    # no comma between the name and "of": a peer's title, not the body they are from
    a = _article('"The law is clear," said Lord Hale of Westfield, the law lord.', title="Appeal")
    assert _speaker(a, "Hale").role != "of Westfield"


def test_an_unplaced_bodys_spokesperson_in_a_story_about_firms_is_a_firms():
    a = _article(
        "Retail sales and profits rose across the market in December, and investors cheered. "
        '"We are pleased with the quarter," said a spokesman for Quorla.',
        title="Quorla results",
    )
    assert _speaker(a, "a spokesman for Quorla").role_group == "business"


def test_a_placed_body_or_a_story_of_no_firms_keeps_the_spokespersons_group():
    placed = _article(
        "Shares in energy firms fell after the regulator Gasreg ruled on profits and prices. "
        '"Customers must be protected," said a Gasreg spokesman. Investors were cautious.',
        title="Energy prices",
    )
    assert _speaker(placed, "a Gasreg spokesman").role_group == "government official or spokesperson"
    other = _article(
        "The council voted on the new bins on Tuesday. "
        '"Collections will change in May," said a spokesman for Brindle. Residents were told by letter.',
        title="Bins",
    )
    assert _speaker(other, "a spokesman for Brindle").role_group == "government official or spokesperson"


def test_a_bare_spokesperson_names_no_body_to_place():
    # the capitalised "A" opening the sentence is no body's name
    a = _article(
        "The bureau is investigating the fake e-mails, which carry software that attacks a computer "
        'through its internet connection and website links. A spokeswoman said: "It is a fake."',
        title="E-mail virus",
    )
    assert _speaker(a, "A spokeswoman").role_group == "government official or spokesperson"


def test_the_before_an_unplaced_bodys_spokesperson_is_a_filler():
    a = _article(
        "Retail sales and profits rose across the market in December, and investors cheered. "
        'The Quorla spokeswoman said: "We are pleased with the quarter."',
        title="Quorla results",
    )
    assert _speaker(a, "The Quorla spokeswoman").role_group == "business"
