"""Addresses in, articles out: a URL is fetched and read as a page, or, when it answers with an
RSS/Atom feed, expands to the articles the feed links to.

A page already fetched is not fetched again: its article (text and metadata) is kept in a small
record per address (``PageRecords``, beside the analysis cache), so a re-run reads it from there
and the content-hash cache then finds its analysis: nothing is fetched, nothing analysed again.
Feeds themselves are always fetched again (their point is that they change); ``refetch`` fetches
every page again.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import asdict, fields, replace
from pathlib import Path

from analysis.inputs.raw import RawArticle, UnreadableInput
from analysis.inputs.web.feeds import feed_links, looks_like_feed
from analysis.inputs.web.fetch import Fetcher, FetchError, Page
from analysis.inputs.web.html import looks_like_html, read_html
from analysis.records import InputError

HTML_TYPES = ("text/html", "application/xhtml+xml")
MAX_URL_LIST_BYTES = 8 * 2**20


def is_url(arg: str) -> bool:
    """An argument that names a web address (or some other scheme, refused later with a reason)
    rather than a file: ``https://...``, ``http://...``, ``file://...``."""
    head, sep, _ = arg.partition("://")
    return bool(sep) and head.isalpha() and len(head) <= 10


def read_url_list(path: str | Path) -> tuple[list[str], list[InputError]]:
    """A plain-text list of addresses: one a line; blank lines and ``#`` comments are skipped."""
    try:
        p = Path(path)
        if p.stat().st_size > MAX_URL_LIST_BYTES:
            limit = f"{MAX_URL_LIST_BYTES >> 20} MB"
            return [], [InputError(str(path), f"too large for a list of addresses (over {limit})")]
        text = p.read_text(encoding="utf-8-sig", errors="replace")
    except OSError as exc:
        return [], [InputError(str(path), f"cannot be read: {exc.strerror or exc}")]
    return parse_url_lines(text), []


def parse_url_lines(text: str) -> list[str]:
    out = []
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip() if line.lstrip().startswith("#") else line.strip()
        if line:
            out.append(line)
    return list(dict.fromkeys(out))


class PageRecords:
    """address -> the article read from it, one small JSON file each."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    def _path(self, url: str) -> Path:
        return self.root / f"{hashlib.sha256(url.encode()).hexdigest()[:32]}.json"

    def get(self, url: str) -> RawArticle | None:
        try:
            data = json.loads(self._path(url).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        known = {f.name for f in fields(RawArticle)}
        try:
            return RawArticle(**{k: v for k, v in data.items() if k in known})
        except TypeError:
            return None

    def put(self, url: str, raw: RawArticle) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        path = self._path(url)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps(asdict(raw), ensure_ascii=False), encoding="utf-8")
        tmp.replace(path)


def _page_article(source: str, page: Page) -> RawArticle:
    # A page served without a type, or mislabelled as plain text, is read when it is plainly HTML.
    mislabelled = page.content_type in ("", "text/plain", "application/octet-stream") and looks_like_html(page.data)
    if page.content_type not in HTML_TYPES and not mislabelled:
        raise UnreadableInput(f"not an HTML page or a feed ({page.content_type or 'no content type'})")
    return read_html(source, page.data, url=page.final_url)


def read_urls(
    urls: Iterable[str],
    fetcher: Fetcher | None = None,
    records: PageRecords | None = None,
    refetch: bool = False,
) -> Iterator[RawArticle | InputError]:
    """Each address ends as articles (one, or a feed's) or ``InputError``s naming the reason."""
    fetcher = fetcher or Fetcher()
    for url, result in _kept_or_fetched(list(dict.fromkeys(urls)), fetcher, records, refetch):
        if isinstance(result, RawArticle):
            yield replace(result, source=url)
        elif isinstance(result, FetchError):
            yield InputError(url, str(result))
        elif looks_like_feed(result.content_type, result.data):
            yield from _read_feed(url, result, fetcher, records, refetch)
        else:
            yield _read_page(url, result, records)


def _kept_or_fetched(
    urls: list[str], fetcher: Fetcher, records: PageRecords | None, refetch: bool, private_ok: bool | None = None
) -> Iterator[tuple[str, RawArticle | Page | FetchError]]:
    """Each address with its article from the page records (unless ``refetch``), else what fetching
    it gave; the ones to fetch are fetched together, in the order given."""
    kept = {u: records.get(u) for u in urls} if records is not None and not refetch else {}
    fetched = dict(fetcher.fetch_many([u for u in urls if kept.get(u) is None], private_ok))
    for url in urls:
        raw = kept.get(url)
        yield url, (raw if raw is not None else fetched[url])


def _read_page(source: str, page: Page, records: PageRecords | None) -> RawArticle | InputError:
    try:
        raw = _page_article(source, page)
    except UnreadableInput as exc:
        return InputError(source, str(exc))
    if records is not None:
        records.put(page.url, raw)
    return raw


def _read_feed(
    url: str, page: Page, fetcher: Fetcher, records: PageRecords | None, refetch: bool
) -> Iterator[RawArticle | InputError]:
    try:
        links, warnings = feed_links(page.data, page.final_url)
    except UnreadableInput as exc:
        yield InputError(url, str(exc))
        return
    # A feed on a public address may only lead to public pages.
    private_ok = None if not page.public else False
    for link, result in _kept_or_fetched(links, fetcher, records, refetch, private_ok):
        source = f"{url} -> {link}"
        if isinstance(result, RawArticle):
            yield replace(result, source=source)
        elif isinstance(result, FetchError):
            yield InputError(source, str(result))
        elif looks_like_feed(result.content_type, result.data):
            yield InputError(source, "a feed inside a feed: not followed")
        else:
            item = _read_page(source, result, records)
            if isinstance(item, RawArticle) and warnings:
                item.warnings.extend(warnings)
            yield item
