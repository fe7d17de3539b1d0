"""Who speaks, issue 11ct: kinds of collective and plural speakers. Unnamed plurals of bodies from a
place ("UK regulators", "US companies") are anonymous, not the place; "the authorities" is a vague
plural, not firms the article named together; a collective word ("The panel", "the staff", "her
campaign's leadership") is never one unnamed person: after "the", not possessed, an identified group
(country or group), otherwise anonymous. Small articles written here, with guards: the city of a place,
newspapers of a place the words go on to name, firms named together before "the two firms". A
bookmaker is a firm (organisation); "Bookmakers" unnamed stay anonymous."""

from __future__ import annotations

import pytest

from tests.test_speakers import _article

CASES = [
    # unnamed bodies of a place: the people of those bodies, not the place
    (
        "Shares in the drug maker fell sharply on Monday. UK regulators said they wanted more evidence about "
        "the drug's benefits before any approval. The firm said it would answer their questions.",
        "regulators",
        "anonymous",
    ),
    (
        'The city of Phoenix said the new stadium would open next year. "We are ready," it added. '
        "The mayor was not available for comment.",
        "Phoenix",
        "country or group",
    ),
    (
        "Six Gannett newspapers in New Jersey, including the Asbury Park Press, said he is not fit to be "
        "governor any more. The governor's office did not respond.",
        "Gannett",
        "country or group",
    ),
    # "the authorities" after names joined by "and": not those names speaking together
    (
        "John McGraw, Donald Trump and Ben Carson were at the rally in Fayetteville, North Carolina. "
        "Mr. McGraw was charged with assault, and the authorities said they were also preparing to "
        "charge him with communicating a threat.",
        "authorities",
        "anonymous",
    ),
    (
        "Shares in Elan and Biogen Idec fell by a third after they suspended sales of the drug. "
        '"We acted out of caution," the two firms said in a statement.',
        "firms",
        "country or group",
    ),
    # a bookmaker is a firm
    (
        'Oscar favourite The Aviator has moved ahead, said a bookmaker. "It is a two-horse race," said '
        "William Hill spokesman Rupert Adams. The bookmaker said it had taken large bets on the film.",
        "The bookmaker",
        "organisation",
    ),
    (
        "Ray star Jamie Foxx is clear favourite for best actor. Bookmakers predict Cate Blanchett will be "
        "named best supporting actress.",
        "Bookmakers",
        "anonymous",
    ),
    # collective words: a group, never one person
    (
        "Casual games are as popular as big console titles, said a panel of experts in Las Vegas. "
        "The panel also insisted that casual gamers were not just women, a common misconception.",
        "The panel",
        "country or group",
    ),
    (
        'The hospital closed the ward on Monday. "We were never told why," the staff said. The senator '
        "declined to comment.",
        "staff",
        "anonymous",
    ),
    (
        '"It should never have gone out," her campaign\'s leadership said on Friday. The senator declined to comment.',
        "leadership",
        "anonymous",
    ),
    (
        "Kostas Kenteris and Katerina Thanou missed a drugs test before the Games. The pair said they had "
        "been injured in a motorcycle crash.",
        "pair",
        "country or group",
    ),
]


@pytest.mark.parametrize(("text", "words", "kind"), CASES, ids=[c[1] for c in CASES])
def test_kind_of_a_collective_or_plural_speaker(text: str, words: str, kind: str):
    kinds = {s.name: s.kind for s in _article(text).speakers}
    found = [k for n, k in kinds.items() if words.lower() in (n or "").lower()]
    assert found, f"{words!r} not among {list(kinds)}"
    assert found[0] == kind
