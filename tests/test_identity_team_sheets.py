"""Team sheets: an initial and a surname ("B Cohen") joins the one full name of that surname and
initial in its topic (analysis.corpus.identity.people.join_initials)."""

from __future__ import annotations

from analysis.corpus.identity import identify
from tests.test_identity import article, corpus_entity, tables

_RUGBY = "The flanker scored a try and the fly-half kicked the conversion in the scrum-heavy Six Nations game."


def test_an_initial_and_surname_in_a_team_sheet_joins_the_full_name():
    t = identify(
        tables(
            article("r1", f"Ben Cohen scored twice for England. {_RUGBY}", {"Ben Cohen": "PERSON"}, "sport"),
            article(
                "r2",
                f"{_RUGBY} England: J Robinson; M Cueto, B Cohen (Northampton), O Barkley. Try: B Cohen.",
                {"B Cohen": "ORG"},
                "sport",
            ),
        )
    )
    full, short = corpus_entity(t, "r1", "Ben Cohen"), corpus_entity(t, "r2", "B Cohen")
    assert short[0] == full[0]
    assert full[2] == "PERSON"
    # the corpus name is the full name, though the short form has more mentions
    assert full[1] == "Ben Cohen"


def test_an_initial_and_surname_the_model_calls_a_place_joins_the_full_name():
    t = identify(
        tables(
            article("r1", f"Luciano Orquera kicked well. {_RUGBY}", {"Luciano Orquera": "PERSON"}, "sport"),
            article("r2", f"{_RUGBY} Italy: R de Marigny; L Orquera, P Griffen.", {"L Orquera": "LOC"}, "sport"),
        )
    )
    assert corpus_entity(t, "r2", "L Orquera")[0] == corpus_entity(t, "r1", "Luciano Orquera")[0]


def test_an_initial_and_surname_stays_apart_when_two_full_names_fit():
    t = identify(
        tables(
            article("r1", f"Stephen Jones kicked the goals. {_RUGBY}", {"Stephen Jones": "PERSON"}, "sport"),
            article("r2", f"Steve Jones was injured. {_RUGBY}", {"Steve Jones": "PERSON"}, "sport"),
            article("r3", f"{_RUGBY} Wales: G Thomas; S Jones, D Peel.", {"S Jones": "PERSON"}, "sport"),
        )
    )
    short = corpus_entity(t, "r3", "S Jones")[0]
    assert short not in (corpus_entity(t, "r1", "Stephen Jones")[0], corpus_entity(t, "r2", "Steve Jones")[0])


def test_an_initial_and_surname_does_not_join_a_full_name_in_another_topic():
    t = identify(
        tables(
            article("b1", "Ben Cohen, the firm's founder, sold his shares.", {"Ben Cohen": "PERSON"}, "business"),
            article("r2", f"{_RUGBY} England: J Robinson; B Cohen, O Barkley.", {"B Cohen": "PERSON"}, "sport"),
        )
    )
    assert corpus_entity(t, "r2", "B Cohen")[0] != corpus_entity(t, "b1", "Ben Cohen")[0]


def test_a_role_word_the_tagger_took_into_the_name_leaves_the_surname():
    # "Winger Nitoglia dropped the ball": the sentence's first word is the role, the name is "Nitoglia"
    t = identify(
        tables(
            article("r1", f"Ludovico Nitoglia is fit. {_RUGBY}", {"Ludovico Nitoglia": "PERSON"}, "sport"),
            article(
                "r2",
                f"{_RUGBY} Winger Nitoglia dropped the ball as he reached for the line.",
                {"Winger Nitoglia": "PERSON"},
                "sport",
            ),
        )
    )
    short = corpus_entity(t, "r2", "Winger Nitoglia")
    assert short[0] == corpus_entity(t, "r1", "Ludovico Nitoglia")[0]
    assert short[1] == "Ludovico Nitoglia"
