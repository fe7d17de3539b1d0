"""The fifty-third session (read from the Lee corpus parts fresh184-fresh186 after their blind score, checked against
every earlier label): a story given as one paragraph has no headline, a monarch's title before a name is a role, a
body the article names and then calls "the union" speaks through "The union's Geoff Derrick", and some words and
spellings the lexicon lacked ("then-president", "United States President", a goalkicker, a liquidator)."""

from __future__ import annotations

from analysis import analyze
from analysis.extract.sources.groups import role_group
from analysis.inputs.layout import parse_layout
from analysis.inputs.raw import RawArticle
from analysis.records import Speaker

SECURITY = "police, military, justice"
CIVIL = "civil society, NGO, union"
OFFICIAL = "government official or spokesperson"

# A one-paragraph story as broadcast copy is often given (and as the Lee corpus prints its stories): no headline.
ONE_PARAGRAPH = (
    "Bank workers across the country have walked off the job in a dispute over unpaid overtime. The Finance "
    "Sector Union says staff are worked too hard. The union's Geoff Derrick says the strike is not just about "
    'pay. "Certainly there is a lot of unpaid overtime being worked," Mr Derrick said. Westpac says the action is '
    "unjustified."
)


def _speaker(text: str, name: str) -> Speaker:
    article = analyze(RawArticle(source="t.txt", text=text))
    return next(s for s in article.speakers if s.name == name)


def test_a_story_given_as_one_paragraph_has_no_headline():
    layout = parse_layout(ONE_PARAGRAPH)
    assert layout.title is None and layout.title_span is None
    assert not _speaker(ONE_PARAGRAPH, "Geoff Derrick").in_headline


def test_a_short_first_line_stays_the_headline():
    text = "Bank staff strike over unpaid overtime\n\n" + ONE_PARAGRAPH
    assert parse_layout(text).title == "Bank staff strike over unpaid overtime"
    # a long headline of one sentence is still one ("Pakistan says ..." at 141 characters in PolNeAR)
    long_one = "Pakistan says it will not hand over the suspects to India until the evidence against them is shared"
    assert parse_layout(long_one + "\n\n" + ONE_PARAGRAPH).title == long_one


def test_the_union_named_before_speaks_through_the_unions_person():
    derrick = _speaker(ONE_PARAGRAPH, "Geoff Derrick")
    assert derrick.role == "The union's"
    assert derrick.role_group == CIVIL


def test_the_body_the_common_noun_stands_for_decides_its_group():
    text = (
        "Drug deaths fell sharply last year, new figures show. The Australian Bureau of Statistics says heroin "
        "deaths fell by a third. The bureau's David Payne attributes the decline to the heroin drought. "
        '"It is a big drop," he said.'
    )
    payne = _speaker(text, "David Payne")
    assert payne.role == "The bureau's"
    assert payne.role_group == OFFICIAL


def test_a_persons_possessive_before_a_name_is_no_owner():
    text = (
        "A court has heard evidence in the case of a man killed last year. The victim's brother, Tom Reid, wept "
        'in court. The victim\'s Tom Reid said nothing more. "He was my brother," Tom Reid said outside the court.'
    )
    assert _speaker(text, "Tom Reid").role != "The victim's"


def test_a_monarchs_title_before_a_name_is_a_role():
    text = (
        "Europe's royals spoke of September 11 in their messages this year, as world leaders did. Sweden's King "
        'Carl XVI Gustaf said "we must stand together". King Abdullah said Jordan would not take part in any war.'
    )
    carl = _speaker(text, "Carl XVI Gustaf")
    assert (carl.role, carl.role_group, carl.gender) == ("King", "politician", "male")
    assert _speaker(text, "Abdullah").role == "King"
    # "Mr" and "Lord" before a name stay honorifics only
    text = 'Peers debated the bill on Tuesday and many spoke against it. "It is wrong," said Mr Tom Smith, a farmer.'
    assert _speaker(text, "Tom Smith").role == "a farmer"


def test_a_royal_the_tagger_names_no_one_is_a_named_person():
    text = (
        "Christmas messages this year were sombre, with many leaders referring to the attacks in the United "
        "States. The mood was typified by Britain's Queen Elizabeth II, who said 2001 brought many people great "
        'sadness. "Every one of us needs to believe in the value of all that is good," she said.'
    )
    queen = _speaker(text, "Queen Elizabeth II")
    assert (queen.kind, queen.role_group, queen.gender) == ("named person", "politician", "female")


def test_posts_written_as_then_or_with_the_countrys_long_name():
    assert role_group("then-president", title=True) == "politician"
    assert role_group("then-Department of Defense Chief of Staff") == OFFICIAL
    assert role_group("United States President") == "politician"
    assert role_group("United States Attorney-General") == SECURITY  # America's law officer, however hyphenated
    assert role_group("Attorney-General") == "politician"  # a Commonwealth one stays a minister
    assert role_group("United States") == OFFICIAL  # the country alone speaks as its government


def test_goalkickers_defectors_and_the_administrators_of_a_collapsed_firm():
    assert role_group("all-time leading goalkicker") == "culture and sport"
    assert role_group("An Iraqi defector") == "ordinary person or witness"
    assert role_group("Chief liquidator") == "business"
    assert role_group("Administrator", story=("business",)) == "business"
    assert role_group("Administrator") == "unknown"  # a NASA administrator is its agency's


def test_an_outlets_possessive_before_a_name_the_tagger_took_for_a_body():
    text = (
        "Analysts had long expected the alliance\n\nAs the Washington Post’s Ishaan Tharoor wrote, “after the "
        "European Parliament vote, the alliance seemed inevitable.” Others disagreed with him at the time."
    )
    tharoor = _speaker(text, "Ishaan Tharoor")
    assert (tharoor.role, tharoor.role_group) == ("Washington Post’s", "media")


def test_a_bare_administrator_is_an_insolvency_firms_only_in_a_business_story():
    assert role_group("The administrators", story=("business",)) == "business"
    assert role_group("deputy associate administrator for exploration", story=("business",)) == "unknown"
    assert role_group("NASA administrator", story=("business",)) == OFFICIAL


def test_the_american_forces_commands_are_the_militarys():
    assert role_group("who leads the United States Pacific Command") == SECURITY
    assert role_group("US Southern Command") == SECURITY


def test_a_body_named_for_a_disease_is_a_charity_and_its_people_speak_for_it():
    assert role_group("The Cancer Council") == CIVIL
    assert role_group("Diabetes UK", name=True) == CIVIL
    assert role_group("Darlington Council") == OFFICIAL  # a council alone is a local government's
    text = (
        "Infections are rising in the Territory\n\nThe Northern Territory Aids Council has released new figures "
        "showing a rise in infections. The council's Frank Farmer says it is another reason for people to practise "
        'safe sex. "We are worried," he said.'
    )
    farmer = _speaker(text, "Frank Farmer")
    assert (farmer.role, farmer.role_group) == ("The council's", CIVIL)  # the council named, not any council


def test_a_royal_title_is_no_role_of_a_surname_king():
    text = (
        "Radio 1 changes its line-up\n\nThe station is relocating King and DJ partner Joel Ross from their weekend "
        'slot. "We are thrilled," said Joel Ross, who has presented the show for a decade.'
    )
    assert _speaker(text, "Joel Ross").role == "DJ partner"


def test_a_royal_title_before_a_given_name_is_no_role_of_another_man_of_that_name():
    text = (
        "Royal wedding announced\n\nPrince Charles is to marry in April. Liberal Democrat leader Charles Kennedy "
        'sent his congratulations. "It is wonderful news," Charles Kennedy said.'
    )
    assert _speaker(text, "Charles Kennedy").role == "Liberal Democrat leader"


def test_the_joint_chiefs_a_police_inspectors_rank_and_a_trades_council():
    # (read from fresh187-fresh189 after their blind score)
    assert role_group("the chairman of the Joint Chiefs of Staff") == SECURITY
    assert role_group("Chief Inspector", title=True) == SECURITY  # "Chief Inspector Bronwyn Killmier"
    assert role_group("Chief Inspector of Schools", title=True) == OFFICIAL
    assert role_group("weapons inspector", title=True) == OFFICIAL
    assert role_group("The Queensland Tourism Industry Council's") == "business"
    assert role_group("Darlington Council") == OFFICIAL


def test_an_ngo_named_after_its_kind_is_a_body_of_civil_society():
    assert role_group("the NGO Front Line Defenders") == CIVIL  # not a footballer's "defenders"
    text = (
        "Rights groups condemn the arrests\n\nRights groups condemned the arrests on Monday. "
        '"These are arbitrary detentions," the NGO Front Line Defenders said in a statement.'
    )
    ngo = _speaker(text, "NGO Front Line Defenders")
    assert (ngo.kind, ngo.role_group) == ("organisation", CIVIL)
