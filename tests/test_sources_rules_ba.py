"""Who speaks, issue 11ba: kinds of named and tagged speakers. A one-word speaker the tagger named no one
for ("D’Souza replied", "Laah Chong-gyu, executive director of Korea Development Bank, said") is the
person whose full name the article writes with a first name or a person's role; a name opening with a
first name that the article writes as a firm's ("James Hardie ... Hardie, which currently makes") is the
firm; "The former Scotland international" is one player, not the country; "A UK Independence Party MEP
suggested ..." (the tagger taking "MEP" for a body) is the person the next sentence names. Small articles
written here, with guards."""

from __future__ import annotations

from tests.test_speakers import _article


def _kind(a, name: str) -> str:
    found = {s.name: s.kind for s in a.speakers}
    assert name in found, found
    return found[name]


def test_a_surname_with_a_curly_apostrophe_after_a_full_name_the_tagger_missed():
    a = _article(
        "Filmmaker and best-selling author Dinesh D’Souza made his prediction on the next president.\n\n"
        'After the host asked the conservative who would win, D’Souza replied, "I would bet on Hillary."'
    )
    assert _kind(a, "D’Souza") == "named person"


def test_a_hyphenated_given_name_with_a_persons_apposition():
    a = _article(
        "LG Card had been threatened with collapse because of its huge debts.\n\n"
        '"LG Card will not need any more financial aid after this," Laah Chong-gyu, executive director of '
        "Korea Development Bank - one of the firm's creditors - said."
    )
    speaker = next(s for s in a.speakers if "Chong-gyu" in s.name)
    assert speaker.kind == "named person"


def test_a_word_after_a_body_is_no_missed_name():
    # "Eton" after "an": a description ("an Eton spokesperson"), never a person's surname
    a = _article(
        "The school has defended its fees.\n\n"
        '"We are proud of our bursaries," an Eton spokesperson said. Staff at Eton College agreed.'
    )
    assert all(s.kind != "named person" for s in a.speakers), [(s.name, s.kind) for s in a.speakers]


def test_a_firm_named_like_a_person_is_the_firm():
    a = _article(
        "Australian building products group James Hardie has agreed to pay $1.1bn to victims of asbestos.\n\n"
        "Hardie, which currently makes more than 80% of its revenues in the US, was once Australia's biggest "
        'supplier of asbestos building materials. "We accept our responsibility," James Hardie said in a '
        "statement. The deal still has to receive the approval of Hardie's shareholders."
    )
    assert _kind(a, "James Hardie") == "organisation"


def test_the_former_country_international_is_one_player():
    a = _article(
        "Gordon Strachan has turned down the chance to manage Portsmouth.\n\n"
        '"I think it\'s a fantastic job for anybody," Strachan told the BBC. The former Scotland international '
        'added that joining the rivals would not be wise. "I have too many memories," he said.'
    )
    speaker = next(s for s in a.speakers if s.name.endswith("Scotland international"))
    assert speaker.kind == "named person"


def test_a_post_after_a_partys_name_named_in_the_next_sentence():
    a = _article(
        "A UK Independence Party MEP suggested Germany saw the EU as an 'empire' and was cheaper than using "
        "tanks, a new documentary has revealed. Mike Nattrass, UKIP's deputy leader, made the comments to an "
        'audience at a meeting.\n\nMr Nattrass said: "I am not at all German-bashing."'
    )
    found = {s.name: s.kind for s in a.speakers}
    assert "MEP" in found, found
    assert found["MEP"] == "named person"


def test_a_post_whose_lead_names_someone_else_is_not_named_next():
    a = _article(
        "A UK Independence Party MEP attacked Tony Blair's plans for Europe on Monday. Mike Nattrass, UKIP's "
        'deputy leader, spoke at a meeting later.\n\nMr Nattrass said: "I am not at all German-bashing."'
    )
    assert all(not (s.name == "MEP" and s.kind == "named person") for s in a.speakers), [
        (s.name, s.kind) for s in a.speakers
    ]


def test_an_average_share_of_respondents_is_a_share_of_people():
    from analysis.extract.sources.kinds import _share_of_people

    assert _share_of_people("an average of 44% of respondents in each country")
    assert not _share_of_people("the average of recent polls compiled by Real Clear Politics")
    assert not _share_of_people("the Real Clear Politics average of recent polls")


def _context_of(monkeypatch, text: str):
    """The speaker look-ups' context of a small article (captured as the extractor builds it)."""
    import analysis.extract.sources as sources

    built = []

    class _Kept(sources._Context):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            built.append(self)

    monkeypatch.setattr(sources, "_Context", _Kept)
    _article(text)
    assert built
    return built[-1]


def test_a_persons_name_with_a_curly_apostrophe_reads_as_with_a_straight_one(monkeypatch):
    from analysis.extract.sources.names import _a_persons_name

    for mark in ("’", "'"):
        ctx = _context_of(
            monkeypatch,
            f'Shares in Ryanair fell on Monday.\n\n"Fuel costs will rise," Simon O{mark}Leary of Davy Stockbrokers '
            "said.",
        )
        assert _a_persons_name(ctx, f"Simon O{mark}Leary")


def test_a_partys_thing_is_no_persons_description(monkeypatch):
    from analysis.extract.sources.kinds import _kind_of_words

    text = (
        "Tony Blair warned that the Tory strategy was to win power by the back door. A Tory strategist "
        "denied it.\n\nThe campaign goes on."
    )
    ctx = _context_of(monkeypatch, text)
    for words, kind in (("the Tory strategy", "organisation"), ("A Tory strategist", "unnamed person")):
        at = ctx.text.index(words)
        assert _kind_of_words(ctx, words, at, at + len(words)) == kind, words


def test_a_word_for_a_body_tagged_as_a_person_is_no_surname(monkeypatch):
    from analysis.extract.sources.names import a_bodys_word

    ctx = _context_of(
        monkeypatch,
        "Research from Halifax, the country's biggest mortgage lender, suggests house prices are rising. "
        'Analyst Sarah Fund agreed, and Mr Court said: "Prices will rise."',
    )
    assert a_bodys_word(ctx, "Research")
    assert not a_bodys_word(ctx, "Fund")  # Sarah Fund's surname
    assert not a_bodys_word(ctx, "Court")  # "Mr Court": a person
