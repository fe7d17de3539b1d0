"""Who speaks, issue 11af: rules read from the misses of fresh21, fresh22 and fresh24 (after fresh24's
blind score). Each is about what the words mean, in any article: two people joined by "and" as the subject
of the reporting verb are one voice of two, a group with no one gender ("chief executive William Harrison
and chief operating officer James Dimon said", "Princes William and Harry said"); "The two voters", "both
candidates" are an identified pair, not unnamed people; a sentence opening "For the <body>," says whom the
person named next speaks for; the names of advocacy bodies ("Pro-Life", "Pro-Choice", "... Watch", "...
Rights ...") place their officers in civil society; "goalscorer" is a player. Small articles written here,
with guards."""

from __future__ import annotations

from analysis.extract.sources import role_group
from analysis.extract.sources.pairs import a_described_pair
from tests.test_sources_rules_ab import _speaker
from tests.test_speakers import _article


def test_two_people_saying_together_are_a_pair():
    a = _article(
        "Thousands of slaves were accepted as collateral by two banks that later became part of the group. "
        '"We all know slavery existed in our country," Acme Bank chief executive William Harrison and chief '
        'operating officer James Dimon said in the letter. "That is no excuse."'
    )
    s = _speaker(a, "Dimon")
    assert s.kind == "country or group"
    assert s.gender == "unknown"  # two people have no one gender
    assert s.role_group == "business"


def test_one_person_after_another_named_stays_a_person():
    a = _article(
        "The bank's board met William Harrison on Monday. Its chief operating officer James Dimon said he "
        '"deeply regrets" the links. "We apologise," Mr Dimon said.'
    )
    s = _speaker(a, "Dimon")
    assert s.kind == "named person"
    assert s.gender == "male"


def test_a_pair_described_by_two_or_both():
    is_person = {"voter", "candidate", "president"}.__contains__
    assert a_described_pair("The two voters", is_person)
    assert a_described_pair("both candidates", is_person)
    assert a_described_pair("The two Republican presidents", is_person)
    assert a_described_pair("both", is_person)
    assert not a_described_pair("Both sides of the debate over abortion rights", is_person)
    assert not a_described_pair("two sources", is_person)
    assert not a_described_pair("voters", is_person)


def test_the_two_voters_are_a_group():
    a = _article(
        "Jim Bennett backs Donald Trump and Sandra Paradis backs Bernie Sanders. They stand on the same corner "
        'every morning. "We just like each other," the two voters said.'
    )
    s = _speaker(a, "the two voters")
    assert s.kind == "country or group"
    assert s.role_group == "ordinary person or witness"


def test_for_the_party_says_whom_the_person_speaks_for():
    a = _article(
        "Welsh Health Minister Jane Hutt said waiting times would be cut. For the Welsh Liberal Democrats, "
        'Kirsty Williams called the new target "hugely unambitious".'
    )
    s = _speaker(a, "Kirsty Williams")
    assert s.role == "For the Welsh Liberal Democrats"
    assert s.role_group == "politician"


def test_for_the_inside_a_sentence_is_no_role():
    a = _article('The bill passed. He voted for the Welsh Liberal Democrats, Kirsty Williams said, "and so did I."')
    found = [s for s in a.speakers if s.name == "Kirsty Williams"]
    assert all(s.role is None or not s.role.startswith("for the") for s in found)


def test_advocacy_bodies_place_their_officers_in_civil_society():
    assert role_group("NARAL Pro-Choice America", name=True) == "civil society, NGO, union"
    assert role_group("the Pro-Life Action League", name=True) == "civil society, NGO, union"
    assert role_group("Migration Watch UK", name=True) == "civil society, NGO, union"
    assert role_group("European Roma Rights Centre", name=True) == "civil society, NGO, union"
    # guards: the lexicon above still decides first
    assert role_group("chief executive of Vodafone") == "business"
    assert role_group("Premier League") == "culture and sport"


def test_an_advocacy_bodys_chairman_is_civil_society():
    a = _article(
        "The Law Lords ruled against the government on Thursday. But the chairman of Migration Watch UK, Sir "
        'Andrew Green, said the decision was a "step in the wrong direction".'
    )
    s = _speaker(a, "Andrew Green")
    assert s.role_group == "civil society, NGO, union"


def test_a_goalscorer_is_a_player():
    assert role_group("Goalscorer") == "culture and sport"
    a = _article(
        'Middlesbrough beat Graz 2-1. Goalscorer Jimmy Floyd Hasselbaink added: "We did not play well at all."'
    )
    s = _speaker(a, "Hasselbaink")
    assert s.role_group == "culture and sport"


def test_the_peer_title_pattern_is_built_once():
    from analysis.extract.sources.speaker import _peer_before

    assert _peer_before() is _peer_before()
    assert _peer_before().search("said Lord ")
    assert _peer_before().search("Baroness ")
    assert not _peer_before().search("Lady ")


def test_two_parties_saying_together_are_a_group():
    a = _article(
        "Labour has promised to cut stamp duty. But the Conservatives and Lib Dems insist voters face higher "
        "taxes under the plans, which they call 'a stealth tax'."
    )
    s = _speaker(a, "Conservatives")
    assert s.kind == "country or group"
    assert s.role_group == "politician"


def test_one_party_alone_stays_an_organisation():
    a = _article("Labour has promised to cut stamp duty. But the Conservatives insist voters face higher taxes.")
    s = _speaker(a, "Conservatives")
    assert s.kind == "organisation"


def test_they_after_two_people_joined_by_and_is_the_pair():
    a = _article(
        "Tony Blair and Gordon Brown are desperately trying to stuff the genie of their rivalry back into the "
        "bottle.\n\nAlong with any number of senior cabinet colleagues, they are insisting their only job is to "
        "win the next election."
    )
    s = _speaker(a, "they")
    assert s.kind == "country or group"
    assert s.gender == "unknown"


def test_they_after_a_plural_subject_is_not_the_pair():
    a = _article(
        "Tony Blair and Gordon Brown met union leaders on Monday.\n\nThe union leaders left early, and they are "
        "insisting their only job is to protect jobs."
    )
    found = [s for s in a.speakers if s.name.lower() == "they"]
    assert all(s.kind != "country or group" for s in found)


def test_a_business_adviser_is_business():
    assert role_group("a business adviser from Swansea") == "business"
    assert role_group("an adviser") == "government official or spokesperson"  # the generic default stays


def test_a_body_named_for_its_members_is_a_pressure_group():
    assert role_group("president of Students For Life of America") == "civil society, NGO, union"
    assert role_group("Citizens for Tax Justice") == "civil society, NGO, union"
    # guards: no word for the members before "for"
    assert role_group("Centre for Policy Studies") == "expert or academic"
    assert role_group("Department for Education") == "government official or spokesperson"
    assert role_group("Minister for Women") == "politician"
    assert role_group("Lawyers for Mr Fawcett and Mr McDonald") == "police, military, justice"
    assert role_group("Parents for Mr Smith") != "civil society, NGO, union"  # a person after "for": no cause
