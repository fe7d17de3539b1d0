"""A person named at the end of their own title: "the minister for civil aviation Praful Patel said",
"Real Madrid director of sport Emilio Butragueno said", where the parse makes the role word the subject
and hangs the name on its "for"/"of" phrase (``Speakers.name``)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from analysis.extract.quotes.roles import role_words
from analysis.extract.quotes.speaker_words import PERSON_VOICES, VOICE_NOUNS
from analysis.records import Mention


def name_ending_title(head: Token, mention_at: Callable[[int, int], Mention | None]) -> Mention | None:
    """The person whose name ends the phrase of ``head``, a word for one person other than a voice
    for someone else ("spokesman", "aide", "lawyer"), when the name is the object of the phrase's
    "for"/"of" and a common noun of the title stands right before the name ("civil aviation Praful
    Patel", "sport Emilio Butragueno"): the title's own words, not whom it serves ("a spokesman for
    party leader Michael Howard" stays the spokesman; "the minister for Michael Howard" has no title
    word before the name)."""
    role = role_words().get(head.lower_) or role_words().get(head.lemma_.lower())
    low = head.lower_
    if role is None or role[0] != "person" or low in PERSON_VOICES or head.lemma_.lower() in VOICE_NOUNS:
        return None
    end = head.right_edge
    if end.pos_ != "PROPN" or end.i - head.i > 8:
        return None
    m = mention_at(end.idx, end.idx + len(end))
    if m is None or m.label != "PERSON" or not m.entity:
        return None
    pobj = end if end.dep_ == "pobj" else end.head if end.head.dep_ == "pobj" else None
    if pobj is None or pobj.head.lower_ not in {"for", "of"} or pobj.head.head.i != head.i:
        return None
    first = min((t for t in pobj.subtree if t.idx >= m.start), key=lambda t: t.i)
    before = head.doc[first.i - 1]
    return m if before.pos_ == "NOUN" and before.is_lower and before.i > pobj.head.i else None


#: Labels of a body's or a place's name, which may end a title before its holder's name.
_BODY_LABELS = frozenset({"ORG", "GPE", "NORP", "LOC", "FAC"})


def name_ending_formal_title(head: Token, mention_at: Callable[[int, int], Mention | None]) -> Mention | None:
    """The person named right after a capitalised title that ends on a body's or a place's name: "Chief
    Secretary to the Treasury David Gauke said", where the parse makes the title's head the subject and hangs the
    name on its "to"/"for"/"of" phrase (only where the tagger names the body: "UN" of "US Ambassador to the UN
    Nikki Haley" often goes untagged, and the title stays the speaker). A body's or place's name right
    before the person's closes the title, so the name is its holder's, not whom it serves ("a spokesman for party
    leader Michael Howard" has a common noun there, and "the Prime Minister" is no body's name)."""
    end = head.right_edge
    if not head.is_title or end.pos_ != "PROPN" or end.i - head.i > 10:
        return None
    m = mention_at(end.idx, end.idx + len(end))
    if m is None or m.label != "PERSON" or not m.entity:
        return None
    pobj = end if end.dep_ == "pobj" else end.head if end.head.dep_ == "pobj" else None
    if pobj is None or pobj.head.lower_ not in {"for", "of", "to"} or pobj.head.head.i != head.i:
        return None
    first = min((t for t in pobj.subtree if t.idx >= m.start), key=lambda t: t.i)
    before = head.doc[first.i - 1]
    if before.i <= pobj.head.i or before.pos_ != "PROPN":
        return None
    body = mention_at(before.idx, before.idx + len(before))
    return m if body is not None and body.label in _BODY_LABELS else None
