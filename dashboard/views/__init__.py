"""One module per tab; each has ``TITLE``, ``QUESTION`` (what the view answers) and ``render(ctx)``."""

from dashboard.views import article, articles, entities, overview, quotes, sentiment, sources

VIEWS = [overview, articles, entities, quotes, sources, sentiment, article]

__all__ = ["VIEWS"]
