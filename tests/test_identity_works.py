"""Things the tagger calls organisations: works named by their cast or story, products by their kind
(analysis.corpus.identity.evidence's cue words)."""

from __future__ import annotations

from analysis.corpus import identity
from analysis.corpus.identity import identify
from tests.test_identity import article, corpus_entity, tables

_COARSE_OTHER = {"WORK_OF_ART", "PRODUCT", "EVENT", "LAW", "LANGUAGE"}


def test_a_work_named_by_its_cast_or_its_premiere_is_a_thing():
    # "Velvet Harbour, starring ...", "the UK premiere of Velvet Harbour": a film the tagger calls ORG
    t = identify(
        tables(
            article("e1", "Velvet Harbour, starring Ann Rowe, took $5m at the box office.", {"Velvet Harbour": "ORG"}),
            article("e2", "Crowds came to the UK premiere of Velvet Harbour on Friday.", {"Velvet Harbour": "ORG"}),
            article("e3", "Velvet Harbour, which stars Joe Bloggs, came second.", {"Velvet Harbour": "ORG"}),
            article("e4", "Velvet Harbour tells the story of a young sailor.", {"Velvet Harbour": "ORG"}),
        )
    )
    assert corpus_entity(t, "e1", "Velvet Harbour")[2] in _COARSE_OTHER


def test_cast_and_story_words_after_a_name():
    t = tables(
        article("a", "The Producers, starring Nathan Lane, won.", {"The Producers": "ORG"}),
        article("b", "Wasp tells the story of a mother.", {"Wasp": "ORG"}),
        article("c", "Hanks, starring in the film, smiled.", {"Hanks": "PERSON"}),
        article("d", "Chelsea stars Lampard and Terry played.", {"Chelsea": "ORG"}),
    )
    votes = identity.cue_votes(t)
    assert votes[("a", "The Producers")]["WORK_OF_ART"] > 0
    assert votes[("b", "Wasp")]["WORK_OF_ART"] > 0
    # a person's own part ("starring in"), a club's players ("Chelsea stars"): no work
    assert votes.get(("c", "Hanks"), {}).get("WORK_OF_ART", 0) == 0
    assert votes.get(("d", "Chelsea"), {}).get("WORK_OF_ART", 0) == 0


def test_a_thing_in_a_list_after_its_kind_or_named_before_its_kind():
    t = tables(
        article("a", "It faces technologies such as Wimax and Zigbee.", {"Wimax": "ORG", "Zigbee": "ORG"}),
        article("b", "The malicious Skulls program and the Gaobot worm spread.", {"Skulls": "ORG", "Gaobot": "GPE"}),
        article("c", "Firms such as Wimax Ltd sell it.", {"Wimax Ltd": "ORG"}),
        # a virus is often named after its bait: "Beckham virus spotted"
        article("d", "Beckham virus spotted on the net.", {"Beckham": "PERSON"}),
    )
    votes = identity.cue_votes(t)
    for unit in (("a", "Wimax"), ("a", "Zigbee"), ("b", "Skulls"), ("b", "Gaobot")):
        assert votes[unit]["PRODUCT"] > 0, unit
    assert votes.get(("c", "Wimax Ltd"), {}).get("PRODUCT", 0) == 0
    assert votes.get(("d", "Beckham"), {}).get("PRODUCT", 0) == 0


def test_a_technology_the_tagger_calls_an_organisation_is_a_thing_by_its_list():
    t = identify(
        tables(
            article("t1", "Networks face technologies such as Wimax.", {"Wimax": "ORG"}),
            article("t2", "Kent will get the Wimax network first.", {"Wimax": "ORG"}),
            article("t3", "New technologies like Wimax boost speeds.", {"Wimax": "ORG"}),
        )
    )
    assert corpus_entity(t, "t1", "Wimax")[2] in _COARSE_OTHER


def test_a_band_member_or_a_broadcaster_by_the_part_before_the_name_is_a_person():
    t = tables(
        article("a", "U2 frontman Bono sang, and DJ Rob Da Bank played.", {"Bono": "ORG", "Rob Da Bank": "ORG"}),
        article("b", "Cardinal Cormac Murphy-O'Connor spoke.", {"Cormac Murphy-O'Connor": "ORG"}),
    )
    votes = identity.cue_votes(t)
    for unit in (("a", "Bono"), ("a", "Rob Da Bank"), ("b", "Cormac Murphy-O'Connor")):
        assert votes[unit]["PERSON"] > 0, unit


def test_a_singer_the_tagger_calls_an_organisation_in_every_article_is_a_person_by_his_part():
    t = identify(
        tables(
            article("m1", "U2 frontman Vossa sang on the record.", {"Vossa": "ORG"}),
            article("m2", "Rock frontman Vossa joined the campaign.", {"Vossa": "ORG"}),
            article("m3", "The band played two shows, said frontman Vossa.", {"Vossa": "ORG"}),
        )
    )
    assert corpus_entity(t, "m1", "Vossa")[2] == "PERSON"


def test_a_thing_by_the_kind_that_names_it():
    t = tables(
        article("a", "The French platform is known as TNT, a joint venture.", {"TNT": "ORG"}),
        article("b", "He designed the format called RSS for blogs.", {"RSS": "ORG"}),
        article("c", "She joined a company called Zenbo last year.", {"Zenbo": "ORG"}),
    )
    votes = identity.cue_votes(t)
    assert votes[("a", "TNT")]["PRODUCT"] > 0
    assert votes[("b", "RSS")]["PRODUCT"] > 0
    assert votes.get(("c", "Zenbo"), {}).get("PRODUCT", 0) == 0  # a firm's kind: no thing


def test_a_thing_by_its_kind_in_apposition():
    t = tables(
        article("a", "Cebit, the world's largest hi-tech fair, has opened.", {"Cebit": "ORG"}),
        article("b", "They liked the Gizmondo, a powerful gaming console with GPS.", {"Gizmondo": "GPE"}),
        article("c", "Ann Rowe, a comedy writer, said so.", {"Ann Rowe": "PERSON"}),
        article("d", "Directed by Ann Rowe, the film was poorly received.", {"Ann Rowe": "PERSON"}),
    )
    votes = identity.cue_votes(t)
    assert votes[("a", "Cebit")]["EVENT"] > 0
    assert votes[("b", "Gizmondo")]["PRODUCT"] > 0
    for aid in ("c", "d"):  # not the kind's noun phrase; a new clause
        assert not {k for k, v in votes.get((aid, "Ann Rowe"), {}).items() if v > 0} & _COARSE_OTHER, aid


def test_a_club_by_its_head_word():
    # "Barnet Harriers", "Edinburgh Rugby": athletics and rugby clubs the tagger calls people or things
    t = identify(
        tables(
            article("h1", "60m: D Chin (Kestrel Harriers), J Gardener (Bath).", {"Kestrel Harriers": "PERSON"}),
            article("h2", "Kestrel Harriers won the relay.", {"Kestrel Harriers": "EVENT"}),
            article("r1", "Backs: Mike Blair (Ostrava Rugby), Andy Craig.", {"Ostrava Rugby": "EVENT"}),
        )
    )
    assert corpus_entity(t, "h1", "Kestrel Harriers")[2] == "ORG"
    assert corpus_entity(t, "r1", "Ostrava Rugby")[2] == "ORG"


def test_a_dam_or_a_tower_by_its_head_word_is_a_place():
    t = identify(
        tables(
            article("d1", "The Kestrel Gorges Dam will flood the valley.", {"Kestrel Gorges Dam": "ORG"}),
            article("d2", "Work on the Kestrel Gorges Dam began in 1994.", {"Kestrel Gorges Dam": "ORG"}),
        )
    )
    assert corpus_entity(t, "d1", "Kestrel Gorges Dam")[2] == "FAC"


def test_a_national_radio_channel_is_one_broadcaster_under_its_names():
    t = identify(
        tables(
            article("b1", "He told Five Live he was happy.", {"Five Live": "WORK_OF_ART"}, "sport"),
            article("b2", "She told BBC Radio Five Live: no.", {"BBC Radio Five Live": "WORK_OF_ART"}, "politics"),
            article("b3", "ITV1 had 13% of viewers.", {"ITV1": "PRODUCT"}, "entertainment"),
        )
    )
    five = corpus_entity(t, "b1", "Five Live")
    assert five == corpus_entity(t, "b2", "BBC Radio Five Live")
    assert five[2] == "ORG" and corpus_entity(t, "b3", "ITV1")[2] == "ORG"
