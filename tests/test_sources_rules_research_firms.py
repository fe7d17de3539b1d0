"""Who speaks: a firm named for measuring or researching ("market research company", "monitoring firm",
"web tracking company", "research firm TNS") is expert or academic, the labels' research-firm
precedent; a research word before a body's head word describes the body, it is no document
("research firm TNS" was read as TNS's research, then as a firm: business). Other firms stay business."""

from __future__ import annotations

import pytest

from analysis.extract.sources.groups import role_group
from tests.test_speakers import _article, _speaker


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ('"Downloads have soared," said Ben Coppin, of web tracking company Envisional.', "Ben Coppin"),
        ('"The market is booming," said Nick Parker, of research firm TNS.', "Nick Parker"),
        ('"The market is booming," said Chris Jones, of market research company Mintel.', "Chris Jones"),
    ],
)
def test_a_person_from_a_firm_that_measures_is_an_expert(sentence: str, name: str):
    s = _speaker(_article("Sales of games rose last year. " + sentence), name)
    assert s.role_group == "expert or academic"


@pytest.mark.parametrize(
    "role", ["net monitoring firm Netcraft", "polling company Populus", "analysis firm Screen Digest"]
)
def test_a_measuring_firms_description_is_expert(role: str):
    assert role_group(role, story=("business",)) == "expert or academic"


@pytest.mark.parametrize(
    ("role", "group"),
    [
        ("security firm Sophos", "business"),
        ("a report by the mobile firm", "business"),  # a document of a firm: still the issuer's
        ("a New York Times/CBS News poll", "media"),
    ],
)
def test_other_firms_and_documents_keep_their_reading(role: str, group: str):
    assert role_group(role, story=("business",)) == group


def test_a_person_from_a_firm_takes_the_firms_own_description_before_the_firm_default():
    # "Envisional said ... the firm said": a firm by how the article speaks of it; its own description
    # ("Web tracking company Envisional") says which kind
    a = _article(
        "Web tracking company Envisional said 18% of downloaders were in the UK. About 70% used BitTorrent, "
        'the firm said. "It is now as easy to download a show as to record one," said Ben Coppin from Envisional.'
    )
    assert _speaker(a, "Ben Coppin").role_group == "expert or academic"
