"""The server's prefetch of the first page (``dashboard/prefetch.py``): it analyses the bundled seed
with the options a first visit has, and the page then finds that analysis instead of making its own."""

from __future__ import annotations

import threading

import pytest

from analysis.corpus.store import Store
from dashboard import loading, prefetch
from tests.apptest import run_app


@pytest.fixture
def empty_store(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSLENS_CACHE_DIR", str(tmp_path / "store"))
    loading.clear_cache()
    yield tmp_path / "store"
    loading.clear_cache()


def test_the_page_finds_the_prefetched_seed_and_analyses_nothing(empty_store, monkeypatch):
    prefetch.start().join()
    assert len(loading._memo) == 1
    ((key, loaded),) = loading._memo.items()
    assert loaded.report.analysed == 1 and len(loaded.tables.articles) == 1
    assert len(Store(empty_store).known_ids()) == 1  # stored too, for the next start

    def no_second_analysis(*args, **kwargs):
        raise AssertionError("the page analysed again")

    monkeypatch.setattr(loading, "_analyse", no_second_analysis)
    at = run_app(view="Overview")
    assert list(loading._memo) == [key]  # the page asked for the same set, options and columns
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Entities"] == "13" and metrics["Quotes"] == "16"


def test_a_page_asking_while_the_prefetch_runs_waits_for_it(empty_store, monkeypatch):
    """Two loads of the same set at once analyse it once: the second waits on the analysis lock and
    then finds the first one's result (the page opened while the server still prefetches)."""
    calls = []
    real = loading._analyse
    started = threading.Event()

    def counted(*args, **kwargs):
        calls.append(1)
        started.set()
        return real(*args, **kwargs)

    monkeypatch.setattr(loading, "_analyse", counted)
    thread = prefetch.start()
    assert started.wait(timeout=120)
    at = run_app(view="Overview")
    thread.join()
    assert calls == [1]
    assert {m.label: m.value for m in at.metric}["Speakers"] == "3"


def test_a_failing_prefetch_leaves_the_error_to_the_page(empty_store, monkeypatch):
    def broken(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(loading, "_analyse", broken)
    prefetch.start().join()  # logged, not raised in the server's thread
    assert not loading._memo
