"""The fiftieth session's first round (read from the misses of fresh167 and fresh168, the first parts drawn
from web pages: American news of 2019 and other genres): the acronyms of American federal agencies are
a government's ('NASA administrator'); 'administrator' is a word for a post, whose body places it; a former
post-holder "and now" something is what they are now; a bare officer in a story about a crime is the
police's; a post's initials ("CEO") are a person, not an acronym's body; a person of a trade with no agent
noun's ending ("the waitress") is a person, not a thing; the entertainment trade press are media; a
witness at a hearing, or a pair of them, is there in the post their title gives; a title may end on "to"
a place ("U.S. Ambassador to the European Union")."""

from __future__ import annotations

from analysis.extract.sources.groups import role_group
from tests.test_speakers import _article, _speaker

_GOVERNMENT = "government official or spokesperson"


def test_federal_agencies_by_their_initials():
    for role in ("NASA administrator", "an FDA spokeswoman", "EPA official", "a CDC researcher"):
        assert role_group(role) in {_GOVERNMENT, "expert or academic"}, role
    assert role_group("NASA administrator") == _GOVERNMENT
    assert role_group("Drug Enforcement Administration") == "police, military, justice"
    assert role_group("Gao") == "unknown"  # a Chinese surname, not the Government Accountability Office
    assert role_group("administrator") == "unknown"  # the body says whose: no default of its own
    assert role_group("city administrator") == _GOVERNMENT  # its own phrase, as before
    a = _article(
        'The rocket is late. "We are not confident," NASA administrator Jim Bridenstine said on Tuesday.',
        title="Moon rocket delayed",
    )
    assert _speaker(a, "Jim Bridenstine").role_group == _GOVERNMENT


def test_a_former_post_and_now_another():
    a = _article(
        'Lawmakers met on Monday.\n\n"If NASA focuses on the investment, there is a better chance," said Doug '
        "Cooke, a former NASA associate administrator for exploration and now an industry consultant, during "
        "a September hearing.",
        title="Moon plans",
    )
    cooke = _speaker(a, "Doug Cooke")
    assert (cooke.role, cooke.role_group) == ("now an industry consultant", "expert or academic")


def test_a_former_post_alone_is_still_read():
    a = _article(
        'Lawmakers met on Monday.\n\n"There is a better chance," said Doug Cooke, a former NASA associate '
        "administrator, during a September hearing.",
        title="Moon plans",
    )
    cooke = _speaker(a, "Doug Cooke")
    assert (cooke.role, cooke.role_group) == ("a former NASA associate administrator", _GOVERNMENT)


def test_an_officer_in_a_story_about_a_crime_is_the_polices():
    a = _article(
        "A kidnapped girl was rescued after police tracked the suspect to a motel, where he was arrested and "
        'taken into custody.\n\n"Police! Open the door!" an officer shouts in the video.',
        title="Girl rescued",
    )
    officer = _speaker(a, "an officer")
    assert (officer.kind, officer.role_group) == ("unnamed person", "police, military, justice")


def test_an_officer_elsewhere_stays_unplaced():
    a = _article(
        'The bank raised its forecast. "Demand is strong," an officer said after the meeting of the board.',
        title="Bank forecast",
    )
    assert _speaker(a, "an officer").role_group == "unknown"
    assert role_group("chief financial officer", story=("crime",)) == "business"


def test_a_posts_initials_are_a_person():
    a = _article(
        "Neo-banks promise to care about their customers' \u201cfinancial health,\u201d as one neo-bank CEO "
        "told me, and to ease the pain.",
        title="Banking",
    )
    ceo = _speaker(a, "CEO")
    assert (ceo.kind, ceo.role_group) == ("unnamed person", "business")


def test_an_acronym_the_tagger_missed_is_still_a_body():
    a = _article('"We are worried about the birds," the RSPCA said on Monday.', title="Birds")
    assert _speaker(a, "RSPCA").kind == "organisation"


def test_a_person_of_a_trade_is_no_thing():
    a = _article(
        "DEAR ABBY: A waitress at our restaurant grabbed my arm and would not let me go. My husband called the "
        "manager later, but the manager believed the waitress, who said that I started it.",
        title="Dear Abby",
    )
    waitress = _speaker(a, "the waitress")
    assert (waitress.kind, waitress.role_group) == ("unnamed person", "ordinary person or witness")


def test_a_thing_stays_a_body():
    a = _article(
        "The judges ruled on Friday. The ruling said that the law was void, and the state will appeal.",
        title="Court",
    )
    assert _speaker(a, "The ruling").kind == "organisation"


def test_the_entertainment_trade_press():
    a = _article(
        "There are three scripts still in contention for the film, according to The Wrap. Deadline reports "
        "that the studio is also still working on a second film.",
        title="Star Trek 4",
    )
    for name in ("Wrap", "Deadline"):
        s = _speaker(a, name)
        assert (s.kind, s.role_group) == ("organisation", "media"), name


def test_a_witness_at_a_hearing_is_there_in_his_post():
    a = _article(
        "WASHINGTON (AP) \u2014 Ambassador Gordon Sondland, the most anticipated witness in the impeachment "
        'inquiry, is likely to be unpredictable. Sondland has said he "spoke several times" with the president.',
        title="Sondland to testify",
    )
    sondland = _speaker(a, "Gordon Sondland")
    assert (sondland.role, sondland.role_group) == ("Ambassador", _GOVERNMENT)


def test_a_pair_of_witnesses_each_in_their_own_title():
    a = _article(
        "At last week\u2019s hearing, the two invited witnesses, former astronaut Tom Stafford and retired "
        "aerospace executive Tom Young, backed up that assessment.\n\n"
        "\u201cManaging and contracting experiments must be excluded,\u201d Young said.",
        title="Moon rocket",
    )
    young = _speaker(a, "Tom Young")
    assert (young.role, young.role_group) == ("retired aerospace executive", "business")


def test_a_witness_with_no_title_stays_a_witness():
    a = _article(
        'The fire spread fast. "I saw the flames from my window," said Jane Doe, a witness who lives nearby.',
        title="Fire",
    )
    assert _speaker(a, "Jane Doe").role_group == "ordinary person or witness"


def test_a_title_ending_on_to_a_place():
    a = _article(
        "Lawmakers met.\n\nU.S. Ambassador to the European Union Gordon Sondland testified on Wednesday. "
        '"It was a deal," Sondland said.',
        title="Hearing",
    )
    sondland = _speaker(a, "Gordon Sondland")
    assert (sondland.role, sondland.role_group) == ("U.S. Ambassador to the European Union", _GOVERNMENT)


def test_a_suspect_is_an_ordinary_person():
    assert role_group("The suspect") == "ordinary person or witness"
    assert role_group("defendant") == "ordinary person or witness"


def test_a_body_described_right_before_its_name():
    a = _article(
        "Taylor Swift might not be able to perform her hits due to a dispute with Scooter Braun (which owns her "
        "former record label, Big Machine) and the private equity firm The Carlyle Group.\n\nIt's her music, so "
        "why can't she sing it? According to Swift, her former label Big Machine is preventing her from "
        "performing her past hits.\n\nSwift took to Twitter to air her grievances with Big Machine. Big Machine "
        'has denied Swift\'s claims, saying they were "shocking and false." She says she will re-record her songs.',
        title="Swift",
    )
    label = _speaker(a, "Big Machine")
    assert (label.kind, label.gender) == ("organisation", "unknown")


def test_a_person_described_right_before_the_name_stays_one():
    a = _article(
        "The band thanked their longtime manager, Tom Peters. Peters said the tour \u201cwas the best yet.\u201d",
        title="Tour",
    )
    assert _speaker(a, "Tom Peters").kind == "named person"


def test_a_club_named_for_its_place():
    a = _article(
        "Jose Mourinho has been appointed manager of Tottenham Hotspur, the Premier League club said, after "
        "the sacking of Mauricio Pochettino. The players and the squad meet him on Thursday, with the season "
        'half over.\n\nTottenham said in a statement: "Jose is one of the most accomplished managers in football."',
        title="Mourinho to Spurs",
    )
    club = _speaker(a, "Tottenham")
    assert (club.kind, club.role_group) == ("organisation", "culture and sport")
