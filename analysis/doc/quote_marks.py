"""Two apostrophes as a double quotation mark (''like this'', the New York Times's copy as news archives
give it), rewritten in the analysis view as one double mark and a space, so the view keeps the text's
length and every offset. Only where a pair can open (a word follows, a space or the line's start precedes)
or close (a word or punctuation precedes, a space, punctuation or the end follows): a pair with a word on
both sides ("can''t", a typing slip) is left as it is."""

from __future__ import annotations

import re

_OPENING = re.compile(r"(?:(?<=^)|(?<=[\s(\[\u2014\u2013-]))''(?=[\w\u2018'$£€.])", re.MULTILINE)
_CLOSING = re.compile(r"(?<=[\w.,;:!?)\]\u2019\u2026-])''(?=$|[\s.,;:!?)\]\u2014\u2013-])", re.MULTILINE)


def doubled_apostrophes_as_marks(view: str) -> str:
    """``view`` with each pair of apostrophes that stands as a quotation mark written as one: ' "' where
    it opens, '" ' where it closes."""
    if "''" not in view:
        return view
    view = _OPENING.sub(' "', view)
    return _CLOSING.sub('" ', view)
