"""Squad lists and compound given names (13-ae): a player's initial before a surname in a list, a club in
brackets after a player, "Jean-Pierre" as a given name. Each test fails without its rule."""

from __future__ import annotations

from analysis.corpus.identity import identify
from analysis.corpus.identity.evidence import cue_votes
from analysis.corpus.identity.names import looks_like_a_person
from tests.test_identity import article, corpus_entity, tables

SHEET = (
    "Italy: L Orquera (Padova), A Troncaz (Trevolo); A Lo Cicero (Quilla), F Ongaro (Trevolo), "
    "M Bortolami (Narbolle, capt), S Parisse (Trevolo).  G Intoppa, A Troncaz, S Perugini."
)


def test_a_surname_after_an_initial_in_a_team_sheet_is_a_person():
    sheet = "Italy: R de Marigny; L Orquera, A Troncaz; A Lo Cicero, F Ongaro.  Replacements: G Intoppa, A Troncaz."
    names = {"Troncaz": "ORG", "Orquera": "ORG"}
    t = identify(tables(*(article(f"s{n}", sheet, names, "sport") for n in range(3))))
    assert corpus_entity(t, "s0", "Troncaz")[2] == "PERSON"


def test_an_initial_is_no_person_cue_when_no_list_goes_on_after_the_name():
    text = "The report was out.  A Zembla spokesman said it was fine. A Zembla spokesman agreed."
    votes = cue_votes(tables(article("a", text, {"Zembla": "ORG"}, "business")))
    assert votes[("a", "Zembla")].get("PERSON", 0) <= 0


def test_a_name_in_brackets_after_a_player_in_a_squad_list_is_his_club():
    names = {"Trevolo": "PERSON", "Narbolle": "GPE"}
    t = identify(tables(*(article(f"s{n}", SHEET, names, "sport") for n in range(3))))
    assert corpus_entity(t, "s0", "Trevolo")[2] == corpus_entity(t, "s0", "Narbolle")[2] == "ORG"


def test_brackets_after_a_place_a_pronoun_or_an_acronym_name_no_club():
    text = (
        "Protests in Mumbai (Bombay) went on. He (Grundy) has no chance. Screens use LCD (Liquid Crystal "
        "Display) panels, said the Chartered Institute of Purchasing and Supply (CIPS)."
    )
    names = {"Bombay": "GPE", "Grundy": "PERSON", "Liquid Crystal Display": "PRODUCT", "CIPS": "ORG"}
    votes = cue_votes(tables(article("a", text, names, "business")))
    for name in names:
        assert votes[("a", name)].get("ORG", 0) <= 0, name


def test_a_compound_given_name_makes_a_person_shaped_name():
    assert looks_like_a_person("Jean-Pierre Jorrat", compound=True)
    assert looks_like_a_person("Taylor Dent") and looks_like_a_person("Taylor Dent", compound=True)
    assert not looks_like_a_person("Jean-Pierre Jorrat")  # (the joins keep the old shape)
    assert not looks_like_a_person("Coca-Cola Zorbo", compound=True)  # not two given names


def test_a_person_named_with_a_compound_given_name_is_a_person_though_the_model_says_org():
    texts = [
        "Director Jean-Pierre Jorrat won. Critics praised Jorrat for the film.",
        "The new work by Jean-Pierre Jorrat opened. Jorrat was not there.",
    ]
    arts = [article(f"e{n}", x, {"Jean-Pierre Jorrat": "ORG"}, "entertainment") for n, x in enumerate(texts)]
    t = identify(tables(*arts))
    assert corpus_entity(t, "e0", "Jean-Pierre Jorrat")[2] == "PERSON"
