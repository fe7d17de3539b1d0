"""The corpus run: cache hits and invalidation, duplicates, failures isolated, parallel = serial."""

from __future__ import annotations

import pytest

from analysis import pipeline
from analysis.corpus import runner
from analysis.corpus.store import Store
from analysis.corpus.tables import to_articles
from analysis.doc.chunks import cut_points
from analysis.inputs.raw import RawArticle
from analysis.records import InputError

TEXTS = [
    "Mayor backs tram plan\n\nMayor Anna Berg said the tram would open in May. “It will change the city,” Berg said.",
    "Strike closes port\n\nDock workers walked out on Monday. The union said talks had failed.",
    "Rain delays final\n\nThe final at Wembley was delayed by rain, officials said.",
]


def _raws(texts=TEXTS):
    return [RawArticle(source=f"a{i}.txt", text=t, topics=["local"]) for i, t in enumerate(texts)]


def test_cache_hits_and_changed_articles(tmp_path):
    store = Store(tmp_path)
    t1, r1 = runner.run(_raws(), store, n_process=1)
    assert (r1.analysed, r1.cached) == (3, 0)
    t2, r2 = runner.run(_raws(), store, n_process=1)
    assert (r2.analysed, r2.cached) == (0, 3)
    assert to_articles(t1) == to_articles(t2)
    changed = [*TEXTS[:2], TEXTS[2].replace("rain", "snow")]
    _, r3 = runner.run(_raws(changed), store, n_process=1)
    assert (r3.analysed, r3.cached) == (1, 2)


def test_a_new_analysis_version_analyses_again(tmp_path, monkeypatch):
    runner.run(_raws(), Store(tmp_path), n_process=1)
    from analysis.corpus import cache_key

    monkeypatch.setattr(cache_key, "analysis_version", lambda: "another-version")
    _, report = runner.run(_raws(), Store(tmp_path), n_process=1)
    assert (report.analysed, report.cached) == (3, 0)


def test_metadata_comes_from_this_run_not_the_cached_one(tmp_path):
    store = Store(tmp_path)
    runner.run(_raws(), store, n_process=1)
    moved = [RawArticle(source=f"moved/{i}.txt", text=t, topics=["elsewhere"]) for i, t in enumerate(TEXTS)]
    tables, report = runner.run(moved, store, n_process=1)
    assert report.cached == 3
    assert list(tables.articles["source"]) == ["moved/0.txt", "moved/1.txt", "moved/2.txt"]
    assert all(list(t) == ["elsewhere"] for t in tables.articles["topics"])


def test_duplicates_and_errors_are_counted_once_each():
    items = [*_raws(), RawArticle(source="copy.txt", text=TEXTS[0]), InputError("bad.bin", "binary file")]
    tables, report = runner.run(items, None, n_process=1)
    assert (report.inputs, report.analysed, report.duplicates, report.rejected) == (5, 3, 1, 1)
    assert report.inputs == report.analysed + report.cached + report.duplicates + report.rejected
    assert report.duplicate_of == {"copy.txt": "a0.txt"}
    assert len(tables.articles) == 3


def test_an_article_that_breaks_the_analysis_is_reported_and_the_rest_analysed(monkeypatch):
    real = pipeline.analyze_doc

    def flaky(raw, layout, doc, *args, **kwargs):
        if "Strike" in raw.text:
            raise RuntimeError("boom")
        return real(raw, layout, doc, *args, **kwargs)

    monkeypatch.setattr(pipeline, "analyze_doc", flaky)
    tables, report = runner.run(_raws(), None, n_process=1, batch_size=8)
    assert report.analysed == 2 and report.rejected == 1
    assert report.errors[0].source == "a1.txt" and "RuntimeError: boom" in report.errors[0].error
    assert sorted(tables.articles["source"]) == ["a0.txt", "a2.txt"]


def test_parallel_workers_give_the_same_tables_as_one_process(tmp_path):
    serial, _ = runner.run(_raws(), None, n_process=1)
    parallel, report = runner.run(_raws(), Store(tmp_path), n_process=2, batch_size=1)
    assert report.analysed == 3
    key = lambda a: a.id  # noqa: E731
    assert sorted(to_articles(serial), key=key) == sorted(to_articles(parallel), key=key)


@pytest.mark.parametrize("size", [10, 1000, 250_000])
def test_cut_points_cover_the_text_in_bounded_parts(size):
    text = ("Para one. Sentence two.\n\n" * (size // 25 + 1))[:size]
    starts = cut_points(text, max_chars=1000)
    ends = [*starts[1:], len(text)]
    assert starts[0] == 0 and all(0 < b - a <= 1000 for a, b in zip(starts, ends, strict=True))
    assert all(text[s - 2 : s] == "\n\n" for s in starts[1:])  # cut at paragraph breaks


def test_a_long_article_is_analysed_in_parts_with_whole_article_offsets(monkeypatch):
    import analysis.doc.chunks

    monkeypatch.setattr(analysis.doc.chunks, "MAX_CHARS", 400)
    para = "Paragraph {}: Mayor Anna Berg said the tram would open. “It works,” Berg said."
    body = "\n\n".join(para.format(i) for i in range(12))
    raw = RawArticle(source="long.txt", text="Long headline\n\n" + body)
    art = pipeline.analyze(raw)
    assert any("analysed in" in w for w in art.warnings)
    for rec in (*art.sentences, *art.mentions, *art.quotes):
        assert raw.text[rec.start : rec.end] == rec.text
    assert [s.index for s in art.sentences] == list(range(len(art.sentences)))
    assert sum(q.kind == "direct" for q in art.quotes) == 12
    assert sum(e.count for e in art.entities if e.name.endswith("Berg")) == 24


def test_loading_no_articles_from_a_filled_store(tmp_path):
    store = Store(tmp_path)
    runner.run(_raws(), store, n_process=1)
    assert all(df.empty for _, df in store.load([]).items())


def test_a_half_written_part_left_by_a_killed_worker_is_not_read(tmp_path):
    store = Store(tmp_path)
    t1, _ = runner.run(_raws(), store, n_process=1)
    for table in ("articles", "mentions"):
        (store.root / table / ".tmp-0123abcd.parquet").write_bytes(b"PAR1 half a file")
    t2, r2 = runner.run(_raws(), store, n_process=1)
    assert (r2.analysed, r2.cached) == (0, 3)
    assert to_articles(t1) == to_articles(t2)


def test_the_store_reads_back_the_frames_pandas_would_give(tmp_path):
    """``Store.load`` builds its frames from Arrow column by column: the same dtypes and Python
    values as DuckDB's own pandas conversion followed by ``normalise`` (the earlier reader)."""
    import duckdb

    from analysis.corpus.tables import TABLE_NAMES, normalise

    store = Store(tmp_path)
    runner.run(_raws(), store, n_process=1)
    loaded = store.load()
    for name in TABLE_NAMES:
        frame = getattr(loaded, name)
        ref = normalise(
            name,
            duckdb.sql(
                f"SELECT * EXCLUDE (file_row_number) FROM read_parquet('{store._glob(name)}', file_row_number=true, "
                "union_by_name=true) ORDER BY article_id, file_row_number"
            ).df(),
        )
        assert list(frame.columns) == list(ref.columns), name
        for col in ref.columns:
            assert frame[col].dtype == ref[col].dtype, (name, col)
            assert frame[col].tolist() == ref[col].tolist() or frame[col].equals(ref[col]), (name, col)
            assert [type(v) for v in frame[col]] == [type(v) for v in ref[col]], (name, col)


def test_arrow_batch_gives_the_tables_pandas_would_give(seed_article):
    """``arrow_batch`` builds each batch's Arrow tables from the records without pandas: the same
    tables as the records through ``to_tables`` and ``to_arrow``, a NaN and a None alike missing."""
    from dataclasses import replace

    from analysis.corpus.tables import TABLE_NAMES, arrow_batch, to_arrow, to_tables

    others = [pipeline.analyze(r) for r in _raws()]
    odd = replace(
        others[0],
        entities=[replace(e, polarity=float("nan"), aliases=tuple(e.aliases)) for e in others[0].entities],
        mentions=[replace(m, sentiment_scores=None) for m in others[0].mentions],
    )
    for batch in ([], [seed_article], [seed_article, *others], [odd, others[1]]):
        direct, via_pandas = arrow_batch(batch), to_arrow(to_tables(batch))
        for name in TABLE_NAMES:
            assert direct[name].equals(via_pandas[name]), name
    assert direct["entities"].column("polarity").null_count == len(odd.entities)


def test_batches_that_fail_whole_store_nothing(tmp_path, monkeypatch):
    real = pipeline.analyze_doc

    def flaky(raw, layout, doc, *args, **kwargs):
        if "Rain" not in raw.text or fail_all:
            raise RuntimeError("boom")
        return real(raw, layout, doc, *args, **kwargs)

    monkeypatch.setattr(pipeline, "analyze_doc", flaky)
    store, fail_all = Store(tmp_path), True
    tables, report = runner.run(_raws(), store, n_process=1, batch_size=2)
    assert (report.analysed, report.rejected) == (0, 3) and tables.articles.empty
    assert list(store.root.glob("*/part-*.parquet")) == []  # no empty part files
    fail_all = False  # a first batch that fails whole, then one that is stored
    tables, report = runner.run(_raws(), store, n_process=1, batch_size=2)
    assert (report.analysed, report.rejected) == (1, 2)
    assert list(tables.articles["source"]) == ["a2.txt"]
    assert store.known_ids() == {_raws()[2].id}
    assert len(list(store.root.glob("articles/part-*.parquet"))) == 1


def test_a_run_of_only_rejected_inputs_with_a_store_reports_them(tmp_path):
    """Nothing to analyse, a store beside it: the report, empty tables, no crash in the result cache."""
    tables, report = runner.run([InputError("x.bin", "binary data")], Store(tmp_path), n_process=1)
    assert report.counts()["rejected"] == 1 and tables.articles.empty
    assert report.errors[0].source == "x.bin"


def test_fresh_and_stored_tables_have_one_dtype_per_column(tmp_path, seed_article):
    """A view must not see floats where a fresh analysis is read back as nullable integers: the
    tables of a fresh analysis and the same articles from the store agree column by column."""
    from analysis.corpus.store import Store as _Store
    from analysis.corpus.tables import TABLE_NAMES, arrow_batch, to_tables

    articles = [seed_article, *(pipeline.analyze(r) for r in _raws())]
    store = _Store(tmp_path)
    store.write_arrow(arrow_batch(articles))
    fresh, stored = to_tables(articles), store.load()
    for name in TABLE_NAMES:
        a, b = getattr(fresh, name), getattr(stored, name)
        assert list(a.columns) == list(b.columns), name
        assert {c: str(t) for c, t in a.dtypes.items()} == {c: str(t) for c, t in b.dtypes.items()}, name
    assert str(fresh.speakers["role_start"].dtype) == "Int64"
    # and when nothing is there: the same dtypes as no rows read back from the store
    empty_fresh, empty_stored = to_tables([]), store.load([])
    for name in TABLE_NAMES:
        a, b = getattr(empty_fresh, name), getattr(empty_stored, name)
        assert a.empty and b.empty, name
        assert {c: str(t) for c, t in a.dtypes.items()} == {c: str(t) for c, t in b.dtypes.items()}, name
    assert str(empty_fresh.sentences["polarity"].dtype) == "float64"
