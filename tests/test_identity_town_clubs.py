"""A town's name the model calls a person, with no person of that surname in its topic: the town where
its words say place, its club in a football or rugby report (analysis.corpus.identity.join._town_club)."""

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
