"""Roles a clause says rather than a noun phrase: a relative clause whose verb is what the person
does for a living ("X, who teaches constitutional law at Harvard", "who works for a local charity",
"who took over as head of Hispanic communications", "who was appointed chief executive"), and a
sentence whose subject is the person and whose verb is a post's ("Chris McIntyre runs Podcast
Alley"). Each is kept only when the lexicon places its words (``groups.role_group``, which reads
"who teaches ..." as "teacher of ..."): a clause it cannot place ("who monitored the hunt", "runs the
risk of ...") says what the person did, not what they are."""

from __future__ import annotations

from spacy.tokens import Token

from analysis.extract.quotes.speakers import noun_phrase
from analysis.extract.sources.context import _Context
from analysis.extract.sources.groups import role_group

#: Verbs of a relative clause that say what someone does for a living, with what the clause needs to
#: say it: ``present``, only in the present tense (their past is an event: "who hosted the dinner",
#: "who campaigned for Obama"); ``preps``, a phrase with one of these prepositions ("who works for a
#: charity", "who writes for the Guardian"; not "who works hard"). ``groups._DOER`` reads each as the
#: doer's noun ("teacher", "owner", "campaigner"); "who plays for Chelsea" and "who plays Hermione"
#: are a player's and an actor's, "who plays a key role" is neither (``_NOT_PLAYED``).
_WORK_VERBS: dict[str, tuple[bool, frozenset[str] | None]] = {
    "teach": (False, None),
    "lecture": (False, None),
    "own": (False, None),
    "campaign": (True, None),
    "present": (True, None),
    "host": (True, None),
    # "who works in a factory in Phnom Penh", "who works in retail": a worker's job, as "works at" is
    "work": (False, frozenset({"for", "at", "in"})),
    # where someone lives says they speak as a resident ("who lives around the corner from Baratov")
    "live": (True, frozenset({"in", "near", "around", "on", "next"})),
    "write": (True, frozenset({"for"})),
    "play": (True, None),
    "sit": (True, frozenset({"on"})),  # a seat: "who sits on the executive of the Association of ..."
    # a trade written as its work, present tense only ("who oversees programming at TNT", "who studies
    # extremism at George Washington University", "who covers the White House for ABC News"; "who advised
    # the campaign" is an event)
    "oversee": (True, None),
    "advise": (True, None),
    "study": (True, None),
    "research": (True, None),
    "analyse": (True, None),
    "analyze": (True, None),
    "track": (True, frozenset({"for", "at"})),
    "specialise": (True, frozenset({"in"})),
    "specialize": (True, frozenset({"in"})),
    "consult": (True, frozenset({"for", "on", "with"})),
    "lobby": (True, None),
    # "who covered the White House for 40 years for ABC News": a correspondent, then or now
    "cover": (False, frozenset({"for"})),
    "report": (True, frozenset({"for", "on"})),
}
#: What "who plays" may have as its object and still say nothing of a job: "a key role", "a part".
_NOT_PLAYED = frozenset({"role", "roles", "part", "parts", "game", "games", "down", "host"})
#: Verbs that give a post to the person the clause is about, passive ("who was appointed chief
#: executive", "who was named as head of ...") or with "over as" ("who took over as head of ...").
_GIVEN_POST = frozenset({"appoint", "name", "elect", "make", "promote"})
#: Verbs whose "as" phrase is the post the person holds: "who will remain as Aggregate chief executive",
#: "who serves as head of ...", "who stays on as chairman" (as "who took over as head of ..." is).
_AS_POST = frozenset({"remain", "stay", "continue", "serve", "return", "act"})
#: Prepositions whose phrase belongs to a work clause's role: where and for whom the work is done.
_ROLE_PREPS = frozenset({"for", "at", "in", "with", "against", "on", "of", "near", "around", "next"})
#: At most this many words of a clause after its verb count as the role.
_MAX_WORDS = 12


def _last_word(ctx: _Context, verb: int, edge: int) -> int:
    """The last token a clause's role runs to: its phrase's right edge, at most ``_MAX_WORDS`` after the
    verb, without trailing punctuation or space."""
    last = min(edge, verb + _MAX_WORDS)
    while last > verb and (ctx.doc[last].is_punct or ctx.doc[last].is_space):
        last -= 1
    return last


def work_clause(ctx: _Context, clause: Token) -> tuple[int, int] | None:
    """The words of a relative clause ``clause`` (its verb) from "who" on, when the verb says what the
    person does for a living and the lexicon places them; None otherwise."""
    lemma = clause.lemma_.lower()
    if lemma not in _WORK_VERBS:
        return None
    present, preps = _WORK_VERBS[lemma]
    if present and clause.tag_ != "VBZ":
        return None
    kids = [c for c in clause.children if c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ in _ROLE_PREPS]
    if preps is not None and not any(c.dep_ == "prep" and c.lower_ in preps for c in kids):
        return None
    if lemma == "play" and any(c.dep_ == "dobj" and c.lower_ in _NOT_PLAYED for c in kids):
        return None
    who = next((t for t in clause.children if t.dep_ == "nsubj" and t.lower_ in {"who", "that"}), None)
    if who is None or not kids:
        return None
    last = _last_word(ctx, clause.i, max(c.right_edge.i for c in kids))
    span = ctx.doc[who.i].idx, ctx.doc[last].idx + len(ctx.doc[last])
    return span if role_group(ctx.text[span[0] : span[1]], story=ctx.story) != "unknown" else None


def given_post(ctx: _Context, clause: Token) -> tuple[int, int] | None:
    """The post a relative clause gives the person: "who was appointed chief executive" (its object
    predicate), "who was named as head of ...", "who took over as head of Hispanic communications",
    "who will remain as Aggregate chief executive" (the noun after "as"); None when there is none or the
    lexicon cannot place it."""
    lemma = clause.lemma_.lower()
    subject = {t.dep_ for t in clause.children if t.lower_ in {"who", "that"}}
    passive = lemma in _GIVEN_POST and "nsubjpass" in subject
    taken = (
        lemma == "take" and any(t.dep_ == "prt" and t.lower_ == "over" for t in clause.children) and "nsubj" in subject
    ) or (lemma in _AS_POST and "nsubj" in subject)
    if not passive and not taken:
        return None
    post = next((c for c in clause.children if c.dep_ == "oprd" and c.pos_ == "NOUN"), None) if passive else None
    if post is None:
        prep = next((c for c in clause.children if c.dep_ == "prep" and c.lower_ == "as"), None)
        objects = prep.children if prep is not None else ()
        post = next((o for o in objects if o.dep_ == "pobj" and o.pos_ == "NOUN"), None)
    if post is None:
        return None
    span = noun_phrase(ctx.doc, post)
    return span if role_group(ctx.text[span[0] : span[1]], story=ctx.story) != "unknown" else None


#: Verbs whose object is what the person heads when the person is their subject: "X runs Podcast Alley",
#: "X chairs the committee" (present tense only: "X ran the marathon" is an event).
_HEADING_VERBS = frozenset({"run", "head", "chair", "direct", "edit", "manage"})


def post_verb(ctx: _Context, root: Token) -> tuple[int, int] | None:
    """ "Chris McIntyre runs Podcast Alley": the verb and its object when the name is the subject of a
    present-tense verb of a post and the lexicon places the object ("runs the risk" places nothing)."""
    verb = root.head
    if root.dep_ != "nsubj" or verb.lemma_.lower() not in _HEADING_VERBS or verb.tag_ != "VBZ" or verb.i < root.i:
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:
        return None
    last = _last_word(ctx, verb.i, obj.right_edge.i)
    span = verb.idx, ctx.doc[last].idx + len(ctx.doc[last])
    return span if role_group(ctx.text[span[0] : span[1]], story=ctx.story) != "unknown" else None
