"""Web pages, web archives, feeds and URLs as inputs: what comes out of a page, and every failure
named with a reason. The fetching tests serve pages from 127.0.0.1 only (``tests/webpages.py``)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from analysis.inputs.files import iter_articles
from analysis.inputs.raw import RawArticle, UnreadableInput
from analysis.inputs.web.fetch import Fetcher, FetchError, FetchPolicy, is_public
from analysis.inputs.web.html import read_html, read_html_file
from analysis.inputs.web.urls import PageRecords, is_url, parse_url_lines, read_urls
from analysis.records import InputError
from tests.hostile import zip_bytes
from tests.webpages import (
    FRENCH,
    PARAS,
    gz,
    huge,
    huge_claimed,
    loopback_only,
    never_finishes,
    page,
    redirect,
    rss,
    serve,
    warc_bytes,
)

COUNCIL = page("Council backs bigger bus network", PARAS["council"], url="https://news.example/council")
HARBOUR = page("Sea wall changes the tide, fishermen say", PARAS["harbour"], author="Kim Tan; Lee Roe")


def _split(items) -> tuple[list[RawArticle], list[InputError]]:
    items = list(items)
    return [i for i in items if isinstance(i, RawArticle)], [i for i in items if isinstance(i, InputError)]


# -- what comes out of a page ------------------------------------------------------------------------


def test_page_body_without_boilerplate_and_paragraphs_kept():
    raw = read_html("council.html", COUNCIL)
    title, *paras = raw.text.split("\n\n")
    assert title == "Council backs bigger bus network" == raw.title
    assert paras == PARAS["council"]  # each paragraph whole, a blank line between them
    for junk in ("cookies", "Related stories", "Weather warning", "Reader99", "Copyright", "Home"):
        assert junk not in raw.text
    assert raw.url == "https://news.example/council"
    assert raw.date == "2024-05-02"
    assert raw.outlet == "The Daily Test"
    assert raw.authors == ["Sam Reporter"]
    assert raw.language == "en" and raw.warnings == []


def test_several_authors_and_the_fetched_address_when_the_page_names_none():
    raw = read_html("harbour", HARBOUR, url="https://harbour.example/story")
    assert raw.authors == ["Kim Tan", "Lee Roe"]
    assert raw.url == "https://harbour.example/story"


def test_outlet_falls_back_to_the_domain():
    html = page("Council backs bigger bus network", PARAS["council"], site="").replace(b'content=""', b"")
    raw = read_html("p", html.replace(b'<meta property="og:site_name" >', b""), url="https://www.city-news.example/x")
    assert raw.outlet in ("city-news.example", "The Daily Test")  # a site name, else the domain
    html = (
        b"<html><head><title>Bus plan</title></head><body>"
        + b"".join(f"<p>{p}</p>".encode() for p in PARAS["council"])
        + b"</body></html>"
    )
    assert read_html("p", html, url="https://www.city-news.example/x").outlet == "city-news.example"


def test_page_not_in_english_is_flagged_with_its_language():
    raw = read_html("fr.html", page("Le conseil vote pour le bus", FRENCH, lang="fr"))
    assert raw.language == "fr"
    assert any("not in English" in w and "French" in w for w in raw.warnings)


def test_page_with_no_article_is_refused_with_a_reason():
    with pytest.raises(UnreadableInput, match="no article text"):
        read_html("empty.html", b"<html><body><nav><a href='/'>Home</a></nav></body></html>")
    with pytest.raises(UnreadableInput, match="empty"):
        read_html("empty.html", b"  ")


def test_gzip_bomb_is_not_unpacked_whole():
    bomb = gz(b"<html>" + b" " * (64 * 2**20))
    with pytest.raises(UnreadableInput, match="gzip bomb"):
        read_html_file("bomb.html.gz", bomb)


# -- files, folders, zips, web archives ----------------------------------------------------------


def test_folder_of_pages_gz_and_zip(tmp_path):
    (tmp_path / "local").mkdir()
    (tmp_path / "local" / "council.html").write_bytes(COUNCIL)
    (tmp_path / "local" / "harbour.htm.gz").write_bytes(gz(HARBOUR))
    (tmp_path / "local" / "menu.html").write_bytes(b"<html><body><nav>Home</nav></body></html>")
    (tmp_path / "pages.zip").write_bytes(zip_bytes({"world/harbour.html.gz": gz(HARBOUR)}))
    raws, errors = _split(iter_articles([tmp_path]))
    assert sorted(r.title for r in raws) == [
        "Council backs bigger bus network",
        "Sea wall changes the tide, fishermen say",
        "Sea wall changes the tide, fishermen say",
    ]
    assert {tuple(r.topics) for r in raws} == {("local",), ("world",)}
    assert [e.source.endswith("menu.html") for e in errors] == [True]
    assert "no article text" in errors[0].error


@pytest.mark.parametrize("compress", [True, False])
def test_web_archive_html_records_are_articles_others_named(tmp_path, compress):
    data = warc_bytes(
        [
            ("https://news.example/council", "text/html; charset=utf-8", COUNCIL),
            ("https://news.example/logo.png", "image/png", b"\x89PNG\r\n\x1a\n...."),
            ("https://news.example/harbour", "text/html", HARBOUR),
            ("https://news.example/gone", "404", b"<html>gone</html>"),
        ],
        compress=compress,
    )
    name = "crawl.warc.gz" if compress else "crawl.warc"
    (tmp_path / name).write_bytes(data)
    raws, errors = _split(iter_articles([tmp_path / name]))
    assert [r.url for r in raws] == ["https://news.example/council", "https://news.example/harbour"]
    assert [r.source for r in raws] == [f"{tmp_path / name}!https://news.example/{p}" for p in ("council", "harbour")]
    assert len(errors) == 2  # 4 responses = 2 articles + 2 named (the warcinfo and requests hold no page)
    assert "not an HTML page (image/png)" in errors[0].error
    assert "404" in errors[1].error


def test_broken_web_archive_is_named(tmp_path):
    (tmp_path / "bad.warc.gz").write_bytes(gz(b"this is no archive at all"))
    raws, errors = _split(iter_articles([tmp_path / "bad.warc.gz"]))
    assert raws == [] and len(errors) == 1 and "web archive" in errors[0].error


# -- URL lists ---------------------------------------------------------------------------------------


def test_url_list_lines_and_what_is_a_url():
    assert parse_url_lines("# my list\nhttps://a.example/1\n\n  https://b.example/2  \nhttps://a.example/1\n") == [
        "https://a.example/1",
        "https://b.example/2",
    ]
    assert is_url("https://a.example/x") and is_url("file:///etc/passwd")
    assert not is_url("folder/page.html") and not is_url("C:\\news\\page.html")


# -- addresses refused before any connection ----------------------------------------------------------


def _no_connection(*_args, **_kwargs):
    raise AssertionError("the fetcher connected where it should have refused first")


@pytest.mark.parametrize(
    "address", ["10.0.0.5", "192.168.1.20", "172.16.3.4", "127.0.0.1", "169.254.169.254", "::1", "fe80::1", "0.0.0.0"]
)
def test_private_addresses_refused_before_connecting(monkeypatch, address):
    fetcher = Fetcher(FetchPolicy(allow_private=False), resolver=lambda host, port: [address])
    monkeypatch.setattr(Fetcher, "_get", _no_connection)
    with pytest.raises(FetchError, match="private, loopback or link-local"):
        fetcher.fetch("http://intranet.example/story")


def test_a_host_with_one_private_address_among_public_ones_is_refused(monkeypatch):
    fetcher = Fetcher(FetchPolicy(allow_private=False), resolver=lambda host, port: ["93.184.215.14", "10.1.1.1"])
    monkeypatch.setattr(Fetcher, "_get", _no_connection)
    with pytest.raises(FetchError, match=r"10\.1\.1\.1"):
        fetcher.fetch("https://mixed.example/")


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.org/a", "javascript:alert(1)", "gopher://x/"])
def test_only_http_and_https(monkeypatch, url):
    fetcher = Fetcher(resolver=_no_connection)
    monkeypatch.setattr(Fetcher, "_get", _no_connection)
    with pytest.raises(FetchError, match="only http and https"):
        fetcher.fetch(url)


def test_public_address_check():
    assert is_public("93.184.215.14") and is_public("2606:2800:220:1::1")
    assert not any(map(is_public, ["10.0.0.1", "127.0.0.1", "169.254.1.1", "::ffff:127.0.0.1", "224.0.0.1"]))


# -- fetching from a local server (127.0.0.1 only) -----------------------------------------------------

_REAL_FETCH = Fetcher.fetch


def _serve_feed_as(monkeypatch, feed_page) -> None:
    """The fetcher answers the feed's address with ``feed_page`` and fetches everything else for real."""

    def fetch(self, url, private_ok=None):
        return feed_page if url.endswith("feed.xml") else _REAL_FETCH(self, url, private_ok)

    monkeypatch.setattr(Fetcher, "fetch", fetch)


LOCAL = FetchPolicy(allow_private=True, timeout=3.0, max_bytes=2 * 2**20, max_redirects=4)


def _local(resolver=None) -> Fetcher:
    return Fetcher(LOCAL, resolver=resolver or (lambda host, port: ["127.0.0.1"]))


def test_feed_expands_to_its_two_pages_and_counts_add_up(monkeypatch):
    routes = {"/council": (COUNCIL, "text/html; charset=utf-8"), "/harbour": (HARBOUR, "text/html")}
    with loopback_only(monkeypatch), serve(routes) as (base, seen):
        # One absolute link, one relative to the feed's address.
        routes["/feed.xml"] = (rss([f"{base}/council", "/harbour"]), "application/rss+xml")
        items = list(read_urls([f"{base}/feed.xml", f"{base}/missing"], _local()))
    raws, errors = _split(items)
    assert [r.title for r in raws] == ["Council backs bigger bus network", "Sea wall changes the tide, fishermen say"]
    assert raws[1].url == f"{base}/harbour"  # the page names no address of its own: where it was found
    assert raws[1].source == f"{base}/feed.xml -> {base}/harbour"
    assert [(e.source, e.error) for e in errors] == [(f"{base}/missing", "HTTP 404 Not Found")]
    assert all(s["user_agent"].startswith("NewsLens/") for s in seen)


def test_a_rerun_fetches_nothing_already_read_unless_asked(monkeypatch, tmp_path):
    records = PageRecords(tmp_path)
    with loopback_only(monkeypatch), serve({"/council": (COUNCIL, "text/html")}) as (base, seen):
        first = list(read_urls([f"{base}/council"], _local(), records))
        again = list(read_urls([f"{base}/council"], _local(), records))
        assert len(seen) == 1
        forced = list(read_urls([f"{base}/council"], _local(), records, refetch=True))
        assert len(seen) == 2
    assert first[0].id == again[0].id == forced[0].id


def test_not_html_dead_host_and_a_page_that_is_no_article(monkeypatch):
    routes = {
        "/data.json": (b'{"a": 1}', "application/json"),
        "/menu": (b"<html><body><nav>Home</nav></body></html>", "text/html"),
    }
    with loopback_only(monkeypatch), serve(routes) as (base, _):
        items = list(read_urls([f"{base}/data.json", f"{base}/menu", "http://127.0.0.1:9/closed"], _local()))
    assert all(isinstance(i, InputError) for i in items)
    reasons = [i.error for i in items]
    assert "not an HTML page or a feed (application/json)" in reasons[0]
    assert "no article text" in reasons[1]
    assert "connection failed" in reasons[2]


def test_dns_failure_named():
    def resolver(host, port):
        raise FetchError(f"the host name {host} could not be resolved (Name or service not known)")

    (item,) = read_urls(["https://no-such-host.example/"], Fetcher(resolver=resolver))
    assert isinstance(item, InputError) and "could not be resolved" in item.error


def test_hostile_servers_each_refused_with_a_reason(monkeypatch):
    routes = {
        "/slow": never_finishes,
        "/huge": huge,
        "/huge-claimed": huge_claimed,
        "/loop-a": redirect("/loop-b"),
        "/loop-b": redirect("/loop-a"),
        "/chain": redirect("/chain2"),
        "/chain2": redirect("/council"),
        "/council": (COUNCIL, "text/html"),
    }
    with loopback_only(monkeypatch), serve(routes) as (base, _):
        fetcher = _local()
        with pytest.raises(FetchError, match="timed out"):
            fetcher.fetch(f"{base}/slow")
        with pytest.raises(FetchError, match="too large: more than 2 MB"):
            fetcher.fetch(f"{base}/huge")
        with pytest.raises(FetchError, match="too large: the server says 1,024 MB"):
            fetcher.fetch(f"{base}/huge-claimed")
        with pytest.raises(FetchError, match="redirect loop"):
            fetcher.fetch(f"{base}/loop-a")
        assert fetcher.fetch(f"{base}/chain").final_url == f"{base}/council"


def test_a_gzip_bomb_over_http_stops_at_the_cap(monkeypatch):
    body = gz(b"<html><body>" + b"<p>x</p>" * (8 * 2**20 // 8) + b"</body></html>")

    def route(handler):
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html")
        handler.send_header("Content-Encoding", "gzip")
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)

    with loopback_only(monkeypatch), serve({"/bomb": route}) as (base, _), pytest.raises(FetchError, match="too large"):
        _local().fetch(f"{base}/bomb")


def test_feed_links_to_files_and_private_addresses_are_refused(monkeypatch):
    """A feed served from a 'public' host (a stub resolver says so) links to file:// and to a private
    address: both refused with a reason, and nothing connects anywhere but the feed's server."""

    def resolver(host, port):
        return {"news.example": ["93.184.215.14"], "intranet.example": ["10.0.0.7"]}.get(host, ["127.0.0.1"])

    feed = rss(["file:///etc/passwd", "http://intranet.example/secret", "http://169.254.169.254/latest/meta-data"])
    with loopback_only(monkeypatch) as attempts, serve({"/feed.xml": (feed, "application/rss+xml")}) as (base, _):
        fetcher = Fetcher(FetchPolicy(allow_private=True, timeout=3.0), resolver=resolver)
        # Served from 127.0.0.1, but make the fetcher believe the feed came from a public address.
        page_ = replace(fetcher.fetch(f"{base}/feed.xml"), public=True)
        _serve_feed_as(monkeypatch, page_)
        items = list(read_urls(["https://news.example/feed.xml"], fetcher))
    assert set(attempts) == {"127.0.0.1"}
    assert all(isinstance(i, InputError) for i in items) and len(items) == 3
    assert "only http and https" in items[0].error
    assert "reached from a page on a public address: refused" in items[1].error
    assert "private, loopback or link-local" in items[2].error


def test_private_addresses_refused_by_default_policy_through_a_feed(monkeypatch):
    """The dashboard's policy (no private addresses): a local feed's links to private hosts are refused."""
    feed = rss(["http://intranet.example/secret", "http://192.168.0.1/admin"])
    with loopback_only(monkeypatch) as attempts, serve({"/feed.xml": (feed, "application/rss+xml")}) as (base, _):
        fetcher = Fetcher(FetchPolicy(allow_private=False), resolver=lambda host, port: ["10.0.0.9"])
        page_ = _local().fetch(f"{base}/feed.xml")
        _serve_feed_as(monkeypatch, page_)
        items = list(read_urls([f"{base}/feed.xml"], fetcher))
    assert len(items) == 2 and all(isinstance(i, InputError) and "refused" in i.error for i in items)
    assert set(attempts) == {"127.0.0.1"}


def test_a_title_case_headline_is_never_taken_for_topic_tags():
    from analysis.inputs.layout import parse_layout

    standfirst = "Residents of the northern districts get new routes from the spring"  # no full stop
    raw = read_html("p", page("Council Backs Bus Plan", [standfirst, *PARAS["council"]]))
    assert raw.text.startswith("Council Backs Bus Plan\n\n" + standfirst)
    layout = parse_layout(raw.text, raw.title)
    assert layout.title == "Council Backs Bus Plan" and layout.topics == []
    assert parse_layout(raw.text).topics == ["Council", "Backs", "Bus", "Plan"]  # what it would be without


def test_the_python_api_reads_a_page_and_analyses_it():
    from analysis import analyze
    from analysis import read_html as api_read_html

    article = analyze(api_read_html("council.html", COUNCIL))
    assert article.title == "Council backs bigger bus network"
    assert article.authors == ["Sam Reporter"] and article.language == "en"
    assert any(q.speaker == "Jo Park" for q in article.quotes)
