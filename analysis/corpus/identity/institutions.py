"""Generic institution names (13-x): "Finance Ministry", "Supreme Court", "Court of Appeals", "Central
Bank", "Parliament" name a different body in each country ("Japan's Finance Ministry" in one article,
Israel's in another). Such a name's units join across articles only where the articles tie it to the same
country: a country or people's word right before a mention ("Japan's Finance Ministry", "the Japanese
finance ministry", "the US Supreme Court") or a country right after it ("Ministry of Finance of Japan"),
else the country its article names most, else Britain (the BBC names its own bodies without a country).
The words are data (``identity_institutions.json``); the UK's own bodies the BBC names alone ("the
Treasury", "the Home Office") hold no head word there and join as before."""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from functools import lru_cache
from pathlib import Path

from analysis.corpus.identity.article_cues import AT_ENTITY
from analysis.corpus.identity.names import base_key, country_keys, demonym_forms
from analysis.corpus.identity.sets import Sets, detach
from analysis.corpus.identity.state import Units
from analysis.corpus.tables import Tables
from analysis.records import REFERENCE_LABELS

DATA = Path(__file__).resolve().parent.parent / "data" / "identity_institutions.json"
#: the country of a unit whose mentions and article say none
HOME = "country:GB"
#: characters read before a mention for its country
_BEFORE = 40
_WORD = re.compile(r"[A-Za-z][\w.'’-]*")


@lru_cache(maxsize=1)
def _data() -> dict:
    return json.loads(DATA.read_text("utf-8"))


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str]]:
    d = _data()
    return frozenset(w.casefold() for w in d["heads"]), frozenset(w.casefold() for w in d["modifiers"])


@lru_cache(maxsize=1)
def _alone() -> frozenset[str]:
    return frozenset(w.casefold() for w in _data()["alone"])


@lru_cache(maxsize=1)
def country_words() -> dict[str, str]:
    """A country's name or its people's adjective (base_key, one or two words) -> ``country:<alpha-2>``."""
    out = dict(country_keys())
    for key, code in country_keys().items():
        for form in demonym_forms(key):
            out.setdefault(form, code)
    out.update({k: f"country:{v}" for k, v in _data()["demonyms"].items()})
    return out


def _country_of(words: list[str]) -> str | None:
    """The country the last one or two words name ("Japan's", "the Japanese", "South Korean")."""
    cw = country_words()
    for n in (2, 1):
        if len(words) >= n:
            said = words[-n:]
            w = base_key(" ".join(said))
            # (capitalised, and a short form in capitals: "told us" is no "US")
            if w in cw and said[0][0].isupper() and (len(w) > 3 or said[0].rstrip("'’s").isupper()):
                return cw[w]
    return None


def generic_core(name: str) -> tuple[str, str | None] | None:
    """(the institution words' key, the country the name itself starts with) of a name made only of
    generic institution words, maybe after a country's word ("US Court of Appeals"); else None."""
    heads, mods = _words()
    words = base_key(name).split(" ")
    country = None
    for n in (2, 1):  # a leading country or people's word
        if len(words) > n and (c := country_words().get(" ".join(words[:n]))):
            country, words = c, words[n:]
            break
    if not words or not any(w in heads for w in words) or not all(w in heads or w in mods for w in words):
        return None
    if len(words) == 1 and words[0] not in _alone():  # ("Bank", "Court" alone: a cut name)
        return None
    return " ".join(words), country


def mention_country(text: str, start: int, end: int) -> str | None:
    """The country a mention's own words tie it to: right before it ("Japan's", "the Israeli", "Japan's
    top ... " is not read: only up to two modifier words between), or "of <country>" right after it."""
    _, mods = _words()
    before = _WORD.findall(text[max(0, start - _BEFORE) : start])
    while before and before[-1].casefold() in mods:  # "Japan's finance ministry" tagged "ministry"
        before.pop()
    if before and (c := _country_of(before)):
        return c
    after = re.match(r"\s+of\s+(?:the\s+)?([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?)", text[end : end + 40])
    if after:
        return _country_of(after.group(1).split())
    return None


def most_named(countries: Counter) -> str | None:
    """The country an article names most (None if none, or a tie at the top)."""
    top = countries.most_common(2)
    if not top or (len(top) > 1 and top[0][1] == top[1][1]):
        return None
    return top[0][0]


@lru_cache(maxsize=1)
def home_bodies() -> frozenset[str]:
    """The generic names the BBC uses for Britain's own bodies (base_key): no article fallback."""
    return frozenset(base_key(x) for x in _data()["home_bodies"])


def unit_countries(
    mentions: list[tuple[int, str, int, int]],
    generic: dict[int, tuple[str, str | None]],
    article: dict[int, str],
    art_country: dict[str, str | None],
) -> dict[int, str]:
    """Each generic institution unit's country: the name's own country word ("US Senate"), else the one
    its mentions' words name (most often: "Japan's" before one mention is enough), else that of a unit of
    the same institution in its article whose name or words name one ("Senate" beside "US Senate"), else
    (not for Britain's own bodies' names, ``home_bodies``) its article's most named country, else ``HOME``.
    ``mentions``: (unit, article text, start, end); ``generic``: unit -> (institution key, the name's own
    country); ``article``: unit -> its article; ``art_country``: article -> its most named country."""
    said: dict[int, Counter] = {}
    for i, text, start, end in mentions:
        if generic[i][1] is None and (c := mention_country(text, start, end)):
            said.setdefault(i, Counter())[c] += 1
    own = {i: g[1] or (said[i].most_common(1)[0][0] if i in said else None) for i, g in generic.items()}
    beside: dict[tuple[str, str], str] = {}
    for i in sorted(own):
        if own[i]:
            beside.setdefault((article[i], generic[i][0]), own[i])
    out = {}
    for i, (core, _) in generic.items():
        fallback = None if core in home_bodies() else art_country.get(article[i])
        out[i] = own[i] or beside.get((article[i], core)) or fallback or HOME
    return out


def country_groups(roots: dict[int, int], cores: dict[int, str], countries: dict[int, str]) -> list[set[int]]:
    """The generic units to take out of their entity (``roots``: unit -> its entity's root): in an entity
    whose generic units name more than one country, every country's units but the most numerous one's
    (ties: the first unit's) become an entity of their own, one per (institution, country)."""
    by_root: dict[int, list[int]] = {}
    for i in sorted(roots):
        by_root.setdefault(roots[i], []).append(i)
    out: list[set[int]] = []
    for idx in by_root.values():
        kinds = Counter(countries[i] for i in idx)
        if len(kinds) < 2:
            continue
        keep = max(kinds, key=lambda c: (kinds[c], -min(i for i in idx if countries[i] == c)))
        parts: dict[tuple[str, str], set[int]] = {}
        for i in idx:
            if countries[i] != keep:
                parts.setdefault((cores[i], countries[i]), set()).add(i)
        out += list(parts.values())
    return out


def split_by_country(u: Units) -> None:
    """A generic institution's name ("Finance Ministry", "Supreme Court") is each country's own: its units
    of another country than most of its entity's leave it (13-x)."""
    for part in _by_country(u.tables, u.sets, u.aids, u.names, u.keys, u.counts):
        detach(u.sets, part)
        for i in part:
            u.notes[i] = "a generic institution's name: this country's"


def _by_country(
    tables: Tables, sets: Sets, aids: list[str], names: list[str], keys: list[str], counts: list[int]
) -> list[set[int]]:
    """The generic institution units to take out of their entity, one set per (name, country):
    ``institutions.country_groups`` of each unit's country (``institutions.unit_countries``). (Units of
    one institution and country are not joined: a country may have several, "Court of Appeals".)"""
    cores: dict[str, tuple[str, str | None] | None] = {}  # (a name is in many articles: read once)
    found = {}
    for i, x in enumerate(names):
        if x not in cores:
            cores[x] = generic_core(x)
        if g := cores[x]:
            found[i] = g
    if not found:
        return []
    named: dict[str, Counter] = defaultdict(Counter)  # article -> its countries' mentions
    wanted = {aids[i] for i in found}
    for i, k in enumerate(keys):
        if k.startswith("country:") and aids[i] in wanted:
            named[aids[i]][k] += counts[i]
    unit_of = {(aids[i], names[i]): i for i in found}
    m = tables.mentions
    m = m.loc[m["entity"].isin({names[i] for i in found}) & ~m["label"].isin(REFERENCE_LABELS), AT_ENTITY]
    texts = dict(zip(tables.articles["article_id"], tables.articles["text"], strict=True))
    rows = []
    for aid, start, end, ent in zip(m["article_id"], m["start"], m["end"], m["entity"], strict=True):
        i, text = unit_of.get((aid, ent)), texts.get(aid)
        if i is not None and isinstance(text, str):
            rows.append((i, text, int(start), int(end)))
    countries = unit_countries(rows, found, {i: aids[i] for i in found}, {a: most_named(named[a]) for a in wanted})
    return country_groups({i: sets.find(i) for i in found}, {i: g[0] for i, g in found.items()}, countries)
