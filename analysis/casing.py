"""The analysis view of an article: same length as its text, easier for the tagger to read.

* The tag line is metadata: blanked with spaces so that nothing in it is tagged or counted.
* ALL-CAPS datelines and headlines (``ISLAMABAD``, ``SOCCER - JAPAN GET LUCKY WIN``) are re-cased
  word by word (``Islamabad``): the small English model has rarely seen names in capitals.
  Re-casing an ASCII word never changes its length, so offsets are unchanged.
"""

from __future__ import annotations

import re

from analysis.articles import Layout

_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")
# Short capitalised words that are more likely acronyms than shouted words.
_KEEP_UPPER_MAX = 3


def _recase_word(word: str) -> str:
    if len(word) <= _KEEP_UPPER_MAX or not word.isupper():
        return word
    return word[0] + word[1:].lower()


def _recase(text: str) -> str:
    return _WORD.sub(lambda m: _recase_word(m.group()), text)


def _shouted(line: str) -> bool:
    words = [w for w in _WORD.findall(line) if len(w) > 1]
    if len(words) < 2:
        return False
    upper = sum(w.isupper() for w in words)
    return upper / len(words) >= 0.8


def analysis_view(text: str, layout: Layout) -> str:
    chars = list(text)

    def put(start: int, new: str) -> None:
        assert len(new) == len(text[start : start + len(new)])
        chars[start : start + len(new)] = new

    if layout.dateline_span:
        a, b = layout.dateline_span
        put(a, _recase(text[a:b]))
    pos = 0
    for line in text.split("\n"):
        if _shouted(line):
            recased = _recase(line)
            if len(recased) == len(line):
                put(pos, recased)
        pos += len(line) + 1
    if layout.tag_span:
        a, b = layout.tag_span
        put(a, "".join(c if c == "\n" else " " for c in text[a:b]))
    view = "".join(chars)
    assert len(view) == len(text)
    return view
