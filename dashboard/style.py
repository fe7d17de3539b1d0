"""Names and colours shared by the charts, the tables and the highlighted article text.

Colours come from the Okabe–Ito palette (distinguishable with the common colour-vision deficiencies);
every entity type keeps the same colour in every view and in exported images.
"""

from __future__ import annotations

#: spaCy's entity labels in words a journalist uses.
TYPE_NAMES: dict[str, str] = {
    "PERSON": "Person",
    "ORG": "Organisation",
    "GPE": "Country / city",
    "LOC": "Place",
    "NORP": "Group / nationality",
    "FAC": "Building / facility",
    "EVENT": "Event",
    "PRODUCT": "Product",
    "LAW": "Law",
    "WORK_OF_ART": "Work",
}

TYPE_COLOURS: dict[str, str] = {
    "PERSON": "#0072B2",
    "ORG": "#E69F00",
    "GPE": "#009E73",
    "LOC": "#56B4E9",
    "NORP": "#CC79A7",
    "FAC": "#D55E00",
    "EVENT": "#8C6D31",
    "PRODUCT": "#7F7F7F",
    "LAW": "#882255",
    "WORK_OF_ART": "#44AA99",
}
OTHER_COLOUR = "#AAAAAA"

KIND_NAMES = {"direct": "Direct", "partial": "Partial", "indirect": "Indirect"}
KIND_COLOURS = {"direct": "#1F4E79", "partial": "#4F8FC0", "indirect": "#A9CCE3"}

SENTIMENT_COLOURS = {"negative": "#C0392B", "neutral": "#95A5A6", "positive": "#1E8449"}
#: Polarity from -1 (red) through 0 (grey) to +1 (green).
POLARITY_SCALE = [[0.0, "#C0392B"], [0.5, "#D5DBDB"], [1.0, "#1E8449"]]

#: Speakers get these in order of how often they are quoted.
#: Hues kept apart from the entity-type colours, so a quote band never reads as an entity type.
SPEAKER_PALETTE = [
    "#7E57C2",
    "#C2185B",
    "#3949AB",
    "#9E9D24",
    "#00838F",
    "#A0522D",
    "#546E7A",
    "#C49A00",
    "#6A1B9A",
    "#2E7D32",
]

#: How a quote without a speaker is shown (and filtered on).
UNATTRIBUTED = "(no speaker found)"

FONT = "Inter, Source Sans Pro, Helvetica, Arial, sans-serif"


def type_name(label: str) -> str:
    return TYPE_NAMES.get(label, label.replace("_", " ").title())


def type_colour(label: str) -> str:
    return TYPE_COLOURS.get(label, OTHER_COLOUR)


def speaker_colours(speakers: list[str]) -> dict[str, str]:
    """Speaker -> colour, cycling the palette; the unattributed bucket is always grey."""
    out: dict[str, str] = {}
    named = [s for s in speakers if s != UNATTRIBUTED]
    for i, s in enumerate(named):
        out[s] = SPEAKER_PALETTE[i % len(SPEAKER_PALETTE)]
    out[UNATTRIBUTED] = OTHER_COLOUR
    return out
