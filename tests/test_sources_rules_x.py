"""Who speaks, twenty-first round (issue 11x): role-group patterns read from the misses of fresh16 ..
fresh20 (after fresh20's blind score). Each rule is about what the words mean, in any article: an award's
nominee ("Oscar nominee", "Academy Award nominee") is a film or music one, not an election's; "Dr"
closing a title that runs on to a name ("GW Pharma executive chairman Dr Geoffrey Guy") is the name's
honorific, so the post decides; a "mogul" is a magnate (business), a "media mogul" a media one; a
"senior vice president" is a company's rank; a body described by "news" ("the news and financial data
seller") is a news outlet; a council for film, the arts or sport ("the UK Film Council") is a body of
that field, not local government. Small articles written here."""

from __future__ import annotations

from analysis.extract.sources.groups import role_group
from tests.test_speakers import _article, _speaker

CULTURE = "culture and sport"


def test_an_award_nominee_is_no_candidate():
    a = _article(
        'Stars including Oscar nominee Alan Alda paid tribute to the actor. "Ossie was my hero," said Alan Alda.'
    )
    s = _speaker(a, "Alan Alda")
    assert s.role is not None and "nominee" in s.role
    assert s.role_group == CULTURE
    assert role_group("Academy Award nominee") == CULTURE
    assert role_group("a Golden Globe nominee") == CULTURE
    assert role_group("three-time Emmy nominees") == CULTURE


def test_an_election_nominee_stays_a_politician():
    # guards: "nominee" with a party or an office is still a candidate for office
    assert role_group("The Republican presidential nominee") == "politician"
    assert role_group("the Democratic nominee") == "politician"
    assert role_group("nominee", title=True) == "politician"


def test_dr_after_a_post_is_the_names_honorific():
    a = _article(
        'Shares rose. "We are delighted to receive this notice," said GW Pharma executive chairman Dr Geoffrey Guy.'
    )
    s = _speaker(a, "Geoffrey Guy")
    assert s.role is not None and "chairman" in s.role
    assert s.role_group == "business"
    assert role_group("Labour MP Dr", title=True) == "politician"


def test_dr_alone_stays_an_experts_title():
    # guard: with no post before it, "Dr" is all the text says (a doctorate: expert or academic)
    assert role_group("Dr", title=True) == "expert or academic"
    assert role_group("Dr.", title=True) == "expert or academic"


def test_a_mogul_is_a_magnate():
    a = _article(
        "Tony Wilson, the music mogul who established Factory Records, is to launch a new label. "
        '"They are my third major band," he said.'
    )
    s = _speaker(a, "Tony Wilson")
    assert s.role is not None and "mogul" in s.role
    assert s.role_group == "business"
    # a media mogul is in the media business (a media company's chief is a media voice)
    assert role_group("the media mogul") == "media"


def test_a_senior_vice_president_is_a_companys():
    a = _article(
        '"This is a preventative step," said Robbie Bach, senior vice president, Microsoft home and '
        "entertainment division."
    )
    assert _speaker(a, "Robbie Bach").role_group == "business"
    # guards: a vice president alone says nothing (a country's or a firm's); a political one stays
    assert role_group("vice president") == "unknown"
    assert role_group("Vice President", title=True) == "politician"


def test_a_body_described_by_news_is_an_outlet():
    assert role_group("The news and financial data seller") == "media"
    # guards: a post's head still decides first ("a lawyer for the news outlets" is a lawyer)
    assert role_group("A lawyer for the news outlets") == "police, military, justice"
    assert role_group("chief executive of News Corp") == "business"


def test_a_council_for_film_or_the_arts_is_no_local_government():
    a = _article(
        'Cinema admissions rose. "It was a great year," said a spokesman for the UK Film Council. '
        "The body funds British films."
    )
    s = next(s for s in a.speakers if s.role and "Film Council" in s.role)
    assert s.role_group == CULTURE
    assert role_group("the Arts Council") == CULTURE
    # guard: a council alone, or a town's, is local government
    assert role_group("a spokesman for the council") == "government official or spokesperson"
    assert role_group("Camden Council") == "government official or spokesperson"
