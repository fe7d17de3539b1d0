"""Strong tier with the top layers run once per target (``marked_layers``): the split forward is
the plain encoder when the marker is zero, and each target's row sees only its own mark."""

from __future__ import annotations

import pytest

from analysis.extract import targeted

pytestmark = pytest.mark.skipif(
    "strong" not in targeted.available_tiers(), reason="strong tier needs pip install -e '.[transformer]'"
)

SENTENCE = "Maria Lopez was praised for her courage, while Tom Baker was condemned for lying."
MARIA, TOM = (0, 11), (47, 56)


def _model(marked_layers: int, scale: float):
    """The shipped weights with a marker of ``scale`` everywhere, run with ``marked_layers``."""
    import torch

    from analysis.extract.targeted import strong

    model = strong.StrongModel()
    model.cfg.marked_layers = marked_layers
    if not hasattr(model.head, "marker"):
        model.head.marker = torch.nn.Parameter(torch.zeros(model.bert.config.hidden_size))
    with torch.no_grad():
        model.head.marker.fill_(scale)
    return model


def _close(a: list[float], b: list[float], tol: float = 1e-5) -> bool:
    return all(abs(x - y) <= tol for x, y in zip(a, b, strict=True))


@pytest.mark.parametrize("layers", [1, 2])
def test_zero_marker_gives_the_pooled_probabilities(layers):
    pooled = _model(0, 0.0).predict([SENTENCE, "Tom Baker spoke."], [[MARIA, TOM], [(0, 9)]])
    split = _model(layers, 0.0).predict([SENTENCE, "Tom Baker spoke."], [[MARIA, TOM], [(0, 9)]])
    for p, s in zip(pooled, split, strict=True):
        for a, b in zip(p, s, strict=True):
            assert _close(a, b)


def test_each_target_sees_only_its_own_mark():
    model = _model(2, 0.5)
    both = model.predict([SENTENCE], [[MARIA, TOM]])[0]
    alone = model.predict([SENTENCE], [[MARIA]])[0]
    assert _close(both[0], alone[0])  # Tom's row (and mark) does not reach Maria's
    pooled = _model(0, 0.0).predict([SENTENCE], [[MARIA, TOM]])[0]
    assert not _close(both[0], pooled[0], 1e-3)  # the mark does reach the top layers
