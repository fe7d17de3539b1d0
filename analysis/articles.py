"""From bytes to an article: decoding, and splitting metadata (topic tags, headline, dateline) from the body.

Two layouts are recognised:

* the seed layout: an optional line of topic tags, a blank line, the headline, a blank line, then
  paragraphs, the first optionally opening with an ALL-CAPS dateline (``ISLAMABAD — ``);
* the plain layout (BBC, PolNeAR): headline on line 1, then the body.

A tag line is only taken as such when it looks like tags (every word capitalised, no sentence
punctuation) *and* what follows it looks like a headline followed by more text, so a headline is
never mistaken for a tag line.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

MAX_TAG_LINE = 120
#: About a million words: far past any news article, and about 2-3 minutes of analysis on one core.
MAX_ARTICLE_CHARS = 5_000_000
MAX_HEADLINE = 300


class UnreadableInput(ValueError):
    """Raised with a plain reason when bytes cannot be turned into article text."""


@dataclass(slots=True)
class RawArticle:
    """An article before analysis: its decoded text and whatever metadata came with it."""

    source: str
    text: str
    topics: list[str] = field(default_factory=list)
    title: str | None = None
    date: str | None = None
    url: str | None = None
    outlet: str | None = None
    warnings: list[str] = field(default_factory=list)

    @property
    def id(self) -> str:
        return content_id(self.text)


def content_id(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def normalise_newlines(text: str) -> str:
    # The same as Python's universal-newline reading (pathlib.read_text), so offsets agree with it.
    return text.replace("\r\n", "\n").replace("\r", "\n")


# Formats people save articles in by mistake, by their first bytes.
_MAGIC = {
    b"PK\x03\x04": "a zip-based file (a Word .docx, an OpenDocument file or a zip archive), not plain text",
    b"\x89PNG": "a PNG image, not text",
    b"\xff\xd8\xff": "a JPEG image, not text",
    b"GIF8": "a GIF image, not text",
    b"\xd0\xcf\x11\xe0": "an old Microsoft Office file (.doc/.xls), not plain text",
    b"{\\rtf": "an RTF document: save it as plain text (.txt) first",
}


def _sniff_binary(data: bytes) -> str | None:
    """A plain reason when the bytes are clearly not text (and have no UTF-16 byte-order mark)."""
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            return f"this is {what}"
    head = data[:65536]
    if b"\x00" in head:
        return "binary data, not text (it holds NUL bytes; UTF-16 text needs a byte-order mark)"
    return None


def _mostly_control(text: str) -> bool:
    sample = text[:65536]
    controls = sum(1 for c in sample if ord(c) < 32 and c not in "\n\t\f\v")
    return controls > max(8, len(sample) // 10)


def decode(data: bytes) -> tuple[str, list[str]]:
    """Decode file bytes: UTF-8 (with or without BOM), UTF-16 with BOM, else cp1252 with a warning.
    Raises UnreadableInput for bytes that are not text at all."""
    warnings: list[str] = []
    if data.startswith(b"%PDF-"):
        from analysis.pdf import pdf_text

        text, warnings = pdf_text(data)
        return normalise_newlines(text), warnings
    if not data.startswith((b"\xff\xfe", b"\xfe\xff")) and (reason := _sniff_binary(data)):
        raise UnreadableInput(reason)
    if data.startswith(b"\xef\xbb\xbf"):
        text = data[3:].decode("utf-8", errors="replace")
        if "\ufffd" in text:
            warnings.append("invalid UTF-8 bytes were replaced with \ufffd")
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise UnreadableInput(
                f"starts with a UTF-16 byte-order mark but is not valid UTF-16 ({exc.reason})"
            ) from exc
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = data.decode("cp1252", errors="replace")
            warnings.append("not valid UTF-8: decoded as Windows-1252 (cp1252); check accented letters")
    if _mostly_control(text):
        raise UnreadableInput("binary data, not text (mostly control characters)")
    return normalise_newlines(text), warnings


_TAG_WORD = re.compile(r"^[A-Z0-9][\w&'’.\-]*$")


def _looks_like_tags(line: str) -> bool:
    if not line or len(line) > MAX_TAG_LINE or line[-1] in '.!?:;,"”’':
        return False
    words = line.split()
    return 0 < len(words) <= 8 and all(_TAG_WORD.match(w) for w in words)


def _looks_like_headline(line: str) -> bool:
    # A body paragraph ends with a full stop; a headline rarely does.
    return 0 < len(line) <= MAX_HEADLINE and not line.rstrip('"”’').endswith(".")


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
    dateline_span: tuple[int, int] | None


_PARA = re.compile(r"[^\n]+(?:\n[^\S\n]*[^\s][^\n]*)*")  # runs of non-blank lines
# "ISLAMABAD — ", "NEW YORK (Reuters) - ", "WASHINGTON, D.C. -- ", "KABUL, Afghanistan — "
_DATELINE = re.compile(
    r"(?P<place>[A-Z][A-Z.'’\-]+(?:[ \u00a0][A-Z][A-Z.'’\-]+){0,3})"
    r"(?:,[ \u00a0][A-Z][A-Za-z.]+(?:[ \u00a0][A-Z][A-Za-z.]+)?)?"
    r"(?:[ \u00a0]\([A-Za-z .]+\))?[ \u00a0]*(?:—|–|--|-)[ \u00a0]+"
)


def _paragraphs(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _PARA.finditer(text) if m.group().strip()]


def _stripped(text: str, start: int, end: int) -> tuple[int, int]:
    chunk = text[start:end]
    return start + (len(chunk) - len(chunk.lstrip())), end - (len(chunk) - len(chunk.rstrip()))


def parse_layout(text: str) -> Layout:
    paras = [_stripped(text, a, b) for a, b in _paragraphs(text)]
    topics: list[str] = []
    tag_span = None
    if len(paras) >= 3:
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
    dateline = dateline_span = None
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
    return Layout(topics, tag_span, title, title_span, dateline, dateline_span)


def read_bytes(source: str, data: bytes, topics: list[str] | None = None) -> RawArticle:
    """Bytes of a .txt/.md file to a RawArticle; raises UnreadableInput with a plain reason."""
    if not data:
        raise UnreadableInput("the file is empty")
    text, warnings = decode(data)
    check_text(text)
    return RawArticle(source=source, text=text, topics=list(topics or []), warnings=warnings)


def check_text(text: str) -> None:
    """Refuse text with nothing to analyse, with a reason."""
    if not text.strip():
        raise UnreadableInput("the file holds only white space")
    if not any(c.isalpha() for c in text):
        raise UnreadableInput("no words to analyse: the text holds only numbers, symbols or punctuation")
    if len(text) > MAX_ARTICLE_CHARS:
        raise UnreadableInput(
            f"too long for one article ({len(text) / 1e6:.1f} million characters; the limit is "
            f"{MAX_ARTICLE_CHARS / 1e6:.0f} million): split it into articles"
        )
