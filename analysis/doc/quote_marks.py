"""Quotation marks as text converted badly gives them, rewritten in the analysis view so that the view keeps
the text's length and every offset.

Two apostrophes as a double quotation mark (''like this'', the New York Times's copy as news archives
give it) become one double mark and a space. Only where a pair can open (a word follows, a space or the
line's start precedes) or close (a word or punctuation precedes, a space, punctuation or the end follows): a
pair with a word on both sides ("can''t", a typing slip) is left as it is.

A question mark glued between a double mark and a word ('... each other,"?Conway said') is a character lost
in a conversion to a narrower encoding (a curly quote's second byte, or the space after it), and becomes
the space it stood for; English never writes a question mark after a closing mark with a word right after
it ('Did he say "yes"? No' has its space). A hyphen glued to a sentence's last mark after a word written small,
with a capital or a mark next ('Lavrov said.- Some people', 'just life.-And I'), is a paragraph break the
conversion lost, and becomes a space, so that the sentence ends there ('U.S.-Mexico' keeps its hyphen); so
does a hyphen where English writes none: after a comma, between a small function word and a capital, between
a name and "said" ('governor,-told', 'to-Kirpichenko', 'Sturgeon-said').
"""

from __future__ import annotations

import re

_OPENING = re.compile(r"(?:(?<=^)|(?<=[\s(\[\u2014\u2013-]))''(?=[\w\u2018'$£€.])", re.MULTILINE)
_CLOSING = re.compile(r"(?<=[\w.,;:!?)\]\u2019\u2026-])''(?=$|[\s.,;:!?)\]\u2014\u2013-])", re.MULTILINE)


_LOST_AFTER_MARK = re.compile(r'(?<=")\?(?=[^\W\d_])')
_LOST_BREAK = re.compile(r'(?<=[a-z]{2}[.!?])-(?=\s?[A-Z"])')
#: Spaces the same conversion turned into hyphens where English writes none: after a comma, semicolon or
#: colon ("the Homs governor,-told Reuters"); between a small function word and a capital ("told to-Kirpichenko",
#: "the-European Commission"; not inside a hyphenated name, "Stoke-on-Trent", "Commander-in-Chief"); between
#: a name and its reporting verb ("Sturgeon-said", "Neuhann-says"); before a capitalised word after a comma and
#: its space ("in mid-February, -Lavrov said"); between a capitalised word and a small function word and its
#: space ("the FBI-and the Senate"; not "Stoke-on-Trent"). Each keeps the words before it (group 1).
_LOST_SPACES = (
    re.compile(r'()(?<=[,;:])-(?=[A-Za-z"])'),
    re.compile(r"(?<![-\w])(the|a|an|to|of|for|and|in|on|at|by|with|from|that)-(?=[A-Z])"),
    re.compile(r"\b([A-Z][a-z]+)-(?=(?:said|says|told|added)\b)"),
    re.compile(r"()(?<=[,;:] )-(?=[A-Z][a-z])"),
    re.compile(r"\b([A-Z][\w]*)-(?=(?:and|or|the|to|of|in|on|at|by|with|from|that) )"),
)


def lost_characters_as_spaces(view: str) -> str:
    """``view`` with each question mark glued between a double mark and a letter, each hyphen glued to a
    sentence's end before the next sentence, and each hyphen standing for a lost space (``_LOST_SPACES``), read
    as a space."""
    if '"?' in view:
        view = _LOST_AFTER_MARK.sub(" ", view)
    if "-" in view:
        for lost in _LOST_SPACES:
            view = lost.sub(r"\1 ", view)
    return _LOST_BREAK.sub(" ", view) if ".-" in view or "?-" in view or "!-" in view else view


def marks_as_read(view: str) -> str:
    """``view`` with both repairs: doubled apostrophes as one mark, lost characters as spaces. The parse and
    the quote rules read the same text."""
    return lost_characters_as_spaces(doubled_apostrophes_as_marks(view))


def doubled_apostrophes_as_marks(view: str) -> str:
    """``view`` with each pair of apostrophes that stands as a quotation mark written as one: ' "' where
    it opens, '" ' where it closes."""
    if "''" not in view:
        return view
    view = _OPENING.sub(' "', view)
    return _CLOSING.sub('" ', view)
