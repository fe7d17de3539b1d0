"""Chart builders: a tidy DataFrame (from ``dashboard.aggregate``) in, a Plotly Figure out.

Pure functions, no Streamlit. Each figure carries its own title and a subtitle that says which rows
it shows (the filter), so a PNG or SVG exported on its own still says what it counts.

Plotly renders a subset of HTML in titles, tick labels and hover text (``<b>``, ``<a href>``...).
Names and sentences come from untrusted article text, so every such string goes through ``esc``
first; raw values travel in ``customdata`` for click-to-filter.

Figures are written as plain dicts and wrapped once with validation off: validating every property
made a bar chart cost ~90 ms, most of a rerun's budget; the dicts here use only documented
attributes, and the tests check the figures' content.
"""

from __future__ import annotations

import html
import textwrap
from functools import cache
from typing import Any

import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio

from dashboard.style import (
    FONT,
    KIND_COLOURS,
    KIND_NAMES,
    POLARITY_SCALE,
    SENTIMENT_COLOURS,
    type_colour,
    type_name,
)

WIDTH = 900  # export width in px; the app stretches charts to the column
GRID = "#EBEEF2"


def esc(text: object) -> str:
    """Text for Plotly labels: HTML-escaped, so article text never becomes markup."""
    return html.escape("" if text is None else str(text), quote=False)


def wrap(text: object, width: int = 80, max_lines: int = 8) -> str:
    """Escaped text broken into lines for a hover box."""
    lines = textwrap.wrap("" if text is None else str(text), width) or [""]
    if len(lines) > max_lines:
        lines = [*lines[: max_lines - 1], lines[max_lines - 1] + " …"]
    return "<br>".join(esc(line) for line in lines)


@cache
def _template() -> dict:
    return pio.templates["plotly_white"].to_plotly_json()


def _figure(
    traces: list[dict], layout: dict, title: str, subtitle: str, height: int, legend: bool = False
) -> go.Figure:
    base: dict[str, Any] = {
        "template": _template(),
        "title": {
            "text": f"<b>{esc(title)}</b>",
            "subtitle": {"text": esc(subtitle), "font": {"size": 13, "color": "#555"}},
            "x": 0.01,
            "xanchor": "left",
            "yref": "container",
            "y": 1.0,
            "yanchor": "top",
            "pad": {"t": 14},
            "font": {"size": 17},
        },
        "font": {"family": FONT, "size": 13, "color": "#222"},
        "height": height,
        # The legend sits under the plot, so a narrow column wraps it without covering the subtitle.
        "margin": {"l": 10, "r": 20, "t": 96, "b": 96 if legend else 50},
        "legend": {
            "orientation": "h",
            "yref": "container",
            "y": 0.0,
            "yanchor": "bottom",
            "x": 0,
            "xanchor": "left",
            "traceorder": "normal",
        },
        "showlegend": legend,
        "hoverlabel": {"font": {"family": FONT, "size": 12}, "align": "left"},
        "bargap": 0.25,
    }
    base.update(layout)
    try:
        return go.Figure({"data": traces, "layout": base}, _validate=False)
    except TypeError:  # a Plotly without the switch: validate after all
        return go.Figure({"data": traces, "layout": base})


def empty(title: str, subtitle: str, message: str = "No rows match the current filter.") -> go.Figure:
    layout = {
        "annotations": [
            {"text": esc(message), "showarrow": False, "x": 0.5, "y": 0.5, "xref": "paper", "yref": "paper"}
        ],
        "xaxis": {"visible": False},
        "yaxis": {"visible": False},
    }
    return _figure([], layout, title, subtitle, 240)


def _hbar_axis(names: list[str]) -> dict:
    """A category axis listing ``names`` top to bottom."""
    return {"categoryorder": "array", "categoryarray": [esc(n) for n in names][::-1], "automargin": True}


def entity_bar(counts: pd.DataFrame, subtitle: str, top: int = 15) -> go.Figure:
    """Horizontal bars: the ``top`` most mentioned entities, coloured by type (click = filter)."""
    title = "Who and what is mentioned most"
    if counts.empty:
        return empty(title, subtitle)
    rows = counts.head(top)
    traces = []
    for label in dict.fromkeys(rows["label"]):
        part = rows[rows["label"] == label]
        names = list(part["name"])
        traces.append(
            {
                "type": "bar",
                "orientation": "h",
                "x": list(part["count"]),
                "y": [esc(n) for n in names],
                "name": type_name(label),
                "marker": {"color": type_colour(label)},
                "customdata": [[n] for n in names],
                "text": list(part["count"]),
                "textposition": "outside",
                "cliponaxis": False,
                "hovertext": [
                    f"<b>{esc(n)}</b><br>{esc(type_name(label))}<br>{c} mentions in {s} sentences"
                    for n, c, s in zip(names, part["count"], part["sentences"], strict=True)
                ],
                "hoverinfo": "text",
            }
        )
    layout = {
        "yaxis": _hbar_axis(list(rows["name"])),
        "xaxis": {"title": {"text": "mentions"}, "rangemode": "tozero", "gridcolor": GRID},
    }
    return _figure(traces, layout, title, subtitle, max(260, 150 + 26 * len(rows)), legend=True)


def cooccurrence_heatmap(matrix: pd.DataFrame, subtitle: str) -> go.Figure:
    """Which entities share sentences: cell = sentences naming both; diagonal left blank."""
    title = "Who appears together (sentences naming both)"
    if matrix.empty or len(matrix) < 2:
        return empty(title, subtitle, "Fewer than two entities in the kept sentences.")
    names = [esc(n) for n in matrix.index]
    values = matrix.to_numpy()
    # An entity with itself is not a pair: blank diagonal (None), no text.
    z = [[None if i == j else int(v) for j, v in enumerate(row)] for i, row in enumerate(values)]
    text = [["" if i == j or v == 0 else str(int(v)) for j, v in enumerate(row)] for i, row in enumerate(values)]
    trace = {
        "type": "heatmap",
        "z": z,
        "x": names,
        "y": names,
        "text": text,
        "texttemplate": "%{text}",
        "colorscale": [[0, "#F7FBFF"], [1, "#08519C"]],
        "zmin": 0,
        "xgap": 1,
        "ygap": 1,
        "hoverongaps": False,
        "hovertemplate": "%{y} and %{x}: %{z} sentences<extra></extra>",
        "colorbar": {"title": {"text": "sentences", "font": {"size": 12}}, "thickness": 12},
    }
    layout = {
        "yaxis": {"autorange": "reversed", "automargin": True},
        "xaxis": {"tickangle": -40, "side": "bottom", "automargin": True},
    }
    return _figure([trace], layout, title, subtitle, 200 + 34 * len(names))


def speaker_bar(kinds: pd.DataFrame, subtitle: str, top: int = 15) -> go.Figure:
    """Quotes per speaker, stacked by kind (click = filter by that speaker)."""
    title = "Who gets to speak (quotes per speaker)"
    if kinds.empty:
        return empty(title, subtitle, "No quotes in the kept rows.")
    speakers = list(dict.fromkeys(kinds["speaker"]))[:top]
    rows = kinds[kinds["speaker"].isin(speakers)]
    traces = []
    for kind in ("direct", "partial", "indirect"):
        part = rows[rows["kind"] == kind]
        if part.empty:
            continue
        names = list(part["speaker"])
        traces.append(
            {
                "type": "bar",
                "orientation": "h",
                "x": list(part["quotes"]),
                "y": [esc(s) for s in names],
                "name": KIND_NAMES[kind],
                "marker": {"color": KIND_COLOURS[kind]},
                "customdata": [[s] for s in names],
                "hovertext": [
                    f"<b>{esc(s)}</b><br>{n} {kind} quote{'s' if n != 1 else ''}"
                    for s, n in zip(names, part["quotes"], strict=True)
                ],
                "hoverinfo": "text",
            }
        )
    xaxis: dict[str, Any] = {"title": {"text": "quotes"}, "rangemode": "tozero", "gridcolor": GRID}
    if rows["total"].max() <= 12:
        xaxis["dtick"] = 1
    layout = {"barmode": "stack", "yaxis": _hbar_axis(speakers), "xaxis": xaxis}
    return _figure(traces, layout, title, subtitle, max(240, 170 + 30 * len(speakers)), legend=True)


def polarity_line(sentences: pd.DataFrame, subtitle: str, article: str = "") -> go.Figure:
    """Polarity and subjectivity sentence by sentence through one article; hover shows the sentence.

    ``sentences`` has the columns of ``aggregate.sentence_rows`` (sentence, text, polarity, subjectivity).
    """
    title = "Tone through the article" + (f": {article}" if article else "")
    if sentences.empty:
        return empty(title, subtitle)
    s = sentences.sort_values("sentence")
    x = list(s["sentence"])
    hover = [wrap(t) for t in s["text"]]
    polarity = {
        "type": "scatter",
        "mode": "lines+markers",
        "x": x,
        "y": list(s["polarity"]),
        "xaxis": "x",
        "yaxis": "y",
        "line": {"color": "#B0B7BB", "width": 1.5},
        "marker": {
            "size": 9,
            "color": list(s["polarity"]),
            "colorscale": POLARITY_SCALE,
            "cmin": -1,
            "cmax": 1,
            "line": {"width": 0.5, "color": "#555"},
        },
        "customdata": hover,
        "hovertemplate": "Sentence %{x} · polarity %{y:+.2f}<br><br>%{customdata}<extra></extra>",
        "name": "polarity",
    }
    subjectivity = {
        "type": "bar",
        "x": x,
        "y": list(s["subjectivity"]),
        "xaxis": "x",
        "yaxis": "y2",
        "marker": {"color": "#8E7CC3"},
        "customdata": hover,
        "hovertemplate": "Sentence %{x} · subjectivity %{y:.2f}<br><br>%{customdata}<extra></extra>",
        "name": "subjectivity",
    }
    # Two stacked panels on one x axis (what make_subplots would write, without its validation cost).
    panel_title = {"xref": "paper", "yref": "paper", "x": 0, "xanchor": "left", "yanchor": "bottom"}
    panel_title |= {"showarrow": False, "font": {"size": 12, "color": "#555"}}
    layout = {
        "xaxis": {"anchor": "y2", "title": {"text": "sentence"}, "gridcolor": GRID},
        "yaxis": {"domain": [0.44, 1.0], "range": [-1.05, 1.05], "zeroline": False, "gridcolor": GRID},
        "yaxis2": {"domain": [0.0, 0.34], "range": [0, 1.05], "gridcolor": GRID},
        "annotations": [
            {**panel_title, "y": 1.0, "text": "Polarity (−1 negative … +1 positive)"},
            {**panel_title, "y": 0.35, "text": "Subjectivity (0 factual … 1 opinion)"},
        ],
        "shapes": [
            {
                "type": "line",
                "xref": "x domain",
                "x0": 0,
                "x1": 1,
                "yref": "y",
                "y0": 0,
                "y1": 0,
                "line": {"color": "#888", "width": 1, "dash": "dot"},
            }
        ],
    }
    return _figure([polarity, subjectivity], layout, title, subtitle, 460)


def polarity_histogram(sentences: pd.DataFrame, subtitle: str) -> go.Figure:
    """How the sentences' polarity is distributed, coloured by sentiment label."""
    title = "Distribution of sentence polarity"
    if sentences.empty:
        return empty(title, subtitle)
    traces = []
    for label in ("negative", "neutral", "positive"):
        part = sentences[sentences["label"] == label]
        if part.empty:
            continue
        traces.append(
            {
                "type": "histogram",
                "x": list(part["polarity"]),
                "name": label,
                "marker": {"color": SENTIMENT_COLOURS[label]},
                "xbins": {"start": -1.0, "end": 1.0001, "size": 0.1},
                "hovertemplate": "%{x}: %{y} sentences<extra>" + label + "</extra>",
            }
        )
    layout = {
        "barmode": "stack",
        "xaxis": {"title": {"text": "polarity"}, "range": [-1.05, 1.05], "dtick": 0.25, "gridcolor": GRID},
        "yaxis": {"title": {"text": "sentences"}, "gridcolor": GRID},
    }
    return _figure(traces, layout, title, subtitle, 380, legend=True)


def mean_polarity_bar(
    frame: pd.DataFrame, name_col: str, count_col: str, title: str, subtitle: str, top: int = 15
) -> go.Figure:
    """Mean polarity per entity or speaker, bars diverging from zero."""
    rows = frame.dropna(subset=["polarity"]).head(top) if not frame.empty else frame
    if rows.empty:
        return empty(title, subtitle)
    reach = max(0.1, float(rows["polarity"].abs().max())) * 1.2
    colours = [
        SENTIMENT_COLOURS["negative"] if v < 0 else SENTIMENT_COLOURS["positive"] if v > 0 else "#95A5A6"
        for v in rows["polarity"]
    ]
    names = list(rows[name_col])
    trace = {
        "type": "bar",
        "orientation": "h",
        "x": list(rows["polarity"]),
        "y": [esc(n) for n in names],
        "marker": {"color": colours},
        "customdata": [[n] for n in names],
        "hovertext": [
            f"<b>{esc(n)}</b><br>mean polarity {p:+.3f} over {c} {count_col}"
            for n, p, c in zip(names, rows["polarity"], rows[count_col], strict=True)
        ],
        "hoverinfo": "text",
        "text": [f"{p:+.2f}" for p in rows["polarity"]],
        # Inside long bars, outside short ones: a label never lands on the names.
        "textposition": "auto",
        "cliponaxis": False,
    }
    layout = {
        "yaxis": _hbar_axis(names),
        "xaxis": {
            "title": {"text": "mean polarity"},
            "range": [-reach, reach],
            "zeroline": True,
            "zerolinecolor": "#888",
            "gridcolor": GRID,
        },
    }
    return _figure([trace], layout, title, subtitle, max(220, 130 + 26 * len(rows)))
