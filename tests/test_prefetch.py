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


def test_a_page_waiting_for_its_analysis_shows_where_the_charts_will_be_until_they_are_drawn(empty_store, monkeypatch):
    """Before an analysis that is not in memory, the page draws an empty chart (so the browser starts
    Plotly's code meanwhile); the chart is gone once the analysis is ready. A rerun of a loaded set
    draws none."""
    from dashboard import ui

    events = []
    real_chart, real_analyse = ui.waiting_chart, loading._analyse

    def chart():
        events.append("waiting chart")
        return real_chart()

    def analyse(*args, **kwargs):
        events.append("analysis")
        return real_analyse(*args, **kwargs)

    monkeypatch.setattr(ui, "waiting_chart", chart)
    monkeypatch.setattr(loading, "_analyse", analyse)
    at = run_app(view="Overview")
    assert events == ["waiting chart", "analysis"]
    titles = [c.proto.spec for c in at.get("plotly_chart")]
    assert titles and not any("appear here" in spec for spec in titles)
    assert {m.label: m.value for m in at.metric}["Quotes"] == "16"

    at.run()  # the same set, now in memory
    assert events == ["waiting chart", "analysis"]
