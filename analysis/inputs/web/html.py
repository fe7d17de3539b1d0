"""A saved or fetched web page -> ``RawArticle``: the article body and its metadata (trafilatura).

The text is laid out as every NewsLens article is: the headline on the first line, a blank line,
then the body's paragraphs separated by blank lines (the quote rules read paragraph breaks).
Metadata comes from the page's ``<meta>``, Open Graph, JSON-LD and ``<time>`` (trafilatura, with
htmldate for the publication date): ``url`` (canonical, else the address it was fetched from),
``date`` (ISO), ``outlet`` (site name, else the domain), ``authors`` and ``language``.

Extraction settings, chosen by reasoning rather than by score on any benchmark page: trafilatura's
balanced default (neither ``favor_precision`` nor ``favor_recall``), comments left out (they are
readers' words, not the article's), tables kept (figures in a table are part of the story), the
publication date rather than the last update (``original_date``).
"""

from __future__ import annotations

import gzip
import io
import re
from urllib.parse import urlsplit

from analysis.inputs.raw import RawArticle, UnreadableInput, check_text, normalise_newlines
from analysis.inputs.web.language import detect, not_english_warning

#: One page's HTML; news pages are rarely over 3 MB, and the extractor holds the whole tree in memory.
MAX_HTML_BYTES = 20 * 2**20
HTML_SUFFIXES = (".html", ".htm")
GZ_SUFFIXES = (".html.gz", ".htm.gz")

#: A body shorter than this is a menu, a login wall or a stub, not an article.
MIN_BODY_WORDS = 15
_DATE_PARAMS = {"original_date": True, "extensive_search": True}
_SPACES = re.compile(r"[^\S\n]+")


def gunzip(data: bytes, limit: int) -> bytes:
    """Decompress, stopping as soon as the output passes ``limit`` (a gzip bomb never unpacks whole)."""
    out = io.BytesIO()
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as fh:
            while block := fh.read(2**20):
                if out.tell() + len(block) > limit:
                    raise UnreadableInput(f"unpacks to more than {limit // 2**20} MB: not read (possible gzip bomb)")
                out.write(block)
    except (OSError, EOFError) as exc:
        raise UnreadableInput(f"not readable gzip data ({exc})") from exc
    return out.getvalue()


def looks_like_html(data: bytes) -> bool:
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<!doctype html", b"<html", b"<head", b"<meta", b"<!--")) or b"<html" in head


def _paragraphs(text: str) -> list[str]:
    lines = (_SPACES.sub(" ", line).strip() for line in normalise_newlines(text).split("\n"))
    return [line for line in lines if line]


def _authors(value: str | None) -> list[str]:
    if not value:
        return []
    return list(dict.fromkeys(a.strip() for a in re.split(r";|\n", value) if a.strip()))


def _domain(url: str | None) -> str | None:
    if not url:
        return None
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.") or None


def read_html(source: str, data: bytes, topics: list[str] | None = None, url: str | None = None) -> RawArticle:
    """One page's HTML bytes (any declared encoding) to a RawArticle; ``url`` is where it was found
    (a fetch or a web-archive record), used when the page names no canonical address of its own.
    Raises UnreadableInput with a plain reason."""
    if not data.strip():
        raise UnreadableInput("the page is empty")
    if len(data) > MAX_HTML_BYTES:
        raise UnreadableInput(f"page too large ({len(data) / 2**20:.0f} MB; the limit is {MAX_HTML_BYTES // 2**20} MB)")
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(
            data,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            date_extraction_params=_DATE_PARAMS,
        )
    except (ValueError, TypeError, RecursionError) as exc:  # lxml on markup it cannot parse
        raise UnreadableInput(f"the page could not be parsed as HTML ({exc})") from exc
    body = _paragraphs(doc.text or "") if doc is not None else []
    if sum(len(p.split()) for p in body) < MIN_BODY_WORDS:
        raise UnreadableInput("no article text found on this page (it may need JavaScript, or hold no article)")
    title = " ".join((doc.title or "").split()) or None
    if title and body[0] == title:  # some pages repeat the headline as the body's first line
        body = body[1:]
    text = "\n\n".join([title, *body] if title else body)
    check_text(text)
    page_url = doc.url if doc.url and doc.url.startswith(("http://", "https://")) else url
    language = detect(text)
    warnings = [w for w in [not_english_warning(language)] if w]
    return RawArticle(
        source=source,
        text=text,
        topics=list(topics or []),
        title=title,
        date=doc.date or None,
        url=page_url,
        outlet=(doc.sitename or "").strip() or _domain(page_url),
        authors=_authors(doc.author),
        language=language,
        warnings=warnings,
    )


def read_html_file(source: str, data: bytes, topics: list[str] | None = None) -> RawArticle:
    """A ``.html``/``.htm`` file, or a gzip-compressed ``.html.gz`` (crawl dumps are stored so)."""
    if data[:2] == b"\x1f\x8b":
        data = gunzip(data, MAX_HTML_BYTES)
    return read_html(source, data, topics)
