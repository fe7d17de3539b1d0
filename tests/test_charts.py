"""Chart builders as plain functions: DataFrame in, Figure out, no Streamlit."""

from __future__ import annotations

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import pytest
from test_filters import corpus

from analysis.corpus.tables import to_tables
from dashboard import aggregate, charts
from dashboard.filtering import apply
from dashboard.filters import Filters
from dashboard.style import KIND_COLOURS, TYPE_COLOURS

SUB = "2 articles · all sentences and quotes"


@pytest.fixture(scope="module")
def tables():
    return to_tables(corpus())


def test_entity_bar_colours_by_type_and_carries_raw_names_for_clicks(tables):
    counts = aggregate.entity_counts(tables)
    fig = charts.entity_bar(counts, SUB, top=3)
    assert isinstance(fig, go.Figure)
    shown = [n for trace in fig.data for n in trace.y]
    assert sorted(shown) == sorted(counts["name"].head(3))
    for trace in fig.data:
        label = next(k for k, v in TYPE_COLOURS.items() if v == trace.marker.color)
        assert all(counts.set_index("name").loc[c[0], "label"] == label for c in trace.customdata)
    # Most mentioned at the top of a horizontal bar chart: last in the category array.
    assert list(fig.layout.yaxis.categoryarray)[-1] == counts["name"].iat[0]
    assert "Who and what is mentioned most" in fig.layout.title.text
    assert fig.layout.title.subtitle.text == SUB


def test_speaker_bar_stacks_kinds(tables):
    fig = charts.speaker_bar(aggregate.speaker_kinds(tables), SUB)
    assert fig.layout.barmode == "stack"
    kinds = {t.name: t for t in fig.data}
    assert set(kinds) == {"Direct", "Indirect"}
    assert kinds["Direct"].marker.color == KIND_COLOURS["direct"]
    direct = dict(zip([c[0] for c in kinds["Direct"].customdata], kinds["Direct"].x, strict=True))
    # quotes with no speaker found never rank among the speakers
    assert direct == {"Bob Smith": 1, "Carol Jones": 1}
    assert aggregate.overview(tables).unattributed == 1
    table = aggregate.speaker_table(tables)
    assert table["speaker"].iat[-1] == "(no speaker found)" and table["quotes"].iat[-1] == 1


def test_cooccurrence_is_the_count_of_sentences_sharing_each_pair(tables):
    # Counted by integer codes: the same as counting, for each pair, the sentences naming both.
    names = list(aggregate.entity_counts(tables)["name"])
    matrix = aggregate.cooccurrence(tables, top=len(names))
    m = tables.mentions[tables.mentions["entity"].isin(names)]
    named = m.groupby(["article_id", "sentence"])["entity"].agg(set)
    for a in names:
        for b in names:
            assert matrix.loc[a, b] == sum(1 for s in named if a in s and b in s), (a, b)


def test_cooccurrence_counts_shared_sentences(tables):
    matrix = aggregate.cooccurrence(tables)
    assert matrix.loc["Alpha Corp", "Bob Smith"] == 1  # sentence 3 of "one"
    assert matrix.loc["Paris", "Carol Jones"] == 1
    assert matrix.loc["Paris", "Bob Smith"] == 0
    assert matrix.loc["Alpha Corp", "Alpha Corp"] == 2  # sentences naming it
    fig = charts.cooccurrence_heatmap(matrix, SUB)
    z = fig.data[0].z
    assert all(pd.isna(z[i][i]) for i in range(len(z)))  # an entity with itself is not a pair
    pairs = aggregate.cooccurrence_pairs(matrix)
    assert len(pairs) == 2 and set(pairs["sentences"]) == {1}


def test_polarity_line_hover_shows_the_sentence(tables):
    rows = aggregate.sentence_rows(tables)
    one = rows[rows["article_id"] == "one"]
    fig = charts.polarity_line(one, SUB, article="Article one")
    line, bars = fig.data
    assert list(line.y) == list(one["polarity"])
    assert list(bars.y) == list(one["subjectivity"])
    assert "Alpha Corp shares fell sharply." in line.customdata[0]
    assert "%{customdata}" in line.hovertemplate


def test_histogram_and_mean_polarity_bars(tables):
    rows = aggregate.sentence_rows(tables)
    hist = charts.polarity_histogram(rows, SUB)
    assert sum(sum(t.y) for t in hist.data) == len(rows)  # binned here: counts, not every value
    by_label = {t.name: dict(zip(t.x, t.y, strict=True)) for t in hist.data}
    for label, pol in zip(rows["label"], rows["polarity"], strict=True):
        lower = np.floor(round((pol + 1) * 10, 6)) / 10 - 1  # the bin's left edge, 0.1 wide from -1
        assert by_label[label][min(round(lower + 0.05, 2), 0.95)] > 0  # each sentence's bin is counted
    spk = aggregate.speaker_sentiment(tables)
    fig = charts.mean_polarity_bar(spk, "speaker", "quotes", "Tone of each speaker's quotes", SUB)
    assert dict(zip([c[0] for c in fig.data[0].customdata], fig.data[0].x, strict=True))["Bob Smith"] == 0.0


def test_article_text_never_becomes_plotly_markup():
    counts = pd.DataFrame(
        {
            "name": ['<a href="javascript:alert(1)">x</a>', "<b>bold</b> & co"],
            "label": ["ORG", "PERSON"],
            "type": ["Organisation", "Person"],
            "count": [2, 1],
            "sentences": [2, 1],
        }
    )
    fig = charts.entity_bar(counts, "filtered by entity <script>")
    labels = [y for t in fig.data for y in t.y]
    assert '&lt;a href="javascript:alert(1)"&gt;x&lt;/a&gt;' in labels
    assert "&lt;b&gt;bold&lt;/b&gt; &amp; co" in labels
    assert fig.layout.title.subtitle.text == "filtered by entity &lt;script&gt;"
    assert all("<a " not in h for t in fig.data for h in t.hovertext)
    # The raw name still travels for click-to-filter.
    assert [c[0] for t in fig.data for c in t.customdata][0] == counts["name"][0]


def test_empty_input_gives_a_titled_empty_chart(tables):
    nothing = apply(tables, Filters(entities=("Paris",), types=("PERSON",)))
    for fig in (
        charts.entity_bar(aggregate.entity_counts(nothing), SUB),
        charts.speaker_bar(aggregate.speaker_kinds(nothing), SUB),
        charts.polarity_histogram(aggregate.sentence_rows(nothing), SUB),
        charts.cooccurrence_heatmap(aggregate.cooccurrence(nothing), SUB),
    ):
        assert fig.layout.title.text and fig.layout.annotations


def test_seed_charts_build(seed_article):
    t = to_tables([seed_article])
    assert charts.entity_bar(aggregate.entity_counts(t), SUB).data
    assert charts.speaker_bar(aggregate.speaker_kinds(t), SUB).data
    assert charts.polarity_line(aggregate.sentence_rows(t), SUB).data


def test_article_markup_escapes_and_dims_what_the_filter_drops():
    from dashboard import highlight

    text = "Bob <b>said</b> “$5 & more,” he said. Nothing else."
    mentions = pd.DataFrame({"start": [0], "end": [3], "label": ["PERSON"], "entity": ["Bob Smith"]})
    quotes = pd.DataFrame(
        {
            "start": [text.index("$")],
            "end": [text.index(",”") + 1],
            "speaker": ["Bob Smith"],
            "speaker_start": [text.index("he said")],
            "speaker_end": [text.index("he said") + 2],
            "cue": ["said"],
            "kind": ["direct"],
        }
    )
    marks = highlight.spans(mentions, quotes, focus_entities=["Bob Smith"])
    colours = {"Bob Smith": "#7E57C2"}
    # Kept: the quote (it overlaps the first sentence's end) and the first sentence.
    html = highlight.article_html(text, marks, colours, kept=[(0, 38), (text.index("$"), text.index(",”") + 1)])
    assert "<b>" not in html and "&lt;b&gt;said&lt;/b&gt;" in html
    assert "&#36;5 &amp; more" in html
    assert 'title="Person: Bob Smith"' in html and "font-weight: 600" in html  # the focused entity
    assert 'title="direct quote by Bob Smith, cue “said”' in html
    assert html.count("opacity: 0.38") == 1  # only " Nothing else." is dimmed
    assert html.endswith("</div>") and "Nothing else." in html.split("opacity: 0.38")[1]


def test_counts_show_thousands_separators():
    counts = pd.DataFrame(
        {"name": ["UK", "Britain"], "label": ["GPE", "GPE"], "count": [13862, 985], "articles": [1200, 3]}
        | {"sentences": [9000, 700], "polarity": [0.1, 0.0], "sentiment": ["neutral", "neutral"]}
        | {"aliases": [["U.K."], []]}
    )
    fig = charts.entity_bar(counts, "", top=2)
    assert fig.layout.separators == ".,"  # Plotly's "," format: 13,862
    assert all(t.texttemplate == "%{text:,}" for t in fig.data)
    from dashboard.header import _plural

    assert _plural(13862, "article") == "13,862 articles"
    assert fig.layout.xaxis.tickformat == ",~g"  # the axis too: "1,500", not "1500"


def test_tables_group_thousands_and_show_no_negative_zero():
    import streamlit as st

    from dashboard import ui

    frame = pd.DataFrame(
        {"speaker": ["A", "B"], "quotes": [1545, 3], "start": [10234, 5], "polarity": [-0.001, 0.25]}
        | {"articles": [1200, 1], "share": [0.5, 0.25]}
    )
    config = ui.count_columns(frame, {"polarity": ui.POLARITY_COLUMN, "articles": st.column_config.NumberColumn("n")})
    assert config["quotes"]["type_config"]["format"] == "%,d"
    assert config["articles"]["type_config"]["format"] == "%,d" and config["articles"]["label"] == "n"
    assert "start" not in config and "share" not in config  # offsets and fractions are not counts
    assert config["polarity"]["type_config"]["format"] == "%+.2f"  # a column's own format stays
    shown = ui.signed_for_display(frame, config)
    assert str(shown["polarity"][0]) == "0.0" and shown["polarity"][1] == 0.25
    assert frame["polarity"][0] == -0.001  # the CSV keeps the value itself


def test_every_bar_keeps_its_name_with_a_legend_of_several_types():
    # The seed's Overview, in a half-width column: four types stacked under the plot squeezed it so
    # Plotly labelled every other name (Pakistan, Shafqat Ali Khan, Taliban went unnamed).
    names = ["Pakistan", "Afghanistan", "Shafqat Ali Khan", "Afghan", "Taliban", "China", "TTP", "Zardari"]
    labels = ["GPE", "GPE", "PERSON", "NORP", "ORG", "GPE", "ORG", "PERSON"]
    counts = pd.DataFrame(
        {"name": names, "label": labels, "count": [9, 6, 6, 5, 5, 4, 3, 1], "articles": [1] * 8}
        | {"sentences": [1] * 8, "polarity": [0.0] * 8, "sentiment": ["neutral"] * 8, "aliases": [[]] * 8}
    )
    fig = charts.entity_bar(counts, "", top=8)
    assert fig.layout.yaxis.dtick == 1 and fig.layout.yaxis.tickmode == "linear"
    one_type = charts.entity_bar(counts.assign(label="GPE"), "", top=8)
    assert fig.layout.height == one_type.layout.height + 2 * 20  # two legend rows beyond the first two
