"""What a relative pronoun that speaks stands for ("Trump, who said ...").

The parse hangs a relative clause on the nearest noun. When that noun ends a phrase after a
preposition, the pronoun often stands for the noun before the preposition instead: "nervous
Democrats on Capitol Hill, who have argued", "calls from black listeners to his radio program who
said", "the F.B.I. report on her email practices that suggested". A "who" stands for someone, so
a place, a body or a thing after the preposition gives way to a person or people before it; a
"that" or "which" that speaks stands for something that can speak, so a thing ("practices") gives
way to a report or a body before it. Where the nearest noun fits, it stays ("the father of the
victim, who said"; "a spokesman for the company, which said")."""

from __future__ import annotations

from spacy.tokens import Token

from analysis.extract.quotes.speaker_phrases import _a_person
from analysis.extract.quotes.speaking import speaking_noun
from analysis.records import SPEAKING_LABELS

#: Named-entity labels of people (those that can speak at all: ``SPEAKING_LABELS``).
_PEOPLE_LABELS = frozenset({"PERSON", "NORP"})


def _someone(tok: Token) -> bool:
    """A person or people: a name of one, a pronoun, a role word ("spokeswoman"), or a plural noun
    for people who do something ("listeners", "experts")."""
    if tok.ent_type_ in _PEOPLE_LABELS or tok.pos_ == "PRON":
        return True
    if tok.pos_ != "NOUN":
        return False
    return _a_person(tok) or tok.tag_ == "NNS" and speaking_noun(tok.lower_, tok.lemma_)


def _can_speak(tok: Token) -> bool:
    """Someone, a body, a place acting through its government, or what someone issues ("report")."""
    if tok.ent_type_ in SPEAKING_LABELS or tok.pos_ == "PRON":
        return True
    return tok.pos_ == "NOUN" and speaking_noun(tok.lower_, tok.lemma_)


def relative_antecedent(rel: Token) -> Token:
    """The noun the relative pronoun ``rel`` (the subject of a relative clause) stands for."""
    noun = rel.head.head
    left = noun.left_edge
    if left.i < 2 or noun.dep_ != "pobj" or noun.head.i != left.i - 1:
        return noun
    prep = noun.head
    before = rel.doc[prep.i - 1]
    if prep.pos_ != "ADP" or before.pos_ not in {"NOUN", "PROPN"} or before.dep_ == "compound":
        return noun
    fits = _someone if rel.lower_ in {"who", "whom"} else _can_speak
    return before if fits(before) and not fits(noun) else noun
