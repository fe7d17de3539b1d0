"""The forty-second session's third round: a country's president or vice president stays the state's in
a story about politics that also has sports words; a country's official written with a field ("China's
tax chief") is the state's; a well-known person writing a column is no journalist; the Bank of England's
Monetary Policy Committee is the bank's."""

from __future__ import annotations

from analysis.extract.sources.groups import role_group
from tests.test_speakers import _article, _speaker


def test_a_countrys_president_in_a_story_of_politics_and_war_stays_the_states():
    a = _article(
        "The fighters crossed the border as the rebel league claimed the town. Champions of the campaign "
        "said the club of allied armies would hold the stadium and the goal was the capital. The ruling party "
        "met in parliament as the election neared and the opposition party accused the government.\n\n"
        '"We will not stop until the border is safe," The Turkish President Recep Tayyip Erdogan said. '
        '"This is the right step," U.S. Vice President Joe Biden said.',
        title="Border",
    )
    assert _speaker(a, "Recep Tayyip Erdogan").role_group == "politician"
    assert _speaker(a, "Joe Biden").role_group == "politician"


def test_a_countrys_official_with_a_field_is_the_states():
    a = _article(
        "Foreign firms pay too little tax, officials in Beijing say.\n\n"
        '"Many of them declare losses year after year," China\'s tax chief said on Tuesday.',
        title="Tax",
    )
    assert _speaker(a, "China's tax chief").role_group == "government official or spokesperson"


def test_a_known_politicians_column_makes_no_journalist():
    a = _article(
        'The new powers are needed, said Charles Clarke, writing in The Times. "They are fair," he added.',
        title="Powers",
    )
    assert _speaker(a, "Charles Clarke").role_group == "politician"
    # someone the article alone describes by the column stays a writer for the paper
    b = _article(
        'The powers are needed, said Ola Brand, writing in The Times. "They are fair," she added.', title="Powers"
    )
    assert _speaker(b, "Ola Brand").role_group == "media"


def test_the_monetary_policy_committee_is_the_banks():
    assert role_group("MPC member") == "government official or spokesperson"
    assert role_group("a member of the Monetary Policy Committee") == "government official or spokesperson"
