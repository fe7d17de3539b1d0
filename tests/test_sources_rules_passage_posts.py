"""The forty-first session's first round: a bare post at the top of a body ("director", "Chief executive")
is the post of the body the passage has just quoted, as a bare spokesperson already was; a description
that opens the next sentence is still the person's when the only other name between sits in a clause of
their own sentence (what they talk about); "General" alone before a name is an army's rank; a few trades
of members of the public make an apposition a person's."""

from __future__ import annotations

from analysis.extract.sources.groups import role_group
from tests.test_speakers import _article, _speaker


def test_a_bare_top_post_after_a_campaign_group_is_that_groups():
    a = _article(
        "The Heathland Trust said the new rules would be impossible to enforce.\n\n"
        'Chief executive Morwenna Task said: "Nobody has explained how this will work."',
        title="Moor rules",
    )
    head = _speaker(a, "Morwenna Task")
    assert head.role == "Chief executive"
    assert head.role_group == "civil society, NGO, union"


def test_a_bare_director_after_a_charity_even_in_a_story_about_politics():
    a = _article(
        "Labour MPs will raise the matter in Parliament next week.\n\n"
        "Amnesty International also asked whether the evidence had been obtained by torture. "
        '"There must be an inquiry," said director Ruth Pellow.',
        title="Detainees",
    )
    director = _speaker(a, "Ruth Pellow")
    assert (director.role, director.role_group) == ("director", "civil society, NGO, union")


def test_a_bare_top_post_with_no_body_before_keeps_its_default():
    a = _article(
        'Shares in the group rose by 3% on Monday. Chief executive Arno Vettel said: "We are pleased."', title="Results"
    )
    assert _speaker(a, "Arno Vettel").role_group == "business"


def test_a_news_outlet_or_a_president_takes_no_passage_body():
    # a news outlet named just before is where the words were said; a president heads a state as often
    a = _article(
        "The company's shares fell by a third, the Financial Times reported.\n\n"
        '"We will recover," chief executive Jan Bollard said. Oxfam said the plan was cruel. '
        '"It will hurt the poor," said president Anita Morales.',
        title="Shares",
    )
    assert _speaker(a, "Jan Bollard").role_group == "business"
    assert _speaker(a, "Anita Morales").role_group != "civil society, NGO, union"


def test_his_manager_is_a_persons_not_the_bodys():
    a = _article(
        "The Heathland Trust said the walk would go ahead. The singer Jem Carrow will lead it. "
        '"He is delighted," said his manager Pat Lorne.',
        title="Walk",
    )
    assert _speaker(a, "Pat Lorne").role_group != "civil society, NGO, union"


def test_a_description_next_to_a_name_talked_about_in_a_clause():
    # "Trump" is what the senator talks about, inside the clause of his own sentence: the next
    # sentence's description is still his
    a = _article(
        'Harlan Voss spoke on Tuesday. "It is a mess," Voss said.\n\n'
        "Still, Voss would not say whether he would prefer that Democrats face Trump. "
        'The minority leader said flatly: "I don\'t think it matters."',
        title="Senate",
    )
    voss = _speaker(a, "Harlan Voss")
    assert voss.role == "The minority leader"
    assert voss.role_group == "politician"


def test_a_kin_description_is_no_owners_role():
    a = _article(
        "Delia Marsh has been accused of criticising George W Bush's policies in a private address.\n\n"
        'The prime minister\'s wife is said to have praised the court. "It was a fine ruling," she said.',
        title="Address",
    )
    assert _speaker(a, "Delia Marsh").role is None


def test_general_alone_before_a_name_is_a_rank():
    assert role_group("General", True) == "police, military, justice"
    # after another word "General" is part of an office, which keeps its own group
    assert role_group("Director General", True) == "business"
    assert role_group("Registrar General", True) == "unknown"
    a = _article('Troops left the city on Monday. "The surge worked," said General David Pendry.', title="Iraq")
    general = _speaker(a, "David Pendry")
    assert (general.role, general.role_group) == ("General", "police, military, justice")


def test_a_janitor_is_a_member_of_the_public():
    a = _article(
        'Lorna Biel, a janitor at the school, said the doors were locked. "We heard nothing," she said.',
        title="School fire",
    )
    janitor = _speaker(a, "Lorna Biel")
    assert janitor.role == "a janitor at the school"
    assert janitor.role_group == "ordinary person or witness"


def test_a_post_at_a_games_maker_in_a_story_about_computing_is_business():
    a = _article(
        "Console makers expect online gaming to grow fast. Software sales for the PC rose 12% last year.\n\n"
        '"Gamers want to play together," said Lorne Abbey, president of Vexel Studios. '
        '"The console is the living room computer now," said Pia Kress, a Vexel Studios spokeswoman.',
        title="Games boom",
    )
    for name in ("Lorne Abbey", "Pia Kress"):
        assert _speaker(a, name).role_group == "business", name


def test_a_trade_in_a_story_about_computing_keeps_its_group():
    a = _article(
        "Console makers expect online gaming to grow fast. Software sales for the PC rose 12% last year.\n\n"
        '"Gamers want stories," said Nell Quist, a digital artist.',
        title="Games boom",
    )
    assert _speaker(a, "Nell Quist").role_group == "culture and sport"


def test_hyphenated_corporate_posts_are_business_as_spaced_ones():
    assert role_group("senior vice president") == role_group("vice chairman") == "business"
    for post in ("senior vice-president", "executive vice-president", "vice-chairman", "vice-chairwoman"):
        assert role_group(post) == "business", post
    assert role_group("senior vice-president of technology and manufacturing") == "business"
    assert role_group("vice-president") == "unknown"  # a state's or a firm's: the rest of the role decides


def test_an_arts_story_that_mentions_computers_keeps_its_posts():
    a = _article(
        "The dance company will tour in spring. Its computer records were lost when the computers failed.\n\n"
        '"The season goes ahead," said a spokesman for the Northern Ballet Theatre.',
        title="Ballet tour",
    )
    spokesman = _speaker(a, "a spokesman for the Northern Ballet Theatre")
    assert spokesman.role_group == "culture and sport"
