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


#: HTML's element names: a capitalised name in angle brackets that is none of them is the wire's way of
#: marking a company ("<Miller Tabak Hirsch and Co> said", a ticker "<CPML>"), not markup.
_ELEMENTS = frozenset(
    """a abbr address area article aside audio b base bdi bdo big blockquote body br button canvas caption center
    cite code col colgroup data datalist dd del details dfn dialog div dl dt em embed fieldset figcaption figure font
    footer form frame frameset h1 h2 h3 h4 h5 h6 head header hgroup hr html i iframe img input ins kbd label legend
    li link main map mark marquee menu meta meter nav noscript object ol optgroup option output p param picture pre
    progress q rp rt ruby s samp script section select small source span strike strong style sub summary sup svg
    table tbody td template textarea tfoot th thead time title tr track tt u ul var video wbr xml""".split()
)
_TICKER = re.compile(r"[A-Z0-9]{1,6}(?:\.[A-Z]{1,3})?")
_WIRE_NAME = re.compile(r"<([A-Z][\w.&'’-]*)(?:[ \u00a0][\w.&'’-]+)*>")


def blank_markup(view: str, text: str | None = None) -> tuple[str, int]:
    """The view with HTML tags (and script/style bodies) replaced by spaces, and how many there were. A
    wire's company name in angle brackets keeps its words; only the brackets are blanked. ``text``: the
    article as written, where a ticker is told by its capitals (the view may have re-cased a headline's)."""
    count = 0

    def blank(m: re.Match[str]) -> str:
        nonlocal count
        wire = _WIRE_NAME.fullmatch(m.group())
        if wire and wire.group(1).lower() not in _ELEMENTS:
            inner = m.group()[1:-1]
            written = inner if text is None else text[m.start() + 1 : m.end() - 1]
            # a ticker ("<MONI.MI>") is no word of the sentence: blanked whole, as markup is
            return " " * len(m.group()) if _TICKER.fullmatch(written) else f" {inner} "
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
