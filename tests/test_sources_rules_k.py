"""Who speaks, eleventh round (issue 11k): role groups for job titles the lexicon lacked, from a broad,
systematic occupations list (role_groups.json "occupations") that never overrides the groups. Small
articles written here, one per pattern."""

from __future__ import annotations

from analysis.extract.sources import role_group
from analysis.extract.sources.lexicons import _occupations, _role_lexicon
from tests.test_speakers import _article, _speaker


# -- role group: the occupations list ---------------------------------------------------------------
def test_a_job_title_the_groups_lack_takes_its_occupation_group():
    a = _article(
        "Prices rose again in the town's shops this week. “I cannot afford the bus fare any more,” said "
        "Helen Carr, a school teacher from Leeds."
    )
    assert _speaker(a, "Helen Carr").role_group == "ordinary person or witness"
    b = _article("“The building will stand for a century,” said Jan Olsen, an architect.")
    assert _speaker(b, "Jan Olsen").role_group == "business"
    assert role_group("the nationalist Global Times tabloid", name=True) == "media"
    assert role_group("a number of attendees") == "ordinary person or witness"


def test_an_occupation_phrase_beats_a_single_word_of_the_groups():
    # "candidate" alone is an election candidate; "a doctoral candidate" is a student of a university
    assert role_group("a candidate for the Senate") == "politician"
    assert role_group("a doctoral candidate at the Georgia Institute of Technology") == "expert or academic"


def test_the_occupations_list_never_overrides_the_groups():
    specific, generic = _role_lexicon()
    phrases, words = _occupations()
    # a single word of the list counts only when nothing else placed the role
    assert role_group("president of the United Federation of Teachers") == "civil society, NGO, union"
    assert role_group("a teacher and union leader") == "civil society, NGO, union"
    # the list leaves out words that are as often surnames or firms' names
    assert not {"baker", "cook", "general", "critics"} & set(words)
    # "website" is in since 11bu; a body's own site stays the body's, not an outlet
    assert role_group("its website") == "unknown"
    # no word of the list is a generic head: those keep their rule
    assert not set(words) & set(generic)
    assert all(specific.get(p) is not None for p in phrases)
