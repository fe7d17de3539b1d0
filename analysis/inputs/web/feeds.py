"""RSS and Atom feeds (feedparser): a feed expands to the addresses of the articles it links to.

feedparser is only ever given bytes already fetched, never an address (it would fetch it itself,
outside the fetcher's limits).
"""

from __future__ import annotations

from analysis.inputs.raw import UnreadableInput

FEED_TYPES = (
    "application/rss+xml",
    "application/atom+xml",
    "application/rdf+xml",
    "application/feed+xml",
    "application/xml",
    "text/xml",
)
#: More links than this in one feed are left out, with a warning.
MAX_ENTRIES = 500


def looks_like_feed(content_type: str, data: bytes) -> bool:
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"<?xml"):
        head = head[head.find(b"?>") + 2 :].lstrip()
        while head.startswith(b"<!--") or head.startswith(b"<?"):
            end = head.find(b"-->" if head.startswith(b"<!--") else b"?>")
            head = head[end + 3 :].lstrip() if end >= 0 else b""
    sniffed = head.startswith((b"<rss", b"<feed", b"<rdf:rdf"))
    return sniffed or (content_type in FEED_TYPES[:4])


def feed_links(data: bytes, base_url: str) -> tuple[list[str], list[str]]:
    """The feed's article addresses (relative ones resolved against ``base_url``), in feed order,
    each once; and warnings. Raises UnreadableInput when the bytes are no feed."""
    import feedparser

    parsed = feedparser.parse(data, response_headers={"content-location": base_url})
    if parsed.bozo and not parsed.entries:
        raise UnreadableInput(f"not a readable RSS or Atom feed ({parsed.get('bozo_exception')})")
    links = [e.get("link") for e in parsed.entries]
    links = list(dict.fromkeys(link.strip() for link in links if link and link.strip()))
    warnings = []
    if not links:
        raise UnreadableInput("the feed links to no articles")
    if len(links) > MAX_ENTRIES:
        warnings.append(f"the feed links to {len(links)} articles: only the first {MAX_ENTRIES} are read")
        links = links[:MAX_ENTRIES]
    return links, warnings
