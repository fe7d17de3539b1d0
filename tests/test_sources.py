"""Readers for folders, zip archives and tables; bad files and rows become named errors."""

from __future__ import annotations

import io
import json
import zipfile

import pandas as pd

from analysis.inputs.files import iter_articles
from analysis.inputs.raw import RawArticle
from analysis.inputs.table_files import Columns
from analysis.records import InputError

ARTICLE = "A headline\n\nThe minister said the plan would work. Critics disagreed.\n"


def _split(items):
    raws = [i for i in items if isinstance(i, RawArticle)]
    errors = [i for i in items if isinstance(i, InputError)]
    assert len(raws) + len(errors) == len(items)
    return raws, errors


def test_folder_tree_gives_sub_folder_topics_and_skips_readmes(tmp_path):
    (tmp_path / "sport").mkdir()
    (tmp_path / "sport" / "001.txt").write_text(ARTICLE)
    (tmp_path / "tech" / "ai").mkdir(parents=True)
    (tmp_path / "tech" / "ai" / "002.md").write_text(ARTICLE.replace("minister", "engineer"))
    (tmp_path / "README.TXT").write_text("About this corpus.")
    (tmp_path / "notes.docx").write_bytes(b"PK")
    raws, errors = _split(list(iter_articles([tmp_path])))
    assert not errors
    assert [(r.source.split("/")[-1], r.topics) for r in raws] == [("001.txt", ["sport"]), ("002.md", ["tech", "ai"])]


def test_missing_path_and_empty_folder_are_errors(tmp_path):
    (tmp_path / "empty").mkdir()
    raws, errors = _split(list(iter_articles([tmp_path / "nope.txt", tmp_path / "empty"])))
    assert not raws
    assert ["no such file" in errors[0].error, "no article files" in errors[1].error] == [True, True]


def _zip(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buf.getvalue()


def test_zip_members_with_folders_nested_zips_and_traversal_names(tmp_path):
    inner = _zip({"deep/c.txt": ARTICLE.encode()})
    data = _zip({"politics/a.txt": ARTICLE.encode(), "../../etc/b.txt": ARTICLE.encode(), "inner.zip": inner})
    path = tmp_path / "batch.zip"
    path.write_bytes(data)
    raws, errors = _split(list(iter_articles([path])))
    assert not errors
    assert sorted(r.topics for r in raws) == [["deep"], ["etc"], ["politics"]]
    assert all(r.source.startswith(str(path) + "!") for r in raws)
    assert not (tmp_path.parent / "etc").exists()  # nothing is written anywhere


def test_zip_bomb_is_refused_and_the_rest_still_read(tmp_path):
    bomb = b"\0" * (50 * 2**20)  # 50 MB of zeros packs to ~50 KB: over the ratio limit
    path = tmp_path / "bomb.zip"
    path.write_bytes(_zip({"bomb.txt": bomb, "ok.txt": ARTICLE.encode()}))
    raws, errors = _split(list(iter_articles([path])))
    assert len(raws) == 1 and len(errors) == 1
    assert "zip bomb" in errors[0].error


def test_not_a_zip(tmp_path):
    path = tmp_path / "broken.zip"
    path.write_bytes(b"not a zip at all")
    _, errors = _split(list(iter_articles([path])))
    assert "not a readable zip" in errors[0].error


def test_csv_with_columns_bad_rows_and_formula_like_text(tmp_path):
    path = tmp_path / "articles.csv"
    path.write_text(
        "headline,body,when,tags,outlet\n"
        f'"First","{ARTICLE}",2024-05-01,"politics; economy",BBC\n'
        '"Second","",2024-05-02,,BBC\n'
        '"Third","Only two cells"\n'
        '"Fourth","=SUM(A1) was typed by a reader.",2024-05-03,,\n'
    )
    cols = Columns(text="body", title="headline", date="when", topics="tags", source="outlet")
    raws, errors = _split(list(iter_articles([path], cols)))
    assert [r.title for r in raws] == ["First", "Fourth"]
    assert raws[0].topics == ["politics", "economy"] and raws[0].date == "2024-05-01" and raws[0].outlet == "BBC"
    assert raws[0].text.startswith("First\n\n")
    assert [e.source.rsplit(":", 1)[1] for e in errors] == ["row 3", "row 4"]
    assert "empty 'body' cell" in errors[0].error and "2 cells" in errors[1].error


def test_csv_without_the_text_column_names_the_columns_it_has(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text("title,content\nA,B\n")
    _, errors = _split(list(iter_articles([path])))
    assert "no 'text' column" in errors[0].error and "'content'" in errors[0].error


def test_jsonl_with_bad_lines(tmp_path):
    path = tmp_path / "t.jsonl"
    lines = [json.dumps({"text": ARTICLE, "topics": ["a", "b"]}), "{not json", "[1, 2]", json.dumps({"body": "x"})]
    path.write_text("\n".join(lines) + "\n")
    raws, errors = _split(list(iter_articles([path])))
    assert len(raws) == 1 and raws[0].topics == ["a", "b"]
    assert [e.source.rsplit(":", 1)[1] for e in errors] == ["line 2", "line 3", "line 4"]
    assert "not valid JSON" in errors[0].error


def test_parquet_table(tmp_path):
    path = tmp_path / "t.parquet"
    pd.DataFrame({"text": [ARTICLE, None], "title": ["T1", "T2"], "url": ["https://x.test/1", None]}).to_parquet(path)
    raws, errors = _split(list(iter_articles([path])))
    assert len(raws) == 1 and raws[0].url == "https://x.test/1" and raws[0].title == "T1"
    assert len(errors) == 1 and errors[0].source.endswith(":row 2")


def test_unreadable_parquet(tmp_path):
    path = tmp_path / "t.parquet"
    path.write_bytes(b"PAR1garbage")
    _, errors = _split(list(iter_articles([path])))
    assert "not a readable Parquet" in errors[0].error
