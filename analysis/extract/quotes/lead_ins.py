"""Rule 2 of ``attribution``: a statement introduced by the sentence before it, a signature
("— Bernie Sanders."), and interview answers after a question.

Moved out of ``attribution`` unchanged."""

from __future__ import annotations

import re

from spacy.tokens import Token

from analysis.extract.quotes.cues import REPORTING_VERBS
from analysis.extract.quotes.found import _Article, _Found
from analysis.extract.quotes.speakers import SpeakerName
from analysis.extract.quotes.verb_subjects import _animate, _is_cue, _own_subject, _subject
from analysis.extract.quotes.verbs import WINDOW
from analysis.records import SPEAKING_LABELS, Mention

#: Objects of "told" that name an audience, not something reported.
AUDIENCE_NOUNS = frozenset("reporter reporters journalist journalists audience crowd supporters".split())


def _lead_in(art: _Article, f: _Found) -> tuple[Token | None, Token] | None:
    """A statement introduced by the sentence before it: "Khan said:" / "More from Jones:" /
    "Lau said in a statement." (a reporting clause with nothing reported), in the same paragraph
    or ending the one before. Returns the cue (None for a bare colon) and the subject."""
    text, doc = art.text, art.doc
    j = f.stretch.open_at - 1
    breaks = 0
    while j >= 0 and text[j].isspace():
        breaks += text[j] == "\n"
        j -= 1
    if j < 0 or breaks > 2 or text[j] not in ":.":
        return None
    end = art.ix.token_before(j)
    if end < 0 or art.quote_of[end] != -1:
        return None
    first = art.ix.sent_first[art.ix.sent_of[end]]
    first = max(first, end - 3 * WINDOW)
    if any(art.quote_of[k] != -1 for k in range(first, end)):
        return None
    if text[j] == ".":
        # A reporting clause right before a statement that does not expect its attribution after
        # it (“…,” he said).
        root = doc[end]
        while root.head.i != root.i:
            root = root.head
        if f.kind != "direct" or art.text[f.stretch.start : f.stretch.end].rstrip()[-1:] == ",":
            return None
        if root.lemma_.lower() not in REPORTING_VERBS or root.pos_ != "VERB":
            return _named_subject_before(art, root, breaks)
        # Anything it reports disqualifies it; whom it was told to does not ("told reporters.").
        # In the same paragraph the speaker of any reported speech goes on ("Perez says too many
        # women feel guilty. “…”"); across a paragraph break only a clause that reported nothing
        # after its verb ("The plan may wait, Schiff said." / "Lau told reporters.") hands on.
        reported = [c for c in root.children if c.dep_ in {"ccomp", "xcomp", "dobj", "obj", "advcl"} and c.i > root.i]
        if breaks and any(c.dep_ != "dobj" or c.lemma_.lower() not in AUDIENCE_NOUNS for c in reported):
            return None
        subj = _subject(art, root)
        return (root, subj) if subj is not None else None
    cue = next((doc[k] for k in range(end - 1, first - 1, -1) if _is_cue(doc[k])), None)
    if cue is not None:
        subj = _subject(art, cue)
        if subj is not None:
            return cue, subj
    # No reporting verb: the clause's own verb with a speaking subject ("she offered up this
    # sound bite:"), or a bare name ("More from Jones:").
    root = doc[end - 1] if end > first else doc[end]
    while root.head.i != root.i and first <= root.head.i < end:
        root = root.head
    if root.pos_ in {"VERB", "AUX"}:
        subj = _subject(art, root)
        if subj is not None and _animate(art, subj):
            return root, subj
        return None
    last = doc[end - 1] if doc[end].is_punct and end > first else doc[end]
    if last.pos_ == "PROPN" and _animate(art, last) and end - first <= 6:
        return None, last
    return None


def _named_subject_before(art: _Article, root: Token, breaks: int) -> tuple[Token | None, Token] | None:
    """A statement right after a sentence, in the same paragraph, about a person named as its
    subject ("Ruddock, though, is keen to protect his players. “At this stage …”"): that person
    speaks. Only a name (not a pronoun, not a description) and only within the paragraph."""
    if breaks:
        return None
    para_start = art.paragraphs[art.paragraph(root.idx)][0]
    if _ANSWER.match(art.text, para_start):
        return None  # an interview answer: the words around the quote are the interviewee's too
    subj = _own_subject(art, root, passive_ok=False)
    if subj is None or subj.pos_ != "PROPN":
        return None
    m = art.speakers.mention_at(subj.idx, subj.idx + len(subj))
    return (None, subj) if m is not None and m.label == "PERSON" else None


#: An answer in an interview laid out as questions and answers: ": “…”" (the question lost) or "A: “…”".
_ANSWER = re.compile(r"[ \t\u00a0]*(?:A[ \t\u00a0]*)?:")


def _interview_answers(art: _Article, found: list[_Found]) -> None:
    """Quotes that answer in an interview layout (paragraphs that open with ":" or "A:") and have no
    speaker of their own are the interviewee's: the first person named as a subject before the
    first answer."""
    answers = [k for k, (a, b) in enumerate(art.paragraphs) if _ANSWER.match(art.text, a, b)]
    if not answers or not any(f.speaker is None for f in found):
        return
    first_answer = art.paragraphs[answers[0]][0]
    interviewee = None
    for m in art.speakers.mentions_in(0, first_answer):
        if m.label != "PERSON" or not m.entity:
            continue
        t = art.token_at(m.end - 1)
        if t is not None and art.doc[t].dep_ in {"nsubj", "nsubjpass"}:
            interviewee = SpeakerName(m.entity, m.start, m.end)
            break
    if interviewee is None:
        return
    answer_paras = set(answers)
    for f in found:
        if f.speaker is None and f.kind == "direct" and art.paragraph(f.stretch.open_at) in answer_paras:
            f.speaker, f.cue_text, f.how = interviewee, ":", "interview"


_SIGNATURE = re.compile(r"[-\u2013\u2014\u2015]{1,2}[ \u00a0]*(\S[^\n]{0,80}?)\.?")


# Up to five capitalised words (initials allowed): a name standing on its own after a dash.
_NAME = re.compile(r"[A-Z][\w\u2019'.-]*(?:[ \u00a0][A-Z][\w\u2019'.-]*){0,4}(?=[ \t\u00a0]*(?:\.?$|\n|\.[ \n]))", re.M)


# A dash and a name right after the closing mark: “…” ― Francisco Herrero
_INLINE_SIGNATURE = re.compile(r"[ \t\u00a0]*[\u2013\u2014\u2015]{1,2}[ \t\u00a0]*")


def _signature(art: _Article, f: _Found) -> SpeakerName | None:
    """A quote that ends its paragraph, signed by the next one: "“…”" then "— Bernie Sanders."."""
    if f.stretch.close_at is None:
        return None
    dash = _INLINE_SIGNATURE.match(art.text, f.stretch.close_at + 1)
    if dash is not None:
        who = art.speakers.mention_at(dash.end(), dash.end() + 1)
        if who is not None and who.start == dash.end() and who.label in SPEAKING_LABELS and who.entity:
            return SpeakerName(who.entity, who.start, who.end)
        name = _NAME.match(art.text, dash.end())
        if name is not None:  # a name the tagger did not catch: the words themselves
            words = name.group()
            if words.endswith(".") and len(words.rsplit(" ", 1)[-1]) > 3:
                words = words[:-1]  # the full stop after "Quinlan.", not an initial's
            return SpeakerName(words, name.start(), name.start() + len(words))
    p = art.paragraph(f.stretch.close_at)
    para_end = art.paragraphs[p][1]
    if p + 1 >= len(art.paragraphs) or para_end - f.stretch.close_at > 3:
        return None
    a, b = art.paragraphs[p + 1]
    m = _SIGNATURE.fullmatch(art.text, a, b)
    if m is None:
        return None
    named = art.speakers.mentions_in(m.start(1), m.end(1))
    who = next((x for x in named if x.label in SPEAKING_LABELS and x.entity), None)
    if who is None or _a_sentence(art, m.start(1), m.end(1), who):
        return None
    return SpeakerName(who.entity, who.start, who.end)


def _a_sentence(art: _Article, start: int, end: int, who: Mention) -> bool:
    """Whether the words after the dash make a sentence of their own, with a verb outside the name:
    "- The match will be televised on BBC One at 1400 GMT on Saturday." is a note closing the
    article, no signature ("— Bernie Sanders, in a tweet" has no verb)."""
    i, j = art.tokens(start, end)
    return any(t.pos_ in {"VERB", "AUX"} and not who.start <= t.idx < who.end for t in art.doc[i:j] if not t.is_title)
