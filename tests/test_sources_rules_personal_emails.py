"""What a person sends (an e-mail, a memo, a message) is their words when the article says whose, as
their letter or statement already was; a body's memo stays the body's."""

from __future__ import annotations

import pytest

from tests.test_speakers import _article, _speaker


@pytest.mark.parametrize("document", ["e-mail", "email", "memo", "message"])
def test_a_persons_email_is_theirs(document):
    a = _article(
        f"Alastair Campbell sent a note by mistake. Mr Campbell's {document} said the party should be careful.",
        title="Spin row",
    )
    (quote,) = a.quotes
    s = _speaker(a, quote.speaker)  # the e-mail's words, or Campbell's own where the quote rules say so
    assert (s.kind, s.gender) == ("named person", "male")


def test_a_bodys_memo_stays_the_bodys():
    a = _article("A Home Office memo said the party should be careful.", title="Spin row")
    s = _speaker(a, "A Home Office memo")
    assert (s.kind, s.role_group) == ("organisation", "government official or spokesperson")
