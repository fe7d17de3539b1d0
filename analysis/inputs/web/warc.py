"""Web archives (``.warc``, ``.warc.gz``): each HTML response record is one article.

Read with warcio. A response (or resource) record that is not an HTML page (an image, a script, a
feed, an error status) becomes an ``InputError`` naming it, so it is counted and the counts add up;
the archive's bookkeeping records (``warcinfo``, ``request``, ``metadata``, ``revisit``) hold no
page and are passed over.
"""

from __future__ import annotations

import io
import zlib
from collections.abc import Iterator

from analysis.inputs.raw import RawArticle, UnreadableInput
from analysis.inputs.web.html import MAX_HTML_BYTES, looks_like_html, read_html
from analysis.records import InputError

WARC_SUFFIXES = (".warc", ".warc.gz")
CONTENT_RECORDS = ("response", "resource")
HTML_TYPES = ("text/html", "application/xhtml+xml")


def _content_type(record) -> str:
    if record.http_headers is not None:
        value = record.http_headers.get_header("Content-Type") or ""
    else:
        value = record.rec_headers.get_header("Content-Type") or ""
    return value.split(";")[0].strip().lower()


def _starts_as_warc(data: bytes) -> bool:
    head = data[:65536]
    if head[:2] == b"\x1f\x8b":
        try:
            head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 64)
        except zlib.error:
            return False
    return head.startswith(b"WARC/")


def read_warc(name: str, data: bytes, topics: list[str] | None = None) -> Iterator[RawArticle | InputError]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    # warcio reads older ARC files and guesses at other bytes too: only a WARC is taken as one.
    if not _starts_as_warc(data):
        yield InputError(name, "not a readable web archive (it does not start with a WARC record)")
        return
    found = 0
    try:
        for i, record in enumerate(ArchiveIterator(io.BytesIO(data)), start=1):
            if record.rec_type not in CONTENT_RECORDS:
                continue
            found += 1
            uri = record.rec_headers.get_header("WARC-Target-URI") or None
            where = f"{name}!{uri or f'record {i}'}"
            status = record.http_headers.get_statuscode() if record.http_headers is not None else "200"
            ctype = _content_type(record)
            body = record.content_stream().read(MAX_HTML_BYTES + 1)
            if status and not status.startswith("2"):
                yield InputError(where, f"HTTP status {status}, not a page: skipped")
            elif ctype not in HTML_TYPES and not (not ctype and looks_like_html(body)):
                yield InputError(where, f"not an HTML page ({ctype or 'no content type'}): skipped")
            elif len(body) > MAX_HTML_BYTES:
                yield InputError(where, f"page too large (over {MAX_HTML_BYTES // 2**20} MB): skipped")
            else:
                try:
                    yield read_html(where, body, topics, url=uri)
                except UnreadableInput as exc:
                    yield InputError(where, str(exc))
    except (ArchiveLoadFailed, ValueError, OSError, EOFError) as exc:
        yield InputError(name, f"not a readable web archive ({exc})")
        return
    if not found:
        yield InputError(name, "no page records (response or resource) in this web archive")
