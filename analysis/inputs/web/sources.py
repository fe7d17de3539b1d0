"""Where the CLI and the dashboard meet the web readers: which arguments are addresses, the
fetcher each one uses (private addresses: allowed from the CLI, refused in the dashboard unless
``NEWSLENS_ALLOW_PRIVATE_URLS=1``), where fetched pages are kept, and the plain note on articles
not in English."""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

from analysis.inputs.raw import RawArticle
from analysis.inputs.web.fetch import ALLOW_PRIVATE_ENV, Fetcher, FetchPolicy
from analysis.inputs.web.language import language_name
from analysis.inputs.web.urls import PageRecords, is_url, read_url_list, read_urls
from analysis.records import InputError


def split_args(
    args: Iterable[str], url_file: str | Path | None = None
) -> tuple[list[str], list[str], list[InputError]]:
    """Command-line arguments -> (paths, addresses, errors reading the address list)."""
    paths: list[str] = []
    urls: list[str] = []
    for arg in args:
        (urls if is_url(arg) else paths).append(arg)
    errors: list[InputError] = []
    if url_file is not None:
        listed, errors = read_url_list(url_file)
        urls += listed
    return paths, list(dict.fromkeys(urls)), errors


def cli_fetcher() -> Fetcher:
    """The CLI runs on the user's own machine: addresses on their own network (an intranet) are
    theirs to fetch. Links reached from a public page still may not lead to a private address."""
    return Fetcher(FetchPolicy(allow_private=True))


def server_fetcher() -> Fetcher:
    """The dashboard may be a shared server: private, loopback and link-local addresses are refused
    unless the person running it sets ``NEWSLENS_ALLOW_PRIVATE_URLS=1``."""
    allow = os.environ.get(ALLOW_PRIVATE_ENV, "").strip().lower() in ("1", "true", "yes", "on")
    return Fetcher(FetchPolicy(allow_private=allow))


def page_records(cache_base: Path) -> PageRecords:
    return PageRecords(Path(cache_base) / "pages")


def web_items(
    urls: list[str], fetcher: Fetcher, records: PageRecords | None, refetch: bool = False
) -> Iterator[RawArticle | InputError]:
    if urls:
        yield from read_urls(urls, fetcher, records, refetch)


def not_english_summary(languages: Iterable[str | None]) -> str | None:
    """One plain sentence on the articles not in English, or None when there are none."""
    counts = Counter(code for code in languages if isinstance(code, str) and code != "en")
    if not counts:
        return None
    n = sum(counts.values())
    which = ", ".join(f"{language_name(code)} {k}" for code, k in counts.most_common())
    return (
        f"{n} article{'s' * (n != 1)} not in English ({which}): NewsLens's analysis is English-only, so their "
        "entities, quotes and sentiment are not meaningful; each is flagged with its language"
    )
