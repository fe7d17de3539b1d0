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
from importlib import metadata, resources
from typing import Any

from spacy.tokens import Doc, Token

from analysis.extract.quotes.roles import glued
from analysis.extract.quotes.speakers import Speakers, noun_phrase
from analysis.records import REFERENCE_LABELS, Mention, Quote, Speaker

_WORDS = re.compile(r"[\w'’.-]+|\?")
#: The kinds of named entities, by spaCy label.
_ENTITY_KIND = {"PERSON": "named person", "ORG": "organisation", "NORP": "country or group", "GPE": "country or group"}
#: Dependencies by which a title before a name hangs on it ("Foreign Secretary Jack Straw").
_TITLE_DEPS = frozenset({"compound", "amod", "nmod", "npadvmod"})
_MALE_PRONOUNS = {"he": "he", "him": "he", "his": "he", "himself": "he"}
_FEMALE_PRONOUNS = {"she": "she", "her": "she", "hers": "she", "herself": "she"}
#: First names: the share of one gender in the data set must reach this, over this many people.
#: 0.93 since issue 11f (0.97 before): the data set's records are noisy enough that plainly women's
#: names fall short of 97% ("Karen" 94.1%, "Gwen" 96.1%); on the development labels the lower bar
#: gave 4 more people a gender and none a wrong one. "Chris" (12% women) and "Alex" (9%) stay unknown.
FIRST_NAME_CONFIDENCE = 0.93
#: 500 people (1,000 until issue 11's second follow-up): at a 93% share the 95% interval of a share
#: over 500 people stays above 90%.
FIRST_NAME_MIN_COUNT = 500
FIRST_NAME_MIN_SOURCES = 5
#: A story's context cue words: beyond the lexicon's minimum, one more different cue word is needed
#: per this many words of the article (a long feature uses a few sports or film words in passing).
CUE_WORDS_PER_EXTRA = 500
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
    # whole names, matched before any of their words (longest first): "united states" is no "united"
    specific.update({k: v for k, v in data["names"].items() if not k.startswith("_")})
    # the occupations list's phrases, where the groups above have none (a phrase wins at its word)
    for phrase, group in _occupations()[0].items():
        specific.setdefault(phrase, group)
    return specific, generic


@cache
def _occupations() -> tuple[dict[str, str], dict[str, str]]:
    """(phrases of two or more words, single words) of ``occupations`` in role_groups.json: a broad
    list of job titles by group that never overrides the groups above (see its ``_about``)."""
    data = _lexicon("role_groups.json")
    generic = data["generic"]
    phrases: dict[str, str] = {}
    words: dict[str, str] = {}
    for group, entries in data["occupations"].items():
        for entry in entries:
            if entry not in generic:
                (phrases if " " in entry else words)[entry] = group
    return phrases, words


_POSSESSOR = re.compile(r"['’]s?\b")
_DOUBLED = re.compile(r"(\w*([^aeiou]))\2(?:ed|ing)")
_POSSESSIVE = re.compile(r"['’]s?$")


def _words(text: str) -> list[str]:
    """Lower-cased words without full stops and possessive endings ("party's" -> "party")."""
    words = (_EX.sub("", _POSSESSIVE.sub("", w.strip(".")).lower()) for w in _WORDS.findall(text))
    return [w for w in words if w]


_EX = re.compile(r"^(?:ex|former)-(?=\w)")  # "ex-finance chief" is a finance chief


def _singular(word: str, known: dict[str, str]) -> str:
    if word in known:
        return word
    if "-" in word and (last := word.rsplit("-", 1)[1]) in known and word.split("-", 1)[0] in {"co", "joint", "deputy"}:
        return last  # "co-director" is a director
    if word.endswith("ies") and word[:-3] + "y" in known:
        return word[:-3] + "y"  # "authorities"
    for cut in ("es", "s"):
        if word.endswith(cut) and word[: -len(cut)] in known:
            return word[: -len(cut)]
    return word


def _rightmost(words: list[str], lexicon: dict[str, str]) -> str | None:
    """The group of the right-most phrase of ``words`` in ``lexicon``, longest first."""
    found = _rightmost_phrase(words, lexicon)
    return found[0] if found else None


def _longest_phrase(words: list[str], lexicon: dict[str, str]) -> tuple[str, int] | None:
    """(group, number of words) of the longest phrase of ``words`` in ``lexicon``, right-most of
    equals: in a name, the most specific phrase wherever it stands."""
    best: tuple[str, int] | None = None
    for i in range(len(words)):
        for n in (4, 3, 2, 1):
            if i - n + 1 >= 0:
                phrase = " ".join(words[i - n + 1 : i]) + (" " if n > 1 else "") + _singular(words[i], lexicon)
                if phrase in lexicon and (best is None or n >= best[1]):
                    best = lexicon[phrase], n
                    break
    return best


def _rightmost_phrase(words: list[str], lexicon: dict[str, str]) -> tuple[str, int] | None:
    """(group, number of words) of the right-most phrase of ``words`` in ``lexicon``, longest first."""
    for i in range(len(words) - 1, -1, -1):
        for n in (4, 3, 2, 1):
            if i - n + 1 < 0:
                continue
            last = _singular(words[i], lexicon)
            phrase = " ".join(words[i - n + 1 : i]) + (" " if n > 1 else "") + last
            if phrase in lexicon:
                return lexicon[phrase], n
    return None


_SPLIT = frozenset({"of", "for", "at", "with", "in", "from", "on", "to", "who", "which", "that"})


@cache
def _title_defaults() -> dict[str, str]:
    return {k: v for k, v in _lexicon("role_groups.json")["title_defaults"].items() if not k.startswith("_")}


def _across_split(words: list[str], cut: int, specific: dict[str, str]) -> str | None:
    """A lexicon phrase that runs across the split word and starts in the head part: "the city of
    Phoenix" (city of), "Secretary of State Kerry"; the longest wins."""
    if cut >= len(words):
        return None
    joined = f" {' '.join(words)} "
    head_chars = len(" ".join(words[:cut])) + 1
    found = [
        (len(p), p.split()[-1] in _SPLIT, g)
        for p, g in _split_phrases()
        if (at := joined.find(f" {p} ")) >= 0 and at < head_chars
    ]
    if not found:
        return None
    _, open_ended, group = max(found)
    phrase = max((len(p), p) for p, _ in _split_phrases() if f" {p} " in joined and joined.find(f" {p} ") < head_chars)[
        1
    ]
    if phrase.startswith("spokes"):
        # a spokesman's body decides ("a spokesman for the United Mine Workers of America" is a
        # union's); one speaking for a politician or a party is their staff, as a bare spokesman is
        body = _rightmost(words[cut:], specific)
        return body if body not in {None, "politician"} else group
    # "vice president of" gives way to what it is of: "... of the European Commission"
    return (_rightmost(words[cut:], specific) if open_ended else None) or group


@cache
def _split_phrases() -> tuple[tuple[str, str], ...]:
    """The specific lexicon's phrases with a split word inside ("city of", "secretary of state")."""
    return tuple((p, g) for p, g in _role_lexicon()[0].items() if any(w in _SPLIT for w in p.split()[1:]))


@cache
def _context_heads() -> dict[str, tuple[int, frozenset[str], dict[str, str], dict[str, str]]]:
    """Story group -> (cue words needed, cue words, generic heads it takes over, business titles it
    takes over when nothing else in the role names a business)."""
    data = _lexicon("role_groups.json")["context_heads"]
    return {
        story: (
            v["min_cues"],
            frozenset(v["cues"]),
            dict.fromkeys(v["heads"], v.get("group", story)),
            dict.fromkeys(v.get("executives", ()), v.get("group", story)),
        )
        for story, v in data.items()
        if not story.startswith("_")
    }


def story_groups(text: str) -> tuple[str, ...]:
    """The groups whose cue words the article uses often enough (``context_heads`` in the lexicon):
    a sports story makes a "manager" or "president" a sports one."""
    found = re.findall(r"[a-z][a-z-]+", text.lower())
    words = set(found)
    # a long article needs more of them: three sports words in 3,700 words of climate policy
    # ("club", "goal", "goals") do not make a sports story
    scale = round(len(found) / CUE_WORDS_PER_EXTRA)
    return tuple(g for g, (need, cues, _, _) in _context_heads().items() if len(words & cues) >= max(need, scale))


def role_group(
    role: str | None, title: bool = False, story: Sequence[str] = (), name: bool = False, generic: bool = True
) -> str:
    """The role group of a role phrase (or an organisation's name); "unknown" when none fits.
    ``title``: the phrase stands before a name as a title ("Work Secretary Alan Johnson").
    ``story``: the article's story groups (``story_groups``), which decide generic heads first.
    ``name``: the words are an organisation's name, where a word for a person says nothing of what
    the body is ("Health and Safety Executive" is no business, "Institute of Directors" still is).
    ``generic``: fall back on a generic head's default ("spokesman": government); without it such a
    role is "unknown", so that a body the role names can decide."""
    if not role:
        return "unknown"
    role = _current_post(role, story)
    if _PARTY_STATE_TAG.fullmatch(role.strip()):
        return "politician"  # "D-Mont.", "R-Ky.": a lawmaker's party and state
    if (whose := _kin_of(role)) is not None and (
        role_group(whose) == "politician" or _known_names()[1].get(whose) == "politician"
    ):
        # "son of the Republican presidential front-runner", "the nominee's eldest daughter": a
        # politician's relative speaking in the story speaks for the campaign, not as a voter
        return _STAFF
    fallback = generic
    specific, generic = _role_lexicon()
    words = _words(role)
    if len(words) > 2 and words[0] in {"who", "that"} and words[1] in _DOER:
        words = [_DOER[words[1]], "of", *words[2:]]  # "who chairs the committee": its chairman
    if name:
        whole = _longest_phrase(words, specific)
        if whole and whole[1] > 1:
            # a name holding a lexicon phrase: "Institute of Directors", "United States", "State
            # Department Refugee Processing Center" (the department's, not a refugee's)
            return whole[0]
        heads = _lexicon("role_groups.json")
        if (
            len(words) > 1
            and words[-1] in _media_name_heads()
            or words in (["the", w] for w in heads["media_paper_words"])
        ):
            return "media"  # "New York Times", "Agence France Presse", "the Telegraph": a news outlet's name
        if len(words) == 1 and words[0] in heads["media_paper_words"]:
            return "media"  # "Times" (the tagger's name for "The Times")
        if words and _singular(words[-1], generic) in _person_words():
            words = words[:-1]  # "Health and Safety Executive": a body, not an executive
    at = next((k for k, w in enumerate(words[:2]) if w.removeprefix("co-") in {"author", "authors"}), None)
    if at is not None and any(w in _STUDIES for w in words[at + 1 :]):
        return "expert or academic"  # "author of the Analysys report": a study's author, not a writer
    if words and (words[-1] in _LEGAL or words[-1].removesuffix("s") in _LEGAL):
        return specific[words[-1].removesuffix("s")]  # "Ministry of Defence lawyers": lawyers, not the ministry
    cut = next((k for k, w in enumerate(words) if w in _SPLIT and k > 0), len(words))
    head, rest = words[:cut], words[cut:]
    issuer = [w for w in head if w not in _document_heads()]
    # a phrase across the split word first: "Bank of England governor" is the Bank of England's
    group = _across_split(words, cut, specific)
    if group is None and len(issuer) < len(head):
        # a document speaks for whoever issued it: "a New York Times/CBS News poll" is the paper's
        group = _rightmost(issuer, specific) or _rightmost(rest, specific)
    group = group or _rightmost(head, specific) or _rightmost(rest, specific)
    if group == _STAFF and len(head) > 1 and head[-1] in _OFFICES and _rightmost(head[:-1], specific) == _JUSTICE:
        group = _JUSTICE  # "NYPD Commissioner", "Pentagon spokesman": the police's, the army's
    if group == "politician" and "campaign" in rest and _rightmost(head, generic) == _STAFF:
        group = _STAFF  # "an economic policy adviser at the Clinton campaign": campaign staff
    if "politics" in story and _staff_post(head, words):
        group = _STAFF  # "a former senior strategist for the Obama campaign", "RNC Research Director"
    if group == "politician" and _PARTY_VOICE.fullmatch(" ".join(words)):
        group = _STAFF  # "A Conservative spokeswoman": the party's press officer, not a frontbencher
    if group is None and title and len(words) == 1:
        group = _rightmost(head, _title_defaults())  # "President Obama", even in a story full of sport words
    longer = _rightmost_phrase(head, generic)
    if group is None and longer and longer[1] > 1 and longer[0] != "unknown":
        group = longer[0]  # "General secretary": the longer generic phrase beats the title "secretary"
    for g in story:
        group = group or _rightmost(head[-1:], _context_heads()[g][2])  # the head noun only: not "director general"
        executive = _context_heads()[g][3]
        if group == "business" and not rest and (found := _rightmost_phrase(head, executive)):
            # "managing director Karen Brady", "UKA chief executive" in a sports story: the club's or
            # the sport body's, unless another word of the role names a business ("Nike chief executive"
            # stays business only when "Nike" is in the lexicon)
            before = head[: len(head) - found[1]]
            group = group if _rightmost(before, specific) else found[0]
    if group is None and title:
        group = _rightmost(head, _title_defaults())
    if group == _CIVIL and _trade_body(words):
        group = "business"  # "Association for Payment Clearing Services": a trade body, not a charity
    if group is None:
        # a job title the groups above lack ("school teacher", "an architect"), before any generic default
        occupations = _occupations()[1]
        group = _rightmost(head, occupations) or _rightmost(rest, occupations)
    return group or (_rightmost(head, generic) if fallback else None) or "unknown"


#: Where a role joins several posts: "a senior fellow at the Hoover Institution and a former United
#: States ambassador", "a former Democratic tax aide now teaching at New York University".
_POST_SPLIT = re.compile(r",|;|\band\b|\bnow\b")
_FORMER_POST = re.compile(r"^\s*(?:(?:a|an|the|his|her|their)\s+)?(?:former|ex-|onetime|one-time)", re.IGNORECASE)


@cache
def _staff_words() -> tuple[frozenset[str], frozenset[str]]:
    """(posts a campaign or a party employs, words naming such an employer): `staff_posts` and
    `political_employers` in role_groups.json."""
    data = _lexicon("role_groups.json")
    return frozenset(data["staff_posts"]), frozenset(data["political_employers"])


def _staff_post(head: list[str], words: list[str]) -> bool:
    """Whether a role is a post on a campaign's or a party's staff: its head holds a post a campaign
    employs and the role names a campaign, a party committee, a PAC or "political" work ("a pollster
    and strategist on Mrs. Clinton's 2008 campaign", "the committee's political director"; not a
    party's chairman, an officer). Read only in a story about politics."""
    posts, employers = _staff_words()
    return any(w in posts for w in head) and any(w in employers for w in words)


def _current_post(role: str, story: Sequence[str] = ()) -> str:
    """A role without the posts it says the person held before, when it also gives one they hold
    now that the lexicon places: what the person is in the story is the current post."""
    parts = [p for p in _POST_SPLIT.split(role) if p.strip()]
    if len(parts) < 2 or not any(_FORMER_POST.match(p) for p in parts):
        return role
    current = [p.strip() for p in parts if not _FORMER_POST.match(p)]
    if current and any(role_group(p, story=story) != "unknown" for p in current):
        return " and ".join(current)
    return role


_CIVIL = "civil society, NGO, union"
#: Heads of a body that the lexicon reads as civil society unless its name says it is a trade's.
_BODY_HEADS = frozenset({"association", "federation", "council", "alliance", "coalition", "confederation"})


def _trade_body(words: list[str]) -> bool:
    """Whether the words name an association (federation, alliance ...) of an industry or trade
    (``trade_body_words`` in the lexicon): "Motion Picture Association of America"."""
    if not any(_singular(w, {h: h for h in _BODY_HEADS}) in _BODY_HEADS for w in words):
        return False
    joined = f" {' '.join(words)} "
    return any(f" {t} " in joined for t in _trade_words())


@cache
def _trade_words() -> frozenset[str]:
    return frozenset(_lexicon("role_groups.json")["trade_body_words"])


_PARTY_STATE_TAG = re.compile(r"[DRI]-(?:[A-Z][a-z]*\.?|[A-Z]\.[A-Z]\.)(?:\s[A-Z][a-z]*\.?)?")
#: Offices that speak for a body: before them, a police or military body decides the group.
_OFFICES = frozenset({"commissioner", "spokesman", "spokeswoman", "spokesperson", "official", "officials"})
_JUSTICE = "police, military, justice"
#: What researchers write: its author is an expert ("author of the study"), a book's a writer.
_STUDIES = frozenset({"report", "reports", "study", "studies", "survey", "surveys", "research", "findings", "paper"})
#: Legal professions: ending a role, they say what the person is whoever employs them.
_LEGAL = frozenset({"lawyer", "attorney", "barrister", "solicitor", "counsel"})
#: An unnamed party spokesperson, only the party before the head ("a Tory spokesman", "a Liberal
#: Democrat spokeswoman"); with a portfolio ("Tory work and pensions spokesman") it is a frontbencher.
_PARTY_VOICE = re.compile(
    r"(?:a|an) (?:conservative|tory|labour|liberal democrat|lib dem|snp|plaid cymru|ukip|green|democratic|republican|"
    r"gop)(?: party)? (?:spokesman|spokeswoman|spokesperson)"
)
#: Campaign staff (advisers, aides, spokespeople of a campaign) speak for it: not politicians.
_STAFF = "government official or spokesperson"
#: The one who does what a relative clause says: "who heads the Center" is its head.
_DOER = {
    "heads": "head",
    "leads": "leader",
    "runs": "head",
    "chairs": "chairman",
    "directs": "director",
    "manages": "manager",
    "edits": "editor",
    "coaches": "coach",
    "founded": "founder",
    "represents": "representative",
    # the past forms say what the person was there ("Don Fowler, who helmed the DNC from 1995"): the
    # group of a former office-holder is still that office's
    "helms": "head",
    "helmed": "head",
    "headed": "head",
    "led": "head",
    "ran": "head",
    "chaired": "chairman",
    "managed": "manager",
    "edited": "editor",
    "coached": "coach",
    "represented": "representative",
}


@cache
def _media_name_heads() -> frozenset[str]:
    """Last words of a news outlet's name ("New York Times", "Denver Post"), read only in names."""
    return frozenset(_lexicon("role_groups.json")["media_name_heads"])


@cache
def _document_heads() -> frozenset[str]:
    """Words for what an organisation issues (a poll, a report): the issuer named beside them decides."""
    return frozenset(_lexicon("role_groups.json")["document_heads"])


@cache
def _person_words() -> frozenset[str]:
    """Words for a person, which in an organisation's name say nothing of what it does."""
    return frozenset(_lexicon("speaker_kinds.json")["person_heads"]) | frozenset(_role_lexicon()[1])


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


#: The confident first names, derived from nomquamgender's table by ``build_first_names`` and shipped
#: as data: reading the package's 22 MB table took 3-10 s on a first analysis (every new store).
FIRST_NAMES_FILE = "first_names.tsv"


@cache
def _first_names() -> dict[str, str]:
    """{first name: "female" | "male"} for the names nomquamgender gives one gender with at least
    FIRST_NAME_CONFIDENCE over enough people and sources (``lexicons/first_names.tsv``)."""
    text = resources.files("analysis.extract").joinpath("lexicons", FIRST_NAMES_FILE).read_text("utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))
    return {name: gender for name, gender in rows}


def first_names_header() -> str:
    """The first line of ``first_names.tsv``: the data set's version and the thresholds it was cut at."""
    return (
        f"# nomquamgender {metadata.version('nomquamgender')} name_data.json: share >= {FIRST_NAME_CONFIDENCE}"
        f" of one gender, >= {FIRST_NAME_MIN_COUNT} people, >= {FIRST_NAME_MIN_SOURCES} sources"
    )


def build_first_names() -> str:
    """``first_names.tsv`` rebuilt from the installed nomquamgender (``python scripts/first_names.py``)."""
    data = json.loads(resources.files("nomquamgender").joinpath("name_data.json").read_bytes())
    rows = sorted(
        (name, "female" if row[2] >= FIRST_NAME_CONFIDENCE else "male")
        for name, row in data.items()
        if row[0] >= FIRST_NAME_MIN_SOURCES
        and row[1] >= FIRST_NAME_MIN_COUNT
        and (row[2] >= FIRST_NAME_CONFIDENCE or row[2] <= 1 - FIRST_NAME_CONFIDENCE)
    )
    return "\n".join([first_names_header(), *(f"{n}\t{g}" for n, g in rows)]) + "\n"


def first_name_gender(name: str) -> str | None:
    """'female' or 'male' when the first word of ``name`` is that gender's in the name data with
    confidence >= FIRST_NAME_CONFIDENCE over enough people; else None."""
    parts = name.split()
    if len(parts) < 2:
        return None  # a surname alone ("Khan") says nothing
    first = parts[0].lower()
    if len(first.rstrip(".")) < 2 or not first.isalpha():
        return None  # initials, hyphens, titles
    table = _first_names()
    return table.get(first) if table else None


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


# -- the speakers ------------------------------------------------------------------------------
Role = tuple[str, int, int, bool]  # words, start, end, written as a title before the name


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
        self.org_heads = frozenset(lex["organisation_heads"])
        self.group_heads = frozenset(lex["group_heads"])
        self.group_names = tuple(lex["group_names"])
        self.party_names = frozenset(lex["party_names"])
        self.unique_titles = frozenset(lex["unique_titles"])
        self.person_heads = frozenset(lex["person_heads"])
        self.kin_words = frozenset(lex["kin_words"])
        self.utterance_heads = frozenset(lex["utterance_heads"])
        self.collective_heads = frozenset(lex["collective_heads"])
        self.state_heads = frozenset(lex["state_heads"])
        self.not_surnames = frozenset(lex["not_surnames"])
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
                c.dep_ == "det" and c.lower_ == "the" or c.dep_ == "poss" and c.pos_ == "PROPN" for c in tok.children
            ):
                continue  # "the industry minister", "Connecticut's tax commissioner" (a person's: below)
            a, b = noun_phrase(doc, tok)
            if any(m.label == "PERSON" for m in self.speakers.mentions_in(a, b)):
                continue  # "the chief executive of Fiat" is fine, "Clinton's aide" is someone else
            if role_group(self.text[a:b]) == "unknown":
                continue
            earlier = any(t.lemma_ == tok.lemma_ for t in doc[: tok.i])
            # a description used before ("the woman's quotes ... The woman disputes") is no introduction
            who = self._named_next(b) if not earlier and self.speakers.described(tok) is None else None
            if who is None:
                continue
            key = " ".join(_words(self.text[a:b])[1:])
            links.setdefault(key, set()).add(who)
            found.setdefault(who, {}).setdefault(key, (re.sub(r"\s+", " ", self.text[a:b]), a, b, False))
        self._descriptions = {
            who: next(iter(roles.values()))
            for who, roles in found.items()
            if len(roles) == 1 and links[next(iter(roles))] == {who}
        }
        return self._descriptions

    def _named_next(self, end: int) -> str | None:
        """The person named first after ``end``, in its sentence or the next, as a subject."""
        ti = self.ix.token_before(end)
        if ti < 0:
            return None
        k = self.ix.sent_of[ti] + 2
        limit = self.ix.sent_start_char[k] if k < len(self.ix.sent_start_char) else len(self.text)
        people = [m for m in self.speakers.mentions_in(end, limit) if m.label == "PERSON"]
        if not people or not people[0].entity:
            return None
        i, j = self.ix.tokens(people[0].start, people[0].end)
        root = self.doc[i:j].root if j > i else None
        if root is None or root.dep_ not in _SUBJECT_DEPS:
            return None
        if any(c.i < i and c.dep_ in _TITLE_DEPS for c in root.lefts):
            return None  # "Rival Hillary Clinton": a title of their own, someone else
        # the description's own he/she ("complained about his mic") must fit the person named
        stop = self.ix.sent_first[k - 1] if k - 1 < len(self.ix.sent_first) else len(self.doc)
        said = {g for t in self.doc[ti:stop] if (g := _pronoun_form(t.text))}
        known = self.speakers.gender(people[0].entity)
        if said and known and said != {"he" if known == "m" else "she"}:
            return None
        return people[0].entity

    def is_person_word(self, word: str) -> bool:
        return word in self.person_heads or _singular(word, dict.fromkeys(self.person_heads, "")) in self.person_heads


def _pronoun_form(word: str) -> str | None:
    low = word.lower()
    return _MALE_PRONOUNS.get(low) or _FEMALE_PRONOUNS.get(low)


def _label(mentions: list[Mention]) -> str | None:
    labels = Counter(m.label for m in mentions if m.label in _ENTITY_KIND)
    return labels.most_common(1)[0][0] if labels else None


def _head_word(ctx: _Context, words_text: str, start: int | None, end: int | None) -> str | None:
    """The head noun of a speaker's words: their parse root, unless the words end on a word for a
    person ("A Department for Work and Pensions spokeswoman")."""
    words = _words(words_text)
    if not words:
        return None
    head = words[:cut][-1] if (cut := next((k for k, w in enumerate(words) if w in _SPLIT and k > 0), 0)) else words[-1]
    if ctx.is_person_word(words[-1]):
        return words[-1]  # "A Department for Work and Pensions spokeswoman"
    if ctx.is_person_word(head) or start is None or end is None:
        return head
    i, j = ctx.ix.tokens(start, end)
    return ctx.doc[i:j].root.lower_ if j > i else head


@cache
def _personal_documents() -> frozenset[str]:
    return frozenset(_lexicon("speaker_kinds.json")["personal_documents"])


#: Documents a person writes at length and alone: "a new book" is the one book the article names an author for.
_BOOKS = frozenset({"book", "memoir", "memoirs", "autobiography"})


def _author(ctx: _Context, words_text: str, start: int | None, end: int | None) -> str | None:
    """The one person whose own writing or speech a speaker's words name ("his report", "Ivana
    Trump's brief", "the book" where the article has "Mr Peston's book" and no one else's): the
    words are that person's, whoever the tagger or the quote rules took them for."""
    words = _words(words_text)
    cut = next((k for k, w in enumerate(words) if (w in _SPLIT or w == "by") and k > 0), len(words))
    if not words or _singular(words[cut - 1], dict.fromkeys(_personal_documents(), "")) not in _personal_documents():
        return None
    head = words[cut - 1]
    people = {e for e, ms in ctx.named.items() if _label(ms) == "PERSON"}
    if start is not None and end is not None:
        if words[0] in {"his", "her", "my"} and ctx.pronoun_at.get(start) in people:
            return ctx.pronoun_at[start]  # "his report", the "his" resolved to Wim Kok
        inside = [m for m in ctx.speakers.mentions_in(start, end) if m.entity in people]
        own = [m.entity for m in inside]
        if own and _POSSESSOR.match(ctx.text, ctx.text.find(own[0], start) + len(own[0])):
            return own[0]  # "Ivana Trump's brief"
        if inside and re.search(r"\bby\s+$", ctx.text[start : inside[0].start]):
            return own[0]  # "an analysis by Lily Batchelder"
        if own or words[0] not in {"the", "this", "that"} and not (words[0] in {"a", "an"} and head in _BOOKS):
            # "a book by ..." names its author itself; "a report" is nobody's yet; "a new book" is the
            # one book the article names an author for ("According to a new book ... The book, by
            # journalist Robert Peston")
            return None
    # a definite "the book": the one person whose book the article names
    found: set[str] = set()
    for m in re.finditer(rf"\b{re.escape(head)}\b", ctx.text, re.IGNORECASE):
        before = ctx.text[max(0, m.start() - 60) : m.start()]
        after = ctx.text[m.end() : m.end() + 60]
        for e in people:
            short = e.rsplit(" ", 1)[-1]
            if re.search(rf"\b(?:{re.escape(e)}|{re.escape(short)})['’]s?(?:\s+[a-z-]+){{0,2}}\s*$", before):
                found.add(e)  # "journalist Robert Peston's new book", "Mr Peston's book"
            if re.match(rf"(?:,\s*[^,.]{{1,40}})?\s+by\s+(?:[A-Z][\w.'-]*\s+){{0,2}}{re.escape(short)}\b", after):
                found.add(e)  # "a new book, Brown's Britain by Robert Peston"
            if re.match(rf",\s*by\s+(?:[\w.'’-]+\s+){{0,4}}{re.escape(short)}\b", after):
                found.add(e)  # "The book, by Sunday Telegraph journalist Robert Peston"
        pron = ctx.pronoun_at.get(m.start() - 4) or ctx.pronoun_at.get(m.start() - 5)
        if pron in people and re.search(r"\b(?:his|her)\s+$", before):
            found.add(pron)  # "his report", resolved
    return next(iter(found)) if len(found) == 1 else None


def _kind_of_words(ctx: _Context, words_text: str, start: int | None, end: int | None) -> str:
    """The kind of a speaker given in its own words ("officials", "a spokesman", "he")."""
    words = _words(words_text)
    if not words:
        return "unknown"
    if words == ["it"]:
        return "organisation"  # "it said", unresolved: a body or what it issued, never a person
    if _those_asked(ctx, words, end):
        return "anonymous"  # "those surveyed said": the people a poll asked
    if len(words) == 1 and words[0] in ctx.kind_pronouns:
        return "unknown"
    lowered = " ".join(words)
    cut = next((k for k, w in enumerate(words) if w in _SPLIT and k > 0), len(words))
    if any(p in lowered for p in ctx.anonymous_phrases) or {words[-1], words[cut - 1]} & ctx.anonymous_heads:
        return "anonymous"  # "sources", "one GOP source in the room"
    if _share_of_people(words_text):
        return "anonymous"  # "73 percent", "Almost a quarter", "One in four": a share of people
    if len(words) == 1 and words_text[:1].isupper() and words_text in ctx.surnames:
        return "named person"  # a surname the tagger missed ("Hare added")
    head = _head_word(ctx, words_text, start, end)
    inside = ctx.speakers.mentions_in(start, end) if start is not None and end is not None else []
    if head in _document_heads():
        return "organisation"  # "a report by UK think-tank Demos": the issuer's, whatever names it holds
    if any(
        m.label == "PERSON"
        and not _POSSESSOR.match(ctx.text, m.end)
        and not (end is not None and m.end < end and _MODIFIES.match(ctx.text, m.end))
        for m in inside
    ):
        # "Shadow leader of the Commons Oliver Heald", not "Gary Johnson's doctor" nor "a narrator
        # in the Clinton ad" (the name qualifies a noun of the speaker's own words)
        return "named person"
    if head in ctx.group_heads:
        return "country or group"  # "Scott's family"
    if head in ctx.org_heads or head in _document_heads():
        return "organisation"  # "the company"; "this article", "one slide": whoever issued them
    if _ACRONYM.fullmatch(words_text.strip()):
        return "organisation"  # "RSPCA", "NATO": an acronym the tagger missed
    plural = head is not None and head.endswith("s") and not head.endswith("ss")
    common = plural and re.search(rf"\b{re.escape(head or '')}\b", words_text) is not None  # lower case
    if common and not {head, _singular(head or "", dict.fromkeys(ctx.org_heads, ""))} & (
        ctx.org_heads | _document_heads()
    ):
        return "anonymous"  # "Some web users in Canada", "viewers of ... MTV Base": unnamed people
    if head is not None and not ctx.is_person_word(head):
        for m in inside:
            if m.label == "ORG":
                return "organisation"  # "a rival in IBM", "a Washington Post database"
            if m.label == "GPE":
                return "country or group"  # "the city of Phoenix"
    tokens = words_text.split()
    specific, generic = _role_lexicon()
    if (
        all(t[:1].isupper() for t in tokens)
        and 1 < len(tokens) <= 4
        and not any(_singular(w, specific) in specific or _singular(w, generic) in generic for w in words)
    ):
        return "named person"  # a name the tagger missed ("— Francisco Herrero")
    if plural:
        return "anonymous"
    around = ctx.sentence_text(start, end).lower() if start is not None and end is not None else lowered
    if any(p in around for p in ctx.anonymous_phrases[2:]):
        return "anonymous"  # "an official, who spoke on condition of anonymity"
    if _definite(words_text) and _has_phrase(words, ctx.unique_titles):
        return "named person"  # "The Indiana governor": one office-holder the reader can name
    if head in ctx.kin_words and _possessed(ctx.text, start, words_text):
        return "named person"  # "his ex-wife", "my father": one person the reader can name
    if len(tokens) == 1 and words_text[:1].isupper() and _longer_org_names(ctx, words_text.strip()):
        return "organisation"  # "Peabody said", after "the coal mining giant Peabody Energy"
    demonstrative = words[0] in {"this", "that"} and ctx.is_person_word(head or "") and start is not None
    if demonstrative and any(m.label == "PERSON" for m in ctx.speakers.mentions_in(0, start or 0)):
        return "named person"  # "this remarkably active senior citizen": someone named before
    if (
        _a_thing(ctx, head, words, start, end)
        and not _possessed(ctx.text, start, words_text)
        and not _pronouns_after(ctx, start or 0, end or 0)
    ):
        # "the ruling", "softer language": what a body decided or wrote, not a person (a person's own,
        # "her account", is read as that person's words elsewhere; one the article goes on to call
        # "he" or "she", "The cardinal", is a person whatever the lexicon lacks)
        return "organisation"
    return "unnamed person"


#: Endings of nouns for someone who does something ("questioner", "strategist", "resident"), not
#: "-ment" ("comment", "statement").
_AGENT_NOUN = re.compile(r"(?:er|or|ist|ian|ant|(?<!m)ent|eer|ee)s?$")


def _a_thing(ctx: _Context, head: str | None, words: list[str], start: int | None, end: int | None) -> bool:
    """Whether a speaker's words are headed by a common noun that is no word for a person, a role or
    a group of people: "the ruling", "softer language", "The body"."""
    if head is None or start is None or end is None or ctx.is_person_word(head) or head in ctx.kin_words:
        return False
    specific, generic = _role_lexicon()
    if any(_singular(w, specific) in specific or _singular(w, generic) in generic for w in words):
        return False  # a role word anywhere ("a rival in IBM" aside): a person's description
    if head in ctx.group_heads | ctx.anonymous_heads | ctx.utterance_heads | ctx.collective_heads:
        return False  # a speech, a comment: someone's words, whose the words around must say
    if _AGENT_NOUN.search(head):
        return False  # "one questioner", "a campaigner": a word for someone who does something
    i, j = ctx.ix.tokens(start, end)
    root = ctx.doc[i:j].root if j > i else None
    return root is not None and root.pos_ == "NOUN" and root.lower_ == head and root.text.islower()


#: A count or share of people: "73 percent", "69% of those questioned", "18".
_COUNTED = re.compile(
    r"(?:(?:another|a further|only|just|about|nearly|almost|some|over)\s+)*\d[\d,.]*(?:%|\s+percent|\s+per cent|$)",
    re.IGNORECASE,
)
#: A share written in words: "Fifty percent of Europeans", "Twenty-five per cent".
_SPELLED_SHARE = re.compile(
    r"(?:(?:another|a further|only|just|about|nearly|almost|some|over)\s+)*"
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|"
    r"seventy|eighty|ninety)(?:-\w+)?\s+(?:percent|per\s+cent)\b",
    re.IGNORECASE,
)
#: A share written as a fraction or a majority: "Almost a quarter", "One in four", "Three-quarters",
#: "Nearly eight of 10 voters", "A majority", "A total of 53% of those polled".
_FRACTION_SHARE = re.compile(
    r"(?:(?:another|a further|only|just|about|nearly|almost|some|over|around|roughly|more than|fewer than|"
    r"less than|a total of|a clear|a slim|the)\s+)*"
    r"(?:(?:a|one|two|three|four)[\s-]+(?:quarters?|thirds?|fifths?|tenths?)|half|a\s+(?:majority|minority)|"
    r"majority|minority|(?:one|two|three|four|five|six|seven|eight|nine|\d+)\s+(?:in|out\s+of|of)\s+"
    r"(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\b(?:\s+[a-z]+)?|\d[\d,.]*\s*(?:%|percent\b|per\s+cent\b))"
    r"(?:\s+of\b.*)?$",
    re.IGNORECASE,
)
#: The words after "those" that make it the people a poll asked: "those surveyed said".
_ASKED_AFTER = re.compile(r"\s+(?:polled|surveyed|questioned|asked|interviewed|responding)\b", re.IGNORECASE)
#: Words that make an article a poll's: its shares of people are those asked (ordinary people).
_POLL_WORDS = re.compile(r"\b(?:poll|polls|polled|survey|surveys|surveyed|respondents|questioned)\b", re.IGNORECASE)


def _share_of_people(words_text: str) -> bool:
    """Whether a speaker's words are a share or count of people: "73 percent", "32", "Thirty per
    cent", "Almost a quarter", "One in four", "A majority", "69% of those questioned"."""
    w = words_text.strip()
    return bool(_COUNTED.match(w) or _SPELLED_SHARE.match(w) or _FRACTION_SHARE.match(w))


def _those_asked(ctx: _Context, words: list[str], end: int | None) -> bool:
    """ "those surveyed said": the quote rules took only "those"."""
    return words == ["those"] and end is not None and _ASKED_AFTER.match(ctx.text, end) is not None


def _share_group(ctx: _Context, words_text: str) -> str:
    """The group of a share of people: the people it is a share of ("60% of economists"), else, in
    an article about a poll or survey, the ordinary people it asked; else unknown."""
    of = re.search(r"\bof\s+(.+)$", words_text, re.IGNORECASE)
    if of and (group := role_group(of.group(1))) != "unknown":
        return group
    return "ordinary person or witness" if _POLL_WORDS.search(ctx.text) else "unknown"


#: A name written in capitals, three to six letters: an organisation's acronym.
_ACRONYM = re.compile(r"[A-Z]{3,6}")


#: A possessive determiner right before a noun phrase: "his ", "Trump's ", "my ".
_POSSESSED = re.compile(r"(?:\b(?:his|her|their|my|our)|\w['’]s?)\s+(?:ex-|former\s+|late\s+)?$", re.IGNORECASE)


def _possessed(text: str, start: int | None, words_text: str) -> bool:
    """Whether a speaker's words open with a possessive ("his wife", "Trump's ex-wife") or follow
    one in the text (the quote rules took only "wife")."""
    first = words_text.split(" ", 1)[0]
    if first.lower() in {"his", "her", "their", "my", "our"} or _POSSESSIVE.search(first):
        return True
    return start is not None and _POSSESSED.search(text[max(0, start - 24) : start]) is not None


_TIME_ADVERB = re.compile(r"^(?:now|then|later|also|still|currently)\s+", re.IGNORECASE)


def _definite(words_text: str) -> bool:
    # "now the Senate majority leader": an adverb before the description does not change it
    words_text = _TIME_ADVERB.sub("", words_text)
    first = words_text.split(" ", 1)[0]
    # "our correspondent": the outlet's own, one identifiable person
    return first.lower() in {"the", "his", "her", "their", "its", "our"} or bool(_POSSESSIVE.search(first))


def _has_phrase(words: list[str], phrases: frozenset[str]) -> bool:
    joined = f" {' '.join(words)} "
    return any(f" {p} " in joined for p in phrases)


def _role_of_person(ctx: _Context, mentions: Iterable[Mention], any_label: bool = False) -> Role | None:
    """The first role the article gives a named person, at any of their mentions: an apposition,
    a title before the name, "X of/at ORG", "X is the ..."."""
    doc, text = ctx.doc, ctx.text
    specific, generic = _role_lexicon()
    honorifics, _, _ = _gendered()

    def acceptable(a: int, b: int, is_title: bool) -> bool:
        if text[a:b].split(" ", 1)[0].lower() in {"and", "or", "but"}:
            return False  # "and DJ partner": a piece of a list
        if not is_title and any(
            x.label == "PERSON" and not _belongs_to(text, a, x) and x.text.lower() not in _party_members()
            for x in ctx.speakers.mentions_in(a, b)
        ):
            return False  # another person's name: "Blair, Brown and Straw" ("Clinton spokesman" is fine)
        words = _words(text[a:b])
        if (
            is_title
            and not _POSSESSIVE.search(text[a:b])
            and not any(ctx.is_person_word(w) or _singular(w, generic) in generic for w in words)
            and _only_a_body(ctx, a, b)
        ):
            return False  # "Sources told the BBC Mr Howard ...": a body's bare name before a name is no title
        if any(_singular(w, specific) in specific or _singular(w, generic) in generic for w in words):
            return True
        if role_group(text[a:b]) != "unknown":
            return True  # a lexicon phrase: "of the International Longevity Centre", "at the National Review"
        if words and words[0] in {"from", "of", "at"} and any(x.label == "ORG" for x in ctx.speakers.mentions_in(a, b)):
            return True  # "from the Muslim Safety Forum": the body the person speaks from
        i, j = ctx.ix.tokens(a, b)
        return j > i and ctx.is_person_word(doc[i:j].root.lower_)

    past: Role | None = None
    for m in sorted(mentions, key=lambda m: m.start):
        if m.label != "PERSON" and not any_label:
            continue
        i, j = ctx.ix.tokens(m.start, m.end)
        if j <= i:
            continue
        root = doc[i:j].root
        candidates = (
            (_title_inside(ctx, m, honorifics), True),
            (_apposition(doc, root, i, j), False),
            (_title_before(doc, root, i, honorifics), True),
            (_affiliation(doc, root, j), False),
            (_predicate(doc, root), False),
            (_listed_after(ctx, root, i), False),
            (_comma_apposition(ctx, m.end), False),
            (_party_and_state(ctx, m.end), False),
            (_relative_role(ctx, root, j), False),
            (_possessive_title(ctx, root, i), True),
            (_words_before(ctx, i) if m.label == "PERSON" else None, True),
            (_words_after(ctx, m.end), False),
        )
        for found, is_title in candidates:
            if found is None:
                continue
            a, b = found
            if ":" in text[min(b, m.end) : max(a, m.start)]:
                continue  # "Pat Caddell: Democrat Voters Worried ..." (a headline), not an apposition
            hyphen = _HYPHENATED.match(text, b)  # "co-producer" cut at its hyphen by the parse
            b = hyphen.end() if hyphen else b
            sport = _SPORT_NAME_BEFORE.search(text[max(0, a - 12) : a]) if _UNION_OR_LEAGUE.match(text, a) else None
            a = a - len(sport.group(0)) if sport else a  # "England rugby union captain": no trade union's
            clause = _TRAILING_CLAUSE.search(text, a, b)
            b = clause.start() if clause and clause.start() > a else b  # "... magazine, which conducted ..."
            if acceptable(a, b, is_title):
                role = re.sub(r"\s+", " ", text[a:b]), a, b, is_title
                if is_title and _PAST.search(text[max(0, a - 12) : a]):
                    past = past or role  # "Retired Lt. Gen.": what they were; a present role wins
                    continue
                return role
    return past


#: Words for a relative: a role made of one of them, someone's ("his wife", "Stallone's ex-wife",
#: "the nominee's eldest daughter"), says whose relative the person is.
_KIN_ROLE = re.compile(
    r"(?:\b(?:his|her|their|my|our)\b|['’]s?)\s+(?:\w+\s+){0,2}?(?:ex-|former\s+)?"
    r"(?:wife|husband|widow|widower|mother|father|son|daughter|brother|sister|fiancee?|partner)\s*$",
    re.IGNORECASE,
)


_KIN_WORD = r"(?:ex-|former\s+)?(?:wife|husband|widow|widower|mother|father|son|daughter|brother|sister)"
#: "son of the Republican presidential front-runner", "the Republican presidential nominee's eldest
#: daughter": whose relative the role says the person is.
_KIN_OF = re.compile(rf"^\s*(?:(?:the|a|an)\s+)?(?:[\w-]+\s+)?{_KIN_WORD}\s+of\s+(?P<whose>.+?)\s*$", re.IGNORECASE)
_KIN_POSSESSIVE = re.compile(rf"^\s*(?P<whose>.+?)['’]s?\s+(?:[\w-]+\s+){{0,2}}?{_KIN_WORD}\s*$", re.IGNORECASE)


def _kin_of(role: str) -> str | None:
    """The words for whose relative a role says the person is, or None."""
    found = _KIN_OF.match(role) or _KIN_POSSESSIVE.match(role)
    return found.group("whose") if found else None


def _kin_role(role: str) -> bool:
    return _KIN_ROLE.search(role) is not None


def _only_a_body(ctx: _Context, a: int, b: int) -> bool:
    """Whether the words a..b are just one organisation's name (tagged ORG), with no word for a post:
    "the BBC" in "told the BBC Mr Howard" (the parse hangs it on the name as a compound)."""
    return any(x.label == "ORG" and x.start <= a and b <= x.end for x in ctx.speakers.mentions_in(a, b))


#: "rugby" cut off a role that goes on "union ..." or "league ...": the sport, not a trade union.
_SPORT_NAME_BEFORE = re.compile(r"\brugby\s+$", re.IGNORECASE)
_UNION_OR_LEAGUE = re.compile(r"(?:union|league)\b", re.IGNORECASE)
#: A clause hanging on the end of a role: ", which conducted the research", ", who ...".
_TRAILING_CLAUSE = re.compile(r",\s+(?:which|who|whose|that|where)\b|\s+(?:--|—|–)\s")
#: Words before a title that make it a past one ("Retired Lt. Gen. Michael Flynn", "former").
_PAST = re.compile(r"\b(?:retired|former|ex)[\s-]+(?:\w+\.?\s+)?$", re.IGNORECASE)
#: Verbs of a relative clause after a name that say what the person does: "Luis Rubio, who heads
#: the Center of Research for Development", "who chairs the committee".
_ROLE_VERBS = frozenset(
    {"head", "lead", "run", "chair", "direct", "manage", "edit", "coach", "found", "represent", "helm"}
)
#: Verbs of a relative clause whose "as" phrase is the person's office: "who served as ambassador".
_AS_VERBS = frozenset({"serve", "work", "act"})


def _words_before(ctx: _Context, i: int) -> tuple[int, int] | None:
    """A title the parse did not hang on the name: the words right before it, back to punctuation,
    a determiner, a verb or a preposition, ending on a word for a person ("Airbus head Noel
    Forgeard is now set to replace ...")."""
    doc = ctx.doc
    if i == 0 or not _title_word(ctx, doc[i - 1]):
        return None
    first = i - 1
    while first - 1 >= 0 and i - first < 4:
        t = doc[first - 1]
        if t.is_punct or t.is_space or t.pos_ in {"DET", "VERB", "AUX", "ADP", "CCONJ", "PRON", "SCONJ"}:
            break
        first -= 1
    return doc[first].idx, doc[i - 1].idx + len(doc[i - 1])


def _title_word(ctx: _Context, token: Token) -> bool:
    """Whether a word right before a name is the last word of a title: a lower-case word for a
    person ("Airbus head"), or a capitalised one the lexicon holds as a person word or a role word
    ("Tulsa police Chief", "Sen.": the parse often hangs these on the wrong word)."""
    word = token.lower_.rstrip(".")
    if token.is_lower:
        return ctx.is_person_word(word)
    if not token.is_title and not token.text.endswith("."):
        return False  # "BBC", "NATO": a body's name in capitals, not a title
    if word in _gendered()[0] or ctx.in_title(token.idx):
        return False  # "Lord Falconer": an honorific; a headline's capitals say nothing
    specific, generic = _role_lexicon()
    return ctx.is_person_word(word) or word in specific or word in generic or word in _title_defaults()


def _words_after(ctx: _Context, end: int) -> tuple[int, int] | None:
    """Where a person is from, written right after the name when the parse hangs it elsewhere:
    "According to Benoit Joly from broadband telecoms firm Thales, ..." (up to a capitalised name)."""
    found = _FROM_AFTER.match(ctx.text, end)
    return (found.start(1), found.end(1)) if found else None


#: "from broadband telecoms firm Thales", "at the Tax Policy Center": a few lower-case words, then a name.
_FROM_AFTER = re.compile(
    r",?\s+((?:from|at)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,4}[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3})(?=[\s,.;:)]|$)"
)


def _possessive_title(ctx: _Context, root: Token, i: int) -> tuple[int, int] | None:
    """ "Labour's Paul Flynn": a possessive right before the name, when the lexicon gives it a
    group (a party, a body); "Blair's Tony" never occurs, "Chelsea's X" needs a sports story."""
    poss = next((c for c in root.lefts if c.dep_ == "poss" and c.i < i and c.pos_ == "PROPN"), None)
    if poss is None or poss.i != i - 1 and not (poss.i == i - 2 and ctx.doc[i - 1].tag_ == "POS"):
        return None
    a = ctx.doc[poss.left_edge.i].idx
    end = ctx.doc[i - 1]
    span = a, end.idx + len(end)
    party = ctx.doc[poss.i].lower_ in ctx.party_names  # "Labour", even when tagged PERSON
    if not party and any(m.label == "PERSON" for m in ctx.speakers.mentions_in(*span)):
        return None  # "Clinton's Tim Kaine": a person's, not a title
    return span if role_group(ctx.text[span[0] : span[1]], name=True) != "unknown" else None


def _relative_role(ctx: _Context, root: Token, j: int) -> tuple[int, int] | None:
    """ "X, who heads the Y": the relative clause, when its verb says what X does there."""
    for c in root.rights:
        if c.i < j or c.dep_ != "relcl":
            continue
        if not any(t.dep_ == "nsubj" and t.lower_ in {"who", "that"} for t in c.children):
            continue
        if c.lemma_ == "be":
            # "X, who is the party's chairman": the attribute, as "X is the ..." gives it
            attr = next((t for t in c.children if t.dep_ == "attr" and t.pos_ == "NOUN"), None)
            return noun_phrase(ctx.doc, attr) if attr is not None else None
        if c.lemma_.lower() in _AS_VERBS:
            # "X, who served as U.S. ambassador to Burma": the office after "as"
            prep = next((t for t in c.children if t.dep_ == "prep" and t.lower_ == "as"), None)
            obj = next((o for o in prep.children if o.dep_ == "pobj"), None) if prep is not None else None
            if obj is not None and obj.pos_ in {"NOUN", "PROPN"}:
                return noun_phrase(ctx.doc, obj)
            continue
        if c.lemma_.lower() not in _ROLE_VERBS:
            continue
        obj = next((o for o in c.children if o.dep_ == "dobj"), None)
        if obj is None:
            return None
        who = next(t for t in c.children if t.dep_ == "nsubj")
        end = min(obj.right_edge.i, obj.i + 10)
        return ctx.doc[who.i].idx, ctx.doc[end].idx + len(ctx.doc[end])
    return None


_HYPHENATED = re.compile(r"-\w+")
#: Words after which a name inside a role is what the role is of: "director general of Elspa" (Elspa
#: tagged PERSON), "a spokesman for Hillary Clinton".
_OF_WORDS = re.compile(r"\b(?:of|for|at|to|with|from|by)\b", re.IGNORECASE)


def _belongs_to(text: str, role_start: int, m: Mention) -> bool:
    """Whether a name inside a role phrase is part of what the role is of or for ("director
    general of Elspa", "president of the ... Women Caucus", "Clinton's campaign manager"), not a
    second person set beside the first ("Blair, Brown and Straw")."""
    return (
        bool(_OF_WORDS.search(text[role_start : m.start]))
        or bool(_POSSESSOR.match(text, m.end))
        or bool(_MODIFIES.match(text, m.end))  # "a top Trump surrogate": the name qualifies the noun
    )


#: A lower-case word right after a name inside a role: the name qualifies it ("Trump surrogate").
_MODIFIES = re.compile(r"[ \t]+(?!(?:and|or|but|nor|who|which|that)\b)[a-z]")


def _title_inside(ctx: _Context, m: Mention, honorifics: dict[str, str]) -> tuple[int, int] | None:
    """A title the tagger took into the name: "Agent Brian Hassell", "Lib Dem Sir Archy Kirkwood"
    (the words of the mention before its canonical name)."""
    if m.entity and m.text.endswith(m.entity) and m.text != m.entity:
        prefix = m.text[: len(m.text) - len(m.entity)]
    else:
        # the canonical name itself opens with title words: "Crown Prince Frederik"
        lead = re.match(r"(?:[A-Z][\w.-]*\s+){1,3}(?=[A-Z])", m.text)
        names = _first_names() or {}
        if (
            not lead
            or m.label != "PERSON"
            or lead.group(0).split()[0].lower() in names  # "Oscar P. Quintero": a first name
            or role_group(lead.group(0)) == "unknown"
        ):
            return _title_after(ctx, m)
        prefix = lead.group(0)
    words = prefix.split()
    names = _first_names() or {}
    specific, generic = _role_lexicon()
    while words and (
        words[-1].rstrip(".").lower() in honorifics
        or words[-1].lower() in names
        and not (len(words) == 1 and (words[0].lower() in specific or words[0].lower() in generic))
    ):
        words.pop()  # "Constable David Warcup": the title is "Constable"; "Bishop" stays a title
    if not words:
        return None
    end = m.start + prefix.index(words[-1]) + len(words[-1])
    return m.start, end


#: Titles written after a name: "Ben Emmerson QC", "Tony Wright MP".
_TITLE_AFTER = re.compile(r"\s+(QC|KC|MP|MEP|MSP|AM|MLA|TD)\b")


def _title_after(ctx: _Context, m: Mention) -> tuple[int, int] | None:
    inside = re.search(r"\s(QC|KC|MP|MEP|MSP|AM|MLA|TD)$", m.text)
    if inside:
        return m.start + inside.start(1), m.end
    after = _TITLE_AFTER.match(ctx.text, m.end)
    return after.span(1) if after else None


def _with_conjunct(doc: Doc, head: Token, span: tuple[int, int]) -> tuple[int, int]:
    """A role noun phrase with the role coordinated to it: "a tax lawyer and senior fellow at the
    Urban-Brookings Tax Policy Center", not only "a tax lawyer"."""
    conj = next((c for c in head.rights if c.dep_ == "conj" and c.pos_ == "NOUN" and c.tag_ == "NN"), None)
    if conj is None or not any(c.dep_ == "cc" and c.lower_ == "and" for c in head.rights):
        return span  # not "head of the Center, and other scientists": one more role of the same person
    if any(c.dep_ == "det" for c in conj.children):
        return span  # "a lawyer and a friend": two descriptions, keep the first
    return span[0], max(span[1], noun_phrase(doc, conj)[1])


def _apposition(doc: Doc, root: Token, i: int, j: int) -> tuple[int, int] | None:
    for c in root.children:
        if c.dep_ == "appos" and c.i >= j:
            if c.pos_ in {"NOUN", "PROPN"}:
                return _with_conjunct(doc, c, noun_phrase(doc, c))
            if c.lower_ == "one":  # "one of the family's attorneys"
                return doc[c.i].idx, doc[min(c.right_edge.i, c.i + 12)].idx + len(doc[min(c.right_edge.i, c.i + 12)])
    head = root.head
    if root.dep_ == "appos" and head.i < i and (head.pos_ == "NOUN" or head.lower_ == "one"):
        # "a spokesman for the ministry, Shafqat Ali Khan"; "one of the family's attorneys, X"
        if head.lower_ == "one":
            end = min(head.right_edge.i, i - 1)
            while end > head.i and (doc[end].is_punct or doc[end].is_space):
                end -= 1
            return head.idx, doc[end].idx + len(doc[end])
        return noun_phrase(doc, head)
    if (
        root.dep_ == "appos"
        and head.i < i
        and head.pos_ == "PROPN"
        and head.dep_ == "pobj"
        and head.head.lower_ in {"of", "for", "at"}
        and head.head.head.pos_ == "NOUN"
        and head.head.head.i < head.i
    ):
        # "the incoming president of the European Commission, Jose Manuel Barroso": the parse hangs
        # the name on the body's name, not on the office before it
        end = i - 1
        while end > head.i and (doc[end].is_punct or doc[end].is_space):
            end -= 1
        return doc[head.head.head.left_edge.i].idx, doc[end].idx + len(doc[end])
    if (
        root.dep_ == "appos"
        and head.i > j
        and head.pos_ == "NOUN"
        and head.head.i == head.i
        or (root.dep_ == "appos" and head.i >= j and head.pos_ == "NOUN")
    ):
        # "Mr Prettejohn, Lloyd's chief executive said" parsed with the role as the subject
        left = min(t.left_edge.i for t in [head]) if head.left_edge.i >= j else j
        while left < head.i and (doc[left].is_punct or doc[left].is_space):
            left += 1
        return doc[left].idx, head.idx + len(head)
    return None


def _listed_after(ctx: _Context, root: Token, i: int) -> tuple[int, int] | None:
    """A name listed after a plural description: "two first-name voters, Tyresha McClenney and
    Bryan Anderson" (the names parsed as conjuncts of the description, or of its apposition)."""
    t = root
    while t.dep_ == "conj" and t.head.i < t.i:
        t = t.head
    if t is root and root.dep_ != "appos":
        return None
    if t.dep_ == "appos" and t.pos_ == "PROPN":
        t = t.head
    if t.i < i and t.pos_ == "NOUN" and t.tag_ == "NNS" and ctx.is_person_word(t.lower_):
        return noun_phrase(ctx.doc, t)
    return None


#: ", Lloyd's chief executive said": a phrase between a comma after a name and a comma, a full stop
#: or a reporting verb (the parse sometimes misses such an apposition).
_COMMA_APPOSITION = re.compile(
    r",\s+([^,.;:\"“”()]{2,80}?)(?=\s*(?:[,.;]|\s(?:said|says|told|tells|added|adds|explained|argued|warned)\b))"
)
_NOT_A_ROLE_START = frozenset({"who", "which", "that", "he", "she", "they", "it", "said", "says", "and", "but", "as"})


#: "from/of/at" and a body's name (capitalised words, perhaps after "the" and lower-case words for
#: the kind of body): "from Families Need Fathers", "from the controversial group Fathers 4 Justice".
_FROM_BODY = re.compile(r"(?:from|of|at)\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}(?:[A-Z0-9][\w&'’.-]*\s*){1,6}")


def _comma_apposition(ctx: _Context, end: int) -> tuple[int, int] | None:
    """The words after "Name, " up to the next comma, full stop or reporting verb, when they are a
    noun phrase with a word for a person as its head ("Lloyd's chief executive", "director general
    of Elspa"): no verb among them."""
    found = _COMMA_APPOSITION.match(ctx.text, end)
    if not found:
        return None
    a, b = found.span(1)
    words = _words(ctx.text[a:b])
    if not words or words[0] in _NOT_A_ROLE_START:
        return None
    if words[0] in {"from", "of", "at"} and _FROM_BODY.fullmatch(ctx.text[a:b]):
        return a, b  # "Massoud Shadjareh, from the Muslim Safety Forum, said": where the person is from
    i, j = ctx.ix.tokens(a, b)
    if j <= i or any(t.pos_ in {"VERB", "AUX", "PRON"} for t in ctx.doc[i:j]):
        return None
    cut = next((k for k, w in enumerate(words) if w in _SPLIT and k > 0), len(words))
    return (a, b) if ctx.is_person_word(words[cut - 1]) else None


#: A US lawmaker's party and state right after the name: "Jon Tester (D-Mont.)", "Mitch McConnell,
#: R-Ky.,": what the person is, in the article's own words.
_PARTY_STATE = re.compile(r"(?:\s*\(|,\s+)([DRI]-(?:[A-Z][a-z]*\.?|[A-Z]\.[A-Z]\.)(?:\s[A-Z][a-z]*\.?)?)(?=[),])")


def _party_and_state(ctx: _Context, end: int) -> tuple[int, int] | None:
    found = _PARTY_STATE.match(ctx.text, end)
    return found.span(1) if found else None


def _title_before(doc: Doc, root: Token, i: int, honorifics: dict[str, str]) -> tuple[int, int] | None:
    """The words before a name that hang on it: "Tory work and pensions spokesman David Willetts"."""
    lefts = [c for c in root.lefts if c.i < i and c.dep_ in _TITLE_DEPS]
    if not lefts:
        # "senior law lord Lord Bingham": the title hangs on "Lord", a word of the name
        lefts = [c for t in root.subtree if i <= t.i < root.i for c in t.lefts if c.i < i and c.dep_ in _TITLE_DEPS]
    if not lefts:
        return None
    first = max(min(c.left_edge.i for c in lefts), i - 8)
    for k in range(i - 1, first - 1, -1):
        inside_word = doc[k].text == "-" and not doc[k].whitespace_ and k > 0 and not doc[k - 1].whitespace_
        if (doc[k].is_punct or doc[k].is_space) and not inside_word:  # "full-back" is one word
            first = k + 1
            break
    first = _before_hyphenated(doc, first, i)
    last = i - 1
    # Honorifics are not roles: "Mr", "Sir" at either end drop out; so do "the", "a" and a
    # conjunction joining the title's clause to what came before ("- but managing director X").
    while first <= last and (doc[first].text.rstrip(".").lower() in honorifics or doc[first].pos_ in {"DET", "CCONJ"}):
        first += 1
    while last >= first and doc[last].text.rstrip(".").lower() in honorifics and doc[last].text[:1].isupper():
        last -= 1  # "Lord" before the name goes, the "lord" of "senior law lord" stays
    if first > last:
        return None
    return doc[first].idx, doc[last].idx + len(doc[last])


#: Parts of speech that end a title read backwards from a hyphenated word opening it.
_TITLE_STOPS = frozenset({"DET", "VERB", "AUX", "ADP", "CCONJ", "PRON", "SCONJ", "NUM", "PART"})


def _before_hyphenated(doc: Doc, first: int, i: int) -> int:
    """Where a title holding a hyphenated word at its start begins: the parse often cuts
    "co-chairman" or "vice-president" apart and hangs the words before it nowhere ("Tory
    co-chairman Liam Fox"), so the title takes the whole word and the words before it back to
    punctuation, a determiner, a verb or a preposition (at most two)."""
    word = glued(doc[first])
    if len(word) < 2 or word[-1].i >= i:
        return first
    first = word[0].i
    for _ in range(2):
        t = doc[first - 1] if first > 0 else None
        if t is None or t.is_punct or t.is_space or t.pos_ in _TITLE_STOPS:
            break
        first -= 1
    return first


def _affiliation(doc: Doc, root: Token, j: int) -> tuple[int, int] | None:
    """ "Dan McLaughlin at the National Review", "Shigeo Morioka of the International Longevity
    Centre": where the person is from, when a name follows."""
    for c in root.rights:
        if c.i >= j and c.dep_ == "prep" and c.lower_ in {"of", "at", "from"}:
            obj = next((o for o in c.children if o.dep_ == "pobj"), None)
            if obj is not None and obj.pos_ == "PROPN":
                end = min(c.right_edge.i, c.i + 10)
                return c.idx, doc[end].idx + len(doc[end])
    return None


#: Verbs whose "as" names the post a person holds or took: "Parry joined Liverpool as chief executive",
#: "she serves as the union's president", "he was appointed as head of the unit".
_POST_VERBS = frozenset({"join", "serve", "work", "appoint", "name", "elect", "hire", "install", "return", "remain"})


def _predicate(doc: Doc, root: Token) -> tuple[int, int] | None:
    """ "Khan is the ministry's spokesman": the attribute of "be" with the person as subject; "Parry
    joined Liverpool as chief executive": the post a verb gives them with "as" (not "became the first
    woman to ...": a description, no post)."""
    if root.dep_ in {"nsubj", "nsubjpass"} and root.head.lemma_ in _POST_VERBS:
        for prep in (c for c in root.head.children if c.dep_ == "prep" and c.lower_ == "as"):
            post = next((o for o in prep.children if o.dep_ == "pobj" and o.pos_ == "NOUN"), None)
            if post is not None:
                return noun_phrase(doc, post)
    if root.dep_ != "nsubj" or root.head.lemma_ != "be":
        return None
    attr = next((c for c in root.head.children if c.dep_ == "attr" and c.pos_ == "NOUN"), None)
    if attr is None or not any(c.dep_ in {"det", "poss"} for c in attr.children):
        return None  # "The Tax Foundation is more conservative": no "a", "the" or "X's", no role
    return noun_phrase(doc, attr)


def _other_person_before(ctx: _Context, name: str, offset: int) -> bool:
    """Whether someone other than ``name`` is named earlier in the pronoun's sentence. For the
    he/she a quote hangs on ("...," he wrote), names inside the quoted words do not count: they are
    not who the reporting clause is about."""
    ti = ctx.ix.token_before(offset)
    if ti < 0:
        return False
    begin = ctx.ix.sent_start_char[ctx.ix.sent_of[ti]]
    quoted = ctx.speakers.scan.quote_of
    hangs = offset in ctx.quote_pronouns
    return any(
        m.label == "PERSON"
        and m.entity != name
        and not (hangs and quoted[max(ctx.ix.token_before(m.start + 1), 0)] != -1)
        for m in ctx.speakers.mentions_in(begin, offset)
    )


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
    return any(
        c.dep_ in _SUBJECT_DEPS and any(a <= c.idx < b for a, b in spans) for c in tok.head.children if c.i != tok.i
    )


def _gender(
    ctx: _Context, name: str, kind: str, role: str | None, where: tuple[int, int] | None = None
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
        # A he/she right after the name with no other person named near weighs double; one the
        # resolver gave them from further off counts once.
        local = ctx.speakers.gender_offsets.get(name, {})
        own = ctx.own_quotes.get(name, [])
        theirs = {**ctx.pronouns.get(name, {}), **local}
        mixed = len(set(theirs.values())) > 1
        for offset, form in theirs.items():
            if offset not in local and _other_person_before(ctx, name, offset):
                continue  # "... Scott's family did not show whether he had ...": ambiguous, not evidence
            if mixed and any(not _same_person(name, other) for other in ctx.pronoun_people.get(offset, ())):
                # both he and she, and this one credited to someone else too ("Ivanka Trump" given
                # the "he" of her father's quotes): that one is no evidence for her
                continue
            if any(a <= offset < b for a, b in own) or _in_quotation(ctx, offset):
                continue  # inside their own quote, or any quoted words: someone else
            if _inside_reported(ctx, name, offset):
                continue  # "X said the footage released by Scott's family did not show whether he had": Scott
            if _someone_elses_cue(ctx, name, offset) or _object_of_own_verb(ctx, name, offset):
                continue  # another speaker's "he said"; "before Eerdekens identified her": someone else
            votes["male" if form == "he" else "female"] += 2 if offset in local else 1
            words[form] += 1
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
        for form in _pronouns_after(ctx, *where):
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
        named_as = first_name_gender(name) if kind == "named person" and not strong and not near else None
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
            against = first_name_gender(name) or (_first_names().get(name.lower()) if " " not in name else None)
            if against and against != decided and _someone_else_of(ctx, name, decided):
                # pronouns near the name (or a first name alone), but a confident first name says
                # otherwise and another person of the pronouns' gender is named in the article
                # (Elizabeth Warren given John Stumpf's "he"): the resolver may have crossed them.
                # Since issue 11i the pronouns count as that other person's and the first name (of a
                # full name) decides, as for anyone with no pronoun of their own, marked "first
                # name"; a one-word name stays unknown (it may be a surname)
                guess = first_name_gender(name)
                return (guess, ["first name"]) if guess else ("unknown", [])
        if (
            kind == "named person"
            and words
            and all(w in weak_words for w in words)
            and first_name_gender(name) != decided
        ):
            # only a word some house styles use for women too ("Committee chairman Jean Corston"):
            # it decides only where a confident first name agrees
            return "unknown", []
        return decided, _evidence(words)
    if kind == "named person":
        guess = first_name_gender(name)
        if guess:
            return guess, ["first name"]
    return "unknown", []


#: The issuer named right after a document: "a report published by ...", "a complaint filed by the
#: S.E.C.", "an analysis released by the Army", "a survey from ...".
_ISSUED_BY = re.compile(
    r"\s*,?\s*(?:(?:which|that)\s+(?:was|were|is)\s+)?(?:(?:published|released|issued|filed|commissioned|compiled|"
    r"produced|conducted|carried out|written|prepared|drawn up)\s+)?(?:by|from)\s+([^,.;:\"“”()]{2,80})"
)


def _issuer_group(ctx: _Context, end: int) -> str:
    """The group of the body that issued a document, named right after it in the text."""
    m = _ISSUED_BY.match(ctx.text, end)
    if m is None:
        return "unknown"
    issuer = m.group(1)
    group = role_group(issuer, generic=False)
    if group == "unknown":
        group = _employer_group(ctx, issuer)
    return group if group != "unknown" else role_group(issuer)


def _earlier_issuer(ctx: _Context, name: str, before: int) -> str:
    """The group of the body a definite document ("the report") was credited to earlier in the
    article with the same word: "a World Bank report", "Oxfam's report", "Oxfam says in a report",
    "a report by the IMF". The nearest one before ``before`` decides; "unknown" when none."""
    noun = (_words(name) or [""])[-1]
    if noun not in _document_heads():
        return "unknown"
    body = r"((?:[A-Z][\w&.'’-]*\s+){0,3}[A-Z][\w&.-]*)"
    patterns = (
        rf"\b(?:an?|the)\s+{body}(?:['’]s?)?\s+(?:new\s+|latest\s+|annual\s+)?{noun}\b",
        rf"\b{body}['’]s?\s+(?:new\s+|latest\s+|annual\s+)?{noun}\b",
        rf"\b{body}\s+(?:says|said|warns|warned|finds|found)\s+in\s+(?:a|an|its)\s+(?:new\s+)?{noun}\b",
        rf"\b{noun}\s+(?:by|from)\s+(?:the\s+)?{body}",
    )
    found = [(m.start(), m.group(1)) for p in patterns for m in re.finditer(p, ctx.text[:before])]
    for _, issuer in sorted(found, reverse=True):
        if ctx.in_title(ctx.text.find(issuer)):
            continue
        group = role_group(issuer, name=True)
        if group == "unknown" and (known := known_body(issuer)) is not None:
            group = known[1]
        if group != "unknown":
            return group
    return "unknown"


def _titled_person(ctx: _Context, description: str) -> str | None:
    """The one person the article names with the description's words as their title or role
    ("Tory leader Michael Howard" for "the Tory leader"); None when none or several."""
    want = [w for w in _words(description) if w not in {"the", "this", "that"}]
    if not want or not any(ctx.is_person_word(w) for w in want[-1:]):
        return None
    found = set()
    for entity, ms in ctx.named.items():
        if _label(ms) != "PERSON":
            continue
        role = _role_of_person(ctx, ms, any_label=True)
        if role is not None and [w for w in _words(role[0]) if w not in {"the", "a", "an"}][-len(want) :] == want:
            found.add(entity)
    return next(iter(found)) if len(found) == 1 else None


def _someone_else_of(ctx: _Context, name: str, gender: str) -> bool:
    """Whether the article names another person whose confident first name is ``gender``'s (a
    one-word name counts too: "Melanie")."""
    table = _first_names()
    for other, ms in ctx.named.items():
        if _label(ms) != "PERSON" or _same_person(name, other):
            continue
        first = other.split()[0].lower()
        if table.get(first) == gender:
            return True
    return False


def _same_person(a: str, b: str) -> bool:
    """Whether two names can be one person: equal, or one the other's last words ("Trump", "Donald Trump")."""
    return a == b or a.endswith(" " + b) or b.endswith(" " + a)


def _says_what(ctx: _Context, words_text: str) -> bool:
    """Whether words say what someone is (a lexicon word or a word for a person), not only who."""
    words = _words(words_text)
    return role_group(words_text) != "unknown" or any(ctx.is_person_word(w) for w in words)


def _described_by(ctx: _Context, named: list[Mention], said: list[Quote]) -> Role | None:
    """The first description a named speaker's quotes hang on ("The Indiana governor said", the
    quote rules crediting it to Mike Pence), when it has words for a role; the name, a pronoun or
    another name never counts."""
    text = ctx.text
    for q in said:
        a, b = q.speaker_start, q.speaker_end
        if a is None or b is None or _pronoun_form(text[a:b]):
            continue
        others = [m for m in ctx.speakers.mentions_in(a, b) if m.label in {"PERSON", "ORG"}]
        if others or any(m.start < b and a < m.end for m in named):
            continue
        if role_group(text[a:b]) != "unknown":
            return re.sub(r"\s+", " ", text[a:b]), a, b, False
    return None


_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def _next_sentence_description(ctx: _Context, named: list[Mention]) -> Role | None:
    """A definite description the article uses for a person right after naming them: "Charles
    Kennedy has said ... The Liberal Democrat leader predicted ...". The description must open the
    very next sentence as its subject, have a word for a person as its head ("leader", "nominee",
    not "party"), be singular, and nobody else may be named between the name and it."""
    ix, text = ctx.ix, ctx.text
    for m in sorted(named, key=lambda m: m.start):
        if m.label != "PERSON" or ctx.in_title(m.start):
            continue
        i, j = ix.tokens(m.start, m.end)
        if j <= i:
            continue
        if _other_person_before(ctx, m.entity or "", m.start):
            continue  # "Clinton ... stressed the raid that killed Osama bin Laden. The former first lady said"
        for k in range(ix.sent_of[i] + 1, min(ix.sent_of[i] + 1 + NEXT_SENTENCES, len(ix.sent_first))):
            found = _opening_description(ctx, k)
            if found is None:
                continue
            a, b = found
            if any(x.label == "PERSON" and x.entity != m.entity for x in ctx.speakers.mentions_in(m.end, b)):
                break  # someone else named in between: the description may be theirs
            nouns = [t.lemma_ for t in ctx.doc[ix.token_before(a) : ix.token_before(b - 1) + 1] if t.pos_ == "NOUN"]
            if nouns and any(t.lemma_ == nouns[-1] for t in ctx.doc[j : ix.token_before(a)]):
                break  # "he criticised the chancellor ... The chancellor's announcement": that one's
            return re.sub(r"\s+", " ", text[a:b]), a, b, False
    return None


def _previous_sentence_description(ctx: _Context, named: list[Mention]) -> Role | None:
    """A definite description closing the sentence right before one the person's name opens as its
    subject: "Traders were encouraged by comments from the energy minister of Opec member Algeria.
    Chakib Khelil said ...". Its head must be a singular word for a person (not a spokesman or an
    aide, who speak for someone else), and nobody may be named in that sentence."""
    ix, doc, text = ctx.ix, ctx.doc, ctx.text
    for m in sorted(named, key=lambda m: m.start):
        if m.label != "PERSON" or ctx.in_title(m.start):
            continue
        i, j = ix.tokens(m.start, m.end)
        if j <= i or (k := ix.sent_of[i]) == 0:
            continue
        first = ix.sent_first[k]
        while first < i and (doc[first].is_punct or doc[first].is_space):
            first += 1
        if first != i or doc[i:j].root.dep_ not in _SUBJECT_DEPS:
            continue
        start, last = ix.sent_first[k - 1], first - 1
        while last >= start and (doc[last].is_punct or doc[last].is_space):
            last -= 1
        if last < start or ctx.in_title(doc[start].idx):
            continue
        end = doc[last].idx + len(doc[last])
        if any(x.label == "PERSON" for x in ctx.speakers.mentions_in(doc[start].idx, end)):
            continue  # someone named there: the description may be theirs
        for t in doc[start : last + 1]:
            head = t.head
            if t.lower_ != "the" or t.dep_ != "det" or head.pos_ != "NOUN" or head.tag_ == "NNS":
                continue
            if not ctx.is_person_word(head.lower_) or head.lower_ in _OTHERS_HEADS:
                continue
            a, b = noun_phrase(doc, head)
            if a == t.idx and b == end:
                return re.sub(r"\s+", " ", text[a:b]), a, b, False
    return None


#: How many sentences after a name a definite description opening a sentence may stand for them.
NEXT_SENTENCES = 3
#: Heads of descriptions that are usually someone else speaking for the person named before
#: ("Blair met the press. The spokesman said ...").
_OTHERS_HEADS = frozenset(
    {"spokesman", "spokeswoman", "spokesperson", "aide", "source", "official", "adviser", "lawyer"}
)


def _opening_description(ctx: _Context, k: int) -> tuple[int, int] | None:
    """The definite singular description of a person that opens sentence ``k`` as its subject
    ("The Liberal Democrat leader predicted ...", "The Democratic candidate's call came ...")."""
    doc = ctx.doc
    first = ctx.ix.sent_first[k]
    while first < len(doc) and (doc[first].is_punct or doc[first].is_space):
        first += 1
    if first >= len(doc) or doc[first].lower_ != "the":
        return None
    head = doc[first].head
    if head.dep_ == "poss" and head.head.dep_ in _SUBJECT_DEPS:
        pass  # "The Democratic presidential candidate's call came after ..."
    elif head.dep_ not in _SUBJECT_DEPS:
        return None
    if head.pos_ not in {"NOUN", "PROPN"} or head.tag_ in {"NNS", "NNPS"}:
        return None
    if not ctx.is_person_word(head.lower_) or head.lower_ in _OTHERS_HEADS:
        return None
    a, b = noun_phrase(doc, head)
    return (a, b) if a == doc[first].idx else None


_QUANTIFIER = re.compile(r"\b(?:many|some|most|several|few|other|numerous|two|three|four)\s+$", re.IGNORECASE)


def _quantified(ctx: _Context, said: list[Quote]) -> Role | None:
    """ "many Democrats", "some Republicans": every quote hangs on a plural after a quantifier."""
    text, found = ctx.text, None
    for q in said:
        a, b = q.speaker_start, q.speaker_end
        if a is None or b is None or not text[a:b].endswith("s"):
            return None
        before = _QUANTIFIER.search(text[max(0, a - 12) : a])
        if before is None:
            return None
        found = found or (text[a - len(before.group(0)) : b], a - len(before.group(0)), b, False)
    return found


#: An organisation's name the quote hangs on, followed by the word for who speaks for it.
_VOICE_AFTER = re.compile(
    r"((?:\s+(?:for|of|and|&|[A-Z][\w'’&.-]*))*?)\s+(spokesman|spokeswoman|spokesperson|official|representative)\b"
)


def _voice_of(ctx: _Context, said: list[Quote]) -> tuple[int, int] | None:
    """The words for one person speaking for an organisation that the quote rules credited to the
    organisation's name: "A Department for Work and Pensions spokeswoman said" -> its span."""
    text = ctx.text
    for q in said:
        a, b = q.speaker_start, q.speaker_end
        if a is None or b is None:
            continue
        after = _VOICE_AFTER.match(text, b)
        before = re.search(r"\b(?:an?|the)\s+$", text[max(0, a - 4) : a], re.IGNORECASE)
        if after and before:
            return a - len(before.group(0)), after.end()
    return None


def _they_for_one(ctx: _Context, name: str, said: list[Quote]) -> bool:
    """Whether every quote of a place or body named in the singular hangs on "they": the
    resolver gave a plural pronoun a singular antecedent ("In West Virginia ... they say", the
    environmentalists; "Japan ... they say", the traders). News writes "it" for a country, a
    company or an agency; "they" is the unnamed people the article spoke of. Not a name that is
    itself a plural of people ("Tories", "MPs", "the Democrats"), nor a party member's word."""
    low = name.lower().removeprefix("the ")
    if low in ctx.party_names or low in _party_members() or _people_plural(ctx, name):
        return False
    spans = [(q.speaker_start, q.speaker_end) for q in said]
    if not spans or any(a is None or b is None or ctx.text[a:b].lower() != "they" for a, b in spans):
        return False
    # the name's own words: a plural noun ("Chicago Public Schools", "the police") may be "they"
    at = [m for m in ctx.named.get(name, []) if m.label not in REFERENCE_LABELS]
    span = ctx.doc.char_span(at[0].start, at[0].end, alignment_mode="expand") if at else None
    return span is not None and len(span) > 0 and span[-1].tag_ not in {"NNS", "NNPS"} and span[-1].lower_ != "police"


def _party_plural(ctx: _Context, said: list[Quote]) -> bool:
    """Whether every quote hangs on a party's bare plural ("Republicans said", not "One Republican
    threatened" nor "many Democrats", which ``_quantified`` reads): the party speaks."""
    spans = [
        (q.speaker_start, q.speaker_end) for q in said if q.speaker_start is not None and q.speaker_end is not None
    ]
    return bool(spans) and all(
        ctx.text[a:b].lower() in ctx.party_names and not _QUANTIFIER.search(ctx.text[max(0, a - 12) : a])
        for a, b in spans
    )


@cache
def _party_members() -> frozenset[str]:
    """Singular words for one member of a party ("Republican", "Democrat", "Tory")."""
    return frozenset(_lexicon("speaker_kinds.json")["party_members"])


def _said_as_the(ctx: _Context, name: str, said: list[Quote]) -> Role | None:
    """The words "the <name>" (singular, definite) a speaker's quote hangs on, as a role."""
    text = ctx.text
    for q in said:
        a, b = q.speaker_start, q.speaker_end
        if a is None or b is None:
            continue
        if text[a:b].lower().startswith("the "):
            return text[a:b], a, b, False
        before = re.search(r"\bthe\s+$", text[max(0, a - 4) : a], re.IGNORECASE)
        if before:
            return text[a - len(before.group(0)) : b], a - len(before.group(0)), b, False
    return None


def _plural_role(ctx: _Context, role: Role) -> bool:
    """Whether a title ends on a plural ("technology analysts Gartner"): a firm, not a person."""
    i, j = ctx.ix.tokens(role[1], role[2])
    # the head before any "for"/"of": "Liberal Democrat spokeswoman for women" is one person
    j = next((k for k in range(i + 1, j) if ctx.doc[k].lower_ in _SPLIT), j)
    return j > i and ctx.doc[j - 1].tag_ in {"NNS", "NNPS"}


def _spelled_out(ctx: _Context, name: str) -> tuple[str, str | None] | None:
    """The long name an article defines a short one by, "Entertainment and Leisure Software
    Publishers Association (Elspa)", and the entity label of the long name (None if untagged)."""
    if not name or len(name) > 12 or " " in name:
        return None
    long_name = r"((?:[A-Z][\w&'’.-]*\s+(?:(?:and|of|for|the|&)\s+)*)+[A-Z][\w&'’.-]*)"
    found = re.search(rf"{long_name}\s*\({re.escape(name)}\)", ctx.text)
    if not found:
        return None
    a, b = found.span(1)
    labels = Counter(m.label for m in ctx.speakers.mentions_in(a, b) if m.start < b and m.end > a)
    label = labels.most_common(1)[0][0] if labels else None
    words = _words(found.group(1))
    if label is None and words and words[-1] in _lexicon("speaker_kinds.json")["organisation_heads"]:
        label = "ORG"
    return found.group(1), label


#: Words a body's initials skip: "Alliance to Reclaim Our Schools" is AROS, "Royal Academy of Dance" RAD.
_INITIALS_SKIP = frozenset({"of", "the", "for", "and", "to", "on", "in", "at", "&"})
_SHORT_NAME = re.compile(r"\b[A-Z]{2,6}\b")


def _initials(name: str) -> str:
    """The capitals an organisation's name is shortened to: its words' first letters, a hyphenated
    word's parts each ("National Hi-Tech Crime Unit": NHTCU), the small words skipped."""
    parts = [p for w in name.split() for p in w.split("-") if p]
    return "".join(p[0] for p in parts if p.lower() not in _INITIALS_SKIP and p[0].isalpha()).upper()


def _expanded(ctx: _Context, role: str) -> str:
    """A role with each short name in capitals written out as the one organisation the article names
    whose initials it is ("An NHTCU spokeswoman" after "the National Hi-Tech Crime Unit"), so the body's
    words decide its group. Read only to group the role: the role words themselves stay as written."""

    def long_name(m: re.Match[str]) -> str:
        short = m.group(0)
        found = {e for e, ms in ctx.named.items() if " " in e and _label(ms) == "ORG" and _initials(e) == short}
        return found.pop() if len(found) == 1 else short

    return _SHORT_NAME.sub(long_name, role)


#: After a place's name in a sports story, what makes it a team or club: a plural verb ("Birmingham
#: have confirmed", British usage for a side) or a word for the club's people ("Birmingham manager").
_TEAM_AFTER = re.compile(
    r"\s+(?:have|are|were|'ve|manager|boss|chairman|coach|captain|striker|midfielder|defender|"
    r"players?|fans|supporters|director|owner|City|United|Rovers|Town|Athletic|Wanderers|Albion|FC)\b"
)


def _a_team(ctx: _Context, name: str) -> bool:
    """Whether a place that speaks in a sports story is its team or club: somewhere the article
    writes its name with a plural verb or a word for the club's people."""
    if "culture and sport" not in ctx.story:
        return False
    return any(_TEAM_AFTER.match(ctx.text, m.end()) for m in re.finditer(rf"\b{re.escape(name)}\b", ctx.text))


#: An honorific or a title right before a name: "Dr. Connie Mariano", "Mr Champion".
_HONORIFIC_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Prof|Professor)\.?\s+$")


def _a_persons_name(ctx: _Context, name: str) -> bool:
    """Whether a name the tagger took for an organisation or a place is a person's: an honorific
    stands before it somewhere, or it is two or three capitalised words opening with a confident
    first name, none of them a lexicon word, an organisation's head or a place's last word."""
    if any(
        _HONORIFIC_BEFORE.search(ctx.text[max(0, m.start() - 12) : m.start()])
        for m in re.finditer(re.escape(name), ctx.text)
    ):
        return True
    words = name.split()
    if not 2 <= len(words) <= 3 or not all(
        w[:1].isupper() and w.replace("'", "").replace("-", "").isalpha() for w in words
    ):
        return False
    low = [w.lower() for w in words]
    specific, generic = _role_lexicon()
    # the surname may be a word of the lexicon ("Champion", "Bishop", "Judge"); the rest may not
    if any(w in specific or w in generic or w in ctx.kind_pronouns for w in low[:-1]) or ctx.org_heads & set(low):
        return False
    if low[-1] in ctx.not_surnames or low[-1] in ctx.group_heads or role_group(name, name=True) != "unknown":
        return False
    return first_name_gender(name) is not None


#: One person by nationality: "Dutchman", "Irishwoman", "Australian", "Russian" (not "the Taliban",
#: which is in ``group_names`` and is no "-man"/"-ian"/"-can" word; not "the French", "the Chinese").
_ONE_NATIONAL = re.compile(r"[A-Z][a-z]+(?:man|woman|ian|can|ean)")


#: After a name, words only a company has: "Electrolux chief executive", "3's marketing director".
_COMPANY_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:chief\s+executive|chief\s+operating\s+officer|chief\s+financial\s+officer|managing\s+director|"
    r"finance\s+director|marketing\s+director|shareholders|share\s+price|shares|stock|profits?|"
    r"Inc|Corp|plc|Ltd|Co)\b",
    re.IGNORECASE,
)
#: Before a name, words only a company has: "shares in Vodafone", "stake in Yukos", "chief operating
#: officer of Sony", or a word for a company right before it ("net security firm Preventon").
_COMPANY_BEFORE = re.compile(
    r"(?:\b(?:shares|stake)\s+in\s+(?:the\s+)?|\b(?:chief\s+executive|chief\s+operating\s+officer|"
    r"chief\s+financial\s+officer|managing\s+director|shareholders)\s+(?:of|at|in)\s+(?:the\s+)?|"
    r"\b(?:firm|company|companies)\s+)$",
    re.IGNORECASE,
)


def _a_company(ctx: _Context, name: str) -> bool:
    """Whether a name the tagger took for a place is a company: somewhere the article writes it
    with a company's officer or its shareholders ("Electrolux chief executive Hans Straberg")."""
    return any(
        _COMPANY_AFTER.match(ctx.text, m.end()) or _COMPANY_BEFORE.search(ctx.text[max(0, m.start() - 40) : m.start()])
        for m in re.finditer(rf"\b{re.escape(name)}\b", ctx.text)
    )


@cache
def _known_names() -> tuple[dict[str, tuple[str, str]], dict[str, str]]:
    """(bodies: name -> (kind, group), people: full name -> group) from ``known_names.json``."""
    data = _lexicon("known_names.json")
    return {k: (v[0], v[1]) for k, v in data["bodies"].items()}, dict(data["people"])


def known_body(name: str) -> tuple[str, str] | None:
    """(kind, group) of a well-known body by its exact name ("Microsoft", "the Home Office")."""
    return _known_names()[0].get(re.sub(r"^[Tt]he\s+", "", name.strip()))


#: Story groups (``context_heads``) in which a post at the top of a body is the club's or the show's.
_STORIES_OF_CLUBS = frozenset({"culture and sport", "arts"})


@cache
def _known_body_patterns() -> list[tuple[str, re.Pattern[str]]]:
    """Each well-known body's name as a whole-word pattern, compiled once (asked for every role)."""
    return [(body, re.compile(rf"\b{re.escape(body)}\b")) for body in _known_names()[0]]


def _employer_names(ctx: _Context, role: str) -> tuple[list[str], set[str]]:
    """(known bodies, other organisations) the article names inside a role: short names it spells
    out count whatever the tagger made of them ("Apacs", tagged a person, after "Association for
    Payment Clearing Services (Apacs)")."""
    known = [body for body, pattern in _known_body_patterns() if pattern.search(role)]
    orgs = {e for e, ms in ctx.named.items() if e in role and (_label(ms) == "ORG" or _spelled_out(ctx, e))}
    return known, orgs


def _employer_decides(ctx: _Context, role: str) -> bool:
    """Whether a role is only a post at the top of a body (``employer_heads``: "chief executive",
    "vice chairman", "executive director") besides the body's name: then the body says in which field
    the person works ("the chief executive of Ora Media" is media), not the post's default."""
    known, orgs = _employer_names(ctx, role)
    rest = role
    for body in sorted([*known, *orgs], key=len, reverse=True):
        rest = rest.replace(body, " ")
    if rest == role:
        return False  # no body named
    words = [w for w in _words(rest) if w not in _FUNCTION_WORDS]
    heads = _employer_heads()
    return bool(words) and all(w in heads or w.removesuffix("s") in heads for w in words)


_FUNCTION_WORDS = frozenset({"the", "a", "an", "of", "for", "at", "with", "'s", "’s", "and", "its", "their"})


@cache
def _employer_heads() -> frozenset[str]:
    return frozenset(_lexicon("role_groups.json")["employer_heads"])


def _employer_group(ctx: _Context, role: str) -> str:
    """The group of an organisation the article names inside a role ("head of Preventon"), from its
    name or the article's words for it elsewhere ("net security firm Preventon": a company)."""
    known, orgs = _employer_names(ctx, role)
    if known:
        return _known_names()[0][known[0]][1]  # "a Google spokesperson", "a Sony Pictures Television head"
    for org in sorted(orgs, key=len, reverse=True):
        group = role_group(org, name=True)
        if group == "unknown" and (long_name := _spelled_out(ctx, org)) is not None:
            # "an Apacs spokeswoman" after "the Association for Payment Clearing Services (Apacs)"
            group = role_group(long_name[0], name=True)
        if group == "unknown" and _a_company(ctx, org):
            group = "business"
        if group == "unknown" and (own := _role_of_person(ctx, ctx.named[org], any_label=True)) is not None:
            group = role_group(own[0], own[3], generic=False)  # the body's own description: "search giant Google"
        if group != "unknown":
            return group
    return "unknown"


def _people_plural(ctx: _Context, name: str) -> bool:
    """Whether a one-word name is the plural of a word for a person ("MPs", "Senators")."""
    words = _words(name)
    return (
        len(words) == 1
        and words[0].endswith("s")
        and ctx.is_person_word(words[0][:-1])
        and words[0] not in ctx.party_names
        and role_group(name, name=True) != "unknown"
    )


def _full_name(ctx: _Context, name: str, besides: str = "") -> str | None:
    """The one person named in full whose name ends with ``name`` (any case): "Bill de Blasio" for
    "De Blasio", "Henk Ten Cate" for "Cate"; None when there is none or more than one."""
    low = f" {_plain(name.lower())}"
    found = [
        e
        for e, ms in ctx.named.items()
        if e not in {name, besides}
        and _plain(e.lower()).endswith(low)
        and (
            _label(ms) == "PERSON"
            # "EADS Philippe Camus", tagged ORG: a confident first name right before the surname
            or (_label(ms) == "ORG" and len(e.split()) > 2 and first_name_gender(" ".join(e.split()[-2:])) is not None)
        )
    ]
    if not found and _titled_surname(name):
        return _full_name(ctx, name.split()[-1], name)  # "Chief Supt Deats": Mick Deats
    return found[0] if len(found) == 1 else None


def _titled_surname(name: str) -> bool:
    """Whether a name is title words before one word: "Chief Supt Deats", "Det Insp Smith"."""
    words = name.split()
    return len(words) > 1 and all(_a_title_word(w) for w in words[:-1])


def _a_title_word(word: str) -> bool:
    """A word of a title written before a surname: "Chief", "Supt", "Det", "Insp"."""
    specific, generic = _role_lexicon()
    low = word.rstrip(".").lower()
    return low in specific or low in generic or low in _gendered()[0]


def _plain(text: str) -> str:
    return text.replace("’", "'")  # "James O’Neill" and "O'Neill" are one name


def _own_head(description: str, name: str) -> bool:
    """Whether a description is only an organisation's own head noun ("the bank" for the Bank of
    England, "the fund" for the International Monetary Fund): it says nothing the name does not."""
    words = [w for w in _words(description) if w not in {"the", "a", "an", "this", "its"}]
    return len(words) == 1 and (words[0] in _words(name) or words[0] in _BARE_BODIES)


#: Bare words for a body of any kind: "The corporation said" of the BBC, "the firm" of a bank says
#: only that it is a body; its name says what kind.
_BARE_BODIES = frozenset({"company", "firm", "corporation", "group", "organisation", "organization", "body"})


def _named_body(ctx: _Context, description: str) -> str | None:
    """The one organisation the article names whose name holds a bare description's head ("the
    fund" -> "International Monetary Fund", "the bank" -> "Bank of England"); None when none or
    several do."""
    words = [w for w in _words(description) if w not in {"the", "a", "an", "this", "its"}]
    if len(words) != 1:
        return None
    bodies = {e for e, ms in ctx.named.items() if _label(ms) == "ORG" and _own_head(description, e)}
    bodies.discard(description)
    return next(iter(bodies)) if len(bodies) == 1 else None


def _longer_names(ctx: _Context, name: str) -> list[str]:
    """The organisation names in the article that a short one begins: "Sun" -> "Sun Microsystems"
    (as an entity, or as capitalised words right after it in the text when the tagger split them)."""
    found = [e for e, ms in ctx.named.items() if e.startswith(name + " ") and _label(ms) == "ORG"]
    found += [m.group(0) for m in re.finditer(rf"\b{re.escape(name)}(?:\s+[A-Z][\w&.-]*){{1,3}}", ctx.text)]
    return found


def _longer_org_names(ctx: _Context, name: str) -> list[str]:
    """The organisations the article names in full whose name a short one begins ("Peabody" ->
    "Peabody Energy"): entities tagged as organisations only."""
    return [e for e, ms in ctx.named.items() if e.startswith(name + " ") and _label(ms) == "ORG"]


def _kind_words(ctx: _Context, name: str) -> list[str]:
    """The lower-case words right after an organisation's name that say what kind of body it is:
    "the Fiat conglomerate", "the Nationwide building society" (ending on a lexicon word)."""
    specific = _role_lexicon()[0]
    out = []
    for m in re.finditer(rf"\b{re.escape(name)}((?:\s+[a-z][\w-]*){{1,2}})", ctx.text):
        words = m.group(1).split()
        kinds = [
            n
            for n in (2, 1)
            if n <= len(words)
            and _singular(words[n - 1], specific) in specific
            and _singular(words[n - 1], dict.fromkeys(ctx.org_heads, "")) in ctx.org_heads
        ]  # a word for a kind of body: not "Intel researchers", "Ask Jeeves users"
        out += [" ".join(words[:n]) for n in kinds]
    return out


@cache
def _role_lexicon_data() -> dict[str, Any]:
    return _lexicon("role_groups.json")


#: A title written after a name that the quote rules kept in the speaker's name ("Frank Field MP")
#: but the tagger left out of the person's name ("Frank Field").
_POSTNOMINAL_END = re.compile(r"\s+(?:QC|KC|MP|MEP|MSP|AM|MLA|TD)$")


def _speaker(ctx: _Context, name: str, said: list[Quote]) -> Speaker:
    text = ctx.text
    named = ctx.named.get(name, [])
    if not named and (bare := _POSTNOMINAL_END.sub("", name)) != name:
        named = ctx.named.get(bare, [])  # "Former welfare minister Frank Field MP said": Frank Field's mentions
    label = _label(named)
    role: Role | None = None
    group: str | None = None
    inside_people: list[Mention] = []
    start = end = None
    spelled = _spelled_out(ctx, name) if label is not None else None
    full: str | None = None  # the full name of a person the speaker is the surname of
    if spelled is not None and spelled[1] == "ORG":
        label = "ORG"  # "Entertainment and Leisure Software Publishers Association (Elspa)", Elspa tagged PERSON
    if label is not None:
        kind = _ENTITY_KIND[label]
        low = name.lower()
        if low in ctx.party_names or low.removeprefix("the ") in ctx.party_names:
            kind = "organisation"  # "Labour said", whatever the tagger took it for
        elif kind == "organisation" and any(re.search(rf"\b{re.escape(g)}\b", low) for g in ctx.group_names):
            # whole words: "eta" is in "Monetary", "ira" in "Miramax"
            kind = "country or group"
        elif kind == "country or group" and low in _party_members() and _said_as_the(ctx, name, said):
            kind = "named person"  # "The Republican is also encouraging his supporters": one person
        elif kind == "country or group" and low in _party_members() and _party_plural(ctx, said):
            kind = "organisation"  # "Republicans said", credited as "Republican": the party
        elif kind != "named person" and _a_persons_name(ctx, name):
            kind = "named person"  # "Deutsche Bank's Simon Champion", "Dr. Connie Mariano", tagged ORG or GPE
        elif label in {"NORP", "ORG"} and _ONE_NATIONAL.fullmatch(name) and _said_as_the(ctx, name, said):
            kind = "named person"  # "the Dutchman said", "the Australian added": one person, by nationality
        elif kind == "organisation" and label == "ORG" and _people_plural(ctx, name):
            kind = "country or group"  # "MPs said", tagged ORG: members of a body, not the body
        elif kind == "named person" and len(name.split()) > 1 and _words(name)[-1] in ctx.org_heads:
            kind = "organisation"  # "Equity Association" tagged PERSON
        elif kind == "country or group" and (
            low in ctx.party_names
            or low.removeprefix("the ") in ctx.party_names
            or low.rsplit(" ", 1)[-1] in ctx.org_heads
        ):
            kind = "organisation"  # "the Tories", "Democrats": parties; "International Monetary Fund"
        body = known_body(name)
        if body is not None and (label != "PERSON" or len(name.split()) > 1 or first_name_gender(name) is None):
            kind = body[0]  # "Manchester United said", tagged PERSON: a body the lexicon knows
        full = _full_name(ctx, name) if label in {"PERSON", "ORG"} else None
        if full is not None and kind == "organisation" and label == "ORG" and role_group(name, name=True) == "unknown":
            kind = "named person"  # "De Blasio said", tagged ORG, after "Mayor Bill de Blasio"
        role = _role_of_person(ctx, named, any_label=kind != "named person" or label != "PERSON") or _described_by(
            ctx, named, said
        )
        if role is None and full is not None and kind == "named person":
            role = _role_of_person(ctx, ctx.named[full], any_label=True)  # the title at the full name
        if role is None and kind == "named person" and label == "NORP":
            role = _said_as_the(ctx, name, said) or None  # "The Republican"
        if role is None and kind == "named person":
            role = _next_sentence_description(ctx, named)
        if role is None and kind == "named person":
            role = _previous_sentence_description(ctx, named)
        if role is None and kind == "named person":
            role = ctx.descriptions().get(name)
        if role is None and label == "PERSON" and " ".join(_words(name)) in _role_lexicon()[0]:
            # the tagger took a title or an institution for a person: "Lord Chancellor", "Downing Street"
            at = next((m for m in named if m.text == name), named[0] if named else None)
            if at is not None:
                role = name, at.start, at.end, True
                if not any(ctx.is_person_word(w) for w in _words(name)):
                    kind = "organisation"  # "Downing Street said": the office, not a person
        if kind != "named person" and role is not None:
            head = _head_word(ctx, *role[:3])
            person = head is not None and ctx.is_person_word(head) and head not in ctx.org_heads
            if person and not _plural_role(ctx, role):
                kind = "named person"  # "Mary Fox, the chief executive of Tesco", tagged ORG
            elif (
                kind == "country or group" and head in ctx.org_heads and (label != "GPE" or head not in ctx.state_heads)
            ):
                # "Game maker Valve", tagged NORP; "Titan, a California-based company", tagged GPE (but
                # "the government" of a place is the place acting)
                kind = "organisation"
        elif kind == "named person" and role is not None and role[3] and not _POSSESSIVE.search(role[0]):
            # (not "Deutsche Bank's Simon Champion": a possessive says whose the person is)
            head = _head_word(ctx, *role[:3])
            # the description's last word too: the parse may root "UK think-tank" on "UK"
            last = (_words(role[0]) or [None])[-1]
            if (
                (head in ctx.org_heads or last in ctx.org_heads)
                and not ctx.is_person_word(head)
                or _plural_role(ctx, role)
            ):
                kind = "organisation"  # "US supermarket group Winn-Dixie", "technology analysts Gartner"
        if body is not None and (label != "PERSON" or len(name.split()) > 1 or first_name_gender(name) is None):
            kind = body[0]  # a known body stays one whatever role words the parse found near it
        if kind != "named person":
            # An organisation's own description ("handset giant Nokia") or its name decides.
            group = role_group(role[0], role[3], ctx.story) if role else "unknown"
            if role and _own_head(role[0], name) and role_group(name, name=True) != "unknown":
                group = role_group(name, name=True)  # "the bank" of the Bank of England: the name decides
            # a short name that begins a longer one the article uses is that body ("Bank" for the
            # "Bank of England", "Sun" for "Sun Microsystems"): the longer name first
            for other in (*_longer_names(ctx, name), name, *([spelled[0]] if spelled else []), *_kind_words(ctx, name)):
                if label == "GPE" and kind == "country or group":
                    break  # a place's name says only where it is: "United States" is no football "United"
                group = group if group != "unknown" else role_group(other, name=True)
            if group == "unknown" and label == "GPE" and _a_team(ctx, name):
                kind, group = "organisation", "culture and sport"  # "Birmingham have confirmed": the club
            elif group == "unknown" and label in {"GPE", "ORG"} and _a_company(ctx, name):
                kind, group = "organisation", "business"  # "Electrolux chief executive Hans Straberg", "Amex shares"
            if group == "unknown" and label == "GPE":
                group = _role_lexicon_data()["place_default"]  # "Phoenix said": its government
    else:
        # Said in the speaker's own words: the first words that are not a pronoun.
        own = next(
            (q for q in said if q.speaker_start is not None and text[q.speaker_start : q.speaker_end] == name),
            None,
        )
        start, end = (own.speaker_start, own.speaker_end) if own else (None, None)
        if own is None and (at := text.find(name)) >= 0:
            start, end = at, at + len(name)  # reached through "which", "who": the words themselves
        kind = _kind_of_words(ctx, name, start, end)
        if (body := known_body(name)) is not None:
            kind = body[0]  # "Mobile PC said", a magazine the tagger missed
        if start is not None and end is not None and kind not in {"unknown"}:
            inside = inside_people = [
                m
                for m in ctx.speakers.mentions_in(start, end)
                if m.label == "PERSON" and not _POSSESSOR.match(text, m.end)
            ]
            if inside and inside[0].start > start:
                # "Shadow leader of the Commons Oliver Heald": the words before the name.
                b = inside[0].start
                role = (text[start:b].strip(), start, start + len(text[start:b].rstrip()), True)
            elif not inside and (kind != "named person" or _says_what(ctx, name)):
                role = (name, start, end, False)  # not "Mr Cable": a name is no role
            elif inside and inside[0].entity and inside[0].entity not in name and role_group(name) != "unknown":
                # "The Lord Chancellor, Lord Falconer, said": the tagger ran the title into the name
                role = (name, start, end, True)
        if name in ctx.surnames and kind == "named person":
            full = ctx.surnames[name]
            role = _role_of_person(ctx, ctx.named.get(full, []))
        elif kind == "named person" and role is None and not inside_people and start is not None and end is not None:
            # a name the tagger missed ("Theresa May", taken for a date): its apposition or title
            # still says what the person is ("Theresa May, shadow secretary for the family, told")
            role = _role_of_person(ctx, [Mention(start, end, name, "PERSON", name)])
        elif kind == "unnamed person" and name.isalpha() and name[:1].isupper():
            # "Hare told ...": the surname of someone named in full, whom the tagger took for an
            # organisation ("former England full-back Dusty Hare")
            full_names = [e for e in ctx.named if e.endswith(f" {name}")]
            if len(full_names) == 1:
                kind, inside_people = "named person", ctx.named[full_names[0]]
                role = _role_of_person(ctx, ctx.named[full_names[0]], any_label=True)
        author = _author(ctx, name, start, end) if kind in {"organisation", "unnamed person", "anonymous"} else None
        if author is not None:
            # the person's own book, brief or report: their words, their role and evidence
            kind, inside_people = "named person", ctx.named[author]
            role = _role_of_person(ctx, inside_people, any_label=True)
        if kind == "anonymous" and (_share_of_people(name) or _those_asked(ctx, _words(name), end)):
            group = _share_group(ctx, name)  # "Almost a quarter" of those polled: ordinary people
            if _those_asked(ctx, _words(name), end) and start is not None and end is not None:
                asked = _ASKED_AFTER.match(text, end)
                role = (text[start : asked.end()] if asked else name, start, asked.end() if asked else end, False)
        if kind in {"organisation", "country or group"}:
            group = role_group(name)
            if group == "unknown":
                group = role_group(name, story=ctx.story)  # "the committee" in a story about MPs
            for longer in _longer_org_names(ctx, name) if group == "unknown" else []:
                group = group if group != "unknown" else role_group(longer, name=True)  # "Peabody Energy"
            body = _named_body(ctx, name) if kind == "organisation" and _definite(name) else None
            if body is not None:
                group = role_group(body, name=True)  # "the fund" of an article about the IMF
            if group == "unknown" and end is not None and _head_word(ctx, name, start, end) in _document_heads():
                group = _issuer_group(ctx, end)  # "a report published by UK-based research consultancy Analysys"
            if group == "unknown" and start is not None and _definite(name):
                group = _earlier_issuer(ctx, name, start)  # "the report" after "a World Bank report"
    if group is None:
        # the role's words, short names of bodies written out ("head of the NHTCU")
        words = _expanded(ctx, role[0]) if role else ""
        group = role_group(words, role[3], ctx.story) if role else "unknown"
        if (
            role
            and kind in {"named person", "unnamed person"}
            and role_group(words, role[3], ctx.story, generic=False) == "unknown"
        ):
            # only a generic head ("spokesperson", "director", "head of"): the body the role names
            # decides when the article or the lexicon places it ("a Google spokesperson", "head of
            # Preventon", the "net security firm Preventon")
            body = _employer_group(ctx, words)
            group = body if body != "unknown" else group
        elif (
            role
            and kind in {"named person", "unnamed person"}
            and not set(ctx.story) & _STORIES_OF_CLUBS
            and not ("politics" in ctx.story and _staff_post(_words(role[0]), _words(role[0])))
            and _employer_decides(ctx, words)
        ):
            # a post at the top of a body the article places: the body's field ("the chief
            # executive of Ora Media", a TV production company, is media, not business). Not in a
            # sports or arts story, whose own rule already reads such posts as the club's or the
            # festival's ("Chelsea chief executive", "Segas chairman")
            body = _employer_group(ctx, words)
            group = body if body != "unknown" else group
    # A description with the name inside ("Shadow leader of the Commons Oliver Heald") takes the
    # named person's evidence.
    who = next((m.entity for m in inside_people if m.entity), name) if inside_people else name
    if label is None and kind == "named person" and not inside_people and start is not None:
        # A description standing in apposition right after a name ("Mr Prettejohn, Lloyd's chief
        # executive said", the quote rules taking the description as the speaker): that person's.
        beside = [
            m
            for m in ctx.speakers.mentions_in(max(0, start - 80), start)
            if m.label == "PERSON" and m.entity and text[m.end : start].strip() == ","
        ]
        who = beside[-1].entity if beside else who
        if who == name:
            # a description the article uses for one person it names ("the industry minister ...
            # said ... B. Satyanarayana said he expected"): that person's evidence
            who = next((w for w, r in ctx.descriptions().items() if r[0].lower() == name.lower()), name)
        if who == name and _definite(name):
            # "the Tory leader" where the article has "Tory leader Michael Howard": the one person the
            # article gives that title is the one the description stands for
            who = _titled_person(ctx, name) or name
    if full is None and kind == "named person" and who == name and _titled_surname(name):
        full = _full_name(ctx, name)  # "Chief Supt Deats": Mick Deats
    if full is not None and kind == "named person" and who == name and _label(ctx.named[full]) == "PERSON":
        who = full  # the pronouns and honorifics of "Henk Ten Cate" are those of "Cate"
    many = _quantified(ctx, said) if label is not None else None
    if many is not None:
        # "But many Democrats say ...": an unnamed plural, however the tagger named it
        kind, role, group, who = "anonymous", many, role_group(many[0]), name
    if label is not None and kind in {"organisation", "country or group"} and _they_for_one(ctx, name, said):
        # "they say" resolved to "West Virginia", "the FBI": the voice is an unnamed plural the
        # article does not name here. A body's people keep its field ("Congress": politicians); a
        # place's people may be anyone (traders, critics, aides), so their group is not known
        group = group if kind == "organisation" else "unknown"
        kind, role = "anonymous", None
    described = label is None and kind in {"named person", "unnamed person"} and who == name
    where = (start, end) if described and start is not None and end is not None else None
    voice = _voice_of(ctx, said) if kind == "organisation" else None
    if voice is not None:
        # "A Department for Work and Pensions spokeswoman said", the quote hung on "Department":
        # the spokeswoman speaks, an unnamed person.
        kind, role, where = "unnamed person", (re.sub(r"\s+", " ", text[voice[0] : voice[1]]), *voice, False), voice
        group = role_group(_expanded(ctx, role[0]))
    if group == "unknown" and kind in {"organisation", "country or group"} and (body := known_body(name)):
        group = body[1]  # "Microsoft said": a body the article need not describe
    if kind == "named person" and (group == "unknown" or (role is not None and _kin_role(role[0]))):
        # a well-known person the article gives no role words near (Tony Blair, Tim Henman): the
        # group NewsLens finds for them across the corpus; the role itself stays empty. So too for
        # one the article names only by kin ("his wife" Hillary Clinton): kin says whose relative the
        # person is, not what they do
        people = _known_names()[1]
        group = people.get(who) or people.get(full or "") or people.get(name) or group
    # A story's topic is no evidence of what its people are (a sports story quotes fans, ministers,
    # doctors): a named person with no role words and not known stays unknown.
    gender, evidence = _gender(ctx, who, kind, role[0] if role else None, where)
    places = [q.start for q in said] + [m.start for m in named]
    places += [q.speaker_start for q in said if q.speaker_start is not None]
    paras = [p for p in (ctx.paragraph(q.start) for q in said) if p is not None]
    return Speaker(
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
    ctx = _Context(doc, text, mentions, quotes, speakers, title_span)
    return [_speaker(ctx, name, said) for name, said in by_name.items()]
