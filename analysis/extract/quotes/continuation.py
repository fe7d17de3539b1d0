"""Rules 3-5 of ``attribution``: split and floating quotes that continue the speaker before them,
quoted section headings, and subjects that are the quoted words or words on display.

Moved out of ``attribution`` unchanged."""

from __future__ import annotations

import re

from spacy.tokens import Token

from analysis.extract.quotes.found import _Article, _Found
from analysis.extract.quotes.terms import DISPLAY_NOUNS


def _continue_speakers(art: _Article, found: list[_Found]) -> None:
    """Rules 2 and 3: split quotes, and floating paragraphs."""
    para = [(art.paragraph(f.stretch.open_at), art.paragraph(max(f.stretch.end - 1, 0))) for f in found]
    # Split quote, backwards: “A.” “B,” he said.
    for k in range(len(found) - 2, -1, -1):
        f, nxt = found[k], found[k + 1]
        if f.speaker is None and f.kind == "direct" and nxt.speaker is not None and f.stretch.close_at and not f.term:
            gap = art.text[f.stretch.close_at + 1 : nxt.stretch.open_at]
            if para[k][1] == para[k + 1][0] and not gap.strip(" \t\u00a0,.;:"):
                f.speaker, f.cue_text, f.how = nxt.speaker, nxt.cue_text, "split"
    # Joined partial quotes: “aggressive” and “high-impact” marketing, both the speaker's (the
    # second one also when alone it would read as a term: the first one, credited, says whose)
    for k in range(1, len(found)):
        f, before = found[k], found[k - 1]
        if (
            f.speaker is None
            and f.kind == before.kind == "partial"
            and before.speaker
            and before.stretch.close_at is not None
            and _JOINED.fullmatch(art.text, before.stretch.close_at + 1, f.stretch.open_at)
        ):
            f.speaker, f.cue_text, f.how, f.term = before.speaker, before.cue_text, "split", False
    # A paragraph whose own quotes are attributed near its opening quote speaks for itself. BBC
    # copy lost paragraph breaks, so an attributed quote sentences later in the same "paragraph"
    # (after narrative that ends a sentence) belongs to a paragraph of its own.
    attributed = {
        para[k][0]: f.stretch.open_at for k, f in reversed(list(enumerate(found))) if f.how in {"verb", "lead-in"}
    }
    prev: _Found | None = None
    prev_para = -1
    for k, f in enumerate(found):
        first_para, last_para = para[k]
        if f.speaker is None and f.kind == "direct" and prev is not None and not f.term:
            if prev_para == first_para:
                # Split quote, forwards: “A,” he said. “B.”
                f.speaker, f.cue_text, f.how = prev.speaker, prev.cue_text, "split"
            elif (
                prev_para == first_para - 1
                and f.stretch.open_at == art.paragraphs[first_para][0]
                and not _attributed_beside(art, f, attributed.get(first_para))
                and _ends_paragraph(art, prev, art.paragraphs[prev_para][1])
            ):
                # A floating paragraph continues the quote that ended the paragraph before.
                f.speaker, f.cue_text, f.how = prev.speaker, prev.cue_text, "floating"
        if f.speaker is not None and not f.title:
            prev, prev_para = f, last_para


#: What may stand between two joined partial quotes: “A” and “B”, “A”, “B”, “A” or “B”.
_JOINED = re.compile(r",? (?:and|or) |, ")


_SENTENCE_END = re.compile(r"[.!?][\u201d\"']?(?:\s|$)")


def _attributed_beside(art: _Article, f: _Found, attributed_at: int | None) -> bool:
    """Whether an attributed quote follows ``f`` in its paragraph with no sentence of narrative in
    between (“A.” “B,” she said.): ``f`` is then that speaker's, not the paragraph before's."""
    if attributed_at is None or f.stretch.close_at is None or attributed_at <= f.stretch.open_at:
        return attributed_at is not None
    between = art.text[f.stretch.close_at + 1 : attributed_at]
    return not _SENTENCE_END.search(between.strip())


def _holds_quote(subject: Token, f: _Found, cue: Token | None) -> bool:
    """Whether the quote lies inside the subject's own phrase, and the cue outside it (not "54% of
    companies calling it a “significant threat”", a clause on the subject that does the saying)."""
    inside = range(subject.left_edge.i, subject.right_edge.i + 1)
    if not (f.first in inside and f.last - 1 in inside and (cue is None or cue.i not in inside)):
        return False
    # inside the noun phrase itself ("Words such as “…”"), not a clause or apposition hung on it
    # by the parse ("According to ... Rush Limbaugh, the move reeks of “fear”" with "reeks" read
    # as an apposition of the name)
    tok = subject.doc[f.first]
    while tok.i != subject.i and tok.head.i != tok.i:
        if tok.dep_ in {"appos", "relcl", "acl", "ccomp", "advcl"} and not f.first <= tok.i < f.last:
            return False
        tok = tok.head
    return tok.i == subject.i


def _on_display(art: _Article, subject: Token) -> bool:
    """A subject that shows words rather than says them (a headline, a banner, a sign)."""
    while subject.dep_ in {"compound", "amod", "nmod"} and subject.head.i != subject.i:
        subject = subject.head  # "the front page headline"
    return (
        subject.pos_ == "NOUN"
        and subject.lemma_.lower() in DISPLAY_NOUNS
        and art.speakers.mention_at(subject.idx, subject.idx + len(subject)) is None
    )


#: How many words a quoted section heading has at most.
HEADING_WORDS = 20


_WORDS = re.compile(r"\w[\w'\u2019-]*")


def _is_heading(art: _Article, f: _Found) -> bool:
    """A quoted section heading: a paragraph of its own that is only the quote, short, with no
    closing full stop or comma (“U.S.-controlled bandit formations”), between other paragraphs."""
    p = art.paragraph(f.stretch.open_at)
    a, b = art.paragraphs[p]
    if p == 0 or p + 1 >= len(art.paragraphs) or f.stretch.close_at is None:
        return False
    if art.text[a:b].strip() != art.text[f.stretch.open_at : f.stretch.close_at + 1].strip():
        return False
    inner = art.text[f.stretch.start : f.stretch.end].strip()
    return 0 < len(inner.split()) <= HEADING_WORDS and inner[-1:] not in ".!?,;:"


def _credit_headings(art: _Article, found: list[_Found], headings: list[_Found]) -> None:
    """A quoted section heading cites words the article quotes elsewhere: credited to whoever the
    article says said them (the quote that shares a run of three words with it, or all of a
    shorter one); left to nobody when the text never quotes them again."""

    def words(f: _Found) -> list[str]:
        return [w.lower() for w in _WORDS.findall(art.text[f.stretch.start : f.stretch.end])]

    for h in headings:
        hw = words(h)
        runs = {tuple(hw[i : i + 3]) for i in range(len(hw) - 2)}
        for other in found:
            if other is h or other.speaker is None or other.how == "heading":
                continue
            ow = words(other)
            shared = any(tuple(ow[i : i + 3]) in runs for i in range(len(ow) - 2))
            short, long_ = sorted((" ".join(hw), " ".join(ow)), key=len)
            if shared or len(short.split()) >= 2 and f" {short} " in f" {long_} ":
                h.speaker, h.cue_text, h.how = other.speaker, other.cue_text, "heading"
                break


def _ends_paragraph(art: _Article, f: _Found, para_end: int) -> bool:
    if f.stretch.close_at is None:
        return True
    tail = art.text[f.stretch.close_at + 1 : para_end]
    if not tail.strip(" \t\u00a0\n.,;:!?"):
        return True  # "… any bloody tune”." with the stop after the mark
    # Only the attribution after it: ", he said." / " Khan told reporters on Thursday."
    body = tail.strip().rstrip(".!?")
    return f.cue is not None and f.cue.idx > f.stretch.close_at and not any(p in body for p in (". ", "! ", "? "))


#: How many words an opening's quote needs before its repetition in the body may credit it.
RETOLD_MIN_WORDS = 5


def _credit_retold_openings(art: _Article, found: list[_Found]) -> None:
    """A quote of the headline or standfirst (the first two paragraphs) credited to a description ("said the
    organizer of a protest") whose words the body quotes again from a named person ("Boutique owner Molly Grace
    ... 'I take it as a very deliberate jab ...'"): that person's. The words must repeat as one run of at least
    ``RETOLD_MIN_WORDS`` words, the opening's whole quote or five words of it in a row."""
    if len(art.paragraphs) < 3:
        return
    named = {m.entity for m in art.speakers.mentions if m.label == "PERSON" and m.entity}
    names = {m.entity for m in art.speakers.mentions if m.label in _NAME_LABELS and m.entity}
    opening_end = art.paragraphs[1][1]

    def words(f: _Found) -> list[str]:
        return [w.lower() for w in _WORDS.findall(art.text[f.stretch.start : f.stretch.end])]

    later = [g for g in found if g.stretch.start >= opening_end and g.speaker is not None and g.speaker.name in named]
    for f in found:
        if f.stretch.start >= opening_end or f.speaker is None or f.speaker.name in named or f.term:
            continue
        if f.speaker.name in names:
            continue  # a body or a place the opening names speaks for itself
        fw = words(f)
        if len(fw) < RETOLD_MIN_WORDS:
            continue
        runs = _runs(fw)
        retold = [g for g in later if runs & _runs(words(g))]
        if retold and len({g.speaker.name for g in retold if g.speaker is not None}) == 1:
            f.speaker = retold[0].speaker  # the body's naming words; the opening's cue stays its own


def _runs(words: list[str]) -> set[tuple[str, ...]]:
    return {tuple(words[i : i + RETOLD_MIN_WORDS]) for i in range(len(words) - RETOLD_MIN_WORDS + 1)}


#: Entity labels of names that speak for themselves.
_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC"})
