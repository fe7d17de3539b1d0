"""Which words report speech (``_is_cue``) and who the subject of a reporting verb is, through
participles, clauses and passives (``_subject``): what rule 1 of ``attribution`` credits.

Moved out of ``attribution`` unchanged."""

from __future__ import annotations

from spacy.tokens import Token

from analysis.extract.quotes.cues import QUOTE_CUES, REPORTING_VERBS
from analysis.extract.quotes.found import _Article
from analysis.extract.quotes.roles import role_words
from analysis.extract.quotes.speakers import VOICE_NOUNS
from analysis.extract.quotes.speaking import speaking_noun
from analysis.extract.quotes.terms import DISPLAY_NOUNS
from analysis.records import SPEAKING_LABELS

#: The speech-verb lexicon lives in ``data/speech_verbs.txt`` (``cues``), documented verb by verb.
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})


#: Dependencies to climb from a participle or clause to the verb that has the subject:
#: "…, saying “…”", "issued a statement saying …", "was quoted as saying …".
CLIMB_DEPS = frozenset({"xcomp", "advcl", "conj", "pcomp", "acl", "prep", "pobj", "ccomp", "dobj"})
#: Verbs whose object is the means of a speech verb in their "to" clause, spoken by their subject: "he used
#: Twitter to exclaim", "took the opportunity to warn", "seized the moment to declare".
_MEANS_VERBS = frozenset({"use", "take", "seize"})


def _through_a_means(cue: Token, head: Token) -> bool:
    """Whether a speech verb is the "to" clause of a verb of means ("used Twitter to exclaim"); not an "-ing"
    form after its object ("uses footage of Hillary Clinton asking": hers)."""
    return head.lemma_.lower() in _MEANS_VERBS and any(c.dep_ == "aux" and c.lower_ == "to" for c in cue.children)


#: Nouns a speaker speaks through, to climb past: "issued a statement saying …".
STATEMENT_NOUNS = frozenset("statement release letter tweet post message email memo note".split())


#: Pronouns that stand for people (or groups of them) as subjects.
ANIMATE_PRONOUNS = frozenset("i we you he she they who".split())


#: Speech verbs that report words only with their particle: "Benioff weighed in".
PHRASAL_CUES = {"weigh": "in"}


#: Speech verbs that also say that something goes on: "he continued: “…”" reports words, "the
#: company continued to sign up subscribers" or "continued its work" does not.
ASPECT_VERBS = frozenset({"continue"})


#: Words that open a sentence (or a bracket) before a discourse marker: "(That said, she noted …".
_CLAUSE_OPENERS = frozenset("( \" \u201c \u2018 ' \u2014 -- - ; : and but yet so".split())


def _discourse_marker(tok: Token) -> bool:
    """A "say" that only joins two thoughts, reporting nobody's words: "That said, she also noted,
    “…”", "Having said that, …", "That being said, …", "needless to say", "suffice it to say". The
    first three need their comma and to open the sentence: "a message that said, “…”" reports."""
    doc = tok.doc
    before = [t.lower_ for t in doc[max(0, tok.i - 3) : tok.i]]
    if before[-2:] in (["needless", "to"], ["suffice", "to"]) or before[-3:] == ["suffice", "it", "to"]:
        return True
    if before[-1:] == ["having"] and tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ in {"that", "this"}:
        opener, comma = tok.i - 1, doc[tok.i + 2]
    elif before[-1:] in (["that"], ["this"]):
        opener, comma = tok.i - 1, doc[tok.i + 1] if tok.i + 1 < len(doc) else tok
    elif before[-2:] in (["that", "being"], ["this", "being"], ["with", "that"], ["with", "this"]):
        opener, comma = tok.i - 2, doc[tok.i + 1] if tok.i + 1 < len(doc) else tok
    else:
        return False
    if comma.text != ",":
        return False
    # the marker opens its sentence, a bracket, a quote or a clause after "and"/"but"
    return opener == tok.sent.start or doc[opener - 1].lower_ in _CLAUSE_OPENERS or doc[opener - 1].is_space


def _is_cue(tok: Token, verbs: frozenset[str] = QUOTE_CUES) -> bool:
    if tok.lower_ == "according":
        return any(c.lower_ == "to" for c in tok.children)
    if tok.lower_ in {"read", "reads"} and "read" in verbs and any(c.dep_ == "nsubj" for c in tok.children):
        return True  # "“…,” a BBC statement read." (the tagger often calls this "read" a noun)
    lemma = tok.lemma_.lower()
    if lemma == "say" and _discourse_marker(tok):
        return False
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
        if (
            obj is not None
            and _a_thing(art, obj, plural=True)
            and not _can_speak(art, obj)
            and not _of_a_voice(art, obj)
        ):
            # "according to a table drawn up by Le Figaro" is the paper's; "modelled according to
            # the laws of physics", "classifies him as overweight according to his body mass
            # index": in keeping with a thing, nobody's words
            return _maker_of(art, obj)
        return obj if obj is not None and art.outside(obj) else None
    inverted = inverted_speaker(art, cue)
    if inverted is not None:
        return inverted
    v = cue
    fallback: Token | None = None
    quoted = _quoted_as(art, cue)
    if quoted is not None:
        return quoted
    coordinated = _coordinated_subject(art, cue)
    if coordinated is not None:
        return coordinated
    for _ in range(6):
        shown = _shown_saying(art, v, cue) if v.i != cue.i else None
        if shown is not None:
            return shown
        issuer = _issuer_before(art, v)
        if issuer is not None:
            return issuer
        subj = _own_subject(art, v, passive_ok=v.i != cue.i or v.lemma_.lower() == "quote")
        if subj is None and v.i == cue.i:
            subj = _mistagged_subject(art, v) or _with_subject(art, v) or _subject_before_relative(art, v)
            if subj is not None and subj.dep_ == "pobj":
                return subj
        if subj is not None and v.i == cue.i and _absolute(v, subj):
            return subj
        if subj is not None and v.i != cue.i and _participle(cue):
            # ("said the year had begun well, adding ...": a thing's clause needs no "that")
            reporter = _reporter_above(art, v, marked=_can_speak(art, subj))
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
            if fallback is None or fallback.head.i != cue.i and _mute(art, fallback) and _may_speak(art, subj):
                # "will allow the dollar to weaken despite saying they favour a strong currency": a
                # mute thing met above the cue gives way to a subject further up that may speak (the
                # administration); not the cue's own subject ("84% of net users say": theirs)
                fallback = subj
        head = v.head
        if head.i == v.i or v.dep_ not in CLIMB_DEPS and v.dep_ != "relcl":
            break
        if v.lower_ == "as" and v.dep_ == "prep" and _quoted_as(art, head) is not None:
            return _quoted_as(art, head)

        if v.i == cue.i and v.dep_ == "xcomp" and not _through_a_means(v, head):
            # "led 12 viewers to complain he was “lewd”", "urged fans to say": the object speaks (not "used
            # Twitter to exclaim", "took the opportunity to warn": a means, and the subject speaks through it)
            obj = next((c for c in head.children if c.dep_ == "dobj" and c.i < v.i and art.outside(c)), None)
            # (a speech verb's own subject can only be someone, so any noun will do: "viewers")
            if obj is not None and obj.pos_ in {"NOUN", "PROPN", "PRON"}:
                return obj
        if (
            v.dep_ == "relcl"
            and fallback is not None
            and fallback.head.i == v.i
            and fallback.tag_ not in _RELATIVES
            and not _mute(art, fallback)
        ):
            # "came on the day a new report was published by the IFS, suggesting that ...": the
            # relative clause's own subject, when it may speak, not the noun the clause tells of
            return fallback
        if v.dep_ == "acl" and head.dep_ == "pobj" and head.head.lower_ == "despite" and art.outside(head):
            # "The news comes despite Mr Flight's allies saying they had enough support": the allies
            return head
        if v.dep_ in {"acl", "relcl"} and head.pos_ in {"NOUN", "PROPN", "PRON"}:
            named_object = any(c.dep_ in {"dobj", "oprd"} and art.outside(c) for c in v.children)
            if v.dep_ == "acl" and v.tag_ == "VBN" and v.pos_ == "VERB" and head.i < v.i and not named_object:
                # "a group called “…”": a name given, not words spoken (not a "had been" clause of
                # the noun: "laughed off suggestions that his re-election had been in danger saying")
                return fallback
            if head.lemma_.lower() in STATEMENT_NOUNS:
                v = head  # "issued a statement saying …": whoever issued it
                continue
            doer = _doer_of(art, head) if cue.tag_ in {"VBG", "VB"} else None
            if doer is not None:
                # "Unions criticised the possible move - which may affect staff - saying ...", "he
                # opposed the plans for ID cards branding them ...", "will argue against positive
                # discrimination saying ...", "are taking pains to say ...": a thing someone acts on
                # does not speak; the one acting on it does
                return doer
            # "a sign saying “…”"; "the nominee, Donald Trump, tweeted", a mis-parse that hangs the
            # verb on its subject.
            return head if art.outside(head) else fallback
        v = head
    return fallback


def _coordinated_subject(art: _Article, cue: Token) -> Token | None:
    """The subject of a speech verb joined by "and"/"but" that has none of its own, where the parse
    joined it to the wrong verb: to the verb of a reported clause ("The Tory leader said his front
    bench team had reached a view, but admitted ...": the leader, not the team), to a relative clause
    ("Wilson tried to resurrect Factory - which lasted 14 years - but conceded ...": Wilson, not
    Factory), or past a name the parse joined to the noun before it ("meet at Twickenham and Kirwan
    says": Kirwan, not the sides). None when the verb it is joined to reports speech itself."""
    if cue.dep_ != "conj" or any(c.dep_ in SUBJECT_DEPS for c in cue.children):
        return None
    prev = art.doc[cue.i - 1] if cue.i > 1 else None
    if (
        prev is not None
        and prev.pos_ == "PROPN"
        and prev.dep_ == "conj"
        and prev.head.i != cue.head.i
        and art.doc[prev.left_edge.i - 1].lower_ in {"and", "but"}
        and art.outside(prev)
    ):
        m = art.speakers.mention_at(prev.idx, prev.idx + len(prev))
        if m is not None and m.label == "PERSON":
            return prev
    host = cue.head
    cc = next((c for c in host.children if c.dep_ == "cc" and c.i < cue.i), None)
    if cc is None or not art.doc[cc.i - 1].is_punct or _is_cue(host, REPORTING_VERBS) or not art.outside(host):
        # set off by a comma or dash (", but admitted"): with none, "police said the man had
        # approached her and told her ..." may well be the man's words
        return None
    if host.dep_ == "ccomp" and _is_cue(host.head, REPORTING_VERBS) and not _a_person_subject(art, host):
        return _subject(art, host.head)
    if host.dep_ == "relcl" and host.head.dep_ in {"dobj", "pobj"} and host.head.head.pos_ in {"VERB", "AUX", "ADP"}:
        verb = host.head.head
        while verb.pos_ == "ADP" and verb.head.i != verb.i:
            verb = verb.head
        subj = _subject(art, verb) if verb.pos_ in {"VERB", "AUX"} else None
        return subj if subj is not None and _animate(art, subj) else None
    return None


#: Verbs that show or let one hear someone speaking: "The documentary showed Mr Nattrass ... telling
#: the meeting: “…”" is Nattrass's, not the documentary's.
SHOWING_VERBS = frozenset("show hear see film catch record capture depict feature overhear".split())


def _shown_saying(art: _Article, verb: Token, cue: Token) -> Token | None:
    """The one a film, a recording or a witness shows speaking: the object of a verb of showing or
    hearing that a participle of speech hangs on ("showed Mr Nattrass, apparently talking about the
    EU, telling the meeting"), when the object is someone (a name or a pronoun for people)."""
    if cue.tag_ != "VBG" or verb.lemma_.lower() not in SHOWING_VERBS or verb.pos_ != "VERB":
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i < cue.i and art.outside(c)), None)
    if obj is None or not (obj.pos_ == "PROPN" or obj.lower_ in ANIMATE_PRONOUNS | {"him", "her", "them"}):
        return None
    return obj if _animate(art, obj) or obj.pos_ == "PRON" else None


def _issuer_before(art: _Article, v: Token) -> Token | None:
    """The one named right before a participle set off by a comma, when the participle is theirs and
    not the sentence subject's: the sender of a statement ("received a statement from Philip Green,
    the Bhs owner, confirming …"), or the doer of a passive whose subject is a thing ("The bill was
    backed by some hi-tech firms, saying …", "This was followed by Mark Paulsmeier, a financier,
    issuing a press release saying …")."""
    doc = art.doc
    if v.tag_ != "VBG" or v.i < 3 or doc[v.i - 1].text != "," or any(c.dep_ in SUBJECT_DEPS for c in v.children):
        return None
    # the "from"/"by" object whose phrase (apposition included) ends at that comma
    who = doc[v.i - 2]
    while who.dep_ != "pobj" and who.head.i != who.i and who.head.i < v.i:
        who = who.head
    if who.dep_ != "pobj" or who.right_edge.i not in (v.i - 2, v.i - 1) or not art.outside(who):
        return None
    prep = who.head
    if who.pos_ not in {"NOUN", "PROPN"} or _a_thing(art, who):
        return None
    if prep.lower_ == "from" and _sent_through(prep.head):
        return who
    if prep.lower_ == "by":
        verb = prep.head  # (the parse may hang "by" and the participle on a noun: "followed the same day by")
        while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
            verb = verb.head
        if verb.i < prep.i and _thing_passive(art, verb):
            return who
    return None


def _sent_through(tok: Token) -> bool:
    """A statement noun, or a verb whose object is one ("received a statement from …")."""
    if tok.lemma_.lower() in STATEMENT_NOUNS and tok.pos_ == "NOUN":
        return True
    return tok.pos_ == "VERB" and any(c.dep_ == "dobj" and c.lemma_.lower() in STATEMENT_NOUNS for c in tok.children)


def _thing_passive(art: _Article, verb: Token) -> bool:
    """A passive verb whose subject is a thing ("The bill was backed", "This was followed")."""
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    return subj is not None and _a_thing(art, subj, plural=True)


def _a_person_subject(art: _Article, verb: Token) -> bool:
    """Whether a verb's own subject is a person, who might be the one speaking next: a name, a
    pronoun for people, a word for one ("the man", "the minister")."""
    subj = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if subj is None:
        return False
    if subj.lower_ in ANIMATE_PRONOUNS:
        return True
    m = art.speakers.mention_at(subj.idx, subj.idx + len(subj))
    role = role_words().get(subj.lower_) or role_words().get(subj.lemma_.lower())
    return m is not None and m.label == "PERSON" or role is not None and role[0] == "person"


def _doer_of(art: _Article, thing: Token) -> Token | None:
    """For a participle or infinitive said of ``thing``: the subject of the verb whose object
    ``thing`` is, directly or through prepositions and the nouns they hang on ("the plans for ID
    cards", "argue against positive discrimination", "make a pitch for Britain's ethnic vote",
    "were at pains"), when ``thing`` is a thing (``_a_thing``, and no word for someone or for what
    someone issues: ``speaking``) and that subject is not a thing itself."""
    if not _a_thing(art, thing, plural=True) or _can_speak(art, thing):
        return None
    obj = thing
    for _ in range(4):
        if obj.dep_ == "pobj" and obj.head.dep_ == "prep" and obj.head.head.pos_ == "NOUN":
            obj = obj.head.head  # "the plans for ID cards branding them ...": the plans are the object
        else:
            break
    if obj.dep_ == "pobj" and obj.head.dep_ == "prep" and obj.head.head.pos_ in {"VERB", "AUX"}:
        verb = obj.head.head  # "argue against X saying", "were at pains to point out"
    elif (
        obj.dep_ == "pobj"
        and obj.head.dep_ == "prep"
        and obj.head.head.dep_ == "acomp"
        and obj.head.head.head.pos_ in {"VERB", "AUX"}
    ):
        # "said it was optimistic about prospects for its slimming products saying that demand is on
        # the wane": the products are what it is optimistic about; "it" says it
        verb = obj.head.head.head
    elif obj.dep_ == "dobj" and obj.head.pos_ == "VERB":
        verb = obj.head
    else:
        return None
    if any(c.dep_ == "dative" for c in verb.children):
        return None  # ("give the chair of the DNC authority to call ...": the chair would do it)
    subj = _own_subject(art, verb, passive_ok=False)
    if subj is None and verb.dep_ == "xcomp":
        subj = _subject(art, verb)  # "is to make a pitch for ...", "prompted the tabloid to do a cover"
    if subj is None or subj.pos_ not in {"NOUN", "PROPN", "PRON"} or _a_thing(art, subj) and not _can_speak(art, subj):
        return None
    return subj


def _of_a_voice(art: _Article, thing: Token) -> bool:
    """A thing that is a part or a form of something that speaks: "an archived version of the
    foundation's website", "a copy of the report"."""
    of = next((c for c in thing.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    inner = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return inner is not None and (inner.pos_ == "PROPN" or _can_speak(art, inner))


def _maker_of(art: _Article, thing: Token) -> Token | None:
    """Who made or issued a thing, when the words after it name them: "a table drawn up by France's
    Le Figaro newspaper" (a named body or person; "rules devised by the programmers" stay nobody's)."""
    for c in thing.children:
        by = c if c.dep_ == "prep" and c.lower_ == "by" else None
        if by is None and c.dep_ == "acl" and c.tag_ == "VBN":
            by = next((a for a in c.children if a.dep_ == "agent"), None)
        who = next((p for p in by.children if p.dep_ == "pobj"), None) if by is not None else None
        if who is None or not art.outside(who) or who.pos_ not in {"NOUN", "PROPN"}:
            continue
        named = art.speakers.mentions_in(who.left_edge.idx, who.idx + len(who))
        if any(m.label in SPEAKING_LABELS for m in named):
            return who
    return None


#: Relative pronouns: a relative clause's subject that stands for the noun it tells of.
_RELATIVES = frozenset({"WDT", "WP", "WP$"})


def _mute(art: _Article, tok: Token) -> bool:
    """A thing that cannot speak: no entity, no word for someone or for what someone speaks through,
    and no name set beside it ("her main rival, Bernie Sanders")."""
    named = any(c.dep_ == "appos" for c in tok.children)
    return _a_thing(art, tok, plural=True) and not _can_speak(art, tok) and not named


def _may_speak(art: _Article, tok: Token) -> bool:
    """A noun or name that is no mute thing, or a pronoun for people (not "it", "that": "It is
    astounding that ...")."""
    return tok.pos_ in {"NOUN", "PROPN"} and not _mute(art, tok) or tok.lower_ in ANIMATE_PRONOUNS


def _can_speak(art: _Article, tok: Token) -> bool:
    """Whether a word can be someone who speaks or something a speaker speaks through: anything but
    a common noun that names no entity and is no word for someone (``speaking``)."""
    if tok.pos_ != "NOUN":
        return True
    m = art.speakers.mention_at(tok.idx, tok.idx + len(tok))
    return m is not None and m.label in SPEAKING_LABELS or speaking_noun(tok.lower_, tok.lemma_)


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


def _reporter_above(art: _Article, v: Token, marked: bool = True) -> Token | None:
    """The subject of the reporting verb whose reported clause ``v`` is ("confirmed that he would
    …"), or None when ``v`` is no reported clause (one without "that" counts unless ``marked``)."""
    if v.dep_ != "ccomp" or marked and not any(c.dep_ == "mark" for c in v.children):
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


def _absolute(cue: Token, subj: Token) -> bool:
    """ "with 30 percent of voters saying they ...", "with the label saying the album ...": an absolute
    phrase, the participle right after its own subject as the object of "with". That subject says it,
    though the words may look like a thing's (a share of a poll, a record label); not the subject of
    the clause "with" hangs on ("Mr. Trump has slightly improved his standing, with ...")."""
    return (
        cue.tag_ == "VBG"
        and cue.dep_ == "pcomp"
        and cue.head.lower_ == "with"
        and subj.dep_ == "nsubj"
        and subj.i < cue.i
        and subj.right_edge.i == cue.i - 1
        and subj.lower_ not in {"this", "that", "it"}
    )


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


#: Titles the tagger may put before an inverted speaker's name ("said Mr Milburn", "says Prof Brewer").
_NAME_TITLES = frozenset({"mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "lord", "lady", "dame"})


def inverted_speaker(art: _Article, cue: Token) -> Token | None:
    """The name right after a reporting verb set off by commas inside a sentence: "The problem they
    face, said Shailendra Jain, head of MMS firm Adamind, is ...", "The tone of the campaign, said Mr
    Milburn, would ...". The parse makes the fronted words the verb's subject (or the verb a parenthesis
    of the sentence), and the name the subject of the rest; the name is the one saying it."""
    doc = art.doc
    if cue.i < 2 or doc[cue.i - 1].text != "," or cue.lemma_.lower() not in REPORTING_VERBS:
        return None
    i = cue.i + 1
    while i < len(doc) and doc[i].lower_.rstrip(".") in _NAME_TITLES:
        i += 1
    if i >= len(doc) or doc[i].pos_ != "PROPN":
        return None
    while i + 1 < len(doc) and doc[i + 1].pos_ == "PROPN" and doc[i].dep_ == "compound":
        i += 1
    name = doc[i]
    if name.dep_ not in SUBJECT_DEPS or not art.outside(name):
        return None
    # the name is set off: a comma right after it, or after its "of ..." ("said Junya Tanase of JPMorgan
    # in Tokyo, were"); not "Jeffrey Richards, the show's co-producer, said Connick was ...", where
    # the name after the verb is what is said
    of = [c for c in name.children if c.dep_ == "prep"]
    if doc[name.i + 1 : name.i + 2].text != "," and not (
        of and "," in {doc[of[-1].right_edge.i].text, doc[of[-1].right_edge.i + 1 : of[-1].right_edge.i + 2].text}
    ):
        return None
    if name.head.i == cue.i and cue.dep_ == "parataxis":
        return name  # "…, said Mr Milburn, would be positive": "said" a parenthesis of "be"
    # the fronted words are no one's name ("Mr Gates, said IE7 would ...": a stray comma)
    fronted = any(c.dep_ in SUBJECT_DEPS and c.i < cue.i and c.pos_ not in {"PROPN", "PRON"} for c in cue.children)
    if fronted and (name.head.i == cue.i or name.head.dep_ == "ccomp" and name.head.head.i == cue.i):
        # "The problem …, said Jain, …, is …", the name the subject of "said" or of the rest: the
        # fronted words are what is said, not who says it
        return name
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
    pool = active or subjects
    return (
        _named_before_role(art, nearest, pool)
        or _head_of_relative(nearest, pool)
        or _named_after_description(art, v, nearest, pool)
        or nearest
    )


def _head_of_relative(nearest: Token | None, subjects: list[Token]) -> Token | None:
    """The noun a relative clause tells of, when the parse cut the clause's last words off as a second
    subject of the verb: "A spokesperson who did not wish to be named because of agency policy said"
    (with "policy" a subject of "said"). A relative clause with no comma runs on up to the verb, so a
    subject inside its stretch belongs to it; one after a comma may be the verb's own ("The officer,
    who ..., police said")."""
    if (
        nearest is None
        or len(subjects) < 2
        or nearest.left_edge.i == 0
        or nearest.doc[nearest.left_edge.i - 1].is_punct
        # "who owed his election to, as an American diplomat put it, an ''extreme makeover''": an "as ... put
        # it" aside inside the clause has its own speaker
        or nearest.doc[nearest.left_edge.i - 1].lower_ == "as"
    ):
        return None
    for other in subjects:
        clause = next((c for c in other.rights if c.dep_ == "relcl"), None)
        if other.i < nearest.i and clause is not None and clause.left_edge.i < nearest.left_edge.i:
            return other
    return None


def _named_after_description(art: _Article, v: Token, nearest: Token | None, subjects: list[Token]) -> Token | None:
    """The name after its lower-case description in an inverted cue, when the parse split the phrase
    into two subjects, mostly at a hyphen ("said study co-author Anezina Solomonidou", with "co" and
    "Solomonidou" both subjects of "said"): the description runs straight into the name, which speaks.
    A description alone ("said a study co-author") stays the speaker."""
    if nearest is None or nearest.pos_ != "NOUN" or nearest.i < v.i or len(subjects) < 2:
        return None
    for other in subjects:
        if other.i > nearest.i and other.pos_ == "PROPN" and other.left_edge.i == nearest.right_edge.i + 1:
            m = art.speakers.mention_at(other.idx, other.idx + len(other))
            if m is not None and m.label == "PERSON":
                return other
    return None


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
