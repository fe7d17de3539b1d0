"""Articles -> tidy pandas tables: one row per article, sentence, mention, entity and quote.

The columns are the record fields (analysis.records) plus ``article_id``, so the same names appear
in the CLI's JSON, these frames, the Parquet store and the dashboard.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass, fields

import pandas as pd

from analysis.records import Article, Entity, Mention, Quote, Sentence

TABLE_NAMES = ("articles", "sentences", "mentions", "entities", "quotes")

ARTICLE_COLUMNS = [
    "article_id",
    "source",
    "title",
    "date",
    "dateline",
    "topics",
    "key_terms",
    "url",
    "outlet",
    "warnings",
    "n_sentences",
    "n_mentions",
    "n_entities",
    "n_quotes",
    "mean_polarity",
    "text",
]


def _columns(record_type: type) -> list[str]:
    return ["article_id", *(f.name for f in fields(record_type))]


COLUMNS = {
    "articles": ARTICLE_COLUMNS,
    "sentences": _columns(Sentence),
    "mentions": _columns(Mention),
    "entities": _columns(Entity),
    "quotes": _columns(Quote),
}


@dataclass
class Tables:
    articles: pd.DataFrame
    sentences: pd.DataFrame
    mentions: pd.DataFrame
    entities: pd.DataFrame
    quotes: pd.DataFrame

    def items(self) -> list[tuple[str, pd.DataFrame]]:
        return [(name, getattr(self, name)) for name in TABLE_NAMES]


def article_row(a: Article) -> dict:
    pols = [s.polarity for s in a.sentences]
    return {
        "article_id": a.id,
        "source": a.source,
        "title": a.title,
        "date": a.date,
        "dateline": a.dateline,
        "topics": list(a.topics),
        "key_terms": list(a.key_terms),
        "url": a.url,
        "outlet": a.outlet,
        "warnings": list(a.warnings),
        "n_sentences": len(a.sentences),
        "n_mentions": len(a.mentions),
        "n_entities": len(a.entities),
        "n_quotes": len(a.quotes),
        "mean_polarity": round(sum(pols) / len(pols), 4) if pols else None,
        "text": a.text,
    }


def rows(articles: Iterable[Article]) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {name: [] for name in TABLE_NAMES}
    for a in articles:
        out["articles"].append(article_row(a))
        for name in TABLE_NAMES[1:]:
            out[name].extend({"article_id": a.id, **asdict(r)} for r in getattr(a, name))
    return out


def to_tables(articles: Iterable[Article]) -> Tables:
    data = rows(articles)
    return Tables(**{name: pd.DataFrame(data[name], columns=COLUMNS[name]) for name in TABLE_NAMES})


def concat(parts: Iterable[Tables]) -> Tables:
    parts = list(parts)
    if not parts:
        return to_tables([])
    return Tables(
        **{name: pd.concat([getattr(p, name) for p in parts], ignore_index=True) for name in TABLE_NAMES}
    )


__all__ = ["COLUMNS", "TABLE_NAMES", "Tables", "article_row", "concat", "rows", "to_tables"]
