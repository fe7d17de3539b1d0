"""The forty-eighth session's third round (read from fresh144's and fresh145's misses): a campaign's workers are
its staff, also with a trailing "here"; a newspaper's column is the press; the Council of Economic Advisers
is a government body; and a he/she that is a sentence's own subject before a name is whom the sentence
is about, so the same pronoun after the name is no evidence of the named person's gender."""

from __future__ import annotations

from analysis.extract.sources.groups import role_group
from tests.test_quotes_rules_av import _speakers
from tests.test_speakers import _article, _speaker

POLITICS = ("politics",)
STAFF = "government official or spokesperson"


def test_campaign_workers_are_staff():
    assert role_group("Her campaign workers here", story=POLITICS) == STAFF
    assert role_group("Her campaign workers", story=POLITICS) == STAFF
    # workers of no campaign stay members of the public
    assert role_group("factory workers here") == "ordinary person or witness"


def test_a_column_and_the_council_of_economic_advisers():
    assert role_group("the column") == "media"
    assert role_group("who leads Mr. Obama's Council of Economic Advisers", story=POLITICS) == STAFF


def test_a_pronoun_the_sentence_is_about_is_not_the_next_names():
    text = (
        "Following a mass shooting last year in Roseburg, Ore., she issued a detailed plan to expand gun "
        "background checks through executive action: President Obama later adopted a similar approach. She has "
        "called for the reinstatement of an assault weapons ban."
    )
    _, speakers = _speakers(text, [("Obama", "PERSON", "Obama")])
    # the "She" of the next sentence goes on with the sentence's own "she", not with Obama
    assert speakers.gender_offsets.get("Obama", {}) == {}


def test_a_pronoun_in_a_clause_before_the_name_still_looks_ahead_to_it():
    a = _article(
        "While he has said he will fight on to the convention, Bernie Sanders must decide soon. He told reporters "
        'on Tuesday: "We are in this race to the end."',
        title="Sanders weighs his options",
    )
    assert _speaker(a, "Bernie Sanders").gender == "male"
