"""spaCy's rule lemmatizer, asked once per distinct word form instead of once per token.

The English lemmatizer's lemma of a token depends only on its text, its part of speech and its
morphology (``rule_lemmatize`` reads nothing else, besides its fixed tables). spaCy caches the
result only for forms that go through its suffix rules, so the common early answers (a singular
noun, a verb in the infinitive: about four tokens in five) are worked out again, in Python, at
every token. This keeps every answer per (text, part of speech, morphology), reads those three
as token columns, and writes the lemma column back in one call: the lemmas are spaCy's own, and
``benchmarks/check_spacy_steps.py`` checks them on a whole corpus.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc


def _lemmatize_columns(self, doc: Doc) -> Doc:  # noqa: ANN001 - ``self`` is the spaCy Lemmatizer
    """The Lemmatizer's ``__call__``, with the same lemmas (see the module's comment)."""
    import numpy as np
    from spacy.attrs import LEMMA, MORPH, ORTH, POS

    if not self._validated:
        self._validate_tables()
    if not len(doc):
        return doc
    columns = doc.to_array([ORTH, POS, MORPH, LEMMA])
    lemmas = columns[:, 3].copy()
    todo = np.arange(len(doc)) if self.overwrite else np.flatnonzero(lemmas == 0)
    if not len(todo):
        return doc
    known = self._newslens_lemmas
    strings = doc.vocab.strings  # the Doc's own store: the lemma's hash must resolve there
    rows = columns[todo, :3].tolist()
    for i, key in zip(todo.tolist(), map(tuple, rows), strict=True):
        lemma = known.get(key)
        if lemma is None:
            lemma = known[key] = strings.add(self.lemmatize(doc[i])[0])
        lemmas[i] = lemma
    doc.from_array([LEMMA], lemmas.reshape(-1, 1))
    return doc


def install(nlp: Language) -> None:
    """Give the pipeline's rule lemmatizer the per-form step (a no-op for any other lemmatizer)."""
    if "lemmatizer" not in nlp.pipe_names:
        return
    lemmatizer = nlp.get_pipe("lemmatizer")
    if getattr(lemmatizer, "mode", None) != "rule" or hasattr(lemmatizer, "_newslens_lemmas"):
        return
    base = type(lemmatizer)
    # spaCy calls a component through its class (``component(doc)``), so the per-form step goes in
    # a subclass made for this instance: everything else stays the lemmatizer's own.
    lemmatizer.__class__ = type(f"PerForm{base.__name__}", (base,), {"__call__": _lemmatize_columns})
    lemmatizer._newslens_lemmas = {}
