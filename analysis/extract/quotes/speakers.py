"""Who a speaker is: from the words a quote is attached to to a canonical name.

The quote rules (``analysis.quotes``) find the words a quote is attached to: the subject of its
reporting verb ("Khan", "he", "a spokesman for the ministry", "who"). This module names them:

* words inside an entity mention give that entity's canonical name ("Khan" -> "Shafqat Ali Khan");
* a title or role word with a name beside it gives the name ("spokesman Josh Earnest");
* "X's statement", "X's office" give X, the one who speaks through them; "X's campaign" and "the X
  administration" are bodies of their own ("X's campaign");
* a pronoun is resolved to the person meant: the most salient person before it, i.e. the subject
  of the nearest sentence that has one, with the gender the article uses for them (he/she
  counted next to their mentions, Mr./Mrs./Ms.) not contradicting the pronoun;
* anything else is reported in the speaker's own words ("officials", "a spokesman").

Everything is precomputed in one pass, and each look-up is a binary search plus a bounded walk
back, so the cost stays linear in the length of the article.

Its parts live in modules of their own: ``speaker_words`` (the word lists), ``speaker_phrases``
(``SpeakerName`` and tests on the parse), ``speaker_mentions`` (the mentions corrected before use),
``pronouns`` (pronouns' antecedents), ``relatives`` (what a relative pronoun stands for), ``titled_names`` (a
person named at the end of their own title) and ``described`` (descriptions), ``pronouns`` and ``described``
mixed into ``Speakers``.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from analysis.extract.quotes.described import _Descriptions
from analysis.extract.quotes.marks import QuoteScan, scan_quotes
from analysis.extract.quotes.names import (
    ORG_NAME_WORDS,
    drop_leading_verbs,
    first_names,
    join_initialisms,
    join_short_forms,
    join_variants,
    lone_names,
)
from analysis.extract.quotes.post_holders import _PostHolders
from analysis.extract.quotes.pronouns import _Antecedents
from analysis.extract.quotes.relatives import relative_antecedent
from analysis.extract.quotes.roles import (
    MEMBER_TITLES,
    clear_majority,
    describe,
    gender_from_roles,
    glued,
    groups_by_role,
    introduced_as,
    people_by_role,
    role_words,
    works_by_role,
)
from analysis.extract.quotes.speaker_mentions import (
    _people_by_pronoun,
    _people_named_alike,
    _plural_roles_as_groups,
    _surnames_to_subjects,
    _titles_as_people,
)
from analysis.extract.quotes.speaker_phrases import (
    SpeakerName,
    _a_person,
    _bare_definite,
    _describes_one,
    _main_clause,
    _names_person,
    _one_of_a_nation,
    _the_role,
    _untagged_name,
    noun_phrase,
)
from analysis.extract.quotes.speaker_words import (
    _FEMALE_HONORIFICS,
    _HONORIFIC,
    ANONYMOUS_VOICES,
    DOCUMENT_NOUNS,
    FEMALE,
    GROUP_LIKE,
    LOOKBACK_SENTENCES,
    MALE,
    PARTY_MEMBERS,
    PERSON_LIKE,
    PERSON_VOICES,
    PERSONAL_DOCUMENTS,
    RESOLVED_PRONOUNS,
    SELF_SPEAKING_BODIES,
    SUBJECT_DEPS,
    SUBJECT_FORM,
    VOICE_NOUNS,
)
from analysis.extract.quotes.titled_names import name_ending_formal_title, name_ending_title
from analysis.records import Mention

#: Verbs of writing a document: its writer is the document's voice ("Mook wrote ... the memo stated").
_WRITING_VERBS = frozenset({"write", "email", "e-mail", "pen", "send", "publish"})
__all__ = ["FEMALE", "MALE", "RESOLVED_PRONOUNS", "VOICE_NOUNS", "SpeakerName", "Speakers", "noun_phrase"]


#: Where someone's own words appear, after "on": "a statement on her website" is hers.
_OWN_MEDIA = frozenset("website site page blog account feed channel twitter facebook instagram".split())


def _body_in_apposition(head: Token) -> bool:
    """Whether a noun may stand for an organisation named in apposition to it: no word for one
    person ("spokesman") and not a named entity itself ("Leading plaintiff, the University of
    California" is the university; "Mr Smith, the BBC's ..." stays Mr Smith)."""
    role = role_words().get(head.lower_) or role_words().get(head.lemma_.lower())
    return head.pos_ == "NOUN" and head.tag_ == "NN" and (role is None or role[0] != "person")


_PERSONAL_TITLE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss)\.?\s+$")
_SURNAME = re.compile(r"[A-Z][\w'-]*(?: [A-Z][\w'-]*)?")
#: a surname after Mr, Mrs, Ms or Miss (the last of two capitalised words: "Mr Duncan Smith")
_TITLED_SURNAME = re.compile(r"\b(?:Mr|Mrs|Ms|Miss)\.?\s+(?:[A-Z][\w'-]*\s)?([A-Z][\w'-]*)\b")


def _titled_people(mentions: list[Mention], text: str) -> tuple[list[Mention], frozenset[str]]:
    """The mentions with a name written after Mr, Mrs, Ms or Miss made a person's whatever the
    tagger said ("Mr Katwala" tagged a place), and the surnames so written (not after Sir, Lord or
    Dr: "Lord Chancellor", "Dr Pepper"), wherever the article writes them, a name the tagger missed
    too ("Mr Cable told MPs", after "Vincent Cable" tagged an organisation)."""
    out = []
    for m in mentions:
        if (
            m.label != "PERSON"
            and _PERSONAL_TITLE.search(text[max(0, m.start - 6) : m.start])
            and _SURNAME.fullmatch(m.text)
        ):
            m = replace(m, label="PERSON")
        out.append(m)
    return out, frozenset(t.group(1) for t in _TITLED_SURNAME.finditer(text))


class Speakers(_Descriptions, _Antecedents, _PostHolders):
    """Names the speakers of one article: its entity mentions, its parse and its quote marks.

    Built once per article, whole, before anything asks it (``Speakers(doc, text, mentions)``):
    the quote rules and the pronoun references read the same resolver, in any order."""

    def __init__(self, doc: Doc, text: str, mentions: list[Mention], scan: QuoteScan | None = None) -> None:
        named = sorted((m for m in mentions if m.entity), key=lambda m: m.start)
        by_role = works_by_role(doc, groups_by_role(doc, people_by_role(doc, named, ORG_NAME_WORDS)))
        #: the quoted stretches and paragraphs, and which tokens lie inside quotes
        self.scan = scan or scan_quotes(doc, text)
        by_role, titled = _titled_people(by_role, text)
        alike = _people_named_alike(by_role, titled)
        #: the names made persons by their first name ("Carly Fiorina" tagged ORG)
        self._named_by_first = {
            a.entity
            for a, b in zip(by_role, alike, strict=True)
            if a.entity == b.entity and a.label != b.label == "PERSON"
        }
        alike, by_pronoun = _people_by_pronoun(doc, alike, self.scan.quote_of)
        self.mentions = join_initialisms(join_short_forms(join_variants(drop_leading_verbs(alike))))
        self.mentions = _surnames_to_subjects(doc, self.mentions, self.scan.quote_of)
        #: the names each role word introduced ("rock band Franz Ferdinand"), for "the band" later
        self._introduced = introduced_as(doc, self.mentions)
        self.mentions = _plural_roles_as_groups(_titles_as_people(self.mentions, self._introduced))
        self._starts = [m.start for m in self.mentions]
        self._doc, self._text = doc, text
        self._ix = self.scan.index
        # Per sentence: (char offset, entity, label, is subject) of the named mentions in it.
        self._by_sent: list[list[tuple[int, str, str, bool]]] = []
        self._index_subjects(self.scan.quote_of)
        #: per person, the words their gender rests on here, counted: {"Mr": 1, "he": 3}
        self.gender_words: dict[str, Counter[str]] = {}
        #: per person, the he/she counted for them above, by offset
        self.gender_offsets: dict[str, dict[int, str]] = {}
        self._gender = self._gender_evidence(text)
        # gendered role words beside a name ("actress X", "her son, Y") outweigh nearby pronouns
        roles = gender_from_roles(doc, self.mentions)
        self._gender.update(roles)
        for entity, g in by_pronoun.items():
            self._gender.setdefault(entity, g)
        #: the gender a person's first name gives (the names data set, abstaining on names it does
        #: not hold confidently), used to resolve pronouns only when the text gives no evidence
        self._name_gender = {
            m.entity: first_names()[m.entity.split()[0].lower()]
            for m in self.mentions
            if m.label == "PERSON" and m.entity and " " in m.entity and m.entity.split()[0].lower() in first_names()
        }
        # a full name taken for an organisation is a person by its first name: of that name's gender
        for entity in self._named_by_first - self._gender.keys():
            first = first_names().get(entity.split()[0].lower())
            if first:
                self._gender[entity] = first
        # a subject its own clause calls he or she ("Zvonareva has lost both her games") is a person
        self._lone = lone_names(self.mentions, text, {**roles, **by_pronoun})

    # -- mentions ---------------------------------------------------------------------------
    def __call__(self, start: int, end: int) -> str | None:
        """The canonical entity named at text[start:end], if any (the first overlapping one)."""
        m = self.mention_at(start, end)
        return m.entity if m else None

    def mention_at(self, start: int, end: int) -> Mention | None:
        i = bisect.bisect_left(self._starts, start)
        # A mention starting before ``start`` may still reach into the span.
        for j in (i - 1, i):
            if 0 <= j < len(self.mentions):
                m = self.mentions[j]
                if m.start < end and start < m.end:
                    return m
        # Spans longer than one mention: the first mention starting inside.
        if i < len(self.mentions) and self.mentions[i].start < end:
            return self.mentions[i]
        return None

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        i = bisect.bisect_left(self._starts, start)
        out = []
        while i < len(self.mentions) and self.mentions[i].start < end:
            out.append(self.mentions[i])
            i += 1
        return out

    # -- the parse ---------------------------------------------------------------------------
    def _index_subjects(self, quoted: Sequence[int]) -> None:
        """Index each sentence's named people and groups, and which are subjects. ``quoted`` marks
        the tokens inside quotes (not -1): names someone quotes are not what a "he said" outside
        the quote refers to."""
        doc, ix = self._doc, self._ix
        self._by_sent = [[] for _ in ix.sent_first]
        for m in self.mentions:
            if m.label not in PERSON_LIKE and m.label not in GROUP_LIKE:
                continue
            ti = ix.token_before(max(m.end - 1, m.start))
            if ti < 0 or quoted[ti] != -1:
                continue
            tok = doc[ti]
            # The subject, its name parts, or whose it is ("Trump's attempt ... he").
            subject = tok.dep_ in SUBJECT_DEPS or (
                tok.dep_ in {"appos", "compound", "poss"} and tok.head.dep_ in SUBJECT_DEPS
            )
            if tok.dep_ == "poss" and _a_person(tok.head):
                subject = False  # "President Castro's chief aide said": the aide is the subject, not Castro
            if m.label in {"GPE", "NORP"} and _describes_one(tok):
                continue  # "the US tycoon": a tycoon, not the US; no "it" later stands for the US
            # the subject of a clause inside another ("Ferguson believes Henry caught ...") is less
            # salient than the main clause's: a later "he" goes to Ferguson
            subject = subject and _main_clause(tok)
            if not subject and m.label in PERSON_LIKE and tok.dep_ == "pobj" and tok.head.lower_ == "of":
                # "Real Madrid director of sport Emilio Butragueno praised ...": the name ends a
                # subject headed by a person's role word, which the parse took for the subject
                holder = tok.head.head
                ends_it = holder.right_edge.i == ti
                subject = holder.dep_ in SUBJECT_DEPS and _a_person(holder) and ends_it and _main_clause(holder)
            if not subject and m.label in PERSON_LIKE and tok.dep_ == "conj" and tok.head.dep_ in SUBJECT_DEPS:
                # "Only Fools and Horses star David Jason criticised ...": the name after the role
                # word the parse joined to a title's word by "and" is the subject
                subject = _main_clause(tok.head) and any(
                    c.dep_ == "conj" and _a_person(c) and tok.i - 4 <= c.i < tok.i for c in tok.head.children
                )
            if not subject and m.label in PERSON_LIKE:
                # a name the parse split ("Nick Van den Brul described …" with "den" read as a verb):
                # a word of it that is the main clause's subject
                first = ix.token_at(m.start)
                inner = doc[first:ti] if first is not None and ti - first < 6 else ()
                subject = any(t.dep_ in SUBJECT_DEPS and t.head.dep_ == "ROOT" and _main_clause(t) for t in inner)
            self._by_sent[ix.sent_of[ti]].append((m.start, m.entity or m.text, m.label, subject))

    def _gender_evidence(self, text: str) -> dict[str, str]:
        """'m' or 'f' per person, from honorifics and from he/she used right after their name
        while they are the only person named nearby."""
        ix = self._ix
        votes: dict[str, Counter[str]] = {}
        for m in self.mentions:
            if m.label != "PERSON" or not m.entity:
                continue
            h = _HONORIFIC.search(text[max(0, m.start - 6) : m.start])
            if h:
                votes.setdefault(m.entity, Counter())["f" if h.group(1) in _FEMALE_HONORIFICS else "m"] += 3
                self.gender_words.setdefault(m.entity, Counter())[h.group(1)] += 1
        # Only he/she as a subject count: "his"/"her" often point at someone else in the sentence.
        # Pronouns inside quotes are the speaker's words about others ("He was courteous," said
        # Esther Rantzen of a colleague): no evidence for anyone named outside the quote.
        quoted = self.scan.quote_of
        pronouns = [i for i in ix.with_lower(["he", "she"]) if self._doc[i].dep_ in SUBJECT_DEPS and quoted[i] == -1]
        n_sents = len(self._by_sent)
        for k, people in enumerate(self._by_sent):
            names = {e for _, e, lab, _ in people if lab == "PERSON"}
            if len(names) != 1:
                continue
            (name,) = names
            if all(self._inside_persons_description(s) for s, e, _, _ in people if e == name):
                continue  # "the woman who is one of Clinton's best validators ... She": the woman's
            # Pronouns after the name in this sentence, and in the next one if it names nobody.
            first = min(s for s, e, lab, _ in people if e == name)
            lo = bisect.bisect_left(pronouns, ix.token_before(first))
            if lo > 0 and ix.sent_of[pronouns[lo - 1]] == k and not any(sub for _, e, _, sub in people if e == name):
                # "although she was reunited with Carpenter in 1996 ... At the time of her death she
                # was working": a he/she before a name that is no subject is whom the sentence is
                # about, and the pronouns after it go on with them ("While he's said he'll fight ...,
                # Sanders must decide" still counts: the name is the subject the pronoun looks ahead to)
                continue
            last_sent = k + 1 if k + 1 < n_sents and not _names_person(self._by_sent[k + 1]) else k
            end = ix.sent_start_char[last_sent + 1] if last_sent + 1 < n_sents else len(text)
            # a he/she before the name that is no subordinate clause's subject is whom the sentence is about:
            # the same pronoun after the name goes on with them ("she issued a plan ...: President Obama
            # later adopted a similar approach. She has called for ..."); one in a clause before the
            # name ("While he's said he'll fight ..., Sanders must decide") still looks ahead to it
            about: set[str] = set()
            j = lo - 1  # back over this sentence's pronouns before the name only
            while j >= 0 and ix.sent_of[pronouns[j]] == k:
                if _unsubordinated(self._doc[pronouns[j]]):
                    about.add(self._doc[pronouns[j]].lower_)
                j -= 1
            for ti in pronouns[lo:]:
                if ix.idx[ti] >= end:
                    break
                if self._person_between(name, ix.idx[ti]):
                    break
                if self._doc[ti].lower_ in about:
                    continue
                g = "m" if self._doc[ti].lower_ in MALE else "f"
                votes.setdefault(name, Counter())[g] += 1
                self.gender_words.setdefault(name, Counter())[self._doc[ti].lower_] += 1
                self.gender_offsets.setdefault(name, {})[ix.idx[ti]] = self._doc[ti].lower_
        return clear_majority(votes)

    def _inside_persons_description(self, start: int) -> bool:
        """Whether the name at ``start`` lies inside a description of someone else that is a subject:
        "the woman who is one of Clinton's best validators showed up", "The wife of Mr Smith said" (a
        he/she after it is more likely the described person's)."""
        tok = self._doc[self._ix.token_before(start + 1)]
        child = tok
        for anc in tok.ancestors:
            if child.dep_ == "appos" and anc.pos_ in {"NOUN", "PROPN"}:
                return False  # "The congressman's adviser, Susannah Randolph, ...": the description is hers
            if anc.pos_ == "NOUN" and anc.dep_ in SUBJECT_DEPS:
                return (role_words().get(anc.lower_) or ("",))[0] == "person"
            if anc.pos_ in {"VERB", "AUX"} and anc.dep_ != "relcl":
                return False
            child = anc
        return False

    def _person_between(self, name: str, at: int) -> bool:
        """Whether, between the last mention of ``name`` before ``at`` and ``at``, the text names
        someone else the tagger took for a firm or a place: a full name with a known first name
        ("Warren told Stumpf, after he admitted", "Stumpf" being "John Stumpf", tagged a firm). A
        he/she from there on is more likely that person's."""
        i = bisect.bisect_left(self._starts, at) - 1
        while i >= 0 and self.mentions[i].entity != name:
            m = self.mentions[i]
            words = (m.entity or "").split()
            if m.label != "PERSON" and len(words) >= 2 and words[0].lower() in first_names():
                return True
            i -= 1
        return False

    # -- naming -----------------------------------------------------------------------------
    def name(
        self, subject: Token, prefer: str | None = None, prefer_at: int | None = None, reported: bool = False
    ) -> SpeakerName:
        """The speaker named by the subject token of a reporting verb. ``prefer`` is the
        previous quote's speaker, which a pronoun most likely continues; ``prefer_at`` the offset
        of the words naming that speaker, when known, and ``reported`` whether that speaker or this
        one is of reported speech (see ``antecedent``)."""
        doc = subject.doc
        low = subject.lower_
        if subject.pos_ == "PRON" or low in RESOLVED_PRONOUNS:
            start, end = subject.idx, subject.idx + len(subject)
            if low in {"who", "whom", "that", "which"} and subject.head.dep_ == "relcl":
                # "Trump, who said ...": the relative pronoun stands for the noun it follows.
                named = self.name(relative_antecedent(subject), prefer)
                return SpeakerName(named.name, start, end)
            if SUBJECT_FORM.get(low, low) in RESOLVED_PRONOUNS:  # "his admission that …": his
                who = self.antecedent(subject, prefer, prefer_at, reported)
                if who:
                    return SpeakerName(who, start, end)
            return SpeakerName(self._text[start:end], start, end)
        head = subject
        if head.text == "-" and len(word := glued(head)) > 1:
            head = word[-1]  # "The Tory co-chairman attacked", parsed with "-" as the subject
        m = self._member_named(self.mention_at(head.idx, head.idx + len(head)))
        if m is None and head.pos_ == "PROPN" and not self.mentions_in(head.idx, head.idx + len(head)):
            # "Director of Public Prosecutions, Ken Macdonald QC, said": the title the parse made the
            # subject is the person's in apposition after it
            m = self._member_named(
                next(
                    (
                        a
                        for c in head.rights
                        if c.dep_ == "appos" and (a := self.mention_at(c.idx, c.idx + len(c))) and a.label == "PERSON"
                    ),
                    None,
                )
            )
        if m is None and head.pos_ == "PROPN" and not self.mentions_in(head.idx, head.idx + len(head)):
            # "Chief Secretary to the Treasury David Gauke said": the holder named at the end of the title
            m = name_ending_formal_title(head, self.mention_at)
        if m is None and head.pos_ == "PROPN" and not self.mentions_in(head.idx, head.idx + len(head)):
            titled = self._titled_one(head)
            if titled is not None:
                return SpeakerName(titled, head.idx, head.idx + len(head))
            if head.lower_ not in MEMBER_TITLES or describe(head) is None:
                # a name the tagger missed ("said Spurs sporting director Frank Arnesen"): its own words,
                # not a name beside it ("The MP" is a description of the member named before; other
                # capitalised ones, "The Scottish Executive", "the Lord Chancellor", stay as written)
                return _untagged_name(doc, head)
        if m is None:
            # "spokesman Josh Earnest", "a spokesman, Josh Earnest", "Vice President for news
            # Dave Gorab": a name standing beside the role word, not inside a phrase like "for X".
            # the apposition first: "Spurs sporting director Frank Arnesen" is Arnesen, not the club
            beside = sorted(
                (c for c in head.children if c.dep_ in {"appos", "compound", "npadvmod", "nmod"}),
                key=lambda c: c.dep_ != "appos",
            )
            for child in beside:
                if child.i < head.i and head.lemma_.lower() in SELF_SPEAKING_BODIES:
                    if (body := self._owned_body(head, child)) is not None:
                        return body  # "the Clinton campaign said": the campaign, not Clinton
                    continue
                if child.i < head.i and describe(head) is not None:
                    continue  # "the Spurs sporting director": the club's director, not a person "Spurs"
                m = self.mention_at(child.idx, child.idx + len(child))
                if m and m.label == "PERSON":
                    break
                if m and m.label == "ORG" and child.dep_ == "appos" and _body_in_apposition(head):
                    break  # "Leading plaintiff, the University of California, announced": the university
                m = None
                if child.dep_ == "appos" and child.pos_ == "PROPN" and not self.mentions_in(child.idx, child.idx + 1):
                    return _untagged_name(doc, child)
            if m is None:
                m = (
                    self._named_right_after(head)
                    or name_ending_title(head, self.mention_at)
                    or self._named_closing(head)
                    or self._named_after_body(head)
                )
        if m is None and head.lemma_.lower() in SELF_SPEAKING_BODIES:
            for child in head.children:
                if child.dep_ == "poss" and (body := self._owned_body(head, child)) is not None:
                    return body  # "Clinton's campaign said"
        if m is None and head.lemma_.lower() in VOICE_NOUNS - PERSON_VOICES - SELF_SPEAKING_BODIES:
            through = self._voice_of(head, prefer)
            if through is not None:
                return through
            # "Ryan's office said": Ryan speaks through it.
            for child in head.children:
                # "Ryan's office", "a BBC statement", "an FA statement"
                if child.dep_ == "poss" or child.dep_ == "compound" and head.lemma_.lower() == "statement":
                    inner = self.mention_at(child.idx, child.idx + len(child))
                    if inner and inner.label in PERSON_LIKE | GROUP_LIKE:
                        m = inner
                        break
        if m is None and head.lemma_.lower() in DOCUMENT_NOUNS | PERSONAL_DOCUMENTS and _bare_definite(head):
            # "“…,” the statement continued": whoever the article said issued the statement
            issuer = self._earlier_issuer(head, prefer)
            if issuer is not None:
                return issuer
        if m is not None and m.label == "NORP" and _one_of_a_nation(head) and head.lower_ not in PARTY_MEMBERS:
            # "Hewitt shook his hand ... the Australian said": a person the article named before
            who = self._nationality_person(head, prefer)
            if who is not None:
                return SpeakerName(who, m.start, m.end)
        if m is not None and head.dep_ in SUBJECT_DEPS:
            m = self._named_after_title_star(head) or m
        if m is not None and m.label != "NORP" and m.entity == head.text and _the_role(head):
            # "the Scot admitted", "the Frenchman said", tagged a person or a firm: a description
            # of someone named before (a nation's word keeps the nationality path below)
            m = None
        if m is not None and m.label in GROUP_LIKE:
            # "said Treasury Under Secretary John Taylor", parsed with "Treasury" as the subject
            m = self._titled_person_after(m) or m
        if m is not None and m.entity:
            return SpeakerName(m.entity, m.start, m.end)
        left, right = noun_phrase(doc, head)
        described = self.described(head, prefer) or self._named_next(head)
        return SpeakerName(described or re.sub(r"\s+", " ", self._text[left:right]), left, right)

    def _named_after_title_star(self, head: Token) -> Mention | None:
        """ "Only Fools and Horses star David Jason criticised ...", parsed as three subjects joined
        by "and" (a show's title, "star", the name): the person named right after the role word
        that ends the phrase, not a word of the title."""
        conj = [c for c in head.children if c.dep_ == "conj"]
        for role in conj:
            if not _a_person(role):
                continue
            for c in conj:
                if role.i < c.i <= role.i + 4:
                    m = self.mention_at(c.idx, c.idx + len(c))
                    if m is not None and m.label == "PERSON" and m.start > role.idx:
                        return m
        return None

    def _named_next(self, head: Token) -> str | None:
        """The person a paragraph-ending indefinite description introduces, named as the subject
        of the next paragraph's first sentence and nowhere before: "A PR expert has told the trial
        the film was an "absolute disaster". || Ann Kite told the court ..."; "... including a
        career Army officer who described the call as "improper." || Lt. Col. Alexander Vindman
        told lawmakers ...". Anonymous voices ("a spokesman", "an official") stay unnamed."""
        role = role_words().get(head.lower_)
        det = [c.lower_ for c in head.children if c.dep_ == "det"]
        if role is None or role[0] != "person" or head.tag_ != "NN" or det not in (["a"], ["an"]):
            return None
        if head.lower_ in PERSON_VOICES | ANONYMOUS_VOICES:
            return None
        ix = self._ix
        k = ix.sent_of[head.i]
        if k + 1 >= len(ix.sent_first):
            return None
        i = ix.sent_first[k + 1] - 1
        while i > head.i and self._doc[i].is_space:
            i -= 1
        last = self._doc[i]
        if "\n" not in self._text[last.idx + len(last) : ix.sent_start_char[k + 1] + 1]:
            return None  # the next sentence goes on in the same paragraph
        for _, entity, label, subject in self._by_sent[k + 1]:
            if subject and label == "PERSON":
                earlier = any(m.entity == entity and m.start < head.idx for m in self.mentions)
                return None if earlier else entity
        return None

    def _earlier_issuer(self, head: Token, prefer: str | None) -> SpeakerName | None:
        """The issuer of the statement "the statement" goes back to: the nearest earlier mention of
        the same noun outside quotes (within the look-back) whose owner or whose verb's subject is
        named ("In a statement the RSPCA said", "Acme issued a statement"); else the previous
        quote's speaker when it is an organisation (the statement quoted just before goes on), or a person's
        own document's writer ("… emailed supporters … The email goes on to say")."""
        doc, ix, quoted = self._doc, self._ix, self.scan.quote_of
        lemma = head.lemma_.lower()
        first = ix.sent_first[max(0, ix.sent_of[head.i] - LOOKBACK_SENTENCES)]
        for i in range(head.i - 1, first - 1, -1):
            tok = doc[i]
            if tok.lemma_.lower() != lemma or quoted[i] != -1 or tok.pos_ != "NOUN" or _bare_definite(tok):
                continue  # (an earlier "the statement read" goes back further itself)
            owner = self._voice_of(tok, prefer)
            if owner is None:
                subj = next((c for c in tok.children if c.dep_ == "poss"), None)
                verb = tok
                for _ in range(3):  # "in a statement" hangs on the verb, or on its object
                    if verb.pos_ in {"VERB", "AUX"} or verb.head.i == verb.i:
                        break
                    verb = verb.head
                subj = subj or next(
                    (c for c in verb.children if c.dep_ in SUBJECT_DEPS and quoted[c.i] == -1 and c.i != tok.i), None
                )
                named = subj is not None and (
                    subj.pos_ == "PROPN"
                    or self.mention_at(subj.idx, subj.idx + len(subj))
                    or subj.lemma_.lower() in SELF_SPEAKING_BODIES  # "The Cruz campaign sent an email"
                )
                if subj is not None and named:
                    owner = self.name(subj, prefer)
            if owner is not None:
                # someone else named as a subject since ("Acme denied the claims. “…,” the
                # statement continued") is whose statement it most likely is: left to the rules below
                return None if self._other_subject_between(tok.i, head.i, owner.name) else owner
            if tok.dep_ not in SUBJECT_DEPS:
                break  # its issuer unnamed ("… denied the allegations in a statement")
            # "The statement, obtained by Variety, claimed ...": that one goes back further too
        since = ix.sent_first[max(0, ix.sent_of[head.i] - 1)]
        whose = prefer and (self._is_org(prefer) or lemma in PERSONAL_DOCUMENTS and self._wrote(prefer, since, head.i))
        if prefer and whose and not self._other_subject_between(since - 1, head.i, prefer):
            return SpeakerName(prefer, head.idx, head.idx + len(head))
        return None

    def _member_named(self, m: Mention | None) -> Mention | None:
        """For a member's letters the tagger made a mention of their own ("Tom McCabe MSP"), the member
        named right before them; else ``m``."""
        if m is None or m.text.lower() not in MEMBER_TITLES:
            return m
        before = self.mentions_in(max(0, m.start - 60), m.start)
        if before and before[-1].label == "PERSON" and not self._text[before[-1].end : m.start].strip():
            return before[-1]
        return m

    def _wrote(self, name: str, start: int, end: int) -> bool:
        """Whether ``name`` is the subject of a verb of writing between tokens ``start`` and ``end``
        ("Robby Mook wrote", "Huma Abedin ... emailed supporters"): the document after it is theirs, where
        one the last speaker did not write may be anyone's ("The book accuses Bob")."""
        for tok in self._doc[start:end]:
            if tok.lemma_.lower() not in _WRITING_VERBS or tok.pos_ != "VERB":
                continue
            for c in tok.children:
                m = self.mention_at(c.idx, c.idx + len(c)) if c.dep_ in SUBJECT_DEPS else None
                if m is not None and m.entity == name:
                    return True
        return False

    def _other_subject_between(self, start: int, end: int, name: str) -> bool:
        """Whether a main-clause subject outside quotes between tokens ``start`` and ``end`` names
        someone other than ``name`` (not a subject of reported words: "claimed that Acme had …")."""
        doc, quoted = self._doc, self.scan.quote_of
        for tok in doc[start + 1 : end]:
            if tok.dep_ in SUBJECT_DEPS and quoted[tok.i] == -1 and _main_clause(tok):
                m = self.mention_at(tok.idx, tok.idx + len(tok))
                if m is not None and m.entity and m.entity != name:
                    return True
        return False

    def _owned_body(self, head: Token, owner: Token) -> SpeakerName | None:
        """A campaign or an administration named by the person or body whose it is ("the Clinton
        campaign", "Hillary Clinton's campaign", "the Obama administration"): one name for it whichever
        way the article writes it, the owner's full name and the body's noun ("Hillary Clinton's
        campaign"), spanning the words written; None when the owner is no name the tagger found."""
        m = self.mention_at(owner.idx, owner.idx + len(owner))
        if m is None or m.label not in PERSON_LIKE | GROUP_LIKE or not m.entity:
            return None
        left, right = noun_phrase(head.doc, head)
        # a person's "Hillary Clinton's campaign"; a body's or a place's "Labour campaign", "US administration"
        owned = f"{m.entity}'s" if m.label in PERSON_LIKE else m.entity
        return SpeakerName(f"{owned} {head.lemma_.lower()}", left, right)

    def _voice_of(self, head: Token, prefer: str | None) -> SpeakerName | None:
        """Whose statement it is when the owner stands in a phrase after it: "a statement on her
        website" -> her, "a statement from Acme" -> Acme."""
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in {"on", "from", "by"}:
                continue
            for pobj in prep.children:
                if pobj.dep_ != "pobj" or _a_person(pobj):
                    continue  # "a letter from his doctor" is the doctor's, not his
                if prep.lower_ == "on" and pobj.lemma_.lower() not in _OWN_MEDIA:
                    continue  # "the report on her email practices" is about her, not hers
                owner = next((c for c in pobj.children if c.dep_ == "poss"), None)
                if owner is not None and SUBJECT_FORM.get(owner.lower_, owner.lower_) in RESOLVED_PRONOUNS:
                    who = self.antecedent(owner, prefer)
                    if who:
                        return SpeakerName(who, owner.idx, owner.idx + len(owner))
                    continue
                m = self.mention_at((owner or pobj).idx, (owner or pobj).idx + len(owner or pobj))
                if m is not None and m.label in PERSON_LIKE | GROUP_LIKE and m.entity:
                    return SpeakerName(m.entity, m.start, m.end)
        return None

    def _titled_person_after(self, org: Mention) -> Mention | None:
        """A person whose title the organisation's name opens: "Treasury Under Secretary John
        Taylor" (the words between all capitalised or role words, no punctuation), or None."""
        ix, doc = self._ix, self._doc
        i = ix.token_before(org.end - 1) + 1
        for k in range(i, min(i + 4, len(doc))):
            tok = doc[k]
            m = self.mention_at(tok.idx, tok.idx + len(tok))
            if m is not None and m.label == "PERSON" and m.entity and k > i:
                return m
            titled = tok.is_title and tok.pos_ in {"PROPN", "NOUN", "ADJ", "ADP"}
            if m is not None or not (titled or tok.lower_ in role_words()):
                return None
        return None

    def _named_right_after(self, head: Token) -> Mention | None:
        """The name a role word stands right before when the parse did not join them ("Chart-topping
        pop band Busted have confirmed", with "Busted" read as a verb): a capitalised mention of
        the kind the role word says (a person for "singer", a group for "band") starting at the
        next word."""
        role = role_words().get(head.lower_)
        if role is None or head.tag_ != "NN" or head.i + 1 >= len(head.doc):
            return None
        nxt = head.doc[head.i + 1]
        m = self.mention_at(nxt.idx, nxt.idx + len(nxt))
        if m is None or m.start != nxt.idx or not nxt.is_title or not m.entity:
            return None
        wanted = PERSON_LIKE if role[0] == "person" else GROUP_LIKE | PERSON_LIKE
        return m if m.label in wanted else None

    def _titled_one(self, head: Token) -> str | None:
        """ "The Judge wrote" with no entity found: the one person the article introduced with that
        title ("Judge James Kleinberg"), else None."""
        word = head.lower_
        role = role_words().get(word)
        if role is None or role[0] != "person" or not any(c.lower_ == "the" for c in head.children):
            return None
        named = {e for start, e in self._introduced.get(word, []) if start < head.idx}
        return named.pop() if len(named) == 1 else None


def _unsubordinated(tok: Token) -> bool:
    """Whether a subject's clause and every clause above it is no subordinate one: none is an adverbial
    clause or opens on a subordinator ("While he's said he'll fight ...": both "he"s are subordinate;
    "she issued a plan ...: President Obama later adopted" is not, whatever the parse hangs it on)."""
    verb = tok.head
    while True:
        if verb.dep_ == "advcl" or any(c.dep_ == "mark" for c in verb.children):
            return False
        if verb.head.i == verb.i:
            return True
        verb = verb.head
