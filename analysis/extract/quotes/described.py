"""Speakers given by a description: "the Australian", "the company", a role named before
(``Speakers.described``).

Moved out of ``speakers`` unchanged."""

from __future__ import annotations

import re

from spacy.tokens import Token

from analysis.extract.quotes.names import (
    FULL_NAME_ENDS,
    ORG_NAME_WORDS,
    first_names,
    is_regional_arm,
)
from analysis.extract.quotes.roles import (
    describe,
    glued,
    restricted,
    role_words,
)
from analysis.extract.quotes.speaker_phrases import (
    _plural_role,
    _untagged_after,
)
from analysis.extract.quotes.speaker_words import (
    GROUP_LIKE,
    PERSON_LIKE,
    PERSON_VOICES,
    PLURAL_GROUPS,
    SUBJECT_DEPS,
    a_speaking_body,
)
from analysis.records import REFERENCE_LABELS

#: A reporting verb and "it" right after a name: " said it ", " says that it ".
_SAID_IT = re.compile(r"\s+(?:said|says|added|announced|confirmed)\s+(?:that\s+)?it\b")


class _Descriptions:
    """Speakers given by a description ("the Australian", "the company"), mixed into ``Speakers`` (it
    reads the indexes ``Speakers.__init__`` builds)."""

    def _nationality_person(self, head: Token, prefer: str | None) -> str | None:
        """The person "the Australian" stands for: the previous quote's speaker unless another
        person became a subject since, else the person last a subject, else named, before it."""

        def fits(entity: str, label: str) -> bool:
            return label in PERSON_LIKE and entity not in self._lone

        # "When Lleyton Hewitt shook his hand ..., the Australian said": the subject of a clause
        # earlier in the same sentence (not an object: "After beating Hewitt, the Swiss said")
        doc, ix = self._doc, self._ix
        here = {
            m.entity
            for m in self.mentions_in(ix.sent_start_char[ix.sent_of[head.i]], head.idx)
            if m.entity
            and fits(m.entity, m.label)
            and doc[ix.token_before(max(m.end - 1, m.start))].dep_ in SUBJECT_DEPS
            and self.scan.quote_of[ix.token_before(max(m.end - 1, m.start))] == -1
        }
        if len(here) == 1:
            return here.pop()
        recent = self._recent_subject(head, fits)
        if prefer and recent in (None, prefer) and prefer not in self._lone and self._speaks_as(prefer, None):
            labels = {m.label for m in self.mentions if m.entity == prefer}
            if labels & PERSON_LIKE:
                return prefer
        return recent or self._recent_any(head, fits)

    def _a_group_speaking(self, speaker: str) -> bool:
        """Whether a previous quote's speaker is a group "they" goes on with: one the article tags
        as an organisation or nation, or a plural description ("police", "union officials")."""
        labels = {m.label for m in self.mentions if m.entity == speaker}
        if labels:
            return labels <= GROUP_LIKE
        last = speaker.split()[-1].lower()
        return speaker[:1].islower() and (last in PLURAL_GROUPS or last.endswith("s") and not last.endswith("ss"))

    def _a_person_speaking(self, speaker: str, gender: str | None) -> bool:
        """Whether a previous speaker is one person a he or she may go on with: a name the article
        tags as a person, or a description with a role word for one person of that gender or none
        ("A BBC spokeswoman", "a spokesman for the English National Ballet")."""
        if speaker == "I":
            return True  # the narrator, of no gender the article gives (as quotes in marks had it)
        if a_speaking_body(speaker):
            return False
        people = {m.entity for m in self.mentions if m.label == "PERSON" and m.entity}
        if any(p == speaker or speaker.endswith(", " + p) or p.endswith(" " + speaker) for p in people):
            return True  # "ITV's controller of entertainment, Claudia Rosencrantz"; "Le Bon"
        if any(m.entity == speaker for m in self.mentions):
            return False  # a name the article tags only as something else
        roles = role_words()
        return any(
            roles[w][0] == "person" and roles[w][1] in (None, gender)
            for w in re.findall(r"[a-z-]+", speaker.lower())
            if w in roles
        )

    def _group_only(self, entity: str) -> bool:
        """Whether ``entity`` is a group by its name's plural role word: no "he" or "she" goes on
        with it ("voted by the International Tennis Writers ... he said"). (A name tagged only as
        an organisation may still be a person's: "E Hayot, writing in ...".)"""
        return _plural_role(entity)

    def _is_org(self, entity: str) -> bool:
        """Whether ``entity`` names an organisation: one the article tags so, or a name it never
        tags at all (a description's untagged name: "US magazine Mobile PC")."""
        if a_speaking_body(entity):
            return True  # "Ted Cruz's campaign", named by its owner (``Speakers._owned_body``)
        labels = {m.label for m in self.mentions if m.entity == entity}
        return (
            labels == {"ORG"}
            or not labels
            and entity[:1].isupper()
            and entity.split()[0].lower() not in first_names()
            # a name the tagger took for a person that the article treats as a body; never one with
            # a confident first name
            or entity.split()[0].lower() not in first_names()
            and (self._said_it(entity) or self._titled_body(entity))
        )

    def _said_it(self, entity: str) -> bool:
        """Whether the article reports a name, whatever the tagger took it for, as "it" in its own
        words ("Diageo said it expects ...", Diageo tagged a person): a body."""
        named = (m for m in self.mentions if m.entity == entity and m.label not in REFERENCE_LABELS)
        return any(_SAID_IT.match(self._text, m.end) is not None for m in named)

    def _titled_body(self, entity: str) -> bool:
        """Whether the article writes a name, whatever the tagger took it for, right after a word
        for a body ("a report by UK think-tank Demos", "supermarket group Winn-Dixie"): a body, never
        one the article calls he or she ("broadcaster Chris Evans")."""
        if self._gender.get(entity):
            return False
        doc, words = self._doc, role_words()
        for m in self.mentions:
            if m.entity != entity or m.label in REFERENCE_LABELS:
                continue
            first = self._ix.token_at(m.start)
            if not first:  # None, or the article's first word
                continue
            before = glued(doc[first - 1])
            word = "".join(t.text for t in before).lower()
            role = words.get(word) or (words.get(before[0].lemma_.lower()) if len(before) == 1 else None)
            if role is not None and role[0] == "org":
                return True
        return False

    def _speaks_as(self, entity: str, gender: str | None) -> bool:
        """Whether a named speaker can be a person of this gender: not a name with an organisation
        word, and not known as the other gender."""
        if any(w in ORG_NAME_WORDS for w in entity.split()) or a_speaking_body(entity):
            return False
        return gender is None or self._gender.get(entity, gender) == gender

    def described(self, head: Token, prefer: str | None = None) -> str | None:
        """The person or organisation a definite description stands for ("the company" ->
        the organisation named last, "the world indoor champion" -> the person who is the
        subject last), or None when it is no description or nothing fits."""
        role = describe(head)
        if role is None:
            return None
        kind, gender = role

        def fits(entity: str, label: str) -> bool:
            if kind != "person":
                # an organisation, or a name the tagger took for a person that carries an
                # organisation word ("Acme Records")
                return label == "ORG" or any(w in ORG_NAME_WORDS for w in entity.split())
            if label not in PERSON_LIKE or entity in self._lone:
                return False
            # "the woman" is no Bill named before: the first name speaks where the text does not, as for "she"
            return gender is None or self._gender.get(entity, self._name_gender.get(entity, gender)) == gender

        # "the production company" -> the organisation named before whose name has that word
        # ("Dick Clark Productions"), though another is named nearer
        words = [c.lower_ for c in head.children if c.dep_ in {"compound", "amod"} and c.is_alpha and len(c) > 3]
        if words and kind != "person":
            named = self._recent_any(
                head,
                lambda e, lab: fits(e, lab) and any(w.lower().startswith(x) for w in e.split() for x in words),
            )
            if named:
                return named
        word = head.lower_ if head.lower_ in role_words() else head.lemma_.lower()
        before = [e for start, e in self._introduced.get(word, []) if start < head.idx]
        if before and kind != "person" and fits(before[-1], "ORG"):
            return before[-1]  # "the band" -> the name last introduced as a band
        if not before and kind != "person":
            untagged = _untagged_after(head.doc, word, head.i)
            if untagged:
                return untagged  # "by US magazine Mobile PC" (no entity found) ... "said the magazine"
        if before and kind == "person" and len(set(before)) == 1 and fits(before[0], "PERSON"):
            return before[0]  # "the defender" -> the one defender the article named
        if kind == "person":
            recent = self._recent_subject(head, fits)
            # like "he said": the previous quote's speaker goes on unless another person became the
            # subject since ("… “bitter and personal”." … “…,” the defender told The Guardian)
            if prefer and recent in (None, prefer) and prefer not in self._lone and self._speaks_as(prefer, gender):
                return prefer
            if restricted(head):
                # "the woman who runs the shop next door" is someone new, where the previous quote's speaker
                # went on above ("“…,” said the man who built his political career on his blue collar ...")
                return None
            if recent is None and word not in PERSON_VOICES:
                # "The film chronicles George Michael's life. The 41-year-old chart-topper told
                # reporters …": the person named nearest before, subject or not
                # (a gendered description only a person known to be of that gender)
                return self._recent_any(
                    head,
                    lambda e, lab: (
                        fits(e, lab) and (gender is None or self._gender.get(e, self._name_gender.get(e)) == gender)
                    ),
                )
            return recent
        # the organisation last a subject ("X is to restate its accounts ... by the SEC. The company said")
        org = self._recent_subject(head, fits) or self._recent_any(head, fits)
        # "Acme" named last, "Acme Robotics" before: the fuller name of the same organisation, one
        # that ends in a company's name word or goes on with "of", and only when the article has
        # just one (a division or a regional arm is another body: "BBC Radio" is not the BBC, "AOL
        # Europe" not AOL)
        fuller = {
            m.entity
            for m in self.mentions
            if m.entity
            and m.entity.startswith(f"{org} ")
            and (
                m.entity.rsplit(" ", 1)[-1] in FULL_NAME_ENDS
                or m.entity.startswith(f"{org} of ")  # "Bank" -> "Bank of England"
            )
            and not is_regional_arm(m.entity, org)
        }
        return fuller.pop() if org and len(fuller) == 1 else org
