"""The results cache: a warm re-run of a corpus reads its finished tables back (the same frames, the
same output bytes) and never serves a stale result when the metadata, the edits or the corpus change."""

from __future__ import annotations

import json
import shutil

import pytest

from analysis import cli
from analysis.corpus import exports, identity, results, runner
from analysis.corpus.identity import Override
from analysis.corpus.store import Store
from analysis.corpus.tables import TABLE_NAMES
from analysis.inputs.raw import RawArticle

TEXTS = [
    "Mayor backs tram plan\n\nMayor Anna Berg said the tram would open in May. “It will change the city,” Berg said.",
    "Strike closes port\n\nDock workers walked out on Monday in Hull. The union said talks had failed.",
    "Rain delays final\n\nThe final at Wembley was delayed by rain, officials said. Anna Berg was there.",
]


def _raws(texts=TEXTS, topic="local"):
    return [RawArticle(source=f"a{i}.txt", text=t, topics=[topic]) for i, t in enumerate(texts)]


def _same_frames(a, b):
    for name in TABLE_NAMES:
        fa, fb = getattr(a, name), getattr(b, name)
        assert list(fa.columns) == list(fb.columns), name
        for col in fa.columns:
            assert fa[col].dtype == fb[col].dtype, (name, col)
            assert fa[col].tolist() == fb[col].tolist() or fa[col].equals(fb[col]), (name, col)
            assert [type(v) for v in fa[col]] == [type(v) for v in fb[col]], (name, col)


def test_a_warm_run_reads_the_finished_tables_without_the_store(tmp_path, monkeypatch):
    store = Store(tmp_path)
    built, r1 = runner.run(_raws(), store, n_process=1)
    assert r1.result is not None and (r1.result / "done").exists()

    def no_store_read(*args, **kwargs):
        raise AssertionError("a warm run of the same corpus reads the results cache, not the store")

    monkeypatch.setattr(Store, "load", no_store_read)
    monkeypatch.setattr(runner, "identify", no_store_read)
    warm, r2 = runner.run(_raws(), Store(tmp_path), n_process=1)
    assert (r2.cached, r2.result) == (3, r1.result)
    _same_frames(built, warm)


def test_new_metadata_a_hand_edit_or_another_corpus_is_never_served_stale(tmp_path):
    store = Store(tmp_path)
    first, r1 = runner.run(_raws(), store, n_process=1)
    moved, r2 = runner.run(_raws(topic="elsewhere"), store, n_process=1)
    assert r2.result != r1.result and all(t == ["elsewhere"] for t in moved.articles["topics"])

    key = identity.corpus_key(first.articles["article_id"])
    identity.save_overrides(store.base, key, [Override("label", ("Hull",), "ORG")])
    edited, r3 = runner.run(_raws(), store, n_process=1)
    assert r3.result not in (r1.result, r2.result)
    assert set(edited.entities.loc[edited.entities["name"] == "Hull", "label"]) == {"ORG"}

    fewer, r4 = runner.run(_raws(TEXTS[:2]), store, n_process=1)
    assert len(fewer.articles) == 2 and r4.result not in (r1.result, r2.result, r3.result)


def test_a_broken_result_is_rebuilt(tmp_path):
    store = Store(tmp_path)
    built, r1 = runner.run(_raws(), store, n_process=1)
    results.table_file(r1.result, "mentions").write_bytes(b"not parquet")
    again, r2 = runner.run(_raws(), store, n_process=1)
    _same_frames(built, again)
    assert results.read(store, r2.result.name) is not None  # written again whole


def test_only_the_last_few_results_are_kept(tmp_path):
    store = Store(tmp_path)
    for i in range(results.KEEP + 2):
        runner.run(_raws(topic=f"t{i}"), store, n_process=1)
    assert len(list((store.root / "results").glob("*/done"))) == results.KEEP


@pytest.mark.parametrize("fmt", ["parquet", "csv"])
def test_table_files_are_the_same_bytes_built_or_from_the_cache(tmp_path, monkeypatch, fmt):
    monkeypatch.setenv("NEWSLENS_CACHE_DIR", str(tmp_path / "cache"))
    for i, text in enumerate(TEXTS):
        (tmp_path / f"{i}.txt").write_text(text.replace("It will", "=SUM(A1) It will"))
    args = ["analyze", *(str(tmp_path / f"{i}.txt") for i in range(3)), "--no-progress", "--format", fmt]
    assert cli.main([*args, "--no-cache", "--out-dir", str(tmp_path / "plain")]) == 0  # no store, no results cache
    assert cli.main([*args, "--out-dir", str(tmp_path / "cold")]) == 0  # analysed, results cached
    assert cli.main([*args, "--out-dir", str(tmp_path / "warm")]) == 0  # from the results cache
    names = sorted(p.name for p in (tmp_path / "plain").iterdir())
    assert len(names) == len(TABLE_NAMES) + 1  # and errors
    for name in names:
        plain = (tmp_path / "plain" / name).read_bytes()
        assert plain == (tmp_path / "cold" / name).read_bytes() == (tmp_path / "warm" / name).read_bytes(), name
    if fmt == "csv":
        assert b"'=SUM(A1)" in (tmp_path / "warm" / "quotes.csv").read_bytes()


def test_the_json_document_is_the_same_bytes_built_or_from_the_cache(tmp_path, monkeypatch):
    """The articles' part of the JSON document is encoded once per result and kept beside it; every
    run, with or without the cache, writes the same document, and its run report stays this run's."""
    monkeypatch.setenv("NEWSLENS_CACHE_DIR", str(tmp_path / "cache"))
    for i, text in enumerate([*TEXTS, TEXTS[0]]):  # the last a duplicate: the report lists it
        (tmp_path / f"{i}.txt").write_text(text)
    paths = [str(tmp_path / f"{i}.txt") for i in range(4)]
    outs = {}
    for run in ("plain", "cold", "warm"):
        extra = ["--no-cache"] if run == "plain" else []
        if run == "warm":  # the articles' part is read, not encoded again
            monkeypatch.setattr(exports, "article_dicts", lambda *a: pytest.fail("encoded again"))
        assert cli.main(["analyze", *paths, "--no-progress", *extra, "-o", str(tmp_path / f"{run}.json")]) == 0
        outs[run] = (tmp_path / f"{run}.json").read_bytes()
    # Byte for byte, but for the run report's count of articles found in the store.
    assert outs["plain"] == outs["cold"] == outs["warm"].replace(b'"from_cache": 3', b'"from_cache": 0')
    kept = list((tmp_path / "cache").rglob("articles.json.zst"))
    assert len(kept) == 1
    doc = json.loads(outs["warm"])
    assert len(doc["articles"]) == 3 and doc["duplicates"] == [{"source": paths[3], "same_as": paths[0]}]

    # The same corpus with one file fewer is another result; a damaged kept part is made again.
    kept[0].write_bytes(b"not zstd")
    monkeypatch.undo()
    monkeypatch.setenv("NEWSLENS_CACHE_DIR", str(tmp_path / "cache"))
    assert cli.main(["analyze", *paths, "--no-progress", "-o", str(tmp_path / "again.json")]) == 0
    assert (tmp_path / "again.json").read_bytes() == outs["warm"]
    assert cli.main(["analyze", *paths[:3], "--no-progress", "-o", str(tmp_path / "three.json")]) == 0
    three = json.loads((tmp_path / "three.json").read_bytes())
    assert len(three["articles"]) == 3 and three["duplicates"] == []


def test_a_corpus_analysed_in_this_run_is_finished_from_its_tables_as_if_read_from_the_store(tmp_path, monkeypatch):
    """A corpus analysed whole in this run is finished from the Arrow tables it stored, without
    reading the store back, to the same frames a later run gets from the store."""
    store = Store(tmp_path)
    with monkeypatch.context() as m:
        m.setattr(Store, "load", lambda *a, **k: pytest.fail("the store was read back"))
        built, report = runner.run(_raws(), store, n_process=2, batch_size=1)
    assert report.analysed == 3
    assert store.known_ids() == {r.id for r in _raws()}
    for folder in (store.root / "results").iterdir():  # no finished result: the next run reads the store
        shutil.rmtree(folder)
    reread, report = runner.run(_raws(), store, n_process=1)
    assert report.cached == 3
    _same_frames(built, reread)


def test_a_warm_parquet_or_csv_run_makes_no_frames_and_writes_the_same_files(tmp_path, monkeypatch):
    """A finished result's frames are made on first use (``ArrowTables``): a warm re-run to Parquet
    copies the result's files and one to CSV reads the CSV kept beside it, so neither makes a frame
    but the articles' (for their languages); the files are those of the run that made the result."""
    from analysis.corpus import tables as tables_module

    folder = tmp_path / "in"
    folder.mkdir()
    for i, text in enumerate(TEXTS):
        (folder / f"{i}.txt").write_text(text)
    monkeypatch.setenv("NEWSLENS_CACHE_DIR", str(tmp_path / "cache"))
    for fmt in ("parquet", "csv"):  # the first runs make the result, and its CSV
        assert (
            cli.main(["analyze", str(folder), "--no-progress", "--format", fmt, "--out-dir", str(tmp_path / fmt)]) == 0
        )
    made: list[str] = []
    real = tables_module._column_from_arrow
    monkeypatch.setattr(tables_module, "_column_from_arrow", lambda t, *a: made.append(t) or real(t, *a))
    for fmt in ("parquet", "csv"):
        out = tmp_path / f"warm-{fmt}"
        assert cli.main(["analyze", str(folder), "--no-progress", "--format", fmt, "--out-dir", str(out)]) == 0
        for f in (tmp_path / fmt).iterdir():
            assert (out / f.name).read_bytes() == f.read_bytes(), f.name
    assert set(made) <= {"articles"}


def test_arrow_tables_make_each_frame_once_as_from_arrow_does(tmp_path):
    from analysis.corpus.tables import ArrowTables, from_arrow_tables, to_arrow

    built, _ = runner.run(_raws(), Store(tmp_path), n_process=1)
    arrow = to_arrow(built)
    lazy = ArrowTables(arrow)
    assert "waiting" in repr(lazy) and not lazy._frames
    assert lazy.mentions is lazy.mentions
    _same_frames(from_arrow_tables(arrow), lazy)
    assert [name for name, _ in lazy.items()] == list(TABLE_NAMES)
