"""Strong tier with one encoder pass per target (``target_input = "bracketed"``): the target is
wrapped in brackets in the text, each target's probabilities come back in order and do not depend
on the sentence's other targets."""

from __future__ import annotations

import json

import pytest

from analysis.extract import targeted

pytestmark = pytest.mark.skipif(
    "strong" not in targeted.available_tiers(), reason="strong tier needs pip install -e '.[transformer]'"
)

SENTENCE = "Maria Lopez was praised for her courage, while Tom Baker was condemned for lying."
MARIA, TOM = (0, 11), (47, 56)


def _bracketed_model():
    """The shipped weights read through bracketed input (the values do not matter here)."""
    from analysis.extract.targeted import strong

    model = strong.StrongModel()
    model.cfg.target_input = "bracketed"
    return model


def test_bracket_wraps_the_span_and_moves_its_offsets():
    from analysis.extract.targeted import strong

    text, (a, b) = strong.bracket(SENTENCE, TOM)
    assert text[a:b] == "Tom Baker"
    assert text[a - 2 : b + 2] == "[ Tom Baker ]"
    assert text.replace("[ ", "").replace(" ]", "") == SENTENCE
    units = strong.input_units(SENTENCE, [MARIA, TOM], "bracketed")
    assert [t[s[0][0] : s[0][1]] for t, s in units] == ["Maria Lopez", "Tom Baker"]
    assert strong.input_units(SENTENCE, [MARIA, TOM]) == [(SENTENCE, [MARIA, TOM])]
    with pytest.raises(ValueError, match="target_input"):
        strong.input_units(SENTENCE, [MARIA], "tagged")


def test_a_target_named_like_a_special_token_stays_plain_text():
    model = _bracketed_model()
    from analysis.extract.targeted import strong

    text, (a, b) = strong.bracket("They met SEP today.", (9, 12))
    ids = model.tokenizer(text)["input_ids"]
    assert ids.count(model.tokenizer.sep_token_id) == 1  # only the closing [SEP], not the target
    assert model.tokenizer.convert_ids_to_tokens(ids)[3:6] == ["[", "sep", "]"]


def test_each_target_is_scored_on_its_own_in_order():
    model = _bracketed_model()
    both = model.predict([SENTENCE, "Tom Baker spoke."], [[MARIA, TOM], [(0, 9)]])
    maria = model.predict([SENTENCE], [[MARIA]])[0][0]
    tom = model.predict([SENTENCE], [[TOM]])[0][0]
    assert len(both[0]) == 2 and len(both[1]) == 1
    for got, want in zip(both[0], [maria, tom], strict=True):
        assert all(abs(x - y) < 1e-5 for x, y in zip(got, want, strict=True))
        assert abs(sum(got) - 1) < 1e-5
    # the bracketed pass sees a different input from the pooled one
    from analysis.extract.targeted import strong

    pooled = strong.StrongModel().predict([SENTENCE], [[MARIA]])[0][0]
    assert any(abs(x - y) > 1e-4 for x, y in zip(pooled, maria, strict=True))


def test_training_encodes_one_input_per_target_with_its_label():
    from analysis.training import newsmtsc, train_strong

    model = _bracketed_model()
    item = newsmtsc.Item("s", SENTENCE, [(*MARIA, "positive"), (*TOM, "negative")])
    rows = train_strong.encode(model.tokenizer, [item], "bracketed")
    assert [r["labels"] for r in rows] == [[2], [0]]
    for r, words in zip(rows, ["maria lopez", "tom baker"], strict=True):
        tokens = model.tokenizer.convert_ids_to_tokens(r["ids"])
        (mask,) = r["masks"]
        assert " ".join(t for t, m in zip(tokens, mask, strict=True) if m) == words
        assert "[" in tokens and "]" in tokens
    pooled = train_strong.encode(model.tokenizer, [item])
    assert len(pooled) == 1 and pooled[0]["labels"] == [2, 0]


def test_loader_refuses_an_unknown_target_input(tmp_path):
    from analysis.extract.targeted import strong

    raw = json.loads(strong.CONFIG.read_text(encoding="utf-8"))
    bad = tmp_path / "cfg.json"
    bad.write_text(json.dumps({**raw, "target_input": "tagged"}), encoding="utf-8")
    with pytest.raises(ValueError, match="target_input"):
        strong.StrongModel(config=bad)
