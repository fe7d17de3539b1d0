"""Warnings about text the analysis was not made for, and markup it should not read.

* Non-English text is analysed (a user may still want its names counted) with a warning: the
  model, the quote rules and TextBlob are English-only.
* HTML tags pasted as text are shown to readers as text (escaped, never rendered) but blanked out
  of the analysis view, so ``<div class="x">`` is not tagged as an organisation. Blanking keeps the
  view the same length as the text, so offsets are unchanged.
"""

from __future__ import annotations

import re

from spacy.attrs import IS_ALPHA, IS_STOP
from spacy.tokens import Doc

MIN_WORDS = 25
MIN_STOP_SHARE = 0.12  # English prose runs at 35-50% function words; other languages near 0 by this list
_TAG = re.compile(r"<(?:script|style)\b.*?</(?:script|style)\s*>|<!--.*?-->|</?[A-Za-z][^<>]{0,2000}>", re.S | re.I)


def blank_markup(view: str) -> tuple[str, int]:
    """The view with HTML tags (and script/style bodies) replaced by spaces, and how many there were."""
    count = 0

    def blank(m: re.Match[str]) -> str:
        nonlocal count
        count += 1
        return "".join(c if c == "\n" else " " for c in m.group())

    return _TAG.sub(blank, view), count


def language_warning(doc: Doc) -> str | None:
    if len(doc) < MIN_WORDS:
        return None
    # Two flag columns read at once: walking the Doc makes a Python object per token.
    alpha, stop = doc.to_array([IS_ALPHA, IS_STOP]).T.astype(bool)
    words = int(alpha.sum())
    if words < MIN_WORDS:
        return None
    share = int((alpha & stop).sum()) / words
    if share < MIN_STOP_SHARE:
        return (
            f"this does not read as English (only {share:.0%} common English words): entities, quotes and "
            "sentiment are made for English and may be wrong here"
        )
    return None


def markup_warning(tags: int) -> str | None:
    if tags >= 3:
        return f"HTML markup in the text: {tags} tags were left out of the analysis (and are shown as plain text)"
    return None
