"""The sidebar: which articles to analyse, and the filters every view applies."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import streamlit as st

from analysis.inputs.table_files import Columns
from dashboard import datafolder, tiers, web_source
from dashboard.filters import FULL_RANGE, Filters
from dashboard.inputs import UPLOAD_TYPES, FolderInput, Input, Source, folder_input, paste_input, seed_inputs
from dashboard.options import Options
from dashboard.style import type_name
from dashboard.ui import DEFAULTS, FILTER_KEYS, clear_filters


@dataclass
class Sources:
    """What the sidebar's first half chose: the inputs, how to read tables, analysis options, and
    why a typed data-folder path was refused (shown there, not analysed)."""

    inputs: list[Source]
    options: dict[str, str]
    columns: Columns
    refused: str | None = None


def sources() -> Sources:
    """The chosen inputs, and analysis options."""
    sb = st.sidebar
    sb.header("Articles")
    inputs: list[Source] = []
    if sb.checkbox("Bundled seed article", value=True, key="src_seed"):
        inputs += seed_inputs()
    files = sb.file_uploader(
        "Upload articles",
        type=UPLOAD_TYPES,
        accept_multiple_files=True,
        key="src_files",
        help="Articles as text (.txt, .md: headline on the first line) or PDF; saved web pages (.html, .htm, "
        ".html.gz) and web archives (.warc, .warc.gz: each HTML page one article); many at once as a table "
        "(CSV, JSONL, Parquet with a text column, optionally title, date, topics, source, url: names under "
        "*Table columns*) or a zip of any of these; sub-folders in a zip become topics.",
    )
    inputs += [Input(f.name, f.getvalue(), "upload") for f in files or []]
    folder, refused = _data_folder()
    if folder:
        inputs.append(folder)
    pasted = paste_input(
        sb.text_area(
            "Or paste an article",
            key="src_paste",
            height=110,
            placeholder="Headline on the first line, then the text.",
        )
    )
    if pasted:
        inputs.append(pasted)
    if urls := web_source.sidebar_input():
        inputs.append(urls)
    names = _column_names()
    options = {"sentiment_model": _sentiment_model()}
    return Sources(inputs, options, Columns(**names), refused)


# The two settings panels draw their widgets only while open (a closed panel costs the first page
# nothing); what was chosen is kept under a key of our own, since Streamlit forgets the state of a
# widget that a run does not draw.
def _kept(key: str, default: str) -> str:
    """A setting's value: its widget's state while the widget is drawn (or was just set), else the last
    value kept."""
    kept = st.session_state.setdefault("_settings", {})
    if key in st.session_state:
        kept[key] = st.session_state[key]
    return kept.get(key, default)


def _widget_value(key: str, value: str) -> dict[str, str]:
    """``value=`` for a widget drawn again after its panel was closed (its state gone), else nothing:
    passing both a value and a state set through the Session State API makes Streamlit warn."""
    return {} if key in st.session_state else {"value": value}


def _column_names() -> dict[str, str]:
    names = {field: (_kept(f"col_{field}", field) or "").strip() or field for field in COLUMN_HELP}
    panel = st.sidebar.expander("Table columns (CSV, JSONL, Parquet)", key="panel_columns", on_change="rerun")
    if panel.open:
        with panel:
            for field in COLUMN_HELP:
                key = f"col_{field}"
                st.text_input(field.capitalize(), key=key, help=COLUMN_HELP[field], **_widget_value(key, names[field]))
    return names


def _sentiment_model() -> str:
    choices = tiers.sentiment_choices()
    chosen = _kept("opt_sentiment_model", choices[0])
    if chosen not in choices:  # a tier this installation has lost since
        chosen = choices[0]
    panel = st.sidebar.expander("Analysis options", key="panel_options", on_change="rerun")
    if panel.open:
        with panel:
            st.radio(
                "Targeted sentiment (how each sentence treats each entity)",
                choices,
                key="opt_sentiment_model",
                horizontal=True,
                **({} if "opt_sentiment_model" in st.session_state else {"index": choices.index(chosen)}),
            )
            for tier, why in tiers.missing_tiers().items():
                st.caption(f"The {tier} tier is not available here: {why}")
    return chosen


COLUMN_HELP = {
    "text": "The column holding each article's text (required).",
    "title": "The headline (optional).",
    "date": "The publication date (optional; enables the charts over time).",
    "topics": "Topics or tags, separated by ; , or | (optional).",
    "source": "The outlet (optional).",
    "url": "The article's address (optional).",
}


def _data_folder() -> tuple[FolderInput | None, str | None]:
    """A file or folder from the server's data folder (only when one is configured). The picker lists
    folders and files; a path can also be typed, relative to the data folder."""
    folder, problem = datafolder.configured()
    if folder is None:
        if problem:
            st.sidebar.caption(f"Data folder unavailable: {problem}.")
        return None, None
    picked = st.sidebar.selectbox(
        "From the data folder",
        datafolder.choices(folder.root),
        index=None,
        key="src_folder",
        accept_new_options=True,
        placeholder="Pick or type a folder or file…",
        help="Paths relative to the server's data folder (set by NEWSLENS_DATA_DIR); a folder is read "
        "with its sub-folders, whose names become topics. Nothing outside the data folder is read.",
    )
    if not picked:
        return None, None
    try:
        return folder_input(folder.root, picked), None
    except datafolder.OutsideDataFolder as exc:
        # Our own words only: the typed path is not echoed into a Markdown-rendering element.
        st.sidebar.error(f"Not read: {exc}.", icon=":material/block:")
        return None, str(exc)


def _facet(
    facet: str, label: str, values: list[str], fmt: Callable[[str], str], placeholder: str, help: str
) -> list[str]:
    """A searchable multiselect bound to the facet's session-state key."""
    key = FILTER_KEYS[facet]
    chosen = st.session_state.get(key)
    if chosen:
        # Selections the loaded articles no longer offer are dropped (the widget refuses unknown values).
        allowed = set(values)
        st.session_state[key] = [v for v in chosen if v in allowed]
    return st.sidebar.multiselect(label, values, format_func=fmt, key=key, placeholder=placeholder, help=help)


def filters(opts: Options, more: Callable[[], bool] | None = None) -> Filters:
    """The filter widgets; ``more`` draws further ones (authors, language) before the clear button and
    says whether any of them is set."""
    sb = st.sidebar
    sb.header("Filters")
    for facet, key in FILTER_KEYS.items():
        st.session_state.setdefault(key, DEFAULTS[facet])

    if "entities" not in opts.memo:
        ents = opts.entities
        opts.memo["entities"] = {
            n: f"{n} · {type_name(label)} ({count:,})"
            for n, label, count in zip(
                ents["name"].tolist(), ents["label"].tolist(), ents["count"].tolist(), strict=True
            )
        }
    entity_labels = opts.memo["entities"]
    entities = _facet(
        "entities",
        "Entity",
        list(entity_labels),
        entity_labels.__getitem__,
        "Type a name…",
        "Keeps the sentences that mention it and the quotes by or about it. "
        "Grouped by type, most mentioned first. Clicking a bar in the entity chart sets this too.",
    )
    types = _facet(
        "types",
        "Entity type",
        opts.types,
        type_name,
        "Any type",
        "Keeps sentences naming an entity of this type, and counts only entities of this type.",
    )
    if "topics" not in opts.memo:
        t = opts.topics
        opts.memo["topics"] = {
            topic: f"{topic} · " + " & ".join(k for k, on in (("tag", tag), ("key term", term)) if on)
            for topic, tag, term in zip(t["topic"].tolist(), t["tag"].tolist(), t["term"].tolist(), strict=True)
        }
    topic_labels = opts.memo["topics"]
    topics = _facet(
        "topics",
        "Topic",
        list(topic_labels),
        topic_labels.__getitem__,
        "Any topic",
        "An article's tags and key terms. Keeps the articles with the topic and, in them, "
        "the sentences containing the key term.",
    )
    if "speakers" not in opts.memo:
        opts.memo["speakers"] = {
            s: f"{s} ({n:,} quote{'s' if n != 1 else ''})"
            for s, n in zip(opts.speakers["speaker"].tolist(), opts.speakers["quotes"].tolist(), strict=True)
        }
    speaker_labels = opts.memo["speakers"]
    speakers = _facet(
        "speakers",
        "Speaker",
        list(speaker_labels),
        speaker_labels.__getitem__,
        "Anyone quoted",
        "Keeps this speaker's quotes and the sentences they are in. Clicking a bar in the speaker chart sets this too.",
    )
    polarity = sb.slider(
        "Sentiment (polarity) range",
        min_value=FULL_RANGE[0],
        max_value=FULL_RANGE[1],
        step=0.05,
        key=FILTER_KEYS["polarity"],
        help="Keeps sentences and quotes whose polarity lies in the range: −1 negative, 0 neutral, +1 positive.",
    )
    voices = _voice_facets(opts)
    f = Filters(
        entities=tuple(entities),
        types=tuple(types),
        topics=tuple(topics),
        speakers=tuple(speakers),
        polarity=(float(polarity[0]), float(polarity[1])),
        **voices,
    )
    more_active = more() if more else False
    sb.button("Clear all filters", on_click=clear_filters, disabled=not (f.active or more_active), key="clear_sidebar")
    return f


def _voice_facets(opts: Options) -> dict[str, tuple[str, ...]]:
    """The Sources view's facets: speaker gender, kind and role group (values with their quotes)."""
    labels = {"genders": "Speaker gender", "source_kinds": "Speaker kind", "role_groups": "Speaker role group"}
    helps = {
        "genders": "Keeps quotes by speakers of this gender, from the article's own words (pronouns, Mr/Ms, "
        "spokeswoman) or, marked as such, a confident first name. People only; unknown is an answer.",
        "source_kinds": "Named person, organisation, country or group, unnamed person, anonymous, unknown.",
        "role_groups": "What the speaker is, from the article's words for them (a lexicon of role words).",
    }
    out = {}
    for facet, counts in (opts.voices or {}).items():
        chosen = _facet(
            facet,
            labels[facet],
            list(counts),
            lambda v, counts=counts: f"{v} ({counts[v]:,} quote{'s' if counts[v] != 1 else ''})",
            "Any",
            helps[facet],
        )
        out[facet] = tuple(chosen)
    return out
