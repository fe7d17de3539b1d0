"""Who speaks, eighteenth round (issue 11t). Patterns seen in the misses of fresh16 and (after its blind
score) fresh17: a ministry's portfolio words ("Trade and Industry", "Culture, Media and Sport") say what
it looks after, not what the body is; a definite description built on "man"/"woman" ("the man behind
suprnova.org") names who the article means, not an ordinary person. Small phrases and articles written
here."""

from __future__ import annotations

from analysis.extract.sources import role_group
from tests.test_speakers import _article, _speaker

_GOV = "government official or spokesperson"


def test_a_ministrys_portfolio_is_not_its_group():
    assert role_group("a spokesman for the Department of Trade and Industry") == _GOV
    assert role_group("figures from the Ministry of Economy, Trade and Industry") == _GOV
    assert role_group("Department for Culture, Media and Sport") == _GOV


def test_a_post_after_the_portfolio_still_counts():
    # guards: the words after the portfolio, or a portfolio with a group of its own, as before
    assert role_group("Department for Education and Skills spokeswoman") == _GOV
    assert role_group("Department of Justice") == "police, military, justice"
    assert role_group("a trade and industry analyst") == "expert or academic"


def test_ministry_figures_in_an_article():
    a = _article(
        "Japanese industrial output fell in October. According to figures from the Ministry of Economy, "
        "Trade and Industry (METI), the decline was led by a fall in demand for electronic parts."
    )
    s = next(s for s in a.speakers if "Ministry" in s.name)
    assert s.kind == "organisation"
    assert s.role_group == _GOV


def test_a_definite_man_description_is_not_an_ordinary_person():
    assert role_group("the man behind suprnova.org") == "unknown"
    assert role_group("the kind-hearted and caring man") == "unknown"
    assert role_group("the man who started the annual festival") == "culture and sport"


def test_an_indefinite_man_stays_an_ordinary_person():
    # guards: "a man", "one ... woman" and a wife of a man are the ordinary people they were
    assert role_group("a man who saw the crash") == "ordinary person or witness"
    assert role_group("the man next door") == "ordinary person or witness"  # a place, not a deed
    assert role_group("one over-60 woman") == "ordinary person or witness"
    assert role_group("The wife of a man fatally shot by police") == "ordinary person or witness"


def test_a_known_person_keeps_their_group_under_a_man_description():
    a = _article(
        "Betsy Sharp knows Donald Trump in a way few other Americans know him. To Sharp, Donald Trump is "
        'the "kind-hearted and caring" man who saved her family\'s farm. "I figured I could do it a lot '
        'cheaper than paying off the mortgage," Donald Trump said.'
    )
    s = _speaker(a, "Donald Trump")
    assert s.role_group != "ordinary person or witness"


def test_a_bodys_officials_credited_to_its_name_are_anonymous():
    a = _article(
        "The Tories criticised the stance. But Lib Dem officials say Mr Oaten was speaking when an inquiry "
        "was under way."
    )
    s = next(s for s in a.speakers if s.name.startswith("Lib Dem"))
    assert s.kind == "anonymous"


def test_a_body_quoted_itself_stays_an_organisation():
    # guard: "Labour said" with no officials after it, as before
    a = _article("Labour said the plans would cost too much. The party added that it would vote against them.")
    s = next(s for s in a.speakers if s.name == "Labour")
    assert s.kind == "organisation"


def test_a_number_of_people_are_anonymous():
    a = _article(
        "A number of large MCI shareholders expressed unhappiness at the decision, saying that Verizon's offer "
        "undervalued the company."
    )
    s = next(s for s in a.speakers if "shareholders" in s.name)
    assert s.kind == "anonymous"


def test_a_county_after_of_is_where_someone_lives():
    assert role_group("of Burke County, Georgia") == "ordinary person or witness"
    assert role_group("from Orange County") == "ordinary person or witness"
    # guards: a county's body or post, as before
    assert role_group("of Burke County Council") == _GOV
    assert role_group("Burke County commissioner") == _GOV


def test_a_firms_name_ending_says_business():
    assert role_group("Qwest Communications", name=True) == "business"
    assert role_group("Japan Airlines", name=True) == "business"
    # guards: a body whose other words have a group, as before
    assert role_group("Department of Communications", name=True) == _GOV
    assert role_group("Federal Communications Commission", name=True) == _GOV


def test_a_firm_and_its_short_name_in_an_article():
    a = _article(
        "The lawsuit was filed after Qwest Communications said it would submit an improved bid. "
        "Qwest said on Wednesday that MCI had rejected a deal worth $8bn."
    )
    assert {s.name: s.role_group for s in a.speakers}.get("Qwest Communications") == "business"
