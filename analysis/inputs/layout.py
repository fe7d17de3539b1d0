"""An article's layout: topic tags, headline and dateline split from the body (character offsets).

Three layouts are recognised:

* the seed layout: an optional line of topic tags, a blank line, the headline, a blank line, then
  paragraphs, the first optionally opening with an ALL-CAPS dateline (``ISLAMABAD — ``);
* the plain layout (BBC, PolNeAR): headline on line 1, then the body;
* no headline: a first line that reads as prose (a story given as one paragraph, a pasted passage) is
  the body's first paragraph.

A tag line is only taken as such when it looks like tags (every word capitalised, no sentence
punctuation) *and* what follows it looks like a headline followed by more text, so a headline is
never mistaken for a tag line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MAX_TAG_LINE = 120
MAX_HEADLINE = 300


_TAG_WORD = re.compile(r"^[A-Z0-9][\w&'’.\-]*$")


def _looks_like_tags(line: str) -> bool:
    if not line or len(line) > MAX_TAG_LINE or line[-1] in '.!?:;,"”’':
        return False
    words = line.split()
    return 0 < len(words) <= 8 and all(_TAG_WORD.match(w) for w in words)


def _looks_like_headline(line: str) -> bool:
    # A body paragraph ends with a full stop; a headline rarely does.
    return 0 < len(line) <= MAX_HEADLINE and not line.rstrip('"”’').endswith(".")


#: A sentence's end followed by another sentence's start, inside a line.
_SENTENCE_BREAK = re.compile(r"[.!?][\"”’]?\s+[\"“‘]?[A-Z]")


def _reads_as_prose(line: str) -> bool:
    """Whether a first line is a paragraph of the body, not a headline: longer than any headline, or long
    and holding more than one sentence (a story given as one paragraph, a pasted passage, a web page's body
    whose title is elsewhere). BBC and PolNeAR headlines are at most 141 characters and one sentence."""
    return len(line) > MAX_HEADLINE or (len(line) > 150 and _SENTENCE_BREAK.search(line.rstrip()) is not None)


def split_topics(tag_line: str) -> list[str]:
    """``Afghanistan South\u00a0Asia`` gives ``["Afghanistan", "South Asia"]``: a no-break space joins
    the words of one tag, an ordinary space separates tags. Commas, semicolons and pipes separate too."""
    parts = re.split(r"[,;|]", tag_line) if re.search(r"[,;|]", tag_line) else tag_line.split(" ")
    return [re.sub(r"\s+", " ", p.replace("\u00a0", " ")).strip() for p in parts if p.strip()]


@dataclass(slots=True)
class Layout:
    """Where the parts of an article lie in its text (character offsets)."""

    topics: list[str]
    tag_span: tuple[int, int] | None  # metadata: excluded from the analysed text
    title: str | None
    title_span: tuple[int, int] | None
    dateline: str | None
    dateline_span: tuple[int, int] | None  # the place
    dateline_end: int | None = None  # a wire dateline with a date or a glued credit: where the body's first word starts
    credit_span: tuple[int, int] | None = None  # a news agency's credit glued to the body ("(CNN)"): no words


_PARA = re.compile(r"[^\n]+(?:\n[^\S\n]*[^\s][^\n]*)*")  # runs of non-blank lines
# "ISLAMABAD — ", "NEW YORK (Reuters) - ", "WASHINGTON, D.C. -- ", "KABUL, Afghanistan — ", and the wire's
# date after the place: "NEW YORK, Feb 26 - ", "STAMFORD, Conn., March 2 - ", "LONDON, March 2 (Reuters) - "
_MONTH = r"(?i:jan|feb|mar|apr|may|june?|july?|aug|sept?|oct|nov|dec)[a-z]*\.?"
_DATELINE = re.compile(
    r"(?P<place>[A-Z][A-Z.'’\-]+(?:[ \u00a0][A-Z][A-Z.'’\-]+){0,3})"
    r"(?:,[ \u00a0][A-Z][A-Za-z.]+(?:[ \u00a0][A-Z][A-Za-z.]+)?)?"
    rf"(?P<date>,?[ \u00a0]+{_MONTH}[ \u00a0]\d{{1,2}})?"
    r"(?:[ \u00a0]\([A-Za-z .]+\))?[ \u00a0]*(?:—|–|--|-)[ \u00a0]+"
)


#: CNN's web style: the place, then the network's credit glued to the body's first word ("Washington
#: (CNN)President Donald Trump ..."), or the credit alone ("(CNN)Journalists are ..."). The body may open after
#: a subtitle, so the first two paragraphs of the body are tried.
_CREDIT = re.compile(
    r"(?:(?P<place>[A-Z][\w.'’\-]*(?:[ \u00a0][A-Z][\w.'’\-]*){0,3}),?[ \u00a0]+)?"
    r"(?P<credit>\((?:CNN|AP|AFP|Reuters)\))(?=[\"“‘'A-Z0-9])"
)


#: A web page's share bar left in the text: four or more network names in a row, with the "Send"/"Share" before
#: them and the permalink after ("Send Facebook Twitter Google+ Whatsapp Tumblr linkedin stumble Digg reddit
#: Newsvine Permalink http://dw.com/p/2Yp7v", DW's). No words of the story: the tagger read "Whatsapp Tumblr" as a
#: person and credited him with the quotes after it.
_SHARE_BAR = re.compile(
    r"(?:\b(?:Send|Share)[ \u00a0]+)?"
    r"(?:\b(?i:facebook|twitter|google\+|whatsapp|tumblr|linkedin|stumble|digg|reddit|newsvine|pinterest|permalink)"
    r"(?:[ \u00a0]+|$)){4,}"
    r"(?:https?://\S+)?"
)


def share_bars(text: str) -> list[tuple[int, int]]:
    """Where a web page's share bar lies in ``text`` (``_SHARE_BAR``), its trailing spaces left out."""
    return [(m.start(), m.start() + len(m.group().rstrip())) for m in _SHARE_BAR.finditer(text)]


def _paragraphs(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _PARA.finditer(text) if m.group().strip()]


def _stripped(text: str, start: int, end: int) -> tuple[int, int]:
    chunk = text[start:end]
    return start + (len(chunk) - len(chunk.lstrip())), end - (len(chunk) - len(chunk.rstrip()))


def parse_layout(text: str, headline: str | None = None) -> Layout:
    """``headline``: the title a reader already knows (a web page's), never taken for a tag line."""
    paras = [_stripped(text, a, b) for a, b in _paragraphs(text)]
    topics: list[str] = []
    tag_span = None
    known_first = bool(headline) and bool(paras) and text[paras[0][0] : paras[0][1]] == headline
    if len(paras) >= 3 and not known_first:
        first, second = (text[a:b] for a, b in paras[:2])
        if "\n" not in first and _looks_like_tags(first) and "\n" not in second and _looks_like_headline(second):
            topics = split_topics(first)
            tag_span = paras[0]
            paras = paras[1:]
    title = title_span = None
    if paras:
        a, b = paras[0]
        line_end = text.find("\n", a, b)
        b = b if line_end == -1 else line_end
        title_span = _stripped(text, a, b)
        title = text[title_span[0] : title_span[1]] or None
        if title and not known_first and _reads_as_prose(title):
            title = title_span = None  # no headline: the first line is the body's
    dateline = dateline_span = dateline_end = None
    body = [p for p in paras[1:]] if paras else []
    if title_span and paras and title_span[1] < paras[0][1]:
        body.insert(0, _stripped(text, title_span[1], paras[0][1]))
    if body:
        a, b = body[0]
        m = _DATELINE.match(text, a, b)
        if m and len(m.group("place").replace(".", "")) >= 2:
            place = m.group("place")
            dateline = " ".join(w.capitalize() if w.isupper() else w for w in re.split(r"[ \u00a0]", place))
            dateline_span = (a + m.start("place") - m.start(), a + m.end("place") - m.start())
            if m.group("date"):
                dateline_end = a + m.end() - m.start()
    credit_span = None
    for a, b in body[:2] if dateline is None else ():
        if credit := _CREDIT.match(text, a, b):
            if credit.group("place"):
                dateline, dateline_span = credit.group("place"), credit.span("place")
            credit_span, dateline_end = credit.span("credit"), credit.end()
            break
    return Layout(topics, tag_span, title, title_span, dateline, dateline_span, dateline_end, credit_span)
