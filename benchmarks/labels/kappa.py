"""Cohen's kappa for two readers of one labelled sample (``identity/agreement.py``, ``sources/agreement.py``)."""

from __future__ import annotations

from collections import Counter


def kappa(pairs: list[tuple[object, object]]) -> tuple[int, int, float]:
    """Agreeing pairs, all pairs, and Cohen's kappa from the two readers' marginals."""
    n = len(pairs)
    agree = sum(a == b for a, b in pairs)
    ca, cb = Counter(a for a, _ in pairs), Counter(b for _, b in pairs)
    pe = sum(ca[k] * cb[k] for k in set(ca) | set(cb)) / n / n
    return agree, n, (agree / n - pe) / (1 - pe) if pe < 1 else float("nan")
