"""``_Context``: what every speaker's look-up reads, built once per article (named mentions,
resolved pronouns, each speaker's quotes, the speaker-kind lexicon, one-person descriptions)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from spacy.tokens import Doc

from analysis.extract.quotes.speakers import Speakers, noun_phrase
from analysis.extract.sources.groups import role_group, story_groups
from analysis.extract.sources.lexicons import _gendered, _known_names, _lexicon, _organisation_heads
from analysis.extract.sources.words import _SUBJECT_DEPS, _TITLE_DEPS, _label, _pronoun_form, _singular, _words
from analysis.records import Mention, Quote

Role = tuple[str, int, int, bool]  # words, start, end, written as a title before the name


#: Heads of descriptions that are usually someone else speaking for the person named before
#: ("Blair met the press. The spokesman said ...").
_OTHERS_HEADS = frozenset(
    {"spokesman", "spokeswoman", "spokesperson", "aide", "source", "official", "adviser", "lawyer"}
)


class _Context:
    """What every speaker's look-up reads, built once per article."""

    def __init__(
        self,
        doc: Doc,
        text: str,
        mentions: Sequence[Mention],
        quotes: Sequence[Quote],
        speakers: Speakers,
        title_span: tuple[int, int] | None,
    ) -> None:
        self.doc, self.text, self.speakers = doc, text, speakers
        self.ix = speakers.scan.index
        self.title_span = title_span
        body_from = title_span[1] if title_span else 0
        paras = [(a, b) for a, b in speakers.scan.paragraphs if a >= body_from and text[a:b].strip()]
        self.body = paras
        self.body_starts = [a for a, _ in paras]
        # Named mentions by entity (speakers' copies: surnames tagged as something else fixed).
        self.named: dict[str, list[Mention]] = {}
        for m in speakers.mentions:
            if m.entity:
                self.named.setdefault(m.entity, []).append(m)
        self.surnames = {e.rsplit(" ", 1)[-1]: e for e, ms in self.named.items() if _label(ms) == "PERSON"}
        # he/she/him/her... that stand for each person: pronoun references resolved to them, and
        # the pronouns their quotes are attached to ("“...,” he said"); by offset, so none counts twice.
        self.pronouns: dict[str, dict[int, str]] = {}
        self.pronoun_at: dict[int, str] = {}  # each resolved pronoun's person, by offset ("his book")
        for m in mentions:
            if m.label == "PRON" and m.entity:
                self.pronoun_at[m.start] = m.entity
                form = _pronoun_form(m.text)
                if form:
                    self.pronouns.setdefault(m.entity, {})[m.start] = form
        # Each speaker's own words in quotation marks: a he/she in them is someone else ("A lot of
        # her attempts ...," he said). Not reported speech: in "X said he had", "he" is X.
        self.own_quotes: dict[str, list[tuple[int, int]]] = {}
        for q in quotes:
            if q.speaker and q.kind == "direct":
                self.own_quotes.setdefault(q.speaker, []).append((q.start, q.end))
        # Each speaker's reported speech ("X said the footage did not show whether he had ..."): a
        # he/she inside it, past its opening subject, is mostly someone X talks about.
        self.reported: dict[str, list[tuple[int, int]]] = {}
        for q in quotes:
            if q.speaker and q.kind == "indirect":
                self.reported.setdefault(q.speaker, []).append((q.start, q.end))
        # Where the words each quote is credited to stand ("A company spokeswoman said"): a voice of its own.
        self.quotes = quotes
        self.speaker_spans = frozenset(
            (q.speaker_start, q.speaker_end)
            for q in quotes
            if q.speaker and q.speaker_start is not None and q.speaker_end is not None
        )
        self.quote_pronouns: set[int] = set()  # offsets of the he/she quotes hang on
        self.cue_speakers: dict[int, set[str]] = {}  # who the quotes on each such he/she are credited to
        for q in quotes:
            if q.speaker and q.speaker_start is not None and q.speaker_end is not None:
                form = _pronoun_form(text[q.speaker_start : q.speaker_end])
                if form:
                    self.pronouns.setdefault(q.speaker, {})[q.speaker_start] = form
                    self.quote_pronouns.add(q.speaker_start)
                    self.cue_speakers.setdefault(q.speaker_start, set()).add(q.speaker)
        lex = _lexicon("speaker_kinds.json")
        self.kind_pronouns = frozenset(lex["pronouns"])
        self.anonymous_heads = frozenset(lex["anonymous_heads"])
        self.anonymous_phrases = tuple(lex["anonymous_phrases"])
        self.org_heads = _organisation_heads()  # (one frozenset for every article)
        self.group_heads = frozenset(lex["group_heads"])
        self.group_names = tuple(lex["group_names"])
        self.party_names = frozenset(lex["party_names"])
        self.unique_titles = frozenset(lex["unique_titles"])
        self.person_heads = frozenset(lex["person_heads"])
        self.kin_words = frozenset(lex["kin_words"])
        self.trade_people = frozenset(lex["trade_people"])
        self.utterance_heads = frozenset(lex["utterance_heads"])
        self.collective_heads = frozenset(lex["collective_heads"])
        self.state_heads = frozenset(lex["state_heads"])
        self.not_surnames = frozenset(lex["not_surnames"])
        self.makers = frozenset(lex["makers"])
        self.party_plurals = frozenset(lex["party_plurals"])
        self.story = story_groups(text)
        # who each he/she offset is credited to, by the resolver or right after a name: one credited
        # to two people named in the article is no evidence for either ("Ivanka Trump ... he")
        self.pronoun_people: dict[int, set[str]] = {}
        for table in (self.pronouns, speakers.gender_offsets):
            for who, offsets in table.items():
                if _label(self.named.get(who, [])) == "PERSON":
                    for offset in offsets:
                        self.pronoun_people.setdefault(offset, set()).add(who)
        self._descriptions: dict[str, Role] | None = None

    def paragraph(self, pos: int) -> int | None:
        """Body paragraph (from 0) holding ``pos``; None in the headline or before it."""
        if self.title_span and pos < self.title_span[1]:
            return None
        k = bisect.bisect_right(self.body_starts, pos) - 1
        return max(k, 0) if self.body else None

    def in_title(self, pos: int) -> bool:
        return self.title_span is not None and self.title_span[0] <= pos < self.title_span[1]

    def in_direct_quote(self, pos: int) -> bool:
        """Whether ``pos`` lies inside anyone's words in quotation marks."""
        return any(a <= pos < b for spans in self.own_quotes.values() for a, b in spans)

    def sentence_text(self, start: int, end: int) -> str:
        ti = self.ix.token_before(start)
        if ti < 0:
            return self.text[start:end]
        k = self.ix.sent_of[ti]
        a = self.ix.sent_start_char[k]
        b = self.ix.sent_start_char[k + 1] if k + 1 < len(self.ix.sent_start_char) else len(self.text)
        return self.text[a:b]

    def descriptions(self) -> dict[str, Role]:
        """Per person, a definite description of one person that stands for them as a sentence's
        subject, when it has words for a role and names nobody: the resolver's referent ("... the
        prime minister is due to set out ...", after Tony Blair), or, when it finds none, the person
        named as a subject right after it ("the industry minister of India's Andhra Pradesh state
        said ... B. Satyanarayana said"). Kept only where the article is consistent: the description
        always stands for that one person, and the person has no other one. Built on first use."""
        if self._descriptions is not None:
            return self._descriptions
        doc, quoted = self.doc, self.speakers.scan.quote_of
        links: dict[str, set[str]] = {}
        found: dict[str, dict[str, Role]] = {}
        for tok in doc:
            if tok.pos_ != "NOUN" or tok.dep_ not in _SUBJECT_DEPS or quoted[tok.i] != -1:
                continue
            if tok.lower_ in _OTHERS_HEADS or tok.tag_ == "NNS" or not self.is_person_word(tok.lower_):
                continue
            if not any(
                (c.dep_ == "det" and (c.lower_ == "the" or c.lower_ in {"a", "an"} and self._opens_body(tok.i)))
                or (c.dep_ == "poss" and (c.pos_ == "PROPN" or doc[c.left_edge.i].lower_ == "the"))
                for c in tok.children
            ):
                # "the industry minister", "Connecticut's tax commissioner" (a person's: below), "The US
                # stock market watchdog's chairman" (a definite body's); in the sentence that opens the
                # body, also "An artist critical of ..." (a lead that names the person next)
                continue
            a, b = noun_phrase(doc, tok)
            if any(m.label == "PERSON" for m in self.speakers.mentions_in(a, b)):
                continue  # "the chief executive of Fiat" is fine, "Clinton's aide" is someone else
            if role_group(self.text[a:b]) == "unknown":
                continue
            # (not the headline's: "Parmalat founder offers apology || The founder and former boss of
            # Parmalat has apologised ... || Calisto Tanzi said" still introduces him there)
            earlier = any(t.lemma_ == tok.lemma_ and not self.in_title(t.idx) for t in doc[: tok.i])
            # a description used before ("the woman's quotes ... The woman disputes") is no introduction
            who = self._named_next(b) if not earlier and self.speakers.described(tok) is None else None
            if who is None:
                continue
            known = _known_names()[1].get(who)
            if known and role_group(self.text[a:b]) not in {known, "unknown"}:
                continue  # "The strategist helped ... Mr Blair said": not what he is known as, someone else
            key = " ".join(_words(self.text[a:b])[1:])
            links.setdefault(key, set()).add(who)
            found.setdefault(who, {}).setdefault(key, (re.sub(r"\s+", " ", self.text[a:b]), a, b, False))
        self._descriptions = {
            who: next(iter(roles.values()))
            for who, roles in found.items()
            if len(roles) == 1 and links[next(iter(roles))] == {who}
        }
        return self._descriptions

    def _opens_body(self, i: int) -> bool:
        """Whether token ``i`` is in the first sentence after the headline (the lead's first)."""
        k = self.ix.sent_of[i]
        starts = self.ix.sent_start_char
        return not self.in_title(starts[k]) and all(self.in_title(starts[j]) for j in range(k))

    def _named_next(self, end: int) -> str | None:
        """The person named first after ``end``, in its sentence or the next, as a subject."""
        ti = self.ix.token_before(end)
        if ti < 0:
            return None
        k = self.ix.sent_of[ti] + 2
        limit = self.ix.sent_start_char[k] if k < len(self.ix.sent_start_char) else len(self.text)
        people = [m for m in self.speakers.mentions_in(end, limit) if m.label == "PERSON"]
        if not people and k < len(self.ix.sent_start_char):
            # one sentence naming nobody may stand between ("... fears that the Federal Reserve chairman
            # may raise rates. The Fed has been raising rates since June. || Mr Greenspan told Congress")
            after = self.ix.sent_start_char[k + 1] if k + 1 < len(self.ix.sent_start_char) else len(self.text)
            people = [m for m in self.speakers.mentions_in(limit, after) if m.label == "PERSON"]
            opening = self.ix.sent_first[k]
            while opening < len(self.doc) - 1 and self.doc[opening].is_space:
                opening += 1
            if people and self.doc[self.ix.token_before(people[0].start + 1)].left_edge.i > opening:
                return None  # only a name opening that sentence ("Mr Greenspan told ...")
        if not people or not people[0].entity:
            return None
        i, j = self.ix.tokens(people[0].start, people[0].end)
        root = self.doc[i:j].root if j > i else None
        if root is not None and root.dep_ not in _SUBJECT_DEPS:
            # someone the description's own sentence talks about ("Connecticut's tax commissioner says
            # no one released Donald Trump's filings. || Kevin Sullivan says ..."): the next sentence's
            # subject may still be the one it introduces, when named there first and nowhere before
            nxt = self.ix.sent_start_char[k - 1] if k - 1 < len(self.ix.sent_start_char) else limit
            later = next((m for m in people if m.start >= nxt), None)
            if later is None or not later.entity or any(o.start < nxt for o in self.named.get(later.entity, [])):
                return None
            people = [later]
            i, j = self.ix.tokens(people[0].start, people[0].end)
            root = self.doc[i:j].root if j > i else None
        if root is None or root.dep_ not in _SUBJECT_DEPS:
            return None
        honorifics = _gendered()[0]
        if any(
            c.i < i and c.dep_ in _TITLE_DEPS and c.lower_.rstrip(".") not in honorifics and c.ent_type_ != "NORP"
            for c in root.lefts
        ):
            # "Rival Hillary Clinton": a title of their own, someone else ("Australian Lynton Crosby" is
            # no title: where they come from says nothing of who the description is)
            return None
        # the description's own he/she ("complained about his mic") must fit the person named
        stop = self.ix.sent_first[k - 1] if k - 1 < len(self.ix.sent_first) else len(self.doc)
        said = {g for t in self.doc[ti:stop] if (g := _pronoun_form(t.text))}
        known = self.speakers.gender(people[0].entity)
        if said and known and said != {"he" if known == "m" else "she"}:
            return None
        return people[0].entity

    def is_person_word(self, word: str) -> bool:
        return word in self.person_heads or _singular(word, dict.fromkeys(self.person_heads, "")) in self.person_heads
