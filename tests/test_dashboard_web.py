"""Web pages in the dashboard (AppTest): pages and a web archive from the data folder with their
authors and language; an article not in English left out (and said so) unless ticked in; pasted
addresses fetched from 127.0.0.1 only when private addresses are allowed, refused with a reason
(and no request made) by default."""

from __future__ import annotations

import os

import pytest

from dashboard import datafolder
from tests.apptest import frame, run_app
from tests.webpages import FRENCH, PARAS, page, serve, warc_bytes

COUNCIL = page("Council backs bigger bus network", PARAS["council"], author="Sam Reporter")
HARBOUR = page("Sea wall changes the tide, fishermen say", PARAS["harbour"], author="Kim Tan; Lee Roe")
FRENCH_PAGE = page("Le conseil vote pour le bus", FRENCH, lang="fr", author="Jean Dupont")


@pytest.fixture(scope="module", autouse=True)
def web_data(tmp_path_factory):
    root = tmp_path_factory.mktemp("data")
    (root / "web").mkdir()
    (root / "web" / "council.html").write_bytes(COUNCIL)
    (root / "web" / "fr.html").write_bytes(FRENCH_PAGE)
    (root / "web" / "crawl.warc.gz").write_bytes(warc_bytes([("https://news.example/harbour", "text/html", HARBOUR)]))
    keys = ("NEWSLENS_CACHE_DIR", datafolder.ENV_VAR, "NEWSLENS_ALLOW_PRIVATE_URLS")
    old = {k: os.environ.get(k) for k in keys}
    os.environ["NEWSLENS_CACHE_DIR"] = str(tmp_path_factory.mktemp("store"))
    os.environ[datafolder.ENV_VAR] = str(root)
    os.environ.pop("NEWSLENS_ALLOW_PRIVATE_URLS", None)
    yield root
    for k, v in old.items():
        if v is None:
            os.environ.pop(k, None)
        else:
            os.environ[k] = v


def _notice(at) -> str:
    return " ".join(str(w.value) for w in at.main.warning)


def test_pages_with_authors_and_language_and_the_french_one_left_out():
    at = run_app(view="Articles", src_seed=False, src_folder="web")
    rows = frame(at, "tbl_articles")
    assert sorted(rows["title"]) == ["Council backs bigger bus network", "Sea wall changes the tide, fishermen say"]
    assert {tuple(a) for a in rows["authors"]} == {("Sam Reporter",), ("Kim Tan", "Lee Roe")}
    assert set(rows["language"]) == {"en"}
    note = _notice(at)
    assert "1 article not in English (French 1)" in note and "left out of every view" in note


def test_the_article_not_in_english_comes_in_flagged_when_ticked():
    at = run_app(view="Articles", src_seed=False, src_folder="web", f_other_languages=True)
    rows = frame(at, "tbl_articles")
    assert len(rows) == 3 and "fr" in set(rows["language"])
    assert "included in the views below" in _notice(at)


def test_authors_filter_keeps_their_articles():
    at = run_app(view="Articles", src_seed=False, src_folder="web", f_authors=["Lee Roe"])
    rows = frame(at, "tbl_articles")
    assert list(rows["title"]) == ["Sea wall changes the tide, fishermen say"]


def test_pasted_local_addresses_refused_on_the_server_by_default():
    with serve({"/council": (COUNCIL, "text/html")}) as (base, seen):
        at = run_app(view="Articles", src_seed=False, src_urls=f"{base}/council")
    assert seen == []  # refused before any connection
    warning = " ".join(str(h.proto.body) for h in at.get("html"))
    assert "private, loopback or link-local" in warning and "NEWSLENS_ALLOW_PRIVATE_URLS" in warning


def test_pasted_addresses_fetched_when_private_addresses_are_allowed(monkeypatch):
    monkeypatch.setenv("NEWSLENS_ALLOW_PRIVATE_URLS", "1")
    with serve({"/harbour": (HARBOUR, "text/html")}) as (base, seen):
        at = run_app(view="Articles", src_seed=False, src_urls=f"# mine\n{base}/harbour\n")
    rows = frame(at, "tbl_articles")
    assert list(rows["title"]) == ["Sea wall changes the tide, fishermen say"]
    assert list(rows["url"]) == [f"{base}/harbour"]
    assert len(seen) == 1


def test_clear_all_filters_clears_the_authors_filter_too():
    at = run_app(view="Articles", src_seed=False, src_folder="web", f_authors=["Lee Roe"])
    assert len(frame(at, "tbl_articles")) == 1
    at.button(key="clear_sidebar").click().run()
    assert not at.exception
    assert len(frame(at, "tbl_articles")) == 2
