"""Summaries of (filtered) tables for the views: tidy frames that the chart builders and tables show.

Pure pandas; every number here is a count or mean over rows of the ``Tables`` passed in.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from itertools import combinations

import numpy as np
import pandas as pd

from analysis.corpus.tables import Tables
from analysis.records import QUOTE_KINDS, SENTIMENT_LABELS
from dashboard.entity_codes import EntityCodes
from dashboard.stats import entity_stats, naming, speaker_of
from dashboard.style import UNATTRIBUTED, type_name

ENTITY_COLUMNS = ["name", "label", "type", "count", "sentences", "articles", "aliases", "polarity", "sentiment"]


def entity_names(t: Tables) -> pd.DataFrame:
    """Per entity name, over all articles: the type label the analysis gave it most often (ties:
    alphabetical) and every alias it appeared under. Indexed by name; built once per corpus."""
    e = t.entities
    if e.empty:
        return pd.DataFrame({"label": pd.Series(dtype=object), "aliases": pd.Series(dtype=object)})
    votes = e.groupby(["name", "label"]).size().rename("n").reset_index()
    votes = votes.sort_values(["name", "n", "label"], ascending=[True, False, True]).drop_duplicates("name")
    out = votes.set_index("name")[["label"]]
    aliases = e[["name", "aliases"]].explode("aliases").dropna(subset=["aliases"]).drop_duplicates()
    aliases = aliases.sort_values("aliases")
    # A dict of lists, not groupby().agg(list): that calls Python once per group (13,000 on the BBC set).
    grouped: dict[str, list[str]] = {}
    for n, a in zip(aliases["name"].tolist(), aliases["aliases"].tolist(), strict=True):
        grouped.setdefault(n, []).append(a)
    out["aliases"] = [grouped.get(n, []) for n in out.index]
    return out


def entity_counts(t: Tables, names: pd.DataFrame | None = None, codes: EntityCodes | None = None) -> pd.DataFrame:
    """One row per entity over all articles: mentions, sentences and articles naming it, the mean
    polarity of those sentences and the majority targeted-sentiment label; most mentioned first.
    ``names`` is ``entity_names`` of the whole corpus (computed from ``t`` when not given). With
    ``codes`` (the loaded corpus' ``EntityCodes``; ``t`` its rows or a row subset of them, as a filter
    keeps), counted from the codes: the same figures."""
    if codes is not None:
        out = codes.per_name(*codes.rows(t.mentions, t.sentences))
        if out is None:
            return pd.DataFrame(columns=ENTITY_COLUMNS)
    else:
        out = entity_stats(t.mentions, t.sentences, per_article=False)
        if out.empty:
            return pd.DataFrame(columns=ENTITY_COLUMNS)
    names = entity_names(t) if names is None else names
    label = out["name"].map(names["label"])
    if label.isna().any():  # a mention whose entity has no row (should not happen) keeps its own label
        m = naming(t.mentions)
        label = label.fillna(out["name"].map(m.drop_duplicates("entity").set_index("entity")["label"]))
    out["label"] = label.to_numpy(dtype=object)
    aliases = out["name"].map(names["aliases"])
    out["aliases"] = [a if isinstance(a, list) else [] for a in aliases]
    out["type"] = out["label"].map(type_name)
    out = out.sort_values(["count", "name"], ascending=[False, True], kind="stable").reset_index(drop=True)
    return out[ENTITY_COLUMNS]


def speaker_kinds(t: Tables) -> pd.DataFrame:
    """Quotes per speaker and kind (direct / partial / indirect), most quoted speaker first. Quotes with
    no speaker found take no place in the ranking (``Overview.unattributed`` counts them)."""
    q = t.quotes[t.quotes["speaker"].notna()]
    if q.empty:
        return pd.DataFrame(columns=["speaker", "kind", "quotes", "total"])
    q = q.assign(speaker=speaker_of(q))
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
    m = naming(t.mentions)
    m = m.loc[m["entity"].isin(names), ["article_id", "sentence", "entity"]]
    if m.empty:
        return pd.DataFrame(0, index=names, columns=names, dtype=int)
    # sentence x entity incidence (0/1) by integer codes; its Gram matrix counts the sentences each
    # pair shares. (pd.crosstab aggregated in Python: most of the Entities tab's first run.)
    article = pd.factorize(m["article_id"])[0].astype(np.int64)
    sentence = m["sentence"].to_numpy(dtype=np.int64)
    sentence = sentence - sentence.min()
    row = pd.factorize(article * (int(sentence.max()) + 1) + sentence)[0]
    col = pd.Index(names).get_indexer(m["entity"])
    incidence = np.zeros((int(row.max()) + 1, len(names)), dtype=np.int64)
    incidence[row, col] = 1
    return pd.DataFrame(incidence.T @ incidence, index=names, columns=names)


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
    #: quotes with no speaker found: counted here and as their own line of the speaker table
    unattributed: int = 0


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
        unattributed=int(t.quotes["speaker"].isna().sum()),
    )


def speaker_sentiment(t: Tables) -> pd.DataFrame:
    """Mean polarity of each speaker's quotes (quotes with no speaker found are no speaker's)."""
    q = t.quotes[t.quotes["speaker"].notna()]
    if q.empty:
        return pd.DataFrame(columns=["speaker", "polarity", "quotes"])
    q = q.assign(speaker=speaker_of(q))
    out = q.groupby("speaker").agg(polarity=("polarity", "mean"), quotes=("polarity", "size")).reset_index()
    out["polarity"] = out["polarity"].round(4)
    return out.sort_values(["quotes", "speaker"], ascending=[False, True]).reset_index(drop=True)


def _titles(t: Tables) -> pd.Series:
    titles = t.articles.set_index("article_id")["title"]
    return titles.fillna(t.articles.set_index("article_id")["source"])


def sentence_rows(t: Tables, limit: int | None = None) -> pd.DataFrame:
    """The sentence table: one row per kept sentence (the first ``limit``), with the entities it names."""
    s = t.sentences if limit is None else t.sentences.head(limit)
    m = naming(t.mentions)
    if limit is not None:
        m = m[m["article_id"].isin(set(s["article_id"]))]
    # Each sentence's entities in text order, each once: one pass over the mentions.
    named: dict[tuple[str, int], list[str]] = {}
    for aid, i, entity in zip(m["article_id"], m["sentence"], m["entity"], strict=True):
        names = named.setdefault((aid, i), [])
        if entity not in names:
            names.append(entity)
    entities = [named.get((a, i), []) for a, i in zip(s["article_id"], s["index"], strict=True)]
    out = pd.DataFrame(
        {
            "sentence": s["index"].to_numpy() + 1,
            "text": s["text"].to_numpy(),
            "polarity": s["polarity"].to_numpy(),
            "subjectivity": s["subjectivity"].to_numpy(),
            "label": s["label"].to_numpy(),
            "entities": entities,
            "key_terms": list(s["key_terms"]),
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


# ---------------------------------------------------------------- corpus views


def safe_url(value: object) -> str | None:
    """An article's address if it is a web address (http or https), else None: a ``javascript:`` or
    ``data:`` URL from a table of articles must never become a link."""
    if not isinstance(value, str):
        return None
    url = value.strip()
    return url if url.lower().startswith(("http://", "https://")) and not any(c.isspace() for c in url) else None


def article_rows(t: Tables, entities: tuple[str, ...] = (), speakers: tuple[str, ...] = ()) -> pd.DataFrame:
    """One row per kept article, with counts from the kept rows: sentences, entity mentions, distinct
    entities, quotes, distinct speakers, the mean polarity of the kept sentences; with ``entities``
    (``speakers``), the mentions of (quotes by) those in each article, and the rows sorted by that."""
    a = t.articles
    ids = a["article_id"]
    m = naming(t.mentions)
    q = t.quotes.assign(speaker=speaker_of(t.quotes))
    sent = t.sentences.groupby("article_id")["polarity"].agg(["size", "mean"])
    ment = m.groupby("article_id")["entity"].agg(["size", "nunique"])
    quo = q.groupby("article_id")["speaker"].agg(["size", "nunique"])

    def col(frame: pd.DataFrame, name: str) -> pd.Series:
        return ids.map(frame[name]).fillna(0).astype(int) if len(frame) else pd.Series(0, index=ids.index)

    out = pd.DataFrame(
        {
            "title": a["title"].fillna(a["source"]).to_numpy(),
            "date": a["date"].to_numpy(),
            "outlet": a["outlet"].to_numpy(),
            # None, not [], when a page names no author: the column is dropped when no article has one.
            "authors": [list(x) or None for x in a["authors"]] if "authors" in a else None,
            "topics": list(a["topics"]),
            "sentences": col(sent, "size").to_numpy(),
            "mentions": col(ment, "size").to_numpy(),
            "entities": col(ment, "nunique").to_numpy(),
            "quotes": col(quo, "size").to_numpy(),
            "speakers": col(quo, "nunique").to_numpy(),
            "polarity": ids.map(sent["mean"]).round(4).to_numpy() if len(sent) else None,
            "url": [safe_url(u) for u in a["url"]],
            "language": a["language"].to_numpy() if "language" in a else None,
            "source": a["source"].to_numpy(),
            "article_id": ids.to_numpy(),
        }
    )
    sort: list[str] = []
    if speakers:
        by = q[q["speaker"].isin(speakers)].groupby("article_id").size()
        out.insert(4, "quotes by them", ids.map(by).fillna(0).astype(int).to_numpy())
        sort.append("quotes by them")
    if entities:
        by = m[m["entity"].isin(entities)].groupby("article_id").size()
        out.insert(4, "mentions of them", ids.map(by).fillna(0).astype(int).to_numpy())
        sort.insert(0, "mentions of them")
    if sort:
        out = out.sort_values(sort, ascending=False, kind="stable").reset_index(drop=True)
    return out


def article_dates(articles: pd.DataFrame) -> pd.Series:
    """Each article's date as a timestamp (UTC, no time zone), NaT when it has none or it does not
    parse; indexed by article id."""
    raw = articles["date"].where(articles["date"].map(lambda d: isinstance(d, str) and bool(d.strip())))
    dates = pd.to_datetime(raw, errors="coerce", utc=True, format="mixed")
    return pd.Series(dates.dt.tz_localize(None).to_numpy(), index=articles["article_id"].to_numpy(), name="date")


def period_for(dates: pd.Series) -> str:
    """``D`` for up to three weeks of dates, ``W`` up to a year, else ``M``."""
    d = dates.dropna()
    span = (d.max() - d.min()).days if len(d) else 0
    return "D" if span <= 21 else "W" if span <= 366 else "M"


def period_start(dates: pd.Series, freq: str) -> pd.Series:
    return dates.dt.to_period(freq).dt.start_time


def mentions_over_time(t: Tables, names: list[str], freq: str, dates: pd.Series | None = None) -> pd.DataFrame:
    """Mentions of each of ``names`` per period (``freq``), with the articles naming it then; only
    articles with a readable date count. Columns: period, entity, mentions, articles."""
    dates = article_dates(t.articles) if dates is None else dates
    m = naming(t.mentions)
    m = m.loc[m["entity"].isin(names), ["article_id", "entity"]]
    m = m.assign(when=m["article_id"].map(dates)).dropna(subset=["when"])
    if m.empty:
        return pd.DataFrame(columns=["period", "entity", "mentions", "articles"])
    m["period"] = period_start(m["when"], freq)
    out = m.groupby(["period", "entity"]).agg(mentions=("article_id", "size"), articles=("article_id", "nunique"))
    return out.reset_index().sort_values(["period", "entity"]).reset_index(drop=True)


def articles_over_time(t: Tables, freq: str, dates: pd.Series | None = None) -> pd.DataFrame:
    """Kept articles per period and topic tag (``(no tag)`` for untagged ones); only dated articles.
    Columns: period, topic, articles."""
    dates = article_dates(t.articles) if dates is None else dates
    a = t.articles[["article_id", "topics"]].assign(when=t.articles["article_id"].map(dates)).dropna(subset=["when"])
    if a.empty:
        return pd.DataFrame(columns=["period", "topic", "articles"])
    a["topic"] = [x[0] if x else "(no tag)" for x in a["topics"]]
    a["period"] = period_start(a["when"], freq)
    out = a.groupby(["period", "topic"]).size().rename("articles").reset_index()
    return out.sort_values(["period", "topic"]).reset_index(drop=True)


def topic_tone(t: Tables, topics: list[str]) -> pd.DataFrame:
    """Sentence tone per topic over the kept sentences, with the filter's meaning of a topic: every
    sentence of an article tagged with it, or the sentences holding it as a key term. Columns: topic,
    articles, sentences, negative, neutral, positive (counts), polarity (mean), most negative first."""
    s = t.sentences
    columns = ["topic", "articles", "sentences", "negative", "neutral", "positive", "polarity"]
    wanted = set(topics)
    # (sentence row, topic) pairs: every sentence of a tagged article, and sentences holding the term.
    # Plain loops over the lists, not explode and merge: a third of this on a corpus of 40,000
    # sentences. The pairs come in the same order: sentences in order with their article's tags,
    # then sentences in order with their terms.
    tags_of: dict[str, list[str]] = {}
    for aid, cell in zip(t.articles["article_id"].tolist(), t.articles["topics"].tolist(), strict=True):
        tags_of.setdefault(aid, []).extend(x for x in (cell if cell is not None else ()) if x in wanted)
    rows: list[int] = []
    names: list[str] = []
    for i, aid in enumerate(s["article_id"].tolist()):
        for tag in tags_of.get(aid, ()):
            rows.append(i)
            names.append(tag)
    for i, cell in enumerate(s["key_terms"].tolist()):
        for term in cell if cell is not None else ():
            if term in wanted:
                rows.append(i)
                names.append(term)
    pairs = pd.DataFrame({"row": np.array(rows, dtype=np.int64), "topics": pd.Series(names, dtype=object)})
    pairs = pairs.drop_duplicates()
    if pairs.empty:
        return pd.DataFrame(columns=columns)
    at = pairs["row"].to_numpy(dtype=np.int64)
    pairs = pairs.assign(
        article=s["article_id"].to_numpy()[at],
        label=s["label"].to_numpy()[at],
        polarity=s["polarity"].to_numpy(dtype=float)[at],
    )
    g = pairs.groupby("topics")
    out = pd.DataFrame(
        {
            "articles": g["article"].nunique(),
            "sentences": g.size(),
            "polarity": g["polarity"].mean().round(4),
        }
    )
    labels = pairs.groupby(["topics", "label"]).size().unstack(fill_value=0)
    for label in SENTIMENT_LABELS:
        out[label] = labels[label] if label in labels.columns else 0
    out = out.rename_axis("topic").reset_index()[columns]
    return out.sort_values(["polarity", "topic"], kind="stable").reset_index(drop=True)


def tone_topics(all_tables: Tables, top: int = 12) -> list[str]:
    """The topics the tone chart compares: the tags when articles have any (a folder tree's sub-folders,
    a table's topics column), else the key terms most articles share (at least two)."""
    tags = [x for cell in all_tables.articles["topics"] for x in cell]
    if tags:
        return [t for t, _ in Counter(tags).most_common(top)]
    terms = Counter(x for cell in all_tables.articles["key_terms"] for x in dict.fromkeys(cell))
    return [t for t, n in terms.most_common(top) if n >= 2]


def speaker_table(t: Tables) -> pd.DataFrame:
    """One row per speaker: quotes in total and by kind, the articles quoting them, and the mean
    polarity of their quotes; most quoted first."""
    columns = ["speaker", "quotes", *QUOTE_KINDS, "articles", "polarity"]
    if t.quotes.empty:
        return pd.DataFrame(columns=columns)
    q = t.quotes.assign(speaker=speaker_of(t.quotes))
    kinds = q.pivot_table(index="speaker", columns="kind", values="start", aggfunc="size", fill_value=0)
    out = q.groupby("speaker").agg(
        quotes=("kind", "size"), articles=("article_id", "nunique"), polarity=("polarity", "mean")
    )
    for kind in QUOTE_KINDS:
        out[kind] = kinds[kind] if kind in kinds.columns else 0
    out["polarity"] = out["polarity"].round(4)
    out = out.reset_index().sort_values(["quotes", "speaker"], ascending=[False, True], kind="stable")
    # quotes with no speaker found: their own line, last, never ranked among the speakers
    out = pd.concat([out[out["speaker"] != UNATTRIBUTED], out[out["speaker"] == UNATTRIBUTED]])
    return out[columns].reset_index(drop=True)
