"""Corpus identity: one id, one name and one type for each person, organisation and place across a corpus.

Each article's analysis names its entities on its own ("Blair", "UK", "Yukos" tagged PERSON). This step
runs after the per-article analysis, over the tidy tables, and decides which article-level entities
(a *unit*: one ``entities`` row, i.e. one article and the name it used) are the same corpus entity:

* names: the same name up to case, a leading "the" and a possessive join; country names join through
  pycountry plus the alias list in ``data/identity_aliases.json`` (countries, a few places and parties);
  a plural description joins its singular ("Conservatives", "Conservative"); an acronym joins the one
  expansion whose initials it is (preferring one named in the same article); spelling variants of one
  full name join (Vince/Vincent Cable); a shorter name ending a longer one joins it, and an
  organisation's or product's part name its one longer name ("Ospreys"); a surname or first name alone
  joins a full name only when the articles sharing its topic (and outlet, and a 30-day window when both
  are dated) name exactly one person with it: otherwise it stays apart and ``identity_note`` says why.
  Every rule that joins needs exactly one candidate: a wrong merge is worse than a missed one;
* type: from all the evidence: the model's label in every article (one vote per article), cue words
  around every mention ("the oil firm Yukos", "Yukos shares", "Mr Blair", "Blair said he", "the film
  Vera Drake", "an iPod."), the pronouns resolved to it (he/she), and the data (countries, listed places
  and parties decide outright);
* hand edits (``Override``: merge, split, label) saved with the store per corpus and applied last.

The result is a *unit map* (one row per unit: its corpus ``entity_id``, ``name``, ``label`` and note),
cached beside the store keyed by the corpus' article ids, this code's version and the edits. Applying it
rewrites the tables so that every count counts one thing: ``entities`` gets one row per corpus entity per
article (``name``/``label`` the corpus ones, the article's own names kept in ``aliases``), every
mention of it gets its ``entity_id`` and the corpus name and label (its offsets still index its words),
and quotes name their speaker by the corpus name; speakers that are descriptions ("Analysts",
"analysts", "analyst") share one spelling.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import uuid
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from analysis.corpus.tables import Tables
from analysis.records import REFERENCE_LABELS, TABLE_LABELS

DATA = Path(__file__).resolve().parent / "data" / "identity_aliases.json"
#: Articles further apart than this (both dated) are not one time window for a surname.
WINDOW_DAYS = 30
#: An acronym with several expansions in the corpus joins one named in this many times as many articles.
ACRONYM_DOMINANCE = 5
MAP_COLUMNS = ["article_id", "alias", "entity_id", "name", "label", "identity_note", "count"]

# --- evidence for a type, from the words around a mention --------------------------------------------
_ORG_BEFORE = re.compile(
    r"\b(?:firm|company|group|giant|conglomerate|club|side|bank|carmaker|maker|retailer|airline|carrier|operator|"
    r"producer|broadcaster|network|agency|regulator|party|union|label|studio|chain|supermarket|insurer|"
    r"shares in|stake in|owner of|owners of|takeover of|bid for|chief executive of|boss of|chairman of|"
    r"director of|spokesman for|spokeswoman for|joined|signed for|sold to|bought by)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_ORG_AFTER = re.compile(
    r"^(?:(?:'s|’s|')?\s+(?:shares|share price|shareholders|profits?|sales|revenues?|chief executive|board|fans|"
    r"striker|midfielder|defender|goalkeeper|manager|boss|chairman|bosses|executives|staff|plc|ltd|inc|"
    r"group|spokesman|spokeswoman|subsidiary|stake)\b|\s+(?:said|says|has said|announced) its\b)",
    re.IGNORECASE,
)
_PERSON_BEFORE = re.compile(
    r"\b(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady|Dame|President|Prime Minister|Chancellor|Minister|Secretary|coach|"
    r"manager|boss|striker|midfielder|defender|goalkeeper|singer|actor|actress|star|chairman|"
    r"chief executive|captain|director|leader|spokesman|spokeswoman)\.?\s+$"
)
_PERSON_AFTER = re.compile(
    r"^(?:,\s*\d{2},|,\s*who\b|\s+(?:said|says|told|added) (?:he|she)\b|(?:'s|’s)\s+(?:wife|husband|death|funeral|"
    r"son|daughter|father|mother|brother|sister|girlfriend|boyfriend|birthday|agent|own goal)\b)",
    re.IGNORECASE,
)
# A name right after a determiner, or in "X-winning", is no person's ("an Oscar", "the Lib Dems").
_NOT_PERSON_BEFORE = re.compile(r"\b(?:a|an|the|his|her|their|its|our|second|third)\s+$", re.IGNORECASE)
_NOT_PERSON_AFTER = re.compile(r"^-(?:winning|winner|nominated|owned|based|listed)\b", re.IGNORECASE)
# Things: works ("the film Vera Drake"), products ("Xbox 2", "the Firefox browser"), awards ("Oscar-winning").
_WORK_BEFORE = re.compile(
    r"\b(?:film|films|movie|biopic|drama|comedy|thriller|musical|documentary|album|single|song|novel|book|"
    r"sitcom|soap|programme|opera)\s+$",
    re.IGNORECASE,
)
_PRODUCT_BEFORE = re.compile(r"\b(?:console|browser|game|handset|gadget|drug|software|format)\s+$", re.IGNORECASE)
_PRODUCT_AFTER = re.compile(
    r"^(?:\s+(?:console|consoles|games console|browser|owners|format|tags|"
    r"operating system|version|music player)\b)",
    re.IGNORECASE,
)
# "an iPod.", "their Xbox,": a name after an indefinite article or a possessive pronoun, ending its noun
# phrase, is a thing someone has (an organisation in that place is followed by its noun: "a BBC spokesman").
_HAD_BEFORE = re.compile(r"\b(?:a|an|his|her|their|my|your|our)\s+$", re.IGNORECASE)
_NP_END = re.compile(r"^(?:[,.;:!?)]|\s+(?:and|or|but|to|in|on|with|for|from|is|was|has|had)\b|\s*$)")
_AWARD_AFTER = re.compile(
    r"^(?:-(?:winning|winner|nominated)\b|\s+(?:awards?|nominations?|nods?|ceremony|for best)\b)", re.IGNORECASE
)
_HE_SHE = frozenset({"he", "she", "him", "his", "her", "hers", "himself", "herself"})
#: Types that never join a longer name as its part (people have their own rules; places and groups
#: are named in longer names of other things: "England" in "Bank of England").
_NOT_THINGS = frozenset({"PERSON", "GPE", "LOC", "NORP", "FAC"})
CONTEXT = 40  # characters each side of a mention looked at for cue words
CUE_WEIGHT = 2.0  # a cue word is clearer evidence than a model label, which repeats the same guess
PRONOUN_WEIGHT = 1.0


# --- hand edits ----------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Override:
    """A user's correction: ``merge`` the entities named ``names``; ``split`` the article-level entities
    named ``names[0]`` out of the entity they joined; ``label`` the entity named ``names[0]`` as ``label``.
    Names are the names articles used (aliases), matched without regard to case."""

    op: str
    names: tuple[str, ...]
    label: str | None = None

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["names"] = list(self.names)
        return {k: v for k, v in d.items() if v is not None}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Override:
        op, names = d.get("op"), d.get("names")
        if op not in ("merge", "split", "label") or not isinstance(names, list) or not names:
            raise ValueError(f"not an identity edit: {d!r}")
        if op == "merge" and len(names) < 2:
            raise ValueError(f"a merge names two entities or more: {d!r}")
        if op == "label" and d.get("label") not in TABLE_LABELS:
            raise ValueError(f"label must be one of {sorted(TABLE_LABELS)}: {d!r}")
        return cls(op, tuple(str(n) for n in names), d.get("label") if op == "label" else None)


# --- names ---------------------------------------------------------------------------------------------
_SPACE = re.compile(r"\s+")
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")


def base_key(name: str) -> str:
    """A name up to case, spacing, a leading "the", a possessive and the dots of an acronym."""
    s = _SPACE.sub(" ", name.strip()).casefold()
    s = re.sub(r"^the ", "", s)
    s = _POSSESSIVE.sub("", s).strip()
    if re.fullmatch(r"(?:[a-z]\.){2,}[a-z]?\.?", s):
        s = s.replace(".", "")
    return s


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    return json.loads(DATA.read_text("utf-8"))


@lru_cache(maxsize=1)
def country_keys() -> dict[str, str]:
    """base_key of every country name -> ``country:<alpha-2>``: pycountry's names plus the alias list."""
    import pycountry

    out: dict[str, str] = {}
    for c in pycountry.countries:
        for n in (c.name, getattr(c, "common_name", None), getattr(c, "official_name", None)):
            if n and "," not in n:
                out[base_key(n)] = f"country:{c.alpha_2}"
    for code, names in _data()["countries"].items():
        for n in names:
            out[base_key(n)] = f"country:{code}"
    return out


@lru_cache(maxsize=1)
def organisation_keys() -> dict[str, tuple[str, str]]:
    """base_key of each listed organisation name -> (``org:<name>``, its type)."""
    return {
        base_key(n): (f"org:{name}", entry["label"])
        for name, entry in _data()["organisations"].items()
        for n in entry["names"]
    }


@lru_cache(maxsize=1)
def place_types() -> dict[str, str]:
    out = {base_key(n): label for n, label in _data()["places"].items()}
    out.update({k: "GPE" for k in set(country_keys().values())})
    out.update({k: label for k, label in organisation_keys().values()})
    return out


def name_key(name: str) -> str:
    """The key names join by: ``base_key``, or the country or listed organisation it names."""
    k = base_key(name)
    if k in country_keys():
        return country_keys()[k]
    org = organisation_keys().get(k)
    return org[0] if org else k


def initials(name: str) -> list[str]:
    """The acronyms a name can have: its words' initials ("IMF"), and with inner capitals too
    ("PlayStation Portable": "PP", "PSP")."""
    skip = set(_data()["connectives"])
    words = [w for w in re.split(r"[\s\-]+", name) if w and w.casefold() not in skip]
    if len(words) < 2:
        return []
    plain = "".join(w[0] for w in words).upper()
    camel = "".join(w[0] + "".join(c for c in w[1:] if c.isupper()) for w in words).upper()
    return list(dict.fromkeys([plain, camel]))


def _is_acronym(name: str) -> bool:
    return bool(re.fullmatch(r"[A-Z]{2,6}", name.replace(".", "")))


def _singular(key: str) -> str | None:
    if key.endswith("ies") and len(key) > 4:
        return key[:-3] + "y"
    if key.endswith("s") and not key.endswith("ss") and len(key) > 3:
        return key[:-1]
    return None


# --- union-find ----------------------------------------------------------------------------------------
class _Sets:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _date(value: Any) -> date | None:
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


# --- evidence ------------------------------------------------------------------------------------------
def cue_votes(tables: Tables) -> dict[tuple[str, str], Counter]:
    """(article_id, entity name) -> type votes from the words around its mentions and the pronouns
    resolved to it."""
    out: dict[tuple[str, str], Counter] = defaultdict(Counter)
    m = tables.mentions
    if m.empty:
        return out
    m = m[m["entity"].notna()]
    texts = dict(zip(tables.articles["article_id"], tables.articles["text"], strict=True))
    for aid, start, end, word, label, ent in zip(
        m["article_id"], m["start"], m["end"], m["text"], m["label"], m["entity"], strict=True
    ):
        votes = out[(aid, ent)]
        if label in REFERENCE_LABELS:
            if str(word).casefold() in _HE_SHE:
                votes["PERSON"] += PRONOUN_WEIGHT
            continue
        text = texts.get(aid)
        if not isinstance(text, str):
            continue
        before, after = text[max(0, int(start) - CONTEXT) : int(start)], text[int(end) : int(end) + CONTEXT]
        if _ORG_BEFORE.search(before) or _ORG_AFTER.search(after):
            votes["ORG"] += CUE_WEIGHT
        if _WORK_BEFORE.search(before):
            votes["WORK_OF_ART"] += CUE_WEIGHT
        if _PRODUCT_BEFORE.search(before) or _PRODUCT_AFTER.search(after):
            votes["PRODUCT"] += CUE_WEIGHT
        if _HAD_BEFORE.search(before) and _NP_END.search(after):
            votes["PRODUCT"] += CUE_WEIGHT
        if _AWARD_AFTER.search(after):
            votes["EVENT"] += CUE_WEIGHT
        if _PERSON_BEFORE.search(before) or _PERSON_AFTER.search(after):
            votes["PERSON"] += CUE_WEIGHT
        elif _NOT_PERSON_BEFORE.search(before) or _NOT_PERSON_AFTER.search(after):
            votes["PERSON"] -= CUE_WEIGHT
    return out


def decide_label(model: Counter, cues: Counter, keys: Iterable[str]) -> str:
    """The type with the most evidence: a model label per article, cue words, pronouns, data sets."""
    places = place_types()
    listed = Counter(places[k] for k in keys if k in places)
    if listed:  # a country, listed place or listed organisation is that, whatever a model said
        return listed.most_common(1)[0][0]
    score: Counter = Counter()
    score.update(model)
    score.update(cues)
    if not score or max(score.values()) <= 0:
        # only evidence against a person: the next label the model gave, else an organisation
        others = [lab for lab, _ in model.most_common() if lab != "PERSON"]
        return others[0] if others else "ORG"
    best = max(score.values())
    # ties go to the label the model gave most, then alphabetically (stable across runs)
    return sorted((lab for lab, v in score.items() if v == best), key=lambda lab: (-model.get(lab, 0), lab))[0]


# --- the step ------------------------------------------------------------------------------------------
def unit_map(tables: Tables, overrides: Iterable[Override] = ()) -> pd.DataFrame:
    """One row per article-level entity (``article_id``, ``alias`` = the name the article used): the
    corpus ``entity_id``, ``name``, ``label`` and an ``identity_note``."""
    ents = tables.entities
    if ents.empty:
        return pd.DataFrame(columns=MAP_COLUMNS)
    aids = ents["article_id"].tolist()
    names = ents["name"].astype(str).tolist()
    labels = ents["label"].astype(str).tolist()
    counts = ents["count"].fillna(1).astype(int).tolist()
    n = len(names)
    keys = [name_key(x) for x in names]
    cues = cue_votes(tables)
    arts = tables.articles.set_index("article_id")
    topics = {a: frozenset(t) if isinstance(t, list | np.ndarray) else frozenset() for a, t in arts["topics"].items()}
    outlets = {a: o if isinstance(o, str) and o else None for a, o in arts["outlet"].items()}
    dates = {a: _date(d) for a, d in arts["date"].items()}
    notes: list[str | None] = [None] * n

    by_key: dict[str, list[int]] = defaultdict(list)
    for i, k in enumerate(keys):
        by_key[k].append(i)

    def evidence(idx: Iterable[int]) -> tuple[Counter, Counter]:
        model: Counter = Counter()
        cue: Counter = Counter()
        for i in idx:
            model[labels[i]] += 1
            cue.update(cues.get((aids[i], names[i]), Counter()))
        return model, cue

    key_label = {k: decide_label(*evidence(idx), [k]) for k, idx in by_key.items()}
    for k, idx in by_key.items():
        if k.startswith(("country:", "org:")):
            what = "a country's name (pycountry and the alias list)" if k[0] == "c" else "a name in the alias list"
            for i in idx:
                notes[i] = what
    sets = _Sets(n)
    surname_units: list[int] = []
    for k, idx in by_key.items():
        if key_label[k] == "PERSON" and " " not in k and not k.startswith("country:"):
            surname_units += idx  # decided one article at a time below
            continue
        for i in idx[1:]:
            sets.union(idx[0], i)

    # plural descriptions and groups: "Conservatives" with "Conservative", "Tories" with "Tory"
    for k, idx in by_key.items():
        single = _singular(k)
        if single in by_key and "PERSON" not in (key_label[k], key_label[single]):
            sets.union(idx[0], by_key[single][0])

    # acronyms: "IMF" with "International Monetary Fund"
    by_initials: dict[str, list[str]] = defaultdict(list)
    for k, idx in by_key.items():
        if key_label[k] != "PERSON":
            for ini in initials(names[idx[0]]):
                by_initials[ini].append(k)
    key_articles = {k: {aids[i] for i in idx} for k, idx in by_key.items()}
    for k, idx in by_key.items():
        raw = names[idx[0]]
        if key_label[k] == "PERSON" or k.startswith(("country:", "org:")) or not _is_acronym(raw):
            continue
        cands = [c for c in by_initials.get(raw.replace(".", ""), []) if c != k]
        if len(cands) > 1:  # several expansions: the one named beside the acronym, if only one is,
            together = [c for c in cands if key_articles[c] & key_articles[k]]
            if len(together) == 1:
                cands = together
            else:  # or one named in ACRONYM_DOMINANCE times as many articles as all the others
                ranked = sorted(cands, key=lambda c: -len(key_articles[c]))
                rest = sum(len(key_articles[c]) for c in ranked[1:])
                cands = ranked[:1] if len(key_articles[ranked[0]]) >= ACRONYM_DOMINANCE * rest else cands
        if len(cands) == 1:
            sets.union(idx[0], by_key[cands[0]][0])
            for i in idx:
                notes[i] = f"acronym of {names[by_key[cands[0]][0]]}"
        elif cands:
            alts = "; ".join(sorted(names[by_key[c][0]] for c in cands))
            for i in idx:
                notes[i] = f"acronym not joined: it could stand for {alts}"

    def share_topic(k1: str, k2: str) -> bool:
        return any(_same_context(x, y, topics, outlets, dates) for x in key_articles[k1] for y in key_articles[k2])

    persons = [k for k in by_key if key_label[k] == "PERSON" and " " in k and not k.startswith(("country:", "org:"))]
    # spelling variants of one full name: "Vince Cable" / "Vincent Cable", "Damian" / "Damien Hockney"
    by_last: dict[str, list[str]] = defaultdict(list)
    for k in persons:
        by_last[k.rsplit(" ", 1)[1]].append(k)
    for group in by_last.values():
        for x, y in ((x, y) for n, x in enumerate(group) for y in group[n + 1 :]):
            if _name_variants(x, y) and share_topic(x, y):
                sets.union(by_key[x][0], by_key[y][0])
                for i in by_key[x] + by_key[y]:
                    notes[i] = notes[i] or f"spelling variants: {names[by_key[x][0]]} / {names[by_key[y][0]]}"
    # a shorter name ending a longer one ("Thierry Henry" / "Striker Thierry Henry"; "De Marigny" /
    # "Roland de Marigny") joins it when only one longer name ends so and they share a topic
    person_ends = _ends(persons)
    for k in persons:
        longer = [f for f in person_ends.get(k, ()) if share_topic(k, f)]
        roots = {sets.find(by_key[f][0]) for f in longer}
        if len(roots) == 1:
            sets.union(by_key[k][0], by_key[longer[0]][0])
    # a surname or first name alone joins the one full name of that name in its topic / outlet / time
    full_by_part: dict[str, list[str]] = defaultdict(list)
    for k in persons:
        parts = k.split(" ")
        full_by_part[parts[-1]].append(k)
        if len(parts) == 2:
            full_by_part[parts[0]].append(k)
    for i in surname_units:
        k, a = keys[i], aids[i]
        cands: dict[int, str] = {}
        for full in full_by_part.get(k, []):
            if any(_same_context(a, b, topics, outlets, dates) for b in key_articles[full]):
                cands.setdefault(sets.find(by_key[full][0]), full)
        if len(cands) == 1:
            full = next(iter(cands.values()))
            sets.union(i, by_key[full][0])
            notes[i] = f"name alone: the only {names[i]} in the same topic/outlet/time is {names[by_key[full][0]]}"
        elif cands:
            alts = "; ".join(sorted(names[by_key[c][0]] for c in cands.values()))
            notes[i] = f"name alone, not joined: {alts} share it in the same topic/outlet/time"
        else:
            notes[i] = "name alone, not joined: no full name with it in the same topic/outlet/time"
    # the name-alone units left apart join each other by name within one topic and outlet
    left: dict[tuple, int] = {}
    for i in surname_units:
        if notes[i] and notes[i].startswith("name alone: the only"):
            continue
        ctx = (keys[i], tuple(sorted(topics.get(aids[i], ()))), outlets.get(aids[i]))
        sets.union(left.setdefault(ctx, i), i)

    # an organisation or product named by part of a longer name: "Ospreys" / "Neath-Swansea Ospreys",
    # "iPod" / "Apple iPod", "Verizon" / "Verizon Communications": only when one longer name fits
    things = [k for k in by_key if key_label[k] not in _NOT_THINGS and not k.startswith(("country:", "org:"))]
    thing_ends, thing_starts = _ends(things), _starts(things)
    for k in things:
        if " " in k or len(k) < 3:
            continue
        for longer in (thing_ends.get(k, []), thing_starts.get(k, [])):
            if longer:
                roots = {sets.find(by_key[f][0]) for f in longer}
                if len(roots) == 1 and share_topic(k, longer[0]):
                    sets.union(by_key[k][0], by_key[longer[0]][0])
                    for i in by_key[k]:
                        notes[i] = notes[i] or f"part of the name {names[by_key[longer[0]][0]]}"
                break

    forced = _apply_overrides(list(overrides), sets, names, notes)

    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(n):
        groups[sets.find(i)].append(i)
    out_id = [""] * n
    out_name = [""] * n
    out_label = [""] * n
    decided: dict[int, tuple[str, str, int]] = {}
    for root in sorted(groups):
        idx = groups[root]
        label = forced.get(root) or decide_label(*evidence(idx), (keys[i] for i in idx))
        weight: Counter = Counter()
        for i in idx:
            weight[names[i]] += counts[i]
        ranked = sorted(weight, key=lambda x: (-weight[x], x))
        if label == "PERSON":  # a full name before a surname
            ranked.sort(key=lambda x: (" " not in x.strip(),))
        listed = sorted({keys[i][4:] for i in idx if keys[i].startswith("org:")})
        decided[root] = (listed[0] if listed else ranked[0], label, sum(weight.values()))
    # one name per corpus entity: the most mentioned keeps a shared name, the others say their topic
    by_name: dict[str, list[int]] = defaultdict(list)
    for root, (name, _, _) in decided.items():
        by_name[name].append(root)
    final: dict[int, str] = {}
    taken = set(by_name)
    for name, roots in by_name.items():
        roots.sort(key=lambda r: (-decided[r][2], r))
        final[roots[0]] = name
        for n, root in enumerate(roots[1:], start=2):
            common = frozenset.intersection(*(topics.get(aids[i], frozenset()) for i in groups[root]))
            alt = f"{name} ({sorted(common)[0]})" if len(common) == 1 else f"{name} ({n})"
            while alt in taken:
                alt = f"{alt}'"
            taken.add(alt)
            final[root] = alt
    used: set[str] = set()
    for root, idx in groups.items():
        name, label = final[root], decided[root][1]
        eid = "e" + hashlib.sha1(f"{label}|{name}".encode()).hexdigest()[:12]
        while eid in used:
            eid = "e" + hashlib.sha1(eid.encode()).hexdigest()[:12]
        used.add(eid)
        for i in idx:
            out_id[i], out_name[i], out_label[i] = eid, name, label
    return pd.DataFrame(
        {
            "article_id": aids,
            "alias": names,
            "entity_id": out_id,
            "name": out_name,
            "label": out_label,
            "identity_note": notes,
            "count": counts,
        },
        columns=MAP_COLUMNS,
    )


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
    """a and b (len(a) <= len(b)) are one substitution or one insertion apart."""
    if len(b) - len(a) > 1:
        return False
    if len(a) == len(b):
        return sum(p != q for p, q in zip(a, b, strict=True)) == 1
    return any(b[:i] + b[i + 1 :] == a for i in range(len(b)))


def _same_context(
    a: str,
    b: str,
    topics: dict[str, frozenset],
    outlets: dict[str, str | None],
    dates: dict[str, date | None],
) -> bool:
    """Articles a and b are one topic / outlet / time window (each where both say)."""
    ta, tb = topics.get(a, frozenset()), topics.get(b, frozenset())
    if ta and tb and not ta & tb:
        return False
    oa, ob = outlets.get(a), outlets.get(b)
    if oa and ob and oa != ob:
        return False
    da, db = dates.get(a), dates.get(b)
    return not (da and db and abs((da - db).days) > WINDOW_DAYS)


def _apply_overrides(edits: list[Override], sets: _Sets, names: list[str], notes: list[str | None]) -> dict[int, str]:
    """Apply hand edits in order; returns root -> forced label."""
    by_name: dict[str, list[int]] = defaultdict(list)
    for i, x in enumerate(names):
        by_name[x.casefold()].append(i)
    forced_by_unit: dict[int, str] = {}
    for e in edits:
        if e.op == "merge":
            units = [i for nm in e.names for i in by_name.get(nm.casefold(), [])]
            for i in units[1:]:
                sets.union(units[0], i)
            for i in units:
                notes[i] = "merged by hand"
        elif e.op == "split":
            units = by_name.get(e.names[0].casefold(), [])
            for i in units:  # detach: point every unit at itself, then re-join the rest of each old set
                notes[i] = "split by hand"
            _detach(sets, set(units))
        elif e.op == "label" and e.label:
            for i in by_name.get(e.names[0].casefold(), []):
                forced_by_unit[i] = e.label
    forced: dict[int, str] = {}
    for i, lab in forced_by_unit.items():
        forced[sets.find(i)] = lab
    return forced


def _detach(sets: _Sets, units: set[int]) -> None:
    """Take ``units`` out of their sets: they form one set of their own; every other set stays whole."""
    if not units:
        return
    n = len(sets.parent)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(n):
        groups[sets.find(i)].append(i)
    sets.parent = list(range(n))
    for idx in groups.values():
        rest = [i for i in idx if i not in units]
        for i in rest[1:]:
            sets.union(rest[0], i)
    units_l = sorted(units)
    for i in units_l[1:]:
        sets.union(units_l[0], i)


# --- applying the map ----------------------------------------------------------------------------------
def speaker_forms(speakers: pd.Series) -> dict[str, str]:
    """Speaker descriptions up to case and number -> the spelling used most ("analysts")."""
    counts = speakers.dropna().astype(str).value_counts()
    groups: dict[str, Counter] = defaultdict(Counter)
    keys = {s: base_key(s) for s in counts.index}
    present = set(keys.values())
    for s, c in counts.items():
        k = keys[s]
        single = _singular(k)
        groups[single if single in present else k][s] += int(c)
    out = {}
    for forms in groups.values():
        best = sorted(forms, key=lambda x: (-forms[x], x != x.lower(), -len(x), x))[0]
        out.update({s: best for s in forms})
    return out


def apply_map(tables: Tables, umap: pd.DataFrame) -> Tables:
    """The tables with every entity, mention and quote speaker under its corpus entity."""
    ents = tables.entities
    if ents.empty or umap.empty:
        return Tables(tables.articles, tables.sentences, tables.mentions, ents, _speakers(tables.quotes, umap))
    m = umap.set_index(["article_id", "alias"])
    key = pd.MultiIndex.from_arrays([ents["article_id"], ents["name"]])
    hit = m.reindex(key)
    e = ents.copy()
    e["entity_id"] = hit["entity_id"].to_numpy()
    e["identity_note"] = hit["identity_note"].to_numpy()
    own = e["name"].to_numpy()
    e["name"] = hit["name"].to_numpy()
    e["label"] = hit["label"].to_numpy()
    e["aliases"] = [list(dict.fromkeys([o, *(() if a is None else a)])) for o, a in zip(own, e["aliases"], strict=True)]
    e = _collapse(e)

    ments = tables.mentions
    if not ments.empty:
        mkey = pd.MultiIndex.from_arrays([ments["article_id"], ments["entity"]])
        mh = m.reindex(mkey)
        ments = ments.copy()
        found = mh["entity_id"].notna().to_numpy()
        ments["entity_id"] = mh["entity_id"].to_numpy()
        ments["entity"] = np.where(found, mh["name"].to_numpy(), ments["entity"].to_numpy())
        named = found & ~ments["label"].isin(REFERENCE_LABELS).to_numpy()
        ments["label"] = np.where(named, mh["label"].to_numpy(), ments["label"].to_numpy())
    return Tables(tables.articles, tables.sentences, ments, e, _speakers(tables.quotes, umap))


def _collapse(e: pd.DataFrame) -> pd.DataFrame:
    """One row per corpus entity per article: counts add up, names and aliases are kept, the polarity is
    the count-weighted mean, the sentiment the biggest row's; rows stay in the article's order."""
    e = e.reset_index(drop=True)
    dup = e.duplicated(["article_id", "entity_id"], keep=False).to_numpy()
    if not dup.any():
        return e
    groups: dict[tuple, list[tuple[int, dict]]] = defaultdict(list)
    for pos, rec in zip(np.flatnonzero(dup), e[dup].to_dict("records"), strict=True):
        groups[(rec["article_id"], rec["entity_id"])].append((int(pos), rec))
    rows, where = [], []
    for members in groups.values():
        first = members[0][0]
        recs = sorted((r for _, r in members), key=lambda r: -r["count"])
        top = dict(recs[0])
        top["count"] = sum(int(r["count"]) for r in recs)
        top["aliases"] = list(dict.fromkeys(a for r in recs for a in r["aliases"]))
        pols = [(r["polarity"], r["count"]) for r in recs if r["polarity"] is not None and not pd.isna(r["polarity"])]
        weight = sum(c for _, c in pols)
        top["polarity"] = round(sum(p * c for p, c in pols) / weight, 4) if weight else None
        top["identity_note"] = next((r["identity_note"] for r in recs if isinstance(r["identity_note"], str)), None)
        rows.append(top)
        where.append(first)
    single = e[~dup]
    out = pd.concat([single, pd.DataFrame(rows, columns=e.columns)], ignore_index=True)
    order = np.concatenate([np.flatnonzero(~dup), np.asarray(where, dtype=np.int64)])
    return out.iloc[np.argsort(order, kind="stable")].reset_index(drop=True)


def _speakers(quotes: pd.DataFrame, umap: pd.DataFrame) -> pd.DataFrame:
    if quotes.empty:
        return quotes
    q = quotes.copy()
    if not umap.empty:
        m = umap.set_index(["article_id", "alias"])["name"]
        hit = m.reindex(pd.MultiIndex.from_arrays([q["article_id"], q["speaker"]])).to_numpy()
        is_entity = pd.notna(hit)
    else:
        hit, is_entity = np.full(len(q), None, dtype=object), np.zeros(len(q), dtype=bool)
    forms = speaker_forms(q.loc[~is_entity, "speaker"])
    desc = q["speaker"].map(forms)
    q["speaker"] = np.where(is_entity, hit, desc.where(desc.notna(), q["speaker"]).to_numpy())
    q["speaker"] = q["speaker"].where(q["speaker"].notna(), None)
    return q


# --- cache and hand edits beside the store -------------------------------------------------------------
@lru_cache(maxsize=1)
def identity_version() -> str:
    h = hashlib.sha256(Path(__file__).read_bytes())
    h.update(DATA.read_bytes())
    return h.hexdigest()[:12]


def corpus_key(article_ids: Iterable[str]) -> str:
    """A corpus is the set of its article ids."""
    return hashlib.sha256("\n".join(sorted(set(article_ids))).encode()).hexdigest()[:20]


def overrides_path(store_base: Path, key: str) -> Path:
    return Path(store_base) / "identity" / f"edits-{key}.json"


def load_overrides(store_base: Path, key: str) -> list[Override]:
    p = overrides_path(store_base, key)
    if not p.exists():
        return []
    return parse_overrides(p.read_text("utf-8"))


def parse_overrides(text: str) -> list[Override]:
    """The edits of an exported JSON file (``{"edits": [...]}``) or a bare list; ValueError when not."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValueError(f"not JSON: {exc}") from exc
    edits = data.get("edits") if isinstance(data, dict) else data
    if not isinstance(edits, list):
        raise ValueError('expected {"edits": [...]}')
    return [Override.from_dict(d) for d in edits]


def export_overrides(edits: Iterable[Override], key: str | None = None) -> str:
    return json.dumps({"corpus": key, "edits": [e.to_dict() for e in edits]}, ensure_ascii=False, indent=1)


def save_overrides(store_base: Path, key: str, edits: Iterable[Override]) -> None:
    p = overrides_path(store_base, key)
    p.parent.mkdir(parents=True, exist_ok=True)
    tmp = p.with_name(f".tmp-{uuid.uuid4().hex}.json")
    tmp.write_text(export_overrides(edits, key), "utf-8")
    os.replace(tmp, p)


def map_path(store: Any, article_ids: Iterable[str], edits: Iterable[Override]) -> Path:
    """Where the unit map of this corpus, this code and these edits is cached beside the store."""
    key = corpus_key(article_ids)
    digest = hashlib.sha256(f"{identity_version()}|{key}|{export_overrides(edits)}".encode()).hexdigest()[:20]
    return Path(store.root) / "identity" / f"map-{digest}.parquet"


def cached_map(store: Any, article_ids: Iterable[str]) -> pd.DataFrame | None:
    """The unit map the last ``identify`` of this corpus used (with the store's edits), if cached."""
    ids = list(article_ids)
    p = map_path(store, ids, load_overrides(store.base, corpus_key(ids)))
    try:
        return pd.read_parquet(p) if p.exists() else None
    except (OSError, ValueError):
        return None


def identify(tables: Tables, store: Any = None, overrides: Iterable[Override] | None = None) -> Tables:
    """The corpus identity step: the tables under corpus entities. With a store, its hand edits for this
    corpus apply (unless ``overrides`` is given) and the unit map is cached beside it."""
    ids = tables.articles["article_id"].tolist()
    if overrides is None:
        overrides = load_overrides(store.base, corpus_key(ids)) if store is not None else []
    edits = list(overrides)
    umap = None
    cache = map_path(store, ids, edits) if store is not None else None
    if cache is not None and cache.exists():
        try:
            umap = pd.read_parquet(cache)
        except (OSError, ValueError):
            umap = None
    if umap is None:
        umap = unit_map(tables, edits)
        if cache is not None:
            cache.parent.mkdir(parents=True, exist_ok=True)
            tmp = cache.with_name(f".tmp-{uuid.uuid4().hex}.parquet")
            umap.to_parquet(tmp, index=False)
            os.replace(tmp, cache)
    return apply_map(tables, umap)


def entity_names(umap: pd.DataFrame) -> pd.DataFrame:
    """From a unit map: each corpus entity's names (the names articles used), with their mentions and
    articles, most mentioned first: ``entity_id``, ``name``, ``label``, ``alias``, ``mentions``,
    ``articles``, ``identity_note``."""
    cols = ["entity_id", "name", "label", "alias", "mentions", "articles", "identity_note"]
    if umap is None or umap.empty:
        return pd.DataFrame(columns=cols)
    out = (
        umap.groupby(["entity_id", "name", "label", "alias"], sort=False)
        .agg(
            mentions=("count", "sum"),
            articles=("article_id", "nunique"),
            identity_note=("identity_note", lambda s: next((x for x in s if isinstance(x, str)), None)),
        )
        .reset_index()
    )
    total = out.groupby("entity_id")["mentions"].transform("sum")
    out = out.assign(_t=total).sort_values(["_t", "entity_id", "mentions"], ascending=[False, True, False])
    return out.drop(columns="_t").reset_index(drop=True)[cols]


def names_table(tables: Tables) -> pd.DataFrame:
    """For identified tables: each corpus entity's names (the names articles used) and how many
    mentions each had: ``entity_id``, ``name``, ``label``, ``alias``, ``mentions``, ``articles``."""
    m = tables.mentions
    cols = ["entity_id", "name", "label", "alias", "mentions", "articles"]
    if m.empty or "entity_id" not in m:
        return pd.DataFrame(columns=cols)
    m = m[m["entity_id"].notna() & ~m["label"].isin(REFERENCE_LABELS)]
    out = (
        m.assign(alias=m["text"].astype(str))
        .groupby(["entity_id", "entity", "label", "alias"])
        .agg(mentions=("start", "size"), articles=("article_id", "nunique"))
        .reset_index()
        .rename(columns={"entity": "name"})
    )
    return out.sort_values(["entity_id", "mentions"], ascending=[True, False]).reset_index(drop=True)[cols]
