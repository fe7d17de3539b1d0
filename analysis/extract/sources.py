"""Who gets to speak: one ``Speaker`` per voice quoted in an article, and each quote's framing.

For every speaker credited with a quote (``Quote.speaker``) this finds, from the article's own
words only:

* ``kind``: a named person, an organisation, a country or group ("Pakistan said", "the Taliban
  said"), an unnamed person described by a role ("a company spokesman"), anonymous ("sources
  said", "officials say"), or unknown (a pronoun nothing resolves);
* ``role``: the words for what the speaker is, with offsets: an apposition ("Shafqat Ali Khan, a
  spokesman for the ministry"), a title before the name ("Foreign Secretary Jack Straw", "Dr"),
  "X is the ...", or an unnamed speaker's own description; then ``role_group`` from the lexicon
  ``lexicons/role_groups.json``;
* ``gender``, for people only: honorifics (Mr, Mrs, Ms ...), gendered role words (spokeswoman,
  chairman, actress) and the pronouns the article uses for the person, resolved as quotes'
  speakers are (``quotes.Speakers``). Only when none of that exists, a first name that a public
  name-frequency data set (nomquamgender) gives one gender with high confidence, marked
  ``"first name"``. Never from a role, a topic or anything else: unknown is an answer;
* how much and where: quotes, quoted words, first paragraph quoted, in the headline, in the lead.

Each quote's ``framing`` is the class of its reporting verb (``lexicons/framing.json``).

The lexicons are data files beside this module (``lexicons/README.md``).
"""

from __future__ import annotations

import bisect
import json
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import cache
from importlib import resources
from typing import Any

from spacy.tokens import Doc, Token

from analysis.extract.quotes.speakers import Speakers, noun_phrase
from analysis.records import Mention, Quote, Speaker

_WORDS = re.compile(r"[\w'’.-]+|\?")
#: The kinds of named entities, by spaCy label.
_ENTITY_KIND = {"PERSON": "named person", "ORG": "organisation", "NORP": "country or group", "GPE": "country or group"}
#: Dependencies by which a title before a name hangs on it ("Foreign Secretary Jack Straw").
_TITLE_DEPS = frozenset({"compound", "amod", "nmod", "npadvmod"})
_MALE_PRONOUNS = {"he": "he", "him": "he", "his": "he", "himself": "he"}
_FEMALE_PRONOUNS = {"she": "she", "her": "she", "hers": "she", "herself": "she"}
#: First names: the share of one gender in the data set must reach this, over this many people.
FIRST_NAME_CONFIDENCE = 0.97
FIRST_NAME_MIN_COUNT = 1000
FIRST_NAME_MIN_SOURCES = 5
#: Weight of an honorific or a gendered role word against one pronoun.
STRONG_WEIGHT = 3


@cache
def _lexicon(name: str) -> dict[str, Any]:
    return json.loads(resources.files("analysis.extract").joinpath("lexicons", name).read_text("utf-8"))


@cache
def _role_lexicon() -> tuple[dict[str, str], dict[str, str]]:
    data = _lexicon("role_groups.json")
    generic = {k: v for k, v in data["generic"].items() if not k.startswith("_")}
    specific = {w: g for g, words in data["groups"].items() for w in words if w not in generic}
    return specific, generic


_DOUBLED = re.compile(r"(\w*([^aeiou]))\2(?:ed|ing)")
_POSSESSIVE = re.compile(r"['’]s?$")


def _words(text: str) -> list[str]:
    """Lower-cased words without full stops and possessive endings ("party's" -> "party")."""
    words = (_POSSESSIVE.sub("", w.strip(".")).lower() for w in _WORDS.findall(text))
    return [w for w in words if w]


def _singular(word: str, known: dict[str, str]) -> str:
    if word in known:
        return word
    for cut in ("es", "s"):
        if word.endswith(cut) and word[: -len(cut)] in known:
            return word[: -len(cut)]
    return word


def _rightmost(words: list[str], lexicon: dict[str, str]) -> str | None:
    """The group of the right-most phrase of ``words`` in ``lexicon``, longest first."""
    for i in range(len(words) - 1, -1, -1):
        for n in (4, 3, 2, 1):
            if i - n + 1 < 0:
                continue
            phrase = " ".join(words[i - n + 1 : i]) + (" " if n > 1 else "") + _singular(words[i], lexicon)
            if phrase in lexicon:
                return lexicon[phrase]
    return None


_SPLIT = frozenset({"of", "for", "at", "with", "in", "from", "on", "to", "who", "which", "that"})


def role_group(role: str | None) -> str:
    """The role group of a role phrase (or an organisation's name); "unknown" when none fits."""
    if not role:
        return "unknown"
    specific, generic = _role_lexicon()
    words = _words(role)
    cut = next((k for k, w in enumerate(words) if w in _SPLIT and k > 0), len(words))
    head, rest = words[:cut], words[cut:]
    group = _rightmost(head, specific) or _rightmost(rest, specific) or _rightmost(head, generic)
    return group or "unknown"


@cache
def _framing_lexicon() -> tuple[dict[str, str], dict[str, str]]:
    data = _lexicon("framing.json")
    classes = {verb: cls for cls, verbs in data["classes"].items() for verb in verbs}
    return classes, data["forms"]


def framing(cue: str | None) -> str | None:
    """The framing class of a reporting verb as written ("said", "insisted", "according to")."""
    if cue is None:
        return None
    classes, forms = _framing_lexicon()
    word = cue.strip().lower()
    word = forms.get(word, word)
    if word in classes:
        return classes[word]
    for suffix, repl in (
        ("ing", ""),
        ("ing", "e"),
        ("ied", "y"),
        ("ies", "y"),
        ("ed", ""),
        ("ed", "e"),
        ("es", ""),
        ("s", ""),
    ):
        if word.endswith(suffix) and word[: -len(suffix)] + repl in classes:
            return classes[word[: -len(suffix)] + repl]
    doubled = _DOUBLED.fullmatch(word)  # "admitted", "admitting"
    if doubled and doubled.group(1) in classes:
        return classes[doubled.group(1)]
    return "other"


# -- gender ------------------------------------------------------------------------------------
@cache
def _gendered() -> tuple[dict[str, str], dict[str, str], frozenset[str]]:
    data = _lexicon("gendered_words.json")
    honorifics = {w.lower(): g for g, ws in data["honorifics"].items() for w in ws}
    roles = {w: g for g, ws in data["role_words"].items() for w in ws}
    return honorifics, roles, frozenset(data["weak"])


@cache
def _first_names() -> dict[str, list[float]] | None:
    """nomquamgender's name data: {first name: [sources, people, share female, ...]}, or None
    when the package is not installed (first names are then never used)."""
    try:
        from nomquamgender.nomquamgender import name_data
    except ImportError:  # pragma: no cover - a default dependency
        return None
    return name_data


def first_name_gender(name: str) -> str | None:
    """'female' or 'male' when the first word of ``name`` is that gender's in the name data with
    confidence >= FIRST_NAME_CONFIDENCE over enough people; else None."""
    parts = name.split()
    if len(parts) < 2:
        return None  # a surname alone ("Khan") says nothing
    first = parts[0].lower()
    if len(first.rstrip(".")) < 2 or not first.isalpha():
        return None  # initials, hyphens, titles
    data = _first_names()
    row = data.get(first) if data else None
    if not row or row[0] < FIRST_NAME_MIN_SOURCES or row[1] < FIRST_NAME_MIN_COUNT:
        return None
    share = row[2]
    if share >= FIRST_NAME_CONFIDENCE:
        return "female"
    if share <= 1 - FIRST_NAME_CONFIDENCE:
        return "male"
    return None


def _decide(votes: Counter[str]) -> str:
    f, m = votes["female"], votes["male"]
    if f > 2 * m:
        return "female"
    if m > 2 * f:
        return "male"
    return "unknown"


def _evidence(words: Counter[str]) -> list[str]:
    return [w if n == 1 else f"{w} x{n}" for w, n in words.most_common()]


def _role_word_votes(role: str | None, votes: Counter[str], words: Counter[str]) -> None:
    if not role:
        return
    _, roles, weak = _gendered()
    for w in _words(role):
        g = roles.get(w)
        if g:
            votes[g] += 1 if w in weak else STRONG_WEIGHT
            words[w] += 1


# -- the speakers ------------------------------------------------------------------------------
class _Context:
    """What every speaker's look-up reads, built once per article."""

    def __init__(
        self,
        doc: Doc,
        text: str,
        mentions: Sequence[Mention],
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
        self.pronouns: dict[str, Counter[str]] = {}
        for m in mentions:
            if m.label == "PRON" and m.entity:
                low = m.text.lower()
                form = _MALE_PRONOUNS.get(low) or _FEMALE_PRONOUNS.get(low)
                if form:
                    self.pronouns.setdefault(m.entity, Counter())[form] += 1
        lex = _lexicon("speaker_kinds.json")
        self.kind_pronouns = frozenset(lex["pronouns"])
        self.anonymous_heads = frozenset(lex["anonymous_heads"])
        self.anonymous_phrases = tuple(lex["anonymous_phrases"])
        self.org_heads = frozenset(lex["organisation_heads"])
        self.group_names = tuple(lex["group_names"])

    def paragraph(self, pos: int) -> int | None:
        """Body paragraph (from 0) holding ``pos``; None in the headline or before it."""
        if self.title_span and pos < self.title_span[1]:
            return None
        k = bisect.bisect_right(self.body_starts, pos) - 1
        return max(k, 0) if self.body else None

    def in_title(self, pos: int) -> bool:
        return self.title_span is not None and self.title_span[0] <= pos < self.title_span[1]

    def sentence_text(self, start: int, end: int) -> str:
        ti = self.ix.token_before(start)
        if ti < 0:
            return self.text[start:end]
        k = self.ix.sent_of[ti]
        a = self.ix.sent_start_char[k]
        b = self.ix.sent_start_char[k + 1] if k + 1 < len(self.ix.sent_start_char) else len(self.text)
        return self.text[a:b]


def _label(mentions: list[Mention]) -> str | None:
    labels = Counter(m.label for m in mentions if m.label in _ENTITY_KIND)
    return labels.most_common(1)[0][0] if labels else None


def _kind_of_words(ctx: _Context, words_text: str, start: int | None, end: int | None) -> str:
    """The kind of a speaker given in its own words ("officials", "a spokesman", "he")."""
    words = _words(words_text)
    if not words:
        return "unknown"
    if len(words) == 1 and words[0] in ctx.kind_pronouns:
        return "unknown"
    lowered = " ".join(words)
    around = ctx.sentence_text(start, end).lower() if start is not None and end is not None else lowered
    if any(p in lowered for p in ctx.anonymous_phrases) or any(w in ctx.anonymous_heads for w in words):
        return "anonymous"
    head = _head_word(ctx, words_text, start, end)
    if head in ctx.org_heads:
        return "organisation"
    tokens = words_text.split()
    specific, generic = _role_lexicon()
    if (
        all(t[:1].isupper() for t in tokens)
        and 1 < len(tokens) <= 4
        and not any(_singular(w, specific) in specific or _singular(w, generic) in generic for w in words)
    ):
        return "named person"  # a name the tagger missed ("— Francisco Herrero")
    plural = head is not None and head.endswith("s") and not head.endswith("ss")
    if plural:
        return "anonymous"
    if any(p in around for p in ctx.anonymous_phrases[2:]):
        return "anonymous"  # "an official, who spoke on condition of anonymity"
    return "unnamed person"


def _head_word(ctx: _Context, words_text: str, start: int | None, end: int | None) -> str | None:
    if start is None or end is None:
        words = _words(words_text)
        return words[-1] if words else None
    i, j = ctx.ix.tokens(start, end)
    if j <= i:
        return None
    return ctx.doc[i:j].root.lower_


def _role_of_person(ctx: _Context, mentions: Iterable[Mention], any_label: bool = False) -> tuple[str, int, int] | None:
    """The first role the article gives a named person, at any of their mentions."""
    doc, text = ctx.doc, ctx.text
    specific, generic = _role_lexicon()
    honorifics, _, _ = _gendered()

    def is_role(words: list[str]) -> bool:
        return any(_singular(w, specific) in specific or _singular(w, generic) in generic for w in words)

    for m in sorted(mentions, key=lambda m: m.start):
        if m.label != "PERSON" and not any_label:
            continue
        i, j = ctx.ix.tokens(m.start, m.end)
        if j <= i:
            continue
        root = doc[i:j].root
        found = _apposition(doc, root, i, j) or _title_before(doc, root, i, honorifics) or _predicate(doc, root)
        if found is None:
            continue
        a, b = found
        role = text[a:b]
        if ctx.speakers.mentions_in(a, b) and any(x.label == "PERSON" for x in ctx.speakers.mentions_in(a, b)):
            continue  # another person's name: "Blair, Brown and Straw"
        if is_role(_words(role)) or doc[ctx.ix.token_before(a)].pos_ == "NOUN":
            return re.sub(r"\s+", " ", role), a, b
    return None


def _apposition(doc: Doc, root: Token, i: int, j: int) -> tuple[int, int] | None:
    for c in root.children:
        if c.dep_ == "appos" and c.i >= j and c.pos_ in {"NOUN", "PROPN"}:
            return noun_phrase(doc, c)
    if root.dep_ == "appos" and root.head.i < i and root.head.pos_ == "NOUN":
        # "a spokesman for the ministry, Shafqat Ali Khan"
        return noun_phrase(doc, root.head)
    return None


def _title_before(doc: Doc, root: Token, i: int, honorifics: dict[str, str]) -> tuple[int, int] | None:
    covered = {t.i for t in root.subtree if t.i >= i}
    covered.add(root.i)
    k = i - 1
    first = i
    while k >= 0 and i - k <= 6:
        t = doc[k]
        if t.is_space or t.is_punct or t.head.i not in covered or t.dep_ not in _TITLE_DEPS:
            break
        if t.ent_type_ == "PERSON":
            break
        covered.add(k)
        first = k
        k -= 1
    # Honorifics are not roles: "Mr", "Mrs" at the start drop out.
    while first < i and doc[first].text.rstrip(".").lower() in honorifics:
        first += 1
    if first >= i:
        return None
    return doc[first].idx, doc[i - 1].idx + len(doc[i - 1])


def _predicate(doc: Doc, root: Token) -> tuple[int, int] | None:
    """ "Khan is the ministry's spokesman": the attribute of "be" with the person as subject."""
    if root.dep_ != "nsubj" or root.head.lemma_ != "be":
        return None
    attr = next((c for c in root.head.children if c.dep_ == "attr" and c.pos_ == "NOUN"), None)
    return noun_phrase(doc, attr) if attr is not None else None


def _gender(ctx: _Context, name: str, kind: str, role: str | None) -> tuple[str, list[str]]:
    if kind not in {"named person", "unnamed person", "unknown"}:
        return "unknown", []
    votes: Counter[str] = Counter()
    words: Counter[str] = Counter()
    honorifics, _, _ = _gendered()
    if kind == "named person":
        for w, n in ctx.speakers.gender_words.get(name, Counter()).items():
            g = honorifics.get(w.lower())
            if g:
                votes[g] += STRONG_WEIGHT * n
                words[w] += n
        for form, n in ctx.pronouns.get(name, Counter()).items():
            votes["male" if form == "he" else "female"] += n
            words[form] += n
    elif kind == "unknown" and name.lower() in {"he", "she"}:
        votes["male" if name.lower() == "he" else "female"] += 1
        words[name.lower()] += 1
    _role_word_votes(role, votes, words)
    if votes:
        return _decide(votes), _evidence(words)
    if kind == "named person":
        guess = first_name_gender(name)
        if guess:
            return guess, ["first name"]
    return "unknown", []


def extract(
    doc: Doc,
    text: str,
    mentions: Sequence[Mention],
    quotes: Sequence[Quote],
    speakers: Speakers,
    title_span: tuple[int, int] | None = None,
) -> list[Speaker]:
    """One Speaker per name credited with a quote, in order of their first quote; sets each
    quote's ``framing``. ``mentions`` include the pronoun references (label PRON)."""
    for q in quotes:
        q.framing = framing(q.cue) if q.speaker is not None else None
    by_name: dict[str, list[Quote]] = {}
    for q in sorted(quotes, key=lambda q: q.start):
        if q.speaker is not None:
            by_name.setdefault(q.speaker, []).append(q)
    if not by_name:
        return []
    ctx = _Context(doc, text, mentions, speakers, title_span)
    out = []
    for name, said in by_name.items():
        named = ctx.named.get(name, [])
        label = _label(named)
        role: tuple[str, int, int] | None = None
        if label is not None:
            kind = _ENTITY_KIND[label]
            if kind == "organisation" and any(g in name.lower() for g in ctx.group_names):
                kind = "country or group"
            if kind == "named person":
                role = _role_of_person(ctx, named)
            else:
                # A person the tagger took for an organisation or a place ("Mary Fox, the chief
                # executive of Tesco"): a role beside the name that names a person, not a body.
                role = _role_of_person(ctx, named, any_label=True)
                if role is not None and _head_word(ctx, *role) not in ctx.org_heads:
                    kind = "named person"
                else:
                    role = None
        else:
            # Said in the speaker's own words: the first words that are not a pronoun.
            own = next(
                (q for q in said if q.speaker_start is not None and text[q.speaker_start : q.speaker_end] == name),
                None,
            )
            start, end = (own.speaker_start, own.speaker_end) if own else (None, None)
            kind = _kind_of_words(ctx, name, start, end)
            if kind in {"unnamed person", "anonymous"} and start is not None and end is not None:
                role = (name, start, end)
        if kind == "organisation" and role is None:
            group = role_group(name)
        else:
            group = role_group(role[0]) if role else "unknown"
        gender, evidence = _gender(ctx, name, kind, role[0] if role else None)
        places = (
            [q.start for q in said]
            + [m.start for m in named]
            + [q.speaker_start for q in said if q.speaker_start is not None]
        )
        paras = [p for p in (ctx.paragraph(q.start) for q in said) if p is not None]
        out.append(
            Speaker(
                name=name,
                kind=kind,
                role=role[0] if role else None,
                role_start=role[1] if role else None,
                role_end=role[2] if role else None,
                role_group=group,
                gender=gender,
                gender_evidence=evidence,
                quotes=len(said),
                quoted_words=sum(len(q.text.split()) for q in said),
                first_quote_paragraph=min(paras) if paras else None,
                in_headline=any(ctx.in_title(p) for p in places),
                in_lead=any((p2 := ctx.paragraph(p)) is not None and p2 < 2 for p in places),
            )
        )
    return out
