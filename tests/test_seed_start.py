"""A first start with an empty analysis store: the bundled seed analysed in a second process
(``dashboard.seed``), so the page's own imports and the model load run side by side (issue 14)."""

from __future__ import annotations

import pytest

from analysis.corpus.cache_key import has_stored_articles
from analysis.corpus.store import Store
from dashboard import seed


@pytest.fixture
def fresh(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSLENS_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(seed, "_started", False)
    monkeypatch.setattr(seed, "_running", None)
    return Store(tmp_path)


def test_an_empty_store_gets_the_seed_from_a_second_process_once(fresh):
    assert not has_stored_articles(fresh.root)
    assert seed.start_analysis()
    assert not seed.start_analysis()  # once per process
    seed.wait_for_analysis()
    assert has_stored_articles(fresh.root)
    tables = fresh.load()
    assert tables.articles["source"].tolist() == [f"seeds/{p.name}" for p in seed.seed_files()]
    assert "Shafqat Ali Khan" in set(tables.quotes["speaker"])
    seed.wait_for_analysis()  # nothing left to wait for


def test_a_store_with_articles_starts_nothing(fresh):
    from analysis.corpus import runner
    from analysis.inputs.raw import RawArticle

    runner.run([RawArticle(source="a.txt", text="Rain\n\nIt rained in Leeds, officials said.")], fresh, n_process=1)
    assert not seed.start_analysis()
    assert seed._running is None
