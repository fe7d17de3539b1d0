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
   said by the subject of the main verb); a passive verb's speaker is its agent;
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
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from analysis.extract.quotes.cues import QUOTE_CUES, REPORTING_VERBS, SPEECH_NOUNS, THINKING_VERBS
from analysis.extract.quotes.marks import Stretch
from analysis.extract.quotes.roles import role_words
from analysis.extract.quotes.speakers import RESOLVED_PRONOUNS, VOICE_NOUNS, SpeakerName, Speakers
from analysis.extract.quotes.terms import DISPLAY_NOUNS, is_term, repeated_terms, title_name
from analysis.records import SPEAKING_LABELS, Mention, Quote

__all__ = ["QUOTE_CUES", "REPORTING_VERBS", "extract"]

#: The speech-verb lexicon lives in ``data/speech_verbs.txt`` (``cues``), documented verb by verb.
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
#: Dependencies to climb from a participle or clause to the verb that has the subject:
#: "…, saying “…”", "issued a statement saying …", "was quoted as saying …".
CLIMB_DEPS = frozenset({"xcomp", "advcl", "conj", "pcomp", "acl", "prep", "pobj", "ccomp", "dobj"})
#: Nouns a speaker speaks through, to climb past: "issued a statement saying …".
STATEMENT_NOUNS = frozenset("statement release letter tweet post message email memo note".split())
#: Pronouns that stand for people (or groups of them) as subjects.
ANIMATE_PRONOUNS = frozenset("i we you he she they who".split())
#: Verbs whose direct object is the one spoken to, not what is said.
ADDRESSEE_VERBS = frozenset("tell ask thank urge remind inform assure advise".split())
#: Speech verbs that report words only with their particle: "Benioff weighed in".
PHRASAL_CUES = {"weigh": "in"}
#: Speech verbs that also say that something goes on: "he continued: “…”" reports words, "the
#: company continued to sign up subscribers" or "continued its work" does not.
ASPECT_VERBS = frozenset({"continue"})
#: Objects of "told" that name an audience, not something reported.
AUDIENCE_NOUNS = frozenset("reporter reporters journalist journalists audience crowd supporters".split())
#: Prepositions that give the occasion or medium of a statement, not its content.
VENUE_PREPS = frozenset("on in at during via".split())
#: Words a title leaves in lower case.
MINOR_WORDS = frozenset("a an the of and or nor but to in on at for by with from as is are be not no vs via".split())
_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*")
#: Subjects that are nobody in particular (the reader addressed as "you" included): a partial quote
#: they "say" is a term.
GENERIC_SUBJECTS = frozenset("someone somebody anyone anybody some you".split())
#: How far (tokens) an attribution may stand from the quote when the parse does not link them.
WINDOW = 14
#: Dependencies of a word inside a noun phrase on the phrase's head.
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "npadvmod", "nummod"})
#: Characters a quote may end with to be followed by its attribution ("“…,” he said").
CONTINUING_END = frozenset(",?!\u2014\u2013-\u2026:;")


@dataclass(slots=True)
class _Found:
    """A quoted stretch and what the rules found for it."""

    stretch: Stretch
    first: int  # first token inside the quote
    last: int  # one past the last token inside the quote
    kind: str
    cue: Token | None = None
    subject: Token | None = None
    speaker: SpeakerName | None = None
    cue_text: str | None = None
    #: how the speaker was found: "verb", "lead-in", "split", "floating"
    how: str | None = None
    #: written like a title (every main word capitalised): “Meet the Press”
    title: bool = False
    #: a name, term or scare quote, or words on display (``terms``): nobody's speech
    term: bool = False


class _Article:
    """The parsed article with the indexes every rule needs, built once."""

    def __init__(self, doc: Doc, text: str, speakers: Speakers) -> None:
        scan = speakers.scan
        self.doc, self.text, self.ix, self.speakers = doc, text, scan.index, speakers
        self.paragraphs = scan.paragraphs
        self.para_starts = [a for a, _ in self.paragraphs]
        # Quote number of each token inside a quote, -1 outside; -2 for the marks themselves.
        self.quote_of = scan.quote_of

    def tokens(self, start: int, end: int) -> tuple[int, int]:
        return self.ix.tokens(start, end)

    def token_at(self, pos: int) -> int | None:
        return self.ix.token_at(pos)

    def paragraph(self, pos: int) -> int:
        return max(bisect.bisect_right(self.para_starts, pos) - 1, 0)

    def outside(self, tok: Token) -> bool:
        return self.quote_of[tok.i] == -1


def _is_cue(tok: Token, verbs: frozenset[str] = QUOTE_CUES) -> bool:
    if tok.lower_ == "according":
        return any(c.lower_ == "to" for c in tok.children)
    if tok.lower_ in {"read", "reads"} and "read" in verbs and any(c.dep_ == "nsubj" for c in tok.children):
        return True  # "“…,” a BBC statement read." (the tagger often calls this "read" a noun)
    lemma = tok.lemma_.lower()
    if lemma in PHRASAL_CUES and not _particle(tok, PHRASAL_CUES[lemma]):
        return False  # "weighed in" reports words, "weighed the options" does not
    if lemma in ASPECT_VERBS and any(c.dep_ in {"xcomp", "dobj"} for c in tok.children):
        return False  # "as the company continued to sign up subscribers": no words reported
    return tok.pos_ in {"VERB", "AUX"} and lemma in verbs


def _particle(tok: Token, word: str) -> bool:
    """The verb's particle right after it ("weighed in"), whatever the parse called it, and not a
    preposition with an object ("weighed in kilograms")."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return nxt is not None and nxt.lower_ == word and not any(c.dep_ == "pobj" for c in nxt.children)


def _cue_text(cue: Token) -> str:
    if cue.lower_ == "according":
        return "according to"
    return cue.text


def _animate(art: _Article, tok: Token) -> bool:
    """Whether a subject can be someone who speaks: a name, a pronoun for people, an entity."""
    if tok.lower_ in ANIMATE_PRONOUNS or tok.pos_ == "PROPN":
        return True
    m = art.speakers.mention_at(tok.idx, tok.idx + len(tok))
    return m is not None and m.label in SPEAKING_LABELS


def _subject(art: _Article, cue: Token) -> Token | None:
    """The subject of a reporting verb, climbing from participles and clauses to the verb that
    has one; for "according to X", X. A subject met on the way up that cannot speak ("his
    meeting with Sanders was not political, saying ...") gives way to a speaking one above it.
    A passive reporting verb is spoken by its agent, not its subject ("they were told “…”")."""
    if cue.lower_ == "according":
        to = next((c for c in cue.children if c.lower_ == "to"), None)
        obj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
        return obj if obj is not None and art.outside(obj) else None
    v = cue
    fallback: Token | None = None
    quoted = _quoted_as(art, cue)
    if quoted is not None:
        return quoted
    for _ in range(6):
        subj = _own_subject(art, v, passive_ok=v.i != cue.i or v.lemma_.lower() == "quote")
        if subj is None and v.i == cue.i:
            subj = _mistagged_subject(art, v) or _with_subject(art, v) or _subject_before_relative(art, v)
            if subj is not None and subj.dep_ == "pobj":
                return subj
        if subj is not None and v.i != cue.i and _participle(cue):
            reporter = _reporter_above(art, v)
            if reporter is not None:
                # "The producers confirmed that he would still present the show, saying his
                # comments were “humorous digs”": the participle hangs on the reported clause
                # in the parse, but the one who says is whoever reports it
                return reporter
        if subj is not None:
            # a thing as the cue's own subject in a clause of another verb ("Mr Brown dismissed the
            # figures insisting that …", parsed with "figures" insisting): the one above speaks
            thing = v.i == cue.i and v.dep_ in CLIMB_DEPS and _a_thing(art, subj, plural=v.tag_ == "VBG")
            if v.i == cue.i and not thing or _animate(art, subj):
                return subj
            fallback = fallback or subj
        head = v.head
        if head.i == v.i or v.dep_ not in CLIMB_DEPS and v.dep_ != "relcl":
            break
        if v.lower_ == "as" and v.dep_ == "prep" and _quoted_as(art, head) is not None:
            return _quoted_as(art, head)

        if v.i == cue.i and v.dep_ == "xcomp":
            # "led 12 viewers to complain he was “lewd”", "urged fans to say": the object speaks
            obj = next((c for c in head.children if c.dep_ == "dobj" and c.i < v.i and art.outside(c)), None)
            # (a speech verb's own subject can only be someone, so any noun will do: "viewers")
            if obj is not None and obj.pos_ in {"NOUN", "PROPN", "PRON"}:
                return obj
        if v.dep_ in {"acl", "relcl"} and head.pos_ in {"NOUN", "PROPN", "PRON"}:
            named_object = any(c.dep_ in {"dobj", "oprd"} and art.outside(c) for c in v.children)
            if v.dep_ == "acl" and v.tag_ == "VBN" and head.i < v.i and not named_object:
                return fallback  # "a group called “…”": a name given, not words spoken
            if head.lemma_.lower() in STATEMENT_NOUNS:
                v = head  # "issued a statement saying …": whoever issued it
                continue
            doer = _doer_of(art, head) if cue.tag_ == "VBG" else None
            if doer is not None:
                # "Unions criticised the possible move - which may affect staff - saying ...", "he
                # opposed the plans for ID cards branding them ...": a thing someone acts on does
                # not speak; the one acting on it does
                return doer
            # "a sign saying “…”"; "the nominee, Donald Trump, tweeted", a mis-parse that hangs the
            # verb on its subject.
            return head if art.outside(head) else fallback
        v = head
    return fallback


def _doer_of(art: _Article, thing: Token) -> Token | None:
    """For a participle said of ``thing``: the subject of the verb whose object ``thing`` is
    (directly, or through one preposition: "the plans for ID cards"), when ``thing`` is a thing
    (``_a_thing``: not a sign, a statement or a role) and that subject is not a thing itself."""
    if not _a_thing(art, thing, plural=True):
        return None
    obj = thing
    if obj.dep_ == "pobj" and obj.head.dep_ == "prep" and obj.head.head.pos_ == "NOUN":
        obj = obj.head.head  # "the plans for ID cards branding them ...": the plans are the object
    if obj.dep_ != "dobj" or obj.head.pos_ != "VERB" or any(c.dep_ == "dative" for c in obj.head.children):
        return None  # ("give the chair of the DNC authority to call ...": the chair would do it)
    subj = _own_subject(art, obj.head, passive_ok=False)
    if subj is None or subj.pos_ not in {"NOUN", "PROPN", "PRON"} or _a_thing(art, subj):
        return None
    return subj


def _quoted_as(art: _Article, verb: Token) -> Token | None:
    """The one a report quotes: "the newspaper quoted Acme's chief executive Geoff Brand as saying
    “…”" is Brand's, not the paper's: an active "quoted" with an object and "as" + a participle."""
    if verb.lemma_.lower() != "quote" or any(c.dep_ == "auxpass" for c in verb.children):
        return None
    as_ = next((c for c in verb.children if c.lower_ == "as" and c.dep_ == "prep"), None)
    if as_ is None or not any(c.tag_ == "VBG" for c in as_.children):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i < as_.i and art.outside(c)), None)
    return obj if obj is not None and obj.pos_ in {"NOUN", "PROPN", "PRON"} else None


def _participle(cue: Token) -> bool:
    """ ", saying …": a present participle set off by a comma."""
    return cue.tag_ == "VBG" and cue.dep_ == "advcl" and cue.i > 0 and cue.doc[cue.i - 1].text == ","


def _reporter_above(art: _Article, v: Token) -> Token | None:
    """The subject of the reporting verb whose reported clause ``v`` is ("confirmed that he would
    …"), or None when ``v`` is no reported clause."""
    if v.dep_ != "ccomp" or not any(c.dep_ == "mark" for c in v.children):
        return None
    above = v.head
    if not (art.outside(above) and _is_cue(above, REPORTING_VERBS)):
        return None
    subj = _subject(art, above)  # through "and": "defended Rock and confirmed that …"
    return subj if subj is not None and subj.pos_ in {"NOUN", "PROPN", "PRON"} else None


def _mistagged_subject(art: _Article, v: Token) -> Token | None:
    """A name right before the verb that the parse did not take as its subject ("Skelly called"
    with "Skelly" read as an adverb)."""
    near = (c for c in v.lefts if c.i >= v.i - 2 and c.dep_ in {"advmod", "npadvmod", "dep", "nmod", "compound"})
    return next(
        (
            c
            for c in near
            if art.outside(c) and (c.pos_ == "PROPN" or c.lower_ in ANIMATE_PRONOUNS) and _animate(art, c)
        ),
        None,
    )


def _subject_before_relative(art: _Article, v: Token) -> Token | None:
    """ "Size, whose New Forms album won the 1997 Mercury Music Prize, said ...", parsed with the
    relative clause as a clause of "said" holding two subjects: the name before ", whose" (or
    ", who") is the one saying."""
    for clause in v.lefts:
        if clause.dep_ != "ccomp":
            continue
        for first in clause.lefts:  # (the parse may read the name as a modifier: "advmod")
            if first.pos_ != "PROPN" or not art.outside(first) or not _animate(art, first):
                continue
            after = art.doc[first.i + 1 : first.i + 3]
            if [t.lower_ for t in after] in (
                [",", "whose"],
                [",", "who"],
            ) and first.dep_ in SUBJECT_DEPS | {"advmod", "npadvmod", "dep"}:
                return first
    return None


def _with_subject(art: _Article, cue: Token) -> Token | None:
    """The one saying in "with X saying/claiming …" (an absolute phrase: "... despite recovering
    from a groin injury with Rovers boss Mark Hughes claiming it had been an "emotional" time"),
    which the parse leaves as the object of "with" right before the participle."""
    if cue.tag_ != "VBG" or cue.i == 0:
        return None
    prev = art.doc[cue.i - 1]
    if prev.dep_ == "pobj" and prev.head.lower_ == "with" and art.outside(prev) and _animate(art, prev):
        return prev
    return None


def _own_subject(art: _Article, v: Token, passive_ok: bool) -> Token | None:
    """The subject of ``v`` itself: the one nearest the verb (a dateline parsed as a second subject
    stands further off); for a passive, its agent ("by X"), or its subject when ``passive_ok``."""
    # a clause as subject never speaks ("… Mr Ebbers often passed over questions …, giving only
    # “brief” answers himself", with "answers" read as a verb whose subject is the clause)
    subjects = [c for c in v.children if c.dep_ in SUBJECT_DEPS - {"csubj"} and art.outside(c)]
    active = [c for c in subjects if c.dep_ != "nsubjpass"]
    if not active and not (passive_ok and subjects):
        # "was joined by Franken and joked": the passive's subject also does the joking; but
        # the words of "X was asked “…”" are the asker's.
        agent = next((c for c in v.children if c.dep_ == "agent"), None)
        if agent is not None:
            by = next((c for c in agent.children if c.dep_ == "pobj" and art.outside(c)), None)
            if by is not None:
                return by
        if not passive_ok:
            return None
    nearest = min(active or subjects, key=lambda c: abs(c.i - v.i), default=None)
    return _named_before_role(art, nearest, active or subjects) or nearest


def _named_before_role(art: _Article, nearest: Token | None, subjects: list[Token]) -> Token | None:
    """The name when the parse split "Mr Prettejohn, Lloyd's chief executive said" (or "Cory
    Doctorow, European outreach coordinator for ..., said") into two subjects: the role noun
    nearest the verb stands right after "<name> ," and describes the name, which speaks."""
    if nearest is None or nearest.pos_ != "NOUN" or len(subjects) < 2:
        return None
    comma = nearest.left_edge.i - 1
    if comma < 1 or art.doc[comma].text != ",":
        return None
    for other in subjects:
        if other.i != nearest.i and other.pos_ == "PROPN" and other.right_edge.i in (comma - 1, comma):
            m = art.speakers.mention_at(other.idx, other.idx + len(other))
            if m is not None and m.label == "PERSON":
                return other
    return None


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


def _a_thing(art: _Article, subj: Token | None, plural: bool = False) -> bool:
    """A subject that is a thing, not someone: a singular common noun that names no entity, no
    role (spokesman, company) and nothing a speaker speaks through (a report, a statement).
    Plurals stay speakers ("officials", "critics") unless ``plural``."""
    if subj is not None and subj.lower_ in {"this", "that"} and subj.tag_ == "DT":
        return True  # "She said this would counter “so-called independent” groups"
    if subj is None or subj.pos_ != "NOUN" or subj.tag_ != "NN" and not plural:
        return False
    low = subj.lemma_.lower()
    if low in role_words() or low in STATEMENT_NOUNS or low in VOICE_NOUNS or low in DISPLAY_NOUNS:
        return False
    return art.speakers.mention_at(subj.idx, subj.idx + len(subj)) is None


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
    return SpeakerName(who.entity, who.start, who.end) if who else None


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
        if tok.lower_ == "according" and tok.dep_ == "prep" and _is_cue(tok):
            head = tok.head
            if head.pos_ not in {"VERB", "AUX"}:
                continue
            left, right = head.left_edge.i, head.right_edge.i
            a, b = tok.left_edge.i, tok.right_edge.i
            # The clause is the side of the sentence that is not "according to X".
            clause = (b + 1, right) if b - left < right - b else (left, a - 1)
        elif tok.pos_ == "VERB" and tok.lemma_.lower() in REPORTING_VERBS:
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
