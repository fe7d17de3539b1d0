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

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio

from analysis.records import QUOTE_KINDS, SENTIMENT_LABELS
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
        # Decimal point, then thousands separator: counts read "13,862", not "13862".
        "separators": ".,",
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


#: Tick labels of a count axis: "1,500", not "1500" (``separators`` alone groups only formatted
#: numbers); ``~g`` keeps the 0.5 steps Plotly picks when the counts are tiny.
COUNT_TICKS = ",~g"


def _hbar_axis(names: list[str]) -> dict:
    """A category axis listing ``names`` top to bottom, every one labelled (Plotly otherwise skips
    every other name when a narrow column squeezes the plot)."""
    return {
        "categoryorder": "array",
        "categoryarray": [esc(n) for n in names][::-1],
        "automargin": True,
        "tickmode": "linear",
        "tick0": 0,
        "dtick": 1,
    }


def entity_bar(counts: pd.DataFrame, subtitle: str, top: int = 15, measure: str = "count") -> go.Figure:
    """Horizontal bars: the ``top`` entities by ``measure`` (``count``: mentions; ``articles``: articles
    naming them), coloured by type (click = filter)."""
    by_articles = measure == "articles"
    title = "Who and what is in the most articles" if by_articles else "Who and what is mentioned most"
    if counts.empty:
        return empty(title, subtitle)
    if by_articles:
        counts = counts.sort_values(["articles", "count", "name"], ascending=[False, False, True], kind="stable")
    rows = counts.head(top)
    traces = []
    for label in dict.fromkeys(rows["label"]):
        part = rows[rows["label"] == label]
        names = list(part["name"])
        traces.append(
            {
                "type": "bar",
                "orientation": "h",
                "x": list(part[measure]),
                "y": [esc(n) for n in names],
                "name": type_name(label),
                "marker": {"color": type_colour(label)},
                "customdata": [[n] for n in names],
                "text": list(part[measure]),
                "texttemplate": "%{text:,}",
                "textposition": "outside",
                "cliponaxis": False,
                "hovertext": [
                    f"<b>{esc(n)}</b><br>{esc(type_name(label))}<br>{c} mention{'s' * (c != 1)} in {s} "
                    f"sentence{'s' * (s != 1)}" + (f", {a} article{'s' * (a != 1)}" if a is not None else "")
                    for n, c, s, a in zip(
                        names,
                        part["count"],
                        part["sentences"],
                        part["articles"] if "articles" in part else [None] * len(part),
                        strict=True,
                    )
                ],
                "hoverinfo": "text",
            }
        )
    layout = {
        "yaxis": _hbar_axis(list(rows["name"])),
        "xaxis": {
            "title": {"text": "articles" if by_articles else "mentions"},
            "tickformat": COUNT_TICKS,
            "rangemode": "tozero",
            "gridcolor": GRID,
        },
    }
    # In a half-width column the legend stacks one type a row under the plot: room for it too.
    legend_rows = max(0, len(traces) - 2)
    return _figure(traces, layout, title, subtitle, max(260, 150 + 26 * len(rows)) + 20 * legend_rows, legend=True)


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
        "hovertemplate": "%{y} and %{x}: %{z:,} sentences<extra></extra>",
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
    for kind in QUOTE_KINDS:
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
                    f"<b>{esc(s)}</b><br>{n:,} {kind} quote{'s' if n != 1 else ''}"
                    for s, n in zip(names, part["quotes"], strict=True)
                ],
                "hoverinfo": "text",
            }
        )
    xaxis: dict[str, Any] = {
        "title": {"text": "quotes"},
        "tickformat": COUNT_TICKS,
        "rangemode": "tozero",
        "gridcolor": GRID,
    }
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
        "xaxis": {"anchor": "y2", "title": {"text": "sentence"}, "tickformat": COUNT_TICKS, "gridcolor": GRID},
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


#: The polarity histogram's bins: 20 of width 0.1 from -1 to 1 (the last one holds 1.0 too).
POLARITY_EDGES = np.round(np.linspace(-1.0, 1.0, 21), 10)


def polarity_histogram(sentences: pd.DataFrame, subtitle: str) -> go.Figure:
    """How the sentences' polarity is distributed, coloured by sentiment label. Binned here, not in
    the browser: a corpus has tens of thousands of sentences, and the figure carries 20 counts per
    label instead of every value (which Streamlit would copy and send on every rerun)."""
    title = "Distribution of sentence polarity"
    if sentences.empty:
        return empty(title, subtitle)
    edges = POLARITY_EDGES
    ranges = [f"{a:+.1f} to {b:+.1f}" for a, b in zip(edges[:-1], edges[1:], strict=True)]
    centres = np.round((edges[:-1] + edges[1:]) / 2, 10).tolist()
    pol = sentences["polarity"].to_numpy(dtype=float)
    labels = sentences["label"].to_numpy(dtype=object)
    bins = np.clip(np.searchsorted(edges, pol, side="right") - 1, 0, len(edges) - 2)
    traces = []
    for label in SENTIMENT_LABELS:
        mine = (labels == label) & ~np.isnan(pol)
        if not mine.any():
            continue
        counts = np.bincount(bins[mine], minlength=len(edges) - 1)
        traces.append(
            {
                "type": "bar",
                "x": centres,
                "y": counts.tolist(),
                "width": 0.1,
                "customdata": ranges,
                "name": label,
                "marker": {"color": SENTIMENT_COLOURS[label]},
                "hovertemplate": "%{customdata}: %{y:,} sentences<extra>" + label + "</extra>",
            }
        )
    layout = {
        "barmode": "stack",
        "bargap": 0,
        "xaxis": {"title": {"text": "polarity"}, "range": [-1.05, 1.05], "dtick": 0.25, "gridcolor": GRID},
        "yaxis": {"title": {"text": "sentences"}, "tickformat": COUNT_TICKS, "gridcolor": GRID},
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


#: Line colours for entities over time (Okabe–Ito, then greys).
SERIES_COLOURS = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9", "#8C6D31", "#7F7F7F"]
PERIOD_WORDS = {"D": "day", "W": "week", "M": "month"}
PERIOD_FORMAT = {"D": "%d %b %Y", "W": "week of %d %b %Y", "M": "%B %Y"}


def mentions_timeline(frame: pd.DataFrame, names: list[str], freq: str, subtitle: str) -> go.Figure:
    """Mentions of each entity per period (lines), from ``aggregate.mentions_over_time``."""
    title = f"Mentions over time, per {PERIOD_WORDS[freq]}"
    if frame.empty:
        return empty(title, subtitle, "No dated article mentions these entities.")
    periods = sorted(frame["period"].unique())
    traces = []
    for i, name in enumerate(names):
        part = frame[frame["entity"] == name].set_index("period").reindex(periods)
        mentions = part["mentions"].fillna(0).astype(int)
        articles = part["articles"].fillna(0).astype(int)
        traces.append(
            {
                "type": "scatter",
                "mode": "lines+markers",
                "x": [pd.Timestamp(p).isoformat() for p in periods],
                "y": list(mentions),
                "name": esc(name),
                "line": {"color": SERIES_COLOURS[i % len(SERIES_COLOURS)], "width": 2},
                "marker": {"size": 6},
                "customdata": [[name] for _ in periods],
                "hovertext": [
                    f"<b>{esc(name)}</b><br>{pd.Timestamp(p).strftime(PERIOD_FORMAT[freq])}<br>"
                    f"{m:,} mention{'s' * (m != 1)} in {a:,} article{'s' * (a != 1)}"
                    for p, m, a in zip(periods, mentions, articles, strict=True)
                ],
                "hoverinfo": "text",
            }
        )
    layout = {
        "xaxis": {"type": "date", "gridcolor": GRID, "title": {"text": PERIOD_WORDS[freq]}},
        "yaxis": {"title": {"text": "mentions"}, "tickformat": COUNT_TICKS, "rangemode": "tozero", "gridcolor": GRID},
        "hovermode": "closest",
    }
    return _figure(traces, layout, title, subtitle, 400, legend=True)


def coverage_bar(frame: pd.DataFrame, freq: str, subtitle: str) -> go.Figure:
    """Articles per period stacked by topic tag, from ``aggregate.articles_over_time``."""
    title = f"Articles per {PERIOD_WORDS[freq]}"
    if frame.empty:
        return empty(title, subtitle, "No article on screen has a readable date.")
    topics = list(frame.groupby("topic")["articles"].sum().sort_values(ascending=False).index)
    traces = []
    for i, topic in enumerate(topics):
        part = frame[frame["topic"] == topic]
        traces.append(
            {
                "type": "bar",
                "x": [pd.Timestamp(p).isoformat() for p in part["period"]],
                "y": list(part["articles"]),
                "name": esc(topic),
                "marker": {"color": SERIES_COLOURS[i % len(SERIES_COLOURS)]},
                "hovertext": [
                    f"<b>{esc(topic)}</b><br>{pd.Timestamp(p).strftime(PERIOD_FORMAT[freq])}: "
                    f"{n:,} article{'s' * (n != 1)}"
                    for p, n in zip(part["period"], part["articles"], strict=True)
                ],
                "hoverinfo": "text",
            }
        )
    layout = {
        "barmode": "stack",
        "xaxis": {"type": "date", "gridcolor": GRID},
        "yaxis": {"title": {"text": "articles"}, "tickformat": COUNT_TICKS, "rangemode": "tozero", "gridcolor": GRID},
    }
    return _figure(traces, layout, title, subtitle, 340, legend=True)


def topic_tone_bar(frame: pd.DataFrame, subtitle: str) -> go.Figure:
    """Per topic, the share of negative, neutral and positive sentences (100 % bars), most negative
    mean polarity on top, the mean written beside each bar (click = filter by that topic)."""
    title = "Tone by topic (share of sentences)"
    if frame.empty:
        return empty(title, subtitle, "No topic in the kept sentences.")
    topics = list(frame["topic"])
    total = frame["sentences"].to_numpy()
    traces = []
    for label in SENTIMENT_LABELS:
        share = frame[label].to_numpy() / total * 100
        traces.append(
            {
                "type": "bar",
                "orientation": "h",
                "x": [round(float(v), 1) for v in share],
                "y": [esc(t) for t in topics],
                "name": label,
                "marker": {"color": SENTIMENT_COLOURS[label]},
                "customdata": [[t] for t in topics],
                "text": [f"{v:.0f}%" if v >= 6 else "" for v in share],
                "textposition": "inside",
                "insidetextanchor": "middle",
                "hovertext": [
                    f"<b>{esc(t)}</b><br>{n:,} of {s:,} sentences {label} ({v:.1f}%)<br>"
                    f"mean polarity {p:+.3f} · {a:,} article{'s' * (a != 1)}"
                    for t, n, s, v, p, a in zip(
                        topics, frame[label], total, share, frame["polarity"], frame["articles"], strict=True
                    )
                ],
                "hoverinfo": "text",
            }
        )
    # The mean polarity to the right of each bar.
    notes = [
        {
            "x": 1.0,
            "xref": "paper",
            "xanchor": "left",
            "y": esc(t),
            "yref": "y",
            "text": f"{p:+.3f}",
            "showarrow": False,
            "font": {"size": 12, "color": SENTIMENT_COLOURS["negative"] if p < 0 else "#333"},
        }
        for t, p in zip(topics, frame["polarity"], strict=True)
    ]
    notes.append(
        {
            "x": 1.0,
            "xref": "paper",
            "xanchor": "left",
            "y": 1.0,
            "yref": "paper",
            "yanchor": "bottom",
            "text": "mean",
            "showarrow": False,
            "font": {"size": 11, "color": "#555"},
        }
    )
    layout = {
        "barmode": "stack",
        "yaxis": _hbar_axis(topics),
        "xaxis": {"title": {"text": "% of sentences"}, "range": [0, 100], "gridcolor": GRID},
        "annotations": notes,
        "margin": {"l": 10, "r": 70, "t": 96, "b": 96},
    }
    return _figure(traces, layout, title, subtitle, max(260, 170 + 30 * len(topics)), legend=True)
