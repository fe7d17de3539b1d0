"""Who a speaker is: from the words a quote is attached to to a canonical name.

The quote rules (``analysis.quotes``) find the words a quote is attached to: the subject of its
reporting verb ("Khan", "he", "a spokesman for the ministry", "who"). This module names them:

* words inside an entity mention give that entity's canonical name ("Khan" -> "Shafqat Ali Khan");
* a title or role word with a name beside it gives the name ("spokesman Josh Earnest");
* "X's campaign", "X's statement" give X, the one who speaks through them;
* a pronoun is resolved to the person meant: the most salient person before it, i.e. the subject
  of the nearest sentence that has one, with the gender the article uses for them (he/she
  counted next to their mentions, Mr./Mrs./Ms.) not contradicting the pronoun;
* anything else is reported in the speaker's own words ("officials", "a spokesman").

Everything is precomputed in one pass, and each look-up is a binary search plus a bounded walk
back, so the cost stays linear in the length of the article.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from analysis.doc.nlp import view_of
from analysis.extract.quotes.marks import QuoteScan, scan_quotes
from analysis.extract.quotes.names import (
    FULL_NAME_ENDS,
    ORG_NAME_WORDS,
    _country_names,
    drop_leading_verbs,
    first_names,
    is_regional_arm,
    join_initialisms,
    join_short_forms,
    join_variants,
    lone_names,
)
from analysis.extract.quotes.roles import (
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
from analysis.records import REFERENCE_LABELS, Mention

MALE = frozenset({"he", "him", "his", "himself"})
FEMALE = frozenset({"she", "her", "hers", "herself"})
#: Pronouns that can stand for a speaker and are resolved to a name.
RESOLVED_PRONOUNS = frozenset({"he", "she", "they", "it", "who", "whom", "that", "which"})
#: Other forms of the personal pronouns, by their subject form.
SUBJECT_FORM = {
    **dict.fromkeys(("him", "his", "himself"), "he"),
    **dict.fromkeys(("her", "hers", "herself"), "she"),
    **dict.fromkeys(("them", "their", "theirs", "themselves"), "they"),
}
#: Voice nouns that are people of their own: "Taylor Swift's rep" is not Taylor Swift.
PERSON_VOICES = frozenset("spokesman spokeswoman spokesperson aide aides lawyer attorney rep".split())
#: Members of a party, not of a nation: "the Republican said" stays a politician's description,
#: which issue 11's sources read for the role group.
PARTY_MEMBERS = frozenset(
    "republican democrat conservative tory liberal socialist communist nationalist unionist".split()
)
#: Plural nouns without an s that a quote's speaker may be: "police said".
PLURAL_GROUPS = frozenset("police people staff personnel".split())
#: Descriptions news uses for sources it does not name: never joined to a name that follows.
ANONYMOUS_VOICES = frozenset("official source insider witness friend".split())
PERSON_LIKE = frozenset({"PERSON"})
GROUP_LIKE = frozenset({"ORG", "NORP", "GPE"})
_HONORIFIC = re.compile(r"\b(Mr|Mrs|Ms|Miss|Sir|Dame|Lady|Lord)\.?\s+$")
_FEMALE_HONORIFICS = {"Mrs", "Ms", "Miss", "Dame", "Lady"}
#: Sentences to look back for a pronoun's antecedent.
LOOKBACK_SENTENCES = 6
LOOKBACK_MENTIONS = 60
#: Sentences further back where a pronoun may find a person of known gender when nobody nearer fits.
EARLIER_SENTENCES = 30
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
#: Head nouns through which someone speaks: "Ryan's campaign said", "Clinton's statement read".
VOICE_NOUNS = frozenset(
    """campaign statement spokesman spokeswoman spokesperson office aide aides team lawyer
    attorney website tweet post account release letter memo report""".split()
)


#: Documents that speak for whoever issued them: "“…,” the statement continued".
DOCUMENT_NOUNS = frozenset("statement letter release memo".split())


@dataclass(frozen=True, slots=True)
class SpeakerName:
    """A speaker as reported: canonical name and the words it is attached to (offsets)."""

    name: str
    start: int
    end: int


class Speakers:
    """Names the speakers of one article: its entity mentions, its parse and its quote marks.

    Built once per article, whole, before anything asks it (``Speakers(doc, text, mentions)``):
    the quote rules and the pronoun references read the same resolver, in any order."""

    def __init__(self, doc: Doc, text: str, mentions: list[Mention], scan: QuoteScan | None = None) -> None:
        named = sorted((m for m in mentions if m.entity), key=lambda m: m.start)
        by_role = works_by_role(doc, groups_by_role(doc, people_by_role(doc, named, ORG_NAME_WORDS)))
        #: the quoted stretches and paragraphs, and which tokens lie inside quotes
        self.scan = scan or scan_quotes(doc, text)
        alike = _people_named_alike(by_role)
        #: the names made persons by their first name ("Carly Fiorina" tagged ORG)
        self._named_by_first = {
            a.entity
            for a, b in zip(by_role, alike, strict=True)
            if a.entity == b.entity and a.label != b.label == "PERSON"
        }
        alike, by_pronoun = _people_by_pronoun(doc, alike, self.scan.quote_of)
        self.mentions = join_initialisms(join_short_forms(join_variants(drop_leading_verbs(alike))))
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
            # Pronouns after the name in this sentence, and in the next one if it names nobody.
            first = min(s for s, e, lab, _ in people if e == name)
            last_sent = k + 1 if k + 1 < n_sents and not _names_person(self._by_sent[k + 1]) else k
            end = ix.sent_start_char[last_sent + 1] if last_sent + 1 < n_sents else len(text)
            lo = bisect.bisect_left(pronouns, ix.token_before(first))
            for ti in pronouns[lo:]:
                if ix.idx[ti] >= end:
                    break
                g = "m" if self._doc[ti].lower_ in MALE else "f"
                votes.setdefault(name, Counter())[g] += 1
                self.gender_words.setdefault(name, Counter())[self._doc[ti].lower_] += 1
                self.gender_offsets.setdefault(name, {})[ix.idx[ti]] = self._doc[ti].lower_
        return clear_majority(votes)

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
                named = self.name(subject.head.head, prefer)
                return SpeakerName(named.name, start, end)
            if SUBJECT_FORM.get(low, low) in RESOLVED_PRONOUNS:  # "his admission that …": his
                who = self.antecedent(subject, prefer, prefer_at, reported)
                if who:
                    return SpeakerName(who, start, end)
            return SpeakerName(self._text[start:end], start, end)
        head = subject
        if head.text == "-" and len(word := glued(head)) > 1:
            head = word[-1]  # "The Tory co-chairman attacked", parsed with "-" as the subject
        m = self.mention_at(head.idx, head.idx + len(head))
        if m is None and head.pos_ == "PROPN" and not self.mentions_in(head.idx, head.idx + len(head)):
            titled = self._titled_one(head)
            if titled is not None:
                return SpeakerName(titled, head.idx, head.idx + len(head))
            # a name the tagger missed ("said Spurs sporting director Frank Arnesen"): its own words,
            # not a name beside it
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
                if child.i < head.i and describe(head) is not None:
                    continue  # "the Spurs sporting director": the club's director, not a person "Spurs"
                m = self.mention_at(child.idx, child.idx + len(child))
                if m and m.label == "PERSON":
                    break
                m = None
                if child.dep_ == "appos" and child.pos_ == "PROPN" and not self.mentions_in(child.idx, child.idx + 1):
                    return _untagged_name(doc, child)
            if m is None:
                m = self._named_right_after(head)
        if m is None and head.lemma_.lower() in VOICE_NOUNS - PERSON_VOICES:
            through = self._voice_of(head, prefer)
            if through is not None:
                return through
            # "Ryan's campaign said": Ryan speaks through it.
            for child in head.children:
                # "Ryan's campaign", "a BBC statement", "an FA statement"
                if child.dep_ == "poss" or child.dep_ == "compound" and head.lemma_.lower() == "statement":
                    inner = self.mention_at(child.idx, child.idx + len(child))
                    if inner and inner.label in PERSON_LIKE | GROUP_LIKE:
                        m = inner
                        break
        if m is None and head.lemma_.lower() in DOCUMENT_NOUNS and _bare_definite(head):
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
        quote's speaker when it is an organisation (the statement quoted just before goes on)."""
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
                named = subj is not None and (subj.pos_ == "PROPN" or self.mention_at(subj.idx, subj.idx + len(subj)))
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
        if prefer and self._is_org(prefer) and not self._other_subject_between(since - 1, head.i, prefer):
            return SpeakerName(prefer, head.idx, head.idx + len(head))
        return None

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

    def _voice_of(self, head: Token, prefer: str | None) -> SpeakerName | None:
        """Whose statement it is when the owner stands in a phrase after it: "a statement on her
        website" -> her, "a statement from Acme" -> Acme."""
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in {"on", "from", "by"}:
                continue
            for pobj in prep.children:
                if pobj.dep_ != "pobj" or _a_person(pobj):
                    continue  # "a letter from his doctor" is the doctor's, not his
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
        labels = {m.label for m in self.mentions if m.entity == entity}
        return (
            labels == {"ORG"}
            or not labels
            and entity[:1].isupper()
            and entity.split()[0].lower() not in first_names()
            or self._said_it(entity)
        )

    def _said_it(self, entity: str) -> bool:
        """Whether the article reports a name, whatever the tagger took it for, as "it" in its own
        words ("Diageo said it expects ...", Diageo tagged a person): a body, never one with a
        confident first name."""
        if entity.split()[0].lower() in first_names():
            return False
        named = (m for m in self.mentions if m.entity == entity and m.label not in REFERENCE_LABELS)
        return any(_SAID_IT.match(self._text, m.end) is not None for m in named)

    def _speaks_as(self, entity: str, gender: str | None) -> bool:
        """Whether a named speaker can be a person of this gender: not a name with an organisation
        word, and not known as the other gender."""
        if any(w in ORG_NAME_WORDS for w in entity.split()):
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
            return gender is None or self._gender.get(entity, gender) == gender

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
        return found

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


def _people_named_alike(mentions: list[Mention]) -> list[Mention]:
    """Copies of the mentions in which a surname tagged as something else ("Trump" as ORG) names
    the person of that surname in the article ("Donald Trump"), when only one person has it; and
    in which a full name tagged as an organisation ("Carly Fiorina" as ORG), a known first name and
    a surname the article also uses for a person ("Ms Fiorina"), is that person."""
    surnames = {m.entity.rsplit(" ", 1)[-1] for m in mentions if m.label == "PERSON" and m.entity}
    mentions = [
        replace(m, label="PERSON") if m.label in GROUP_LIKE and _full_name_of(m.entity, surnames) else m
        for m in mentions
    ]
    # ... and the surname alone ("Bortolami", after "Italy skipper Marco Bortolami" tagged ORG) is
    # that person, when one such full name has it
    full: dict[str, set[str]] = {}
    for m in mentions:
        if m.label == "PERSON" and m.entity and m.entity.split()[-1] in surnames and _full_name_of(m.entity, surnames):
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


def _the_role(tok: Token) -> bool:
    """ "the Scot", "the Frenchman": a person's role word with "the", whatever the tagger made of it."""
    role = role_words().get(tok.lower_)
    return role is not None and role[0] == "person" and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)


#: A reporting verb and "it" right after a name: " said it ", " says that it ".
_SAID_IT = re.compile(r"\s+(?:said|says|added|announced|confirmed)\s+(?:that\s+)?it\b")


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


def noun_phrase(doc: Doc, head: Token) -> tuple[int, int]:
    """Character span of a noun phrase without its trailing clauses and appositions:
    "a spokesman for the ministry", not "..., who ...". Stays within 12 tokens of the head."""
    left = head.i
    for t in head.lefts:
        if t.dep_ in {"punct", "cc"}:
            continue
        left = min(left, t.left_edge.i)
    right = head.i
    for t in head.rights:
        if t.dep_ in {"relcl", "acl", "appos", "punct", "cc", "conj", "advcl"}:
            break
        right = t.right_edge.i
    left = max(left, head.i - 12)
    right = min(right, head.i + 12)
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
