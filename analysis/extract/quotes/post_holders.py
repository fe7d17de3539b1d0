"""The holder of a post whose phrase the parse read as the speaker: "director of the Victims of Crime
Trust, Norman Brennan, accused ...", "Chairman of the Environmental Audit Committee Peter Ainsworth MP,
said" (``Speakers.name``, when no name stands beside the post's word)."""

from __future__ import annotations

from spacy.tokens import Token

from analysis.extract.quotes.roles import role_words
from analysis.extract.quotes.speaker_words import GROUP_LIKE, PERSON_VOICES
from analysis.records import Mention


class _PostHolders:
    """Mixed into ``Speakers`` (it reads the mentions and text ``Speakers.__init__`` keeps)."""

    def _named_closing(self, head: Token) -> Mention | None:
        """The person named after a comma at the end of a role word's phrase, hung by the parse on the
        body inside it: "director of the Victims of Crime Trust, Norman Brennan, accused ..." (a person is
        no apposition of a trust). Hung on a word for a person ("the wife of the former president, Bill
        Clinton"), the name may be that person's, so it is left alone."""
        role = role_words().get(head.lower_)
        if role is None or role[0] != "person":
            return None
        doc = head.doc
        end = head.right_edge
        while end.i > head.i and end.is_punct:
            end = doc[end.i - 1]
        m = self.mention_at(end.idx, end.idx + len(end))
        if m is None or m.label != "PERSON" or not m.entity or m.end != end.idx + len(end):
            return None
        first = next(t for t in doc[head.i : end.i + 1] if t.idx >= m.start)
        if first.i <= head.i + 1 or doc[first.i - 1].text != ",":
            return None
        root = doc[first.i : end.i + 1].root
        owner = root.head
        if owner.i == head.i or (role_words().get(owner.lower_) or ("",))[0] == "person":
            return None
        if owner.dep_ == "relcl" and owner.head.i == head.i and root.dep_ in {"npadvmod", "appos"}:
            return m  # "The editor I was talking to, Tim Grieve, interrupted me": the name closes the description
        hung = self.mention_at(owner.idx, owner.idx + len(owner))
        return m if hung is not None and hung.label in GROUP_LIKE else None

    def _named_after_body(self, head: Token) -> Mention | None:
        """The person named right after the body a post is of, with no comma: "Chairman of the
        Environmental Audit Committee Peter Ainsworth MP, said" (no one is the committee's "Peter
        Ainsworth"; the name is the chairman's)."""
        role = role_words().get(head.lower_)
        if role is None or role[0] != "person" or head.lower_ in PERSON_VOICES:
            return None
        doc = head.doc
        last = head.right_edge.i
        prep = next((c for c in head.children if c.dep_ == "prep" and c.lower_ in {"of", "at", "for"}), None)
        if prep is None:
            return None
        body = self.mentions_in(doc[prep.i].idx, doc[last].idx + len(doc[last]))
        for org, person in zip(body, body[1:], strict=False):
            touching = not self._text[org.end : person.start].strip()
            if org.label == "ORG" and person.label == "PERSON" and person.entity and touching:
                return person
        return None
