"""Who speaks: a title written before a name and set off by commas ("Home Secretary, Charles Clarke,
said") is the person's, not a speaker of its own; a name closing a post's phrase after a comma ("director
of the Victims of Crime Trust, Norman Brennan, accused") or right after the post's body ("Chairman of the
Environmental Audit Committee Peter Ainsworth MP, said") is that post's holder, though the parse hangs the
name on the body; "The MP" goes back to the member named before, as "the senator" does; a body named for
its members and a word for a body ("Victims of Crime Trust") is civil society; and a description that a
relative clause pins down with no comma before it ("the woman who is one of Clinton's best validators")
brings in someone new, so it neither stands for the person named last nor gives them its words or the
he/she after it; a person's own document ("The email goes on to say") is its writer's words; and in a
match report a club's executive ("United's chief executive") is the club's, culture and sport; an owned description
as a subject ("Tindall's agent has warned ...") is the role of the person a new paragraph names next; a
central bank's governor is an official, not a politician; and in a story about politics a pronoun's
strategist ("His chief strategist") is campaign staff, as "Sanders strategist" is."""

from __future__ import annotations

import pytest

from analysis.extract.sources.groups import role_group
from tests.test_speakers import _article, _speaker


def _names(a) -> list[str]:
    return [s.name for s in a.speakers]


def test_a_bare_title_before_a_name_is_the_persons():
    a = _article(
        "The case against the two men was dropped on Monday. Director of Public Prosecutions, Ken Macdonald QC, "
        'said: "There is not enough evidence to continue." Home Secretary, Charles Clarke, said the law would '
        "change."
    )
    assert "Director" not in _names(a) and "Home Secretary" not in _names(a)
    assert [q.speaker for q in a.quotes][:1] == ["Ken Macdonald QC"]
    clarke = _speaker(a, "Charles Clarke")
    assert (clarke.role, clarke.role_group) == ("Home Secretary", "politician")


def test_a_members_letters_tagged_apart_stay_the_members():
    a = _article(
        'They say much money is new. Scottish Finance Minister, Tom McCabe MSP, said: "Last week I announced more."'
    )
    assert [q.speaker for q in a.quotes][-1] == "Tom McCabe"
    assert _speaker(a, "Tom McCabe").role_group == "politician"


def test_a_bare_title_after_a_fronted_phrase():
    a = _article(
        "But last week, Argentine Economic Minister, Roberto Lavagna, told the French media in Paris that the "
        "government was confident of a deal."
    )
    lavagna = _speaker(a, "Roberto Lavagna")
    assert (lavagna.role, lavagna.role_group) == ("Argentine Economic Minister", "politician")


def test_a_name_right_after_the_body_of_a_post_is_the_post_holders():
    a = _article(
        "The report was a stinging rebuke. Chairman of the Environmental Audit Committee Peter Ainsworth MP, said: "
        '"The policy is an alarming example of disjointed thinking."'
    )
    ainsworth = _speaker(a, "Peter Ainsworth")
    assert ainsworth.role_group == "politician"
    assert [q.speaker for q in a.quotes] == ["Peter Ainsworth"]


def test_a_body_in_apposition_stays_the_speaker():
    a = _article('Greenpeace, the campaign group, said the plan "will fail".')
    assert _names(a) == ["Greenpeace"]


def test_a_name_closing_a_posts_phrase_is_the_post_holders():
    a = _article(
        "Judges may cut sentences for early guilty pleas. But director of the Victims of Crime Trust, Norman "
        'Brennan, accused Lord Woolf of having an "arrogant contempt for victims of crime".'
    )
    brennan = _speaker(a, "Norman Brennan")
    assert brennan.role == "director of the Victims of Crime Trust"
    assert brennan.role_group == "civil society, NGO, union"


def test_a_name_closing_a_description_with_its_clause_is_the_described_persons():
    a = _article(
        "Seven years ago, I was interviewing for a job.\n\nThe editor I was talking to, Tim Grieve, interrupted me "
        'in mid-sentence to announce, "And there goes the franchise."'
    )
    assert [q.speaker for q in a.quotes] == ["Tim Grieve"]
    grieve = _speaker(a, "Tim Grieve")
    assert (grieve.role, grieve.role_group) == ("The editor I was talking to", "media")


def test_a_name_hung_on_a_word_for_a_person_is_not_taken_for_the_speaker():
    # the former president's name, not the wife's: she stays the speaker
    a = _article('The wife of the former president, Bill Clinton, said she was "delighted".')
    assert "Bill Clinton" not in _names(a)


@pytest.mark.parametrize(
    ("role", "group"),
    [
        ("Victims of Crime Trust", "civil society, NGO, union"),
        ("of the Victims of Crime Trust", "civil society, NGO, union"),
        ("Parents Television Council", "civil society, NGO, union"),
        ("Democrats Abroad", "politician"),
        ("the Victims of Crime", "ordinary person or witness"),
    ],
)
def test_a_body_named_for_its_members(role: str, group: str):
    assert role_group(role) == group


def test_the_mp_goes_back_to_the_member_named_before():
    a = _article(
        'Meanwhile Labour backbencher Stephen Pound labelled the schemes "a pile of pants". The MP for Ealing North '
        "claimed the legislation would encourage gambling."
    )
    assert _names(a) == ["Stephen Pound"]
    assert len(a.quotes) == 2
    b = _article(
        'Mr Flight says he will not stand down. The MP, who is consulting his lawyers, told BBC News: "They '
        'selected me."'
    )
    assert _names(b) == ["Flight"]
    c = _article(
        "Robert Kilroy-Silk has attacked the immigration policy of the main parties.\n\nThe Veritas leader said "
        "the only people to benefit from immigration were employers. The MEP said his party would only admit "
        "foreigners who were needed."
    )
    assert a.quotes and c.quotes[-1].speaker == "Robert Kilroy-Silk"


def test_a_description_pinned_down_by_a_relative_clause_is_someone_new():
    a = _article(
        'Bill Clinton has said his wife is "the best change-maker". On Sunday afternoon, the woman who is one of '
        "Clinton's best personality validators showed up in the flesh after arriving by car from Chicago to help "
        "her oldest friend. She knocked on doors in the snow."
    )
    bill = _speaker(a, "Bill Clinton")
    assert bill.gender == "male" and bill.role is None
    b = _article('Mary Jones opened the shop in May. "It is a disaster," said the woman who runs the shop next door.')
    assert [q.speaker for q in b.quotes] == ["the woman"]


def test_a_name_in_apposition_to_a_subject_description_keeps_its_pronouns():
    a = _article(
        "The congressman’s longtime political adviser and former congressional staffer, Susannah Randolph, was "
        "his heir apparent, where she has a reputation as a top progressive operative. She said she would run "
        'anyway. "I will win," Randolph said.'
    )
    # ("congressman" beside her name is his, which leaves her gender open, as before: never his)
    assert _speaker(a, "Susannah Randolph").gender != "male"


def test_a_description_set_off_by_a_comma_still_goes_back():
    a = _article('John Smith was arrested in May. The man, who is 45, said he was "innocent".')
    assert [q.speaker for q in a.quotes] == ["John Smith"]


def test_a_persons_own_document_speaks_for_its_writer():
    a = _article(
        "Huma Abedin, vice chairwoman for Clinton’s presidential campaign, emailed supporters on Monday evening, "
        "telling them, “I am a proud Muslim — but you don’t have to share my faith to share my disgust.”\n\nThe "
        "email goes on to say: “Trump wants to literally write racism into our law books.”"
    )
    speakers = [q.speaker for q in a.quotes]
    assert len(speakers) == 2 and speakers[0] == speakers[1] and "Abedin" in speakers[0]
    b = _article('The company said profits rose. Analysts were unimpressed. The document says "growth will slow".')
    assert "Analysts" not in [q.speaker for q in b.quotes]


@pytest.mark.parametrize(
    ("role", "group"),
    [
        ("United's chief executive", "culture and sport"),
        ("the club's chief executive", "culture and sport"),
        ("Chelsea chief executive", "culture and sport"),
        ("the bank's chief executive", "business"),
    ],
)
def test_a_clubs_executive_in_a_match_report_is_the_clubs(role: str, group: str):
    assert role_group(role, story=("culture and sport",)) == group


def test_an_owned_description_before_a_paragraph_naming_someone_new_is_their_role():
    a = _article(
        "Mike Tindall's agent has warned Bath they have until next week to improve their contract offer to the "
        "England man.\n\nDipo Alli says he has received an offer for Tindall which dwarfs Bath's deal. \"Mike does "
        'not want to leave," he said.',
        title="Tindall agent warns Bath",
    )
    alli = _speaker(a, "Dipo Alli")
    assert (alli.role, alli.role_group) == ("Mike Tindall's agent", "culture and sport")
    # guard: in the same paragraph the next name may be anyone
    b = _article(
        "John Smith met the minister on Monday. Smith's lawyer said he was innocent. "
        'Peter Jones said the case was "weak".'
    )
    assert _speaker(b, "Peter Jones").role is None


@pytest.mark.parametrize(
    ("role", "story", "group"),
    [
        ("bank governor", (), "government official or spokesperson"),
        ("central bank governor", (), "government official or spokesperson"),
        ("Former Arizona governor", (), "politician"),
        ("His chief strategist", ("politics",), "government official or spokesperson"),
        ("a Republican strategist", ("politics",), "expert or academic"),
    ],
)
def test_a_central_banks_governor_and_someones_own_strategist(role: str, story: tuple[str, ...], group: str):
    assert role_group(role, story=story) == group
