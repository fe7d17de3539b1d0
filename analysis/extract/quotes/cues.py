"""The verbs that attach a quote to its speaker, read from ``data/speech_verbs.txt``.

The lexicon is a data file so that it is documented verb by verb (each line says what it
covers) and grows without code changes. Three sets, by lemma:

* ``REPORTING_VERBS``: verbs that report speech, enough for reported speech without marks;
* ``THINKING_VERBS``: thinking and wanting; they take a quote only when no reporting verb above them does;
* ``QUOTE_CUES``: all of them plus naming and judging verbs ("calling it “…”"), which attach a quote
  in marks that is their own object;
* ``SPEECH_NOUNS``: nouns of speech whose clause is a quote ("his admission that he “guessed …”").
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files

__all__ = ["QUOTE_CUES", "REPORTING_VERBS", "SPEECH_NOUNS", "THINKING_VERBS", "speech_verbs"]


@cache
def _sections() -> dict[str, dict[str, str]]:
    """{section: {lemma: its documentation}} from the data file."""
    text = files("analysis.extract.quotes").joinpath("data/speech_verbs.txt").read_text("utf-8")
    out: dict[str, dict[str, str]] = {}
    section = None
    for line in text.splitlines():
        body, _, doc = line.partition("#")
        body = body.strip()
        if not body:
            continue
        if body.startswith("[") and body.endswith("]"):
            section = out.setdefault(body[1:-1], {})
        elif section is not None:
            section[body.lower()] = doc.strip()
    return out


def speech_verbs() -> dict[str, str]:
    """Every verb of the lexicon with its documentation line."""
    return {verb: doc for name, section in _sections().items() if name != "nouns" for verb, doc in section.items()}


REPORTING_VERBS = frozenset(_sections()["reporting"])
THINKING_VERBS = frozenset(_sections()["thinking"])
QUOTE_CUES = REPORTING_VERBS | THINKING_VERBS | frozenset(_sections()["naming"])
SPEECH_NOUNS = frozenset(_sections()["nouns"])
