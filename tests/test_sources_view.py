"""The Sources view: shares with Wilson intervals, framing, comparison, the new filters, the tab."""

from __future__ import annotations

import math

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.corpus.tables import to_tables
from analysis.inputs.raw import RawArticle
from analysis.pipeline import analyze
from analysis.records import GENDERS, ROLE_GROUPS, SPEAKER_KINDS
from dashboard import charts_sources, filtering, filters, sources_data
from dashboard.options import offered
from tests.apptest import frame, run_app

KHAN = "Shafqat Ali Khan"


def test_wilson_interval_known_values():
    lo, hi = sources_data.wilson(0, 10)
    assert lo == 0 and math.isclose(hi, 0.2775, abs_tol=1e-4)
    lo, hi = sources_data.wilson(5, 10)
    assert math.isclose(lo, 0.2366, abs_tol=1e-4) and math.isclose(hi, 0.7634, abs_tol=1e-4)
    assert sources_data.wilson(0, 0) == (0.0, 1.0)


_voice = st.fixed_dictionaries(
    {
        "kind": st.sampled_from(SPEAKER_KINDS),
        "gender": st.sampled_from(GENDERS),
        "role_group": st.sampled_from(ROLE_GROUPS),
        "words": st.integers(min_value=1, max_value=60),
    }
)


@settings(max_examples=60, deadline=None)
@given(st.lists(_voice, min_size=1, max_size=40))
def test_shares_add_up_to_one_with_unknowns_counted(rows):
    v = pd.DataFrame(rows)
    for attribute in ("gender", "kind", "role_group"):
        s = sources_data.shares(v, attribute)
        counted = v[v["kind"].isin(sources_data.PEOPLE)] if attribute == "gender" else v
        assert int(s["quotes"].sum()) == len(counted)
        if len(counted):
            assert math.isclose(s["quote_share"].sum(), 1.0)
            assert math.isclose(s["word_share"].sum(), 1.0)
            assert sources_data.unknown_count(s) == int((counted[attribute] == "unknown").sum())
        assert (s["quote_low"] <= s["quote_share"] + 1e-12).all() and (
            s["quote_share"] <= s["quote_high"] + 1e-12
        ).all()


@pytest.fixture(scope="module")
def tables():
    texts = [
        "Ward cuts\n\nSarah Jones runs the ward. “We cannot cope,” she said. She added that staff were tired.\n",
        "Budget\n\nThe budget was published. “It is fair,” said John Smith. The government said it would act. "
        "Officials claimed that the figures were right.\n",
    ]
    arts = [analyze(RawArticle(source=f"a{i}.txt", text=t, topics=[f"topic{i}"])) for i, t in enumerate(texts)]
    return to_tables(arts)


def test_voices_join_quotes_to_their_speakers(tables):
    v = sources_data.voices(tables)
    by = dict(zip(v["speaker"], v["gender"], strict=False))
    assert by["Sarah Jones"] == "female" and by["John Smith"] == "male"
    assert set(v.loc[v["speaker"] == "Officials", "kind"]) == {"anonymous"}
    assert set(v.loc[v["speaker"] == "Officials", "framing"]) == {"distancing"}
    assert (v["words"] > 0).all()


def test_gender_filter_keeps_only_those_speakers_quotes(tables):
    kept = filtering.apply(tables, filters.Filters(genders=("female",)))
    assert set(kept.quotes["speaker"]) == {"Sarah Jones"}
    kept = filtering.apply(tables, filters.Filters(source_kinds=("organisation",)))
    assert set(kept.quotes["speaker"]) == {"The government"}
    kept = filtering.apply(tables, filters.Filters(role_groups=("government official or spokesperson",)))
    assert {"The government", "Officials"} <= set(kept.quotes["speaker"])
    assert "Gender: female" in [c.label for c in filters.Filters(genders=("female",)).chips()]
    assert "gender female" in filters.Filters(genders=("female",)).describe()
    assert offered(tables).voices["genders"]["female"] == 2


def test_comparison_by_topic_and_framing_tables(tables):
    v = sources_data.voices(tables)
    groups = sources_data.group_of(tables, v)
    assert "topic" in groups
    compared = sources_data.shares_by(v, "kind", groups["topic"])
    for _, part in compared.groupby("group"):
        assert math.isclose(part["quote_share"].sum(), 1.0)
    framing = sources_data.framing_shares(v, "speaker")
    for _, part in framing.groupby("speaker"):
        assert math.isclose(part["share"].sum(), 1.0)


def test_charts_carry_values_intervals_and_escape_names():
    v = pd.DataFrame(
        {
            "speaker": ["<img src=x onerror=alert(1)>", "B"],
            "kind": ["named person", "organisation"],
            "gender": ["female", "unknown"],
            "role_group": ["politician", "business"],
            "framing": ["distancing", "neutral"],
            "words": [3, 5],
        }
    )
    s = sources_data.shares(v, "kind")
    fig = charts_sources.share_bar(s, "kind", "sub")
    bar = fig.data[0]
    assert [c[0] for c in bar.customdata] == list(SPEAKER_KINDS)
    assert bar.error_x.array is not None and len(bar.error_x.array) == len(SPEAKER_KINDS)
    assert "50% (1)" in fig.data[1].text
    fig = charts_sources.framing_bar(sources_data.framing_shares(v, "speaker"), "speaker", "sub")
    shown = " ".join(str(t.y) + str(t.hovertext) for t in fig.data)
    assert "<img" not in shown and "&lt;img" in shown
    words = charts_sources.share_bar(s, "kind", "sub", measure="words")
    assert words.layout.title.text.startswith("<b>Share of quoted words")


def test_voice_tips_say_role_and_gender_evidence(tables):
    tips = sources_data.voice_tips(tables.speakers)
    assert tips["Sarah Jones"].startswith("named person") and "female: she x2" in tips["Sarah Jones"]


def test_sources_tab_on_the_seed():
    at = run_app(view="Sources")
    speakers = frame(at, "tbl_src_speakers")
    khan = speakers[speakers["name"] == KHAN].iloc[0]
    assert khan["role"] == "a spokesman for the ministry" and khan["gender"] == "male"
    assert "he x" in khan["gender_evidence"]
    quotes = frame(at, "tbl_src_quotes")
    assert len(quotes) == 16
    only_orgs = run_app(view="Sources", f_source_kinds=["organisation"])
    assert set(frame(only_orgs, "tbl_src_quotes")["speaker"]) == {"Pakistan’s Foreign Ministry"}
