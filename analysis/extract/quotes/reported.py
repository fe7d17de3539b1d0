"""Reported speech without marks ("Khan said that ...", "according to Khan") and the speaker chain
that names it and the pronouns of every quote in reading order.

Moved out of ``attribution`` unchanged."""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from analysis.extract.quotes.cues import REPORTING_VERBS
from analysis.extract.quotes.found import _Article, _Found
from analysis.extract.quotes.speakers import RESOLVED_PRONOUNS, SpeakerName, Speakers
from analysis.extract.quotes.verb_subjects import (
    SUBJECT_DEPS,
    _discourse_marker,
    _is_cue,
    _subject,
    inverted_speaker,
)


@dataclass
class _Reported:
    """Reported speech without marks: its words, the subject and the verb they hang on."""

    start: int
    end: int
    subject: Token
    cue: Token
    speaker: SpeakerName | None = None


def _indirect(art: _Article, direct: list[_Found]) -> list[_Reported]:
    """Reported speech without marks: a reporting verb with a content clause, or "according to"
    (named by ``_speaker_chain``)."""
    doc = art.doc
    covered = [(f.stretch.start, f.stretch.end) for f in direct]
    starts = [a for a, _ in covered]
    out: list[_Reported] = []
    candidates = sorted(set(art.ix.with_lemma(REPORTING_VERBS)) | set(art.ix.with_lower(["according"])))
    for ti in candidates:
        tok = doc[ti]
        if art.quote_of[ti] != -1:
            continue
        clause: tuple[int, int] | None = None
        if tok.lower_ == "according" and tok.dep_ == "prep" and _is_cue(tok) and _between_subject_and_verb(tok):
            # "The problem, according to Mr Lane, is not ...", "IBM, according to Mr Donofrio, has
            # 30%": the whole sentence is his
            clause = (tok.sent.start, tok.sent.end - 1)
        elif tok.lower_ == "according" and tok.dep_ == "prep" and _is_cue(tok):
            head = tok.head
            if head.pos_ not in {"VERB", "AUX"}:
                continue
            left, right = head.left_edge.i, head.right_edge.i
            a, b = tok.left_edge.i, tok.right_edge.i
            # The clause is the side of the sentence that is not "according to X".
            clause = (b + 1, right) if b - left < right - b else (left, a - 1)
        elif tok.pos_ == "VERB" and (name := inverted_speaker(art, tok)) is not None:
            # "The problem they face, said Jain, head of Adamind, is educating people": the sentence is
            # his, the fronted words with the rest (his name and apposition between them); when the
            # name and its apposition end the sentence ("..., said Geert Wilders, founder of the
            # party."), the words before the cue
            sent = tok.sent
            rest = [t for t in doc[name.right_edge.i + 1 : sent.end] if not (t.is_punct or t.is_space)]
            clause = (sent.start, tok.i - 1) if not rest else (sent.start, sent.end - 1)
        elif tok.pos_ == "VERB" and tok.lemma_.lower() in REPORTING_VERBS and not _discourse_marker(tok):
            # ("That said, the team lost": nobody's words)
            comp = next((c for c in tok.children if c.dep_ == "ccomp"), None)
            if comp is None or comp.i < tok.i and tok.lemma_.lower() != "say":
                continue
            if not any(c.dep_ in SUBJECT_DEPS or c.dep_ == "mark" for c in comp.children):
                continue  # not a clause of its own: "urged them to act"
            i, j = comp.left_edge.i, comp.right_edge.i
            if doc[i].tag_ in {"WDT", "WP", "WP$"}:
                continue  # a relative clause that the parse hung on the verb
            i = _after_dateline(doc, i, tok.i)
            while i < j and (doc[i].dep_ == "mark" or doc[i].is_punct or doc[i].is_space):
                i += 1
            clause = (i, j)
        if clause is None:
            continue
        i, j = clause
        # Trailing punctuation goes, except the closing mark of a quote the clause ends with.
        while j > i and (doc[j].is_punct and art.quote_of[j] != -2 or doc[j].is_space):
            j -= 1
        while i < j and (doc[i].is_punct or doc[i].is_space):
            i += 1
        if j - i < 2:
            continue
        start, end = doc[i].idx, doc[j].idx + len(doc[j])
        if _mostly_quoted(start, end, covered, starts) or any(art.quote_of[k] == -2 for k in (i, j)):
            continue
        subj = _subject(art, tok)
        if subj is None:
            continue
        out.append(_Reported(start, end, subj, tok))
    return out


def _is_pronoun(tok: Token) -> bool:
    return tok.pos_ == "PRON" or tok.lower_ in RESOLVED_PRONOUNS


def _speaker_chain(speakers: Speakers, found: list[_Found], reported: list[_Reported]) -> None:
    """Name the reported speech, and go over every speaker a pronoun stands for, in the order the
    speakers are named, quotes in marks and reported speech alike: a pronoun continues the speaker
    named last, wherever that was ("A BBC spokeswoman said Andi Peters would stay on. She said
    that ..." is the spokeswoman; "Our correspondent said that ... “…,” he added"), unless a
    subject was named since (``Speakers.antecedent``, ``prefer_at``; a speaker of reported speech
    goes on as he or she only if a person). Quotes in marks keep what their own chain gave them when
    nothing was said before them."""
    events: list[tuple[int, _Found | _Reported]] = [
        (f.subject.i, f) for f in found if f.subject is not None and f.speaker is not None and not f.term
    ]
    events += [(r.subject.i, r) for r in reported]
    last: SpeakerName | None = None
    last_reported = False
    for _, e in sorted(events, key=lambda ev: ev[0]):
        subj = e.subject
        assert subj is not None
        if last is not None and _is_pronoun(subj):
            # new ground (reported speech on either side) asks more of the previous speaker
            new_ground = last_reported or isinstance(e, _Reported)
            e.speaker = speakers.name(subj, prefer=last.name, prefer_at=last.start, reported=new_ground)
        elif isinstance(e, _Reported):
            e.speaker = speakers.name(subj)
        last, last_reported = e.speaker, isinstance(e, _Reported)


#: Finite verb tags: the verb that goes on after a parenthesis ("IBM, according to X, has 30%").
_FINITE = frozenset({"VBZ", "VBD", "VBP", "MD"})


def _between_subject_and_verb(according: Token) -> bool:
    """ "according to X" set off by commas between the noun phrase that opens the sentence and its
    finite verb ("The problem, according to Mr Lane, is ..."): no verb before it, one right after."""
    doc, sent = according.doc, according.sent
    to = next(c for c in according.children if c.lower_ == "to")
    after = to.right_edge.i + 1
    if according.i - 1 <= sent.start or doc[according.i - 1].text != "," or after + 1 >= sent.end:
        return False
    if doc[after].text != "," or doc[after + 1].tag_ not in _FINITE:
        return False
    return not any(t.pos_ in {"VERB", "AUX"} for t in doc[sent.start : according.i - 1])


def _after_dateline(doc: Doc, i: int, limit: int) -> int:
    """Skip a dateline the parse took into a clause: "ISLAMABAD — China and ..."."""
    for k in range(i, min(limit, i + 8)):
        t = doc[k]
        if t.text in {"\u2014", "\u2013", "--", "-"} and k > i:
            return k + 1
        if not (t.pos_ in {"PROPN", "PUNCT", "NUM", "SPACE"} or t.is_upper):
            return i
    return i


def _mostly_quoted(start: int, end: int, covered: list[tuple[int, int]], starts: list[int]) -> bool:
    """True when quotes in marks cover more than half of text[start:end]."""
    first = max(bisect.bisect_right(starts, start) - 1, 0)
    inside = 0
    # Quotes inside a clause are few; stopping after 64 keeps a pathological text linear.
    for a, b in covered[first : first + 64]:
        if a >= end:
            break
        inside += max(0, min(b, end) - max(a, start))
    return inside * 2 > end - start
