"""Who speaks, sixth round (issue 11f): titles and bodies the lexicon did not place (head, chief,
committees, statistics offices, the Fed, speechwriters), lawyers, a body's bare description read
back to its name, a surname speaker read as the person named in full, plurals of people tagged as
organisations. Small articles written here, one per pattern; each failed on main at 0053065
(checked against an archive of that commit)."""

from __future__ import annotations

from analysis.extract import sources
from tests.test_speakers import _article, _speaker


# -- titles and bodies the lexicon did not place -------------------------------------------------
def test_a_head_or_chief_in_a_story_about_companies_is_business():
    a = _article(
        "The company's shares rose on Monday after the firm reported higher profits and investors welcomed "
        'the deal. "We will keep growing," said Andrew Burke, chief of the new entertainment unit.'
    )
    s = _speaker(a, "Andrew Burke")
    assert s.role == "chief of the new entertainment unit"
    assert s.role_group == "business"
    # the story decides: the bare words say nothing of what the body is
    assert sources.role_group("chief of the new entertainment unit") == "unknown"
    assert sources.role_group("Airbus co-head", story=("business",)) == "business"


def test_the_committee_in_a_story_about_parliament_is_one_of_politicians():
    a = _article(
        "MPs on the Commons environment committee published their report on the election pledges. "
        '"Ministers have failed to act," the committee said. The committee said Labour and Tory ministers '
        "must do more."
    )
    s = next(s for s in a.speakers if s.name.lower() == "the committee")
    assert s.kind == "organisation"
    assert s.role_group == "politician"


def test_statistics_offices_the_fed_and_speechwriters_are_placed():
    assert sources.role_group("Federal Statistics Office", name=True) == "government official or spokesperson"
    assert sources.role_group("the statistics office") == "government official or spokesperson"
    assert sources.role_group("Fed", name=True) == "government official or spokesperson"
    assert sources.role_group("two Democratic speechwriters") == "government official or spokesperson"
    assert sources.role_group("Police Commissioner", title=True) == "police, military, justice"
    a = _article('Prices rose by 2% in March. "Inflation is back," the statistics office said.')
    assert next(s for s in a.speakers if "statistics office" in s.name).role_group == (
        "government official or spokesperson"
    )


def test_lawyers_are_lawyers_whoever_employs_them():
    assert sources.role_group("Ministry of Defence lawyers") == "police, military, justice"
    assert sources.role_group("the families' lawyer") == "police, military, justice"
    # a spokesman's body still decides, and a ministry alone stays the government's
    assert sources.role_group("a spokesman for the ministry") == "government official or spokesperson"


# -- a body's description read back to its name ---------------------------------------------------
def test_a_bare_description_of_a_body_gives_way_to_its_name():
    a = _article(
        'The BBC has axed the programme after 30 years. "The show has run its course," the corporation '
        "said in a statement. Viewers had fallen to two million."
    )
    s = _speaker(a, "BBC")
    assert s.kind == "organisation"
    assert s.role_group == "media"  # the BBC, not a business because it is called a corporation


def test_an_employer_is_placed_by_the_articles_own_words_for_it():
    a = _article(
        'The study, for net security firm Preventon, shows more women buy security software. "Now we '
        'are seeing a change," Paul Goosens, head of Preventon told the BBC News website.'
    )
    s = _speaker(a, "Paul Goosens")
    assert s.role == "head of Preventon"
    assert s.role_group == "business"  # Preventon is a firm, in the article's own words
    b = _article(
        '"Current PC architecture is nearing its limits," said Ken Kutaragi, chief operating officer '
        "of Sony. Sony said the chip would be ready next year."
    )
    assert _speaker(b, "Sony").role_group == "business"  # it has a chief operating officer


# -- a surname read as the person named in full ------------------------------------------------------
def test_a_surname_speaker_is_the_person_named_in_full():
    a = _article(
        'Mayor Bill de Blasio spoke to reporters on Sunday morning. "This was an intentional act," De '
        "Blasio said. He added that the city was safe."
    )
    s = _speaker(a, "De Blasio")
    assert s.kind == "named person"
    assert s.role == "Mayor"
    assert s.role_group == "politician"


# -- plurals of people ------------------------------------------------------------------------------
def test_plurals_of_people_are_no_organisations():
    a = _article(
        "The environment select committee published its report on Monday. MPs said the government had "
        'failed to act on climate change. "The targets will be missed," MPs said.'
    )
    assert _speaker(a, "MPs").kind == "country or group"
    b = _article(
        "Police were called to the House of Commons. The House of Commons authorities said the man had "
        "been arrested and no one was hurt."
    )
    assert next(s for s in b.speakers if "authorities" in s.name).kind == "anonymous"
    c = _article("We asked five tax experts about the plan. All agreed the plan would cost more than its authors say.")
    assert _speaker(c, "All").kind == "anonymous"


def test_a_bare_vice_president_title_is_political_and_an_election_ad_is_the_campaigns():
    assert sources.role_group("Vice president", title=True) == "politician"
    assert sources.role_group("vice president of product management") == "business"
    a = _article(
        "The presidential campaign of the Republican nominee released a new ad on Monday as the candidate "
        "courted voters before the debate. The ad said the Democratic candidate had failed voters. "
        '"She has failed," the ad said.'
    )
    s = next(s for s in a.speakers if s.name.lower() == "the ad")
    assert s.kind == "organisation"
    assert s.role_group == "politician"  # in an election story, an ad is a campaign's


def test_a_title_right_before_a_name_counts_when_the_parse_does_not_hang_it_there():
    a = _article(
        "The French co-head of the group is to leave his post. Airbus head Noel Forgeard is now set to "
        'replace him. "We will build the plane," Mr Forgeard said on Monday.'
    )
    s = _speaker(a, "Noel Forgeard")
    assert s.role == "Airbus head"
    # guard: "official Bank of England figures" make no person of the bank
    b = _article(
        "House prices fell in March, official Bank of England figures have shown. New mortgage loans fell "
        "to 79,000, the Bank of England said."
    )
    assert _speaker(b, "Bank of England").kind == "organisation"


def test_a_police_or_military_body_before_an_office_decides_and_a_curly_surname_is_the_full_name():
    assert sources.role_group("NYPD Commissioner", title=True) == "police, military, justice"
    # an army's voice is the military's; the Pentagon is the defence department: government (fresh31)
    assert sources.role_group("Army spokesman") == "police, military, justice"
    assert sources.role_group("Tory spokesman") == "politician"  # a party's portfolio spokesman as before
    a = _article(
        'The explosion went off around 8:30 p.m., according to NYPD Commissioner James O’Neill. "The exact '
        "cause has not been determined,\" said O'Neill, on his first full day on the job."
    )
    s = _speaker(a, "O'Neill")
    assert s.role == "NYPD Commissioner"
    assert s.role_group == "police, military, justice"


def test_where_a_person_is_from_right_after_the_name_and_an_assistant_in_a_sports_story():
    a = _article(
        "Satellite TV reaches more than 56% of UK homes. According to Benoit Joly from broadband telecoms "
        "firm Thales, 30% of Europe cannot get satellite TV."
    )
    s = _speaker(a, "Benoit Joly")
    assert s.role == "from broadband telecoms firm Thales"
    assert s.role_group == "business"
    b = _article(
        '"He played well," said US Davis Cup assistant Dean Goldfine after the match. The team won the cup, '
        "and the captain scored a goal in the football match."
    )
    s = _speaker(b, "Dean Goldfine")
    assert s.role == "US Davis Cup assistant"
    assert s.role_group == "culture and sport"


def test_first_names_at_the_lower_bar_and_the_ones_that_still_mislead():
    # "Karen": 94.1% women in the name data (below the old 97% bar); no word in the article says
    a = _article("\u201cThe library will close in May,\u201d said Karen Hughes on Tuesday.")
    assert (_speaker(a, "Karen Hughes").gender, _speaker(a, "Karen Hughes").gender_evidence) == (
        "female",
        ["first name"],
    )
    assert sources.first_name_gender("Chris Woodhead") is None  # 12% women: no guess
    assert sources.first_name_gender("Alex Salmond") is None


def test_a_studys_author_is_an_expert_a_books_a_writer():
    assert sources.role_group("author of the Analysys report") == "expert or academic"
    assert sources.role_group("co-author of the study") == "expert or academic"
    assert sources.role_group("the author of the book") == "culture and sport"
