"""The on-disk cache of analysed articles: Parquet files queried with DuckDB.

Layout: ``<cache dir>/<analysis version>-<sentiment model>/<table>/part-<batch key>.parquet``, one
file per table per analysed batch. A batch's key is the hash of its article ids, so writing the
same batch twice (a retried task) replaces a file instead of duplicating rows; files are written
to a temporary name and renamed, so a reader never sees half a file.

The cache directory is ``$NEWSLENS_CACHE_DIR``, else the user cache folder (``~/.cache/newslens``).
"""

from __future__ import annotations

import hashlib
import os
import uuid
from collections.abc import Iterable
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from analysis.corpus.cache_key import PARTS, cache_dir, has_stored_articles, store_root
from analysis.corpus.tables import TABLE_NAMES, Tables, arrow_batch, from_arrow, to_tables
from analysis.records import Article


def batch_key(article_ids: Iterable[str]) -> str:
    return hashlib.sha256("\n".join(sorted(article_ids)).encode()).hexdigest()[:20]


class Store:
    """Analysed articles of one analysis version and sentiment model."""

    def __init__(self, root: Path | str | None = None, sentiment_model: str = "light") -> None:
        self.base = Path(root) if root is not None else cache_dir()
        self.root = store_root(self.base, sentiment_model)

    def _glob(self, table: str) -> str:
        # Only finished parts: a worker killed mid-write leaves a .tmp-*.parquet behind.
        return str(self.root / table / PARTS)

    def _has_parts(self) -> bool:
        return has_stored_articles(self.root)

    def known_ids(self) -> set[str]:
        if not self._has_parts():
            return set()
        import duckdb  # here, not at the top: a corpus served from the results cache never queries the store

        rows = duckdb.sql(f"SELECT DISTINCT article_id FROM read_parquet('{self._glob('articles')}')").fetchall()
        return {r[0] for r in rows}

    def write(self, articles: list[Article]) -> None:
        if not articles:
            return
        self.write_arrow(arrow_batch(articles), batch_key(a.id for a in articles))

    def write_arrow(self, arrow: dict[str, pa.Table], key: str | None = None) -> None:
        """Store Arrow tables of our schemas (``tables.arrow_batch``); the key defaults to the batch's ids."""
        if key is None:
            key = batch_key(arrow["articles"].column("article_id").to_pylist())
        # The articles table last: an id counts as cached only once all its rows are on disk.
        for name in (*TABLE_NAMES[1:], "articles"):
            folder = self.root / name
            folder.mkdir(parents=True, exist_ok=True)
            tmp = folder / f".tmp-{uuid.uuid4().hex}.parquet"
            pq.write_table(arrow[name], tmp)
            os.replace(tmp, folder / f"part-{key}.parquet")

    def load(self, article_ids: Iterable[str] | None = None) -> Tables:
        """The stored rows of these articles (all when None), as tidy tables holding the same Python
        values a fresh analysis gives (``tables.normalise``: lists, None, plain strings)."""
        if article_ids is not None:
            article_ids = list(dict.fromkeys(article_ids))
        if not self._has_parts() or article_ids == []:
            return to_tables([])
        import duckdb

        con = duckdb.connect()
        where = ""
        if article_ids is not None:
            con.register("wanted", pa.table({"article_id": pa.array(article_ids, pa.string())}))
            where = "WHERE article_id IN (SELECT article_id FROM wanted)"
        # Each article's rows come from one batch file, even if two runs racing on one cache both
        # stored it: the batch whose articles-file name sorts first.
        con.sql(
            f"""CREATE TEMP TABLE chosen AS SELECT article_id, min(regexp_extract(filename, '[^/]+$')) AS part
                FROM read_parquet('{self._glob("articles")}', filename=true) {where} GROUP BY article_id"""
        )
        frames = {}
        for name in TABLE_NAMES:
            if not any((self.root / name).glob(PARTS)):
                frames[name] = getattr(to_tables([]), name)
                continue
            # Arrow, not DuckDB's pandas conversion: ``from_arrow`` makes the Python values directly.
            result = con.sql(
                f"""SELECT t.* EXCLUDE (filename, file_row_number) FROM read_parquet('{self._glob(name)}',
                filename=true, file_row_number=true, union_by_name=true) t JOIN chosen c
                ON t.article_id = c.article_id AND regexp_extract(t.filename, '[^/]+$') = c.part
                ORDER BY t.article_id, t.file_row_number"""
            )
            frames[name] = from_arrow(name, result.arrow().read_all())
        con.close()
        return Tables(**frames)

    def size(self) -> int:
        return len(self.known_ids())
