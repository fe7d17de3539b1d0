"""Quotes and who said them.

Kinds: ``direct`` (a whole statement in quotation marks), ``partial`` (a few quoted words inside a
reported sentence), ``indirect`` (reported speech without marks: "X said that ...").
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from analysis.records import Mention, Quote

SPEECH_VERBS = frozenset(
    """say tell add ask answer argue claim comment conclude confirm declare deny explain insist
    note observe point promise recall remark reply report respond state suggest warn write
    acknowledge admit announce assert caution contend describe emphasize emphasise estimate
    predict reiterate stress testify tweet urge vow complain concede joke quip""".split()
)
PRONOUNS = frozenset({"he", "she", "they", "him", "her", "them", "we", "i", "you"})

_PAIRS = {"\u201c": "\u201d", '"': '"'}


def quoted_stretches(text: str) -> list[tuple[int, int]]:
    """(start, end) of the words between matching quotation marks, marks excluded."""
    out: list[tuple[int, int]] = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch in _PAIRS:
            close = _PAIRS[ch]
            j = text.find(close, i + 1)
            # A stretch never crosses a blank line unless the next paragraph reopens the quote.
            para_end = text.find("\n\n", i + 1)
            if j == -1 or (para_end != -1 and para_end < j):
                i += 1
                continue
            if text[i + 1 : j].strip():
                out.append((i + 1, j))
            i = j + 1
        else:
            i += 1
    return out


def _cue_and_subject(sent: Span, q_start: int, q_end: int) -> tuple[Token | None, Token | None]:
    """The reporting verb of a sentence outside the quote, and its subject."""
    for tok in sent:
        if q_start <= tok.idx < q_end:
            continue
        if tok.lemma_.lower() in SPEECH_VERBS and tok.pos_ in {"VERB", "AUX"}:
            subj = next((c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            if subj is not None and not (q_start <= subj.idx < q_end):
                return tok, subj
    return None, None


def extract(doc: Doc, text: str, resolve: Callable[[int, int], str | None]) -> list[Quote]:
    """Quotes with speakers. ``resolve(start, end)`` names the canonical entity at a span."""
    quotes: list[Quote] = []
    last_speaker: tuple[str | None, int | None, int | None] | None = None
    for start, end in quoted_stretches(text):
        sent = doc.char_span(start, start + 1, alignment_mode="expand")
        if sent is None:
            continue
        sent = sent.sent
        cue, subj = _cue_and_subject(sent, start, end)
        inside = end - start
        outside = len(sent.text) - inside
        kind = "partial" if outside > inside * 0.5 and len(text[start:end].split()) < 8 else "direct"
        speaker = sp_start = sp_end = None
        if subj is not None:
            span = doc[subj.left_edge.i : subj.right_edge.i + 1]
            sp_start, sp_end = span.start_char, span.end_char
            if subj.lower_ in PRONOUNS and last_speaker:
                speaker = last_speaker[0]
            else:
                speaker = resolve(sp_start, sp_end) or span.text
        elif kind == "direct" and last_speaker:
            speaker, sp_start, sp_end = last_speaker
        if speaker:
            last_speaker = (speaker, sp_start, sp_end)
        quotes.append(
            Quote(
                start=start,
                end=end,
                text=text[start:end],
                kind=kind,
                speaker=speaker,
                speaker_start=sp_start,
                speaker_end=sp_end,
                cue=cue.text if cue is not None else None,
            )
        )
    return quotes


def speaker_resolver(mentions: list[Mention]) -> Callable[[int, int], str | None]:
    def resolve(start: int, end: int) -> str | None:
        for m in mentions:
            if m.entity and m.start < end and start < m.end:
                return m.entity
        return None

    return resolve
