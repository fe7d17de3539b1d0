"""An article's text as escaped HTML: entity mentions highlighted by type, quotes marked in their
speaker's colour, the words each quote is attached to underlined, and (when a filter is set) the
sentences it keeps in full colour with the rest dimmed.

Article text is untrusted. Every piece of it goes through ``html.escape`` here; the only markup in
the result is what this module writes, so it is safe for ``st.html``.
"""

from __future__ import annotations

import heapq
import html
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass

import pandas as pd

from analysis.records import REFERENCE_LABELS
from dashboard.style import OTHER_COLOUR, UNATTRIBUTED, type_colour, type_name

#: Pronoun references are underlined lightly, not shaded: they refer to a name but are not one.
REFERENCE_COLOUR = "#555555"


def _rgba(hex_colour: str, alpha: float) -> str:
    h = hex_colour.lstrip("#")
    r, g, b = (int(h[i : i + 2], 16) for i in (0, 2, 4))
    return f"rgba({r},{g},{b},{alpha})"


def esc(text: object) -> str:
    # "$" too: a Markdown renderer would start LaTeX at it.
    return html.escape("" if text is None else str(text), quote=True).replace("$", "&#36;")


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    kind: str  # "mention" | "reference" | "quote" | "speaker"
    label: str  # entity type, or speaker name
    tip: str
    focus: bool = False


def spans(
    mentions: pd.DataFrame,
    quotes: pd.DataFrame,
    focus_entities: Iterable[str] = (),
    focus_speakers: Iterable[str] = (),
    voices: dict[str, str] | None = None,
) -> list[Span]:
    """The marks for one article (frames already limited to it). ``voices``: per speaker, what the
    Sources analysis says of them (kind, role words, gender and its evidence), added to the hover."""
    voices = voices or {}
    focus_e, focus_s = set(focus_entities), set(focus_speakers)
    out: list[Span] = []
    for m in mentions.itertuples(index=False):
        name = m.entity if isinstance(m.entity, str) else None
        if m.label in REFERENCE_LABELS:  # "he", "her": a reference to a name, shown lightly
            if name:
                tip = f"refers to {name}"
            elif m.label == "DESC":  # "the senator" in a story that does not say which one
                tip = "description (whom it means is not clear from the article)"
            else:
                tip = "pronoun (whom it refers to was not found)"
            if isinstance(m.sentiment, str):
                tip += f", treated {m.sentiment}ly" if m.sentiment != "neutral" else ", treated neutrally"
            out.append(Span(int(m.start), int(m.end), "reference", m.label, tip, name in focus_e))
            continue
        tip = f"{type_name(m.label)}: {name}" if name else type_name(m.label)
        out.append(Span(int(m.start), int(m.end), "mention", m.label, tip, name in focus_e))
    for q in quotes.itertuples(index=False):
        speaker = q.speaker if isinstance(q.speaker, str) else UNATTRIBUTED
        cue = f", cue “{q.cue}”" if isinstance(q.cue, str) else ""
        focus = speaker in focus_s or speaker in focus_e
        out.append(Span(int(q.start), int(q.end), "quote", speaker, f"{q.kind} quote by {speaker}{cue}", focus))
        if pd.notna(q.speaker_start) and pd.notna(q.speaker_end):
            tip = f"speaker: {speaker}" + (f" ({voices[speaker]})" if speaker in voices else "")
            out.append(Span(int(q.speaker_start), int(q.speaker_end), "speaker", speaker, tip, focus))
    return out


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping spans (a quote across two sentences) joined, in order."""
    out: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def article_html(
    text: str,
    marks: list[Span],
    speaker_colours: dict[str, str],
    kept: list[tuple[int, int]] | None = None,
) -> str:
    """The text with ``marks``; with ``kept`` (sentence spans a filter keeps), the rest is dimmed."""
    n = len(text)
    cuts = {0, n}
    for s in marks:
        cuts.update((max(0, min(s.start, n)), max(0, min(s.end, n))))
    kept_sorted = _merged(kept) if kept is not None else None
    if kept_sorted:
        for a, b in kept_sorted:
            cuts.update((max(0, min(a, n)), max(0, min(b, n))))
    bounds = sorted(cuts)
    kept_starts = [a for a, _ in kept_sorted] if kept_sorted else []

    def in_kept(pos: int) -> bool:
        if kept_sorted is None:
            return True
        i = bisect_right(kept_starts, pos) - 1
        return i >= 0 and kept_sorted[i][0] <= pos < kept_sorted[i][1]

    # One sweep over the boundaries: each mark opens at its start and closes at its end. Per kind,
    # a heap of the open marks by their place in ``marks`` gives the segment's mark (the first in
    # ``marks`` that covers it), closed ones dropped as they surface: linear in marks and text.
    opening: dict[int, list[int]] = {}
    for k, s in enumerate(marks):
        opening.setdefault(max(0, min(s.start, n)), []).append(k)
    open_marks: dict[str, list[int]] = {kind: [] for kind in ("mention", "quote", "speaker", "reference")}

    def active(kind: str, a: int) -> Span | None:
        heap = open_marks[kind]
        while heap and marks[heap[0]].end <= a:
            heapq.heappop(heap)
        return marks[heap[0]] if heap else None

    parts: list[str] = []
    for a, b in zip(bounds, bounds[1:], strict=False):
        for k in opening.get(a, ()):
            if marks[k].kind in open_marks:
                heapq.heappush(open_marks[marks[k].kind], k)
        chunk = esc(text[a:b]).replace("\n", "<br>")
        mention, quote, speaker = active("mention", a), active("quote", a), active("speaker", a)
        reference = active("reference", a)
        styles: list[str] = []
        tips: list[str] = []
        if quote:
            colour = speaker_colours.get(quote.label, "#888888")
            styles.append(f"box-shadow: inset 0 -0.5em 0 {_rgba(colour, 0.28 if quote.focus else 0.16)}")
            tips.append(quote.tip)
        if speaker:
            colour = speaker_colours.get(speaker.label, "#888888")
            styles.append(f"text-decoration: underline 2px {colour}; text-underline-offset: 3px")
            tips.append(speaker.tip)
        if mention:
            colour = type_colour(mention.label)
            styles.append(f"background: {_rgba(colour, 0.22)}; border-radius: 3px; padding: 0 1px")
            styles.append(f"border-bottom: 2px solid {colour}")
            if mention.focus:
                styles.append(f"outline: 2px solid {colour}; font-weight: 600")
            tips.append(mention.tip)
        if reference:
            weight = "; font-weight: 600" if reference.focus else ""
            styles.append(f"border-bottom: 1px dotted {REFERENCE_COLOUR}{weight}")
            tips.append(reference.tip)
        if not in_kept(a):
            styles.append("opacity: 0.38")
        if styles or tips:
            title = f' title="{esc(" · ".join(tips))}"' if tips else ""
            parts.append(f'<span style="{"; ".join(styles)}"{title}>{chunk}</span>')
        else:
            parts.append(chunk)
    body = "".join(parts)
    return (
        '<div class="nl-article" style="font-family: Georgia, \'Times New Roman\', serif; font-size: 1.05rem; '
        'line-height: 1.75; max-width: 46rem; color: #1f1f1f;">' + body + "</div>"
    )


def legend_html(
    labels: Iterable[str], speaker_colours: dict[str, str], other: bool = False, references: bool = False
) -> str:
    """Keys for the entity types and speakers shown in the article (``other``: dates, numbers...;
    ``references``: pronouns that refer to a name)."""
    items = [
        f'<span style="background:{_rgba(type_colour(label), 0.22)}; border-bottom:2px solid {type_colour(label)};'
        f' border-radius:3px; padding:0 4px; margin-right:8px">{esc(type_name(label))}</span>'
        for label in dict.fromkeys(labels)
    ]
    if other:
        items.append(
            f'<span style="background:{_rgba(OTHER_COLOUR, 0.22)}; border-bottom:2px solid {OTHER_COLOUR};'
            ' border-radius:3px; padding:0 4px; margin-right:8px">Date, number…</span>'
        )
    if references:
        items.append(
            f'<span style="border-bottom:1px dotted {REFERENCE_COLOUR}; margin-right:8px">he, she, the senator…'
            " (refers to a name)</span>"
        )
    items += [
        f'<span style="box-shadow: inset 0 -0.5em 0 {_rgba(colour, 0.28)}; margin-right:8px">'
        f"“quoted” by {esc(speaker)}</span>"
        for speaker, colour in speaker_colours.items()
    ]
    return '<div style="font-size: 0.85rem; line-height: 2; color:#333">' + "".join(items) + "</div>"
