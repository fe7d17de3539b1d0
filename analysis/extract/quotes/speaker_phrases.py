"""A speaker as reported (``SpeakerName``) and the tests on the parse that naming a speaker asks:
the noun phrase of a subject, role words, names the tagger missed.

Moved out of ``speakers`` unchanged."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from analysis.doc.nlp import view_of
from analysis.extract.quotes.names import (
    ORG_NAME_WORDS,
    first_names,
)
from analysis.extract.quotes.roles import (
    MEMBER_TITLES,
    glued,
    role_words,
)
from analysis.extract.quotes.speaker_words import (
    SUBJECT_DEPS,
)


@dataclass(frozen=True, slots=True)
class SpeakerName:
    """A speaker as reported: canonical name and the words it is attached to (offsets)."""

    name: str
    start: int
    end: int


def _the_role(tok: Token) -> bool:
    """ "the Scot", "the Frenchman", "the MEP": a person's role word with "the", whatever the tagger made of it."""
    role = ("person", None) if tok.lower_ in MEMBER_TITLES else role_words().get(tok.lower_)
    return role is not None and role[0] == "person" and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)


def _org_named(entity: str) -> bool:
    """A name with an organisation's name word after its first word: "Manchester United"."""
    return any(w in ORG_NAME_WORDS for w in entity.split()[1:])


def _plural_role(entity: str | None) -> bool:
    """A name of two words or more ending in a plural role word: "International Tennis Writers"."""
    words = (entity or "").split()
    if len(words) < 2 or not words[-1].endswith("s"):
        return False
    role = role_words().get(words[-1][:-1].lower())
    return role is not None and role[0] == "person"


def _one_of_a_nation(head: Token) -> bool:
    """ "the Australian", "the Swiss" as a noun phrase of its own: one person of that nation (not
    "the Australians", not "the Australian team")."""
    det = [c for c in head.children if c.dep_ == "det"]
    return (
        head.dep_ in SUBJECT_DEPS | {"pobj", "appos"}
        and head.tag_ in {"NNP", "NN", "JJ"}
        and len(det) == 1
        and det[0].lower_ == "the"
    )


def _full_name_of(entity: str | None, surnames: set[str]) -> bool:
    """A first name from the names data set and one of ``surnames``: "Carly Fiorina"."""
    words = (entity or "").split()
    return (
        len(words) in (2, 3)
        and words[-1] in surnames
        and words[0].lower() in first_names()
        and not any(w in ORG_NAME_WORDS for w in words)
    )


def _bare_definite(head: Token) -> bool:
    """ "the statement" with nothing else: no owner, no modifier, no phrase after it."""
    kids = list(head.children)
    return len(kids) == 1 and kids[0].dep_ == "det" and kids[0].lower_ == "the"


def _a_person(tok: Token) -> bool:
    """A noun that names a person by role ("aide", "lawyer", "son")."""
    role = role_words().get(tok.lower_) or role_words().get(tok.lemma_.lower())
    return tok.pos_ == "NOUN" and role is not None and role[0] == "person"


def _describes_one(tok: Token) -> bool:
    """A place or nationality that only describes one person: "US" in "the US tycoon", "British"
    in "a British singer" (a person's role word, singular). "a Times article" is the Times', and
    "Acme chief executive" keeps Acme for a later "the company"."""
    if tok.dep_ not in {"compound", "amod", "nmod"} or tok.head.i <= tok.i:
        return False
    head = tok.head
    return head.tag_ == "NN" and _a_person(head)


def _main_clause(tok: Token) -> bool:
    """Whether the clause ``tok`` belongs to is the sentence's main clause (or one joined to it by
    "and"/"but"), not reported or subordinate speech."""
    v = tok
    while v.dep_ not in SUBJECT_DEPS and v.head.i != v.i:
        v = v.head
    verb = v.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "ROOT"


def _untagged_name(doc: Doc, head: Token) -> SpeakerName:
    """The run of capitalised proper nouns ending at ``head`` (at most four): "Frank Arnesen"."""
    left = head.i
    while left > 0 and head.i - left < 3:
        prev = doc[left - 1]
        if prev.pos_ != "PROPN" or prev.dep_ not in {"compound", "flat"}:
            break
        left -= 1
    # a hyphenated name the parse cut apart stays whole ("market analysts Chart-Track")
    first, last = glued(doc[left])[0], glued(head)[-1]
    start, end = first.idx, last.idx + len(last)
    return SpeakerName(view_of(doc)[start:end], start, end)


def _untagged_after(doc: Doc, word: str, before: int) -> str | None:
    """The capitalised name (at most four words) that last followed ``word`` before token
    ``before`` with no entity found in it: "US magazine Mobile PC"."""
    for i in range(before - 1, max(-1, before - 400), -1):
        if doc[i].lower_ != word or doc[i].pos_ != "NOUN":
            continue
        run = []
        for t in doc[i + 1 : i + 5]:
            if t.ent_type_ or not t.is_title and not t.is_upper or t.pos_ != "PROPN":
                break
            run.append(t)
        if run:
            return doc[run[0].i : run[-1].i + 1].text
    return None


def _names_person(people: list[tuple[int, str, str, bool]]) -> bool:
    return any(label == "PERSON" for _, _, label, _ in people)


#: Adverbs that open a sentence about its time or its place in the story, which the parse may hang on the
#: noun phrase after them; not a degree ("Almost a quarter said", "Nearly half").
_SENTENCE_ADVERBS = frozenset(
    "later earlier meanwhile meantime also then now separately elsewhere however instead finally afterwards "
    "afterward subsequently previously recently still yet".split()
)


def noun_phrase(doc: Doc, head: Token) -> tuple[int, int]:
    """Character span of a noun phrase without its trailing clauses and appositions:
    "a spokesman for the ministry", not "..., who ...". Stays within 12 tokens of the head."""
    left = head.i
    lefts = list(head.lefts)
    for t in lefts:
        if t.dep_ in {"punct", "cc"}:
            continue
        if t.lower_ in _SENTENCE_ADVERBS and t.is_sent_start and any(c.dep_ == "det" for c in lefts):
            # a sentence adverb the parse hangs on the phrase: "Later a neighbour, John Smith, said" (not
            # "Ed Balls, now a parliamentary hopeful": a post held now is the role)
            continue
        left = min(left, t.left_edge.i)
    right = head.i
    for t in head.rights:
        # a hyphenated word the parse hung on the head as an apposition is still its phrase ("a study
        # co-author", with "co", "-", "author" each an "appos" of "study")
        glued_on = t.dep_ == "appos" and t.i == right + 1 and len(glued(doc[right + 1])) > 1
        # nor is the hyphen inside a word a break ("secretary-general of the China Passenger Car Association":
        # "-" and "general" hang on "secretary" before its "of")
        glued_on = glued_on or (t.text == "-" and t.i == right + 1 and not doc[right].whitespace_ and not t.whitespace_)
        if t.dep_ in {"relcl", "acl", "appos", "punct", "cc", "conj", "advcl"} and not glued_on:
            break
        right = t.right_edge.i
    left = max(left, head.i - 12)
    right = min(right, head.i + 12)
    # nor a relative clause on a noun inside it ("the F.B.I. report on her email practices that ...")
    relative = (t for t in doc[head.i + 1 : right + 1] if t.tag_ in {"WDT", "WP"} and t.head.dep_ == "relcl")
    right = next((t.i - 1 for t in relative), right)
    # a hyphenated word the parse cut apart stays whole, with what hangs before it ("The Tory co-chairman")
    first, last = glued(doc[left])[0], glued(doc[right])[-1]
    if first.i < left:
        left = max(min(first.i, first.left_edge.i), head.i - 12)
    right = max(right, last.i)
    while right > left and doc[right].is_punct:
        right -= 1
    while left < right and doc[left].is_punct:
        left += 1
    return doc[left].idx, doc[right].idx + len(doc[right])
