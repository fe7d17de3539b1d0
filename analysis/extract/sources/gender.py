"""Gender and its evidence: the first-name list (``first_name_gender``, built from nomquamgender
by ``scripts/first_names.py``), honorifics and gendered role words, and the pronouns an article
uses for a person, with the rules for which he/she is someone else's."""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from importlib import metadata, resources
from typing import Any

from analysis.doc.casing import known_word
from analysis.extract.entities import first_names
from analysis.extract.sources.context import _Context
from analysis.extract.sources.lexicons import _gendered, _known_genders, _lexicon, _role_lexicon, _weak_alone
from analysis.extract.sources.words import _SPLIT, _SUBJECT_DEPS, _label, _pronoun_form, _same_person, _words
from analysis.records import Mention

#: First names: the share of one gender in the data set must reach this, over this many people.
#: 0.93 since issue 11f (0.97 before): the data set's records are noisy enough that plainly women's
#: names fall short of 97% ("Karen" 94.1%, "Gwen" 96.1%); on the development labels the lower bar
#: gave 4 more people a gender and none a wrong one. "Chris" (12% women) and "Alex" (9%) stay unknown.
FIRST_NAME_CONFIDENCE = 0.93
#: 500 people (1,000 until issue 11's second follow-up): at a 93% share the 95% interval of a share
#: over 500 people stays above 90%.
FIRST_NAME_MIN_COUNT = 500
#: Since the fifty-fifth session a rarer name counts too when the 95% (Wilson) interval of its share stays
#: above this, the guarantee 500 people give at 93% ("Barack", 359 people, 99.7% men; "Narendra",
#: "Shinzo"), and the general lexicon (TextBlob's, ``casing``) knows it as no word or surname: the rarer
#: entries of the data set hold words and surnames ("Muslim", "Arab", "Captain", "Bush", "Churchill")
#: that a name of 500 people or more seldom is.
FIRST_NAME_LOWER_BOUND = 0.90
FIRST_NAME_MIN_SOURCES = 5
#: Weight of an honorific or a gendered role word against one pronoun.
STRONG_WEIGHT = 3


# The confident first names (``entities.first_names``, which the entity step reads too) are derived from
# nomquamgender's table by ``build_first_names`` and shipped as data (``lexicons/first_names.tsv``): reading
# the package's 22 MB table took 3-10 s on a first analysis (every new store).


def first_names_header() -> str:
    """The first line of ``first_names.tsv``: the data set's version and the thresholds it was cut at."""
    return (
        f"# nomquamgender {metadata.version('nomquamgender')} name_data.json: share >= {FIRST_NAME_CONFIDENCE}"
        f" of one gender, >= {FIRST_NAME_MIN_COUNT} people (or fewer, the share's 95% interval above"
        f" {FIRST_NAME_LOWER_BOUND} and no word the general lexicon knows), >= {FIRST_NAME_MIN_SOURCES} sources"
    )


def build_first_names() -> str:
    """``first_names.tsv`` rebuilt from the installed nomquamgender (``python scripts/first_names.py``)."""
    data = json.loads(resources.files("nomquamgender").joinpath("name_data.json").read_bytes())
    rows = sorted(
        (name, "female" if row[2] >= FIRST_NAME_CONFIDENCE else "male")
        for name, row in data.items()
        if row[0] >= FIRST_NAME_MIN_SOURCES
        and max(row[2], 1 - row[2]) >= FIRST_NAME_CONFIDENCE
        and (
            row[1] >= FIRST_NAME_MIN_COUNT
            or (_wilson_lower(max(row[2], 1 - row[2]), row[1]) > FIRST_NAME_LOWER_BOUND and not known_word(name))
        )
    )
    return "\n".join([first_names_header(), *(f"{n}\t{g}" for n, g in rows)]) + "\n"


def _wilson_lower(share: float, n: int, z: float = 1.96) -> float:
    """The lower end of the 95% Wilson interval of a share observed over ``n`` people."""
    if n <= 0:
        return 0.0
    centre = share + z * z / (2 * n)
    spread = z * math.sqrt(share * (1 - share) / n + z * z / (4 * n * n))
    return (centre - spread) / (1 + z * z / n)


#: Small words inside a person's name ("Jose de Souza", "Ludwig van Beethoven").
_NAME_PARTICLES = frozenset(
    {"de", "da", "do", "dos", "das", "di", "del", "della", "van", "von", "der", "den", "le", "la", "du"}
    | {"bin", "bint", "ibn", "al", "el", "y", "ter", "ten", "st"}
)


def _common_word(word: str) -> bool:
    """Whether a word written small is no part of a name ("boss" of "Chelsea boss Jose Mourinho")."""
    return word.islower() and word not in _NAME_PARTICLES  # ("al-Awlaki" is a surname)


def first_name_gender(name: str) -> str | None:
    """'female' or 'male' when the first word of ``name`` (after any title the tagger ran into it) is
    that gender's in the name data with confidence >= FIRST_NAME_CONFIDENCE over enough people; else
    None."""
    parts = name.split()
    specific, generic = _role_lexicon()
    table = first_names()
    while (
        len(parts) > 2
        # "Oscar P. Quintero", "Marine Le Pen": a first name first ("Lawyer Louise Christian": the data
        # set has a "Lawyer" too, but a first name follows it)
        and (parts[0].lower() not in table or parts[1].lower() in table)
        and all(p in specific or p in generic for p in parts[0].lower().split("-"))
    ):
        parts = parts[1:]  # a title the tagger ran into the name: "Treasurer Peter Costello" is Peter's
    if len(parts) > 2 and (parts[0].lower() not in table or _common_word(parts[1])):
        # "Chelsea boss Jose Mourinho": a word written small after the first says it is no first name
        parts = _after_title(parts, specific, generic, table)
    if len(parts) < 2 or _common_word(parts[1]):
        return None  # a surname alone ("Khan") says nothing, nor "Chelsea boss"
    if not parts[0][:1].isupper():
        return None  # a description, no name: "the lord chancellor"
    first = parts[0].lower()
    if len(first.rstrip(".")) < 2 or not first.replace("-", "").isalpha():
        return None  # initials, titles (a hyphenated first name the data holds counts: "Charles-Antoine")
    return table.get(first) if table else None


def _after_title(
    parts: list[str], specific: dict[str, str], generic: dict[str, str], table: dict[str, str]
) -> list[str]:
    """The name closing a title the quote rules kept before it, from a first name the data knows followed
    by the surname alone: "Suffolk Chief Constable Alastair McWhirter" is Alastair McWhirter's, "Twitter's
    Adam Sharp" Adam Sharp's. The words before must hold a word of the lexicons or a possessive (a title,
    not more of a name: "Mary Ann Smith" keeps "Mary"); else ``parts`` as they are."""
    k = len(parts) - 2
    before = parts[:k]
    if parts[k].lower() in table and any(
        w.lower() in specific or w.lower() in generic or w.endswith(("'s", "’s")) for w in before
    ):
        return parts[k:]
    return parts


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
    words_of = _words(role)
    cut = next((k for k, w in enumerate(words_of) if w in _SPLIT and k > 0), len(words_of))
    # the role's own head only: in "a spokesman for the Queen" the Queen is someone else, and in
    # "analyst at CL King & Associates" King is a name; but "A Department for Work and Pensions
    # spokeswoman" ends on its head
    person = frozenset(_lexicon("speaker_kinds.json")["person_heads"])
    own = words_of[:cut] if any(w in person or w in roles for w in words_of[:cut]) else words_of[-1:]
    for w in own:
        g = roles.get(w)
        if g:
            votes[g] += 1 if w in weak else STRONG_WEIGHT
            words[w] += 1


def _other_person_before(ctx: _Context, name: str, offset: int, form: str | None = None) -> bool:
    """Whether someone other than ``name`` is named earlier in the pronoun's sentence. For the
    he/she a quote hangs on ("...," he wrote), names inside the quoted words do not count: they are
    not who the reporting clause is about. ``form``: the pronoun (he/she), when there is one."""
    ti = ctx.ix.token_before(offset)
    if ti < 0:
        return False
    begin = ctx.ix.sent_start_char[ctx.ix.sent_of[ti]]
    quoted = ctx.speakers.scan.quote_of
    hangs = offset in ctx.quote_pronouns
    return any(
        _a_person(m, form)
        and m.entity != name
        and not (hangs and quoted[max(ctx.ix.token_before(m.start + 1), 0)] != -1)
        for m in ctx.speakers.mentions_in(begin, offset)
    )


def _a_person(m: Mention, form: str | None) -> bool:
    """A person's mention who may be the pronoun ``form``: tagged PERSON, or an organisation-tagged
    name whose full form opens with a confident first name of the pronoun's gender (the tagger calls
    "Donald Trump" an ORG all through some articles: the "he" after him is no evidence for the woman
    named before him, while a "she" there still is)."""
    if m.label == "PERSON":
        return True
    first = first_name_gender(m.entity or "") if m.label == "ORG" else None
    return first is not None and (form is None or first == ("male" if form == "he" else "female"))


#: A pronoun of either gender paired with the other: "his or her mother", "he/she", "him or her".
_PAIRED = r"(?:he|his|him|she|her|hers)"
_EITHER_BEFORE = re.compile(rf"\b{_PAIRED}\s*(?:or|/)\s*$", re.IGNORECASE)
_EITHER_AFTER = re.compile(rf"[a-z]*\s*(?:or|/)\s*{_PAIRED}\b", re.IGNORECASE)


def _either(text: str, offset: int) -> bool:
    """Whether the he/she at ``offset`` is one of a pair that means anyone ("his or her mother")."""
    return bool(_EITHER_BEFORE.search(text[max(0, offset - 12) : offset]) or _EITHER_AFTER.match(text, offset))


def _in_quotation(ctx: _Context, offset: int) -> bool:
    """Whether ``offset`` lies inside quotation marks: a he/she there is the quoted speaker talking
    about someone else ("“He has empowered racists,” ― Sonya Herridge"), never evidence for them."""
    ti = ctx.ix.token_before(offset + 1)
    return ti >= 0 and ctx.speakers.scan.quote_of[ti] != -1


#: What may stand before the subject of a reported clause: "X said (that) he would ...".
_REPORTED_OPENING = re.compile(r"[\s,]*(?:that\s+)?", re.IGNORECASE)


def _inside_reported(ctx: _Context, name: str, offset: int) -> bool:
    """Whether ``offset`` lies inside the speaker's own reported speech, past its opening subject
    and after another person named in it: in "X said the footage released by Scott's family did not
    show whether he had a gun" the "he" is Scott. Without a name before it ("X said it would be
    improper for him to speak", "X told host Y how surprised he is") it stays X's."""
    for a, b in ctx.reported.get(name, []):
        if not a <= offset < b or _REPORTED_OPENING.fullmatch(ctx.text, a, offset):
            continue
        for m in ctx.speakers.mentions_in(a, offset):
            # a person named there, or a name the tagger took for a body ("Scott's family", Scott an ORG)
            if m.entity and m.entity != name and m.label in {"PERSON", "ORG"}:
                return True
    return False


def _pronouns_after(
    ctx: _Context, start: int, end: int, offsets: bool = False, past_objects: bool = False
) -> list[Any]:
    """he/she (any form) from ``end`` to the end of the next sentence, stopping at the next person
    named: what the article calls the one described at text[start:end]. ``past_objects``: a person
    named in the same sentence as an object ("X told host Alex Marlow how surprised he is") does not
    stop the search, one named as a subject or in a later sentence does."""
    ix, doc = ctx.ix, ctx.doc
    ti = ix.token_before(max(end - 1, start))
    if ti < 0:
        return []
    k = ix.sent_of[ti]
    stop_sent = k + 2
    limit = ix.sent_first[stop_sent] if stop_sent < len(ix.sent_first) else len(doc)
    people = [
        m.start
        for m in ctx.speakers.mentions_in(end, ix.idx[limit - 1] + 1)
        if m.label == "PERSON" and not (past_objects and _an_object_here(ctx, m, k))
    ]
    stop = min(people) if people else len(ctx.text)
    out = []
    for i in range(ti + 1, min(limit, ti + 80)):
        tok = doc[i]
        if tok.idx >= stop:
            break
        if ix.sent_of[i] > k and tok.dep_ in _SUBJECT_DEPS and tok.pos_ in {"NOUN", "PROPN"}:
            break  # the next sentence is about someone else: "... argued that ... His ex-wife agreed, ... she"
        form = _pronoun_form(tok.text) if tok.pos_ == "PRON" else None
        if form:
            out.append((tok.idx, form) if offsets else form)
    return out


def _an_object_here(ctx: _Context, m: Mention, sentence: int) -> bool:
    """Whether a person is named in ``sentence`` as an object (of a verb or a preposition)."""
    i, j = ctx.ix.tokens(m.start, m.end)
    if j <= i or ctx.ix.sent_of[i] != sentence:
        return False
    root = ctx.doc[i:j].root
    while root.dep_ in {"appos", "compound", "conj"} and root.head.i != root.i:
        root = root.head
    return root.dep_ in {"dobj", "pobj", "dative", "iobj"}


def _someone_elses_cue(ctx: _Context, name: str, offset: int) -> bool:
    """Whether the he/she at ``offset`` is what another person's quotes hang on, a person named
    earlier in the same paragraph as a subject ("Eerdekens said ... He conceded Kuznetsova might
    have taken a medicine. "We have simply stated a fact," he said": Eerdekens's he, not
    Kuznetsova's). A person named only as an object there ("after meeting Vladimir Putin. He ...")
    or only in another paragraph (a song title the tagger took for a person) is too weak a claim."""
    here = ctx.paragraph(offset)
    for who in ctx.cue_speakers.get(offset, ()):
        if _same_person(name, who) or _label(ctx.named.get(who, [])) != "PERSON":
            continue
        for m in ctx.named[who]:
            if m.start < offset and ctx.paragraph(m.start) == here and _a_subject(ctx, m):
                return True
    return False


def _a_subject(ctx: _Context, m: Mention) -> bool:
    i, j = ctx.ix.tokens(m.start, m.end)
    if j <= i:
        return False
    root = ctx.doc[i:j].root
    while root.dep_ in {"appos", "compound", "conj"} and root.head.i != root.i:
        root = root.head
    return root.dep_ in _SUBJECT_DEPS


#: Reflexives: "X asked himself" is X; any other object pronoun of X's own verb is someone else.
_REFLEXIVES = frozenset({"himself", "herself"})


def _object_of_own_verb(ctx: _Context, name: str, offset: int) -> bool:
    """Whether the he/she at ``offset`` is the object of a verb the person is the subject of:
    in "before Eerdekens identified her", "Smith told him" the pronoun is someone else."""
    ti = ctx.ix.token_before(offset + 1)
    if ti < 0:
        return False
    tok = ctx.doc[ti]
    if tok.idx != offset or tok.lower_ in _REFLEXIVES or tok.dep_ not in {"dobj", "iobj", "dative"}:
        return False
    spans = [(m.start, m.end) for m in ctx.named.get(name, [])]
    verb = tok.head
    # a participle or a joined verb with no subject of its own shares its head verb's: "Clinton clashed with
    # Johnson ..., chiding him", "Smith arrived and thanked him" (a verb with its own subject stops the climb)
    for _ in range(_SHARED_SUBJECT_STEPS):
        if any(c.dep_ in _SUBJECT_DEPS for c in verb.children) or verb.dep_ not in _SHARES_SUBJECT:
            break
        verb = verb.head
    return any(c.dep_ in _SUBJECT_DEPS and any(a <= c.idx < b for a, b in spans) for c in verb.children if c.i != tok.i)


#: Dependencies of a verb that takes its subject from the verb it hangs on, and how far up to look.
_SHARES_SUBJECT = frozenset({"advcl", "xcomp", "conj"})
_SHARED_SUBJECT_STEPS = 3


def _gender(
    ctx: _Context,
    name: str,
    kind: str,
    role: str | None,
    where: tuple[int, int] | None = None,
    written: str | None = None,
) -> tuple[str, list[str]]:
    if kind not in {"named person", "unnamed person", "unknown"}:
        return "unknown", []
    votes: Counter[str] = Counter()
    words: Counter[str] = Counter()
    honorifics, _, weak_words = _gendered()
    if kind == "named person":
        for w, n in ctx.speakers.gender_words.get(name, Counter()).items():
            g = honorifics.get(w.lower())
            if g:
                votes[g] += STRONG_WEIGHT * n
                words[w] += n
        titled, _, rest = (written or name).partition(" ")
        # a name ("Mr de Vabres"), not a post ("lord chancellor")
        capitalised = titled[:1].isupper() and any(w[:1].isupper() for w in rest.split())
        if capitalised and not words and (g := honorifics.get(titled.rstrip(".").lower())):
            # a name the tagger missed, written with its honorific ("Mr Cable told MPs"): the name says it
            votes[g] += STRONG_WEIGHT
            words[titled] += 1
        # A he/she right after the name with no other person named near weighs double; one the
        # resolver gave them from further off counts once.
        local = ctx.speakers.gender_offsets.get(name, {})
        own = ctx.own_quotes.get(name, [])
        theirs = {**ctx.pronouns.get(name, {}), **local}
        mixed = len(set(theirs.values())) > 1
        for offset, form in theirs.items():
            if offset not in local and _other_person_before(ctx, name, offset, form):
                continue  # "... Scott's family did not show whether he had ...": ambiguous, not evidence
            if mixed and any(not _same_person(name, other) for other in ctx.pronoun_people.get(offset, ())):
                # both he and she, and this one credited to someone else too ("Ivanka Trump" given
                # the "he" of her father's quotes): that one is no evidence for her
                continue
            if any(a <= offset < b for a, b in own) or _in_quotation(ctx, offset) or _either(ctx.text, offset):
                continue  # inside their own quote, or any quoted words: someone else; "his or her": anyone
            if _inside_reported(ctx, name, offset):
                continue  # "X said the footage released by Scott's family did not show whether he had": Scott
            if _someone_elses_cue(ctx, name, offset) or _object_of_own_verb(ctx, name, offset):
                continue  # another speaker's "he said"; "before Eerdekens identified her": someone else
            votes["male" if form == "he" else "female"] += 2 if offset in local else 1
            words[form] += 1
    if kind == "named person" and len({honorifics[w.lower()] for w in words if w.lower() in honorifics}) > 1:
        # both Mr and Mrs (or Ms, Miss) for one name: two people share the surname ("Mrs Howard" beside
        # "Mr Howard") and the quotes credited to the name may be either's, so neither the honorifics nor
        # the pronouns, nor the name's first name, say whose gender this is: unknown, unless the
        # honorifics written at the name's own quotes agree ("Mrs. Clinton said" at each of them, one "Mr.
        # Clinton" elsewhere) with any he/she there: those say whose words they are
        at_cues = _honorifics_at_own_cues(ctx, name, honorifics)
        said = set(at_cues.values())
        written = Counter({g: n for w, n in words.items() if (g := honorifics.get(w.lower()))})
        if (
            len(said) == 1
            and any(w.lower() in honorifics for w in at_cues)
            and first_name_gender(name) in (None, *said)
            and 2 * written[next(iter(said))] > written.total()
        ):
            # (not where a confident first name says otherwise: "Michael Howard" credited with "Mrs Howard
            # said" holds his wife's words; nor where the name's honorifics are mostly the other ones: "Mr.
            # Clinton said" at quotes credited to "Hillary Clinton" among many "Mrs. Clinton"s are her
            # husband's words)
            return said.pop(), [f"{w} at own quotes" for w in at_cues]
        return "unknown", []
    if kind == "named person" and not votes and where is None:
        # No honorific and no pronoun the resolver gave them (a name the tagger took for an
        # organisation, "Pat Caddell ... told ... how surprised he is"): the he/she right after
        # one of their mentions, before anyone else is named, and with nobody else named before
        # the mention in its sentence.
        seen: set[int] = set()
        for m in ctx.named.get(name, []):
            if ctx.in_title(m.start) or _other_person_before(ctx, name, m.start):
                continue
            for offset, form in _pronouns_after(ctx, m.start, m.end, offsets=True, past_objects=True):
                if (
                    offset not in seen
                    and not any(a <= offset < b for a, b in own)
                    and not _in_quotation(ctx, offset)
                    and not _either(ctx.text, offset)
                    and not _inside_reported(ctx, name, offset)
                    and not _someone_elses_cue(ctx, name, offset)
                    and not _object_of_own_verb(ctx, name, offset)
                ):
                    seen.add(offset)
                    votes["male" if form == "he" else "female"] += 1
                    words[form] += 1
    if where is not None and not votes:
        # A speaker given by description ("The Indiana governor", "a witness", and a definite
        # description the quote rules left as its own named speaker, "The GOP nominee"): the
        # he/she right after those words, before anyone else is named.
        for offset, form in _pronouns_after(ctx, *where, offsets=True):
            if _in_quotation(ctx, offset) or _either(ctx.text, offset):
                continue  # "A Number 10 spokeswoman would only say: “He will announce ...”": the PM
            votes["male" if form == "he" else "female"] += 1
            words[form] += 1
    if kind == "unknown" and name.lower() in {"he", "she"} and not votes:
        votes["male" if name.lower() == "he" else "female"] += 1
        words[name.lower()] += 1
    strong = sum(votes.values())
    _role_word_votes(role, votes, words)
    strong = any(w.lower() in honorifics for w in words) or sum(votes.values()) > strong
    if votes:
        decided = _decide(votes)
        near = bool(ctx.speakers.gender_offsets.get(name))
        named_as = _name_gender(ctx, name) if kind == "named person" and not strong and not near else None
        if named_as and decided != "unknown" and named_as != decided:
            # only pronouns from further off, and a confident first name says otherwise ("Frank"
            # given "she x4"): they are likely someone else's, resolved to this person; unknown, not
            # a guess. A he/she right after the name, with nobody else named, still beats the first
            # name ("Michael Learned ... she said").
            if _someone_else_of(ctx, name, decided):
                # another person of the pronouns' gender is named: theirs, explained; what is left is
                # the first name, the documented last resort (marked "first name")
                return named_as, ["first name"]
            return "unknown", []
        if kind == "named person" and not strong and (near or " " not in name) and decided != "unknown":
            # a one-word name that is a confident first name ("Melanie") counts here: the outcome is
            # only ever unknown
            against = first_name_gender(name) or (first_names().get(name.lower()) if " " not in name else None)
            if against and against != decided and _someone_else_of(ctx, name, decided):
                # pronouns near the name (or a first name alone), but a confident first name says
                # otherwise and another person of the pronouns' gender is named in the article
                # (Elizabeth Warren given John Stumpf's "he"): the resolver may have crossed them.
                # Since issue 11i the pronouns count as that other person's and the first name (of a
                # full name) decides, as for anyone with no pronoun of their own, marked "first
                # name"; a one-word name stays unknown (it may be a surname)
                guess = _name_gender(ctx, name)
                return (guess, ["first name"]) if guess else ("unknown", [])
        if kind == "named person" and words and all(w in weak_words for w in words):
            # only a word some house styles use for women too ("Committee chairman Jean Corston"):
            # it decides only where a confident first name agrees; "spokesman" (3 women of 497) also
            # where there is no first name to agree or not ("ministry spokesman Geng Shuang"), never
            # against one ("spokesman Hope Hicks")
            first = first_name_gender(name)
            if first != decided and (first is not None or not all(w in _weak_alone() for w in words)):
                return "unknown", []
        return decided, _evidence(words)
    if kind == "named person":
        guess = _name_gender(ctx, name)
        if guess:
            return guess, ["first name"]
        if known := _known_genders().get(name):
            return known, ["known person"]  # "Hillary Clinton", "Chris Christie": no first name the table places
    return "unknown", []


def _name_gender(ctx: _Context, name: str) -> str | None:
    """The first name's gender (``first_name_gender``), unless the article uses that word as another
    person's surname: "Clinton Cash Debunks Hillary" (a headline the quote rules took for a name) opens
    on Hillary Clinton's surname, no man's first name."""
    first = name.split()[0] if name.split() else ""
    other = ctx.surnames.get(first)
    return None if other is not None and other != name else first_name_gender(name)


#: An honorific right before a name, or opening the words a quote hangs on (the quote rules' cue may or may
#: not hold it).
_HONORIFIC_BEFORE = re.compile(r"\b(Mr|Mrs|Ms|Miss)\.?\s+$")
_HONORIFIC_OPENING = re.compile(r"(Mr|Mrs|Ms|Miss)\.?\s")


def _honorifics_at_own_cues(ctx: _Context, name: str, honorifics: dict[str, str]) -> dict[str, str]:
    """{word: gender} of the honorifics written at the words the name's own quotes hang on ("Mrs. Clinton
    said"), and of the he/she among those words; empty when any of them is neither ("The Tory leader
    said": the name gathers someone else's words too)."""
    found: dict[str, str] = {}
    for q in ctx.quotes:
        if q.speaker != name or q.speaker_start is None or q.speaker_end is None:
            continue
        cue = ctx.text[q.speaker_start : q.speaker_end]
        before = ctx.text[max(0, q.speaker_start - 6) : q.speaker_start]
        h = _HONORIFIC_BEFORE.search(before) or _HONORIFIC_OPENING.match(cue)
        if h and h.group(1).lower() in honorifics:
            found[h.group(1)] = honorifics[h.group(1).lower()]
        elif (form := _pronoun_form(cue)) in {"he", "she"}:
            found[form] = "male" if form == "he" else "female"
        else:
            return {}
    return found


def _someone_else_of(ctx: _Context, name: str, gender: str) -> bool:
    """Whether the article names another person whose confident first name is ``gender``'s (a
    one-word name counts too: "Melanie"), or whose own honorifics and the he/she right after their
    name say ``gender`` ("Mrs. Clinton" x12, "she" x4: "Hillary" is below the first-name bar)."""
    table = first_names()
    honorifics = _gendered()[0]
    for other, ms in ctx.named.items():
        if _label(ms) != "PERSON" or _same_person(name, other):
            continue
        first = other.split()[0].lower()
        if table.get(first) == gender:
            return True
        votes: Counter[str] = Counter()
        for w, n in ctx.speakers.gender_words.get(other, Counter()).items():
            if w.lower() in honorifics:
                votes[honorifics[w.lower()]] += STRONG_WEIGHT * n
            elif w.lower() in {"he", "she"}:
                votes["male" if w.lower() == "he" else "female"] += n
        if votes and _decide(votes) == gender:
            return True
    return False
