"""Rule 1 of ``attribution``: the reporting verb of a quoted stretch, in the parse, beside it, or
before or after it (``verb_subjects`` names its subject).

Moved out of ``attribution`` unchanged."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from analysis.extract.quotes.cues import REPORTING_VERBS, THINKING_VERBS
from analysis.extract.quotes.found import _Article, _Found
from analysis.extract.quotes.verb_subjects import _a_thing, _animate, _is_cue, _own_subject, _subject

#: Verbs whose direct object is the one spoken to, not what is said.
ADDRESSEE_VERBS = frozenset("tell ask thank urge remind inform assure advise".split())


#: Prepositions that give the occasion or medium of a statement, not its content.
VENUE_PREPS = frozenset("on in at during via".split())


#: How far (tokens) an attribution may stand from the quote when the parse does not link them.
WINDOW = 14


#: Dependencies of a word inside a noun phrase on the phrase's head.
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "npadvmod", "nummod"})


#: Characters a quote may end with to be followed by its attribution ("“…,” he said").
CONTINUING_END = frozenset(",?!\u2014\u2013-\u2026:;")


def _takes_as_content(cue: Token, below: Token, title: bool) -> bool:
    """Whether the quote, reaching the cue through ``below``, is what the cue reports, not its
    subject (“Bernie or Bust” supporters say) nor, for a title, where it was said (said on
    “Meet the Press”) or to whom (told NBC’s “Today”)."""
    if below.dep_ in {"nsubj", "nsubjpass", "csubj", "expl"}:
        return False
    if not title:
        return True
    if below.dep_ in {"dobj", "obj", "dative", "npadvmod"} and cue.lemma_.lower() in ADDRESSEE_VERBS:
        return False
    return not (below.dep_ in {"prep", "npadvmod"} and below.lower_ in VENUE_PREPS)


def _cue_by_parse(art: _Article, f: _Found) -> Token | None:
    """A reporting verb linked to the quote in the parse: governing it, or hanging from it."""
    doc = art.doc
    best: tuple[tuple[bool, int, int], Token] | None = None
    for t in doc[f.first : f.last]:
        h = t.head
        if f.first <= h.i < f.last:
            continue
        # Climb from where the quote attaches; a few steps reach "said" from a partial quote.
        below = t
        for steps in range(8):
            # Naming and judging verbs ("calling it “…”") only take a quote that is their own
            # object; a quote deeper down is someone's reported words ("said X was calling “…”").
            if art.outside(h) and _is_cue(h) and (steps <= 1 or _is_cue(h, REPORTING_VERBS)):
                if not _takes_as_content(h, below, f.title):
                    break
                rank = (h.lemma_.lower() in THINKING_VERBS, steps, abs(h.i - t.i))
                if best is None or rank < best[0]:
                    best = (rank, h)
                if not rank[0]:
                    break
            if h.head.i == h.i:
                break
            below, h = h, h.head
    if best is not None and not _next_sentence(art, f, best[1]):
        return _unless_denied(art, best[1])
    # "“…,” he said" parsed with the quote as the main clause and "said" hanging from it;
    # "“…,” according to X".
    for t in doc[f.first : f.last]:
        for c in t.children:
            if not (f.first <= c.i < f.last) and art.outside(c) and _is_cue(c):
                if c.dep_ in {"parataxis", "advcl", "conj", "ccomp", "dep", "acl", "relcl"}:
                    return c
                if c.dep_ == "prep" and c.lower_ == "according":
                    return c
    return None


def _next_sentence(art: _Article, f: _Found, cue: Token) -> bool:
    """“… is still weak.” Economy Minister Wolfgang Clement called the dip “…”: a quote closed by a
    full stop, then a verb whose subject stands between the closing mark and it, capitalised: a
    new sentence the parse ran on, not the quote's attribution."""
    close = f.stretch.close_at
    if close is None or cue.idx < close or art.text[f.stretch.start : f.stretch.end].rstrip()[-1:] != ".":
        return False
    subj = next((c for c in cue.children if c.dep_ in {"nsubj", "nsubjpass"} and art.outside(c)), None)
    if subj is None or not close < subj.idx < cue.idx:
        return False
    first = subj.left_edge
    return first.idx > close and first.text[:1].isupper()


def _unless_denied(art: _Article, cue: Token) -> Token:
    """A speech verb inside someone's reported speech that does not give its subject's words: it is
    reported as not having happened ("Ms Cooper said Mr Sullivan had not mentioned “anything
    uncomfortable”": Ms Cooper's words), or its subject is a thing that cannot speak ("Straw argues
    the constitution reflected a “British vision for Europe”": Straw's). The reporting verb above
    takes the quote."""
    if cue.dep_ != "ccomp":
        return cue
    if not any(c.dep_ == "neg" for c in cue.children) and not _a_thing(art, _own_subject(art, cue, False)):
        return cue
    above = cue.head
    if art.outside(above) and _is_cue(above, REPORTING_VERBS) and _own_subject(art, above, False) is not None:
        return above
    return cue


def _inner(quoted: str) -> str:
    """The quoted words without the closing single mark of a quote inside them: “… ask, quote,
    ‘So he’s going to do the investigation?’” ends, for its punctuation, with the question mark."""
    return quoted.rstrip().rstrip("'\u2019").rstrip()


def _cue_after(art: _Article, f: _Found) -> tuple[Token, Token | None] | None:
    """“…,” the presumptive nominee, Donald Trump, tweeted: the attribution right after the
    closing mark, when the parse did not link it."""
    s = f.stretch
    if s.close_at is None:
        return None
    inner = _inner(art.text[s.start : s.end])
    after = art.token_at(s.close_at)
    if after is None:
        return None
    doc = art.doc
    # Long enough for an apposition: “…,” Trump, the front-runner in South Carolina …, said.
    stop = min(len(doc), after + 1 + 2 * WINDOW)
    first_word: Token | None = None
    skipped = False
    for i in range(after + 1, stop):
        t = doc[i]
        if art.quote_of[i] != -1:
            return None
        if t.is_space and "\n" in t.text:
            return None
        if t.is_space or t.is_punct and t.text in ",\u2014\u2013-":
            continue
        if t.is_punct and t.text in ".;:!?":
            return None
        if _is_cue(t):
            ends_statement = inner[-1:] == "."
            if ends_statement and _next_sentence(art, f, t):
                return None
            if inner[-1:] in ".?!" and any(
                c.dep_ == "ccomp" or c.dep_ == "xcomp" and c.tag_ == "VB" for c in t.children
            ):
                return None  # a new sentence with its own reported content: “….” Trump said he …
            subj = _subject(art, t)
            if skipped and (subj is None or first_word is None or first_word.i != subj.i):
                # "“…,” a website linked to a group called …": the verb belongs to a clause
                # inside the noun phrase, not to an attribution of the quote.
                return None
            if subj is None and first_word is not None:
                # No subject in the parse: the person named between the quote and the verb
                # ("“…,” Tulsa police Chief Chuck Jordan said"), else the first noun phrase.
                people = [m for m in art.speakers.mentions_in(first_word.idx, t.idx) if m.label == "PERSON"]
                named = art.ix.token_before(people[-1].end - 1) if people else None
                subj = doc[named] if named is not None else first_word
            if subj is None:
                # "said Khan": the first noun after the verb.
                subj = next(
                    (doc[k] for k in range(i + 1, min(stop, i + 6)) if doc[k].pos_ in {"PROPN", "NOUN", "PRON"}),
                    None,
                )
                # to the head of its phrase: "added the two-time Academy Award winner", "the 30-year-old"
                while subj is not None and subj.dep_ in MODIFIER_DEPS and i < subj.head.i < stop:
                    subj = subj.head
            if inner[-1:] not in CONTINUING_END and first_word is not None and not ends_statement:
                return None
            return t, subj
        if t.pos_ in {"VERB", "AUX"} and not (t.pos_ == "VERB" and t.is_title):
            # (A capitalised "verb" here is a name the tagger misread: "Tulsa police Chief ...")
            if t.dep_ not in {"relcl", "acl", "amod"}:
                return None  # another clause comes first
            skipped = True
        if first_word is None and t.pos_ in {"PROPN", "NOUN", "PRON"}:
            # The head of the first noun phrase after the quote.
            first_word = t
            while first_word.dep_ in {"compound", "amod", "nmod", "poss"} and first_word.head.i < stop:
                first_word = first_word.head
    return None


def _as_frame(art: _Article, f: _Found) -> Token | None:
    """A partial quote that completes "as" after a speech or judging verb with a subject before it
    ("rejected these accusations as “…”", "introduced Cook as “…”", "which Apple views as “…”")."""
    for t in art.doc[f.first : f.last]:
        as_ = t.head
        if t.is_punct or f.first <= as_.i < f.last or as_.lower_ != "as" or as_.dep_ != "prep":
            continue
        verb = as_.head
        if verb.i < f.first and art.outside(verb) and _is_cue(verb) and verb.lemma_.lower() not in THINKING_VERBS:
            # its own subject only: a verb sharing one through "and" is left to the other rules
            return verb if _own_subject(art, verb, passive_ok=False) is not None else None
    return None


def _cue_before(art: _Article, f: _Found) -> Token | None:
    """Khan said: “…” / He added, “…”: a reporting verb just before the opening mark whose own
    dependents fill the gap ("told reporters on Tuesday:")."""
    doc = art.doc
    mark = art.token_at(f.stretch.open_at)
    if mark is None:
        return None
    for i in range(mark - 1, max(-1, mark - 1 - WINDOW), -1):
        t = doc[i]
        if art.quote_of[i] != -1 or t.is_space and "\n" in t.text:
            return None
        if t.is_punct and t.text in ".!?;":
            return None
        if _is_cue(t):
            between = doc[i + 1 : mark]
            if _named_title(f, between):
                return None
            if all(w.is_punct or w.is_space or _governed_by(w, t) for w in between):
                return t
            return None
    return None


def _named_title(f: _Found, between: Iterable[Token]) -> bool:
    """A title that the words before it place as a programme or venue, not something said:
    said on “Meet the Press”, told NBC’s “Today”."""
    return f.title and any(w.lower_ in VENUE_PREPS or w.tag_ == "POS" for w in between)


def _cue_earlier(art: _Article, f: _Found) -> tuple[Token, Token] | None:
    """Trump accused Cruz, the senator from Texas, of being “…”: when the parse links the quote to
    nothing, the nearest reporting verb before it in its sentence, with a speaking subject."""
    doc = art.doc
    mark = art.token_at(f.stretch.open_at)
    if mark is None:
        return None
    first = art.ix.sent_first[art.ix.sent_of[mark]]
    for i in range(mark - 1, max(first - 1, mark - 1 - 2 * WINDOW), -1):
        t = doc[i]
        if art.quote_of[i] != -1 or t.is_space and "\n" in t.text:
            return None
        if _is_cue(t) and t.lemma_.lower() not in THINKING_VERBS:
            if _named_title(f, doc[i + 1 : mark]):
                return None
            subj = _subject(art, t)
            if subj is None:
                # "Trump accused Cruz" parsed as a noun phrase: the name just before the verb.
                subj = next((doc[k] for k in range(i - 1, max(first - 1, i - 3), -1) if _animate(art, doc[k])), None)
            if subj is not None and _animate(art, subj):
                return t, subj
            return None
    return None


def _governed_by(tok: Token, anc: Token, depth: int = 4) -> bool:
    """Whether ``anc`` is ``tok`` or one of its ``depth`` nearest ancestors."""
    h = tok
    if h.i == anc.i:
        return True
    for _ in range(depth):
        if h.head.i == h.i:
            return False
        h = h.head
        if h.i == anc.i:
            return True
    return False
