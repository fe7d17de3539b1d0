"""Quote speakers in sport, entertainment, tech and business copy (issue 16, fourth round): one short
invented article per pattern found in several development articles, each asserting the speakers."""

from __future__ import annotations

from analysis import Article, analyze, read_bytes


def _analyze(body: str, headline: str = "A story") -> Article:
    return analyze(read_bytes("test.txt", f"{headline}\n\n{body}\n".encode()))


def _speakers(art: Article) -> dict[str, str | None]:
    """Each direct or partial quote's first words -> its speaker."""
    return {q.text[:24]: q.speaker for q in art.quotes if q.kind in ("direct", "partial")}


def test_quoted_as_saying_is_the_one_quoted_not_the_paper() -> None:
    art = _analyze(
        "Acme Airways made a record profit last year but says it must still cut costs.\n\n"
        '"We will have to find the lowest cost structure we can," the newspaper quoted Acme chief '
        "executive Geoff Brand as saying.\n\n"
        '"He knew about the losses all along," AP quoted prosecutor Russell Kane as saying.'
    )
    assert _speakers(art) == {
        "We will have to find the": "Geoff Brand",
        "He knew about the losses": "Russell Kane",
    }


def test_an_organisation_before_a_title_and_a_name_is_not_the_speaker() -> None:
    art = _analyze(
        "Not everyone is convinced that selling the gold is the best way forward.\n\n"
        '"The US is not convinced that is the way to do it," said Treasury Under Secretary John Taylor.'
        " Canada, a key producer, also expressed reservations.\n\n"
        "Spurs sporting director Frank Arnesen said the coach had left for personal reasons.\n\n"
        '"That is absolute nonsense," said the Spurs sporting director.'
    )
    assert _speakers(art) == {
        "The US is not convinced ": "John Taylor",
        "That is absolute nonsens": "Frank Arnesen",
    }


def test_he_never_goes_to_the_title_of_a_work() -> None:
    art = _analyze(
        "For Rick Dean, director of business development at a digital content company, a "
        "high-definition future is an exciting prospect. He has worked on the Star Wars trilogy, "
        "Finding Nemo, The Incredibles and Indiana Jones.\n\n"
        '"There was a time when the film world and the video world were two separate worlds," '
        "he told the BBC News website."
    )
    assert _speakers(art) == {"There was a time when th": "Rick Dean"}
    art = _analyze(
        "The singer appeared at the festival to launch the documentary. The film, A Different Story, "
        "chronicles George Michael's life and career. The 41-year-old chart-topper told reporters he "
        'wanted to "move his career into a different form".\n\n'
        '"I am still going to be making music," he said.'
    )
    assert _speakers(art) == {
        "move his career into a d": "George Michael",
        "I am still going to be m": "George Michael",
    }


def test_an_age_or_youngster_description_is_the_person_named_before() -> None:
    art = _analyze(
        "Perpignan flanker Jean-Philippe Grand is delighted to have received his first call-up.\n\n"
        '"It is incredible," the youngster said. "I was not expecting it at all."\n\n'
        "All Blacks captain Tama Umaga has warned the Lions will be his most fearsome opponents yet. "
        'The 31-year-old winger called the tour "the biggest thing to hit New Zealand".'
    )
    assert _speakers(art) == {
        "It is incredible,": "Jean-Philippe Grand",
        "I was not expecting it a": "Jean-Philippe Grand",
        "the biggest thing to hit": "Tama Umaga",
    }


def test_a_full_name_the_tagger_took_for_an_organisation_is_the_person() -> None:
    art = _analyze(
        "The digital revolution is about letting people tell their own stories, according to "
        "Carly Fiorina, chief of technology giant Hewlett Packard.\n\n"
        "The job of firms such as HP now, she said in a speech at the Consumer Electronics Show, "
        "was to make the digital and physical worlds converge. She said the goal for 2005 was to "
        "make people the centre of technology. The show presents 50,000 new gadgets. The tech-fest, "
        "the largest of its kind in the world, runs from 6 to 9 January. Most of them are phones.\n\n"
        '"The digital revolution is about the democratisation of technology," she told delegates.\n\n'
        "Ms Fiorina also praised the singer Gwen Stefani."
    )
    assert _speakers(art) == {"The digital revolution i": "Carly Fiorina"}


def test_he_after_a_sentence_led_by_a_name_the_parse_split() -> None:
    art = _analyze(
        '"Revenue is up," said BA chief executive Martin Broughton. BA had forecast a 2% rise.\n\n'
        'Aviation analyst Nick Van den Brul of BNP Paribas described the results as "pretty modest". '
        '"It is quite good on the revenue side," he said.'
    )
    assert _speakers(art) == {
        "Revenue is up,": "Martin Broughton",
        "pretty modest": "Nick Van den Brul",
        "It is quite good on the ": "Nick Van den Brul",
    }


def test_the_magazine_and_it_are_the_magazine_named_before() -> None:
    art = _analyze(
        "The Acme Notebook has been chosen as the greatest gadget of all time by US magazine Mobile PC.\n\n"
        "The list includes the Sony Walkman at number three.\n\n"
        '"In general we included only items that were potentially mobile," said the magazine.\n\n'
        '"In the end, we tried to get to the heart of what makes a gadget a gadget," it concluded.\n\n'
        "The BBC is to move its chart show. Its director Jana Bennett said little.\n\n"
        '"We think the new slot will create a buzz," said the corporation.'
    )
    assert _speakers(art) == {
        "In general we included o": "Mobile PC",
        "In the end, we tried to ": "Mobile PC",
        "We think the new slot wi": "BBC",
    }


def test_a_quote_ending_with_a_stop_is_not_the_next_sentence_s() -> None:
    art = _analyze(
        "Business confidence in Germany fell in February.\n\n"
        '"We are surprised that the index has taken such a knock," said bank economist Bernd Weiden. '
        '"The main reason is probably that the domestic economy is still weak." Economy Minister '
        'Wolfgang Clement called the dip "a very mild decline".'
    )
    assert _speakers(art) == {
        "We are surprised that th": "Bernd Weiden",
        "The main reason is proba": "Bernd Weiden",
        "a very mild decline": "Wolfgang Clement",
    }


def test_a_statement_on_her_website_is_hers() -> None:
    art = _analyze(
        "Tennis star Kim Clijster will make her return from injury in February.\n\n"
        '"Kim had considered returning to action in Paris," a statement on her website said.'
    )
    assert _speakers(art)["Kim had considered retur"] == "Kim Clijster"


def test_he_inside_her_quotes_about_a_man_does_not_make_her_a_man() -> None:
    art = _analyze(
        "Comedy writer Cyril Fletch has died aged 91.\n\n"
        'Television host Esther Rant said he was "so lovely" to work with. "The thing about Cyril was '
        'that he was an English gentleman," she said. "He was courteous, and he adored gardens."\n\n'
        '"He was funny and witty to work with," she said.'
    )
    assert _speakers(art) == {
        "so lovely": "Esther Rant",
        "The thing about Cyril wa": "Esther Rant",
        "He was courteous, and he": "Esther Rant",
        "He was funny and witty t": "Esther Rant",
    }


def test_the_second_of_two_joined_partial_quotes_is_the_first_s() -> None:
    art = _analyze(
        "Brewer Hopfield made a record profit last year.\n\n"
        'Hopfield said it now plans to invest in "aggressive" and "high-impact" marketing in Europe.\n\n'
        'Pop star Brit Sparrow has attacked "false" and "desperate" tabloid magazines.'
    )
    assert _speakers(art) == {
        "aggressive": "Hopfield",
        "high-impact": "Hopfield",
        "false": "Brit Sparrow",
        "desperate": "Brit Sparrow",
    }


def _reported(art: Article) -> dict[str, str | None]:
    """Each reported (indirect) quote's first words -> its speaker."""
    return {q.text[:24]: q.speaker for q in art.quotes if q.kind == "indirect"}


def test_the_company_is_the_organisation_last_a_subject_not_the_last_named() -> None:
    # BBC business/064's shape: the airline is the subject, the broadcaster only its listener.
    art = _analyze(
        "Lufthansa said it may lose millions of euros after the visit.\n\n"
        '"We are doing research into the possibilities we have," Michael Lamberty, a Lufthansa '
        "spokesman told the BBC. The company said that it had to cancel 77 flights on Wednesday.\n",
        "Airline counts the cost",
    )
    assert _reported(art)["it had to cancel 77 flig"] == "Lufthansa"


def test_the_company_is_not_its_regional_arm() -> None:
    # BBC business/001: "AOL" named last, "AOL Europe" later in the article.
    art = _analyze(
        "Acme jumped 76% to $1.13bn in the three months to December.\n\n"
        "Acme said sales rose 2%. The company said it would sell its stake in Acme Europe next year.\n",
        "Profits rise at Acme",
    )
    assert _reported(art)["it would sell its stake "] == "Acme"


def test_the_corporation_is_the_body_itself_not_one_of_its_channels() -> None:
    # BBC entertainment/184's shape: "BBC Radio" is named later, a division, not the BBC's full name.
    art = _analyze(
        "The BBC's flagship pop music programme is to move from BBC One to BBC Two.\n\n"
        'The new programme will combine with archive show TOTP2. The corporation said the new show "aims '
        'to appeal to a diverse audience of music lovers".\n\n'
        "The show is compiled from the BBC Radio 1 chart.\n",
        "Pop show moves channel",
    )
    assert _speakers(art)["aims to appeal to a dive"] == "BBC"
