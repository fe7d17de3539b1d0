"""The data-file loaders: the lexicons beside this package (``analysis/extract/lexicons/*.json``,
see its README) and the tables built from them, each read once."""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources
from typing import Any

from analysis.extract.sources.words import _SPLIT


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


@cache
def _title_defaults() -> dict[str, str]:
    return {k: v for k, v in _lexicon("role_groups.json")["title_defaults"].items() if not k.startswith("_")}


@cache
def _team_sides() -> dict[str, str]:
    """Each word for a team's player ("defender", the team positions) or its staff ("coach", "referee"):
    "player" or "staff" (``team_sides`` in speaker_kinds.json)."""
    sides = _lexicon("speaker_kinds.json")["team_sides"]
    return {w: side for side in ("player", "staff") for w in sides[side]} | dict.fromkeys(_team_positions(), "player")


@cache
def _team_positions() -> frozenset[str]:
    """Positions in a team that are everyday words too ("centre", "wing", "international"): a player's
    role only written small after a team's or a country's name (``team_positions`` in role_groups.json)."""
    return frozenset(_lexicon("role_groups.json")["team_positions"])


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


@cache
def _staff_words() -> tuple[frozenset[str], frozenset[str]]:
    """(posts a campaign or a party employs, words naming such an employer): `staff_posts` and
    `political_employers` in role_groups.json."""
    data = _lexicon("role_groups.json")
    return frozenset(data["staff_posts"]), frozenset(data["political_employers"])


@cache
def _portfolios() -> tuple[tuple[str, ...], ...]:
    """Fields of policy a party's frontbench spokesperson speaks on (``portfolios`` in role_groups.json), as
    word tuples, longest first ("home affairs", "work and pensions", "treasury")."""
    fields = {tuple(p.split()) for p in _lexicon("role_groups.json")["portfolios"]}
    return tuple(sorted(fields, key=len, reverse=True))


@cache
def _member_bodies() -> tuple[str, ...]:
    """Words for the people an advocacy body is named for ("Students For Life"): `member_bodies`."""
    return tuple(_lexicon("role_groups.json")["member_bodies"])


@cache
def _finance_houses() -> frozenset[str]:
    """Names of investment banks, brokers and rating agencies, lower-case (``finance_houses``)."""
    return frozenset(_lexicon("role_groups.json")["finance_houses"])


@cache
def _trade_words() -> frozenset[str]:
    return frozenset(_lexicon("role_groups.json")["trade_body_words"])


@cache
def _media_name_heads() -> frozenset[str]:
    """Last words of a news outlet's name ("New York Times", "Denver Post"), read only in names."""
    return frozenset(_lexicon("role_groups.json")["media_name_heads"])


@cache
def _paper_words() -> frozenset[str]:
    """The media name heads that name a newspaper even alone ("Times", "the Chronicle")."""
    return frozenset(_lexicon("role_groups.json")["media_paper_words"])


@cache
def _company_name_heads() -> frozenset[str]:
    """Last words of a firm's name ("Qwest Communications", "Japan Airlines"), read only in names."""
    return frozenset(_lexicon("role_groups.json")["company_name_heads"])


@cache
def _document_heads() -> frozenset[str]:
    """Words for what an organisation issues (a poll, a report): the issuer named beside them decides."""
    return frozenset(_lexicon("role_groups.json")["document_heads"])


def _names_no_issuer(word: str) -> bool:
    """Whether a word of a document's name says only what the document is: a document word, or "polling"
    ("the RealClearPolitics polling average" is the site's; "polling" names nobody)."""
    return word in _document_heads() or word == "polling"


@cache
def _peer_titles() -> tuple[str, ...]:
    """A peer's titles written before a name ("Lord Falconer"), from ``role_groups.json``."""
    return tuple(_lexicon("role_groups.json")["peer_titles"])


@cache
def _member_heads() -> frozenset[str]:
    """Words for a member of an elected body ("MP", "senator"), whatever post they hold in it."""
    return frozenset(_lexicon("speaker_kinds.json")["member_heads"])


@cache
def _person_words() -> frozenset[str]:
    """Words for a person, which in an organisation's name say nothing of what it does."""
    return frozenset(_lexicon("speaker_kinds.json")["person_heads"]) | frozenset(_role_lexicon()[1])


@cache
def _framing_lexicon() -> tuple[dict[str, str], dict[str, str]]:
    data = _lexicon("framing.json")
    classes = {verb: cls for cls, verbs in data["classes"].items() for verb in verbs}
    return classes, data["forms"]


@cache
def _gendered() -> tuple[dict[str, str], dict[str, str], frozenset[str]]:
    data = _lexicon("gendered_words.json")
    honorifics = {w.lower(): g for g, ws in data["honorifics"].items() for w in ws}
    roles = {w: g for g, ws in data["role_words"].items() for w in ws}
    return honorifics, roles, frozenset(data["weak"])


@cache
def _weak_alone() -> frozenset[str]:
    """The weak gendered role words that decide a named person's gender alone ("spokesman")."""
    return frozenset(_lexicon("gendered_words.json")["weak_alone"])


@cache
def _personal_documents() -> frozenset[str]:
    return frozenset(_lexicon("speaker_kinds.json")["personal_documents"])


@cache
def _trade_heads() -> frozenset[str]:
    """Words for what a firm or a person may do ("producer", "supplier"): ``trade_heads``."""
    return frozenset(_lexicon("speaker_kinds.json")["trade_heads"])


@cache
def _party_names() -> frozenset[str]:
    """Names of parties, lower-case ("tories", "plaid cymru", "democratic party")."""
    return frozenset(_lexicon("speaker_kinds.json")["party_names"])


@cache
def _party_members() -> frozenset[str]:
    """Singular words for one member of a party ("Republican", "Democrat", "Tory")."""
    return frozenset(_lexicon("speaker_kinds.json")["party_members"])


@cache
def _party_word_tuples() -> frozenset[tuple[str, ...]]:
    """Every party's name and member word as a word tuple (("plaid", "cymru"), ("tory",)): what may stand
    before a party's "spokesman"."""
    return frozenset(tuple(p.split()) for p in (*_party_names(), *_party_members()))


@cache
def _sport_words() -> frozenset[str]:
    """The sports' names (``sport_names`` in role_groups.json)."""
    return frozenset(_lexicon("role_groups.json")["sport_names"])


@cache
def _known_names() -> tuple[dict[str, tuple[str, str]], dict[str, str]]:
    """(bodies: name -> (kind, group), people: full name -> group) from ``known_names.json``."""
    data = _lexicon("known_names.json")
    return {k: (v[0], v[1]) for k, v in data["bodies"].items()}, dict(data["people"])


@cache
def _known_genders() -> dict[str, str]:
    """{full name: gender} of the well-known people whose first name the first-name table cannot place."""
    return dict(_lexicon("known_names.json")["genders"])


@cache
def _known_body_patterns() -> list[tuple[str, re.Pattern[str]]]:
    """Each well-known body's name as a whole-word pattern, compiled once (asked for every role)."""
    return [(body, re.compile(rf"\b{re.escape(body)}\b")) for body in _known_names()[0]]


@cache
def _employer_heads() -> frozenset[str]:
    return frozenset(_lexicon("role_groups.json")["employer_heads"])


@cache
def _role_lexicon_data() -> dict[str, Any]:
    return _lexicon("role_groups.json")


@cache
def _organisation_heads() -> frozenset[str]:
    """Words for a body ("firm", "newspaper", "website"): ``organisation_heads`` in speaker_kinds.json."""
    return frozenset(_lexicon("speaker_kinds.json")["organisation_heads"])
