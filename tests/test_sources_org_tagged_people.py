"""A person the tagger calls an organisation (issue 11, eighteenth session): "Donald Trump" tagged ORG
all through a PolNeAR article let his "he"/"his" count for the woman named before him (Hillary
Clinton given "he x5", male). A name whose full form opens with a confident first name of the
pronoun's gender now counts as another person named before that pronoun."""

from analysis.extract.sources.gender import _a_person
from analysis.records import Mention


def _m(entity: str, label: str = "ORG") -> Mention:
    return Mention(start=0, end=len(entity), text=entity, label=label, entity=entity)


def test_org_tagged_man_blocks_he_not_she() -> None:
    trump = _m("Donald Trump")
    assert _a_person(trump, "he")
    assert not _a_person(trump, "she")  # his name is no rival for her "she"
    assert _a_person(trump, None)  # no pronoun to match: a person all the same


def test_org_without_first_name_is_no_person() -> None:
    assert not _a_person(_m("Wells Fargo"), "he")
    assert not _a_person(_m("Trump"), "he")  # a surname alone says nothing


def test_person_tag_still_counts() -> None:
    assert _a_person(_m("Stumpf", "PERSON"), "she")
