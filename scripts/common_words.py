"""Rebuild ``analysis/corpus/data/common_words.txt`` (lower-case English words, for the corpus identity
step) from the Brill tagger lexicon that ships inside TextBlob (a default dependency).

    python scripts/common_words.py

A name made only of such words ("Internet Explorer", "Snow Patrol", "Age Concern") is seldom a
person's. The identity step reads only the text file; ``tests/test_identity.py`` checks its header.
"""

from __future__ import annotations

import re
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "analysis" / "corpus" / "data" / "common_words.txt"
_WORD = re.compile(r"[a-z]{2,}")


def header() -> str:
    return "# common words: the lower-case alphabetic entries of TextBlob's en-lexicon.txt (scripts/common_words.py)"


def build() -> str:
    from importlib import metadata

    import textblob

    lexicon = Path(textblob.__file__).resolve().parent / "en" / "en-lexicon.txt"
    words = set()
    for line in lexicon.read_text("utf-8").splitlines():
        if line.startswith(";"):
            continue
        word = line.split(" ", 1)[0]
        if _WORD.fullmatch(word):
            words.add(word)
    return f"{header()}\n# textblob {metadata.version('textblob')}\n" + "\n".join(sorted(words)) + "\n"


if __name__ == "__main__":
    OUT.write_text(build(), "utf-8")
    print(f"wrote {OUT} ({len(OUT.read_text('utf-8').splitlines()) - 2} words)")
