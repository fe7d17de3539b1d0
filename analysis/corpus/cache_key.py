"""Where analyses are stored, and the analysis version: what a cached analysis depends on, hashed
into the store's cache key.

An article's cache key is its content hash *and* this version, so a change to any code or model
that decides what is found in a text makes every article be analysed again instead of serving stale
results. That code is whole sub-packages, not a list of files: ``inputs`` (layout: headline, tags,
dateline), ``doc`` (the parse and the analysis view), ``extract`` (every extractor and the targeted
sentiment models beside it), plus ``records.py`` and ``pipeline.py``; and the installed spaCy model.
The corpus layer, the CLI and training code only move data around and are left out.
"""

from __future__ import annotations

import hashlib
import os
from functools import lru_cache
from importlib import metadata
from pathlib import Path

from analysis.doc.nlp import installed_model

_PACKAGE = Path(__file__).resolve().parent.parent
ENV_VAR = "NEWSLENS_CACHE_DIR"
#: A stored batch's file in each table's folder (``corpus.store``).
PARTS = "part-*.parquet"
DECIDES_RESULTS = ("inputs", "doc", "extract", "records.py", "pipeline.py")


def _files() -> list[Path]:
    out: list[Path] = []
    for name in DECIDES_RESULTS:
        p = _PACKAGE / name
        out += [p] if p.is_file() else [f for f in p.rglob("*") if f.is_file() and "__pycache__" not in f.parts]
    return sorted(out)


@lru_cache(maxsize=1)
def analysis_version() -> str:
    h = hashlib.sha256()
    for p in _files():
        if p.suffix == ".pyc":
            continue
        h.update(str(p.relative_to(_PACKAGE)).encode())
        h.update(p.read_bytes())
    model = installed_model()
    if model:
        try:
            h.update(f"{model}=={metadata.version(model.replace('_', '-'))}".encode())
        except metadata.PackageNotFoundError:
            h.update(model.encode())
    return h.hexdigest()[:12]


def cache_dir() -> Path:
    """Where analyses are stored: ``$NEWSLENS_CACHE_DIR``, else the user cache folder (``~/.cache/newslens``)."""
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_cache_dir("newslens"))


def store_root(base: Path | None, sentiment_model: str) -> Path:
    """The store's folder for this analysis version and sentiment model (``corpus.store.Store.root``)."""
    return (base if base is not None else cache_dir()) / f"{analysis_version()}-{sentiment_model}"


def has_stored_articles(root: Path) -> bool:
    """Whether a store folder holds any analysed article (read without importing the store's Arrow
    and pandas code)."""
    return any((root / "articles").glob(PARTS))
