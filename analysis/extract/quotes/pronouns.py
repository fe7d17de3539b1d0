"""Which person or group a pronoun stands for (``Speakers.antecedent``) and the gender the article
gives them (``Speakers.gender``).

Moved out of ``speakers`` unchanged."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from spacy.tokens import Token

from analysis.extract.quotes.roles import (
    role_words,
)
from analysis.extract.quotes.speaker_phrases import (
    _a_person,
    _main_clause,
    _org_named,
    noun_phrase,
)
from analysis.extract.quotes.speaker_words import (
    DOCUMENT_NOUNS,
    EARLIER_SENTENCES,
    GROUP_LIKE,
    LOOKBACK_MENTIONS,
    LOOKBACK_SENTENCES,
    PERSON_LIKE,
    SUBJECT_DEPS,
    SUBJECT_FORM,
)
from analysis.records import REFERENCE_LABELS


class _Antecedents:
    """Pronoun resolution, mixed into ``Speakers`` (it reads the indexes ``Speakers.__init__`` builds)."""

    def gender(self, entity: str) -> str | None:
        """'m' or 'f' as the article's honorifics and nearby he/she have it, or None."""
        return self._gender.get(entity)

    def antecedent(
        self, pronoun: Token, prefer: str | None = None, prefer_at: int | None = None, reported: bool = False
    ) -> str | None:
        """The entity a pronoun most likely stands for, or None. Object, possessive and reflexive
        forms stand for what their subject form would ("his", "him" as "he"). ``prefer`` is the
        previous quote's speaker; with ``prefer_at`` (where that speaker was named) a subject or a
        newly introduced person mentioned *before* that point no longer outranks it: "Jonathan Cope
        ... A spokesman for the ballet told BBC News that ... He said ..." is the spokesman. Where
        reported speech is on either side (``reported``), the speaker goes on as he or she only if a
        person."""
        low = SUBJECT_FORM.get(pronoun.lower_, pronoun.lower_)
        if low in {"he", "she"}:
            labels, gender = PERSON_LIKE, ("m" if low == "he" else "f")
        elif low == "they":
            labels, gender = GROUP_LIKE, None  # a group or organisation; "they" is rarely one person
        else:
            labels, gender = GROUP_LIKE, None

        strict = [True]

        def fits(entity: str, label: str) -> bool:
            if label not in labels and not (labels is GROUP_LIKE and _org_named(entity)):
                return False  # ("Manchester United", tagged a person, is what "it" may stand for)
            if strict[0] and entity in self._lone:
                return False  # a one-word "person" nothing else calls a person: last resort
            return gender is None or self._gender.get(entity, self._name_gender.get(entity, gender)) == gender

        recent, recent_at = self._recent(pronoun, fits, subjects_only=True)

        def before_prefer(at: int) -> bool:
            """Mentioned before the previous speaker was named: not "since" that quote."""
            return prefer_at is not None and at < prefer_at

        # The previous quote's speaker goes on unless another subject was named since.
        named_since = recent not in (None, prefer)
        goes_on = not named_since or before_prefer(recent_at)
        person_goes_on = bool(
            prefer
            and low in {"he", "she"}
            and self._gender.get(prefer, self._name_gender.get(prefer, gender)) == gender
            and prefer not in self._lone
            and not self._group_only(prefer)
        )
        # Where only the new rules let it go on (a speaker of reported speech, or a subject named
        # before that speaker spoke), a he or she goes on only with a person: not "the examples",
        # "the victims" or "producers' cartel"
        person_checked = person_goes_on and self._a_person_speaking(prefer or "", gender)
        if reported or named_since:
            person_goes_on = person_checked
        if low in {"he", "she"}:
            # "Staunton is also the choice of Steven Gaydos, executive editor of Variety. But while
            # he tipped Swank, he predicted ...": a person just introduced with a role, not the
            # previous quote's speaker nor a subject further back (unless that speaker spoke after
            # the introduction: "Deputy Prime Minister John Prescott held a meeting. Our
            # correspondent said that ... he added" is the correspondent)
            new, new_at = self._just_introduced(pronoun, fits)
            k = self._ix.sent_of[pronoun.i]
            near = {e for s in (k - 2, k - 1, k) if s >= 0 for _, e, _, subj in self._by_sent[s] if subj}
            prefer_spoke_since = person_checked and before_prefer(new_at) and goes_on
            if new is not None and (recent is None or recent not in near) and not prefer_spoke_since:
                return new
        if person_goes_on and goes_on:
            return prefer
        if prefer and low == "they" and goes_on and self._a_group_speaking(prefer):
            # "police said a "physical altercation" broke out ... “…”, they said": the group goes on
            return prefer
        if prefer and low == "it" and goes_on and self._is_org(prefer):
            # "“…,” said the magazine. “…,” it concluded": the organisation speaking goes on
            return prefer
        found = recent or self._recent_any(pronoun, fits)
        if found is None and gender is not None:
            found = self._earlier_known(pronoun, gender)
        if found is None and gender is not None:
            # "A spokesman for the Oxford University Press said ... “…,” he said": the described
            # speaker before a one-word "person" only a pronoun calls one ("Merriam-Webster")
            found = self._described_subject(pronoun, gender)
        if found is None and self._lone:
            strict[0] = False
            found = self._recent_subject(pronoun, fits) or self._recent_any(pronoun, fits)
        if low in {"it", "they"} and (low == "they" or found is None or self._a_place(found)):
            # "The ODPM attributed the fall to ... It said ...", "Union officials denied it. They
            # said ...": a body, group or document that the pronoun's sentence or the one before
            # makes its subject, nearer than any named subject, is what the pronoun stands for, not
            # a place or nation named in passing (an "it" after an organisation keeps it)
            nearer = self._speaking_subject(pronoun, low == "they", recent, recent_at)
            if nearer is not None:
                return nearer
        return found

    def _speaking_subject(self, pronoun: Token, plural: bool, recent: str | None, after: int) -> str | None:
        """The speaker named by the nearest main-clause subject outside quotes, in the pronoun's
        sentence before it or in the sentence before, that "it" (or, ``plural``, "they") can stand
        for and that starts after offset ``after``, where ``recent``, the nearest named subject, was
        named: a singular (plural) noun for a body, a group or a document ("The statement", "union
        officials"), or a proper noun the tagger named nothing ("The ODPM"). None when there is
        none, or when it is a description the resolver gives a name other than ``recent`` ("The
        company also unveiled plans. It added ...": the company named as a subject before, whatever
        its tag, more often than the one the description guesses)."""
        doc, ix, quoted = self._doc, self._ix, self.scan.quote_of
        k = ix.sent_of[pronoun.i]
        for i in range(pronoun.i - 1, ix.sent_first[max(0, k - 1)] - 1, -1):
            tok = doc[i]
            if tok.idx <= after:
                return None
            if tok.dep_ not in SUBJECT_DEPS or quoted[i] != -1 or not _main_clause(tok):
                continue
            if tok.tag_ in ({"NNS", "NNPS"} if plural else {"NN", "NNP"}) and self._can_speak(tok, plural):
                named = self.name(tok).name
                left, right = noun_phrase(doc, tok)
                own = re.sub(r"\s+", " ", self._text[left:right])
                if tok.pos_ == "NOUN" and recent is not None and named not in (own, recent):
                    return None
                if tok.pos_ == "NOUN" and any(m.entity == named and m.label in PERSON_LIKE for m in self.mentions):
                    # "Donald Trump's campaign ... It's denouncing", "McConnell aides ... they
                    # emphasized": the campaign or the aides, in their own words, not one person
                    return own
                return named
        return None

    def _a_place(self, entity: str) -> bool:
        """Whether the article tags ``entity`` only as a place or a nation (its name no body's)."""
        labels = {m.label for m in self.mentions if m.entity == entity and m.label not in REFERENCE_LABELS}
        return bool(labels) and labels <= {"GPE", "NORP"} and not _org_named(entity)

    def _can_speak(self, tok: Token, plural: bool) -> bool:
        """Whether a subject noun is something that issues words: a role word for a body or group
        ("firm", "government"; for "they" people too: "judges"), a document ("statement"), or a
        proper noun that is no person's name and no place's."""
        if tok.pos_ == "PROPN":
            # an initialism is a body whatever the tagger took it for ("The ODPM", tagged a person)
            m = self.mention_at(tok.idx, tok.idx + len(tok))
            return m is None or m.label == "ORG" or tok.text.isupper() and len(tok) > 1
        role = role_words().get(tok.lower_) or role_words().get(tok.lemma_.lower())
        if role is not None:
            return plural or role[0] != "person"
        return tok.lemma_.lower() in DOCUMENT_NOUNS

    def _just_introduced(self, pronoun: Token, fits: Callable[[str, str], bool]) -> tuple[str | None, int]:
        """The one person of the pronoun's gender named for the first time in the sentence before
        the pronoun's (or the one before that, when the sentence between names nobody who fits),
        with a role word beside the name ("Steven Gaydos, executive editor of ..."), when that
        sentence names no other person who fits; with the offset of its mention there (-1 if none)."""
        k = self._ix.sent_of[pronoun.i]
        for back in (1, 2):  # the sentence before, or the one before it when none between fits
            if k - back < 0:
                return None, -1
            people = {e for _, e, label, _ in self._by_sent[k - back] if fits(e, label)}
            if not people:
                continue
            if len(people) != 1:
                return None, -1
            (who,) = people
            sent_start = self._ix.sent_start_char[k - back]
            if any(m.entity == who and m.start < sent_start for m in self.mentions):
                return None, -1  # named before: not just introduced
            if self._described_person_subject(k - back):
                return None, -1  # "President Fidel Castro's chief aide said ...": the aide, not Castro
            with_role = any(e == who for named in self._introduced.values() for _, e in named)
            at = min(start for start, e, _, _ in self._by_sent[k - back] if e == who)
            return (who, at) if with_role else (None, -1)
        return None, -1

    def _described_person_subject(self, sent: int) -> bool:
        """Whether a main-clause subject of sentence ``sent``, outside quotes, is a person described
        by a role word ("chief aide"): what a "he" after it most likely stands for."""
        ix, quoted = self._ix, self.scan.quote_of
        end = ix.sent_first[sent + 1] if sent + 1 < len(ix.sent_first) else len(self._doc)
        return any(
            t.dep_ in SUBJECT_DEPS and quoted[t.i] == -1 and _a_person(t) and _main_clause(t)
            for t in self._doc[ix.sent_first[sent] : end]
        )

    def _described_subject(self, pronoun: Token, gender: str) -> str | None:
        """An unnamed speaker a he/she stands for when no named person fits: the nearest main-clause
        subject before it described by a role word of that gender ("A ministry spokeswoman said the
        ministers agreed. “…,” she said" -> "A ministry spokeswoman"), in its own words."""
        doc, ix, quoted = self._doc, self._ix, self.scan.quote_of
        k = ix.sent_of[pronoun.i]
        for s in range(k, max(-1, k - LOOKBACK_SENTENCES), -1):
            end = pronoun.i if s == k else (ix.sent_first[s + 1] if s + 1 < len(ix.sent_first) else len(doc))
            for i in range(end - 1, ix.sent_first[s] - 1, -1):
                tok = doc[i]
                if tok.dep_ not in SUBJECT_DEPS or quoted[i] != -1 or not _main_clause(tok):
                    continue
                # the role word ends the subject's phrase ("A Department for Constitutional Affairs
                # spokeswoman", which the parse may head with "Department")
                last = tok.right_edge if tok.right_edge.i < i + 8 else tok
                for word in (last, tok):  # or the subject is the role word ("A spokesman for the OUP")
                    role = role_words().get(word.lower_) or role_words().get(word.lemma_.lower())
                    if (
                        word.pos_ == "NOUN"
                        and word.tag_ == "NN"
                        and role is not None
                        and role[:2] == ("person", gender)
                    ):
                        start, end_ = tok.left_edge.idx, last.idx + len(last)
                        return re.sub(r"\s+", " ", self._text[start:end_])
        return None

    def _earlier_known(self, pronoun: Token, gender: str) -> str | None:
        """A person further back than the look-back (up to EARLIER_SENTENCES), the nearest whom the
        article calls by the pronoun's gender: in a feature the actress is named once at the top and
        quoted as "she" paragraphs later, between quotes of her son."""
        k = self._ix.sent_of[pronoun.i] - LOOKBACK_SENTENCES
        for s in range(k, max(-1, k - EARLIER_SENTENCES), -1):
            for _, entity, label, _ in reversed(self._by_sent[s]):
                if label in PERSON_LIKE and entity not in self._lone and self._gender.get(entity) == gender:
                    return entity
        return None

    def _recent_subject(self, pronoun: Token, fits: Callable[[str, str], bool]) -> str | None:
        return self._recent(pronoun, fits, subjects_only=True)[0]

    def _recent_any(self, pronoun: Token, fits: Callable[[str, str], bool]) -> str | None:
        return self._recent(pronoun, fits, subjects_only=False)[0]

    def _recent(self, pronoun: Token, fits: Callable[[str, str], bool], subjects_only: bool) -> tuple[str | None, int]:
        """The nearest fitting mention before the pronoun and its offset (None, -1 when none),
        sentence by sentence back; at most LOOKBACK_MENTIONS looked at, so a text without sentence
        breaks stays linear."""
        k = self._ix.sent_of[pronoun.i]
        seen = 0
        for s in range(k, max(-1, k - LOOKBACK_SENTENCES), -1):
            people = self._by_sent[s]
            i = bisect.bisect_left(people, (pronoun.idx,)) if s == k else len(people)
            while i > 0 and seen < LOOKBACK_MENTIONS:
                i -= 1
                seen += 1
                _, entity, label, subject = people[i]
                if (subject or not subjects_only) and fits(entity, label):
                    return entity, people[i][0]
        return None, -1
