"""Who issued a thing a quote is credited to ("The complaint said", "according to its figures", "the
book said", "a speech Mrs. Clinton delivered"): the person or body the article says made it. Documents
count as their issuer (the labels' rule): a body's report is the body, a person's book, lawsuit or photo
is the person. Only what the article says decides: a possessive ("its website"), a name inside the words
("the Halifax survey"), the clause that brings the thing in ("Californian Thomas Slattery filed the
suit", "Computer firm Apple has issued a lawsuit", "a group of black parents ... sent a letter"), or the
body the sentence before has speaking ("The National Audit Office said ... || The report said"). Where
the article says none of that, the thing keeps its own words."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Token

from analysis.extract.quotes.speakers import noun_phrase
from analysis.extract.sources.bodies import _employer_group
from analysis.extract.sources.context import _Context
from analysis.extract.sources.groups import known_body, role_group
from analysis.extract.sources.names import _a_persons_name, _spelled_out
from analysis.extract.sources.words import _SUBJECT_DEPS, _label, _singular, _words
from analysis.records import Mention

#: Nouns for one thing written or said, each standing for the others in one story ("filed the suit ...
#: the lawsuit states", "wrote a memoir ... the book said", "issued a lawsuit ... The complaint said").
_FAMILIES = (
    frozenset({"lawsuit", "suit", "complaint", "claim", "action"}),
    frozenset({"book", "memoir", "memoirs", "autobiography"}),
    frozenset({"photo", "photograph", "picture", "image"}),
    frozenset({"ad", "advert", "advertisement", "commercial"}),
    frozenset({"speech", "address"}),
)
#: Verbs by which someone makes a thing: "filed the suit", "wrote a memoir", "posted a photo", "sent a
#: letter", "a speech Mrs. Clinton delivered", "to make a controversial comment".
_MAKING = frozenset(
    {
        "write",
        "pen",
        "deliver",
        "give",
        "make",
        "file",
        "post",
        "send",
        "sign",
        "issue",
        "publish",
        "release",
        "submit",
        "bring",
        "lodge",
        "launch",
        "produce",
        "compile",
        "conduct",
        "author",
        "tweet",
        "take",
    }
)
#: Verbs with which a body speaks in its own name before its document is quoted: "The National Audit
#: Office said ... || The report said", "The appeals court ruled ... || said the ruling".
_SPEAKING = frozenset({"say", "find", "warn", "report", "conclude", "urge", "announce"})
#: Verbs that make one kind of document only: "The appeals court ruled ... || said the ruling", "US
#: prosecutors have charged ... || The charges", "His campaign sued the DNC ... || The complaint".
_MAKES_ONE = {"rule": frozenset({"ruling", "judgment", "judgement"}), "charge": frozenset({"charges"})}
_MAKES_ONE["sue"] = _FAMILIES[0]
#: How far back (in sentences) the clause that brings a thing in may stand.
_BACK = 6


@dataclass
class Issuer:
    """Whoever the article says made a thing: a named person (their mentions), unnamed people, a body."""

    kind: str
    group: str = "unknown"
    words: tuple[str, int, int] | None = None  #: the issuer's own words in the text, with offsets
    people: list[Mention] = field(default_factory=list)


def _family(noun: str) -> frozenset[str]:
    single = _singular(noun, {})
    return next((f for f in _FAMILIES if noun in f or single in f), frozenset({noun, single}))


def body_group(ctx: _Context, words: str, name: bool = False) -> str:
    """The group of a body the article names or describes ("Computer firm Apple", "the NAO", "market
    analyst Datamonitor", "US prosecutors"), "unknown" when nothing places it."""
    # (a name's own phrase first: "State Department Refugee Processing Center")
    group = role_group(words, generic=False, name=name)
    if group == "unknown" and "." in words:
        group = role_group(words.replace(".", ""), generic=False, name=name)  # "the F.B.I.": the FBI
    if group == "unknown" and (known := known_body(words, ctx.text)) is not None:
        group = known[1]
    if group == "unknown" and (long_name := _spelled_out(ctx, words.strip())) is not None:
        group = role_group(long_name[0], name=True)  # "the NAO": the National Audit Office
    if group == "unknown":
        group = _employer_group(ctx, words)
    return group if group != "unknown" else role_group(words)


def owner_of_its(ctx: _Context, start: int) -> str | None:
    """The body an "its" opening a thing's words stands for ("Southcorp employs ... according to its
    website", "Greg Mills, program director at AOL, said its figures"): the last organisation named
    before it in its sentence or the one before; None when there is none."""
    k = ctx.ix.sent_of[ctx.ix.token_before(start + 1)]
    a = ctx.ix.sent_start_char[max(k - 1, 0)]
    bodies = [m for m in ctx.speakers.mentions_in(a, start) if m.label == "ORG" and m.entity]
    return bodies[-1].entity if bodies else None


def _subject_of(tok: Token) -> Token | None:
    """The one who does what a verb says: its subject, or, for "to make a comment" after "prompted X",
    the object of the verb it depends on; a verb joined to another by "and" shares its subject."""
    subj = next((c for c in tok.children if c.dep_ in _SUBJECT_DEPS), None)
    if subj is not None or tok.dep_ not in {"conj", "xcomp"}:
        return subj
    if tok.dep_ == "xcomp" and (obj := next((c for c in tok.head.children if c.dep_ in {"dobj", "obj"}), None)):
        return obj  # "prompted his wife ... Hillary Clinton to make a controversial comment"
    return next((c for c in tok.head.children if c.dep_ in _SUBJECT_DEPS), None)


def _maker(tok: Token) -> Token | None:
    """The subject of the clause that makes the thing ``tok`` names: "X filed the suit", "a speech X
    delivered", "the suit was filed by X"; None when no such clause holds it."""
    verb = tok.head
    if tok.dep_ in {"dobj", "obj"} and verb.lemma_.lower() in _MAKING:
        return _subject_of(verb)
    if tok.dep_ == "nsubjpass" and verb.lemma_.lower() in _MAKING:
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    for c in tok.children:
        if c.dep_ in {"relcl", "acl"} and c.lemma_.lower() in _MAKING:
            subj = next((s for s in c.children if s.dep_ == "nsubj"), None)
            if subj is not None and subj.lower_ not in {"which", "that", "who"}:
                return subj  # "a speech Mrs. Clinton delivered"
    return None


def _suer(verb: Token) -> Token | None:
    """Who sues: the subject of "sued", or the agent of "has been sued by"."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    if agent is not None:
        return next((c for c in agent.children if c.dep_ == "pobj"), None)
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def _as_issuer(ctx: _Context, subj: Token) -> Issuer | None:
    """What a clause's subject is as an issuer: a person named (or a he/she resolved to one), a body,
    unnamed people; None for a pronoun nothing resolves."""
    if subj.pos_ == "PRON":
        who = ctx.pronoun_at.get(subj.idx)
        if who is None or who not in ctx.named:
            return None
        return Issuer("named person", people=ctx.named[who])
    a, b = noun_phrase(ctx.doc, subj)
    inside = ctx.speakers.mentions_in(a, b)
    head_at = (subj.idx, subj.idx + len(subj.text))
    people = [
        m
        for m in inside
        if m.entity and _label(ctx.named.get(m.entity, [m])) == "PERSON" and m.start <= head_at[0] < m.end + 1
    ]
    if people:
        return Issuer("named person", people=ctx.named.get(people[0].entity or "", people))
    words = re.sub(r"\s+", " ", ctx.text[a:b])
    if subj.pos_ == "PROPN" and (full := _full_name_of(ctx, subj.text)) is not None:
        return Issuer("named person", people=ctx.named[full])  # "Mariano wrote a memoir", the tagger's body
    bodies = [m.entity for m in inside if m.entity and _label(ctx.named.get(m.entity, [m])) == "ORG"]
    person_word = ctx.is_person_word(subj.lower_) or ctx.is_person_word(_singular(subj.lower_, {}))
    group = body_group(ctx, words) if person_word else "unknown"  # "researchers at BDO Stoy Hayward": researchers
    if group == "unknown":
        group = next((g for e in bodies if (g := body_group(ctx, e, name=True)) != "unknown"), None)
        group = group or body_group(ctx, words)
    if person_word and (one := _one_person_apposed(ctx, subj)) is not None:
        return Issuer("named person", people=ctx.named[one])  # "his wife and ... nominee Hillary Clinton"
    if person_word:
        plural = subj.tag_ == "NNS"
        return Issuer("anonymous" if plural else "unnamed person", group, (words, a, b))
    if subj.lower_ == "group" and _of_people(ctx, subj):
        return Issuer("anonymous", group, (words, a, b))  # "a group of black parents": unnamed people
    if bodies or subj.lower_ in ctx.org_heads:
        return Issuer("organisation", group, (words, a, b))
    if subj.lower_ in ctx.group_heads | ctx.collective_heads:
        return Issuer("anonymous", group, (words, a, b))
    return None


def _one_person_apposed(ctx: _Context, subj: Token) -> str | None:
    """The one person named in a singular description's whole phrase, its appositions and titles joined by
    "and" included ("his wife and current Democratic presidential nominee Hillary Clinton"); None otherwise."""
    if subj.tag_ == "NNS":
        return None
    a, b = subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge.text)
    inside = ctx.speakers.mentions_in(a, b)
    people = {m.entity for m in inside if m.entity and _label(ctx.named.get(m.entity, [m])) == "PERSON"}
    return people.pop() if len(people) == 1 and b - a < 160 else None


def _of_people(ctx: _Context, head: Token) -> bool:
    """Whether a noun runs on with "of" and people: "group of black parents"."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and any(ctx.is_person_word(p.lower_) or p.lower_ in ctx.group_heads for p in c.children)
        for c in head.children
    )


def _sentences_back(ctx: _Context, k: int, n: int) -> int:
    """The sentence ``n`` sentences before sentence ``k``, not counting those a quotation opens (a quote
    run over several sentences is one stretch of someone's words)."""
    while n > 0 and k > 0:
        k -= 1
        n -= not ctx.in_direct_quote(ctx.ix.sent_start_char[k] + 1)
    return k


def _full_name_of(ctx: _Context, surname: str) -> str | None:
    """The one person named in full with this surname ("Dr. Connie Mariano" for "Mariano"), whatever the
    tagger made of either; None when there is none or several."""
    if (full := ctx.surnames.get(surname)) is not None:
        return full
    found = [e for e in ctx.named if e.endswith(f" {surname}") and _a_persons_name(ctx, e)]
    return found[0] if len(found) == 1 else None


def made_by(ctx: _Context, name: str, start: int, end: int) -> Issuer | None:
    """Whoever the article says made the thing a speaker's words name: the clause that brings the thing
    (or one of its family) in, in the words' own sentence or the few before ("Californian Thomas Slattery
    filed the suit. || ... the lawsuit states"); the nearest one decides."""
    words = _words(name)
    if not words:
        return None
    family = _family(words[-1])
    ti = ctx.ix.token_before(end)
    if ti < 0:
        return None
    first = ctx.ix.sent_first[_sentences_back(ctx, ctx.ix.sent_of[ti], _BACK)]
    for tok in reversed(ctx.doc[first : ti + 1]):
        if ctx.in_direct_quote(tok.idx):
            continue
        if family is _FAMILIES[0] and tok.pos_ == "VERB" and tok.lemma_.lower() == "sue":
            subj = _suer(tok)  # "Snoop Dogg has been sued for $25m by a make-up artist ... The lawsuit"
        elif tok.pos_ != "NOUN" or tok.lower_ not in family and tok.lemma_.lower() not in family:
            continue
        else:
            subj = _maker(tok)
        if subj is not None and (issuer := _as_issuer(ctx, subj)) is not None:
            return issuer
    return None


def body_speaking_before(ctx: _Context, name: str, start: int, after: bool = False) -> Issuer | None:
    """The body the sentence holding ``start`` or the two before it have speaking in its own name ("The
    National Audit Office said ...", "said market analyst Datamonitor", "The appeals court ruled"): the
    nearest one, its group placed. With ``after``, the next sentence's instead (a lead's "according to a
    report", then "say researchers at BDO Stoy Hayward")."""
    ti = ctx.ix.token_before(start + 1)
    if ti < 0:
        return None
    k = ctx.ix.sent_of[ti]
    starts = ctx.ix.sent_first
    if after:
        if k + 1 >= len(starts):
            return None
        span = range(starts[k + 1], starts[k + 2] if k + 2 < len(starts) else len(ctx.doc))
    else:
        span = range(ti, starts[_sentences_back(ctx, k, 2)] - 1, -1)
    family = _family((_words(name) or [""])[-1])
    for i in span:
        verb = ctx.doc[i]
        lemma = verb.lemma_.lower()
        if verb.pos_ not in {"VERB", "AUX"} or ctx.in_direct_quote(verb.idx):
            continue
        if lemma not in _SPEAKING and not family & _MAKES_ONE.get(lemma, frozenset()):
            continue
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.pos_ == "PRON":
            continue
        if subj.lower_ in family or subj.lemma_.lower() in family:
            # the thing speaking, its issuer inside it: "the joint report from the Food and Agriculture
            # Organisation and the World Food Programme said"
            a, b = noun_phrase(ctx.doc, subj)
            named = [m.entity for m in ctx.speakers.mentions_in(a, b) if m.entity and m.label == "ORG"]
            group = next((g for e in named if (g := body_group(ctx, e, name=True)) != "unknown"), "unknown")
            if group != "unknown":
                return Issuer("organisation", group)
            continue
        if any(t.pos_ == "NOUN" and (t.lower_ in family or t.lemma_.lower() in family) for t in verb.subtree):
            continue  # "CBS News reports that the letter ... was sent": about the thing, not its maker
        issuer = _as_issuer(ctx, subj)
        if issuer is not None and issuer.kind in {"organisation", "anonymous"} and issuer.group != "unknown":
            return issuer  # a body, or people such as "US prosecutors" (not one person speaking for themselves)
    return None


def body_quoted_after(ctx: _Context, name: str, start: int) -> Issuer | None:
    """The body a lead's unattributed document turns out to be: the organisation credited with the first
    quote in the two sentences after it ("... from the net, according to research. || ..., said a report.
    || Web tracking company Envisional said 18% of downloaders were from within the UK"), its group placed;
    None when none is, or when that quote talks about the document (another body answering it)."""
    ti = ctx.ix.token_before(start + 1)
    if ti < 0 or (_words(name) or [""])[-1] == "reports":
        return None  # "according to reports": the press's, whoever speaks next
    k = ctx.ix.sent_of[ti]
    starts = ctx.ix.sent_start_char
    if k + 1 >= len(starts):
        return None
    a, b = starts[k + 1], starts[k + 3] if k + 3 < len(starts) else len(ctx.text)
    family = _family((_words(name) or [""])[-1]) | _FINDINGS
    for q in sorted(ctx.quotes, key=lambda q: q.speaker_start or 0):
        at, to = q.speaker_start, q.speaker_end
        if at is None or to is None or not a <= at < b:
            continue
        if (_words(ctx.text[at:to]) or [""])[-1] in family:
            continue  # the findings again: "according to research. || ..., said a report"
        bodies = [m.entity for m in ctx.speakers.mentions_in(at, to) if m.entity and m.label == "ORG"]
        if not bodies or family & set(_words(ctx.text[q.start : q.end])):
            return None  # the first voice after it decides: "according to market analysts In-Stat/MDR"
        group = next((g for e in bodies if (g := body_group(ctx, e, name=True)) != "unknown"), "unknown")
        words = re.sub(r"\s+", " ", ctx.text[at:to])
        group = group if group != "unknown" else body_group(ctx, words)
        return Issuer("organisation", group, (words, at, to)) if group != "unknown" else None
    return None


#: Words for findings that stand for one another in a story ("according to research ... said a report").
_FINDINGS = frozenset({"research", "report", "reports", "study", "studies", "survey", "surveys", "figures", "findings"})
