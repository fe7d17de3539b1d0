"""Issue 13-y's rule (analysis/corpus/identity/unrelated.py): a rare one-word name in articles about
unrelated things (no other less common name in common, unlike words) is one entity per group of related
articles; related articles still join, and acronyms, places, people and names in many articles are left
alone."""

from __future__ import annotations

from analysis.corpus.identity import identify
from analysis.corpus.identity.unrelated import MIN_CORPUS, WordVectors, unrelated_groups
from analysis.records import Article
from tests.test_identity import article, corpus_entity, tables

#: other articles, each with words of its own, so that a word of two articles is a rare one (and the
#: corpus has the MIN_CORPUS articles the rule needs)
FILLERS = [
    article(f"f{n}", f"Filler story {n} about {w}{n} and more {w}{n} in the town.", {}, "news")
    for n, w in enumerate(["weather", "gardens", "trains", "bridges", "rivers"] * (MIN_CORPUS // 5))
]


def _business(aid: str) -> Article:
    return article(
        aid,
        "Ratings agency Moody's downgraded the bonds. Fitch agreed, and said the sovereign debt outlook "
        "was negative for creditors, investors, lenders, pension funds, insurers, treasuries, exporters, "
        "importers, currency dealers and brokers watching deficits, yields, spreads, inflation and budgets.",
        {"Moody": "ORG", "Fitch": "ORG"},
        "business",
    )


def _rugby(aid: str) -> Article:
    return article(
        aid,
        "Flanker Moody joins the Leicester squad. The forward scored a try in the scrum-heavy win over "
        "visiting props, hookers, locks, scrum-halves, fly-halves, centres, wingers, full-backs, coaches, "
        "referees and touch judges after lineouts, rucks, mauls, tackles and conversions.",
        {"Moody": "ORG", "Leicester": "ORG"},
        "sport",
    )


def test_a_rare_name_in_unrelated_articles_is_one_entity_per_group():
    t = identify(tables(_business("b1"), _business("b2"), _rugby("s1"), _rugby("s2"), *FILLERS))
    ids = {a: corpus_entity(t, a, "Moody")[0] for a in ("b1", "b2", "s1", "s2")}
    assert ids["b1"] == ids["b2"] != ids["s1"] == ids["s2"]


def test_related_articles_still_join():
    # no other name in common, but words in common ("surfwear", "skis"): one story, one firm
    def firm(aid: str, extra: str) -> Article:
        return article(
            aid,
            f"US surfwear firm Quiksilver may buy the skis maker. {extra} Quiksilver said the skis deal was near.",
            {"Quiksilver": "ORG"},
            "business",
        )

    t = identify(tables(firm("q1", "Shares rose."), firm("q2", "Talks went on."), *FILLERS))
    assert corpus_entity(t, "q1", "Quiksilver")[0] == corpus_entity(t, "q2", "Quiksilver")[0]


def _apart(name: str, labels: list[str], n: int = 2) -> list[list[int]]:
    texts = {f"a{i}": f"Story {i} about {w}." for i, w in enumerate("apples ovens kites clocks".split()[:n])}
    texts |= {f.id: f.text for f in FILLERS}
    aids = [f"a{i}" for i in range(n)]
    return unrelated_groups(name.lower(), list(range(n)), aids, [name] * n, labels, {}, WordVectors(texts))


def test_a_small_corpus_is_left_alone():
    t = identify(tables(_business("b1"), _rugby("s1"), *FILLERS[:20]))
    assert corpus_entity(t, "b1", "Moody")[0] == corpus_entity(t, "s1", "Moody")[0]


def test_what_the_rule_leaves_alone():
    assert len(_apart("Moody", ["ORG", "ORG"])) == 2  # (the rule's case: unlike articles, nothing shared)
    assert _apart("NASA", ["ORG", "ORG"]) == []  # an acronym names one body
    assert _apart("Stockholm", ["GPE", "GPE"]) == []  # a city in unrelated stories
    assert _apart("Quimby", ["GPE", "LOC"]) == []  # a place in every unit
    assert _apart("Hughes", ["PERSON", "ORG"]) == []  # people have their own rules
    assert _apart("Scots", ["ORG", "ORG"]) == []  # a nationality word
    assert _apart("Moody", ["ORG"] * 4, n=4) != [] and _apart("Moody Blues", ["ORG", "ORG"]) == []
    many = {f"a{i}": f"Story {i}." for i in range(5)} | {f.id: f.text for f in FILLERS}
    aids = [f"a{i}" for i in range(5)]
    assert unrelated_groups("moody", list(range(5)), aids, ["Moody"] * 5, ["ORG"] * 5, {}, WordVectors(many)) == []
