"""Name variants of one person within an article: "Josh Apte" and "Joshua Apte", "Robert J.
Stone" and "Robert Stone" are one person, named by the fullest form.

Two person names join when their last words (surnames) are equal and their first words agree:
equal, one a short form of the other that it starts ("Josh" / "Joshua", at least three letters),
or a pair from ``data/nicknames.csv`` ("Bob" / "Robert"); middle names and initials are ignored.
A surname shared by two people whose first names do not agree (Jason and Andy Robinson) joins
nothing.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from dataclasses import replace
from functools import cache
from importlib.resources import files

from analysis.records import Mention

__all__ = ["drop_leading_verbs", "first_names", "join_initialisms", "join_short_forms", "join_variants", "same_person"]


@cache
def first_names() -> dict[str, str]:
    """{first name: "m" | "f"} for the first names one gender holds confidently in a maintained
    data set (issue 11's ``lexicons/first_names.tsv``, from nomquamgender), lower case: evidence
    that a name the tagger took for an organisation ("Carly Fiorina") is a person's, and whose."""
    text = files("analysis.extract").joinpath("lexicons", "first_names.tsv").read_text("utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))
    return {name: gender[0] for name, gender in rows}


@cache
def _nicknames() -> frozenset[tuple[str, str]]:
    text = files("analysis.extract.quotes").joinpath("data/nicknames.csv").read_text("utf-8")
    rows = csv.DictReader(line for line in text.splitlines() if line and not line.startswith("#"))
    pairs = set()
    for r in rows:
        a, b = r["short"].strip().lower(), r["full"].strip().lower()
        pairs.add((a, b))
        pairs.add((b, a))
    return frozenset(pairs)


def _first_agrees(a: str, b: str) -> bool:
    a, b = a.lower().rstrip("."), b.lower().rstrip(".")
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    if len(short) >= 3 and long.startswith(short):
        return True
    return (a, b) in _nicknames()


def same_person(a: str, b: str) -> bool:
    """Whether two person names of one article are variants of one name."""
    wa, wb = a.split(), b.split()
    if len(wa) < 2 or len(wb) < 2 or wa[-1].lower() != wb[-1].lower():
        return False
    return _first_agrees(wa[0], wb[0])


def join_variants(mentions: list[Mention]) -> list[Mention]:
    """The mentions with each person's name variants renamed to the fullest variant (most words,
    then longest). Names joined must agree pairwise, so two people sharing a surname stay two."""
    names = sorted({m.entity for m in mentions if m.label == "PERSON" and m.entity and " " in m.entity})
    by_surname: dict[str, list[str]] = {}
    for n in names:
        by_surname.setdefault(n.split()[-1].lower(), []).append(n)
    canonical: dict[str, str] = {}
    for group in by_surname.values():
        if len(group) < 2:
            continue
        for n in group:
            variants = [o for o in group if o == n or same_person(n, o)]
            # the join holds only when every variant agrees with every other (no chains)
            if all(same_person(x, y) for x in variants for y in variants if x != y):
                best = max(variants, key=lambda s: (len(s.split()), len(s)))
                if best != n:
                    canonical[n] = best
    if not canonical:
        return mentions
    return [replace(m, entity=canonical[m.entity]) if m.entity in canonical else m for m in mentions]


def drop_leading_verbs(mentions: list[Mention]) -> list[Mention]:
    """The mentions with a sentence-opening verb form the tagger took into a person's name
    ("Hosting Cook at Dreamforce is our dream", "Describing Mr Jackson, she said") renamed to the
    person the rest names: the one person of the article with that surname. A name whose first
    word is a first name, or whose rest names nobody else ("Talking Heads", "Finding Nemo"), stays."""
    people = {m.entity for m in mentions if m.label == "PERSON" and m.entity}
    canonical: dict[str, str] = {}
    for name in people:
        words = name.split()
        if len(words) < 2 or not words[0].endswith("ing") or words[0].lower() in first_names():
            continue
        others = [p for p in people if p != name and p.split()[-1] == words[-1] and not p.split()[0].endswith("ing")]
        fullest = max(others, key=lambda p: (len(p.split()), len(p)), default=None)
        if fullest is not None and all(same_person(o, fullest) or o == words[-1] for o in others):
            canonical[name] = fullest
    if not canonical:
        return mentions
    return [replace(m, entity=canonical[m.entity]) if m.entity in canonical else m for m in mentions]


def join_short_forms(mentions: list[Mention]) -> list[Mention]:
    """The mentions with an organisation's one-word short form renamed to its full name: a single
    capitalised word of three letters or more tagged ORG that starts a word of exactly one
    longer ORG name of the article, as a clipping ("Fed" / "US Federal Reserve") or a possessive
    ("Foster" / "Foster's Group"). A word equal to a word of the name ("United" / "United
    Airlines") joins nothing: it may be another body."""
    orgs = {m.entity for m in mentions if m.label == "ORG" and m.entity}
    full = [o for o in orgs if " " in o]
    canonical: dict[str, str] = {}
    for short in orgs:
        if " " in short or len(short) < 3 or not short[:1].isupper():
            continue
        longer = [o for o in full if any(_clipped(short, w) for w in o.split())]
        if len(longer) == 1:
            canonical[short] = longer[0]
    if not canonical:
        return mentions
    return [
        replace(m, entity=canonical[m.entity]) if m.label == "ORG" and m.entity in canonical else m for m in mentions
    ]


#: An organisation's initials as the article writes them: "B&B", "BCC", "IPPR" (2-6 capitals, an
#: ampersand allowed between them).
_INITIALS = re.compile(r"[A-Z](?:&?[A-Z]){1,5}")
#: Words an organisation's initials skip: "British Chamber of Commerce" is BCC.
_INITIALS_SKIP = frozenset("of for the and & de du la le des on in".split())


def join_initialisms(mentions: list[Mention]) -> list[Mention]:
    """The mentions with an organisation's initials renamed to its full name: a name tagged ORG
    written as capitals only ("B&B", "BCC") whose letters are the initials of the capitalised
    words of exactly one longer ORG name of the article ("Bradford & Bingley", "British Chamber
    of Commerce"), so a quote credited to "B&B" is the lender the article named in full."""
    orgs = {m.entity for m in mentions if m.label == "ORG" and m.entity}
    initials: dict[str, set[str]] = {}
    for name in orgs:
        words = [w for w in re.split(r"[\s-]+", name) if w and w.lower() not in _INITIALS_SKIP]
        if len(words) >= 2 and all(w[:1].isupper() for w in words):
            initials.setdefault("".join(w[0] for w in words), set()).add(name)
    canonical: dict[str, str] = {}
    for short in orgs:
        if not _INITIALS.fullmatch(short):
            continue
        longer = initials.get(short.replace("&", ""), set()) - {short}
        if len(longer) == 1:
            canonical[short] = longer.pop()
    if not canonical:
        return mentions
    return [
        replace(m, entity=canonical[m.entity]) if m.label == "ORG" and m.entity in canonical else m for m in mentions
    ]


def _clipped(short: str, word: str) -> bool:
    """ "Fed" clips "Federal"; "Foster" is "Foster's" without the possessive."""
    rest = word[len(short) :]
    return word.startswith(short) and bool(rest) and (rest.isalpha() and rest.islower() or rest in {"'s", "\u2019s"})


#: Words after an organisation's name that make it a regional arm, not the same body ("AOL
#: Europe", "BBC Scotland"); countries come from pycountry (``is_regional_arm``).
_REGIONS = frozenset(
    """Europe European Asia Asian Africa African America Americas Latin Pacific Nordic Scandinavia
    Middle East Scotland Wales England Ireland Northern UK US USA""".split()
)


@cache
def _country_names() -> frozenset[str]:
    import pycountry

    return frozenset(n for c in pycountry.countries for n in (c.name, getattr(c, "common_name", c.name)))


def is_regional_arm(name: str, org: str) -> bool:
    """``name`` is ``org`` followed only by a region or a country ("AOL Europe" of "AOL")."""
    rest = name[len(org) :].strip()
    return bool(rest) and (all(w in _REGIONS for w in rest.split()) or rest in _country_names())


#: Words that end or follow the first word of an organisation's name, never a person's.
ORG_NAME_WORDS = frozenset(
    """United City Rovers Athletic Wanderers Albion FC AFC Inc Ltd plc PLC Corp Corporation Group Holdings
    Bank Association Council Union Federation Foundation Institute University College Agency Airlines
    Motors Records Studios Pictures Entertainment Networks Telecom Systems Technologies Partners Productions
    Media Publishing Press Films Labs Ventures Capital Investments Industries Enterprises""".split()
)
#: Last words of an organisation's full name ("Acme Robotics", "Foster's Group"): ``ORG_NAME_WORDS`` and
#: company words; built once, read for every described organisation.
FULL_NAME_ENDS = ORG_NAME_WORDS | frozenset(
    """Robotics Electronics Software Computing Communications Pharmaceuticals Airways Energy Oil Petroleum
    Mining Steel Foods Brewing Insurance Securities Finance Financial Bancorp Trust Co Company Limited LLC
    AG SA NV GmbH Brands Stores Retail Solutions Services""".split()
)
_HONORIFIC = re.compile(r"\b(Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lady|Lord)\.?\s+$")


def lone_names(mentions: list[Mention], text: str, roles: dict[str, str]) -> frozenset[str]:
    """People named by one word only with nothing but nearby pronouns saying they are people (no
    honorific, no gendered role word): "Universal", "Fun". The tagger often takes a studio, a
    product or a word of a title for a person, and a "he said" after it is no evidence of its own;
    "he" and "she" go to them only when nobody else fits."""
    named = {m.entity for m in mentions if m.label == "PERSON" and m.entity and " " not in m.entity}
    for m in mentions:
        if m.entity in named and _HONORIFIC.search(text[max(0, m.start - 6) : m.start]):
            named.discard(m.entity)
    # and names the tagger calls a person no more often than an organisation or place ("United")
    labels: dict[str, Counter[str]] = {}
    for m in mentions:
        if m.entity:
            labels.setdefault(m.entity, Counter())[m.label] += 1
    mostly_not = {e for e, c in labels.items() if 0 < c["PERSON"] <= sum(c[k] for k in ("ORG", "GPE", "NORP"))}
    # and organisations the tagger took for people by their name ("Manchester United")
    org_named = {e for e, c in labels.items() if c["PERSON"] and any(w in ORG_NAME_WORDS for w in e.split()[1:])}
    return frozenset((named - roles.keys()) | mostly_not | org_named)
