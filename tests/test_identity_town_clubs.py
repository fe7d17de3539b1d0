"""A town's name the model calls a person, with no person of that surname in its topic: the town where
its words say place, its club in a football or rugby report (analysis.corpus.identity.senses.town_club);
towns whose rugby club takes their bare name; lectures by their head word (data/identity_aliases.json)."""

from __future__ import annotations

from analysis.corpus.identity import identify
from tests.test_identity import article, corpus_entity, tables

_FOOTBALL = "The striker scored two goals in the league match and the goalkeeper saved a penalty."


def test_a_town_the_model_calls_a_person_is_its_club_in_a_football_report():
    t = identify(
        tables(
            article("f1", f"Ranieri has been sacked as Valencia coach. {_FOOTBALL}", {"Valencia": "PERSON"}, "sport"),
            article(
                "f2", f"He joined Liverpool from Valencia last summer. {_FOOTBALL}", {"Valencia": "PERSON"}, "sport"
            ),
            article(
                "t1",
                "The Davis Cup final was held in Valencia, when Spain beat Australia.",
                {"Valencia": "PERSON"},
                "sport",
            ),
        )
    )
    assert corpus_entity(t, "f1", "Valencia")[2] == "ORG"
    assert corpus_entity(t, "f1", "Valencia")[0] == corpus_entity(t, "f2", "Valencia")[0]
    # where the words say place, the town: apart from the club
    town = corpus_entity(t, "t1", "Valencia")
    assert town[2] == "GPE"
    assert town[0] != corpus_entity(t, "f1", "Valencia")[0]


def test_a_player_of_a_towns_name_in_a_team_sheet_stays_a_person():
    # "Hardwick; Kennedy, Casey" and "Strudwick for Kennedy (60)": a player, not a club
    sheet = f"{_FOOTBALL} Team: Edwards; Hardwick; Kennedy, Casey; Gustard. Subs: Strudwick for Kennedy (60)."
    t = identify(tables(article("s1", sheet, {"Kennedy": "PERSON"}, "sport")))
    assert corpus_entity(t, "s1", "Kennedy")[2] == "PERSON"


def test_a_towns_name_that_is_a_persons_surname_in_its_topic_joins_the_person():
    t = identify(
        tables(
            article("p1", f"Lewis Hamilton said he was happy. {_FOOTBALL}", {"Lewis Hamilton": "PERSON"}, "sport"),
            article("p2", f"Hamilton was fastest in practice. {_FOOTBALL}", {"Hamilton": "PERSON"}, "sport"),
        )
    )
    assert corpus_entity(t, "p2", "Hamilton") == corpus_entity(t, "p1", "Lewis Hamilton")


_RUGBY = "The flanker scored a try and the fly-half kicked the conversion in the scrum-heavy Six Nations game."


def test_edinburgh_is_its_rugby_club_in_a_rugby_report_and_the_city_a_team_travels_to():
    # Edinburgh is no listed place (identity_aliases.json): its rugby club takes its bare name
    t = identify(
        tables(
            article("p1", "The Scottish Parliament in Edinburgh met on Monday.", {"Edinburgh": "GPE"}, "politics"),
            article("p2", "Protesters marched in Edinburgh and in Glasgow.", {"Edinburgh": "GPE"}, "politics"),
            article(
                "r1", f"Wilkinson will return against Edinburgh on Saturday. {_RUGBY}", {"Edinburgh": "GPE"}, "sport"
            ),
            article("r2", f"Edinburgh flanker Alan Ross is out. {_RUGBY}", {"Edinburgh": "GPE"}, "sport"),
            article("r3", f"Wales travel to Edinburgh to take on Scotland. {_RUGBY}", {"Edinburgh": "GPE"}, "sport"),
        )
    )
    city, club = corpus_entity(t, "p1", "Edinburgh"), corpus_entity(t, "r1", "Edinburgh")
    assert club[2] == "ORG" and city[2] == "GPE"
    assert club[0] != city[0]
    assert corpus_entity(t, "r2", "Edinburgh")[0] == club[0]
    # a team travelling to the town: the city
    assert corpus_entity(t, "r3", "Edinburgh")[0] == city[0]


def test_a_lecture_is_an_event_by_its_head_word():
    t = identify(
        tables(
            article("l1", "Mr Brown gave the Adam Smith Lecture in Kirkcaldy.", {"Adam Smith Lecture": "ORG"}),
            article("l2", "The Adam Smith Lecture drew a large crowd.", {"Adam Smith Lecture": "ORG"}),
        )
    )
    assert corpus_entity(t, "l1", "Adam Smith Lecture")[2] == "EVENT"
