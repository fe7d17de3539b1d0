"""The thirty-ninth session's first round: "the PM" is the prime minister; a capitalised name the tagger
missed that ends on a word the lexicon places is a body ("Ironhorse Oil"); a few bodies quoted in many
articles are known (Gazprom, Politico); a lead's "a top academic" is the person the next paragraph opens
by naming, whatever else the article says of them; "a judge ... Judge X" names the judge."""

from __future__ import annotations

from analysis.extract.sources.groups import known_body, role_group
from tests.test_speakers import _article, _speaker


def test_the_pm_is_a_politician():
    assert role_group("The PM") == "politician"
    a = _article('The PM insisted on Monday that the party was united. "We are together," he said.', title="Party row")
    pm = _speaker(a, "The PM")
    assert (pm.role, pm.role_group) == ("The PM", "politician")


def test_known_bodies_quoted_in_many_articles():
    assert known_body("Gazprom") == ("organisation", "business")
    assert known_body("Politico") == ("organisation", "media")
    assert known_body("Variety") == ("organisation", "media")
    a = _article(
        "With its close ties to the Kremlin, state-backed gas monopoly Gazprom had been seen as favourite. But just "
        "two companies turned up. Gazprom has announced it is not linked to Baikal.",
        title="Gas sale",
    )
    gazprom = _speaker(a, "Gazprom")
    assert (gazprom.kind, gazprom.role_group) == ("organisation", "business")


def test_the_law_lords_are_a_court():
    # the UK's highest court until 2009, written small or capitalised: a body, not unnamed people
    assert known_body("the law lords") == known_body("Law Lords") == ("organisation", "police, military, justice")
    a = _article(
        "The detention of foreign terror suspects without trial is unlawful. The law lords said the powers were "
        '"incompatible" with human rights laws. The ruling is a blow to the government.',
        title="Terror detentions ruled unlawful",
    )
    lords = _speaker(a, "The law lords")
    assert (lords.kind, lords.role_group) == ("organisation", "police, military, justice")


def test_a_lead_description_named_next_whatever_else_is_said_of_them():
    a = _article(
        "Governments cannot stop every attack and should focus on the worst, says a top academic.\n\n"
        "Halvard Brennmoor, a key influence on New Democrat thinking, says the emphasis on rogue states is "
        'misplaced. "We must look at failing states," he says.',
        title="Terror risk",
    )
    academic = _speaker(a, "a top academic")
    assert academic.kind == "named person"
    assert academic.role_group == "expert or academic"
    assert academic.gender == "male"


def test_a_lead_description_and_a_post_of_another_group_stay_apart():
    # the lead's witness is not the police chief named next
    a = _article(
        "A fire destroyed the market overnight, a witness said.\n\n"
        'Halvard Brennmoor, the county police chief, said the cause was not known. "We are looking," he said.',
        title="Market fire",
    )
    assert _speaker(a, "a witness").kind == "unnamed person"


def test_a_judge_named_next_by_his_title_at_a_sentence_start():
    a = _article(
        "The minister defended the new licensing law. This week a judge claimed easy access to drink was "
        'breeding "urban savages". Judge Rupert Whitcombe QC made his remarks as he sentenced three men.',
        title="Licensing row",
    )
    judge = _speaker(a, "a judge")
    assert judge.kind == "named person"
    assert judge.gender == "male"


def test_a_commissioner_in_a_story_about_the_eu_is_a_politician():
    story = ("european union",)
    assert role_group("Transport Commissioner", True, story) == "politician"
    assert role_group("Commissioner for Transport", False, story) == "politician"
    # a post another word places keeps its group, and outside a story about the EU nothing changes
    assert role_group("Metropolitan Police Commissioner", True, story) == "police, military, justice"
    assert role_group("Transport Commissioner", True, ()) == "government official or spokesperson"
    a = _article(
        "The European Commission has opened an inquiry into the EU loan to the airline. Brussels said the aid "
        'could break the rules. Transport Commissioner Jacques Barrot said: "We will be swift."',
        title="EU inquiry into airline aid",
    )
    assert _speaker(a, "Jacques Barrot").role_group == "politician"
