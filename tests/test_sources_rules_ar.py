"""Who speaks, issue 11ar: someone's lawyer is no office one person holds (the labels' rule: a
definite description is a named person only when the reader can identify the one person it means).
"his lawyer said" is an unnamed person unless the article names that client's lawyer ("An attorney
for Pagliano, Mark MacDougall", "Mark Stephens, his lawyer,"); a lawyer named for someone else
("Clinton's lawyer Cheryl Mills") does not name Pagliano's."""

from __future__ import annotations

from tests.test_speakers import _article, _speaker


def test_a_lawyer_the_article_never_names_is_an_unnamed_person():
    a = _article(
        "Stan Lee, 82, created Spider-Man in 1962. Of the cut now due to Lee, his lawyer said: "
        '"It could be tens of millions of dollars." A court ruled on Monday.'
    )
    assert _speaker(a, "his lawyer").kind == "unnamed person"


def test_a_lawyer_named_for_the_same_client_makes_the_description_a_named_person():
    a = _article(
        "An attorney for Pagliano, Mark MacDougall, stressed that his client was ready. Chaffetz insisted "
        "he has different questions for Pagliano. However, Pagliano's lawyer has said: \"He will refuse "
        'to answer any questions."'
    )
    assert _speaker(a, "Pagliano's lawyer").kind == "named person"


def test_a_lawyer_named_in_apposition_after_the_name():
    a = _article(
        'Stan Lee, 82, created Spider-Man in 1962. "It is a good day," said Mark Stephens, his lawyer. '
        'Of the cut now due to Lee, his lawyer said: "It could be tens of millions of dollars."'
    )
    assert _speaker(a, "his lawyer").kind == "named person"


def test_a_lawyer_named_for_someone_else_names_no_other_clients_lawyer():
    a = _article(
        "Republicans seethed that Clinton’s lawyer Cheryl Mills was granted protection. On Thursday, the "
        'panel held Bryan Pagliano in contempt of Congress. His lawyer said: "He will not answer questions."'
    )
    assert _speaker(a, "His lawyer").kind == "unnamed person"


def test_an_office_with_lawyer_words_stays_one_office_holder():
    # "attorney general" is an office one person holds: no naming needed
    a = _article(
        'Washington state sued the firm on Monday. "This is fraud," the state attorney general said in a statement.'
    )
    assert _speaker(a, "the state attorney general").kind == "named person"
