"""Which targeted-sentiment tiers this installation can run, and why the others cannot (the
extra to install), asked of the analysis core."""

from __future__ import annotations

from analysis.extract.targeted import CHOICES, TierUnavailable, available_tiers, check_tier


def sentiment_choices() -> list[str]:
    """The targeted-sentiment models that can run in this installation (best last), then "none"."""
    return [*available_tiers(), "none"]


def missing_tiers() -> dict[str, str]:
    """Targeted-sentiment tiers this installation cannot run, with why (e.g. the extra to install)."""
    out = {}
    for tier in CHOICES:
        try:
            check_tier(tier)
        except TierUnavailable as e:
            out[tier] = str(e)
    return out
