"""Quote attribution, issue 11av: sentence shapes that credit a quote to the wrong words. A relative
pronoun hung on the noun after a preposition ("Democrats on Capitol Hill, who argued"); a report
"on" someone taken for theirs; a closing note after a dash taken for a signature; an absolute phrase
("with 30 percent of voters saying") credited to the main clause's subject. Small articles written
here, each with a case where the rule must not fire."""

from __future__ import annotations

from tests.test_quotes_rules_an import _quote
from tests.test_speakers import _article

# -- a relative pronoun after a prepositional phrase -----------------------------------------------


def test_who_after_a_place_stands_for_the_people_before_it():
    a = _article(
        "The change in approach is likely to placate nervous Democrats on Capitol Hill, who have argued "
        "that it helps down-ballot candidates when the nominee is painted as greedy.\n\n"
        "The campaign made no comment."
    )
    q = _quote(a, "it helps down-ballot", "indirect")
    assert q.speaker != "Capitol Hill"
    assert "Democrat" in q.speaker


def test_who_after_a_thing_stands_for_the_people_before_it():
    a = _article(
        "By 9 a.m. Sunday, the host began taking calls from black listeners to his radio program who "
        "said they had misgivings about the candidate.\n\n"
        "The host said the calls went on all day."
    )
    assert _quote(a, "they had misgivings", "indirect").speaker == "black listeners"


def test_that_after_a_thing_stands_for_the_report_before_it():
    a = _article(
        "The survey was conducted shortly after the release of the inspectors' report on the bank's "
        "lending practices that suggested they were reckless but not illegal.\n\n"
        "The bank declined to comment."
    )
    q = _quote(a, "they were reckless", "indirect")
    assert q.speaker.startswith("the inspectors' report")
    assert "that suggested" not in q.speaker  # the name stops before the relative clause


def test_who_after_people_stays_with_them():
    # the nearest noun is someone: the rule leaves the parse's choice alone
    a = _article(
        "The plan was criticised by the families of the victims who said they had not been consulted.\n\n"
        "The minister said the plan would go ahead."
    )
    assert _quote(a, "they had not been consulted", "indirect").speaker == "the victims"


# -- a statement "on" something ---------------------------------------------------------------------


def test_a_statement_on_her_website_is_hers_but_a_report_on_her_practices_is_not():
    a = _article(
        "Tennis star Kim Clijsters will make her return from injury in February.\n\n"
        '"The recovery has gone well," a statement on her website said.\n\n'
        "Regulators criticised the firm's chief executive, Jane Moore, last year. "
        '"The controls were inadequate," a report on her management practices said.'
    )
    assert _quote(a, "The recovery").speaker == "Kim Clijsters"
    assert _quote(a, "The controls").speaker != "Jane Moore"


# -- a dash before a closing note ------------------------------------------------------------------


def test_a_note_after_a_dash_is_no_signature():
    a = _article(
        "New Zealand captain Tama Umaga will lead the side in the charity match.\n\n"
        "He admitted the cause had easily won him over.\n\n"
        '"It\'s just good to know we can do something to help out."\n\n'
        "- The match will be televised on BBC One at 1400 GMT on Saturday."
    )
    assert _quote(a, "It's just good").speaker != "BBC"


def test_a_name_after_a_dash_still_signs_the_quote():
    a = _article(
        "Supporters gathered outside the hall on Saturday.\n\n"
        '"We will keep fighting for working families."\n\n'
        "- Bernie Sanders."
    )
    assert _quote(a, "We will keep").speaker == "Bernie Sanders"


# -- an absolute phrase: "with X saying" ------------------------------------------------------------


def test_with_a_share_of_voters_saying_is_theirs_not_the_subjects():
    a = _article(
        "Donald Trump is trailing in the latest poll.\n\n"
        "Mr. Trump has slightly improved his standing, with 30 percent of voters saying they have a "
        "positive view of him."
    )
    q = _quote(a, "they have a positive view", "indirect")
    assert q.speaker != "Donald Trump"
    assert q.speaker == "30 percent of voters"


def test_with_the_label_saying_is_the_labels():
    a = _article(
        "Singer Mark Morrison joined the label a year ago.\n\n"
        "He has released one single, with the label saying the album was due for release in January."
    )
    assert _quote(a, "the album was due", "indirect").speaker == "the label"


def test_with_a_comma_before_the_participle_is_the_subjects():
    a = _article(
        "Conservative leader Michael Howard spoke in Kent.\n\n"
        "He ended his response with an election challenge to Labour, saying the party was afraid of "
        "the voters."
    )
    assert _quote(a, "the party was afraid", "indirect").speaker == "Michael Howard"
