"""Every bad, hostile or huge input ends as an analysed article or a named error, never a crash;
the rest of the batch is analysed and the counts add up. Run through the CLI, as a user would."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.hostile import hostile_files

# What each input must become: "ok" (analysed, maybe with a warning) or words from its error.
EXPECTED = {
    "good.txt": "ok",
    "good2.txt": "duplicate",
    "empty.txt": "empty",
    "whitespace.txt": "only white space",
    "binary.txt": "binary data",
    "image.md": "PNG image",
    "report.pdf": "ok",
    "scan.pdf": "no text layer",
    "broken.pdf": "PDF that cannot be read",
    "cp1252.txt": "ok",
    "latin1.txt": "ok",
    "utf16.txt": "ok",
    "huge.txt": "too long for one article",
    "one-line.txt": "ok",
    "quotes.txt": "ok",
    "numbers.txt": "no words to analyse",
    "french.txt": "ok",
    "markup.html.txt": "ok",
    "no-text-column.csv": "no 'text' column",
    "broken-quoting.csv": "broken CSV quoting",
    "huge-cells.csv": "ok",
    "bad-lines.jsonl": "ok",
    "traversal.zip": "ok",
    "bomb.zip": "zip bomb",
}


PARTLY_GOOD = {"broken-quoting.csv"}


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("hostile")
    folder = tmp / "inputs"
    folder.mkdir()
    for name, data in hostile_files().items():
        (folder / name).write_bytes(data)
    out = tmp / "out.json"
    env = {**os.environ, "NEWSLENS_CACHE_DIR": str(tmp / "cache")}
    proc = subprocess.run(
        [sys.executable, "-m", "analysis", "analyze", str(folder), "-o", str(out)],
        capture_output=True,
        text=True,
        env=env,
        timeout=1800,
    )
    return proc, json.loads(out.read_text("utf-8"))


def _name(source: str) -> str:
    return os.path.basename(source.split("!")[0].split(":")[0])


def test_every_input_is_analysed_or_named(run):
    proc, data = run
    assert proc.returncode == 2
    analysed = {_name(a["source"]) for a in data["articles"]}
    errors: dict[str, list[str]] = {}
    for e in data["errors"]:
        errors.setdefault(_name(e["source"]), []).append(e["error"])
    for name, want in EXPECTED.items():
        if want == "ok":
            assert name in analysed, (name, errors.get(name))
        elif want == "duplicate":
            assert [_name(d["same_as"]) for d in data["duplicates"] if _name(d["source"]) == name] == ["good.txt"]
        else:
            assert any(want in reason for reason in errors.get(name, [])), (name, errors.get(name))
            # A table's good rows are still analysed beside its bad ones.
            assert (name in analysed) == (name in PARTLY_GOOD), name


def test_counts_add_up_and_no_traceback_reaches_the_user(run):
    proc, data = run
    s = data["summary"]
    assert s["inputs"] == s["analysed"] + s["duplicates"] + s["rejected"]
    assert s["duplicates"] == len(data["duplicates"]) == 1
    assert s["analysed"] == len(data["articles"]) and s["rejected"] == len(data["errors"])
    assert "Traceback" not in proc.stderr
    for e in data["errors"]:
        assert f"{e['source']}: {e['error']}" in proc.stderr


def test_rows_and_members_are_read_one_by_one(run):
    _, data = run
    sources = [a["source"] for a in data["articles"]] + [e["source"] for e in data["errors"]]
    # JSONL: one good line, three bad ones, each named by line; the zip: both members, "../" and nested.
    assert sum(s.endswith(("line 2", "line 3", "line 4")) and "bad-lines" in s for s in sources) == 3
    zipped = sorted(a["topics"] for a in data["articles"] if "traversal.zip!" in a["source"])
    assert zipped == [[], ["nested"]]  # "../" is no topic; the nested zip's folder is


def test_warnings_say_what_was_odd(run):
    _, data = run
    by_name = {_name(a["source"]): a for a in data["articles"]}
    assert any("English" in w for w in by_name["french.txt"]["warnings"])
    assert any("HTML markup" in w for w in by_name["markup.html.txt"]["warnings"])
    assert any("cp1252" in w for w in by_name["cp1252.txt"]["warnings"])
    assert any("PDF" in w for w in by_name["report.pdf"]["warnings"])
    assert any("parts" in w for w in by_name["one-line.txt"]["warnings"])
    assert "Café owner Renée Dupré" in by_name["cp1252.txt"]["text"]
    assert "Señor Gómez" in by_name["latin1.txt"]["text"]
    # Markup is kept as text (and escaped where shown), but no tag became an entity.
    html = by_name["markup.html.txt"]
    assert "<script>" in html["text"]
    assert not [m for m in html["mentions"] if "<" in m["text"] or "script" in m["text"].lower()]


def test_offsets_hold_on_every_analysed_input(run):
    _, data = run
    for art in data["articles"]:
        for key in ("sentences", "mentions", "quotes"):
            for rec in art[key]:
                assert art["text"][rec["start"] : rec["end"]] == rec["text"]


def test_ten_thousand_tiny_files(tmp_path):
    folder = tmp_path / "tiny"
    for block in range(10):  # spread over sub-folders, as a scraper's output might be
        (folder / f"day{block}").mkdir(parents=True)
        for i in range(1000):
            n = block * 1000 + i
            (folder / f"day{block}" / f"{n:05d}.txt").write_text(f"Note {n}\n\nThe council met on day {n}.\n")
    env = {**os.environ, "NEWSLENS_CACHE_DIR": str(tmp_path / "cache")}
    out = tmp_path / "tables"
    proc = subprocess.run(
        [sys.executable, "-m", "analysis", "analyze", str(folder), "--format", "parquet", "--out-dir", str(out)],
        capture_output=True,
        text=True,
        env=env,
        timeout=1800,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "10,000 inputs: 10,000 analysed, 0 rejected" in proc.stderr
    import pandas as pd

    articles = pd.read_parquet(out / "articles.parquet")
    assert len(articles) == 10_000 and articles["article_id"].is_unique
    assert {t for ts in articles["topics"] for t in ts} == {f"day{b}" for b in range(10)}
