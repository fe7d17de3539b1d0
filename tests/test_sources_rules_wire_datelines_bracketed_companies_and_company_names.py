"""The fifty-fourth session (read from Reuters wire stories of 1987, fresh190-fresh191, after their blind score,
checked against every earlier label): a wire dateline with a date ("STAMFORD, Conn., March 2 - ") is a dateline, a
company named in the wire's angle brackets ("<Miller Tabak Hirsch and Co> said") is a name and no HTML tag, a ticker
("<CPML>") is no word, a name ending on a company's legal form or name word is a company, and the Coast Guard is a
police or military body."""

from __future__ import annotations

from analysis import analyze
from analysis.doc.quality import blank_markup
from analysis.inputs.layout import parse_layout
from analysis.inputs.raw import RawArticle
from analysis.records import Article
from tests.test_speakers import _speaker

SECURITY = "police, military, justice"


def _article(text: str) -> Article:
    return analyze(RawArticle(source="t.txt", text=text))


def test_a_wire_dateline_with_a_date_is_a_dateline():
    for opening, place in (
        ("NEW YORK, Feb 26 - ", "New York"),
        ("STAMFORD, Conn., March 2 - ", "Stamford"),
        ("LONDON, March 2 (Reuters) - ", "London"),
        ("COMMACK, N.Y., FEB 26 - ", "Commack"),
    ):
        text = f"ACME BUYS WIDGET MAKER\n\n{opening}Acme Holdings Inc said it agreed to buy Widget Corp.\n"
        layout = parse_layout(text)
        assert layout.dateline == place
        assert layout.dateline_end is not None and text[layout.dateline_end :].startswith("Acme Holdings")
    # the older forms stay as they were
    older = parse_layout("Talks\n\nISLAMABAD — China said it would help.\n")
    assert older.dateline == "Islamabad" and older.dateline_end is None
    assert parse_layout("Talks\n\nKABUL, Afghanistan — The Taliban said so.\n").dateline == "Kabul"


def test_the_company_after_a_dated_dateline_speaks_not_the_place():
    text = (
        "ACME BUYS WIDGET MAKER\n\n"
        "STAMFORD, Conn., March 2 - Acme Holdings Inc said it agreed to buy Widget Corp for 40 mln dlrs.\n\n"
        "The deal is expected to close in April.\n"
    )
    article = _article(text)
    assert [s.name for s in article.speakers] == ["Acme Holdings Inc"]
    acme = article.speakers[0]
    assert acme.kind == "organisation"
    assert acme.role_group == "business"
    # the dateline is still a place the article names
    assert any(m.entity == "Stamford" and m.label == "GPE" for m in article.mentions)


def test_a_company_in_the_wires_angle_brackets_is_a_name_and_no_markup():
    text = (
        "MILLER TABAK HAS 91.8 PCT OF PENN TRAFFIC <PNF>\n\n"
        "NEW YORK, March 2 - <Miller Tabak Hirsch and Co> said it has received 3,424,729 common shares of Penn "
        "Traffic Co in response to its tender offer.\n\n"
        "The company said Penn Traffic is expected to hold a special shareholders meeting.\n"
    )
    article = _article(text)
    speakers = {s.name: s for s in article.speakers}
    assert "New York" not in speakers
    assert all(q.speaker and q.speaker.startswith("Miller Tabak") for q in article.quotes)
    miller = next(s for n, s in speakers.items() if n.startswith("Miller Tabak"))
    assert miller.kind == "organisation" and miller.role_group == "business"
    assert not any("HTML" in w for w in article.warnings)


def test_a_bracketed_company_right_after_a_dated_dateline_speaks():
    text = (
        "CONSOLIDATED TVX TO BUY BRAZIL GOLD MINE STAKES\n\n"
        "TORONTO, March 2 - <Consolidated TVX Mining Corp> said it agreed to issue 7.8 mln treasury shares to "
        "acquire interests in three gold mining companies in Brazil.\n\n"
        "The company said the transactions will bring immediate production.\n"
    )
    article = _article(text)
    assert [s.name for s in article.speakers] == ["Consolidated TVX Mining Corp"]
    assert [q.speaker for q in article.quotes] == ["Consolidated TVX Mining Corp"] * 2


def test_a_company_named_with_its_legal_form_is_an_organisation_the_tagger_missed():
    text = (
        "ESSELTE UNIT BUYS ANTONSON UNIT\n\n"
        "GARDEN CITY, N.Y., March 2 - Esselte Business Systems Inc's Esselte Meto division said it has acquired "
        "the Antonson America Co, a subsidiary of Antonson Machines AB, of Sweden.\n\n"
        "Esselte said the unit makes scales. The company said the purchase is part of a plan.\n"
    )
    article = _article(text)
    assert any(m.entity == "Esselte Business Systems Inc" and m.label == "ORG" for m in article.mentions)
    assert {s.name: s.kind for s in article.speakers}["Esselte"] == "organisation"
    # the words before the name that the parse does not read as a name's are left out
    later = _article("Deal agreed\n\nShares in Acme Widget Corp rose after it agreed to a deal.\n")
    assert any(m.entity == "Acme Widget Corp" and m.label == "ORG" for m in later.mentions)


def test_brackets_blanked_a_ticker_whole_and_html_tags_still_blanked_and_counted():
    view, tags = blank_markup("<Sedio N.V.> bought <CPML> shares")
    assert view == " Sedio N.V.  bought        shares" and tags == 0
    # a headline's ticker re-cased by the analysis view is still told by its capitals as written
    written = "LIEBERT CORP <LIEB> APPROVES MERGER"
    view, tags = blank_markup("Liebert Corp <Lieb> Approves Merger", written)
    assert "Lieb " not in view and view.startswith("Liebert Corp ") and tags == 0
    view, tags = blank_markup('<DIV>a</DIV> <B>x</B> <img src=x> <TD ALIGN=left> <x onclick> <p class="y">')
    assert view.split() == ["a", "x"] and tags == 8


def test_a_name_ending_on_a_legal_form_or_company_word_is_a_company():
    text = (
        "CORNING SETS RATIO\n\n"
        "CORNING, N.Y., March 2 - Corning Glass Works said the exchange ratio for its acquisition of Hazleton "
        "Laboratories Corp has been set.\n\n"
        "Diamond Shamrock Corp said it had cut its contract prices for crude oil.\n"
    )
    article = _article(text)
    corning = next(s for s in article.speakers if s.name.startswith("Corning"))
    assert corning.kind == "organisation" and corning.role_group == "business"
    shamrock = _speaker(article, "Diamond Shamrock Corp")
    assert shamrock.kind == "organisation"


def test_a_person_whose_surname_is_a_company_word_stays_a_person():
    text = (
        "Council backs plan\n\n"
        'Sarah Holdings, a councillor, said the plan was sound. "We will vote for it," Ms Holdings said.\n'
    )
    holdings = _speaker(_article(text), "Sarah Holdings")
    assert holdings.kind == "named person" and holdings.gender == "female"


def test_a_coast_guard_spokesman_is_police_or_military():
    text = (
        "PHILADELPHIA PORT CLOSED BY TANKER CRASH\n\n"
        "PHILADELPHIA, March 2 - The port of Philadelphia was closed when a Cypriot oil tanker ran aground, a "
        "Coast Guard spokesman said.\n\nHe said there was no oil spill.\n"
    )
    spokesman = _speaker(_article(text), "a Coast Guard spokesman")
    assert spokesman.role_group == SECURITY
    assert spokesman.gender == "male"


def test_an_adjective_before_an_agencys_name_is_no_title():
    text = (
        "SAUDI ARABIA REITERATES COMMITMENT TO OPEC PACT\n\n"
        "BAHRAIN, March 1 - Saudi Arabian Oil Minister Hisham Nazer reiterated the kingdom's commitment to the "
        "accord, the official Saudi Press Agency SPA said.\n"
    )
    agency = _speaker(_article(text), "Saudi Press Agency")
    assert agency.kind == "organisation"
    assert agency.role is None and agency.role_group == "media"


def test_arbitrageurs_and_a_partnership_are_business():
    text = (
        "Bid for Lion Inns\n\n"
        "Lion Inns Limited Partnership said it had received a bid. Wall Street arbitrageurs said the offer was "
        "low. An arbitrageur said the stock would rise.\n"
    )
    article = _article(text)
    lion = _speaker(article, "Lion Inns Limited Partnership")
    assert lion.kind == "organisation" and lion.role_group == "business"
    assert _speaker(article, "Wall Street arbitrageurs").role_group == "business"
    assert _speaker(article, "An arbitrageur").role_group == "business"


def test_the_holder_named_after_a_capitalised_title_ending_on_a_body_speaks():
    text = (
        "Budget cuts\n\nThe planned savings are due soon. Chief Secretary to the Treasury David Gauke said the "
        'government was committed to delivering services "in the most efficient way".\n'
    )
    gauke = _speaker(_article(text), "David Gauke")
    assert gauke.kind == "named person"
    assert gauke.role == "Chief Secretary to the Treasury" and gauke.role_group == "politician"


def test_a_speech_verb_after_a_means_is_its_users_and_after_urged_its_objects():
    text = (
        "Korea tension\n\nPresident Donald Trump has not commented on the mission. He used Twitter to exclaim, "
        '"North Korea is behaving very badly."\n\nThe row led 12 viewers to complain that the show was "lewd".\n'
    )
    article = _article(text)
    by_text = {q.text: q.speaker for q in article.quotes}
    assert by_text["North Korea is behaving very badly."] == "Donald Trump"
    assert by_text["lewd"] == "12 viewers"


def test_a_family_name_written_first_and_an_arabic_surnames_article_join_the_full_name():
    chinese = _article(
        'Robots\n\n"The development of robotics technology is pushing the industry forward," says Hao Yucheng, '
        "deputy director of the China Robot Industry Alliance. According to Hao, the professional robot industry "
        'is investment-intensive. "We need more money," Hao said.\n'
    )
    assert [s.name for s in chinese.speakers] == ["Hao Yucheng"]
    assert all(m.entity == "Hao Yucheng" for m in chinese.mentions if m.text == "Hao")
    arabic = _article(
        "Gaza aid case\n\nA recent example is the case of Mohammad el-Halabi, a Gaza-based employee of World Vision "
        'who was charged by Israel. Halabi has pleaded not guilty. "I am innocent," Halabi said.\n'
    )
    halabi = _speaker(arabic, "Mohammad el-Halabi")
    assert halabi.role == "a Gaza-based employee of World Vision"
