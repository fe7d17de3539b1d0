"""13-am: a town's club in a team-sport report where its topic's place words are elsewhere; a place the
tagger cut after "New"; a plural's possessive inside a name and a site's domain in the name key."""

from __future__ import annotations

from collections import Counter
from types import SimpleNamespace

import pandas as pd

from analysis.corpus.identity.cut_names import _after_new
from analysis.corpus.identity.evidence import PLACE_CUE
from analysis.corpus.identity.names import base_key
from analysis.corpus.identity.senses import city_senses


def _evidence(idx: list[int]) -> tuple[Counter, Counter]:
    return Counter({"ORG": len(idx)}), Counter()


def test_a_towns_name_in_a_rugby_report_is_its_club_where_the_place_words_are_athletics():
    # "Championships in Coleraine" (two athletics articles), "Coleraine's Jonathan Hutchinson" (a rugby report)
    sport = frozenset({"sport"})
    cues = [Counter({PLACE_CUE: 1}), Counter({PLACE_CUE: 1}), None]
    reports = {2}
    senses = city_senses([0, 1, 2], [sport] * 3, ["ORG"] * 3, cues, _evidence, lambda i: i in reports)
    assert senses == [("PLACE", [0, 1]), ("ORG", [2])]


def test_a_towns_name_stays_the_town_where_its_place_words_are_team_sport_reports_too():
    sport = frozenset({"sport"})
    cues = [Counter({PLACE_CUE: 1}), Counter({PLACE_CUE: 1}), None]
    senses = city_senses([0, 1, 2], [sport] * 3, ["ORG"] * 3, cues, _evidence, lambda i: True)
    assert senses == [("PLACE", [0, 1, 2])]


def test_a_towns_name_the_model_calls_a_place_in_a_report_stays_the_town():
    sport = frozenset({"sport"})
    cues = [Counter({PLACE_CUE: 1}), Counter({PLACE_CUE: 1}), None]
    senses = city_senses([0, 1, 2], [sport] * 3, ["ORG", "ORG", "GPE"], cues, _evidence, lambda i: i == 2)
    assert senses == [("PLACE", [0, 1, 2])]


def _tables(texts: dict[str, str], mentions: list[tuple[str, str, str]]) -> SimpleNamespace:
    rows = []
    for aid, entity, label in mentions:
        text, start = texts[aid], 0
        while (start := text.find(entity, start)) >= 0:
            rows.append((aid, start, start + len(entity), entity, label))
            start += len(entity)
    articles = pd.DataFrame({"article_id": list(texts), "text": list(texts.values())})
    return SimpleNamespace(
        articles=articles, mentions=pd.DataFrame(rows, columns=["article_id", "start", "end", "entity", "label"])
    )


def test_a_place_cut_after_new_is_another_place():
    texts = {
        "a": "A subsequent New South Wales state inquiry criticised the firm.",
        "b": "The film is set in South Wales, near Swansea.",
        "c": "He flew from New York to York and back to New York.",
    }
    tables = _tables(texts, [("a", "South Wales", "GPE"), ("b", "South Wales", "GPE"), ("c", "York", "GPE")])
    got = _after_new(tables, ["a", "b", "c"], ["South Wales", "South Wales", "York"], ["GPE", "GPE", "GPE"])
    # (York is also named alone in c: not every mention follows "New")
    assert got == {0: "New South Wales"}


def test_a_plurals_possessive_inside_a_name_and_a_sites_domain_are_one_key():
    assert base_key("Transport and General Workers' Union") == base_key("Transport and General Workers Union")
    assert base_key("British Bankers’ Association") == base_key("British Bankers Association")
    assert base_key("PowerPage.org") == base_key("PowerPage")
    assert base_key("amazon.co.uk") == base_key("Amazon.com") == base_key("Amazon")
    # a one-word name's possessive before another name is no part of one name
    assert base_key("Dubs' Succession") != base_key("Dubs Succession")


def test_ulster_is_no_listed_place_its_rugby_articles_make_it_the_side():
    from analysis.corpus.identity.evidence import decide_label

    # the tagger calls the Ulster side a person in rugby reports; "Ulster coach", "Ulster's" say a team
    assert decide_label(Counter({"PERSON": 7}), Counter({"ORG": 24, "PERSON": -4}), ["ulster"]) == "ORG"
    # a province named in a place's words is still a place by its evidence
    assert decide_label(Counter({"GPE": 3}), Counter(), ["ulster"]) == "GPE"


def test_an_accented_letter_written_as_an_html_entity_is_the_plain_letter():
    assert base_key("Pascal Pap&#233") == base_key("Pascal Pape")
    assert base_key("M&#252;ller") == base_key("Muller")
    assert base_key("&#163;5") == "£5"  # (no letter: the character itself)
