"""An article before analysis (``RawArticle``), and the checks every input's text passes.

Every reader (files, tables, archives, later web pages) ends in a ``RawArticle`` or raises
``UnreadableInput`` with a reason a user can act on.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

#: About a million words: far past any news article, and about 2-3 minutes of analysis on one core.
MAX_ARTICLE_CHARS = 5_000_000


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
    authors: list[str] = field(default_factory=list)
    #: ISO 639-1 code where a reader identified it (web pages), else None
    language: str | None = None

    @property
    def id(self) -> str:
        return content_id(self.text)


def content_id(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def normalise_newlines(text: str) -> str:
    # The same as Python's universal-newline reading (pathlib.read_text), so offsets agree with it.
    return text.replace("\r\n", "\n").replace("\r", "\n")


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
