"""Issue 13-x's rule: a generic institution's name ("Finance Ministry", "Supreme Court") is each country's
own across articles (analysis/corpus/identity/institutions.py); two articles about one country's still
join, and the BBC's own bodies named alone ("the Treasury") join as before."""

from __future__ import annotations

from analysis.corpus.identity import identify
from analysis.corpus.identity.institutions import generic_core, mention_country
from analysis.records import Article
from tests.test_identity import article, corpus_entity, tables


def test_generic_institution_names():
    assert generic_core("Finance Ministry") == ("finance ministry", None)
    assert generic_core("the Supreme Court") == ("supreme court", None)
    assert generic_core("US Court of Appeals") == ("court of appeals", "country:US")
    for name in ("the Treasury", "Home Office", "Foreign Office", "World Bank", "European Parliament", "Bank"):
        assert generic_core(name) is None, name


def test_the_country_before_or_after_a_mention():
    text = "Japan's Finance Ministry said so. The Israeli finance ministry. The Ministry of Finance of Japan."
    for name, country in (("Finance Ministry", "JP"), ("finance ministry", "IL"), ("Ministry of Finance", "JP")):
        start = text.find(name)
        assert mention_country(text, start, start + len(name)) == f"country:{country}"
    text = "He told us Parliament would vote."
    assert mention_country(text, text.find("Parliament"), text.find("Parliament") + 10) is None


def _ministry(aid: str, country: str) -> Article:
    return article(
        aid,
        f"{country}'s Finance Ministry said the yen rose. The Finance Ministry said it would act.",
        {"Finance Ministry": "ORG", country: "GPE"},
        "business",
    )


def test_two_countries_finance_ministries_stay_apart():
    t = identify(tables(_ministry("f1", "Japan"), _ministry("f2", "Israel")))
    assert corpus_entity(t, "f1", "Finance Ministry")[0] != corpus_entity(t, "f2", "Finance Ministry")[0]


def test_one_countrys_finance_ministry_still_joins():
    t = identify(tables(_ministry("j1", "Japan"), _ministry("j2", "Japan")))
    assert corpus_entity(t, "j1", "Finance Ministry")[0] == corpus_entity(t, "j2", "Finance Ministry")[0]


def test_the_countrys_supreme_court_is_its_articles_country():
    def court(aid: str, country: str) -> dict:
        return article(
            aid,
            f"{country} held elections. {country} voted, and the country's Supreme Court upheld the result.",
            {country: "GPE", "Supreme Court": "ORG"},
            "politics",
        )

    t = identify(tables(court("c1", "Ukraine"), court("c2", "Norway"), court("c3", "Ukraine")))
    ids = [corpus_entity(t, a, "Supreme Court")[0] for a in ("c1", "c2", "c3")]
    assert ids[0] == ids[2] != ids[1]


def test_the_bbcs_own_bodies_join_as_before():
    def treasury(aid: str, country: str) -> Article:
        return article(
            aid,
            f"{country} was named. The Treasury said taxes would rise, and the Treasury said so again.",
            {country: "GPE", "Treasury": "ORG"},
            "business",
        )

    t = identify(tables(treasury("t1", "Japan"), treasury("t2", "Israel")))
    assert corpus_entity(t, "t1", "Treasury")[0] == corpus_entity(t, "t2", "Treasury")[0]
