"""The filter value: what the user chose in the sidebar (entities, types, topics, speakers, a
polarity range, and the Sources view's gender, speaker kind and role group), as one frozen
``Filters`` with its chips and a one-line description.

How a ``Filters`` is applied to the tables is ``dashboard.filtering``; what the sidebar offers is
``dashboard.options``. No Streamlit here.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from dashboard.style import type_name

FULL_RANGE: tuple[float, float] = (-1.0, 1.0)


@dataclass(frozen=True)
class Chip:
    facet: str  # the Filters field it belongs to
    value: str
    label: str  # what the user sees, e.g. "Entity: Shafqat Ali Khan"


@dataclass(frozen=True)
class Filters:
    entities: tuple[str, ...] = ()
    types: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    speakers: tuple[str, ...] = ()
    polarity: tuple[float, float] = FULL_RANGE
    genders: tuple[str, ...] = ()
    source_kinds: tuple[str, ...] = ()
    role_groups: tuple[str, ...] = ()

    @property
    def voice_active(self) -> bool:
        return bool(self.genders or self.source_kinds or self.role_groups)

    @property
    def polarity_active(self) -> bool:
        return tuple(self.polarity) != FULL_RANGE

    @property
    def active(self) -> bool:
        return bool(
            self.entities or self.types or self.topics or self.speakers or self.polarity_active or self.voice_active
        )

    def chips(self) -> list[Chip]:
        out = [Chip("entities", v, f"Entity: {v}") for v in self.entities]
        out += [Chip("types", v, f"Type: {type_name(v)}") for v in self.types]
        out += [Chip("topics", v, f"Topic: {v}") for v in self.topics]
        out += [Chip("speakers", v, f"Speaker: {v}") for v in self.speakers]
        out += [Chip("genders", v, f"Gender: {v}") for v in self.genders]
        out += [Chip("source_kinds", v, f"Speaker kind: {v}") for v in self.source_kinds]
        out += [Chip("role_groups", v, f"Role group: {v}") for v in self.role_groups]
        if self.polarity_active:
            lo, hi = self.polarity
            out.append(Chip("polarity", f"{lo:+.2f}..{hi:+.2f}", f"Polarity {lo:+.2f} to {hi:+.2f}"))
        return out

    def describe(self, max_values: int = 3) -> str:
        """One line for chart titles and file names: what the rows on show were filtered by."""
        if not self.active:
            return "all sentences and quotes"

        def listed(values: Iterable[str]) -> str:
            values = list(values)
            more = len(values) - max_values
            return ", ".join(values[:max_values]) + (f" +{more} more" if more > 0 else "")

        parts = []
        if self.entities:
            parts.append(f"entity {listed(self.entities)}")
        if self.types:
            parts.append(f"type {listed(type_name(t) for t in self.types)}")
        if self.topics:
            parts.append(f"topic {listed(self.topics)}")
        if self.speakers:
            parts.append(f"speaker {listed(self.speakers)}")
        if self.polarity_active:
            lo, hi = self.polarity
            parts.append(f"polarity {lo:+.2f} to {hi:+.2f}")
        for label, values in (
            ("gender", self.genders),
            ("speaker kind", self.source_kinds),
            ("role group", self.role_groups),
        ):
            if values:
                parts.append(f"{label} {listed(values)}")
        return "filtered by " + "; ".join(parts)
