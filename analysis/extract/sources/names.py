"""What a name names: a team, a company, a person's name, initials spelled out, a full or longer
name, a body named by its description, plural people."""

from __future__ import annotations

import re
from collections import Counter

from analysis.extract.sources.context import _Context
from analysis.extract.sources.gender import first_name_gender
from analysis.extract.sources.groups import role_group
from analysis.extract.sources.lexicons import _document_heads, _gendered, _lexicon, _party_members, _role_lexicon
from analysis.extract.sources.words import _label, _plain, _singular, _words, occurrences, occurrences_then
from analysis.records import REFERENCE_LABELS, Quote


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


def _spelled_out(ctx: _Context, name: str) -> tuple[str, str | None] | None:
    """The long name an article defines a short one by, "Entertainment and Leisure Software
    Publishers Association (Elspa)", and the entity label of the long name (None if untagged)."""
    if not name or len(name) > 12 or " " in name:
        return None
    long_name = r"((?:[A-Z][\w&'’.-]*\s+(?:(?:and|of|for|the|&)\s+)*)+[A-Z][\w&'’.-]*)"
    # the pattern is built per name and slow to compile: searched only where the short name is in brackets
    found = re.search(rf"{long_name}\s*\({re.escape(name)}\)", ctx.text) if f"({name})" in ctx.text else None
    if not found:
        return _initialled_body(ctx, name)
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


#: A short name written as one word: "NHTCU", "Hefce", "DrKW" (an acronym said as a word is written
#: with one capital in British papers).
_SHORT_FORM = re.compile(r"[A-Z][A-Za-z]{2,6}")


def _short_letters(short: str) -> str | None:
    """The initials a one-word short name spells: all its letters when it is in capitals or has one
    capital ("NHTCU", "Hefce": HEFCE), its capitals when it mixes ("DrKW": DKW); None for no short name."""
    if not _SHORT_FORM.fullmatch(short):
        return None
    caps = "".join(c for c in short if c.isupper())
    if len(caps) == 1:
        return short.upper()
    return caps if len(caps) >= 3 else None


def _initialled_body(ctx: _Context, name: str) -> tuple[str, str | None] | None:
    """The one body the article names in full whose initials a one-word name spells ("Hefce" after "The
    Higher Education Funding Council for England said"; no brackets defining it), with its entity label:
    a name the tagger took for a person's. None when the name is no short form, a first name, or spells
    none or several; the body must be tagged an organisation or end on a word for one."""
    letters = _short_letters(name)
    if letters is None or len(letters) < 3 or first_name_gender(f"{name} X") is not None:
        return None
    heads = _lexicon("speaker_kinds.json")["organisation_heads"]
    found = {
        (e, "ORG")
        for e, ms in ctx.named.items()
        if len(e.split()) > 2 and _initials(e) == letters and (_label(ms) == "ORG" or _words(e)[-1] in heads)
    }
    return found.pop() if len(found) == 1 else None


def _short_form_written(ctx: _Context, name: str) -> bool:
    """Whether the article writes a name of three or more capitalised words by its initials as one word
    ("Dresdner Kleinwort Wasserstein said ... DrKW said"): news shortens a body's name so, not a person's
    (the caller checks the name has no first name or pronouns of a person)."""
    words = name.split()
    if len(words) < 3 or not all(w[:1].isupper() for w in words):
        return False
    initials = _initials(name)
    return any(
        _short_letters(m.group(0)) == initials for m in re.finditer(r"(?<![\w-])[A-Z][A-Za-z]{2,6}(?![\w-])", ctx.text)
    )


def _expanded(ctx: _Context, role: str) -> str:
    """A role with each short name in capitals written out as the one organisation the article names
    whose initials it is ("An NHTCU spokeswoman" after "the National Hi-Tech Crime Unit"), so the body's
    words decide its group. Read only to group the role: the role words themselves stay as written. A
    short name the lexicon places stays when its long name's words would place it elsewhere ("An IAAF
    spokesman": a sport's body, which the long name's "Association" would make a civil society one; "the
    IMF's managing director" is still the International Monetary Fund's)."""

    def long_name(m: re.Match[str]) -> str:
        short = m.group(0)
        if any(x.text == short and x.label == "GPE" for ms in ctx.named.values() for x in ms):
            return short  # "US President" beside "the University of Sydney": the tagger reads it as a place
        found = {e for e, ms in ctx.named.items() if " " in e and _label(ms) == "ORG" and _initials(e) == short}
        if len(found) != 1:
            return short
        long = found.pop()
        placed = role_group(short, name=True)
        return long if placed in {"unknown", role_group(long)} else short

    return _SHORT_NAME.sub(long_name, role)


#: After a place's name in a sports story, what makes it a team or club: a plural verb ("Birmingham
#: have confirmed", British usage for a side) or a word for the club's people ("Birmingham manager").
_TEAM_AFTER = re.compile(
    r"\s+(?:have|are|were|'ve|manager|boss|chairman|coach|captain|striker|midfielder|defender|"
    r"players?|fans|supporters|director|owner|shirt|squad|City|United|Rovers|Town|Athletic|Wanderers|Albion|FC)\b"
)


#: A footballer's playing position right after a name: "Everton striker James Beattie" (a club's player).
_POSITION_AFTER = re.compile(
    r"['’]?s?\s+(?:striker|midfielder|defender|goalkeeper|winger|full-back|centre-back|centre-half)s?\b"
)


def _a_team(ctx: _Context, name: str) -> bool:
    """Whether a place that speaks in a sports story is its team or club: somewhere the article
    writes its name with a plural verb or a word for the club's people. Outside a sports story (an
    assault on a player, in a crime story's words) only a playing position after the name does."""
    found = list(re.finditer(rf"\b{re.escape(name)}\b", ctx.text))
    if "culture and sport" not in ctx.story:
        return any(_POSITION_AFTER.match(ctx.text, m.end()) for m in found)
    if any(_TEAM_AFTER.match(ctx.text, m.end()) for m in found):
        return True
    # "Tottenham said" after "Tottenham Hotspur": the club's whole name, tagged a body's, begins with the place
    return any(
        other.startswith(f"{name} ") and any(m.label == "ORG" for m in mentions)
        for other, mentions in ctx.named.items()
    )


#: An honorific or a title right before a name: "Dr. Connie Mariano", "Mr Champion".
_HONORIFIC_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Prof|Professor)\.?\s+$")


def _a_persons_name(ctx: _Context, name: str) -> bool:
    """Whether a name the tagger took for an organisation or a place is a person's: an honorific
    stands before it somewhere, or it is two or three capitalised words opening with a confident
    first name, none of them a lexicon word, an organisation's head or a place's last word."""
    if any(_HONORIFIC_BEFORE.search(ctx.text[max(0, at - 12) : at]) for at in occurrences(ctx.text, name)):
        return True
    words = name.split()
    if len(words) in (3, 4) and ctx.is_person_word(words[0].lower()) and words[0][:1].isupper():
        # "Spokeswoman Haley Morris", tagged ORG: a word for a person glued to the front of a person's name
        return _a_persons_name(ctx, " ".join(words[1:]))
    if not 2 <= len(words) <= 3 or not all(
        w[:1].isupper() and w.replace("'", "").replace("’", "").replace("-", "").isalpha() for w in words
    ):
        return False
    low = [w.lower() for w in words]
    specific, generic = _role_lexicon()
    # the surname may be a word of the lexicon ("Champion", "Bishop", "Judge"); the rest may not
    if any(w in specific or w in generic or w in ctx.kind_pronouns for w in low[:-1]) or ctx.org_heads & set(low):
        return False
    if low[-1] in ctx.not_surnames or low[-1] in ctx.group_heads or role_group(name, name=True) != "unknown":
        return False
    return first_name_gender(name) is not None and not _written_as_a_body(ctx, name)


#: A relative "which" right after a name: "Hardie, which currently makes more than 80% of its revenues".
_WHICH_AFTER = re.compile(r",?\s+which\b")
#: A word for a body right before a name, itself after a word that is no determiner or preposition (a
#: modifier): "building products group James Hardie", "mining giant Peabody" (not "in a statement John").
_BODY_WORD_BEFORE = re.compile(
    r"\b(?!(?:the|a|an|to|in|of|at|by|for|on|with|from|this|that|its|his|her|their|and|or)\b)[\w-]+\s+([a-z-]+)\s+$"
)


def _written_as_a_body(ctx: _Context, name: str) -> bool:
    """Whether the article writes a name the tagger took for a body's, that opens with a first name
    ("James Hardie"), as a body's: in full or by the shorter names the tagger gave the same entity
    ("Hardie"), with a company's officer or shareholders ("Hardie's shareholders"), a relative "which"
    ("Hardie, which currently makes ..."), or a word for a body right before it ("Australian building
    products group James Hardie"). A firm named after its founder is "which" and has shareholders; a
    person has neither."""
    text = ctx.text
    forms = {name} | {m.text for m in ctx.named.get(name, []) if m.label in {"ORG", "GPE", "NORP"}}
    for form in forms:
        if _a_company(ctx, form):
            return True
        for m in re.finditer(rf"\b{re.escape(form)}\b", text):
            if _WHICH_AFTER.match(text, m.end()):
                return True
            before = _BODY_WORD_BEFORE.search(text[max(0, m.start() - 40) : m.start()])
            if before and before.group(1) in ctx.org_heads and not ctx.is_person_word(before.group(1)):
                return True
    return False


def a_bodys_word(ctx: _Context, name: str) -> bool:
    """Whether a one-word name the tagger took for a person's is a word for a body or for what a body
    issues, written with a capital ("Research from Halifax, the country's biggest mortgage lender,
    suggests"): no honorific before it anywhere and no one named in full with it as surname ("Charlotte
    Church"), so no person's surname."""
    if " " in name or not name[:1].isupper() or name.lower() not in ctx.org_heads | _document_heads():
        return False
    if any(e.endswith(f" {name}") for e in ctx.named):
        return False
    return not any(
        _HONORIFIC_BEFORE.search(ctx.text[max(0, m.start() - 12) : m.start()])
        for m in re.finditer(rf"\b{re.escape(name)}\b", ctx.text)
    )


#: After a name, words only a company has: "Electrolux chief executive", "3's marketing director" (not the
#: verb of "Saudi Arabia shares the same enemies").
_COMPANY_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:chief\s+executive|chief\s+operating\s+officer|chief\s+financial\s+officer|managing\s+director|"
    r"finance\s+director|marketing\s+director|shareholders|share\s+price|shares(?!\s+(?:the|a|an|its|their|his|her|our|this|"
    r"that|these|those|some|many|much)\b)|stock|profits?|"
    r"Inc|Corp|plc|Ltd|Co)\b(?!-)"  # (not the "co" of "US Customs co-ordinated")
    # what a maker does: "Hypertag which makes the technology", "Codemasters, which develops games" (not
    # "which makes it", "which produces up to")
    r"|,?\s+which\s+(?:makes|manufactures|produces|develops|supplies)\s+(?!(?:it|them|up|sense|clear)\b)",
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


#: A company's legal form right after its name: "Pirelli SpA" (no person's name runs on into one; not "AG" nor
#: "SA", an attorney general's and a place's short forms as often).
_LEGAL_FORM = r",?\s+(?:Ltd|Limited|Inc|Corp|Plc|plc|PLC|SpA|NV|GmbH|Co)\b(?!-)"
_LEGAL_FORM_AFTER = re.compile(_LEGAL_FORM)
#: The same after the place the company is of: "Gold Fields of South Africa Ltd" ("Tom Smith of Acme Inc" is
#: a person at a company, so this only counts for a name that opens on no first name).
_LEGAL_FORM_AFTER_PLACE = re.compile(rf"\s+of(?:\s+[A-Z][\w.-]*){{1,3}}{_LEGAL_FORM}")
_LEGAL_FORM_END = re.compile(rf"\w{_LEGAL_FORM}\.?$")


#: Last words of a company's name that no person's name ends on: "Corning Glass Works", "Purolator Courier Corp".
_COMPANY_NAME_ENDS = frozenset(
    "Corporation Company Companies Holdings Industries Enterprises Works Laboratories Bancorp Cos Partnership".split()
)


def a_company_name(name: str) -> bool:
    """Whether a name ends on a company's legal form, or on a word a company's name ends on after no
    person's first name ("Corning Glass Works", not "Sarah Holdings")."""
    words = name.split()
    if len(words) < 2:
        return False
    return _LEGAL_FORM_END.search(name) is not None or (
        words[-1] in _COMPANY_NAME_ENDS and first_name_gender(name) is None
    )


def _legal_form_after(ctx: _Context, name: str) -> bool:
    """Whether a name ends on a company's legal form or the article writes one after it ("mine managers Gold
    Fields of South Africa Ltd said", the tagger taking "Gold Fields" for a person)."""
    if a_company_name(name):
        return True  # "Pirelli SpA said", "Corning Glass Works said", tagged PERSON
    place_too = first_name_gender(name) is None
    return any(
        _LEGAL_FORM_AFTER.match(ctx.text, end) or place_too and _LEGAL_FORM_AFTER_PLACE.match(ctx.text, end)
        for end in (at + len(name) for at in occurrences(ctx.text, name, before=True, after=True))
    )


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


def _own_head(description: str, name: str) -> bool:
    """Whether a description is only an organisation's own head noun ("the bank" for the Bank of
    England, "the fund" for the International Monetary Fund): it says nothing the name does not."""
    words = [w for w in _words(description) if w not in {"the", "a", "an", "this", "its"} | _SCOPES]
    return len(words) == 1 and (words[0] in _words(name) or words[0] in _BARE_BODIES)


#: Bare words for a body of any kind: "The corporation said" of the BBC, "the firm" of a bank says
#: only that it is a body; its name says what kind. A watchdog may be a state's regulator or a rights
#: group ("International watchdog" Human Rights Watch).
_BARE_BODIES = frozenset(
    {"company", "firm", "corporation", "group", "organisation", "organization", "body", "watchdog"}
)
#: Words for where a body works, which say nothing of what it is: "International watchdog".
_SCOPES = frozenset({"international", "global", "independent"})


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
    found += [ctx.text[at : m.end()] for at, m in occurrences_then(ctx.text, name, _CAPITALISED_AFTER)]
    return found


#: One to three capitalised words right after a name: "Sun| Microsystems".
_CAPITALISED_AFTER = re.compile(r"(?:\s+[A-Z][\w&.-]*){1,3}")
#: One or two words written small right after a name: "the Fiat| conglomerate".
_SMALL_AFTER = re.compile(r"((?:\s+[a-z][\w-]*){1,2})")


def _longer_org_names(ctx: _Context, name: str) -> list[str]:
    """The organisations the article names in full whose name a short one begins ("Peabody" ->
    "Peabody Energy"): entities tagged as organisations only."""
    return [e for e, ms in ctx.named.items() if e.startswith(name + " ") and _label(ms) == "ORG"]


def _kind_words(ctx: _Context, name: str) -> list[str]:
    """The lower-case words right after an organisation's name that say what kind of body it is:
    "the Fiat conglomerate", "the Nationwide building society" (ending on a lexicon word)."""
    specific = _role_lexicon()[0]
    out = []
    for _, m in occurrences_then(ctx.text, name, _SMALL_AFTER):
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
