"""One name, two people or two clubs: role words beside the mentions (analysis.corpus.identity.roles),
a town's rugby and football clubs (sport.two_codes)."""

from __future__ import annotations

from analysis.corpus.identity import identify
from analysis.corpus.identity.roles import people_by_role, role_fields, role_votes
from analysis.corpus.tables import Tables
from tests.test_identity import article, corpus_entity, tables


def _two_pelhams(politics_role: str, shared: str = "") -> Tables:
    """ "Dorian Pelham" in sport reports (a footballer, named with no role word, as reports do) and in a
    politics article ``politics_role`` calls him; each topic names its own other things (``shared``: a
    name both name too)."""
    sport = {"Dorian Pelham": "PERSON", "Kestrel Town": "ORG", "Brenno Rovers": "ORG", "Teo Vandel": "PERSON"}
    politics = {"Dorian Pelham": "PERSON", "Mara Quillon": "PERSON", "Ostrava Council": "ORG", "Quorra Party": "ORG"}
    extra = f" It was in {shared}." if shared else ""
    if shared:
        sport[shared] = politics[shared] = "GPE"
    return tables(
        *(
            article(f"s{n}", "Dorian Pelham scored twice as Kestrel Town beat Brenno Rovers, with Teo Vandel "
                    "in goal." + extra, sport, "sport")
            for n in range(2)
        ),
        article("p1", f"{politics_role} Dorian Pelham told Mara Quillon of the Quorra Party that Ostrava Council "
                f"must act.{extra}", politics, "politics"),
    )  # fmt: skip


def test_one_full_name_two_people_when_a_topic_calls_him_by_a_role_of_another_field():
    t = identify(_two_pelhams("Conservative MP"))
    footballer, mp = corpus_entity(t, "s0", "Dorian Pelham"), corpus_entity(t, "p1", "Dorian Pelham")
    assert footballer[0] != mp[0]
    assert corpus_entity(t, "s1", "Dorian Pelham") == footballer
    assert footballer[2] == mp[2] == "PERSON"


def test_a_place_both_topics_name_does_not_make_them_one_person():
    # "Welsh", "Sydney": a place or nationality is named in reports of every field
    t = identify(_two_pelhams("Conservative MP", shared="Sydney"))
    assert corpus_entity(t, "s0", "Dorian Pelham")[0] != corpus_entity(t, "p1", "Dorian Pelham")[0]


def test_one_person_when_the_other_topic_calls_him_by_a_role_of_his_field_or_by_none():
    for role in ("Former footballer", "On Monday"):  # a sport role; no role word at all
        t = identify(_two_pelhams(role))
        assert corpus_entity(t, "s0", "Dorian Pelham")[0] == corpus_entity(t, "p1", "Dorian Pelham")[0], role


def test_role_words_before_and_after_a_mention():
    t = tables(
        article("a", "They want the midfielder but chief executive Ann Rowe said no.", {"Ann Rowe": "PERSON"}),
        article("b", "Ann Rowe, the Labour MP, spoke.", {"Ann Rowe": "PERSON"}),
        article("c", "Ann Rowe spoke.", {"Ann Rowe": "PERSON"}),
    )
    votes = role_votes(t, {("a", "Ann Rowe"), ("b", "Ann Rowe"), ("c", "Ann Rowe")})
    assert votes[("a", "Ann Rowe")] == {"business"}  # not the midfielder before "but"
    assert votes[("b", "Ann Rowe")] == {"politics"}
    assert ("c", "Ann Rowe") not in votes
    assert role_fields()["goalkeeper"] == "sport"


def test_people_by_role_groups_parts():
    votes = {("a", "X"): {"sport"}, ("b", "X"): {"politics"}, ("c", "X"): {"sport", "arts"}}
    parts = [[("a", "X")], [("b", "X")], [("c", "X")], [("d", "X")]]
    assert people_by_role(parts, votes, [None] * 4) == [[0, 2, 3], [1]]
    # the largest part shows no field: nothing says which person it is
    assert people_by_role([[("d", "X")], [("a", "X")], [("b", "X")]], votes, [None] * 3) == [[0, 1, 2]]
    assert people_by_role([[("d", "X")], [("b", "X")]], votes, ["sport", None]) == [[0], [1]]


def test_a_town_name_for_a_rugby_club_in_two_reports_and_a_football_club_in_one_is_two_clubs():
    # "Wigan": the rugby league club in two reports, the football club in a third
    rugby = "Wigan forward Joe Bloggs scored a try as Wigan won the scrum battle in the rugby league match."
    football = "Wigan striker Ann Rowe scored two goals and the football fans cheered."
    t = identify(
        tables(
            *(article(f"r{n}", rugby, {"Wigan": "ORG"}, "sport") for n in (1, 2)),
            article("f1", football, {"Wigan": "ORG"}, "sport"),
        )
    )
    assert corpus_entity(t, "r1", "Wigan") == corpus_entity(t, "r2", "Wigan")
    assert corpus_entity(t, "r1", "Wigan")[0] != corpus_entity(t, "f1", "Wigan")[0]


def test_a_firm_named_like_a_person_with_firm_words_and_no_person_words_is_an_organisation():
    # "George Wimpey", "Robert Bosch": a given name, the model's PERSON, one firm cue, four mentions
    # and no pronoun, title or "said" of a person
    firm = "Shares in Robert Hallam rose. Robert Hallam sold homes. Robert Hallam grew. Robert Hallam won."
    t = identify(tables(article("b1", firm, {"Robert Hallam": "PERSON"}, "business")))
    assert corpus_entity(t, "b1", "Robert Hallam")[2] == "ORG"


def test_a_person_with_one_firm_word_and_few_mentions_stays_a_person():
    one = "Shares in Robert Hallam rose, the trader noted."
    t = identify(tables(article("b1", one, {"Robert Hallam": "PERSON"}, "business")))
    assert corpus_entity(t, "b1", "Robert Hallam")[2] == "PERSON"
