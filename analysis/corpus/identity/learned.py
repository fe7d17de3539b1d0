"""A learned second opinion on a corpus entity's type, from the words around ALL its mentions.

The cue rules (``evidence``) see the patterns someone wrote down; names of kinds they never see (games,
gadgets, festivals, bands, grounds, nationality nouns) keep the model's guess. This module reads, for
every corpus entity, the words the corpus puts next to each of its mentions ("the game X", "X's
console", "at X stadium", "the band X"), its pronouns, its model labels, the rules' cue votes and
decision, and the shape of its name (last word, suffix, capitals), aggregated over the corpus, and
scores the five coarse types with a multinomial logistic regression trained on the hand-labelled BBC
samples (``benchmarks/train_identity_types.py``; weights in ``data/identity_types.json``).

It only ever changes a decided type, never a merge: an entity's coarse type is the classifier's when
it disagrees with the rules' with a probability of at least the file's threshold; hand edits, listed
names (countries, listed places and bodies) and a city's senses keep their type.
"""

from __future__ import annotations

import itertools
import json
import math
import re
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from analysis.corpus.identity.halves import in_halves
from analysis.corpus.identity.names import (
    DATA,
    MENTION_ROW_COLUMNS,
    base_key,
    common_words,
    county_keys,
    demonym_keys,
    given_names,
    head_label,
    language_keys,
    mention_rows,
)
from analysis.corpus.tables import Tables
from analysis.records import REFERENCE_LABELS

MODEL = DATA.parent / "identity_types.json"
#: the fine label each coarse type takes when the classifier changes a type and no evidence names one
_DEFAULT_FINE = {"PERSON": "PERSON", "ORG": "ORG", "PLACE": "GPE", "NORP": "NORP", "OTHER": "PRODUCT"}
_FINE = {
    "PERSON": ("PERSON",),
    "ORG": ("ORG",),
    "PLACE": ("GPE", "LOC", "FAC"),
    "NORP": ("NORP",),
    "OTHER": ("EVENT", "PRODUCT", "WORK_OF_ART", "LAW"),
}
COARSE = {fine: coarse for coarse, fines in _FINE.items() for fine in fines}
_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d+|[^\sA-Za-z\d]")
_SPAN = 40  # characters each side of a mention read for its two neighbouring words
_PRONOUNS = {"he": "he", "him": "he", "his": "he", "himself": "he", "she": "she", "her": "she", "herself": "she"}


def coarse(label: str) -> str:
    return COARSE.get(label, label)


CLASS_NOUNS = DATA.parent / "identity_class_nouns.json"


@lru_cache(maxsize=1)
def class_nouns() -> dict[str, str]:
    """Lower-case class noun -> the coarse type it says ("worm": OTHER, "band": ORG), from the data file."""
    data = json.loads(CLASS_NOUNS.read_text("utf-8"))
    return {w: kind for kind, words in data.items() if kind in _FINE for w in words}


def _neighbours(m: Any, articles: Collection[str] | None) -> dict[str, tuple[list[int], list[int], list[str]]]:
    """article_id -> its named mentions' starts, ends and coarse model labels, in text order (of the
    ``articles`` given, or all)."""
    out: dict[str, tuple[list[int], list[int], list[str]]] = {}
    named = m.loc[~m["label"].isin(list(REFERENCE_LABELS)), ["article_id", "start", "end", "label"]]
    if articles is not None:
        named = named[named["article_id"].isin(list(articles))]
    if named.empty:
        return out
    aids = named["article_id"].to_numpy(dtype=object)
    bounds = [0, *(np.flatnonzero(aids[1:] != aids[:-1]) + 1).tolist(), len(aids)]
    at = named["start"].to_numpy()
    step = np.diff(at)
    cuts = np.asarray(bounds[1:-1], dtype=np.int64) - 1
    # the tables keep each article's mentions together in text order: then they need no sort (the sort
    # is stable: equal starts keep their order either way)
    if len(bounds) - 1 != len(set(aids[bounds[:-1]])) or (np.delete(step, cuts) < 0).any():
        named = named.sort_values(["article_id", "start"])
        aids = named["article_id"].to_numpy(dtype=object)
        bounds = [0, *(np.flatnonzero(aids[1:] != aids[:-1]) + 1).tolist(), len(aids)]
    # one slice of plain lists per article (its rows are consecutive)
    starts = [int(x) for x in named["start"].tolist()]
    ends = [int(x) for x in named["end"].tolist()]
    raw = [str(x) for x in named["label"].tolist()]
    as_coarse = {x: coarse(x) for x in set(raw)}
    labels = [as_coarse[x] for x in raw]
    for lo, hi in itertools.pairwise(bounds):
        out[aids[lo]] = (starts[lo:hi], ends[lo:hi], labels[lo:hi])
    return out


_POSSESSIVE = ("'s ", "’s ")


def _kind(word: str, kinds: dict[str, str]) -> str | None:
    """The type a class noun says, its plural too ("robots")."""
    w = word.casefold()
    return kinds.get(w) or (kinds.get(w[:-1]) if w.endswith("s") else None)


class _KindMemo(dict):
    """token -> the type its class noun says, each token worked out once (a plain dict look-up after)."""

    def __init__(self, kinds: dict[str, str]) -> None:
        super().__init__()
        self.kinds = kinds

    def __missing__(self, word: str) -> str | None:
        self[word] = said = _kind(word, self.kinds)
        return said


def context_counts(
    tables: Tables, names: Collection[str] | None = None, units: Collection[tuple[str, str]] | None = None
) -> dict[tuple[str, str], Counter]:
    """(article_id, entity name) -> counts of the words next to its mentions: the word before and the
    two before ("b1=game", "b2=the game"), the word after and the two after ("a1=console", "a2='s
    console"), a capitalised neighbour's shape ("b1=Cap"), a class noun among the three words before or
    the words after up to the sentence's end, five at most ("bk=OTHER": "the Santy worm"; "ak=ORG":
    "X, the Italian food group"), a name owning it or owned by it ("of=ORG": "Sony's Qrio"; "owns=OTHER":
    "Sony's PlayStation" for Sony), the pronouns resolved to it and its mention count ("#"). With
    ``names`` or ``units`` ((article_id, name) pairs), only for those entities."""
    # (the rows of two halves of the articles at once where a second core is free: halves.py)
    return in_halves(*context_scan(tables, names, units))


def context_scan(
    tables: Tables, names: Collection[str] | None = None, units: Collection[tuple[str, str]] | None = None
) -> tuple[list[tuple[Any, ...]], Callable[[Iterable[tuple[Any, ...]]], dict[tuple[str, str], Counter]]]:
    """``context_counts`` in two parts: the mention rows it reads and what reads some of them (each
    article's rows kept together), for a caller that reads them beside other work (join.unit_map)."""
    m = tables.mentions
    if m.empty:
        return [], lambda rows: defaultdict(Counter)
    near = _neighbours(m, {a for a, _ in units} if units is not None else None)
    kinds = class_nouns()
    keep = m["entity"].notna()
    if units is not None:
        names = {x for _, x in units} if names is None else set(names) & {x for _, x in units}
    if names is not None:
        keep &= m["entity"].isin(list(names))
    m = m.loc[keep, MENTION_ROW_COLUMNS]  # (the columns read: not all ten copied, 13-u)
    wanted = None if units is None else set(units)  # the units' own mentions only
    texts = dict(zip(tables.articles["article_id"], tables.articles["text"], strict=True))
    return list(mention_rows(m)), lambda rows: _context_rows(rows, texts, near, wanted, kinds)


def _context_rows(
    rows: Iterable[tuple[Any, ...]],
    texts: dict[str, Any],
    near: dict[str, tuple[list[int], list[int], list[str]]],
    wanted: set[tuple[str, str]] | None,
    kinds: dict[str, str],
) -> dict[tuple[str, str], Counter]:
    """context_counts over mention rows (``mention_rows``)."""
    out: dict[tuple[str, str], Counter] = defaultdict(Counter)
    tokens = _TOKEN.findall
    # token -> the type its class noun says (asked 200,000 times: a subscript of the memo, not a call)
    memo = _KindMemo(kinds)
    for aid, start, end, word, label, ent in rows:
        if wanted is not None and (aid, ent) not in wanted:
            continue
        c = out[(aid, ent)]
        if label in REFERENCE_LABELS:
            c["p=" + _PRONOUNS.get(str(word).casefold(), "it")] += 1
            continue
        text = texts.get(aid)
        if not isinstance(text, str):
            continue
        start, end = int(start), int(end)
        c["#"] += 1
        before = tokens(text[max(0, start - _SPAN) : start])[-3:]
        after = tokens(text[end : end + _SPAN])[:5]
        if "." in after:  # within the sentence
            after = after[: after.index(".")]
        # (most mentions have no class noun near: the set, in the order it always had, only when one has)
        if said := [k for w in before[before.index(".") + 1 if "." in before else 0 :] if (k := memo[w])]:
            for k in set(said):
                c["bk=" + k] += 1
        if said := [k for w in after if (k := memo[w])]:
            for k in set(said):
                c["ak=" + k] += 1
        before = before[-2:]
        if (spans := near.get(aid)) is not None:
            starts, ends, labels = spans
            j = bisect_left(starts, start)
            if j > 0 and text[ends[j - 1] : start] in _POSSESSIVE:
                c["of=" + labels[j - 1]] += 1
            k = bisect_left(starts, end)
            if k < len(starts) and text[end : starts[k]] in _POSSESSIVE:
                c["owns=" + labels[k]] += 1
        if before:
            w = before[-1]
            c["b1=" + w.casefold()] += 1
            if w[:1].isupper():
                c["b1=Cap"] += 1
            if len(before) == 2:
                c["b2=" + before[0].casefold() + " " + w.casefold()] += 1
        if after:
            w = after[0]
            c["a1=" + w.casefold()] += 1
            if w[:1].isupper():
                c["a1=Cap"] += 1
            if len(after) == 2:
                c["a2=" + w.casefold() + " " + after[1].casefold()] += 1
    return out


def name_features(name: str) -> dict[str, float]:
    """The shape of a name: its last and first words, its last word's ending, length, capitals, digits,
    a given name first, a head word, a language's name, common words only."""
    words = name.split()
    if not words:
        return {}
    last, first = words[-1].casefold(), words[0].casefold()
    f = {
        "n:last=" + last: 1.0,
        "n:suf=" + last[-3:]: 1.0,
        f"n:len={min(len(words), 3)}": 1.0,
    }
    if len(words) > 1:
        f["n:first=" + first] = 1.0
    if name.isupper() and len(name) > 1:
        f["n:caps"] = 1.0
    if any(ch.isdigit() for ch in name):
        f["n:digit"] = 1.0
    if first in given_names():
        f["n:given"] = 1.0
    if head := head_label(name):
        f["n:head=" + head] = 1.0
    if name.casefold() in language_keys():
        f["n:language"] = 1.0
    if base_key(name) in demonym_keys():  # "Angolan", "Kenyans": a people's word (names.demonym_keys)
        f["n:people"] = 1.0
    if base_key(name) in county_keys():  # "Devon", "Yorkshire": a county's name (names.county_keys)
        f["n:county"] = 1.0
    common = common_words()
    if all(w.casefold() in common for w in words):
        f["n:common"] = 1.0
    return f


_SAYS = ("bk=", "ak=", "of=", "owns=")


def group_features(
    shown: str, model: Counter, cue: Counter, context: Iterable[Counter | None], units: int
) -> dict[str, float]:
    """One corpus entity's features: its name's shape, the share of its units per model label, its cue
    votes per unit and its neighbouring words per mention. (Not the rules' decision: fitted on the
    samples the rules were written from, the model mostly copied it; leave-one-sample-out no better.)"""
    f = name_features(shown)
    votes = sum(model.values()) or 1
    for lab, v in model.items():
        f["m=" + lab] = v / votes
    for lab, v in cue.items():
        if isinstance(v, int | float) and v:
            f["c=" + lab] = max(-3.0, min(3.0, v / max(units, 1)))
    total: Counter = Counter()
    for c in context:
        if c:  # (Counter.update's own steps, without its per-call type check)
            if total:
                get = total.get
                for k, v in c.items():
                    total[k] = v + get(k, 0)
            else:
                dict.update(total, c)
    mentions = total.pop("#", 0)
    pron = sum(v for k, v in total.items() if k.startswith("p="))
    for k, v in total.items():
        if k.startswith("p="):
            f[k] = v / pron
        elif mentions and k.startswith(_SAYS):  # a kind named at a few mentions already says much
            f[k] = math.sqrt(min(1.0, v / mentions))
        elif mentions:
            f[k] = min(1.0, v / mentions)
    f["log_mentions"] = math.log1p(mentions) / 5
    return f


MIN_MENTIONS = 5  # the words around a few mentions are too little to overrule the rules
_MIN_LOG_MENTIONS = math.log1p(MIN_MENTIONS) / 5 - 1e-9
#: a head word ("X Act"), a language's name, a people's word ("Angolan": the model read "Angolan
#: government" as a place's, 13-ao) or a county's name ("Yorkshire": its words read like a person's;
#: the rules weigh its place vote against a county club's cue words): the data's type or the rules'
_DATA_DECIDES = ("n:head=", "n:language", "n:people", "n:county")


class TypeModel:
    """The trained weights: a multinomial logistic regression over sparse named features."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.classes: list[str] = data["classes"]
        self.bias: list[float] = data["bias"]
        self.weights: dict[str, list[float]] = data["weights"]
        self.threshold: float = data["threshold"]

    def proba(self, feats: dict[str, float]) -> dict[str, float]:
        z = list(self.bias)
        for k, v in feats.items():
            w = self.weights.get(k)
            if w is not None:
                for j, wj in enumerate(w):
                    z[j] += wj * v
        top = max(z)
        e = [math.exp(x - top) for x in z]
        s = sum(e)
        return {c: x / s for c, x in zip(self.classes, e, strict=True)}

    def relabel(self, rule_label: str, feats: dict[str, float], model: Counter, cue: Counter) -> str:
        """The rules' label, or a label of the classifier's coarse type when it disagrees confidently
        about an entity with a few mentions to go by and no head word, language name, people's word or
        county's name deciding it."""
        if feats.get("log_mentions", 0) < _MIN_LOG_MENTIONS or any(k.startswith(_DATA_DECIDES) for k in feats):
            return rule_label
        p = self.proba(feats)
        best = max(p, key=p.__getitem__)
        if best == coarse(rule_label) or p[best] < self.threshold:
            return rule_label
        return fine_label(best, model, cue)


def fine_label(kind: str, model: Counter, cue: Counter) -> str:
    """The label within a coarse type the evidence says most ("GPE", "FAC"; "PRODUCT", "EVENT")."""
    fines = _FINE[kind]
    if len(fines) == 1:
        return fines[0]
    score = {lab: model.get(lab, 0) + max(0.0, cue.get(lab, 0)) for lab in fines}
    best = max(score.values())
    return next(lab for lab in fines if score[lab] == best) if best > 0 else _DEFAULT_FINE[kind]


@lru_cache(maxsize=1)
def type_model() -> TypeModel | None:
    """The shipped weights, or None when the data file is missing (the rules alone decide)."""
    return load_model(MODEL)


def load_model(path: Path) -> TypeModel | None:
    try:
        return TypeModel(json.loads(path.read_text("utf-8")))
    except (OSError, ValueError, KeyError):
        return None
