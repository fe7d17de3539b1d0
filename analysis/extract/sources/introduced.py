"""A person introduced by a description one sentence before their name: the description is the
main subject of a sentence, and the next sentence's main subject is the person, named there for the
first time ("one of the former prosecutors for David Petraeus said the two cases were quite
different. || James Melendres said on MSNBC ...", "The head of Sony Pictures Television ... indicated
as much in an email. || Oz is "smart as hell," Steve Mosko wrote"). A reporter's way of revealing who
spoke; ``context.descriptions`` covers "the <role>" descriptions that the quote rules leave alone,
this one also "one of the <roles>" and descriptions with someone else's name in their "of" phrase.

Guards: the description must be a definite singular person word ("the head", not "a man") or "one of
the" a plural person word, have words the lexicon places, not be a relative ("the wife" is someone
else) and not be something the quote rules took for another person; the name must have no title
of its own ("Rival Hillary Clinton"); and a gendered word in the description ("chairman") or a
he/she after it in its sentence ("said his mic ...") must agree with what the article says of the
person's gender (else the role would change the gender: a chairman's words credited to a woman named
next)."""

from __future__ import annotations

import re

from spacy.tokens import Token

from analysis.extract.quotes.speakers import noun_phrase
from analysis.extract.sources.context import _OTHERS_HEADS, _Context
from analysis.extract.sources.gender import _gender
from analysis.extract.sources.groups import role_group
from analysis.extract.sources.lexicons import _gendered
from analysis.extract.sources.words import _SUBJECT_DEPS, _TITLE_DEPS, _pronoun_form, _words
from analysis.records import Mention

_MEN = re.compile(r"men$")
#: Pronouns that stand for a sentence's subject when they follow it: "said his mic", "saying he ...".
_OWN = frozenset({"he", "she", "his"})


def _main_subject(ctx: _Context, k: int) -> Token | None:
    """The subject of sentence ``k``'s one main verb, or None."""
    first = ctx.ix.sent_first[k]
    last = ctx.ix.sent_first[k + 1] if k + 1 < len(ctx.ix.sent_first) else len(ctx.doc)
    roots = [t for t in ctx.doc[first:last] if t.dep_ == "ROOT" and t.pos_ in {"VERB", "AUX"}]
    if len(roots) != 1:
        return None
    return next((c for c in roots[0].lefts if c.dep_ in _SUBJECT_DEPS), None)


def _description_head(ctx: _Context, subject: Token) -> Token | None:
    """The person word a sentence's subject is a description of one person by: "the head (of ...)",
    "one of the (former) prosecutors"; None for anything else."""
    if subject.lower_ == "one":
        of = next((c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        plural = next((o for o in of.children if o.dep_ == "pobj"), None) if of is not None else None
        if plural is None or plural.tag_ != "NNS" or not any(c.lower_ == "the" for c in plural.children):
            return None
        return plural if ctx.is_person_word(plural.lower_) else None
    if subject.pos_ != "NOUN" or subject.tag_ != "NN" or not ctx.is_person_word(subject.lower_):
        return None
    the = next((c for c in subject.children if c.dep_ == "det"), None)
    return subject if the is not None and the.lower_ == "the" else None


def introduced_before(ctx: _Context, m: Mention) -> tuple[int, int] | None:
    """The description that introduces the person first named at ``m`` (see the module), or None."""
    if m.label != "PERSON" or not m.entity or ctx.in_title(m.start) or ctx.in_direct_quote(m.start):
        return None
    if any(o.start < m.start and not ctx.in_title(o.start) for o in ctx.named.get(m.entity, [])):
        return None  # named before: not where the article introduces them
    i, j = ctx.ix.tokens(m.start, m.end)
    if j <= i or (k := ctx.ix.sent_of[i]) == 0 or ctx.in_title(ctx.ix.sent_start_char[k - 1]):
        return None
    own = _main_subject(ctx, k)
    if own is None or own.i != ctx.doc[i:j].root.i:
        return None
    honorifics = _gendered()[0]
    if any(
        c.i < i and c.dep_ in _TITLE_DEPS and c.lower_.rstrip(".") not in honorifics and c.ent_type_ != "PERSON"
        for c in own.lefts
    ):
        return None  # "Rival Hillary Clinton": words of their own before the name, someone else
    subject = _main_subject(ctx, k - 1)
    if subject is None or ctx.speakers.scan.quote_of[subject.i] != -1:
        return None
    head = _description_head(ctx, subject)
    if head is None or head.lower_ in _OTHERS_HEADS or {head.lower_, head.lemma_.lower()} & ctx.kin_words:
        return None  # "one of the three brothers behind the Falic Group": whose kin, not what post
    if ctx.speakers.described(subject) not in {None, m.entity}:
        return None  # the quote rules read it as someone else
    a, b = noun_phrase(ctx.doc, subject)
    if role_group(ctx.text[a:b], story=ctx.story) == "unknown":
        return None
    return (a, b) if _agrees(ctx, m, subject, a, b) else None


def _agrees(ctx: _Context, m: Mention, subject: Token, a: int, b: int) -> bool:
    """Whether a description's gendered words and its own he or she agree with what the article says
    of the gender of the person named at ``m``."""
    k = ctx.ix.sent_of[subject.i]
    end = ctx.ix.sent_first[k + 1] if k + 1 < len(ctx.ix.sent_first) else len(ctx.doc)
    gendered = _gendered()[1]
    worded = {g for w in _words(ctx.text[a:b]) if (g := gendered.get(w) or gendered.get(_MEN.sub("man", w)))}
    # the description's own he or she ("The GOP nominee said his mic ...": "his" too, not "her" of
    # someone it talks about)
    rest = ctx.doc[subject.right_edge.i + 1 : end]
    other = [x.start for x in ctx.speakers.mentions_in(rest.start_char, rest.end_char) if x.label == "PERSON"]
    rest = ctx.doc[rest.start : ctx.ix.token_before(other[0])] if other else rest  # "... Trump ..., he": Trump's
    told = {"male" if g == "he" else "female" for t in rest if t.lower_ in _OWN and (g := _pronoun_form(t.text))}
    known = _gender(ctx, m.entity, "named person", None)[0] if worded or told else "unknown"
    # "the chairman of the Police Federation ... || Jan Berry said", she
    return not (worded and {known} != worded) and not (known != "unknown" and told and {known} != told)


#: A description by age alone ("The 28-year-old") and one that goes on to a post ("The 28-year-old
#: 800 metres runner"): the age ties the second to the person the first stands for.
_AGE_ALONE = re.compile(r"[Tt]he (\d{1,3})-year-old")


def described_after(ctx: _Context, mentions: list[Mention]) -> tuple[int, int] | None:
    """A definite description the article goes on to use for a person it names as a sentence's main
    subject: the next sentence's main subject ("Ex-chatshow host Robert Kilroy-Silk has attacked ... ||
    The Veritas leader said ..."), or, when that one gives only an age, a later main subject with the
    same age and a post (" ... James McIlroy is confident ... || The 28-year-old has been in great form
    ... || The 28-year-old 800 metres runner has not always ...": the post after the age). Nobody else
    may be named between the name and the next sentence's subject, the quote rules must not read that
    subject as someone else, and the description must agree with the person's gender (``_agrees``)."""
    ix, doc, text = ctx.ix, ctx.doc, ctx.text
    for m in sorted(mentions, key=lambda m: m.start):
        if m.label != "PERSON" or not m.entity or ctx.in_title(m.start) or ctx.in_direct_quote(m.start):
            continue
        i, j = ix.tokens(m.start, m.end)
        if j <= i or (k := ix.sent_of[i]) + 1 >= len(ix.sent_first):
            continue
        own = _main_subject(ctx, k)
        subject = _main_subject(ctx, k + 1)
        if own is None or own.i != doc[i:j].root.i or subject is None:
            continue
        if ctx.speakers.scan.quote_of[subject.i] != -1 or ctx.speakers.described(subject) not in {None, m.entity}:
            continue
        a, b = noun_phrase(doc, subject)
        if any(x.label == "PERSON" and x.entity != m.entity for x in ctx.speakers.mentions_in(m.end, b)):
            continue  # someone else named in between: the description may be theirs
        age = _AGE_ALONE.fullmatch(text[a:b])
        if age is None:
            head = _description_head(ctx, subject)
            if head is not None and head.i == subject.i and _placed_post(ctx, a, b) and _agrees(ctx, m, subject, a, b):
                return a, b
            continue
        for later in range(k + 2, len(ix.sent_first)):
            found = _aged_post(ctx, later, age.group(1))
            if found is not None and _agrees(ctx, m, *found):
                return found[1], found[2]
    return None


def _placed_post(ctx: _Context, a: int, b: int) -> bool:
    """Whether the lexicon places words a..b as more than a member of the public."""
    return role_group(ctx.text[a:b], story=ctx.story) not in {"unknown", "ordinary person or witness"}


def _aged_post(ctx: _Context, k: int, age: str) -> tuple[Token, int, int] | None:
    """Sentence ``k``'s main subject when it is "The <age>-year-old <post>", a singular noun at its head
    and a post the lexicon places: the subject and the post's span after the age."""
    subject = _main_subject(ctx, k)
    if subject is None or ctx.speakers.scan.quote_of[subject.i] != -1:
        return None
    a, b = noun_phrase(ctx.doc, subject)
    found = _AGE_ALONE.match(ctx.text, a, b)
    if found is None or found.group(1) != age or subject.tag_ != "NN":
        return None
    start = found.end() + len(ctx.text[found.end() : b]) - len(ctx.text[found.end() : b].lstrip())
    return (subject, start, b) if start < b and _placed_post(ctx, start, b) else None
