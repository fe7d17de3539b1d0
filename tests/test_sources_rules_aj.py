"""Who speaks, issue 11aj: patterns of where roles are written and how a body is described, sorted
from the misses of the development parts up to fresh20 (each written for any article, not for one):
two posts joined by "and" share the body after the second ("founder and CEO of X"); a body a post
names is placed by the words the article writes before its name elsewhere ("Game maker Valve" for a
"Valve spokesman"); a firm named by its industry ("drugs group") is business; "a <job> from <place>"
is a member of the public; a title the tagger ran into another mention ("Balco boss Victor Conte",
tagged as an organisation) is still the person's title."""

from __future__ import annotations

from analysis.extract.sources import role_group
from tests.test_speakers import _article, _speaker

_ORDINARY = "ordinary person or witness"


def test_two_posts_joined_by_and_share_the_body_after_the_second():
    a = _article(
        '"We are not meeting the demand," says Paul Rieckhoff, founder and CEO of the Veterans Trust. '
        '"It is like the early days," he said.'
    )
    assert _speaker(a, "Paul Rieckhoff").role == "founder and CEO of the Veterans Trust"


def test_the_shared_body_stops_before_a_relative_clause():
    a = _article(
        "''Realistically, it is about women,'' said Geoff Garin, a pollster and strategist on Mrs. Clinton's "
        "2008 campaign who is now advising Priorities, citing equal pay."
    )
    assert _speaker(a, "Geoff Garin").role == "a pollster and strategist on Mrs. Clinton's 2008 campaign"


def test_two_descriptions_with_their_own_articles_stay_apart():
    a = _article('"We will win," said John Smith, a lawyer and a friend of the family. "It is fine."')
    assert _speaker(a, "John Smith").role == "a lawyer"


def test_a_spokesman_of_a_body_the_article_describes_elsewhere_is_that_bodys():
    a = _article(
        "Game maker Valve shut down the accounts of the players. "
        '"It was easy to trace," Valve spokesman Doug Lombardi said.'
    )
    assert _speaker(a, "Doug Lombardi").role_group == "business"
    b = _article(
        'TV channel Five has been criticised for an advert. A Five spokesman said: "We are sorry." '
        "Five said it had received 100 complaints."
    )
    assert _speaker(b, "A Five spokesman").role_group == "media"


def test_an_undescribed_body_leaves_the_spokesman_as_he_was():
    a = _article('"It was easy to trace," Valve spokesman Doug Lombardi said. Players were angry.')
    assert _speaker(a, "Doug Lombardi").role_group == "government official or spokesperson"


def test_a_firm_named_by_its_industry_is_business():
    assert role_group("drugs group") == "business"
    assert role_group("mining giant") == "business"
    assert role_group("the engineering concern") == "business"
    # a group named for a cause, or a group of people, is not a firm
    assert role_group("pressure group") == "civil society, NGO, union"
    assert role_group("the group") == "unknown"


def test_an_association_of_an_industry_is_a_trade_body():
    assert role_group("Blackpool Hotel Association", name=True) == "business"
    assert role_group("British Medical Association", name=True) == "civil society, NGO, union"


def test_a_job_and_a_hometown_is_a_member_of_the_public():
    a = _article(
        '"It was a great night," said Alan Berger, a gynecologist from Englewood, New Jersey. The rally went on.'
    )
    assert _speaker(a, "Alan Berger").role_group == _ORDINARY


def test_where_someone_works_or_speaks_for_keeps_the_post():
    a = _article('"It was a great night," said Alan Berger, a gynecologist at Guy\'s Hospital. The rally went on.')
    assert _speaker(a, "Alan Berger").role_group == "expert or academic"
    b = _article('"It was a great night," said Alan Berger, a spokesman from Leeds. The rally went on.')
    assert _speaker(b, "Alan Berger").role_group != _ORDINARY
    c = _article('"It was a great night," said Alan Berger, a diplomat from Japan. The rally went on.')
    assert _speaker(c, "Alan Berger").role_group == "government official or spokesperson"


def test_a_title_the_tagger_ran_into_an_organisations_name_is_the_persons():
    text = (
        "Marion Jones has filed a lawsuit against Balco boss Victor Conte following his allegations. "
        'In an email, {} said: "I stand by everything I said". Jones denied it.'
    )
    for name in ("Victor Conte", "Conte"):
        s = _speaker(_article(text.format(name)), name)
        assert (s.role, s.role_group) == ("Balco boss", "business")


def test_a_body_described_before_a_persons_name_is_no_title_of_theirs():
    a = _article(
        "The French co-head of European defence and aerospace group EADS Philippe Camus is to leave his post. "
        'Mr Camus said in a statement: "I am going home." He is 56.'
    )
    assert _speaker(a, "Camus").kind == "named person"


def test_a_fellowship_is_a_research_post_wherever_it_is_held():
    assert role_group("a fellow at the European Council on Foreign Relations") == "expert or academic"
    assert role_group("research fellow at the Ministry of Defence") == "expert or academic"
    # other open posts still give way to their body
    assert role_group("vice president of the European Commission") == "government official or spokesperson"


def test_a_firms_legal_form_or_usual_last_word_makes_its_name_a_firms():
    assert role_group("Highfield Capital", name=True) == "business"
    assert role_group("Acme Widgets Inc", name=True) == "business"
    # another word of the name that the lexicon places still decides
    assert role_group("Human Rights Partners", name=True) == "civil society, NGO, union"


def test_of_a_named_kind_of_body_is_where_the_person_is_from():
    a = _article('"It is a scandal," said Jane Smith of the Guardian newspaper. Sales fell.')
    assert _speaker(a, "Jane Smith").role == "of the Guardian newspaper"
    b = _article(
        'It is small. As Gavin Cox of the excellent buildyourown.org.uk website put it: "It will be tough." Sales rose.'
    )
    assert _speaker(b, "Gavin Cox").role == "of the excellent buildyourown.org.uk website"
    # no name of a body: no role
    c = _article('"It is a scandal," said Jane Smith of the company. Sales fell.')
    assert _speaker(c, "Jane Smith").role is None


def test_a_one_word_name_tagged_a_persons_that_begins_a_bodys_name_is_the_body():
    a = _article(
        'UK broadcaster Virgin Radio says it will offer radio via 3G mobiles. "We are first," Virgin said. Sales rose.'
    )
    s = _speaker(a, "Virgin")
    assert (s.kind, s.role_group, s.gender) == ("organisation", "media", "unknown")


def test_a_surname_or_a_titled_name_stays_a_person():
    a = _article('Shares in Morgan Stanley rose. "We are first," Mr Morgan said. Sales fell.')
    assert _speaker(a, "Morgan").kind == "named person"


def test_writing_in_an_outlet_is_a_by_line():
    a = _article('It was bad. Jane Smith, writing for the New Yorker, said: "It was awful." Sales fell.')
    s = _speaker(a, "Jane Smith")
    assert (s.role, s.role_group) == ("writing for the New Yorker", "media")
    assert role_group("writing in the culture blogzine Print Culture") == "media"


def test_a_unions_or_a_firms_political_staff_keep_their_bodys_group():
    politics = ("politics",)
    assert role_group("United Steelworkers Political Director", story=politics) == "civil society, NGO, union"
    assert role_group("RNC Research Director", story=politics) == "government official or spokesperson"
    assert role_group("a former senior strategist for the Obama campaign", story=politics) == (
        "government official or spokesperson"
    )


def test_specialists_and_the_trades_the_occupations_list_lacked():
    assert role_group("a microbiologist") == "expert or academic"
    assert role_group("urologists") == "expert or academic"
    assert role_group("a physiotherapist") == "expert or academic"
    assert role_group("the harpist") == "culture and sport"
    assert role_group("a trade unionist") == "civil society, NGO, union"
    # the lexicon above still decides first
    assert role_group("Ulster Unionist MP") == "politician"
