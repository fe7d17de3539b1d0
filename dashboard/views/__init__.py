"""One module per tab; each has ``TITLE``, ``QUESTION`` (what the view answers) and ``render(ctx)``."""

from dashboard.views import article, articles, entities, identity, overview, quotes, sentiment, sources

VIEWS = [overview, articles, entities, quotes, sources, sentiment, article, identity]

__all__ = ["VIEWS"]
