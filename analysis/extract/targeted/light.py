"""Light tier: a linear model over features that know where the target is (no torch).

Trained with scikit-learn's LogisticRegression by ``analysis/training/train_light.py``; what ships
is the feature vocabulary and the coefficients (``analysis/extract/targeted/models/targeted_light.npz``, plain
arrays, loaded with ``allow_pickle=False``), so scoring is a sparse dot product in NumPy.

Features of one target in its sentence: the sentence's words with the target replaced by ``<t>``
and other entity mentions by ``<e>`` (unigrams and bigrams, so "criticized <t>" and "<t> praised"
differ from "criticized <e>"); the words just before and after the target, by position; words in
a window on each side; the words between the target and the nearest other entity; whether the
target stands inside quotation marks; which side of the target every word is on; and TextBlob
lexicon polarity summed near the target, in its clause and over the sentence.

Syntax (``syntax``, from spaCy's parse of the sentence: the article's Doc when the pipeline passes
it, else the sentence parsed on its own): the target's dependency relation and its governor's lemma
("nsubj" of "praise" vs "dobj" of "criticize"), the preposition it hangs from ("by", "against"),
the verb governing its clause with the relation that links the target to it, passive voice and
negation on that verb, the lemmas above the target in the tree, the words in the target's own
subtree (appositions, relative clauses) and lexicon polarity summed over those and over the
governing verb's subtree.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from functools import lru_cache
from itertools import chain, repeat
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

MODELS = Path(__file__).resolve().parent / "models"
WEIGHTS = MODELS / "targeted_light.npz"
LABELS = ("negative", "neutral", "positive")
WINDOW = 6

_TOKEN = re.compile(r"\w+(?:['’]\w+)*|[^\w\s]")
_QUOTES = frozenset('"“”')
_CLAUSE = frozenset(',;:()"“”—–') | {"while", "but", "whereas", "although", "though"}


@lru_cache(maxsize=1)
def _lexicon() -> dict[str, float]:
    """Word -> TextBlob (pattern) polarity, for the words that have one."""
    from analysis.doc import pattern

    out = {}
    for word, senses in pattern.sentiment().items():
        pol = senses.get(None, [0.0])[0]
        if pol:
            out[word] = float(pol)
    return out


class Tokens:
    """A sentence's word and punctuation tokens (lower-cased) with their character offsets."""

    __slots__ = ("starts", "ends", "words")

    def __init__(self, sentence: str) -> None:
        found = list(_TOKEN.finditer(sentence))
        self.starts = [m.start() for m in found]
        self.ends = [m.end() for m in found]
        self.words = [m.group().lower() for m in found]

    def overlapping(self, a: int, b: int) -> range:
        """Indices of the tokens that overlap the character span [a, b)."""
        return range(bisect_right(self.ends, a), bisect_left(self.starts, b))


def tokenize(sentence: str) -> Tokens:
    return Tokens(sentence)


def parse(sentences: Sequence[str]) -> list[Span]:
    """Parse sentences on their own with the pipeline's spaCy model (NER left out: only the tree is
    read); for callers that have no Doc of the article."""
    from analysis.doc.nlp import load_pipeline

    nlp = load_pipeline()
    off = [name for name in ("ner",) if name in nlp.pipe_names]
    return [doc[:] for doc in nlp.pipe(sentences, disable=off, batch_size=64)]


_VERBAL = frozenset({"VERB", "AUX"})
_NOMINAL_UP = frozenset({"poss", "compound", "appos", "conj", "amod", "nmod", "det", "cc"})


def _lemma(t: Token) -> str:
    return t.lemma_.lower() or t.lower_


class Parsed:
    """One parsed sentence, read once for all its targets: its tokens in order with their offsets,
    and each subtree as it is first asked for (targets of one sentence share their verbs)."""

    __slots__ = ("tokens", "starts", "ends", "_subtrees")

    def __init__(self, sent: Span | Sequence[Token]) -> None:
        self.tokens = [t for t in sent if not t.is_space]
        self.starts = [t.idx for t in self.tokens]
        self.ends = [t.idx + len(t.text) for t in self.tokens]
        self._subtrees: dict[int, list[Token]] = {}

    def overlapping(self, a: int, b: int) -> list[Token]:
        """The tokens that overlap the character span [a, b), in order."""
        lo = bisect_right(self.ends, a)
        return [t for t, start in zip(self.tokens[lo:], self.starts[lo:], strict=True) if start < b]

    def subtree(self, t: Token) -> list[Token]:
        got = self._subtrees.get(t.i)
        if got is None:
            got = self._subtrees[t.i] = list(t.subtree)
        return got


def syntax(sent: Span | Sequence[Token] | Parsed, a: int, b: int) -> dict[str, float]:
    """Dependency features of the target at character offsets [a, b) (in the coordinates of the
    tokens' ``idx``) within one parsed sentence (a ``Parsed`` when several targets share it)."""
    parsed = sent if isinstance(sent, Parsed) else Parsed(sent)
    toks = parsed.overlapping(a, b)
    if not toks:
        return {}
    lex = _lexicon()
    ids = {t.i for t in toks}
    head = next((t for t in toks if t.head.i not in ids or t.head.i == t.i), toks[0])
    f: dict[str, float] = {"sy_dep:" + head.dep_: 1.0}
    gov = head.head
    if gov.i != head.i:
        f["sy_hd:" + head.dep_ + ":" + _lemma(gov)] = 1.0
        if head.dep_ == "pobj":
            f["sy_prep:" + _lemma(gov)] = 1.0
            if gov.head.i != gov.i:
                f["sy_pp:" + _lemma(gov) + ":" + _lemma(gov.head)] = 1.0
    # The verb that governs the target's clause and the relation linking the target to it.
    arg, verb = head, None
    chain = [head]
    while arg.head.i != arg.i:
        if arg.head.pos_ in _VERBAL:
            verb = arg.head
            break
        arg = arg.head
        chain.append(arg)
        if len(chain) > 8:
            break
    path = ">".join(t.dep_ for t in chain[:3])
    f["sy_path:" + path] = 1.0
    if verb is not None:
        vl = _lemma(verb)
        rel = arg.dep_ if arg.dep_ != "prep" else "prep_" + _lemma(arg)
        kids = [c.dep_ for c in verb.children]
        passive = "auxpass" in kids or "nsubjpass" in kids
        negated = "neg" in kids
        f["sy_v:" + vl] = 1.0
        f["sy_va:" + rel + ":" + vl] = 1.0
        f["sy_vd:" + rel] = 1.0
        if passive:
            f["sy_pass"] = 1.0
            f["sy_pass:" + rel] = 1.0
        if negated:
            f["sy_neg"] = 1.0
            f["sy_neg:" + rel + ":" + vl] = 1.0
        sign = -1.0 if negated else 1.0
        vsub = [t for t in parsed.subtree(verb) if t.i not in ids]
        f["sy_lex_vsub"] = sign * sum(lex.get(t.lower_, 0.0) for t in vsub)
        f["sy_lex_v"] = sign * lex.get(verb.lower_, 0.0)
        if verb.dep_ == "ROOT":
            f["sy_vroot"] = 1.0
        else:
            f["sy_vdep:" + verb.dep_] = 1.0
    # Everything above the target, nearest first.
    lex_anc = 0.0
    for d, t in enumerate(head.ancestors, 1):
        if d > 5:
            break
        f["sy_anc:" + _lemma(t)] = 1.0
        lex_anc += lex.get(t.lower_, 0.0) / d
    f["sy_lex_anc"] = lex_anc
    # The target's own phrase: "X, a corrupt mayor", "X, who won a landslide".
    top = chain[-1] if verb is not None else head
    own = [t for t in parsed.subtree(top) if t.i not in ids and not t.is_punct]
    for t in own[:15]:
        f["sy_own:" + _lemma(t)] = 1.0
    f["sy_lex_own"] = sum(lex.get(t.lower_, 0.0) for t in own)
    sub = [t for t in parsed.subtree(head) if t.i not in ids and not t.is_punct]
    f["sy_lex_sub"] = sum(lex.get(t.lower_, 0.0) for t in sub)
    return {k: v for k, v in f.items() if v}


def features(
    tokens: Tokens,
    target: tuple[int, int],
    others: Sequence[tuple[int, int]],
    sentence_polarity: float,
    syn: dict[str, float] | None = None,
) -> dict[str, float]:
    """Features of ``target`` (character span in the sentence) given the sentence's tokens and the
    spans of the other entity mentions in it; ``syn`` adds the target's ``syntax`` features."""
    lex = _lexicon()
    kinds = [0] * len(tokens.words)  # 1: target, 2: another entity
    for oa, ob in others:
        for i in tokens.overlapping(oa, ob):
            kinds[i] = 2
    for i in tokens.overlapping(*target):
        kinds[i] = 1
    seq: list[str] = []  # masked word sequence
    t_pos: list[int] = []  # index in seq of "<t>"
    e_pos: list[int] = []
    in_quote = False
    quoted_target = False
    for w, kind in zip(tokens.words, kinds, strict=True):
        if w in _QUOTES:
            in_quote = not in_quote
        if kind == 1:
            if not t_pos or t_pos[-1] != len(seq) - 1:
                t_pos.append(len(seq))
                seq.append("<t>")
                quoted_target = quoted_target or in_quote
        elif kind == 2:
            if not (seq and seq[-1] == "<e>"):
                e_pos.append(len(seq))
                seq.append("<e>")
        else:
            seq.append(w)
    f: dict[str, float] = {"bias_sent": 1.0, "sent_pol": sentence_polarity}
    for w in seq:
        f["u:" + w] = 1.0
    for w1, w2 in zip(seq, seq[1:], strict=False):
        f["b:" + w1 + " " + w2] = 1.0
    if not t_pos:
        return {**f, **(syn or {})}
    # Which side of the target every word is on: in "X attacked Y" the verb is right of X, left of Y.
    a, b = target
    for start, end, w in zip(tokens.starts, tokens.ends, tokens.words, strict=True):
        if end <= a:
            f["L:" + w] = 1.0
        elif start >= b:
            f["R:" + w] = 1.0
    t0, t1 = t_pos[0], t_pos[-1]
    for k in (1, 2):
        if t0 - k >= 0:
            f[f"l{k}:" + seq[t0 - k]] = 1.0
        if t1 + k < len(seq):
            f[f"r{k}:" + seq[t1 + k]] = 1.0
    # Word pairs next to the target keep "<t> was praised" apart from "praised by <t>".
    if t0 >= 2:
        f["l21:" + seq[t0 - 2] + " " + seq[t0 - 1]] = 1.0
    if t1 + 2 < len(seq):
        f["r12:" + seq[t1 + 1] + " " + seq[t1 + 2]] = 1.0
    left = seq[max(0, t0 - WINDOW) : t0]
    right = seq[t1 + 1 : t1 + 1 + WINDOW]
    for w in left:
        f["lw:" + w] = 1.0
    for w in right:
        f["rw:" + w] = 1.0
    # The clause holding the target: up to the nearest clause punctuation on each side, so in
    # "X was praised, while Y was condemned" each target sees its own verb.
    lo = t0
    while lo > 0 and seq[lo - 1] not in _CLAUSE:
        lo -= 1
    hi = t1 + 1
    while hi < len(seq) and seq[hi] not in _CLAUSE:
        hi += 1
    clause = seq[lo:t0] + seq[t1 + 1 : hi]
    for w in clause:
        f["c:" + w] = 1.0
    f["lex_left"] = sum(lex.get(w, 0.0) for w in left)
    f["lex_right"] = sum(lex.get(w, 0.0) for w in right)
    f["lex_clause"] = sum(lex.get(w, 0.0) for w in clause)
    f["lex_near"] = sum(lex.get(w, 0.0) / d for d, w in enumerate(reversed(left), 1)) + sum(
        lex.get(w, 0.0) / d for d, w in enumerate(right, 1)
    )
    f["lex_all"] = sum(lex.get(w, 0.0) for w in seq)
    if t0 == 0:
        f["t_first"] = 1.0
    if quoted_target:
        f["t_quoted"] = 1.0
    if e_pos:
        near = min(e_pos, key=lambda p: min(abs(p - t0), abs(p - t1)))
        f["e_after" if near > t1 else "e_before"] = 1.0
        between = seq[t1 + 1 : near] if near > t1 else seq[near + 1 : t0]
        side = "bt>" if near > t1 else "bt<"
        for w in between[:WINDOW]:
            f[side + w] = 1.0
    f["n_ent"] = float(len(e_pos))
    if syn:
        f.update(syn)
    return f


class LightModel:
    def __init__(self, path: Path = WEIGHTS) -> None:
        with np.load(path, allow_pickle=False) as data:
            names = data["features"].tolist()
            self.coef = data["coef"].astype(np.float64)  # (n_features, 3)
            self.intercept = data["intercept"].astype(np.float64)
            self.labels = tuple(data["labels"].tolist())
        self.index = {name: i for i, name in enumerate(names)}
        _lexicon()  # loaded with the model, not on the first article

    def predict(self, rows: Sequence[dict[str, float]]) -> np.ndarray:
        """Class probabilities (n, 3) in ``self.labels`` order, for all rows (an article's mentions)
        at once: every feature name looked up in one C-level pass (``map``), the known ones gathered
        from the coefficients and summed per row with ``bincount``, no Python loop per feature."""
        n = len(rows)
        logits = np.tile(self.intercept, (n, 1))
        if n:
            sizes = np.fromiter(map(len, rows), dtype=np.int64, count=n)
            total = int(sizes.sum())
            idx = np.fromiter(map(self.index.get, chain.from_iterable(rows), repeat(-1)), dtype=np.int64, count=total)
            vals = np.fromiter(chain.from_iterable(r.values() for r in rows), dtype=np.float64, count=total)
            row_of = np.repeat(np.arange(n), sizes)
            known = idx >= 0
            idx, vals, row_of = idx[known], vals[known], row_of[known]
            weighted = self.coef[idx] * vals[:, None]
            for c in range(logits.shape[1]):
                logits[:, c] += np.bincount(row_of, weights=weighted[:, c], minlength=n)
        logits -= logits.max(axis=1, keepdims=True)
        p = np.exp(logits)
        return p / p.sum(axis=1, keepdims=True)


@lru_cache(maxsize=1)
def load() -> LightModel:
    return LightModel()
