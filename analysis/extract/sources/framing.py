"""Each quote's framing: the class of its reporting verb (``lexicons/framing.json``)."""

from __future__ import annotations

import re

from analysis.extract.sources.lexicons import _framing_lexicon

_DOUBLED = re.compile(r"(\w*([^aeiou]))\2(?:ed|ing)")


def framing(cue: str | None) -> str | None:
    """The framing class of a reporting verb as written ("said", "insisted", "according to")."""
    if cue is None:
        return None
    classes, forms = _framing_lexicon()
    word = cue.strip().lower()
    word = forms.get(word, word)
    if word in classes:
        return classes[word]
    for suffix, repl in (
        ("ing", ""),
        ("ing", "e"),
        ("ied", "y"),
        ("ies", "y"),
        ("ed", ""),
        ("ed", "e"),
        ("es", ""),
        ("s", ""),
    ):
        if word.endswith(suffix) and word[: -len(suffix)] + repl in classes:
            return classes[word[: -len(suffix)] + repl]
    doubled = _DOUBLED.fullmatch(word)  # "admitted", "admitting"
    if doubled and doubled.group(1) in classes:
        return classes[doubled.group(1)]
    return "other"
