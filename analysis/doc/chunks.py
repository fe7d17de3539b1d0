"""Long articles: cut into parts the model can take, analysed part by part, merged back.

spaCy's memory grows with a document's length (``nlp.max_length`` guards it), so an article longer
than ``MAX_CHARS`` is cut at paragraph breaks (else line breaks, else sentence ends, else spaces),
each part is analysed as its own text, and the results are shifted back to offsets in the whole
article and merged. What a cut can lose: a quote or a name that spans the cut, and "he said" whose
speaker was named only in an earlier part.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import replace
from statistics import fmean

from analysis.records import REFERENCE_LABELS, Article, Entity, Mention, Sentence, Speaker

MAX_CHARS = 100_000
_CUTS = (re.compile(r"\n[^\S\n]*\n"), re.compile(r"\n"), re.compile(r"[.!?][\"”’]?\s"), re.compile(r"\s"))


def cut_points(text: str, max_chars: int = MAX_CHARS) -> list[int]:
    """Offsets where parts start (always beginning with 0); every part is at most max_chars long."""
    starts = [0]
    pos = 0
    while len(text) - pos > max_chars:
        window = text[pos : pos + max_chars]
        cut = 0
        for pattern in _CUTS:
            found = [m.end() for m in pattern.finditer(window, max_chars // 2)]
            if found:
                cut = found[-1]
                break
        pos += cut or max_chars  # no white space at all: a hard cut
        starts.append(pos)
    return starts


def merge(parts: list[tuple[int, Article]], whole: Article) -> Article:
    """Merge per-part analyses (each with its start offset) into ``whole`` (metadata, full text)."""
    sentences, mentions, quotes = [], [], []
    for offset, part in parts:
        base = len(sentences)
        for s in part.sentences:
            sentences.append(replace(s, index=base + s.index, start=s.start + offset, end=s.end + offset))
        for m in part.mentions:
            mentions.append(replace(m, start=m.start + offset, end=m.end + offset, sentence=base + m.sentence))
        for q in part.quotes:
            quotes.append(
                replace(
                    q,
                    start=q.start + offset,
                    end=q.end + offset,
                    sentence=base + q.sentence,
                    speaker_start=None if q.speaker_start is None else q.speaker_start + offset,
                    speaker_end=None if q.speaker_end is None else q.speaker_end + offset,
                )
            )
    speakers = _merge_speakers([(offset, part.speakers) for offset, part in parts])
    entities = _merge_entities([e for _, part in parts for e in part.entities], mentions, sentences)
    term_counts = Counter(t for s in sentences for t in s.key_terms)
    key_terms = [t for t, _ in term_counts.most_common(len(parts[0][1].key_terms) or 10)]
    warnings = list(dict.fromkeys(w for _, part in parts for w in part.warnings))
    warnings.append(f"long article: analysed in {len(parts)} parts of at most {MAX_CHARS:,} characters")
    return replace(
        whole,
        sentences=sentences,
        mentions=mentions,
        quotes=quotes,
        speakers=speakers,
        entities=entities,
        key_terms=key_terms,
        warnings=warnings,
    )


def _merge_speakers(parts: list[tuple[int, list[Speaker]]]) -> list[Speaker]:
    """One speaker per name: counts added up, the first part's role and a known gender kept.
    A later part's paragraph numbers count from that part's start (parts do not know how many
    paragraphs came before them)."""
    out: dict[str, Speaker] = {}
    for offset, speakers in parts:
        for s in speakers:
            s = replace(
                s,
                role_start=None if s.role_start is None else s.role_start + offset,
                role_end=None if s.role_end is None else s.role_end + offset,
                in_headline=s.in_headline and offset == 0,
                in_lead=s.in_lead and offset == 0,
            )
            seen = out.get(s.name)
            if seen is None:
                out[s.name] = s
                continue
            seen.quotes += s.quotes
            seen.quoted_words += s.quoted_words
            if seen.role is None and s.role is not None:
                seen.role, seen.role_start, seen.role_end, seen.role_group = (
                    s.role,
                    s.role_start,
                    s.role_end,
                    s.role_group,
                )
            if seen.gender == "unknown" and s.gender != "unknown":
                seen.gender, seen.gender_evidence = s.gender, s.gender_evidence
            if seen.first_quote_paragraph is None:
                seen.first_quote_paragraph = s.first_quote_paragraph
    return list(out.values())


def _merge_entities(entities: list[Entity], mentions: list[Mention], sentences: list[Sentence]) -> list[Entity]:
    labels: dict[str, Counter[str]] = defaultdict(Counter)
    aliases: dict[str, set[str]] = defaultdict(set)
    for e in entities:
        labels[e.name][e.label] += e.count
        aliases[e.name].update(e.aliases)
    # Pronoun references inform an entity's sentiment but are not mentions of it.
    counts = Counter(m.entity for m in mentions if m.entity and m.label not in REFERENCE_LABELS)
    sent_ids: dict[str, set[int]] = defaultdict(set)
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for m in mentions:
        if m.entity:
            if m.label not in REFERENCE_LABELS:
                sent_ids[m.entity].add(m.sentence)
            if m.sentiment:
                votes[m.entity][m.sentiment] += 1
    out = []
    for name, n in counts.most_common():
        ids = sent_ids[name]
        out.append(
            Entity(
                name=name,
                label=labels[name].most_common(1)[0][0] if labels[name] else "MISC",
                count=n,
                aliases=sorted(aliases[name] - {name}),
                polarity=round(fmean(sentences[i].polarity for i in ids), 4) if ids else None,
                sentiment=votes[name].most_common(1)[0][0] if votes[name] else None,
            )
        )
    return out
