"""Outputs never depend on the cache: the same corpus written fresh (--no-cache) and from the store
gives the same JSON values, the same CSV bytes and the same Parquet values."""

from __future__ import annotations

import json

import pyarrow.parquet as pq

from analysis import cli
from tests.conftest import SEED

TEXTS = {
    "world/seed.txt": SEED.read_text(encoding="utf-8"),
    "business/port.txt": "Port strike ends\n\nDock workers returned on Monday, the union said. "
    "“We won,” said Mary Jones, who leads the union. Jones said the deal was fair.\n",
    "business/bank.txt": "Bank cuts rates\n\nThe Bank of England cut rates. “It was needed,” a spokesman said.\n",
    # A scare quote: no speaker, so the speaker's offsets are missing in one row and present in others.
    "business/hype.txt": "Chips get “smarter”\n\nThe new chips are “smarter” and cheaper, Intel said on Monday.\n",
}
TABLES = ("articles", "sentences", "mentions", "entities", "quotes", "errors")


def _outputs(corpus, out, *extra) -> tuple[dict, dict[str, bytes], dict[str, list[dict]]]:
    out.mkdir()
    common = ["analyze", str(corpus), "--no-progress", "-j", "1", *extra]
    assert cli.main([*common, "-o", str(out / "all.json")]) == 0
    assert cli.main([*common, "--format", "csv", "--out-dir", str(out / "csv")]) == 0
    assert cli.main([*common, "--format", "parquet", "--out-dir", str(out / "pq")]) == 0
    doc = json.loads((out / "all.json").read_bytes())
    doc["summary"].pop("from_cache")
    csv = {name: (out / "csv" / f"{name}.csv").read_bytes() for name in TABLES}
    parquet = {name: pq.read_table(out / "pq" / f"{name}.parquet").to_pylist() for name in TABLES}
    return doc, csv, parquet


def test_json_csv_and_parquet_are_the_same_fresh_and_from_the_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSLENS_CACHE_DIR", str(tmp_path / "cache"))
    corpus = tmp_path / "in"
    for rel, text in TEXTS.items():
        (corpus / rel).parent.mkdir(parents=True, exist_ok=True)
        (corpus / rel).write_text(text, encoding="utf-8")
    fresh = _outputs(corpus, tmp_path / "fresh", "--no-cache")
    stored = _outputs(corpus, tmp_path / "stored")  # analysed, written to the store, read back
    cached = _outputs(corpus, tmp_path / "cached")  # nothing analysed: all from the store
    for run in (stored, cached):
        assert run[0] == fresh[0]
        assert run[1] == fresh[1]
        assert run[2] == fresh[2]
    doc, csv, _ = fresh
    assert len(doc["articles"]) == 4 and doc["summary"]["analysed"] == 4
    assert any(q["speaker_start"] is None for a in doc["articles"] for q in a["quotes"])
    # List cells joined and dicts as JSON, never a Python or NumPy repr.
    articles, mentions = csv["articles"].decode("utf-8-sig"), csv["mentions"].decode("utf-8-sig")
    assert "Afghanistan; South Asia" in articles and "['" not in articles
    assert '"{""negative"": ' in mentions and "{'negative'" not in mentions  # JSON, CSV-quoted
    assert csv["quotes"].startswith(b"\xef\xbb\xbf")


def test_the_python_api_writes_the_same_document(seed_article, tmp_path):
    from analysis import document

    assert cli.main(["analyze", str(SEED), "--no-cache", "--no-progress", "-o", str(tmp_path / "seed.json")]) == 0
    cli_doc = json.loads((tmp_path / "seed.json").read_bytes())
    api_doc = json.loads(json.dumps(document([seed_article])))
    assert api_doc["articles"] == cli_doc["articles"]
    assert api_doc["summary"] == cli_doc["summary"] | {"from_cache": 0}


def test_the_document_holds_each_article_as_its_record(seed_article):
    from analysis.corpus import exports
    from analysis.corpus.runner import RunReport
    from analysis.corpus.tables import to_tables

    doc = json.loads(exports.json_bytes(exports.document(to_tables([seed_article]), RunReport())))
    assert doc["articles"] == [json.loads(json.dumps(seed_article.to_dict()))]
    quote = doc["articles"][0]["quotes"][0]
    assert isinstance(quote["start"], int) and isinstance(quote["speaker_start"], int)
