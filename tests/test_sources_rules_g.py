"""Who speaks, seventh round (issue 11g): mechanisms rather than per-article rules. A person's own
document is that person's words; a body the role names decides a generic role's group; a data file of
well-known bodies and people (``lexicons/known_names.json``) places names the article need not
explain; a few general lexicon phrases. Small articles written here, one per pattern."""

from __future__ import annotations

from analysis.extract import sources
from tests.test_speakers import _article, _speaker


# -- a person's own document ----------------------------------------------------------------------
def test_a_book_the_article_names_as_one_persons_is_that_persons_words():
    a = _article(
        "The row follows the publication of journalist Mark Halden's new book about the cabinet. "
        '"The two men no longer speak," the book says. Mr Halden said he had spoken to forty ministers.'
    )
    # (since the thirty-third session the quote goes to the author himself, whose book the article named)
    assert a.quotes[0].speaker == "Mark Halden"
    s = _speaker(a, "Mark Halden")
    assert s.kind == "named person"
    assert s.gender == "male"  # Mr Halden, he
    assert s.role_group == "media"  # "journalist"


def test_a_persons_brief_is_that_persons_words():
    a = _article(
        "The hearing went ahead on Monday. Joanna Pell's brief argues that "
        '"the contract was never signed". She said she would appeal.'
    )
    s = next(s for s in a.speakers if "brief" in s.name)
    assert s.kind == "named person"
    assert s.gender == "female"


def test_a_document_nobody_is_named_for_stays_an_organisations():
    a = _article('"Growth will slow," the report said. It was published by the Halden Institute on Monday.')
    s = next(s for s in a.speakers if s.name.lower() == "the report")
    assert s.kind == "organisation"
    assert s.gender == "unknown"


# -- the body a role names decides a generic role --------------------------------------------------
def test_a_spokesperson_of_a_body_the_article_describes_takes_the_bodys_group():
    a = _article('Search giant Zorbex has cut 500 jobs. "The cuts are painful," a Zorbex spokesperson said on Monday.')
    s = next(s for s in a.speakers if "spokesperson" in s.name)
    assert s.kind == "unnamed person"
    assert s.role_group == "business"


def test_a_spokesman_of_a_well_known_body_takes_its_group():
    a = _article('"We have fixed the flaw," a Microsoft spokesman said.')
    s = next(s for s in a.speakers if "spokesman" in s.name)
    assert s.role_group == "business"
    # a spokesman of a body nobody places stays the government's default
    b = _article('"We have fixed the flaw," a Qwertan spokesman said.')
    assert next(s for s in b.speakers if "spokesman" in s.name).role_group == "government official or spokesperson"


# -- well-known names ------------------------------------------------------------------------------
def test_a_well_known_body_the_article_does_not_describe_is_placed():
    assert sources.known_body("Microsoft") == ("organisation", "business")
    assert sources.known_body("the Home Office") == ("organisation", "government official or spokesperson")
    assert sources.known_body("Zorbex") is None
    a = _article('"Sales were strong," Microsoft said on Thursday.')
    s = _speaker(a, "Microsoft")
    assert (s.kind, s.role_group) == ("organisation", "business")


def test_a_well_known_person_with_no_role_words_gets_a_group_but_no_role():
    a = _article('"We will win the election," Tony Blair said on Monday. He spoke in Kent.')
    s = _speaker(a, "Tony Blair")
    assert s.role is None  # the article gives no role words: none are invented
    assert s.role_group == "politician"
    assert s.gender == "male"


def test_the_articles_own_role_beats_the_known_names():
    # a namesake the article describes: its words decide, the known group is only a fallback
    a = _article('"Bread prices will rise," said Tim Henman, chairman of the bakery chain Crustco.')
    s = _speaker(a, "Tim Henman")
    assert s.role == "chairman of the bakery chain Crustco"
    assert s.role_group == "business"


# -- general lexicon phrases -----------------------------------------------------------------------
def test_policy_makers_cabinet_secretaries_federal_figures_and_ballet():
    gov, pol = "government official or spokesperson", "politician"
    assert sources.role_group("Policy makers in Europe") == gov
    assert sources.role_group("US Treasury Secretary") == pol
    assert sources.role_group("Homeland Security Secretary", title=True) == pol
    assert sources.role_group("a Homeland Security memo") == gov
    assert sources.role_group("federal statistics") == gov
    assert sources.role_group("Committee for a Responsible Federal Budget", name=True) != gov
    assert sources.role_group("a spokesman for the English National Ballet") == "culture and sport"
    assert sources.role_group("Dance teacher") == "culture and sport"


# -- gender: a he/she credited to two people -------------------------------------------------------
def test_a_pronoun_credited_to_someone_else_too_is_no_evidence_when_the_evidence_is_mixed():
    a = _article(
        'Ivanka Trump unveiled the plan on Tuesday. "It helps families," said Jason Miller, a campaign '
        'spokesman, and he added that "it is fair." "I wrote it with my father," she said. "It is a good '
        'plan," she said.'
    )
    # the "she" the resolver also gave Jason Miller is hers: his evidence is "he" and "spokesman"
    s = _speaker(a, "Jason Miller")
    assert s.gender == "male"
    assert "she" not in s.gender_evidence
    assert next(s for s in a.speakers if "Trump" in s.name).gender == "female"


# -- a sports or arts story's named person with no role words ------------------------------------------
def test_a_plain_sports_story_gives_its_group_to_a_person_without_role_words():
    """Since the fortieth session the story's field is the group of a named person quoted with no role words
    in a plain sports (or arts) story: the labels put 47 of 49 such people in the BBC sport folder (41 of 48 in
    entertainment) in culture and sport. Fans, ministers and doctors are quoted with the words that say so
    (and then the words decide), and the role stays empty, so the group's source shows
    (``tests/test_sources_rules_sports_story.py``)."""
    a = _article(
        "Chelsea beat Arsenal 2-1 in the Premiership on Sunday, with a late goal from the striker after the "
        "keeper saved a penalty. The league leaders are now five points clear of the champions. "
        '"We played well," said Dario Venn. "The fans were great and the coach was happy with the match."'
    )
    s = _speaker(a, "Dario Venn")
    assert s.role is None
    assert s.role_group == "culture and sport"
    # with role words, the group follows them
    b = _article(
        "Chelsea beat Arsenal 2-1 in the Premiership on Sunday. "
        '"We played well," said Dario Venn, the Chelsea midfielder.'
    )
    assert _speaker(b, "Dario Venn").role_group == "culture and sport"


# -- a document's issuer named right after it ------------------------------------------------------
def test_a_document_takes_the_group_of_the_body_named_after_it():
    a = _article(
        'Sales fell in May, according to a report published by the research consultancy Zantec. "Demand is '
        'weak," the report said.'
    )
    s = next(s for s in a.speakers if "report" in s.name.lower())
    assert s.kind == "organisation"
    assert s.role_group == "expert or academic"


def test_an_analysis_by_a_person_is_theirs_and_unnamed_analyses_an_organisations():
    a = _article(
        "The plan would cost $2 trillion, according to an analysis by Mara Quell, a former Treasury aide. "
        '"The numbers do not add up," she said. Independent analyses said the plan "would add to deficits".'
    )
    s = next(s for s in a.speakers if s.name.startswith("an analysis"))
    assert s.kind == "named person"
    assert s.gender == "female"
    other = next(s for s in a.speakers if "analyses" in s.name.lower())
    assert other.kind == "organisation"


# -- indefinite voices and press reports -----------------------------------------------------------
def test_someone_and_those_are_anonymous_and_bare_reports_the_press():
    a = _article('"Tell us the truth," someone in the crowd shouted. Those close to him said "he is tired".')
    kinds = {s.name: s.kind for s in a.speakers}
    assert kinds.get("someone") == "anonymous"
    assert kinds.get("Those") == "anonymous"
    assert sources.role_group("reports") == "media"
    assert sources.role_group("the IMF reports") == "government official or spokesperson"


def test_a_known_body_stays_a_body_whatever_the_tagger_took_it_for():
    a = _article('"The offer is too low," Mobile PC said in its review. Uefa said "the match will go ahead".')
    kinds = {s.name: (s.kind, s.role_group) for s in a.speakers}
    assert kinds["Mobile PC"] == ("organisation", "media")
    assert kinds["Uefa"] == ("organisation", "culture and sport")


def test_a_description_takes_the_evidence_of_the_one_person_with_that_title():
    a = _article(
        'The deal was "right", Mr Blair said. Tory leader Michael Howard said the deal was welcome. '
        "Turkey's entry would provide an 'invaluable bridge', Mr Howard added. But the Tory leader argued "
        "that the EU constitution was not designed to take in a country as large as Turkey."
    )
    s = next(s for s in a.speakers if s.name.lower() == "the tory leader")
    assert s.kind == "named person"
    assert s.gender == "male"  # Mr Howard's
