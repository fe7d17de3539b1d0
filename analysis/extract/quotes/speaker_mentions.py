"""The entity mentions ``Speakers`` names people by, corrected before use: surnames tagged as
something else, people known by a pronoun, titles and plural roles.

Moved out of ``speakers`` unchanged."""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from analysis.extract.quotes.names import (
    ORG_NAME_WORDS,
    _country_names,
    first_names,
)
from analysis.extract.quotes.roles import (
    clear_majority,
    role_words,
)
from analysis.extract.quotes.speaker_phrases import (
    _full_name_of,
    _plural_role,
)
from analysis.extract.quotes.speaker_words import (
    GROUP_LIKE,
    SUBJECT_DEPS,
)
from analysis.records import Mention


def _people_named_alike(mentions: list[Mention], titled: frozenset[str] = frozenset()) -> list[Mention]:
    """Copies of the mentions in which a surname tagged as something else ("Trump" as ORG) names
    the person of that surname in the article ("Donald Trump"), when only one person has it; and
    in which a full name tagged as an organisation ("Carly Fiorina" as ORG), a known first name and
    a surname the article also uses for a person ("Ms Fiorina"), is that person. ``titled``: the
    surnames the article writes after Mr, Mrs, Ms or Miss, which say "person" where the first name
    alone does not ("Nicola Sturgeon" as ORG, then "Ms Sturgeon")."""
    surnames = {m.entity.rsplit(" ", 1)[-1] for m in mentions if m.label == "PERSON" and m.entity}
    mentions = [
        replace(m, label="PERSON")
        if m.label in GROUP_LIKE
        and _full_name_of(m.entity, surnames)
        or m.label != "PERSON"
        and _titled_name(m.entity, titled)
        else m
        for m in mentions
    ]
    # ... and the surname alone ("Bortolami", after "Italy skipper Marco Bortolami" tagged ORG) is
    # that person, when one such full name has it
    full: dict[str, set[str]] = {}
    for m in mentions:
        if (
            m.label == "PERSON"
            and m.entity
            and m.entity.split()[-1] in surnames
            and (_full_name_of(m.entity, surnames) or _titled_name(m.entity, titled))
        ):
            full.setdefault(m.entity.split()[-1], set()).add(m.entity)
    mentions = [
        replace(m, entity=next(iter(full[m.entity])))
        if m.label == "PERSON" and len(full.get(m.entity or "", ())) == 1
        else m
        for m in mentions
    ]
    by_surname: dict[str, set[str]] = {}
    for m in mentions:
        if m.label == "PERSON" and m.entity and " " in m.entity:
            by_surname.setdefault(m.entity.rsplit(" ", 1)[1], set()).add(m.entity)
    out = []
    for m in mentions:
        people = by_surname.get(m.entity or "")
        if m.label != "PERSON" and people and len(people) == 1:
            m = replace(m, entity=next(iter(people)), label="PERSON")
        out.append(m)
    return out


def _titled_name(entity: str | None, titled: frozenset[str]) -> bool:
    """Two or three capitalised words, no organisation word, ending in a surname written after an
    honorific: "Nicola Sturgeon" beside "Ms Sturgeon"."""
    words = (entity or "").split()
    return (
        len(words) in (2, 3)
        and words[-1] in titled
        and all(w[:1].isupper() and w.isalpha() and not w.isupper() for w in words)  # "EADS Philippe Camus"
        and not any(w in ORG_NAME_WORDS for w in words)
    )


#: Pronouns that make the subject they go back to a person of a gender: "Zvonareva has lost both her
#: games", "Martina Hingis has admitted that she might ...".
_GENDERED = {"he": "m", "his": "m", "him": "m", "himself": "m", "she": "f", "her": "f", "herself": "f"}


def _people_by_pronoun(
    doc: Doc, mentions: list[Mention], quoted: Sequence[int]
) -> tuple[list[Mention], dict[str, str]]:
    """The mentions with the tagger's organisation or place label turned to PERSON for a name
    (no organisation word, not a country) that is the subject, or the subject's owner, of a clause
    whose own he/she/his/her goes back to it, at most two parse steps below the clause's verb and
    with no other name between ("Zvonareva has lost both her games", "Mauresmo's win was her
    ninth", "Martina Hingis has admitted that she might ..."): the tagger takes many sports
    people's surnames for places or firms, and "she said" then finds nobody; and for a full name
    with a known first name, the main subject, whose next sentence opens with he/she of that
    first name's gender ("Spike Lee", tagged a firm). Also the gender those pronouns give (only
    when they agree). "the Scot", "the Swiss" are descriptions, not names: left alone."""
    votes: dict[str, Counter[str]] = {}
    # names the tagger took for a group or a place, and one-word "persons" nothing else confirms
    names = {
        m.entity
        for m in mentions
        if m.entity and (m.label in GROUP_LIKE or m.label == "PERSON" and " " not in m.entity)
    }
    names = {n for n in names if not any(w in ORG_NAME_WORDS for w in n.split()) and not n.isupper()}
    names -= _country_names()
    if not names:
        return mentions, {}
    starts = sorted(m.start for m in mentions)
    for m in mentions:
        if m.entity not in names:
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or quoted[span.root.i] != -1 or span.start > 0 and doc[span.start - 1].lower_ == "the":
            continue  # ("the Scot admitted he ...", "The Republican is ... his": a description, not a name)
        subj = span.root
        if subj.dep_ == "poss" and subj.head.dep_ in SUBJECT_DEPS:
            subj = subj.head  # "Mauresmo's win was her ninth"
        if subj.dep_ != "nsubj":
            continue
        verb = subj.head
        for tok in verb.subtree:
            g = _GENDERED.get(tok.lower_)
            if tok.i <= span.root.i or g is None or quoted[tok.i] != -1 or tok.pos_ != "PRON":
                continue
            up = tok.head if tok.dep_ == "poss" else tok
            if not (up.head.i == verb.i or up.head.head.i == verb.i):
                continue
            k = bisect.bisect_left(starts, m.end)
            if k == len(starts) or starts[k] >= tok.idx:  # no other name between
                votes.setdefault(m.entity, Counter())[g] += 1
            break
        # a full name with a known first name, the main subject, whose next sentence opens with
        # he/she of that first name's gender ("Lee told them to ... He spoke as part of a panel")
        words = m.entity.split()
        first = first_names().get(words[0].lower()) if 2 <= len(words) <= 3 else None
        if first is None or verb.dep_ != "ROOT" or verb.sent.end >= len(doc):
            continue
        nxt = doc[verb.sent.end].sent
        opener = next((t for t in nxt if t.dep_ == "nsubj" and t.head.dep_ == "ROOT"), None)
        pronoun = opener.lower_ if opener is not None and quoted[opener.i] == -1 else ""
        if pronoun in {"he", "she"} and _GENDERED[pronoun] == first:
            votes.setdefault(m.entity, Counter())[first] += 1
    gender = clear_majority(votes)
    if not gender:
        return mentions, {}
    return [replace(m, label="PERSON") if m.entity in gender else m for m in mentions], gender


def _titles_as_people(mentions: list[Mention], introduced: dict[str, list[tuple[int, str]]]) -> list[Mention]:
    """The mentions with a person's title the tagger took for a name on its own ("Bishop" in "The
    Bishop of Durham, the Rt Rev Dr Tom Wright, ... the Bishop said", "The Judge wrote" after
    "Judge James Kleinberg") renamed to the one person the article introduced with that title;
    "he" and a quote's speaker then find the person, not the word."""
    people = {m.entity for m in mentions if m.label == "PERSON" and m.entity}
    canonical: dict[str, str] = {}
    for m in mentions:
        word = (m.entity or "").lower()
        if m.entity in canonical or " " in word or not m.entity[:1].isupper():
            continue
        role = role_words().get(word)
        named = {e for _, e in introduced.get(word, []) if e in people and e != m.entity}
        if role is not None and role[0] == "person" and len(named) == 1:
            canonical[m.entity] = named.pop()
    if not canonical:
        return mentions
    return [replace(m, entity=canonical[m.entity], label="PERSON") if m.entity in canonical else m for m in mentions]


def _plural_roles_as_groups(mentions: list[Mention]) -> list[Mention]:
    """The mentions with a name the tagger took for a person that ends in a plural role word
    ("the International Tennis Writers", "Young Farmers") labelled as a group: "he" never
    stands for it, "they" may."""
    groups = {m.entity for m in mentions if m.label == "PERSON" and _plural_role(m.entity)}
    if not groups:
        return mentions
    return [replace(m, label="ORG") if m.entity in groups else m for m in mentions]


def _surnames_to_subjects(doc: Doc, mentions: list[Mention], quoted: Sequence[int]) -> list[Mention]:
    """The mentions with a bare surname shared by two people of the article ("Cruz" after "Ted Cruz"
    and "Heidi Cruz") renamed to the one of them the article has made a subject, when the tagger's
    choice (the nearest full name before it) has only been mentioned in passing so far: "a photo of
    Heidi Cruz", "detoured to daughter Chelsea Clinton's apartment", "a chief of staff to President
    Bill Clinton". A relative or a namesake named in passing is written in full; the bare surname is
    the person the story is about ("Cruz said in July ..."). Where both or neither have been subjects,
    the nearest stays ("Homeland Security Secretary Jeh Johnson said" after "Gary Johnson")."""
    full: dict[str, set[str]] = {}
    for m in mentions:
        words = (m.entity or "").split()
        if m.label == "PERSON" and len(words) >= 2:
            full.setdefault(words[-1].lower(), set()).add(m.entity)
    shared = {surname for surname, names in full.items() if len(names) > 1}
    if not shared:
        return mentions
    subject_since: dict[str, int] = {}  # each full name's first mention as a subject, by offset
    out: list[Mention] = []
    for m in mentions:
        words = (m.entity or "").split()
        surname = words[-1].lower() if m.label == "PERSON" and len(words) >= 2 else ""
        if surname not in shared:
            out.append(m)
            continue
        if words[0].lower() in m.text.lower().split():  # the full name (its first name written)
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            root = span.root if span is not None and len(span) else None
            if root is not None and quoted[root.i] == -1 and _a_subject(root):
                subject_since.setdefault(m.entity, m.start)
            out.append(m)
            continue
        if m.text.strip().lower() != surname or m.entity in subject_since:
            out.append(m)
            continue
        others = [e for e in full[surname] if e != m.entity and e in subject_since]
        out.append(replace(m, entity=others[0]) if len(others) == 1 else m)
    return out


def _a_subject(tok: Token) -> bool:
    """A subject, or a name beside one ("Sen. Ted Cruz", "the senator, Ted Cruz,")."""
    return tok.dep_ in SUBJECT_DEPS or tok.dep_ in {"appos", "compound"} and tok.head.dep_ in SUBJECT_DEPS
