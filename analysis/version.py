"""What a cached analysis depends on: this package's code and models, and the spaCy pipeline.

The cache key of an article is its content hash *and* this version, so a change to any extractor
(or to the model) makes every article be analysed again instead of serving stale results.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from importlib import metadata
from pathlib import Path

from analysis.nlp import installed_model

_PACKAGE = Path(__file__).resolve().parent
# Modules that only move data around, not decide what is found in it.
_NOT_ANALYSIS = {
    "cli.py",
    "engine.py",
    "store.py",
    "corpus.py",
    "version.py",
    "__main__.py",
    "cluster.py",
    "sources.py",
    "tabular.py",
}


@lru_cache(maxsize=1)
def analysis_version() -> str:
    h = hashlib.sha256()
    files = sorted(p for p in _PACKAGE.rglob("*") if p.is_file() and p.suffix not in {".pyc"})
    for p in files:
        if p.name in _NOT_ANALYSIS or "__pycache__" in p.parts:
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
