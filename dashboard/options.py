"""What the sidebar offers: entities grouped by type, topics (tags, then key terms), speakers,
from all loaded articles (not the filtered rows). No Streamlit here."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from analysis.corpus.tables import Tables
from dashboard.filtering import VOICE_FACETS, voice_columns
from dashboard.stats import speaker_of


@dataclass(frozen=True)
class Options:
    """What the sidebar offers, from all loaded articles (not from the filtered rows)."""

    entities: pd.DataFrame  # name, label, count: grouped by type, most mentioned first
    types: list[str]  # labels, most mentioned first
    topics: pd.DataFrame  # topic, tag (bool), term (bool), articles
    speakers: pd.DataFrame  # speaker, quotes
    #: the Sources facets' values present, each with its quotes: {"genders": {"female": 3, ...}}
    voices: dict[str, dict[str, int]] | None = None
    #: What the sidebar derives from these once per corpus (its choices and their labels), not on every
    #: rerun: a corpus offers thousands of entities.
    memo: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)


def offered(t: Tables) -> Options:
    ents = t.entities
    if ents.empty:
        entities = pd.DataFrame(columns=["name", "label", "count"])
        types: list[str] = []
    else:
        # Each name's label: the one the analysis gave it in most articles (ties: alphabetical).
        votes = ents.groupby(["name", "label"]).size().rename("n").reset_index()
        votes = votes.sort_values(["name", "n", "label"], ascending=[True, False, True]).drop_duplicates("name")
        entities = ents.groupby("name", as_index=False)["count"].sum()
        entities.insert(1, "label", entities["name"].map(votes.set_index("name")["label"]))
        type_totals = entities.groupby("label")["count"].sum().sort_values(ascending=False, kind="stable")
        types = list(type_totals.index)
        rank = {label: i for i, label in enumerate(types)}
        entities = entities.assign(_rank=entities["label"].map(rank))
        entities = entities.sort_values(["_rank", "count", "name"], ascending=[True, False, True])
        entities = entities.drop(columns="_rank").reset_index(drop=True)

    rows: dict[str, dict] = {}
    for tag_cell, term_cell in zip(t.articles["topics"], t.articles["key_terms"], strict=True):
        tags, terms = tag_cell, term_cell
        for topic in dict.fromkeys([*tags, *terms]):
            row = rows.setdefault(topic, {"topic": topic, "tag": False, "term": False, "articles": 0})
            row["tag"] |= topic in tags
            row["term"] |= topic in terms
            row["articles"] += 1
    topics = pd.DataFrame(list(rows.values()), columns=["topic", "tag", "term", "articles"])
    # Tags first (an editor chose them), then key terms by how many articles share them.
    topics = topics.sort_values(["tag", "articles", "topic"], ascending=[False, False, True], kind="stable")

    speakers = speaker_of(t.quotes).value_counts().rename_axis("speaker").reset_index(name="quotes")
    speakers = speakers.sort_values(["quotes", "speaker"], ascending=[False, True], kind="stable")
    voice = voice_columns(t)
    voices = {
        field_name: pd.Series(voice[column]).value_counts().to_dict() for field_name, column in VOICE_FACETS.items()
    }
    return Options(entities, types, topics.reset_index(drop=True), speakers.reset_index(drop=True), voices)
