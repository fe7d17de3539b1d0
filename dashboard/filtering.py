"""Filtering: pure functions from ``Tables`` and a ``Filters`` value to the kept rows.

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

from dataclasses import dataclass

import numpy as np
import pandas as pd

from analysis.corpus.tables import Tables
from analysis.records import REFERENCE_LABELS
from dashboard.entity_codes import EntityCodes
from dashboard.entity_codes import build as build_entity_codes
from dashboard.filters import Filters
from dashboard.stats import article_codes, codes_of, packed, recount_entities, speaker_of


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
    q_voice: dict[str, np.ndarray]
    #: the mentions' codes for recounting entities (None: the pandas path counts)
    entity_codes: EntityCodes | None = None


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
    s_key = packed(s_sorted, "index", codes)
    m_key = packed(m, "sentence", codes)
    return Index(
        s_order=order,
        s_start=packed(s_sorted, "start", codes),
        s_end=packed(s_sorted, "end", codes),
        s_key=s_key,
        s_article=codes_of(s_sorted, codes),
        s_polarity=s_sorted["polarity"].to_numpy(dtype=float),
        s_terms=[set(k) for k in s_sorted["key_terms"]],
        q_start=packed(q, "start", codes),
        q_end=packed(q, "end", codes),
        q_key=packed(q, "sentence", codes),
        q_article=codes_of(q, codes),
        q_speaker=speaker_of(q).to_numpy(dtype=object),
        q_polarity=q["polarity"].to_numpy(dtype=float),
        q_voice_start=np.where(voiced, packed(q, "speaker_start", codes), -1),
        q_voice_end=np.where(voiced, packed(q, "speaker_end", codes), -1),
        m_key=m_key,
        m_start=packed(m, "start", codes),
        m_end=packed(m, "end", codes),
        m_entity=m["entity"].to_numpy(dtype=object),
        m_names=~m["label"].isin(REFERENCE_LABELS).to_numpy(),
        a_ids=a_ids,
        a_tags=[set(tags.get(a) or ()) for a in a_ids],
        a_terms=[set(terms.get(a) or ()) for a in a_ids],
        type_names=type_names,
        q_voice=voice_columns(t),
        entity_codes=build_entity_codes(t, a_ids, m_key, s_key, order),
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
        theirs = np.ones(len(ix.q_key), dtype=bool)
        for field_name, column in VOICE_FACETS.items():
            wanted = getattr(f, field_name)
            if wanted:
                theirs &= _member(ix.q_voice[column], set(wanted))
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
    sentence_rows = np.sort(ix.s_order[sent_ok])
    sents = t.sentences.iloc[sentence_rows]
    mentions = t.mentions[mention_ok]
    entities = None
    if ix.entity_codes is not None:
        s_keep = np.zeros(len(t.sentences), dtype=bool)
        s_keep[sentence_rows] = True
        entities = ix.entity_codes.recount(mention_ok, s_keep)
    return Tables(
        articles=t.articles[t.articles["article_id"].isin(set(ix.a_ids[sorted(kept_articles)]))],
        sentences=sents,
        mentions=mentions,
        entities=recount_entities(t, mentions, sents) if entities is None else entities,
        quotes=t.quotes[quote_ok],
        speakers=t.speakers,
    )
