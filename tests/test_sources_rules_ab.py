"""Who speaks, issue 11ab: kind rules read from the misses of fresh16-20 and fresh22 (after fresh22's
blind score). Each is about what the words mean, in any article: a title before a surname the article
names in full is that person ("Prof Gellhorn" after "Ernest Gellhorn"); a party-and-state tag in
brackets is the person named before it ("Rep. Paul Ryan (R-WI) said"); a name tagged as a person but
described in apposition by a word for a body is that body ("Diageo, the world's biggest spirits
company"); a place ranked by size in a trade is no person ("the world's fourth-largest cocoa
producer"); a title before a name the tagger also names as a person alone stays a person
("Broadcaster Chris Evans"); a poll "of 1,313 people" is the poll, not the people. Small articles
written here, with guards."""

from __future__ import annotations

from tests.test_speakers import _article


def _speaker(a, words: str):
    found = [s for s in a.speakers if words.lower() in s.name.lower()]
    assert found, f"{words!r} not among {[(s.name, s.kind) for s in a.speakers]}"
    return found[0]


def test_a_title_before_a_surname_named_in_full_is_that_person():
    a = _article(
        '"Apple has turned an open standard into an artifice," the lawsuit states. The key to such a lawsuit '
        "would be convincing a court that a single brand is a market in itself, according to Ernest Gellhorn, an "
        'anti-trust law professor at George Mason University. "As a practical matter, the lower courts have been '
        'highly sceptical of such claims," Prof Gellhorn said. Apple has sold more than six million iPods.'
    )
    s = _speaker(a, "Prof Gellhorn")
    assert s.kind == "named person"
    assert s.role_group == "expert or academic"
    assert s.gender == "male"  # Ernest Gellhorn's: the first name, the documented last resort
    assert s.gender_evidence == ["first name"]


def test_a_title_before_an_unknown_surname_stays_unnamed():
    a = _article(
        "The case turns on one market, according to Ernest Gellhorn, an anti-trust law professor. "
        '"As a practical matter, the courts have been highly sceptical of such claims," Prof Brandt said.'
    )
    found = [s for s in a.speakers if s.name == "Prof Brandt"]
    assert all(s.gender == "unknown" for s in found)


def test_a_party_tag_in_brackets_is_the_person_before_it():
    a = _article(
        'Tuesday on WTMJ\'s "Midday with Charlie Sykes," while discussing a controversial tweet from presumptive '
        "Republican presidential nominee Donald Trump, Speaker of the House Rep. Paul Ryan (R-WI) said "
        '"anti-Semitic images, they\'ve got no place in a presidential campaign."\n\n'
        'He added, "Look I\'ve made this really really clear, the point is, I think he has got to clean this up."'
    )
    s = next(s for s in a.speakers if s.name in {"R-WI", "Paul Ryan"})
    assert s.kind == "named person"
    assert s.gender == "male"


def test_party_tag_shape():
    from analysis.extract.sources.untagged import _PARTY_TAG

    for tag in ("R-WI", "D-Calif.", "R-Texas", "I-Vt."):
        assert _PARTY_TAG.fullmatch(tag)
    for other in ("R-", "X-WI", "Reuters", "D"):
        assert not _PARTY_TAG.fullmatch(other)


def test_a_name_described_as_a_company_is_that_company():
    # (Diageo is tagged a person here, as in the BBC story this comes from)
    a = _article(
        "Diageo, the world's biggest spirits company, has agreed to buy Californian wine company Chalone.\n\n"
        "Diageo said it expects to get US regulatory approval for the deal during the first quarter."
    )
    s = _speaker(a, "Diageo")
    assert s.kind in {"organisation", "country or group"}
    assert s.gender == "unknown"


def test_a_ranking_by_size_in_a_trade_is_no_person():
    from analysis.extract.sources.tagged import _ranked_trade

    assert _ranked_trade("producer", "the world's fourth-largest cocoa producer")
    assert not _ranked_trade("producer", "the film's producer")
    assert not _ranked_trade("director", "the biggest director")


def test_a_title_before_a_persons_name_called_he_stays_a_person():
    a = _article(
        "Broadcaster Chris Evans has begun selling thousands of his possessions from a stall in Camden Market, "
        "London.\n\nAsked the reason for the sale, Evans said: \"I just want to get rid of it all, it's just a "
        'headache." He added: "It feels good."'
    )
    s = _speaker(a, "Chris Evans")  # the trade word at the sentence's start is no part of the name
    assert s.kind == "named person"
    assert s.gender == "male"
    assert s.role == "Broadcaster"


def test_a_body_after_its_kind_stays_a_body():
    a = _article(
        'US supermarket group Winn-Dixie said it would close 156 stores. "It is a hard decision," the group said.'
    )
    found = [s for s in a.speakers if "Winn-Dixie" in s.name]
    assert found and all(s.kind == "organisation" for s in found)


def test_a_poll_of_people_is_the_poll():
    a = _article(
        "A Daily Telegraph poll of 1,313 people suggests two-thirds of Britons support the couple's decision "
        "to marry. The wedding will be held in April."
    )
    assert _speaker(a, "poll").kind == "organisation"


def test_those_polled_stay_people():
    a = _article("Almost a quarter of those polled said they would not vote in the election next year.")
    assert _speaker(a, "quarter").kind == "anonymous"


def test_analysts_and_a_firms_name_are_the_firm():
    a = _article(
        "Fast web access is growing. According to analysts Nielsen//NetRatings, more than 50% of the 22.8 "
        "million UK net users regularly accessing the web from home are logging on at high speed."
    )
    s = _speaker(a, "analysts")
    assert s.kind == "organisation"
    assert s.role_group == "expert or academic"


def test_analysts_alone_or_before_a_date_stay_anonymous():
    a = _article("Shares fell on Monday. Analysts said the fall was a sign of worse to come for the firm.")
    assert _speaker(a, "Analysts").kind == "anonymous"
    b = _article("Shares fell. The firm's rivals were pleased, analysts Monday said the fall was a sign of worse.")
    found = [s for s in b.speakers if "analysts" in s.name.lower()]
    assert all(s.kind == "anonymous" for s in found)


def test_it_said_goes_on_with_a_name_reported_as_it():
    # (quote attribution) Diageo is tagged a person; "Diageo said it expects" shows the article calls it "it",
    # so the next "It said" is Diageo's, not the place named last ("US regulatory approval")
    a = _article(
        "Diageo, the world's biggest spirits company, has agreed to buy Californian wine company Chalone for "
        "$260m.\n\nDiageo said it expects to get US regulatory approval for the deal during the first quarter "
        "of 2005. It said Chalone would be integrated into its existing US wine business."
    )
    it = next(q for q in a.quotes if q.text.startswith("Chalone would be integrated"))
    assert it.speaker is not None and "Diageo" in it.speaker
