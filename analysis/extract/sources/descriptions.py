"""A speaker's role from elsewhere in the article: a description of them in the next or previous
sentence, one fronted before them ("A junior Wimbledon finalist last year, she added"), the lead's
description of a body or a person it names next ("a shareholder fund voiced opposition ... || TCI, which ...",
"UKIP have suspended a candidate ... || John Houston, 54, was due to stand"),
"said as the ...", a quantified voice ("many officials"), a party's bare plural ("Republicans
said"), a titled person."""

from __future__ import annotations

import re

from spacy.tokens import Token

from analysis.extract.quotes.roles import restricted
from analysis.extract.quotes.speakers import noun_phrase
from analysis.extract.sources.context import _OTHERS_HEADS, Role, _Context
from analysis.extract.sources.gender import _other_person_before
from analysis.extract.sources.groups import role_group
from analysis.extract.sources.lexicons import _gendered, _known_names, _team_positions, _team_sides
from analysis.extract.sources.roles import _role_of_person
from analysis.extract.sources.words import (
    _IN_A_PLACE,
    _ONE_NATIONAL,
    _POSSESSOR,
    _SPLIT,
    _SUBJECT_DEPS,
    _TITLE_DEPS,
    _label,
    _pronoun_form,
    _words,
)
from analysis.records import Mention, Quote


def _titled_person(ctx: _Context, description: str) -> str | None:
    """The one person the article names with the description's words as their title or role
    ("Tory leader Michael Howard" for "the Tory leader"); None when none or several."""
    want = [w for w in _words(description) if w not in {"the", "this", "that"}]
    if not want or not any(ctx.is_person_word(w) for w in want[-1:]):
        return None
    found = set()
    for entity, ms in ctx.named.items():
        if _label(ms) != "PERSON":
            continue
        role = _role_of_person(ctx, ms, any_label=True)
        if role is not None and [w for w in _words(role[0]) if w not in {"the", "a", "an"}][-len(want) :] == want:
            found.add(entity)
    return next(iter(found)) if len(found) == 1 else None


def _says_what(ctx: _Context, words_text: str) -> bool:
    """Whether words say what someone is (a lexicon word or a word for a person), not only who."""
    words = _words(words_text)
    return role_group(words_text) != "unknown" or any(ctx.is_person_word(w) for w in words)


def _described_by(ctx: _Context, named: list[Mention], said: list[Quote]) -> Role | None:
    """The first description a named speaker's quotes hang on ("The Indiana governor said", the
    quote rules crediting it to Mike Pence), when it has words for a role; the name, a pronoun or
    another name never counts."""
    text = ctx.text
    for q in said:
        a, b = q.speaker_start, q.speaker_end
        if a is None or b is None or _pronoun_form(text[a:b]):
            continue
        others = [m for m in ctx.speakers.mentions_in(a, b) if m.label in {"PERSON", "ORG"}]
        if any(not _body_before_post(ctx, m, a, b) for m in others) or any(m.start < b and a < m.end for m in named):
            continue
        if role_group(text[a:b]) != "unknown":
            return re.sub(r"\s+", " ", text[a:b]), a, b, False
    return None


_ARTICLE_THEN_BODY = re.compile(r"(?:the|a|an)\s+", re.IGNORECASE)


def _body_before_post(ctx: _Context, m: Mention, a: int, b: int) -> bool:
    """Whether an organisation's name inside a description only says whose the post is ("said the
    Chelsea midfielder", "said the BP boss"): the description opens with an article right before the
    name and ends after it on a word written small, so the post, not the body, is the speaker."""
    if m.label != "ORG" or m.end >= b or not _ARTICLE_THEN_BODY.fullmatch(ctx.text, a, m.start):
        return False
    last = ctx.text[m.end : b].split()
    return bool(last) and last[-1][:1].islower()


def _next_sentence_description(ctx: _Context, named: list[Mention]) -> Role | None:
    """A definite description the article uses for a person right after naming them: "Charles
    Kennedy has said ... The Liberal Democrat leader predicted ...", "David Beckham expressed his
    relief ... After Real's 3-0 win at Roma, the England skipper admitted ...". The description must
    be the subject of one of the next sentences (``_subject_description``), have a word for a person
    as its head ("leader", "nominee", not "party"), be singular, and nobody else may be named between
    the name and it, except inside the person's own quoted words (whom they talk about: "Mr
    Bannatyne said: "Gordon Brown is a great chancellor ..." The businessman ... also voiced
    concern"). A title the article gives another named person ("Chancellor Gordon Brown" for "the
    chancellor") is that person's."""
    ix, text = ctx.ix, ctx.text
    quoted = ctx.speakers.scan.quote_of
    for m in sorted(named, key=lambda m: m.start):
        if m.label != "PERSON" or ctx.in_title(m.start):
            continue
        i, j = ix.tokens(m.start, m.end)
        if j <= i:
            continue
        before = _other_person_before(ctx, m.entity or "", m.start)
        own = ctx.own_quotes.get(m.entity or "", [])
        for k in _next_sentences(ctx, ix.sent_of[i], own):
            found = _opening_description(ctx, k) or _subject_description(ctx, k)
            if found is None:
                continue
            a, b = found
            side = _team_sides().get(ctx.doc[ix.token_before(a) : ix.token_before(b - 1) + 1].root.lower_)
            if before and not _only_other_side(ctx, m, side):
                break  # "Clinton ... stressed the raid that killed Osama bin Laden. The former first lady said"
            group = role_group(text[a:b], False, ctx.story)
            # names inside the description, not set off as its apposition ("The author of the book, Mitchell
            # Zuckoff, said": his description, so he stays a rival)
            inside = [
                x
                for x in ctx.speakers.mentions_in(a, b)
                if x.label == "PERSON" and not text[a : x.start].rstrip().endswith(",")
            ]
            if any(x.entity == m.entity for x in inside):
                break  # "Hoffman ... The co-star of Hoffman said": someone else, described by him
            # a rival named again after the description is not it, unless the person is too: "Again Roddick
            # broke and again Hewitt fought back. The Australian was not to be denied and a disheartened Roddick"
            again = _named_after_it(ctx, m, b, k)
            if any(
                x.label == "PERSON"
                and x.entity != m.entity
                and x not in inside  # "The star of Rain Man and Tootsie": a film's title, not a rival
                and not _of_other_side(ctx, x, side)
                and not (_named_after_it(ctx, x, b, k) and not again)
                and not _aside_known_as_other(ctx, x, ix.sent_of[i], group)
                and not (quoted[ix.token_before(x.start + 1)] != -1 and any(qa <= x.start < qb for qa, qb in own))
                and not (x.start == a and _POSSESSOR.match(text, x.end))  # the description's owner
                and not _IN_A_PLACE.search(text, max(0, x.start - 20), x.start)  # "title in Sheffied": a place
                and not _inside_their_clause(ctx, m, x)
                for x in ctx.speakers.mentions_in(m.end, b)
            ):
                break  # someone else named in between: the description may be theirs
            after = re.match(r"\s*,?\s*", text[b : b + 4]).end() + b
            if any(x.label == "PERSON" and x.start == after for x in ctx.speakers.mentions_in(after, after + 1)):
                break  # "Last week, the F.B.I. director, James B. Comey, recommended": his
            known = _known_names()[1].get(m.entity or "")
            if known and group not in {known, "unknown"}:
                break  # "Mr Howard added ... The strategist helped Australia's PM": not what he is known as
            if _one_office(ctx, text[a:b]) and _titled_person(ctx, text[a:b]) not in {None, m.entity}:
                break  # "Chancellor Gordon Brown ... the chancellor": his title (not "actress X ... the actress")
            nouns = [t.lemma_ for t in ctx.doc[ix.token_before(a) : ix.token_before(b - 1) + 1] if t.pos_ == "NOUN"]
            if nouns and any(t.lemma_ == nouns[-1] for t in ctx.doc[j : ix.token_before(a)]):
                break  # "he criticised the chancellor ... The chancellor's announcement": that one's
            return re.sub(r"\s+", " ", text[a:b]), a, b, False
    return None


#: Dependencies that open a clause inside a sentence: a name reached through one is said about, not a
#: second actor of the sentence.
_CLAUSE_DEPS = frozenset({"ccomp", "advcl", "xcomp", "acl", "relcl", "pcomp", "csubj"})


def _inside_their_clause(ctx: _Context, m: Mention, x: Mention) -> bool:
    """Whether a person ``x`` named in ``m``'s own sentence, after ``m``, sits in a clause below the verb
    whose subject ``m`` is: "Reid would not say whether he would prefer that Democrats face Trump. The
    minority leader said": what Reid talks about, not someone the next sentence goes on about. A person
    the verb itself takes ("Howard attacked Blair. The prime minister said") still blocks."""
    ix = ctx.ix
    i, j = ix.tokens(m.start, m.end)
    k, n = ix.tokens(x.start, x.end)
    if j <= i or n <= k or ix.sent_of[i] != ix.sent_of[k]:
        return False
    subject = ctx.doc[i:j].root
    if subject.dep_ not in _SUBJECT_DEPS or subject.head.dep_ != "ROOT":
        return False
    verb = subject.head
    t = ctx.doc[k:n].root
    while t.head.i != t.i and t.head.i != verb.i:
        if t.dep_ in _CLAUSE_DEPS:
            return True
        t = t.head
    return False


def _next_sentences(ctx: _Context, k: int, own: list[tuple[int, int]]) -> list[int]:
    """The ``NEXT_SENTENCES`` sentences after sentence ``k`` and, when the person's own quoted words run on
    right after it, the first sentence after them ("... said Hingis. "You miss being out there. I miss it a
    lot." The former world number one was 22 when she retired"): the person still talking, so still the
    one the text is about. A sentence after that run is no longer next to them ("... said Sotherton. "I'm
    starting to thrive." Pole vaulter [a name] made a winning return. The Trafford athlete ...")."""
    ix, doc = ctx.ix, ctx.doc
    found = list(range(k + 1, min(k + 1 + NEXT_SENTENCES, len(ix.sent_first))))
    n = k + 1
    while n < min(k + 1 + _OWN_WORDS_SKIPPED, len(ix.sent_first)):
        last = ix.sent_first[n + 1] if n + 1 < len(ix.sent_first) else len(doc)
        words = [t.idx for t in doc[ix.sent_first[n] : last] if not (t.is_punct or t.is_space or t.is_quote)]
        if not words or not all(any(a <= w < b for a, b in own) for w in words):
            break
        n += 1
    return found if n == k + 1 or n in found or n >= len(ix.sent_first) else [*found, n]


def _named_after_it(ctx: _Context, x: Mention, b: int, k: int) -> bool:
    """Whether the person ``x`` is named again by name (not a pronoun, not as the description's apposition)
    in sentence ``k`` after the description ending at ``b``: "Dementieva swept aside Venus Williams. The
    Russian, ranked sixth in the world, broke Williams three times", "... by the impact manager Jose
    Mourinho. And the French international defender believes Mourinho is suited": a clause does not call one
    person by a description and by name, so the description is not theirs."""
    if x.entity is None:
        return False
    last = ctx.ix.sent_first[k + 1] if k + 1 < len(ctx.ix.sent_first) else len(ctx.doc)
    end = ctx.doc[last - 1].idx + len(ctx.doc[last - 1])
    return any(
        y.label == "PERSON" and y.entity == x.entity and ctx.text[b : y.start].strip() not in {"", ","}
        for y in ctx.speakers.mentions_in(b, end)
    )


def _of_other_side(ctx: _Context, x: Mention, side: str | None) -> bool:
    """Whether a person the article gives role words of a team's staff ("Wales coach", "Saints boss") is
    named beside a description of a player ("The centre", "the French international defender"): the
    description cannot be theirs. Not the reverse: a staff description ("The referee") beside a named
    player may be of someone the article never names."""
    if side != "player":
        return False  # "The referee also missed ...": officials go unnamed, a named player is not one
    role = _role_of_person(ctx, ctx.named.get(x.entity or "", []), any_label=True)
    words = _words(role[0]) if role is not None else []
    return bool(words) and _team_sides().get(words[-1]) not in {None, side}


def _only_other_side(ctx: _Context, m: Mention, side: str | None) -> bool:
    """Whether everyone named before ``m`` in its sentence is of the other side of a team than the
    description's ("Mike Ruddock may make Gavin Henson his first-choice kicker. The centre ...",
    Ruddock the "Wales coach")."""
    begin = ctx.ix.sent_start_char[ctx.ix.sent_of[ctx.ix.token_before(m.start + 1)]]
    others = [x for x in ctx.speakers.mentions_in(begin, m.start) if x.entity != m.entity and x.label == "PERSON"]
    return bool(others) and all(_of_other_side(ctx, x, side) for x in others)


def _aside_known_as_other(ctx: _Context, x: Mention, sentence: int, group: str) -> bool:
    """Whether a person named between a name and a description is only an aside in the named person's own
    sentence (not its subject) and well known as something the description is not ("Ruth Bader Ginsburg
    regrets her insults of Donald Trump. The Supreme Court justice said": not the politician's), so the
    description cannot be theirs. Someone with a sentence of their own between ("Mr Howard later added
    ... The strategist helped") still blocks it."""
    known = _known_names()[1].get(x.entity or "")
    if known is None or group in {known, "unknown"}:
        return False
    i, j = ctx.ix.tokens(x.start, x.end)
    return j > i and ctx.ix.sent_of[i] == sentence and ctx.doc[i:j].root.dep_ not in _SUBJECT_DEPS


def _previous_sentence_description(ctx: _Context, named: list[Mention]) -> Role | None:
    """A definite description closing the sentence right before one the person's name opens as its
    subject: "Traders were encouraged by comments from the energy minister of Opec member Algeria.
    Chakib Khelil said ...". Its head must be a singular word for a person (not a spokesman or an
    aide, who speak for someone else), and nobody may be named in that sentence."""
    ix, doc, text = ctx.ix, ctx.doc, ctx.text
    for m in sorted(named, key=lambda m: m.start):
        if m.label != "PERSON" or ctx.in_title(m.start):
            continue
        i, j = ix.tokens(m.start, m.end)
        if j <= i or (k := ix.sent_of[i]) == 0:
            continue
        first = ix.sent_first[k]
        while first < i and (doc[first].is_punct or doc[first].is_space):
            first += 1
        if first != i or doc[i:j].root.dep_ not in _SUBJECT_DEPS:
            continue
        start, last = ix.sent_first[k - 1], first - 1
        while last >= start and (doc[last].is_punct or doc[last].is_space):
            last -= 1
        if last < start or ctx.in_title(doc[start].idx):
            continue
        end = doc[last].idx + len(doc[last])
        if any(x.label == "PERSON" for x in ctx.speakers.mentions_in(doc[start].idx, end)):
            continue  # someone named there: the description may be theirs
        for t in doc[start : last + 1]:
            head = t.head
            if t.lower_ != "the" or t.dep_ != "det" or head.pos_ != "NOUN" or head.tag_ == "NNS":
                continue
            if not ctx.is_person_word(head.lower_) or head.lower_ in _OTHERS_HEADS:
                continue
            a, b = noun_phrase(doc, head)
            if a == t.idx and b == end:
                return re.sub(r"\s+", " ", text[a:b]), a, b, False
    return None


#: Words for someone who acts for or belongs to another person ("Tindall's agent", "Mr Begg's father"): with
#: an owner, a person other than the owner, whom the next sentence often names.
_RELATIONS = frozenset({"agent", "lawyer", "attorney", "spokesman", "spokeswoman", "manager", "adviser", "coach"})


def _owned_relation_before(ctx: _Context, named: list[Mention]) -> Role | None:
    """An owned description of a person ("Mike Tindall's agent has warned Bath ...", "after the Dane's agent
    travelled to Spain") that is a subject in the sentence right before the one the person's name opens as its
    subject at the start of a paragraph, the person named nowhere before: "... || Dipo Alli says he has received
    an offer". The owner is someone else; no other person may be a subject in that sentence."""
    ix, doc, text = ctx.ix, ctx.doc, ctx.text
    named_first = _first_named_as_subject(ctx, named)
    if named_first is None:
        return None
    first, i, _ = named_first
    k = ix.sent_of[i]
    opening = ix.sent_first[k]
    while opening < i and (doc[opening].is_space or doc[opening].is_punct):
        opening += 1
    if k == 0 or opening != i or "\n" not in text[doc[ix.sent_first[k] - 1].idx : doc[i].idx]:
        return None  # (the name opens a paragraph, as a news story names whom its last one described)
    found = None
    for tok in doc[ix.sent_first[k - 1] : ix.sent_first[k]]:
        if tok.dep_ not in _SUBJECT_DEPS or ctx.speakers.scan.quote_of[tok.i] != -1:
            continue
        relation = tok.pos_ == "NOUN" and tok.tag_ == "NN" and (tok.lower_ in _RELATIONS or tok.lower_ in ctx.kin_words)
        if relation and found is None and any(c.dep_ == "poss" for c in tok.children):
            found = tok
            continue
        if any(x.label == "PERSON" for x in ctx.speakers.mentions_in(tok.idx, tok.idx + len(tok))):
            return None  # another person the subject there: the description may be about them
    if found is None or ctx.in_title(found.idx):
        return None
    a, b = noun_phrase(doc, found)
    if any(x.label == "PERSON" and x.entity == first.entity for x in ctx.speakers.mentions_in(a, b)):
        return None
    return re.sub(r"\s+", " ", text[a:b]), a, b, False


#: Determiners of a subject that describes one person whose name follows in apposition.
_ONE_OF_SEVERAL = frozenset({"a", "an", "another", "one"})


def _described_subject(ctx: _Context, subject: Token, start: int) -> Role | None:
    """ "Another delegate on the Cruz slate, Jim Poolman, said", "One delegate not on the Cruz slate,
    Kelly Schmdit, told POLITICO": the subject is the description (a, an, another or one and a word for a
    person, or a head the lexicon places in this story) and the person's name at ``start`` stands after
    it in apposition, set off by commas; the words from the subject's start to the comma are the role."""
    doc, text = ctx.doc, ctx.text
    if subject.pos_ != "NOUN" or subject.idx >= start or subject.lower_ in ctx.kin_words:
        return None
    determiners = [c for c in subject.children if c.dep_ in {"det", "nummod"} and c.i < subject.i]
    if not any(c.lower_ in _ONE_OF_SEVERAL for c in determiners):
        return None
    if not (ctx.is_person_word(subject.lower_) or role_group(subject.lower_, story=ctx.story) != "unknown"):
        return None
    a = doc[subject.left_edge.i].idx
    comma = text.rfind(",", a, start)
    if comma <= a or text[comma + 1 : start].strip():
        return None
    b = comma
    for x in ctx.speakers.mentions_in(a, b):
        last = doc[ctx.ix.token_before(x.end)]
        if x.label == "PERSON" and not _POSSESSOR.match(text, x.end) and last.dep_ != "compound":
            return None  # another person's name in the words (an owner's or "the Cruz slate" apart)
    if any(t.pos_ in {"VERB", "AUX"} for t in doc[subject.left_edge.i : doc[ctx.ix.token_before(b)].i + 1]):
        return None
    return re.sub(r"\s+", " ", text[a:b]), a, b, False


def _fronted_description(ctx: _Context, name: str, named: list[Mention]) -> Role | None:
    """An indefinite description fronted before the person as their sentence's subject, set off by
    a comma: "A close ally of the ex-Yukos boss, Mr Nevzlin is ...", "A junior Wimbledon finalist
    last year, she added: ...". The subject is one of the person's names or a he/she resolved to them;
    the words run from the sentence's start ("a"/"an", or "one of" after an adverb: "Formerly one of
    Mr Brown's closest Treasury aides, Ed Balls hinted") to the comma, hold no verb and no other
    person's name (an owner's apart), and their head is a word for a person."""
    doc, ix, text = ctx.doc, ctx.ix, ctx.text
    starts = [m.start for m in named if m.label == "PERSON"] + sorted(ctx.pronouns.get(name, {}))
    for start in sorted(starts):
        if ctx.in_title(start) or ctx.in_direct_quote(start):
            continue
        subject = doc[ix.token_before(start + 1)]
        subject = subject if subject.dep_ in _SUBJECT_DEPS else subject.head
        if subject.dep_ == "appos" and subject.head.dep_ in _SUBJECT_DEPS:
            # "Another delegate on the Cruz slate, Jim Poolman, said": the name stands beside the subject
            if (described := _described_subject(ctx, subject.head, start)) is not None:
                return described
            continue
        if subject.dep_ not in _SUBJECT_DEPS:
            continue
        i = subject.left_edge.i  # "Mr Nevzlin": from the honorific on
        first = ix.sent_first[ix.sent_of[i]]
        while first < i and (doc[first].is_space or doc[first].is_punct):
            first += 1
        if i - first < 3 or doc[i - 1].text != ",":
            continue
        words = doc[first : i - 1]
        lead = 1 if words[0].pos_ == "ADV" else 0  # "Formerly one of ..."
        if words[lead].lower_ not in {"a", "an"} and not (
            words[lead].lower_ == "one" and words[lead + 1 : lead + 2].text == "of"
        ):
            continue
        if any(t.pos_ in {"VERB", "AUX", "PRON", "SCONJ"} or t.is_punct for t in words):
            continue
        head = words[lead + 2 :].root if words[lead].lower_ == "one" else words[lead:].root
        if head.pos_ != "NOUN" or not ctx.is_person_word(head.lower_) or head.lower_ in ctx.kin_words:
            continue
        a, b = words[0].idx, words[-1].idx + len(words[-1])
        if any(x.label == "PERSON" and not _POSSESSOR.match(text, x.end) for x in ctx.speakers.mentions_in(a, b)):
            continue
        return re.sub(r"\s+", " ", text[a:b]), a, b, False
    return None


def _lead_introduced(ctx: _Context, named: list[Mention]) -> Role | None:
    """The indefinite description of a body that the lead's first sentence has as a subject, when the
    next sentence opens by naming the body as its subject: "Shares in Deutsche Boerse have risen after
    a shareholder fund voiced opposition to the takeover. || TCI, which claims to represent owners of
    5% of the shares, has complained ...", "A US bank has agreed to pay ... || Riggs Bank will put
    money in a fund ...". A news lead describes the actor first and names it next; the description
    names nobody itself, and the body is named nowhere in the text before it (the headline apart)."""
    doc, ix, text = ctx.doc, ctx.ix, ctx.text
    body = [m for m in sorted(named, key=lambda m: m.start) if not ctx.in_title(m.start)]
    if not body:
        return None
    first = body[0]
    i, j = ix.tokens(first.start, first.end)
    if j <= i:
        return None
    k = ix.sent_of[i]
    if not _second_sentence(ctx, k):
        return None
    subject = doc[i:j].root
    opening = ix.sent_first[k]
    while opening < i and (doc[opening].is_space or doc[opening].is_punct):
        opening += 1
    if subject.dep_ not in _SUBJECT_DEPS or opening != i:
        return None
    quoted = ctx.speakers.scan.quote_of
    for tok in doc[ix.sent_first[k - 1] : ix.sent_first[k]]:
        if tok.dep_ not in _SUBJECT_DEPS or tok.pos_ != "NOUN" or tok.tag_ == "NNS" or quoted[tok.i] != -1:
            continue
        if tok.lower_ not in ctx.org_heads or not any(
            c.dep_ == "det" and c.lower_ in {"a", "an"} for c in tok.children
        ):
            continue
        a, b = noun_phrase(doc, tok)
        if any(m.label in {"ORG", "PERSON"} for m in ctx.speakers.mentions_in(a, b)):
            continue  # "a unit of Citigroup": another body's
        return re.sub(r"\s+", " ", text[a:b]), a, b, False
    return None


def _second_sentence(ctx: _Context, k: int) -> bool:
    """Whether sentence k is the second of the body (the headline apart): a name there, its
    description in the first."""
    starts = ctx.ix.sent_start_char
    return k > 0 and not ctx.in_title(starts[k - 1]) and all(ctx.in_title(a) for a in starts[: k - 1])


def _lead_introduced_person(ctx: _Context, named: list[Mention]) -> Role | None:
    """The one indefinite description of a person in the lead's first sentence, subject or object,
    when the next sentence names the person as its subject before anyone else: "UKIP have suspended a
    candidate for allegedly suggesting ... || John Houston, 54, was due to stand ...", "President
    Barack Obama responded to a Gold Star mother ... || During a CNN town hall, Tina Houchins had a
    question". As for a body (``_lead_introduced``), the lead describes first and names next; the
    person is named nowhere before (the headline apart), the description names nobody and is credited
    with no quote itself (then it is a voice of its own), and a lead describing two people ("a man ... a
    woman") says nothing of which one is meant."""
    ix = ctx.ix
    named_first = _first_named_as_subject(ctx, named)
    if named_first is None:
        return None
    first, i, _ = named_first
    k = ix.sent_of[i]
    if not _second_sentence(ctx, k):
        return None
    if any(x.label == "PERSON" for x in ctx.speakers.mentions_in(ix.sent_start_char[k], first.start)):
        return None  # someone else named first: the description may be theirs
    found = _indefinite_people(ctx, k - 1)
    if len(found) == 1:
        return found[0][0]
    return _lead_office_holder(ctx, k - 1) if not found else None


#: Determiners of a post one holder fills: "India's defence minister", "The Lord Chancellor", "Its chairman".
_ONE_HOLDER = frozenset({"the", "its", "their"})


def _lead_office_holder(ctx: _Context, k: int) -> Role | None:
    """The lead's subject when it is a post one person holds, written with "the" or a place's
    possessive ("India's defence minister has opened the country's air show ... || Pranab Mukherjee
    said", "The Lord Chancellor has defended ... || Lord Falconer said"): BBC news describes its
    subject first and names them next. The post's head word is a person's word and no body's, the words
    name nobody, and nobody is named (the headline apart) or quoted before."""
    doc, ix = ctx.doc, ctx.ix
    last = ix.sent_first[k + 1] if k + 1 < len(ix.sent_first) else len(doc)
    root = next((t for t in doc[ix.sent_first[k] : last] if t.dep_ == "ROOT"), None)
    subject = next((c for c in root.children if c.dep_ in _SUBJECT_DEPS), None) if root is not None else None
    if subject is None or subject.tag_ not in {"NN", "NNP"} or not ctx.is_person_word(subject.lower_):
        return None
    if subject.lower_ in ctx.org_heads or ctx.speakers.scan.quote_of[subject.i] != -1:
        return None
    owner = next((c for c in subject.children if c.dep_ in {"det", "poss"}), None)
    if owner is None:
        return None
    if owner.dep_ == "det" and owner.lower_ not in _ONE_HOLDER:
        return None  # "a minister", "every minister": no one holder
    if owner.dep_ == "poss" and not (owner.ent_type_ in {"GPE", "NORP"} or owner.lower_ in _ONE_HOLDER):
        return None  # "Blair's chancellor": someone else's person, who may be named next as the subject
    a, b = noun_phrase(doc, subject)
    if any(m.label in {"PERSON", "ORG"} for m in ctx.speakers.mentions_in(a, b)):
        return None
    if any(m.label == "PERSON" for m in ctx.speakers.mentions_in(ix.sent_start_char[k], a)):
        return None
    if any(s < b and a < e for s, e in ctx.speaker_spans):
        return None  # a voice of its own
    words = re.sub(r"\s+", " ", ctx.text[a:b])
    if role_group(words, False, ctx.story) == "unknown":
        return None  # "The man was arrested ...": a person, no post the lexicon knows
    return words, a, b, False


def _first_named_as_subject(ctx: _Context, named: list[Mention]) -> tuple[Mention, int, int] | None:
    """A person's first mention in the body (the headline apart) and its tokens, when it is a
    subject and in nobody's quoted words."""
    people = [m for m in sorted(named, key=lambda m: m.start) if m.label == "PERSON" and not ctx.in_title(m.start)]
    if not people or ctx.in_direct_quote(people[0].start):
        return None
    i, j = ctx.ix.tokens(people[0].start, people[0].end)
    if j <= i or ctx.doc[i:j].root.dep_ not in _SUBJECT_DEPS:
        return None
    return people[0], i, j


def _indefinite_people(ctx: _Context, k: int) -> list[tuple[Role, Token]]:
    """The indefinite singular descriptions of a person in sentence ``k`` ("a candidate", "a doctor
    treating the Belgian", "one commentator") that name nobody else and are no voice of their own."""
    doc, ix, text = ctx.doc, ctx.ix, ctx.text
    quoted = ctx.speakers.scan.quote_of
    last = ix.sent_first[k + 1] if k + 1 < len(ix.sent_first) else len(doc)
    found = []
    for tok in doc[ix.sent_first[k] : last]:
        if quoted[tok.i] == -1 and (one := _one_of_people(ctx, tok)) is not None:
            found.append(((re.sub(r"\s+", " ", text[one[0] : one[1]]), *one, False), tok))
            continue  # "has lost one of its two London Assembly members": one person of a plural
        if tok.pos_ != "NOUN" or tok.tag_ == "NNS" or quoted[tok.i] != -1 or not ctx.is_person_word(tok.lower_):
            continue
        if not any(
            c.dep_ == "det" and c.lower_ in {"a", "an"} or c.dep_ == "nummod" and c.lower_ == "one"
            for c in tok.children
        ):
            continue
        if any(c.tag_ == "POS" for c in tok.children) or tok.head.lower_ == "as":
            continue  # "an editor's note": no person; "As a CNN correspondent, Axelrod ...": his own
        a, b = noun_phrase(doc, tok)
        if any(m.label == "PERSON" and not _POSSESSOR.match(text, m.end) for m in ctx.speakers.mentions_in(a, b)):
            continue  # "a friend of John Smith" is no one the next sentence need name
        if any(s < b and a < e for s, e in ctx.speaker_spans):
            continue  # "A company spokeswoman said ... || Ms Kay Green alleged": a voice of its own, not hers
        found.append(((re.sub(r"\s+", " ", text[a:b]), a, b, False), tok))
        other = tok.head
        if tok.dep_ == "conj" and other.pos_ in {"NOUN", "PROPN"} and all(t is not other for _, t in found):
            # "An Irishman and a French woman have spoken ... || Nick Dwyer, 55, and Barbara Heftman": the other
            # of a pair is a person too, whatever its word (one no list holds): which one is meant is not said
            c, d = noun_phrase(doc, other)
            found.append(((re.sub(r"\s+", " ", text[c:d]), c, d, False), other))
    return found


def _one_of_people(ctx: _Context, tok: Token) -> tuple[int, int] | None:
    """ "one of its two London Assembly members": "one" as a subject or an object with "of" and a
    plural word for people (no name inside, no voice of its own), where it starts and ends."""
    if tok.lower_ != "one" or tok.dep_ not in _SUBJECT_DEPS | {"dobj"}:
        return None
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    people = next((o for o in of.children if o.dep_ == "pobj"), None) if of is not None else None
    if people is None or people.tag_ != "NNS" or not ctx.is_person_word(people.lower_):
        return None
    a, b = tok.idx, noun_phrase(ctx.doc, people)[1]
    if any(m.label == "PERSON" and not _POSSESSOR.match(ctx.text, m.end) for m in ctx.speakers.mentions_in(a, b)):
        return None
    return None if any(s < b and a < e for s, e in ctx.speaker_spans) else (a, b)


def _introduced_person(ctx: _Context, named: list[Mention]) -> Role | None:
    """The lead rule (``_lead_introduced_person``) anywhere in the body: a sentence describes one
    unnamed person, and the next names a person for the first time, as its subject and before anyone
    else: "The news came after UKIP suspended a candidate for allegedly suggesting ... || John
    Houston, 54, was due to stand", "Back then, a doctor treating the Belgian feared that her career
    may be over ... || "I hope she comes back," said Bruno Willems", "At least one commentator liked
    the moniker. || "...," wrote Larry O'Connor on Hot Air". Stricter than in the lead: the
    describing sentence names no person at all (an owner apart: then the description may be of
    someone it names, "a friend of John Smith" or "Smith was joined by a lawyer"), and it is no
    one's quoted words; names in quoted words before the name in its own sentence do not count."""
    doc, ix = ctx.doc, ctx.ix
    named_first = _first_named_as_subject(ctx, named)
    if named_first is None:
        return None
    first, i, j = named_first
    k = ix.sent_of[i]
    while k > 1 and _quoted_sentence(ctx, k - 1):
        k -= 1  # '... liked the moniker. || "Crooked Hillary kind of flows ..." || "...," wrote Larry O'Connor'
    if k == 0 or ctx.in_title(ix.sent_start_char[k - 1]):
        return None
    start, before = ix.sent_start_char[k - 1], ix.sent_start_char[k]
    if any(
        x.label == "PERSON" and not ctx.in_direct_quote(x.start) for x in ctx.speakers.mentions_in(before, first.start)
    ):
        return None  # someone else named first: the description may be theirs
    if _quoted_sentence(ctx, k - 1) or any(
        x.label == "PERSON" and not _POSSESSOR.match(ctx.text, x.end) for x in ctx.speakers.mentions_in(start, before)
    ):
        return None  # a quote's words, or a sentence naming someone the description may be of
    honorifics = _gendered()[0]
    root = doc[i:j].root
    if any(c.i < i and c.dep_ in _TITLE_DEPS and c.lower_.rstrip(".") not in honorifics for c in root.lefts):
        return None  # "said Virginia delegate Beau Correll": described at the name, maybe as someone else
    found = _indefinite_people(ctx, k - 1)
    if len(found) != 1 or found[0][1].dep_ not in _SUBJECT_DEPS | {"dobj"}:
        return None  # (not "... a party with a candidate who many oppose": someone the sentence is about)
    return found[0][0]


def _quoted_sentence(ctx: _Context, k: int) -> bool:
    """Whether sentence ``k`` opens inside someone's words in quotation marks."""
    doc, first = ctx.doc, ctx.ix.sent_first[k]
    while first < len(doc) - 1 and (doc[first].is_punct or doc[first].is_space):
        first += 1
    return ctx.in_direct_quote(doc[first].idx)


#: How many sentences after a name a definite description opening a sentence may stand for them.
NEXT_SENTENCES = 3
#: At most this many sentences of the person's own quoted words right after their name and before a description.
_OWN_WORDS_SKIPPED = 6


def _opening_description(ctx: _Context, k: int) -> tuple[int, int] | None:
    """The definite singular description of a person that opens sentence ``k`` as its subject
    ("The Liberal Democrat leader predicted ...", "The Democratic candidate's call came ...")."""
    doc = ctx.doc
    first = ctx.ix.sent_first[k]
    while first < len(doc) and (doc[first].is_punct or doc[first].is_space):
        first += 1
    if first >= len(doc) or doc[first].lower_ != "the":
        return None
    head = doc[first].head
    if head.dep_ == "poss" and head.head.dep_ in _SUBJECT_DEPS:
        if head.head.lower_ in ctx.kin_words:
            return None  # "The prime minister's wife is said to have ...": the wife, whose kin says no role
        # "The Democratic presidential candidate's call came after ..."
    elif head.dep_ not in _SUBJECT_DEPS:
        return None
    if head.pos_ not in {"NOUN", "PROPN"} or head.tag_ in {"NNS", "NNPS"}:
        return None
    if not _person_head(ctx, head) or head.lower_ in _OTHERS_HEADS or restricted(head):
        return None
    a, b = noun_phrase(doc, head)
    return (a, b) if a == doc[first].idx else None


def _one_office(ctx: _Context, description: str) -> bool:
    """Whether a description names an office one person holds at a time ("the chancellor", "the
    Tory leader": ``unique_titles``), not a trade many share ("the actress")."""
    words = f" {' '.join(_words(description))} "
    return any(f" {t} " in words for t in ctx.unique_titles)


def _subject_description(ctx: _Context, k: int) -> tuple[int, int] | None:
    """The definite singular description of a person that is the main clause's subject in sentence
    ``k`` after an opening conjunction or a fronted phrase closed by a comma ("And the French
    international defender believes ...", "After Real's 3-0 win at Roma, the England skipper
    admitted ..."): still the sentence's topic, so the person the text is about."""
    doc, ix = ctx.doc, ctx.ix
    first = ix.sent_first[k]
    last = ix.sent_first[k + 1] if k + 1 < len(ix.sent_first) else len(doc)
    roots = [t for t in doc[first:last] if t.dep_ == "ROOT" and t.pos_ in {"VERB", "AUX"}]
    if len(roots) != 1:
        return None
    head = next((c for c in roots[0].lefts if c.dep_ in _SUBJECT_DEPS), None)
    if head is None or head.pos_ != "NOUN" or head.tag_ == "NNS" or ctx.speakers.scan.quote_of[head.i] != -1:
        return None
    if not _person_head(ctx, head) or head.lower_ in _OTHERS_HEADS | ctx.kin_words or restricted(head):
        return None
    the = doc[head.left_edge.i]
    owner = next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    if owner is not None and owner.left_edge.i == the.i:
        pass  # "Obama's former campaign strategist said": whose strategist (the owner is someone else)
    elif the.lower_ != "the" or the.head.i != head.i:
        return None
    quoted = ctx.speakers.scan.quote_of
    before = [t for t in doc[first : the.i] if not t.is_space]
    opener = len(before) == 1 and before[0].pos_ in {"CCONJ", "ADV"}  # "And the ...", "Meanwhile the ..."
    quotation = bool(before) and all(quoted[t.i] != -1 or t.is_punct or t.is_quote for t in before)
    if before and not opener and not quotation and before[-1].text != ",":
        return None
    a, b = noun_phrase(doc, head)
    return (a, b) if a == the.idx else None


#: Words before "justice" that make it a judge, not the idea ("The Supreme Court justice", "the chief
#: justice", "an associate justice").
_JUDGES_JUSTICE = frozenset({"court", "chief", "associate", "supreme", "high"})


#: Rankings written in words after "number" ("world number one", "the number two seed").
_RANKS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"})


def _person_head(ctx: _Context, head: Token) -> bool:
    """Whether a description's head noun is a word for a person; "justice" only as a court's judge, "number"
    only as a ranking, a team position ("centre", "wing") or a nationality ("The Russian") only in a story
    about sport."""
    if ctx.is_person_word(head.lower_):
        return True
    if head.text == "number" and any(c.dep_ == "nummod" and c.lower_ in _RANKS for c in head.children):
        return True  # "The former world number one will play": a player's ranking (not "Number 10")
    if _ONE_NATIONAL.fullmatch(head.text) and head.ent_type_ == "NORP" and "culture and sport" in ctx.story:
        return True  # "The Russian, ranked sixth in the world, broke Williams" in a match report: a player
    if head.text in _team_positions() and "culture and sport" in ctx.story:
        # "The centre was Wales' hero" in a match report: a player's position (not "the centre of the pitch")
        return not any(c.dep_ == "prep" for c in head.children)
    return head.lower_ == "justice" and any(t.lower_ in _JUDGES_JUSTICE for t in head.lefts)


#: A number in figures or words up to ten.
_NUMBER = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)"
_QUANTIFIER = re.compile(
    rf"\b(?:many|some|most|several|few|other|numerous|two|three|four|{_NUMBER}\s+(?:in|out\s+of)\s+{_NUMBER})\s+$",
    re.IGNORECASE,
)
#: A share of people before a noun ("Six in 10 Republican said"): the noun may stay singular.
_SHARE_BEFORE = re.compile(rf"{_NUMBER}\s+(?:in|out\s+of)\s+{_NUMBER}\s+$", re.IGNORECASE)
#: "the" right before a speaker's words.
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)


def _quantified(ctx: _Context, said: list[Quote]) -> Role | None:
    """ "many Democrats", "some Republicans", "Six in 10 Republicans": every quote hangs on a plural
    after a quantifier, or, after the first such quote, on "they" or "the" + the same plural ("Several
    Democrats cautioned ... They also said ... Yet the Democrats acknowledged": the same people)."""
    text, found = ctx.text, None
    for q in sorted(said, key=lambda q: q.speaker_start or 0):
        a, b = q.speaker_start, q.speaker_end
        if a is None or b is None:
            return None
        if found is not None and (text[a:b].lower() == "they" or _THE_BEFORE.search(text[max(0, a - 6) : a])):
            continue  # "They also said", "the Democrats acknowledged": the people just counted
        before = _QUANTIFIER.search(text[max(0, a - 20) : a])
        if before is None or not (text[a:b].endswith("s") or _SHARE_BEFORE.search(before.group(0))):
            return None
        found = found or (text[a - len(before.group(0)) : b], a - len(before.group(0)), b, False)
    return found


def _party_plural(ctx: _Context, said: list[Quote]) -> bool:
    """Whether every quote hangs on a party's bare plural ("Republicans said", not "One Republican
    threatened" nor "many Democrats", which ``_quantified`` reads): the party speaks."""
    spans = [
        (q.speaker_start, q.speaker_end) for q in said if q.speaker_start is not None and q.speaker_end is not None
    ]
    return bool(spans) and all(
        ctx.text[a:b].lower() in ctx.party_names and not _QUANTIFIER.search(ctx.text[max(0, a - 12) : a])
        for a, b in spans
    )


#: An organisation's name the quote hangs on, followed by the word for who speaks for it.
_VOICE_AFTER = re.compile(
    r"((?:\s+(?:for|of|and|&|[A-Z][\w'’&.-]*))*?)\s+(spokesman|spokeswoman|spokesperson|official|representative)\b"
)


def _voice_of(ctx: _Context, said: list[Quote]) -> tuple[int, int] | None:
    """The words for one person speaking for an organisation that the quote rules credited to the
    organisation's name: "A Department for Work and Pensions spokeswoman said" -> its span."""
    text = ctx.text
    for q in said:
        a, b = q.speaker_start, q.speaker_end
        if a is None or b is None:
            continue
        after = _VOICE_AFTER.match(text, b)
        before = re.search(r"\b(?:an?|the)\s+$", text[max(0, a - 4) : a], re.IGNORECASE)
        if after and before:
            return a - len(before.group(0)), after.end()
    return None


#: Plural heads of a body's unnamed people, right after its name: "Lib Dem officials say", "Labour sources said".
_CROWD_AFTER = re.compile(r"\s+(?:officials|sources|insiders|aides)\b")


def _crowd_of(ctx: _Context, said: list[Quote]) -> tuple[int, int] | None:
    """The words for a body's unnamed people that the quote rules credited to the body's name, when
    every quote of the name hangs on them: "Lib Dem officials say ..." -> the span of "Lib Dem officials"."""
    first = None
    for q in said:
        a, b = q.speaker_start, q.speaker_end
        after = _CROWD_AFTER.match(ctx.text, b) if a is not None and b is not None else None
        if a is None or after is None:
            return None
        first = first or (a, after.end())
    return first


def _said_as_the(ctx: _Context, name: str, said: list[Quote]) -> Role | None:
    """The words "the <name>" (singular, definite) a speaker's quote hangs on, as a role."""
    text = ctx.text
    for q in said:
        a, b = q.speaker_start, q.speaker_end
        if a is None or b is None:
            continue
        if text[a:b].lower().startswith("the "):
            return text[a:b], a, b, False
        before = re.search(r"\bthe\s+$", text[max(0, a - 4) : a], re.IGNORECASE)
        if before:
            return text[a - len(before.group(0)) : b], a - len(before.group(0)), b, False
    return None


def _plural_role(ctx: _Context, role: Role) -> bool:
    """Whether a title ends on a plural ("technology analysts Gartner"): a firm, not a person."""
    i, j = ctx.ix.tokens(role[1], role[2])
    # the head before any "for"/"of": "Liberal Democrat spokeswoman for women" is one person
    j = next((k for k in range(i + 1, j) if ctx.doc[k].lower_ in _SPLIT), j)
    return j > i and ctx.doc[j - 1].tag_ in {"NNS", "NNPS"}


def _bare_definite_head(name: str) -> str | None:
    """The head noun of a bare definite description ("the source" -> "source"), escaped for a pattern; None
    for any other ("the party source": a description of its own decides)."""
    words = _words(name)
    return re.escape(words[1]) if len(words) == 2 and words[0] == "the" else None


def _earlier_indefinite(ctx: _Context, name: str, before: int) -> str:
    """The group of the last indefinite description with the same head noun earlier in the article,
    for a bare definite one ("the source" after "A Labour source told the Sunday Times"): the article
    introduced that voice there. "unknown" when there is none or no group fits it."""
    head = _bare_definite_head(name)
    if head is None:
        return "unknown"
    found = list(re.finditer(rf"\b(?:[Aa]n?|[Oo]ne)\s+((?:[\w'’-]+\s+){{1,3}}){head}\b", ctx.text[:before]))
    return role_group(found[-1].group(0)) if found else "unknown"


#: A word that describes the noun after it (no determiner, conjunction or preposition): "military" officials.
_DESCRIBING = r"(?!(?:and|or|other|others|of|the|a|an|some|many|all|both|these|those)\b)[\w'’-]+"
#: A word of a body's name or description that is no verb of saying.
_NOT_SAYING = r"(?!(?:said|says|say|told|tells|added|adds|reported|wrote|by)\b)[\w&'’.-]+"


def _earlier_fuller(ctx: _Context, name: str, before: int) -> str:
    """The group of the last earlier description with the same head noun, when it places it by more than the
    noun's default, for a bare definite one ("the spokesman" after "a spokesman with the Municipal Police",
    "The officials" after "military officials"); "unknown" when there is none or the last one places nothing
    ("Current and former officials ... The officials": the same unplaced people)."""
    head = _bare_definite_head(name)
    if head is None:
        return "unknown"
    # (the head in any case; the words after "for", "with" ... up to six, not past a verb of saying: "a
    # spokesman with the Municipal Police told Reuters" is the police's, not the agency's)
    fuller = re.compile(
        rf"\b(?:{_DESCRIBING}\s+){{1,3}}{head}\b|\b{head}\s+(?:for|of|with|at|from)\s+(?:{_NOT_SAYING}\s*){{1,6}}",
        re.IGNORECASE,
    )
    found = list(fuller.finditer(ctx.text, 0, before))
    return role_group(found[-1].group(0), generic=False) if found else "unknown"


#: "a <job> from <Place>": a person described by what they do and the place they come from.
_JOB_FROM = re.compile(r"(?:a|an)\s+(?P<job>(?:[a-z][\w-]*\s+){0,4}[a-z][\w-]*)\s+from\s+(?P<place>[A-Z].*)")
#: Groups of public office: whoever holds one speaks for it, wherever they come from.
_OFFICES = frozenset({"politician", "government official or spokesperson", "police, military, justice"})
#: Words for someone who speaks for a body: "a spokesman from the council" is that body's voice.
_SPEAKS_FOR = frozenset({"spokesman", "spokeswoman", "spokesperson", "official", "representative", "delegate", "envoy"})


def _job_and_hometown(ctx: _Context, role: Role) -> bool:
    """Whether a role is an indefinite job written small and the place the person comes from ("an
    information manager from Newcastle", "a gynecologist from Englewood, New Jersey"): the way a
    report introduces a member of the public it met (a voter, a shopper), who speaks for no body.
    "from" with a place (a GPE or LOC the tagger found, and no other name) says where they live;
    where they work is written "at" or "of" ("a surgeon at Guy's Hospital"), and a spokesman or an
    official from a place speaks for its government."""
    found = _JOB_FROM.fullmatch(role[0].strip())
    if found is None or (_words(found.group("job")) or [""])[-1] in _SPEAKS_FOR:
        return False
    if role_group(found.group("job")) in _OFFICES:
        return False  # "a diplomat from Japan", "a police officer from Leeds": an office speaks for its body
    a = role[1] + found.start("place")
    b = role[1] + len(role[0].rstrip())
    names = [m for m in ctx.speakers.mentions_in(a, b) if m.label not in {"PRON", "DATE", "CARDINAL", "DESC"}]
    return bool(names) and all(m.label in {"GPE", "LOC"} for m in names)
