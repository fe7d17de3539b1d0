"""Speakers beyond politics (issue 16, eighth round): one short invented article per pattern of
the development data's misses (BBC batches 1-8), each asserting the speaker of every quote."""

from __future__ import annotations

from tests.test_quotes_patterns import _analyze, _speakers


def test_an_organisation_s_initials_are_its_full_name() -> None:
    art = _analyze(
        "The property market remains robust, according to mortgage lender Hollis & Grant and "
        "the British Chamber of Retailers.\n\n"
        'But H&G said the buy-to-let sector "continues to grow at a strong rate".\n\n'
        '"Shops are still struggling," the BCR said in its survey.',
        headline="Optimism over housing",
    )
    assert _speakers(art) == {
        "continues to grow at a s": "Hollis & Grant",
        "Shops are still struggli": "British Chamber of Retailers",
    }


def test_it_after_a_housebuilder_named_like_a_man_is_the_firm() -> None:
    art = _analyze(
        "Housebuilder George Wexley reported a 19% rise in profits.\n\n"
        'Wexley said the UK market had proved "challenging" last year. "By late summer, the market '
        'had slowed sharply across the country," it added.',
        headline="Builder upbeat",
    )
    assert _speakers(art) == {"challenging": "George Wexley", "By late summer, the mark": "George Wexley"}


def test_a_subject_its_own_clause_calls_she_is_a_person_for_she_said() -> None:
    art = _analyze(
        "Alina Korvesko and Dasha Pelletier won their opening matches in Paris.\n\n"
        "Korvesko routed Tomasova 6-1 6-0 in under an hour.\n\n"
        '"She got mad a little bit and I played some great tennis," said Korvesko. Tomasova has '
        'lost both her games so far. "Sometimes not everything works," she said. "It was lots of '
        'pressure."',
        headline="Korvesko opens with a win",
    )
    # the body's first sentence is one sentence since the thirty-ninth session (it had been cut after
    # "Alina"), so the quote goes to the full name the article gives
    assert _speakers(art) == {
        "She got mad a little bit": "Alina Korvesko",
        "Sometimes not everything": "Tomasova",
        "It was lots of pressure.": "Tomasova",
    }


def test_he_said_after_a_described_spokesman_is_the_spokesman_not_a_lone_name() -> None:
    art = _analyze(
        'The term "vlog" has been chosen as the top word of the year.\n\n'
        "Wordbank said the word headed its list of looked-up terms. The word is already in some "
        "printed dictionaries. A spokesman for the Cambridge University Press said that the word "
        'was now in other dictionaries. "I think it was the word of last year," he said. "But it '
        'has got established very quickly," he added.',
        headline="Vlog picked as word of the year",
    )
    assert _speakers(art) == {
        "vlog": None,
        "I think it was the word ": "A spokesman for the Cambridge University Press",
        "But it has got establish": "A spokesman for the Cambridge University Press",
    }


def test_a_word_mentioned_as_a_word_is_nobody_s() -> None:
    art = _analyze(
        'Wordbank said "vlog" headed the list of most looked-up terms on its site. Wordbank also '
        'said "podcast" was the word that people asked about most often.\n\n'
        'Words such as "incumbent" and "partisan" reflected the interest in the vote.\n\n'
        'Editor Jane Morrow said the list was "a mirror of the year".',
        headline="Words of the year",
    )
    assert _speakers(art) == {
        "vlog": None,
        "podcast": None,
        "incumbent": None,
        "partisan": None,
        "a mirror of the year": "Jane Morrow",
    }


def test_a_star_of_a_show_is_the_name_after_star_not_a_word_of_the_title() -> None:
    art = _analyze(
        "The comedian Ronald Coburn has attacked the standards of British television.\n\n"
        '"You get fed up watching shows with not much care," he complained.\n\n'
        "And last week Only Fools and Horses star David Jason criticised British TV for being "
        '"too safe and too cheap". "We have got to be careful not to dumb down," he said.',
        headline="Comedians attack TV",
    )
    assert _speakers(art) == {
        "You get fed up watching ": "Ronald Coburn",
        "too safe and too cheap": "David Jason",
        "We have got to be carefu": "David Jason",
    }


def test_the_name_before_whose_is_the_one_saying() -> None:
    art = _analyze(
        "Singer Bev Knightley and producer Rani Sizemore have released a single against gun crime.\n\n"
        "Sizemore, whose New Forms album won the 1997 Mercury Music Prize, said gun use was "
        '"nothing to be glamorised".',
        headline="Stars record anti-gun song",
    )
    assert _speakers(art) == {"nothing to be glamorised": "Rani Sizemore"}


def test_the_australian_is_the_subject_of_a_clause_before_it_in_the_sentence() -> None:
    art = _analyze(
        "Roger Federer beat him again on Sunday, and he is the best player in the world.\n\n"
        "When Lleyton Hewitt shook his hand after another thrashing, the Australian said: "
        '"You\'re the best."',
        headline="Federer rules",
    )
    assert _speakers(art) == {"You're the best.": "Lleyton Hewitt"}


def test_the_frenchman_is_the_person_named_before_whatever_the_tagger_made_of_it() -> None:
    art = _analyze(
        "Arsenal beat Chelsea 2-0 on Sunday with two goals from Thierry Henry.\n\n"
        '"It was a great night for the club," the Frenchman said.',
        headline="Henry double",
    )
    assert _speakers(art) == {"It was a great night for": "Thierry Henry"}
