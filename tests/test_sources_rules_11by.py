"""Who speaks, issue 11by: a definite spokesperson of someone ("The rapper's spokesman") is an unnamed
person, one of any number who speak for someone (not "the Salford MP", an office the reader can name);
a name right after description words ending on a word for a body ("the Iraqi activist group Mosul
Eye") is that body. Small articles written here."""

from __future__ import annotations

import pytest

from tests.test_speakers import _article

CASES = [
    (
        "US rapper Snoop Dogg has been sued by a make-up artist.\n\n"
        'The rapper\'s spokesman said the allegations were "untrue" and "a means of extracting money".',
        "spokesman",
        "unnamed person",
    ),
    (
        "Film production in the UK fell last year, the UK Film Council said.\n\n"
        '"The drop was expected," the council\'s spokesperson said.',
        "spokesperson",
        "unnamed person",
    ),
    (
        "Militants have ordered the killing of disabled babies. According to the Iraqi activist group "
        "Mosul Eye, at least 38 babies have already been killed. He said the order was read out in mosques.",
        "Mosul Eye",
        "organisation",
    ),
]


@pytest.mark.parametrize(("text", "words", "kind"), CASES)
def test_kind(text: str, words: str, kind: str) -> None:
    kinds = {s.name: s.kind for s in _article(text).speakers}
    assert [k for n, k in kinds.items() if words.lower() in (n or "").lower()] == [kind], kinds
