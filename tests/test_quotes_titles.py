"""Quote speakers named by a title, a role or a nationality (issue 16, sixth round): one short
invented article per pattern found in the development data (BBC batches 1-6), each asserting the
speaker of every quote."""

from __future__ import annotations

from tests.test_quotes_patterns import _analyze, _speakers


def test_a_name_before_its_role_speaks_not_the_role() -> None:
    art = _analyze(
        "Brokers should publish their fees, the head of the insurance market said on Monday.\n\n"
        '"The regulator should act now," said Mr Pellowe in a speech.\n\n'
        '"They should seize the moment," Mr Pellowe, Acme\'s chief executive said.\n\n'
        "Dora Kelsey, European policy coordinator for the campaign group Fair Trade Foundation, "
        'said the plan was a start. "Of course brokers can be paid well," she added.'
    )
    assert _speakers(art) == {
        "The regulator should act": "Pellowe",
        "They should seize the mo": "Pellowe",
        "Of course brokers can be": "Dora Kelsey",
    }


def test_a_title_joins_the_name_beside_it() -> None:
    art = _analyze(
        "The Bishop of Wexham, the Rt Rev Dr Tom Fairley, described the novel as a "
        '"great read" but "poor history".\n\n'
        'Writing in the Echo, the Bishop said: "Conspiracy theories are always fun to read."\n\n'
        "In the ruling, County Court Judge James Kellerman sided with the firm. The Judge wrote: "
        '"An interested public is not the same as the public interest."'
    )
    assert _speakers(art) == {
        "great read": "Tom Fairley",
        "poor history": "Tom Fairley",
        "Conspiracy theories are ": "Tom Fairley",
        "An interested public is ": "James Kellerman",
    }


def test_the_australian_is_the_person_named_before() -> None:
    art = _analyze(
        "When Lleyton Hewitt shook his hand after another defeat, the Australian said: "
        '"You are the best."\n\n'
        "Roger Federer won 11 titles from 11 finals this year."
    )
    assert _speakers(art) == {"You are the best.": "Lleyton Hewitt"}


def test_a_name_ending_in_a_plural_role_is_a_group_no_he_goes_to() -> None:
    art = _analyze(
        'Tennis star Roger Federer won again on Sunday. "I love this game," Federer said.\n\n'
        "He has just been voted, by the International Tennis Writers, as the best "
        '"Ambassador for Tennis" on the tour. He has time for everyone.\n\n'
        '"You guys are funny, I have a good time with you," he said.'
    )
    speakers = _speakers(art)
    assert speakers["I love this game,"] == "Roger Federer"
    assert speakers["You guys are funny, I ha"] == "Roger Federer"


def test_a_name_ending_a_titled_subject_is_that_subject() -> None:
    art = _analyze(
        'Club president Jose Astiano said: "We thought the best thing was to play on."\n\n'
        "Real Madrid director of sport Emilio Butrano praised the spectators for their conduct. "
        '"I would like to highlight the behaviour of the fans," he said.'
    )
    assert _speakers(art) == {
        "We thought the best thin": "Jose Astiano",
        "I would like to highligh": "Emilio Butrano",
    }


def test_a_paragraph_ending_description_is_the_person_named_next() -> None:
    art = _analyze(
        'A PR expert has told the trial that the documentary was an "absolute disaster".\n\n'
        "Ann Kettering told the court she was hired to manage the fallout.\n\n"
        'A spokesman for the studio called the claims "nonsense".\n\n'
        "Mark Dolby, the studio's founder, was not in court."
    )
    assert _speakers(art) == {
        "absolute disaster": "Ann Kettering",
        "nonsense": "A spokesman for the studio",
    }


def test_he_does_not_go_on_with_a_womans_first_name() -> None:
    art = _analyze(
        'Managing director Mary Brady called the bid "derisory".\n\n'
        "Good displays against Villa have impressed the fans of Tom Savage.\n\n"
        '"The crowd gave me a standing ovation," he said.'
    )
    speakers = _speakers(art)
    assert speakers["derisory"] == "Mary Brady"
    assert speakers["The crowd gave me a stan"] == "Tom Savage"


def test_a_role_word_right_before_a_name_the_parse_missed_is_that_name() -> None:
    art = _analyze(
        'Chart-topping pop band Busted have confirmed that they plan to "take a break".\n\n'
        "The band have had eight top three hits since 2002."
    )
    assert _speakers(art) == {"take a break": "Busted"}


def test_they_goes_on_with_a_group_quoted_before() -> None:
    art = _analyze(
        "The band were fined after a fight in a Munich hotel.\n\n"
        'At the time, police said a "physical altercation" broke out among the musicians. That led '
        'to one of the group being "jostled" and falling onto the table of five Italian guests, '
        "they said."
    )
    assert _speakers(art) == {"physical altercation": "police", "jostled": "police"}


def test_it_may_stand_for_a_club_the_tagger_took_for_a_person() -> None:
    art = _analyze(
        "Malcolm Glazer has made a fresh approach to buy Manchester United, which could lead to a "
        "bid valuing the Premiership club at £800m.\n\n"
        "The US tycoon, who has been wooing the club for the last 12 months, has approached the "
        'United board with "detailed proposals", it has confirmed. Mr Glazer, who owns the Tampa '
        "Bay Buccaneers team, hopes this will lead to a formal bid being accepted.",
        headline="Glazer makes new Man Utd approach",
    )
    assert _speakers(art) == {"detailed proposals": "Manchester United"}


def test_with_x_claiming_is_xs() -> None:
    art = _analyze(
        "Blackburn accepted a £5m offer for Barry Ferguson from Everton at the weekend. But the "
        "player is determined to return to Scotland. Ferguson did not play in the FA Cup win over "
        "Colchester on Saturday despite recovering from a groin injury with Rovers boss Mark Hughes "
        'claiming it had been an "emotional and difficult time" for the player.'
    )
    assert _speakers(art) == {"emotional and difficult ": "Mark Hughes"}


def test_he_is_the_man_just_introduced_with_a_role() -> None:
    art = _analyze(
        '"I\'d like Staunton to win, but her chances are not that great," said Mr Gant, who '
        "predicted a second Oscar for Hilary Swank.\n\n"
        '"I think Swank will win," said Mr Ferris. Kate Winslet is also the personal choice of Steven '
        "Gaydos, executive editor of industry magazine Variety. But while he tipped the film to win, "
        'he predicted a close contest. "Everything has the ability to flip by one vote," he told '
        "the BBC News website."
    )
    speakers = _speakers(art)
    assert speakers["I think Swank will win,"] == "Ferris"
    assert speakers["Everything has the abili"] == "Steven Gaydos"
