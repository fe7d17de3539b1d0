"""The corpus analysis on a Dask LocalCluster equals the local engine, even when a worker dies."""

from __future__ import annotations

import os
import signal

import pytest

from analysis.corpus import cluster, runner
from analysis.corpus.store import Store
from analysis.corpus.tables import to_articles
from analysis.inputs.files import iter_articles

pytest.importorskip("distributed", reason="the 'cluster' extra (dask, distributed) is not installed")

ARTICLES = {
    f"{topic}/{i:02d}.txt": f"{topic.title()} story {i}\n\nOfficials in Springfield said plan {i} would cost "
    f"${i} million. “We are ready,” said Mayor Ana Ruiz. Critics called it a waste.\n"
    for topic in ("local", "money")
    for i in range(6)
}


@pytest.fixture(scope="module")
def corpus_dir(tmp_path_factory):
    root = tmp_path_factory.mktemp("corpus")
    for name, text in ARTICLES.items():
        (root / name).parent.mkdir(exist_ok=True)
        (root / name).write_text(text)
    (root / "local" / "copy.txt").write_text(ARTICLES["local/00.txt"])  # a duplicate
    (root / "money" / "empty.txt").write_text("")  # a rejected input
    return root


@pytest.fixture(scope="module")
def client():
    c, local = cluster.connect(workers=2)
    yield c
    c.close()
    local.close()


@pytest.fixture(scope="module")
def local_result(corpus_dir, tmp_path_factory):
    return runner.run(iter_articles([corpus_dir]), Store(tmp_path_factory.mktemp("local")), n_process=1)


def _same_tables(a, b):
    for (name, x), (_, y) in zip(a.items(), b.items(), strict=True):
        x = x.sort_values(list(x.columns[:3])).reset_index(drop=True)
        y = y.sort_values(list(y.columns[:3])).reset_index(drop=True)
        assert x.astype(str).equals(y.astype(str)), name
    assert to_articles(a) == to_articles(b)


def test_cluster_tables_equal_the_local_engine_row_for_row(client, corpus_dir, local_result, tmp_path):
    tables, report = cluster.run([corpus_dir], client, Store(tmp_path), shard_size=3)
    local_tables, local_report = local_result
    _same_tables(tables, local_tables)
    assert (report.inputs, report.analysed, report.duplicates, report.rejected) == (14, 12, 1, 1)
    assert (report.inputs, report.analysed, report.duplicates, report.rejected) == (
        local_report.inputs,
        local_report.analysed,
        local_report.duplicates,
        local_report.rejected,
    )


def test_a_killed_worker_loses_and_doubles_nothing(client, corpus_dir, local_result, tmp_path):
    pids = client.run(os.getpid)
    killed = []

    def kill_one_worker(done: int, submitted: int) -> None:
        if not killed:  # after the first shard is back, while the others are running
            victim = next(iter(pids.values()))
            os.kill(victim, signal.SIGKILL)
            killed.append(victim)

    tables, report = cluster.run([corpus_dir], client, Store(tmp_path), progress=kill_one_worker, shard_size=1)
    assert killed
    assert report.inputs == report.analysed + report.cached + report.duplicates + report.rejected == 14
    _same_tables(tables, local_result[0])
    client.wait_for_workers(2, timeout=120)  # the nanny brings the worker back


def test_a_rerun_analyses_nothing_new(client, corpus_dir, tmp_path):
    store = Store(tmp_path)
    first, _ = cluster.run([corpus_dir], client, store, shard_size=4)
    again, report = cluster.run([corpus_dir], client, store, shard_size=4)
    assert (report.analysed, report.cached) == (0, 12)
    _same_tables(first, again)
