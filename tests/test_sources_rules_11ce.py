"""Who speaks, issue 11ce: a speaker's kind from how the article writes the name or the words.

* a body's initials written as one word make its long name a body's ("Dresdner Kleinwort Wasserstein
  said ... DrKW said"), and a short name spelling a body's initials is that body ("Hefce" after "The
  Higher Education Funding Council for England"), with its group;
* capitals joined by "&" are an acronym ("said M&S."); "the Datamonitor report" makes a one-word name a
  body's, unless someone of the article is named in full by it;
* a document issued by or on behalf of a person is that person's words ("a statement issued on behalf
  of Robert Zoellick");
* a capitalised title whose office runs on to a name is that person ("Minister for Children, Young
  People and Families Margaret Hodge said"); a lead's indefinite description is the person the next
  sentence names first when the apposition shares its words;
* a definite plural of bodies after firms named together is those firms together ("the two firms").

Small articles written here, with the guards."""

from __future__ import annotations

import pytest

from analysis.extract.sources.names import _short_letters
from tests.test_speakers import _article, _speaker


def _by_words(a, words: str):
    found = [s for s in a.speakers if words.lower() in s.name.lower() or words.lower() in (s.role or "").lower()]
    assert found, f"{words!r} not among {[(s.name, s.role) for s in a.speakers]}"
    return found[0]


def test_short_letters_of_a_short_name():
    assert _short_letters("NHTCU") == "NHTCU"
    assert _short_letters("Hefce") == "HEFCE"
    assert _short_letters("DrKW") == "DKW"
    assert _short_letters("McDonald") is None  # two capitals: a surname, no short name
    assert _short_letters("UN") is None


@pytest.mark.parametrize(
    ("body", "name", "kind"),
    [
        (
            "Retailer Next has cut prices by a fifth, according to research from a City investment bank.\n\n"
            'Dresdner Kleinwort Wasserstein said: "It still feels very early to be cutting prices." DrKW said '
            "the cuts were either to clear stock or a change in pricing.",
            "Dresdner Kleinwort Wasserstein",
            "organisation",
        ),
        (
            'John Fitzgerald Kennedy said: "We choose to go to the Moon." JFK said he was proud of the plan, '
            "and he added that it would be hard.",
            "John Fitzgerald Kennedy",
            "named person",  # a person's initials: he, a first name
        ),
    ],
)
def test_a_long_name_written_by_its_initials_is_a_body(body, name, kind):
    assert _speaker(_article(body), name).kind == kind


#: A lead's report, a body named in full, then by its initials (no brackets defining them).
_HEFCE = (
    "Teenagers from well-off backgrounds are six times more likely to go to university than those from the "
    "most deprived areas, a report says.\n\nThe Higher Education Funding Council for England said more people "
    'went to university between 1994 and 2000. But the percentage of poorer students "hardly changed at all", '
    "said its chief executive, Sir Howard Newby.\n\nThe Hefce report, drawing on child benefits data, said "
    "teenagers in the richest areas could expect a better chance of going to university."
)


def test_a_short_name_spelling_a_bodys_initials_is_that_body():
    a = _article(_HEFCE, title="Student 'inequality' exposed")
    s = _speaker(a, "Hefce")
    assert s.kind == "organisation"
    assert s.role_group == _speaker(a, "Higher Education Funding Council for England").role_group != "unknown"


def test_the_leads_report_takes_the_issuer_the_body_credits():
    a = _article(_HEFCE, title="Student 'inequality' exposed")
    s = _speaker(a, "a report")
    assert s.kind == "organisation"
    assert s.role_group == "government official or spokesperson"


def test_an_ampersand_acronym_is_a_body():
    a = _article(
        'Stuart Rose, head of the retailer, said prices were too high. "We are bringing in ranges at new '
        'price points to compete against mid-market retailers," said M&S.'
    )
    assert _by_words(a, "M&S").kind == "organisation"


def test_a_one_word_name_before_report_is_a_body():
    a = _article(
        "British children enjoy the highest average income in Europe, a report suggests.\n\n"
        "Children in the UK had an annual income of £775, said market analyst Datamonitor. As for how they "
        "spend their cash, the bulk goes on soft drinks, Datamonitor said. According to the Datamonitor "
        "report the trend marked British teenagers out."
    )
    assert _speaker(a, "Datamonitor").kind == "organisation"


def test_a_surname_before_report_stays_a_person():
    a = _article(
        "Sir Peter Gershon has reviewed the civil service. Some 84,000 jobs will go, the Gershon report "
        'says. "These are savings for the front line," Gershon said.'
    )
    assert all(s.kind != "organisation" for s in a.speakers if "Gershon" in s.name)


def test_a_statement_issued_on_behalf_of_a_person_is_theirs():
    a = _article(
        "The US has asked the World Trade Organisation to investigate European Union customs tariffs.\n\n"
        '"There is no single EU customs administration," a statement issued on behalf of Robert Zoellick, '
        "US Trade Representative, said."
    )
    s = _by_words(a, "statement")
    assert s.kind == "named person"


def test_a_statement_from_no_one_named_stays_a_document():
    a = _article('The row deepened on Monday.\n\n"He has no plans to return," a statement from the family said.')
    assert _by_words(a, "statement").kind == "organisation"


def test_a_title_whose_office_runs_on_to_a_name_is_that_person():
    a = _article(
        "Foster carers are to be guaranteed a minimum allowance, the government has announced.\n\n"
        "Minister for Children, Young People and Families Margaret Hodge said new plans will ensure "
        "allowances would be fair."
    )
    s = _by_words(a, "Minister")
    assert s.kind == "named person"
    assert s.gender == "female"


_RIFT = "Brown hits back in Blair rift row"


@pytest.mark.parametrize(
    ("apposition", "kind"),
    [("of the top civil servants' union", "named person"), ("a Treasury official", "unnamed person")],
)
def test_a_lead_description_is_the_person_named_next_when_the_apposition_shares_its_words(apposition, kind):
    a = _article(
        "Gordon Brown has criticised a union leader who said conflict between himself and Tony Blair was harming "
        f'the workings of government.\n\nJonathan Baume, {apposition}, spoke of "competing agendas" between Mr '
        "Brown and Mr Blair. But the chancellor said Mr Baume was never at meetings between himself and the prime "
        "minister so could not judge. He said the union leader was trying to block civil service reform.",
        title=_RIFT,
    )
    assert _by_words(a, "union leader").kind == kind


def test_the_two_firms_after_firms_named_together_are_a_group():
    a = _article(
        "Shares in Elan and Biogen Idec plunged on Monday as the firms suspended sales of a new drug.\n\n"
        '"The companies will work with clinical investigators," the two firms said in a statement.'
    )
    assert _by_words(a, "two firms").kind == "country or group"


def test_the_companies_with_no_firm_named_stay_unnamed():
    a = _article(
        "Enrico Bondi has launched lawsuits against 80 banks to recover money for the bankrupt company.\n\n"
        "The companies insist they were the victims of fraudulent book-keeping."
    )
    s = next((s for s in a.speakers if s.name == "The companies"), None)
    assert s is None or s.kind == "anonymous"


def test_a_name_followed_by_which_is_a_body():
    a = _article(
        "Swiss drugmaker Novartis has announced 5.65bn euros of purchases to make its generics unit the world's "
        "biggest.\n\nNovartis, which last month forecast record sales for 2005, said it had bought all of Hexal "
        'and Eon Labs. "This is a unique opportunity," Novartis said.'
    )
    assert _speaker(a, "Novartis").kind == "organisation"


def test_a_person_followed_by_who_stays_a_person():
    a = _article(
        "Radio presenter Vic Galloway, who has been involved in the project, said it had been great fun to look "
        'back. "We found some real gems," Vic Galloway said.'
    )
    assert _speaker(a, "Vic Galloway").kind == "named person"


def test_a_name_in_capitals_or_with_shares_is_a_body():
    a = _article(
        "A survey of wi-fi networks in London by RSA Security found a third had no security turned on.\n\n"
        'RSA warned that wi-fi\'s growing popularity made attacks more likely. "Firms must act," RSA said.'
    )
    assert _speaker(a, "RSA").kind == "organisation"


def test_letters_after_a_name_are_a_post():
    a = _article(
        'Scottish Finance Minister, Tom McCabe MSP, said: "Last week in parliament I announced an additional '
        'sum for core spending."'
    )
    assert all(s.kind != "organisation" for s in a.speakers)
