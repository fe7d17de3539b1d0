"""TextBlob's pattern lexicon (polarity and subjectivity of English words and phrases) without
importing the ``textblob`` package itself.

``import textblob`` (and so any ``from textblob.en import ...``) runs the package's ``__init__``,
which imports NLTK, which imports SciPy's statistics: 1.5-2 s on this machine before the first
sentence is scored, for code the analysis never calls. The lexicon lives in ``textblob.en`` and
needs only ``textblob._text``, so it is loaded under a bare stand-in for the package; the numbers
are TextBlob's own (the same ``Sentiment`` object, the same data file).
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import types
from functools import lru_cache
from pathlib import Path
from typing import Any


def textblob_dir() -> Path | None:
    """TextBlob's installed folder (its data files), found without importing it; None when absent."""
    spec = importlib.util.find_spec("textblob")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


@lru_cache(maxsize=1)
def sentiment() -> Any:
    """``textblob.en.sentiment``: called with a text, gives (polarity, subjectivity); ``.items()``
    lists the lexicon's words with their senses."""
    if "textblob" in sys.modules or "textblob.en" in sys.modules:  # imported already: nothing to save
        return importlib.import_module("textblob.en").sentiment
    folder = textblob_dir()
    if folder is None:
        raise ImportError("TextBlob is not installed (pip install textblob)")
    stand_in = types.ModuleType("textblob")
    stand_in.__path__ = [str(folder)]
    before = set(sys.modules)
    sys.modules["textblob"] = stand_in
    try:
        en = importlib.import_module("textblob.en")
    finally:
        # Nothing of the stand-in stays importable: a later ``import textblob`` loads the real package
        # and its own textblob.en (this lexicon object lives on here).
        for name in set(sys.modules) - before:
            if name == "textblob" or name.startswith("textblob."):
                del sys.modules[name]
    return en.sentiment
