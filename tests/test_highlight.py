"""The Article view's HTML: one sweep over sorted boundaries, the same marks as a segment-by-segment
scan would pick, and work that grows linearly with the number of marks."""

from __future__ import annotations

import random
import sys

from dashboard import highlight
from dashboard.highlight import Span

KINDS = ("mention", "quote", "speaker", "reference")


def _marks(n: int, text_len: int, seed: int = 0) -> list[Span]:
    rng = random.Random(seed)
    out = []
    for k in range(n):
        a = rng.randrange(text_len)
        b = min(text_len, a + rng.randrange(1, 40))
        kind = KINDS[k % 4]
        out.append(Span(a, b, kind, "PERSON" if kind != "quote" else f"S{k % 5}", f"tip {k} <b>", k % 7 == 0))
    return out


def _scan(text: str, marks: list[Span]) -> list[tuple[str, tuple[str, ...]]]:
    """Each segment's text and the tips of the marks it shows, found the slow way: every mark
    scanned for every segment."""
    cuts = sorted({0, len(text), *(s.start for s in marks), *(s.end for s in marks)})
    shown = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        picked = []
        for kind in ("quote", "speaker", "mention", "reference"):
            hit = next((s for s in marks if s.kind == kind and s.start <= a and b <= s.end), None)
            picked.append(hit.tip if hit else "")
        shown.append((text[a:b], tuple(picked)))
    return shown


def test_the_sweep_picks_the_same_mark_as_a_scan_of_every_mark():
    text = "".join(random.Random(1).choice("abc de\nf") for _ in range(3000))
    colours = {f"S{i}": "#123456" for i in range(5)}
    for seed in range(5):
        marks = _marks(300, len(text), seed)
        html = highlight.article_html(text, marks, colours)
        # Every tip the scan picks shows in the HTML, as often as the scan picks it.
        ref = _scan(text, marks)
        expected = sum(1 for _, tips in ref for tip in tips if tip)
        assert html.count("tip ") == expected
        for _, tips in ref[:50]:
            for tip in tips:
                if tip:
                    assert highlight.esc(tip) in html
        assert "<b>" not in html  # tips are escaped like the text


def _lines_run(n_marks: int) -> int:
    """Lines of highlight.py executed to draw an article with ``n_marks`` marks (a count, not a time)."""
    text = "word " * (n_marks * 20)
    marks = _marks(n_marks, len(text), seed=7)
    count = 0
    target = highlight.__file__

    def tracer(frame, event, arg):
        nonlocal count
        if frame.f_code.co_filename != target:
            return None
        if event == "line":
            count += 1
        return tracer

    sys.settrace(tracer)
    try:
        highlight.article_html(text, marks, {})
    finally:
        sys.settrace(None)
    return count


def test_drawing_grows_linearly_with_the_marks():
    small, large = _lines_run(1000), _lines_run(2000)
    # Twice the marks: about twice the work (a scan of every mark per segment would be four times).
    assert 1.6 < large / small < 2.5, (small, large)
