"""Issue 13-ao: technical formats, standards and platforms ("RSS", "SMS", "Freeview"; the data file's
``technologies``) are things (PRODUCT) wherever they are named, though the tagger calls their acronyms
organisations; a longer name ending in one takes no type from it. The learned type model leaves a people's
word ("Angolan") or a county's name to the data; England's regions vote place as counties do; an
organisation's name cut before its event's head word ("the [[Screen Actors Guild]] awards") is the event."""

from __future__ import annotations

from collections import Counter

from analysis.corpus.identity import identify
from analysis.corpus.identity.learned import TypeModel, name_features
from analysis.corpus.identity.names import head_label, name_key
from tests.test_identity import article, corpus_entity, tables

COARSE_TYPES = ["PERSON", "ORG", "PLACE", "NORP", "OTHER"]


def test_a_format_the_model_calls_an_organisation_is_a_thing():
    t = identify(
        tables(
            article("r1", "RSS lets readers follow sites. RSS said little.", {"RSS": "ORG"}, "tech"),
            article("r2", "Sites offer RSS feeds, and RSS grows.", {"RSS": "ORG"}, "tech"),
            article(
                "r3",
                "Really Simple Syndication is spreading fast.",
                {"Really Simple Syndication": "ORG"},
                "tech",
            ),
        )
    )
    rss = corpus_entity(t, "r1", "RSS")
    assert rss[1:] == ("RSS", "PRODUCT")
    assert corpus_entity(t, "r2", "RSS") == rss
    assert corpus_entity(t, "r3", "Really Simple Syndication") == rss  # one entry's names join


def test_a_platform_named_before_its_boxes_is_a_thing_and_organisations_stay():
    t = identify(
        tables(
            article(
                "f1",
                "Freeview boxes sold well, and Ofcom said Freeview grew. Ofcom said it would act.",
                {"Freeview": "ORG", "Ofcom": "ORG"},
                "business",
            ),
        )
    )
    assert corpus_entity(t, "f1", "Freeview")[2] == "PRODUCT"
    assert corpus_entity(t, "f1", "Ofcom")[2] == "ORG"


def test_listed_technologies_keys_and_longer_names():
    assert name_key("SMS") == name_key("sms") == "org:SMS"
    assert name_key("PVRs") == name_key("PVR")
    assert head_label("Sky HDTV") is None  # no type from a technology ending the name
    assert head_label("Scottish Labour") == "ORG"  # an organisation's still gives one


def test_the_learned_model_leaves_a_peoples_word_to_the_data():
    # "the Angolan government": the words around it read like a place's, but a people's word is NORP
    feats = name_features("Angolan") | {"m=GPE": 1.0, "log_mentions": 1.0}
    assert "n:people" in feats and "n:people" not in name_features("Angola")
    weights = {"m=GPE": [0.0, 0.0, 9.0, 0.0, 0.0]}
    tm = TypeModel({"classes": COARSE_TYPES, "bias": [0.0] * 5, "weights": weights, "threshold": 0.5})
    assert tm.relabel("NORP", feats, Counter({"GPE": 5}), Counter()) == "NORP"
    # without the people's word the same evidence does change it
    other = {k: v for k, v in feats.items() if k != "n:people"}
    assert tm.relabel("NORP", other, Counter({"GPE": 5}), Counter()) == "GPE"


def test_an_organisations_name_cut_before_its_awards_is_the_awards():
    guild, awards = "Screen Actors Guild", "Screen Actors Guild Awards"
    t = identify(
        tables(
            article("g1", f"The {guild} represents US actors. The {guild} said it would act.", {guild: "ORG"}),
            article("g2", f"Foxx won at the {guild} awards at the weekend.", {guild: "ORG"}),
            article("g3", f"Foxx and Swank won the {awards} this month.", {awards: "EVENT"}),
        )
    )
    ceremony = corpus_entity(t, "g3", awards)
    assert corpus_entity(t, "g2", guild) == ceremony  # the model cut "awards" off
    assert ceremony[2] == "EVENT"
    assert corpus_entity(t, "g1", guild)[0] != ceremony[0]  # the guild itself stays apart


def test_a_place_before_an_event_word_stays_the_place():
    city, race = "New York City", "New York City Marathon"
    t = identify(
        tables(
            article("n1", f"He ran the {city} marathon in November.", {city: "GPE"}, "sport"),
            article("n2", f"She won the {race} last year.", {race: "EVENT"}, "sport"),
        )
    )
    assert corpus_entity(t, "n1", city)[0] != corpus_entity(t, "n2", race)[0]


def test_the_budget_is_an_occasion_not_an_organisation():
    t = identify(
        tables(
            article("b1", "Mr Brown will set out his plans in the Budget. The Budget said little.", {"Budget": "ORG"}),
            article("b2", "Ahead of the Budget, the TUC asked for more.", {"Budget": "ORG", "TUC": "ORG"}),
        )
    )
    budget = corpus_entity(t, "b1", "Budget")
    assert budget[1:] == ("Budget", "EVENT") and corpus_entity(t, "b2", "Budget") == budget
    assert corpus_entity(t, "b2", "TUC")[2] == "ORG"
    assert name_key("Queen's Speech") == "org:Queen's Speech"


def test_an_english_region_the_model_calls_a_person_is_a_place():
    t = identify(
        tables(
            article("y1", "Prices rose in Yorkshire and the Humber, and Yorkshire led.", {"Yorkshire": "PERSON"}),
            article("y2", "He built his name as a plain-speaking Yorkshire man.", {"Yorkshire": "PERSON"}, "politics"),
        )
    )
    region = corpus_entity(t, "y1", "Yorkshire")
    assert region[2] == "GPE" and corpus_entity(t, "y2", "Yorkshire") == region


def test_a_people_without_a_state_is_a_people():
    t = identify(
        tables(
            article("p1", "Gypsies and travellers face new rules, and Gypsies object.", {"Gypsies": "ORG"}, "politics"),
            article("p2", "The Tories said Gypsies had been treated unfairly.", {"Gypsies": "ORG"}, "politics"),
        )
    )
    assert corpus_entity(t, "p1", "Gypsies")[2] == "NORP"


def test_the_cardinal_is_a_person():
    text = "Cardinal criticises war. On Friday, the Cardinal will speak, and the Cardinal said so."
    t = identify(tables(article("c1", text, {"Cardinal": "ORG"}, "politics")))
    assert corpus_entity(t, "c1", "Cardinal")[2] == "PERSON"


def test_a_countys_cricket_club_stays_a_club():
    text = "Surrey v Yorkshire at The Oval ended in a draw. Lancashire beat Yorkshire by five wickets."
    t = identify(tables(article("k1", text, {"Yorkshire": "ORG", "Surrey": "ORG", "Lancashire": "ORG"}, "sport")))
    assert corpus_entity(t, "k1", "Yorkshire")[2] == "ORG"
    assert "n:county" in name_features("Yorkshire")  # the learned model leaves it to the rules
