"""Finished corpus tables cached beside the store, so that a warm re-run of the same corpus (the CLI
again, or the dashboard after a restart) reads one set of files instead of gathering every article's
rows from the store and applying the corpus identity step again.

A result is keyed by everything it is made of: the store (its folder is the analysis version and the
sentiment model), this run's metadata of every article in order (ids are content hashes; sources,
titles, dates and topics are this run's), whether the identity step ran, the hand edits saved for the
corpus, and the code that builds the tables from the store (this module, ``runner``, ``tables`` and
the identity package). Any change gives a new key; the last few results are kept, older ones removed.
Files are written to a temporary folder and renamed, so a reader never sees half a result.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import uuid
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from analysis.corpus.identity import corpus_key, export_overrides, identity_version, load_overrides
from analysis.corpus.tables import TABLE_NAMES, ArrowTables, Tables, to_arrow

#: Results kept per store: a user switching between a few corpora keeps each one warm.
KEEP = 4
_CODE = ("results.py", "runner.py", "tables.py", "exports.py")


@lru_cache(maxsize=1)
def _code_version() -> str:
    h = hashlib.sha256(identity_version().encode())
    here = Path(__file__).resolve().parent
    for name in _CODE:
        h.update((here / name).read_bytes())
    return h.hexdigest()


def result_key(store: Any, metas: list[dict[str, Any]], identity: bool) -> str:
    ids = [m["article_id"] for m in metas]
    edits = export_overrides(load_overrides(store.base, corpus_key(ids))) if identity else ""
    h = hashlib.sha256(f"{_code_version()}|{identity}|{edits}|".encode())
    h.update(json.dumps(metas, sort_keys=True, default=str).encode())
    return h.hexdigest()[:24]


def _folder(store: Any, key: str) -> Path:
    return Path(store.root) / "results" / key


def read(store: Any, key: str) -> Tables | None:
    """The cached tables under ``key``, or None (not cached, or unreadable: then they are rebuilt)."""
    folder = _folder(store, key)
    if not (folder / "done").exists():
        return None
    try:
        tables = ArrowTables({name: pq.read_table(table_file(folder, name)) for name in TABLE_NAMES})
    except (OSError, ValueError, KeyError):
        return None
    os.utime(folder / "done")  # recently used: kept longest
    return tables


def write(store: Any, key: str, tables: Tables) -> None:
    """Keep ``tables`` under ``key``; a failure to write costs only the next run's speed."""
    parent = Path(store.root) / "results"
    tmp = parent / f".tmp-{uuid.uuid4().hex}"
    try:
        tmp.mkdir(parents=True)
        for name, table in to_arrow(tables).items():
            pq.write_table(table, table_file(tmp, name))
        (tmp / "done").touch()
        final = _folder(store, key)
        if final.exists():
            shutil.rmtree(final, ignore_errors=True)
        os.replace(tmp, final)
    except OSError:
        shutil.rmtree(tmp, ignore_errors=True)
        return
    _evict(parent)


def _evict(parent: Path) -> None:
    done = [(p.stat().st_mtime, p.parent) for p in parent.glob("*/done")]
    for _, folder in sorted(done, reverse=True)[KEEP:]:
        shutil.rmtree(folder, ignore_errors=True)


def find(store: Any, metas: list[dict[str, Any]], identity: bool) -> tuple[Tables, Path] | None:
    """The finished tables of this corpus and their folder, if this exact result was made before."""
    key = result_key(store, metas, identity)
    tables = read(store, key)
    return None if tables is None else (tables, _folder(store, key))


def cached(
    store: Any, metas: list[dict[str, Any]], identity: bool, build: Callable[[], Tables]
) -> tuple[Tables, Path | None]:
    """The finished tables of this corpus and the folder keeping them (None if it could not be
    written): from the cache when this exact result was made before, else ``build()`` (store rows,
    overlay, identity step), kept for next time."""
    key = result_key(store, metas, identity)
    tables = read(store, key)
    if tables is None:
        tables = build()
        write(store, key, tables)
    folder = _folder(store, key)
    return tables, folder if (folder / "done").exists() else None


def table_file(folder: Path, name: str) -> Path:
    """The cached table as Parquet: the bytes ``to_arrow`` + ``pq.write_table`` give for it."""
    return folder / f"{name}.parquet"


def csv_file(folder: Path, name: str, make: Callable[[], bytes]) -> bytes:
    """The table's CSV bytes, made once per result (``make``) and then read from beside it."""
    return _kept(folder / "csv" / f"{name}.csv", make)


def json_articles(folder: Path, make: Callable[[], bytes]) -> bytes:
    """The JSON document's ``articles`` array as it stands in the document, made once per result
    (``make``) and then read from beside it, zstd-compressed (about a ninth of its size: 85 MB of
    JSON for the BBC corpus keep in 10 MB and read back in 0.2 s)."""
    return _kept(folder / "json" / "articles.json.zst", make, compression="zstd")


def _kept(path: Path, make: Callable[[], bytes], compression: str | None = None) -> bytes:
    try:
        if compression is None:
            return path.read_bytes()
        with pa.CompressedInputStream(str(path), compression) as f:
            return f.read()
    except (OSError, pa.ArrowException):
        pass
    data = make()
    tmp = path.with_name(f".tmp-{uuid.uuid4().hex}")
    try:
        path.parent.mkdir(exist_ok=True)
        if compression is None:
            tmp.write_bytes(data)
        else:
            with pa.CompressedOutputStream(str(tmp), compression) as out:
                out.write(data)
        os.replace(tmp, path)
    except OSError:
        tmp.unlink(missing_ok=True)
    return data
