"""The fifty-fifth session (read from the general news of fresh193-fresh198, 2016-17, checked against every
earlier label): a question mark glued between a double mark and a word is a character lost in a conversion,
read as a space; a counselor is an official, as an adviser is, and a consulate a government's office; a
president written with "the <Adjective> nation's" or "country's" before the post is a country's head."""

from __future__ import annotations

from analysis import analyze
from analysis.doc.quote_marks import lost_characters_as_spaces
from analysis.extract.sources.groups import role_group
from analysis.inputs.raw import RawArticle
from analysis.records import Article
from tests.test_speakers import _speaker

OFFICIAL = "government official or spokesperson"


def _article(text: str) -> Article:
    return analyze(RawArticle(source="t.txt", text=text))


def test_a_question_mark_glued_after_a_mark_reads_as_the_space_it_stood_for():
    assert lost_characters_as_spaces('each other,"?Conway said') == 'each other," Conway said'
    # the same length, so every offset holds
    text = 'He asked "why?" and "what"?No. Did he say "yes"? No. "?" is a mark. "?3.3m'
    expected = 'He asked "why?" and "what" No. Did he say "yes"? No. "?" is a mark. "?3.3m'
    assert lost_characters_as_spaces(text) == expected
    assert len(lost_characters_as_spaces(text)) == len(text)
    # a paragraph break lost into a hyphen ends its sentence; a hyphen inside a name stays
    assert lost_characters_as_spaces("Lavrov said.- Some people") == "Lavrov said.  Some people"
    assert lost_characters_as_spaces("just life.-And I") == "just life. And I"
    assert lost_characters_as_spaces("the U.S.-Mexico border") == "the U.S.-Mexico border"


def test_a_speaker_after_a_lost_character_gets_the_quote():
    text = (
        "Conway on surveillance\n\n"
        "Counselor to the president Kellyanne Conway discussed surveillance with The Record. "
        '"What I can say is there are many ways to surveil each other,"?Conway said. '
        '"You can surveil someone through their phones."\n'
    )
    article = _article(text)
    assert {q.speaker for q in article.quotes} == {"Kellyanne Conway"}
    # each quote keeps the article's own characters
    first = article.quotes[0]
    assert text[first.start : first.end] == first.text
    conway = _speaker(article, "Kellyanne Conway")
    assert conway.gender == "female"


def test_a_counselor_is_an_official_and_a_consulate_a_government_office():
    for role in ("economic counselor with the consulate", "White House counselor", "Counselor to the president"):
        assert role_group(role) == OFFICIAL, role
    article = _article(
        "Elder care ties\n\nCooperation in elderly care has become a new priority, says Pierre Martin, economic "
        "counselor with the consulate. The group has 30 years of experience.\n"
    )
    martin = _speaker(article, "Pierre Martin")
    assert martin.role == "economic counselor with the consulate"
    assert martin.role_group == OFFICIAL


def test_a_vice_president_of_the_adjective_nation_is_a_politician():
    for role, group in (
        ("the African nation's vice president", "politician"),
        ("the country's vice president", "politician"),
        ("the small nation's vice president", "unknown"),  # no place: the rest of the article decides
    ):
        article = _article(
            f'Floods in Burundi\n\nGaston Sindimwo, {role}, said "torrential rains struck several provinces."\n'
        )
        speaker = _speaker(article, "Gaston Sindimwo")
        assert speaker.role == role
        assert speaker.role_group == group, role


def test_cnns_credit_glued_to_the_body_is_a_dateline_and_no_word():
    from analysis.inputs.layout import parse_layout

    text = (
        "Xi meets Tillerson\n\nThe two pledge cooperation\n\n"
        'Beijing (CNN)Chinese President Xi Jinping said on Monday that China would open up. "We will open," he said.\n'
    )
    layout = parse_layout(text)
    assert layout.dateline == "Beijing"
    assert layout.credit_span is not None and text[slice(*layout.credit_span)] == "(CNN)"
    xi = next(s for s in _article(text).speakers if s.name == "Xi Jinping")
    assert xi.role == "Chinese President"  # not "CNN)Chinese President", a broadcaster's
    assert xi.role_group == "politician"
    # the credit alone, with no place before it
    alone = _article('Murray on form\n\n(CNN)Andy Murray, the world number one, said "I am tired."\n')
    murray = _speaker(alone, "Andy Murray")
    assert murray.role_group == "culture and sport"
    # a bracket in the body is no credit
    assert parse_layout("Talks\n\nThe deal (CNN) was signed.\n").credit_span is None


def test_a_hyphenated_first_name_the_data_holds_gives_its_gender():
    article = _article(
        "Experts missing\n\nCharles-Antoine Bambara, spokesman for the MONUSCO peacekeeping mission, said on Monday "
        "the two went missing on Sunday.\n"
    )
    bambara = _speaker(article, "Charles-Antoine Bambara")
    assert bambara.gender == "male"


def test_a_short_name_the_tagger_reads_as_a_place_is_not_a_bodys_initials():
    article = _article(
        "Trade talks\n\nUS President Donald Trump has repeatedly called on Beijing to act, he said on Friday. "
        '"The administration is banking on threats," said Ashley Townshend, a research fellow at the United States '
        "Studies Center at the University of Sydney.\n"
    )
    trump = _speaker(article, "Donald Trump")
    assert trump.role_group == "politician"  # not the University of Sydney's (U. S.)


def test_news_agencies_cabinet_secretaries_and_top_diplomats():
    for role, group in (
        ("state-run KCNA", "media"),
        ("Xinhua", "media"),
        ("the Brexit secretary", "politician"),
        ("Northern Ireland Secretary", "politician"),
        ("Russian top diplomat", "politician"),
        ("a diplomat", OFFICIAL),
        ("the world No.1", "culture and sport"),
    ):
        assert role_group(role) == group, role


def test_a_hyphenated_post_keeps_the_body_it_is_of():
    article = _article(
        "Car sales\n\nCui Dongshu, secretary-general of the China Passenger Car Association, said sales would rise.\n"
    )
    cui = _speaker(article, "Cui Dongshu")
    assert cui.role == "secretary-general of the China Passenger Car Association"
    assert cui.role_group == "business"  # the association's, not the UN's kind of secretary-general


def test_budget_directors_and_the_armys_civilian_secretaries_are_officials():
    for role in ("Trump's budget director", "the acting secretary of the Army", "Office of Management and Budget"):
        assert role_group(role) == OFFICIAL, role
    assert role_group("the Army's chief of staff") == "police, military, justice"


def test_plaintiffs_judicial_sources_parliaments_and_the_parliamentarian():
    for role, group in (
        ("The plaintiffs", "ordinary person or witness"),
        ("a plaintiff in the lawsuit", "ordinary person or witness"),
        ("The judicial source", "police, military, justice"),
        ("a member of the State Duma", "politician"),
        ("Judicial Watch president", "civil society, NGO, union"),  # the body's name still decides
    ):
        assert role_group(role) == group, role
    article = _article(
        "Duma delegation\n\nPyotr Tolstoy, a member of the State Duma, said on Friday the rules must change. "
        '"On our part, the condition is changing the rules," the parliamentarian confirmed at the session.\n'
    )
    described = _speaker(article, "the parliamentarian")
    assert described.kind == "named person"  # one identified member, as "the lawmaker" is
    assert described.role_group == "politician"


def test_rating_agencies_advisory_firms_and_medics_are_experts():
    for role in ("international rating agency", "director of research at advisory firm Teneo Intelligence", "medics"):
        assert role_group(role) == "expert or academic", role
    assert role_group("the agency") == OFFICIAL  # an agency alone stays a government's
    assert role_group("AARP", name=True) == "civil society, NGO, union"


def test_a_rank_run_into_a_name_and_a_lead_describing_a_pair():
    from analysis.extract.sources import first_name_gender

    assert first_name_gender("Sergeant Paul Farquharson") == "male"  # the rank is a title, "Paul" the first name
    assert role_group("Police Sergeant") == "police, military, justice"
    article = _article(
        'Yacht rescue\n\nAn Irishman and a French woman have spoken of "waves the size of buildings" after being '
        "rescued when their yacht capsized off Australia. Nick Dwyer, 55, and Barbara Heftman, 44, were sailing from "
        'New Zealand to Sydney when disaster struck. "We encountered enormous seas," Mr Dwyer told reporters.\n'
    )
    dwyer = _speaker(article, "Nick Dwyer")
    assert dwyer.role is None  # not "a French woman": the lead describes two people and says not which is which
    assert dwyer.gender == "male"
