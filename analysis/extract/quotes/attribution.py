"""Quotes and who said them.

Kinds:

* ``direct``: a whole statement in quotation marks (“curly” or "straight");
* ``partial``: a few quoted words inside a reported sentence (… to repatriate “illegal foreigners”);
* ``indirect``: reported speech without marks ("Khan said that ...", "according to Khan, ...");
  its start/end cover the reported clause.

Quoted stretches come from the marks alone (``analysis.quotemarks``). Each is then credited by the
first rule that applies:

1. its reporting verb: a speech verb outside the quote that governs it in the parse (the quote
   is the verb's clause: "Khan said: “…”", "“…,” Khan told reporters", "calling it “…”"), that it
   governs (a "he said" tacked on), or that stands right beside it when the parse went astray
   ("“…!” the nominee, Donald Trump, tweeted"; "Trump accused Cruz, the senator, of being “…”").
   The speaker is that verb's subject, found through participles and clauses ("…, saying “…”" is
   said by the subject of the main verb); a passive verb's speaker is its agent. A thing never
   speaks (``speaking``: no word for someone or for what someone issues): a participle hung on one
   is said by whoever acts on it ("will argue against positive discrimination saying “…”");
2. a lead-in: the sentence before introduces it ("She went on: “…”", "Lau said in a statement.
   “…”"), or the next paragraph signs it ("— Bernie Sanders.");
3. a split quote: a statement with no verb of its own continues the quote before it in the same
   paragraph (“A,” he said. “B.”), or takes the attribution of the quote right after it;
4. a floating paragraph: a paragraph that opens with a quote and has no attribution of its own
   continues the speaker of the paragraph before, when that one ended on an attributed quote;
5. otherwise nobody: scare quotes and titles count for no speaker (``speaker`` is None), and so
   do names given to things ("a group called “…”"); names, terms and words on display that
   ``terms.is_term`` recognises skip the rules above.

A quoted section heading (a paragraph that is only a short quote) continues no speaker; it is
credited to whoever the article quotes saying the same words, else to nobody.

Speakers are named by ``speakers.Speakers`` (canonical entity names, pronouns resolved); the
speaker offsets are the words the quote is attached to ("he", "Khan", "officials").

All rules look at a bounded neighbourhood of each quote, so the cost is linear in the length of
the article.

The rules live in modules of their own: ``verb_subjects`` and ``verbs`` (rule 1), ``lead_ins``
(rule 2), ``continuation`` (rules 3-5 and headings), ``reported`` (reported speech and the speaker
chain), over ``found`` (what each rule reads and writes).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Doc, Token

from analysis.extract.quotes.continuation import (
    _continue_speakers,
    _credit_headings,
    _credit_retold_openings,
    _holds_quote,
    _is_heading,
    _on_display,
)
from analysis.extract.quotes.cues import QUOTE_CUES, REPORTING_VERBS, SPEECH_NOUNS
from analysis.extract.quotes.found import _Article, _Found
from analysis.extract.quotes.lead_ins import _interview_answers, _lead_in, _signature
from analysis.extract.quotes.marks import Stretch
from analysis.extract.quotes.reported import _indirect, _speaker_chain
from analysis.extract.quotes.speakers import Speakers
from analysis.extract.quotes.terms import is_term, repeated_terms, title_name
from analysis.extract.quotes.verb_subjects import _cue_text, _is_cue, _subject
from analysis.extract.quotes.verbs import (
    CONTINUING_END,
    _as_frame,
    _cue_after,
    _cue_before,
    _cue_by_parse,
    _cue_earlier,
    _inner,
)
from analysis.records import Mention, Quote

__all__ = ["QUOTE_CUES", "REPORTING_VERBS", "extract"]


#: Words a title leaves in lower case.
MINOR_WORDS = frozenset("a an the of and or nor but to in on at for by with from as is are be not no vs via".split())


_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*")


#: Subjects that are nobody in particular (the reader addressed as "you" included): a partial quote
#: they "say" is a term.
GENERIC_SUBJECTS = frozenset("someone somebody anyone anybody some you".split())


def _kind(art: _Article, s: Stretch) -> str:
    """direct when the quote is a statement of its own: it opens a paragraph or sentence, or
    follows a colon, comma or reporting verb, and starts with a capital; partial otherwise."""
    text = art.text
    inner = text[s.start : s.end].lstrip(" \u00a0\u2026.")
    if not inner:
        return "partial"
    first = inner[0]
    j = s.open_at - 1
    while j >= 0 and text[j] in " \t\u00a0":
        j -= 1
    before = text[j] if j >= 0 else "\n"
    starts_clause = before in '\n.!?:,;\u2014\u2013-\u201d"(' or _ends_with_cue(art, j)
    if starts_clause and (first.isupper() or first.isdigit() or first in "[(\u2018'"):
        words = len(inner.split())
        return "direct" if words >= 3 or inner.rstrip()[-1:] in ".!?," else "partial"
    return "partial"


def _title_case(quoted: str) -> bool:
    words = [w for w in _WORD.findall(quoted) if w.lower() not in MINOR_WORDS]
    return bool(words) and all(w[0].isupper() for w in words)


def _ends_with_cue(art: _Article, pos: int) -> bool:
    t = art.token_at(pos) if pos >= 0 else None
    return t is not None and _is_cue(art.doc[t])


def _attribute(art: _Article, f: _Found) -> None:
    cue: Token | None = None
    subj: Token | None = None
    inner = _inner(art.text[f.stretch.start : f.stretch.end])
    framed = _as_frame(art, f) if f.kind == "partial" else None
    if framed is not None:
        # "The Pentagon rejected the accusations as “patently false,” and analysts told ...": the
        # judging verb's own "as" object, whatever reporting clause follows the comma
        cue, subj = framed, _subject(art, framed)
    if subj is None and inner[-1:] in CONTINUING_END:
        # “…,” X said: news style puts the attribution right after a statement cut by a comma.
        found = _cue_after(art, f)
        if found is not None:
            cue, subj = found
    if subj is None:
        cue = _cue_by_parse(art, f)
        subj = _subject(art, cue) if cue is not None else None
    if subj is None:
        found = _cue_after(art, f)
        if found is not None:
            cue, subj = found
    if subj is None:
        before = _cue_before(art, f)
        if before is not None:
            cue, subj = before, _subject(art, before)
    if subj is None and f.kind == "partial":
        found = _cue_earlier(art, f)
        if found is not None:
            cue, subj = found
    if subj is None:
        found = _speech_noun(art, f)
        if found is not None:
            cue, subj = found
    if subj is not None and cue is not None:
        f.cue, f.subject, f.cue_text, f.how = cue, subj, _cue_text(cue), "verb"


#: How a quote's clause hangs on a noun of speech: "admission that he “guessed …”".
_NOUN_CLAUSE_DEPS = frozenset({"acl", "ccomp", "appos", "relcl"})


def _speech_noun(art: _Article, f: _Found) -> tuple[Token, Token] | None:
    """A quote that is the clause of a noun of speech before it: whose admission, claim or
    statement it is ("his admission that he “guessed …”" -> his; "a statement by the club that
    “…”" -> the club; "It issued a statement that “…”" -> whoever issued it)."""
    for t in art.doc[f.first : f.last]:
        if f.first <= t.head.i < f.last or t.dep_ not in _NOUN_CLAUSE_DEPS:
            continue
        noun = t.head
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in SPEECH_NOUNS or noun.i > f.first or not art.outside(noun):
            continue
        owner = next((c for c in noun.children if c.dep_ == "poss" and art.outside(c)), None)
        if owner is None:
            by = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in {"by", "from"}), None)
            owner = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
        if owner is None and noun.dep_ == "dobj":
            owner = _subject(art, noun.head)  # "issued a statement that …"
        if owner is not None and art.outside(owner) and owner.pos_ in {"NOUN", "PROPN", "PRON"}:
            return noun, owner
    return None


def extract(doc: Doc, text: str, speakers: Speakers | Iterable[Mention]) -> list[Quote]:
    """Quotes with speakers, in reading order of their start (indirect ones after the quotes
    in marks they do not overlap)."""
    if not isinstance(speakers, Speakers):
        speakers = Speakers(doc, text, list(speakers))
    art = _Article(doc, text, speakers)
    stretches = speakers.scan.stretches
    found: list[_Found] = []
    for s in stretches:
        i, j = art.tokens(s.start, s.end)
        if j <= i:
            continue
        kind = _kind(art, s)
        title = kind == "partial" and _title_case(text[s.start : s.end])
        open_mark = art.token_at(s.open_at)
        close_mark = art.token_at(s.close_at) if s.close_at is not None else None
        # a title-case name may look like a statement after a naming verb ("what it calls “Office
        # in a Pocket” devices"): the name test runs on both kinds
        statement = kind == "direct" and doc[j - 1].is_punct
        term = (not statement and title_name(doc, i, j, open_mark, close_mark)) or (
            kind == "partial" and is_term(doc, i, j, open_mark, close_mark)
        )
        if term:
            kind = "partial"
        found.append(_Found(s, i, j, kind, title=title, term=term))
    spans = [(f.stretch.start, f.stretch.end, f.first, f.last) for f in found]
    for group in repeated_terms(doc, text, spans):
        if not any(_is_heading(art, found[k]) for k in group):  # a heading cites a quote of the text
            for k in group:
                found[k].term = found[k].term or found[k].kind == "partial"
    prev_speaker: str | None = None
    for f in found:
        if f.term:
            continue
        _attribute(art, f)
        if f.subject is not None and f.kind == "partial" and f.subject.lower_ in GENERIC_SUBJECTS:
            # "when someone mentions “mobile games”": words anyone might say, a term, nobody's quote
            f.cue = f.subject = None
            f.term = True
            continue
        if f.subject is not None and f.kind == "partial" and _holds_quote(f.subject, f, f.cue):
            # Words such as “incumbent”, “electoral” and “partisan” reflected ...: the subject
            # is the quoted words themselves, not someone saying them
            f.cue = f.subject = None
            f.term = True
            continue
        if f.subject is not None and _on_display(art, f.subject):
            # “Just Do It” implored the front page headline: words on display, nobody's speech
            f.cue = f.subject = None
            f.term = True
            continue
        if f.subject is None and f.kind == "direct":
            # A signature names the speaker outright, before any sentence that leads in.
            signed = _signature(art, f)
            if signed is not None:
                f.speaker, f.cue_text, f.how = signed, "\u2014", "lead-in"
                continue
        if f.subject is None and not f.title:
            lead = _lead_in(art, f)
            if lead is not None:
                f.cue, f.subject = lead
                f.cue_text, f.how = (_cue_text(f.cue) if f.cue is not None else ":"), "lead-in"
        if f.subject is not None:
            f.speaker = speakers.name(f.subject, prefer=prev_speaker)
            prev_speaker = f.speaker.name
    reported = _indirect(art, found)
    _speaker_chain(speakers, found, reported)
    headings = [f for f in found if f.speaker is None and _is_heading(art, f)]
    for f in headings:
        f.term = True  # not continued from the quote before it; credited below by its words
    _continue_speakers(art, found)
    _interview_answers(art, found)
    _credit_headings(art, found, headings)
    _credit_retold_openings(art, found)  # a standfirst's described speaker, named in the body
    quotes = [
        Quote(
            start=f.stretch.start,
            end=f.stretch.end,
            text=text[f.stretch.start : f.stretch.end],
            kind=f.kind,
            speaker=f.speaker.name if f.speaker else None,
            speaker_start=f.speaker.start if f.speaker else None,
            speaker_end=f.speaker.end if f.speaker else None,
            cue=f.cue_text if f.speaker else None,
        )
        for f in found
    ]
    quotes.extend(
        Quote(
            start=r.start,
            end=r.end,
            text=text[r.start : r.end],
            kind="indirect",
            speaker=r.speaker.name,
            speaker_start=r.speaker.start,
            speaker_end=r.speaker.end,
            cue=_cue_text(r.cue),
        )
        for r in reported
        if r.speaker is not None
    )
    quotes.sort(key=lambda q: (q.start, q.kind != "indirect"))
    return quotes
