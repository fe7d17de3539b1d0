"""A surname before a word for kin (13-ah): "the Ambani family" names a family of people, so its
determiner is no vote against a person. Fails without the rule."""

from __future__ import annotations

import re

from analysis.corpus.identity import identify
from analysis.corpus.identity.evidence import cue_votes
from analysis.records import Mention
from tests.test_identity import article, corpus_entity, tables


def test_the_before_a_surname_and_family_is_no_vote_against_a_person():
    text = (
        "Reline is the investment firm of the Zorbani family. The Zorbani brothers fell out, and "
        "the Zorbani family holds 48% of the group."
    )
    votes = cue_votes(tables(article("a", text, {"Zorbani": "PERSON"}, "business")))
    assert votes[("a", "Zorbani")].get("PERSON", 0) >= 0


def test_a_determiner_before_a_name_still_counts_against_a_person_without_kin():
    text = "Shares in the Zorbani group rose. The Zorbani board met."
    votes = cue_votes(tables(article("a", text, {"Zorbani": "ORG"}, "business")))
    assert votes[("a", "Zorbani")].get("PERSON", 0) < 0


def test_a_person_named_beside_his_family_stays_a_person():
    texts = [
        "The buy-back is a victory for chairman Nukesh Zorbani, whose idea it was.",
        "Anil, brother of group president Nukesh Zorbani, resigned over a rift in the Zorbani family. "
        "The Zorbani family controls 48% of the group, and Nukesh is the chairman of the Zorbani family firm.",
    ]
    arts = [article(f"b{n}", x, {"Nukesh Zorbani": "PERSON"}, "business") for n, x in enumerate(texts)]
    for a in arts:  # the tagger's own chain: "Zorbani" and "Nukesh" alone are mentions of the full name
        for m in re.finditer(r"(?<!Nukesh )\bZorbani\b|\bNukesh\b(?! Zorbani)", a.text):
            a.mentions.append(Mention(m.start(), m.end(), m.group(), "PERSON", "Nukesh Zorbani"))
    t = identify(tables(*arts))
    assert corpus_entity(t, "b1", "Nukesh Zorbani")[2] == "PERSON"
