"""RawArticle -> Article: the extractors run in order over one parsed Doc."""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import replace
from statistics import fmean

from spacy.language import Language
from spacy.tokens import Doc

from analysis.doc import chunks, quality
from analysis.doc.casing import analysis_view
from analysis.doc.nlp import load_pipeline, make_doc
from analysis.doc.quote_marks import marks_as_read
from analysis.extract import entities, quotes, sentiment, sources, targeted, topics
from analysis.extract.quotes import references
from analysis.inputs.layout import Layout, parse_layout, share_bars
from analysis.inputs.raw import RawArticle
from analysis.records import REFERENCE_LABELS, Article, Sentence

Part = tuple[int, RawArticle, Layout, Doc]


def prepare(raw: RawArticle) -> list[Part]:
    """Split the layout and tokenise the analysis view (no model components run yet).

    Returns one part per stretch of at most ``chunks.MAX_CHARS`` characters, each as
    (offset in the article, the part as an article, its layout, its Doc); almost always one.
    """
    layout = parse_layout(raw.text, raw.title)
    view, tags = quality.blank_markup(analysis_view(raw.text, layout), raw.text)
    view = marks_as_read(view)
    if warning := quality.markup_warning(tags):
        raw = replace(raw, warnings=[*raw.warnings, warning])
    starts = chunks.cut_points(raw.text, chunks.MAX_CHARS)
    ends = [*starts[1:], len(raw.text)]
    nlp = load_pipeline()
    parts: list[Part] = []
    for a, b in zip(starts, ends, strict=True):
        part = raw if (a, b) == (0, len(raw.text)) else replace(raw, text=raw.text[a:b])
        # Only the first part holds the headline and dateline.
        part_layout = layout if a == 0 else Layout([], None, None, None, None, None)
        parts.append((a, part, part_layout, _make_doc(nlp, part.text, view[a:b], part_layout)))
    return parts


#: Spaces after a share bar, up to the first word.
_SPACES = re.compile(r"\s*")


def _make_doc(nlp: Language, text: str, view: str, layout: Layout) -> Doc:
    breaks = []
    if layout.title_span:
        breaks.append(layout.title_span[0])
        # The body starts a new sentence even when only one newline follows the headline.
        rest = text[layout.title_span[1] :]
        breaks.append(layout.title_span[1] + len(rest) - len(rest.lstrip()))
    # the words after a share bar start a sentence (a section's heading, then its first sentence)
    breaks += [_SPACES.match(text, b).end() for _, b in share_bars(text)]
    joined = None
    if layout.dateline_span is None and layout.dateline_end:
        breaks.append(layout.dateline_end)  # "(CNN)Journalists are ...": a credit with no place before it
    if layout.dateline_span:
        # From the dateline to the first word after its dash: one sentence with what follows. A wire
        # dateline with a date ("STAMFORD, Conn., March 2 - Acme Inc said") is a sentence of its own: read
        # with the sentence, the parse takes the place and the date into the subject of "said"; so is a
        # place before a glued credit ("Washington (CNN)Vice President Mike Pence cast").
        a, b = layout.dateline_span
        rest = text[b:]
        end = b + len(rest) - len(rest.lstrip(" \u00a0—–-"))
        if layout.dateline_end:
            end = layout.dateline_end
            while end < len(view) and view[end].isspace():
                end += 1  # "- <Acme Corp> said": the bracket is blanked in the view
            breaks.append(end)
            end -= 1
        joined = (a, end)
    return make_doc(nlp, view, breaks, joined)


def _sentences(doc: Doc, text: str) -> list[Sentence]:
    out: list[Sentence] = []
    for sent in doc.sents:
        toks = [t for t in sent if not t.is_space]
        if not toks:
            continue
        start, end = toks[0].idx, toks[-1].idx + len(toks[-1])
        # two apostrophes read as one mark (``doubled_apostrophes_as_marks``): the sentence takes both
        if start > 0 and text[start - 1 : start + 1] == "''":
            start -= 1
        if text[end - 1 : end + 1] == "''":
            end += 1
        # (three apostrophes after a full stop: the pair the last sentence took is not this one's too)
        start = max(start, out[-1].end if out else 0)
        if start >= end:
            continue
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


def analyze_doc(raw: RawArticle, layout: Layout, doc: Doc, sentiment_model: str = "light") -> Article:
    text = raw.text
    sents = _sentences(doc, text)
    starts = [s.start for s in sents]

    def sentence_of(pos: int) -> int:
        return max(bisect.bisect_right(starts, pos) - 1, 0) if starts else -1

    mentions, ents = entities.extract(doc, text)
    # One resolver per article, built whole before the quotes and the pronoun references read it.
    # The quote rules read the text with doubled apostrophes as one double mark and lost characters as spaces,
    # as the parse did (``marks_as_read``: the same length, every offset holds); each quote keeps the article's
    # own words.
    marked = marks_as_read(text)
    speakers = quotes.Speakers(doc, marked, mentions)
    found = quotes.extract(doc, marked, speakers)
    for q in found:
        q.text = text[q.start : q.end]
        q.sentence = sentence_of(q.start)
        q.polarity, q.subjectivity = sentiment.polarity_subjectivity(q.text)

    # "he", "her", "they": references to the people and groups named, resolved as quotes' speakers
    # are; they never count as names.
    pronouns = references.pronoun_mentions(doc, text, speakers, mentions)
    if pronouns:
        mentions = sorted([*mentions, *pronouns], key=lambda m: m.start)
    for m in mentions:
        m.sentence = sentence_of(m.start)
    # Who speaks: kind, role, gender per speaker; each quote's framing.
    voices = sources.extract(doc, text, mentions, found, speakers, layout.title_span)
    sentence_ids: dict[str, set[int]] = defaultdict(set)
    for m in mentions:
        if m.entity and m.label not in REFERENCE_LABELS:
            sentence_ids[m.entity].add(m.sentence)
    for e in ents:
        ids = sentence_ids.get(e.name)
        e.polarity = round(fmean(sents[i].polarity for i in ids), 4) if ids and sents else None
    # Entity-targeted sentiment ("light", "strong" or "none"); sentence polarity stays TextBlob's.
    # "the senator", "her opponent": described people and organisations are targets too (added
    # after the quotes and sources have read the names, which they leave alone).
    if sentiment_model != "none" and (described := targeted.described_mentions(doc, text, mentions)):
        for m in described:
            m.sentence = sentence_of(m.start)
        mentions = sorted([*mentions, *described], key=lambda m: m.start)
    targeted.score_mentions(text, sents, mentions, sentiment_model, doc=doc)
    targeted.entity_sentiment(mentions, ents)

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
        warnings=[*raw.warnings, *filter(None, [quality.language_warning(doc)])],
        sentences=sents,
        mentions=mentions,
        entities=ents,
        quotes=found,
        speakers=voices,
        key_terms=terms,
        date=raw.date,
        url=raw.url,
        outlet=raw.outlet,
        authors=list(raw.authors),
        language=raw.language,
    )


def _assemble(raw: RawArticle, parts: list[tuple[int, Article]]) -> Article:
    if len(parts) == 1:
        return parts[0][1]
    return chunks.merge(parts, replace(parts[0][1], text=raw.text, source=raw.source, id=raw.id))


def analyze(raw: RawArticle, sentiment_model: str = "light") -> Article:
    return next(analyze_many([raw], sentiment_model=sentiment_model))


def analyze_many(raws: Iterable[RawArticle], batch_size: int = 32, sentiment_model: str = "light") -> Iterator[Article]:
    """Analyse articles in this process through ``nlp.pipe``; results come back in input order.
    (``analysis.corpus.engine`` spreads batches over processes.)"""
    targeted.check_tier(sentiment_model)  # before any work: a missing extra is a clear error
    nlp = load_pipeline()
    stream = (
        (doc, (raw, n, offset, part, layout))
        for raw in raws
        for n, (offset, part, layout, doc) in enumerate(prepare(raw))
    )
    current: RawArticle | None = None
    done: list[tuple[int, Article]] = []
    for doc, (raw, n, offset, part, layout) in nlp.pipe(stream, as_tuples=True, batch_size=batch_size):
        if n == 0 and current is not None:
            yield _assemble(current, done)
            done = []
        current = raw
        done.append((offset, analyze_doc(part, layout, doc, sentiment_model)))
    if current is not None:
        yield _assemble(current, done)
