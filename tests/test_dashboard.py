"""The Streamlit app end to end in-process (``streamlit.testing.v1.AppTest``): every tab on the seed,
the filters, click-to-filter, escaping of untrusted text, and the no-browser export path."""

from __future__ import annotations

import os

import pytest
from streamlit.testing.v1 import AppTest

from analysis.corpus.tables import to_tables
from dashboard import aggregate, inputs, loading, tiers, ui
from dashboard.stats import naming
from dashboard.style import UNATTRIBUTED
from dashboard.views import VIEWS
from tests.apptest import frame, run_app

KHAN = "Shafqat Ali Khan"
TABS = [v.TITLE for v in VIEWS]


def run(view: str = "Overview", **state) -> AppTest:
    return run_app(view=view, **state)


@pytest.fixture(scope="module", autouse=True)
def private_store(tmp_path_factory):
    """The analysis store in a folder of this test module's own."""
    old = os.environ.get("NEWSLENS_CACHE_DIR")
    os.environ["NEWSLENS_CACHE_DIR"] = str(tmp_path_factory.mktemp("store"))
    yield
    if old is None:
        del os.environ["NEWSLENS_CACHE_DIR"]
    else:
        os.environ["NEWSLENS_CACHE_DIR"] = old


@pytest.fixture(scope="module")
def seed_tables(seed_article):
    return to_tables([seed_article])


@pytest.mark.parametrize("view", TABS)
def test_every_tab_renders_on_the_seed_without_input(view):
    at = run(view)
    assert at.title[0].value == "NewsLens"
    assert not at.error


def test_overview_numbers_are_the_seed_numbers(seed_tables):
    at = run("Overview")
    o = aggregate.overview(seed_tables)
    metrics = {m.label.split(" · ")[0]: m.value for m in at.metric}
    assert metrics["Sentences"] == str(o.sentences)
    assert metrics["Entities"] == str(o.entities)
    assert metrics["Quotes"] == str(o.quotes)
    assert metrics["Speakers"] == str(o.speakers)
    assert metrics["Top entity"] == o.top_entity
    assert metrics["Top speaker"] == o.top_speaker
    assert metrics["Mean polarity"] == f"{o.mean_polarity:+.3f}"


def test_khan_filter_quote_table_has_his_quotes(seed_tables):
    at = run("Quotes", f_entities=[KHAN])
    quotes = frame(at, "tbl_quotes")
    assert set(quotes["speaker"]) == {KHAN}
    assert len(quotes) == (seed_tables.quotes["speaker"] == KHAN).sum()
    # The 11: his quoted words (9 direct, 2 partial); reported speech comes on top.
    assert quotes["kind"].isin(["direct", "partial"]).sum() == 11


def test_khan_filter_sentence_table_only_names_him(seed_tables):
    at = run("Sentiment", f_entities=[KHAN])
    sentences = frame(at, "tbl_sentences")
    # The sentences that name him; those that only refer to him ("he said") are not his.
    named = naming(seed_tables.mentions)
    named = named.loc[named["entity"] == KHAN, "sentence"]
    assert len(sentences) > 0 and sorted(sentences["sentence"] - 1) == sorted(set(named))
    assert all("Khan" in text for text in sentences["text"])
    assert all(KHAN in e for e in sentences["entities"])


def test_filter_shows_chips_and_clear_resets_every_view():
    at = run("Sentiment", f_entities=[KHAN], f_polarity=(0.0, 1.0))
    chips = " ".join(h.value for h in at.html)
    assert "Entity: Shafqat Ali Khan" in chips and "Polarity +0.00 to +1.00" in chips
    filtered = len(frame(at, "tbl_sentences"))
    at.button(key="clear_chips").click().run()
    assert not at.exception
    assert at.session_state["f_entities"] == [] and tuple(at.session_state["f_polarity"]) == (-1.0, 1.0)
    assert len(frame(at, "tbl_sentences")) > filtered
    assert "Entity: " not in " ".join(h.value for h in at.html)


def test_topic_filter_changes_what_is_shown(seed_tables):
    terms = [t for t in seed_tables.articles["key_terms"].iat[0] if t not in seed_tables.articles["topics"].iat[0]]
    everything = frame(run("Sentiment"), "tbl_sentences")
    at = run("Sentiment", f_topics=[terms[-1]])
    kept = frame(at, "tbl_sentences")
    assert 0 < len(kept) < len(everything)
    assert all(terms[-1] in k for k in kept["key_terms"])
    # The entity table recounts from the kept sentences too.
    at = run("Entities", f_topics=[terms[-1]])
    assert frame(at, "tbl_entities")["count"].sum() < seed_tables.entities["count"].sum()


def test_speaker_filter_and_sentiment_range_apply_to_the_article_view():
    at = run("Article", f_speakers=[KHAN])
    body = next(h.value for h in at.html if "nl-article" in h.value)
    assert "opacity: 0.38" in body  # sentences without his quotes are dimmed
    at = run("Quotes", f_polarity=(0.1, 1.0))
    assert (frame(at, "tbl_quotes")["polarity"] >= 0.1).all()


def test_clicking_a_bar_sets_the_filter(monkeypatch):
    state = {
        "chart": {"selection": {"points": [{"customdata": [KHAN], "y": KHAN, "point_index": 2}]}},
        "f_entities": [],
    }
    monkeypatch.setattr(ui.st, "session_state", state)
    ui.set_filter_from_chart("chart", "entities")
    assert state["f_entities"] == [KHAN]
    state["chart"] = {"selection": {"points": []}}  # a click on empty space changes nothing
    ui.set_filter_from_chart("chart", "entities")
    assert state["f_entities"] == [KHAN]


def test_entity_and_speaker_charts_are_click_to_filter():
    from streamlit.proto.PlotlyChart_pb2 import PlotlyChart

    at = run("Overview")
    charts = at.get("plotly_chart")
    assert len(charts) == 2
    for chart in charts:
        # A chart with a selection callback is a widget (it has an id clicks are sent to), selecting points.
        assert chart.proto.id
        assert list(chart.proto.selection_mode) == [PlotlyChart.SelectionMode.POINTS]
        assert '"customdata"' in chart.proto.spec


ATTACK = (
    "<img src=x onerror=alert(1)> Evil headline **bold** $x$\n\n"
    "Mallory Jones said <script>alert(2)</script> it was [a link](javascript:alert(3)).\n\n"
    '“=HYPERLINK("http://x") is fine,” Mallory Jones told reporters.\n'
)


def test_pasted_text_is_escaped_everywhere():
    at = run("Article", src_seed=False, src_paste=ATTACK)
    html = " ".join(h.value for h in at.html)
    assert "<img" not in html and "<script" not in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    assert "&lt;script&gt;alert(2)&lt;/script&gt;" in html
    assert "&#36;x&#36;" in html  # no LaTeX either
    for view in TABS:
        run(view, src_seed=False, src_paste=ATTACK)  # no exception anywhere


def test_several_articles_at_once():
    at = run("Articles", src_paste="Second story\n\nBob Smith said the market in Paris was calm.\n")
    articles = frame(at, "tbl_articles")
    assert len(articles) == 2
    assert "article" in frame(run("Quotes", src_paste="Second\n\n“Fine,” Bob Smith said.\n"), "tbl_quotes")


def test_quotes_with_no_speaker_are_not_counted_as_a_speaker():
    """The speakers table gives the quotes with no speaker found a line of their own; the heading
    counts the speakers, as the Overview does."""
    text = "Market notes\n\n“Nobody knows what comes next.”\n\nPrices fell. “Prices will fall,” Bob Smith said.\n"
    at = run("Quotes", src_seed=False, src_paste=text)
    speakers = frame(at, "tbl_speakers")
    assert list(speakers["speaker"]) == ["Bob Smith", UNATTRIBUTED]
    assert "Speakers (1)" in [h.value for h in at.subheader]
    assert {m.label: m.value for m in run("Overview", src_seed=False, src_paste=text).metric}["Speakers"] == "1"


def test_unreadable_and_duplicate_inputs_are_reported():
    seed = inputs.seed_inputs()[0]
    corpus = loading.load(
        [seed, inputs.Input("copy.txt", seed.data, "upload"), inputs.Input("empty.txt", b"", "upload")]
    )
    assert corpus.n_articles == 1
    assert corpus.errors == [{"source": "empty.txt", "error": "the file is empty"}]
    assert "copy.txt has the same text as seeds/" in corpus.notes[0]
    at = run("Overview", src_seed=False)
    assert "No articles loaded" in at.info[0].value


def test_without_a_browser_image_buttons_say_how_to_get_one(monkeypatch):
    monkeypatch.setenv("BROWSER_PATH", "/nonexistent/chromium")
    at = run("Entities", export_ch_entities=True)  # the chart's Export menu open
    buttons = {b.proto.label: b for b in at.download_button}
    png = next(b for label, b in buttons.items() if label.startswith("PNG"))
    assert png.proto.disabled
    assert "apt-get install chromium" in png.help
    html = next(b for label, b in buttons.items() if label == "HTML")
    assert not html.proto.disabled
    # The rest of the app works: the entity table is drawn with the seed's entities.
    assert frame(at, "tbl_entities").set_index("name").loc[KHAN, "count"] == 6


def test_only_unreadable_inputs_with_a_filled_store():
    loading.clear_cache()  # analyse again, so this module's store holds the seed
    loading.load(inputs.seed_inputs())
    corpus = loading.load([inputs.Input("blank.md", b"   \n", "upload")])
    assert corpus.n_articles == 0
    assert corpus.errors == [{"source": "blank.md", "error": "the file holds only white space"}]


def test_uploads_take_every_format_the_cli_reads():
    assert {"txt", "md", "pdf", "csv", "jsonl", "parquet", "zip"} <= set(inputs.UPLOAD_TYPES)
    table = b"title,text\nFirst,Bob Smith said the market in Paris was calm.\nSecond,Carol Jones won.\n"
    corpus = loading.load([inputs.Input("two.csv", table, "upload")])
    assert corpus.n_articles == 2
    assert set(corpus.tables.articles["title"]) == {"First", "Second"}


def test_closed_panels_and_export_menus_draw_no_widgets_but_keep_their_settings():
    at = run("Overview")
    assert not at.radio and not [t for t in at.text_input if t.key.startswith("col_")]
    labels = {b.proto.label for b in at.download_button}
    assert labels == {"Whole analysis (JSON)"}  # the charts' PNG/SVG/HTML wait in their closed menus
    at.session_state["panel_options"] = True
    at.run()
    at.radio(key="opt_sentiment_model").set_value("none").run()
    at.session_state["panel_options"] = False
    at.run()
    assert not at.radio and not at.exception
    assert at.session_state["_settings"]["opt_sentiment_model"] == "none"  # what the next load is asked for
    at.session_state["export_ov_entities"] = True
    at.run()
    assert {"PNG", "SVG", "HTML"} <= {b.proto.label for b in at.download_button}


def test_a_missing_sentiment_tier_is_named_with_its_install_command(monkeypatch):
    import analysis.extract.targeted as targeted

    monkeypatch.setattr(targeted, "_strong_missing", lambda: "the strong sentiment model needs torch: x")
    assert tiers.missing_tiers() == {"strong": "the strong sentiment model needs torch: x"}
    at = run("Overview", panel_options=True)  # the Analysis options panel open
    assert [o for o in at.radio(key="opt_sentiment_model").options] == ["light", "none"]
    assert any("strong tier is not available here" in c.value and "needs torch" in c.value for c in at.caption)
    monkeypatch.setattr(targeted, "_strong_missing", lambda: None)
    assert tiers.missing_tiers() == {}
