"""Who speaks, issue 11au: a named person's role from the sentence before the one that first names
them, sorted from the "extraction: no role" misses of the development parts. The lead rule of 11aq
(one indefinite description of a person, then the next sentence names the person as its subject)
holds mid-article too, when the describing sentence names nobody; the lead's definite description
is not used up by the headline's word for it."""

from __future__ import annotations

from tests.test_speakers import _article, _speaker


def test_a_mid_article_description_is_the_next_sentences_subject():
    a = _article(
        "The Green Party lost a councillor to a new party on Monday. Its leader called the move sad.\n\n"
        "The news came after the party suspended a candidate for remarks about immigrants. "
        'Jane Fowler, 48, was due to stand in Bristol. "I was misquoted," Ms Fowler said.'
    )
    s = _speaker(a, "Jane Fowler")
    assert s.role.startswith("a candidate") and s.role_group == "politician"
    assert a.text[s.role_start : s.role_end] == s.role


def test_a_described_subject_then_the_name_after_the_quote():
    a = _article(
        "Kim Clijsters has pulled out of the Australian Open with a wrist injury.\n\n"
        "She has not played since October. Back then, a doctor treating the player feared that her "
        'career may be over. "I hope she comes back, but I am pessimistic," said Bruno Willems.'
    )
    s = _speaker(a, "Bruno Willems")
    assert s.role.startswith("a doctor") and s.role_group == "expert or academic"


def test_quoted_sentences_between_the_description_and_the_name():
    a = _article(
        "The candidate coined a new nickname for his rival at a rally on Saturday.\n\n"
        "At least one commentator liked the moniker.\n\n"
        '"It flows off the lips, does it not? It hits her where she is weak," wrote Larry Oakes on his blog.'
    )
    s = _speaker(a, "Larry Oakes")
    assert s.role is not None and "commentator" in s.role and s.role_group == "media"


def test_a_describing_sentence_that_names_someone_says_nothing():
    # the lawyer may be Mr Hay's own, and the next sentence's subject someone else
    a = _article(
        "A farmer has gone to court over a path.\n\n"
        "John Hay hired a lawyer for the case on Monday. "
        'Tom Reed said the path was public. "It is ours," Mr Reed said.'
    )
    s = _speaker(a, "Tom Reed")
    assert s.role is None or "lawyer" not in s.role


def test_a_person_named_before_is_not_introduced_again():
    a = _article(
        "Tom Reed spoke to the council about the path on Monday.\n\n"
        "The council then heard from a farmer who uses the path every day. "
        'Tom Reed said the path was public. "It is ours," Mr Reed said.'
    )
    s = _speaker(a, "Tom Reed")
    assert s.role is None or "farmer" not in s.role


def test_someone_else_named_first_stands_between():
    a = _article(
        "A farmer has gone to court over a path.\n\n"
        "The council then heard from a farmer who uses the path every day. "
        'Council leader Ann Cole said Tom Reed was right. "It is ours," Mr Reed said.'
    )
    s = _speaker(a, "Tom Reed")
    assert s.role is None or "farmer" not in s.role


def test_the_headline_does_not_use_up_the_leads_description():
    a = _article(
        "The founder and former boss of Parmalat has apologised to investors who lost money.\n\n"
        'Calisto Tanzi said he would co-operate fully with prosecutors. "I apologise," he said.',
        title="Parmalat founder offers apology",
    )
    s = _speaker(a, "Calisto Tanzi")
    assert s.role is not None and s.role.startswith("The founder") and s.role_group == "business"


def test_a_description_the_sentence_only_mentions_or_a_titled_name_says_nothing():
    # "with a candidate who ..." is someone the sentence talks about, not someone it introduces
    a = _article(
        "The convention opened in Cleveland on Monday.\n\n"
        "The delegates now find themselves in a party with a candidate who many members oppose. "
        '"We are all props," said Jim Cole, angered that party leaders ignored the movement.'
    )
    s = _speaker(a, "Jim Cole")
    assert s.role is None or "candidate" not in s.role
    # "said Virginia voter Jim Cole": the name's own title, not the sentence before
    a = _article(
        "The convention opened in Cleveland on Monday.\n\n"
        "The party suspended a candidate for remarks about immigrants. "
        '"We are all props," said local voter Jim Cole, who was angry.'
    )
    s = _speaker(a, "Jim Cole")
    assert s.role is None or "candidate" not in s.role


def test_a_nationality_before_the_next_named_person_is_no_title_of_their_own():
    a = _article(
        "The Conservatives' campaign director has denied a report claiming he warned Michael Howard the "
        "party could not win.\n\n"
        "The Times on Monday said Australian Lynton Crosby told the party leader to focus on 30 seats. "
        'But Mr Crosby said in a statement: "I have never had any such conversation."'
    )
    s = _speaker(a, "Lynton Crosby")
    # (its group follows the story: this short one reads as politics)
    assert s.role == "The Conservatives' campaign director" and s.role_group != "unknown"


def test_a_title_before_the_next_named_person_is_still_their_own():
    a = _article(
        "The Conservatives' campaign director has denied a report claiming he warned Michael Howard the "
        "party could not win.\n\n"
        "The Times on Monday said rival strategist Lynton Crosby told the party leader to focus on 30 seats. "
        'But Mr Crosby said in a statement: "I have never had any such conversation."'
    )
    s = _speaker(a, "Lynton Crosby")
    assert s.role != "The Conservatives' campaign director"
