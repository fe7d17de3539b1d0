"""Chart builders: a tidy DataFrame (from ``dashboard.aggregate``) in, a Plotly Figure out.

Pure functions, no Streamlit. Each figure carries its own title and a subtitle that says which rows
it shows (the filter), so a PNG or SVG exported on its own still says what it counts.

Plotly renders a subset of HTML in titles, tick labels and hover text (``<b>``, ``<a href>``...).
Names and sentences come from untrusted article text, so every such string goes through ``esc``
first; raw values travel in ``customdata`` for click-to-filter.
"""

from __future__ import annotations

import html
import textwrap

import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

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


def esc(text: object) -> str:
    """Text for Plotly labels: HTML-escaped, so article text never becomes markup."""
    return html.escape("" if text is None else str(text), quote=False)


def wrap(text: object, width: int = 80, max_lines: int = 8) -> str:
    """Escaped text broken into lines for a hover box."""
    lines = textwrap.wrap("" if text is None else str(text), width) or [""]
    if len(lines) > max_lines:
        lines = [*lines[: max_lines - 1], lines[max_lines - 1] + " …"]
    return "<br>".join(esc(line) for line in lines)


def _finish(fig: go.Figure, title: str, subtitle: str, height: int, legend: bool = False) -> go.Figure:
    fig.update_layout(
        template="plotly_white",
        title={
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
        font={"family": FONT, "size": 13, "color": "#222"},
        height=height,
        width=None,
        # The legend sits under the plot, so a narrow column wraps it without covering the subtitle.
        margin={"l": 10, "r": 20, "t": 96, "b": 96 if legend else 50},
        legend={
            "orientation": "h",
            "yref": "container",
            "y": 0.0,
            "yanchor": "bottom",
            "x": 0,
            "xanchor": "left",
            "title": None,
        },
        showlegend=legend,
        hoverlabel={"font": {"family": FONT, "size": 12}, "align": "left"},
        bargap=0.25,
    )
    return fig


def empty(title: str, subtitle: str, message: str = "No rows match the current filter.") -> go.Figure:
    fig = go.Figure()
    fig.add_annotation(text=esc(message), showarrow=False, x=0.5, y=0.5, xref="paper", yref="paper")
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False)
    return _finish(fig, title, subtitle, 240)


def entity_bar(counts: pd.DataFrame, subtitle: str, top: int = 15) -> go.Figure:
    """Horizontal bars: the ``top`` most mentioned entities, coloured by type (click = filter)."""
    title = "Who and what is mentioned most"
    if counts.empty:
        return empty(title, subtitle)
    rows = counts.head(top)
    fig = go.Figure()
    for label in dict.fromkeys(rows["label"]):
        part = rows[rows["label"] == label]
        fig.add_bar(
            x=part["count"],
            y=[esc(n) for n in part["name"]],
            orientation="h",
            name=type_name(label),
            marker_color=type_colour(label),
            customdata=part[["name"]].to_numpy(),
            text=part["count"],
            textposition="outside",
            cliponaxis=False,
            hovertext=[
                f"<b>{esc(n)}</b><br>{esc(type_name(label))}<br>{c} mentions in {s} sentences"
                for n, c, s in zip(part["name"], part["count"], part["sentences"], strict=True)
            ],
            hoverinfo="text",
        )
    order = [esc(n) for n in rows["name"]][::-1]
    fig.update_yaxes(categoryorder="array", categoryarray=order, title=None)
    fig.update_xaxes(title="mentions", rangemode="tozero")
    return _finish(fig, title, subtitle, max(260, 150 + 26 * len(rows)), legend=True)


def cooccurrence_heatmap(matrix: pd.DataFrame, subtitle: str) -> go.Figure:
    """Which entities share sentences: cell = sentences naming both; diagonal left blank."""
    title = "Who appears together (sentences naming both)"
    if matrix.empty or len(matrix) < 2:
        return empty(title, subtitle, "Fewer than two entities in the kept sentences.")
    names = [esc(n) for n in matrix.index]
    z = matrix.to_numpy().astype(float)
    for i in range(len(z)):
        z[i, i] = float("nan")  # an entity with itself is not a pair
    text = [["" if i == j or v == 0 else str(int(v)) for j, v in enumerate(row)] for i, row in enumerate(z)]
    fig = go.Figure(
        go.Heatmap(
            z=z,
            x=names,
            y=names,
            text=text,
            texttemplate="%{text}",
            colorscale=[[0, "#F7FBFF"], [1, "#08519C"]],
            zmin=0,
            hoverongaps=False,
            hovertemplate="%{y} and %{x}: %{z} sentences<extra></extra>",
            xgap=1,
            ygap=1,
            colorbar={"title": {"text": "sentences", "font": {"size": 12}}, "thickness": 12},
        )
    )
    fig.update_yaxes(autorange="reversed")
    fig.update_xaxes(tickangle=-40, side="bottom")
    return _finish(fig, title, subtitle, 200 + 34 * len(names))


def speaker_bar(kinds: pd.DataFrame, subtitle: str, top: int = 15) -> go.Figure:
    """Quotes per speaker, stacked by kind (click = filter by that speaker)."""
    title = "Who gets to speak (quotes per speaker)"
    if kinds.empty:
        return empty(title, subtitle, "No quotes in the kept rows.")
    speakers = list(dict.fromkeys(kinds["speaker"]))[:top]
    rows = kinds[kinds["speaker"].isin(speakers)]
    fig = go.Figure()
    for kind in ("direct", "partial", "indirect"):
        part = rows[rows["kind"] == kind]
        if part.empty:
            continue
        fig.add_bar(
            x=part["quotes"],
            y=[esc(s) for s in part["speaker"]],
            orientation="h",
            name=KIND_NAMES[kind],
            marker_color=KIND_COLOURS[kind],
            customdata=part[["speaker"]].to_numpy(),
            hovertext=[
                f"<b>{esc(s)}</b><br>{n} {kind} quote{'s' if n != 1 else ''}"
                for s, n in zip(part["speaker"], part["quotes"], strict=True)
            ],
            hoverinfo="text",
        )
    fig.update_layout(barmode="stack")
    fig.update_yaxes(categoryorder="array", categoryarray=[esc(s) for s in speakers][::-1], title=None)
    fig.update_xaxes(title="quotes", rangemode="tozero", dtick=1 if rows["total"].max() <= 12 else None)
    return _finish(fig, title, subtitle, max(240, 170 + 30 * len(speakers)), legend=True)


def polarity_line(sentences: pd.DataFrame, subtitle: str, article: str = "") -> go.Figure:
    """Polarity and subjectivity sentence by sentence through one article; hover shows the sentence.

    ``sentences`` has the columns of ``aggregate.sentence_rows`` (sentence, text, polarity, subjectivity).
    """
    title = "Tone through the article" + (f": {article}" if article else "")
    if sentences.empty:
        return empty(title, subtitle)
    s = sentences.sort_values("sentence")
    hover = [wrap(t) for t in s["text"]]
    fig = make_subplots(
        rows=2,
        cols=1,
        shared_xaxes=True,
        row_heights=[0.62, 0.38],
        vertical_spacing=0.08,
        subplot_titles=("Polarity (−1 negative … +1 positive)", "Subjectivity (0 factual … 1 opinion)"),
    )
    fig.add_scatter(
        x=s["sentence"],
        y=s["polarity"],
        mode="lines+markers",
        line={"color": "#B0B7BB", "width": 1.5},
        marker={
            "size": 9,
            "color": s["polarity"],
            "colorscale": POLARITY_SCALE,
            "cmin": -1,
            "cmax": 1,
            "line": {"width": 0.5, "color": "#555"},
        },
        customdata=hover,
        hovertemplate="Sentence %{x} · polarity %{y:+.2f}<br><br>%{customdata}<extra></extra>",
        name="polarity",
        showlegend=False,
        row=1,
        col=1,
    )
    fig.add_bar(
        x=s["sentence"],
        y=s["subjectivity"],
        marker_color="#8E7CC3",
        customdata=hover,
        hovertemplate="Sentence %{x} · subjectivity %{y:.2f}<br><br>%{customdata}<extra></extra>",
        name="subjectivity",
        showlegend=False,
        row=2,
        col=1,
    )
    fig.add_hline(y=0, line={"color": "#888", "width": 1, "dash": "dot"}, row=1, col=1)
    fig.update_yaxes(range=[-1.05, 1.05], zeroline=False, row=1, col=1)
    fig.update_yaxes(range=[0, 1.05], row=2, col=1)
    fig.update_xaxes(title="sentence", row=2, col=1)
    fig.update_annotations(font={"size": 12, "color": "#555"}, x=0, xanchor="left")
    return _finish(fig, title, subtitle, 460)


def polarity_histogram(sentences: pd.DataFrame, subtitle: str) -> go.Figure:
    """How the sentences' polarity is distributed, coloured by sentiment label."""
    title = "Distribution of sentence polarity"
    if sentences.empty:
        return empty(title, subtitle)
    fig = go.Figure()
    for label in ("negative", "neutral", "positive"):
        part = sentences[sentences["label"] == label]
        if part.empty:
            continue
        fig.add_histogram(
            x=part["polarity"],
            name=label,
            marker_color=SENTIMENT_COLOURS[label],
            xbins={"start": -1.0, "end": 1.0001, "size": 0.1},
            hovertemplate="%{x}: %{y} sentences<extra>" + label + "</extra>",
        )
    fig.update_layout(barmode="stack")
    fig.update_xaxes(title="polarity", range=[-1.05, 1.05], dtick=0.25)
    fig.update_yaxes(title="sentences")
    return _finish(fig, title, subtitle, 380, legend=True)


def mean_polarity_bar(
    frame: pd.DataFrame, name_col: str, count_col: str, title: str, subtitle: str, top: int = 15
) -> go.Figure:
    """Mean polarity per entity or speaker, bars diverging from zero."""
    if frame.empty:
        return empty(title, subtitle)
    rows = frame.dropna(subset=["polarity"]).head(top)
    if rows.empty:
        return empty(title, subtitle)
    reach = max(0.1, float(rows["polarity"].abs().max())) * 1.2
    colours = [
        SENTIMENT_COLOURS["negative"] if v < 0 else SENTIMENT_COLOURS["positive"] if v > 0 else "#95A5A6"
        for v in rows["polarity"]
    ]
    fig = go.Figure(
        go.Bar(
            x=rows["polarity"],
            y=[esc(n) for n in rows[name_col]],
            orientation="h",
            marker_color=colours,
            customdata=rows[[name_col]].to_numpy(),
            hovertext=[
                f"<b>{esc(n)}</b><br>mean polarity {p:+.3f} over {c} {count_col}"
                for n, p, c in zip(rows[name_col], rows["polarity"], rows[count_col], strict=True)
            ],
            hoverinfo="text",
            text=[f"{p:+.2f}" for p in rows["polarity"]],
            textposition="outside",
            cliponaxis=False,
        )
    )
    fig.update_yaxes(categoryorder="array", categoryarray=[esc(n) for n in rows[name_col]][::-1], title=None)
    fig.update_xaxes(title="mean polarity", range=[-reach, reach], zeroline=True, zerolinecolor="#888")
    return _finish(fig, title, subtitle, max(220, 130 + 26 * len(rows)))
