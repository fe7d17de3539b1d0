"""Chart builders for the Sources view: frames from ``dashboard.sources_data`` in, Figures out.

Pure functions like ``dashboard.charts`` (whose figure frame and escaping they reuse): every share is
drawn with its 95% Wilson interval and labelled with its count, so a small sample does not pass for
a finding; bars carry their raw value in ``customdata`` for click-to-filter.
"""

from __future__ import annotations

from typing import Any

import pandas as pd
import plotly.graph_objects as go

from analysis.records import FRAMINGS
from dashboard.charts import GRID, _figure, _hbar_axis, empty, esc
from dashboard.sources_data import ATTRIBUTE_NAMES, ATTRIBUTES, UNKNOWN

FRAMING_COLOURS = {
    "neutral": "#95A5A6",
    "emphatic": "#E69F00",
    "distancing": "#D55E00",
    "conceding or confirming": "#009E73",
    "questioning": "#56B4E9",
    "other": "#CC79A7",
}
SHARE_COLOUR = "#0072B2"
UNKNOWN_COLOUR = "#BBBBBB"


def _pct(x: float) -> str:
    return f"{x:.0%}" if x >= 0.01 or x == 0 else "<1%"


def share_bar(frame: pd.DataFrame, attribute: str, subtitle: str, measure: str = "quotes") -> go.Figure:
    """Horizontal bars: each value's share of the kept quotes (``measure`` "quotes") or of their
    words ("words"), with the 95% interval as an error bar and the count in the label."""
    what = "quoted words" if measure == "words" else "quotes"
    title = f"Share of {what} by {ATTRIBUTE_NAMES.get(attribute, attribute)}"
    if frame.empty or int(frame["quotes"].sum()) == 0:
        return empty(title, subtitle, "No attributed quotes in the kept rows.")
    key = "word" if measure == "words" else "quote"
    share, lo, hi = frame[f"{key}_share"], frame[f"{key}_low"], frame[f"{key}_high"]
    counts = frame["words"] if measure == "words" else frame["quotes"]
    values = list(frame["value"])
    n = int(frame["quotes"].sum())
    labels = [f"{_pct(s)} ({int(c):,})" for s, c in zip(share, counts, strict=True)]
    trace: dict[str, Any] = {
        "type": "bar",
        "orientation": "h",
        "x": list(share),
        "y": [esc(v) for v in values],
        "marker": {"color": [UNKNOWN_COLOUR if v == UNKNOWN else SHARE_COLOUR for v in values]},
        "error_x": {
            "type": "data",
            "symmetric": False,
            "array": [h - s for s, h in zip(share, hi, strict=True)],
            "arrayminus": [s - low for s, low in zip(share, lo, strict=True)],
            "color": "#444",
            "thickness": 1.2,
            "width": 4,
        },
        "customdata": [[v] for v in values],
        "hovertext": [
            f"<b>{esc(v)}</b><br>{_pct(s)} of {what} ({int(c):,})<br>95% interval {_pct(a)} to {_pct(b)}"
            for v, s, c, a, b in zip(values, share, counts, lo, hi, strict=True)
        ],
        "hoverinfo": "text",
    }
    # The share and count stand right of the interval, clear of the error bar.
    label_trace = {
        "type": "scatter",
        "mode": "text",
        "x": [h + 0.015 for h in hi],
        "y": [esc(v) for v in values],
        "text": labels,
        "textposition": "middle right",
        "hoverinfo": "skip",
        "cliponaxis": False,
        "showlegend": False,
    }
    layout = {
        "yaxis": _hbar_axis(values),
        "xaxis": {
            "title": {"text": f"share of {n:,} quotes" if measure == "quotes" else f"share of {what}"},
            "range": [0, 1.25],
            "tickvals": [0, 0.2, 0.4, 0.6, 0.8, 1.0],
            "tickformat": ".0%",
            "gridcolor": GRID,
        },
    }
    return _figure([trace, label_trace], layout, title, subtitle, max(240, 150 + 34 * len(values)))


def framing_bar(frame: pd.DataFrame, by: str, subtitle: str) -> go.Figure:
    """100% stacked bars: how each speaker / role group / gender's quotes are framed ("who is said,
    who is claimed"); the bar label gives the number of quotes behind it."""
    title = f"Framing of quotes by {ATTRIBUTE_NAMES.get(by, by)}"
    if frame.empty:
        return empty(title, subtitle, "No attributed quotes in the kept rows.")
    names = list(dict.fromkeys(frame[by]))
    totals = frame.drop_duplicates(by).set_index(by)["total"]
    ticks = [f"{esc(n)} ({int(totals[n]):,})" for n in names]
    tick_of = dict(zip(names, ticks, strict=True))
    traces = []
    for framing in FRAMINGS:
        part = frame[frame["framing"] == framing]
        if part.empty:
            continue
        traces.append(
            {
                "type": "bar",
                "orientation": "h",
                "name": framing,
                "x": list(part["share"]),
                "y": [tick_of[n] for n in part[by]],
                "marker": {"color": FRAMING_COLOURS[framing]},
                "customdata": [[n] for n in part[by]],
                "hovertext": [
                    f"<b>{esc(n)}</b><br>{framing}: {q} of {t} quotes ({_pct(s)})"
                    for n, q, t, s in zip(part[by], part["quotes"], part["total"], part["share"], strict=True)
                ],
                "hoverinfo": "text",
            }
        )
    layout = {
        "barmode": "stack",
        "yaxis": {"categoryorder": "array", "categoryarray": ticks[::-1], "automargin": True},
        "xaxis": {"title": {"text": "share of the quotes"}, "tickformat": ".0%", "range": [0, 1], "gridcolor": GRID},
    }
    return _figure(traces, layout, title, subtitle, max(260, 170 + 30 * len(names)), legend=True)


def comparison_bar(frame: pd.DataFrame, attribute: str, group: str, subtitle: str) -> go.Figure:
    """Per outlet, topic or period: the share of each value of ``attribute``, side by side, with
    95% intervals; each group's label gives its number of quotes."""
    title = f"{ATTRIBUTE_NAMES.get(attribute, attribute).capitalize()} of the quoted, by {group}"
    if frame.empty:
        return empty(title, subtitle, "Nothing to compare in the kept rows.")
    frame = frame[frame["quotes"] > 0]
    groups = list(dict.fromkeys(frame["group"]))
    n_of = frame.drop_duplicates("group").set_index("group")["n"]
    ticks = {g: f"{esc(g)} ({int(n_of[g])})" for g in groups}
    traces = []
    present = set(frame["value"])
    order = [v for v in ATTRIBUTES.get(attribute, ()) if v in present] or list(dict.fromkeys(frame["value"]))
    for value in order:
        part = frame[frame["value"] == value]
        traces.append(
            {
                "type": "bar",
                "name": esc(value),
                "x": [ticks[g] for g in part["group"]],
                "y": list(part["quote_share"]),
                "marker": {"color": UNKNOWN_COLOUR} if value == UNKNOWN else {},
                "error_y": {
                    "type": "data",
                    "symmetric": False,
                    "array": list(part["quote_high"] - part["quote_share"]),
                    "arrayminus": list(part["quote_share"] - part["quote_low"]),
                    "thickness": 1,
                    "width": 3,
                },
                "customdata": [[value, g] for g in part["group"]],
                "hovertext": [
                    f"<b>{esc(g)}</b><br>{esc(value)}: {_pct(s)} ({q} of {int(n_of[g])} quotes)<br>"
                    f"95% interval {_pct(a)} to {_pct(b)}"
                    for g, q, s, a, b in zip(
                        part["group"],
                        part["quotes"],
                        part["quote_share"],
                        part["quote_low"],
                        part["quote_high"],
                        strict=True,
                    )
                ],
                "hoverinfo": "text",
            }
        )
    layout = {
        "barmode": "group",
        "xaxis": {"categoryorder": "array", "categoryarray": [ticks[g] for g in groups], "automargin": True},
        "yaxis": {
            "title": {"text": "share of the group's quotes"},
            "tickformat": ".0%",
            "range": [0, 1.05],
            "gridcolor": GRID,
        },
    }
    return _figure(traces, layout, title, subtitle, 420, legend=True)
