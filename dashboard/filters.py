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
* polarity range: the sentences and quotes whose polarity lies in the range;
* gender, speaker kind, role group (the Sources view's facets): the quotes whose speaker has it,
  and the sentences they lie in, like a speaker filter.

Mentions are kept when their sentence is kept; the entity rows are then recounted from the kept
mentions, so every count in every view can be traced to rows still on screen.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
import pandas as pd

from analysis.corpus.tables import COLUMNS, Tables
from analysis.records import REFERENCE_LABELS
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
    genders: tuple[str, ...] = ()
    source_kinds: tuple[str, ...] = ()
    role_groups: tuple[str, ...] = ()

    @property
    def voice_active(self) -> bool:
        return bool(self.genders or self.source_kinds or self.role_groups)

    @property
    def polarity_active(self) -> bool:
        return tuple(self.polarity) != FULL_RANGE

    @property
    def active(self) -> bool:
        return bool(
            self.entities or self.types or self.topics or self.speakers or self.polarity_active or self.voice_active
        )

    def chips(self) -> list[Chip]:
        out = [Chip("entities", v, f"Entity: {v}") for v in self.entities]
        out += [Chip("types", v, f"Type: {type_name(v)}") for v in self.types]
        out += [Chip("topics", v, f"Topic: {v}") for v in self.topics]
        out += [Chip("speakers", v, f"Speaker: {v}") for v in self.speakers]
        out += [Chip("genders", v, f"Gender: {v}") for v in self.genders]
        out += [Chip("source_kinds", v, f"Speaker kind: {v}") for v in self.source_kinds]
        out += [Chip("role_groups", v, f"Role group: {v}") for v in self.role_groups]
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
        for label, values in (
            ("gender", self.genders),
            ("speaker kind", self.source_kinds),
            ("role group", self.role_groups),
        ):
            if values:
                parts.append(f"{label} {listed(values)}")
        return "filtered by " + "; ".join(parts)


def speaker_of(quotes: pd.DataFrame) -> pd.Series:
    """Each quote's speaker as shown and filtered on (unattributed quotes get a visible bucket)."""
    return quotes["speaker"].fillna(UNATTRIBUTED).astype(str)


#: Sentence numbers and character offsets stay below this, so (article, position) packs into one int64.
POS = np.int64(1 << 32)


def article_codes(*frames: pd.DataFrame) -> dict[str, int]:
    """A small integer per article id seen in ``frames``."""
    seen = pd.unique(np.concatenate([frame["article_id"].to_numpy(dtype=object) for frame in frames]))
    return {aid: i for i, aid in enumerate(seen)}


def packed(frame: pd.DataFrame, column: str, codes: dict[str, int]) -> np.ndarray:
    """(article, ``column``) as one int64 per row: rows of different articles never compare equal,
    and within an article the order of ``column`` is kept."""
    art = frame["article_id"].map(codes).to_numpy(dtype=np.int64, na_value=-1)
    return art * POS + frame[column].fillna(-1).to_numpy(dtype=np.int64)


def as_list(value: object) -> list:
    """A list cell as a list: rows read back from Parquet hold arrays, missing cells None or NaN."""
    if value is None or isinstance(value, float | str):
        return [value] if isinstance(value, str) else []
    return list(value)  # type: ignore[call-overload]


def _any_in(lists: pd.Series, wanted: set[str]) -> np.ndarray:
    return np.fromiter((not wanted.isdisjoint(as_list(xs)) for xs in lists), dtype=bool, count=len(lists))


def entity_selection(t: Tables, f: Filters) -> set[str] | None:
    """The entity names the entity and type facets choose, or None when neither is set."""
    if not (f.entities or f.types):
        return None
    names = set(f.entities) if f.entities else set(t.entities["name"])
    if f.types:
        names &= set(t.entities.loc[t.entities["label"].isin(f.types), "name"])
    return names


def _contains(
    outer_start: np.ndarray, outer_end: np.ndarray, inner_start: np.ndarray, inner_end: np.ndarray
) -> np.ndarray:
    """For each outer span: does one of the (non-overlapping) inner spans lie inside it? Packed keys."""
    if not len(outer_start) or not len(inner_start):
        return np.zeros(len(outer_start), dtype=bool)
    order = np.argsort(inner_start, kind="stable")
    starts, ends = inner_start[order], inner_end[order]
    # The first inner span starting at or after the outer start is the only candidate.
    i = np.minimum(np.searchsorted(starts, outer_start, side="left"), len(starts) - 1)
    return (starts[i] >= outer_start) & (starts[i] < outer_end) & (ends[i] <= outer_end)


def _overlapping(starts: np.ndarray, ends: np.ndarray, span_start: np.ndarray, span_end: np.ndarray) -> np.ndarray:
    """For each sentence (sorted, non-overlapping, packed keys): does one of the spans overlap it?"""
    hit = np.zeros(len(starts) + 1, dtype=np.int64)
    if len(starts) and len(span_start):
        # From the last sentence starting at or before the span start, to the first one starting
        # at or after its end; the first is dropped when it ends before the span begins.
        lo = np.searchsorted(starts, span_start, side="right") - 1
        lo = np.where((lo >= 0) & (ends[np.maximum(lo, 0)] > span_start), lo, lo + 1)
        hi = np.searchsorted(starts, span_end, side="left")
        keep = hi > lo
        np.add.at(hit, lo[keep], 1)
        np.add.at(hit, hi[keep], -1)
    return np.cumsum(hit)[:-1] > 0


def naming(mentions: pd.DataFrame) -> pd.DataFrame:
    """The mention rows that name an entity: not the pronoun references ("he", "her"), which carry
    targeted sentiment for their entity but never count as mentions of it."""
    return mentions[mentions["entity"].notna() & ~mentions["label"].isin(REFERENCE_LABELS)]


def entity_stats(mentions: pd.DataFrame, sentences: pd.DataFrame, per_article: bool) -> pd.DataFrame:
    """Per entity (and article, with ``per_article``): ``count`` of mentions, ``sentences`` and
    ``articles`` naming it, mean ``polarity`` of those sentences, majority targeted ``sentiment``
    (over its mentions and the pronouns that refer to it).

    Columns ``article_id`` (with ``per_article``), ``name`` and the figures; in no particular order.
    """
    e = mentions[mentions["entity"].notna()]
    is_name = ~e["label"].isin(REFERENCE_LABELS).to_numpy()
    columns = [*(["article_id"] if per_article else []), "name", "count", "sentences", "articles", "polarity"]
    if not is_name.any():
        return pd.DataFrame(columns=[*columns, "sentiment"])
    codes = article_codes(sentences, e)
    art_all = e["article_id"].map(codes).to_numpy(dtype=np.int64)
    # Factorised as plain objects: an Arrow-backed index of names is slow to walk value by value.
    name_code, names = pd.factorize(e["entity"].to_numpy(dtype=object))
    key_all = art_all * len(names) + name_code if per_article else name_code.astype(np.int64)
    m, art, key = e[is_name], art_all[is_name], key_all[is_name]
    groups, group = np.unique(key, return_inverse=True)
    n = len(groups)
    sentence_code, sentence_keys = pd.factorize(packed(m, "sentence", codes))
    # Each (group, sentence) once: a sentence naming Khan twice counts once for his tone. Pairs are
    # packed into one int64 (groups x sentences stays far below 2**63), which np.unique sorts fast.
    n_sent = max(len(sentence_keys), 1)
    pair_keys = np.unique(group * n_sent + sentence_code)
    pair_group, pair_sentence = pair_keys // n_sent, np.asarray(sentence_keys)[pair_keys % n_sent]
    s_keys = packed(sentences, "index", codes)
    order = np.argsort(s_keys)
    at = np.minimum(np.searchsorted(s_keys[order], pair_sentence), max(len(s_keys) - 1, 0))
    found = (s_keys[order][at] == pair_sentence) if len(s_keys) else np.zeros(len(pair_keys), dtype=bool)
    pol = np.where(found, sentences["polarity"].to_numpy(dtype=float)[order][at] if len(s_keys) else 0.0, 0.0)
    with np.errstate(invalid="ignore", divide="ignore"):
        mean = np.bincount(pair_group, weights=pol, minlength=n) / np.bincount(
            pair_group, weights=found.astype(float), minlength=n
        )
    n_art = max(len(codes), 1)
    in_articles = np.unique(group * n_art + art) // n_art
    out = pd.DataFrame(
        {
            "name": np.asarray(names, dtype=object)[groups % len(names)],
            "count": np.bincount(group, minlength=n),
            "sentences": np.bincount(pair_group, minlength=n),
            "articles": np.bincount(in_articles, minlength=n),
            "polarity": np.round(mean, 4),
        }
    )
    if per_article:
        out.insert(0, "article_id", np.array(list(codes), dtype=object)[groups // len(names)])
    # Votes from every row of a named entity, pronoun references included.
    at = np.minimum(np.searchsorted(groups, key_all), n - 1)
    voted = groups[at] == key_all
    out["sentiment"] = majority_by_group(at[voted], e["sentiment"][voted], n)
    return out


def majority_by_group(group: np.ndarray, labels: pd.Series, n: int) -> list[str | None]:
    """The most frequent non-missing label of each of ``n`` groups (ties: alphabetical), else None."""
    codes, names = pd.factorize(labels.to_numpy(dtype=object), sort=True)
    width = max(len(names), 1)
    seen = codes >= 0
    votes = np.bincount(group[seen] * width + codes[seen], minlength=n * width).reshape(n, width)
    best = votes.argmax(axis=1)
    return [names[b] if votes[i, b] else None for i, b in enumerate(best)]


def recount_entities(t: Tables, mentions: pd.DataFrame, sentences: pd.DataFrame) -> pd.DataFrame:
    """Entity rows (the ``Entity`` record per article) recounted from kept mentions and sentences.

    ``count`` is the number of kept mentions, ``polarity`` the mean polarity of the kept sentences
    that mention the entity, ``sentiment`` the most frequent targeted-sentiment label of its kept
    mentions; ``label`` and ``aliases`` come from the analysis.
    """
    out = entity_stats(mentions, sentences, per_article=True)
    if out.empty:
        return pd.DataFrame(columns=COLUMNS["entities"])
    known = t.entities[["article_id", "name", "label", "aliases"]].drop_duplicates(["article_id", "name"])
    out = out.merge(known, on=["article_id", "name"], how="left")
    missing = out["label"].isna()
    if missing.any():  # a mention whose entity has no row (should not happen) keeps its own spaCy label
        m = naming(mentions).drop_duplicates(["article_id", "entity"])
        own = m.set_index(["article_id", "entity"])["label"]
        keys = pd.MultiIndex.from_frame(out.loc[missing, ["article_id", "name"]])
        out.loc[missing, "label"] = own.reindex(keys).to_numpy()
    out = out.sort_values(["article_id", "count", "name"], ascending=[True, False, True], kind="stable")
    return out[COLUMNS["entities"]].reset_index(drop=True)


@dataclass(frozen=True)
class Index:
    """The loaded tables as numpy arrays, built once per set of articles (filters run on these).

    Positions are packed (article, offset) keys; sentences are in text order; names are looked up
    through small integer codes, so a filter costs a few array operations however many rows.
    """

    s_order: np.ndarray  # row positions of t.sentences in text order
    s_start: np.ndarray
    s_end: np.ndarray
    s_key: np.ndarray  # (article, sentence number), in text order
    s_article: np.ndarray  # article codes, in text order
    s_polarity: np.ndarray
    s_terms: list[set[str]]
    q_start: np.ndarray
    q_end: np.ndarray
    q_key: np.ndarray  # the quote's sentence
    q_article: np.ndarray
    q_speaker: np.ndarray  # speaker as shown (object)
    q_polarity: np.ndarray
    q_voice_start: np.ndarray  # the words naming the speaker; -1 when none
    q_voice_end: np.ndarray
    m_key: np.ndarray  # the mention's sentence
    m_start: np.ndarray
    m_end: np.ndarray
    m_entity: np.ndarray  # entity name or None (object)
    m_names: np.ndarray  # the mention names its entity (not a pronoun reference to it)
    a_ids: np.ndarray  # article ids by code
    a_tags: list[set[str]]
    a_terms: list[set[str]]
    type_names: dict[str, set[str]]  # label -> entity names
    #: each quote's speaker's gender, kind and role group (analysis.extract.sources), "unknown" when
    #: the tables have no speaker row for it
    q_voice: dict[str, np.ndarray] | None = None


def index(t: Tables) -> Index:
    codes = article_codes(t.articles, t.sentences, t.quotes, t.mentions)
    a_ids = np.array(list(codes), dtype=object)
    s, q, m = t.sentences, t.quotes, t.mentions
    order = np.argsort(packed(s, "start", codes), kind="stable")
    s_sorted = s.iloc[order]
    tags = dict(zip(t.articles["article_id"], t.articles["topics"], strict=True))
    terms = dict(zip(t.articles["article_id"], t.articles["key_terms"], strict=True))
    voiced = q["speaker_start"].notna().to_numpy()
    type_names: dict[str, set[str]] = {}
    for name, label in zip(t.entities["name"], t.entities["label"], strict=True):
        type_names.setdefault(label, set()).add(name)
    return Index(
        s_order=order,
        s_start=packed(s_sorted, "start", codes),
        s_end=packed(s_sorted, "end", codes),
        s_key=packed(s_sorted, "index", codes),
        s_article=s_sorted["article_id"].map(codes).to_numpy(dtype=np.int64),
        s_polarity=s_sorted["polarity"].to_numpy(dtype=float),
        s_terms=[set(as_list(k)) for k in s_sorted["key_terms"]],
        q_start=packed(q, "start", codes),
        q_end=packed(q, "end", codes),
        q_key=packed(q, "sentence", codes),
        q_article=q["article_id"].map(codes).to_numpy(dtype=np.int64),
        q_speaker=speaker_of(q).to_numpy(dtype=object),
        q_polarity=q["polarity"].to_numpy(dtype=float),
        q_voice_start=np.where(voiced, packed(q, "speaker_start", codes), -1),
        q_voice_end=np.where(voiced, packed(q, "speaker_end", codes), -1),
        m_key=packed(m, "sentence", codes),
        m_start=packed(m, "start", codes),
        m_end=packed(m, "end", codes),
        m_entity=m["entity"].to_numpy(dtype=object),
        m_names=~m["label"].isin(REFERENCE_LABELS).to_numpy(),
        a_ids=a_ids,
        a_tags=[set(as_list(tags.get(a))) for a in a_ids],
        a_terms=[set(as_list(terms.get(a))) for a in a_ids],
        type_names=type_names,
        q_voice=voice_columns(t),
    )


#: Filters field -> speakers table column.
VOICE_FACETS = {"genders": "gender", "source_kinds": "kind", "role_groups": "role_group"}


def voice_columns(t: Tables) -> dict[str, np.ndarray]:
    """Per quote, its speaker's gender, kind and role group (the speakers row of its article)."""
    sp = t.speakers.drop_duplicates(["article_id", "name"]).set_index(["article_id", "name"])
    keys = pd.MultiIndex.from_arrays([t.quotes["article_id"], t.quotes["speaker"]])
    out = {}
    for column in VOICE_FACETS.values():
        values = sp[column].reindex(keys) if column in sp and len(sp) else pd.Series(index=keys, dtype=object)
        out[column] = values.fillna("unknown").to_numpy(dtype=object)
    return out


def _member(values: np.ndarray, wanted: set) -> np.ndarray:
    return np.fromiter((v in wanted for v in values), dtype=bool, count=len(values))


def apply(t: Tables, f: Filters, ix: Index | None = None) -> Tables:
    """The rows of ``t`` that ``f`` keeps; ``t`` itself when no filter is set. ``ix`` is
    ``index(t)``, built here when not given."""
    if not f.active:
        return t
    ix = ix or index(t)
    sent_ok = np.ones(len(ix.s_key), dtype=bool)
    quote_ok = np.ones(len(ix.q_key), dtype=bool)

    if f.topics:
        wanted = set(f.topics)
        tagged = np.array([not wanted.isdisjoint(tags) for tags in ix.a_tags], dtype=bool)
        termed = np.array([not wanted.isdisjoint(terms) for terms in ix.a_terms], dtype=bool)
        term_sentences = np.array([not wanted.isdisjoint(terms) for terms in ix.s_terms], dtype=bool)
        # In a tagged article every sentence is about the topic; otherwise those with the key term.
        sent_ok &= tagged[ix.s_article] | (termed[ix.s_article] & term_sentences)
        quote_ok &= tagged[ix.q_article] | (termed[ix.q_article] & np.isin(ix.q_key, ix.s_key[term_sentences]))

    chosen = entity_selection(t, f)
    if chosen is not None:
        named = _member(ix.m_entity, chosen) & ix.m_names
        sent_ok &= np.isin(ix.s_key, ix.m_key[named])
        about = _contains(ix.q_start, ix.q_end, ix.m_start[named], ix.m_end[named])
        quote_ok &= _member(ix.q_speaker, chosen) | about

    if f.speakers:
        theirs = _member(ix.q_speaker, set(f.speakers))
        quote_ok &= theirs
        voiced = theirs & (ix.q_voice_start >= 0)
        span_start = np.concatenate([ix.q_start[theirs], ix.q_voice_start[voiced]])
        span_end = np.concatenate([ix.q_end[theirs], ix.q_voice_end[voiced]])
        sent_ok &= _overlapping(ix.s_start, ix.s_end, span_start, span_end)

    if f.voice_active:
        voice = ix.q_voice if ix.q_voice is not None else voice_columns(t)
        theirs = np.ones(len(ix.q_key), dtype=bool)
        for field_name, column in VOICE_FACETS.items():
            wanted = getattr(f, field_name)
            if wanted:
                theirs &= _member(voice[column], set(wanted))
        quote_ok &= theirs
        sent_ok &= _overlapping(ix.s_start, ix.s_end, ix.q_start[theirs], ix.q_end[theirs])

    if f.polarity_active:
        lo, hi = f.polarity
        sent_ok &= (ix.s_polarity >= lo) & (ix.s_polarity <= hi)
        quote_ok &= (ix.q_polarity >= lo) & (ix.q_polarity <= hi)

    mention_ok = np.isin(ix.m_key, ix.s_key[sent_ok])
    if f.types:
        typed = set().union(*(ix.type_names.get(label, set()) for label in f.types))
        mention_ok &= _member(ix.m_entity, typed)
    kept_articles = set(ix.s_article[sent_ok]) | set(ix.q_article[quote_ok])
    sents = t.sentences.iloc[np.sort(ix.s_order[sent_ok])]
    mentions = t.mentions[mention_ok]
    return Tables(
        articles=t.articles[t.articles["article_id"].isin(set(ix.a_ids[sorted(kept_articles)]))],
        sentences=sents,
        mentions=mentions,
        entities=recount_entities(t, mentions, sents),
        quotes=t.quotes[quote_ok],
        speakers=t.speakers,
    )


@dataclass(frozen=True)
class Options:
    """What the sidebar offers, from all loaded articles (not from the filtered rows)."""

    entities: pd.DataFrame  # name, label, count: grouped by type, most mentioned first
    types: list[str]  # labels, most mentioned first
    topics: pd.DataFrame  # topic, tag (bool), term (bool), articles
    speakers: pd.DataFrame  # speaker, quotes
    #: the Sources facets' values present, each with its quotes: {"genders": {"female": 3, ...}}
    voices: dict[str, dict[str, int]] | None = None


def options(t: Tables) -> Options:
    ents = t.entities
    if ents.empty:
        entities = pd.DataFrame(columns=["name", "label", "count"])
        types: list[str] = []
    else:
        # Each name's label: the one the analysis gave it in most articles (ties: alphabetical).
        votes = ents.groupby(["name", "label"]).size().rename("n").reset_index()
        votes = votes.sort_values(["name", "n", "label"], ascending=[True, False, True]).drop_duplicates("name")
        entities = ents.groupby("name", as_index=False)["count"].sum()
        entities.insert(1, "label", entities["name"].map(votes.set_index("name")["label"]))
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
    voice = voice_columns(t)
    voices = {
        field_name: pd.Series(voice[column]).value_counts().to_dict() for field_name, column in VOICE_FACETS.items()
    }
    return Options(entities, types, topics.reset_index(drop=True), speakers.reset_index(drop=True), voices)
