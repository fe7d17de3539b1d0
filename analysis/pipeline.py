"""RawArticle -> Article: the extractors run in order over one parsed Doc."""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Iterable, Iterator
from statistics import fmean

from spacy.tokens import Doc

from analysis import entities, quotes, sentiment, topics
from analysis.articles import Layout, RawArticle, parse_layout
from analysis.casing import analysis_view
from analysis.nlp import load_pipeline, make_doc, parse
from analysis.records import Article, Sentence


def prepare(raw: RawArticle) -> tuple[Layout, Doc]:
    """Split the layout and tokenise the analysis view (no model components run yet)."""
    layout = parse_layout(raw.text)
    view = analysis_view(raw.text, layout)
    breaks = []
    if layout.title_span:
        breaks.append(layout.title_span[0])
        # The body starts a new sentence even when only one newline follows the headline.
        rest = raw.text[layout.title_span[1] :]
        offset = len(rest) - len(rest.lstrip())
        breaks.append(layout.title_span[1] + offset)
    joined = None
    if layout.dateline_span:
        # From the dateline to the first word after its dash: one sentence with what follows.
        a, b = layout.dateline_span
        rest = raw.text[b:]
        joined = (a, b + len(rest) - len(rest.lstrip(" \u00a0—–-")))
    return layout, make_doc(load_pipeline(), view, breaks, joined)


def _sentences(doc: Doc, text: str) -> list[Sentence]:
    out: list[Sentence] = []
    for sent in doc.sents:
        toks = [t for t in sent if not t.is_space]
        if not toks:
            continue
        start, end = toks[0].idx, toks[-1].idx + len(toks[-1])
        chunk = text[start:end]
        pol, subj = sentiment.polarity_subjectivity(chunk)
        out.append(
            Sentence(
                index=len(out),
                start=start,
                end=end,
                text=chunk,
                polarity=pol,
                subjectivity=subj,
                label=sentiment.label_for(pol),
            )
        )
    return out


def analyze_doc(raw: RawArticle, layout: Layout, doc: Doc) -> Article:
    text = raw.text
    sents = _sentences(doc, text)
    starts = [s.start for s in sents]

    def sentence_of(pos: int) -> int:
        return max(bisect.bisect_right(starts, pos) - 1, 0) if starts else -1

    mentions, ents = entities.extract(doc, text)
    for m in mentions:
        m.sentence = sentence_of(m.start)
    sentence_ids: dict[str, set[int]] = defaultdict(set)
    for m in mentions:
        if m.entity:
            sentence_ids[m.entity].add(m.sentence)
    for e in ents:
        ids = sentence_ids.get(e.name)
        e.polarity = round(fmean(sents[i].polarity for i in ids), 4) if ids and sents else None

    found = quotes.extract(doc, text, quotes.speaker_resolver(mentions))
    for q in found:
        q.sentence = sentence_of(q.start)
        q.polarity, q.subjectivity = sentiment.polarity_subjectivity(q.text)

    occurrences = topics.term_occurrences(doc, mentions)
    terms = topics.key_terms(occurrences, layout.title_span[1] if layout.title_span else None)
    by_sentence = topics.terms_by_sentence(occurrences, terms, starts)
    for s in sents:
        s.key_terms = by_sentence.get(s.index, [])

    all_topics = list(dict.fromkeys([*raw.topics, *layout.topics]))
    return Article(
        source=raw.source,
        id=raw.id,
        title=raw.title or layout.title,
        topics=all_topics,
        dateline=layout.dateline,
        text=text,
        warnings=list(raw.warnings),
        sentences=sents,
        mentions=mentions,
        entities=ents,
        quotes=found,
        key_terms=terms,
        date=raw.date,
        url=raw.url,
        outlet=raw.outlet,
    )


def analyze(raw: RawArticle) -> Article:
    layout, doc = prepare(raw)
    (doc,) = parse([doc])
    return analyze_doc(raw, layout, doc)


def analyze_many(raws: Iterable[RawArticle], n_process: int = 1, batch_size: int = 32) -> Iterator[Article]:
    """Analyse many articles through ``nlp.pipe``; results come back in input order."""
    prepared = ((prepare(raw), raw) for raw in raws)
    nlp = load_pipeline()
    stream = ((doc, (raw, layout)) for (layout, doc), raw in prepared)
    for doc, (raw, layout) in nlp.pipe(stream, as_tuples=True, n_process=n_process, batch_size=batch_size):
        yield analyze_doc(raw, layout, doc)
