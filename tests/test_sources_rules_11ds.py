"""Who speaks, issue 11ds: a spokesperson of a body the lexicon cannot place takes the body's field
from what the article says of the body before the post's default (government official or
spokesperson): the named bodies the article lists it with ("Google, Zapto Search, MSN and Yahoo"), a
playing position after its name ("Ravenford striker"), words for a kind of body in its name
("Shopping Centre", "Stock Exchange", an auction's), and "a spokesman for the X" no longer decided by
the phrase "spokesman for the" before the body is looked at. Small articles written here, with the
guard: a body nothing places keeps the default."""

from __future__ import annotations

from tests.test_sources_rules_z import _by_role
from tests.test_speakers import _article

_GOV = "government official or spokesperson"


def test_a_body_listed_with_placed_firms_is_a_firm():
    a = _article(
        "Search habits change slowly\n\nThe report reveals that 84% of net users say they regularly use "
        "Google, Zapto Search, MSN and Yahoo when online.\n\n"
        '"People use different engines for different jobs," said Tony Macklin, spokesman for Zapto Search.'
    )
    assert _by_role(a, "Zapto Search").role_group == "business"


def test_a_playing_position_after_a_name_makes_it_a_club_outside_a_sports_story():
    a = _article(
        "Player hurt in street attack\n\nRavenford striker James Beattie was assaulted in Birmingham on "
        "Saturday night while out with friends, police said.\n\n"
        '"He was shaken but not badly injured," said Ravenford spokesman Ian Ross.'
    )
    assert _by_role(a, "Ross").role_group == "culture and sport"


def test_words_for_a_kind_of_body_in_its_name():
    a = _article(
        "Shoppers flock to sales\n\nRecord numbers of shoppers hit the sales on Saturday.\n\n"
        '"It looks like being our busiest day of the year," a spokeswoman for the Brindle Shopping Centre '
        "in Cardiff said.\n\n"
        '"We have been talking to them for two years," a spokesman for the Ruritania Stock Exchange said.'
    )
    assert _by_role(a, "Shopping Centre").role_group == "business"
    assert _by_role(a, "Stock Exchange").role_group == "business"


def test_spokesman_for_the_body_the_article_describes():
    a = _article(
        "Feta ruling angers Danes\n\nThe Kolding Dairy Board, the country's biggest dairy company, said it "
        "would fight the ruling.\n\n"
        '"We do not have any other name for this cheese," a spokesman for the Kolding Dairy Board said.'
    )
    assert _by_role(a, "a spokesman for").role_group == "business"


def test_a_body_nothing_places_keeps_the_default():
    a = _article(
        "Feta ruling angers Danes\n\nThe ruling was criticised on Monday.\n\n"
        '"We do not have any other name for this cheese," a spokesman for the Kolding Dairy Board said.'
    )
    assert _by_role(a, "a spokesman for").role_group == _GOV


def test_a_maker_named_by_what_it_makes():
    a = _article(
        "Posters talk to phones\n\nPosters that send films to mobiles are being tried in London.\n\n"
        '"It is a well established technology," said Rachel Harker, spokeswoman for Hypertag which makes the '
        "technology fitted to the posters."
    )
    assert _by_role(a, "Hypertag").role_group == "business"


def test_the_next_sentence_calls_the_body_a_firm():
    a = _article(
        "Robot learns to run\n\nCar-maker Zendo's humanoid robot Asimo has just got faster and smarter. "
        "The Japanese firm is a leader in developing two-legged robots.\n\n"
        '"The aim is to develop a robot that can help people," said a Zendo spokesman.'
    )
    assert _by_role(a, "Zendo spokesman").role_group == "business"


def test_a_bare_spokeswoman_in_a_story_of_the_stage():
    a = _article(
        "Classic film to become musical\n\nFrank Capra's 1946 movie is being turned into a musical by "
        "producer Jon Thoday. He is working with a writer of award-winning musicals, and the show's songs "
        "and cast will follow; the film's actors and its director are long dead.\n\n"
        'A spokeswoman said the plans were in the "very early stages", with no cast or opening date.'
    )
    assert _by_role(a, "spokeswoman").role_group == "culture and sport"


def test_a_named_body_opening_the_next_sentence_refers_back_to_none():
    a = _article(
        "LONDON (Reuters) - Donald Trump said he was unlikely to have a good relationship with David Cameron "
        "because the British prime minister cast him as divisive.\n\n"
        "Cameron’s spokesman said the prime minister stood by his original comments.\n\n"
        "On a more conciliatory note, Cameron has said Trump deserves respect for making it through the "
        "primary process. The Times newspaper also reported last month Cameron had ordered diplomats to "
        "attempt to repair relations with Trump."
    )
    assert _by_role(a, "spokesman").role_group == _GOV
