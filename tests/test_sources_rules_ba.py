"""Who speaks, issue 11ba: kinds of named and tagged speakers. A one-word speaker the tagger named no one
for ("D’Souza replied", "Laah Chong-gyu, executive director of Korea Development Bank, said") is the
person whose full name the article writes with a first name or a person's role; a name opening with a
first name that the article writes as a firm's ("James Hardie ... Hardie, which currently makes") is the
firm; "The former Scotland international" is one player, not the country; "A UK Independence Party MEP
suggested ..." (the tagger taking "MEP" for a body) is the person the next sentence names. Small articles
written here, with guards."""

from __future__ import annotations

from tests.test_speakers import _article


def _kind(a, name: str) -> str:
    found = {s.name: s.kind for s in a.speakers}
    assert name in found, found
    return found[name]


def test_a_firm_named_like_a_person_is_the_firm():
    a = _article(
        "Australian building products group James Hardie has agreed to pay $1.1bn to victims of asbestos.\n\n"
        "Hardie, which currently makes more than 80% of its revenues in the US, was once Australia's biggest "
        'supplier of asbestos building materials. "We accept our responsibility," James Hardie said in a '
        "statement. The deal still has to receive the approval of Hardie's shareholders."
    )
    assert _kind(a, "James Hardie") == "organisation"
