"""NewsLens analysis core: articles in; entities, quotes per speaker and sentence sentiment out.

Pure Python over spaCy and TextBlob; never imports streamlit or plotly.
"""

from analysis.articles import RawArticle, read_bytes
from analysis.pipeline import analyze, analyze_many
from analysis.records import Article, Entity, InputError, Mention, Quote, Sentence

__all__ = [
    "Article",
    "Entity",
    "InputError",
    "Mention",
    "Quote",
    "RawArticle",
    "Sentence",
    "analyze",
    "analyze_many",
    "read_bytes",
]
