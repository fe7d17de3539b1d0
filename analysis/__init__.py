"""NewsLens analysis core: articles in; entities, quotes per speaker and sentence sentiment out.

Pure Python over spaCy and TextBlob; never imports streamlit or plotly. Importing this package is
cheap: spaCy, TextBlob and the models load on first use, so a dashboard serving cached results
never pays for them.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from analysis import spacy_cli_deferred, torch_hidden

# Before anything here imports spaCy: its thinc would import torch, and spaCy its whole CLI, for nothing.
torch_hidden.install()
spacy_cli_deferred.install()

from analysis.inputs.decoding import read_bytes  # noqa: E402
from analysis.inputs.raw import RawArticle  # noqa: E402
from analysis.inputs.web.html import read_html  # noqa: E402
from analysis.inputs.web.urls import read_urls  # noqa: E402
from analysis.records import Article, Entity, InputError, Mention, Quote, Sentence, Speaker  # noqa: E402

if TYPE_CHECKING:
    from spacy.language import Language


def analyze(raw: RawArticle | str, sentiment_model: str = "light") -> Article:
    """Analyse one article, a ``RawArticle`` or its text (headline on the first line); loads the
    pipeline on first use. Text with nothing to analyse raises ``UnreadableInput`` with the reason."""
    from analysis import pipeline

    if isinstance(raw, str):
        from analysis.inputs.raw import check_text, normalise_newlines

        text = normalise_newlines(raw)
        check_text(text)
        raw = RawArticle(source="<text>", text=text)
    return pipeline.analyze(raw, sentiment_model=sentiment_model)


def analyze_many(raws: Iterable[RawArticle], batch_size: int = 32, sentiment_model: str = "light") -> Iterator[Article]:
    """Analyse articles in this process through ``nlp.pipe``, in input order."""
    from analysis import pipeline

    return pipeline.analyze_many(raws, batch_size=batch_size, sentiment_model=sentiment_model)


def document(articles: Iterable[Article]) -> dict[str, Any]:
    """Articles analysed in Python as the JSON document ``newslens analyze`` writes (the same
    builder, ``analysis.corpus.exports``, after the same corpus identity step); ``json.dumps`` it."""
    from analysis.corpus import exports
    from analysis.corpus.identity import identify
    from analysis.corpus.runner import RunReport
    from analysis.corpus.tables import to_tables

    arts = list(articles)
    # The corpus identity step too, as a CLI run does (one id, name and type per entity).
    return exports.document(identify(to_tables(arts)), RunReport(inputs=len(arts), analysed=len(arts)))


def load_pipeline() -> Language:
    """The spaCy pipeline, loaded once per process."""
    from analysis.doc import nlp

    return nlp.load_pipeline()


__all__ = [
    "Article",
    "Entity",
    "InputError",
    "Mention",
    "Quote",
    "RawArticle",
    "Sentence",
    "Speaker",
    "analyze",
    "analyze_many",
    "document",
    "load_pipeline",
    "read_bytes",
    "read_html",
    "read_urls",
]
