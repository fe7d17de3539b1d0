"""Web pages in the dashboard: addresses pasted in the sidebar (pages or RSS/Atom feeds), and the
article scope web pages bring: who wrote them (an authors filter) and which language they are in.

NewsLens's analysis is English-only. Articles identified as another language are left out of
every view unless the user ticks them in, and the sidebar says so plainly with how many there are:
they are never counted silently with English ones.

Fetching runs through ``analysis.inputs.web`` with the server's policy: private, loopback and
link-local addresses are refused unless ``NEWSLENS_ALLOW_PRIVATE_URLS=1`` (a shared server must not
become a way into its own network). Pages already fetched are read from the cache's page records.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd
import streamlit as st

from analysis.corpus.cache_key import cache_dir
from analysis.corpus.tables import Tables
from analysis.inputs.raw import RawArticle
from analysis.inputs.web.sources import not_english_summary, page_records, server_fetcher
from analysis.inputs.web.urls import parse_url_lines, read_urls
from analysis.records import InputError

if TYPE_CHECKING:
    from dashboard.loading import Corpus

#: Pasted addresses beyond this many are not fetched (each is a request from the server).
MAX_PASTED_URLS = 50
#: A feed is fetched again after this long (its pages are kept in the page records).
FEED_TTL_SECONDS = 600


@dataclass(frozen=True)
class UrlInput:
    """Addresses pasted in the sidebar, one a line."""

    urls: tuple[str, ...]
    kind: str = "urls"

    @property
    def source(self) -> str:
        return "pasted addresses"

    @property
    def digest(self) -> str:
        return hashlib.sha256("\n".join(self.urls).encode()).hexdigest()


def url_input(text: str) -> tuple[UrlInput | None, str | None]:
    """The pasted text as addresses, and a note when some were left out."""
    urls = parse_url_lines(text or "")
    if not urls:
        return None, None
    note = None
    if len(urls) > MAX_PASTED_URLS:
        note = f"Only the first {MAX_PASTED_URLS} of {len(urls)} addresses are fetched."
        urls = urls[:MAX_PASTED_URLS]
    return UrlInput(tuple(urls)), note


def read(urls: tuple[str, ...]) -> list[RawArticle | InputError]:
    fetcher = server_fetcher()
    return _read(urls, fetcher.policy.allow_private, str(cache_dir()))


@st.cache_data(show_spinner="Fetching the pages…", ttl=FEED_TTL_SECONDS, max_entries=64)
def _read(urls: tuple[str, ...], allow_private: bool, cache: str) -> list[RawArticle | InputError]:
    # Keyed by the policy and the cache folder too: a changed setting is never answered from before.
    fetcher = server_fetcher()
    return list(read_urls(list(urls), fetcher, page_records(Path(cache))))


def sidebar_input() -> UrlInput | None:
    text = st.sidebar.text_area(
        "Or paste web addresses",
        key="src_urls",
        height=80,
        placeholder="https://… (one a line: article pages or RSS/Atom feeds)",
        help="Each page's article (without menus, ads and comments) is analysed with its headline, date, outlet "
        "and authors; a feed brings in the articles it links to. Pages are fetched once and kept. Addresses on "
        "private or local networks are refused on this server.",
    )
    item, note = url_input(text)
    if note:
        st.sidebar.caption(note)
    return item


# ---------------------------------------------------------------- article scope: authors, language


@dataclass(frozen=True)
class Scope:
    authors: tuple[str, ...] = ()
    other_languages: bool = False  # include articles identified as not English

    def active(self, t: Tables) -> bool:
        return bool(self.authors) or (not self.other_languages and bool(not_english(t.articles).any()))


def not_english(articles: pd.DataFrame) -> pd.Series:
    if "language" not in articles:
        return pd.Series(False, index=articles.index)
    lang = articles["language"]
    return lang.notna() & (lang != "en")


def author_counts(articles: pd.DataFrame) -> dict[str, int]:
    counts: dict[str, int] = {}
    for names in articles.get("authors", pd.Series([], dtype=object)):
        for name in [] if names is None or isinstance(names, float) else list(names):
            counts[name] = counts.get(name, 0) + 1
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def kept_ids(articles: pd.DataFrame, scope: Scope) -> set[str]:
    keep = np.ones(len(articles), dtype=bool)
    if not scope.other_languages:
        keep &= ~not_english(articles).to_numpy()
    if scope.authors and "authors" in articles:
        wanted = set(scope.authors)
        keep &= np.fromiter(
            (not wanted.isdisjoint([] if a is None or isinstance(a, float) else list(a)) for a in articles["authors"]),
            dtype=bool,
            count=len(articles),
        )
    return set(articles.loc[keep, "article_id"])


def apply(t: Tables, scope: Scope) -> Tables:
    """Only the articles in scope, in every table."""
    if not scope.active(t):
        return t
    ids = kept_ids(t.articles, scope)
    return Tables(**{name: frame[frame["article_id"].isin(ids)] for name, frame in t.items()})


def scoped(corpus: Corpus, scope: Scope) -> Corpus:
    """The corpus with the scope in its key, so the summaries views keep per filter are kept per
    scope too (ticking a language in never shows the counts from before)."""
    if not scope.active(corpus.tables):
        return corpus
    return replace(corpus, key=(*corpus.key, f"scope={scope!r}"))


def sidebar_scope(all_tables: Tables) -> Scope:
    """The authors filter (when articles name authors) and the language note and switch (when some
    articles are not in English)."""
    a = all_tables.articles
    sb = st.sidebar
    counts = author_counts(a)
    authors: list[str] = []
    if counts:
        authors = sb.multiselect(
            "Author",
            list(counts),
            format_func=lambda n: f"{n} ({counts[n]})",
            key="f_authors",
            placeholder="Any author",
            help="Keeps the articles by these authors (as the pages name them).",
        )
    include = False
    if not_english(a).any():
        include = sb.checkbox(
            "Include articles not in English",
            key="f_other_languages",
            value=False,
            help="The analysis is English-only: entities, quotes and sentiment of other languages are not meaningful.",
        )
    return Scope(tuple(authors), include)


def notice(all_tables: Tables, scope: Scope) -> None:
    """Above the views: how many articles are not in English, and whether they are left out."""
    summary = not_english_summary(all_tables.articles["language"]) if "language" in all_tables.articles else None
    if not summary:
        return
    if scope.other_languages:
        how = "They are included in the views below, flagged in the Article view."
    else:
        how = "They are left out of every view (tick *Include articles not in English* in the sidebar to see them)."
    # Our own words and language names only: nothing from an article reaches this Markdown.
    st.warning(f"{summary}. {how}", icon=":material/translate:")


class ScopeWidgets:
    """Draws the authors filter and the language switch where the sidebar asks (before its clear
    button), keeping what they chose in ``scope``; says whether the authors filter is set."""

    def __init__(self, all_tables: Tables) -> None:
        self.all_tables = all_tables
        self.scope = Scope()

    def __call__(self) -> bool:
        self.scope = sidebar_scope(self.all_tables)
        return bool(self.scope.authors)
