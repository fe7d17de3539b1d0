"""Filters over the analysis tables: pure functions from ``Tables`` and a ``Filters`` value to the kept rows.

No Streamlit here: the sidebar builds a ``Filters``, every view reads the ``Tables`` that ``apply``
returns, so charts and tables all recompute from the same kept rows, for one article or a corpus.

Within one facet the chosen values are alternatives (Khan *or* Pakistan); facets combine (entity
Khan *and* polarity above 0). What each facet keeps:

* entity (and entity type): the sentences that mention a chosen entity, and the quotes by it or
  containing a mention of it; a type filter also limits the mentions counted to that type;
* topic (an article's tags and key terms): the articles with that topic; in them, the sentences
  containing the key term (all sentences of an article *tagged* with the topic) and their quotes;
* speaker: that speaker's quotes, and the sentences they lie in;
* polarity range: the sentences and quotes whose polarity lies in the range.

Mentions are kept when their sentence is kept; the entity rows are then recounted from the kept
mentions, so every count in every view can be traced to rows still on screen.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

import pandas as pd

from analysis.tables import COLUMNS, Tables
from dashboard.style import UNATTRIBUTED, type_name

FULL_RANGE: tuple[float, float] = (-1.0, 1.0)


@dataclass(frozen=True)
class Chip:
    facet: str  # the Filters field it belongs to
    value: str
    label: str  # what the user sees, e.g. "Entity: Shafqat Ali Khan"


@dataclass(frozen=True)
class Filters:
    entities: tuple[str, ...] = ()
    types: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    speakers: tuple[str, ...] = ()
    polarity: tuple[float, float] = FULL_RANGE

    @property
    def polarity_active(self) -> bool:
        return tuple(self.polarity) != FULL_RANGE

    @property
    def active(self) -> bool:
        return bool(self.entities or self.types or self.topics or self.speakers or self.polarity_active)

    def chips(self) -> list[Chip]:
        out = [Chip("entities", v, f"Entity: {v}") for v in self.entities]
        out += [Chip("types", v, f"Type: {type_name(v)}") for v in self.types]
        out += [Chip("topics", v, f"Topic: {v}") for v in self.topics]
        out += [Chip("speakers", v, f"Speaker: {v}") for v in self.speakers]
        if self.polarity_active:
            lo, hi = self.polarity
            out.append(Chip("polarity", f"{lo:+.2f}..{hi:+.2f}", f"Polarity {lo:+.2f} to {hi:+.2f}"))
        return out

    def describe(self, max_values: int = 3) -> str:
        """One line for chart titles and file names: what the rows on show were filtered by."""
        if not self.active:
            return "all sentences and quotes"

        def listed(values: Iterable[str]) -> str:
            values = list(values)
            more = len(values) - max_values
            return ", ".join(values[:max_values]) + (f" +{more} more" if more > 0 else "")

        parts = []
        if self.entities:
            parts.append(f"entity {listed(self.entities)}")
        if self.types:
            parts.append(f"type {listed(type_name(t) for t in self.types)}")
        if self.topics:
            parts.append(f"topic {listed(self.topics)}")
        if self.speakers:
            parts.append(f"speaker {listed(self.speakers)}")
        if self.polarity_active:
            lo, hi = self.polarity
            parts.append(f"polarity {lo:+.2f} to {hi:+.2f}")
        return "filtered by " + "; ".join(parts)


def speaker_of(quotes: pd.DataFrame) -> pd.Series:
    """Each quote's speaker as shown and filtered on (unattributed quotes get a visible bucket)."""
    return quotes["speaker"].fillna(UNATTRIBUTED).astype(str)


def _keys(article_ids: pd.Series, indexes: pd.Series) -> pd.MultiIndex:
    return pd.MultiIndex.from_arrays([article_ids.to_numpy(), indexes.to_numpy()])


def as_list(value: object) -> list:
    """A list cell as a list: rows read back from Parquet hold arrays, missing cells None or NaN."""
    if value is None or isinstance(value, float | str):
        return [value] if isinstance(value, str) else []
    return list(value)  # type: ignore[call-overload]


def _any_in(lists: pd.Series, wanted: set[str]) -> pd.Series:
    return lists.map(lambda xs: not wanted.isdisjoint(as_list(xs))).astype(bool)


def entity_selection(t: Tables, f: Filters) -> set[str] | None:
    """The entity names the entity and type facets choose, or None when neither is set."""
    if not (f.entities or f.types):
        return None
    names = set(f.entities) if f.entities else set(t.entities["name"])
    if f.types:
        names &= set(t.entities.loc[t.entities["label"].isin(f.types), "name"])
    return names


def _quotes_about(quotes: pd.DataFrame, mentions: pd.DataFrame) -> pd.Series:
    """For each quote: does a mention in ``mentions`` lie inside the quoted words?"""
    if quotes.empty or mentions.empty:
        return pd.Series(False, index=quotes.index)
    q = quotes[["article_id", "start", "end"]].reset_index(names="_row")
    m = mentions[["article_id", "start", "end"]].rename(columns={"start": "m_start", "end": "m_end"})
    pairs = q.merge(m, on="article_id")
    inside = pairs[(pairs["m_start"] >= pairs["start"]) & (pairs["m_end"] <= pairs["end"])]
    return pd.Series(quotes.index.isin(inside["_row"]), index=quotes.index)


def _sentences_overlapping(sentences: pd.DataFrame, quotes: pd.DataFrame) -> pd.Series:
    """For each sentence: does it hold part of one of ``quotes`` or the words naming its speaker?"""
    if sentences.empty or quotes.empty:
        return pd.Series(False, index=sentences.index)
    s = sentences[["article_id", "start", "end"]].reset_index(names="_row")
    q = quotes[["article_id", "start", "end", "speaker_start"]].rename(columns={"start": "q_start", "end": "q_end"})
    pairs = s.merge(q, on="article_id")
    overlaps = (pairs["start"] < pairs["q_end"]) & (pairs["end"] > pairs["q_start"])
    names_speaker = pairs["speaker_start"].notna() & pairs["speaker_start"].between(pairs["start"], pairs["end"] - 1)
    return pd.Series(sentences.index.isin(pairs.loc[overlaps | names_speaker, "_row"]), index=sentences.index)


def recount_entities(t: Tables, mentions: pd.DataFrame, sentences: pd.DataFrame) -> pd.DataFrame:
    """Entity rows (the ``Entity`` record per article) recounted from kept mentions and sentences.

    ``count`` is the number of kept mentions, ``polarity`` the mean polarity of the kept sentences
    that mention the entity, ``sentiment`` the most frequent targeted-sentiment label of its kept
    mentions; ``label`` and ``aliases`` come from the analysis.
    """
    m = mentions[mentions["entity"].notna()]
    if m.empty:
        return pd.DataFrame(columns=COLUMNS["entities"])
    counts = m.groupby(["article_id", "entity"], sort=False).size().rename("count")
    pol = sentences.set_index(["article_id", "index"])["polarity"]
    distinct = m[["article_id", "entity", "sentence"]].drop_duplicates()
    distinct = distinct.join(pol, on=["article_id", "sentence"])
    polarity = distinct.groupby(["article_id", "entity"], sort=False)["polarity"].mean().round(4)

    def majority(labels: pd.Series) -> str | None:
        labels = labels.dropna()
        return Counter(labels).most_common(1)[0][0] if len(labels) else None

    sentiment = m.groupby(["article_id", "entity"], sort=False)["sentiment"].agg(majority)
    out = pd.concat([counts, polarity, sentiment], axis=1).reset_index(names=["article_id", "name"])
    base = t.entities[["article_id", "name", "label", "aliases"]]
    out = out.merge(base, on=["article_id", "name"], how="left")
    out["aliases"] = out["aliases"].map(as_list)
    # A mention whose entity has no row (should not happen) keeps its own spaCy label.
    own = m.groupby(["article_id", "entity"], sort=False)["label"].first()
    missing = out["label"].isna()
    if missing.any():
        out.loc[missing, "label"] = [own[(a, n)] for a, n in out.loc[missing, ["article_id", "name"]].values]
    out = out.sort_values(["article_id", "count", "name"], ascending=[True, False, True], kind="stable")
    return out[COLUMNS["entities"]].reset_index(drop=True)


def apply(t: Tables, f: Filters) -> Tables:
    """The rows of ``t`` that ``f`` keeps; ``t`` itself when no filter is set."""
    if not f.active:
        return t
    arts, sents, quotes, mentions = t.articles, t.sentences, t.quotes, t.mentions
    sent_ok = pd.Series(True, index=sents.index)
    quote_ok = pd.Series(True, index=quotes.index)
    sent_keys = _keys(sents["article_id"], sents["index"])
    quote_keys = _keys(quotes["article_id"], quotes["sentence"])

    if f.topics:
        wanted = set(f.topics)
        tagged = _any_in(arts["topics"], wanted)
        termed = _any_in(arts["key_terms"], wanted)
        arts = arts[tagged | termed]
        tagged_ids = set(arts.loc[tagged[tagged | termed], "article_id"])
        has_term = _any_in(sents["key_terms"], wanted)
        term_keys = sent_keys[has_term.to_numpy()]
        in_arts = sents["article_id"].isin(arts["article_id"])
        sent_ok &= in_arts & (sents["article_id"].isin(tagged_ids) | has_term)
        quote_ok &= quotes["article_id"].isin(arts["article_id"]) & (
            quotes["article_id"].isin(tagged_ids) | pd.Series(quote_keys.isin(term_keys), index=quotes.index)
        )

    chosen = entity_selection(t, f)
    if chosen is not None:
        chosen_mentions = mentions[mentions["entity"].isin(chosen)]
        ent_keys = _keys(chosen_mentions["article_id"], chosen_mentions["sentence"])
        sent_ok &= pd.Series(sent_keys.isin(ent_keys), index=sents.index)
        quote_ok &= quotes["speaker"].isin(chosen) | _quotes_about(quotes, chosen_mentions)

    if f.speakers:
        by_speaker = speaker_of(quotes).isin(f.speakers)
        quote_ok &= by_speaker
        sent_ok &= _sentences_overlapping(sents, quotes[by_speaker])

    if f.polarity_active:
        lo, hi = f.polarity
        sent_ok &= sents["polarity"].between(lo, hi)
        quote_ok &= quotes["polarity"].between(lo, hi)

    sents, quotes = sents[sent_ok], quotes[quote_ok]
    kept_keys = _keys(sents["article_id"], sents["index"])
    mention_keys = _keys(mentions["article_id"], mentions["sentence"])
    mentions = mentions[mention_keys.isin(kept_keys)]
    if f.types:
        typed = set(t.entities.loc[t.entities["label"].isin(f.types), "name"])
        mentions = mentions[mentions["entity"].isin(typed)]
    arts = arts[arts["article_id"].isin(set(sents["article_id"]) | set(quotes["article_id"]))]
    return Tables(
        articles=arts,
        sentences=sents,
        mentions=mentions,
        entities=recount_entities(t, mentions, sents),
        quotes=quotes,
    )


@dataclass(frozen=True)
class Options:
    """What the sidebar offers, from all loaded articles (not from the filtered rows)."""

    entities: pd.DataFrame  # name, label, count: grouped by type, most mentioned first
    types: list[str]  # labels, most mentioned first
    topics: pd.DataFrame  # topic, tag (bool), term (bool), articles
    speakers: pd.DataFrame  # speaker, quotes


def options(t: Tables) -> Options:
    ents = t.entities
    if ents.empty:
        entities = pd.DataFrame(columns=["name", "label", "count"])
        types: list[str] = []
    else:
        entities = ents.groupby("name", as_index=False).agg(
            label=("label", lambda s: s.mode().iat[0]), count=("count", "sum")
        )
        type_totals = entities.groupby("label")["count"].sum().sort_values(ascending=False, kind="stable")
        types = list(type_totals.index)
        rank = {label: i for i, label in enumerate(types)}
        entities = entities.assign(_rank=entities["label"].map(rank))
        entities = entities.sort_values(["_rank", "count", "name"], ascending=[True, False, True])
        entities = entities.drop(columns="_rank").reset_index(drop=True)

    rows: dict[str, dict] = {}
    for tag_cell, term_cell in zip(t.articles["topics"], t.articles["key_terms"], strict=True):
        tags, terms = as_list(tag_cell), as_list(term_cell)
        for topic in dict.fromkeys([*tags, *terms]):
            row = rows.setdefault(topic, {"topic": topic, "tag": False, "term": False, "articles": 0})
            row["tag"] |= topic in tags
            row["term"] |= topic in terms
            row["articles"] += 1
    topics = pd.DataFrame(list(rows.values()), columns=["topic", "tag", "term", "articles"])
    # Tags first (an editor chose them), then key terms by how many articles share them.
    topics = topics.sort_values(["tag", "articles", "topic"], ascending=[False, False, True], kind="stable")

    speakers = speaker_of(t.quotes).value_counts().rename_axis("speaker").reset_index(name="quotes")
    speakers = speakers.sort_values(["quotes", "speaker"], ascending=[False, True], kind="stable")
    return Options(entities, types, topics.reset_index(drop=True), speakers.reset_index(drop=True))
