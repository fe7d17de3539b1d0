"""Who speaks, tenth round (issue 11j): a mechanism found across the fresh samples' first scorings.
"they say" resolved to a place or a body named in the singular ("West Virginia", "Japan",
"Congress") is the voice of unnamed people, not of the place or the body: news writes "it" for
a country, a company or an agency. Small articles written here, one per pattern."""

from __future__ import annotations

from tests.test_speakers import _article, _speaker


def test_they_resolved_to_a_place_is_an_unnamed_plural():
    a = _article(
        "Coal mining has scarred the hills of West Virginia for a century. Environmentalists have "
        "fought the new permits. The practice poisons streams, they say."
    )
    voice = _speaker(a, "West Virginia")
    assert voice.kind == "anonymous"
    # who "they" are the article does not say here: no group, no gender, no role
    assert (voice.role, voice.role_group, voice.gender) == (None, "unknown", "unknown")
    b = _article(
        "The yen fell sharply in Tokyo on Monday. Traders were nervous before the vote in Japan. "
        "The central bank will act soon, they said."
    )
    assert _speaker(b, "Japan").kind == "anonymous"


def test_they_resolved_to_a_body_keeps_the_bodys_field():
    a = _article(
        "Congress passed the bill on Friday. The members of Congress were tired. The law will help farmers, they said."
    )
    voice = _speaker(a, "Congress")
    assert voice.kind == "anonymous"
    assert voice.role_group == "politician"  # the people of Congress


def test_it_said_and_plural_names_are_left_alone():
    # a country or an agency speaking as "it" is the country or the agency
    a = _article("Germany will raise its defence budget, it said on Monday.")
    assert _speaker(a, "Germany").kind == "country or group"
    b = _article("The FBI opened an inquiry on Monday. Agents searched the offices, it said.")
    assert _speaker(b, "FBI").kind == "organisation"
    # a party named in the plural is "they" by rights: still the party
    c = _article("The Tories met on Monday. The plan is flawed, they said.")
    assert _speaker(c, "Tories").kind == "organisation"


# -- role: a capitalised title right before the name ----------------------------------------------
def test_a_capitalised_title_before_a_name_is_read_when_the_parse_misses_it():
    # the parse hangs "Chief" on the wrong word; the words before the name still say what he is
    a = _article("“We will achieve justice in this case,” Tulsa police Chief Chuck Jordan said Monday.")
    jordan = _speaker(a, "Chuck Jordan")
    assert jordan.role is not None and jordan.role.endswith("police Chief")
    assert jordan.role_group == "police, military, justice"


def test_an_honorific_before_a_name_is_no_title():
    a = _article("“The courts must be independent,” said Lord Falconer.")
    assert _speaker(a, "Falconer").role is None


# -- role group: a campaign's or a party's staff ---------------------------------------------------
def test_a_campaign_or_party_staff_post_is_staff_in_a_story_about_politics():
    a = _article(
        "The Republican candidate won the primary election on Tuesday, and the party turned to the "
        "general election campaign against the Democratic nominee. “It seems certain the race will go on,” "
        "said David Axelrod, a former senior strategist for the Obama campaign."
    )
    assert _speaker(a, "David Axelrod").role_group == "government official or spokesperson"
    b = _article(
        "The Republican National Committee will double its staff in the battleground states before the "
        "election, as the party's presidential candidate gains in the polls. “We have the advantage,” "
        "said Katie Walsh, the committee's political director."
    )
    assert _speaker(b, "Katie Walsh").role_group == "government official or spokesperson"
    # a party's officer is a politician, and a strategist outside politics an expert
    c = _article(
        "Democrats met before the election to choose a party leader for the campaign. “We are united,” "
        "said Jane Doe, the Democratic National Committee chairman."
    )
    assert _speaker(c, "Jane Doe").role_group == "politician"
    d = _article("Shares fell on Monday. “Markets are nervous,” said Tom Lee, chief strategist at Fundstrat.")
    assert _speaker(d, "Tom Lee").role_group == "expert or academic"


# -- role group: a document whose issuer the article named earlier ---------------------------------
def test_the_report_takes_the_body_it_was_credited_to_earlier():
    a = _article(
        "Some 45 million children will die needlessly, Oxfam says in a report. "
        "“Rich countries must keep their promises,” the report said."
    )
    assert _speaker(a, "the report").role_group == "civil society, NGO, union"
    b = _article("Unemployment is high, according to a World Bank report. Growth slowed last year, the report said.")
    assert _speaker(b, "the report").role_group == "government official or spokesperson"
    # no issuer named anywhere: the report's group stays unknown
    c = _article("The weather was bad. Growth slowed last year, the report said.")
    assert _speaker(c, "the report").role_group == "unknown"
