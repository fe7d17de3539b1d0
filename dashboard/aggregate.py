"""Summaries of (filtered) tables for the views: tidy frames that the chart builders and tables show.

Pure pandas; every number here is a count or mean over rows of the ``Tables`` passed in.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from itertools import combinations

import pandas as pd

from analysis.tables import Tables
from dashboard.filters import as_list, entity_stats, speaker_of
from dashboard.style import type_name

ENTITY_COLUMNS = ["name", "label", "type", "count", "sentences", "articles", "aliases", "polarity", "sentiment"]


def entity_counts(t: Tables) -> pd.DataFrame:
    """One row per entity over all articles: mentions, sentences and articles naming it, the mean
    polarity of those sentences and the majority targeted-sentiment label; most mentioned first."""
    out = entity_stats(t.mentions, t.sentences, per_article=False)
    if out.empty:
        return pd.DataFrame(columns=ENTITY_COLUMNS)
    # Label: the one the analysis gave most often across articles; aliases: all of them.
    votes: dict[str, Counter] = {}
    aliases: dict[str, set[str]] = {}
    for name, label, cell in zip(t.entities["name"], t.entities["label"], t.entities["aliases"], strict=True):
        votes.setdefault(name, Counter())[label] += 1
        aliases.setdefault(name, set()).update(as_list(cell))
    m = t.mentions[t.mentions["entity"].notna()]
    own = dict(zip(m["entity"], m["label"], strict=True))
    out["label"] = [votes[n].most_common(1)[0][0] if n in votes else own[n] for n in out["name"]]
    out["aliases"] = [sorted(aliases.get(n, ())) for n in out["name"]]
    out["type"] = out["label"].map(type_name)
    out = out.sort_values(["count", "name"], ascending=[False, True], kind="stable").reset_index(drop=True)
    return out[ENTITY_COLUMNS]


def speaker_kinds(t: Tables) -> pd.DataFrame:
    """Quotes per speaker and kind (direct / partial / indirect), most quoted speaker first."""
    if t.quotes.empty:
        return pd.DataFrame(columns=["speaker", "kind", "quotes", "total"])
    q = t.quotes.assign(speaker=speaker_of(t.quotes))
    out = q.groupby(["speaker", "kind"]).size().rename("quotes").reset_index()
    out["total"] = out.groupby("speaker")["quotes"].transform("sum")
    return out.sort_values(["total", "speaker", "kind"], ascending=[False, True, True]).reset_index(drop=True)


def speaker_order(kinds: pd.DataFrame) -> list[str]:
    return list(dict.fromkeys(kinds["speaker"]))


def cooccurrence(t: Tables, top: int = 12, counts: pd.DataFrame | None = None) -> pd.DataFrame:
    """Square frame over the ``top`` most mentioned entities: how many sentences name both
    (the diagonal: how many sentences name the entity)."""
    counts = entity_counts(t) if counts is None else counts
    names = list(counts["name"].head(top))
    m = t.mentions.loc[t.mentions["entity"].isin(names), ["article_id", "sentence", "entity"]]
    if m.empty:
        return pd.DataFrame(0, index=names, columns=names, dtype=int)
    # sentence x entity incidence (0/1); its Gram matrix counts the sentences each pair shares.
    incidence = (pd.crosstab([m["article_id"], m["sentence"]], m["entity"]) > 0).astype(int)
    shared = incidence.T @ incidence
    matrix = shared.reindex(index=names, columns=names, fill_value=0).astype(int)
    matrix.index.name = matrix.columns.name = None
    return matrix


def cooccurrence_pairs(matrix: pd.DataFrame) -> pd.DataFrame:
    """The off-diagonal cells of a co-occurrence matrix as rows (each pair once), most shared first."""
    names = list(matrix.index)
    rows = [
        {"entity": a, "with": b, "sentences": int(matrix.loc[a, b])}
        for a, b in combinations(names, 2)
        if matrix.loc[a, b] > 0
    ]
    out = pd.DataFrame(rows, columns=["entity", "with", "sentences"])
    return out.sort_values(["sentences", "entity", "with"], ascending=[False, True, True]).reset_index(drop=True)


@dataclass(frozen=True)
class Overview:
    articles: int
    sentences: int
    entities: int
    mentions: int
    quotes: int
    speakers: int
    mean_polarity: float | None
    top_entity: str | None
    top_entity_count: int
    top_speaker: str | None
    top_speaker_count: int


def overview(t: Tables, counts: pd.DataFrame | None = None) -> Overview:
    ents = entity_counts(t) if counts is None else counts
    spk = t.quotes["speaker"].dropna()
    top_speakers = spk.value_counts()
    pol = t.sentences["polarity"]
    return Overview(
        articles=len(t.articles),
        sentences=len(t.sentences),
        entities=len(ents),
        mentions=int(ents["count"].sum()) if len(ents) else 0,
        quotes=len(t.quotes),
        speakers=spk.nunique(),
        mean_polarity=round(float(pol.mean()), 4) if len(pol) else None,
        top_entity=ents["name"].iat[0] if len(ents) else None,
        top_entity_count=int(ents["count"].iat[0]) if len(ents) else 0,
        top_speaker=top_speakers.index[0] if len(top_speakers) else None,
        top_speaker_count=int(top_speakers.iat[0]) if len(top_speakers) else 0,
    )


def speaker_sentiment(t: Tables) -> pd.DataFrame:
    """Mean polarity of each speaker's quotes."""
    if t.quotes.empty:
        return pd.DataFrame(columns=["speaker", "polarity", "quotes"])
    q = t.quotes.assign(speaker=speaker_of(t.quotes))
    out = q.groupby("speaker").agg(polarity=("polarity", "mean"), quotes=("polarity", "size")).reset_index()
    out["polarity"] = out["polarity"].round(4)
    return out.sort_values(["quotes", "speaker"], ascending=[False, True]).reset_index(drop=True)


def _titles(t: Tables) -> pd.Series:
    titles = t.articles.set_index("article_id")["title"]
    return titles.fillna(t.articles.set_index("article_id")["source"])


def sentence_rows(t: Tables) -> pd.DataFrame:
    """The sentence table: one row per kept sentence, with the entities it names."""
    s = t.sentences
    m = t.mentions[t.mentions["entity"].notna()]
    named = m.groupby(["article_id", "sentence"])["entity"].agg(lambda e: list(dict.fromkeys(e)))
    entities = [named.get((a, i), []) for a, i in zip(s["article_id"], s["index"], strict=True)]
    out = pd.DataFrame(
        {
            "sentence": s["index"].to_numpy() + 1,
            "text": s["text"].to_numpy(),
            "polarity": s["polarity"].to_numpy(),
            "subjectivity": s["subjectivity"].to_numpy(),
            "label": s["label"].to_numpy(),
            "entities": entities,
            "key_terms": [as_list(k) for k in s["key_terms"]],
            "start": s["start"].to_numpy(),
            "end": s["end"].to_numpy(),
            "article": s["article_id"].map(_titles(t)).to_numpy(),
            "article_id": s["article_id"].to_numpy(),
        }
    )
    return out


def quote_rows(t: Tables) -> pd.DataFrame:
    """The quote table: one row per kept quote."""
    q = t.quotes
    return pd.DataFrame(
        {
            "speaker": speaker_of(q).to_numpy(),
            "kind": q["kind"].to_numpy(),
            "cue": q["cue"].to_numpy(),
            "text": q["text"].to_numpy(),
            "polarity": q["polarity"].to_numpy(),
            "subjectivity": q["subjectivity"].to_numpy(),
            "sentence": q["sentence"].to_numpy() + 1,
            "start": q["start"].to_numpy(),
            "end": q["end"].to_numpy(),
            "article": q["article_id"].map(_titles(t)).to_numpy(),
            "article_id": q["article_id"].to_numpy(),
        }
    )
