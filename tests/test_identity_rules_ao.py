"""Issue 13-ao: technical formats, standards and platforms ("RSS", "SMS", "Freeview"; the data file's
``technologies``) are things (PRODUCT) wherever they are named, though the tagger calls their acronyms
organisations; a longer name ending in one takes no type from it."""

from __future__ import annotations

from analysis.corpus.identity import identify
from analysis.corpus.identity.names import head_label, name_key
from tests.test_identity import article, corpus_entity, tables


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
