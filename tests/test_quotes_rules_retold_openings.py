"""Quote attribution, fifty-eighth session: a quote of the headline or standfirst credited to a description
("said the organizer of a protest") that the body quotes again from a named person is that person's; one the
body does not repeat, or repeats from two people, keeps its description, and a named body in the opening
speaks for itself. Small articles written here, with guards."""

from __future__ import annotations

from tests.test_quotes_rules_inverted import _credited
from tests.test_speakers import _text_article as _article

BODY = (
    "A billboard on the highway has people talking. The company that leased it wants to stay anonymous. "
    "Boutique owner Molly Grace has created an event to protest the billboard. "
    '"I take it as a very deliberate jab at women who demand equality," Grace said.'
)


def test_a_standfirst_quote_the_body_repeats_from_a_named_person_is_theirs():
    a = _article(
        "Billboard sows a sexist mystery\n\n"
        '"I take it as a very deliberate jab at women who demand equality," said the organizer of a protest.\n\n' + BODY
    )
    assert _credited(a, "I take it as a very deliberate jab") == "Molly Grace"
    assert "the organizer of a protest" not in {s.name for s in a.speakers}


def test_a_standfirst_quote_the_body_does_not_repeat_keeps_its_description():
    a = _article(
        "Billboard sows a sexist mystery\n\n"
        '"It is an insult to every woman in town," said the organizer of a protest.\n\n' + BODY
    )
    assert _credited(a, "It is an insult to every woman") == "the organizer of a protest"


def test_a_named_body_in_the_standfirst_speaks_for_itself():
    a = _article(
        'Billboard sows a sexist mystery\n\n"I take it as a very deliberate jab at women who demand equality," '
        "Amnesty International said.\n\n" + BODY
    )
    assert _credited(a, "I take it as a very deliberate jab") == "Amnesty International"
