"""Who speaks, issue 11dr: role words found but given no group. A bare collective ("The panel", "the
committee") is the body the article described before it ("a panel of experts", "a committee of MPs"),
and a market's or a trade's "watchers" comment on it from outside as analysts do. Small articles
written here, with the guards: a panel the article never describes stays unknown, and a possessive
before the noun ("the council's work the committee") describes no committee."""

from __future__ import annotations

from tests.test_speakers import _article


def _speaker(a, name: str):
    found = [s for s in a.speakers if (s.name or "") == name]
    assert found, f"{name!r} not among {[(s.name, s.role) for s in a.speakers]}"
    return found[0]


def test_the_panel_is_the_panel_of_experts_described_before():
    a = _article(
        "Casual gaming will be big business in 2005, said a panel of experts. They were speaking before the "
        "Consumer Electronics Show in Las Vegas. The panel also insisted that casual gamers were not just women."
    )
    s = _speaker(a, "The panel")
    assert s.role_group == "expert or academic"


def test_the_panel_after_the_expert_panel():
    a = _article(
        "The expert panel probed the future of file-sharing at the show in Las Vegas. Piracy will fall, "
        "according to the panel."
    )
    assert _speaker(a, "the panel").role_group == "expert or academic"


def test_the_committee_after_a_committee_of_mps():
    a = _article(
        "A national body to tackle skills shortages should be set up, a committee of MPs has said. In its "
        'report on the council\'s work the committee said: "We are deeply concerned by the shortages."'
    )
    assert _speaker(a, "the committee").role_group == "politician"


def test_a_panel_never_described_stays_unknown():
    a = _article(
        "Lord Currie, chairman of the watchdog, spoke at a debate in Westminster. After he left, the panel "
        "agreed that people power is likely to reign online."
    )
    assert _speaker(a, "the panel").role_group == "unknown"


def test_a_possessive_before_the_noun_describes_no_committee():
    a = _article(
        "Ministers met on Monday. On the council's work the committee was scathing. "
        '"We are deeply concerned by the shortages," the committee said.'
    )
    assert _speaker(a, "the committee").role_group == "unknown"


def test_some_watchers_of_a_market_are_experts():
    a = _article(
        "Toyota sold more hybrids than expected. And some watchers point out that the price tag on a hybrid "
        "is upwards of $3,000 above that of an equivalent car."
    )
    assert _speaker(a, "some watchers").role_group == "expert or academic"


def test_a_share_spelled_with_tens_and_units_apart_is_a_polls_people():
    a = _article(
        "Consumers are concerned about RFID tags, a survey has found. Fifty nine percent of people said they were "
        "worried that the tags would allow data to be used more freely."
    )
    s = _speaker(a, "Fifty nine percent of people")
    assert s.kind == "anonymous"
    assert s.role_group == "ordinary person or witness"


def test_barely_a_share_of_those_questioned():
    a = _article(
        "Consumers want music rather than movies on portable players, according to research. Barely 5% of those "
        "questioned said they wanted a player that could play back both music and movies."
    )
    s = _speaker(a, "Barely 5% of those questioned")
    assert s.kind == "anonymous"
    assert s.role_group == "ordinary person or witness"


def test_a_share_in_a_study_is_its_respondents():
    a = _article(
        "A study by analysts Jupiter Research suggested that broadband was challenging television. In homes with "
        "broadband, 40% said they were spending less time watching TV."
    )
    assert _speaker(a, "40").role_group == "ordinary person or witness"


def test_a_clergyman_and_the_cardinal_are_church_voices():
    a = _article(
        "The novel's claims are laughable, a clergyman has said. Meanwhile Cardinal Cormac Murphy-O'Connor "
        'spoke in London. "Peace is worth striving for," the cardinal said.'
    )
    assert _speaker(a, "a clergyman").role_group == "civil society, NGO, union"
    s = [x for x in a.speakers if "cardinal" in (x.name or "").lower() or "Murphy" in (x.name or "")]
    assert s and all(x.role_group == "civil society, NGO, union" for x in s)


def test_countries_speaking_are_their_governments():
    a = _article(
        "India and Iran signed a gas deal. Iran invited Indian firms to develop two oilfields, both countries "
        "said in a statement."
    )
    s = _speaker(a, "both countries")
    # (anonymous until the thirty-sixth session: two named states are a country or group, as the labels read them)
    assert s.kind == "country or group"
    assert s.role_group == "government official or spokesperson"
