"""Exporters as plain functions: CSV (formula-safe), JSON in the CLI's shape, HTML, and PNG/SVG through
one long-lived browser; and what happens when there is no browser."""

from __future__ import annotations

import io
import json
import struct
import subprocess
import sys
import time
import xml.etree.ElementTree as ET

import pandas as pd
import pytest
from test_filters import corpus

from analysis.corpus import exports
from analysis.corpus.runner import RunReport
from analysis.corpus.tables import to_tables
from dashboard import aggregate, charts, export

SUB = "1 article · filtered by entity Bob Smith"


@pytest.fixture(scope="module")
def fig():
    return charts.entity_bar(aggregate.entity_counts(to_tables(corpus())), SUB)


# ---------------------------------------------------------------- CSV


def test_csv_neutralises_formula_cells_but_keeps_numbers():
    frame = pd.DataFrame(
        {
            "text": ["=SUM(A1)", "+1 phone", "-rm", "@cmd", "\tx", "fine", "a=b"],
            "polarity": [-0.5, 0.1, -1.0, 0.0, 0.2, 0.3, -0.25],
        }
    )
    back = pd.read_csv(io.BytesIO(export.csv_bytes(frame)), encoding="utf-8-sig", keep_default_na=False)
    assert list(back["text"]) == ["'=SUM(A1)", "'+1 phone", "'-rm", "'@cmd", "'\tx", "fine", "a=b"]
    assert list(back["polarity"]) == [-0.5, 0.1, -1.0, 0.0, 0.2, 0.3, -0.25]


def test_csv_joins_lists_and_neutralises_their_text():
    frame = pd.DataFrame({"aliases": [["=HYPERLINK(x)", "Khan"], []], "n": [1, 2]})
    data = export.csv_bytes(frame)
    assert data.startswith(b"\xef\xbb\xbf")  # Excel reads UTF-8 only with the mark
    back = pd.read_csv(io.BytesIO(data), encoding="utf-8-sig", keep_default_na=False)
    assert list(back["aliases"]) == ["'=HYPERLINK(x); Khan", ""]


def test_quote_table_csv_from_the_dashboard_rows():
    rows = aggregate.quote_rows(to_tables(corpus()))
    back = pd.read_csv(io.BytesIO(export.csv_bytes(rows)), encoding="utf-8-sig")
    assert "'=SUM(A1) is not a plan," in set(back["text"])


# ---------------------------------------------------------------- JSON and HTML


def test_json_export_is_what_the_cli_writes(tmp_path, monkeypatch):
    from conftest import SEED

    from dashboard import inputs, loading

    monkeypatch.setenv("NEWSLENS_CACHE_DIR", str(tmp_path / "store"))
    seed = inputs.seed_inputs()[0]
    corpus = loading.load([seed, inputs.Input("copy.txt", seed.data, "upload")])
    mine = json.loads(corpus.analysis_json())
    out = tmp_path / "cli.json"
    cmd = [sys.executable, "-m", "analysis", "analyze", str(SEED), str(SEED), "--no-cache", "--no-progress"]
    subprocess.run([*cmd, "-o", str(out)], check=False, capture_output=True)
    cli = json.loads(out.read_text(encoding="utf-8"))
    assert set(mine) == set(cli)

    def without_source(articles: list[dict]) -> list[dict]:
        return [{k: v for k, v in a.items() if k != "source"} for a in articles]

    assert without_source(mine["articles"]) == without_source(cli["articles"])
    assert mine["articles"][0]["source"] == seed.source
    assert mine["duplicates"] == [{"source": "copy.txt", "same_as": seed.source}]
    assert {k: v for k, v in mine["summary"].items() if k != "from_cache"} == {
        k: v for k, v in cli["summary"].items() if k != "from_cache"
    }
    # Nothing analysed: still the CLI's keys.
    empty = json.loads(exports.json_bytes(exports.document(to_tables([]), RunReport())))
    assert set(empty) == set(cli) and empty["articles"] == []


def test_html_is_a_self_contained_interactive_chart(fig):
    page = export.html_bytes(fig).decode("utf-8")
    assert page.lstrip().lower().startswith(("<html", "<!doctype html"))
    assert "Plotly.newPlot" in page
    assert 'src="http' not in page and len(page) > 1_000_000  # plotly.js inlined: opens offline
    assert "Who and what is mentioned most" in page


# ---------------------------------------------------------------- images


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


needs_browser = pytest.mark.skipif(
    export.find_browser() is None, reason="no Chromium/Chrome here: bash scripts/setup.sh installs one"
)


@pytest.fixture(scope="module")
def exporter():
    ex = export.ImageExporter(export.find_browser())
    yield ex
    ex.close()


@needs_browser
def test_png_and_svg_are_real_images_with_the_filter_in_the_title(fig, exporter):
    png = exporter.render(fig, "png")
    width, height = png_size(png)
    assert (width, height) == (2 * export.WIDTH, 2 * fig.layout.height)  # scale 2 for sharp prints
    svg = exporter.render(fig, "svg")
    root = ET.fromstring(svg)
    assert root.tag.endswith("svg")
    texts = " ".join("".join(t.itertext()) for t in root.iter() if t.tag.endswith("}text"))
    assert "Who and what is mentioned most" in texts
    assert SUB in texts


@needs_browser
def test_one_browser_serves_many_exports(fig, exporter):
    exporter.render(fig, "png")
    first = exporter._kaleido
    for fmt in ("svg", "png"):
        exporter.render(fig, fmt)
    assert exporter._kaleido is first and exporter.warm


@needs_browser
def test_a_delayed_warm_up_starts_the_browser_later_and_an_export_does_not_wait_for_it(fig):
    """The dashboard starts the export browser a few seconds after its first page (so it does not
    compete with the user's browser drawing it); an export asked for sooner starts it at once."""
    ex = export.ImageExporter(export.find_browser())
    try:
        ex.warm_up(delay=60)
        time.sleep(0.5)
        assert not ex.warm  # still waiting
        assert png_size(ex.render(fig, "png"))[0] == 2 * export.WIDTH
        assert ex.warm
    finally:
        t0 = time.perf_counter()
        ex.close()  # the pending warm-up is cancelled, not waited for
        assert time.perf_counter() - t0 < 30


@needs_browser
def test_closing_before_a_delayed_warm_up_starts_nothing():
    ex = export.ImageExporter(export.find_browser())
    ex.warm_up(delay=60)
    ex.close()
    assert not ex.warm


def test_without_a_browser_export_explains_how_to_get_one(fig, monkeypatch):
    monkeypatch.setenv("BROWSER_PATH", "/nonexistent/chromium")
    assert export.find_browser() is None
    ex = export.exporter()
    assert not ex.available
    with pytest.raises(export.ExportUnavailable, match="apt-get install chromium"):
        ex.render(fig, "png")
    # Everything that needs no browser still works.
    assert b"Plotly.newPlot" in export.html_bytes(fig)
    assert export.csv_bytes(pd.DataFrame({"a": [1], "b": ["=x"]})) == b"\xef\xbb\xbfa,b\n1,'=x\n"


def test_unknown_format_is_refused(fig):
    with pytest.raises(ValueError):
        export.ImageExporter("/usr/bin/true").render(fig, "gif")


def test_csv_cells_of_scores_are_json_text():
    import json

    from analysis.corpus.exports import csv_cell

    for cell in (
        {"negative": 0.3508, "neutral": 0.5204, "positive": 0.1288},
        {'a"b': 1e-05, "é": 1.0, "x": 0.1 + 0.2},
        {"n": float("nan"), "i": 1, "none": None},
        {},
    ):
        assert csv_cell(cell) == json.dumps(cell, ensure_ascii=False)
    assert csv_cell(["=a", "b"]) == "'=a; b" and csv_cell("-1") == "'-1" and csv_cell(-1.5) == -1.5
