"""The corpus views through ``AppTest``, on small corpora the tests write: a folder tree in the data
folder (sub-folders become topics), a table with dated rows and its own column names, and a folder of
bad files. Every figure checked here is recounted from the analysis tables."""

from __future__ import annotations

import csv
import os
import re
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from analysis.inputs.table_files import Columns
from analysis.records import REFERENCE_LABELS
from dashboard import aggregate, datafolder, inputs, loading, ui
from tests.apptest import frame, run_app

DESK = {
    "politics/vote.txt": "Council backs housing plan\n\nThe council voted on Monday to back the housing plan. "
    "“It is a good day for the city,” said Mayor Jo Park. Critics said the plan was a disaster for renters. "
    "Alan Reed, a local landlord, said the rules were unfair.\n",
    "politics/budget.txt": "Budget row deepens\n\nMayor Jo Park defended the budget on Tuesday. “We have made hard "
    "choices,” she said. Opposition leader Sam Hill said the cuts were cruel and wrong. The council will vote "
    "again in March.\n",
    "sport/final.txt": "City win the cup final\n\nCity beat United 2-1 in a thrilling final at Wembley. “The players "
    "were magnificent,” said coach Ana Silva. United manager Tom Brook said his team had been unlucky. Fans "
    "celebrated in the streets of Leeds.\n",
    "sport/injury.txt": "Star striker injured\n\nCity striker Leo Grant will miss six weeks with a knee injury, coach "
    "Ana Silva said on Friday. “It is a terrible blow,” Silva said. The club said Grant had surgery in London.\n",
}
# A wire feed with its own column names; one date that does not parse.
WIRE = [
    ("2024-03-01", "economy", "Bank holds rates", "The Bank of England held rates on Thursday. “Inflation is "
     "falling,” said governor Andrew Bailey. Traders in London had expected the decision."),
    ("2024-03-15", "economy", "Jobs market cools", "Unemployment rose slightly in March, the Office for National "
     "Statistics said. Andrew Bailey said the Bank was watching wages closely."),
    ("2024-04-02", "economy; politics", "Chancellor promises growth", "Chancellor Rachel Reeves promised growth in "
     "a speech in Manchester. “We will get Britain building,” Reeves said. Andrew Bailey welcomed the plan."),
    ("sometime in spring", "politics", "Election date set", "The prime minister set the election for July, ending "
     "weeks of speculation in Westminster. Rachel Reeves said Labour was ready."),
]  # fmt: skip
WIRE_COLUMNS = {"col_text": "body", "col_title": "headline", "col_date": "published", "col_topics": "section"}


@pytest.fixture(scope="module", autouse=True)
def corpora(tmp_path_factory):
    """A data folder with the corpora, and an analysis store, of this module's own."""
    root = tmp_path_factory.mktemp("data")
    for rel, text in DESK.items():
        (root / "desk" / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / "desk" / rel).write_text(text)
    with open(root / "wire.csv", "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["published", "section", "headline", "body"])
        w.writerows(WIRE)
    bad = root / "bad"
    bad.mkdir()
    (bad / "good.txt").write_text(DESK["sport/final.txt"])
    (bad / "copy.txt").write_text(DESK["sport/final.txt"])
    (bad / "empty.txt").write_bytes(b"")
    (bad / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (bad / "table.csv").write_text("title,content\nA,B\n")
    outside = tmp_path_factory.mktemp("outside") / "secret.txt"
    outside.write_text("Secret memo\n\nNobody outside should read this.\n")
    (bad / "secret.txt").symlink_to(outside)

    old = {k: os.environ.get(k) for k in ("NEWSLENS_CACHE_DIR", datafolder.ENV_VAR)}
    os.environ["NEWSLENS_CACHE_DIR"] = str(tmp_path_factory.mktemp("store"))
    os.environ[datafolder.ENV_VAR] = str(root)
    yield root
    for k, v in old.items():
        if v is None:
            os.environ.pop(k, None)
        else:
            os.environ[k] = v


def run(view: str, source: str, **state) -> AppTest:
    return run_app(view=view, src_seed=False, src_folder=source, **state)


def chart_spec(at: AppTest, key: str) -> str:
    return at.get_by_key(f"box_{key}").get("plotly_chart")[0].proto.spec


def tables(source: str, **cols: str):
    """The analysis the app shows for ``source`` (the same loader, outside the app)."""
    root = Path(os.environ[datafolder.ENV_VAR])
    names = {k.removeprefix("col_"): v for k, v in cols.items()}
    return loading.load([inputs.folder_input(root, source)], cols=Columns(**names)).tables


def test_a_folder_tree_is_a_corpus_with_its_sub_folders_as_topics():
    at = run("Articles", "desk")
    rows = frame(at, "tbl_articles")
    assert len(rows) == 4
    assert {tuple(t) for t in rows["topics"]} == {("politics",), ("sport",)}
    assert set(rows["title"]) == {"Council backs housing plan", "Budget row deepens", "City win the cup final",
                                  "Star striker injured"}  # fmt: skip
    assert "4 articles loaded" in at.caption[0].value
    # Each article's counts are those of its own rows.
    t = tables("desk")
    title = dict(zip(t.articles["article_id"], t.articles["title"], strict=True))
    quotes = t.quotes.groupby(t.quotes["article_id"].map(title)).size()
    assert dict(zip(rows["title"], rows["quotes"], strict=True)) == {k: quotes.get(k, 0) for k in rows["title"]}


def test_table_column_names_are_configurable():
    at = run("Articles", "wire.csv", **WIRE_COLUMNS)
    rows = frame(at, "tbl_articles")
    assert list(rows["title"]) == [r[2] for r in WIRE]
    assert list(rows["date"]) == [r[0] for r in WIRE]
    assert [set(t) for t in rows["topics"]] == [{"economy"}, {"economy"}, {"economy", "politics"}, {"politics"}]
    # With the default names the table has no 'text' column: said so, nothing analysed.
    at = run("Overview", "wire.csv")
    warning = next(h.value for h in at.html if "nl-problems" in h.value)
    assert "no &#x27;text&#x27; column" in warning and "wire.csv" in warning
    assert "No articles loaded" in at.info[0].value


def test_column_names_typed_in_the_panel_are_kept_after_it_is_closed():
    # The Table columns panel draws its inputs only while open; what was typed still applies after.
    at = run("Articles", "wire.csv", panel_columns=True)
    assert {t.key for t in at.text_input} >= set(WIRE_COLUMNS)
    for key, value in WIRE_COLUMNS.items():
        at.text_input(key=key).set_value(value)
    at.run()
    at.session_state["panel_columns"] = False
    at.run()
    assert not at.exception and not [t for t in at.text_input if t.key in WIRE_COLUMNS]
    at.run()  # a further run, with the inputs gone from the page
    assert list(frame(at, "tbl_articles")["title"]) == [r[2] for r in WIRE]


def test_entity_frequencies_count_mentions_and_articles_across_the_corpus():
    t = tables("desk")
    # Pronouns ("he", "they") carry sentiment for their entity but are never counted as mentions of it.
    m = t.mentions[t.mentions["entity"].notna() & ~t.mentions["label"].isin(REFERENCE_LABELS)]
    at = run("Entities", "desk")
    ents = frame(at, "tbl_entities").set_index("name")
    assert ents["count"].to_dict() == m.groupby("entity").size().to_dict()
    assert ents["articles"].to_dict() == m.groupby("entity")["article_id"].nunique().to_dict()
    assert ents.loc["Ana Silva", "articles"] == 2 and ents.loc["Jo Park", "articles"] == 2
    # Ranked by articles, the chart says so.
    at = run("Entities", "desk", ent_measure="articles")
    assert "in the most articles" in chart_spec(at, "ch_entities")


def test_quotes_per_speaker_count_quotes_and_articles():
    t = tables("desk")
    at = run("Quotes", "desk")
    speakers = frame(at, "tbl_speakers").set_index("speaker")
    q = t.quotes.assign(speaker=t.quotes["speaker"].fillna("(no speaker found)"))
    assert speakers["quotes"].to_dict() == q.groupby("speaker").size().to_dict()
    assert speakers["articles"].to_dict() == q.groupby("speaker")["article_id"].nunique().to_dict()
    assert (speakers[["direct", "partial", "indirect"]].sum(axis=1) == speakers["quotes"]).all()
    assert "article" in frame(at, "tbl_quotes")  # which article each quote is from


def test_sentiment_by_topic():
    t = tables("desk")
    at = run("Sentiment", "desk")
    spec = chart_spec(at, "ch_topic_tone")
    tone = aggregate.topic_tone(t, ["politics", "sport"]).set_index("topic")
    for topic in ("politics", "sport"):
        sents = t.sentences[t.sentences["article_id"].isin(
            t.articles.loc[[topic in x for x in t.articles["topics"]], "article_id"])]  # fmt: skip
        assert tone.loc[topic, "sentences"] == len(sents)
        assert tone.loc[topic, "negative"] == (sents["label"] == "negative").sum()
        assert tone.loc[topic, "polarity"] == pytest.approx(sents["polarity"].mean(), abs=1e-4)
        assert f'"{topic}"' in spec
    # A click on a topic bar sets the topic filter (the bars carry the raw topic).
    assert '["politics"]' in spec.replace(" ", "")


def test_mentions_over_time_only_when_dates_parse():
    at = run("Entities", "wire.csv", **WIRE_COLUMNS)
    spec = chart_spec(at, "ch_timeline")
    assert "Mentions over time, per week" in spec and "Andrew Bailey" in spec
    assert any("1 article without a readable date" in c.value for c in at.caption)
    t = tables("wire.csv", **WIRE_COLUMNS)
    over = aggregate.mentions_over_time(t, ["Andrew Bailey"], "W")
    assert over["mentions"].sum() == ((t.mentions["entity"] == "Andrew Bailey").sum())  # all dated
    at = run("Articles", "wire.csv", **WIRE_COLUMNS)
    assert "Articles per week" in chart_spec(at, "ch_coverage")
    # No dates, no charts over time.
    at = run("Entities", "desk")
    with pytest.raises(KeyError):
        at.get_by_key("box_ch_timeline")


def test_filters_apply_to_the_article_list():
    at = run("Articles", "desk", f_topics=["sport"])
    assert set(frame(at, "tbl_articles")["title"]) == {"City win the cup final", "Star striker injured"}
    at = run("Articles", "desk", f_entities=["Jo Park"])
    rows = frame(at, "tbl_articles")
    assert set(rows["title"]) == {"Council backs housing plan", "Budget row deepens"}
    assert "mentions of them" in rows


def test_a_clicked_bar_lists_its_articles_with_counts():
    t = tables("desk")
    silva = t.mentions[t.mentions["entity"] == "Ana Silva"]
    at = run("Entities", "desk", f_entities=["Ana Silva"])
    drill = frame(at, "ent_drill")
    assert len(drill) == silva["article_id"].nunique() == 2
    assert drill["mentions of them"].sum() == len(silva)
    assert list(drill["mentions of them"]) == sorted(drill["mentions of them"], reverse=True)
    assert any("2 articles naming Ana Silva" in h.value for h in at.html)
    at = run("Quotes", "desk", f_speakers=["Jo Park"])
    assert frame(at, "quo_drill")["quotes by them"].sum() == (t.quotes["speaker"] == "Jo Park").sum()


def test_an_article_row_opens_the_article_view(monkeypatch):
    t = tables("desk")
    ids = list(t.articles["article_id"])
    # Picking the third row of a list calls this with the list's ids.
    state = {"tbl": {"selection": {"rows": [2], "columns": [], "cells": []}}}
    monkeypatch.setattr(ui.st, "session_state", state)
    ui._open_selected("tbl", ids)
    assert state["art_article"] == ids[2] and state["view"] == "Article"
    monkeypatch.undo()
    # The Article tab then shows that article, with a picker over all of them.
    at = run("Article", "desk", art_article=ids[2])
    picker = at.selectbox(key="art_article")
    assert len(picker.options) == 4 and picker.value == ids[2]
    body = next(h.value for h in at.html if "nl-article" in h.value)
    assert t.articles.set_index("article_id").loc[ids[2], "title"] in body


def test_progress_is_reported_per_batch_and_drawn_with_st_progress():
    fresh = [inputs.Input(f"new{i}.txt", f"Story {i}\n\nReporter Kim Lee said story {i} was new.\n".encode(), "upload")
             for i in range(3)]  # fmt: skip
    calls: list[tuple[int, int]] = []
    loading.load(fresh, progress=lambda done, total: calls.append((done, total)))
    assert calls[0] == (0, 3) and calls[-1] == (3, 3)
    loading.clear_cache()
    calls.clear()
    loading.load(fresh, progress=lambda done, total: calls.append((done, total)))
    assert calls == [(0, 0)]  # all in the store: nothing analysed, no bar

    def script() -> None:
        from dashboard.ui import ProgressBar

        bar = ProgressBar()
        bar.update(0, 0)
        bar.update(8, 32)

    at = AppTest.from_function(script).run()
    bar = at.get("progress")[0].proto
    assert bar.value == 25 and "Analysing 8 of 32 articles" in bar.text


def test_bad_files_one_warning_with_reasons_and_counts_that_add_up():
    at = run("Overview", "bad")
    warnings = [h.value for h in at.html if "nl-problems" in h.value]
    assert len(warnings) == 1
    w = warnings[0]
    for name, reason in [
        ("bad/empty.txt", "the file is empty"),
        ("bad/binary.txt", "binary data"),
        ("bad/table.csv", "no &#x27;text&#x27; column"),
        ("bad/secret.txt", "a link to a file outside the data folder: not read"),
        ("bad/good.txt", "the same text as bad/copy.txt"),
    ]:
        assert re.search(rf"<b>{re.escape(name)}</b>: [^<]*{re.escape(reason)}", w), (name, w)
    counts = re.search(
        r"(\d+) inputs read: (\d+) analysed(?: \(\d+ from the store\))?, (\d+) duplicates?, (\d+) rejected", w
    )
    inputs, analysed, dups, rejected = map(int, counts.groups())
    assert (inputs, analysed, dups, rejected) == (6, 1, 1, 4)
    assert analysed + dups + rejected == inputs
    assert "Nobody outside" not in " ".join(h.value for h in at.html)
    assert "1 article loaded" in at.caption[0].value
