"""``newslens analyze`` on web pages, archives, feeds and addresses, as a user runs it (a subprocess),
against a server on 127.0.0.1: counts that add up, authors and language in the JSON, and a re-run
that fetches nothing it has read."""

from __future__ import annotations

import json

import pytest

from tests.test_cli import _run
from tests.webpages import FRENCH, PARAS, page, rss, serve, warc_bytes

COUNCIL = page("Council backs bigger bus network", PARAS["council"])
HARBOUR = page("Sea wall changes the tide, fishermen say", PARAS["harbour"], author="Kim Tan; Lee Roe")
FRENCH_PAGE = page("Le conseil vote pour le bus", FRENCH, lang="fr")


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("webcli")
    (tmp / "pages").mkdir()
    (tmp / "pages" / "council.html").write_bytes(COUNCIL)
    (tmp / "pages" / "crawl.warc.gz").write_bytes(
        warc_bytes([("https://news.example/h", "text/html", HARBOUR), ("https://news.example/s.css", "text/css", b"")])
    )
    routes = {"/council": (COUNCIL, "text/html"), "/harbour": (HARBOUR, "text/html"), "/fr": (FRENCH_PAGE, "text/html")}
    with serve(routes) as (base, seen):
        routes["/feed.xml"] = (rss([f"{base}/council", f"{base}/harbour"]), "application/rss+xml")
        (tmp / "urls.txt").write_text(f"# today's links\n{base}/fr\n{base}/dead\n\nfile:///etc/passwd\n")
        args = ("analyze", tmp / "pages", f"{base}/feed.xml", "--urls", tmp / "urls.txt", "--no-progress")
        first = _run(*args, "-o", tmp / "1.json", tmp_path=tmp)
        n_first = len(seen)
        second = _run(*args, "-o", tmp / "2.json", tmp_path=tmp)
        n_second = len(seen) - n_first
        third = _run(*args, "--refetch", "-o", tmp / "3.json", tmp_path=tmp)
        n_third = len(seen) - n_first - n_second
    out = [json.loads((tmp / f"{i}.json").read_text("utf-8")) for i in (1, 2, 3)]
    return base, [first, second, third], out, [n_first, n_second, n_third], tmp


def test_every_input_analysed_or_named_and_counts_add_up(runs):
    base, procs, out, _, tmp = runs
    assert procs[0].returncode == 2, procs[0].stderr  # some inputs could not be read: exit 2
    data = out[0]
    errors = {e["source"]: e["error"] for e in data["errors"]}
    assert errors[f"{base}/dead"] == "HTTP 404 Not Found"
    assert "only http and https" in errors["file:///etc/passwd"]
    assert "not an HTML page (text/css)" in errors[f"{tmp / 'pages' / 'crawl.warc.gz'}!https://news.example/s.css"]
    # The folder's council.html and the archive's harbour page hold the same texts as the feed's two
    # pages: each analysed once, counted once (2 duplicates).
    s = data["summary"]
    assert s["inputs"] == s["analysed"] + s["duplicates"] + s["rejected"]
    assert (s["inputs"], s["analysed"], s["duplicates"], s["rejected"]) == (8, 3, 2, 3)
    by_title = {a["title"]: a for a in data["articles"]}
    assert by_title["Sea wall changes the tide, fishermen say"]["authors"] == ["Kim Tan", "Lee Roe"]
    assert by_title["Council backs bigger bus network"]["language"] == "en"


def test_the_page_not_in_english_is_flagged_plainly(runs):
    _, procs, out, _, _ = runs
    fr = next(a for a in out[0]["articles"] if a["language"] == "fr")
    assert any("not in English" in w for w in fr["warnings"])
    assert "1 article not in English (French 1)" in procs[0].stderr


def test_a_rerun_fetches_no_page_it_has_read_and_analyses_nothing_new(runs):
    _, procs, out, requests, _ = runs
    assert requests[0] == 5  # the feed, its two pages, the French page, the dead link
    assert requests[1] == 2  # the feed again (feeds change) and the dead link; no page
    assert out[1]["summary"]["from_cache"] == out[1]["summary"]["analysed"] == 3
    assert requests[2] == 5  # --refetch: every page again
    assert [a["id"] for a in out[2]["articles"]] == [a["id"] for a in out[0]["articles"]]


def test_nothing_to_analyse_is_a_usage_error(tmp_path):
    proc = _run("analyze", "--no-progress", tmp_path=tmp_path)
    assert proc.returncode == 1 and "nothing to analyse" in proc.stderr
